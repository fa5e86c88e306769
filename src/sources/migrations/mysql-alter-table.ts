import type { SourceLocation } from '../../facts/model.js';
import { buildColumn, checkRowSize, type ModelColumn } from './mysql-column-rules.js';
import { charsetMaxBytes, isLob, LOB_CAPACITY, lobFor, TEXT_TYPES } from './mysql-column-types.js';
import type { AlterOp, ColumnPosition, ColumnSpec, ForeignKeySpec, KeySpec } from './mysql-ddl.js';
import { formatDefault } from './mysql-defaults.js';
import { ServerError } from './mysql-errors.js';
import { buildForeignKey, sameKeyType } from './mysql-foreign-keys.js';
import {
  checkAutoIncrement,
  eqName,
  hasIndexOn,
  type ModelIndex,
  type PendingKey,
  settleKeys,
} from './mysql-key-rules.js';
import { engineName, type MysqlSchemaModel, type ModelTable, type Session } from './mysql-schema-model.js';

// ALTER TABLE as MariaDB runs it: on a copy of the table, all clauses or none. Column clauses
// apply in the order written (`ADD b AFTER a, ADD a` fails on `a`); then foreign keys and indexes
// are dropped, new ones added, and every key settled again against the new columns (a prefix no
// shorter than its column becomes the whole column, a generated foreign-key index covered by a new
// key goes); the checks come last, when the foreign keys must still find their columns and indexes.

