import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import {
  longestCachedPrefix,
  openReplayCache,
  replayCacheDir,
  storeCacheEntry,
} from '../../src/sources/migrations/replay-cache.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';
import { replaySets } from '../../src/sources/migrations/replay-sets.js';
import { replaySqlite } from '../../src/sources/migrations/replay-sqlite.js';

const EXAMPLE = 'examples/shop/db/migrations';
const root = join(import.meta.dirname, '../..');

/** The example's files, and a few more that fail, warn and make findings: all of it must be reported again. */
function migrations(): Map<string, string> {
  const texts = new Map(
    readdirSync(join(root, EXAMPLE))
      .sort()
      .map((f) => [`${EXAMPLE}/${f}`, readFileSync(join(root, EXAMPLE, f), 'utf8')]),
  );
  texts.set(
    `${EXAMPLE}/000013_risky.up.sql`,
    [
      'CREATE INDEX customers_email_idx ON customers (email);',
      'ALTER TABLE customers ADD COLUMN tier text NOT NULL;',
      'CREATE TABLE broken (id int REFERENCES missing(id));',
      'CREATE TABLE (oops;',
      "INSERT INTO products (sku, name, price_cents) VALUES ('x', 'y', 1);",
    ].join('\n'),
  );
  // A session setting that the next files depend on: a resumed replay must put it back.
  texts.set(`${EXAMPLE}/000014_schema.up.sql`, 'CREATE SCHEMA billing;\nSET search_path TO billing, public;');
  texts.set(`${EXAMPLE}/000015_invoices.up.sql`, 'CREATE TABLE invoices (id bigint PRIMARY KEY, total int);');
  return texts;
}

const upFiles = (texts: Map<string, string>) => [...texts.keys()].filter((f) => !f.endsWith('.down.sql'));

/** The first `n` migrations (and every rollback file), as the repository looked `n` migrations in. */
function firstN(texts: Map<string, string>, n: number): Map<string, string> {
  const keep = new Set(upFiles(texts).slice(0, n));
  return new Map([...texts].filter(([f]) => keep.has(f) || f.endsWith('.down.sql')));
}

async function replay(texts: Map<string, string>, cacheDir?: string) {
  const { sets } = groupMigrations([...texts.keys()], () => 'whole');
  return replayPostgres(sets, texts, cacheDir ? { cache: openReplayCache(cacheDir) } : {});
}

/** Everything a replay hands on, byte for byte: key order and absent fields count too. */
const outcome = (r: Awaited<ReturnType<typeof replay>>) =>
  JSON.stringify({ facts: r.facts, diagnostics: r.diagnostics, findings: r.findings });

const newCacheDir = () => join(mkdtempSync(join(tmpdir(), 'ad-replay-cache-')), 'replay');

