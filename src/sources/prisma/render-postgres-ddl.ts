import type { SourceLocation } from '../../facts/model.js';
import type { Dmmf, DmmfField, DmmfIndex } from './dmmf.js';
import { columnDefault, columnType } from './postgres-column-types.js';
import { joinTables } from './join-tables.js';
import { fieldOrigin, type ModelTable } from './model-table.js';
import { foreignKeyName, indexName, primaryKeyName, uniqueIndexName } from './prisma-naming.js';
import {
  type OutlineBlock,
  type OutlineField,
  type SchemaOutline,
  dbGeneratedDefault,
  relationMapName,
  stringArgument,
} from './schema-outline.js';

// The SQL `prisma migrate dev` would write for a schema on an empty PostgreSQL database, rendered
// from the engine's data model: schemas, extensions, enums, tables (columns in field order,
// primary key), implicit many-to-many join tables, indexes, then foreign keys. Replayed into the
// embedded PostgreSQL, it gives the catalog — types, defaults, names — the migrations would.
// Each statement remembers the schema line it comes from, for diagnostics and Table.source.

export interface RenderedStatement {
  sql: string;
  origin: SourceLocation;
}

export interface RenderOptions {
  /** The schema tables without `@@schema` go to (`public`, or the URL's `?schema=`). */
  defaultSchema: string;
  /** The datasource's `schemas = […]` (multi-schema). */
  schemas: string[];
  /** Render relations as FOREIGN KEY constraints (read-prisma-schema.ts marks those Prisma Client keeps). */
  foreignKeys: boolean;
  /** The datasource's `extensions = […]` (postgresqlExtensions). */
  extensions: { name: string; schema?: string }[];
}

export interface RenderedSchema {
  statements: RenderedStatement[];
  /** Where each table is defined: `table:<schema>.<name>` → the `model X {` line. */
  tableSources: Map<string, SourceLocation>;
}

const ACTIONS: Record<string, string> = {
  Cascade: 'CASCADE',
  Restrict: 'RESTRICT',
  NoAction: 'NO ACTION',
  SetNull: 'SET NULL',
  SetDefault: 'SET DEFAULT',
};

/** Operator classes and types that only exist once an extension is created. */
const NEEDS_EXTENSION: [RegExp, string][] = [
  [/_trgm_ops$/, 'pg_trgm'],
  [/^CITEXT/, 'citext'],
  [/\buuid_generate_v\d/, 'uuid-ossp'],
];

