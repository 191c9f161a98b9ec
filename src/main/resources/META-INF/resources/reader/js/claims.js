// A document's claims, as the reader shows them beside the text: one model for every kind (what it is, its
// status, the quotes it rests on) and one card per claim.

import { query } from './api.js';
import { h } from './dom.js';
import { count, fuzzyDate, named, quoteLink, words } from './format.js';
import { claimEditor } from './pages/claim-edit.js';
import { claimHistory } from './pages/history.js';
import { claimStatus, disputedNote, firstReportedElsewhere, sourcesSection } from './sources.js';

/** The key of a quote on a page: its span. Several claims may rest on the same span of the page's text. */
export function quoteKey({ start, end }) {
  return `${start}-${end}`;
}

/**
 * Every claim of a document (the answer of ReaderDocument), in reading order: by where its first quote starts.
 * A meeting's quotes include its participations' quotes, since they say who met; its statements are claims of
 * their own.
 *
 * A claim's evidence holds the quotes of every document that reports it, and a start and an end mean something
 * only in the text they were taken from: each claim keeps the quotes of this document alone (quotes), which are
 * all the page may draw on its text. lang is the language of the claim's own words (its dates' wording), its
 * first report's, which need not be this document's.
 */
export function claimsOf(documentNode) {
  const claims = [];
  documentNode.meetings.nodes.forEach((meeting) => {
    claims.push({ key: meeting.id, kind: 'meeting', node: meeting,
      quotes: [...meeting.evidence, ...meeting.participants.flatMap((p) => p.evidence)] });
    meeting.statements.forEach((statement) => {
      claims.push({ key: statement.id, kind: 'statement', node: statement, meeting, quotes: statement.evidence });
    });
  });
  documentNode.militaryPresences.nodes.forEach((presence) => {
    claims.push({ key: presence.id, kind: 'presence', node: presence, quotes: presence.evidence });
  });
  documentNode.relationships.nodes.forEach((relationship) => {
    claims.push({ key: relationship.id, kind: 'relationship', node: relationship, quotes: relationship.evidence });
  });
  documentNode.roles.nodes.forEach((role) => {
    claims.push({ key: role.id, kind: 'role', node: role, quotes: role.evidence });
  });
  const here = (quote) => quote.document.id === documentNode.id;
  for (const claim of claims) {
    claim.quotes = unique(claim.quotes.filter(here)).sort((a, b) => a.start - b.start || a.end - b.end);
    claim.position = claim.quotes[0]?.start ?? Infinity;
    claim.lang = ownDocument(claim.meeting ?? claim.node)?.language ?? documentNode.language;
  }
  // A statement belongs to the one document that reports it (its meeting's first report, or a further one), whose
  // text all its quotes are of: another report of the meeting shows it not.
  return claims.filter((claim) => claim.kind !== 'statement' || claim.quotes.length > 0)
    .sort((a, b) => a.position - b.position);
}

/** The document a claim was first reported in, whose words its fields give: its own source's. */
export function ownDocument(node) {
  return node.sources?.find((source) => source.own)?.document ?? null;
}

function unique(quotes) {
  const byKey = new Map(quotes.map((quote) => [quoteKey(quote), quote]));
  return [...byKey.values()];
}

/** The lists that were cut at the page size, so that the reader can say it shows only part of them. */
export function cutLists(documentNode) {
  const LISTS = { meetings: 'meetings', militaryPresences: 'military presences', relationships: 'relationships', roles: 'roles' };
  return Object.entries(LISTS)
    .filter(([list]) => documentNode[list].totalCount > documentNode[list].nodes.length)
    .map(([list, name]) => `${documentNode[list].nodes.length} of ${documentNode[list].totalCount} ${name}`);
}

const KIND_LABEL = { meeting: 'Meeting', statement: 'Statement', presence: 'Military presence', relationship: 'Relationship', role: 'Role' };

/**
 * A claim's card. here is the id of the page's document; onShow(claim) is called by the "Show in the text" button.
 * Its quotes are written in their documents' languages, and the source's words for dates in the claim's
 * (claim.lang). A claim that several documents report says whose account its fields are, and lists its sources and
 * where they disagree (sources.js). Every reader may open its history; an analyst logged in may edit it.
 */
