import { type ColumnType, readColumnType } from './mysql-column-types.js';
import type { ColumnSpec } from './mysql-ddl.js';
import { MysqlError } from './mysql-errors.js';
import { groupEnd, isName, isOp, isWord, type Token } from './mysql-lexer.js';
import type { SqlAst } from './mysql-parser.js';
import type { ParserText } from './mysql-parser-text.js';
import { foreignKeyFromAst, stringValue } from './mysql-read-keys.js';

// A column definition is read in two halves. Its data type, character set, DEFAULT and ON UPDATE
// are read from the tokens, because they must be spelled exactly as the server spells them; the
// rest (NULL/NOT NULL, AUTO_INCREMENT, keys, COMMENT, generated, inline REFERENCES) comes from
// node-sql-parser's AST of the same definition, in which those spans were replaced or blanked.

export interface ColumnTokens {
  name: string;
  type: ColumnType;
  default?: string;
  onUpdate?: string;
  invisible: boolean;
  /** `SERIAL DEFAULT VALUE`: NOT NULL AUTO_INCREMENT UNIQUE. */
  serialDefault: boolean;
}

const TIME_FUNCTIONS = ['CURRENT_TIMESTAMP', 'NOW', 'LOCALTIME', 'LOCALTIMESTAMP'];

/**
 * Reads the name, type, default and ON UPDATE of the column definition tokens[from, to), and
 * edits `text` (the parser's copy) so node-sql-parser's grammar accepts the rest.
 */
export function readColumnTokens(sql: string, tokens: Token[], from: number, to: number, text: ParserText) {
  const nameToken = tokens[from];
  if (!isName(nameToken)) throw new MysqlError('a column name was expected', nameToken);
  const name = nameToken!.value;
  const { type, end: typeEnd } = readColumnType(tokens, from + 1, name);
  text.replace(tokens[from + 1]!.start, tokens[typeEnd - 1]!.end, 'INT');
  const out: ColumnTokens = { name, type, invisible: false, serialDefault: false };
  let i = typeEnd;
  while (i < to) {
    const t = tokens[i]!;
    if (isWord(t, 'REFERENCES')) break; // the rest is the reference, for the parser
    if (isOp(t, '(')) {
      i = groupEnd(tokens, i);
    } else if (isWord(t, 'DEFAULT') && !isWord(tokens[i - 1], 'SET')) {
      const end = defaultEnd(tokens, i + 1, to);
      out.default = sql.slice(tokens[i + 1]!.start, tokens[end - 1]!.end);
      text.blank(t.start, tokens[end - 1]!.end);
      i = end;
    } else if (isWord(t, 'ON') && isWord(tokens[i + 1], 'UPDATE') && isWord(tokens[i + 2], ...TIME_FUNCTIONS)) {
      const end = isOp(tokens[i + 3], '(') ? groupEnd(tokens, i + 3) : i + 3;
      out.onUpdate = sql.slice(tokens[i + 2]!.start, tokens[end - 1]!.end);
      text.blank(t.start, tokens[end - 1]!.end);
      i = end;
    } else if (isWord(t, 'PERSISTENT')) {
      text.replace(t.start, t.end, 'STORED');
      i++;
    } else if (isWord(t, 'INVISIBLE')) {
      out.invisible = true;
      text.blank(t.start, t.end);
      i++;
    } else if (isWord(t, 'SERIAL') && isWord(tokens[i + 1], 'DEFAULT') && isWord(tokens[i + 2], 'VALUE')) {
      out.serialDefault = true;
      text.blank(t.start, tokens[i + 2]!.end);
      i += 3;
    } else if ((isWord(t, 'CHARACTER') && isWord(tokens[i + 1], 'SET')) || isWord(t, 'CHARSET', 'COLLATE')) {
      // A character set or collation after other attributes: read like the ones after the type.
      const skip = isWord(t, 'CHARACTER') ? 2 : 1;
      let v = i + skip;
      if (isOp(tokens[v], '=')) v++;
      const value = tokens[v];
      if (!value) throw new MysqlError(`a name is missing after ${t.text}`, t);
      if (isWord(t, 'COLLATE')) out.type.collation = value.value.toLowerCase();
      else out.type.charset = value.value.toLowerCase();
      text.blank(t.start, value.end);
      i = v + 1;
    } else if (isWord(t, 'CHECK') || (isWord(t, 'CONSTRAINT') && isWord(tokens[i + 2], 'CHECK'))) {
      // CHECK constraints are not part of the documented model.
      const open = tokens.findIndex((x, k) => k > i && isOp(x, '('));
      const end = open < 0 ? to : groupEnd(tokens, open);
      text.blank(t.start, tokens[end - 1]!.end);
      i = end;
    } else i++;
  }
  return out;
}

/** Index just past a DEFAULT's value starting at tokens[i]. */
function defaultEnd(tokens: Token[], i: number, to: number): number {
  if (i >= to) throw new MysqlError('DEFAULT needs a value', tokens[i - 1]);
  if (isOp(tokens[i], '(')) return groupEnd(tokens, i);
  let k = i;
  if (isOp(tokens[k], '-') || isOp(tokens[k], '+')) k++;
  // A character set introducer: _utf8mb4'text'.
  if (tokens[k]?.kind === 'word' && tokens[k]!.text.startsWith('_') && tokens[k + 1]?.kind === 'string') k++;
  const value = tokens[k];
  if (!value) throw new MysqlError('DEFAULT needs a value', tokens[i - 1]);
  k++;
  // Adjacent strings are one string: 'a' 'b' is 'ab'.
  while (value.kind === 'string' && tokens[k]?.kind === 'string' && k < to) k++;
  if (value.kind === 'word' && isOp(tokens[k], '(')) k = groupEnd(tokens, k);
  return k;
}

/** The column a definition describes: tokens for the type and default, the AST for the rest. */
export function columnFromAst(read: ColumnTokens, ast: SqlAst): ColumnSpec {
  const column: ColumnSpec = { name: read.name, type: read.type, autoIncrement: Boolean(ast.auto_increment) };
  const nullable = ast.nullable?.type;
  if (nullable === 'not null') column.nullable = false;
  else if (nullable === 'null') column.nullable = true;
  if (read.default !== undefined) column.default = read.default;
  if (read.onUpdate !== undefined) column.onUpdate = read.onUpdate;
  if (ast.primary_key) column.key = 'primary';
  else if (ast.unique) column.key = 'unique';
  const comment = stringValue(ast.comment?.value);
  if (comment !== undefined) column.comment = comment;
  const collate = ast.collate?.collate?.name;
  if (typeof collate === 'string') column.type.collation = collate.toLowerCase();
  const charset = stringValue(ast.character_set?.value);
  if (charset !== undefined) column.type.charset = charset.toLowerCase();
  if (ast.generated) column.generated = /stored/i.test(String(ast.generated.storage_type)) ? 'STORED' : 'VIRTUAL';
  if (read.invisible) column.invisible = true;
  if (read.serialDefault || read.type.serial) {
    // SERIAL (and SERIAL DEFAULT VALUE) add a UNIQUE key of their own, even beside a PRIMARY KEY.
    column.nullable = false;
    column.autoIncrement = true;
    column.serialUnique = true;
  }
  if (ast.reference_definition) {
    column.references = foreignKeyFromAst({ ...ast, definition: [{ column: read.name }] }, ast.reference_definition);
  }
  return column;
}
