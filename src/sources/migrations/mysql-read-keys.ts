import type { ForeignKeySpec, KeyKind, KeyPart, KeySpec, TableOptions, TableRef } from './mysql-ddl.js';
import { MysqlError } from './mysql-errors.js';
import type { SqlAst } from './mysql-parser.js';

// Keys, foreign keys, table names and table options, from node-sql-parser's AST.

/** A string the AST holds directly, as `{ value }`, or as a quoted literal (`'x'`). */
export function stringValue(v: unknown): string | undefined {
  if (typeof v === 'string') return /^'.*'$/s.test(v) ? v.slice(1, -1).replaceAll("''", "'") : v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'value' in v) return stringValue((v as { value: unknown }).value);
  return undefined;
}

/** A column name from a column_ref, whose `column` is a string or `{ expr: { value } }`. */
export function columnName(ref: SqlAst): string {
  const c = ref.column;
  const name = typeof c === 'string' ? c : (c?.expr?.value ?? c?.value);
  if (typeof name !== 'string') throw new MysqlError('a column name was expected in a key');
  return name;
}

export function tableRef(ast: SqlAst | undefined): TableRef {
  const name = ast?.table ?? ast?.view;
  if (typeof name !== 'string') throw new MysqlError('a table name was expected');
  return ast?.db ? { db: String(ast.db), name } : { name };
}

/** One part of a key: a column_ref, or (CREATE INDEX's reading of `name(10)`) a function call. */
function keyPart(d: SqlAst): KeyPart {
  if (d.type === 'function') {
    const name = d.name?.name?.[0]?.value;
    const length = d.args?.value?.[0]?.value;
    if (typeof name !== 'string' || typeof length !== 'number')
      throw new MysqlError('expressions in keys are not supported by MariaDB');
    return { column: name, length };
  }
  if (d.type !== 'column_ref') throw new MysqlError('expressions in keys are not supported by MariaDB');
  const part: KeyPart = { column: columnName(d) };
  const prefix = /^\((\d+)\)$/.exec(String(d.suffix ?? ''));
  if (prefix) part.length = Number(prefix[1]);
  return part;
}

function usingOf(ast: SqlAst): KeySpec['using'] {
  const options: SqlAst[] = [ast.index_type, ast.index_using, ...(ast.index_options ?? [])].filter(Boolean);
  const using = options.find((o) => o.keyword === 'using')?.type;
  return typeof using === 'string' ? (using.toUpperCase() as KeySpec['using']) : undefined;
}

function commentOf(ast: SqlAst): string | undefined {
  return stringValue((ast.index_options ?? []).find((o: SqlAst) => o?.type === 'comment')?.value);
}

/** A key definition (CREATE TABLE element, ALTER … ADD), or undefined for a CHECK. */
export function keyFromAst(ast: SqlAst): KeySpec | ForeignKeySpec | undefined {
  const constraintType = String(ast.constraint_type ?? '').toLowerCase();
  if (constraintType === 'check') return undefined;
  if (constraintType === 'foreign key') return foreignKeyFromAst(ast, ast.reference_definition);
  let kind: KeyKind;
  if (constraintType === 'primary key') kind = 'primary';
  else if (constraintType.startsWith('unique')) kind = 'unique';
  else if (ast.resource === 'index') {
    const keyword = String(ast.keyword ?? '').toLowerCase();
    kind = keyword.startsWith('fulltext') ? 'fulltext' : keyword.startsWith('spatial') ? 'spatial' : 'index';
  } else throw new MysqlError(`a key of kind "${constraintType || ast.keyword}" is not understood`);
  const key: KeySpec = { kind, parts: (ast.definition ?? []).map(keyPart) };
  // MariaDB names a key by its index name, else by its CONSTRAINT name (`CONSTRAINT c UNIQUE (x)` → c).
  const name = ast.index ?? ast.constraint;
  if (kind !== 'primary' && typeof name === 'string') key.name = name;
  const using = usingOf(ast);
  if (using) key.using = using;
  const comment = commentOf(ast);
  if (comment !== undefined) key.comment = comment;
  return key;
}

/** The key CREATE INDEX describes. */
export function keyFromCreateIndex(ast: SqlAst): KeySpec {
  const type = String(ast.index_type ?? '').toLowerCase();
  const kind: KeyKind =
    type === 'unique' ? 'unique' : type === 'fulltext' ? 'fulltext' : type === 'spatial' ? 'spatial' : 'index';
  const key: KeySpec = { kind, name: String(ast.index), parts: (ast.index_columns ?? []).map(keyPart) };
  const using = usingOf(ast);
  if (using) key.using = using;
  const comment = commentOf(ast);
  if (comment !== undefined) key.comment = comment;
  return key;
}

const ACTIONS = new Set(['CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION', 'SET DEFAULT']);

export function foreignKeyFromAst(ast: SqlAst, ref: SqlAst | undefined): ForeignKeySpec {
  if (!ref) throw new MysqlError('a foreign key needs REFERENCES');
  const fk: ForeignKeySpec = {
    columns: (ast.definition ?? []).map(columnName),
    ref: tableRef(ref.table?.[0]),
    refColumns: (ref.definition ?? []).map(columnName),
    onDelete: 'RESTRICT',
    onUpdate: 'RESTRICT',
  };
  if (typeof ast.constraint === 'string') fk.constraint = ast.constraint;
  if (typeof ast.index === 'string') fk.indexName = ast.index;
  for (const action of ref.on_action ?? []) {
    const value = String(stringValue(action.value) ?? '').toUpperCase();
    if (!ACTIONS.has(value)) throw new MysqlError(`unknown referential action ${value}`);
    if (/delete/i.test(action.type)) fk.onDelete = value;
    else if (/update/i.test(action.type)) fk.onUpdate = value;
  }
  return fk;
}

/** ENGINE, character set, collation and comment from a CREATE TABLE's options. */
export function optionsFromAst(list: SqlAst[] | null | undefined): TableOptions {
  const options: TableOptions = {};
  for (const o of list ?? []) {
    const keyword = String(o.keyword ?? '').toLowerCase();
    const value = stringValue(o.value);
    if (value === undefined) continue;
    if (keyword === 'engine') options.engine = value;
    else if (keyword.includes('charset') || keyword.includes('character set')) options.charset = value.toLowerCase();
    else if (keyword.includes('collate')) options.collation = value.toLowerCase();
    else if (keyword === 'comment') options.comment = value;
  }
  return options;
}
