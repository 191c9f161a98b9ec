// The reader's entry point: reads the route from the URL's fragment, renders its page into <main>, and keeps the
// header's search box working from every page, and its login (when the service has an identity provider).

import { ApiError } from './api.js';
import { h } from './dom.js';
import { completeLogin, identityProvider, logIn, logOut, mayEdit, session, SESSION_ENDED } from './login.js';
import { documentPage } from './pages/document.js';
import { documentsPage } from './pages/documents.js';
import { draftPage } from './pages/draft.js';
import { entityPage } from './pages/entity.js';
import { newDocumentPage } from './pages/new-document.js';
import { searchPage } from './pages/search.js';
import { timelinePage } from './pages/timeline.js';
import { link, parse } from './routes.js';

const PAGES = {
  documents: documentsPage,
  document: documentPage,
  entity: entityPage,
  search: searchPage,
  timeline: timelinePage,
  new: newDocumentPage,
  draft: draftPage,
  unknown: async () => ({
    title: 'Not found',
    element: h('div', {}, h('h1', { tabindex: -1 }, 'No such page'),
      h('p', {}, 'The reader has no page at this address. ', h('a', { href: link.documents() }, 'See the documents.'))),
  }),
};

const main = document.getElementById('main');
const searchForm = document.getElementById('search');
const searchBox = document.getElementById('search-text');

/** Counts renders, so that a slow page that answers after the reader moved on is dropped. */
let shown = 0;

async function show() {
  const route = parse(location.hash);
  const mine = ++shown;
  main.setAttribute('aria-busy', 'true');
  let page;
  try {
    page = await PAGES[route.page](route);
  } catch (error) {
    page = failure(error);
  }
  if (mine !== shown) {
    return;
  }
  main.replaceChildren(page.element);
  main.removeAttribute('aria-busy');
  document.title = `${page.title} · Majlis reader`;
  if (route.page === 'search') {
    searchBox.value = route.text;
  }
  for (const item of document.querySelectorAll('nav a')) {
    if (item.getAttribute('href') === (location.hash || '#/')) {
      item.setAttribute('aria-current', 'page');
    } else {
      item.removeAttribute('aria-current');
    }
  }
  page.focus ? page.focus() : main.querySelector('h1')?.focus();
}

/** What a reader is told when the API refused or could not be reached: its message and code, never a trace. */
function failure(error) {
  const known = error instanceof ApiError;
  return {
    title: known && error.code === 'NOT_FOUND' ? 'Not found' : 'Error',
    element: h('div', { class: 'failure', role: 'alert' },
      h('h1', { tabindex: -1 }, known && error.code === 'NOT_FOUND' ? 'Not found' : 'The page could not be shown'),
      h('p', {}, error.message, known ? [' ', h('code', {}, error.code)] : null),
      h('p', {}, h('a', { href: link.documents() }, 'Back to the documents'))),
  };
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchBox.value.trim();
  if (text) {
    location.hash = link.search(text);
  }
});

// The skip link moves focus to the page's content without touching the fragment, which holds the route.
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.querySelector('h1')?.focus();
});

/**
 * The header's account: nothing without an identity provider; else a "Log in" button, or the user's name, the
 * editor's "New document" for an analyst, and "Log out".
 */
async function showAccount(problem) {
  const account = document.getElementById('account');
  let idp;
  try {
    idp = await identityProvider();
  } catch (error) {
    account.replaceChildren(h('p', { role: 'alert' }, `Login is unavailable: ${error.message}`));
    return;
  }
  if (!idp) {
    return;
  }
  const user = session();
  account.replaceChildren(h('p', {},
    problem ? h('span', { role: 'alert', class: 'login-problem' }, `The login failed: ${problem.message} `) : null,
    user ? [
      h('span', { class: 'user' }, 'Logged in as ', h('strong', {}, user.name)), ' ',
      mayEdit() ? [h('a', { href: link.newDocument(), class: 'new-document' }, 'New document'), ' '] : null,
      h('button', { type: 'button', on: { click: logOut } }, 'Log out'),
    ] : h('button', { type: 'button', on: { click: logIn } }, 'Log in')));
}

// The account is shown again on every page, and when a session ends under the user (its refresh refused), so that a
// session that has expired no longer shows as logged in.
window.addEventListener(SESSION_ENDED, () => showAccount(null));
window.addEventListener('hashchange', () => {
  showAccount(null);
  show();
});
// A login coming back from the identity provider is finished first: its code leaves the URL before any page shows.
completeLogin().then(() => showAccount(null), (problem) => showAccount(problem)).finally(show);
