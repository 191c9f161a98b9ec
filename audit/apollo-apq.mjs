// Runs one query twice through Apollo Client's automatic persisted queries link, as a frontend configures it
// (hashed queries over GET), against a running Majlis, and prints every HTTP exchange the link made as one JSON
// line each, then the data of both answers: PersistedQueriesClientIT reads them.
// Usage: node apollo-apq.mjs http://localhost:8080/graphql
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';

const uri = process.argv[2] ?? 'http://localhost:8080/graphql';

const exchanges = [];
async function recordingFetch(input, init) {
  const response = await fetch(input, init);
  const url = new URL(typeof input === 'string' ? input : input.url);
  const sent = init?.body ? JSON.parse(init.body) : Object.fromEntries(url.searchParams);
  const text = await response.clone().text();
  exchanges.push({
    method: init?.method ?? 'GET',
    sentQuery: typeof sent.query === 'string' && sent.query.length > 0,
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    code: JSON.parse(text).errors?.[0]?.extensions?.code ?? null,
  });
  return response;
}

const link = createPersistedQueryLink({
  sha256: (text) => createHash('sha256').update(text).digest('hex'),
  useGETForHashedQueries: true,
}).concat(new HttpLink({ uri, fetch: recordingFetch }));

const client = new ApolloClient({ link, cache: new InMemoryCache() });
const query = gql`query FirstActors($first: Int) { actors(first: $first) { nodes { id name } } }`;

const answers = [];
for (let i = 0; i < 2; i++) {
  const { data } = await client.query({ query, variables: { first: 2 }, fetchPolicy: 'network-only' });
  answers.push(data);
}
for (const exchange of exchanges) {
  console.log('EXCHANGE ' + JSON.stringify(exchange));
}
console.log('ANSWERS ' + JSON.stringify(answers));
