// Subscribes to Majlis's changes with the graphql-ws client (the graphql-transport-ws protocol that Apollo Client's
// GraphQLWsLink and urql's subscriptionExchange use), then writes through the HTTP API as an analyst and prints every
// change the subscription pushes as one JSON line, then what an oversized subscription gets: SubscriptionClientIT
// reads them.
// Usage: node subscribe.mjs http://localhost:8080/graphql TOKEN
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [http, token] = process.argv.slice(2);
const client = createClient({ url: http.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
const received = [];
let failure = null;

const unsubscribe = client.subscribe(
  { query: 'subscription Changed { changed { id nodeId kind version author origin } }' },
  {
    next: ({ data, errors }) => {
      if (errors) failure = errors;
      else {
        received.push(data.changed);
        console.log('CHANGE ' + JSON.stringify(data.changed));
      }
    },
    error: (error) => { failure = error; },
    complete: () => {},
  },
);

async function write(query, variables) {
  const response = await fetch(http, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

const create = (slug) => write(
  'mutation($i: CreateDocumentInput!) { createDocument(input: $i) { document { id } userErrors { code } } }',
  { i: { slug, title: 'Talks in Tripoli', publisher: 'Example News', publishedOn: '2024-05-14', language: 'en',
         text: 'Lavrov met al-Lafi in Tripoli today.' } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const run = Date.now();

try {
  // The protocol does not acknowledge a subscription: write until the first change comes back, and from then on
  // every change must arrive, once each, in the order written.
  let probes = 0;
  while (received.length === 0 && probes < 50 && !failure) {
    await create(`probe-${run}-${probes++}`);
    await sleep(200);
  }
  const before = received.length;
  for (const n of [1, 2, 3]) await create(`written-${run}-${n}`);
  await write('mutation($i: EditDocumentInput!) { editDocument(input: $i) { userErrors { code } } }',
    { i: { id: `Document:written-${run}-1`, version: 1, title: 'Talks in Tripoli, corrected' } });
  const deadline = Date.now() + 10_000;
  while (received.length < before + 4 && Date.now() < deadline && !failure) await sleep(50);
  await sleep(500); // anything sent twice would arrive now
  console.log('WRITTEN ' + JSON.stringify({ run, probes, after: received.slice(before).map((c) => `${c.kind} ${c.nodeId}`) }));
} catch (error) {
  failure = error;
}
unsubscribe();

// Documents just inside and just past the service's parser limit (16,384 characters), both far inside graphql-java's
// own default (1 MiB): the second is refused only if the HTTP gate's limits hold over the socket too.
const padded = (characters) => new Promise((resolve) => {
  client.subscribe(
    { query: `# ${'x'.repeat(characters)}\nsubscription Changed { changed { id } }` },
    { next: (result) => resolve({ next: result }), error: (errors) => resolve({ errors }), complete: () => resolve({}) },
  );
  setTimeout(() => resolve({ listening: true }), 1_500);
});
console.log('INSIDE ' + JSON.stringify(await padded(16_000)));
const oversized = await padded(17_000);
console.log('OVERSIZED ' + JSON.stringify(oversized));
await client.dispose();
if (failure) {
  console.log('FAILURE ' + (failure.message ?? JSON.stringify(failure)));
  process.exit(1);
}
