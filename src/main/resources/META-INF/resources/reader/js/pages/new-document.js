// The editor's first page: an analyst pastes an article and says whose it is; the service adds it as a document and
// the drafter reads it at once, and the analyst goes on to its suggestions (draft.js).

import { write } from '../api.js';
import { h } from '../dom.js';
import { mayEdit, session } from '../login.js';
import { link } from '../routes.js';
import { errorsBeside, field } from './forms.js';

export async function newDocumentPage() {
  if (!mayEdit()) {
    return {
      title: 'New document',
      element: h('div', {}, h('h1', { tabindex: -1 }, 'New document'),
        h('p', { role: 'alert' }, session() ? 'Adding documents needs the role analyst.' : 'Log in as an analyst to add a document.')),
    };
  }
  const general = h('p', { class: 'form-errors', role: 'alert' });
  const form = h('form', { class: 'editor-form', novalidate: true },
    field('Title', h('input', { name: 'title', required: true, dir: 'auto' })),
    field('Publisher', h('input', { name: 'publisher', required: true, dir: 'auto' })),
    field('Published on', h('input', { name: 'publishedOn', type: 'date', required: true })),
    field('Language', h('select', { name: 'language' },
      h('option', { value: 'en' }, 'English'), h('option', { value: 'ar' }, 'Arabic'))),
    field('Address of the original (optional)', h('input', { name: 'url', type: 'url' })),
    field('Text, verbatim', h('textarea', { name: 'text', required: true, rows: 12, dir: 'auto' })),
    general,
    h('button', { type: 'submit' }, 'Add and draft'));
  // The text's direction follows the language chosen, as the document's page will show it.
  form.elements.language.addEventListener('change', () => {
    form.elements.text.dir = form.elements.language.value === 'ar' ? 'rtl' : 'auto';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const slug = await addAndDraft(form);
      if (slug) {
        location.hash = link.draft(slug);
      }
    } catch (error) {
      general.textContent = error.message;
    } finally {
      button.disabled = false;
    }
  });
  return {
    title: 'New document',
    element: h('div', { class: 'editor-page' }, h('h1', { tabindex: -1 }, 'New document'),
      h('p', {}, 'Paste the article as its publisher has it: the drafter reads it and proposes its claims, to accept or reject.'),
      form),
  };
}

/** Creates the document and drafts it; the new slug, or null when the input was refused (the errors are shown). */
async function addAndDraft(form) {
  const value = (name) => form.elements[name].value.trim();
  const input = { title: value('title'), publisher: value('publisher'), publishedOn: value('publishedOn'),
    language: value('language'), url: value('url') || null, text: form.elements.text.value };
  const created = (await write('EditorCreateDocument', { input })).createDocument;
  if (errorsBeside(form, created.userErrors)) {
    return null;
  }
  const id = created.document.id;
  const drafted = (await write('EditorDraftDocument', { input: { document: id } })).draftDocument;
  if (errorsBeside(form, drafted.userErrors)) {
    return null;
  }
  return id.slice(id.indexOf(':') + 1);
}
