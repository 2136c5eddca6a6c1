// Writes a gzip (.gz) and a Brotli (.br) copy next to every bundle, stylesheet and SVG of the build
// that is worth compressing, at the highest levels: the bundles never change once built (hashed
// names), so the server sends these copies (platform-api's WebPages) instead of compressing the same
// 1.3 MB again for every visitor with an empty cache. Run by `npm run build` after Vite.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const outDir = process.env.WEB_OUT_DIR ?? resolve(import.meta.dirname, '..', 'dist');
const assets = join(outDir, 'assets');
const COMPRESSIBLE = /\.(js|css|svg)$/;
const MIN_BYTES = 2048;

let files = 0;
let before = 0;
let after = 0;
for (const name of readdirSync(assets)) {
  const file = join(assets, name);
  if (!COMPRESSIBLE.test(name) || statSync(file).size < MIN_BYTES) continue;
  const content = readFileSync(file);
  const gz = gzipSync(content, { level: 9 });
  const br = brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
  writeFileSync(`${file}.gz`, gz);
  writeFileSync(`${file}.br`, br);
  files += 1;
  before += content.length;
  after += br.length;
}
console.log(`precompressed ${files} files in ${assets}: ${(before / 1024).toFixed(0)} kB, ${(after / 1024).toFixed(0)} kB as Brotli`);
