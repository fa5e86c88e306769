// The SQLite replay (sql.js, real SQLite in WASM) against its oracle, the real `sqlite3` shell:
// for every migration set, the same files applied by the shell to a database file must give the
// same tables, columns (name, type, nullable, default), primary keys, foreign keys with actions
// and indexes (columns, unique, partial, CREATE text) as the replay reports. The sets are the
// fixtures under test/fixtures/sqlite/ (golang-migrate, goose and dbmate layouts) and, when the
// corpus cache holds Debian's pdns-backend-sqlite3, PowerDNS's schema and upgrade scripts.
//
// Without the shell (ARCHITECT_DOCS_SQLITE3, default /usr/bin/sqlite3) the oracle tests FAIL when
// CI is set and are SKIPPED otherwise, saying so. The rest of this file needs only sql.js.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SchemaFacts } from '../../src/facts/model.js';
import { loadSqlJs } from '../../src/sources/migrations/load-sqljs.js';
import {
  groupMigrations,
  type MigrationSet,
  sectionFromContent,
} from '../../src/sources/migrations/migration-layout.js';
import { replaySqlite } from '../../src/sources/migrations/replay-sqlite.js';
import { PROJECT_ROOT } from '../support/action-runner.js';
import { applyWithSqlite3, comparableFacts, SQLITE3_PATH, sqlite3Installed } from '../support/sqlite-oracle.js';

const FIXTURES = 'test/fixtures/sqlite';

function filesUnder(dir: string): string[] {
  return readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.sql'))
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .sort();
}

/** A fixture folder as discovery would hand it over: its migration sets and file texts. */
function fixtureSet(name: string): { sets: MigrationSet[]; texts: Map<string, string> } {
  const files = filesUnder(`${FIXTURES}/${name}`);
  const texts = new Map(files.map((f) => [f, readFileSync(join(PROJECT_ROOT, f), 'utf8')]));
  const { sets } = groupMigrations(files, (f) => sectionFromContent(texts.get(f)!));
  return { sets, texts };
}

/** What the migration tool itself runs of a file: dbmate and goose stop at the down section. */
function upPart(text: string): string {
  return text.split(/^--\s*(?:\+goose\s+Down|migrate:down)\b/im)[0]!;
}

function setOf(dir: string, files: string[]): MigrationSet {
  return {
    dir,
    layout: 'folder',
    files: files.map((file, n) => ({ file, version: String(n + 1), section: 'whole' as const })),
  };
}

const totals = (facts: SchemaFacts) => ({
  tables: facts.tables.length,
  columns: facts.tables.reduce((n, t) => n + t.columns.length, 0),
});

/** One row per oracle comparison, printed at the end: set, files, tables/columns, equal. */
const report: string[] = [];
// Compiling the WASM module happens once per process: timed apart, so the sets' times are replays.
beforeAll(async () => {
  const started = performance.now();
  await loadSqlJs();
  console.info(`sql.js WASM load: ${(performance.now() - started).toFixed(0)} ms`);
});
afterAll(() => {
  if (report.length > 0)
    console.info(['| set | files | tables / columns | equal to sqlite3 |', '|---|---|---|---|', ...report].join('\n'));
});

/**
 * Replays a set, applies the same files with the shell, and expects the two catalogs to be equal
 * and the same number of statements to fail in each file.
 */
async function expectOracleEqual(label: string, sets: MigrationSet[], texts: Map<string, string>) {
  const started = performance.now();
  const { facts, diagnostics } = await replaySqlite(sets, texts);
  const replayMs = performance.now() - started;
  const files = sets.flatMap((s) => s.files.map((f) => f.file));
  const oracle = await applyWithSqlite3(files.map((f) => upPart(texts.get(f)!)));
  const ours = comparableFacts(facts);
  const equal = JSON.stringify(ours) === JSON.stringify(oracle.catalog);
  const { tables, columns } = totals(facts);
  report.push(`| ${label} | ${files.length} | ${tables} / ${columns} | ${equal ? 'yes' : 'no'} |`);
  console.info(`${label}: replay ${replayMs.toFixed(0)} ms, sqlite3 shell ${oracle.ms.toFixed(0)} ms`);
  expect(ours).toEqual(oracle.catalog);
  const failedByFile = (n: number) => oracle.failures.filter((f) => f.file === n).length;
  expect(facts.migrations.map((m) => m.failed)).toEqual(files.map((_, n) => failedByFile(n)));
  return { facts, diagnostics, oracle, replayMs };
}

