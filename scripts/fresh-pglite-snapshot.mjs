// The data directory of a fresh PGlite database, made at build time so that no run pays initdb
// (3–4 s; a hosted runner's temp folder is empty every job, so a snapshot made on first use there
// never helps). The bytes depend on the PGlite build alone: the dump runs with a frozen clock
// (scripts/dump-fresh-pglite.mjs), the tar is re-packed with fixed headers, and the compression is
// brotli, whose reference encoder has no CPU-specific paths (Node's zlib does: its deflate output
// can differ between machines).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { readTar, writeTar } from './deterministic-tar.mjs';

const dumper = join(dirname(fileURLToPath(import.meta.url)), 'dump-fresh-pglite.mjs');

/** The uncompressed, normalised tar of a fresh data directory of the PGlite in `pgliteDir`. */
export function freshDataDirTar(pgliteDir) {
  const work = mkdtempSync(join(tmpdir(), 'ad-pglite-dump-'));
  try {
    const raw = join(work, 'datadir.tar');
    // A fixed environment too: initdb reads the time zone and locale from it.
    const env = { PATH: process.env.PATH, TZ: 'UTC', LANG: 'C', LC_ALL: 'C' };
    execFileSync(process.execPath, [dumper, pgliteDir, raw], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    return writeTar(readTar(readFileSync(raw)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** `tar` compressed as shipped: brotli, quality 9, a 16 MB window (the WAL segment is 16 MB of mostly zeros). */
export function compressSnapshot(tar) {
  return brotliCompressSync(tar, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
    },
  });
}

/** The digest shipped beside the snapshot: the reader checks the tar it decompressed against it. */
export function sha256Hex(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}
