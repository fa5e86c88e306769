import type { Ddl, TableRef } from './mysql-ddl.js';
import { MysqlError } from './mysql-errors.js';
import { isOp, isWord, type Token, tokenize } from './mysql-lexer.js';
import { parseStatement, type SqlAst } from './mysql-parser.js';
import { ParserText } from './mysql-parser-text.js';
import { readAlterTable } from './mysql-read-alter.js';
import { keyFromCreateIndex, stringValue, tableRef } from './mysql-read-keys.js';
import { readCreateTable } from './mysql-read-table.js';

// What one statement does to the schema. Which statement it is comes from its first words; the
// schema statements are then parsed by node-sql-parser (with our readers for the parts its
// grammar lacks); data, session, privilege and routine statements change nothing the model holds.

/** Statements that change no table, column, key or view. */
const HARMLESS = new Set([
  'INSERT',
  'REPLACE',
  'UPDATE',
  'DELETE',
  'SELECT',
  'WITH',
  'VALUES',
  'TABLE',
  'TRUNCATE',
  'LOCK',
  'UNLOCK',
  'START',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'XA',
  'GRANT',
  'REVOKE',
  'FLUSH',
  'ANALYZE',
  'OPTIMIZE',
  'CHECK',
  'CHECKSUM',
  'REPAIR',
  'DO',
  'LOAD',
  'HANDLER',
  'SHOW',
  'DESCRIBE',
  'DESC',
  'EXPLAIN',
  'KILL',
  'RESET',
  'PURGE',
  'INSTALL',
  'UNINSTALL',
  'SIGNAL',
  'RESIGNAL',
  'DEALLOCATE',
  'HELP',
  'BINLOG',
  'CACHE',
  'BACKUP',
]);
/** Objects whose CREATE / ALTER / DROP change nothing the model holds. */
const OTHER_OBJECTS = new Set([
  'PROCEDURE',
  'FUNCTION',
  'TRIGGER',
  'EVENT',
  'USER',
  'ROLE',
  'SERVER',
  'AGGREGATE',
  'PACKAGE',
  'TABLESPACE',
  'LOGFILE',
  'SEQUENCE',
]);

export function readStatement(sql: string): Ddl {
  const tokens = tokenize(sql);
  const first = tokens[0];
  if (!first) return { kind: 'skip' };
  // `(SELECT …) UNION (…)`: a query, which changes nothing.
  if (isOp(first, '(')) return { kind: 'skip' };
  if (first.kind !== 'word') throw new MysqlError(`a statement cannot start with "${first.text}"`, first);
  const word = first.upper;
  if (HARMLESS.has(word)) return { kind: 'skip' };
  if (word === 'SET') return readSet(tokens);
  if (word === 'CALL' || word === 'PREPARE' || word === 'EXECUTE')
    return {
      kind: 'notice',
      message: `${word} runs code the replay does not follow; any schema change it makes is missing`,
    };
  if (word === 'USE') return { kind: 'use', db: nameAt(tokens, 1) };
  if (word === 'CREATE') return readCreate(sql, tokens);
  if (word === 'ALTER') {
    const object = objectWord(tokens, 1);
    if (object === 'TABLE') return readAlterTable(sql, tokens);
    if (object === 'VIEW') return readView(sql, tokens, true);
    return { kind: 'skip' };
  }
  if (word === 'DROP') return readDrop(sql, tokens);
  if (word === 'RENAME') {
    if (!isWord(tokens[1], 'TABLE', 'TABLES')) return { kind: 'skip' };
    const ast = parseStatement(new ParserText(sql, tokens).toString().replace(/^(\s*rename\s+)tables/i, '$1table'));
    const pairs = (ast.table ?? []).map((p: SqlAst[]) => [tableRef(p[0]), tableRef(p[1])] as [TableRef, TableRef]);
    return { kind: 'renameTable', pairs };
  }
  throw new MysqlError(`"${first.text}" does not start a statement MariaDB knows`, first);
}

/** The object keyword after CREATE/ALTER/DROP and their modifiers (OR REPLACE, DEFINER=… …). */
function objectWord(tokens: Token[], i: number): string | undefined {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isWord(t, 'OR', 'REPLACE', 'ONLINE', 'OFFLINE', 'IGNORE', 'TEMPORARY', 'UNIQUE', 'FULLTEXT', 'DEFAULT'))
      continue;
    if (isWord(t, 'SPATIAL') && isWord(tokens[k + 1], 'INDEX')) continue;
    if (isWord(t, 'ALGORITHM', 'DEFINER', 'SQL')) {
      // ALGORITHM = x, DEFINER = user@host, SQL SECURITY x
      k += isWord(t, 'SQL') ? 2 : 1;
      while (
        k + 1 < tokens.length &&
        (isOp(tokens[k], '=') || isOp(tokens[k + 1], '@') || tokens[k + 1]?.kind === 'var')
      )
        k++;
      continue;
    }
    return t.kind === 'word' ? t.upper : undefined;
  }
  return undefined;
}

function nameAt(tokens: Token[], i: number): string {
  const t = tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'ident')) throw new MysqlError('a name was expected', t ?? tokens[0]);
  return t.value;
}

