import type { AlterOp, ColumnPosition, Ddl, TableOptions } from './mysql-ddl.js';
import { MysqlError } from './mysql-errors.js';
import { groupEnd, isName, isOp, isWord, splitAtCommas, type Token } from './mysql-lexer.js';
import { parseStatement, type SqlAst } from './mysql-parser.js';
import { ParserText } from './mysql-parser-text.js';
import { columnFromAst, readColumnTokens } from './mysql-read-column.js';
import { keyFromAst } from './mysql-read-keys.js';
import { readTableName } from './mysql-read-table.js';

// ALTER TABLE, clause by clause. Column definitions and key definitions are parsed by
// node-sql-parser, each clause on its own (`ALTER TABLE t <clause>`), so a clause its grammar
// lacks costs only the statement it is in. The clauses its grammar has no rule for at all
// (ALTER COLUMN … SET/DROP DEFAULT, CONVERT TO CHARACTER SET, RENAME INDEX, DROP … IF EXISTS,
// ADD COLUMN (a, b)) are read from the tokens; they are small and fixed.

const IGNORED_CLAUSES = [
  'ALGORITHM',
  'LOCK',
  'FORCE',
  'ORDER',
  'ENABLE',
  'DISABLE',
  'DISCARD',
  'IMPORT',
  'WITH',
  'WITHOUT',
  'COALESCE',
  'REORGANIZE',
  'EXCHANGE',
  'ANALYZE',
  'CHECK',
  'OPTIMIZE',
  'REBUILD',
  'REPAIR',
  'TRUNCATE',
  'REMOVE',
  'PARTITION',
  'AUTO_INCREMENT',
  'ROW_FORMAT',
  'KEY_BLOCK_SIZE',
  'AVG_ROW_LENGTH',
  'MAX_ROWS',
  'MIN_ROWS',
  'PACK_KEYS',
  'CHECKSUM',
  'DELAY_KEY_WRITE',
  'STATS_PERSISTENT',
  'STATS_AUTO_RECALC',
  'STATS_SAMPLE_PAGES',
  'PAGE_CHECKSUM',
  'TRANSACTIONAL',
  'INSERT_METHOD',
  'DATA',
  'INDEX',
  'CONNECTION',
  'PASSWORD',
  'COMPRESSION',
  'ENCRYPTED',
  'ENCRYPTION_KEY_ID',
  'PAGE_COMPRESSED',
  'PAGE_COMPRESSION_LEVEL',
  'SEQUENCE',
  'TABLESPACE',
  'UNION',
];
const KEY_WORDS = ['INDEX', 'KEY', 'UNIQUE', 'PRIMARY', 'FULLTEXT', 'SPATIAL', 'CONSTRAINT', 'FOREIGN'];

export function readAlterTable(sql: string, tokens: Token[]): Ddl {
  const text = new ParserText(sql, tokens);
  let i = 1;
  while (isWord(tokens[i], 'ONLINE', 'OFFLINE', 'IGNORE')) i++;
  i++; // TABLE
  if (isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'EXISTS')) i += 2;
  const { ref: table, end } = readTableName(tokens, i);
  const ops: AlterOp[] = [];
  for (const [from, to] of splitAtCommas(tokens, end, tokens.length)) {
    ops.push(...readClause(sql, tokens, from, cutPartitioning(tokens, from, to), text));
  }
  return { kind: 'alterTable', table, ops };
}

/** `… PARTITION BY …` may follow the last clause without a comma. */
function cutPartitioning(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (isWord(tokens[k], 'PARTITION') && isWord(tokens[k + 1], 'BY')) return k;
  return to;
}

