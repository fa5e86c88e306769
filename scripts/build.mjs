// Builds the action: tsc (TypeScript 7, native) to lib/, then ncc bundles the JS (ncc's own TS
// compile breaks on TS 7), then the WASM packages ncc cannot carry are copied to dist/vendor/
// and the default templates to dist/docs-templates/. `node scripts/build.mjs [outDir]`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, process.argv[2] ?? 'dist');
const lib = join(root, 'lib');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

rmSync(lib, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
// -C: no cache (a stale ncc cache produced broken ESM bundles here); no source maps or licenses
// file so the output is byte-stable between builds.
run(bin('ncc'), ['build', join(lib, 'action/index.js'), '-o', out, '-C', '-q']);
run(bin('ncc'), ['build', join(lib, 'cli/index.js'), '-o', join(out, 'cli'), '-C', '-q']);

// Only what is loaded at run time: no source maps, no extension tarballs (we load none), no typings.
const keep = (src) => !/\.(map|tar\.gz|d\.ts|d\.cts|cjs)$/.test(src);
const pglite = join(out, 'vendor', 'pglite');
mkdirSync(pglite, { recursive: true });
cpSync(join(root, 'node_modules/@electric-sql/pglite/dist'), pglite, { recursive: true, filter: keep });
// libpg-query: its ESM entry imports the Emscripten module, which is CommonJS. dist/ is
// `"type": "module"`, so the folder declares itself CommonJS and the entry becomes .mjs.
const pgQuery = join(out, 'vendor', 'libpg-query');
mkdirSync(pgQuery, { recursive: true });
for (const f of ['libpg-query.js', 'libpg-query.wasm']) copyFileSync(join(root, 'node_modules/libpg-query/wasm', f), join(pgQuery, f));
copyFileSync(join(root, 'node_modules/libpg-query/wasm/index.js'), join(pgQuery, 'index.mjs'));
writeFileSync(join(pgQuery, 'package.json'), '{ "type": "commonjs" }\n');
cpSync(join(root, 'docs-templates'), join(out, 'docs-templates'), { recursive: true });
rmSync(lib, { recursive: true, force: true });
