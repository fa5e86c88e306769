import type { Column, ForeignKey, Index, Migration, SchemaFacts, Table } from './model.js';

// The schema change between two runs (a pull request's base and head), in the words a reviewer
// uses: a table added or dropped, a column renamed, a type or nullability changed, an index or a
// foreign key added or dropped, and whether the migrations that make the change can be rolled back.
// Renames are inferred the way a reviewer would: a table that disappeared and one that appeared
// with exactly the same columns, or in one table exactly one column gone and one come with the
// same type, nullability and default.

export type SchemaChange =
  | { kind: 'table-added' | 'table-dropped'; table: string }
  | { kind: 'table-renamed'; table: string; from: string }
  | { kind: 'column-added' | 'column-dropped'; table: string; column: string }
  | { kind: 'column-renamed'; table: string; column: string; from: string }
  | { kind: 'column-type-changed'; table: string; column: string; from: string; to: string }
  | { kind: 'column-nullability-changed'; table: string; column: string; nullable: boolean }
  | { kind: 'column-default-changed'; table: string; column: string; from?: string; to?: string }
  | { kind: 'index-added' | 'index-dropped'; index: string; table: string }
  | { kind: 'foreign-key-added' | 'foreign-key-dropped'; table: string; columns: string[]; refTable: string };

export interface SchemaDiff {
  changes: SchemaChange[];
  /** Migrations the head has and the base had not. */
  newMigrations: Migration[];
  /** Of those, the ones without a rollback (no `.down.sql`, no down section). */
  withoutRollback: Migration[];
}

const display = (t: Pick<Table, 'schema' | 'name'>) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
const shape = (t: Table) => JSON.stringify(t.columns.map((c) => [c.name, c.type, c.nullable, c.default]));
const sameColumn = (a: Column, b: Column) => a.type === b.type && a.nullable === b.nullable && a.default === b.default;

export function schemaChanges(before: SchemaFacts, after: SchemaFacts): SchemaDiff {
  const changes: SchemaChange[] = [];
  const old = new Map(before.tables.map((t) => [t.id, t]));
  const now = new Map(after.tables.map((t) => [t.id, t]));
  const added = after.tables.filter((t) => !old.has(t.id));
  const dropped = before.tables.filter((t) => !now.has(t.id));
  for (const t of added) {
    const from = dropped.find((d) => shape(d) === shape(t));
    if (from) {
      dropped.splice(dropped.indexOf(from), 1);
      changes.push({ kind: 'table-renamed', table: display(t), from: display(from) });
    } else changes.push({ kind: 'table-added', table: display(t) });
  }
  for (const t of dropped) changes.push({ kind: 'table-dropped', table: display(t) });

  for (const t of after.tables) {
    const prev = old.get(t.id);
    if (prev) changes.push(...columnChanges(prev, t));
  }
  const indexKey = (i: Index) => i.id;
  const oldIndexes = new Map(before.indexes.map((i) => [indexKey(i), i]));
  const newIndexes = new Map(after.indexes.map((i) => [indexKey(i), i]));
  const tableName = (id: string, facts: SchemaFacts) => {
    const t = facts.tables.find((x) => x.id === id);
    return t ? display(t) : id.replace(/^table:(public\.)?/, '');
  };
  for (const [k, i] of newIndexes) {
    if (!oldIndexes.has(k) && !i.primary)
      changes.push({ kind: 'index-added', index: i.name, table: tableName(i.table, after) });
  }
  for (const [k, i] of oldIndexes) {
    if (!newIndexes.has(k) && !i.primary) {
      changes.push({ kind: 'index-dropped', index: i.name, table: tableName(i.table, before) });
    }
  }
  const fkKey = (f: ForeignKey) => f.id;
  const oldFks = new Set(before.foreignKeys.map(fkKey));
  const newFks = new Set(after.foreignKeys.map(fkKey));
  const fk = (kind: 'foreign-key-added' | 'foreign-key-dropped', f: ForeignKey, facts: SchemaFacts) =>
    changes.push({
      kind,
      table: tableName(f.table, facts),
      columns: f.columns,
      refTable: tableName(f.refTable, facts),
    });
  for (const f of after.foreignKeys) if (!oldFks.has(fkKey(f))) fk('foreign-key-added', f, after);
  for (const f of before.foreignKeys) if (!newFks.has(fkKey(f))) fk('foreign-key-dropped', f, before);

  const known = new Set(before.migrations.map((m) => m.id));
  const newMigrations = after.migrations.filter((m) => !known.has(m.id));
  return { changes, newMigrations, withoutRollback: newMigrations.filter((m) => m.rollback === undefined) };
}

