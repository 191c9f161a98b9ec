// Meetings and military presences in date order, drawn on one time scale. A date is drawn as the span it covers:
// a day is a day wide, a month a month, "2019/2020" two years, so that a partial date is never passed off as a day.

import { query } from '../api.js';
import { h } from '../dom.js';
import { status, words } from '../format.js';

const DAY = 24 * 60 * 60 * 1000;

function time(iso) {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** Each entry's span, from the first day it can be to the end of the last day it can be. */
function span(entry) {
  return { from: time(entry.date.earliest), to: time(entry.date.latest) + DAY };
}

function describe(node) {
  return node.__typename === 'Meeting'
    ? [node.title, node.place ? ` (${node.place.name})` : '']
    : [`${node.force.name}: ${words(node.presenceKind)} in ${node.place ? node.place.name : node.hostCountry}`];
}

/** The scale: every year the entries touch, whole, with a tick at each year's start. */
function scale(entries) {
  const spans = entries.map(span);
  const first = new Date(Math.min(...spans.map((s) => s.from))).getUTCFullYear();
  const last = new Date(Math.max(...spans.map((s) => s.to)) - 1).getUTCFullYear();
  const from = Date.UTC(first, 0, 1);
  const to = Date.UTC(last + 1, 0, 1);
  const at = (t) => ((t - from) / (to - from)) * 100;
  const years = [];
  for (let year = first; year <= last; year++) {
    years.push({ year, left: at(Date.UTC(year, 0, 1)) });
  }
  return { at, years };
}

function draw(entries) {
  if (!entries.length) {
    return h('p', { class: 'empty' }, 'No dated meetings or presences.');
  }
  const { at, years } = scale(entries);
  const axis = h('div', { class: 'axis', 'aria-hidden': 'true' }, years.map(({ year, left }) => {
    const tick = h('span', { class: 'tick' }, String(year));
    tick.style.left = `${left}%`;
    return tick;
  }));
  const rows = entries.map((entry) => {
    const { from, to } = span(entry);
    // The style is set through the CSSOM: the Content-Security-Policy allows no inline style attributes.
    const bar = h('span', { class: `bar precision-${entry.date.precision.toLowerCase()}` });
    bar.style.left = `${at(from)}%`;
    bar.style.width = `${at(to) - at(from)}%`;
    const source = entry.node.evidence[0];
    return h('li', { class: 'event' },
      h('p', { class: 'event-label' },
        h('time', { datetime: entry.date.iso.split('/')[0] }, entry.date.iso),
        entry.date.text ? [' ', h('q', { dir: 'auto' }, entry.date.text)] : null, ' · ',
        h('a', { href: source.readerPath }, describe(entry.node)), ' · ', status(entry.node.status)),
      h('div', { class: 'track', title: `${entry.date.earliest} to ${entry.date.latest}` }, bar));
  });
  return h('div', { class: 'timeline' }, axis, h('ol', { class: 'events' }, rows));
}

export async function timelinePage() {
  const entries = [];
  const holder = h('div', {});
  const more = h('button', { type: 'button', class: 'more' }, 'Show more');
  let cursor = null;

  async function load() {
    const { timeline } = await query('ReaderTimeline', { first: 100, after: cursor });
    entries.push(...timeline.nodes);
    cursor = timeline.pageInfo.endCursor;
    more.hidden = !timeline.pageInfo.hasNextPage;
    more.textContent = `Show more (${entries.length} of ${timeline.totalCount} shown)`;
    holder.replaceChildren(draw(entries)); // the scale may widen with each page
  }
  more.addEventListener('click', load);
  await load();

  return {
    title: 'Timeline',
    element: h('div', {},
      h('header', { class: 'page-head' },
        h('h1', { tabindex: -1 }, 'Timeline'),
        h('p', {}, 'Meetings at their date, military presences at their start. Each bar covers every day the source ',
          'allows: a day, a month, a year or more.')),
      holder, more),
  };
}
