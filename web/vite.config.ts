import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// Three pages, one build: the public site at /, the bureau console at /console/, the agency
// portal at /portal/. Shared chunks (React, Ant Design, the GraphQL client) land in /assets/.
// The Maven build writes into the web jar's META-INF/resources (WEB_OUT_DIR), which
// platform-api serves; `npm run build` alone writes to dist/.
const outDir = process.env.WEB_OUT_DIR ?? resolve(import.meta.dirname, 'dist');
const api = process.env.API_URL ?? 'http://localhost:8080';

/**
 * `graphql(\`query Name …\`)` calls replaced by imports of their own document (`NameDocument`,
 * `NameFragmentDoc` in src/gql/graphql.ts), as the client preset's Babel optimizer does. Without it every
 * page of every app carries the documents of all 110 operations and their source texts (the preset's
 * `graphql()` looks them up in one map, src/gql/gql.ts: 430 kB of source). Each document is a module of its
 * own (`\0saferank-gql:NameDocument`, its JSON copied from graphql.ts): a bundler places a module in one chunk
 * whole, so importing from graphql.ts itself put every document a lazily loaded page uses into the app's
 * first chunk (172 kB of the console's); now each page's chunk has only its own documents.
 */
function graphqlDocuments(): Plugin {
  const documents = resolve(import.meta.dirname, 'src/gql/graphql.ts');
  const prefix = '\0saferank-gql:';
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const exportedDocument = /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/;
  let json: Map<string, string> | undefined;
  const documentJson = (name: string) => {
    if (!json) {
      json = new Map();
      for (const line of readFileSync(documents, 'utf8').split('\n')) {
        const match = exportedDocument.exec(line);
        if (match) json.set(match[1], match[2]);
      }
    }
    const found = json.get(name);
    if (!found) throw new Error(`saferank-graphql-documents: ${name} is not in src/gql/graphql.ts (npm run codegen)`);
    return found;
  };
  return {
    name: 'saferank-graphql-documents',
    enforce: 'pre',
    buildStart() {
      json = undefined; // codegen may have run since
    },
    resolveId(id) {
      return id.startsWith(prefix) ? id : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const name = id.slice(prefix.length);
      return `export const ${name} = ${documentJson(name)};\n`;
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Map<string, string>();
      const replaced = code.replace(call, (whole, body: string) => {
        const operation = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(body);
        const fragment = /^\s*fragment\s+(\w+)\s+on\b/.exec(body);
        const exported = operation ? `${operation[1]}Document` : fragment ? `${fragment[1]}FragmentDoc` : null;
        if (!exported) return whole;
        const local = `__gql_${exported}`;
        names.set(exported, local);
        return local;
      });
      if (!names.size) return null;
      const imports = [...names].map(
        ([exported, local]) => `import { ${exported} as ${local} } from ${JSON.stringify(prefix + exported)};`,
      );
      return { code: `${imports.join('\n')}\n${replaced}`, map: null };
    },
  };
}

/**
 * The public site's first module (issue 15 point 8): `src/public/early.ts`, an entry of its own, sends the opening
 * queries of the page at the browser's address before the entry's bundles have been fetched, compiled and run. Vite
 * makes one entry of all the module scripts of an HTML page (the early module would then run only with the entry),
 * so the public `index.html` gets the early module's script here, `async` (it runs as soon as it has arrived, before
 * the entry), with its one chunk preloaded. The build fails when the early module would load more than a small
 * chunk of its own (e.g. the frame, through a module it imports that the frame holds).
 */