const inCi = process.env.CI === 'true' || process.env.CI === '1';
const missing = !sqlite3Installed();

describe.runIf(missing && inCi)('sqlite3 for the SQLite oracle tests (CI)', () => {
  test('is installed', () => {
    throw new Error(
      `no sqlite3 shell at ${SQLITE3_PATH}: the SQLite replay's oracle tests need it in CI ` +
        '(Debian/Ubuntu: `apt-get install -y sqlite3`; ARCHITECT_DOCS_SQLITE3 names another binary)',
    );
  });
});

if (missing && !inCi)
  console.warn(`replay-sqlite: no sqlite3 at ${SQLITE3_PATH}; skipping the oracle tests (they fail when CI is set)`);

const CORPUS = process.env.ARCHITECT_DOCS_CORPUS || join(homedir(), '.cache', 'architect-docs-corpus');
const pdnsPackage = existsSync(join(CORPUS, 'deb'))
  ? readdirSync(join(CORPUS, 'deb')).find((d) => d.startsWith('pdns-backend-sqlite3-'))
  : undefined;
const PDNS_SCHEMA = pdnsPackage ? join(CORPUS, 'deb', pdnsPackage, 'usr/share/pdns-backend-sqlite3/schema') : '';
if (!pdnsPackage)
  console.warn(
    `replay-sqlite: no pdns-backend-sqlite3 in the corpus cache (${CORPUS}/deb); skipping the PowerDNS sets ` +
      '(`node scripts/fetch-corpus.mjs` fills the cache)',
  );

/** The PowerDNS files, keyed by a repo-like path so diagnostics read naturally. */
function pdnsTexts(names: string[]): Map<string, string> {
  return new Map(names.map((n) => [`pdns/schema/${n}`, readFileSync(join(PDNS_SCHEMA, n), 'utf8')]));
}

// The package ships the current schema and the upgrade scripts from 3.x on, not the 3.x schema
// itself. These are the tables the 3.x → 3.4.0 upgrade (without DNSSEC) starts from, as its
// statements and the next upgrades' column lists need them. Written for this test.
const PDNS_3X_BASE = `CREATE TABLE domains (
  id              INTEGER PRIMARY KEY,
  name            VARCHAR(255) NOT NULL COLLATE NOCASE,
  master          VARCHAR(128) DEFAULT NULL,
  last_check      INTEGER DEFAULT NULL,
  type            VARCHAR(6) NOT NULL,
  notified_serial INTEGER DEFAULT NULL,
  account         VARCHAR(40) DEFAULT NULL
);
CREATE UNIQUE INDEX name_index ON domains(name);

CREATE TABLE records (
  id          INTEGER PRIMARY KEY,
  domain_id   INTEGER DEFAULT NULL,
  name        VARCHAR(255) DEFAULT NULL,
  type        VARCHAR(10) DEFAULT NULL,
  content     VARCHAR(65535) DEFAULT NULL,
  ttl         INTEGER DEFAULT NULL,
  prio        INTEGER DEFAULT NULL,
  change_date INTEGER DEFAULT NULL
);
CREATE INDEX rec_name_index ON records(name);
CREATE INDEX nametype_index ON records(name, type);
CREATE INDEX domain_id ON records(domain_id);

CREATE TABLE supermasters (
  ip         VARCHAR(64) NOT NULL,
  nameserver VARCHAR(255) NOT NULL COLLATE NOCASE,
  account    VARCHAR(40) DEFAULT NULL
);
`;

