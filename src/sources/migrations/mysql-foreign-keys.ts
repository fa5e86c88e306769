import { INTEGER_TYPES } from './mysql-column-types.js';
import type { ModelColumn } from './mysql-column-rules.js';
import type { ForeignKeySpec } from './mysql-ddl.js';
import { ServerError } from './mysql-errors.js';
import { eqName, hasIndexOn } from './mysql-key-rules.js';
import type { MysqlSchemaModel, ModelTable, Session } from './mysql-schema-model.js';

// Foreign keys as InnoDB makes them: named by CONSTRAINT, else by FOREIGN KEY's index name, else
// `<table>_ibfk_<n>`; names unique in the database; the referenced table (when it exists, or
// always while FOREIGN_KEY_CHECKS=1) must have an index starting with the referenced columns, and
// each pair of columns must be of one type ("errno: 150" otherwise). Other engines ignore them.

export interface ModelForeignKey {
  name: string;
  columns: string[];
  refDb: string;
  refTable: string;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export function isInnodb(table: ModelTable): boolean {
  return table.engine.toLowerCase() === 'innodb';
}

export function incorrectlyFormed(table: ModelTable): ServerError {
  return new ServerError(
    `Can't create table \`${table.db}\`.\`${table.name}\` (errno: 150 "Foreign key constraint is incorrectly formed")`,
  );
}

/**
 * The foreign key `spec` makes on `table` (the table being created or altered, not yet in the
 * model), or undefined when the engine ignores foreign keys.
 */
export function buildForeignKey(
  model: MysqlSchemaModel,
  table: ModelTable,
  spec: ForeignKeySpec,
  session: Session,
): ModelForeignKey | undefined {
  if (!isInnodb(table)) return undefined;
  const child = spec.columns.map((name) => {
    const c = table.columns.find((x) => eqName(x.name, name));
    if (!c) throw new ServerError(`Key column '${name}' doesn't exist in table`);
    return c;
  });
  const label = spec.constraint ?? spec.indexName ?? spec.columns.join(',');
  if (spec.refColumns.length !== spec.columns.length)
    throw new ServerError(
      `Incorrect foreign key definition for '${label}': Key reference and table reference don't match`,
    );
  const name = spec.constraint ?? spec.indexName ?? nextGeneratedName(table);
  const taken = model.foreignKeyNames(table.db, table);
  if (taken.has(name.toLowerCase()) || table.foreignKeys.some((f) => eqName(f.name, name)))
    throw new ServerError(
      `Can't create table \`${table.db}\`.\`${table.name}\` (errno: 121 "Duplicate key on write or update")`,
    );
  for (const c of child)
    if (!c.nullable && (spec.onDelete === 'SET NULL' || spec.onUpdate === 'SET NULL')) throw incorrectlyFormed(table);
  const refDb = spec.ref.db ?? session.db ?? table.db;
  const parent =
    eqName(refDb, table.db) && spec.ref.name === table.name ? table : model.table(refDb, spec.ref.name, false);
  if (parent) {
    const refs = spec.refColumns.map((name) => parent.columns.find((x) => eqName(x.name, name)));
    if (refs.some((r) => !r)) throw incorrectlyFormed(table);
    if (session.foreignKeyChecks && !hasIndexOn(parent.indexes, spec.refColumns)) throw incorrectlyFormed(table);
    child.forEach((c, n) => {
      if (!sameKeyType(c, refs[n]!)) throw incorrectlyFormed(table);
    });
  } else if (session.foreignKeyChecks) throw incorrectlyFormed(table);
  return {
    name,
    columns: child.map((c) => c.name),
    refDb,
    refTable: parent?.name ?? spec.ref.name,
    refColumns: parent
      ? spec.refColumns.map((r) => parent.columns.find((x) => eqName(x.name, r))!.name)
      : [...spec.refColumns],
    onDelete: spec.onDelete,
    onUpdate: spec.onUpdate,
  };
}

/** `<table>_ibfk_<n>`, one past the highest n the table's foreign keys already use. */
function nextGeneratedName(table: ModelTable): string {
  const prefix = `${table.name}_ibfk_`.toLowerCase();
  let n = 0;
  for (const fk of table.foreignKeys) {
    const lower = fk.name.toLowerCase();
    if (lower.startsWith(prefix) && /^\d+$/.test(lower.slice(prefix.length)))
      n = Math.max(n, Number(lower.slice(prefix.length)));
  }
  return `${table.name}_ibfk_${n + 1}`;
}

/** InnoDB's rule for the two columns of a foreign key: one type (and sign), strings of one character set. */
export function sameKeyType(a: ModelColumn, b: ModelColumn): boolean {
  const strings = ['char', 'varchar'];
  const bytes = ['binary', 'varbinary'];
  if (strings.includes(a.type.base) && strings.includes(b.type.base)) return a.charset === b.charset;
  if (bytes.includes(a.type.base) && bytes.includes(b.type.base)) return true;
  if (a.type.base !== b.type.base) return false;
  if (INTEGER_TYPES.has(a.type.base)) return a.type.unsigned === b.type.unsigned;
  if (a.type.base === 'decimal')
    return a.type.length === b.type.length && a.type.scale === b.type.scale && a.type.unsigned === b.type.unsigned;
  return !['tinytext', 'text', 'mediumtext', 'longtext', 'tinyblob', 'blob', 'mediumblob', 'longblob'].includes(
    a.type.base,
  );
}
