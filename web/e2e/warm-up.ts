import type { FullConfig } from '@playwright/test';

/**
 * Before the specs: one request for each app's page, its bundles and the API, so that the first page a
 * spec measures does not carry the freshly started server's first-request costs (a deployed platform
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
  await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ publicNotice(tenant: "quanzhou", year: 2001) { year } }' }),
  });
}
