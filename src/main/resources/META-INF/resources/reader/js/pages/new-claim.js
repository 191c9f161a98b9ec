// What the drafts missed: the analyst selects words in the text, adds them as quotes, and makes a claim of any kind
// of them, picking its people, bodies and places by searching their names in either script; a selected name the
// graph lacks becomes a new person. Each goes through the mutation any frontend sends (addMeeting, addRole, ...),
// whose rules are the API's alone: its userErrors come back beside the fields they concern.

import { query, write } from '../api.js';
import { direction, h } from '../dom.js';
import { words } from '../format.js';
import { selectionIn } from '../highlights.js';
import { errorsBeside, field } from './forms.js';
import { knownMatches } from './known-match.js';

const STATUSES = ['REPORTED', 'ALLEGED', 'EXPECTED'];
const PARTS = ['HOST', 'VISITOR', 'ATTENDEE', 'MEDIATOR', 'ACCOMPANYING', 'DELEGATION_MEMBER'];

/**
 * The kinds of claim an analyst can make, each with its mutation and its fields. A field's name is its path in the
 * mutation's input, which the API's userErrors name; a picker's value is the id of the node chosen.
 */
const KINDS = {
  MEETING: {
    label: 'Meeting', operation: 'EditorAddMeeting', payload: 'addMeeting',
    fields: (lang) => [text('title.en', 'Title in English'), lang === 'ar' && text('title.ar', 'Title in Arabic (optional)'),
      choice('kind', 'Kind of meeting', ['TALKS', 'OFFICIAL_VISIT', 'CALL', 'SUMMIT', 'CONFERENCE']),
      text('date.iso', 'Date (2024-05-13, 2024-05 or 2024)'),
      participants(),
      pick('place', 'Place (optional)', ['Place'])],
  },
  ROLE: {
    label: 'Role', operation: 'EditorAddRole', payload: 'addRole',
    fields: (lang) => [pick('actor', 'Who', ['Actor']), text('title.en', 'Title in English'),
      lang === 'ar' && text('title.ar', 'Title in Arabic (optional)'),
      pick('organisation', 'Of (optional)', ['Organisation']),
      check('current', 'Holds it at the time of the source', true),
      text('start.iso', 'Since (optional)')],
  },
  MILITARY_PRESENCE: {
    label: 'Military presence', operation: 'EditorAddMilitaryPresence', payload: 'addMilitaryPresence',
    fields: () => [pick('force', 'The force', ['Organisation']), text('hostCountry', 'Country it is in (ISO code: LY)'),
      choice('kind', 'Kind of presence', ['TROOPS', 'ADVISERS', 'MERCENARIES', 'REINFORCEMENTS', 'BASE']),
      pick('place', 'Place (optional)', ['Place']), pick('sponsor', 'Sent by (optional)', ['Organisation']),
      text('start.iso', 'Since (optional)')],
  },
  RELATIONSHIP: {
    label: 'Relationship', operation: 'EditorAddRelationship', payload: 'addRelationship',
    fields: () => [pick('subject', 'Who', ['Actor', 'Organisation']),
      choice('kind', 'Tie', ['MILITARY_SUPPORT', 'POLITICAL_SUPPORT', 'ALLIANCE', 'DIPLOMATIC_MISSION', 'OFFENSIVE', 'MEMBERSHIP']),
      pick('object', 'With whom (optional)', ['Actor', 'Organisation']),
      text('description.en', 'What the source says, in English'),
      text('start.iso', 'Since (optional)')],
  },
};

/**
 * The editor's panel of what the analyst selects and makes of it, for one document: made once and kept while the page
 * is drawn again after each write, so that quotes gathered before a decision on a suggestion are not lost.
 * show(node, text) ties it to the document as last read and the element its text is drawn in; onAdded(message) is
 * called after each write.
 */
