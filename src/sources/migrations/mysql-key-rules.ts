import { charsetMaxBytes, isLob } from './mysql-column-types.js';
import { keyPartBytes, type ModelColumn, makeNotNull } from './mysql-column-rules.js';
import type { KeyKind, KeyPart, KeySpec } from './mysql-ddl.js';
import { ServerError } from './mysql-errors.js';

// A table's indexes as MariaDB settles them after CREATE or ALTER (sql_table.cc,
// mysql_prepare_create_table): the key a FOREIGN KEY generates is dropped when another key starts
// with its columns; unnamed keys take their first column's name (`a`, `a_2`, …); a PRIMARY KEY
// makes its columns NOT NULL; a key too long for InnoDB's 3,072 bytes is cut to a prefix (plain
// keys) or becomes a hash (UNIQUE keys, MariaDB's "long unique"); TEXT/BLOB key parts the same.

export interface ModelIndex {
  name: string;
  kind: KeyKind;
  parts: KeyPart[];
  /** information_schema.STATISTICS.INDEX_TYPE. */
  algorithm: 'BTREE' | 'HASH' | 'FULLTEXT' | 'SPATIAL';
  /** Made for a foreign key; dropped when another key covers it. */
  generated: boolean;
  comment?: string;
}

/** A key waiting to be settled: an index the table has, or a new definition. */
export type PendingKey = { index: ModelIndex } | { spec: KeySpec; generated: boolean };

const MAX_KEY_BYTES = 3072;

/**
 * The indexes of a table with `columns` made from `pending` keys in order (the table's own first
 * when altering). Columns of a PRIMARY KEY are made NOT NULL in place.
 */
export function settleKeys(columns: ModelColumn[], pending: PendingKey[]): ModelIndex[] {
  const keys = pending.map((p) =>
    'index' in p
      ? { kind: p.index.kind, name: p.index.name, parts: p.index.parts, generated: p.index.generated, index: p.index }
      : { kind: p.spec.kind, name: p.spec.name, parts: p.spec.parts, generated: p.generated, spec: p.spec },
  );
  const find = (name: string) => columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  for (const k of keys) {
    if ('index' in k) continue;
    const seen = new Set<string>();
    for (const part of k.parts) {
      if (!find(part.column)) throw new ServerError(`Key column '${part.column}' doesn't exist in table`);
      if (seen.has(part.column.toLowerCase())) throw new ServerError(`Duplicate column name '${part.column}'`);
      seen.add(part.column.toLowerCase());
    }
  }
  if (keys.filter((k) => k.kind === 'primary').length > 1) throw new ServerError('Multiple primary key defined');

  // Pass 1: a generated key whose columns start another key is not needed.
  const ignored = new Set<number>();
  keys.forEach((key, i) => {
    for (let j = 0; j < i; j++) {
      const other = keys[j]!;
      if (ignored.has(j) || !coversGenerated(key, other)) continue;
      if (!other.generated || (key.generated && key.parts.length < other.parts.length)) ignored.add(i);
      else ignored.add(j);
      break;
    }
  });

  // Pass 2: names, then the server's per-key rules.
  const out: ModelIndex[] = [];
  const used = new Set<string>();
  keys.forEach((key, i) => {
    if (ignored.has(i)) return;
    if ('index' in key && key.index) {
      used.add(key.index.name.toLowerCase());
      out.push(key.index);
      return;
    }
    const spec = (key as { spec: KeySpec }).spec;
    let name = key.kind === 'primary' ? 'PRIMARY' : key.name;
    if (name === undefined) name = uniqueName(key.parts[0]!.column, used);
    else if (used.has(name.toLowerCase())) throw new ServerError(`Duplicate key name '${name}'`);
    used.add(name.toLowerCase());
    out.push(settleIndex(name, spec, key.generated, find));
  });
  return out;
}

/** Whether one of the two is generated and its parts begin the other's (MariaDB's foreign_key_prefix). */
function coversGenerated(a: { generated: boolean; parts: KeyPart[]; kind: KeyKind }, b: typeof a): boolean {
  if (a.kind === 'fulltext' || a.kind === 'spatial' || b.kind === 'fulltext' || b.kind === 'spatial') return false;
  let [short, long] = [a, b];
  if (a.generated) {
    if (b.generated && a.parts.length > b.parts.length) [short, long] = [b, a];
  } else {
    if (!b.generated) return false;
    [short, long] = [b, a];
  }
  if (short.parts.length > long.parts.length) return false;
  return short.parts.every(
    (p, n) => p.column.toLowerCase() === long.parts[n]!.column.toLowerCase() && p.length === long.parts[n]!.length,
  );
}

