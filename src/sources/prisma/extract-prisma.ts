import picomatch from 'picomatch';
import type { Diagnostic, SchemaFacts } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import type { ExtractInput, FactContribution } from '../source-kind.js';
import { loadPrismaEngine, type PrismaEngine } from './load-prisma-engine.js';
import { groupPrismaSchemas, prismaMigrationsFolder } from './prisma-schemas.js';
import { readPrismaSchema } from './read-prisma-schema.js';

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
  for (const set of groupPrismaSchemas(files, text)) {
    const { main } = set;
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
      diagnostics.push({
        severity: 'notice',
        stage: 'migrations',
        file: main,
        message: `Prisma schema with SQL migrations in ${migrations}/: the tables are read from the migrations`,
      });
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
  return { facts: rendered > 0 ? { schema } : {}, diagnostics };
}