export function claimMaker(onAdded) {
  const state = { node: null, text: null, selection: null, quotes: [] };
  const selected = h('section', { class: 'selection', 'aria-live': 'polite', 'aria-label': 'Your selection' });
  const quotes = h('ol', { class: 'gathered-quotes', 'aria-label': 'Quotes of the new claim' });
  const kinds = h('select', { name: 'claimKind' }, Object.entries(KINDS).map(([kind, { label }]) => h('option', { value: kind }, label)));
  const form = h('form', { class: 'editor-form new-claim', novalidate: true });
  const person = h('form', { class: 'editor-form new-person', hidden: true, novalidate: true });
  const element = h('section', { class: 'claim-maker', 'aria-labelledby': 'claim-maker-title' },
    selected,
    h('h2', { id: 'claim-maker-title' }, 'A claim of your own'),
    h('p', { class: 'hint' }, 'Select the words that say it in the text, add them as quotes, then say what they claim.'),
    quotes, person, field('Kind of claim', kinds), form);

  // The words last selected in the text, taken once: a later drag that began inside a selection would move it, not
  // select anew, so the text's selection is let go when its words are used.
  const lastWords = () => (state.selection ? state.node.text.slice(state.selection.start, state.selection.end) : '');
  const takeWords = () => {
    document.getSelection()?.removeAllRanges();
    return lastWords();
  };
  const drawQuotes = () => quotes.replaceChildren(...(state.quotes.length ? state.quotes.map((span, i) => h('li', {},
    h('q', { lang: state.node.language, dir: direction(state.node.language) }, state.node.text.slice(span.start, span.end)),
    ` (${span.start}–${span.end}) `,
    h('button', { type: 'button', on: { click: () => { state.quotes.splice(i, 1); drawQuotes(); } } }, 'Remove')))
    : [h('li', { class: 'none' }, 'No quote yet.')]));
  /** The addition as the form now says it: the input of its mutation. */
  const addition = () => {
    const input = { document: state.node.id, quotes: state.quotes.map(({ start, end }) => ({ start, end })), ...valuesOf(form) };
    // A participant is said to take part by the claim's own words: its quotes are the claim's.
    input.participants?.forEach((participant) => { participant.quotes = input.quotes; });
    return input;
  };
  const added = (message) => {
    state.quotes = [];
    drawQuotes();
    drawForm();
    onAdded(message);
  };
  let matches;
  const drawForm = () => {
    const kind = KINDS[kinds.value];
    matches = knownMatches(kinds.value, { input: addition, form, onAdded: added });
    form.replaceChildren(...kind.fields(state.node.language).filter(Boolean).map((make) => make(takeWords)),
      field('Status', h('select', { name: 'status' }, STATUSES.map((s) => h('option', { value: s }, words(s))))),
      h('p', { class: 'form-errors', role: 'alert' }),
      h('button', { type: 'submit' }, `Add the ${kind.label.toLowerCase()}`),
      matches.element);
  };
  kinds.addEventListener('change', drawForm);
  // Who the claim is about decides which claims the graph holds it may be.
  form.addEventListener('picked', () => matches.update());

  /** Sends an addition; its userErrors go beside their fields, and an error of the request under the form. */
  const send = async (operation, payloadName, input, into, done) => {
    let payload;
    try {
      payload = (await write(operation, { input }))[payloadName];
    } catch (error) {
      into.querySelector('.form-errors').textContent = error.message;
      return;
    }
    if (!errorsBeside(into, payload.userErrors)) {
      done(payload);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = KINDS[kinds.value];
    send(kind.operation, kind.payload, addition(), form, (payload) => {
      const claim = Object.values(payload).find((value) => value?.id);
      added(`Added: ${kind.label} ${claim.id}`);
    });
  });

  const newPerson = () => {
    const lang = state.node.language;
    person.replaceChildren(
      h('h3', {}, 'A new person'),
      field(`Name as the text writes it (${lang})`, h('input', { name: 'names.0.text', value: takeWords(), dir: direction(lang) })),
      lang === 'en' ? null : field('Name in English (the API needs one)', h('input', { name: 'names.1.text', dir: 'ltr' })),
      field('Slug (optional; made of the English name)', h('input', { name: 'slug', dir: 'ltr' })),
      h('p', { class: 'form-errors', role: 'alert' }),
      h('button', { type: 'submit' }, 'Add the person'), ' ',
      h('button', { type: 'button', on: { click: () => { person.hidden = true; } } }, 'Cancel'));
    person.hidden = false;
    person.querySelector('input').focus();
  };
  person.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => person.elements[name]?.value.trim() ?? '';
    const names = [{ lang: state.node.language, text: value('names.0.text') }];
    if (person.elements['names.1.text']) {
      names.push({ lang: 'en', text: value('names.1.text') });
    }
    send('EditorAddActor', 'addActor', { names, slug: value('slug') || null }, person, ({ actor }) => {
      person.hidden = true;
      onAdded(`Added: ${actor.name} (${actor.id}), to pick in a claim`);
    });
  });

  const showSelection = () => {
    if (!element.isConnected) {
      document.removeEventListener('selectionchange', showSelection); // the page has gone
      return;
    }
    const span = state.text && selectionIn(state.text);
    if (span === null || span === undefined) {
      return; // a selection elsewhere (in a form, say) keeps the last one the text had
    }
    state.selection = span;
    selected.replaceChildren(
      h('h3', {}, 'Your selection'),
      h('p', { class: 'selected-quote', lang: state.node.language, dir: direction(state.node.language) }, lastWords()),
      h('p', { class: 'selected-span' }, `Characters ${span.start} to ${span.end} of the text`),
      h('button', { type: 'button', class: 'add-quote', on: { click: () => {
        takeWords();
        if (!state.quotes.some((quote) => quote.start === span.start && quote.end === span.end)) {
          state.quotes.push(span);
          state.quotes.sort((a, b) => a.start - b.start);
        }
        drawQuotes();
      } } }, 'Add as a quote'), ' ',
      h('button', { type: 'button', class: 'new-person', on: { click: newPerson } }, 'New person of this name'));
    selected.dataset.start = span.start;
    selected.dataset.end = span.end;
  };

  return {
    element,
    /** Ties the panel to the document as last read and the element its text is now drawn in. */
    show(node, text) {
      const first = state.node === null;
      state.node = node;
      state.text = text;
      if (first) {
        drawQuotes();
        drawForm();
        // From the first drawing on: the panel is on the page (drawn in the same task) when a selection changes.
        document.addEventListener('selectionchange', showSelection);
      }
      return element;
    },
  };
}

