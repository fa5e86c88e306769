import pg from 'pg';
import { describe, expect, inject, test } from 'vitest';
import { groupMigrations, sectionFromContent } from '../../src/sources/migrations/migration-layout.js';
import { sniffDialect } from '../../src/sources/migrations/migration-dialects.js';
import { substitutePlaceholders } from '../../src/sources/migrations/migration-placeholders.js';
import { readCatalog } from '../../src/sources/migrations/read-catalog.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';
import { replaySets } from '../../src/sources/migrations/replay-sets.js';

// Migrations as real repositories keep them: each tool's ordering rule, folders with one file per
// dialect, templated SQL, the tool's bookkeeping table, roles and extensions, partitions.

const files = (names: string[], dir = 'db/migrations') => names.map((n) => `${dir}/${n}`);
const order = (names: string[], dir?: string) =>
  groupMigrations(files(names, dir), () => 'whole').sets[0]!.files.map((f) => f.file.split('/').pop());

describe('each layout orders its files by its own rule', () => {
  test('golang-migrate: numeric versions, downs kept apart', () => {
    expect(order(['10_b.up.sql', '2_a.up.sql', '2_a.down.sql', '1_init.up.sql'])).toEqual([
      '1_init.up.sql',
      '2_a.up.sql',
      '10_b.up.sql',
    ]);
  });

  test('Flyway: versions compared part by part, repeatables last by description, undo never replayed', () => {
    expect(
      order(['R__views.sql', 'V2__c.sql', 'V1_10__b.sql', 'V1_2__a.sql', 'U2__c.sql', 'R__audit.sql', 'V1__init.sql']),
    ).toEqual(['V1__init.sql', 'V1_2__a.sql', 'V1_10__b.sql', 'V2__c.sql', 'R__audit.sql', 'R__views.sql']);
  });

  test('timestamped folders (Supabase, Atlas, sqlx) and Prisma folders', () => {
    expect(order(['20240102000000_b.sql', '20240101000000_a.sql'], 'supabase/migrations')).toEqual([
      '20240101000000_a.sql',
      '20240102000000_b.sql',
    ]);
    const prisma = groupMigrations(
      ['prisma/migrations/20240201_b/migration.sql', 'prisma/migrations/20240101_a/migration.sql'],
      () => 'whole',
    ).sets[0]!;
    expect(prisma.layout).toBe('prisma');
    expect(prisma.files.map((f) => f.version)).toEqual(['20240101', '20240201']);
  });

  test('a schema dump (Rails db/structure.sql) is a set of its own', () => {
    const { sets, unplaced } = groupMigrations(['db/structure.sql'], () => 'whole');
    expect(unplaced).toEqual([]);
    expect(sets[0]).toMatchObject({ dir: 'db', layout: 'dump' });
  });

  test('goose and dbmate keep up and down in one file', () => {
    expect(sectionFromContent('-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;')).toBe(
      'goose-up',
    );
    expect(sectionFromContent('-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n')).toBe('dbmate-up');
  });
});

