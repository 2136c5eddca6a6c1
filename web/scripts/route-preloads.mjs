// Writes .vite/route-preloads.json next to the build (issue 15 point 8): for each route of the public site, the
// scripts and stylesheets its page needs beyond what the entry's index.html already lists, so that platform-api
// (WebPages, RoutePreloads) names them in the served page (`<link rel="modulepreload">`) and the browser fetches them
// alongside the entry instead of after it has run (`prefetchRoute` asks for the page's chunk only then).
//
// The route table is written once, in src/public/routes.ts: this script reads its `ROUTES` entries
// (`{ path: '…', page: 'Name' }`), the pages loaded as chunks of their own in src/public/PublicApp.tsx (`const Name =
// lazyPage(() => import('./File'), '…')`, the page named Name), and Vite's manifest (`build.manifest`) for each page
// module's chunk and its static imports. Anything it cannot read fails the build. Run by `npm run build` after Vite.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = process.env.WEB_OUT_DIR ?? join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));

/** The routes of one app's route table (in `tableFile`) with the source module of each page (the `lazyPage` lines of
 * `pagesFile`) when that is a chunk of its own. */
function routes(tableFile, table, pagesFile) {
  const pages = readFileSync(join(root, pagesFile), 'utf8');
  const lazy = new Map();
  for (const [, name, module] of pages.matchAll(/const (\w+) = lazyPage\(\s*\(\) => import\('(\.[^']+)'\)/g)) {
    const key = ['.tsx', '.ts'].map((ext) => posix.join(posix.dirname(pagesFile), module + ext)).find((k) => k in manifest);
    if (!key) throw new Error(`route-preloads: ${module} (${pagesFile}) is not in Vite's manifest`);
    noAntd(name, key);
    lazy.set(name, key);
  }
  const source = readFileSync(join(root, tableFile), 'utf8');
  const start = source.indexOf(`const ${table} = [`);
  const end = source.indexOf('\n] as const', start);
  if (start < 0 || end < 0) throw new Error(`route-preloads: no ${table} array in ${tableFile}`);
  const body = source.slice(start, end);
  const entries = [...body.matchAll(/\{\s*path: '([^']*)',\s*page: '(\w+)'/g)];
  const paths = body.match(/\bpath: /g) ?? [];
  if (!entries.length || entries.length !== paths.length)
    throw new Error(`route-preloads: read ${entries.length} of the ${paths.length} routes of ${table} in ${tableFile}`);
  return entries.map(([, path, page]) => {
    if (!lazy.has(page)) throw new Error(`route-preloads: no \`const ${page} = lazyPage(…)\` in ${pagesFile}`);
    return { path, module: lazy.get(page) };
  });
}

/**
 * No public page loads Ant Design (the `antd` chunk, vite.config.ts; issue 15 point 8): the public site has neither its
 * providers (its components would write their styles at run time, without the page's CSP nonce, in the default theme)
 * nor, then, its stylesheet; its pages use the site's own components (src/public/ui).
 */
function noAntd(name, key) {
  if ([...closure(key)].some((k) => manifest[k].name === 'antd'))
    throw new Error(`route-preloads: the public page ${name} loads Ant Design: use src/public/ui's components`);
}

/** The manifest keys a chunk imports statically, itself and transitively. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`route-preloads: ${key} is not in Vite's manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) closure(imported, seen);
  return seen;
}

function app(entry, tableFile, table, pagesFile) {
  const loaded = closure(entry); // the entry's index.html lists these itself
  const loadedStyles = new Set([...loaded].flatMap((key) => manifest[key].css ?? []));
  return routes(tableFile, table, pagesFile).map(({ path, module }) => {
    const keys = module ? [...closure(module)].filter((key) => !loaded.has(key)) : [];
    return {
      path,
      modules: keys.map((key) => `/${manifest[key].file}`),
      styles: [...new Set(keys.flatMap((key) => manifest[key].css ?? []))].filter((css) => !loadedStyles.has(css)).map((css) => `/${css}`),
    };
  });
}

const preloads = { public: app('index.html', 'src/public/routes.ts', 'ROUTES', 'src/public/PublicApp.tsx') };
writeFileSync(join(outDir, '.vite', 'route-preloads.json'), `${JSON.stringify(preloads, null, 1)}\n`);
const listed = preloads.public.filter((route) => route.modules.length).length;
console.log(`route-preloads: ${listed} of ${preloads.public.length} public routes with chunks to preload`);