export function alterTable(
  model: MysqlSchemaModel,
  original: ModelTable,
  ops: AlterOp[],
  session: Session,
  at: SourceLocation,
): void {
  const t: ModelTable = structuredClone(original);
  const renamed: [string, string][] = [];
  const changed = new Set<string>();
  const removedIndexes: string[] = [];
  /** Indexes that went with their last column (DROP COLUMN): a DROP INDEX of one of them is no error. */
  const emptied: string[] = [];
  const newKeys: PendingKey[] = [];
  const newForeignKeys: ForeignKeySpec[] = [];
  let renameTo: { db: string; name: string } | undefined;
  const find = (name: string) => t.columns.find((c) => eqName(c.name, name));
  const unknownColumn = (name: string) => new ServerError(`Unknown column '${name}' in '${t.name}'`);

  const columnKeys = (spec: ColumnSpec) => {
    const parts = [{ column: spec.name }];
    if (spec.key) newKeys.push({ spec: { kind: spec.key, parts }, generated: false });
    if (spec.serialUnique) newKeys.push({ spec: { kind: 'unique', parts }, generated: false });
    if (spec.references) addForeignKey({ ...spec.references, columns: [spec.name] });
  };
  const addForeignKey = (fk: ForeignKeySpec) => {
    const key: KeySpec = { kind: 'index', parts: fk.columns.map((column) => ({ column })) };
    const name = fk.constraint ?? fk.indexName;
    if (name !== undefined) key.name = name;
    newKeys.push({ spec: key, generated: true });
    newForeignKeys.push(fk);
  };
  const place = (c: ModelColumn, position: ColumnPosition | undefined, at: number) => {
    if (position && 'first' in position) t.columns.unshift(c);
    else if (position) {
      const after = t.columns.findIndex((x) => eqName(x.name, position.after));
      if (after < 0) throw unknownColumn(position.after);
      t.columns.splice(after + 1, 0, c);
    } else t.columns.splice(at, 0, c);
  };
  const renameColumn = (from: string, to: string) => {
    if (eqName(from, to) && from === to) return;
    for (const i of t.indexes) for (const p of i.parts) if (eqName(p.column, from)) p.column = to;
    for (const fk of t.foreignKeys) {
      fk.columns = fk.columns.map((c) => (eqName(c, from) ? to : c));
      if (fk.refDb === t.db && fk.refTable === original.name)
        fk.refColumns = fk.refColumns.map((c) => (eqName(c, from) ? to : c));
    }
    renamed.push([from, to]);
  };

  // A new default character set applies to the columns this statement adds.
  for (const op of ops) {
    if (op.op !== 'options') continue;
    if (op.options.charset) t.charset = op.options.charset;
    else if (op.options.collation) t.charset = op.options.collation.split('_')[0]!;
  }
  for (const op of ops) {
    switch (op.op) {
      case 'addColumn': {
        if (find(op.column.name)) {
          if (op.ifNotExists) break;
          throw new ServerError(`Duplicate column name '${op.column.name}'`);
        }
        place(buildColumn(op.column, t.charset), op.position, t.columns.length);
        columnKeys(op.column);
        break;
      }
      case 'dropColumn': {
        const c = find(op.name);
        if (!c) {
          if (op.ifExists) break;
          throw new ServerError(`Can't DROP COLUMN \`${op.name}\`; check that it exists`);
        }
        t.columns.splice(t.columns.indexOf(c), 1);
        for (const i of t.indexes) i.parts = i.parts.filter((p) => !eqName(p.column, c.name));
        for (const i of t.indexes.filter((x) => x.parts.length === 0)) {
          removedIndexes.push(i.name);
          emptied.push(i.name);
        }
        t.indexes = t.indexes.filter((i) => i.parts.length > 0);
        break;
      }
      case 'modifyColumn':
      case 'changeColumn': {
        const fromName = op.op === 'changeColumn' ? op.from : op.column.name;
        const old = find(fromName);
        if (!old) {
          if (op.ifExists) break;
          throw unknownColumn(fromName);
        }
        const other = find(op.column.name);
        if (other && other !== old) throw new ServerError(`Duplicate column name '${op.column.name}'`);
        const c = buildColumn(op.column, t.charset);
        checkForeignKeyTypes(model, original, t, old, c, session);
        const at = t.columns.indexOf(old);
        t.columns.splice(at, 1);
        place(c, op.position, at);
        if (c.name !== old.name) renameColumn(old.name, c.name);
        changed.add(c.name.toLowerCase());
        columnKeys(op.column);
        break;
      }
      case 'renameColumn': {
        const c = find(op.from);
        if (!c) throw unknownColumn(op.from);
        const other = find(op.to);
        if (other && other !== c) throw new ServerError(`Duplicate column name '${op.to}'`);
        c.name = op.to;
        renameColumn(op.from, op.to);
        break;
      }
      case 'setDefault': {
        const c = find(op.name);
        if (!c) throw unknownColumn(op.name);
        const value = formatDefault(op.default, c.type, c.name, c.type.length);
        if (value === 'NULL' && !c.nullable) throw new ServerError(`Invalid default value for '${c.name}'`);
        c.default = value;
        break;
      }
      case 'dropDefault': {
        const c = find(op.name);
        if (!c) throw unknownColumn(op.name);
        c.default = c.nullable ? 'NULL' : null;
        break;
      }
      default:
        break;
    }
  }

  for (const op of ops) {
    if (op.op === 'dropForeignKey') {
      const at = t.foreignKeys.findIndex((f) => eqName(f.name, op.name));
      if (at < 0) {
        if (op.ifExists) continue;
        throw new ServerError(`Can't DROP FOREIGN KEY \`${op.name}\`; check that it exists`);
      }
      t.foreignKeys.splice(at, 1);
    } else if (op.op === 'dropConstraint') {
      // DROP CONSTRAINT drops a foreign key, a unique key or a CHECK (not modelled) by its name.
      const fk = t.foreignKeys.findIndex((f) => eqName(f.name, op.name));
      const key = t.indexes.findIndex((i) => i.kind === 'unique' && eqName(i.name, op.name));
      if (fk >= 0) t.foreignKeys.splice(fk, 1);
      else if (key >= 0) removedIndexes.push(...t.indexes.splice(key, 1).map((i) => i.name));
    }
  }
  for (const op of ops) {
    if (op.op !== 'dropKey' && op.op !== 'dropPrimaryKey') continue;
    const name = op.op === 'dropKey' ? op.name : 'PRIMARY';
    const at = t.indexes.findIndex((i) => eqName(i.name, name));
    if (at < 0) {
      // Gone with its columns earlier in this statement (DROP COLUMN a, DROP INDEX a_idx): fine.
      const gone = emptied.findIndex((n) => eqName(n, name));
      if (gone >= 0) {
        emptied.splice(gone, 1);
        continue;
      }
      if (op.op === 'dropKey' && op.ifExists) continue;
      throw new ServerError(`Can't DROP INDEX \`${name}\`; check that it exists`);
    }
    removedIndexes.push(...t.indexes.splice(at, 1).map((i) => i.name));
  }

  for (const op of ops) {
    if (op.op === 'addKey') {
      const exists = t.indexes.some((i) => op.key.name !== undefined && eqName(i.name, op.key.name));
      if (!(op.ifNotExists && exists)) newKeys.push({ spec: op.key, generated: false });
    } else if (op.op === 'addForeignKey') {
      const name = op.fk.constraint ?? op.fk.indexName;
      const exists = name !== undefined && t.foreignKeys.some((f) => eqName(f.name, name));
      if (!(op.ifNotExists && exists)) addForeignKey(op.fk);
    }
  }
  // Every key is settled again: the columns under it may have changed.
  const existing: PendingKey[] = t.indexes.map((i) => ({
    spec: respec(i, t.columns, changed),
    generated: i.generated,
  }));
  t.indexes = settleKeys(t.columns, [...existing, ...newKeys]);
  for (const spec of newForeignKeys) {
    const fk = buildForeignKey(model, t, spec, session);
    if (fk) t.foreignKeys.push(fk);
  }

  for (const op of ops) {
    if (op.op === 'renameKey') {
      const index = t.indexes.find((i) => eqName(i.name, op.from));
      if (!index || index.name === 'PRIMARY')
        throw new ServerError(`Key '${op.from}' doesn't exist in table '${t.name}'`);
      if (t.indexes.some((i) => i !== index && eqName(i.name, op.to)))
        throw new ServerError(`Duplicate key name '${op.to}'`);
      index.name = op.to;
    } else if (op.op === 'options') {
      if (op.options.engine) t.engine = engineName(op.options.engine);
      if (op.options.comment !== undefined) t.comment = op.options.comment;
    } else if (op.op === 'convertCharset') {
      convertCharset(t, op.charset === 'default' ? t.charset : op.charset);
    } else if (op.op === 'renameTable') {
      renameTo = { db: op.to.db ?? (session.db as string), name: op.to.name };
    }
  }

  if (t.columns.length === 0)
    throw new ServerError("You can't delete all columns with ALTER TABLE; use DROP TABLE instead");
  checkAutoIncrement(t.columns, t.indexes);
  checkRowSize(t.columns);
  checkForeignKeysStillHold(model, original, t, removedIndexes, renamed, session);
  if (renameTo && !(renameTo.db === t.db && renameTo.name === t.name)) {
    model.database(renameTo.db);
    if (model.databases.get(renameTo.db)!.objects.has(renameTo.name))
      throw new ServerError(`Table '${renameTo.name}' already exists`);
  }

  // Commit: the new table replaces the old, and what other tables say of it follows.
  model.databases.get(t.db)!.objects.set(t.name, t);
  for (const { table, fk } of model.referencing(t.db, t.name)) {
    if (table === t) continue;
    for (const [from, to] of renamed) fk.refColumns = fk.refColumns.map((c) => (eqName(c, from) ? to : c));
  }
  if (renameTo && !(renameTo.db === t.db && renameTo.name === t.name))
    model.moveTable({ db: t.db, name: t.name }, renameTo, at);
}