/**
 * The form's values as a mutation's input: each control's value set at its path (title.en, participants.0.actor);
 * an empty optional one is left out, with the object it would have been alone in (start: { iso }).
 */
function valuesOf(form) {
  const input = {};
  for (const control of form.elements) {
    if (!control.name) {
      continue;
    }
    // A picker sends the node chosen, or else the words typed, for the API to say it knows no such node.
    const value = control.type === 'checkbox' ? control.checked
      : control.dataset.id || control.value.trim();
    if (value === '' && control.dataset.optional === 'true') {
      continue;
    }
    setPath(input, control.name.split('.'), value);
  }
  return input;
}

function setPath(object, [first, ...rest], value) {
  const key = /^\d+$/.test(first) ? Number(first) : first;
  if (rest.length === 0) {
    object[key] = value;
    return;
  }
  object[key] ??= /^\d+$/.test(rest[0]) ? [] : {};
  setPath(object[key], rest, value);
}

// The fields of the forms above: each a function of takeWords (the words last selected in the text), which a picker
// searches for on request.

function optional(label) {
  return label.endsWith('(optional)');
}

function text(name, label) {
  return () => field(label, h('input', { name, dir: 'auto', dataset: { optional: optional(label) } }));
}

function choice(name, label, values) {
  return () => field(label, h('select', { name }, values.map((value) => h('option', { value }, words(value)))));
}

