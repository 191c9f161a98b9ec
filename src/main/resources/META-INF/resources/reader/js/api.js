// The reader's one way to the data: the public GraphQL API, over fetch, exactly as any other frontend calls it.
//
// Each operation is a file of ../queries/ (ReaderDocument.graphql, ...), fetched once and then sent by its text.
// Keeping them out of the JavaScript lets the service's own tests run the very text the reader sends
// (RealisticOperationsTest), at real page sizes and against the query cost limit.

import { asUser } from './login.js';

const ENDPOINT = new URL('../../graphql', import.meta.url);
const QUERIES = new URL('../queries/', import.meta.url);

/** An error the API answered, with its extensions.code (NOT_FOUND, INVALID_ARGUMENT, LIMIT_EXCEEDED, ...). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

const texts = new Map();

/** How many writes this page has sent: a page that keeps what it read (a document's) reads it again after one. */
export let writesSent = 0;

/** The text of an operation, fetched on first use and kept: operations do not change while the page is open. */
function operation(name) {
  if (!texts.has(name)) {
    const text = fetch(new URL(`${name}.graphql`, QUERIES)).then((response) => {
      if (!response.ok) {
        throw new ApiError(`the reader's operation ${name} could not be loaded (${response.status})`, 'READER_BROKEN');
      }
      return response.text();
    });
    texts.set(name, text);
    text.catch(() => texts.delete(name)); // a failed load is tried again next time
  }
  return texts.get(name);
}

/**
 * Runs an operation and resolves to its data, or rejects with an ApiError. The API answers a refused or failed
 * operation with a body of errors; the first one's message and code are what a reader is shown. A mutation is sent
 * with the access token of the user logged in (login.js); reading needs none.
 */
export async function query(name, variables = {}, token = null) {
  writesSent += token ? 1 : 0;
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    // application/json keeps errors at status 200 with a GraphQL body, as the GraphQL-over-HTTP spec has it.
    headers: { 'Content-Type': 'application/json', Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: await operation(name), operationName: name, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} without a GraphQL body`, 'BAD_RESPONSE');
  }
  if (body.errors?.length) {
    const [first] = body.errors;
    throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  }
  return body.data;
}

/**
 * Sends a write as the user logged in, with an access token that has time left (login.asUser refreshes it), and
 * resolves to its data; rejects with an ApiError SESSION_ENDED, having sent nothing, when there is no session or the
 * provider would not refresh it.
 */
export async function write(name, variables) {
  const data = await asUser((token) => query(name, variables, token));
  if (data === null) {
    throw new ApiError('Your session has ended: log in again.', 'SESSION_ENDED');
  }
  return data;
}
