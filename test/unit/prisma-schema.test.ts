import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SchemaFacts } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import { readCatalog } from '../../src/sources/migrations/read-catalog.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';
import { withoutConnectionUrls } from '../../src/sources/prisma/engine-input.js';
import { extractPrisma } from '../../src/sources/prisma/extract-prisma.js';
import { loadPrismaEngine } from '../../src/sources/prisma/load-prisma-engine.js';
import { groupPrismaSchemas } from '../../src/sources/prisma/prisma-schemas.js';
import { prismaSource } from '../../src/sources/prisma/prisma-source.js';
import { readPrismaSchema } from '../../src/sources/prisma/read-prisma-schema.js';
import { registerSourceKind, sourceKind } from '../../src/sources/registry.js';
import { readDoc, runPipeline } from '../support/in-process-run.js';
import { AUTO_SOURCES, tempRepo } from '../support/temp-repo.js';

// Prisma schemas without SQL migrations: Prisma's engine reads the schema, the SQL `prisma migrate`
// would write is rendered from its data model and replayed into the embedded PostgreSQL. The
// oracle for each fixture is the migration.sql Prisma writes for that schema (kept beside it, as a
// Prisma project keeps it), replayed the same way and applied to a real PostgreSQL server.

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'prisma');

/** A fixture's files, repo-relative, with their text. */
function fixtureFiles(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walk(join(dir, e)) : [join(dir, e)]));
  return Object.fromEntries(walk(root).map((f) => [relative(root, f), readFileSync(f, 'utf8')]));
}

/** The schema facts as the catalog gives them, without where they were read from. */
function comparable(s: Pick<SchemaFacts, 'tables' | 'foreignKeys' | 'indexes' | 'enums'>) {
  return {
    tables: s.tables.map(({ source: _s, ...t }) => t),
    foreignKeys: s.foreignKeys,
    indexes: s.indexes,
    enums: s.enums,
  };
}

async function fromSchema(files: Record<string, string>): Promise<Awaited<ReturnType<typeof readPrismaSchema>>> {
  const prisma = Object.keys(files).filter((f) => f.endsWith('.prisma'));
  const [set] = groupPrismaSchemas(prisma, (f) => files[f]!);
  return readPrismaSchema(await loadPrismaEngine(), { ...set!, main: set!.main! }, (f) => files[f]!);
}