/** An index as a key definition again, its prefixes checked against the columns as they now are. */
function respec(index: ModelIndex, columns: ModelColumn[], changed: Set<string>): KeySpec {
  const spec: KeySpec = { kind: index.kind, name: index.name, parts: [] };
  if (index.comment) spec.comment = index.comment;
  for (const p of index.parts) {
    const c = columns.find((x) => eqName(x.name, p.column));
    const part = { column: p.column, ...(p.length !== undefined ? { length: p.length } : {}) };
    if (c && part.length !== undefined && changed.has(c.name.toLowerCase())) {
      // A prefix no shorter than the column, or on a column no longer a string, becomes the whole column.
      const stringy = c.charset !== undefined || ['binary', 'varbinary'].includes(c.type.base) || isLob(c.type);
      const length = ['char', 'varchar', 'binary', 'varbinary'].includes(c.type.base) ? c.type.length : undefined;
      if (!stringy || (length !== undefined && part.length >= length)) delete (part as { length?: number }).length;
    }
    if (index.kind === 'spatial') delete (part as { length?: number }).length;
    spec.parts.push(part);
  }
  return spec;
}

/** CONVERT TO CHARACTER SET: every character column takes it, TEXT types grown to hold as many characters. */
function convertCharset(t: ModelTable, charset: string): void {
  for (const c of t.columns) {
    if (!c.charset) continue;
    const lob = TEXT_TYPES.indexOf(c.type.base);
    if (lob >= 0) {
      const chars = Math.floor(LOB_CAPACITY[lob]! / charsetMaxBytes(c.charset));
      c.type.base = lobFor('text', chars * charsetMaxBytes(charset));
    }
    c.charset = charset;
  }
  t.charset = charset;
}