export function renderPostgresDdl(dmmf: Dmmf, outline: SchemaOutline, options: RenderOptions): RenderedSchema {
  const statements: RenderedStatement[] = [];
  const tableSources = new Map<string, SourceLocation>();
  const fallback: SourceLocation = outline.datasource() ?? outline.blocks[0] ?? { file: '', line: 1 };
  const at = (b: { file: string; line: number } | undefined): SourceLocation =>
    b ? { file: b.file, line: b.line } : { file: fallback.file, line: fallback.line };

  const enums = new Map(dmmf.datamodel.enums.map((e) => [e.name, e]));
  // The DMMF gives an enum no schema: its `@@schema` is read from the text.
  const enumSchema = (name: string) => {
    const attributes = outline.enumBlock(name)?.blockAttributes ?? [];
    return stringArgument(attributes.map((a) => a.text).join(' '), '@@schema') ?? options.defaultSchema;
  };
  const enumType = (name: string) => qualified(enumSchema(name), enums.get(name)?.dbName ?? name);
  const enumValue = (enumName: string, value: string) =>
    enums.get(enumName)?.values.find((v) => v.name === value)?.dbName ?? value;

  const tables = new Map<string, ModelTable>();
  for (const model of dmmf.datamodel.models) {
    const block = outline.model(model.name);
    if (block?.keyword === 'view') continue; // views are not created by migrate
    const columns = new Map<string, string>();
    for (const f of model.fields) if (f.kind !== 'object') columns.set(f.name, f.dbName ?? f.name);
    for (const f of unsupportedFields(block)) columns.set(f.name, stringArgument(f.attributes, '@map') ?? f.name);
    tables.set(model.name, {
      model,
      block,
      schema: model.schema ?? options.defaultSchema,
      name: model.dbName ?? model.name,
      columns,
      at: at(block),
    });
  }

  const ds = outline.datasource();
  for (const schema of options.schemas)
    statements.push({ sql: `CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`, origin: at(ds) });
  for (const ext of extensionsNeeded(dmmf, options)) {
    const where = ext.schema ? ` WITH SCHEMA ${quote(ext.schema)}` : '';
    statements.push({ sql: `CREATE EXTENSION IF NOT EXISTS ${quote(ext.name)}${where}`, origin: at(ds) });
  }

  for (const e of dmmf.datamodel.enums) {
    const values = e.values.map((v) => `'${(v.dbName ?? v.name).replaceAll("'", "''")}'`).join(', ');
    statements.push({
      sql: `CREATE TYPE ${qualified(enumSchema(e.name), e.dbName ?? e.name)} AS ENUM (${values})`,
      origin: at(outline.enumBlock(e.name)),
    });
  }

  const indexesOf = (model: string) => dmmf.datamodel.indexes.filter((i) => i.model === model);
  for (const t of tables.values()) {
    tableSources.set(`table:${t.schema}.${t.name}`, t.at);
    const pk = indexesOf(t.model.name).find((i) => i.type === 'id');
    const key = pk
      ? `CONSTRAINT ${quote(pk.dbName ?? primaryKeyName(t.name))} PRIMARY KEY ` +
        `(${pk.fields.map((f) => quote(t.columns.get(f.name) ?? f.name)).join(',')})`
      : undefined;
    const sql = createTable(qualified(t.schema, t.name), orderedColumns(t, enumType, enumValue), key);
    statements.push({ sql, origin: t.at });
  }

  const joins = joinTables(dmmf, tables, enumType);
  for (const j of joins) {
    tableSources.set(`table:${j.schema}.${j.names.table}`, j.origin);
    const columns = [`    "A" ${j.typeA} NOT NULL`, `    "B" ${j.typeB} NOT NULL`];
    const key = `CONSTRAINT ${quote(j.names.primaryKey)} PRIMARY KEY ("A","B")`;
    statements.push({ sql: createTable(qualified(j.schema, j.names.table), columns, key), origin: j.origin });
  }

  for (const t of tables.values()) {
    for (const index of indexesOf(t.model.name)) {
      if (index.type !== 'unique' && index.type !== 'normal') continue;
      statements.push({ sql: createIndex(t, index), origin: indexOrigin(t, index) });
    }
  }
  for (const j of joins) {
    const table = qualified(j.schema, j.names.table);
    statements.push({ sql: `CREATE INDEX ${quote(j.names.indexOnB)} ON ${table}("B")`, origin: j.origin });
  }

  if (options.foreignKeys) {
    for (const t of tables.values()) {
      for (const f of t.model.fields) {
        if (f.kind !== 'object' || !f.relationFromFields?.length) continue;
        const target = tables.get(f.type);
        if (!target) continue;
        statements.push({ sql: addForeignKey(t, f, target), origin: fieldOrigin(t, f.name) });
      }
    }
    for (const j of joins) {
      const table = qualified(j.schema, j.names.table);
      for (const [column, name, ref] of [
        ['A', j.names.foreignKeyA, j.refA],
        ['B', j.names.foreignKeyB, j.refB],
      ] as const) {
        statements.push({
          sql:
            `ALTER TABLE ${table} ADD CONSTRAINT ${quote(name)} FOREIGN KEY (${quote(column)}) ` +
            `REFERENCES ${qualified(ref.table.schema, ref.table.name)}(${quote(ref.column)}) ` +
            'ON DELETE CASCADE ON UPDATE CASCADE',
          origin: j.origin,
        });
      }
    }
  }
  return { statements, tableSources };
}

function createTable(name: string, columns: string[], primaryKey: string | undefined): string {
  // Prisma's layout: one column a line, a blank line, then the key.
  const body = columns.map((c, i) => (i < columns.length - 1 || primaryKey ? `${c},` : c));
  if (primaryKey) body.push('', `    ${primaryKey}`);
  return `CREATE TABLE ${name} (\n${body.join('\n')}\n)`;
}

/** Scalar fields in the model's order, Unsupported fields (left out of the DMMF) in their place. */
function orderedColumns(
  t: ModelTable,
  enumType: (name: string) => string,
  enumValue: (enumName: string, value: string) => string,
): string[] {
  const scalar = new Map(t.model.fields.filter((f) => f.kind !== 'object').map((f) => [f.name, f]));
  const out: string[] = [];
  const done = new Set<string>();
  const emit = (f: DmmfField) => {
    const type = columnType(f, enumType);
    const def = columnDefault(f, type, enumValue, t.block?.fields.find((w) => w.name === f.name)?.attributes);
    // A list column is never NOT NULL in Prisma's SQL, even when the field is required.
    out.push(columnLine(f.dbName ?? f.name, type, f.isRequired && !f.isList, def));
    done.add(f.name);
  };
  for (const written of t.block?.fields ?? []) {
    const f = scalar.get(written.name);
    if (f) emit(f);
    else if (written.type.startsWith('Unsupported(')) out.push(unsupportedColumn(written));
  }
  for (const f of scalar.values()) if (!done.has(f.name)) emit(f);
  return out;
}

function unsupportedFields(block: OutlineBlock | undefined): OutlineField[] {
  return (block?.fields ?? []).filter((f) => f.type.startsWith('Unsupported('));
}

function unsupportedColumn(f: OutlineField): string {
  const m = /^Unsupported\(("(?:[^"\\]|\\.)*")\)(\?|\[\])?$/.exec(f.type);
  const type = m ? (JSON.parse(m[1]!) as string) : f.type;
  const suffix = m?.[2];
  const def = dbGeneratedDefault(f.attributes);
  const name = stringArgument(f.attributes, '@map') ?? f.name;
  return columnLine(name, `${type}${suffix === '[]' ? '[]' : ''}`, !suffix, def);
}

