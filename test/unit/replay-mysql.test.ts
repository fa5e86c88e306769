import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupMigrations, type MigrationSet } from '../../src/sources/migrations/migration-layout.js';
import { catalogToFacts } from '../../src/sources/migrations/mysql-catalog.js';
import { splitMysqlStatements } from '../../src/sources/migrations/mysql-statements.js';
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

/** Replays one file (golang-migrate layout) and returns what came out. */
async function replayOne(sql: string, file = 'db/migrations/001_x.up.sql') {
  const texts = new Map([[file, sql]]);
  const { sets } = groupMigrations([...texts.keys()], () => 'whole');
  return replayMysql(sets, texts);
}

describe('splitMysqlStatements', () => {
  test('splits like the mariadb client: quotes, back-ticks, comments and DELIMITER hide delimiters', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', \"c;d\", 'it\\'s;');", // 1
      'CREATE TABLE `we;ird` (id INT); -- a comment; still a comment', // 2
      '# hash comment; here', // 3
      '/* block; comment */ SELECT 1--1;', // 4
      'DELIMITER $$', // 5
      'CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$', // 6
      'DELIMITER ;', // 7
      '/*!40101 SET NAMES utf8mb4 */;', // 8
      'SELECT 3', // 9: no delimiter at the end of the file
    ].join('\n');
    const statements = splitMysqlStatements(sql);
    expect(statements.map((s) => [s.line, s.text.slice(0, 24)])).toEqual([
      [1, "INSERT INTO t VALUES ('a"],
      [2, 'CREATE TABLE `we;ird` (i'],
      [4, 'SELECT 1--1'],
      [6, 'CREATE PROCEDURE p() BEG'],
      [8, '/*!40101 SET NAMES utf8m'],
      [9, 'SELECT 3'],
    ]);
    expect(statements[3]!.text).toBe('CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END');
  });
  test('without DELIMITER, a routine with a BEGIN … END body is one statement, as the server reads it', () => {
    const sql = [
      'CREATE TABLE a (id INT);',
      'CREATE DEFINER = CURRENT_USER PROCEDURE p(IN n INT)',
      'BEGIN',
      '  IF n > 0 THEN',
      "    SET @q = CONCAT('ALTER TABLE a ADD COLUMN c', n, ' INT;');",
      '    CASE n WHEN 1 THEN SELECT 1; ELSE SELECT CASE WHEN n > 2 THEN 2 ELSE 3 END; END CASE;',
      '  END IF;',
      '  lbl: LOOP LEAVE lbl; END LOOP lbl;',
      'END;',
      'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.id = 1;',
      'CREATE TABLE event (id INT);',
      'CREATE TABLE b (id INT);',
    ].join('\n');
    expect(splitMysqlStatements(sql).map((s) => s.line)).toEqual([1, 2, 10, 11, 12]);
  });
});

