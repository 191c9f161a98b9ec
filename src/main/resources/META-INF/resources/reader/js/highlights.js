// Quotes may overlap (a meeting's quote and a participant's quote share words), so the text is cut into runs at
// every quote's start and end: each run is covered by the same quotes all along, and shows how many.

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
