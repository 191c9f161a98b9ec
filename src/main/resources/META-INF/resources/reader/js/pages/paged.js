// A section that shows one page of a connection and fetches the next on request ("Show more"), appending it.

import { h } from '../dom.js';

/**
 * title: the section's heading; connection: { totalCount, pageInfo, nodes } as the API gives it; item(node): the
 * element of one entry; more(after): resolves to the next page of the same connection.
 */
export function pagedSection({ title, connection, item, more, empty = 'None reported.' }) {
  const list = h('ol', { class: 'paged-list' });
  const button = h('button', { type: 'button', class: 'more' });
  let page = connection;

  function add(next) {
    page = next;
    list.append(...next.nodes.map((node) => h('li', {}, item(node))));
    button.hidden = !next.pageInfo.hasNextPage;
    button.textContent = `Show more (${list.children.length} of ${next.totalCount} shown)`;
  }

  button.addEventListener('click', async () => {
    const first = list.children.length;
    button.disabled = true;
    try {
      add(await more(page.pageInfo.endCursor));
    } finally {
      button.disabled = false;
    }
    // A keyboard user goes on from the first entry that appeared, not from the button, which may now be hidden.
    list.children[first]?.querySelector('a')?.focus();
  });

  add(connection);
  return h('section', { class: 'paged' },
    h('h2', {}, title, ' ', h('span', { class: 'total' }, `(${connection.totalCount})`)),
    connection.totalCount ? list : h('p', { class: 'empty' }, empty),
    button);
}