const PDNS_UPGRADES = [
  'nodnssec-3.x_to_3.4.0_schema.sqlite3.sql',
  '3.4.0_to_4.0.0_schema.sqlite3.sql',
  '4.0.0_to_4.2.0_schema.sqlite3.sql',
  '4.2.0_to_4.3.0_schema.sqlite3.sql',
  '4.3.0_to_4.3.1_schema.sqlite3.sql',
  '4.3.1_to_4.7.0_schema.sqlite3.sql',
];

describe.skipIf(missing)('replaySqlite equals the sqlite3 shell', () => {
  test('shop (golang-migrate): FKs with actions, composite key, partial index, view, ALTERs, a rebuild', async () => {
    const { sets, texts } = fixtureSet('shop');
    expect(sets).toHaveLength(1);
    const { facts, diagnostics } = await expectOracleEqual('fixtures/shop', sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.tables.map((t) => t.name)).toEqual([
      'customers',
      'order_events',
      'order_items',
      'order_totals',
      'orders',
      'products',
    ]);
    const customers = facts.tables.find((t) => t.name === 'customers')!;
    expect(customers.columns.map((c) => c.name)).toEqual([
      'id',
      'email',
      'display_name',
      'created_at',
      'marketing_opt_in',
    ]);
  });

  test('teams (goose): WITHOUT ROWID, named and composite FKs, expression index, quoted names, trigger', async () => {
    const { sets, texts } = fixtureSet('teams');
    const { facts, diagnostics } = await expectOracleEqual('fixtures/teams', sets, texts);
    expect(diagnostics).toEqual([]);
    // The down sections were not replayed: users and the trigger's table are still there.
    expect(facts.tables.map((t) => t.name)).toEqual(['Audit Log', 'invites', 'memberships', 'teams', 'users']);
  });

  test('notes (dbmate): table and column renames, a rebuild behind a view, WITHOUT ROWID tags', async () => {
    const { sets, texts } = fixtureSet('notes');
    const { facts, diagnostics } = await expectOracleEqual('fixtures/notes', sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.tables.map((t) => t.name)).toEqual(['folders', 'note_tags', 'notes', 'pinned_notes', 'tags']);
  });

  test('a syntax error and failing statements mid-file: the same statements fail in both', async () => {
    const file = 'db/migrations/002_bad.up.sql';
    const texts = new Map([
      ['db/migrations/001_ok.up.sql', 'CREATE TABLE a (id INTEGER PRIMARY KEY);\n'],
      [
        file,
        [
          'CREATE TABLE b (id INTEGER);', // 1
          'CREATE TABLE c (', // 2
          '  x INTEGER,', // 3
          '  y y y y,,', // 4: the syntax error
          '  z TEXT', // 5
          ');', // 6
          'INSERT INTO missing VALUES (1);', // 7: fails at run time
          'CREATE TABLE d (a_id INTEGER REFERENCES a (id));', // 8
          "CREATE TABLE 'e' (v TEXT DEFAULT 'semi;colon');", // 9
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics, oracle } = await expectOracleEqual('syntax error mid-file', sets, texts);
    expect(facts.tables.map((t) => t.name)).toEqual(['a', 'b', 'd', 'e']);
    expect(diagnostics.map((d) => [d.severity, d.file, d.line, d.message])).toEqual([
      ['error', file, 4, 'syntax error near ","'],
      ['warning', file, 7, 'statement failed in replay and was skipped: no such table: missing'],
    ]);
    // The shell names the line each failed statement starts on; the replay names the error's own.
    expect(oracle.failures.map((f) => [f.file, f.line])).toEqual([
      [1, 2],
      [1, 7],
    ]);
  });

  test('failing data statements in a run of them: rows end up as autocommit leaves them', async () => {
    // The replay runs consecutive data statements in one transaction; a failure that rolls the
    // whole transaction back (ON CONFLICT ROLLBACK) or a COMMIT that fails (a deferred foreign
    // key) must leave the same rows as autocommit does. Which rows exist decides whether the
    // unique indexes after them can be built, so the catalogs tell.
    const file = 'db/migrations/001_seed.up.sql';
    const texts = new Map([
      [
        file,
        [
          'CREATE TABLE t (k TEXT UNIQUE ON CONFLICT ROLLBACK, g TEXT);',
          "INSERT INTO t VALUES ('x', 'g1');",
          "INSERT INTO t VALUES ('x', 'g2');", // 3: fails (and would take the transaction with it)
          "INSERT INTO t VALUES ('y', 'g1');",
          'CREATE UNIQUE INDEX t_g ON t (g);', // 5: fails: both g1 rows are there
          'CREATE TABLE p (id INTEGER PRIMARY KEY);',
          'CREATE TABLE c (id INTEGER PRIMARY KEY,',
          '  p_id INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED, g TEXT);',
          'PRAGMA foreign_keys = ON;',
          'INSERT INTO p VALUES (1);',
          "INSERT INTO c VALUES (1, 1, 'a');",
          "INSERT INTO c VALUES (2, 99, 'b');", // 12: fails (its deferred foreign key)
          "INSERT INTO c VALUES (3, 1, 'b');",
          "INSERT INTO c VALUES (3, 1, 'c');", // 14: fails (primary key)
          'CREATE UNIQUE INDEX c_g ON c (g);', // succeeds: the b of line 12 is not there
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await expectOracleEqual('data statements failing', sets, texts);
    expect(diagnostics.map((d) => d.line)).toEqual([3, 5, 12, 14]);
    expect(facts.indexes.map((i) => i.name)).toEqual(['c_g', 'sqlite_autoindex_t_1']);
  });

  test.skipIf(!pdnsPackage)("PowerDNS's schema (Debian pdns-backend-sqlite3) as installed fresh", async () => {
    const texts = pdnsTexts(['schema.sqlite3.sql']);
    const { facts, diagnostics } = await expectOracleEqual(
      `${pdnsPackage} schema`,
      [setOf('pdns/schema', [...texts.keys()])],
      texts,
    );
    expect(diagnostics).toEqual([]);
    expect(facts.tables.map((t) => t.name)).toEqual([
      'comments',
      'cryptokeys',
      'domainmetadata',
      'domains',
      'records',
      'supermasters',
      'tsigkeys',
    ]);
    expect(facts.foreignKeys.filter((f) => f.onDelete === 'CASCADE' && f.onUpdate === 'CASCADE')).toHaveLength(4);
  });

  test.skipIf(!pdnsPackage)("PowerDNS's upgrade scripts from 3.x to 4.7, in order", async () => {
    const texts = new Map([['pdns/schema/3.x-base.sql', PDNS_3X_BASE], ...pdnsTexts(PDNS_UPGRADES)]);
    const { facts, diagnostics } = await expectOracleEqual(
      `${pdnsPackage} 3.x → 4.7 upgrades`,
      [setOf('pdns/schema', [...texts.keys()])],
      texts,
    );
    expect(diagnostics).toEqual([]);
    // The upgraded database has the fresh 4.7 schema's tables and columns.
    const freshTexts = pdnsTexts(['schema.sqlite3.sql']);
    const fresh = await replaySqlite([setOf('pdns/schema', [...freshTexts.keys()])], freshTexts);
    const shape = (f: SchemaFacts) => f.tables.map((t) => `${t.name}(${t.columns.map((c) => c.name).join(',')})`);
    expect(shape(facts)).toEqual(shape(fresh.facts));
  });

  test.skipIf(!pdnsPackage)("PowerDNS's bind-dnssec schema and its 4.2 → 4.3 upgrade", async () => {
    const texts = pdnsTexts(['bind-dnssec.schema.sqlite3.sql', 'bind-dnssec.4.2.0_to_4.3.0_schema.sqlite3.sql']);
    const { diagnostics } = await expectOracleEqual(
      `${pdnsPackage} bind-dnssec`,
      [setOf('pdns/schema', [...texts.keys()])],
      texts,
    );
    expect(diagnostics).toEqual([]);
  });
});

describe('replaySqlite', () => {
  test('ids, dialect, file:line of each table, rollbacks, key facts', async () => {
    const { sets, texts } = fixtureSet('shop');
    const { facts, findings } = await replaySqlite(sets, texts);
    const dir = `${FIXTURES}/shop/db/migrations`;
    expect(facts.dialect).toBe('sqlite');
    expect(facts.migrations.map((m) => [relative(dir, m.file), m.order, m.rollback !== undefined])).toEqual([
      ['000001_create_customers.up.sql', 1, true],
      ['000002_create_products.up.sql', 2, false],
      ['000003_create_orders.up.sql', 3, false],
      ['000004_create_order_items.up.sql', 4, false],
      ['000005_customers_phone_and_name.up.sql', 5, true],
      ['000006_order_totals_view.up.sql', 6, false],
      ['000007_rebuild_orders.up.sql', 7, false],
      ['000008_drop_customers_phone.up.sql', 8, false],
      ['000009_orders_touch_trigger.up.sql', 9, false],
    ]);
    const table = (name: string) => facts.tables.find((t) => t.name === name)!;
    expect(table('customers')).toMatchObject({
      id: 'table:main.customers',
      schema: 'main',
      kind: 'table',
      primaryKey: ['id'],
      source: { file: `${dir}/000001_create_customers.up.sql`, line: 2 },
    });
    // The rowid alias is never NULL; a rebuilt table's source is the rename that finished it.
    expect(table('customers').columns[0]).toEqual({
      id: 'column:main.customers.id',
      name: 'id',
      type: 'INTEGER',
      nullable: false,
    });
    expect(table('orders').source).toEqual({ file: `${dir}/000007_rebuild_orders.up.sql`, line: 20 });
    expect(table('order_totals')).toMatchObject({ kind: 'view', source: { line: 1 } });
    expect(table('order_items').primaryKey).toEqual(['order_id', 'sku']);
    expect(table('products').columns.find((c) => c.name === 'description')).toMatchObject({ default: "''" });
    expect(facts.foreignKeys.map((f) => f.id)).toEqual([
      'fk:main.order_events(order_id)->main.orders(id)',
      'fk:main.order_items(order_id)->main.orders(id)',
      'fk:main.order_items(sku)->main.products(sku)',
      'fk:main.orders(customer_id)->main.customers(id)',
    ]);
    expect(facts.foreignKeys.find((f) => f.id.startsWith('fk:main.order_items(sku)'))).toMatchObject({
      name: '',
      table: 'table:main.order_items',
      refTable: 'table:main.products',
      refColumns: ['sku'],
      onDelete: 'RESTRICT',
      onUpdate: 'CASCADE',
      childCardinality: 'zero-or-more',
      parentCardinality: 'exactly-one',
    });
    const pending = facts.indexes.find((i) => i.name === 'orders_one_pending')!;
    expect(pending).toMatchObject({ id: 'index:main.orders_one_pending', columns: ['customer_id'], unique: true });
    expect(pending.definition).toMatch(/WHERE status = 'pending'$/);
    expect(facts.indexes.find((i) => i.name === 'sqlite_autoindex_products_1')).toMatchObject({
      primary: true,
      unique: true,
      definition: 'PRIMARY KEY (sku)',
    });
    expect(facts.indexes.find((i) => i.name === 'sqlite_autoindex_customers_1')).toMatchObject({
      primary: false,
      definition: 'UNIQUE (email)',
    });
    // Tables that exist before the file: renaming and dropping columns are findings; the rebuild's
    // DROP TABLE is not (the file makes `orders` again).
    expect(findings.map((f) => [f.rule, relative(dir, f.source.file), f.source.line, f.factIds])).toEqual([
      ['renaming-column', '000005_customers_phone_and_name.up.sql', 3, ['table:main.customers']],
      ['ban-drop-column', '000008_drop_customers_phone.up.sql', 1, ['table:main.customers']],
    ]);
  });

  test('named FKs, composite FKs, expression keys, cardinality', async () => {
    const { sets, texts } = fixtureSet('teams');
    const { facts } = await replaySqlite(sets, texts);
    const fk = (prefix: string) => facts.foreignKeys.find((f) => f.id.startsWith(prefix))!;
    expect(fk('fk:main.memberships(team_id)')).toMatchObject({
      name: 'memberships_team_fk',
      onDelete: 'CASCADE',
      childCardinality: 'zero-or-more',
      parentCardinality: 'exactly-one',
    });
    expect(fk('fk:main.Audit Log(actor_id)')).toMatchObject({
      name: 'audit_actor_fk',
      refColumns: ['id'],
      onDelete: 'SET NULL',
      parentCardinality: 'zero-or-one',
    });
    expect(fk('fk:main.invites(team_id,invited_by)')).toMatchObject({
      refTable: 'table:main.memberships',
      refColumns: ['team_id', 'user_id'],
    });
    expect(facts.indexes.find((i) => i.name === 'users_email_lower')?.columns).toEqual(['lower(email)', 'name']);
    // INTEGER PRIMARY KEY DESC is not the rowid (SQLite's documented quirk): it has its own index.
    const invites = facts.tables.find((t) => t.name === 'invites')!;
    expect(invites.columns.find((c) => c.name === 'id')?.nullable).toBe(true);
    expect(invites.columns.map((c) => c.name)).toContain('email_domain');
  });

  test('an empty file, a blank one and a comment-only one hold no statement and say nothing', async () => {
    const texts = new Map([
      ['m/001_empty.sql', ''],
      ['m/002_blank.sql', '\n\n   \n'],
      ['m/003_comments.sql', '-- nothing for SQLite here\n/* really */\n;\n'],
      ['m/004_table.sql', 'CREATE TABLE t (x)'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.migrations.map((m) => m.statements)).toEqual([0, 0, 0, 1]);
    expect(facts.tables.map((t) => [t.name, t.columns[0]?.type])).toEqual([['t', '']]);
  });

  test('a non-UTF-8 file (decoded with replacement characters, NULs) is reported, not a crash', async () => {
    const latin1 = Buffer.from("CREATE TABLE caf\xe9 (x TEXT DEFAULT 'cr\xe8me');\nCREATE TABLE ok (y);\n", 'latin1');
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x43, 0x00, 0x52, 0x3b, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    const texts = new Map([
      ['m/001_latin1.sql', latin1.toString('utf8')],
      ['m/002_binary.sql', `${binary.toString('utf8')};\nCREATE TABLE after_garbage (z);\n`],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    // U+FFFD is an identifier character to SQLite: `caf\uFFFD` is a valid (odd) table name.
    expect(facts.tables.map((t) => t.name)).toEqual(['after_garbage', 'caf\uFFFD', 'ok']);
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.message])).toEqual([
      ['m/002_binary.sql', 1, 'error', expect.stringMatching(/NUL character/)],
      ['m/002_binary.sql', 2, 'error', 'syntax error near "\uFFFDPNG"'],
    ]);
  });

  test('dbmate and goose down sections are not replayed; up sections keep their file lines', async () => {
    const text =
      '-- migrate:up\n\nCREATE TABLE kept (id INTEGER);\nCREATE TABLE (broken;\n-- migrate:down\nDROP TABLE kept;\n';
    const texts = new Map([['db/migrations/20240101000000_x.sql', text]]);
    const { sets } = groupMigrations([...texts.keys()], (f) => sectionFromContent(texts.get(f)!));
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(facts.tables.map((t) => [t.name, t.source?.line])).toEqual([['kept', 3]]);
    expect(facts.migrations[0]).toMatchObject({
      statements: 2,
      failed: 1,
      rollback: 'db/migrations/20240101000000_x.sql',
    });
    expect(diagnostics.map((d) => d.line)).toEqual([4]);
  });

  test('shell commands: settings pass silently, the others get a notice', async () => {
    const texts = new Map([['m/001_x.sql', '.bail on\n.headers on\nCREATE TABLE t (x);\n.read other.sql\n']]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(facts.tables.map((t) => t.name)).toEqual(['t']);
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      ['notice', 4, 'sqlite3 shell command ".read other.sql" is not replayed (only SQL is)'],
    ]);
  });

  test('what this SQLite cannot do, and references to tables never made, are said', async () => {
    const texts = new Map([
      [
        'm/001_x.sql',
        [
          'CREATE VIRTUAL TABLE docs USING fts5(title, body);',
          'CREATE TABLE child (parent_id INTEGER REFERENCES parent (id));',
          'CREATE TABLE t{{ .Suffix }} (x);',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(facts.tables.map((t) => t.name)).toEqual(['child']);
    expect(facts.foreignKeys).toEqual([]);
    expect(diagnostics.map((d) => [d.severity, d.file, d.line, d.message])).toEqual([
      [
        'warning',
        'm/001_x.sql',
        3,
        'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written',
      ],
      ['warning', 'm/001_x.sql', 1, 'statement failed in replay and was skipped: no such module: fts5'],
      ['error', 'm/001_x.sql', 3, 'syntax error: unrecognized token "{"'],
      ['warning', 'm', undefined, 'table:main.child has a foreign key to parent, which the migrations never create'],
    ]);
  });

  test('a view over a dropped table keeps its name and says why it has no columns', async () => {
    const texts = new Map([['m/001_x.sql', 'CREATE TABLE t (x);\nCREATE VIEW v AS SELECT x FROM t;\nDROP TABLE t;\n']]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(facts.tables.map((t) => [t.name, t.kind, t.columns.length])).toEqual([['v', 'view', 0]]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^table:main\.v: its columns cannot be read \(.*no such table: main\.t/),
    ]);
  });

  test('bookkeeping and internal tables are not documented', async () => {
    const texts = new Map([
      [
        'm/001_x.sql',
        'CREATE TABLE schema_migrations (version TEXT PRIMARY KEY);\n' +
          'CREATE TABLE goose_db_version (id INTEGER PRIMARY KEY AUTOINCREMENT, version_id INTEGER);\n' +
          'INSERT INTO goose_db_version (version_id) VALUES (1);\nANALYZE;\n' +
          'CREATE TABLE app (id INTEGER PRIMARY KEY);\n',
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts } = await replaySqlite(sets, texts);
    expect(facts.tables.map((t) => t.name)).toEqual(['app']);
  });

  describe('finding rules (one positive, one negative each)', () => {
    const base = 'CREATE TABLE a (id INTEGER PRIMARY KEY, old TEXT, gone TEXT);\nCREATE TABLE b (id INTEGER);\n';
    async function findingsOf(second: string, sameFile = false) {
      const texts = new Map(
        sameFile
          ? [['m/001_x.sql', base + second]]
          : [
              ['m/001_x.sql', base],
              ['m/002_y.sql', second],
            ],
      );
      const { sets } = groupMigrations([...texts.keys()], () => 'whole');
      const { findings, diagnostics } = await replaySqlite(sets, texts);
      expect(diagnostics).toEqual([]);
      return findings.map((f) => [f.rule, f.source.line, f.factIds]);
    }

    test('renaming-column', async () => {
      expect(await findingsOf('ALTER TABLE a RENAME COLUMN old TO new;')).toEqual([
        ['renaming-column', 1, ['table:main.a']],
      ]);
      expect(await findingsOf('ALTER TABLE a RENAME old TO new;', true)).toEqual([]);
    });

    test('renaming-table', async () => {
      expect(await findingsOf('ALTER TABLE "b" RENAME TO c;')).toEqual([['renaming-table', 1, []]]);
      expect(await findingsOf('CREATE TABLE d (x);\nALTER TABLE d RENAME TO e;')).toEqual([]);
    });

    test('ban-drop-column', async () => {
      expect(await findingsOf('ALTER TABLE A DROP COLUMN gone;')).toEqual([['ban-drop-column', 1, ['table:main.a']]]);
      expect(await findingsOf('ALTER TABLE a DROP gone;', true)).toEqual([]);
    });

    test('ban-drop-table', async () => {
      expect(await findingsOf('DROP TABLE IF EXISTS main.b;')).toEqual([['ban-drop-table', 1, []]]);
      // A table rebuild, and dropping what is not there, are not drops.
      const rebuild = 'CREATE TABLE b_new (id INTEGER NOT NULL);\nDROP TABLE b;\nALTER TABLE b_new RENAME TO b;';
      expect(await findingsOf(rebuild)).toEqual([]);
      expect(await findingsOf('DROP TABLE IF EXISTS never_made;')).toEqual([]);
    });
  });
});
