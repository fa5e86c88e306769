import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { bootFreshDatabase } from '../../src/sources/migrations/boot-pglite.js';
import { VERSION } from '../../src/version.js';

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

// From source there is no shipped snapshot: the temp folder's is used, and a damaged one must cost
// an initdb, never the process (PGlite's own gunzip of a tar it cannot read escapes as uncaught).
test('a damaged snapshot in the temp folder is replaced, and the database works', async () => {
  const temp = mkdtempSync(join(tmpdir(), 'ad-boot-tmp-'));
  process.env.TMPDIR = temp;
  const snapshot = join(temp, `architect-docs-${VERSION}-pglite-fresh.tar.gz`);
  writeFileSync(snapshot, Buffer.alloc(4096, 7));
  const db = await bootFreshDatabase();
  try {
    await db.exec('CREATE TABLE probe (id int)');
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'probe'",
    );
    expect(rows[0]!.n).toBe(1);
  } finally {
    await db.close();
  }
  expect(existsSync(snapshot)).toBe(true);
  expect(gunzipSync(readFileSync(snapshot)).length).toBeGreaterThan(1_000_000); // a real data directory now
}, 60_000);
