// A further-source suggestion (kind SOURCE) on the editor's page: the claim the graph already holds beside what the
// new document says of it, field by field. The claim's fields are its first report's account, and stay so whatever
// is accepted (docs/api.md, "Many sources"): what the document says joins the claim as a further source's, and a
// value no source's can agree with is a disagreement that accepting records. The claim's disagreements so far are
// listed under it, as its card lists them (sources.js).

import { query } from '../api.js';
import { h } from '../dom.js';
import { count, fuzzyDate, named, status, words } from '../format.js';
import { disagreementsOf, documentOf, firstReportOf } from '../sources.js';

/**
 * The claim a SOURCE suggestion names, beside its proposal as drafted (the input of addMeetingSource and its kin:
 * { id, document, date, place, status, participants }). Shown at once, and filled when the claim has been read,
 * so that the page does not wait for every suggestion's claim.
 */
export function knownClaim(suggestion) {
  const proposal = JSON.parse(suggestion.proposal);
  const section = h('section', { class: 'known-claim', 'aria-busy': 'true', 'aria-label': 'The claim the graph holds, beside this document' },
    h('p', {}, 'Reading the claim the graph holds…'));
  read(proposal).then(
    ({ node, names }) => section.replaceChildren(...sideBySide(node, proposal, names).flat(Infinity).filter(Boolean)),
    (error) => section.replaceChildren(h('p', { role: 'alert' }, `The claim could not be read: ${error.message}`)),
  ).finally(() => section.removeAttribute('aria-busy'));
  return section;
}

/** The claim, and the nodes the proposal names by id (its place, its participants), by id. */
async function read(proposal) {
  const named = [proposal.place, ...(proposal.participants ?? []).map((participant) => participant.actor)].filter(Boolean);
  const data = await query('EditorKnownClaim', { id: proposal.id, named });
  if (!data.node) {
    throw new Error(`the graph holds no ${proposal.id}`);
  }
  return { node: data.node, names: new Map(data.nodes.filter(Boolean).map((node) => [node.id, node])) };
}

function sideBySide(node, proposal, names) {
  const first = firstReportOf(node);
  const here = proposal.document;
  const rows = fields(node, proposal, names, first.document.language);
  const disagreeing = rows.filter((row) => row.against?.length);
  return [
    h('p', { class: 'known-claim-head' }, 'The graph holds ', h('strong', {}, CLAIM[node.__typename](node)),
      ', first reported by ', documentOf(first, here), '. Its fields are that report\'s account and stay so: accepting adds this document as a further source.'),
    h('table', { class: 'side-by-side' },
      h('caption', {}, 'Field by field'),
      h('thead', {}, h('tr', {}, h('td', {}), h('th', { scope: 'col' }, 'The graph (its first report)'),
        h('th', { scope: 'col' }, 'This document'))),
      h('tbody', {}, rows.map((row) => h('tr', { class: row.against?.length ? 'disagrees' : null, dataset: { field: row.field } },
        h('th', { scope: 'row' }, row.label),
        h('td', {}, row.held ?? h('span', { class: 'unsaid' }, 'not given')),
        h('td', {}, row.said ?? h('span', { class: 'unsaid' }, 'does not say'), verdict(row)))))),
    h('p', { class: 'known-claim-verdict' }, disagreeing.length
      ? `Accepting records ${count(disagreeing.length, 'disagreement')}: on ${disagreeing.map((row) => ABOUT[row.field]).join(' and ')}.`
      : 'Nothing this document says disagrees with the claim\'s sources.'),
    node.disagreements.length
      ? [h('p', {}, `Its ${node.sourceCount} sources so far disagree already:`), disagreementsOf(node, here)]
      : h('p', {}, node.sourceCount > 1 ? `Its ${node.sourceCount} sources so far agree.` : 'It has one source so far.'),
  ];
}

/** What each kind of claim is, in a line. */
const CLAIM = {
  Meeting: (node) => node.title,
  Role: (node) => [named(node.actor), `: ${node.title}`, node.organisation ? [' (', named(node.organisation), ')'] : null],
  MilitaryPresence: (node) => [named(node.force), ' in ', node.place ? named(node.place) : node.hostCountry],
  Relationship: (node) => [named(node.subject), ` ${words(node.kind)} `, node.object ? named(node.object) : named(node.place)],
};

