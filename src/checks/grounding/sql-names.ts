import { unquoteSqlName } from '../../facts/index/fact-index.js';
import type { Classified } from './grounding-types.js';
import type { KnownFacts } from './known-facts.js';
import { FILE_EXTENSIONS } from './name-shape.js';

// SQL names: `schema.table`, `table.column`, `schema.table.column` spans, and the relations an SQL
// text reads or writes.

/** Text that holds SQL outside an SQL block: psql, `\d`, or an UPPERCASE SQL verb. */
export const SQL_VERB_RE = new RegExp(
  String.raw`\b(SELECT|INSERT|UPDATE|DELETE|ALTER|TRUNCATE|VACUUM|ANALYZE|REINDEX|LOCK|EXPLAIN|CREATE|DROP|REFRESH|` +
    String.raw`COPY|WITH)\b|\bpsql\b|\\d`,
);
const SQL_KEYWORDS = new Set(
  [
    'select only lateral if not exists concurrently skip nowait of set values where default on using as table with',
    'join from recursive unnest generate_series verbose full freeze analyze and or in is null true false',
  ]
    .join(' ')
    .split(' '),
);
/** Words that make a following FROM no relation: `IS DISTINCT FROM x`, `EXTRACT(EPOCH FROM x)`, `trim(BOTH FROM x)`. */
const NOT_RELATION_BEFORE_FROM = new Set(
  [
    'distinct epoch year month day hour minute second week dow doy isodow quarter century millennium decade',
    'microseconds milliseconds timezone both leading trailing',
  ]
    .join(' ')
    .split(' '),
);
/** Words that make a following UPDATE not a statement: `FOR UPDATE`, `ON UPDATE`, `BEFORE UPDATE` … */
const NOT_STATEMENT_BEFORE_UPDATE = ['for', 'key', 'do', 'on', 'before', 'after', 'of', 'or'];
const IDENT = String.raw`"?[A-Za-z_][\w$]*"?(?:\s*\.\s*"?[A-Za-z_][\w$]*"?)?`;
const CTE =
  String.raw`\bWITH\s+(?:RECURSIVE\s+)?(${IDENT})\s+AS\b|` +
  String.raw`,\s*(${IDENT})\s+AS\s*(?:NOT\s+)?(?:MATERIALIZED\s+)?\(`;
const CREATED =
  String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED|GLOBAL|LOCAL)\s+)*` +
  String.raw`(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(${IDENT})`;
const RELATION =
  String.raw`(\\d[t+]*\s+|\b(?:FROM|JOIN|UPDATE|INTO|TABLE|VIEW|COPY|\\copy|VACUUM|ANALYZE)\b` +
  String.raw`(?:\s+(?:ONLY|LATERAL|CONCURRENTLY|FULL|FREEZE|VERBOSE|ANALYZE|IF\s+(?:NOT\s+)?EXISTS))*\s+)` +
  String.raw`(${IDENT})(\s*\()?`;

/**
 * Relations an SQL text reads or writes, with offsets; `caseInsensitive` for SQL blocks, where
 * keywords may be in any case; elsewhere only UPPERCASE keywords count (a lower-case `from` or
 * `update` in a shell line is as likely English).
 */
export function sqlRelations(text: string, caseInsensitive: boolean): { name: string; index: number }[] {
  let sql = text;
  if (caseInsensitive) {
    // Blank out string literals and comments, keeping offsets.
    sql = sql.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, (s) => s.replace(/[^\n]/g, ' '));
  }
  const flags = caseInsensitive ? 'gi' : 'g';
  // Names the snippet defines itself: its CTEs and the tables and views it creates.
  const local = new Set<string>();
  for (const m of sql.matchAll(new RegExp(CTE, flags))) local.add(unquoteSqlName(m[1] ?? m[2]!).toLowerCase());
  for (const m of sql.matchAll(new RegExp(CREATED, flags))) {
    local.add(unquoteSqlName(m[1]!).toLowerCase().replace(/\s/g, ''));
  }
  const found: { name: string; index: number }[] = [];
  for (const m of sql.matchAll(new RegExp(RELATION, flags))) {
    const keyword = m[1]!.trim().split(/\s+/)[0]!.toUpperCase();
    const name = unquoteSqlName(m[2]!).replace(/\s/g, '');
    const lower = name.toLowerCase();
    if (m[3] && keyword !== 'INTO' && keyword !== 'COPY') continue; // a function: `FROM generate_series(`
    if (SQL_KEYWORDS.has(lower) || local.has(lower)) continue;
    if (/^(pg_|information_schema\.|pg_catalog\.)/.test(lower)) continue;
    const before = sql.slice(Math.max(0, m.index - 40), m.index);
    const prev = /([\w']+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (keyword === 'FROM' && (NOT_RELATION_BEFORE_FROM.has(prev) || prev.endsWith("'"))) continue;
    if (keyword === 'UPDATE' && NOT_STATEMENT_BEFORE_UPDATE.includes(prev)) continue;
    if ((keyword === 'TABLE' || keyword === 'VIEW') && /\bCREATE\b[^;]*$/i.test(before) && local.has(lower)) continue;
    if (keyword === 'TABLE' && /\bRETURNS\s*$/i.test(before)) continue;
    if (/^\d/.test(name)) continue;
    found.push({ name, index: m.index + m[1]!.length });
  }
  return found;
}

/** A column of that name in any table. */
export function columnAnywhere(known: KnownFacts, name: string): Classified {
  const id = known.index.schema.columnAnywhere(name);
  return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
}

/**
 * `schema.table`, `table.column`, `schema.table.column` (and `schema.enum`, `schema.index`):
 * `kind` undefined when the first part is neither a schema nor a table.
 */
export function dottedName(known: KnownFacts, text: string): Classified {
  const { schema } = known.index;
  const parts = text.split('.');
  const [a, b, c] = parts.map((p) => unquoteSqlName(p).toLowerCase());
  if (parts.length === 2 && schema.isSchema(a!)) {
    const t = schema.table(`${a}.${b}`);
    if (t) return { kind: 'table', known: true, id: t.id };
    const other = known.name(`${a}.${b}`);
    if (other) return { kind: 'name', known: true, ...(other.id ? { id: other.id } : {}) };
    return { kind: 'table', known: false };
  }
  if (parts.length === 2 && schema.table(a!) && !FILE_EXTENSIONS.has(b!)) {
    const id = schema.columnOf(schema.table(a!)!, b!);
    return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
  }
  if (parts.length === 3 && schema.isSchema(a!)) {
    const t = schema.table(`${a}.${b}`);
    const id = t ? schema.columnOf(t, c!) : undefined;
    return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
  }
  return { known: false };
}
