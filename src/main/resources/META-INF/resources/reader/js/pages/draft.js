// The editor's page of a document: its text with the drafter's open suggestions marked apart from the claims the
// graph holds, and beside it each suggestion to accept (a), edit then accept (e) or reject (r), or all of one kind
// above a score at once. An accepted suggestion becomes a claim, and shows as one when the page is read again. Under
// the text, the analyst makes the claims the drafts missed of words selected in it (new-claim.js).

import { query, write } from '../api.js';
import { card, claimsOf } from '../claims.js';
import { direction, h } from '../dom.js';
import { count, words } from '../format.js';
import { markedText } from '../highlights.js';
import { mayEdit } from '../login.js';
import { link } from '../routes.js';
import { errorsBeside, field } from './forms.js';
import { knownClaim } from './known-claim.js';
import { claimMaker } from './new-claim.js';

async function load(slug) {
  const id = `Document:${slug}`;
  const [read, drafted] = await Promise.all([query('ReaderDocument', { id }), query('EditorSuggestions', { id })]);
  return { node: read.node, suggestions: drafted.node.suggestions.nodes };
}

export async function draftPage({ slug }) {
  const page = h('div', { class: 'document-page editor-page' });
  const status = h('p', { class: 'editor-status', role: 'status' });
  const maker = claimMaker(async (message) => {
    await render();
    status.textContent = message;
  });

  async function render(focusAfter = null) {
    const { node, suggestions } = await load(slug);
    const claims = claimsOf(node);
    const spans = [
      ...claims.flatMap((claim) => claim.quotes),
      ...suggestions.flatMap((suggestion) => suggestion.quotes.map((quote) => ({ ...quote, suggested: true, suggestion }))),
    ];
    const cards = new Map(suggestions.map((suggestion) => [suggestion.id, suggestionCard(suggestion, decide)]));
    const { element: text } = markedText(node.text, spans, {
      activate: (run) => {
        const suggestion = run.spans.find((span) => span.suggestion)?.suggestion;
        (suggestion ? cards.get(suggestion.id) : page.querySelector('.claims .claim'))?.focus();
      },
      describe: (run) => (run.spans.some((span) => span.suggestion) ? 'A suggestion: go to it' : 'A confirmed claim\'s quote'),
    });
    page.replaceChildren(
      h('header', { class: 'page-head' },
        h('p', { class: 'page-kind' }, 'Editing a document'),
        h('h1', { tabindex: -1 }, node.title),
        h('p', { class: 'meta' }, `${count(suggestions.length, 'open suggestion')}, ${count(claims.length, 'confirmed claim')}. `,
          h('a', { href: link.document(slug) }, 'Read it as published')),
        status),
      h('div', { class: 'document-layout' },
        h('div', { class: 'source-column' },
          h('article', { class: 'source', lang: node.language, dir: direction(node.language), 'aria-label': 'The text, verbatim' }, text),
          h('p', { class: 'legend' }, h('mark', { class: 'quote suggested suggested-only' }, 'suggested'), ' and ', h('mark', { class: 'quote' }, 'confirmed')),
          mayEdit() ? maker.show(node, text) : null),
        h('aside', { class: 'claims', 'aria-labelledby': 'suggestions-title' },
          h('h2', { id: 'suggestions-title' }, 'Suggestions'),
          suggestions.length ? [acceptAllForm(suggestions, decideAll),
            h('p', { class: 'keys' }, 'On a suggestion: a accepts, e edits then accepts, r rejects.'),
            h('ol', { class: 'claim-list' }, [...cards.values()].map((element) => h('li', {}, element)))]
            : h('p', {}, 'No suggestion is open.'),
          h('h2', {}, 'Confirmed claims'),
          h('ol', { class: 'claim-list' }, claims.map((claim) => h('li', {}, card(claim, { here: node.id, onShow: () => {} })))))));
    // After a decision the focus goes to the suggestion that took the decided one's place, so that a keyboard user
    // goes on down the list.
    const next = focusAfter === null ? null : [...cards.values()][Math.min(focusAfter, cards.size - 1)];
    (next ?? page.querySelector('h1')).focus();
  }

  /** A write that could not be sent (the session has ended, say) is told on the status line; nothing was written. */
  const told = (error) => {
    status.textContent = error.message;
    return null;
  };

  /** Sends one decision; its userErrors, if any, are shown in the card's form, and the page is read again. */
  async function decide(suggestion, operation, input, form) {
    if (!mayEdit()) {
      status.textContent = 'Log in as an analyst to decide: your session may have ended.';
      return;
    }
    const position = [...page.querySelectorAll('.suggestion')].findIndex((element) => element.dataset.suggestion === suggestion.id);
    const data = await write(operation, { input }).catch(told);
    if (!data) {
      return;
    }
    const payload = data.acceptSuggestion ?? data.rejectSuggestion;
    if (errorsBeside(form, payload.userErrors, ['input', 'proposal'])) {
      form.hidden = false;
      return;
    }
    await render(position);
    status.textContent = `${operation === 'EditorAcceptSuggestion' ? 'Accepted' : 'Rejected'}: ${suggestion.summary}`;
  }

  /** Accepts each in turn; one the API refuses (its userErrors) is left open and named. */
  async function decideAll(chosen) {
    if (!mayEdit()) {
      status.textContent = 'Log in as an analyst to decide: your session may have ended.';
      return;
    }
    const refused = [];
    for (const suggestion of chosen) {
      const data = await write('EditorAcceptSuggestion', { input: { id: suggestion.id } }).catch(told);
      if (!data) {
        return;
      }
      if (data.acceptSuggestion.userErrors.length) {
        refused.push(`${suggestion.summary} (${data.acceptSuggestion.userErrors.map((error) => error.message).join(' ')})`);
      }
    }
    await render(0);
    status.textContent = `Accepted ${count(chosen.length - refused.length, 'suggestion')}.`
      + (refused.length ? ` Refused: ${refused.join('; ')}` : '');
  }

  await render();
  return { title: `Editing ${page.querySelector('h1').textContent}`, element: page, focus: () => page.querySelector('h1').focus() };
}

