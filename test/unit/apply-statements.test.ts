import { afterEach, describe, expect, test } from 'vitest';
import { applyStatements } from '../../src/sources/migrations/apply-statements.js';
import { bootFreshDatabase, type PGliteInstance } from '../../src/sources/migrations/boot-pglite.js';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';
import { readCatalog } from '../../src/sources/migrations/read-catalog.js';
import { type SqlStatement, splitStatements } from '../../src/sources/migrations/split-statements.js';

// Batching is an optimisation only: every test here holds the outcome to what running each
// statement alone in autocommit gives, on a real embedded PostgreSQL (PGlite).

const open: PGliteInstance[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.close();
});

/** Applies each text with its own applyStatements call (so batches never span two) on one database. */
async function apply(texts: string | string[], { alone = false } = {}) {
  const db = await bootFreshDatabase();
  open.push(db);
  const parser = await loadPgParser();
  const execs: string[] = [];
  const counting = {
    exec: (text: string) => {
      execs.push(text);
      return db.exec(text);
    },
  };
  const outcome: string[] = [];
  const hooks = {
    syntaxError: (st: SqlStatement) => void outcome.push(`syntax ${st.line}`),
    applied: (st: SqlStatement) => void outcome.push(`ok ${st.line}`),
    failed: (st: SqlStatement, err: unknown) => void outcome.push(`failed ${st.line}: ${(err as Error).message}`),
  };
  for (const sql of [texts].flat()) {
    const statements = splitStatements(parser, sql);
    if (alone) {
      // The reference: each statement on its own, as the replay did before batching.
      for (const st of statements) {
        if (st.syntaxError) hooks.syntaxError(st);
        else if (st.ast && 'TransactionStmt' in st.ast) continue;
        else
          await db.exec(st.text).then(
            () => hooks.applied(st),
            (err) => hooks.failed(st, err),
          );
      }
    } else await applyStatements(counting, statements, hooks);
  }
  return { outcome, execs, catalog: await readCatalog(db) };
}

describe('applyStatements', () => {
  test('statements that all apply go to the engine as one query', async () => {
    const sql = [
      'CREATE TABLE a (id int PRIMARY KEY);',
      'CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a(id)) -- the child',
      ';',
      'CREATE INDEX b_a_id_idx ON b (a_id);',
      "COMMENT ON TABLE b IS 'b; with a semicolon';",
    ].join('\n');
    const { outcome, execs, catalog } = await apply(sql);
    expect(outcome).toEqual(['ok 1', 'ok 2', 'ok 4', 'ok 5']);
    expect(execs).toHaveLength(1);
    expect(catalog.tables.find((t) => t.name === 'b')?.comment).toBe('b; with a semicolon');
  });

  test('a failure inside a batch is reported at its own statement; those around it still apply', async () => {
    const sql = [
      'BEGIN;',
      'CREATE TABLE a (id int PRIMARY KEY);',
      'CREATE TABLE c (a_id int REFERENCES missing(id));',
      'CREATE TABLE (oops;',
      'CREATE TABLE d (id int);',
      'ALTER TABLE a ADD COLUMN note text;',
      'COMMIT;',
    ].join('\n');
    const batched = await apply(sql);
    const alone = await apply(sql, { alone: true });
    expect(batched.outcome).toEqual([
      'ok 2',
      'failed 3: relation "missing" does not exist',
      'syntax 4',
      'ok 5',
      'ok 6',
    ]);
    expect(batched.outcome).toEqual(alone.outcome);
    expect(batched.catalog).toEqual(alone.catalog);
  });

  // Each would apply as one transaction without an error and yet differ from autocommit, or fails
  // only inside a transaction. Each is its own call, so no other one's failure hides a difference.
  const hazards: [string, string][] = [
    ['SET LOCAL', 'CREATE SCHEMA s1;\nSET LOCAL search_path = s1;\nCREATE TABLE where_1 (id int);'],
    [
      'set_config(…, true)',
      "CREATE SCHEMA s2;\nSELECT set_config('search_path', 's2', true);\nCREATE TABLE where_2 (id int);",
    ],
    [
      'a DO block',
      "CREATE SCHEMA s3;\nDO $$ BEGIN PERFORM set_config('search_path', 's3', true); END $$;\n" +
        'CREATE TABLE where_3 (id int);',
    ],
    [
      'ON COMMIT DROP',
      'CREATE TEMP TABLE scratch (id int) ON COMMIT DROP;\nCREATE TABLE kept AS SELECT * FROM scratch;',
    ],
    ['LOCK', 'CREATE TABLE p (id int);\nLOCK TABLE p;\nCREATE TABLE q (id int);'],
    [
      'a new enum value used at once',
      "CREATE TYPE mood AS ENUM ('ok');\nALTER TYPE mood ADD VALUE 'great';\n" +
        "CREATE TABLE people (id int, mood mood DEFAULT 'great');",
    ],
    [
      'CONCURRENTLY',
      'CREATE TABLE r (id int);\nCREATE INDEX CONCURRENTLY r_id_idx ON r (id);\nCREATE TABLE t (id int);',
    ],
  ];
  const names = hazards.map(([name]) => name).join(', ');
  test(`what differs inside a transaction gets the autocommit outcome: ${names}`, async () => {
    const sql = hazards.map(([, text]) => text);
    const batched = await apply(sql);
    const alone = await apply(sql, { alone: true });
    expect(batched.outcome).toEqual(alone.outcome);
    expect(batched.catalog).toEqual(alone.catalog);
    const tables = batched.catalog.tables.map((t) => t.id);
    for (const n of [1, 2, 3]) expect(tables).toContain(`table:public.where_${n}`);
    expect(batched.catalog.enums[0]?.values).toEqual(['ok', 'great']);
  });
});
