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
 * div of the text's runs, each run under a span a focusable <mark> that calls activate(run, mark) on a click (not one
 * that ends selecting words), Enter or Space; marks lists them all as { run, mark }. describe(run) is the mark's title. A run under a suggestion
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
        // Chromium starts no selection on a mouse pressed in a focusable element: the mark is none while the mouse is
        // down, so that words can be selected from inside it (an editor's quote); the keyboard still reaches it.
        mousedown: () => {
          mark.removeAttribute('tabindex');
          document.addEventListener('mouseup', () => mark.setAttribute('tabindex', 0), { once: true });
        },
        // A drag that selects words ends in a click too: it is a selection, not a request to go.
        click: () => document.getSelection()?.isCollapsed !== false && activate(run, mark),
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

/**
 * The words selected inside a text element as offsets into the text, { start, end }, or null when nothing (or
 * something outside it) is selected. The offsets count the text's UTF-16 units before each end of the selection, as
 * the DOM holds them: in logical order, whatever way the text runs on the screen, so that a selection in Arabic, or in
 * Arabic and Latin mixed, is the same span as the API's quotes (`start`, `end`).
 */
export function selectionIn(element) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
    return null;
  }
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) {
    return null;
  }
  const start = offsetIn(element, range.startContainer, range.startOffset);
  const end = offsetIn(element, range.endContainer, range.endOffset);
  return start < end ? { start, end } : null;
}

/** How many of the text's units stand before a boundary point (a node and an offset in it) inside the element. */
function offsetIn(element, container, offset) {
  const before = document.createRange();
  before.setStart(element, 0);
  before.setEnd(container, offset);
  return before.toString().length;
}
