// The page of an actor, an organisation or a place: its names in every script, its aliases, what the sources
// report of it (roles, meetings, presences; each list paged on its own) and where each document names it.

import { query } from '../api.js';
import { h, inLanguage } from '../dom.js';
import { background, fuzzyDate, language, named, quoteLink, status, words } from '../format.js';
import { link, splitId } from '../routes.js';
import { pagedSection } from './paged.js';

/** Entries per list: a mention comes with its sentence, so a page of five is already a screen. */
const PAGE = 5;

/** The words around a mention: its sentence, cut to about 200 characters on either side. */
function sentence(text, start, end) {
  const STOPS = '.!?؟\n';
  const REACH = 200;
  let from = start;
  while (from > 0 && start - from < REACH && !STOPS.includes(text[from - 1])) {
    from--;
  }
  let to = end;
  while (to < text.length && to - end < REACH && !STOPS.includes(text[to])) {
    to++;
  }
  const cutBefore = from > 0 && !STOPS.includes(text[from - 1]);
  const cutAfter = to < text.length && !STOPS.includes(text[to]);
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).trimStart(),
    after: text.slice(end, to).trimEnd() + (cutAfter ? '…' : text[to] === '\n' || to >= text.length ? '' : text[to]),
  };
}

function mention(evidence) {
  const { document } = evidence;
  const { before, after } = sentence(document.text, evidence.start, evidence.end);
  return h('article', { class: 'mention' },
    h('blockquote', { lang: document.language, dir: 'auto' }, before, h('mark', {}, evidence.quote), after),
    h('p', { class: 'meta' },
      h('a', { href: evidence.readerPath }, 'Read it in the document'), ': ',
      h('a', { href: link.document(splitId(document.id).slug) }, document.title)));
}

function sourceLink(claim) {
  return claim.evidence[0] ? h('a', { class: 'source-link', href: claim.evidence[0].readerPath }, 'Read it in the source') : null;
}

function role(roleNode, holder) {
  return h('article', { class: 'entry' },
    h('h3', {}, holder === 'actor' ? named(roleNode.actor) : null, holder === 'actor' ? ': ' : '', roleNode.title,
      roleNode.organisation && holder !== 'actor' ? [', ', named(roleNode.organisation)] : null),
    h('p', { class: 'meta' }, status(roleNode.status), roleNode.acting ? ' · acting' : '',
      roleNode.current ? ' · at the time of the source' : ' · no longer, by the source',
      roleNode.start ? [' · since ', fuzzyDate(roleNode.start)] : null, roleNode.end ? [' · until ', fuzzyDate(roleNode.end)] : null),
    h('p', {}, roleNode.evidence.map((quote) => quoteLink(quote, quote.document.language))));
}

function meeting(node) {
  return h('article', { class: 'entry' },
    h('h3', {}, node.title),
    h('p', { class: 'meta' }, fuzzyDate(node.date), node.place ? [' · ', named(node.place)] : null, ' · ', status(node.status)),
    h('p', {}, 'With ', node.participants.map((p, i) => [i ? ', ' : '', named(p.actor), ` (${words(p.role)}`,
      p.onBehalfOf ? [', for ', named(p.onBehalfOf)] : null, ')'])),
    sourceLink(node));
}

function presence(node) {
  return h('article', { class: 'entry' },
    h('h3', {}, named(node.force), ` (${words(node.kind)}) in `, node.place ? named(node.place) : node.hostCountry),
    h('p', { class: 'meta' }, node.sponsor ? ['Sponsor ', named(node.sponsor), ' · '] : null,
      node.start ? ['since ', fuzzyDate(node.start), ' · '] : null, node.end ? ['until ', fuzzyDate(node.end), ' · '] : null,
      status(node.status)),
    sourceLink(node));
}

const MENTIONS = ['mentions', 'Where the sources name it', mention];
const MEETINGS = ['meetings', 'Meetings', meeting];
const PRESENCES = ['militaryPresences', 'Military presences', presence];

const TYPES = {
  Actor: { query: 'ReaderActor', label: 'Person', lists: [['roles', 'Roles', (r) => role(r, 'organisation')], MEETINGS, MENTIONS] },
  Organisation: {
    query: 'ReaderOrganisation', label: 'Organisation',
    lists: [['members', 'Members', (r) => role(r, 'actor')], MEETINGS, PRESENCES, MENTIONS],
    facts: (node) => [['Kind', words(node.kind)], ['Country', node.country, 'country'], ['Part of', named(node.parent)]],
  },
  Place: {
    query: 'ReaderPlace', label: 'Place', lists: [MEETINGS, PRESENCES, MENTIONS],
    facts: (node) => [['Kind', words(node.kind)], ['Country', node.country, 'country'],
      ['Coordinates', node.latitude === null ? null : `${node.latitude}, ${node.longitude}`, 'latitude']],
  },
};

function labels(caption, list) {
  return h('table', { class: 'labels' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Language'), h('th', { scope: 'col' }, 'Written'), h('th', { scope: 'col' }, 'Source'))),
    h('tbody', {}, list.map((label) => h('tr', {},
      h('th', { scope: 'row' }, language(label.lang)),
      h('td', {}, inLanguage(label.lang, label.text)),
      h('td', {}, label.background ? background() : 'as the sources write it')))));
}

function facts(node, type) {
  const rows = (type.facts?.(node) ?? []).filter(([, value]) => value);
  return rows.length ? h('dl', { class: 'facts' }, rows.map(([label, value, field]) => [h('dt', {}, label),
    h('dd', {}, value, node.backgroundFields.includes(field) ? [' ', background()] : null)])) : null;
}

export async function entityPage({ type: typeName, slug }) {
  const type = TYPES[typeName];
  const id = `${typeName}:${slug}`;
  const { node } = await query(type.query, { id, first: PAGE });
  const listNames = type.lists.map(([field]) => field);

  /** The next page of one list: the same operation, with the head and every other list left out. */
  async function more(list, after) {
    const only = Object.fromEntries(listNames.map((name) => [name, name === list]));
    const data = await query(type.query, { id, first: PAGE, head: false, ...only, [`${list}After`]: after });
    return data.node[list];
  }

  return {
    title: node.name,
    element: h('div', { class: 'entity-page' },
      h('header', { class: 'page-head' },
        h('p', { class: 'page-kind' }, type.label),
        h('h1', { tabindex: -1 }, node.name),
        node.names.filter((label) => label.lang !== 'en').map((label) => h('p', { class: 'other-name' }, inLanguage(label.lang, label.text)))),
      facts(node, type),
      h('div', { class: 'name-tables' }, labels('Names', node.names), node.aliases.length ? labels('Aliases', node.aliases) : null),
      type.lists.map(([field, title, item]) => pagedSection({
        title, item, connection: node[field], more: (after) => more(field, after),
      }))),
  };
}
