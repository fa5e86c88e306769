import { importVendored } from '../common/vendor-import.js';

// Real SQLite compiled to WASM (sql.js). The module is compiled once per process; every
// migration set then gets its own in-memory database from it. sql.js ships no TypeScript
// types, so the slice we use is declared here.

export interface SqliteStatementHandle {
  bind(values: unknown[]): boolean;
  step(): boolean;
  getAsObject(): Record<string, unknown>;
  free(): boolean;
}

export interface SqliteDatabase {
  /** Runs SQL, discarding any rows; throws an Error carrying SQLite's message. */
  run(sql: string): void;
  /** Compiles the first statement of `sql` without running it. */
  prepare(sql: string): SqliteStatementHandle;
  /** The database file's bytes (sql.js closes and reopens the connection to read them). */
  export(): Uint8Array;
  close(): void;
}

export interface SqlJs {
  /** A new in-memory database, empty or opened from a database file's bytes. */
  Database: new (
    data?: Uint8Array,
  ) => SqliteDatabase;
}

interface SqlJsModule {
  default: (config?: object) => Promise<SqlJs>;
}

let loading: Promise<SqlJs> | undefined;

/**
 * sql.js is an Emscripten build: in Node it finds `sql-wasm.wasm` beside `sql-wasm.js`, which
 * holds in node_modules and in the bundle's `vendor/sqljs/` (the build copies both there).
 */
export function loadSqlJs(): Promise<SqlJs> {
  loading ??= (async () => {
    const mod = await importVendored<SqlJsModule>('sqljs', 'sql-wasm.js', 'sql.js');
    return mod.default();
  })().catch((err: unknown) => {
    loading = undefined; // a failed load is not cached: the next run may succeed
    throw err;
  });
  return loading;
}

/** Every row `sql` gives, as objects keyed by column name. */
export function queryRows<T>(db: SqliteDatabase, sql: string, params: unknown[] = []): T[] {
  const stmt = db.prepare(sql);
  try {
    if (params.length > 0) stmt.bind(params);
    const rows: T[] = [];
    while (stmt.step()) rows.push(stmt.getAsObject() as T);
    return rows;
  } finally {
    stmt.free();
  }
}
