import { factIndex } from '../../facts/index/fact-index.js';
import type { SchemaFacts, Table } from '../../facts/model.js';
import { erDiagram } from '../mermaid.js';
import { clusterErDiagram, clusterMapDiagram } from '../views/cluster-diagrams.js';
import { clusterTables, MAX_CLUSTER_TABLES } from '../views/table-clusters.js';
import {
  inlineCode,
  codeNode,
  emphasis,
  heading,
  joined,
  paragraph,
  tableNode,
  type Inline,
  type Section,
} from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

const none = (what: string): Section => [paragraph(emphasis(what))];
const qualified = (t: { schema: string; name: string }) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
const tableName = (ctx: SectionContext, id: string) => {
  const t = factIndex(ctx.facts).tableById(id);
  return t ? qualified(t) : id.replace(/^table:/, '');
};

/** The engine each dialect's migrations are replayed in, as the docs name it. */
const ENGINES: Record<SchemaFacts['dialect'], string> = {
  postgres: 'PostgreSQL (embedded)',
  sqlite: 'SQLite (embedded)',
  mysql: 'a MySQL model built from the parsed statements',
};

export function dataSummary(ctx: SectionContext): Section {
  const s = ctx.facts.schema;
  if (s.migrations.length === 0 && s.tables.length === 0) {
    return none('No database migrations were found in this repository.');
  }
  if (s.migrations.length === 0) {
    // A Prisma schema without SQL migrations: the tables are what `prisma migrate` would create.
    const files = [...new Set(s.tables.flatMap((t) => (t.source ? [t.source.file] : [])))];
    return [
      paragraph(
        `${s.tables.length} tables, ${s.foreignKeys.length} foreign keys, ${s.indexes.length} indexes and `,
        `${s.enums.length} enumerated types, as \`prisma migrate\` would create them from `,
        ...files.slice(0, 3).flatMap((f, i) => [i === 0 ? '' : ', ', inlineCode(f)]),
        ' (the repository has no SQL migrations for it).',
      ),
    ];
  }
  const tables = s.tables.filter((t) => t.kind === 'table').length;
  const views = s.tables.length - tables;
  const failed = s.migrations.reduce((n, m) => n + m.failed, 0);
  return [
    paragraph(
      `${tables} tables, ${views} views, ${s.foreignKeys.length} foreign keys, ` +
        `${s.indexes.length} indexes and ${s.enums.length} enumerated types, `,
      `after replaying ${s.migrations.length} migrations in ${ENGINES[s.dialect]}.`,
      failed > 0
        ? ` ${failed} statements could not be replayed; ` +
            `the schema below lacks their effect (see the run's diagnostics).`
        : '',
    ),
  ];
}

/** Schemas this small are drawn with every column. */
const FULL_COLUMNS_TABLES = 10;

/**
 * The schema without its partitions: a partition has its parent's columns and keys, so drawing
 * twelve monthly partitions beside their parent says nothing the parent does not.
 */
function withoutPartitions(schema: SchemaFacts): SchemaFacts {
  const ids = new Set(schema.tables.map((t) => t.id));
  const shown = (id: string) => {
    const t = schema.tables.find((x) => x.id === id);
    return !t?.partitionOf || !ids.has(t.partitionOf);
  };
  return {
    ...schema,
    tables: schema.tables.filter((t) => shown(t.id)),
    foreignKeys: schema.foreignKeys.filter((f) => shown(f.table) && shown(f.refTable)),
  };
}

export function dataErDiagram(ctx: SectionContext): Section {
  const schema = withoutPartitions(ctx.facts.schema);
  if (schema.tables.length === 0) return none('No tables.');
  if (schema.tables.length <= FULL_COLUMNS_TABLES) return [codeNode('mermaid', erDiagram(schema))];
  // Up to a cluster's size, one diagram still reads — with key columns only (every column of a
  // 15-table schema drew a diagram shrunk to a third of its size on a real repository).
  if (schema.tables.length <= MAX_CLUSTER_TABLES) {
    return [
      codeNode('mermaid', erDiagram(schema, { tables: schema.tables.map((t) => t.id) })),
      paragraph(emphasis('Key columns only; every column is listed in the tables below.')),
    ];
  }
  const clustered = clusterTables(schema);
  const out: Section = [
    paragraph(
      `${schema.tables.length} tables and views, too many for one readable diagram, `,
      `in ${clustered.clusters.length} clusters of at most ${MAX_CLUSTER_TABLES}: `,
      'tables joined by foreign keys, split by schema, by name prefix or at much-referenced tables ',
      'when the group is larger; tables without foreign keys are gathered as other tables. ',
      'The map shows the clusters and the foreign keys between them; ',
      "each cluster's diagram shows key columns only, and every column is listed under Tables.",
    ),
    codeNode('mermaid', clusterMapDiagram(clustered)),
  ];
  for (const cluster of clustered.clusters) {
    out.push(heading(3, cluster.name));
    const count = cluster.tables.length === 1 ? '1 table.' : `${cluster.tables.length} tables.`;
    const stubs = cluster.referenced.map((id): Inline[] => {
      const home = clustered.clusterOf.get(id);
      return [inlineCode(tableName(ctx, id)), home ? ` (${home.name})` : ' (not created by the migrations)'];
    });
    out.push(
      paragraph(
        count,
        stubs.length > 0 ? [' Also drawn, with their key columns only: ', ...joinedGroups(stubs), '.'] : [],
      ),
    );
    out.push(codeNode('mermaid', clusterErDiagram(schema, cluster)));
  }
  return out;
}

