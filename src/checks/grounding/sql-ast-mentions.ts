import type { SqlParser } from './grounding-types.js';

// Names an SQL text reads or changes, from the real PostgreSQL parser's tree (handed in by the
// caller; see `GroundingOptions.sqlParser`). Unlike the keyword scan in sql-names.ts it resolves
// aliases, so `o.created_by` in `FROM orders o` is checked as the column `orders.created_by`, and it
// reads the columns of INSERT, UPDATE … SET, CREATE INDEX and ALTER TABLE.
//
// Not mentions: what the snippet defines itself (CTEs, tables and views it creates, their
// columns), output aliases (`count(*) AS n … ORDER BY n`), subquery aliases, `excluded`/`new`/`old`,
// and the system catalogs. A bare column is checked only when every relation of the statement is a
// table the facts know, and is known when any of them has it.

// biome-ignore lint/suspicious/noExplicitAny: the parser's JSON tree is untyped; it is read by node-type keys
type Node = Record<string, any>;

export interface SqlMention {
  kind: 'table' | 'column' | 'name';
  /** `orders`, `public.orders`; a column as `table.column` (the table as written); an index name. */
  name: string;
  /** For a column: the table (as written) and the column apart. */
  table?: string;
  column?: string;
  /** For a bare column in a statement over several tables: those tables (any may hold it). */
  candidates?: string[];
  /** Offset in the parsed text. */
  index: number;
}

/** Parses `sql`; undefined when it is not (only) SQL the parser accepts. */
export function sqlAstMentions(parser: SqlParser, sql: string): SqlMention[] | undefined {
  let stmts: { stmt: Node; stmt_location?: number }[];
  try {
    stmts = parser.parse(sql).stmts as { stmt: Node }[];
  } catch {
    return undefined;
  }
  const out: SqlMention[] = [];
  // A table one statement creates (or a CTE it names) is the snippet's own in the statements after it.
  const defined = new Set<string>();
  for (const raw of stmts) statementMentions(raw.stmt, raw.stmt_location ?? 0, out, defined);
  return out;
}

interface Relation {
  name: string;
  schema?: string;
  alias?: string;
  location: number;
}

/** ALTER TABLE commands whose `name` is a column (`AT_DropColumn`, `AT_SetNotNull`, `AT_ColumnDefault` …). */
const COLUMN_COMMAND_RE = /^AT_(\w*Column\w*|SetNotNull|DropNotNull|SetStatistics|SetStorage|DropExpression)$/;
const SKIPPED_QUALIFIERS = new Set(['excluded', 'new', 'old']);

function written(r: Relation): string {
  return r.schema ? `${r.schema}.${r.name}` : r.name;
}