describe('a folder with one file per dialect replays one dialect', () => {
  const popx = [
    '20200101_networks.up.sql',
    '20200101_networks.postgres.up.sql',
    '20200101_networks.mysql.up.sql',
    '20200101_networks.sqlite3.up.sql',
    '20200101_networks.cockroach.up.sql',
    '20200101_networks.postgres.down.sql',
    '20200102_identities.postgres.up.sql',
    '20200102_identities.mysql.up.sql',
    '20200103_index.autocommit.up.sql',
  ];

  test('PostgreSQL and the neutral files by default; the others apart', () => {
    const set = groupMigrations(files(popx), () => 'whole').sets[0]!;
    expect(set.dialect).toBe('postgres');
    // The PostgreSQL file of a migration stands in for its neutral one; a neutral file alone is replayed.
    expect(set.files.map((f) => f.file.split('/').pop())).toEqual([
      '20200101_networks.postgres.up.sql',
      '20200102_identities.postgres.up.sql',
      '20200103_index.autocommit.up.sql',
    ]);
    expect(set.otherDialects?.tags).toEqual(['cockroach', 'mysql', 'sqlite']);
    expect(set.otherDialects?.files).toHaveLength(5);
  });

  test('the configured dialect when set', () => {
    const set = groupMigrations(files(popx), () => 'whole', { dialect: 'mysql' }).sets[0]!;
    expect(set.dialect).toBe('mysql');
    expect(set.files.map((f) => f.file.split('/').pop())).toContain('20200102_identities.mysql.up.sql');
  });

  test('one notice says what was left out and how to choose', async () => {
    const texts = new Map(files(popx).map((f) => [f, f.includes('mysql') ? 'CREATE TABLE `x` (id int);' : '']));
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { diagnostics } = await replaySets(sets, texts, { placeholders: {} });
    const notices = diagnostics.filter((d) => d.message.includes('not replayed'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(
      /5 migration files for cockroach, mysql, sqlite not replayed.*migration-dialect/,
    );
    expect(diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });

  test('sibling folders one per dialect (authelia): one is replayed, with its own rollbacks', () => {
    const names = ['V0001.Initial_Schema.up.sql', 'V0001.Initial_Schema.down.sql', 'V0002.WebAuthn.up.sql'];
    const all = ['mysql', 'postgres', 'sqlite'].flatMap((d) => files(names, `internal/storage/migrations/${d}`));
    const { sets } = groupMigrations(all, () => 'whole');
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ dir: 'internal/storage/migrations/postgres', dialect: 'postgres' });
    expect(sets[0]!.files.map((f) => [f.file.split('/').pop(), f.down?.split('/').pop()])).toEqual([
      ['V0001.Initial_Schema.up.sql', 'V0001.Initial_Schema.down.sql'],
      ['V0002.WebAuthn.up.sql', undefined],
    ]);
    expect(sets[0]!.otherDialects).toMatchObject({ tags: ['mysql', 'sqlite'] });
    expect(sets[0]!.otherDialects!.files).toHaveLength(6);
    const sqlite = groupMigrations(all, () => 'whole', { dialect: 'sqlite' }).sets;
    expect(sqlite.map((s) => [s.dir, s.dialect])).toEqual([['internal/storage/migrations/sqlite', 'sqlite']]);
  });

  test('a folder for a database there is no engine for (ClickHouse) is said once, not replayed', async () => {
    const texts = new Map([
      [
        'db/clickhouse/migrations/01_init.sql',
        'CREATE TABLE e (id UUID, url LowCardinality(String)) ENGINE = MergeTree;',
      ],
      [
        'analytics/migrations/01_init.sql',
        'CREATE TABLE e (at DateTime64(3), k LowCardinality(String)) ENGINE = MergeTree;',
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole', { text: (f) => texts.get(f)! });
    expect(sets.map((s) => s.unsupported)).toEqual(['clickhouse', 'clickhouse']);
    const { diagnostics, facts } = await replaySets(sets, texts, { placeholders: {} });
    expect(facts.tables).toEqual([]);
    expect(diagnostics.map((d) => [d.severity, d.file])).toEqual([
      ['notice', 'analytics/migrations'],
      ['notice', 'db/clickhouse/migrations'],
    ]);
  });

  test('an untagged folder is recognised by what its SQL says', () => {
    expect(sniffDialect(['CREATE TABLE `users` (`id` int NOT NULL AUTO_INCREMENT) ENGINE=InnoDB;'])).toBe('mysql');
    expect(sniffDialect(['CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT);'])).toBe('sqlite');
    expect(sniffDialect(['CREATE TABLE users (id bigserial PRIMARY KEY, meta jsonb);'])).toBe('postgres');
    expect(sniffDialect(['CREATE TABLE users (id int PRIMARY KEY);'])).toBe('postgres');
  });
});

describe('placeholders', () => {
  test('Go templates and Flyway/Liquibase placeholders get the configured value, else a documented default', () => {
    const sql =
      '{{/* namespace */}}CREATE TABLE {{ index .Options "Namespace" }}.users (id int);\n' +
      'CREATE TABLE ${schema}.orders (id int);\nCREATE TABLE keto_{{ .Network }}_tuples (id int);\n' +
      "INSERT INTO audit (who) VALUES ('${flyway:user}');";
    const defaults = substitutePlaceholders(sql, 'db/V1__x.sql', {});
    expect(defaults.text).toBe(
      'CREATE TABLE public.users (id int);\nCREATE TABLE public.orders (id int);\n' +
        "CREATE TABLE keto_network_tuples (id int);\nINSERT INTO audit (who) VALUES ('postgres');",
    );
    expect([...defaults.defaults.keys()]).toEqual(['Namespace', 'Network', 'schema', 'flyway:user']);
    const given = substitutePlaceholders(sql, 'db/V1__x.sql', { namespace: 'iam', schema: 'shop' });
    expect(given.text).toContain('CREATE TABLE iam.users');
    expect(given.text).toContain('CREATE TABLE shop.orders');
    expect([...given.configured]).toEqual(['Namespace', 'schema']);
  });

  test('a templated set yields its tables, and says which defaults it used', async () => {
    const texts = new Map([
      ['db/migrations/1_init.up.sql', 'CREATE TABLE {{ identifier .Parameters.tableName }} (id uuid PRIMARY KEY);'],
      ['db/migrations/2_more.up.sql', 'CREATE TABLE "{{ .Prefix }}_sessions" (id int);\n{{ if .Cockroach }}{{ end }}'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const r = await replayPostgres(sets, texts);
    expect(r.facts.tables.map((t) => t.name).sort()).toEqual(['prefix_sessions', 'tablename']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringMatching(/placeholders replayed with default values: tableName → tablename, Prefix/),
      }),
    ]);
    const given = await replayPostgres(sets, texts, { placeholders: { tableName: 'networks', Prefix: 'iam' } });
    expect(given.facts.tables.map((t) => t.name).sort()).toEqual(['iam_sessions', 'networks']);
    expect(given.diagnostics).toEqual([]);
  });
});

describe('what a real database has before the first migration', () => {
  test("the tool's bookkeeping table, roles and loadable extensions; the others are reported", async () => {
    const texts = new Map([
      [
        'db/migrations/1_init.up.sql',
        [
          'CREATE EXTENSION IF NOT EXISTS citext;',
          'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
          'CREATE EXTENSION IF NOT EXISTS postgis;',
          'CREATE TABLE users (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext NOT NULL);',
          'ALTER TABLE users OWNER TO app_owner;',
          'GRANT SELECT ON users TO reporting, "Read Only";',
          'INSERT INTO schema_migrations (version, dirty) VALUES (1, false);',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const r = await replayPostgres(sets, texts);
    const failed = r.diagnostics.filter((d) => d.severity !== 'notice').map((d) => `${d.line ?? ''} ${d.message}`);
    expect(failed).toEqual([
      expect.stringMatching(/^ extension postgis not available in the embedded PostgreSQL/),
      expect.stringMatching(/^3 statement failed in replay.*postgis/),
    ]);
    expect(r.facts.tables.map((t) => t.name)).toEqual(['users']); // bookkeeping stays out of the docs
    const users = r.facts.tables[0]!;
    expect(users.columns.find((c) => c.name === 'email')?.type).toBe('citext');
    expect(users.columns.find((c) => c.name === 'id')?.default).toBe('uuid_generate_v4()');
    expect(r.facts.migrations[0]!.failed).toBe(1);
  });
});

describe('comments are not SQL to the prelude', () => {
  test('"-- Create Extension" above CREATE EXTENSION pg_trgm: pg_trgm is loaded, its index made', async () => {
    // The shape of hoppscotch's full-text-search migration: the comment used to be read as an
    // extension named "create", and pg_trgm, never seen, was never loaded.
    const texts = new Map([
      ['db/migrations/1_init.up.sql', 'CREATE TABLE docs (id int PRIMARY KEY, title text NOT NULL);'],
      [
        'db/migrations/2_search.up.sql',
        [
          '-- Create Extension',
          '/* CREATE EXTENSION postgis; a nested /* block */ comment */',
          'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
          "COMMENT ON TABLE docs IS 'not -- a comment';",
          'CREATE INDEX docs_title_trgm_idx ON docs USING gin (title gin_trgm_ops);',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const r = await replayPostgres(sets, texts);
    expect(r.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(r.facts.indexes.map((i) => i.name)).toContain('docs_title_trgm_idx');
    expect(r.facts.tables[0]!.comment).toBe('not -- a comment');
  });
});

describe('partitions, identity and generated columns', () => {
  const texts = new Map([
    [
      'db/migrations/1_events.up.sql',
      [
        'CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, kind text, PRIMARY KEY (id, at))',
        '  PARTITION BY RANGE (at);',
        "CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');",
        "CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');",
        'CREATE INDEX events_kind_idx ON events (kind);',
        'CREATE TABLE lines (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,',
        '  n int GENERATED BY DEFAULT AS IDENTITY,',
        '  qty int NOT NULL, price numeric(10,2) NOT NULL, total numeric GENERATED ALWAYS AS (qty * price) STORED);',
      ].join('\n'),
    ],
  ]);

  test('kept with their parent, identity and generated columns read; equal to a real PostgreSQL', async () => {
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const ours = await replayPostgres(sets, texts);
    expect(ours.diagnostics).toEqual([]);
    const byName = new Map(ours.facts.tables.map((t) => [t.name, t]));
    expect(byName.get('events')?.partitioned).toBe(true);
    expect(byName.get('events_2026_01')?.partitionOf).toBe('table:public.events');
    const lines = new Map(byName.get('lines')!.columns.map((c) => [c.name, c]));
    expect(lines.get('id')).toMatchObject({ identity: 'always' });
    expect(lines.get('n')).toMatchObject({ identity: 'by default' });
    expect(lines.get('total')).toMatchObject({ generated: '((qty)::numeric * price)' });
    expect(lines.get('total')?.default).toBeUndefined();

    const server = inject('postgresConnection');
    expect(server?.host, 'test/support/postgres-server.ts starts the PostgreSQL server').not.toBe('');
    const admin = new pg.Client({ ...server, database: 'postgres' });
    await admin.connect();
    const dbName = `partitions_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const client = new pg.Client({ ...server, database: dbName });
    await client.connect();
    try {
      await client.query(texts.get('db/migrations/1_events.up.sql')!);
      const theirs = await readCatalog(client);
      expect(ours.facts.tables.map(({ source: _s, ...t }) => t)).toEqual(theirs.tables);
      expect(ours.facts.indexes).toEqual(theirs.indexes);
    } finally {
      await client.end();
      await admin.query(`DROP DATABASE ${dbName}`);
      await admin.end();
    }
  });
});

describe('a 50 MB migration (a data dump)', () => {
  test('is replayed without parsing every row: the schema around it applies, a broken row is reported', async () => {
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const row = `INSERT INTO countries (id, code, name) VALUES (${i}, 'C${i % 1e5}', 'Country number ${i}');`;
      rows.push(row);
      size += row.length + 1;
    }
    const broken = Math.floor(rows.length / 2);
    rows[broken] = "INSERT INTO countries (id, code, name) VALUES (-1, 'X');"; // two values for three columns
    const texts = new Map([
      ['db/migrations/001_init.up.sql', 'CREATE TABLE countries (id int PRIMARY KEY, code text NOT NULL, name text);'],
      ['db/migrations/002_seed.up.sql', `${rows.join('\n')}\nCREATE INDEX countries_code_idx ON countries (code);\n`],
      ['db/migrations/003_more.up.sql', 'ALTER TABLE countries ADD COLUMN continent text;'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const r = await replayPostgres(sets, texts);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: 'db/migrations/002_seed.up.sql', line: broken + 1, severity: 'warning' }),
    ]);
    const countries = r.facts.tables.find((t) => t.name === 'countries')!;
    expect(countries.columns.map((c) => c.name)).toEqual(['id', 'code', 'name', 'continent']);
    expect(r.facts.indexes.map((i) => i.name)).toContain('countries_code_idx');
    expect(r.facts.migrations[1]).toMatchObject({ statements: rows.length + 1, failed: 1 });
    expect(r.facts.migrations[1]!.changes).toEqual([
      { action: 'data', what: 'rows', name: 'countries' },
      { action: 'create', what: 'index', name: 'countries_code_idx', detail: 'on countries' },
    ]);
  }, 300_000);
});
