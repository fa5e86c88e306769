import { importVendored } from '../common/vendor-import.js';

// The real PostgreSQL parser (libpg-query, WASM). Loaded once per process.

/** A node of libpg-query's JSON AST (`{ CreateStmt: { … } }`); the parser ships no types for it. */
// biome-ignore lint/suspicious/noExplicitAny: libpg-query's JSON AST is untyped; the rules read it by node-type keys
export type PgNode = Record<string, any>;

export interface RawStmt {
  stmt: PgNode;
  stmt_location?: number;
  stmt_len?: number;
}

export interface PgParser {
  parse(sql: string): { stmts: RawStmt[] };
  scan(sql: string): { tokens: { start: number; end: number; text: string; tokenName: string }[] };
}

interface LibPgQuery {
  loadModule(): Promise<void>;
  parseSync(sql: string): { stmts: RawStmt[] };
  scanSync(sql: string): { tokens: { start: number; end: number; text: string; tokenName: string }[] };
}

let loading: Promise<PgParser> | undefined;

export function loadPgParser(): Promise<PgParser> {
  loading ??= (async () => {
    const lib = await importVendored<LibPgQuery>('libpg-query', 'index.mjs', 'libpg-query');
    await lib.loadModule();
    return { parse: (sql) => lib.parseSync(sql), scan: (sql) => lib.scanSync(sql) };
  })();
  return loading;
}

/** The parser's error position (1-based character offset into the statement), if it gave one. */
export function parserErrorOffset(err: unknown): number | undefined {
  const pos = (err as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
  return typeof pos === 'number' && pos > 0 ? pos : undefined;
}
