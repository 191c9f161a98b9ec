// The editor's forms: a labelled field with a place for its errors, and the mutations' userErrors put beside the
// field they concern.

import { h } from '../dom.js';

/** Numbers the fields of the page, for their ids. */
let fields = 0;

/**
 * A control with its label and, under it, where its errors go. The control's name is the field's path in the
 * mutation's input (title, date.iso), which userErrors name.
 */
export function field(label, control) {
  const id = `field-${control.name.replaceAll('.', '-')}-${++fields}`;
  control.id = id;
  const errors = h('span', { class: 'field-errors', id: `${id}-errors` });
  control.setAttribute('aria-describedby', errors.id);
  return h('p', { class: 'field' }, h('label', { for: id }, label), control, errors);
}

/**
 * Shows the userErrors of a payload in a form: each beside the control whose name its field path ends in
 * (["input","title"] -> title, ["input","proposal","date","iso"] -> date.iso), else in the form's .form-errors.
 * True when there were any. prefix is the part of the path before the form's own fields.
 */
export function errorsBeside(form, userErrors, prefix = ['input']) {
  for (const element of form.querySelectorAll('.field-errors, .form-errors')) {
    element.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }
  for (const error of userErrors) {
    const path = (error.field ?? []).slice(prefix.length).join('.');
    // A path names a control (date.iso) or the object it is part of (date: a date after the document's day).
    const control = path && [...form.elements].find((element) => element.name
      && (path.startsWith(element.name) || element.name.startsWith(`${path}.`)));
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      document.getElementById(`${control.id}-errors`).append(error.message, ' ');
    } else {
      form.querySelector('.form-errors').append(error.message, ' ');
    }
  }
  return userErrors.length > 0;
}