function statementMentions(stmt: Node, offset: number, out: SqlMention[], defined: Set<string>): void {
  const relations: Relation[] = [];
  const local = defined;
  const opaque = new Set<string>(); // subquery and function aliases: their columns are not checked
  const outputNames = new Set<string>();
  const columnRefs: { fields: string[]; location: number }[] = [];
  let nonTableSource = false;

  const relationOf = (rv: Node): Relation => ({
    name: rv.relname,
    ...(rv.schemaname ? { schema: rv.schemaname } : {}),
    ...(rv.alias?.aliasname ? { alias: rv.alias.aliasname } : {}),
    location: typeof rv.location === 'number' ? rv.location : -1,
  });
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, key);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    // A RangeVar appears wrapped (`{RangeVar: {…}}`) in FROM lists and bare in `relation` fields.
    if (key === 'RangeVar' || (key === 'relation' && typeof n.relname === 'string')) relations.push(relationOf(n));
    if (key === 'CommonTableExpr' && n.ctename) local.add(String(n.ctename).toLowerCase());
    if ((key === 'RangeSubselect' || key === 'RangeFunction') && n.alias?.aliasname) {
      opaque.add(String(n.alias.aliasname).toLowerCase());
    }
    if (key === 'RangeSubselect' || key === 'RangeFunction') nonTableSource = true;
    if (key === 'ColumnRef' && Array.isArray(n.fields)) {
      const fields = n.fields.map((f: Node) => f?.String?.sval).filter((f: unknown) => typeof f === 'string');
      if (fields.length === n.fields.length) columnRefs.push({ fields, location: n.location ?? -1 });
    }
    if (key === 'ResTarget' && typeof n.name === 'string') outputNames.add(n.name.toLowerCase());
    for (const [k, v] of Object.entries(n)) walk(v, k);
  };
  walk(stmt);

  const type = Object.keys(stmt)[0]!;
  const body = stmt[type] as Node;
  // What the statement creates is its own: not a mention, nor are its columns.
  if (type === 'CreateStmt' || type === 'ViewStmt')
    local.add(String((body.relation ?? body.view)?.relname).toLowerCase());
  if (type === 'CreateTableAsStmt') local.add(String(body.into?.rel?.relname).toLowerCase());
  if (type === 'ViewStmt' && body.view?.relname) local.add(String(body.view.relname).toLowerCase());

  const isLocal = (r: Relation) => local.has(r.name.toLowerCase());
  const isCatalog = (r: Relation) =>
    /^pg_/.test(r.name) || r.schema === 'pg_catalog' || r.schema === 'information_schema';
  const tables = relations.filter((r) => !isLocal(r) && !isCatalog(r));
  for (const r of tables) out.push({ kind: 'table', name: written(r), index: offset + Math.max(0, r.location) });

  const byQualifier = new Map<string, Relation>();
  for (const r of tables) {
    byQualifier.set((r.alias ?? r.name).toLowerCase(), r);
    if (!r.alias) byQualifier.set(written(r).toLowerCase(), r);
  }
  const column = (r: Relation, col: string, at: number) =>
    out.push({ kind: 'column', name: `${written(r)}.${col}`, table: written(r), column: col, index: offset + at });

  for (const ref of columnRefs) {
    const at = Math.max(0, ref.location);
    if (ref.fields.length >= 2) {
      const qualifier = ref.fields.slice(0, -1).join('.').toLowerCase();
      const col = ref.fields.at(-1)!;
      if (SKIPPED_QUALIFIERS.has(qualifier) || opaque.has(qualifier) || local.has(qualifier)) continue;
      const r = byQualifier.get(qualifier);
      if (r) column(r, col, at);
      continue;
    }
    const col = ref.fields[0]!;
    if (outputNames.has(col.toLowerCase()) || nonTableSource || local.size > 0 || tables.length === 0) continue;
    // A bare name: checked against the statement's tables (any of them may hold it).
    if (tables.length === 1) column(tables[0]!, col, at);
    else out.push({ kind: 'column', name: col, column: col, candidates: tables.map(written), index: offset + at });
  }

  // Columns named by the statement itself, outside expressions.
  const target = body.relation && typeof body.relation.relname === 'string' ? relationOf(body.relation) : undefined;
  if (!target || isLocal(target) || isCatalog(target)) return;
  const at = Math.max(0, target.location);
  if (type === 'InsertStmt')
    for (const c of body.cols ?? []) if (c.ResTarget?.name) column(target, c.ResTarget.name, at);
  if (type === 'UpdateStmt') {
    for (const t of body.targetList ?? []) if (t.ResTarget?.name) column(target, t.ResTarget.name, at);
  }
  if (type === 'IndexStmt') {
    if (body.idxname) out.push({ kind: 'name', name: body.idxname, index: offset + at });
    for (const p of body.indexParams ?? []) if (p.IndexElem?.name) column(target, p.IndexElem.name, at);
  }
  if (type === 'AlterTableStmt') {
    for (const c of body.cmds ?? []) {
      const cmd = c.AlterTableCmd;
      const name = cmd?.def?.ColumnDef?.colname ?? (COLUMN_COMMAND_RE.test(cmd?.subtype ?? '') ? cmd?.name : undefined);
      if (typeof name === 'string') column(target, name, at);
    }
  }
}
