// Runs the graphql-http server audit (GraphQL over HTTP spec) against a running Majlis.
// Usage: node audit.mjs http://localhost:8080/graphql
// Prints every audit that is not ok; exits 1 when a MUST audit fails (status "error"), 0 otherwise.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.MAJLIS_GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  if (result.status !== 'ok') {
    const body = await result.response.text().catch(() => '');
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}`);
    console.log(`  reason: ${result.reason}`);
    console.log(`  response: ${result.response.status} ${body.slice(0, 300)}`);
  }
}
console.log(`graphql-http audit of ${url}: ${counts.ok} ok, ${counts.notice} notices, `
  + `${counts.warn} warnings (SHOULD/MAY), ${counts.error} errors (MUST)`);
process.exit(counts.error > 0 ? 1 : 0);