async function onRealServer(sql: string): Promise<Awaited<ReturnType<typeof readCatalog>>> {
  const server = inject('postgresConnection');
  expect(server?.host, 'test/support/postgres-server.ts starts the PostgreSQL server').not.toBe('');
  const admin = new pg.Client({ ...server, database: 'postgres' });
  await admin.connect();
  const dbName = `prisma_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const client = new pg.Client({ ...server, database: dbName });
  await client.connect();
  try {
    await client.query(sql);
    return await readCatalog(client);
  } finally {
    await client.end();
    await admin.query(`DROP DATABASE ${dbName}`);
    await admin.end();
  }
}

describe.each([
  ['shop', 'a single schema.prisma: 1:n, 1:1, self and composite relations, implicit m:n, @map/@@map, enums'],
  ['multi-file', 'a prisma/schema/ folder over two PostgreSQL schemas (@@schema), cross-schema relations'],
])('%s: %s', (name) => {
  const files = fixtureFiles(name);
  const migrations = Object.keys(files).filter((f) => f.endsWith('/migration.sql'));
  // Rendered once for both tests (each rendering boots an embedded PostgreSQL).
  let rendered: ReturnType<typeof fromSchema> | undefined;
  const render = () => {
    rendered ??= fromSchema(files);
    return rendered;
  };

  test('the schema rendered from schema.prisma equals the migration Prisma writes for it (oracle)', async () => {
    const ours = await render();
    expect(ours.diagnostics).toEqual([]);
    expect(ours.facts!.tables.length).toBeGreaterThan(0);

    const texts = new Map(migrations.map((f) => [f, files[f]!]));
    const replayed = await replayPostgres(groupMigrations(migrations, () => 'whole').sets, texts);
    expect(replayed.diagnostics).toEqual([]);
    expect(comparable(ours.facts!)).toEqual(comparable(replayed.facts));

    const real = await onRealServer(migrations.map((f) => files[f]!).join('\n'));
    expect(comparable(ours.facts!)).toEqual(comparable(real));
  });

  test('each table points at its `model X {` line, the join table at its relation field', async () => {
    const ours = (await render()).facts!;
    for (const t of ours.tables) {
      const at = t.source!;
      const line = files[at.file]!.split('\n')[at.line - 1]!;
      if (t.name.startsWith('_')) expect(line).toMatch(/^\s+\w+\s+\w+\[\]/);
      else expect(line).toMatch(/^model \w+ \{/);
    }
  });
});

describe('a repository keeping the Prisma schema and its migrations', () => {
  let unregister: (() => void) | undefined;
  beforeAll(() => {
    // Until the registry lists the kind, the test registers it the way a kind from outside src/ is.
    if (!sourceKind('prisma')) unregister = registerSourceKind(prismaSource);
  });
  afterAll(() => unregister?.());

  test('documents each table once, from the migrations, and says so', async () => {
    const repo = tempRepo(fixtureFiles('shop'));
    const found = await discoverSources(repo, AUTO_SOURCES, []);
    expect(found.files.prisma).toEqual(['prisma/schema.prisma']);
    const facts = await buildFacts(repo, found);
    const ids = facts.schema.tables.map((t) => t.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(ids.length);
    expect(facts.schema.tables.every((t) => t.source?.file.endsWith('/migration.sql'))).toBe(true);
    expect(facts.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'notice',
        file: 'prisma/schema.prisma',
        message: expect.stringContaining('SQL migrations in prisma/migrations/'),
      }),
    );
  });

  test('migration folders count whatever they are called (umami: 01_init/), unless excluded', async () => {
    const repo = tempRepo({
      'prisma/schema.prisma': fixtureFiles('shop')['prisma/schema.prisma']!,
      'prisma/migrations/01_init/migration.sql': 'CREATE TABLE "Tag" ("id" SERIAL PRIMARY KEY);\n',
    });
    const text = (f: string) => readFileSync(join(repo, f), 'utf8');
    const r = await extractPrisma({ repoRoot: repo, files: ['prisma/schema.prisma'], text, settings: AUTO_SOURCES });
    expect(r.facts).toEqual({});
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ message: expect.stringContaining('prisma/migrations/') }),
    ]);

    // Migrations the config excludes are not read, so they cannot stand in for the schema.
    const settings = { ...AUTO_SOURCES, exclude: ['prisma/migrations/**'] };
    const alone = await extractPrisma({ repoRoot: repo, files: ['prisma/schema.prisma'], text, settings });
    expect(alone.facts.schema?.tables).toHaveLength(12);
  });

  test("a generated client's copy of the schema is read once, as the schema with the migrations", async () => {
    const shop = fixtureFiles('shop');
    // Sorted first, the copy would be read were it not a copy.
    const repo = tempRepo({ ...shop, 'app/generated/prisma/schema.prisma': shop['prisma/schema.prisma']! });
    const files = ['app/generated/prisma/schema.prisma', 'prisma/schema.prisma'];
    const text = (f: string) => readFileSync(join(repo, f), 'utf8');
    const r = await extractPrisma({ repoRoot: repo, files, text, settings: AUTO_SOURCES });
    expect(r.facts).toEqual({});
    expect(r.diagnostics.map((d) => [d.file, d.message.split(':')[0]])).toEqual([
      [
        'app/generated/prisma/schema.prisma',
        "the same Prisma schema as prisma/schema.prisma (a generated client's copy, say)",
      ],
      ['prisma/schema.prisma', 'Prisma schema with SQL migrations in prisma/migrations/'],
    ]);
  });

  test('without the migrations, the schema alone gives the same tables, at their model lines', async () => {
    const files = Object.fromEntries(Object.entries(fixtureFiles('shop')).filter(([f]) => !f.includes('migrations/')));
    const repo = tempRepo(files);
    const facts = await buildFacts(repo, await discoverSources(repo, AUTO_SOURCES, []));
    expect(facts.schema.tables).toHaveLength(12);
    expect(facts.schema.migrations).toEqual([]);
    const orders = facts.schema.tables.find((t) => t.id === 'table:public.orders')!;
    expect(orders.source).toEqual({ file: 'prisma/schema.prisma', line: 70 });
    expect(files['prisma/schema.prisma']!.split('\n')[69]).toBe('model Order {');
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });
});

describe('bad input', () => {
  const broken = [
    'datasource db {',
    '  provider = "postgresql"',
    '}',
    '',
    'model Account {',
    '  id    Int    @id',
    '  email String @unique',
    '  plan  = "free"',
    '}',
    '',
  ].join('\n');
  const valid =
    'datasource db {\n  provider = "postgresql"\n}\n\nmodel Team {\n  id Int @id @default(autoincrement())\n}\n';

  test('a syntax error is one diagnostic at its file:line, and the other schemas are still read', async () => {
    const repo = tempRepo({ 'api/prisma/schema.prisma': broken, 'web/prisma/schema.prisma': valid });
    const files = ['api/prisma/schema.prisma', 'web/prisma/schema.prisma'];
    const text = (f: string) => readFileSync(join(repo, f), 'utf8');
    const r = await extractPrisma({ repoRoot: repo, files, text, settings: AUTO_SOURCES });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        stage: 'migrations',
        file: 'api/prisma/schema.prisma',
        line: 8,
        message: expect.stringContaining('not a valid field or attribute definition'),
      }),
    ]);
    expect(r.facts.schema?.tables.map((t) => t.id)).toEqual(['table:public.Team']);
  });

  test('a type the schema does not define is reported where it is used', async () => {
    const schema = valid.replace('@default(autoincrement())', '@default(autoincrement())\n  owner Usr');
    const r = await fromSchema({ 'prisma/schema.prisma': schema });
    expect(r.facts).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: 'prisma/schema.prisma', line: 7 })]);
  });

  test('another provider is named in a notice and yields no tables', async () => {
    const sqlite = valid.replace('postgresql', 'sqlite');
    const r = await fromSchema({ 'prisma/schema.prisma': sqlite });
    expect(r.facts).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringContaining('Prisma schema for sqlite') }),
    ]);
  });

  test('files under no datasource are reported, not guessed at', async () => {
    const repo = tempRepo({ 'lib/fragment.prisma': 'model Loose {\n  id Int @id\n}\n' });
    const r = await extractPrisma({
      repoRoot: repo,
      files: ['lib/fragment.prisma'],
      text: (f) => readFileSync(join(repo, f), 'utf8'),
      settings: AUTO_SOURCES,
    });
    expect(r.facts).toEqual({});
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringContaining('without a datasource block') }),
    ]);
  });
});

describe('what the datasource and the attributes change', () => {
  const schema = (datasource: string, models: string) =>
    `datasource db {\n  provider = "postgresql"\n${datasource}}\n\n${models}`;
  const teamAndMember = [
    'model Team {\n  id      Int      @id @default(autoincrement())\n  members Member[]\n}\n',
    'model Member {\n  id     Int  @id\n  teamId Int\n  team   Team @relation(fields: [teamId], references: [id])\n}\n',
  ].join('\n');

  test('relationMode = "prisma": the relations are documented, marked as kept by Prisma Client', async () => {
    const r = await fromSchema({ 'prisma/schema.prisma': schema('  relationMode = "prisma"\n', teamAndMember) });
    expect(r.facts!.tables.map((t) => t.name)).toEqual(['Member', 'Team']);
    expect(r.facts!.foreignKeys).toEqual([
      expect.objectContaining({
        table: 'table:public.Member',
        columns: ['teamId'],
        refTable: 'table:public.Team',
        refColumns: ['id'],
        parentCardinality: 'exactly-one',
        keptBy: { client: 'Prisma Client', source: { file: 'prisma/schema.prisma', line: 3 } },
      }),
    ]);
    // The same schema without the mode: the database enforces the relation, nothing is marked.
    const enforced = await fromSchema({ 'prisma/schema.prisma': schema('', teamAndMember) });
    const { keptBy: _kept, ...sameRelation } = r.facts!.foreignKeys[0]!;
    expect(enforced.facts!.foreignKeys).toEqual([sameRelation]);
  });

  test('relationMode = "prisma" beside migrations: tables from the migrations, relations from the schema', async () => {
    const migration = [
      'CREATE TABLE "Team" ("id" SERIAL NOT NULL, CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));',
      'CREATE TABLE "Member" ("id" INTEGER NOT NULL, "teamId" INTEGER NOT NULL,',
      '  CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));',
      '',
    ].join('\n');
    // A relation the migrations have not caught up with: told, not drawn.
    const badge = [
      'model Badge {',
      '  id       Int    @id',
      '  memberId Int',
      '  member   Member @relation(fields: [memberId], references: [id])',
      '}',
    ].join('\n');
    const ahead = `${teamAndMember}\n${badge}\n`;
    const withMembers = ahead.replace('  teamId Int\n', '  teamId Int\n  badges Badge[]\n');
    const repo = tempRepo({
      'prisma/schema.prisma': schema('  relationMode = "prisma"\n', withMembers),
      'prisma/migrations/20240101000000_init/migration.sql': migration,
      'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
    });
    const facts = await buildFacts(repo, await discoverSources(repo, AUTO_SOURCES, []));
    expect(facts.schema.tables.map((t) => [t.name, t.source?.file])).toEqual([
      ['Member', 'prisma/migrations/20240101000000_init/migration.sql'],
      ['Team', 'prisma/migrations/20240101000000_init/migration.sql'],
    ]);
    expect(facts.schema.foreignKeys.map((fk) => [fk.table, fk.columns, fk.refTable, fk.keptBy?.client])).toEqual([
      ['table:public.Member', ['teamId'], 'table:public.Team', 'Prisma Client'],
    ]);
    expect(facts.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'prisma/schema.prisma',
        line: 3,
        message: expect.stringMatching(/^1 relation of this schema .* the schema is ahead of its migrations/),
      }),
    );
    // One finding for the setting, with every relation it concerns, and the unindexed column found.
    const rules = facts.findings.map((f) => [f.rule, f.source.file, f.source.line]);
    expect(rules).toContainEqual(['relations-without-constraints', 'prisma/schema.prisma', 3]);
    expect(facts.findings.find((f) => f.rule === 'relations-without-constraints')!.factIds).toEqual(
      facts.schema.foreignKeys.map((fk) => fk.id),
    );
    expect(facts.findings.map((f) => f.rule)).toContain('foreign-key-without-index');
  });

  test('relations kept by Prisma Client are drawn dashed and said to have no constraint', async () => {
    const repo = tempRepo({ 'prisma/schema.prisma': schema('  relationMode = "prisma"\n', teamAndMember) });
    await runPipeline(repo);
    const data = readDoc(repo, 'data-model.md');
    expect(data).toMatch(/\n {2}Team \|\|\.\.o\{ Member : "teamId"\n/);
    expect(data).toContain('| `Member(teamId)` | `Team(id)` | 0..n : 1 |');
    expect(data).toContain('none in the database: kept by Prisma Client |');
    const risks = readDoc(repo, 'risks.md');
    expect(risks).toContain('1 relation has no foreign key in the database: Prisma Client keeps it, so a write');
  });

  test("a model only valid while @@ignore'd is left out, and the notice says so", async () => {
    const log = 'model AuditLog {\n  message String\n  at      DateTime @default(now())\n\n  @@ignore\n}\n';
    const r = await fromSchema({ 'prisma/schema.prisma': schema('', `${teamAndMember}\n${log}`) });
    expect(r.facts!.tables.map((t) => t.name)).toEqual(['Member', 'Team']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringContaining('@ignore/@@ignore') }),
    ]);
  });

  test('a syntax error inside the datasource block is reported at its line, not as an unknown provider', async () => {
    const r = await fromSchema({ 'prisma/schema.prisma': schema('  relationMode "prisma"\n', teamAndMember) });
    expect(r.facts).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
  });

  test('CockroachDB is rendered as PostgreSQL, its native types by their PostgreSQL names', async () => {
    const models = 'model Item {\n  id   BigInt @id @default(autoincrement())\n  code String @db.String(12)\n}\n';
    const text = schema('', models).replace('postgresql', 'cockroachdb');
    const r = await fromSchema({ 'prisma/schema.prisma': text });
    expect(r.facts!.tables[0]!.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'bigint'],
      ['code', 'character varying(12)'],
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ message: expect.stringContaining('CockroachDB') })]);
  });
});

test('connection URLs, which the packaged engine refuses, become comments on the same lines', () => {
  const [[, out]] = withoutConnectionUrls([
    ['schema.prisma', 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n'],
  ]) as [[string, string]];
  expect(out.split('\n')).toEqual([
    'datasource db {',
    '  provider = "postgresql"',
    '  //url      = env("DATABASE_URL")',
    '}',
    '',
  ]);
});
