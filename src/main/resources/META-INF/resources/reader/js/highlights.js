// Quotes may overlap (a meeting's quote and a participant's quote share words), so the text is cut into runs at
// every quote's start and end: each run is covered by the same quotes all along, and shows how many.

import { h } from './dom.js';

/**
 * The runs of a text of `length` UTF-16 units under `spans` ({ start, end } in the same units, as the API gives
 * them): [{ start, end, spans }], in order, covering the whole text. JavaScript strings are UTF-16 too, so
 * text.slice(run.start, run.end) is the run's text.
 */
export function runs(length, spans) {
  const cuts = new Set([0, length]);
  for (const span of spans) {
    cuts.add(clamp(span.start, length));
    cuts.add(clamp(span.end, length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    result.push({ start, end, spans: spans.filter((span) => span.start <= start && span.end >= end) });
  }
  return result;
}

function clamp(offset, length) {
  return Math.max(0, Math.min(length, offset));
}

/** Whether a run lies inside a span. */
export function within(run, span) {
  return run.start >= span.start && run.end <= span.end;
}

/**
 * A text with its spans marked, as the document page and the editor show it: { element, marks }, the element a
 * div of the text's runs, each run under a span a focusable <mark> that calls activate(run, mark) on a click, Enter
 * or Space; marks lists them all as { run, mark }. describe(run) is the mark's title. A run under a suggestion
 * (a { suggested: true } span, which the graph does not hold yet) is marked suggested, and suggested-only when no
 * claim's quote covers it too, so that the two are told apart where they overlap.
 */
export function markedText(text, spans, { activate, describe }) {
  const marks = [];
  const element = h('div', { class: 'text' }, runs(text.length, spans).map((run) => {
    const words = text.slice(run.start, run.end);
    if (run.spans.length === 0) {
      return words;
    }
    const suggested = run.spans.filter((span) => span.suggested).length;
    const mark = h('mark', {
      class: ['quote', suggested && 'suggested', suggested === run.spans.length && 'suggested-only'].filter(Boolean).join(' '),
      tabindex: 0, role: 'button',
      'data-depth': Math.min(run.spans.length, 3),
      dataset: { start: run.start, end: run.end }, // the run's offsets in the text
      title: describe(run),
      on: {
        click: () => activate(run, mark),
        keydown: (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            activate(run, mark);
          }
        },
      },
    }, words);
    marks.push({ run, mark });
    return mark;
  }));
  return { element, marks };
}
