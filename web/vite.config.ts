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
 * Ant Design's styles as a stylesheet made by the build for this theme (issue 15 point 8): `import 'virtual:antd.css'`
 * (src/shared/AppRoot.tsx, whose ConfigProvider then runs with `zeroRuntime`). At run time Ant Design wrote every
 * component's styles itself (its CSS-in-JS: style objects serialised by stylis, hashed, inserted) on each first
 * render of a component, about a quarter of the renderer's CPU time of a first page. Ant Design's own tool renders
 * every component once with the theme (src/shared/theme.json; `@ant-design/static-style-extract`, as Ant Design makes its dist/antd.css,
 * whose component variables are the default theme's), kept in node_modules/.cache per Ant Design version and
 * theme. The design tokens' CSS variables are still set at run time by the ConfigProvider (`motion` too).
 *
 * Only the components the apps use (`antdComponentsUsed`: the names src/ imports from 'antd' and every component
 * directory their code imports from, e.g. Table's Pagination, Dropdown, Checkbox and Radio, App's message), in the
 * whole extraction's order (the cascade as before), and without the extraction's own component-variable blocks
 * (`isServerCssVarBlock`): the stylesheet every first page parses and matches went from 983 kB to 745 kB (issue 15
 * point 8). Two extractions, ~10 s, once per component list (it is in the cache key).
 */
function antdStyles(): Plugin {
  const id = 'virtual:antd.css';
  const web = import.meta.dirname;
  const require = createRequire(resolve(web, 'package.json'));
  // the site's seed tokens, one file for the pages (AppRoot's ConfigProvider) and for this stylesheet
  const THEME_TOKEN: unknown = JSON.parse(readFileSync(resolve(web, 'src/shared/theme.json'), 'utf8'));
  let file: string | undefined;
  const generate = () => {
    const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
    const includes = antdComponentsUsed(web);
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
      const css = cssRules(extractStyle({ customTheme }))
        .filter((rule) => (used.has(rule) || rule.startsWith('.data-ant-cssinjs-cache-path{')) && !isServerCssVarBlock(rule))
        .join('');
      mkdirSync(resolve(path, '..'), { recursive: true });
      writeFileSync(path, css);
    } finally {
      console.error = warn;
    }
    return path;
  };
  return {
    name: 'saferank-antd-styles',
    enforce: 'pre',
    resolveId(source) {
      if (source !== id) return null;
      file ??= generate();
      return file;
    },
  };
}

/**
 * The Ant Design components the apps can render: the names src/ imports from 'antd' (values, not `type` imports), and,
 * transitively, every component directory of antd/es that their code imports anything from (Table → Pagination,
 * Dropdown, Checkbox, Radio, Spin, Empty, Tooltip…; App → message, notification). Over-inclusive on purpose: a
 * component whose styles were missing would look broken without any test failing. Returned as antd's export names,
 * sorted (the stylesheet's cache key).
 */
function antdComponentsUsed(web: string): string[] {
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
  for (const file of jsFiles(resolve(web, 'src'), /\.tsx?$/)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*'antd'/g)) {
      if (m[1]) continue;
      for (const part of m[2].split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (!name.startsWith('type ') && exported.has(name)) used.add(exported.get(name)!);
      }
    }
  }
  const seen = new Set<string>();
  const pending = [...used];
  while (pending.length) {
    const dir = pending.pop()!;
    if (seen.has(dir)) continue;
    seen.add(dir);
    for (const file of jsFiles(resolve(es, dir), /\.js$/)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+[\w-]+)([\w./-]*)'/g)) {
        if (/^\/locale\b/.test(m[2])) continue; // another component's texts (the locale files name Calendar's), not the component
        const target = resolve(file, '..', m[1])
          .slice(es.length + 1)
          .split('/')[0];
        if (target && !target.startsWith('_') && !seen.has(target)) pending.push(target);
      }
    }
  }
  if (!used.size || !seen.has('table')) throw new Error('saferank-antd-styles: no Ant Design components found in src/ (antd/es changed?)');
  return [...exported]
    .filter(([, dir]) => seen.has(dir))
    .map(([name]) => name)
    .sort();
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

export default defineConfig(({ command }) => ({
  plugins: [graphqlDocuments(), styleNonce(), scrollbarSizeOnce(), antdStyles(), react()],
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
        console: resolve(import.meta.dirname, 'console/index.html'),
        portal: resolve(import.meta.dirname, 'portal/index.html'),
      },
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
