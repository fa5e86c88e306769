import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { Diagnostic, SchemaFacts } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import type { ExtractInput, FactContribution } from '../source-kind.js';
import { loadPrismaEngine, type PrismaEngine } from './load-prisma-engine.js';
import { groupPrismaSchemas, type PrismaSchemaSet, prismaMigrationsFolder } from './prisma-schemas.js';
import { readPrismaSchema } from './read-prisma-schema.js';
import { datasourceSettings, outlineSchema } from './schema-outline.js';

/**
 * The tables of every Prisma schema that has no SQL migrations. A schema with a `migrations/`
 * folder of Prisma migrations beside it is documented by those (the migrations kind replays
 * them: they are what the database really ran), so it yields nothing here but a notice.
 */
export async function extractPrisma({
  repoRoot,
  files,
  text,
  settings,
}: ExtractInput): Promise<Extracted<FactContribution>> {
  const diagnostics: Diagnostic[] = [];
  const schema: SchemaFacts = {
    dialect: 'postgres',
    migrations: [],
    tables: [],
    foreignKeys: [],
    indexes: [],
    enums: [],
  };
  const excluded = settings.exclude?.length ? picomatch(settings.exclude, { dot: true }) : () => false;
  let engine: PrismaEngine | undefined;
  let rendered = 0;
  /** Relations of schemas whose tables the migrations give (see keepsRelationsInClient). */
  const relationsOnly: SchemaFacts['foreignKeys'] = [];
  const sets = groupPrismaSchemas(files, text);
  const copies = copiesOf(sets, text, (set) => prismaMigrationsFolder(repoRoot, set, excluded) !== undefined);
  for (const set of sets) {
    const { main } = set;
    const original = copies.get(set);
    if (original) {
      diagnostics.push({
        severity: 'notice',
        stage: 'migrations',
        file: set.files[0]!,
        message:
          `the same Prisma schema as ${original.main ?? original.files[0]} ` +
          "(a generated client's copy, say): read once",
      });
      continue;
    }
    if (main === undefined) {
      diagnostics.push({
        severity: 'notice',
        stage: 'migrations',
        file: set.files[0]!,
        message:
          `${set.files.length === 1 ? 'Prisma schema file' : `${set.files.length} Prisma schema files`} ` +
          'without a datasource block (and under no folder with one): the provider is unknown, not rendered',
      });
      continue;
    }
    const migrations = prismaMigrationsFolder(repoRoot, set, excluded);
    if (migrations !== undefined) {
      const clientKept = keepsRelationsInClient(set, text);
      diagnostics.push({
        severity: 'notice',
        stage: 'migrations',
        file: main,
        message:
          `Prisma schema with SQL migrations in ${migrations}/: the tables are read from the migrations` +
          (clientKept
            ? '; the relations, which have no foreign keys there (relationMode = "prisma"), from the schema'
            : ''),
      });
      if (!clientKept) continue;
      // The migrations hold no trace of these relations: the schema is their only source.
      try {
        engine ??= await loadPrismaEngine();
        const r = await readPrismaSchema(engine, { ...set, main }, text);
        diagnostics.push(...r.diagnostics);
        if (!r.facts) continue;
        relationsOnly.push(...r.facts.foreignKeys);
      } catch (err) {
        diagnostics.push(crashDiagnostic('migrations', main, err));
      }
      continue;
    }
    try {
      engine ??= await loadPrismaEngine();
      const r = await readPrismaSchema(engine, { ...set, main }, text);
      diagnostics.push(...r.diagnostics);
      if (!r.facts) continue;
      rendered++;
      schema.tables.push(...r.facts.tables);
      schema.foreignKeys.push(...r.facts.foreignKeys);
      schema.indexes.push(...r.facts.indexes);
      schema.enums.push(...r.facts.enums);
    } catch (err) {
      // The engine missing or panicking costs this schema, not the run.
      diagnostics.push(crashDiagnostic('migrations', main, err));
    }
  }
  if (relationsOnly.length > 0) schema.foreignKeys.push(...relationsOnly);
  return { facts: rendered > 0 || relationsOnly.length > 0 ? { schema } : {}, diagnostics };
}

/** `relationMode = "prisma"` in the schema's datasource: no foreign key reaches the database. */
function keepsRelationsInClient(set: PrismaSchemaSet, text: (file: string) => string): boolean {
  const outline = outlineSchema(set.files.map((f): [string, string] => [f, text(f)]));
  return datasourceSettings(outline.datasource()).relationMode === 'prisma';
}

/**
 * Schemas that are byte-for-byte copies of another: Prisma Client's generator writes the schema
 * into its output folder (`src/generated/prisma/schema.prisma`), and some repositories commit it.
 * Read once: from the copy with migrations beside it when there is one (so the migrations still
 * stand in for it), else the first. Maps each copy left out to the one read.
 */
function copiesOf(
  sets: PrismaSchemaSet[],
  text: (file: string) => string,
  hasMigrations: (set: PrismaSchemaSet) => boolean,
): Map<PrismaSchemaSet, PrismaSchemaSet> {
  const byContent = new Map<string, PrismaSchemaSet[]>();
  for (const set of sets) {
    const key = JSON.stringify(set.files.map((f) => [posix.basename(f), text(f)]));
    byContent.set(key, [...(byContent.get(key) ?? []), set]);
  }
  const out = new Map<PrismaSchemaSet, PrismaSchemaSet>();
  for (const same of byContent.values()) {
    if (same.length < 2) continue;
    const kept = same.find(hasMigrations) ?? same[0]!;
    for (const set of same) if (set !== kept) out.set(set, kept);
  }
  return out;
}
