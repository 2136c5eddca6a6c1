// Page speed by hand (issue 15 point 8): opens the pages the browser tests measure, several rounds, in Debian's
// Chromium with an empty cache each round, and prints each page's time to content (as e2e/support.ts measures it:
// the page's own performance.now() once the element is visible) with where the time went (the HTML, the scripts,
// /web-config.json, each GraphQL call and chunk: start and end in the page's clock).
//
// Against a platform WebE2EIT holds (its seeded data; web/README.md):
//   ./mvnw -pl platform-api verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
//     -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=WebE2EIT -De2e.hold=60 -De2e.spec=security-headers
//   . ../platform-api/target/e2e-env.sh && node scripts/page-speed.mjs [--rounds 5] [--only console] [name=distDir …]
// With `name=distDir` arguments each build (e.g. main's dist and yours) is served by a small server of its own in
// front of the same platform (pages and bundles from that directory, the API passed through), and the builds take
// turns page by page, so that they are compared at the same moment on the same data and load. `name=platform:distDir`
// takes the pages (HTML) from the platform itself and the bundles from distDir, `name=platform-entry-only:distDir` the
// same without the links the build's own index.html lacks (a change in how the server writes the pages).
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, expect } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const rounds = Number(option('rounds', '5'));
const only = option('only', '');
// --match RE: only the pages whose path matches the regular expression (e.g. --match 'agencies/|schemes')
const match = new RegExp(option('match', ''));
// --profile N: the renderer's JavaScript CPU profile of each load (CDP Profiler), summed per page and build; the N
// functions and the bundles with the most self time are printed (what the page's own time is spent on)
const profileTop = Number(option('profile', '0'));
// --screenshots DIR: a full-page screenshot of each page in the first round, DIR/<build>/<app>-<n>.png, to check that
// two builds look the same (e.g. `cmp` of the files: Chromium writes the same PNG for the same pixels)
const screenshots = option('screenshots', '');
// --cold: every public page in a browser context of its own (an empty cache, as each test's first page); otherwise only
// an app's first page is, and the others find the shared bundles in the cache
const cold = args.includes('--cold') && Boolean(args.splice(args.indexOf('--cold'), 1));
const base = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: source platform-api/target/e2e-env.sh (WebE2EIT -De2e.hold)`);
  return value;
};

/** The pages, as the specs open them, with the element that says the content is there. */
const PAGES = {
  public: [
    ['/', (p) => p.getByRole('heading', { name: '各市考评结果' })],
    [`/search?q=${encodeURIComponent(env('E2E_AGENCY_A'))}`, (p) => p.getByText(/共找到 \d+ 条公布结果/)],
    [`/cities/${env('E2E_TENANT')}`, (p) => p.getByText('公布等级分布')],
    [`/notices/${env('E2E_TENANT')}/${env('E2E_YEAR')}`, (p) => p.getByRole('table', { name: '公示名单' })],
    ['/complaints/new?city=quanzhou', (p) => p.getByRole('heading', { name: '投诉安全生产技术服务机构' })],
    [
      `/announcements/${env('E2E_TENANT')}/${env('E2E_YEAR')}`,
      (p) => p.locator(`a[href="/announcements/view/${env('E2E_PUBLICATION_ID')}"]`).first(),
    ],
    [`/announcements/view/${env('E2E_PUBLICATION_ID')}`, (p) => p.getByRole('table', { name: '公布名单' })],
    // before the browser tests publish them: the exam results and the county ratings say there are none yet
    [`/exams/linyi?year=${env('E2E_EXAM_YEAR')}`, (p) => p.getByText('本年度抽考成绩尚未公示')],
    [`/counties/quanzhou?year=${env('E2E_COUNTY_YEAR')}`, (p) => p.getByText('本年度没有区县公布的评定结果')],
    ['/draws/quanzhou', (p) => p.getByRole('table', { name: '抽取公示' })],
  ],
  console: [
    ['/console/', (p) => p.getByTestId('whoami')],
    ['/console/agencies', (p) => p.getByRole('table', { name: '机构列表' }).getByRole('row').nth(1)],
    [
      `/console/agencies/${env('E2E_CONSOLE_FINDING_AGENCY_ID')}?year=${env('E2E_CONSOLE_FINDING_YEAR')}`,
      (p) => p.getByTestId('agency-registration'),
    ],
    [`/console/rectifications?year=${env('E2E_CONSOLE_FINDING_YEAR')}`, (p) => p.getByRole('button', { name: '导出整改台账（Excel）' })],
    ['/console/schemes', (p) => p.getByRole('table', { name: '方案版本' }).getByRole('row').nth(1)],
    ['/console/complaints', (p) => p.getByRole('table', { name: '投诉列表' })],
    ['/console/users', (p) => p.getByRole('table', { name: '用户' }).getByRole('row').filter({ hasText: 'quanzhou-inspector' })],
    ['/console/districts', (p) => p.getByRole('table', { name: '区县' })],
    ['/console/audit', (p) => p.getByRole('table', { name: '审计记录' })],
  ],
  portal: [
    ['/portal/', (p) => p.getByTestId('agency-record')],
    [`/portal/findings?year=${env('E2E_PORTAL_YEAR')}`, (p) => p.getByRole('link', { name: env('E2E_PORTAL_FINDING_EVIDENCE') })],
    [`/portal/results?year=${env('E2E_PORTAL_YEAR')}`, (p) => p.getByTestId('publication')],
  ],
};
const USERS = { console: 'quanzhou-admin', portal: env('E2E_PORTAL_USER') };

// ---------------------------------------------------------------- a build served in front of the platform
const PUBLIC_ROUTES = [
  'search',
  'agencies',
  'cities',
  'notices',
  'objections',
  'complaints',
  'announcements',
  'draws',
  'counties',
  'exams',
];
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

function pageFile(dist, path) {
  if (path.startsWith('/assets/') || path === '/favicon.svg') return join(dist, path);
  for (const app of ['console', 'portal']) {
    if (path === `/${app}/` || (path.startsWith(`/${app}/`) && !extname(path))) return join(dist, app, 'index.html');
  }
  const first = path.split('/')[1];
  if (path === '/' || (PUBLIC_ROUTES.includes(first) && !extname(path))) return join(dist, 'index.html');
  return null;
}

async function serve(dist, pagesFromPlatform) {
  const upstream = new URL(base);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = pageFile(dist, path);
    if (file && pagesFromPlatform && file.endsWith('.html')) {
      // the platform's page: its headers (the CSP of its nonce), its route's chunks (WebPages), or without them
      void fetch(new URL(req.url, base), { headers: { 'Accept-Encoding': 'identity' } }).then(async (answer) => {
        let html = await answer.text();
        if (pagesFromPlatform === 'entry-only') {
          const built = readFileSync(file, 'utf8');
          html = html.replace(/\n\s*<link rel="(?:modulepreload|preload)"[^>]*href="([^"]+)"[^>]*>/g, (link, href) =>
            built.includes(`"${href}"`) ? link : '',
          );
        }
        const headers = Object.fromEntries(answer.headers);
        delete headers['content-length'];
        delete headers['content-encoding'];
        delete headers['transfer-encoding'];
        res.writeHead(answer.status, headers);
        res.end(html);
      });
      return;
    }
    if (file && existsSync(file) && statSync(file).isFile()) {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (file.endsWith('.html')) {
        const nonce = Math.random().toString(36).slice(2);
        const html = readFileSync(file, 'utf8').replace('__CSP_NONCE__', nonce);
        res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(html);
        return;
      }
      const br = (req.headers['accept-encoding'] ?? '').includes('br') && existsSync(`${file}.br`);
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'public, max-age=31536000, immutable',
        ...(br ? { 'Content-Encoding': 'br' } : {}),
      });
      res.end(readFileSync(br ? `${file}.br` : file));
      return;
    }
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

/** Lets the pages of `origin` exchange their sign-in code (Keycloak's web origins of saferank-web). */
async function allowOrigin(origin) {
  const keycloak = env('KEYCLOAK_URL');
  const token = await (
    await fetch(`${keycloak}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
    })
  ).json();
  const headers = { Authorization: `Bearer ${token.access_token}`, 'Content-Type': 'application/json' };
  const [client] = await (await fetch(`${keycloak}/admin/realms/saferank/clients?clientId=saferank-web`, { headers })).json();
  if (!client.webOrigins.includes(origin)) {
    client.webOrigins.push(origin);
    const put = await fetch(`${keycloak}/admin/realms/saferank/clients/${client.id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify(client),
    });
    if (!put.ok) throw new Error(`Keycloak refused the web origin ${origin}: ${put.status}`);
  }
}

// ---------------------------------------------------------------- measuring
async function signIn(page, app, username) {
  await page.goto(`/${app}/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').fill(username);
  const password = page.locator('#password');
  if (!(await password.isVisible())) await page.locator('#kc-login').click();
  await password.fill('demo');
  await page.locator('#kc-login').click();
  await page.getByTestId('signed-in-user').waitFor();
}

/**
 * The page's renderer process's CPU time (Chromium's ProcessTime, seconds): the work of a load whatever the machine's
 * load average, which stretches the wall time by the waits for a core.
 */
async function cpuTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ProcessTime')?.value ?? NaN;
}