function columnLine(name: string, type: string, notNull: boolean, def: string | undefined): string {
  return `    ${quote(name)} ${type}${notNull ? ' NOT NULL' : ''}${def === undefined ? '' : ` DEFAULT ${def}`}`;
}

function createIndex(t: ModelTable, index: DmmfIndex): string {
  const columns = index.fields.map((f) => t.columns.get(f.name) ?? f.name);
  const name =
    index.dbName ?? (index.type === 'unique' ? uniqueIndexName(t.name, columns) : indexName(t.name, columns));
  const using = index.algorithm && index.algorithm !== 'BTree' ? ` USING ${index.algorithm.toUpperCase()}` : '';
  const parts = index.fields.map((f, i) => {
    const opclass = f.operatorClass ? ` ${operatorClass(f.operatorClass)}` : '';
    const order = f.sortOrder === 'desc' ? ' DESC' : '';
    return `${quote(columns[i]!)}${opclass}${order}`;
  });
  const unique = index.type === 'unique' ? 'UNIQUE ' : '';
  return `CREATE ${unique}INDEX ${quote(name)} ON ${qualified(t.schema, t.name)}${using}(${parts.join(', ')})`;
}

/** `JsonbPathOps` → `jsonb_path_ops`, `Int4MinMaxMultiOps` → `int4_minmax_multi_ops`; a `raw("…")` class as is. */
function operatorClass(name: string): string {
  if (!/[A-Z]/.test(name)) return name;
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replaceAll('min_max', 'minmax')
    .replaceAll('timestamp_tz', 'timestamptz')
    .replaceAll('time_tz', 'timetz')
    .replaceAll('var_bit', 'varbit');
}

function addForeignKey(t: ModelTable, f: DmmfField, target: ModelTable): string {
  const from = f.relationFromFields!.map((n) => t.columns.get(n) ?? n);
  const to = (f.relationToFields ?? []).map((n) => target.columns.get(n) ?? n);
  const name =
    relationMapName(t.block?.fields.find((of) => of.name === f.name)?.attributes ?? '') ?? foreignKeyName(t.name, from);
  // Prisma's defaults: a required relation restricts deletes, an optional one sets null; updates cascade.
  const required =
    f.isRequired || f.relationFromFields!.some((n) => t.model.fields.find((x) => x.name === n)?.isRequired);
  const onDelete = ACTIONS[f.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')] ?? 'RESTRICT';
  const onUpdate = ACTIONS[f.relationOnUpdate ?? 'Cascade'] ?? 'CASCADE';
  return (
    `ALTER TABLE ${qualified(t.schema, t.name)} ADD CONSTRAINT ${quote(name)} ` +
    `FOREIGN KEY (${from.map(quote).join(', ')}) ` +
    `REFERENCES ${qualified(target.schema, target.name)}(${to.map(quote).join(', ')}) ` +
    `ON DELETE ${onDelete} ON UPDATE ${onUpdate}`
  );
}

/** The `@unique`/`@index` field line, or the `@@index([...])`/`@@unique([...])` naming the same fields. */
function indexOrigin(t: ModelTable, index: DmmfIndex): SourceLocation {
  const names = index.fields.map((f) => f.name);
  if (names.length === 1) {
    const onField = t.block?.fields.find((f) => f.name === names[0] && /@unique\b/.test(f.attributes));
    if (onField && index.type === 'unique') return { file: t.at.file, line: onField.line };
  }
  const attribute = index.type === 'unique' ? '@@unique' : '@@index';
  const hit = t.block?.blockAttributes.find((a) => {
    if (!a.text.startsWith(attribute)) return false;
    const list = /\[([^\]]*)\]/.exec(a.text)?.[1] ?? '';
    const listed = list.split(/,(?![^(]*\))/).map((s) => /^\s*(\w+)/.exec(s)?.[1]);
    return listed.length === names.length && listed.every((n, i) => n === names[i]);
  });
  return hit ? { file: t.at.file, line: hit.line } : t.at;
}

/** Extensions the datasource declares, and those the schema's own types need (declared or not). */
function extensionsNeeded(dmmf: Dmmf, options: RenderOptions): { name: string; schema?: string }[] {
  const out = [...options.extensions];
  const used = [
    ...dmmf.datamodel.indexes.flatMap((i) => i.fields.map((f) => f.operatorClass ?? '')),
    ...dmmf.datamodel.models.flatMap((m) =>
      m.fields.flatMap((f) => [
        f.nativeType?.[0]?.toUpperCase() ?? '',
        typeof f.default === 'object' && f.default && !Array.isArray(f.default) ? String(f.default.args[0] ?? '') : '',
      ]),
    ),
  ];
  for (const [pattern, name] of NEEDS_EXTENSION)
    if (!out.some((e) => e.name === name) && used.some((u) => pattern.test(u))) out.push({ name });
  return out;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function qualified(schema: string, name: string): string {
  return `${quote(schema)}.${quote(name)}`;
}
