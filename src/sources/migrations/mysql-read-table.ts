import type { Ddl, TableElement, TableRef } from './mysql-ddl.js';
import { MysqlError } from './mysql-errors.js';
import { groupEnd, isName, isOp, isWord, splitAtCommas, type Token } from './mysql-lexer.js';
import { parseStatement, type SqlAst } from './mysql-parser.js';
import { ParserText } from './mysql-parser-text.js';
import { type ColumnTokens, columnFromAst, readColumnTokens } from './mysql-read-column.js';
import { keyFromAst, optionsFromAst } from './mysql-read-keys.js';

/** Words that start a key, constraint or period element of a table definition, not a column. */
const ELEMENT_KEYWORDS = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK'];

/** `name` or `db.name` at tokens[i]. */
export function readTableName(tokens: Token[], i: number): { ref: TableRef; end: number } {
  const first = tokens[i];
  if (!isName(first)) throw new MysqlError('a table name was expected', first);
  if (isOp(tokens[i + 1], '.') && isName(tokens[i + 2]))
    return { ref: { db: first!.value, name: tokens[i + 2]!.value }, end: i + 3 };
  return { ref: { name: first!.value }, end: i + 1 };
}

export function isColumnElement(t: Token | undefined, next?: Token): boolean {
  if (t === undefined) return false;
  return !(t.kind === 'word' && (ELEMENT_KEYWORDS.includes(t.upper) || isPeriod(t, next)));
}

/** `PERIOD FOR …` (system-time or application-time periods); `period` alone is a column name. */
function isPeriod(t: Token | undefined, next: Token | undefined): boolean {
  return isWord(t, 'PERIOD') && isWord(next, 'FOR');
}

/** CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (…) [options] [LIKE x | [AS] SELECT …]. */
export function readCreateTable(sql: string, tokens: Token[]): Ddl {
  const text = new ParserText(sql, tokens);
  let i = 1;
  let orReplace = false;
  if (isWord(tokens[i], 'OR') && isWord(tokens[i + 1], 'REPLACE')) {
    orReplace = true;
    text.blank(tokens[i]!.start, tokens[i + 1]!.end);
    i += 2;
  }
  // Temporary tables live for one session: they are never part of the schema.
  if (isWord(tokens[i], 'TEMPORARY')) return { kind: 'skip' };
  i++; // TABLE
  let ifNotExists = false;
  if (isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'NOT') && isWord(tokens[i + 2], 'EXISTS')) {
    ifNotExists = true;
    i += 3;
  }
  const { ref: table, end } = readTableName(tokens, i);
  i = end;
  const base = { kind: 'createTable' as const, table, ifNotExists, orReplace, elements: [] };
  const likeAt = isWord(tokens[i], 'LIKE') ? i + 1 : isOp(tokens[i], '(') && isWord(tokens[i + 1], 'LIKE') ? i + 2 : -1;
  if (likeAt >= 0) return { ...base, options: {}, like: readTableName(tokens, likeAt).ref };

  const columnTokens: ColumnTokens[] = [];
  let afterBody = i;
  if (isOp(tokens[i], '(')) {
    afterBody = groupEnd(tokens, i);
    for (const [from, to] of splitAtCommas(tokens, i + 1, afterBody - 1)) {
      const first = tokens[from];
      if (isPeriod(first, tokens[from + 1])) text.blank(first!.start, tokens[to - 1]!.end);
      else if (isColumnElement(first, tokens[from + 1]))
        columnTokens.push(readColumnTokens(sql, tokens, from, to, text));
    }
  }
  // After the options: partitioning (nothing the model holds) and CREATE … SELECT.
  let select: SqlAst | undefined;
  for (let k = afterBody; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isWord(t, 'WITH') && isWord(tokens[k + 1], 'SYSTEM') && isWord(tokens[k + 2], 'VERSIONING')) {
      // System versioning keeps history in hidden columns information_schema does not list.
      text.blank(t.start, tokens[k + 2]!.end);
      k += 2;
    } else if (isWord(t, 'PARTITION') && isWord(tokens[k + 1], 'BY')) {
      const selectAt = tokens.findIndex((x, n) => n > k && isWord(x, 'SELECT'));
      text.blank(t.start, selectAt < 0 ? sql.length : tokens[selectAt]!.start);
      if (selectAt < 0) break;
      k = selectAt - 1;
    } else if (isWord(t, 'SELECT') || (isOp(t, '(') && isWord(tokens[k + 1], 'SELECT'))) {
      const start = isWord(tokens[k - 1], 'AS', 'IGNORE', 'REPLACE') ? tokens[k - 1]!.start : t.start;
      select = parseStatement(sql.slice(t.start));
      text.blank(start, sql.length);
      break;
    }
  }
  if (!isOp(tokens[i], '(') && !select) throw new MysqlError('CREATE TABLE needs columns, LIKE or SELECT', tokens[i]);
  // The parser needs a column list: a CREATE … SELECT without one gets a placeholder.
  const parserSql = isOp(tokens[i], '(') ? text.toString() : `${text.toString().slice(0, tokens[i]?.start)}(x int)`;
  const ast = parseStatement(parserSql);
  const definitions: SqlAst[] = isOp(tokens[i], '(') ? (ast.create_definitions ?? []) : [];
  if (definitions.filter((d) => d.resource === 'column').length !== columnTokens.length)
    throw new MysqlError('the column definitions could not be matched with the parse', tokens[i]);
  const elements: TableElement[] = [];
  let column = 0;
  for (const d of definitions) {
    if (d.resource === 'column') {
      elements.push({ column: columnFromAst(columnTokens[column++]!, d) });
      continue;
    }
    const key = keyFromAst(d);
    if (key) elements.push('refColumns' in key ? { foreignKey: key } : { key });
  }
  const ddl: Ddl = { ...base, elements, options: optionsFromAst(ast.table_options) };
  if (select) ddl.select = select;
  return ddl;
}
