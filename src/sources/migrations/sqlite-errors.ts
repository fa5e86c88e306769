import type { SqliteDatabase } from './load-sqljs.js';
import type { SqliteStatement } from './split-sqlite-statements.js';
import { codeTokens } from './sqlite-tokens.js';

/** A statement SQLite refused: whether it does not parse, what to say, and at which file line. */
export interface SqliteFailure {
  syntax: boolean;
  message: string;
  line: number;
}

const NEAR = /^near "(.*)": syntax error$/s;
const UNRECOGNIZED = /^unrecognized token: "(.*)"$/s;

/**
 * Explains an error SQLite raised for a statement. SQLite's messages carry no position (sql.js
 * does not expose sqlite3_error_offset), so the line of a syntax error is found by asking SQLite
 * again: the error is at the first occurrence of the token it names such that the statement cut
 * just after that token already fails with the same message (before it, the cut only reads as
 * incomplete). Compiling a cut runs nothing. Every cut past the error fails the same way, so the
 * occurrences are binary-searched: a 50 MB INSERT repeating the token costs a few compiles.
 */
export function describeFailure(db: SqliteDatabase, st: SqliteStatement, err: unknown): SqliteFailure {
  const raw = err instanceof Error ? err.message : String(err);
  const lineOf = (offset: number) => st.line + (st.text.slice(0, offset).match(/\n/g)?.length ?? 0);
  const near = NEAR.exec(raw);
  if (near) {
    const token = near[1]!;
    const candidates = codeTokens(st.text).filter((t) => st.text.slice(t.start, t.end) === token);
    const at = firstFailing(candidates, (t) => failsWith(db, st.text.slice(0, t.end), raw)) ?? candidates[0];
    return { syntax: true, message: `syntax error near "${token}"`, line: at ? lineOf(at.start) : st.line };
  }
  if (raw === 'incomplete input') {
    const tokens = codeTokens(st.text);
    const last = tokens[tokens.length - 1];
    return {
      syntax: true,
      message: 'syntax error: the statement is incomplete (a missing closing parenthesis, quote, `;` or END?)',
      line: last ? lineOf(last.start) : st.line,
    };
  }
  const unrecognized = UNRECOGNIZED.exec(raw);
  if (unrecognized) {
    const at = st.text.indexOf(unrecognized[1]!);
    return {
      syntax: true,
      message: `syntax error: unrecognized token "${unrecognized[1]!.slice(0, 80)}"`,
      line: at >= 0 ? lineOf(at) : st.line,
    };
  }
  return { syntax: false, message: raw.split('\n')[0]!.slice(0, 300), line: st.line };
}

function failsWith(db: SqliteDatabase, sql: string, message: string): boolean {
  try {
    db.prepare(sql).free();
    return false;
  } catch (err) {
    return err instanceof Error && err.message === message;
  }
}

/** The first item for which `fails` holds, given that it holds for every item after it too. */
function firstFailing<T>(items: T[], fails: (item: T) => boolean): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fails(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return items[lo];
}
