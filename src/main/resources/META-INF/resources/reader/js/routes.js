// Every page and every quote of the reader has a stable URL, kept in the fragment (#/...).
//
// Hash routing rather than paths with a server fallback: the server sees only /reader/ and its static files, so
// nothing in the service has to know the reader's pages (no catch-all route beside the GraphQL gate), and the same
// files work unchanged from the jar, the container, the native binary or any static host. The one route the
// server does name is a quote's, in Evidence.readerPath (org.majlis.evidence.ReaderLinks); quote() below makes
// the same form.
//
//   #/                                      the documents
//   #/document/<slug>                       a document
//   #/document/<slug>/quote/<start>-<end>   a document, scrolled to a quote and marked
//   #/actor/<slug>   #/organisation/<slug>   #/place/<slug>
//   #/search/<text>                         names matching a text, in any script
//   #/timeline                              meetings and presences in date order
//   #/new                                   the editor: a new document, pasted (to log in to)
//   #/draft/<slug>                          the editor: a document's suggestions, to accept or reject

const ENTITY_TYPES = { actor: 'Actor', organisation: 'Organisation', place: 'Place' };

/** The page a fragment names: { page, ... }; page is 'unknown' for anything else. */
export function parse(hash) {
  let parts;
  try {
    parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  } catch {
    return { page: 'unknown' }; // a malformed %-escape
  }
  const [first = '', second, third, fourth] = parts;
  if (first === '' && parts.length === 1) {
    return { page: 'documents' };
  }
  if (first === 'document' && second && parts.length === 2) {
    return { page: 'document', slug: second, quote: null };
  }
  if (first === 'document' && second && third === 'quote' && /^\d+-\d+$/.test(fourth ?? '') && parts.length === 4) {
    const [start, end] = fourth.split('-').map(Number);
    return { page: 'document', slug: second, quote: { start, end } };
  }
  if (ENTITY_TYPES[first] && second && parts.length === 2) {
    return { page: 'entity', type: ENTITY_TYPES[first], slug: second };
  }
  if (first === 'search' && parts.length === 2) {
    return { page: 'search', text: second ?? '' };
  }
  if (first === 'timeline' && parts.length === 1) {
    return { page: 'timeline' };
  }
  if (first === 'new' && parts.length === 1) {
    return { page: 'new' };
  }
  if (first === 'draft' && second && parts.length === 2) {
    return { page: 'draft', slug: second };
  }
  return { page: 'unknown' };
}

/** The type and slug of a global id, Actor:sergei-lavrov. */
export function splitId(id) {
  const colon = id.indexOf(':');
  return { type: id.slice(0, colon), slug: id.slice(colon + 1) };
}

export const link = {
  documents: () => '#/',
  document: (slug) => `#/document/${encodeURIComponent(slug)}`,
  quote: (slug, start, end) => `#/document/${encodeURIComponent(slug)}/quote/${start}-${end}`,
  search: (text) => `#/search/${encodeURIComponent(text)}`,
  timeline: () => '#/timeline',
  newDocument: () => '#/new',
  draft: (slug) => `#/draft/${encodeURIComponent(slug)}`,
  /** The page of a node, by its global id: a document's page, or an actor's, organisation's or place's. */
  node(id) {
    const { type, slug } = splitId(id);
    return type === 'Document' ? link.document(slug) : `#/${type.toLowerCase()}/${encodeURIComponent(slug)}`;
  },
};