function readCreate(sql: string, tokens: Token[]): Ddl {
  const object = objectWord(tokens, 1);
  if (object === 'TABLE') return readCreateTable(sql, tokens);
  if (object === 'VIEW') return readView(sql, tokens, false);
  if (object === 'INDEX') {
    const text = new ParserText(sql, tokens);
    const ifAt = tokens.findIndex(
      (t, k) => isWord(t, 'IF') && isWord(tokens[k + 1], 'NOT') && isWord(tokens[k + 2], 'EXISTS'),
    );
    if (ifAt > 0) text.blank(tokens[ifAt]!.start, tokens[ifAt + 2]!.end);
    const orReplace = isWord(tokens[1], 'OR') ? 2 : 0;
    if (orReplace) text.blank(tokens[1]!.start, tokens[2]!.end);
    const ast = parseStatement(text.toString());
    return { kind: 'createIndex', table: tableRef(ast.table), key: keyFromCreateIndex(ast), ifNotExists: ifAt > 0 };
  }
  if (object === 'DATABASE' || object === 'SCHEMA') {
    const ast = parseStatement(new ParserText(sql, tokens).toString());
    const spec = ast.database ?? ast.schema;
    const name = typeof spec === 'string' ? spec : stringValue(spec?.schema?.[0]);
    if (!name) throw new MysqlError('a database name was expected', tokens[2]);
    const ddl: Ddl = { kind: 'createDatabase', name, ifNotExists: Boolean(ast.if_not_exists) };
    const charset = (ast.create_definitions ?? []).find((d: SqlAst) => /char/i.test(String(d.keyword)));
    const value = stringValue(charset?.value);
    if (value) ddl.charset = value.toLowerCase();
    return ddl;
  }
  if (object && OTHER_OBJECTS.has(object)) return { kind: 'skip' };
  throw new MysqlError(`CREATE ${object ?? ''} is not a statement MariaDB knows`.replace('  ', ' '), tokens[1]);
}

function readView(sql: string, tokens: Token[], alter: boolean): Ddl {
  const text = new ParserText(sql, tokens);
  const ifAt = tokens.findIndex(
    (t, k) => isWord(t, 'IF') && isWord(tokens[k + 1], 'NOT') && isWord(tokens[k + 2], 'EXISTS'),
  );
  if (ifAt > 0) text.blank(tokens[ifAt]!.start, tokens[ifAt + 2]!.end);
  // ALTER VIEW replaces the view's definition: the parser reads it as CREATE OR REPLACE.
  const parserSql = alter
    ? text
        .toString()
        .replace(/^(\s*)alter/i, '$1CREATE OR REPLACE')
        .slice(0)
    : text.toString();
  const ast = parseStatement(parserSql);
  const ddl: Ddl = {
    kind: 'createView',
    view: tableRef(ast.view),
    orReplace: alter || Boolean(ast.replace),
    ifNotExists: ifAt > 0,
    select: ast.select,
  };
  if (Array.isArray(ast.columns) && ast.columns.length > 0)
    ddl.columns = ast.columns.map((c: unknown) => stringValue(c) ?? String(c));
  return ddl;
}

function readDrop(sql: string, tokens: Token[]): Ddl {
  let i = 1;
  if (isWord(tokens[i], 'TEMPORARY')) return { kind: 'skip' };
  const object = tokens[i]?.upper;
  if (object === 'TABLE' || object === 'TABLES' || object === 'VIEW') {
    const text = new ParserText(sql, tokens);
    if (object === 'TABLES') text.replace(tokens[i]!.start, tokens[i]!.end, 'TABLE');
    // RESTRICT / CASCADE after the names do nothing in MariaDB.
    const last = tokens[tokens.length - 1];
    if (isWord(last, 'RESTRICT', 'CASCADE')) text.blank(last!.start, last!.end);
    const ast = parseStatement(text.toString());
    const names: TableRef[] = (ast.name ?? []).map(tableRef);
    const ifExists = /if exists/i.test(String(ast.prefix ?? ''));
    return object === 'VIEW'
      ? { kind: 'dropView', views: names, ifExists }
      : { kind: 'dropTable', tables: names, ifExists };
  }
  if (object === 'INDEX') {
    const text = new ParserText(sql, tokens);
    const ifExists = isWord(tokens[2], 'IF') && isWord(tokens[3], 'EXISTS');
    if (ifExists) text.blank(tokens[2]!.start, tokens[3]!.end);
    const ast = parseStatement(text.toString());
    const name = ast.name?.column ?? stringValue(ast.name);
    return { kind: 'dropIndex', table: tableRef(ast.table), name: String(name), ifExists };
  }
  if (object === 'DATABASE' || object === 'SCHEMA') {
    i = 2;
    const ifExists = isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'EXISTS');
    return { kind: 'dropDatabase', name: nameAt(tokens, ifExists ? 4 : 2), ifExists };
  }
  return { kind: 'skip' };
}

/** SET FOREIGN_KEY_CHECKS = 0|1 (also @@, @@session., SESSION); other settings change no schema. */
function readSet(tokens: Token[]): Ddl {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const name = t.kind === 'var' ? t.text.replace(/^@@(session\.|local\.)?/i, '') : t.kind === 'word' ? t.text : '';
    if (name.toLowerCase() !== 'foreign_key_checks') continue;
    const value = tokens[isOp(tokens[k + 1], '=') || isOp(tokens[k + 1], ':=') ? k + 2 : k + 1];
    const v = value?.value.toUpperCase();
    if (v === '0' || v === 'OFF' || v === 'FALSE') return { kind: 'setForeignKeyChecks', on: false };
    if (v === '1' || v === 'ON' || v === 'TRUE' || v === 'DEFAULT') return { kind: 'setForeignKeyChecks', on: true };
  }
  return { kind: 'skip' };
}
