import type { ModelColumn } from './mysql-column-rules.js';
import { eqName } from './mysql-key-rules.js';
import type { SqlAst } from './mysql-parser.js';
import { stringValue } from './mysql-read-keys.js';
import type { MysqlSchemaModel, ModelView } from './mysql-schema-model.js';

// A view's columns, when they can be known without running it: a single SELECT of plain column
// references (`t.a`, `a AS b`, `*`, `t.*`) from tables and views joined by INNER/LEFT/RIGHT JOIN.
// Each column then has its source column's type; the nullable side of an outer join makes it
// nullable. Like the server, the columns are those of the tables as they are now (a view over a
// renamed or dropped table has none). Anything else (expressions, aggregates, unions,
// subqueries) gives no columns rather than guessed ones.

interface Source {
  alias: string;
  columns: ModelColumn[];
  nullable: boolean;
}

const MAX_DEPTH = 16;

export function viewColumns(model: MysqlSchemaModel, view: ModelView, depth = 0): ModelColumn[] | undefined {
  const select: SqlAst | undefined = view.select;
  if (depth > MAX_DEPTH || !select || select.type !== 'select' || select._next || select.with) return undefined;
  const sources: Source[] = [];
  for (const item of select.from ?? []) {
    if (typeof item.table !== 'string' || item.expr) return undefined;
    const dbName = item.db ?? view.defaultDb;
    const object = model.databases.get(dbName)?.objects.get(item.table);
    if (!object) return undefined;
    const columns = object.kind === 'table' ? object.columns : viewColumns(model, object, depth + 1);
    if (!columns) return undefined;
    const join = String(item.join ?? '').toUpperCase();
    if (item.using && selectsStar(select)) return undefined; // USING merges columns under *
    if (join.startsWith('RIGHT')) for (const s of sources) s.nullable = true;
    sources.push({ alias: stringValue(item.as) ?? item.table, columns, nullable: join.startsWith('LEFT') });
  }
  if (sources.length === 0) return undefined;
  const out: ModelColumn[] = [];
  const take = (s: Source, c: ModelColumn, as?: string) =>
    out.push({ ...structuredClone(c), name: as ?? c.name, nullable: c.nullable || s.nullable });
  const items: SqlAst[] = select.columns === '*' ? [{ expr: { type: 'column_ref', column: '*' } }] : select.columns;
  for (const item of items ?? []) {
    const expr = item.expr;
    if (expr?.type !== 'column_ref') return undefined;
    const column = typeof expr.column === 'string' ? expr.column : stringValue(expr.column?.expr ?? expr.column);
    if (typeof column !== 'string') return undefined;
    const qualifier = stringValue(expr.table);
    const scope = qualifier !== undefined ? sources.filter((s) => eqName(s.alias, qualifier)) : sources;
    if (scope.length === 0) return undefined;
    if (column === '*') {
      for (const s of scope) for (const c of s.columns) take(s, c);
      continue;
    }
    const found = scope.flatMap((s) => s.columns.filter((c) => eqName(c.name, column)).map((c) => [s, c] as const));
    if (found.length !== 1) return undefined; // unknown or ambiguous
    take(found[0]![0], found[0]![1], stringValue(item.as));
  }
  if (view.columns) {
    if (view.columns.length !== out.length) return undefined;
    out.forEach((c, n) => {
      c.name = view.columns![n]!;
    });
  }
  return out;
}

function selectsStar(select: SqlAst): boolean {
  return select.columns === '*' || (select.columns ?? []).some((c: SqlAst) => c.expr?.column === '*');
}
