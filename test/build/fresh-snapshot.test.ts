import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { expect, test } from 'vitest';
// @ts-expect-error: plain .mjs build scripts, no typings
import { readTar, writeTar } from '../../scripts/deterministic-tar.mjs';
// @ts-expect-error: plain .mjs build scripts, no typings
import { compressSnapshot, freshDataDirTar } from '../../scripts/fresh-pglite-snapshot.mjs';
import { PROJECT_ROOT } from '../support/action-runner.js';

// dist/ must equal a fresh build (test/build/dist-is-fresh.test.ts), so the fresh-database
// snapshot the build ships must come out byte for byte the same every time it is made.
const PGLITE_DIST = join(PROJECT_ROOT, 'node_modules/@electric-sql/pglite/dist');

test('two builds of the fresh-database snapshot are byte-identical, and it boots', async () => {
  const first = freshDataDirTar(PGLITE_DIST) as Buffer;
  const second = freshDataDirTar(PGLITE_DIST) as Buffer;
  expect(second.equals(first)).toBe(true);
  const compressed = compressSnapshot(first) as Buffer;
  expect((compressSnapshot(second) as Buffer).equals(compressed)).toBe(true);
  expect(brotliDecompressSync(compressed).equals(first)).toBe(true);

  const names = (readTar(first) as { name: string }[]).map((e) => e.name);
  expect(names).toContain('/global/pg_control');
  expect(names).toContain('/PG_VERSION');
  // The re-pack is a fixed point: what it writes it reads back to the same bytes.
  expect((writeTar(readTar(first)) as Buffer).equals(first)).toBe(true);

  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ loadDataDir: new Blob([first]) });
  try {
    await db.exec('CREATE TABLE probe (id int PRIMARY KEY)');
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'probe'",
    );
    expect(rows[0]!.n).toBe(1);
  } finally {
    await db.close();
  }
}, 120_000);
