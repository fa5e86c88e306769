import type { Diagnostic, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import type { MigrationSet } from '../migrations/migration-layout.js';
import { replayPostgres } from '../migrations/replay-postgres.js';
import type { Dmmf } from './dmmf.js';
import { engineErrorDiagnostics } from './engine-errors.js';
import { withIgnoredIncluded, withoutConnectionUrls } from './engine-input.js';
import type { PrismaEngine, SchemaFiles } from './load-prisma-engine.js';
import type { PrismaSchemaSet } from './prisma-schemas.js';
import { type RenderedStatement, renderPostgresDdl } from './render-postgres-ddl.js';
import { datasourceSettings, outlineSchema } from './schema-outline.js';

// One Prisma schema → its tables: the engine validates it and gives the data model, the model is
// rendered as the SQL `prisma migrate` would write, and that SQL is replayed into the embedded
// PostgreSQL exactly as migrations are, so the catalog reader describes it. The facts are then
// pointed back at the schema: each table at its `model X {` line, each failure at the line of
// the model, field or attribute whose SQL failed.

const RENDERED_PROVIDERS = new Set(['postgresql', 'postgres', 'cockroachdb']);

export async function readPrismaSchema(
  engine: PrismaEngine,
  set: PrismaSchemaSet & { main: string },
  text: (file: string) => string,
): Promise<Extracted<SchemaFacts | undefined>> {
  const diagnostics: Diagnostic[] = [];
  const written: SchemaFiles = set.files.map((f) => [f, text(f)]);
  const files = withoutConnectionUrls(written);

  // Validation first: a schema the engine rejects is reported where it is wrong, whatever its provider.
  const dmmf = readDataModel(engine, files, set, diagnostics);
  if (!dmmf) return { facts: undefined, diagnostics };
  const datasource = engine.config(files).config.datasources[0];
  const provider = datasource?.activeProvider ?? '';
  if (!RENDERED_PROVIDERS.has(provider)) {
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.main,
      message:
        `Prisma schema for ${provider || 'an unknown provider'}: only PostgreSQL (postgresql, cockroachdb) ` +
        'schemas are rendered to tables for now; its models are not documented',
    });
    return { facts: undefined, diagnostics };
  }
  if (provider === 'cockroachdb')
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.main,
      message: 'CockroachDB schema rendered as PostgreSQL: column types carry their PostgreSQL names',
    });

  const outline = outlineSchema(written);
  const ds = datasourceSettings(outline.datasource());
  // relationMode = "prisma": the database has no foreign keys, but the relations are the data model
  // all the same. They are rendered as constraints to be read like any other, then marked as kept
  // by Prisma Client, so the docs draw them and say that nothing in the database enforces them.
  const keptByClient = ds.relationMode === 'prisma' ? ds.relationModeAt : undefined;
  const rendered = renderPostgresDdl(dmmf, outline, {
    defaultSchema: 'public',
    schemas: datasource?.schemas ?? [],
    foreignKeys: true,
    extensions: ds.extensions,
  });
  const sql = sqlText(rendered.statements);
  const virtual = `${set.main} (as SQL)`;
  const replaySet: MigrationSet = {
    dir: set.dir,
    layout: 'dump',
    files: [{ file: virtual, version: '0', section: 'whole' }],
    dialect: 'postgres',
  };
  const replay = await replayPostgres([replaySet], new Map([[virtual, sql.text]]));
  for (const d of replay.diagnostics) {
    if (d.file !== virtual && d.file !== set.dir) {
      diagnostics.push(d);
      continue;
    }
    const origin = d.line === undefined ? undefined : sql.originAt(d.line);
    diagnostics.push({
      ...d,
      file: origin?.file ?? set.main,
      ...(origin ? { line: origin.line } : {}),
      message: `Prisma schema rendered as SQL: ${d.message}`,
    });
  }
  const facts = replay.facts;
  // Not migrations: nothing was migrated, and migration findings (locks, NOT VALID) do not apply.
  facts.migrations = [];
  if (keptByClient)
    facts.foreignKeys = facts.foreignKeys.map((fk) => ({
      ...fk,
      keptBy: { client: 'Prisma Client', source: keptByClient },
    }));
  facts.tables = facts.tables.map(({ source: _replayed, ...t }) => {
    const source = rendered.tableSources.get(t.id);
    return source ? { ...t, source } : t;
  });
  return { facts, diagnostics };
}

/**
 * The data model with `@ignore`d fields and models included (migrate creates them); when the
 * engine only accepts the schema with them ignored, without them and a notice; when it accepts
 * neither, its errors at their file:line.
 */
function readDataModel(
  engine: PrismaEngine,
  files: SchemaFiles,
  set: PrismaSchemaSet & { main: string },
  diagnostics: Diagnostic[],
): Dmmf | undefined {
  const included = withIgnoredIncluded(files);
  if (included.changed) {
    try {
      return { datamodel: engine.dataModel(included.files) } as Dmmf;
    } catch {
      // read as written below
    }
  }
  try {
    const dmmf = { datamodel: engine.dataModel(files) } as Dmmf;
    if (included.changed)
      diagnostics.push({
        severity: 'notice',
        stage: 'migrations',
        file: set.main,
        message:
          'Prisma schema has @ignore/@@ignore fields or models: their columns and tables exist in the ' +
          'database but are not documented (the schema is only valid with them ignored)',
      });
    return dmmf;
  } catch (err) {
    const found = engineErrorDiagnostics(err, set.files);
    diagnostics.push(...(found.length > 0 ? found : [crashDiagnostic('migrations', set.main, err)]));
    return undefined;
  }
}

/** The statements as one SQL text, and which schema line each SQL line comes from. */
function sqlText(statements: RenderedStatement[]): {
  text: string;
  originAt(line: number): SourceLocation | undefined;
} {
  const starts: { line: number; origin: SourceLocation }[] = [];
  let line = 1;
  const parts: string[] = [];
  for (const st of statements) {
    starts.push({ line, origin: st.origin });
    parts.push(`${st.sql};\n`);
    line += st.sql.split('\n').length + 1;
  }
  return {
    text: parts.join('\n'),
    originAt(at) {
      let hit: SourceLocation | undefined;
      for (const s of starts) if (s.line <= at) hit = s.origin;
      return hit;
    },
  };
}
