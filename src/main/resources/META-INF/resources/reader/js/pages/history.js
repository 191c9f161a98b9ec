// A claim's history, on its card, for every reader: who changed it, when, how (by hand or by accepting a drafted
// suggestion) and what, field by field, from the fields the API keeps before and after each change. Read only when
// asked for: most readers never open it, and the document's query stays as it is.

import { query } from '../api.js';
import { h } from '../dom.js';
import { count, statusLabel, words } from '../format.js';
import { link } from '../routes.js';

/** A page of a claim's history (EditorHistory), oldest first: { nodes, pageInfo, totalCount }. */
async function page(id, first, after = null) {
  const data = await query('EditorHistory', { id, first, after });
  return data.node.history;
}

/** The changes made to a claim after the version given, oldest first: who moved it on since a user read it. */
export async function changesSince(id, version) {
  const changes = [];
  let after = null;
  do {
    const { nodes, pageInfo } = await page(id, 100, after);
    changes.push(...nodes);
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (after);
  return changes.filter((change) => change.version > version);
}

/**
 * The card's History button and the list it opens beneath the card's actions: { button, panel }. The first opening
 * reads the first page; More reads the next.
 */
export function claimHistory(id) {
  const list = h('ol', { class: 'history-list' });
  const status = h('p', { class: 'history-status', role: 'status' });
  const more = h('button', { type: 'button', class: 'history-more', hidden: true, on: { click: () => load() } }, 'More changes');
  const panel = h('section', { class: 'claim-history', hidden: true, 'aria-label': 'History of this claim' },
    h('h4', {}, 'History'), status, list, more);
  let after = null;
  let loaded = false;

  async function load() {
    status.textContent = 'Reading the history…';
    try {
      const { nodes, pageInfo, totalCount } = await page(id, 20, after);
      list.append(...nodes.map((change) => h('li', {}, entry(change))));
      after = pageInfo.endCursor;
      more.hidden = !pageInfo.hasNextPage;
      status.textContent = totalCount ? `${count(totalCount, 'change')} since it was imported or added, oldest first.`
        : 'No change since it was imported: it is as its seed file has it.';
      loaded = true;
    } catch (error) {
      status.textContent = `The history could not be read: ${error.message}`;
    }
  }

  const button = h('button', { type: 'button', class: 'history', 'aria-expanded': 'false', on: {
    click: () => {
      panel.hidden = !panel.hidden;
      button.setAttribute('aria-expanded', String(!panel.hidden));
      if (!panel.hidden && !loaded) {
        load();
      }
    },
  } }, 'History');
  return { button, panel };
}

const KIND = { CREATED: 'Added', EDITED: 'Edited', RETRACTED: 'Retracted', MERGED: 'Merged' };
const ORIGIN = { ANALYST: 'by hand', SUGGESTION: 'by accepting a drafted suggestion' };

/** One change: what happened, who, when and how; then what it changed, or why it was retracted, or where it went. */
function entry(change) {
  const before = JSON.parse(change.before ?? 'null');
  const after = JSON.parse(change.after ?? 'null');
  return [
    h('p', { class: 'change-head' },
      h('strong', {}, KIND[change.kind] ?? words(change.kind)), ' by ', h('span', { class: 'author' }, change.author), ', ',
      when(change.madeAt), `, ${ORIGIN[change.origin] ?? words(change.origin)} (version ${change.version})`),
    change.reason ? h('p', { class: 'change-reason' }, 'Why: ', change.reason) : null,
    change.kind === 'EDITED' ? differences(before, after) : null,
    change.kind === 'MERGED' ? h('p', {}, 'Folded into ', value(after.into)) : null,
  ];
}

/** A moment in UTC, the same for every reader wherever they are: 2024-05-13 14:03 UTC. */
export function when(instant) {
  return h('time', { datetime: instant }, `${new Date(instant).toISOString().slice(0, 16).replace('T', ' ')} UTC`);
}

/** The fields a claim's history keeps (the fields() of each kind's writes), in words. */
const FIELD = {
  title: 'Title', description: 'Description', kind: 'Kind', status: 'Status', date: 'Date', start: 'Since', end: 'Until',
  place: 'Place', topics: 'Topics', participants: 'Participants', quotes: 'Quotes', sources: 'Further sources',
  acting: 'Acting', current: 'Holds it at the time of the source', force: 'Force', sponsor: 'Sponsor',
  supports: 'Backing', hostCountry: 'Country', subject: 'Subject', object: 'Object', via: 'Through',
  summary: 'Summary', speaker: 'Speaker', organisation: 'Organisation', reportedBy: 'Reported by',
};

/** Each field whose value the change made different: its value before, and after. */
function differences(before, after) {
  const names = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((name) => JSON.stringify(before?.[name] ?? null) !== JSON.stringify(after?.[name] ?? null));
  return h('dl', { class: 'change-fields' }, names.map((name) => [
    h('dt', {}, FIELD[name] ?? words(name)),
    h('dd', {}, h('span', { class: 'was' }, 'was ', value(before?.[name], name)), ', ',
      h('span', { class: 'now' }, 'now ', value(after?.[name], name))),
  ]));
}

/**
 * A field's value as the history keeps it, in words: a title's English and Arabic, a date's ISO form and the
 * source's words, a status's label, a kind in words, a document's, actor's, organisation's or place's id as a link to
 * its page, a list of ids or words, or how many entries a list of quotes or participants holds.
 */
function value(field, name = '') {
  if (field === null || field === undefined || field === '') {
    return h('em', {}, 'none');
  }
  if (Array.isArray(field)) {
    return field.every((item) => typeof item === 'string') ? field.map((item, i) => [i ? ', ' : '', value(item)])
      : count(field.length, 'entry', 'entries');
  }
  if (typeof field === 'boolean') {
    return field ? 'yes' : 'no';
  }
  if (typeof field === 'object' && 'iso' in field) {
    return [h('span', { class: 'iso' }, field.iso), field.text ? [' ', h('q', { dir: 'auto' }, field.text)] : null];
  }
  if (typeof field === 'object' && 'en' in field) {
    return [field.en, field.ar ? [' / ', h('span', { lang: 'ar', dir: 'rtl' }, field.ar)] : null];
  }
  if (name === 'status') {
    return statusLabel(field);
  }
  if (name === 'kind') {
    return words(field);
  }
  // The nodes with a page of the reader's; a claim's id is shown as it is.
  if (typeof field === 'string' && /^(Document|Actor|Organisation|Place):\S+$/.test(field)) {
    return h('a', { href: link.node(field) }, field);
  }
  return typeof field === 'string' ? field : JSON.stringify(field);
}
