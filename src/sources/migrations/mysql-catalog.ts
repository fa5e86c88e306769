import type { Column, EnumType, ForeignKey, Index, SchemaFacts, SourceLocation, Table } from '../../facts/model.js';
import { BOOKKEEPING_TABLES } from './bookkeeping-tables.js';
import { tokenize } from './mysql-lexer.js';

// The schema in the shape of MariaDB's information_schema (TABLES, COLUMNS, STATISTICS,
// KEY_COLUMN_USAGE + REFERENTIAL_CONSTRAINTS), which both the replay's model and a real server
// produce, and the one conversion from it to facts. The oracle tests compare the two catalogs.

export interface MysqlCatalog {
  tables: { schema: string; name: string; kind: 'table' | 'view'; comment?: string }[];
  columns: {
    schema: string;
    table: string;
    name: string;
    position: number;
    /** COLUMN_TYPE: `int(11)`, `varchar(120)`, `enum('a','b')`. */
    type: string;
    nullable: boolean;
    /** COLUMN_DEFAULT: null when there is none, 'NULL' for a NULL default; views' columns have none. */
    default: string | null;
    /** EXTRA: `auto_increment`, `on update current_timestamp()` … */
    extra: string;
  }[];
  indexes: {
    schema: string;
    table: string;
    name: string;
    unique: boolean;
    /** INDEX_TYPE: BTREE, HASH (a long UNIQUE), FULLTEXT, SPATIAL. */
    type: string;
    parts: { column: string; subPart: number | null }[];
  }[];
  foreignKeys: {
    schema: string;
    table: string;
    name: string;
    columns: string[];
    refSchema: string;
    refTable: string;
    refColumns: string[];
    onDelete: string;
    onUpdate: string;
  }[];
}

const quoteName = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * Facts from a catalog. Ids follow the PostgreSQL path with the database as the schema
 * (`table:main.orders`); index ids name their table too (`index:main.orders.status_idx`),
 * since MySQL index names are unique per table, not per database. ENUM columns keep their
 * `enum('a','b')` type and are listed as enums named `<table>.<column>`.
 */
export function catalogToFacts(
  catalog: MysqlCatalog,
  created: Map<string, SourceLocation>,
): Omit<SchemaFacts, 'dialect' | 'migrations'> {
  const tables = new Map<string, Table>();
  for (const t of catalog.tables) {
    if (BOOKKEEPING_TABLES.has(t.name)) continue;
    const table: Table = {
      id: `table:${t.schema}.${t.name}`,
      schema: t.schema,
      name: t.name,
      kind: t.kind,
      columns: [],
      primaryKey: [],
      ...(t.comment ? { comment: t.comment } : {}),
    };
    const source = created.get(`${t.schema}.${t.name}`);
    if (source) table.source = source;
    tables.set(table.id, table);
  }
  const enums: EnumType[] = [];
  for (const c of catalog.columns) {
    const t = tables.get(`table:${c.schema}.${c.table}`);
    if (!t) continue;
    const column: Column = {
      id: `column:${c.schema}.${c.table}.${c.name}`,
      name: c.name,
      type: c.type,
      nullable: c.nullable,
    };
    if (c.default !== null && c.default !== 'NULL') column.default = c.default;
    if (/\bauto_increment\b/i.test(c.extra)) column.identity = 'auto-increment';
    t.columns.push(column);
    if (t.kind === 'table' && c.type.startsWith('enum(')) {
      enums.push({
        id: `enum:${c.schema}.${c.table}.${c.name}`,
        schema: c.schema,
        name: `${c.table}.${c.name}`,
        values: tokenize(c.type.slice(4))
          .filter((x) => x.kind === 'string')
          .map((x) => x.value),
      });
    }
  }
  const uniqueSets = new Map<string, string[][]>();
  const indexes: Index[] = [];
  for (const i of catalog.indexes) {
    const t = tables.get(`table:${i.schema}.${i.table}`);
    if (!t) continue;
    const columns = i.parts.map((p) => p.column);
    const primary = i.name === 'PRIMARY';
    if (primary) t.primaryKey = columns;
    if (i.unique) uniqueSets.set(t.id, [...(uniqueSets.get(t.id) ?? []), columns]);
    indexes.push({
      id: `index:${i.schema}.${i.table}.${i.name}`,
      name: i.name,
      table: t.id,
      columns,
      unique: i.unique,
      primary,
      definition: indexDefinition(i),
    });
  }
  const foreignKeys: ForeignKey[] = [];
  const seen = new Set<string>();
  for (const f of catalog.foreignKeys) {
    const t = tables.get(`table:${f.schema}.${f.table}`);
    if (!t) continue;
    const from = `${f.schema}.${f.table}(${f.columns.join(',')})`;
    const id = `fk:${from}->${f.refSchema}.${f.refTable}(${f.refColumns.join(',')})`;
    // MariaDB allows the same foreign key twice under two names; the model has one id for both.
    if (seen.has(id)) continue;
    seen.add(id);
    const unique = (uniqueSets.get(t.id) ?? []).some(
      (set) => set.length === f.columns.length && set.every((x) => f.columns.includes(x)),
    );
    const allNotNull = f.columns.every((name) => t.columns.find((c) => c.name === name)?.nullable === false);
    foreignKeys.push({
      id,
      name: f.name,
      table: t.id,
      columns: f.columns,
      refTable: `table:${f.refSchema}.${f.refTable}`,
      refColumns: f.refColumns,
      onDelete: f.onDelete,
      onUpdate: f.onUpdate,
      childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
      parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
    });
  }
  foreignKeys.sort((a, b) => a.id.localeCompare(b.id));
  indexes.sort((a, b) => a.id.localeCompare(b.id));
  return { tables: [...tables.values()], foreignKeys, indexes, enums };
}

/** An index as SHOW CREATE TABLE writes it: `UNIQUE KEY \`u\` (\`a\`,\`b\`(10))`. */
function indexDefinition(i: MysqlCatalog['indexes'][number]): string {
  const parts = i.parts.map((p) => `${quoteName(p.column)}${p.subPart !== null ? `(${p.subPart})` : ''}`).join(',');
  if (i.name === 'PRIMARY') return `PRIMARY KEY (${parts})`;
  const kind =
    i.type === 'FULLTEXT' ? 'FULLTEXT KEY' : i.type === 'SPATIAL' ? 'SPATIAL KEY' : i.unique ? 'UNIQUE KEY' : 'KEY';
  return `${kind} ${quoteName(i.name)} (${parts})${i.type === 'HASH' ? ' USING HASH' : ''}`;
}
