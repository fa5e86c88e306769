import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import { readCatalog } from '../../src/sources/migrations/read-catalog.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';

const EXAMPLE = 'examples/shop/db/migrations';
const root = join(import.meta.dirname, '../..');

function exampleTexts(): Map<string, string> {
  return new Map(
    readdirSync(join(root, EXAMPLE)).map((f) => [`${EXAMPLE}/${f}`, readFileSync(join(root, EXAMPLE, f), 'utf8')]),
  );
}

describe('replayPostgres', () => {
  test('the example migrations give the schema they describe, with file:line of each table', async () => {
    const texts = exampleTexts();
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayPostgres(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.migrations).toHaveLength(12);
    expect(facts.tables.map((t) => t.id)).toContain('table:public.orders');
    const customers = facts.tables.find((t) => t.id === 'table:public.customers')!;
    // The rename in migration 9 is applied: the catalog, not the CREATE text, is the truth.
    expect(customers.columns.map((c) => c.name)).toContain('display_name');
    expect(customers.columns.map((c) => c.name)).not.toContain('full_name');
    expect(customers.source?.file).toBe(`${EXAMPLE}/000001_create_customers.up.sql`);
    expect(facts.tables.find((t) => t.name === 'order_summaries')?.kind).toBe('view');
    const payFk = facts.foreignKeys.find((f) => f.table === 'table:public.payments')!;
    expect(payFk).toMatchObject({
      refTable: 'table:public.orders',
      childCardinality: 'zero-or-one',
      parentCardinality: 'exactly-one',
    });
    expect(facts.enums.find((e) => e.name === 'order_status')?.values.length).toBeGreaterThan(2);
  });

  test('failing statements are reported with file:line and the rest still apply', async () => {
    const texts = new Map([
      ['db/migrations/001_ok.up.sql', 'CREATE TABLE a (id int PRIMARY KEY);'],
      [
        'db/migrations/002_bad.up.sql',
        [
          'CREATE TABLE b (id int);',
          'CREATE TABLE (oops;',
          '',
          'CREATE TABLE c (a_id int REFERENCES missing(id));',
          'CREATE TABLE d (id int);',
        ].join('\n'),
      ],
      ['db/migrations/003_tx.up.sql', 'BEGIN;\nCREATE TABLE e (id int);\nCOMMIT;'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayPostgres(sets, texts);
    expect(facts.tables.map((t) => t.name)).toEqual(['a', 'b', 'd', 'e']);
    expect(diagnostics.map((d) => [d.severity, d.file, d.line])).toEqual([
      ['error', 'db/migrations/002_bad.up.sql', 2],
      ['warning', 'db/migrations/002_bad.up.sql', 4],
    ]);
    expect(diagnostics[1]!.message).toMatch(/relation "missing" does not exist/);
    expect(facts.migrations.map((m) => m.failed)).toEqual([0, 2, 0]);
  });

  test('matches a real PostgreSQL server replaying the same migrations (oracle)', async () => {
    const server = inject('postgresConnection');
    expect(server?.host, 'test/support/postgres-server.ts starts the PostgreSQL server').not.toBe('');
    const texts = exampleTexts();
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const ours = await replayPostgres(sets, texts);

    const admin = new pg.Client({ ...server, database: 'postgres' });
    await admin.connect();
    const dbName = `oracle_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const client = new pg.Client({ ...server, database: dbName });
    await client.connect();
    try {
      for (const f of sets[0]!.files) await client.query(texts.get(f.file)!);
      const theirs = await readCatalog(client);
      expect(ours.facts.tables).toEqual(
        theirs.tables.map((t) => ({ ...t, source: ours.facts.tables.find((o) => o.id === t.id)?.source })),
      );
      expect(ours.facts.foreignKeys).toEqual(theirs.foreignKeys);
      expect(ours.facts.indexes).toEqual(theirs.indexes);
      expect(ours.facts.enums).toEqual(theirs.enums);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE ${dbName}`);
      await admin.end();
    }
  });
});
