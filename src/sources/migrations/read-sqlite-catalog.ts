import type { Column, ForeignKey, Index, SchemaFacts, Table } from '../../facts/model.js';
import { BOOKKEEPING_TABLES } from './bookkeeping-tables.js';
import { queryRows, type SqliteDatabase } from './load-sqljs.js';
import { indexKeyTexts, namedForeignKeys } from './sqlite-ddl-text.js';

/** SQLite has one schema per attached database; migrations create theirs in `main`. */
export const SQLITE_SCHEMA = 'main';

interface TableRow {
  name: string;
  type: 'table' | 'view' | 'virtual' | 'shadow';
  wr: number;
  sql: string | null;
}
interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
  hidden: number;
}
interface IndexRow {
  name: string;
  unique: number;
  origin: 'c' | 'u' | 'pk';
  partial: number;
}
interface IndexColumnRow {
  cid: number;
  name: string | null;
}
interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

/**
 * Reads tables, views, columns, keys, foreign keys and indexes from SQLite's own catalog
 * (sqlite_schema and the table-valued pragmas) after the migrations were replayed into it:
 * renames, drops, rebuilt tables and ALTERs are already applied. `problems` are what the
 * catalog holds that cannot be documented as is (a foreign key to a table that does not exist).
 */
export function readSqliteCatalog(db: SqliteDatabase): {
  schema: Omit<SchemaFacts, 'dialect' | 'migrations'>;
  problems: string[];
} {
  const problems: string[] = [];
  // Internal tables (sqlite_schema, sqlite_sequence, sqlite_stat1: the prefix is reserved) and a
  // virtual table's shadow tables (its storage) are SQLite's, not the application's.
  const rels = queryRows<TableRow>(
    db,
    `SELECT l.name, l.type, l.wr, s.sql FROM pragma_table_list l
     LEFT JOIN sqlite_schema s ON s.name = l.name AND s.type IN ('table', 'view')
     WHERE l.schema = 'main' AND l.type <> 'shadow' AND lower(substr(l.name, 1, 7)) <> 'sqlite_'
     ORDER BY l.name`,
  ).filter((r) => !BOOKKEEPING_TABLES.has(r.name.toLowerCase()));

  const tables: Table[] = [];
  const indexes: Index[] = [];
  const uniqueSets = new Map<string, string[][]>();
  const byName = new Map<string, Table>();
  for (const r of rels) {
    const t: Table = {
      id: `table:${SQLITE_SCHEMA}.${r.name}`,
      schema: SQLITE_SCHEMA,
      name: r.name,
      kind: r.type === 'view' ? 'view' : 'table',
      columns: [],
      primaryKey: [],
    };
    let cols: ColumnRow[] = [];
    try {
      cols = queryRows<ColumnRow>(db, 'SELECT * FROM pragma_table_xinfo(?) ORDER BY cid', [r.name]);
    } catch (err) {
      // A view over a table a later migration dropped has no columns SQLite can name.
      problems.push(`${t.id}: its columns cannot be read (${(err as Error).message})`);
    }
    const tableIndexes = t.kind === 'table' ? readIndexes(db, r.name, t.id) : [];
    // An INTEGER PRIMARY KEY is the rowid itself (never NULL, though the pragma says notnull 0);
    // any other primary key of a rowid table, and every WITHOUT ROWID one, has an index of origin pk.
    const pkColumns = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const rowidAlias = r.wr === 0 && pkColumns.length === 1 && !tableIndexes.some((i) => i.primary);
    for (const c of cols) {
      if (c.hidden === 1) continue; // a virtual table's hidden column; 2 and 3 are generated columns
      const column: Column = {
        id: `column:${SQLITE_SCHEMA}.${r.name}.${c.name}`,
        name: c.name,
        type: c.type,
        nullable: c.notnull === 0 && !(rowidAlias && c.pk > 0),
      };
      if (c.dflt_value !== null) column.default = c.dflt_value;
      t.columns.push(column);
    }
    t.primaryKey = pkColumns.map((c) => c.name);
    const unique: string[][] = t.primaryKey.length > 0 ? [t.primaryKey] : [];
    for (const i of tableIndexes) if (i.unique) unique.push(i.columns);
    uniqueSets.set(r.name, unique);
    indexes.push(...tableIndexes);
    tables.push(t);
    byName.set(r.name.toLowerCase(), t);
  }
  indexes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const foreignKeys: ForeignKey[] = [];
  const seen = new Set<string>();
  for (const r of rels) {
    if (r.type === 'view') continue;
    const t = byName.get(r.name.toLowerCase())!;
    const rows = queryRows<ForeignKeyRow>(db, 'SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq', [r.name]);
    const named = r.sql ? namedForeignKeys(r.sql) : [];
    for (const group of groupById(rows)) {
      const head = group[0]!;
      // SQLite accepts a reference to a table that does not exist (yet): there is no parent to draw.
      const parent = byName.get(head.table.toLowerCase());
      if (!parent) {
        problems.push(`${t.id} has a foreign key to ${head.table}, which the migrations never create`);
        continue;
      }
      const columns = group.map((g) => canonical(t, g.from));
      // `REFERENCES parent` without columns means the parent's primary key.
      const refColumns = group.every((g) => g.to !== null)
        ? group.map((g) => canonical(parent, g.to!))
        : parent.primaryKey;
      const side = (table: Table, cols: string[]) => `${SQLITE_SCHEMA}.${table.name}(${cols.join(',')})`;
      const id = `fk:${side(t, columns)}->${side(parent, refColumns)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const sameColumns = (set: string[]) =>
        set.length === columns.length && set.every((x) => columns.some((c) => c.toLowerCase() === x.toLowerCase()));
      const declared = named.find((n) => sameColumns(n.columns));
      const unique = (uniqueSets.get(r.name) ?? []).some(sameColumns);
      const allNotNull = columns.every((name) => t.columns.find((col) => col.name === name)?.nullable === false);
      foreignKeys.push({
        id,
        // SQLite names a foreign key only when the DDL does (CONSTRAINT <name>); none is invented.
        name: declared?.name ?? '',
        table: t.id,
        columns,
        refTable: parent.id,
        refColumns,
        onDelete: head.on_delete,
        onUpdate: head.on_update,
        childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
        parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
      });
    }
  }
  foreignKeys.sort((a, b) => a.id.localeCompare(b.id));
  return { schema: { tables, foreignKeys, indexes, enums: [] }, problems };
}

function readIndexes(db: SqliteDatabase, table: string, tableId: string): Index[] {
  const list = queryRows<IndexRow>(db, 'SELECT * FROM pragma_index_list(?) ORDER BY name', [table]);
  return list.map((i) => {
    const keys = queryRows<IndexColumnRow>(db, 'SELECT * FROM pragma_index_info(?) ORDER BY seqno', [i.name]);
    const sql =
      queryRows<{ sql: string | null }>(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?", [
        i.name,
      ])[0]?.sql ?? null;
    // An expression key has no column name (cid -2): its text as written in the CREATE INDEX.
    const written = sql && keys.some((k) => k.name === null) ? indexKeyTexts(sql) : [];
    const columns = keys.map((k, n) => k.name ?? (k.cid === -1 ? 'rowid' : (written[n] ?? '?')));
    // The automatic index behind a PRIMARY KEY or UNIQUE constraint has no CREATE text of its own.
    const definition = sql ?? `${i.origin === 'pk' ? 'PRIMARY KEY' : 'UNIQUE'} (${columns.join(', ')})`;
    return {
      id: `index:${SQLITE_SCHEMA}.${i.name}`,
      name: i.name,
      table: tableId,
      columns,
      unique: i.unique === 1,
      primary: i.origin === 'pk',
      definition,
    };
  });
}

function groupById(rows: ForeignKeyRow[]): ForeignKeyRow[][] {
  const groups = new Map<number, ForeignKeyRow[]>();
  for (const r of rows) groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
  // The pragma numbers a table's foreign keys from the last declared: first declared first, so a
  // duplicate keeps the first one's name.
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([, g]) => g);
}

/** A column name as the table spells it (SQLite matches names without regard to case). */
function canonical(t: Table, name: string): string {
  return t.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}
