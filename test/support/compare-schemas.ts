import { isDeepStrictEqual } from 'node:util';
import type { SchemaFacts, Table } from '../../src/facts/model.js';

// Compares the schema we report with the one read from a real server's catalog, object by object,
// and says what differs in words a reader can act on ("column public.a.b: type integer ≠ bigint").
// `source` (the file:line we add to a table) is ours alone and not compared.

export type Catalog = Pick<SchemaFacts, 'tables' | 'foreignKeys' | 'indexes' | 'enums'>;

export function withoutSources(c: Catalog): Catalog {
  return { ...c, tables: c.tables.map(({ source: _, ...t }) => t) };
}

/**
 * Several sets merged as the replay merges them (merge-catalog.ts, mergeCatalog): a table, foreign
 * key, index or enum whose id an earlier set already gave is left out.
 */
export function mergeFirstWins(catalogs: Catalog[]): Catalog {
  const out: Catalog = { tables: [], foreignKeys: [], indexes: [], enums: [] };
  const add = <T extends { id: string }>(list: T[], more: T[]) => {
    const ids = new Set(list.map((x) => x.id));
    for (const x of more) if (!ids.has(x.id)) list.push(x);
  };
  for (const c of catalogs) {
    add(out.tables, c.tables);
    add(out.foreignKeys, c.foreignKeys);
    add(out.indexes, c.indexes);
    add(out.enums, c.enums);
  }
  return out;
}

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

function tableDifferences(ours: Table, theirs: Table): string[] {
  const out: string[] = [];
  const name = `${ours.schema}.${ours.name}`;
  for (const key of ['kind', 'primaryKey', 'comment', 'partitionOf', 'partitioned'] as const) {
    if (!isDeepStrictEqual(ours[key], theirs[key]))
      out.push(`${ours.id}: ${key} ours ${show(ours[key])}, server ${show(theirs[key])}`);
  }
  const theirCols = new Map(theirs.columns.map((c) => [c.name, c]));
  const ourCols = new Map(ours.columns.map((c) => [c.name, c]));
  for (const c of ours.columns) {
    const t = theirCols.get(c.name);
    if (!t) {
      out.push(`column ${name}.${c.name}: only in ours (${c.type})`);
      continue;
    }
    for (const key of ['id', 'type', 'nullable', 'default'] as const) {
      if (c[key] !== t[key]) out.push(`column ${name}.${c.name}: ${key} ours ${show(c[key])}, server ${show(t[key])}`);
    }
  }
  for (const t of theirs.columns)
    if (!ourCols.has(t.name)) out.push(`column ${name}.${t.name}: only on the server (${t.type})`);
  const order = (cols: Table['columns']) => cols.map((c) => c.name).filter((n) => ourCols.has(n) && theirCols.has(n));
  if (!isDeepStrictEqual(order(ours.columns), order(theirs.columns)))
    out.push(`${ours.id}: column order differs: ours ${order(ours.columns).join(', ')}`);
  return out;
}

function listDifferences<T extends { id: string }>(
  what: string,
  ours: T[],
  theirs: T[],
  compare: (a: T, b: T) => string[],
): string[] {
  const out: string[] = [];
  const theirById = new Map(theirs.map((x) => [x.id, x]));
  const ourIds = new Set(ours.map((x) => x.id));
  for (const x of ours) {
    const t = theirById.get(x.id);
    if (!t) out.push(`${x.id}: ${what} only in ours`);
    else out.push(...compare(x, t));
  }
  for (const t of theirs) if (!ourIds.has(t.id)) out.push(`${t.id}: ${what} only on the server`);
  // Same objects, same order: the docs list them in the order the catalog gives.
  const common = (list: T[]) => list.map((x) => x.id).filter((id) => ourIds.has(id) && theirById.has(id));
  if (out.length === 0 && !isDeepStrictEqual(common(ours), common(theirs))) out.push(`${what}s: order differs`);
  return out;
}

const wholeObject =
  <T extends { id: string }>() =>
  (a: T, b: T): string[] => {
    if (isDeepStrictEqual(a, b)) return [];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as (keyof T)[];
    return keys
      .filter((k) => !isDeepStrictEqual(a[k], b[k]))
      .map((k) => `${a.id}: ${String(k)} ours ${show(a[k])}, server ${show(b[k])}`);
  };

/** Every difference between our schema and the server's, one line each; none means equal. */
export function schemaDifferences(ours: Catalog, theirs: Catalog): string[] {
  const a = withoutSources(ours);
  const b = withoutSources(theirs);
  return [
    ...listDifferences('table', a.tables, b.tables, tableDifferences),
    ...listDifferences('foreign key', a.foreignKeys, b.foreignKeys, wholeObject()),
    ...listDifferences('index', a.indexes, b.indexes, wholeObject()),
    ...listDifferences('enum', a.enums, b.enums, wholeObject()),
  ];
}