/** Self time per function and per bundle of a CPU profile (CDP Profiler.Profile), in ms, added to `into`. */
function addProfile(into, profile) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  for (const node of profile.nodes) {
    const ms = dt.get(node.id);
    if (!ms) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url
      ? url
          .split('/')
          .pop()
          .replace(/-[\w-]{8}\.js$/, '.js')
      : '';
    const bundle = file || functionName; // (program), (garbage collector), (idle)
    into.bundles.set(bundle, (into.bundles.get(bundle) ?? 0) + ms);
    const fn = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    into.functions.set(fn, (into.functions.get(fn) ?? 0) + ms);
  }
  into.loads++;
}
const profiles = new Map(); // "target path" -> { bundles, functions, loads }

async function measure(page, cdp, path, ready, key) {
  const cpuBefore = await cpuTime(cdp);
  if (profileTop) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(path);
  await ready(page).first().waitFor({ state: 'visible' });
  const cpu = Math.round(((await cpuTime(cdp)) - cpuBefore) * 1000);
  if (profileTop) {
    const { profile } = await cdp.send('Profiler.stop');
    if (!profiles.has(key)) profiles.set(key, { bundles: new Map(), functions: new Map(), loads: 0 });
    addProfile(profiles.get(key), profile);
  }
  await expect(ready(page)).toBeVisible(); // as e2e/support.ts does, so that the figures compare
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const short = (name) => {
      const url = new URL(name);
      return url.pathname.startsWith('/assets/') ? url.pathname.replace(/-[\w-]{8}\.js$/, '.js').slice(8) : url.pathname;
    };
    const parts = performance
      .getEntriesByType('resource')
      .filter((r) => /\/graphql$|web-config|\.js$/.test(r.name) && r.startTime > 0)
      .map((r) => `${short(r.name)} ${Math.round(r.startTime)}–${Math.round(r.responseEnd)}`);
    return {
      content: Math.round(performance.now()),
      parts: `html ${Math.round(nav.responseEnd)}, scripts ready ${Math.round(nav.domContentLoadedEventEnd)}; ${parts.join('; ')}`,
    };
  });
  return { ...timing, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : Math.round((s[s.length / 2 - 1] + s[s.length / 2]) / 2);
};
const load = () => loadavg()[0].toFixed(1);

