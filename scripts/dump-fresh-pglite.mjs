// Child of scripts/fresh-pglite-snapshot.mjs: boots a fresh PGlite from <pglite-dir> and writes its
// data directory, as PGlite dumps it (an uncompressed tar), to <out>.
//   node scripts/dump-fresh-pglite.mjs <pglite-dir> <out>
// initdb writes the clock and random bytes into the cluster (pg_control's system identifier, the
// checkpoint times in pg_control and the WAL, the authentication nonce), so this process gets a
// frozen clock and fixed "random" bytes before PGlite loads: the same PGlite build then always
// dumps the same files. Only a throwaway database for replaying migrations is made here; nothing
// reads those values for anything that matters.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [pgliteDir, out] = process.argv.slice(2);
const FROZEN_MS = Date.UTC(2000, 0, 1);
Date.now = () => FROZEN_MS;
performance.now = () => 0;
// Emscripten's Node runtime takes its random bytes from node:crypto's randomFillSync.
createRequire(import.meta.url)('node:crypto').randomFillSync = (view) => {
  new Uint8Array(view.buffer, view.byteOffset, view.byteLength).fill(0x5a);
  return view;
};

const { PGlite } = await import(pathToFileURL(join(pgliteDir, 'index.js')).href);
const db = await PGlite.create();
try {
  writeFileSync(out, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
} finally {
  await db.close();
}
