import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupMigrations, type MigrationSet } from '../../src/sources/migrations/migration-layout.js';
import { catalogToFacts } from '../../src/sources/migrations/mysql-catalog.js';
import { replayMysql, replayMysqlSet } from '../../src/sources/migrations/replay-mysql.js';
import { findMariadb, type MariadbServer, startMariadb } from '../support/mariadb-server.js';

const root = join(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/mysql-migrations';

/** A migration set from a fixture folder, laid out by golang-migrate's rules. */
function fixtureSet(name: string): { set: MigrationSet; texts: Map<string, string> } {
  const dir = `${FIXTURES}/${name}`;
  const texts = new Map(
    readdirSync(join(root, dir)).map((f) => [`${dir}/${f}`, readFileSync(join(root, dir, f), 'utf8')]),
  );
  const { sets } = groupMigrations([...texts.keys()], () => 'whole');
  return { set: sets[0]!, texts };
}

/** A set of files replayed in the order given (a Debian package's schema, then its upgrades). */
function orderedSet(dir: string, files: string[]): { set: MigrationSet; texts: Map<string, string> } {
  const texts = new Map(files.map((f) => [`${dir}/${f}`, readFileSync(join(dir, f), 'utf8')]));
  const set: MigrationSet = {
    dir,
    layout: 'folder',
    files: files.map((f, n) => ({ file: `${dir}/${f}`, version: String(n), section: 'whole' })),
  };
  return { set, texts };
}

describe('replayMysql', () => {
  test('a syntax error mid-file: the statements before and after apply, one diagnostic at its line', async () => {
    const texts = new Map([
      [
        'db/migrations/001_mixed.up.sql',
        [
          'CREATE TABLE a (id INT PRIMARY KEY);',
          '',
          'CREATE TABLE b (',
          '  id INT,',
          '  name VARCHAR(20) NOT NUL DEFAULT "x"',
          ');',
          'CREATE TABLE c (id INT, a_id INT, FOREIGN KEY (a_id) REFERENCES a (id));',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayMysql(sets, texts);
    expect(facts.dialect).toBe('mysql');
    expect(facts.tables.map((t) => t.id)).toEqual(['table:main.a', 'table:main.c']);
    expect(diagnostics.map((d) => [d.severity, d.file, d.line])).toEqual([
      ['warning', 'db/migrations/001_mixed.up.sql', 5],
    ]);
    expect(diagnostics[0]!.message).toMatch(/^syntax error/);
    expect(facts.migrations).toEqual([
      {
        id: 'migration:db/migrations/001_mixed.up.sql',
        file: 'db/migrations/001_mixed.up.sql',
        order: 1,
        statements: 3,
        failed: 1,
      },
    ]);
    expect(facts.foreignKeys.map((f) => f.id)).toEqual(['fk:main.c(a_id)->main.a(id)']);
  });

  test('an empty file and a comment-only file are migrations with no statements', async () => {
    const texts = new Map([
      ['db/migrations/001_empty.up.sql', ''],
      ['db/migrations/002_comments.up.sql', '-- nothing for MySQL here\n/* still nothing */\n# nor here\n'],
      ['db/migrations/003_t.up.sql', 'CREATE TABLE t (id INT)'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayMysql(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.migrations.map((m) => [m.statements, m.failed])).toEqual([
      [0, 0],
      [0, 0],
      [1, 0],
    ]);
    expect(facts.tables.map((t) => t.name)).toEqual(['t']);
  });
});

// ---------------------------------------------------------------- oracle: a real MariaDB

const mariadb = findMariadb();
const missing = 'missing' in mariadb ? mariadb.missing : undefined;

describe('replayMysql against a real MariaDB server (oracle)', () => {
  let server: MariadbServer | undefined;
  beforeAll(async () => {
    if (!missing) server = await startMariadb();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Applies each file in its own client session, as the replay does, into a fresh `main`. */
  async function oracle(set: MigrationSet, texts: Map<string, string>) {
    await server!.script('DROP DATABASE IF EXISTS main; CREATE DATABASE main;');
    const errors: { file: string; line: number; message: string }[] = [];
    for (const f of set.files) {
      for (const message of (await server!.script(texts.get(f.file)!, 'main')).errors) {
        errors.push({ file: f.file, line: Number(/ at line (\d+)/.exec(message)?.[1]), message });
      }
    }
    return { catalog: await server!.catalog('main'), errors };
  }

  async function expectEqual(set: MigrationSet, texts: Map<string, string>) {
    const ours = replayMysqlSet(set, texts);
    const theirs = await oracle(set, texts);
    // A view whose columns the replay cannot know without running it (an aggregate, an
    // expression) has none in the model: its columns are left out of the comparison, and counted.
    const underived = ours.catalog.tables
      .filter((t) => t.kind === 'view' && !ours.catalog.columns.some((c) => c.table === t.name))
      .map((t) => t.name);
    theirs.catalog.columns = theirs.catalog.columns.filter((c) => !underived.includes(c.table));
    expect(ours.catalog).toEqual(theirs.catalog);
    // The statements the replay refused are the ones the server refused, at the same file:line;
    // the server also refuses data statements on missing tables, which the replay does not run.
    const refused = (list: { file: string; line?: number }[]) => list.map((e) => `${e.file}:${e.line}`).sort();
    const ourRefusals = ours.diagnostics.filter((d) => d.severity !== 'notice');
    const dataOnly = theirs.errors.filter((e) => {
      const statement = texts.get(e.file)!.split('\n')[e.line - 1] ?? '';
      return /^\s*(UPDATE|INSERT|DELETE|TRUNCATE|REPLACE|CALL)\b/i.test(statement);
    });
    expect(refused(ourRefusals)).toEqual(refused(theirs.errors.filter((e) => !dataOnly.includes(e))));
    // The facts are one conversion of either catalog: equal catalogs give equal facts.
    expect(catalogToFacts(ours.catalog, new Map())).toEqual(catalogToFacts(theirs.catalog, new Map()));
    return { ours, theirs, underived };
  }

  test('the server is there', (ctx) => {
    if (missing && process.env.CI === 'true') throw new Error(`CI must run the MariaDB oracle: ${missing}`);
    if (missing) ctx.skip(missing);
    expect(server!.version).toMatch(/MariaDB/);
  });

  test('a shop: keys, cascades, composite keys, ENUM, AUTO_INCREMENT, ALTERs, renames, views', async (ctx) => {
    if (missing) ctx.skip(missing);
    const { set, texts } = fixtureSet('shop');
    const { ours } = await expectEqual(set, texts);
    expect(ours.catalog.tables.length).toBeGreaterThan(5);
  });

  test('quirks: type spellings, defaults, key naming and pruning, ALTER order, charsets, views, dumps', async (ctx) => {
    if (missing) ctx.skip(missing);
    const { set, texts } = fixtureSet('quirks');
    const { ours } = await expectEqual(set, texts);
    expect(ours.catalog.columns.length).toBeGreaterThan(150);
  });

  const cache = join(homedir(), '.cache/architect-docs-corpus/deb');
  const debian = (prefix: string) => {
    const dir = existsSync(cache) ? readdirSync(cache).find((d) => d.startsWith(prefix)) : undefined;
    return dir ? join(cache, dir) : undefined;
  };
  const noCorpus = `the smoke-suite corpus cache (${cache}) has no such package: run the smoke suite once to fill it`;

  const pdns = debian('pdns-backend-mysql-');
  const pdnsDir = pdns && join(pdns, 'usr/share/pdns-backend-mysql/schema');
  const pdnsUpgrades = [
    'nodnssec-3.x_to_3.4.0_schema.mysql.sql',
    '3.4.0_to_4.1.0_schema.mysql.sql',
    '4.1.0_to_4.2.0_schema.mysql.sql',
    '4.2.0_to_4.3.0_schema.mysql.sql',
    '4.3.0_to_4.7.0_schema.mysql.sql',
  ];
  const roundcube = debian('roundcube-core-');
  const roundcubeSql = roundcube && join(roundcube, 'usr/share/roundcube/SQL');

  const sets: [string, () => { set: MigrationSet; texts: Map<string, string> } | undefined][] = [
    [
      'pdns-backend-mysql: schema + enable-foreign-keys',
      () => (pdnsDir ? orderedSet(pdnsDir, ['schema.mysql.sql', 'enable-foreign-keys.mysql.sql']) : undefined),
    ],
    [
      'pdns-backend-mysql: schema, then every upgrade script',
      () => (pdnsDir ? orderedSet(pdnsDir, ['schema.mysql.sql', ...pdnsUpgrades]) : undefined),
    ],
    [
      'pdns-backend-mysql: the upgrade scripts from nothing',
      () => (pdnsDir ? orderedSet(pdnsDir, pdnsUpgrades) : undefined),
    ],
    [
      'roundcube-core: mysql.initial.sql',
      () => (roundcubeSql ? orderedSet(roundcubeSql, ['mysql.initial.sql']) : undefined),
    ],
    [
      'roundcube-core: every SQL/mysql upgrade from nothing',
      () => {
        if (!roundcubeSql) return undefined;
        const files = readdirSync(join(roundcubeSql, 'mysql'))
          .filter((f) => f.endsWith('.sql'))
          .sort();
        return orderedSet(
          roundcubeSql,
          files.map((f) => `mysql/${f}`),
        );
      },
    ],
    [
      'roundcube-core: mysql.initial.sql, then every upgrade again',
      () => {
        if (!roundcubeSql) return undefined;
        const files = readdirSync(join(roundcubeSql, 'mysql')).filter((f) => f.endsWith('.sql'));
        return orderedSet(roundcubeSql, ['mysql.initial.sql', ...files.sort().map((f) => `mysql/${f}`)]);
      },
    ],
  ];
  test.each(sets)('Debian %s', async (_name, load, ctx) => {
    if (missing) ctx.skip(missing);
    const loaded = load();
    if (!loaded) ctx.skip(noCorpus);
    const { ours, underived } = await expectEqual(loaded!.set, loaded!.texts);
    const tables = ours.catalog.tables.filter((t) => t.kind === 'table').length;
    console.log(
      `${_name}: ${loaded!.set.files.length} files, ${tables} tables, ${ours.catalog.columns.length} columns, ` +
        `${ours.migrations.reduce((n, m) => n + m.failed, 0)} statements refused, as by the server` +
        (underived.length ? `, views not derived: ${underived.join(', ')}` : ''),
    );
  });
});
