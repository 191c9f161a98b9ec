// The list of documents: title, publisher, date, language and how many claims each reports.

import { query } from '../api.js';
import { h } from '../dom.js';
import { count, language } from '../format.js';
import { link, splitId } from '../routes.js';
import { pagedSection } from './paged.js';

const PAGE = 20;

function entry(doc) {
  const claims = doc.meetings.totalCount + doc.militaryPresences.totalCount + doc.relationships.totalCount + doc.roles.totalCount;
  return h('article', { class: 'document-entry' },
    h('h3', {}, h('a', { href: link.document(splitId(doc.id).slug) }, doc.title)),
    h('p', { class: 'meta' }, doc.publisher, ', ', h('time', { datetime: doc.publishedOn }, doc.publishedOn), ', in ', language(doc.language)),
    h('p', { class: 'meta' }, `${count(claims, 'claim')}: ${count(doc.meetings.totalCount, 'meeting')}, `
      + `${count(doc.militaryPresences.totalCount, 'military presence')}, ${count(doc.relationships.totalCount, 'relationship')}, `
      + `${count(doc.roles.totalCount, 'role')}`));
}

export async function documentsPage() {
  const { documents } = await query('ReaderDocuments', { first: PAGE });
  return {
    title: 'Documents',
    element: h('div', {},
      h('header', { class: 'page-head' },
        h('h1', { tabindex: -1 }, 'Documents'),
        h('p', {}, 'Every source the graph is built from, verbatim. Open one to read it with its claims marked.')),
      pagedSection({
        title: 'Sources', connection: documents, item: entry,
        more: async (after) => (await query('ReaderDocuments', { first: PAGE, after })).documents,
      })),
  };
}
