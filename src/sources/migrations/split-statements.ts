import type { PgNode, PgParser, RawStmt } from './pg-parser.js';
import { parserErrorOffset } from './pg-parser.js';

/** One statement of a migration file, with where it starts so errors can cite file:line. */
export interface SqlStatement {
  text: string;
  /** 1-based line in the file of the statement's first token. */
  line: number;
  /** Parsed AST node, when the statement parses. */
  ast?: PgNode;
  /** Why it does not parse, with the 1-based line of the error. */
  syntaxError?: { message: string; line: number };
  /**
   * An INSERT of a very large file (a data dump) that was not parsed: it changes rows, never the
   * schema, and parsing hundreds of thousands of them costs minutes. The table it writes.
   */
  data?: { table: string };
}

/** Above this size a file is split without parsing it whole, and its INSERTs are not parsed. */
export const LARGE_SQL_CHARS = 4 * 1024 * 1024;
const INSERT_INTO = /^INSERT\s+INTO\s+((?:"[^"]+"|[\w$]+)(?:\s*\.\s*(?:"[^"]+"|[\w$]+))?)/i;

/**
 * Splits SQL into statements. The whole text is parsed first: when it parses, the parser's own
 * statement offsets are exact (even for function bodies holding semicolons). When it does not,
 * the scanner's `;` tokens split it (quoting and dollar-quoting are tokens, so their semicolons
 * do not count) and each piece is parsed alone, so one bad statement does not hide the rest.
 */
export function splitStatements(parser: PgParser, sql: string, lineOffset = 0): SqlStatement[] {
  // Empty, blank and comment-only files are common (a step one dialect needs and another does
  // not) and hold no statement; the WASM scanner throws on empty input, so they never reach it.
  if (firstCodeOffset(sql) < 0) return [];
  const lines = lineStarts(sql);
  if (sql.length > LARGE_SQL_CHARS) return splitLarge(parser, sql, lines, lineOffset);
  const toChar = byteToCharOffsets(sql);
  try {
    const { stmts } = parser.parse(sql);
    return stmts.map((s) => fromRaw(sql, s, lines, lineOffset, toChar));
  } catch {
    // fall through to piecewise splitting
  }
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  let semicolons: number[];
  try {
    semicolons = parser
      .scan(sql)
      .tokens.filter((t) => t.text === ';')
      .map((t) => toChar(t.end));
  } catch {
    // libpg-query's scanner throws on some malformed input (an unterminated dollar quote makes
    // it emit invalid JSON): split with our own quote-aware scan so the good statements still apply.
    semicolons = statementEnds(sql);
  }
  for (const end of semicolons) {
    pieces.push({ start, end });
    start = end;
  }
  if (sql.slice(start).trim()) pieces.push({ start, end: sql.length });

  const out: SqlStatement[] = [];
  for (const piece of pieces) parsePiece(parser, sql, piece, lines, lineOffset, out);
  return out;
}

/** One `;`-delimited piece of the text, parsed alone (a syntax error costs that piece only). */
function parsePiece(
  parser: PgParser,
  sql: string,
  piece: { start: number; end: number },
  lines: number[],
  lineOffset: number,
  out: SqlStatement[],
): void {
  const text = sql.slice(piece.start, piece.end);
  const first = firstCodeOffset(text);
  if (first < 0) return;
  const begin = piece.start + first;
  const line = lineAt(lines, begin) + lineOffset;
  try {
    const { stmts } = parser.parse(text);
    const pieceToChar = byteToCharOffsets(text);
    for (const s of stmts) {
      const loc = pieceToChar(s.stmt_location ?? 0);
      const len = s.stmt_len ? pieceToChar((s.stmt_location ?? 0) + s.stmt_len) - loc : undefined;
      out.push(fromRaw(sql, { ...s, stmt_location: loc + piece.start, stmt_len: len }, lines, lineOffset, (n) => n));
    }
  } catch (err) {
    const offset = parserErrorOffset(err);
    const errLine = offset !== undefined ? lineAt(lines, piece.start + offset - 1) + lineOffset : line;
    out.push({
      text: sql.slice(begin, piece.end).trim(),
      line,
      syntaxError: { message: parserMessage(err), line: errLine },
    });
  }
}