function uniqueName(column: string, used: Set<string>): string {
  if (!used.has(column.toLowerCase()) && column.toLowerCase() !== 'primary') return column;
  for (let n = 2; ; n++) if (!used.has(`${column}_${n}`.toLowerCase())) return `${column}_${n}`;
}

function settleIndex(
  name: string,
  spec: KeySpec,
  generated: boolean,
  find: (name: string) => ModelColumn | undefined,
): ModelIndex {
  const index: ModelIndex = { name, kind: spec.kind, parts: [], algorithm: 'BTREE', generated };
  if (spec.comment) index.comment = spec.comment;
  if (spec.kind === 'fulltext' || spec.kind === 'spatial') {
    index.algorithm = spec.kind === 'fulltext' ? 'FULLTEXT' : 'SPATIAL';
    for (const part of spec.parts) {
      const c = find(part.column)!;
      if (spec.kind === 'fulltext' && !c.charset)
        throw new ServerError(`Column '${c.name}' cannot be part of FULLTEXT index`);
      if (spec.kind === 'spatial' && c.nullable) throw new ServerError('All parts of a SPATIAL index must be NOT NULL');
      index.parts.push({ column: c.name, ...(spec.kind === 'spatial' ? { length: 32 } : {}) });
    }
    return index;
  }
  let hash = false;
  let total = 0;
  for (const part of spec.parts) {
    const c = find(part.column)!;
    const out: KeyPart = { column: c.name };
    const stringy = c.charset !== undefined || ['binary', 'varbinary'].includes(c.type.base) || isLob(c.type);
    const lengthOf = ['char', 'varchar', 'binary', 'varbinary'].includes(c.type.base) ? c.type.length : undefined;
    if (part.length !== undefined) {
      if (!stringy || (lengthOf !== undefined && part.length > lengthOf) || ['enum', 'set'].includes(c.type.base))
        throw new ServerError(
          "Incorrect prefix key; the used key part isn't a string, the used length is longer than the key part, " +
            "or the storage engine doesn't support unique prefix keys",
        );
      if (part.length !== lengthOf) out.length = part.length;
    }
    if (spec.kind === 'primary') makeNotNull(c);
    const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
    let bytes = keyPartBytes(c, out.length);
    if (bytes > MAX_KEY_BYTES) {
      if (spec.kind === 'primary') {
        if (isLob(c.type) && out.length === undefined)
          throw new ServerError(`BLOB/TEXT column '${c.name}' used in key specification without a key length`);
        throw new ServerError(`Specified key was too long; max key length is ${MAX_KEY_BYTES} bytes`);
      }
      if (spec.kind === 'unique') hash = true;
      else {
        out.length = Math.floor(MAX_KEY_BYTES / perChar);
        bytes = out.length * perChar;
      }
    }
    total += bytes;
    index.parts.push(out);
  }
  if (total > MAX_KEY_BYTES && !hash) {
    if (spec.kind !== 'unique')
      throw new ServerError(`Specified key was too long; max key length is ${MAX_KEY_BYTES} bytes`);
    hash = true;
  }
  if (hash) {
    // A long unique key is checked through a hash of the whole values, no prefix.
    index.algorithm = 'HASH';
    index.parts = spec.parts.map((p) => ({ column: find(p.column)!.name }));
  }
  return index;
}

/**
 * Whether some index of the table starts with `columns` (whole columns, in order): what a foreign
 * key needs on both of its tables.
 */
export function hasIndexOn(indexes: ModelIndex[], columns: string[]): boolean {
  return indexes.some(
    (i) =>
      i.algorithm === 'BTREE' &&
      i.parts.length >= columns.length &&
      columns.every((c, n) => i.parts[n]!.column.toLowerCase() === c.toLowerCase() && i.parts[n]!.length === undefined),
  );
}

/** The server's rule for AUTO_INCREMENT: one column at most, the first part of some index. */
export function checkAutoIncrement(columns: ModelColumn[], indexes: ModelIndex[]): void {
  const auto = columns.filter((c) => c.autoIncrement);
  if (auto.length === 0) return;
  const keyed =
    auto.length === 1 && indexes.some((i) => i.kind !== 'fulltext' && eqName(i.parts[0]?.column, auto[0]!.name));
  if (!keyed)
    throw new ServerError(
      'Incorrect table definition; there can be only one auto column and it must be defined as a key',
    );
}

export function eqName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