export function card(claim, options) {
  const { here, onShow } = options;
  const { node, lang } = claim;
  const many = node.sourceCount > 1;
  const history = claimHistory(node.id);
  const editor = claimEditor(claim, () => renewed(claim, options));
  return h('article', { class: `claim claim-${claim.kind}`, dataset: { claim: claim.key } },
    h('p', { class: 'claim-head' },
      h('span', { class: 'claim-kind' }, KIND_LABEL[claim.kind], node.kind ? ` · ${words(node.kind)}` : ''),
      ' ', claimStatus(node)),
    firstReportedElsewhere(node, here),
    BODY[claim.kind](claim, lang),
    h('div', { class: 'claim-actions' },
      h('button', { type: 'button', class: 'show-in-text', on: { click: () => onShow(claim) } },
        `Show in the text (${count(claim.quotes.length, 'quote')})`), ' ',
      history.button, editor ? [' ', editor.button] : null),
    editor?.panel, history.panel,
    h('details', { class: 'claim-quotes' },
      h('summary', {}, many ? 'Quotes in this document' : 'Quotes'),
      h('ol', {}, claim.quotes.map((quote) => h('li', {}, quoteLink(quote))))),
    sourcesSection(node, here));
}

/** A claim's card as the API now has it, read again from the page's document as the page read it: after an edit. */
async function renewed(claim, options) {
  const { node } = await query('ReaderDocument', { id: options.here });
  const fresh = claimsOf(node).find((other) => other.key === claim.key);
  return fresh ? card(fresh, options) : null;
}

function row(label, ...value) {
  const shown = value.filter((v) => v !== null && v !== undefined && v !== '');
  return shown.length ? [h('dt', {}, label), h('dd', {}, shown)] : null;
}

/** A claim's start (which its sources may disagree on: a presence's, role's or relationship's date) and end. */
function between(node, lang) {
  return [
    row('Since', fuzzyDate(node.start, lang), node.start ? disputedNote(node, 'DATE') : null),
    row('Until', fuzzyDate(node.end, lang)),
  ];
}

/** What ties a relationship's subject to its object, as a phrase between their names. */
const TIES = {
  ALLIANCE: 'allies with',
  MILITARY_SUPPORT: 'gives military support to',
  POLITICAL_SUPPORT: 'gives political support to',
  DIPLOMATIC_MISSION: 'keeps a diplomatic mission with',
  OFFENSIVE: 'wages an offensive against',
  MEMBERSHIP: 'is part of',
};

const BODY = {
  meeting: ({ node }, lang) => [
    h('h3', {}, node.title),
    h('dl', {},
      row('When', fuzzyDate(node.date, lang), disputedNote(node, 'DATE')),
      row('Where', named(node.place), node.place ? disputedNote(node, 'PLACE') : null)),
    h('ul', { class: 'participants', 'aria-label': 'Participants' }, node.participants.map((p) => h('li', {},
      named(p.actor), ` (${words(p.role)}`, p.onBehalfOf ? [', for ', named(p.onBehalfOf)] : null, ')'))),
    node.description ? h('p', { class: 'description' }, node.description) : null,
  ],
  statement: ({ node, meeting }) => [
    h('h3', {}, node.speaker ? [named(node.speaker), node.organisation ? [' for ', named(node.organisation)] : null]
      : node.organisation ? named(node.organisation) : 'Unnamed speaker'),
    h('p', { class: 'description' }, node.summary),
    h('dl', {},
      row('Reported by', named(node.reportedBy)),
      row('At', meeting.title)),
  ],
  presence: ({ node }, lang) => [
    h('h3', {}, named(node.force), ' in ', node.place ? [named(node.place), disputedNote(node, 'PLACE')] : node.hostCountry),
    h('dl', {},
      row('Sponsor', named(node.sponsor)),
      row('Backing', node.supports.map((party, i) => [i ? ', ' : '', named(party)])),
      row('Country', node.hostCountry),
      between(node, lang)),
    node.description ? h('p', { class: 'description' }, node.description) : null,
  ],
  relationship: ({ node }, lang) => [
    h('h3', {}, named(node.subject), ` ${TIES[node.kind] ?? words(node.kind)} `,
      node.object ? named(node.object) : node.place ? named(node.place) : 'a side the source does not name'),
    h('dl', {},
      row('Through', named(node.via)),
      row('Where', named(node.place), node.place ? disputedNote(node, 'PLACE') : null),
      between(node, lang)),
    h('p', { class: 'description' }, node.description),
  ],
  role: ({ node }, lang) => [
    h('h3', {}, named(node.actor), `: ${node.title}`),
    h('dl', {},
      row('Of', named(node.organisation)),
      row('Holds it', [node.acting ? 'acting' : null, node.current ? 'at the time of the source' : 'no longer, by the source']
        .filter(Boolean).join(', ')),
      between(node, lang)),
  ],
};