function columnChanges(before: Table, after: Table): SchemaChange[] {
  const table = display(after);
  const out: SchemaChange[] = [];
  const old = new Map(before.columns.map((c) => [c.name, c]));
  const now = new Map(after.columns.map((c) => [c.name, c]));
  const added = after.columns.filter((c) => !old.has(c.name));
  const dropped = before.columns.filter((c) => !now.has(c.name));
  if (added.length === 1 && dropped.length === 1 && sameColumn(added[0]!, dropped[0]!)) {
    out.push({ kind: 'column-renamed', table, column: added[0]!.name, from: dropped[0]!.name });
  } else {
    for (const c of added) out.push({ kind: 'column-added', table, column: c.name });
    for (const c of dropped) out.push({ kind: 'column-dropped', table, column: c.name });
  }
  for (const c of after.columns) {
    const p = old.get(c.name);
    if (!p) continue;
    if (p.type !== c.type) out.push({ kind: 'column-type-changed', table, column: c.name, from: p.type, to: c.type });
    if (p.nullable !== c.nullable)
      out.push({ kind: 'column-nullability-changed', table, column: c.name, nullable: c.nullable });
    if (p.default !== c.default) {
      out.push({
        kind: 'column-default-changed',
        table,
        column: c.name,
        ...(p.default !== undefined ? { from: p.default } : {}),
        ...(c.default !== undefined ? { to: c.default } : {}),
      });
    }
  }
  return out;
}

/** One line per change, for the pull-request body and the job summary. */
export function describeSchemaChange(c: SchemaChange): string {
  const code = (s: string) => `\`${s}\``;
  switch (c.kind) {
    case 'table-added':
      return `table ${code(c.table)} added`;
    case 'table-dropped':
      return `table ${code(c.table)} dropped`;
    case 'table-renamed':
      return `table ${code(c.from)} renamed to ${code(c.table)}`;
    case 'column-added':
      return `column ${code(`${c.table}.${c.column}`)} added`;
    case 'column-dropped':
      return `column ${code(`${c.table}.${c.column}`)} dropped`;
    case 'column-renamed':
      return `column ${code(`${c.table}.${c.from}`)} renamed to ${code(c.column)}`;
    case 'column-type-changed':
      return `column ${code(`${c.table}.${c.column}`)} type ${code(c.from)} → ${code(c.to)}`;
    case 'column-nullability-changed':
      return `column ${code(`${c.table}.${c.column}`)} now ${c.nullable ? 'nullable' : 'NOT NULL'}`;
    case 'column-default-changed':
      return (
        `column ${code(`${c.table}.${c.column}`)} default ` +
        `${c.from ? code(c.from) : 'none'} → ${c.to ? code(c.to) : 'none'}`
      );
    case 'index-added':
      return `index ${code(c.index)} on ${code(c.table)} added`;
    case 'index-dropped':
      return `index ${code(c.index)} on ${code(c.table)} dropped`;
    case 'foreign-key-added':
      return `foreign key ${code(`${c.table}(${c.columns.join(', ')})`)} → ${code(c.refTable)} added`;
    case 'foreign-key-dropped':
      return `foreign key ${code(`${c.table}(${c.columns.join(', ')})`)} → ${code(c.refTable)} dropped`;
  }
}
