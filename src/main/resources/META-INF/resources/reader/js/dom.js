// Building the page: elements made with h(), their text always set as text (never parsed as HTML), so that
// whatever a source document contains is shown and never run.

/**
 * An element: h('a', { href: '#/', class: 'x', lang: 'ar', on: { click: f } }, 'text', child, [more]).
 * Props named dataset or on are spread into data-* attributes and event listeners; false, null and undefined
 * props and children are left out, so that optional parts can be written inline.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name === 'on') {
      for (const [event, listener] of Object.entries(value)) {
        element.addEventListener(event, listener);
      }
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.append(child);
    } else if (child !== false && child !== null && child !== undefined) {
      element.append(String(child));
    }
  }
}

/** Languages written right to left, by their primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The direction of a text in a language: rtl for a language written right to left, whatever letters the text
 * happens to begin with (a quote may open on a Latin name or a number); otherwise auto, from its first letters.
 */
export function direction(lang) {
  return RIGHT_TO_LEFT.has(String(lang ?? '').split('-')[0].toLowerCase()) ? 'rtl' : 'auto';
}

/** Text in a language of its own: lang, and its direction, so that Arabic runs right to left inside English. */
export function inLanguage(lang, text, tag = 'span') {
  return h(tag, { lang, dir: direction(lang) }, text);
}