const ABOUT = { date: 'the date', place: 'the place', status: 'the status' };

/**
 * The rows to compare: the date (a meeting's; the others' start), the place (a role has none), the status and a
 * meeting's participants. Each row has what the graph holds (held), what the document says (said, null where it
 * does not) and, for a value that sources may disagree on and the document gives, how many sources give one
 * (given) and those whose value cannot agree with it (against), as the API will count them: every source's, not the
 * first report's alone.
 */
function fields(node, proposal, names, lang) {
  /** The sources that give a value (value(source)), and those of them whose value differs from the document's. */
  const compared = (said, value, differs) => {
    if (!said) {
      return { against: null };
    }
    const given = node.sources.filter(value);
    return { given: given.length, against: given.filter((source) => differs(value(source))) };
  };
  const nameOf = (id) => names.get(id) ?? { id, name: id };
  const rows = [{
    field: 'date', label: node.__typename === 'Meeting' ? 'When' : 'Since',
    held: fuzzyDate(node.date ?? node.start, lang),
    said: fuzzyDate(proposal.date),
    ...compared(proposal.date, (source) => source.date, (date) => !mayBeTheSameDay(date, days(proposal.date.iso))),
  }];
  if (node.__typename !== 'Role') {
    rows.push({
      field: 'place', label: 'Where',
      held: named(node.place) ?? node.hostCountry,
      said: proposal.place ? named(nameOf(proposal.place)) : null,
      ...compared(proposal.place, (source) => source.place, (place) => place.id !== proposal.place),
    });
  }
  rows.push({
    field: 'status', label: 'Status',
    held: status(node.status),
    said: proposal.status ? status(proposal.status) : null,
    ...compared(proposal.status, (source) => source.status, (given) => given !== proposal.status),
  });
  if (node.__typename === 'Meeting') {
    rows.push({ field: 'participants', label: 'Who took part', ...participants(node, proposal, nameOf) });
  }
  return rows;
}

/**
 * A meeting's participants on each side. They are no disagreement: one the meeting has keeps the part its first
 * report gave, and one it lacks joins it.
 */
function participants(node, proposal, nameOf) {
  const part = new Map(node.participants.map((participant) => [participant.actor.id, participant.role]));
  const said = proposal.participants ?? [];
  return {
    held: h('ul', { class: 'participants' }, node.participants.map((participant) => h('li', {}, named(participant.actor), ` (${words(participant.role)})`))),
    said: said.length ? h('ul', { class: 'participants' }, said.map((participant) => h('li', {},
      named(nameOf(participant.actor)), ` (${words(participant.role)})`,
      !part.has(participant.actor) ? h('span', { class: 'note' }, ': joins the meeting')
        : part.get(participant.actor) !== participant.role ? h('span', { class: 'note' }, `: keeps the part first reported, ${words(part.get(participant.actor))}`)
          : null))) : null,
  };
}

/** Under what the document says: whether it agrees with the claim's sources, or with whose it disagrees. */
function verdict(row) {
  if (!row.against) {
    return null;
  }
  return row.against.length
    ? h('p', { class: 'verdict' }, h('strong', {}, 'Disagrees'), ' with ',
      row.against.map((source, i) => [i ? ', ' : '', `${source.document.publisher} (${source.document.publishedOn})`]),
      ': accepting records the disagreement.')
    : h('p', { class: 'verdict' }, row.given ? 'Agrees with its sources.' : 'No source gives one yet.');
}

/**
 * The first and last day a date in ISO 8601 can be (2023-08: 2023-08-01 to 2023-08-31; 2019/2020: 2019-01-01 to
 * 2020-12-31), as the API resolves a FuzzyDate's earliest and latest.
 */
function days(iso) {
  const [from, to = from] = iso.split('/');
  const [year, month = '01', day = '01'] = from.split('-');
  return { earliest: `${year}-${month}-${day}`, latest: lastDay(to) };
}

function lastDay(part) {
  const [year, month, day] = part.split('-');
  if (day) {
    return part;
  }
  if (month) {
    // Day 0 of the next month is this month's last (Date counts months from 0).
    return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${year}-12-31`;
}

/** Whether two dates can be the same day: a month and a day in it agree. Days in ISO 8601 compare as text. */
function mayBeTheSameDay(a, b) {
  return !(a.latest < b.earliest || b.latest < a.earliest);
}
