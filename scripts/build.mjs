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
run(bin('ncc'), ['build', join(lib, 'index.js'), '-o', out, '-C', '-q']);

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
// hcl2json (HashiCorp's HCL parser, Go in WASM) is CommonJS with one runtime dependency tree
// (fs-extra); its package.json marks the folder CommonJS inside the ESM dist/.
const hcl = join(out, 'vendor', 'hcl2json');
const hclSrc = join(root, 'node_modules/@cdktn/hcl2json');
const js = (src) => keep(src) && !src.endsWith('.d.ts.map');
for (const part of ['package.json', 'main.wasm.gz', 'build', 'wasm']) cpSync(join(hclSrc, part), join(hcl, part), { recursive: true, filter: js });
for (const dep of ['fs-extra', 'graceful-fs', 'jsonfile', 'universalify']) {
  cpSync(join(root, 'node_modules', dep), join(hcl, 'node_modules', dep), { recursive: true, filter: (src) => js(src) && !/\.md$/i.test(src) });
}
cpSync(join(root, 'docs-templates'), join(out, 'docs-templates'), { recursive: true });
rmSync(lib, { recursive: true, force: true });