/** MODIFY/CHANGE of a foreign key's column must keep its type while FOREIGN_KEY_CHECKS=1. */
function checkForeignKeyTypes(
  model: MysqlSchemaModel,
  original: ModelTable,
  t: ModelTable,
  old: ModelColumn,
  next: ModelColumn,
  session: Session,
): void {
  if (!session.foreignKeyChecks) return;
  for (const fk of t.foreignKeys) {
    const at = fk.columns.findIndex((c) => eqName(c, old.name));
    if (at < 0) continue;
    const parent = fk.refDb === t.db && fk.refTable === original.name ? t : model.table(fk.refDb, fk.refTable, false);
    const ref = parent?.columns.find((c) => eqName(c.name, fk.refColumns[at]));
    if (ref && ref !== old && !sameKeyType(next, ref))
      throw new ServerError(`Cannot change column '${old.name}': used in a foreign key constraint '${fk.name}'`);
  }
  for (const { table, fk } of model.referencing(original.db, original.name)) {
    const at = fk.refColumns.findIndex((c) => eqName(c, old.name));
    if (at < 0) continue;
    const childTable = table === original ? t : table;
    const child = childTable.columns.find((c) => eqName(c.name, fk.columns[at]));
    if (child && child !== old && !sameKeyType(child, next))
      throw new ServerError(
        `Cannot change column '${old.name}': used in a foreign key constraint '${fk.name}' ` +
          `of table '${table.db}.${table.name}'`,
      );
  }
}

/** After the change, each foreign key of and to the table must still find its columns and an index. */
function checkForeignKeysStillHold(
  model: MysqlSchemaModel,
  original: ModelTable,
  t: ModelTable,
  removedIndexes: string[],
  renamed: [string, string][],
  session: Session,
): void {
  const newName = (c: string) => renamed.reduce((name, [from, to]) => (eqName(name, from) ? to : name), c);
  const neededIndex = () =>
    new ServerError(`Cannot drop index '${removedIndexes[0] ?? ''}': needed in a foreign key constraint`);
  for (const fk of t.foreignKeys) {
    const missing = fk.columns.find((c) => !t.columns.some((x) => eqName(x.name, c)));
    if (missing !== undefined) {
      if (removedIndexes.length > 0) throw neededIndex();
      throw new ServerError(`Cannot drop column '${missing}': needed in a foreign key constraint '${fk.name}'`);
    }
    if (!hasIndexOn(t.indexes, fk.columns)) throw neededIndex();
  }
  const referencing = model.referencing(original.db, original.name).map(({ table, fk }) => ({
    fk: table === original ? t.foreignKeys.find((f) => f.name === fk.name) : fk,
    table,
  }));
  for (const { fk, table } of referencing) {
    if (!fk) continue;
    const refColumns = table === original ? fk.refColumns : fk.refColumns.map(newName);
    const missing = refColumns.find((c) => !t.columns.some((x) => eqName(x.name, c)));
    if (missing !== undefined)
      throw new ServerError(
        `Cannot drop column '${missing}': needed in a foreign key constraint '${fk.name}' of table '${table.name}'`,
      );
    if (session.foreignKeyChecks && !hasIndexOn(t.indexes, refColumns)) throw neededIndex();
  }
}
