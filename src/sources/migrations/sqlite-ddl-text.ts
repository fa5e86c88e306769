import { codeTokens, type SqliteToken, unquoteName } from './sqlite-tokens.js';

// What SQLite's catalog pragmas do not say, read from the CREATE text SQLite stores in
// sqlite_schema (its own normalised copy, already rewritten by every RENAME): the names of
// foreign key constraints, and the expressions of expression indexes.

/** The items of the first parenthesised list after token `from`, each as its tokens. */
function listItems(tokens: SqliteToken[], sql: string, from: number): SqliteToken[][] {
  const open = tokens.findIndex((t, i) => i >= from && sql.slice(t.start, t.end) === '(');
  if (open < 0) return [];
  const items: SqliteToken[][] = [];
  let current: SqliteToken[] = [];
  let depth = 0;
  for (const t of tokens.slice(open)) {
    const s = t.kind === 'other' ? sql.slice(t.start, t.end) : '';
    if (s === '(' && depth++ === 0) continue;
    if (s === ')' && --depth === 0) break;
    if (s === ',' && depth === 1) {
      items.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length > 0) items.push(current);
  return items;
}

const word = (sql: string, t: SqliteToken | undefined) =>
  t?.kind === 'word' ? sql.slice(t.start, t.end).toUpperCase() : '';
const nameOf = (sql: string, t: SqliteToken) => unquoteName(sql.slice(t.start, t.end));

/**
 * Foreign keys given a name with `CONSTRAINT <name>` in a CREATE TABLE, by their child columns:
 * the table-level `CONSTRAINT n FOREIGN KEY (a, b) REFERENCES …` and the column-level
 * `a INTEGER CONSTRAINT n REFERENCES …`.
 */
export function namedForeignKeys(createTableSql: string): { name: string; columns: string[] }[] {
  const sql = createTableSql;
  const tokens = codeTokens(sql);
  const out: { name: string; columns: string[] }[] = [];
  for (const item of listItems(tokens, sql, 0)) {
    const head = word(sql, item[0]);
    if (head === 'CONSTRAINT' && item.length > 2 && word(sql, item[2]) === 'FOREIGN') {
      const columns = listItems(item, sql, 3).map((c) => nameOf(sql, c[0]!));
      out.push({ name: nameOf(sql, item[1]!), columns });
      continue;
    }
    if (['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'].includes(head) || item.length === 0) continue;
    for (let k = 1; k + 2 < item.length; k++) {
      if (word(sql, item[k]) === 'CONSTRAINT' && word(sql, item[k + 2]) === 'REFERENCES')
        out.push({ name: nameOf(sql, item[k + 1]!), columns: [nameOf(sql, item[0]!)] });
    }
  }
  return out;
}

/** The key items of a CREATE INDEX as written (`lower(email)`), without ASC/DESC. */
export function indexKeyTexts(createIndexSql: string): string[] {
  const sql = createIndexSql;
  const tokens = codeTokens(sql);
  const on = tokens.findIndex((t) => word(sql, t) === 'ON');
  if (on < 0) return [];
  return listItems(tokens, sql, on).map((item) => {
    const last = item[item.length - 1];
    const keep = ['ASC', 'DESC'].includes(word(sql, last)) ? item.slice(0, -1) : item;
    return keep.length === 0 ? '' : sql.slice(keep[0]!.start, keep[keep.length - 1]!.end);
  });
}
