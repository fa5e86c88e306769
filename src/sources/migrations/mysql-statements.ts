import { lineAt, lineStarts } from './split-statements.js';

// Splitting a MySQL/MariaDB script into statements the way the `mariadb`/`mysql` command-line
// client does: the delimiter is `;` until a `DELIMITER xx` line changes it (procedures and
// triggers hold `;` in their bodies), and quotes, back-ticks and comments hide delimiters. One
// addition: with the plain `;`, a CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT whose body is a
// BEGIN … END block is one statement, as the server's own parser reads it when a migration tool
// sends the whole file (golang-migrate's multiStatements, Flyway) instead of the client's lines.

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
  const routine = new RoutineBody();
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
    } else if (sql.startsWith(delimiter, i) && !(delimiter === ';' && routine.open())) {
      close(i);
      routine.reset();
      i += delimiter.length;
    } else if (c === "'" || c === '"' || c === '`') {
      if (start < 0) start = i;
      i = endOfQuoted(sql, i);
    } else if (/[A-Za-z_]/.test(c)) {
      if (start < 0) start = i;
      let j = i + 1;
      // A name may hold `$`, but `END$$` ends at a `$$` delimiter.
      while (j < sql.length && /[A-Za-z0-9_$]/.test(sql[j]!) && !sql.startsWith(delimiter, j)) j++;
      routine.word(sql.slice(i, j).toUpperCase());
      i = j;
    } else {
      if (start < 0) start = i;
      i++;
    }
  }
  close(sql.length);
  return out;
}

const ROUTINES = new Set(['PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT']);
const NOT_CLOSING = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT', 'FOR']);

/**
 * Follows the words of the open statement: whether it is a stored routine, and how deep in
 * BEGIN … END (and CASE … END) blocks it is. END IF / END LOOP / END WHILE / END REPEAT close
 * blocks that were never counted; END CASE closes a CASE statement like END closes a CASE expression.
 */
class RoutineBody {
  private words: string[] = [];
  private isRoutine = false;
  private depth = 0;
  private afterEnd = false;

  reset(): void {
    this.words = [];
    this.isRoutine = false;
    this.depth = 0;
    this.afterEnd = false;
  }

  open(): boolean {
    // An END just read closes its block unless an IF/LOOP/… follows: at a delimiter, nothing does.
    return this.isRoutine && this.depth - (this.afterEnd ? 1 : 0) > 0;
  }

  word(w: string): void {
    if (this.words.length < 8) {
      this.words.push(w);
      if (!this.isRoutine && this.words[0] === 'CREATE' && ROUTINES.has(w)) {
        // CREATE [OR REPLACE] [DEFINER = user [@host]] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT
        const between = this.words.slice(1, -1);
        const modifiers = new Set(['OR', 'REPLACE', 'DEFINER', 'AGGREGATE', 'CURRENT_USER']);
        this.isRoutine =
          between.length <= 4 && between.every((x, n) => modifiers.has(x) || between[n - 1] === 'DEFINER');
      }
    }
    if (!this.isRoutine) return;
    if (this.afterEnd) {
      this.afterEnd = false;
      if (NOT_CLOSING.has(w)) return;
      this.depth = Math.max(0, this.depth - 1);
      if (w === 'CASE') return; // END CASE closes the CASE counted when it opened
    }
    if (w === 'BEGIN' || w === 'CASE') this.depth++;
    else if (w === 'END') this.afterEnd = true;
  }
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