function joinedGroups(groups: Inline[][]): Inline[] {
  return groups.flatMap((g, i) => (i === 0 ? g : [', ', ...g]));
}

export function dataTables(ctx: SectionContext): Section {
  const { tables } = withoutPartitions(ctx.facts.schema);
  if (tables.length === 0) return none('No tables.');
  if (tables.length <= MAX_CLUSTER_TABLES) return tables.flatMap((t) => tableSection(ctx, t, 3));
  const { clusters } = clusterTables(withoutPartitions(ctx.facts.schema));
  return clusters.flatMap((cluster) => {
    const members = new Set(cluster.tables);
    return [
      heading(3, cluster.name),
      ...tables.filter((t) => members.has(t.id)).flatMap((t) => tableSection(ctx, t, 4)),
    ];
  });
}

/** A table's heading, where it is defined, and its columns. */
function tableSection(ctx: SectionContext, t: Table, depth: 3 | 4): Section {
  const out: Section = [heading(depth, qualified(t), t.kind === 'view' ? ' (view)' : '')];
  const intro: Inline[] = [];
  if (t.comment) intro.push(`${t.comment} `);
  if (t.source) intro.push('Defined in ', sourceLink(ctx, t.source), '.');
  const partitions = ctx.facts.schema.tables.filter((p) => p.partitionOf === t.id);
  if (t.partitioned || partitions.length > 0) {
    intro.push(
      intro.length ? ' ' : '',
      partitions.length === 0
        ? 'Partitioned; no partitions are created by the migrations.'
        : `Partitioned into ${partitions.length}: `,
      ...partitions.flatMap((p, i) => (i === 0 ? [inlineCode(qualified(p))] : [', ', inlineCode(qualified(p))])),
      partitions.length > 0 ? ' (same columns and keys).' : '',
    );
  }
  if (intro.length) out.push(paragraph(...intro));
  const fkCols = new Map<string, string>();
  for (const fk of ctx.facts.schema.foreignKeys.filter((f) => f.table === t.id)) {
    fk.columns.forEach((c, i) => {
      fkCols.set(c, `${tableName(ctx, fk.refTable)}.${fk.refColumns[i] ?? '?'}`);
    });
  }
  out.push(
    tableNode(
      ['Column', 'Type', 'Null', 'Default', 'Key'],
      t.columns.map((c) => [
        [inlineCode(c.name)],
        [inlineCode(c.type)],
        [c.nullable ? 'yes' : 'no'],
        defaultCell(c),
        keyCell(t, c.name, fkCols),
      ]),
    ),
  );
  return out;
}

/** What fills the column when a row does not say: its default, an identity, or the expression it is computed by. */
function defaultCell(c: Table['columns'][number]): Inline[] {
  if (c.generated !== undefined) return ['generated: ', inlineCode(c.generated)];
  if (c.identity !== undefined)
    return [c.identity === 'auto-increment' ? 'auto-increment' : `identity (${c.identity})`];
  return c.default !== undefined ? [inlineCode(c.default)] : [''];
}

function keyCell(t: Table, column: string, fkCols: Map<string, string>): Inline[] {
  const parts: Inline[][] = [];
  if (t.primaryKey.includes(column)) parts.push(['PK']);
  const ref = fkCols.get(column);
  if (ref) parts.push(['FK → ', inlineCode(ref)]);
  return parts.flatMap((p, i) => (i === 0 ? p : [', ', ...p]));
}

export function dataRelationships(ctx: SectionContext): Section {
  const { foreignKeys } = ctx.facts.schema;
  if (foreignKeys.length === 0) return none('No foreign keys.');
  const card = { 'zero-or-one': '0..1', 'zero-or-more': '0..n', 'exactly-one': '1' } as const;
  return [
    tableNode(
      ['From', 'To', 'Cardinality (child : parent)', 'On delete', 'Constraint'],
      foreignKeys.map((f) => [
        [inlineCode(`${tableName(ctx, f.table)}(${f.columns.join(', ')})`)],
        [inlineCode(`${tableName(ctx, f.refTable)}(${f.refColumns.join(', ')})`)],
        [`${card[f.childCardinality]} : ${card[f.parentCardinality]}`],
        [f.onDelete],
        f.keptBy ? [`none in the database: kept by ${f.keptBy.client}`] : [inlineCode(f.name)],
      ]),
    ),
  ];
}

export function dataIndexes(ctx: SectionContext): Section {
  const { indexes } = ctx.facts.schema;
  if (indexes.length === 0) return none('No indexes.');
  return [
    tableNode(
      ['Index', 'Table', 'Columns', 'Kind'],
      indexes.map((i) => [
        [inlineCode(i.name)],
        [tableName(ctx, i.table)],
        joined(i.columns.map(inlineCode)),
        [i.primary ? 'primary key' : i.unique ? 'unique' : 'index'],
      ]),
    ),
  ];
}

export function dataEnums(ctx: SectionContext): Section {
  const { enums } = ctx.facts.schema;
  if (enums.length === 0) return none('No enumerated types.');
  return [
    tableNode(
      ['Type', 'Values'],
      enums.map((e) => [[inlineCode(qualified(e))], joined(e.values.map(inlineCode))]),
    ),
  ];
}
