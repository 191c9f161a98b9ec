// Editing a claim from its card: a small form of its plain fields (a meeting's title, date and status; a presence's,
// relationship's or role's start, end and status; a role's title), sent at the version the form was filled from.
// When another writer moved the claim on meanwhile, the API refuses the edit (CONFLICT) and answers the claim as they
// left it: the user then sees, field by field, what they read, what the other saved and what they want, and either
// redoes their own changes on top of it or keeps theirs. Nothing is written over without the user seeing it.

import { query, write } from '../api.js';
import { direction, h } from '../dom.js';
import { statusLabel } from '../format.js';
import { mayEdit } from '../login.js';
import { errorsBeside, field } from './forms.js';
import { changesSince, when } from './history.js';

/** Per kind of claim: its mutation (queries/<operation>.graphql), where its payload holds the claim, its fields. */
const KINDS = {
  meeting: { operation: 'EditorEditMeeting', payload: 'editMeeting', node: 'meeting', groups: ['title', 'date', 'status'] },
  presence: { operation: 'EditorEditMilitaryPresence', payload: 'editMilitaryPresence', node: 'militaryPresence', groups: ['start', 'end', 'status'] },
  relationship: { operation: 'EditorEditRelationship', payload: 'editRelationship', node: 'relationship', groups: ['start', 'end', 'status'] },
  role: { operation: 'EditorEditRole', payload: 'editRole', node: 'role', groups: ['title', 'start', 'end', 'status'] },
};

/**
 * An input field of the mutation and the controls that make it, named by their path in the input (title.en), which
 * userErrors name: how to read them from the claim (EditorClaim, or a payload) and how to send them. A title or a
 * date is sent whole, both its parts, since the API replaces it whole.
 */
const GROUPS = {
  title: {
    controls: [{ name: 'title.en', label: 'Title (English)' }, { name: 'title.ar', label: 'Title (Arabic)', lang: 'ar' }],
    // title(lang: "ar") answers the English title when there is no Arabic one.
    read: (node) => ({ 'title.en': node.title, 'title.ar': node.titleAr === node.title ? '' : node.titleAr }),
    input: (values) => ({ en: values['title.en'], ar: values['title.ar'] || null }),
  },
  date: dateGroup('date', 'Date'),
  start: dateGroup('start', 'Since'),
  end: dateGroup('end', 'Until'),
  status: {
    controls: [{ name: 'status', label: 'Status', options: ['REPORTED', 'ALLEGED', 'EXPECTED'] }],
    read: (node) => ({ status: node.status }),
    input: (values) => values.status,
  },
};

/**
 * A date as the API takes it: its ISO form, and the source's own words for it, which stay as they were unless the
 * user changes them too. An emptied date is sent as it is, for the API to say that a date cannot be emptied so.
 */
function dateGroup(name, label) {
  return {
    controls: [
      { name: `${name}.iso`, label, hint: 'ISO 8601: 2024-05-13, 2024-05, 2019/2020' },
      { name: `${name}.text`, label: `${label}, in the source's words`, source: true },
    ],
    read: (node) => ({ [`${name}.iso`]: node[name]?.iso ?? '', [`${name}.text`]: node[name]?.text ?? '' }),
    input: (values) => ({ iso: values[`${name}.iso`], text: values[`${name}.text`] || null }),
  };
}

function controlsOf(kind) {
  return kind.groups.flatMap((group) => GROUPS[group].controls);
}

/** A claim's plain fields as flat values by control name, from the claim as the API answered it. */
function valuesOf(kind, node) {
  return Object.assign({}, ...kind.groups.map((group) => GROUPS[group].read(node)));
}

/** The input's fields the user changed from what they read, each whole; null when they changed nothing. */
function changedInput(kind, read, mine) {
  const input = {};
  for (const group of kind.groups) {
    if (GROUPS[group].controls.some(({ name }) => mine[name] !== read[name])) {
      input[group] = GROUPS[group].input(mine);
    }
  }
  return Object.keys(input).length ? input : null;
}

/**
 * The card's Edit button and the panel it opens beneath the card's actions, { button, panel }, for a logged-in
 * analyst on a claim of a kind the form knows; else null. renew() answers the claim's card as the API now has it,
 * which takes this card's place after a save.
 */