describe('incremental migration replay', () => {
  test('a new migration is the only one applied, and the result is a full replay’s', async () => {
    const texts = migrations();
    const total = upFiles(texts).length;
    const cache = newCacheDir();
    const first = await replay(firstN(texts, total - 1), cache);
    expect(first.stats).toEqual([{ dir: EXAMPLE, files: total - 1, restored: 0, applied: total - 1 }]);
    expect(readdirSync(cache).filter((f) => f.endsWith('.replay'))).toHaveLength(1);

    const incremental = await replay(texts, cache);
    expect(incremental.stats).toEqual([{ dir: EXAMPLE, files: total, restored: total - 1, applied: 1 }]);
    const full = await replay(texts);
    expect(full.stats).toEqual([{ dir: EXAMPLE, files: total, restored: 0, applied: total }]);
    expect(outcome(incremental)).toBe(outcome(full));
    // What the earlier files reported is there again, from the stored state.
    expect(full.diagnostics.filter((d) => d.file.endsWith('000013_risky.up.sql')).length).toBe(2);
    expect(full.findings.some((f) => f.rule === 'adding-required-field')).toBe(true);
    // The search_path set in 000014 held for 000015 in the resumed session too.
    expect(incremental.facts.tables.map((t) => t.id)).toContain('table:billing.invoices');

    const again = await replay(texts, cache);
    expect(again.stats).toEqual([{ dir: EXAMPLE, files: total, restored: total, applied: 0 }]);
    expect(outcome(again)).toBe(outcome(full));
  }, 180_000);

  test('an edited old migration replays the set in full', async () => {
    const texts = migrations();
    const total = upFiles(texts).length;
    const cache = newCacheDir();
    await replay(texts, cache);
    const edited = new Map(texts);
    const second = `${EXAMPLE}/000002_create_addresses.up.sql`;
    edited.set(second, `${texts.get(second)}\nALTER TABLE addresses ADD COLUMN floor int;\n`);
    const incremental = await replay(edited, cache);
    expect(incremental.stats).toEqual([{ dir: EXAMPLE, files: total, restored: 0, applied: total }]);
    const columns = incremental.facts.tables.find((t) => t.id === 'table:public.addresses')?.columns;
    expect(columns?.map((c) => c.name)).toContain('floor');
    expect(outcome(incremental)).toBe(outcome(await replay(edited)));
  }, 180_000);

  test('a damaged stored state is passed over: a full replay, the same result', async () => {
    const texts = migrations();
    const cache = newCacheDir();
    await replay(firstN(texts, 10), cache);
    const [entry] = readdirSync(cache).filter((f) => f.endsWith('.replay'));
    const bytes = readFileSync(join(cache, entry!));
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    writeFileSync(join(cache, entry!), bytes);
    const r = await replay(texts, cache);
    expect(r.stats[0]).toMatchObject({ restored: 0, applied: upFiles(texts).length });
    expect(outcome(r)).toBe(outcome(await replay(texts)));
    // A file that is not an entry at all (truncated to nothing) is passed over the same way.
    writeFileSync(join(cache, entry!), '');
    expect((await replay(firstN(texts, 12), cache)).stats[0]).toMatchObject({ restored: 0 });
  }, 180_000);

  test('a stored state the engine cannot load is passed over: a full replay, the same result', async () => {
    const texts = migrations();
    const dir = newCacheDir();
    await replay(firstN(texts, 10), dir);
    const [name] = readdirSync(dir).filter((f) => f.endsWith('.replay'));
    const hash = name!.replace(/^[0-9a-f]+-/, '').replace(/\.replay$/, '');
    const cache = openReplayCache(dir);
    const stored = await longestCachedPrefix(cache, `postgres ${EXAMPLE}`, ['', hash]);
    // An entry that checks out (its digest is right) but whose data directory is no tar at all.
    const junk = new Uint8Array(4 << 20).map((_, i) => (i * 7919) % 251);
    expect(await storeCacheEntry(cache, `postgres ${EXAMPLE}`, hash, { meta: stored!.entry.meta, state: junk })).toBe(
      true,
    );
    const r = await replay(texts, dir);
    expect(r.stats[0]).toMatchObject({ restored: 0, applied: upFiles(texts).length });
    expect(outcome(r)).toBe(outcome(await replay(texts)));
  }, 180_000);

  test('a cache folder that cannot be made changes nothing but the time', async () => {
    const texts = firstN(migrations(), 6);
    const blocker = join(mkdtempSync(join(tmpdir(), 'ad-replay-cache-')), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const cache = join(blocker, 'replay'); // under a regular file: mkdir fails even for root
    const first = await replay(texts, cache);
    const second = await replay(texts, cache);
    expect(second.stats[0]).toMatchObject({ restored: 0, applied: 6 });
    expect(outcome(first)).toBe(outcome(await replay(texts)));
    expect(outcome(second)).toBe(outcome(first));
  }, 180_000);

  test('a session holding a temporary table is not stored; the least recently used entries go', async () => {
    const texts = new Map([
      ['db/migrations/001_a.up.sql', 'CREATE TABLE a (id int);'],
      ['db/migrations/002_tmp.up.sql', 'CREATE TEMP TABLE scratch (id int);'],
      ['db/migrations/003_b.up.sql', 'CREATE TABLE b AS SELECT * FROM scratch;'],
    ]);
    const dir = newCacheDir();
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    await replayPostgres(sets, texts, { cache: openReplayCache(dir) });
    const r = await replayPostgres(sets, texts, { cache: openReplayCache(dir) });
    expect(r.stats[0]).toMatchObject({ restored: 0, applied: 3 });
    expect(r.facts.tables.map((t) => t.name)).toEqual(['a', 'b']);

    const cache = openReplayCache(newCacheDir(), 2);
    // Another set's entry is not pushed out by this set's: a monorepo's folders keep theirs each.
    const other = new Map([['app/migrations/001_x.up.sql', 'CREATE TABLE x (id int);']]);
    await replayPostgres(groupMigrations([...other.keys()], () => 'whole').sets, other, { cache });
    for (let i = 1; i <= 4; i++) {
      const one = new Map([[`db/migrations/00${i}_t.up.sql`, `CREATE TABLE t${i} (id int);`]]);
      await replayPostgres(groupMigrations([...one.keys()], () => 'whole').sets, one, { cache });
    }
    expect(readdirSync(cache.dir).filter((f) => f.endsWith('.replay'))).toHaveLength(3);
    const again = await replayPostgres(groupMigrations([...other.keys()], () => 'whole').sets, other, { cache });
    expect(again.stats[0]).toMatchObject({ restored: 1, applied: 0 });
  }, 180_000);

  test('replaySets passes the cache on and reports what it saved', async () => {
    const texts = firstN(migrations(), 3);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const cache = openReplayCache(newCacheDir());
    await replaySets(sets, texts, { placeholders: {}, cache });
    const r = await replaySets(sets, texts, { placeholders: {}, cache });
    expect(r.stats).toEqual([{ dir: EXAMPLE, files: 3, restored: 3, applied: 0 }]);
  }, 120_000);

  test('SQLite: only the new migration is applied, connection settings carry over, the same result', async () => {
    const texts = new Map([
      [
        'db/migrations/001_init.up.sql',
        'PRAGMA foreign_keys = ON;\nCREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT);',
      ],
      [
        'db/migrations/002_more.up.sql',
        'CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));\nCREATE TABLE (oops;\n' +
          'ALTER TABLE a DROP COLUMN name;',
      ],
      ['db/migrations/003_rename.up.sql', 'ALTER TABLE b RENAME TO bee;\nINSERT INTO a (id) VALUES (1);'],
      // Fails only while foreign keys are on (set in 001, a connection setting): a row for a missing parent.
      ['db/migrations/004_orphan.up.sql', 'INSERT INTO bee (id, a_id) VALUES (1, 42);\nCREATE TABLE c (x TEXT);'],
    ]);
    const sqlite = (t: Map<string, string>, cache?: ReturnType<typeof openReplayCache>) =>
      replaySqlite(
        groupMigrations([...t.keys()], () => 'whole', { dialect: 'sqlite' }).sets,
        t,
        cache ? { cache } : {},
      );
    const cache = openReplayCache(newCacheDir());
    const first = await sqlite(new Map([...texts].slice(0, 3)), cache);
    expect(first.stats).toEqual([{ dir: 'db/migrations', files: 3, restored: 0, applied: 3 }]);
    const incremental = await sqlite(texts, cache);
    expect(incremental.stats).toEqual([{ dir: 'db/migrations', files: 4, restored: 3, applied: 1 }]);
    const full = await sqlite(texts);
    expect(outcome(incremental)).toBe(outcome(full));
    expect(full.diagnostics.map((d) => d.file)).toContain('db/migrations/004_orphan.up.sql');
    expect(full.facts.tables.find((t) => t.name === 'bee')?.source?.file).toBe('db/migrations/003_rename.up.sql');
    const edited = new Map(texts).set('db/migrations/001_init.up.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);');
    expect((await sqlite(edited, cache)).stats[0]).toMatchObject({ restored: 0, applied: 4 });
  });

  test('the folder is ARCHITECT_DOCS_CACHE_DIR’s when set, else one in the temp folder', () => {
    expect(replayCacheDir({ ARCHITECT_DOCS_CACHE_DIR: '/srv/cache' })).toBe(join('/srv/cache', 'replay'));
    expect(replayCacheDir({})).toBe(join(tmpdir(), 'architect-docs-cache', 'replay'));
  });
});

describe('a replay too quick to be worth a stored state', () => {
  test('is not stored (a dump costs more than replaying it again); the next run replays it in full', async () => {
    const texts = migrations();
    const dir = newCacheDir();
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const cache = openReplayCache(dir, 3, 60_000);
    const first = await replayPostgres(sets, texts, { cache });
    const second = await replayPostgres(sets, texts, { cache });
    expect(second.stats[0]).toMatchObject({ restored: 0, applied: upFiles(texts).length });
    expect(outcome(second)).toBe(outcome(first));
    // Not even its folder was made.
    expect(existsSync(dir)).toBe(false);
  });
});