function readClause(sql: string, tokens: Token[], from: number, to: number, text: ParserText): AlterOp[] {
  if (from >= to) return [];
  const t = tokens[from]!;
  const at = (k: number) => tokens[from + k];
  const name = (k: number) => {
    const n = at(k);
    if (!isName(n) && n?.kind !== 'string') throw new MysqlError('a name was expected', n ?? t);
    return n!.value;
  };
  const ifFlag = (k: number, words: string[]) => words.every((w, n) => isWord(at(k + n), w));

  if (isWord(t, 'ADD')) {
    let k = 1;
    const column = isWord(at(k), 'COLUMN');
    if (column) k++;
    const ifNotExists = ifFlag(k, ['IF', 'NOT', 'EXISTS']);
    if (ifNotExists) {
      text.blank(at(k)!.start, at(k + 2)!.end);
      k += 3;
    }
    if (!column && isWord(at(k), 'PARTITION', 'PERIOD', 'SYSTEM')) return [];
    if (!column && isWord(at(k), 'CHECK')) return [];
    if (!column && isWord(at(k), 'CONSTRAINT') && (isWord(at(k + 1), 'CHECK') || isWord(at(k + 2), 'CHECK'))) return [];
    if (!column && isWord(at(k), ...KEY_WORDS)) {
      // MariaDB also takes IF NOT EXISTS after the key's kind: ADD INDEX IF NOT EXISTS i (…).
      let keyIfNotExists = ifNotExists;
      for (let n = from + k; n < to && !isOp(tokens[n], '('); n++) {
        if (isWord(tokens[n], 'IF') && isWord(tokens[n + 1], 'NOT') && isWord(tokens[n + 2], 'EXISTS')) {
          text.blank(tokens[n]!.start, tokens[n + 2]!.end);
          keyIfNotExists = true;
        }
      }
      const ast = parseClause(text, tokens[from + k]!.start, tokens[to - 1]!.end, 'ADD ');
      const def = ast.create_definitions ?? ast;
      const key = keyFromAst(def);
      if (!key) return [];
      return 'refColumns' in key
        ? [{ op: 'addForeignKey', fk: key, ifNotExists: keyIfNotExists }]
        : [{ op: 'addKey', key, ifNotExists: keyIfNotExists }];
    }
    if (isOp(at(k), '(')) {
      // ADD COLUMN (a INT, b INT): several columns, each added at the end.
      const close = groupEnd(tokens, from + k) - 1;
      return splitAtCommas(tokens, from + k + 1, close).map(([a, b]) => ({
        op: 'addColumn' as const,
        column: readDefinition(sql, tokens, a, b, text),
        ifNotExists,
      }));
    }
    const { end, position } = positionOf(tokens, from + k, to);
    const op: AlterOp = { op: 'addColumn', column: readDefinition(sql, tokens, from + k, end, text), ifNotExists };
    if (position) op.position = position;
    return [op];
  }
  if (isWord(t, 'MODIFY', 'CHANGE')) {
    let k = 1;
    if (isWord(at(k), 'COLUMN')) k++;
    const ifExists = ifFlag(k, ['IF', 'EXISTS']);
    if (ifExists) k += 2;
    const { end, position } = positionOf(tokens, from + k + (isWord(t, 'CHANGE') ? 1 : 0), to);
    const op: AlterOp = isWord(t, 'CHANGE')
      ? {
          op: 'changeColumn',
          from: name(k),
          column: readDefinition(sql, tokens, from + k + 1, end, text),
          ifExists,
        }
      : { op: 'modifyColumn', column: readDefinition(sql, tokens, from + k, end, text), ifExists };
    if (position) op.position = position;
    return [op];
  }
  if (isWord(t, 'DROP')) {
    let k = 1;
    if (isWord(at(k), 'PRIMARY') && isWord(at(k + 1), 'KEY')) return [{ op: 'dropPrimaryKey' }];
    if (isWord(at(k), 'CHECK', 'PARTITION', 'PERIOD', 'SYSTEM')) return [];
    const kind = isWord(at(k), 'INDEX', 'KEY')
      ? 'dropKey'
      : isWord(at(k), 'FOREIGN') && isWord(at(k + 1), 'KEY')
        ? 'dropForeignKey'
        : isWord(at(k), 'CONSTRAINT')
          ? 'dropConstraint'
          : 'dropColumn';
    k += kind === 'dropForeignKey' ? 2 : kind === 'dropColumn' ? (isWord(at(k), 'COLUMN') ? 1 : 0) : 1;
    const ifExists = ifFlag(k, ['IF', 'EXISTS']);
    if (ifExists) k += 2;
    const n = name(k);
    // DROP COLUMN's optional RESTRICT / CASCADE do nothing in MariaDB.
    if (from + k + 1 < to && !isWord(at(k + 1), 'RESTRICT', 'CASCADE'))
      throw new MysqlError('unexpected words after the name in DROP', at(k + 1));
    return [{ op: kind, name: n, ifExists }];
  }
  if (isWord(t, 'ALTER')) {
    let k = 1;
    if (isWord(at(k), 'INDEX', 'KEY')) return []; // [NOT] IGNORED / VISIBLE: no change to the model
    if (isWord(at(k), 'COLUMN')) k++;
    const column = name(k);
    if (isWord(at(k + 1), 'DROP') && isWord(at(k + 2), 'DEFAULT')) return [{ op: 'dropDefault', name: column }];
    if (isWord(at(k + 1), 'SET') && isWord(at(k + 2), 'DEFAULT') && from + k + 3 < to)
      return [{ op: 'setDefault', name: column, default: sql.slice(at(k + 3)!.start, tokens[to - 1]!.end) }];
    if (isWord(at(k + 1), 'SET') && isWord(at(k + 2), 'VISIBLE', 'INVISIBLE')) return [];
    throw new MysqlError('ALTER COLUMN takes SET DEFAULT or DROP DEFAULT', at(k + 1) ?? t);
  }
  if (isWord(t, 'RENAME')) {
    if (isWord(at(1), 'COLUMN')) {
      if (!isWord(at(3), 'TO')) throw new MysqlError('RENAME COLUMN a TO b', at(3) ?? t);
      return [{ op: 'renameColumn', from: name(2), to: name(4) }];
    }
    if (isWord(at(1), 'INDEX', 'KEY')) {
      if (!isWord(at(3), 'TO')) throw new MysqlError('RENAME INDEX a TO b', at(3) ?? t);
      return [{ op: 'renameKey', from: name(2), to: name(4) }];
    }
    const k = isWord(at(1), 'TO', 'AS') ? 2 : 1;
    return [{ op: 'renameTable', to: readTableName(tokens, from + k).ref }];
  }
  if (isWord(t, 'CONVERT') && isWord(at(1), 'TO')) {
    let k = isWord(at(2), 'CHARSET') ? 3 : 4;
    if (isOp(at(k), '=')) k++;
    const charset = name(k).toLowerCase();
    const op: AlterOp = { op: 'convertCharset', charset };
    if (isWord(at(k + 1), 'COLLATE')) op.collation = name(isOp(at(k + 2), '=') ? k + 3 : k + 2).toLowerCase();
    return [op];
  }
  if (isWord(t, 'DEFAULT', 'CHARACTER', 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT', 'TYPE', ...IGNORED_CLAUSES))
    return readOptions(tokens, from, to);
  throw new MysqlError(`ALTER TABLE clause starting with "${t.text}" is not understood`, t);
}

/** A trailing FIRST or AFTER col. */
function positionOf(tokens: Token[], from: number, to: number): { end: number; position?: ColumnPosition } {
  if (to - 1 > from && isWord(tokens[to - 1], 'FIRST')) return { end: to - 1, position: { first: true } };
  if (to - 2 > from && isWord(tokens[to - 2], 'AFTER') && isName(tokens[to - 1]))
    return { end: to - 2, position: { after: tokens[to - 1]!.value } };
  return { end: to };
}

/** A column definition in an ALTER clause, parsed on its own by node-sql-parser. */
function readDefinition(sql: string, tokens: Token[], from: number, to: number, text: ParserText) {
  const read = readColumnTokens(sql, tokens, from, to, text);
  const ast = parseClause(text, tokens[from]!.start, tokens[to - 1]!.end, 'ADD COLUMN ');
  const def = Array.isArray(ast.create_definitions) ? ast.create_definitions[0] : ast;
  return columnFromAst(read, def);
}

/**
 * Parses `ALTER TABLE t <lead><text[start, end)>` and returns its one clause. An error offset
 * is moved back to the statement's own offsets.
 */
function parseClause(text: ParserText, start: number, end: number, lead: string): SqlAst {
  const prefix = `ALTER TABLE t ${lead}`;
  try {
    const ast = parseStatement(prefix + text.slice(start, end));
    const clause = ast.expr?.[0];
    if (!clause) throw new MysqlError('the clause could not be read');
    return clause;
  } catch (err) {
    if (err instanceof MysqlError && err.offset !== undefined)
      throw new MysqlError(err.message, undefined, Math.max(start, start + err.offset - prefix.length));
    throw err;
  }
}

/** Table options: [DEFAULT] CHARACTER SET [=] x, [DEFAULT] COLLATE [=] y, ENGINE [=] z, COMMENT [=] '…'. */
function readOptions(tokens: Token[], from: number, to: number): AlterOp[] {
  const options: TableOptions = {};
  let k = from;
  while (k < to) {
    if (isWord(tokens[k], 'DEFAULT')) k++;
    const t = tokens[k];
    let key: string;
    if (isWord(t, 'CHARACTER', 'CHAR') && isWord(tokens[k + 1], 'SET')) {
      key = 'charset';
      k += 2;
    } else if (isWord(t, 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT', 'TYPE')) {
      key = t!.upper === 'TYPE' ? 'engine' : t!.upper.toLowerCase();
      k++;
    } else if (isWord(t, ...IGNORED_CLAUSES)) {
      // An option or clause the model holds nothing of: skip to the next option word.
      k++;
      while (k < to && !isWord(tokens[k], 'DEFAULT', 'CHARACTER', 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT')) k++;
      continue;
    } else throw new MysqlError(`table option "${t?.text}" is not understood`, t);
    if (isOp(tokens[k], '=')) k++;
    const value = tokens[k];
    if (!value || isOp(value, ',')) throw new MysqlError('a value was expected', t);
    const v = key === 'comment' ? value.value : value.value.toLowerCase();
    if (key === 'charset') options.charset = v;
    else if (key === 'collate') options.collation = v;
    else if (key === 'engine') options.engine = value.value;
    else options.comment = v;
    k++;
  }
  return [{ op: 'options', options }];
}
