// The documents that report a claim, as its card shows them when there are several (issue 24): each with what it
// says where it differs from the first report, and, where they disagree, every value beside the sources that give
// it. The reader never chooses between sources: a claim's fields are its first report's, and the card says so.

import { h } from './dom.js';
import { count, fuzzyDate, named, quoteLink, status, statusLabel } from './format.js';
import { link, splitId } from './routes.js';

const ABOUT = { DATE: 'the date', PLACE: 'the place', STATUS: 'the status' };

/**
 * A claim's sources, each with its quotes: the claim's evidence holds the quotes of every document that reports it,
 * each with its document, and a source's are those of its document (ReaderDocument asks them once).
 */
function withQuotes(node) {
  return node.sources.map((source) => ({
    ...source, quotes: node.evidence.filter((quote) => quote.document.id === source.document.id),
  }));
}

/** The claim's first report: the source whose words its fields give. */
function firstReport(sources) {
  return sources.find((source) => source.own) ?? sources[0];
}

/** A claim's first report, with its quotes, for documentOf: whose account the claim's fields are. */
export function firstReportOf(node) {
  return firstReport(withQuotes(node));
}

/** Whether the claim's sources disagree on a field of it: DATE, PLACE or STATUS. */
function disputed(node, about) {
  return (node.disagreements ?? []).some((disagreement) => disagreement.about === about);
}

/** Beside a field of the card that the sources disagree on: the value shown is the first report's, and only that. */
export function disputedNote(node, about) {
  return disputed(node, about) ? h('span', { class: 'disputed' }, ' (as first reported; the sources disagree)') : null;
}

/** A claim's status in its card's head: its own, or, when its sources disagree on it, each of theirs in turn. */
export function claimStatus(node) {
  const disagreement = node.disagreements?.find((d) => d.about === 'STATUS');
  if (!disagreement) {
    return status(node.status);
  }
  return h('span', { class: 'status status-disputed' }, 'Status disputed',
    h('span', { class: 'status-meaning' }, ': ',
      disagreement.values.map((value, i) => [i ? ' or ' : '', statusLabel(value.status)]), ', by source'));
}

/**
 * A source's document, by title, publisher and date of publication; its title links to its page at the source's
 * first quote (Evidence.readerPath), or, when it is the page being read (here), says so.
 */
export function documentOf(source, here) {
  const doc = source.document;
  const target = source.quotes[0]?.readerPath ?? link.document(splitId(doc.id).slug);
  return [
    doc.id === here ? h('strong', {}, 'this document') : h('a', { href: target }, doc.title),
    ` (${doc.publisher}, `, h('time', { datetime: doc.publishedOn }, doc.publishedOn), ')',
  ];
}

/** Above the fields of a claim that another document reported first: whose account they are. */
export function firstReportedElsewhere(node, here) {
  if (!node.sources?.length) {
    return null;
  }
  const first = firstReport(withQuotes(node));
  return first.document.id === here ? null : h('p', { class: 'first-report' },
    'First reported by ', documentOf(first, here), '; what follows is its account. This document is a further source.');
}

/** What a further source says that its claim's first report does not: its status, date or place, each it gives. */
function differences(source, first) {
  const said = [];
  if (source.status && source.status !== first.status) {
    said.push(['Status', status(source.status)]);
  }
  if (source.date && source.date.iso !== first.date?.iso) {
    said.push(['Date', fuzzyDate(source.date, source.document.language)]);
  }
  if (source.place && source.place.id !== first.place?.id) {
    said.push(['Place', named(source.place)]);
  }
  return said.length
    ? h('dl', { class: 'differences', 'aria-label': 'Where it differs from the first report' },
      said.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]))
    : h('p', { class: 'differences' }, 'Nothing it says differs from the first report.');
}

function quoteList(quotes) {
  return h('ol', { class: 'quote-list' }, quotes.map((quote) => h('li', {}, quoteLink(quote))));
}

/** One value the sources give, in words: a status, a date (worded as the first source giving it has it), a place. */
const VALUE = {
  STATUS: (value) => status(value.status),
  DATE: (value, sources) => fuzzyDate(value.date, sources[0]?.document.language),
  PLACE: (value) => named(value.place),
};

/** What the sources disagree on, each value in the API's order, with the sources that give it and their quotes. */
function disagreement(found, sourceOf, here) {
  return h('section', { class: 'disagreement', dataset: { about: found.about } },
    h('h4', {}, `The sources disagree on ${ABOUT[found.about] ?? found.about.toLowerCase()}`),
    h('ul', { class: 'disagreement-values' }, found.values.map((value) => {
      const sources = value.sources.map((given) => sourceOf.get(given.document.id)).filter(Boolean);
      return h('li', {},
        h('p', { class: 'value' }, VALUE[found.about]?.(value, sources), ', by ', count(sources.length, 'source'), ':'),
        h('ul', { class: 'value-sources' }, sources.map((source) => h('li', {},
          documentOf(source, here), source.own ? ', the first report' : '', quoteList(source.quotes)))));
    })));
}

/** Each disagreement among a claim's sources (none when they agree), with the sources that give each value. */
export function disagreementsOf(node, here) {
  const sourceOf = new Map(withQuotes(node).map((source) => [source.document.id, source]));
  return node.disagreements.map((found) => disagreement(found, sourceOf, here));
}

/**
 * The sources of a claim that more than one document reports, for its card (here: the id of the page's document):
 * each document, the first report first, with its quotes and what it says where it differs; then each
 * disagreement. Nothing for a claim of one source, whose card says all there is.
 */
export function sourcesSection(node, here) {
  if (!(node.sourceCount > 1) || !node.sources?.length) {
    return null;
  }
  const sources = withQuotes(node);
  const first = firstReport(sources);
  return h('section', { class: 'claim-sources' },
    h('h4', {}, `Reported by ${count(node.sourceCount, 'source')}`),
    h('ol', { class: 'sources' }, sources.map((source) => h('li', { class: 'source-entry', dataset: { document: source.document.id } },
      h('p', { class: 'source-name' }, documentOf(source, here), ' · ',
        source.own ? 'the first report: the fields above are its account' : 'a further report'),
      source.own ? null : differences(source, first),
      h('details', { class: 'source-words' },
        h('summary', {}, `Its words (${count(source.quotes.length, 'quote')})`),
        quoteList(source.quotes))))),
    disagreementsOf(node, here));
}
