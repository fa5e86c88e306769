// Builds the action: tsc (TypeScript 7, native) to lib/, then ncc bundles the JS (ncc's own TS
// compile breaks on TS 7), then the WASM packages ncc cannot carry are copied to dist/vendor/
// and the default templates to dist/docs-templates/. `node scripts/build.mjs [outDir]`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unresolvedBareImports } from './check-bundle-imports.mjs';
import { compressSnapshot, freshDataDirTar, sha256Hex } from './fresh-pglite-snapshot.mjs';

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

// Only what is loaded at run time: no source maps, no typings. The contrib extensions (1.5 MB of tarballs)
// are kept: migrations that create one (pgcrypto, uuid-ossp, citext …) get it loaded.
const keep = (src) => !/\.(map|d\.ts|d\.cts|cjs)$/.test(src);
const pglite = join(out, 'vendor', 'pglite');
mkdirSync(pglite, { recursive: true });
cpSync(join(root, 'node_modules/@electric-sql/pglite/dist'), pglite, { recursive: true, filter: keep });
// What the first boot would otherwise make with initdb: a fresh data directory, made by the vendored
// PGlite itself, byte-identical between builds (scripts/fresh-pglite-snapshot.mjs says how).
const snapshotNames = await import(pathToFileURL(join(lib, 'sources/migrations/shipped-snapshot.js')).href);
const freshTar = freshDataDirTar(pglite);
writeFileSync(join(pglite, snapshotNames.SHIPPED_SNAPSHOT_FILE), compressSnapshot(freshTar));
writeFileSync(join(pglite, snapshotNames.SHIPPED_SNAPSHOT_DIGEST_FILE), `${sha256Hex(freshTar)}\n`);
// libpg-query: its ESM entry imports the Emscripten module, which is CommonJS. dist/ is
// `"type": "module"`, so the folder declares itself CommonJS and the entry becomes .mjs.
const pgQuery = join(out, 'vendor', 'libpg-query');
mkdirSync(pgQuery, { recursive: true });
for (const f of ['libpg-query.js', 'libpg-query.wasm'])
  copyFileSync(join(root, 'node_modules/libpg-query/wasm', f), join(pgQuery, f));
// The entry also does `export * from "@pgsql/types"`: a package of TypeScript types whose JS
// exports nothing, but which resolves only through node_modules, so the bundle checked out by
// GitHub (no npm install) failed on that line alone. It is dropped once we know nothing is lost.
// Node 24 names a CommonJS module's whole exports object `module.exports` in its namespace too.
const interop = new Set(['default', '__esModule', 'module.exports']);
const typeValues = Object.keys(await import('@pgsql/types')).filter((k) => !interop.has(k));
if (typeValues.length > 0)
  throw new Error(
    `@pgsql/types now exports values (${typeValues.join(', ')}): vendor it instead of dropping its re-export`,
  );
const pgQueryEntry = readFileSync(join(root, 'node_modules/libpg-query/wasm/index.js'), 'utf8');
const typesReexport = /^export \* from "@pgsql\/types";\n/m;
if (!typesReexport.test(pgQueryEntry))
  throw new Error('libpg-query/wasm/index.js changed how it re-exports @pgsql/types: review scripts/build.mjs');
writeFileSync(join(pgQuery, 'index.mjs'), pgQueryEntry.replace(typesReexport, ''));
writeFileSync(join(pgQuery, 'package.json'), '{ "type": "commonjs" }\n');
// hcl2json (HashiCorp's HCL parser, Go in WASM) is CommonJS with one runtime dependency tree
// (fs-extra); its package.json marks the folder CommonJS inside the ESM dist/.
const hcl = join(out, 'vendor', 'hcl2json');
const hclSrc = join(root, 'node_modules/@cdktn/hcl2json');
const js = (src) => keep(src) && !src.endsWith('.d.ts.map');
for (const part of ['package.json', 'main.wasm.gz', 'build', 'wasm'])
  cpSync(join(hclSrc, part), join(hcl, part), { recursive: true, filter: js });
for (const dep of ['fs-extra', 'graceful-fs', 'jsonfile', 'universalify']) {
  cpSync(join(root, 'node_modules', dep), join(hcl, 'node_modules', dep), {
    recursive: true,
    filter: (src) => js(src) && !/\.md$/i.test(src),
  });
}
// sql.js (SQLite in WASM): its Emscripten loader is CommonJS and finds sql-wasm.wasm beside itself.
const sqljs = join(out, 'vendor', 'sqljs');
mkdirSync(sqljs, { recursive: true });
for (const f of ['sql-wasm.js', 'sql-wasm.wasm'])
  copyFileSync(join(root, 'node_modules/sql.js/dist', f), join(sqljs, f));
writeFileSync(join(sqljs, 'package.json'), '{ "type": "commonjs" }\n');

// Prisma's schema engine (wasm-bindgen CommonJS) reads its .wasm from beside its JS; the folder is
// marked CommonJS inside the ESM dist/.
const prismaWasm = join(out, 'vendor', 'prisma-schema-wasm');
mkdirSync(prismaWasm, { recursive: true });
for (const f of ['prisma_schema_build.js', 'prisma_schema_build_bg.wasm'])
  copyFileSync(join(root, 'node_modules/@prisma/prisma-schema-wasm/src', f), join(prismaWasm, f));
writeFileSync(join(prismaWasm, 'package.json'), '{ "type": "commonjs" }\n');
cpSync(join(root, 'docs-templates'), join(out, 'docs-templates'), { recursive: true });
rmSync(lib, { recursive: true, force: true });

// GitHub runs dist/ from a checkout with no node_modules: a package import that neither Node nor
// dist/ itself provides would only fail on users' runners, so it fails the build here.
const unresolved = unresolvedBareImports(out);
for (const u of unresolved)
  console.error(
    `${relative(root, out)}/${u.file}:${u.line}: imports "${u.specifier}", which only node_modules provides`,
  );
if (unresolved.length > 0) process.exit(1);
