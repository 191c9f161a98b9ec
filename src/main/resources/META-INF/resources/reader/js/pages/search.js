// Names matching a text, in any script and common transliterations (حفتر, Hifter), best first.

import { query } from '../api.js';
import { h, inLanguage } from '../dom.js';
import { words } from '../format.js';
import { link } from '../routes.js';

const KIND = { Actor: 'Person', Organisation: 'Organisation', Place: 'Place' };

function hit(found) {
  const { node } = found;
  return h('article', { class: 'hit' },
    h('h2', {}, h('a', { href: link.node(node.id) }, node.name),
      node.nameAr !== node.name ? [' ', inLanguage('ar', node.nameAr, 'span')] : null),
    h('p', { class: 'meta' }, KIND[node.__typename], ' · matched ', inLanguage(found.matchedLang, found.matched, 'q'),
      ` (${words(found.match)})`));
}

export async function searchPage({ text }) {
  const { search } = await query('ReaderSearch', { text, first: 20 });
  return {
    title: `Search: ${text}`,
    element: h('div', {},
      h('header', { class: 'page-head' },
        h('h1', { tabindex: -1 }, 'Names matching ', inLanguage('und', text, 'q')),
        h('p', {}, search.length ? `${search.length} found, best first.` : 'Nothing found. Try another spelling, or the name in Arabic.')),
      h('ol', { class: 'hits' }, search.map((found) => h('li', {}, hit(found))))),
  };
}
