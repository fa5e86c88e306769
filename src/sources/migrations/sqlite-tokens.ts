// A scanner for SQLite's lexical structure: just enough to find where statements end, which
// keyword a statement starts with, and the pieces of stored DDL the catalog pragmas do not give.
// It follows SQLite's own rules (tokenize.c): '…' strings, "…" `…` […] quoted names, -- and /* */
// comments, and identifier characters that include `$`, `_` and every non-ASCII character.

export type SqliteTokenKind = 'space' | 'comment' | 'word' | 'quoted' | 'string' | 'semi' | 'other';

export interface SqliteToken {
  kind: SqliteTokenKind;
  start: number;
  end: number;
  /** A quote or comment that runs to the end of the text: the statement cannot be complete. */
  unterminated?: true;
}

/** SQLite's whitespace is ASCII only (tab, newline, vertical tab, form feed, carriage return, space). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f || // _
    code === 0x24 || // $
    code >= 0x80
  );
}

/** The token starting at `i` (which must be < text.length). */
export function tokenAt(text: string, i: number): SqliteToken {
  const c = text[i]!;
  const code = text.charCodeAt(i);
  if (isSpace(code)) {
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    return { kind: 'space', start: i, end: j };
  }
  if (c === '-' && text[i + 1] === '-') {
    const nl = text.indexOf('\n', i);
    return { kind: 'comment', start: i, end: nl < 0 ? text.length : nl };
  }
  if (c === '/' && text[i + 1] === '*') {
    const close = text.indexOf('*/', i + 2);
    return close < 0
      ? { kind: 'comment', start: i, end: text.length, unterminated: true }
      : { kind: 'comment', start: i, end: close + 2 };
  }
  if (c === "'" || c === '"' || c === '`') {
    // A doubled quote inside is the quote character itself, not the end.
    let j = i + 1;
    for (;;) {
      const close = text.indexOf(c, j);
      if (close < 0) return { kind: c === "'" ? 'string' : 'quoted', start: i, end: text.length, unterminated: true };
      if (text[close + 1] === c) j = close + 2;
      else return { kind: c === "'" ? 'string' : 'quoted', start: i, end: close + 1 };
    }
  }
  if (c === '[') {
    const close = text.indexOf(']', i + 1);
    return close < 0
      ? { kind: 'quoted', start: i, end: text.length, unterminated: true }
      : { kind: 'quoted', start: i, end: close + 1 };
  }
  if (c === ';') return { kind: 'semi', start: i, end: i + 1 };
  if (isWordChar(code)) {
    let j = i + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    return { kind: 'word', start: i, end: j };
  }
  return { kind: 'other', start: i, end: i + 1 };
}

/** Every token of `text` except spaces and comments. */
export function codeTokens(text: string): SqliteToken[] {
  const out: SqliteToken[] = [];
  for (let i = 0; i < text.length; ) {
    const t = tokenAt(text, i);
    if (t.kind !== 'space' && t.kind !== 'comment') out.push(t);
    i = t.end;
  }
  return out;
}

/** A name as SQLite reads it: quotes removed (and doubled quotes undone); bare words as written. */
export function unquoteName(raw: string): string {
  const q = raw[0];
  if (q === '[' && raw.endsWith(']')) return raw.slice(1, -1);
  if ((q === '"' || q === '`' || q === "'") && raw.length >= 2 && raw.endsWith(q))
    return raw.slice(1, -1).replaceAll(q + q, q);
  return raw;
}
