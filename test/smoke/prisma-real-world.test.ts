import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Column, SchemaFacts } from '../../src/facts/model.js';
import type { MigrationSet } from '../../src/sources/migrations/migration-layout.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';
import { loadPrismaEngine } from '../../src/sources/prisma/load-prisma-engine.js';
import { groupPrismaSchemas, prismaMigrationsFolder } from '../../src/sources/prisma/prisma-schemas.js';
import { readPrismaSchema } from '../../src/sources/prisma/read-prisma-schema.js';

// Real repositories that keep both a Prisma schema and the migrations Prisma wrote for it (documenso:
// packages/prisma/schema.prisma and 160+ migrations) are an oracle for rendering a schema alone:
// the schema derived from schema.prisma must equal the one its migrations give. Two orders are
// history, not schema, and are not compared: a column added by a later migration comes last in the
// table (schema.prisma lists it where the author put it), and a value added to an enum by
// ALTER TYPE … ADD VALUE comes last. Everything else must be equal: tables, columns (type,
// nullable, default), primary keys, foreign keys with their actions, indexes, enum values.
//
// PRISMA_REAL_REPOS=<checkout>[:<checkout>…] names the checkouts; without it the test is skipped.
// Tried: documenso (equal), umami (equal but for the drift below).

const REPOS = (process.env.PRISMA_REAL_REPOS ?? '').split(':').filter(Boolean);

/** Where a repository's schema and migrations really disagree: facts only one side has, and why. */
const KNOWN_DRIFT: Record<string, string> = {
  'index:public.session_replay_visit_id_idx':
    'umami: schema.prisma declares @@index([visitId]) on SessionReplay; 19_add_session_replay does not create it',
};

function prismaFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory())
      return e.name === 'node_modules' || e.name === '.git' ? [] : prismaFiles(root, join(dir, e.name));
    return e.name.endsWith('.prisma') ? [relative(root, join(dir, e.name)).split('\\').join('/')] : [];
  });
}

/** The schema with the two history-made orders taken out. */
function orderFree(s: Pick<SchemaFacts, 'tables' | 'foreignKeys' | 'indexes' | 'enums'>) {
  const byName = (a: Column, b: Column) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return {
    tables: s.tables.map(({ source: _s, ...t }) => ({ ...t, columns: [...t.columns].sort(byName) })),
    foreignKeys: s.foreignKeys.filter((f) => !(f.id in KNOWN_DRIFT)),
    indexes: s.indexes.filter((i) => !(i.id in KNOWN_DRIFT)),
    enums: s.enums.map((e) => ({ ...e, values: [...e.values].sort() })),
  };
}

describe.skipIf(REPOS.length === 0)('Prisma schemas of real repositories against their own migrations', () => {
  test.each(REPOS)('%s', async (repo) => {
    const text = (f: string) => readFileSync(join(repo, f), 'utf8');
    const sets = groupPrismaSchemas(prismaFiles(repo), text).filter((s) => s.main);
    const engine = await loadPrismaEngine();
    let compared = 0;
    for (const set of sets) {
      const folder = prismaMigrationsFolder(repo, set);
      if (!folder) continue;
      const migrations = readdirSync(join(repo, folder), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(repo, folder, e.name, 'migration.sql')))
        .map((e) => posix.join(folder, e.name, 'migration.sql'));
      const started = performance.now();
      const ours = await readPrismaSchema(engine, { ...set, main: set.main! }, text);
      const rendered = performance.now() - started;
      // One set in the order Prisma applies them (by folder name), whatever the folders are called.
      const replayed: MigrationSet = {
        dir: folder,
        layout: 'prisma',
        files: [...migrations].sort().map((file) => ({ file, version: file, section: 'whole' })),
        dialect: 'postgres',
      };
      const theirs = await replayPostgres([replayed], new Map(migrations.map((f) => [f, text(f)])));
      expect(ours.diagnostics).toEqual([]);
      const a = orderFree(ours.facts!);
      const b = orderFree(theirs.facts);
      const columns = b.tables.reduce((n, t) => n + t.columns.length, 0);
      const reordered = ours.facts!.tables.filter((t) => {
        const other = theirs.facts.tables.find((x) => x.id === t.id);
        return other && other.columns.map((c) => c.name).join() !== t.columns.map((c) => c.name).join();
      }).length;
      console.log(
        `${set.main}: ${migrations.length} migrations; ${b.tables.length} tables, ${columns} columns, ` +
          `${b.foreignKeys.length} foreign keys, ${b.indexes.length} indexes, ${b.enums.length} enums; ` +
          `column order differs in ${reordered} tables; schema rendered and replayed in ${Math.round(rendered)} ms`,
      );
      expect(a).toEqual(b);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
