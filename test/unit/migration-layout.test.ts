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