function earlyQueries(): Plugin {
  const early = resolve(import.meta.dirname, 'src/public/early.ts');
  const html = resolve(import.meta.dirname, 'index.html');
  return {
    name: 'saferank-early-queries',
    transformIndexHtml: {
      order: 'post',
      handler(_, ctx) {
        if (!ctx.bundle || resolve(ctx.filename) !== html) return;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry && c.facadeModuleId === early);
        if (!entry) throw new Error('saferank-early-queries: no chunk of src/public/early.ts');
        const imports = entry.imports.map((file) => chunks.find((c) => c.fileName === file)!);
        const size = [entry, ...imports].reduce((sum, c) => sum + c.code.length, 0);
        const nested = imports.flatMap((c) => c.imports);
        if (nested.length || entry.dynamicImports.length || size > 40_000)
          throw new Error(
            `saferank-early-queries: the early module loads ${[entry, ...imports, ...nested].map((c) => (typeof c === 'string' ? c : c.fileName)).join(', ')} (${size} bytes): it must stay a small chunk of its own`,
          );
        return [
          ...imports.map((c) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` },
            injectTo: 'head-prepend' as const,
          })),
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `/${entry.fileName}` },
            injectTo: 'head-prepend' as const,
          },
        ];
      },
    },
  };
}

/**
 * Style elements under the pages' Content-Security-Policy (`style-src 'self' 'nonce-…'`, issue 16 point 5):
 * Ant Design's CSS-in-JS takes the page's nonce from ConfigProvider (src/shared/AppRoot.tsx), but its helper
 * library writes a few `<style>` elements of its own without one (the scroll lock of every dialog and drawer,
 * the scrollbar measurement). Their one writer, `injectCSS`, gets the page's nonce as its default here; the
 * build fails if the library's code no longer has the shape this relies on.
 */
function styleNonce(): Plugin {
  const target = /@rc-component\/util\/es\/Dom\/dynamicCSS\.js$/;
  const destructuring = /const \{\s*csp,\s*prepend,/;
  let patched = false;
  return {
    name: 'saferank-style-nonce',
    apply: 'build',
    buildEnd(error) {
      if (!error && !patched) throw new Error('saferank-style-nonce: @rc-component/util/es/Dom/dynamicCSS.js was not bundled');
    },
    transform(code, id) {
      if (!target.test(id.split('?')[0])) return null;
      patched = true;
      if (!destructuring.test(code)) {
        throw new Error('saferank-style-nonce: @rc-component/util injectCSS changed; update vite.config.ts');
      }
      const nonce =
        'function __saferankStyleNonce() { const n = document.querySelector(\'meta[name="csp-nonce"]\')?.content;' +
        " return n && n !== '__CSP_NONCE__' ? { nonce: n } : undefined; }\n";
      return { code: nonce + code.replace(destructuring, 'const {\n    csp = __saferankStyleNonce(),\n    prepend,'), map: null };
    },
  };
}

/**
 * The scrollbar measurement of every table, once per page (issue 15 point 8). Each Ant Design `Table` measures the
 * browser's scrollbar when it mounts (`getTargetScrollBarSize` of `@rc-component/util`, from rc-table's layout effect):
 * it inserts a `<style>` element, appends a scrolling `<div>` to the body, reads its size (a forced style and layout
 * of the whole page, the new table included) and removes both, 10–50 ms of a console page's main thread with a few
 * tables. The result depends only on the scrollbar styles it copies from the target (and the zoom), so it is kept
 * per those values here; the build fails if the library's code no longer has the shape this relies on.
 */
function scrollbarSizeOnce(): Plugin {
  const target = /@rc-component\/util\/es\/getScrollBarSize\.js$/;
  const measure = /(export function getTargetScrollBarSize\(target\) \{[\s\S]*?\n {2}\}\n {2})return measureScrollbarSize\(target\);/;
  let patched = false;
  return {
    name: 'saferank-scrollbar-size-once',
    apply: 'build',
    buildEnd(error) {
      if (!error && !patched) throw new Error('saferank-scrollbar-size-once: @rc-component/util/es/getScrollBarSize.js was not bundled');
    },
    transform(code, id) {
      if (!target.test(id.split('?')[0])) return null;
      patched = true;
      if (!measure.test(code)) {
        throw new Error('saferank-scrollbar-size-once: @rc-component/util getTargetScrollBarSize changed; update vite.config.ts');
      }
      const memo =
        'const __saferankScrollbarSizes = new Map();\n' +
        'function __saferankScrollbarKey(target) { const s = getComputedStyle(target); const w = getComputedStyle(target, "::-webkit-scrollbar");' +
        ' return [s.scrollbarColor, s.scrollbarWidth, w.width, w.height, window.devicePixelRatio].join("|"); }\n';
      return {
        code:
          memo +
          code.replace(
            measure,
            '$1const key = __saferankScrollbarKey(target);\n  let size = __saferankScrollbarSizes.get(key);\n' +
              '  if (!size) __saferankScrollbarSizes.set(key, (size = measureScrollbarSize(target)));\n  return { ...size };',
          ),
        map: null,
      };
    },
  };
}

/**
 * Each app's stylesheet (issue 15 point 8): `import 'virtual:styles-public.css'` (and `-console`, `-portal`), the first
 * import of the app's `main.tsx`, is Ant Design's styles for the components that app renders, then src/shared/shared.css
 * (one module per app, so that the cascade stays Ant Design, shared.css, the pages' own: shared.css imported by the
 * three entries was a chunk of its own, whose stylesheet the pages loaded before their app's). Ant Design's styles are
 * a stylesheet made by the build for this theme, and the ConfigProvider (src/shared/AppRoot.tsx)
 * runs with `zeroRuntime`. At run time Ant Design wrote every component's styles itself (its CSS-in-JS: style objects
 * serialised by stylis, hashed, inserted) on each first render of a component, about a quarter of the renderer's CPU
 * time of a first page. Ant Design's own tool renders every component once with the theme (src/shared/theme.json;
 * `@ant-design/static-style-extract`, as Ant Design makes its dist/antd.css, whose component variables are the default
 * theme's), kept in node_modules/.cache per Ant Design version, theme and list of components. The design tokens' CSS
 * variables are still set at run time by the ConfigProvider (`motion` too).
 *
 * Only the components the app can render (`antdComponentsUsed`: the names its source files import from 'antd', the
 * files reachable from its `main.tsx`, and every component directory their code imports from, e.g. Table's
 * Pagination, Dropdown, Checkbox and Radio, App's message), in the whole extraction's order (the cascade as before),
 * and without the extraction's own component-variable blocks (`isServerCssVarBlock`). One stylesheet for all three
 * apps was 745 kB, which the public site's visitor, arriving with an empty cache, fetched and parsed before anything
 * showed; the public site's own leaves out what only the console and the portal render.
 */
function antdStyles(): Plugin {
  const prefix = 'virtual:styles-';
  const web = import.meta.dirname;
  const require = createRequire(resolve(web, 'package.json'));
  // the site's seed tokens, one file for the pages (AppRoot's ConfigProvider) and for this stylesheet
  const THEME_TOKEN: unknown = JSON.parse(readFileSync(resolve(web, 'src/shared/theme.json'), 'utf8'));
  const files = new Map<string, string | undefined>(); // each app's Ant Design stylesheet (none: no component)
  let everyRule: string[] | undefined; // the whole extraction, once per build
  const generate = (app: string) => {
    const entry = resolve(web, 'src', app, 'main.tsx');
    if (!existsSync(entry)) throw new Error(`saferank-antd-styles: no app ${app} (src/${app}/main.tsx)`);
    const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    const includes = antdComponentsUsed(web, entry);
    // an app that renders no Ant Design component gets none of its styles (an extraction of none would still write the
    // theme's variables, 13 kB scoped to a server-side id that never applies)
    if (!includes.length) return undefined;
    const key = createHash('sha256')
      .update(JSON.stringify([version('antd'), version('@ant-design/static-style-extract'), THEME_TOKEN, includes, 3]))
      .digest('hex')
      .slice(0, 16);
    const path = resolve(web, 'node_modules/.cache/saferank-antd', `antd-${key}.css`);
    if (existsSync(path)) return path;
    const React = require('react');
    const { ConfigProvider } = require('antd');
    const { extractStyle } = require('@ant-design/static-style-extract');
    const warn = console.error;
    console.error = () => undefined; // the deprecation warnings of components rendered only to take their styles
    try {
      const customTheme = (node: unknown) => React.createElement(ConfigProvider, { theme: { hashed: false, token: THEME_TOKEN } }, node);
      // every component's rules in the order of the whole extraction (the cascade as before), kept when the extraction of
      // only the components used has them too; the cssinjs cache-path marker as before
      const used = new Set(cssRules(extractStyle({ includes, customTheme })));
      everyRule ??= cssRules(extractStyle({ customTheme }));
      const css = everyRule
        .filter((rule) => (used.has(rule) || rule.startsWith('.data-ant-cssinjs-cache-path{')) && !isServerCssVarBlock(rule))
        .join('');
      mkdirSync(resolve(path, '..'), { recursive: true });
      writeFileSync(path, css);
    } finally {
      console.error = warn;
    }
    return path;
  };
  const shared = resolve(web, 'src/shared/shared.css');
  return {
    name: 'saferank-antd-styles',
    enforce: 'pre',
    buildStart() {
      files.clear(); // the sources may have changed since
    },
    resolveId(source) {
      const app = source.startsWith(prefix) && source.endsWith('.css') ? source.slice(prefix.length, -'.css'.length) : undefined;
      return app ? `\0saferank-styles-${app}.css` : null;
    },
    load(id) {
      const app = /^\0saferank-styles-([\w-]+)\.css$/.exec(id)?.[1];
      if (!app) return null;
      if (!files.has(app)) files.set(app, generate(app));
      this.addWatchFile(shared);
      const antd = files.get(app);
      return `${antd ? readFileSync(antd, 'utf8') : ''}\n${readFileSync(shared, 'utf8')}`;
    },
  };
}

/**
 * The Ant Design components an app can render: the names its source files (those reachable from its `main.tsx` by
 * relative imports, static or dynamic) import from 'antd' (values, not `type` imports), and, transitively, every
 * component directory of antd/es that their code imports anything from (Table → Pagination, Dropdown, Checkbox,
 * Radio, Spin, Empty, Tooltip…; App → message, notification). Over-inclusive on purpose: a component whose styles were
 * missing would look broken without any test failing. Returned as antd's export names, sorted (the stylesheet's cache
 * key).
 */
function antdComponentsUsed(web: string, entry: string): string[] {
  const es = resolve(web, 'node_modules/antd/es');
  const exported = new Map<string, string>(); // export name -> component directory
  for (const m of readFileSync(resolve(es, 'index.js'), 'utf8').matchAll(/export \{ default as (\w+) \} from '\.\/([\w-]+)'/g)) {
    exported.set(m[1], m[2]);
  }
  const jsFiles = (dir: string, test: RegExp): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = resolve(dir, entry.name);
      return entry.isDirectory() ? jsFiles(path, test) : test.test(entry.name) ? [path] : [];
    });
  const used = new Set<string>();
  for (const file of sourcesReachable(entry)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'antd'/g)) {
      if (m[1]) continue;
      for (const part of m[2].split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (!name.startsWith('type ') && exported.has(name)) used.add(exported.get(name)!);
      }
    }
  }
  const seen = reachable([...used], (dir) =>
    jsFiles(resolve(es, dir), /\.js$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+[\w-]+)([\w./-]*)'/g)]
        // not another component's texts (the locale files name Calendar's)
        .filter((m) => !/^\/locale\b/.test(m[2]))
        .map(
          (m) =>
            resolve(file, '..', m[1])
              .slice(es.length + 1)
              .split('/')[0],
        )
        .filter((target) => target && !target.startsWith('_')),
    ),
  );
  if (!used.size) return []; // no component (the public site once its pages are all off Ant Design)
  if (!seen.has('config-provider'))
    throw new Error(`saferank-antd-styles: no Ant Design components found from ${entry} (antd/es changed?)`);
  // a directory that only re-exports another's component has no styles of its own: Row and Col are Grid's, whose styles
  // the extraction has under their names (Form lays its items out with Grid: a console without its own Row or Col
  // lost the inline forms' layout)
  const reExport = (dir: string) => {
    const code = readFileSync(resolve(es, dir, 'index.js'), 'utf8');
    const from = [...code.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    return from.length > 0 && from.every((f) => /^\.\.\/[\w-]+$/.test(f) && seen.has(f.slice(3)));
  };
  return [...exported]
    .filter(([, dir]) => seen.has(dir) || reExport(dir))
    .map(([name]) => name)
    .sort();
}

/** The .ts/.tsx files reachable from `entry` by relative imports (`from './x'`, `import('./x')`, `import './x'`). */
function sourcesReachable(entry: string): string[] {
  const imported = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import\(?)\s*'(\.{1,2}\/[^']+)'/g)].flatMap((m) => {
      const base = resolve(file, '..', m[1]);
      const found = [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts'), resolve(base, 'index.tsx')].find(
        (candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate),
      );
      return found ? [found] : [];
    });
  return [...reachable([entry], imported)];
}

/** Every node reachable from `starts` (the starts included), `next` giving a node's neighbours. */
function reachable(starts: string[], next: (node: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts];
  while (pending.length) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    pending.push(...next(node));
  }
  return seen;
}

/** The top-level rules of a stylesheet (at-rules with their blocks), as written. */
function cssRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (css.slice(start).trim()) throw new Error('saferank-antd-styles: unbalanced braces in the extracted stylesheet');
  return rules;
}

/**
 * A component-variable block that Ant Design's extraction scopes to its server-side ids
 * (`.css-var-_R_0_.ant-alert{--ant-alert-…}`): React's `useId` gives `_R_…_` on the server and `_r_…_` in the browser,
 * so these never apply; the ConfigProvider sets the same variables at run time under its own class.
 */
function isServerCssVarBlock(rule: string): boolean {
  const open = rule.indexOf('{');
  const body = rule.slice(open + 1, -1);
  return (
    rule
      .slice(0, open)
      .split(',')
      .every((selector) => /^\.css-var-_R_\w+_(?:\.[\w-]+)*$/.test(selector.trim())) &&
    !body.includes('{') &&
    body.trim().startsWith('--')
  );
}

/**
 * React Router's production build in the bundle: its package exports name only its development build (which
 * differs by `ENABLE_DEV_WARNINGS = true`: route-matching warnings on every render), so the build points at
 * `dist/production` itself; `npm run dev` keeps the warnings.
 */
function reactRouterProduction(command: 'build' | 'serve') {
  if (command !== 'build') return [];
  const dist = resolve(import.meta.dirname, 'node_modules/react-router/dist/production');
  return [
    { find: /^react-router$/, replacement: resolve(dist, 'index.mjs') },
    { find: /^react-router\/dom$/, replacement: resolve(dist, 'dom-export.mjs') },
  ];
}

/**
 * The public site's chunks (issue 15 point 8): a visitor of the public site usually arrives with an empty cache, and
 * each request costs the 2 cores (browser and server) something. Left to itself the bundler cut what the public entry
 * imports into 11 chunks (by which apps and pages share each module: React, Ant Design's core and the GraphQL client
 * in three large ones, seven of 0.2–13 kB beside them) and what the home page adds into 10 more (its page, the error
 * display, Card, Row and Col twice, Input twice, Tag, three icons), requested only once the entry had run. Now:
 *
 * - `opening`, claimed first: what the public site's first module (`src/public/early.ts`, `earlyQueries` above)
 *   imports: the public routes, their opening queries' documents, and the GraphQL printer, which urql in the frame
 *   imports too (so every app loads this small chunk); otherwise the early module would import the frame, and wait
 *   for it;
 * - `frame`: every module the public entry imports (but the public site's own, which stays in its entry chunk), one
 *   chunk, loaded by the console and the portal too: React, React Router, the GraphQL client, the mount, the
 *   navigation, the lazy pages' loader. No Ant Design: the public site's mount and frame have none;
 * - `antd`: what the console's and the portal's mount and frame import beyond that (`src/shared/AppRoot.tsx`,
 *   `src/shared/Shell.tsx`: Ant Design's core, ConfigProvider, App, Layout, Typography, Skeleton, its locale, dayjs),
 *   one chunk, which every page written with Ant Design imports; no public page loads it (scripts/route-preloads.mjs
 *   fails the build otherwise);
 * - `public-common`: what the home page imports beyond these (and the public site's own components, src/public/ui,
 *   all of them), one chunk, which most public pages import too.
 *
 * They are the modules reachable by static imports from those files; through
 * Ant Design's index module (which re-exports every component) only the components our own modules of that set import
 * by name, so that a page's Table or Select stays in that page's chunks. Everything else is left to
 * the bundler as before.
 */
function codeSplitting() {
  const web = import.meta.dirname;
  const src = resolve(web, 'src');
  const barrel = /\/node_modules\/antd\/es\/index\.js$/;
  const barrelExports = new Map<string, string>(); // export name -> its module's path without extension
  const index = resolve(web, 'node_modules/antd/es/index.js');
  for (const m of readFileSync(index, 'utf8').matchAll(/export \{ default as (\w+) \} from '\.\/([\w/-]+)'/g)) {
    barrelExports.set(m[1], resolve(index, '..', m[2]));
  }
  if (!barrelExports.has('Table')) throw new Error('saferank-code-splitting: antd/es/index.js changed; update vite.config.ts');
  type Info = { importedIds: readonly string[] } | null;
  /** the modules `start` imports statically; through antd's index module only the components our own modules import */
  const reach = (start: string, getModuleInfo: (id: string) => Info) => {
    const walk = (follow: (from: string, to: string) => boolean) =>
      reachable([start], (id) => (getModuleInfo(id)?.importedIds ?? []).filter((to) => follow(id, to)));
    const named: string[] = [];
    for (const id of walk((from) => !barrel.test(from))) {
      if (!id.startsWith(src) || !/\.tsx?$/.test(id)) continue;
      for (const m of readFileSync(id, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'antd'/g)) {
        for (const part of m[1].split(',')) {
          const path = barrelExports.get(part.trim().split(/\s+as\s+/)[0]);
          if (path) named.push(path);
        }
      }
    }
    return walk((from, to) => !barrel.test(from) || named.some((path) => to === `${path}.js` || to.startsWith(`${path}/`)));
  };
  /** a group's start modules, and whether the starts themselves belong to it (not an entry's or a page's module) */
  const groups: { name: string; starts: string[]; withStarts?: boolean }[] = [
    { name: 'opening', starts: ['src/public/early.ts'] },
    { name: 'frame', starts: ['src/public/main.tsx'] },
    { name: 'antd', starts: ['src/shared/AppRoot.tsx', 'src/shared/Shell.tsx'], withStarts: true },
    { name: 'public-common', starts: ['src/public/HomePage.tsx', ...publicKit()] },
  ];
  let groupOf: Map<string, string> | undefined;
  const groupName = (id: string, ctx: { getModuleInfo: (id: string) => Info }) => {
    if (!groupOf) {
      groupOf = new Map();
      for (const { name, starts, withStarts } of groups) {
        for (const start of starts.map((file) => resolve(web, file))) {
          for (const module of reach(start, (i) => ctx.getModuleInfo(i))) {
            // the public site's own modules stay in its entry's and pages' chunks: but the early module's (`opening`) and
            // the components' (src/public/ui, `public-common`; not in the frame, which the console and the portal load)
            const own =
              module.startsWith(resolve(src, 'public')) &&
              (name === 'frame' || (name !== 'opening' && !module.startsWith(resolve(src, 'public/ui'))));
            if (!groupOf.has(module) && !own && !module.endsWith('.css') && (module !== start || withStarts)) groupOf.set(module, name);
          }
        }
      }
    }
    // Vite's module-preload polyfill, which every page's HTML imports: a chunk of 1 kB otherwise
    return groupOf.get(id) ?? (/vite\/modulepreload-polyfill/.test(id) ? 'frame' : null);
  };
  return {
    // one group each, the earlier first: a group takes its modules' dependencies along (the frame's urql would take the
    // GraphQL printer, Ant Design's chunk React)
    groups: groups.map(({ name }, i) => ({
      name: (id: string, ctx: { getModuleInfo: (id: string) => Info }) => (groupName(id, ctx) === name ? name : null),
      priority: groups.length - i,
      debugName: name,
    })),
  };
}

/** The public site's own components (src/public/ui: its modules, not its stylesheet), for the `public-common` chunk. */
function publicKit(): string[] {
  const dir = resolve(import.meta.dirname, 'src/public/ui');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => `src/public/ui/${name}`);
}

export default defineConfig(({ command }) => ({
  plugins: [graphqlDocuments(), styleNonce(), scrollbarSizeOnce(), antdStyles(), earlyQueries(), react()],
  base: '/',
  resolve: { alias: reactRouterProduction(command) },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true, // .vite/manifest.json: each route's chunks for platform-api's pages (scripts/route-preloads.mjs)
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        public: resolve(import.meta.dirname, 'index.html'),
        early: resolve(import.meta.dirname, 'src/public/early.ts'), // in the public index.html: earlyQueries
        console: resolve(import.meta.dirname, 'console/index.html'),
        portal: resolve(import.meta.dirname, 'portal/index.html'),
      },
      output: { codeSplitting: codeSplitting() },
    },
  },
  // npm run dev: the pages on :5173, the API of a local run (./mvnw -Prun) behind it
  server: {
    proxy: {
      '/graphql': api,
      '/publications': api,
      '/web-config.json': api,
    },
  },
}));
