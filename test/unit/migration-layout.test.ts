import { describe, expect, test } from 'vitest';
import { compareVersions, groupMigrations, sectionFromContent } from '../../src/sources/migrations/migration-layout.js';

describe('groupMigrations', () => {
  test('golang-migrate: up files in numeric order, down files ignored', () => {
    const { sets, unplaced } = groupMigrations(
      [
        'db/migrations/10_c.up.sql',
        'db/migrations/2_b.up.sql',
        'db/migrations/2_b.down.sql',
        'db/migrations/1_a.up.sql',
      ],
      () => 'whole',
    );
    expect(unplaced).toEqual([]);
    expect(sets).toHaveLength(1);
    expect(sets[0]).toMatchObject({ dir: 'db/migrations', layout: 'golang-migrate' });
    expect(sets[0]!.files.map((f) => f.file)).toEqual([
      'db/migrations/1_a.up.sql',
      'db/migrations/2_b.up.sql',
      'db/migrations/10_c.up.sql',
    ]);
  });

  test('Flyway versions compare numerically by part; Prisma folders group under their parent', () => {
    const { sets } = groupMigrations(
      [
        'sql/V1_10__x.sql',
        'sql/V1_2__y.sql',
        'prisma/migrations/20240102000000_b/migration.sql',
        'prisma/migrations/20240101000000_a/migration.sql',
      ],
      () => 'whole',
    );
    const flyway = sets.find((s) => s.layout === 'flyway')!;
    expect(flyway.files.map((f) => f.version)).toEqual(['1.2', '1.10']);
    const prisma = sets.find((s) => s.layout === 'prisma')!;
    expect(prisma.dir).toBe('prisma/migrations');
    expect(prisma.files.map((f) => f.version)).toEqual(['20240101000000', '20240102000000']);
  });

  test('a lone SQL file outside a migration folder is not a migration', () => {
    const { sets, unplaced } = groupMigrations(['scripts/cleanup.sql'], () => 'whole');
    expect(sets).toEqual([]);
    expect(unplaced).toEqual(['scripts/cleanup.sql']);
  });

  test('dbmate and goose files are recognised by their markers', () => {
    expect(sectionFromContent('-- migrate:up\ncreate table a();\n-- migrate:down\ndrop table a;')).toBe('dbmate-up');
    expect(sectionFromContent('-- +goose Up\ncreate table a();')).toBe('goose-up');
    expect(sectionFromContent('create table a();')).toBe('whole');
  });

  test('compareVersions', () => {
    expect(compareVersions('9', '10')).toBeLessThan(0);
    expect(compareVersions('20240101000000', '20240101000000')).toBe(0);
    expect(compareVersions('1.2.3', '1.2')).toBeGreaterThan(0);
  });
});

