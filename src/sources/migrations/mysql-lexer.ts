import { endOfQuoted, isDashComment } from './mysql-statements.js';

// MySQL's lexical rules, for the parts of a statement that must be read exactly as the server
// reads them (a column's data type and default), for finding the pieces of a statement
// node-sql-parser is given, and for executable comments (`/*!40101 … */`), which the server runs.

export type TokenKind = 'word' | 'ident' | 'string' | 'number' | 'hex' | 'bit' | 'var' | 'op';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Identifiers and strings unquoted and unescaped; the text otherwise. */
  value: string;
  /** Upper-cased text of a word, for keyword tests; '' for other kinds. */
  upper: string;
  start: number;
  end: number;
}

/**
 * The newest server version whose executable comments run: MariaDB 10.11 runs `/*!NNNNN … *\/`
 * and `/*M!NNNNNN … *\/` when NNNNN is at most its own version (101199 covers every 10.11.x).
 */
const SERVER_VERSION = 101199;

const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const TWO_CHAR_OPS = new Set([':=', '<=', '>=', '<>', '!=', '||', '&&', '->', '<<', '>>']);

/** The tokens of one statement; comments are dropped, executable comments opened. */
export function tokenize(sql: string): Token[] {
  const out: Token[] = [];
  let inExecutable = false;
  let i = 0;
  const push = (kind: TokenKind, start: number, end: number, value?: string) => {
    const text = sql.slice(start, end);
    out.push({ kind, text, value: value ?? text, upper: kind === 'word' ? text.toUpperCase() : '', start, end });
  };
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#' || isDashComment(sql, i)) {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === '/' && next === '*') {
      const executable = /^\/\*M?!(\d{5,6})?/.exec(sql.slice(i, i + 10));
      const version = executable?.[1] ? Number(executable[1]) : 0;
      if (executable && version <= SERVER_VERSION && !inExecutable) {
        inExecutable = true;
        i += executable[0].length;
      } else {
        const close = sql.indexOf('*/', i + 2);
        i = close < 0 ? sql.length : close + 2;
      }
    } else if (c === '*' && next === '/' && inExecutable) {
      inExecutable = false;
      i += 2;
    } else if (c === "'" || c === '"') {
      const end = endOfQuoted(sql, i);
      push('string', i, end, unescapeString(sql.slice(i + 1, Math.max(i + 1, end - 1)), c));
      i = end;
    } else if (c === '`') {
      const end = endOfQuoted(sql, i);
      push('ident', i, end, sql.slice(i + 1, Math.max(i + 1, end - 1)).replaceAll('``', '`'));
      i = end;
    } else if ((c === 'x' || c === 'X' || c === 'b' || c === 'B') && next === "'") {
      const end = endOfQuoted(sql, i + 1);
      push(c === 'x' || c === 'X' ? 'hex' : 'bit', i, end, sql.slice(i + 2, end - 1));
      i = end;
    } else if ((c === 'n' || c === 'N') && next === "'") {
      // National string N'…': the same string in the national character set.
      const end = endOfQuoted(sql, i + 1);
      push('string', i, end, unescapeString(sql.slice(i + 2, end - 1), "'"));
      i = end;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next ?? ''))) {
      const end = numberEnd(sql, i);
      // A name may start with digits (`1st_column`): then it is a word, not a number.
      if (end < sql.length && WORD_CHAR.test(sql[end]!) && !/^0[xb]/i.test(sql.slice(i, end))) {
        let j = end;
        while (j < sql.length && WORD_CHAR.test(sql[j]!)) j++;
        push('word', i, j);
        i = j;
      } else {
        push('number', i, end);
        i = end;
      }
    } else if (WORD_CHAR.test(c)) {
      let j = i + 1;
      while (j < sql.length && WORD_CHAR.test(sql[j]!)) j++;
      push('word', i, j);
      i = j;
    } else if (c === '@') {
      let j = i + 1;
      if (sql[j] === '@') j++;
      if (sql[j] === "'" || sql[j] === '"' || sql[j] === '`') j = endOfQuoted(sql, j);
      else while (j < sql.length && (WORD_CHAR.test(sql[j]!) || sql[j] === '.')) j++;
      push('var', i, j);
      i = j;
    } else {
      const two = sql.slice(i, i + 2);
      const three = sql.slice(i, i + 3);
      const len = three === '<=>' || three === '->>' ? 3 : TWO_CHAR_OPS.has(two) ? 2 : 1;
      push('op', i, i + len);
      i += len;
    }
  }
  return out;
}

function numberEnd(sql: string, i: number): number {
  const hex = /^0x[0-9a-f]+|^0b[01]+/i.exec(sql.slice(i, i + 200));
  if (hex) return i + hex[0].length;
  const m = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i.exec(sql.slice(i, i + 400));
  return i + (m ? m[0].length : 1);
}

const ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a' };

function unescapeString(body: string, quote: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) {
      const e = body[++i]!;
      // `\%` and `\_` keep their backslash (they are LIKE escapes); others stand for themselves.
      out += ESCAPES[e] ?? (e === '%' || e === '_' ? `\\${e}` : e);
    } else if (c === quote && body[i + 1] === quote) {
      out += quote;
      i++;
    } else out += c;
  }
  return out;
}

/** Whether a token is the (unquoted) keyword `word`. */
export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && t.kind === 'word' && words.includes(t.upper);
}

/** Whether a token is the punctuation `op`. */
export function isOp(t: Token | undefined, op: string): boolean {
  return t !== undefined && t.kind === 'op' && t.text === op;
}

/** A name as written: a word, a back-quoted identifier or (where MySQL allows it) a string. */
export function isName(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'ident');
}

/** Index just past the parenthesised group opening at `tokens[i]` (which must be `(`). */
export function groupEnd(tokens: Token[], i: number): number {
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (isOp(tokens[j], '(')) depth++;
    else if (isOp(tokens[j], ')') && --depth === 0) return j + 1;
  }
  return tokens.length;
}

/** Splits tokens[from, to) at commas outside parentheses. */
export function splitAtCommas(tokens: Token[], from: number, to: number): [number, number][] {
  const parts: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (isOp(t, '(')) depth++;
    else if (isOp(t, ')')) depth--;
    else if (depth === 0 && isOp(t, ',')) {
      parts.push([start, j]);
      start = j + 1;
    }
  }
  if (start < to) parts.push([start, to]);
  return parts;
}
