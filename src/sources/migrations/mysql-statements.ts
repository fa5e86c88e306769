import { lineAt, lineStarts } from './split-statements.js';

// Splitting a MySQL/MariaDB script into statements the way the `mariadb`/`mysql` command-line
// client does, since that client (or a tool that copies its rules) is what applies migrations:
// the delimiter is `;` until a `DELIMITER xx` line changes it (procedures and triggers hold `;`
// in their bodies), and quotes, back-ticks and comments hide delimiters.

/** One statement of a MySQL script, with where it starts so errors can cite file:line. */
export interface MysqlStatement {
  /** The statement as written, without its delimiter and without comments before it. */
  text: string;
  /** Offset of `text` in the file section it was split from. */
  offset: number;
  /** 1-based line in the file of its first token. */
  line: number;
}

// `DELIMITER //` is a client command, read at the start of a line when no statement is open.
const DELIMITER_COMMAND = /^[ \t]*delimiter[ \t]+(\S+)[^\n]*/i;

/**
 * Splits a script into statements. `lineOffset` is added to every line (a dbmate/goose up
 * section starts below line 1 of its file).
 */
export function splitMysqlStatements(sql: string, lineOffset = 0): MysqlStatement[] {
  const lines = lineStarts(sql);
  const out: MysqlStatement[] = [];
  let delimiter = ';';
  let start = -1; // offset of the open statement's first code character, -1 when none is open
  const close = (end: number) => {
    if (start >= 0) {
      const text = sql.slice(start, end).trimEnd();
      if (text) out.push({ text, offset: start, line: lineAt(lines, start) + lineOffset });
    }
    start = -1;
  };
  let i = 0;
  while (i < sql.length) {
    if (start < 0 && (i === 0 || sql[i - 1] === '\n')) {
      const command = DELIMITER_COMMAND.exec(sql.slice(i, endOfLine(sql, i)));
      if (command) {
        delimiter = command[1]!;
        i += command[0].length;
        continue;
      }
    }
    const c = sql[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '#' || isDashComment(sql, i)) {
      i = endOfLine(sql, i);
    } else if (c === '/' && sql[i + 1] === '*') {
      // An executable comment (`/*!40101 … */`) is code the server runs; a plain one is not.
      if (sql[i + 2] === '!' || (sql[i + 2] === 'M' && sql[i + 3] === '!')) start = start < 0 ? i : start;
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (sql.startsWith(delimiter, i)) {
      close(i);
      i += delimiter.length;
    } else if (c === "'" || c === '"' || c === '`') {
      if (start < 0) start = i;
      i = endOfQuoted(sql, i);
    } else {
      if (start < 0) start = i;
      i++;
    }
  }
  close(sql.length);
  return out;
}

/** `--` starts a comment only when followed by a space, a control character or the end. */
export function isDashComment(sql: string, i: number): boolean {
  if (sql[i] !== '-' || sql[i + 1] !== '-') return false;
  const next = sql.charCodeAt(i + 2);
  return Number.isNaN(next) || next <= 32;
}

function endOfLine(sql: string, i: number): number {
  const nl = sql.indexOf('\n', i);
  return nl < 0 ? sql.length : nl;
}

/**
 * Offset just past a quoted string or identifier starting at `i`. Strings take backslash escapes
 * (MySQL's default SQL mode); every quote kind may be doubled to stand for itself.
 */
export function endOfQuoted(sql: string, i: number): number {
  const q = sql[i]!;
  let j = i + 1;
  while (j < sql.length) {
    const c = sql[j]!;
    if (c === '\\' && q !== '`') j += 2;
    else if (c === q && sql[j + 1] === q) j += 2;
    else if (c === q) return j + 1;
    else j++;
  }
  return sql.length;
}