describe('replayMysql facts', () => {
  test('ids, types, defaults, keys, foreign keys with cardinality, indexes, enums and sources', async () => {
    const { facts, diagnostics } = await replayOne(
      [
        'CREATE TABLE users (',
        '  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,',
        "  role ENUM('admin','member') NOT NULL DEFAULT 'member',",
        '  email VARCHAR(120) NOT NULL UNIQUE',
        ');',
        'CREATE TABLE profiles (',
        '  user_id INT UNSIGNED NOT NULL PRIMARY KEY,',
        '  bio TEXT,',
        '  CONSTRAINT fk_profile_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE',
        ');',
        'CREATE TABLE posts (id INT PRIMARY KEY, author_id INT UNSIGNED,',
        '  FOREIGN KEY (author_id) REFERENCES users (id));',
        'CREATE VIEW authors AS SELECT u.id, u.email FROM users u JOIN posts p ON p.author_id = u.id;',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const users = facts.tables.find((t) => t.id === 'table:main.users')!;
    expect(users).toMatchObject({ schema: 'main', kind: 'table', primaryKey: ['id'] });
    expect(users.source).toEqual({ file: 'db/migrations/001_x.up.sql', line: 1 });
    expect(users.columns).toEqual([
      { id: 'column:main.users.id', name: 'id', type: 'int(10) unsigned', nullable: false, identity: 'auto-increment' },
      {
        id: 'column:main.users.role',
        name: 'role',
        type: "enum('admin','member')",
        nullable: false,
        default: "'member'",
      },
      { id: 'column:main.users.email', name: 'email', type: 'varchar(120)', nullable: false },
    ]);
    expect(facts.enums).toEqual([
      { id: 'enum:main.users.role', schema: 'main', name: 'users.role', values: ['admin', 'member'] },
    ]);
    expect(facts.foreignKeys).toEqual([
      {
        id: 'fk:main.posts(author_id)->main.users(id)',
        name: 'posts_ibfk_1',
        table: 'table:main.posts',
        columns: ['author_id'],
        refTable: 'table:main.users',
        refColumns: ['id'],
        onDelete: 'RESTRICT',
        onUpdate: 'RESTRICT',
        childCardinality: 'zero-or-more',
        parentCardinality: 'zero-or-one',
      },
      {
        id: 'fk:main.profiles(user_id)->main.users(id)',
        name: 'fk_profile_user',
        table: 'table:main.profiles',
        columns: ['user_id'],
        refTable: 'table:main.users',
        refColumns: ['id'],
        onDelete: 'CASCADE',
        onUpdate: 'RESTRICT',
        childCardinality: 'zero-or-one',
        parentCardinality: 'exactly-one',
      },
    ]);
    expect(facts.indexes.map((i) => [i.id, i.definition])).toEqual([
      ['index:main.posts.author_id', 'KEY `author_id` (`author_id`)'],
      ['index:main.posts.PRIMARY', 'PRIMARY KEY (`id`)'],
      ['index:main.profiles.PRIMARY', 'PRIMARY KEY (`user_id`)'],
      ['index:main.users.email', 'UNIQUE KEY `email` (`email`)'],
      ['index:main.users.PRIMARY', 'PRIMARY KEY (`id`)'],
    ]);
    const view = facts.tables.find((t) => t.id === 'table:main.authors')!;
    expect(view.kind).toBe('view');
    expect(view.columns.map((c) => [c.name, c.type, c.nullable])).toEqual([
      ['id', 'int(10) unsigned', false],
      ['email', 'varchar(120)', false],
    ]);
  });

  test('USE names the database; unqualified names go to `main` until then; a rename moves the source', async () => {
    const { facts, diagnostics } = await replayOne(
      [
        'CREATE TABLE a (id INT PRIMARY KEY);',
        'CREATE DATABASE shop;',
        'USE shop;',
        'CREATE TABLE orders (id INT PRIMARY KEY, a_id INT, FOREIGN KEY (a_id) REFERENCES main.a (id));',
        'CREATE TABLE main.b (id INT);',
        'RENAME TABLE orders TO purchases;',
        'USE nowhere;',
      ].join('\n'),
    );
    expect(facts.tables.map((t) => t.id).sort()).toEqual(['table:main.a', 'table:main.b', 'table:shop.purchases']);
    expect(facts.tables.find((t) => t.name === 'purchases')!.source?.line).toBe(6);
    expect(facts.foreignKeys.map((f) => f.id)).toEqual(['fk:shop.purchases(a_id)->main.a(id)']);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [7, "statement failed in replay and was skipped: Unknown database 'nowhere'"],
    ]);
  });

  test('the current database carries to the next file; FOREIGN_KEY_CHECKS=0 does not', async () => {
    const texts = new Map([
      ['db/migrations/001_a.up.sql', 'CREATE DATABASE app; USE app; SET FOREIGN_KEY_CHECKS=0;'],
      ['db/migrations/002_b.up.sql', 'CREATE TABLE c (p INT, FOREIGN KEY (p) REFERENCES later (id));'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayMysql(sets, texts);
    expect(facts.tables).toEqual([]);
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      [
        'db/migrations/002_b.up.sql',
        'statement failed in replay and was skipped: Can\'t create table `app`.`c` (errno: 150 "Foreign key ' +
          'constraint is incorrectly formed")',
      ],
    ]);
  });

  test('statements the model cannot follow are notices; harmless ones pass silently', async () => {
    const { facts, diagnostics } = await replayOne(
      [
        'CREATE TABLE t (id INT PRIMARY KEY, n INT);',
        "INSERT INTO t VALUES (1, 2); SET NAMES utf8mb4; GRANT SELECT ON *.* TO 'x'@'%';",
        'CALL migrate_more();',
        'CREATE TABLE totals AS SELECT SUM(n) AS total FROM t;',
        'CREATE VIEW sums AS SELECT SUM(n) AS total FROM t;',
      ].join('\n'),
    );
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([
      ['notice', 3],
      ['notice', 4],
    ]);
    expect(diagnostics[0]!.message).toMatch(/CALL runs code the replay does not follow/);
    expect(diagnostics[1]!.message).toMatch(/totals … SELECT: its columns cannot be known/);
    // A view whose columns need the select run is documented without columns.
    expect(facts.tables.find((t) => t.name === 'sums')).toMatchObject({ kind: 'view', columns: [] });
    expect(facts.migrations[0]).toMatchObject({ statements: 7, failed: 0 });
  });

  test('a rollback beside the migration is recorded; dbmate files replay only their up section', async () => {
    const texts = new Map([
      ['db/migrations/001_a.up.sql', 'CREATE TABLE a (id INT);'],
      ['db/migrations/001_a.down.sql', 'DROP TABLE a;'],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts } = await replayMysql(sets, texts);
    expect(facts.migrations[0]!.rollback).toBe('db/migrations/001_a.down.sql');
    expect(facts.tables.map((t) => t.name)).toEqual(['a']);

    const dbmate = new Map([
      [
        'db/migrations/20240101_b.sql',
        '-- migrate:up\nCREATE TABLE b (id INT);\nCREAT oops;\n-- migrate:down\nDROP TABLE b;\n',
      ],
    ]);
    const grouped = groupMigrations([...dbmate.keys()], () => 'dbmate-up');
    const out = await replayMysql(grouped.sets, dbmate);
    expect(out.facts.tables.map((t) => t.name)).toEqual(['b']);
    expect(out.facts.migrations[0]!.rollback).toBe('db/migrations/20240101_b.sql');
    expect(out.diagnostics.map((d) => d.line)).toEqual([3]);
  });
});

describe('MySQL migration findings', () => {
  const findingsOf = async (later: string) => {
    const texts = new Map([
      [
        'db/migrations/001_base.up.sql',
        'CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(10)); CREATE TABLE u (id INT);',
      ],
      ['db/migrations/002_change.up.sql', later],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    return (await replayMysql(sets, texts)).findings.map((f) => [f.rule, f.source.line]);
  };

  test.each([
    ['ban-drop-column', 'ALTER TABLE t DROP COLUMN a;', 'CREATE TABLE n (a INT, b INT);\nALTER TABLE n DROP COLUMN a;'],
    ['ban-drop-table', 'DROP TABLE u;', 'CREATE TABLE n (a INT);\nDROP TABLE n;'],
    ['renaming-column', 'ALTER TABLE t CHANGE a a2 INT;', 'ALTER TABLE t CHANGE a a INT;'],
    ['renaming-table', 'RENAME TABLE u TO u2;', 'CREATE TABLE n (a INT);\nRENAME TABLE n TO n2;'],
    ['changing-column-type', 'ALTER TABLE t MODIFY b TEXT;', 'ALTER TABLE t MODIFY b VARCHAR(10) NOT NULL;'],
  ])('%s: fires on a table from an earlier file, not on a new table or a no-op', async (rule, positive, negative) => {
    expect(await findingsOf(positive)).toEqual([[rule, 1]]);
    expect(await findingsOf(negative)).toEqual([]);
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
    const tables = ours.catalog.tables.filter((t) => t.kind === 'table').length;
    const views = ours.catalog.tables.length - tables;
    console.log(
      `${set.dir}: ${set.files.length} files, ${tables} tables + ${views} views, ` +
        `${ours.catalog.columns.length} columns, ${ours.catalog.indexes.length} indexes, ` +
        `${ours.catalog.foreignKeys.length} foreign keys; ` +
        `${ours.migrations.reduce((n, m) => n + m.failed, 0)} statements refused, as by the server` +
        (underived.length ? `; view columns not derived: ${underived.join(', ')}` : ''),
    );
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
  test.for(sets)('Debian %s', async ([name, load], ctx) => {
    if (missing) ctx.skip(missing);
    const loaded = load();
    if (!loaded) ctx.skip(noCorpus);
    const { ours } = await expectEqual(loaded!.set, loaded!.texts);
    expect(ours.catalog.tables.length, name).toBeGreaterThan(0);
  });
});