const KIND = { MEETING: 'Meeting', ROLE: 'Role', MILITARY_PRESENCE: 'Military presence', SOURCE: 'Further source', ACTOR: 'New person' };

/**
 * A suggestion: what it proposes, how sure the drafter is, the words it rests on, and its decisions. Its proposal's
 * plain fields (a title, a date) can be changed before accepting; the API checks the edited proposal as it would
 * the mutation's own input. A further source (SOURCE) shows the claim it would join beside what this document says.
 */
function suggestionCard(suggestion, decide) {
  const proposal = JSON.parse(suggestion.proposal);
  const editable = editableFields(proposal);
  const errors = h('p', { class: 'form-errors', role: 'alert' });
  const form = h('form', { class: 'proposal-form', hidden: true },
    editable.map(({ name, label, value }) => field(label, h('input', { name, value, dir: 'auto' }))),
    errors,
    h('button', { type: 'submit' }, 'Accept as edited'), ' ',
    h('button', { type: 'button', on: { click: () => { form.hidden = true; element.focus(); } } }, 'Cancel'));
  // Without a form of its own, a card's userErrors go to the form's general errors all the same.
  const accept = () => decide(suggestion, 'EditorAcceptSuggestion', { id: suggestion.id }, form);
  const reject = () => decide(suggestion, 'EditorRejectSuggestion', { id: suggestion.id }, form);
  const edit = () => {
    form.hidden = false;
    form.querySelector('input')?.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const { name } of editable) {
      setPath(proposal, name.split('.'), form.elements[name].value.trim());
    }
    decide(suggestion, 'EditorAcceptSuggestion', { id: suggestion.id, proposal: JSON.stringify(proposal) }, form);
  });
  const label = `${KIND[suggestion.kind] ?? words(suggestion.kind)}, suggested: ${suggestion.summary}`;
  const element = h('article', {
    class: 'claim suggestion', tabindex: 0, 'aria-label': label, dataset: { suggestion: suggestion.id, kind: suggestion.kind },
    on: {
      keydown: (event) => {
        // Keys act on the card itself, never while the user types in its form.
        const keys = { a: accept, r: reject, e: editable.length ? edit : null };
        if (event.target === element && !event.ctrlKey && !event.metaKey && !event.altKey && keys[event.key]) {
          event.preventDefault();
          keys[event.key]();
        }
      },
    },
  },
  h('p', { class: 'claim-head' }, h('span', { class: 'claim-kind' }, `Suggested ${KIND[suggestion.kind] ?? words(suggestion.kind)}`),
    ` · score ${suggestion.score.toFixed(2)}`),
  h('h3', {}, suggestion.summary),
  h('ul', { class: 'suggestion-quotes', 'aria-label': 'Quotes' }, suggestion.quotes.map((quote) => h('li', {}, h('q', { dir: 'auto' }, quote.quote)))),
  suggestion.kind === 'SOURCE' ? knownClaim(suggestion) : null,
  h('div', { class: 'claim-actions' },
    h('button', { type: 'button', class: 'accept', on: { click: accept } }, 'Accept'), ' ',
    editable.length ? [h('button', { type: 'button', class: 'edit', on: { click: edit } }, 'Edit then accept'), ' '] : null,
    h('button', { type: 'button', class: 'reject', on: { click: reject } }, 'Reject')),
  form);
  return element;
}

/** The plain fields of a proposal an analyst may change before accepting: its title in each language, its date. */
function editableFields(proposal) {
  const fields = [];
  for (const [lang, value] of Object.entries(proposal.title && typeof proposal.title === 'object' ? proposal.title : {})) {
    fields.push({ name: `title.${lang}`, label: `Title (${lang})`, value });
  }
  if (proposal.date?.iso) {
    fields.push({ name: 'date.iso', label: 'Date (ISO 8601: 2024-05-13, 2024-05)', value: proposal.date.iso });
  }
  return fields;
}

function setPath(object, [first, ...rest], value) {
  if (rest.length) {
    setPath(object[first], rest, value);
  } else {
    object[first] = value;
  }
}

/** Accepts at once every open suggestion of one kind whose score is at least the one given. */
function acceptAllForm(suggestions, decideAll) {
  const kinds = [...new Set(suggestions.map((suggestion) => suggestion.kind))];
  const form = h('form', { class: 'accept-all' },
    field('Kind', h('select', { name: 'kind' }, kinds.map((kind) => h('option', { value: kind }, KIND[kind] ?? words(kind))))),
    field('Score at least', h('input', { name: 'score', type: 'number', min: 0, max: 1, step: 0.05, value: 0.8 })),
    h('button', { type: 'submit' }, 'Accept all'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = form.elements.kind.value;
    const score = Number(form.elements.score.value);
    decideAll(suggestions.filter((suggestion) => suggestion.kind === kind && suggestion.score >= score));
  });
  return form;
}