function check(name, label, checked) {
  return () => h('p', { class: 'field' }, h('label', {}, h('input', { name, type: 'checkbox', checked }), ' ', label));
}

/** A meeting's participants: two to begin with, and another each time the analyst asks. */
function participants() {
  return (takeWords) => {
    const rows = h('div', { class: 'participants-fields' }, participant(0, 'HOST')(takeWords), participant(1, 'VISITOR')(takeWords));
    return h('div', {}, rows, h('button', { type: 'button', class: 'another-participant', on: { click: () => {
      const row = participant(rows.children.length, 'ATTENDEE')(takeWords);
      rows.append(row);
      row.querySelector('input').focus();
    } } }, 'Another participant'));
  };
}

function participant(index, part) {
  return (takeWords) => h('fieldset', { class: 'participant' },
    h('legend', {}, `Participant ${index + 1}`),
    pick(`participants.${index}.actor`, 'Who', ['Actor'])(takeWords),
    field('Part', h('select', { name: `participants.${index}.role` },
      PARTS.map((value) => h('option', { value, selected: value === part }, words(value))))));
}

/**
 * A node found by its name: the analyst types it, or searches the words last selected in the text, and picks one of
 * the search's answers of the types wanted; the control's data-id is then the node's id, which is what is sent.
 * Typing again forgets the choice. A choice made or forgotten is told to the form by a "picked" event. The search is the reader's own (ReaderSearch): names in either script.
 */
function pick(name, label, types) {
  return (takeWords) => {
    const input = h('input', { name, type: 'search', autocomplete: 'off', dir: 'auto', class: 'picker-input',
      dataset: { id: '', optional: optional(label) } });
    const results = h('ul', { class: 'picker-results', 'aria-label': `${label}: found` });
    const chosen = h('p', { class: 'picker-chosen', 'aria-live': 'polite' });
    let asked = 0;
    const choose = (node) => {
      input.value = node.name;
      input.dataset.id = node.id;
      chosen.textContent = `Chosen: ${node.id}`;
      results.replaceChildren();
      input.focus();
      input.dispatchEvent(new Event('picked', { bubbles: true }));
    };
    const search = async () => {
      const typed = input.value.trim();
      const mine = ++asked;
      if (!typed) {
        results.replaceChildren();
        return;
      }
      const found = (await query('ReaderSearch', { text: typed, first: 10 })).search
        .map((hit) => hit.node).filter((node) => types.includes(node.__typename));
      if (mine !== asked) {
        return; // a later search is on its way
      }
      results.replaceChildren(...(found.length ? unique(found).map((node) => h('li', {},
        h('button', { type: 'button', class: 'pick', dataset: { id: node.id }, on: { click: () => choose(node) } },
          node.name, node.nameAr && node.nameAr !== node.name ? [' · ', h('span', { lang: 'ar', dir: 'rtl' }, node.nameAr)] : null,
          ` (${words(node.__typename)})`)))
        : [h('li', { class: 'none' }, `No ${types.map((type) => type.toLowerCase()).join(' or ')} of that name.`)]));
    };
    let timer;
    const forget = () => {
      chosen.textContent = '';
      if (input.dataset.id) {
        input.dataset.id = '';
        input.dispatchEvent(new Event('picked', { bubbles: true }));
      }
    };
    input.addEventListener('input', () => {
      forget();
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', (event) => {
      // Enter picks the first answer rather than sending the whole form half filled.
      if (event.key === 'Enter') {
        event.preventDefault();
        results.querySelector('button.pick')?.click();
      }
    });
    // Names are searched as the text writes them: the words last selected, in whatever script, with one click.
    const selected = h('button', { type: 'button', class: 'use-selection', on: { click: () => {
      input.value = takeWords();
      forget();
      search();
    } } }, 'Search the selected words');
    return h('div', { class: 'picker' }, field(label, input), selected, chosen, results);
  };
}

function unique(nodes) {
  return [...new Map(nodes.map((node) => [node.id, node])).values()];
}