describe('layouts met on real repositories', () => {
  // Temporal's schema folder, reduced: the same history for three databases, each a chain of
  // version folders beside a dump of the current schema.
  const temporal = ['mysql/v8', 'postgresql/v12', 'sqlite/v3'].flatMap((db) => [
    `schema/${db}/temporal/schema.sql`,
    `schema/${db}/temporal/versioned/v1.0/schema.sql`,
    `schema/${db}/temporal/versioned/v1.10/queues.sql`,
    `schema/${db}/temporal/versioned/v1.9/b_tasks.sql`,
    `schema/${db}/temporal/versioned/v1.9/a_history.sql`,
    `schema/${db}/temporal/versioned/v1.2/cluster.sql`,
  ]);

  test('version folders are one set at their parent, in version order, then by name', () => {
    const { sets } = groupMigrations(
      temporal.filter((f) => f.includes('postgresql')),
      () => 'whole',
    );
    const chain = sets.find((s) => s.layout === 'version-folders')!;
    expect(chain.dir).toBe('schema/postgresql/v12/temporal/versioned');
    expect(chain.files.map((f) => f.file.replace(`${chain.dir}/`, ''))).toEqual([
      'v1.0/schema.sql',
      'v1.2/cluster.sql',
      'v1.9/a_history.sql',
      'v1.9/b_tasks.sql',
      'v1.10/queues.sql',
    ]);
  });

  test("Flyway's repeatable migrations in version folders still run after every versioned one", () => {
    const { sets } = groupMigrations(
      ['sql/v1/V1__init.sql', 'sql/v1/R__views.sql', 'sql/v2/V2__more.sql'],
      () => 'whole',
    );
    expect(sets.map((s) => s.files.map((f) => f.file))).toEqual([
      ['sql/v1/V1__init.sql', 'sql/v2/V2__more.sql', 'sql/v1/R__views.sql'],
    ]);
  });

  test('one folder named like a version among ordinary ones is only a name', () => {
    const { sets } = groupMigrations(['db/migrations/v2/001_a.sql', 'db/migrations/v2/002_b.sql'], () => 'whole');
    expect(sets.map((s) => s.dir)).toEqual(['db/migrations/v2']);
  });

  test('a dialect named higher up: one family, PostgreSQL replayed, the others said with their twin', () => {
    const { sets, besideMigrations } = groupMigrations(temporal, () => 'whole', {
      text: () => 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);', // sniffs as SQLite: the name wins
    });
    expect(sets.map((s) => [s.dir, s.dialect])).toEqual([['schema/postgresql/v12/temporal/versioned', 'postgres']]);
    const [chain] = sets;
    expect(chain!.otherDialects?.tags).toEqual(['mysql', 'sqlite']);
    expect(chain!.otherDialects?.files).toHaveLength(10); // the two other chains, not their dumps
    expect(besideMigrations).toEqual([
      { file: 'schema/postgresql/v12/temporal/schema.sql', migrations: 'schema/postgresql/v12/temporal/versioned' },
    ]);
  });

  test('a folder named for its database is replayed in it, whatever a sniff of the SQL says', () => {
    const { sets } = groupMigrations(['db/sqlite/migrations/001_init.sql'], () => 'whole', {
      text: () => 'CREATE TABLE t (id int PRIMARY KEY, name text)', // no signal: PostgreSQL by default
    });
    expect(sets.map((s) => s.dialect)).toEqual(['sqlite']);
  });

  test("Spring's db/{h2,hsqldb,mysql,postgres}/schema.sql: one family, PostgreSQL's replayed", () => {
    const db = 'src/main/resources/db';
    const { sets } = groupMigrations(
      ['h2', 'hsqldb', 'mysql', 'postgres'].map((d) => `${db}/${d}/schema.sql`),
      () => 'whole',
    );
    expect(sets.map((s) => [s.dir, s.dialect, s.otherDialects?.tags])).toEqual([
      [`${db}/postgres`, 'postgres', ['h2', 'hsqldb', 'mysql']],
    ]);
    // Alone, a folder for a database we have no engine for is said once, not replayed.
    const h2 = groupMigrations([`${db}/h2/schema.sql`], () => 'whole').sets;
    expect(h2.map((s) => s.unsupported)).toEqual(['h2']);
  });

  test("dbmate's db/schema.sql beside db/migrations is left out; a dump with no migrations near stays", () => {
    const { sets, besideMigrations } = groupMigrations(
      ['db/schema.sql', 'db/migrations/20240101000000_users.sql', 'legacy/schema.sql', 'legacy/a/b/migrations/1_x.sql'],
      () => 'dbmate-up',
    );
    expect(sets.map((s) => s.dir)).toEqual(['db/migrations', 'legacy', 'legacy/a/b/migrations']);
    expect(sets[1]!.files.map((f) => f.file)).toEqual(['legacy/schema.sql']);
    expect(besideMigrations).toEqual([{ file: 'db/schema.sql', migrations: 'db/migrations' }]);
  });
});
