// Builds the action: tsc (TypeScript 7, native) to lib/, then ncc bundles the JS (ncc's own TS
// compile breaks on TS 7), then the WASM packages ncc cannot carry are copied to dist/vendor/
// and the default templates to dist/docs-templates/. `node scripts/build.mjs [outDir]`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
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
const vendor = [
  ['@electric-sql/pglite/dist', 'pglite'],
  ['libpg-query/wasm', 'libpg-query'],
];
for (const [from, name] of vendor) {
  const target = join(out, 'vendor', name);
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'node_modules', from), target, { recursive: true, filter: keep });
}
cpSync(join(root, 'docs-templates'), join(out, 'docs-templates'), { recursive: true });
rmSync(lib, { recursive: true, force: true });
