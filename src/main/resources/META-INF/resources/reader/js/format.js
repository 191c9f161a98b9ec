// How the reader words what the API returns: enum values, claim statuses, partial dates and names.

import { direction, h, inLanguage } from './dom.js';
import { link } from './routes.js';

/** OFFICIAL_VISIT -> "official visit". */
export function words(value) {
  return value ? value.toLowerCase().replaceAll('_', ' ') : '';
}

const STATUS = {
  REPORTED: ['Reported', 'the source states it as fact'],
  ALLEGED: ['Alleged', 'the source attributes it to others'],
  EXPECTED: ['Expected', 'announced or likely, not yet happened'],
};

/** A claim's status in plain words, never as colour alone. */
export function status(value) {
  const [label, meaning] = STATUS[value] ?? [words(value), ''];
  return h('span', { class: `status status-${value.toLowerCase()}` }, label, h('span', { class: 'status-meaning' }, `: ${meaning}`));
}

/** A claim's status in one word: Reported, Alleged, Expected. */
export function statusLabel(value) {
  return STATUS[value]?.[0] ?? words(value);
}

/** The marker beside anything that is general knowledge rather than something a source states. */
export function background() {
  return h('span', { class: 'background', title: 'General knowledge: no source states this' }, 'background knowledge');
}

/**
 * A date as the API resolved it, beside the source's own words for it: 2024-05-13 «اليوم الاثنين».
 * sourceLang is the language of the document the words come from, when known.
 */
export function fuzzyDate(date, sourceLang) {
  if (!date) {
    return null;
  }
  return h('span', { class: 'date' },
    h('time', { datetime: date.iso.split('/')[0] }, date.iso),
    date.text ? [' ', h('q', { lang: sourceLang, dir: direction(sourceLang), class: 'source-words', title: "the source's words" }, date.text)] : null);
}

/**
 * A link to an actor's, organisation's or place's page. With its names (selected as { lang background }) it is
 * marked when the English name shown is background knowledge: Khalifa Haftar, where the source says only حفتر.
 */
export function named(node) {
  if (!node) {
    return null;
  }
  const english = node.names?.find((label) => label.lang === 'en');
  return h('span', { class: 'named' },
    h('a', { href: link.node(node.id) }, node.name),
    english?.background ? [' ', background()] : null);
}

/**
 * A quote of a source, linked to its place in the document (Evidence.readerPath), in the language of the document
 * it is taken from (evidence.document.language, when selected; a claim's quotes may come from documents in
 * different languages), else in lang.
 */
export function quoteLink(evidence, lang) {
  return h('a', { class: 'quote-link', href: evidence.readerPath },
    inLanguage(evidence.document?.language ?? lang, evidence.quote, 'q'));
}

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A BCP 47 tag in English words, from the browser's own data: ar -> Arabic. */
export function language(tag) {
  try {
    return LANGUAGES.of(tag) ?? tag;
  } catch {
    return tag; // not a well-formed tag
  }
}

/** "3 meetings", "1 meeting". */
export function count(n, singular, plural = `${singular}s`) {
  return `${n} ${n === 1 ? singular : plural}`;
}
