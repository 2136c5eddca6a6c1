import type { FullConfig } from '@playwright/test';

/**
 * Before the specs: one request for each app's page, its bundles and the API, so that the first page a
 * spec measures does not carry the freshly started servers' first-request costs (a deployed platform
 * is warm). Browsers still start with an empty cache in every test.
 */
export default async function warmUp(config: FullConfig): Promise<void> {
  const base = config.projects[0].use.baseURL ?? 'http://127.0.0.1:8080';
  for (const page of ['/', '/console/', '/portal/']) {
    const html = await (await fetch(new URL(page, base))).text();
    for (const asset of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      await fetch(new URL(asset[1], base), { headers: { 'Accept-Encoding': 'gzip' } });
    }
  }
  // the API, and behind it Elasticsearch: the build started it for these tests, and its first search
  // with words of a kind (fuzzy name matching, highlights) took 0.2-0.3 s in a fresh Elasticsearch
  // process, 20 ms after that, publications in between or not (the platform warms its own JVM at start)
  const queries = [
    '{ publicNotice(tenant: "quanzhou", year: 2001) { year } }',
    '{ publicRatings(query: "安全评价有限公司", first: 20) { total hits { agencyName highlights { field fragments } } facets { name buckets { key count } } } }',
  ];
  for (const query of queries) {
    await fetch(new URL('/graphql', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  }
  // and Keycloak, started for these tests too: the console's users page reads its admin API, whose first
  // requests in a fresh Keycloak took the page to about 1 s (0.45 s after); signed in as a bureau admin
  const { issuer, clientId } = await (await fetch(new URL('/web-config.json', base))).json();
  const token = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username: 'quanzhou-admin', password: 'demo' }),
  });
  if (token.ok) {
    const { access_token: accessToken } = await token.json();
    await fetch(new URL('/graphql', base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query: '{ tenantUsers { username } }' }),
    });
  }
}