/**
 * A very large file (a data dump in a migration): split at top-level semicolons by our own scan
 * (the parser's JSON for the whole text would take minutes and gigabytes), every statement but
 * an INSERT parsed alone as usual, each INSERT kept unparsed as a data statement.
 */
function splitLarge(parser: PgParser, sql: string, lines: number[], lineOffset: number): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = 0;
  const ends = statementEnds(sql);
  if (sql.slice(ends.at(-1) ?? 0).trim()) ends.push(sql.length);
  for (const end of ends) {
    const piece = { start, end };
    start = end;
    const text = sql.slice(piece.start, piece.end);
    const first = firstCodeOffset(text);
    if (first < 0) continue;
    const insert = INSERT_INTO.exec(text.slice(first, first + 300));
    if (!insert) {
      parsePiece(parser, sql, piece, lines, lineOffset, out);
      continue;
    }
    const statement = text.slice(first).trim();
    out.push({
      text: statement.endsWith(';') ? statement.slice(0, -1) : statement,
      line: lineAt(lines, piece.start + first) + lineOffset,
      data: { table: insert[1]!.replace(/\s+/g, '').replaceAll('"', '') },
    });
  }
  return out;
}

function fromRaw(
  sql: string,
  s: RawStmt,
  lines: number[],
  lineOffset: number,
  toChar: (byte: number) => number,
): SqlStatement {
  const loc = toChar(s.stmt_location ?? 0);
  const raw = s.stmt_len ? sql.slice(loc, toChar((s.stmt_location ?? 0) + s.stmt_len)) : sql.slice(loc);
  const first = Math.max(0, firstCodeOffset(raw));
  return { text: raw.slice(first).trim(), line: lineAt(lines, loc + first) + lineOffset, ast: s.stmt };
}

/**
 * The parser reports statement locations in UTF-8 bytes; JavaScript strings index UTF-16 units.
 * Pure-ASCII text (the common case) needs no mapping.
 */
function byteToCharOffsets(text: string): (byte: number) => number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is all of ASCII, NUL included
  if (!/[^\x00-\x7f]/.test(text)) return (n) => n;
  const map: number[] = [];
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let b = 0; b < width; b++) map[bytes + b] = i;
    bytes += width;
    if (code >= 0x10000) i++;
  }
  map[bytes] = text.length;
  return (n) => map[n] ?? text.length;
}

/** The parser's message; its internal failures (JSON it could not decode) said as what they mean. */
function parserMessage(err: unknown): string {
  if (err instanceof SyntaxError && /JSON/.test(err.message))
    return 'the SQL scanner could not read this statement (an unterminated quote, dollar quote or comment?)';
  return err instanceof Error ? err.message : String(err);
}

/**
 * Offsets just past each top-level `;`, skipping quoted strings, quoted identifiers, dollar
 * quotes and comments. Only used when the real scanner fails, so it need not be perfect, only
 * never worse than treating the whole file as one statement.
 */
export function statementEnds(sql: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      i = close < 0 ? sql.length : close + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      i = nl < 0 ? sql.length : nl + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      i = close < 0 ? sql.length : close + 2;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]?\w*\$/.exec(sql.slice(i, i + 64))?.[0];
      if (tag) {
        const close = sql.indexOf(tag, i + tag.length);
        i = close < 0 ? sql.length : close + tag.length;
      } else i++;
    } else if (c === ';') {
      ends.push(++i);
    } else i++;
  }
  return ends;
}

/** Offset of the first character that is not whitespace or a comment; -1 if none. */
export function firstCodeOffset(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (c === ';') i++;
    else return i;
  }
  return -1;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line of a character offset. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