export function claimEditor(claim, renew) {
  const kind = KINDS[claim.kind];
  if (!kind || !mayEdit()) {
    return null;
  }
  const id = claim.node.id;
  const status = h('p', { class: 'edit-status', role: 'status' });
  const form = h('form', { class: 'claim-form', hidden: true, 'aria-label': 'Edit this claim' },
    controlsOf(kind).map((control) => field(control.hint ? `${control.label} (${control.hint})` : control.label, input(control, claim))),
    h('p', { class: 'form-errors', role: 'alert' }),
    h('button', { type: 'submit' }, 'Save'), ' ',
    h('button', { type: 'button', on: { click: () => close() } }, 'Cancel'));
  // Not an alert: the focus goes to its heading, from where its table is read at the user's pace.
  const conflict = h('section', { class: 'conflict', hidden: true });
  const panel = h('div', { class: 'claim-editor' }, status, form, conflict);
  const button = h('button', { type: 'button', class: 'edit-claim', 'aria-expanded': 'false', on: { click: () => open() } }, 'Edit');
  /** What the form was filled from: the values read and their version, the one the edit names. */
  let read = null;

  async function open() {
    // Open already: reading the claim again would throw away what the user typed, or a conflict they must settle.
    if (!form.hidden || !conflict.hidden) {
      (form.hidden ? conflict.querySelector('h4') : form.elements[0]).focus();
      return;
    }
    if (!mayEdit()) {
      status.textContent = 'Log in as an analyst to edit: your session may have ended.';
      return;
    }
    try {
      fill((await query('EditorClaim', { id })).node);
    } catch (error) {
      status.textContent = `The claim could not be read: ${error.message}`;
      return;
    }
    status.textContent = '';
    form.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    form.elements[0].focus();
  }

  function fill(node, mine = {}) {
    read = { values: valuesOf(kind, node), version: node.version };
    errorsBeside(form, []);
    for (const [name, value] of Object.entries({ ...read.values, ...mine })) {
      form.elements[name].value = value;
    }
  }

  function close() {
    form.hidden = true;
    conflict.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  async function save() {
    const mine = Object.fromEntries(controlsOf(kind).map(({ name }) => [name, form.elements[name].value.trim()]));
    const changed = changedInput(kind, read.values, mine);
    if (!changed) {
      errorsBeside(form, [{ field: [], message: 'You have changed nothing.' }]);
      return;
    }
    let payload;
    try {
      const data = await write(kind.operation, { input: { id, version: read.version, ...changed } });
      payload = data[kind.payload];
    } catch (error) {
      errorsBeside(form, [{ field: [], message: `The edit was not sent: ${error.message}` }]);
      return;
    }
    if (payload.userErrors.some((error) => error.code === 'CONFLICT')) {
      await showConflict(payload[kind.node], mine);
    } else if (errorsBeside(form, payload.userErrors)) {
      form.hidden = false;
    } else {
      await replaced(`Saved: the claim is at version ${payload[kind.node].version}.`);
    }
  }

  /**
   * The claim as the other writer left it, beside what the user read and wants, for every field either changed.
   * Redo mine on top fills the form again from theirs with the user's own changes and sends it at their version:
   * only what the user changed goes, and a field both changed is named first.
   */
  async function showConflict(theirs, mine) {
    const theirValues = valuesOf(kind, theirs);
    const mineChanged = Object.fromEntries(Object.entries(mine).filter(([name, value]) => value !== read.values[name]));
    let since;
    try {
      since = await changesSince(id, read.version);
    } catch {
      since = null; // the conflict is shown all the same, without who made it
    }
    const rows = controlsOf(kind).filter(({ name }) => theirValues[name] !== read.values[name] || name in mineChanged);
    const heading = h('h4', { tabindex: -1 }, 'Someone changed this claim while you were editing it');
    conflict.replaceChildren(heading,
      h('p', {}, `You read version ${read.version}; it is now at version ${theirs.version}. Your edit was not saved.`),
      since?.length ? h('ul', { class: 'conflict-changes', 'aria-label': 'Their changes' }, since.map((change) => h('li', {},
        h('span', { class: 'author' }, change.author), ` saved version ${change.version}, `, when(change.madeAt)))) : null,
      h('table', { class: 'conflict-fields' },
        h('caption', {}, 'Field by field'),
        h('thead', {}, h('tr', {}, ['Field', 'You read', 'They saved', 'You want'].map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, rows.map((control) => h('tr', { dataset: { field: control.name } },
          h('th', { scope: 'row' }, control.label),
          cell(control, claim, read.values[control.name]),
          cell(control, claim, theirValues[control.name]),
          control.name in mineChanged ? cell(control, claim, mine[control.name],
            theirValues[control.name] !== read.values[control.name] && mine[control.name] !== theirValues[control.name]
              ? 'You both changed it: redoing yours replaces theirs.' : null)
            : h('td', {}, h('em', {}, 'not changed by you: theirs stays')))))),
      h('p', {}, h('button', { type: 'button', class: 'redo', on: { click: () => redo(theirs, mineChanged) } }, 'Redo mine on top'), ' ',
        h('button', { type: 'button', class: 'keep', on: { click: () => replaced(`Kept their version ${theirs.version}; your changes were dropped.`) } },
          'Keep theirs')));
    form.hidden = true;
    conflict.hidden = false;
    heading.focus();
  }

  async function redo(theirs, mineChanged) {
    const theirValues = valuesOf(kind, theirs);
    if (!changedInput(kind, theirValues, { ...theirValues, ...mineChanged })) {
      await replaced(`Their version ${theirs.version} already has your changes.`);
      return;
    }
    fill(theirs, mineChanged);
    conflict.hidden = true;
    form.hidden = false;
    await save();
  }

  /** Puts the card as the API now has it in this one's place, and says what happened there. */
  async function replaced(message) {
    const card = button.closest('.claim');
    const fresh = await renew();
    if (!fresh) {
      close();
      status.textContent = `${message} Read the page again to see it.`;
      return;
    }
    card.replaceWith(fresh);
    // A session that ended meanwhile leaves the new card without an editor: the focus goes to its first button.
    const editor = fresh.querySelector('.edit-status');
    if (editor) {
      editor.textContent = message;
    }
    (fresh.querySelector('.edit-claim') ?? fresh.querySelector('button')).focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
    }
  });
  return { button, panel };
}

/** The control of a field: a select of the statuses, or a text input in the language its words are written in. */
function input(control, claim) {
  if (control.options) {
    return h('select', { name: control.name }, control.options.map((value) => h('option', { value }, statusLabel(value))));
  }
  const lang = control.lang ?? (control.source ? claim.lang : null);
  return h('input', { name: control.name, lang, dir: lang ? direction(lang) : 'auto' });
}

/** A value in the conflict's table, in its language; an empty one as "none"; with a note when there is one. */
function cell(control, claim, value, note = null) {
  const lang = control.lang ?? (control.source ? claim.lang : null);
  const shown = control.options ? statusLabel(value) : value;
  return h('td', {}, shown ? h('span', { lang, dir: lang ? direction(lang) : null }, shown) : h('em', {}, 'none'),
    note ? h('span', { class: 'conflict-note' }, ' ', note) : null);
}
