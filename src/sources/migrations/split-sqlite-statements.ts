import { lineAt, lineStarts } from './split-statements.js';
import { type SqliteToken, tokenAt } from './sqlite-tokens.js';

/** One SQLite statement of a migration file, with where it starts so errors can cite file:line. */
export interface SqliteStatement {
  /** From its first token through its closing `;` (or the end of the text). */
  text: string;
  /** Offset of its first token in the text that was split. */
  start: number;
  /** 1-based line in the file of its first token. */
  line: number;
  /** Its first word upper-cased (`CREATE`, `BEGIN` …); '' when it starts with something else. */
  keyword: string;
  /** No closing `;`: the text ended inside it (an open quote, comment or trigger body) or it just ends. */
  incomplete?: true;
}

/** A sqlite3 shell command (`.bail on`, `.read x.sql`): a line of its own between statements. */
export interface ShellCommand {
  command: string;
  line: number;
}

/*
 * Where a statement ends is decided the way SQLite decides it (sqlite3_complete, which the
 * sqlite3 shell uses to cut its input): a `;` ends a statement, except inside
 * `CREATE [TEMP] TRIGGER … BEGIN … END;`, whose body holds statements of its own. The body ends at
 * an `END` that directly follows a `;`. States, by what has been read of the statement so far:
 */
type State =
  | 'start' // nothing yet (between statements)
  | 'normal' // an ordinary statement
  | 'explain' // EXPLAIN, still waiting to see whether CREATE TRIGGER follows
  | 'create' // CREATE [TEMP|TEMPORARY], waiting for TRIGGER
  | 'trigger' // inside a trigger, not just after a `;`
  | 'semi' // inside a trigger, just after a `;`
  | 'end'; // inside a trigger, `; END` read: a `;` now ends the statement

function afterWord(state: State, word: string): State {
  switch (word) {
    case 'EXPLAIN':
      return state === 'start' ? 'explain' : inTrigger(state) ? 'trigger' : 'normal';
    case 'CREATE':
      return state === 'start' || state === 'explain' ? 'create' : inTrigger(state) ? 'trigger' : 'normal';
    case 'TEMP':
    case 'TEMPORARY':
      return state === 'create' ? 'create' : inTrigger(state) ? 'trigger' : 'normal';
    case 'TRIGGER':
      return state === 'create' || inTrigger(state) ? 'trigger' : 'normal';
    case 'END':
      return state === 'semi' ? 'end' : inTrigger(state) ? 'trigger' : 'normal';
    default:
      return afterOther(state);
  }
}

function afterOther(state: State): State {
  if (state === 'explain') return 'explain';
  return inTrigger(state) ? 'trigger' : 'normal';
}

const MATTERS_IN_NORMAL = /[;'"`[\-/]/g;

function inTrigger(state: State): boolean {
  return state === 'trigger' || state === 'semi' || state === 'end';
}

/**
 * Splits SQLite SQL into statements and sqlite3 shell commands, in the order they appear. A
 * statement the text ends inside is returned too (marked `incomplete`): the shell runs it as
 * well, and it fails there just as it fails here, at its own line.
 */
export function splitSqliteStatements(
  sql: string,
  lineOffset = 0,
): { statements: SqliteStatement[]; shellCommands: ShellCommand[] } {
  const lines = lineStarts(sql);
  const statements: SqliteStatement[] = [];
  const shellCommands: ShellCommand[] = [];
  let state: State = 'start';
  let first: SqliteToken | undefined;
  let keyword = '';
  const finish = (end: number, incomplete: boolean) => {
    if (!first) return;
    const st: SqliteStatement = {
      text: sql.slice(first.start, end),
      start: first.start,
      line: lineAt(lines, first.start) + lineOffset,
      keyword,
    };
    if (incomplete) st.incomplete = true;
    statements.push(st);
    first = undefined;
    keyword = '';
  };
  for (let i = 0; i < sql.length; ) {
    // The shell reads a line starting with `.` between statements as one of its own commands.
    if (state === 'start' && sql[i] === '.' && (i === 0 || sql[i - 1] === '\n')) {
      const nl = sql.indexOf('\n', i);
      const end = nl < 0 ? sql.length : nl;
      shellCommands.push({ command: sql.slice(i, end).trim(), line: lineAt(lines, i) + lineOffset });
      i = end;
      continue;
    }
    if (state === 'normal') {
      // In an ordinary statement only a `;`, a quote or a comment can matter: jump to the next.
      MATTERS_IN_NORMAL.lastIndex = i;
      const next = MATTERS_IN_NORMAL.exec(sql);
      if (!next) break;
      i = next.index;
    }
    const t = tokenAt(sql, i);
    i = t.end;
    // An open quote or comment runs to the end of the text, so no `;` can follow it: the
    // statement it is in ends up `incomplete` below.
    if (t.kind === 'space' || t.kind === 'comment') continue;
    if (t.kind === 'semi') {
      if (state === 'trigger' || state === 'semi') state = 'semi';
      else {
        state = 'start';
        finish(t.end, false);
      }
      continue;
    }
    if (!first) {
      first = t;
      keyword = t.kind === 'word' ? sql.slice(t.start, t.end).toUpperCase() : '';
    }
    state = t.kind === 'word' ? afterWord(state, sql.slice(t.start, t.end).toUpperCase()) : afterOther(state);
  }
  finish(sql.length, true);
  return { statements, shellCommands };
}
