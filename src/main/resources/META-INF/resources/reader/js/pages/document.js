// A document's page: its text verbatim with every quote highlighted, and its claims beside it in reading order
// (those it reports again after another document too, whose cards say so). Clicking a claim marks its quotes in the
// text; clicking a highlight lists the claims it supports.

import { query, writesSent } from '../api.js';
import { card, claimsOf, cutLists, ownDocument, quoteKey } from '../claims.js';
import { direction, h, inLanguage } from '../dom.js';
import { count, language, named } from '../format.js';
import { markedText, within } from '../highlights.js';

/**
 * The last document shown: following a quote link within it changes the fragment, not the document. It is read
 * again after the editor has written, whose changes it may show.
 */
let last = null;

async function load(slug) {
  if (last?.slug !== slug || last.writes !== writesSent) {
    const data = await query('ReaderDocument', { id: `Document:${slug}` });
    last = { slug, writes: writesSent, node: data.node };
  }
  return last.node;
}

/**
 * Whose the text is, under it: the publisher, the date and the original where known, and the API's statement that
 * the text stays the publisher's while the claims beside it are CC BY 4.0.
 */
function attribution(node) {
  return h('footer', { class: 'attribution' },
    h('p', {}, `Source: ${node.publisher}, `, h('time', { datetime: node.publishedOn }, node.publishedOn),
      node.url ? [', ', h('a', { href: node.url, rel: 'noreferrer' }, node.url)] : '', '.'),
    h('p', {}, node.rights),
    h('p', {}, 'The claims, names and annotations are published under ',
      h('a', { href: 'https://creativecommons.org/licenses/by/4.0/', rel: 'license noreferrer' }, 'CC BY 4.0'), '.'));
}

export async function documentPage({ slug, quote }) {
  const node = await load(slug);
  const lang = node.language;
  const claims = claimsOf(node);

  // Which claims rest on each quote, and the spans to highlight: every claim's quotes in this text (claimsOf keeps
  // no other document's), and the quote the URL names when no claim rests on it (a mention of a name, say).
  const claimsByQuote = new Map();
  const spans = new Map();
  for (const claim of claims) {
    for (const span of claim.quotes) {
      const key = quoteKey(span);
      claimsByQuote.set(key, [...(claimsByQuote.get(key) ?? []), claim]);
      spans.set(key, span);
    }
  }
  const quoteCount = spans.size;
  const target = quote && quote.start < quote.end && quote.end <= node.text.length ? quote : null;
  if (target && !spans.has(quoteKey(target))) {
    spans.set(quoteKey(target), target);
  }

  const { element: text, marks } = markedText(node.text, [...spans.values()], {
    activate: (run, mark) => showPassage(run, mark),
    describe: (run) => `${run.spans.length > 1 ? `In ${run.spans.length} overlapping quotes` : 'A quote'}: show the claims it supports`,
  });

  /** Marks every run inside the given spans, and answers the first of them. */
  function select(selected) {
    let first = null;
    for (const { run, mark } of marks) {
      const on = selected.some((span) => within(run, span));
      mark.classList.toggle('selected', on);
      first ??= on ? mark : null;
    }
    return first;
  }

  function showClaim(claim) {
    for (const element of page.querySelectorAll('.claim.active')) {
      element.classList.remove('active');
    }
    for (const element of page.querySelectorAll(`.claim[data-claim="${CSS.escape(claim.key)}"]`)) {
      element.classList.add('active');
    }
    const first = select(claim.quotes);
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }

  const passage = h('section', { class: 'passage', 'aria-labelledby': 'passage-title', hidden: true });

  function showPassage(run, mark) {
    const supported = new Set(run.spans.flatMap((span) => claimsByQuote.get(quoteKey(span)) ?? []));
    select(run.spans);
    const close = () => {
      passage.hidden = true;
      mark.focus();
    };
    passage.replaceChildren(
      h('div', { class: 'passage-head' },
        h('h2', { id: 'passage-title', tabindex: -1 },
          supported.size ? `This passage supports ${count(supported.size, 'claim')}` : 'No claim rests on this passage'),
        h('button', { type: 'button', class: 'close', on: { click: close } }, 'Close')),
      inLanguage(lang, node.text.slice(run.start, run.end), 'blockquote'),
      h('ol', { class: 'claim-list' }, [...supported].map((claim) => h('li', {}, card(claim, { here: node.id, onShow: showClaim })))));
    passage.onkeydown = (event) => {
      if (event.key === 'Escape') {
        close();
      }
    };
    passage.hidden = false;
    passage.querySelector('h2').focus();
  }

  const cut = cutLists(node);
  const statements = claims.filter((claim) => claim.kind === 'statement').length;
  // Claims that other documents report too, and those of them another document reported first: their cards give
  // that document's account, which the reader should know before reading them as this text's.
  const several = claims.filter((claim) => claim.node.sourceCount > 1);
  const elsewhere = several.filter((claim) => ownDocument(claim.node)?.id !== node.id).length;
  const page = h('div', { class: 'document-page' },
    h('header', { class: 'page-head' },
      h('p', { class: 'page-kind' }, 'Document'),
      h('h1', { tabindex: -1 }, node.title),
      h('p', { class: 'meta' },
        node.publishedBy ? named(node.publishedBy) : node.publisher, ', ',
        h('time', { datetime: node.publishedOn }, node.publishedOn), ', in ', language(lang),
        node.url ? [' · ', h('a', { href: node.url, rel: 'noreferrer' }, 'the original')] : null),
      h('p', { class: 'meta' }, `${count(claims.length - statements, 'claim')} and ${count(statements, 'statement')} at its meetings, `
        + `resting on ${count(quoteCount, 'quote')}.`,
        several.length ? ` ${count(several.length, 'claim is', 'claims are')} reported by other documents too`
          + (elsewhere ? ` (${elsewhere} first reported by another).` : '.') : '',
        cut.length ? ` Showing ${cut.join(', ')}.` : ''),
      quote && !target ? h('p', { class: 'notice', role: 'status' },
        `This link names characters ${quote.start} to ${quote.end}, which this document of ${node.text.length} does not have.`) : null),
    h('div', { class: 'document-layout' },
      h('div', { class: 'source-column' },
        h('article', { class: 'source', lang, dir: direction(lang), 'aria-label': 'The text, verbatim' }, text),
        attribution(node)),
      h('aside', { class: 'claims', 'aria-labelledby': 'claims-title' },
        passage,
        h('h2', { id: 'claims-title' }, 'Claims, in reading order'),
        h('ol', { class: 'claim-list' }, claims.map((claim) => h('li', {}, card(claim, { here: node.id, onShow: showClaim })))))));

  return {
    title: node.title,
    element: page,
    focus() {
      const first = target ? select([target]) : null;
      if (first) {
        first.scrollIntoView({ block: 'center' });
        first.focus({ preventScroll: true });
      } else {
        page.querySelector('h1').focus();
      }
    },
  };
}