const variants = args.filter((a) => a.includes('='));
const servers = [];
const targets = [];
if (variants.length === 0) {
  targets.push({ name: 'platform', url: base });
} else {
  for (const variant of variants) {
    const [name, spec] = variant.split('=');
    // name=platform:DIR: the pages as the platform serves them (its own HTML, e.g. with the route's chunks named by
    // WebPages), the bundles from DIR as for the other builds; DIR must then be the build the platform serves.
    // name=platform-entry-only:DIR: the same pages without the links the build's index.html does not have (the route's
    // chunks): the two compare the server's addition with everything else equal
    const [, mode, dir] = /^(?:(platform|platform-entry-only):)?(.*)$/.exec(spec);
    const pagesFromPlatform = mode === 'platform-entry-only' ? 'entry-only' : Boolean(mode);
    const served = await serve(resolve(dir), pagesFromPlatform);
    await allowOrigin(served.url);
    servers.push(served.server);
    targets.push({ name, url: served.url });
  }
}
const apps = Object.keys(PAGES).filter((app) => !only || only.split(',').includes(app));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const times = new Map(); // "target path" -> [{content, parts, load}]
try {
  for (let round = 1; round <= rounds; round++) {
    console.log(
      `round ${round} of ${rounds}, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    for (const app of apps) {
      // a fresh browser context per app and target (an empty cache and no Keycloak session, as in the tests)
      const open = () =>
        Promise.all(
          targets.map(async (target) => {
            const context = await browser.newContext({
              baseURL: target.url,
              locale: 'zh-CN',
              timezoneId: 'Asia/Shanghai',
              viewport: { width: 1280, height: 860 },
            });
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
            return { target, context, page, cdp };
          }),
        );
      let contexts = await open();
      if (USERS[app]) for (const c of contexts) await signIn(c.page, app, USERS[app]);
      for (const [index, [path, ready]] of PAGES[app].entries()) {
        if (!match.test(path)) continue;
        if (cold && !USERS[app] && index > 0) {
          await Promise.all(contexts.map((c) => c.context.close()));
          contexts = await open();
          // the closed contexts' renderer processes end meanwhile: otherwise the first build's load of each page paid for it
          await new Promise((settled) => setTimeout(settled, 1500));
        }
        // the targets take turns, the first one alternating
        const order = round % 2 ? contexts : [...contexts].reverse();
        for (const c of order) {
          const key = `${c.target.name} ${path}`;
          const t = await measure(c.page, c.cdp, path, ready, key);
          times.set(key, [...(times.get(key) ?? []), { ...t, load: load() }]);
          if (screenshots && round === 1) {
            mkdirSync(join(screenshots, c.target.name), { recursive: true });
            await c.page.screenshot({ path: join(screenshots, c.target.name, `${app}-${index + 1}.png`), fullPage: true });
          }
        }
      }
      await Promise.all(contexts.map((c) => c.context.close()));
    }
  }
} finally {
  await browser.close();
  servers.forEach((s) => s.close());
}

console.log(`\ntime to content, ms (median of ${rounds}; each run with the 1-min load average); the median run's parts`);
const over = new Map();
for (const app of apps) {
  for (const [path] of PAGES[app].filter(([p]) => match.test(p))) {
    for (const target of targets) {
      const runs = times.get(`${target.name} ${path}`) ?? [];
      const m = median(runs.map((r) => r.content));
      const typical = runs.find((r) => r.content === m) ?? runs[0];
      over.set(target.name, (over.get(target.name) ?? 0) + runs.filter((r) => r.content > 1000).length);
      const cpu = median(runs.map((r) => r.cpu));
      console.log(
        `${target.name.padEnd(8)} ${String(m).padStart(5)}  cpu ${String(cpu).padStart(4)}  ${path}   [${runs.map((r) => `${r.content}@${r.load}`).join(' ')}]`,
      );
      console.log(`${''.padEnd(15)}${typical?.parts ?? ''}`);
    }
  }
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `${Math.round(ms)} ${name}`);
for (const [key, p] of profiles) {
  const per = (map) => new Map([...map].map(([k, v]) => [k, v / p.loads]));
  console.log(`\nprofile ${key} (self time per load, ms, mean of ${p.loads})`);
  console.log(`  bundles: ${top(per(p.bundles), 12).join('; ')}`);
  for (const line of top(per(p.functions), profileTop)) console.log(`  ${line}`);
}
for (const target of targets) {
  for (const app of apps) {
    const runs = PAGES[app].flatMap(([path]) => times.get(`${target.name} ${path}`) ?? []);
    console.log(
      `${target.name} ${app}: ${runs.filter((r) => r.content > 1000).length} of ${runs.length} over 1 s; median ${median(runs.map((r) => r.content))} ms, renderer CPU median ${median(runs.map((r) => r.cpu))} ms`,
    );
  }
  const all = [...times].filter(([k]) => k.startsWith(`${target.name} `)).flatMap(([, runs]) => runs.map((r) => r.content));
  const cpu = [...times].filter(([k]) => k.startsWith(`${target.name} `)).flatMap(([, runs]) => runs.map((r) => r.cpu));
  console.log(
    `${target.name}: ${over.get(target.name)} of ${all.length} page loads over 1 s; median ${median(all)} ms, renderer CPU median ${median(cpu)} ms`,
  );
}
