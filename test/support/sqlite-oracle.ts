import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { SchemaFacts } from '../../src/facts/model.js';

// The oracle for the SQLite replay: the real `sqlite3` shell applies the same migration files to
// a database file, one after the other, and its
// catalog is read back with the shell's own pragmas. Both sides are reduced to one comparable
// shape: tables (kind, columns with type, nullability and default, primary key), foreign keys
// with their actions, and indexes (columns, unique, primary, partial, CREATE text).

const run = promisify(execFile);

export const SQLITE3_PATH = process.env.ARCHITECT_DOCS_SQLITE3 ?? '/usr/bin/sqlite3';

export function sqlite3Installed(): boolean {
  return existsSync(SQLITE3_PATH);
}

export interface ComparableCatalog {
  tables: {
    name: string;
    kind: 'table' | 'view';
    columns: { name: string; type: string; nullable: boolean; default: string | null }[];
    primaryKey: string[];
  }[];
  foreignKeys: {
    table: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
    onDelete: string;
    onUpdate: string;
  }[];
  indexes: {
    name: string;
    table: string;
    /** A column's name, `rowid`, or null for an expression key. */
    columns: (string | null)[];
    unique: boolean;
    primary: boolean;
    partial: boolean;
    /** The CREATE INDEX text; null for the automatic index of a PRIMARY KEY / UNIQUE constraint. */
    definition: string | null;
  }[];
}

export interface OracleRun {
  catalog: ComparableCatalog;
  /** Statements the shell reported as failed, by the file (its index in the input) they are in. */
  failures: { file: number; line: number; message: string }[];
  ms: number;
}

/** Migration tools' own tables: not part of the documented model (the replay skips them too). */
const BOOKKEEPING = new Set(['schema_migrations', 'goose_db_version', 'flyway_schema_history', '_prisma_migrations']);

/**
 * Applies `files` (texts, in order) with the sqlite3 shell to a fresh database file, one shell
 * run per file (`sqlite3 db.sqlite < file`, as PowerDNS's README applies its scripts), and reads
 * the catalog. Errors do not stop the shell (-bail is off, unless a file says `.bail on`). A
 * run per file tells the errors of each file apart; what does not survive between runs is
 * connection state (PRAGMA settings, TEMP tables), which no migration set here carries over.
 */
export async function applyWithSqlite3(files: string[]): Promise<OracleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'architect-docs-sqlite-oracle-'));
  try {
    const db = join(dir, 'db.sqlite');
    const failures: OracleRun['failures'] = [];
    const started = performance.now();
    for (const [file, text] of files.entries()) {
      const stderr = await shell(db, text);
      for (const line of stderr.split('\n')) {
        const m =
          /^(?:Parse|Runtime) error near line (\d+): (.*)$/.exec(line) ?? /^Error: near line (\d+): (.*)$/.exec(line);
        if (m) failures.push({ file, line: Number(m[1]), message: m[2]! });
      }
    }
    const ms = performance.now() - started;
    return { catalog: await readCatalog(db), failures, ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function shell(db: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(SQLITE3_PATH, [db], { maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      // The shell exits 1 when any statement failed; that is what the failures list is for.
      if (err && typeof err.code !== 'number') reject(err);
      else resolve(stderr);
    });
    child.stdin!.end(input);
  });
}

async function query<T>(db: string, sql: string): Promise<T[]> {
  const { stdout } = await run(SQLITE3_PATH, ['-json', '-readonly', db, sql], { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim() === '' ? [] : (JSON.parse(stdout) as T[]);
}

async function readCatalog(db: string): Promise<ComparableCatalog> {
  const rels = (
    await query<{ name: string; type: string; wr: number }>(
      db,
      "SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' ORDER BY name",
    )
  ).filter((r) => !/^sqlite_/i.test(r.name) && r.type !== 'shadow' && !BOOKKEEPING.has(r.name.toLowerCase()));
  const cols = await query<{
    tbl: string;
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
    pk: number;
    hidden: number;
  }>(
    db,
    `SELECT s.name AS tbl, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
     FROM sqlite_schema s, pragma_table_xinfo(s.name) c WHERE s.type IN ('table', 'view') ORDER BY s.name, c.cid`,
  );
  const idx = await query<{ tbl: string; name: string; unique: number; origin: string; partial: number; sql: string }>(
    db,
    `SELECT s.name AS tbl, i.name, i."unique", i.origin, i.partial, x.sql
     FROM sqlite_schema s, pragma_index_list(s.name) i
     LEFT JOIN sqlite_schema x ON x.type = 'index' AND x.name = i.name
     WHERE s.type = 'table' ORDER BY i.name`,
  );
  const keys = await query<{ idx: string; cid: number; name: string | null }>(
    db,
    `SELECT i.name AS idx, k.cid, k.name FROM sqlite_schema s, pragma_index_list(s.name) i, pragma_index_info(i.name) k
     WHERE s.type = 'table' ORDER BY i.name, k.seqno`,
  );
  const fks = await query<{
    tbl: string;
    id: number;
    table: string;
    from: string;
    to: string | null;
    on_update: string;
    on_delete: string;
  }>(
    db,
    `SELECT s.name AS tbl, f.* FROM sqlite_schema s, pragma_foreign_key_list(s.name) f
     WHERE s.type = 'table' ORDER BY s.name, f.id, f.seq`,
  );

  const kept = new Map(rels.map((r) => [r.name.toLowerCase(), r]));
  const catalog: ComparableCatalog = { tables: [], foreignKeys: [], indexes: [] };
  for (const r of rels) {
    const mine = cols.filter((c) => c.tbl === r.name && c.hidden !== 1);
    const pk = mine.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    // SQLite's rule for the rowid alias: the single-column primary key of a rowid table that got
    // no index of its own. It is never NULL although the pragma says notnull 0.
    const rowidAlias = r.wr === 0 && pk.length === 1 && !idx.some((i) => i.tbl === r.name && i.origin === 'pk');
    catalog.tables.push({
      name: r.name,
      kind: r.type === 'view' ? 'view' : 'table',
      columns: mine.map((c) => ({
        name: c.name,
        type: c.type,
        nullable: c.notnull === 0 && !(rowidAlias && c.pk > 0),
        default: c.dflt_value,
      })),
      primaryKey: pk.map((c) => c.name),
    });
  }
  const tableOf = (name: string) => catalog.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const columnOf = (table: string, name: string) =>
    tableOf(table)?.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.name ?? name;
  for (const i of idx) {
    if (!kept.has(i.tbl.toLowerCase())) continue;
    catalog.indexes.push({
      name: i.name,
      table: i.tbl,
      columns: keys.filter((k) => k.idx === i.name).map((k) => k.name ?? (k.cid === -1 ? 'rowid' : null)),
      unique: i.unique === 1,
      primary: i.origin === 'pk',
      partial: i.partial === 1,
      definition: i.sql ?? null,
    });
  }
  const groups = new Map<string, typeof fks>();
  for (const f of fks) {
    if (!kept.has(f.tbl.toLowerCase())) continue;
    const key = `${f.tbl}\u0000${f.id}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const g of groups.values()) {
    const head = g[0]!;
    const parent = tableOf(head.table);
    // A reference to a table that does not exist is not a relationship the docs can draw.
    if (!parent) continue;
    catalog.foreignKeys.push({
      table: head.tbl,
      columns: g.map((f) => columnOf(head.tbl, f.from)),
      refTable: parent.name,
      refColumns: g.every((f) => f.to !== null) ? g.map((f) => columnOf(parent.name, f.to!)) : parent.primaryKey,
      onDelete: head.on_delete,
      onUpdate: head.on_update,
    });
  }
  return sortCatalog(catalog);
}

/** The replay's facts in the oracle's shape. */
export function comparableFacts(facts: SchemaFacts): ComparableCatalog {
  const bare = (id: string) => id.replace(/^table:main\./, '');
  const catalog: ComparableCatalog = {
    tables: facts.tables.map((t) => ({
      name: t.name,
      kind: t.kind,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, default: c.default ?? null })),
      primaryKey: t.primaryKey,
    })),
    foreignKeys: facts.foreignKeys.map((f) => ({
      table: bare(f.table),
      columns: f.columns,
      refTable: bare(f.refTable),
      refColumns: f.refColumns,
      onDelete: f.onDelete,
      onUpdate: f.onUpdate,
    })),
    indexes: facts.indexes.map((i) => {
      const names = new Set(facts.tables.find((t) => t.id === i.table)?.columns.map((c) => c.name));
      return {
        name: i.name,
        table: bare(i.table),
        columns: i.columns.map((c) => (names.has(c) || c === 'rowid' ? c : null)),
        unique: i.unique,
        primary: i.primary,
        partial: /^CREATE\b/i.test(i.definition) && /\bWHERE\b/i.test(i.definition),
        definition: /^sqlite_autoindex_/.test(i.name) ? null : i.definition,
      };
    }),
  };
  return sortCatalog(catalog);
}

function sortCatalog(c: ComparableCatalog): ComparableCatalog {
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  c.tables.sort(by((t) => t.name));
  c.indexes.sort(by((i) => i.name));
  c.foreignKeys.sort(by((f) => `${f.table}(${f.columns.join(',')})->${f.refTable}(${f.refColumns.join(',')})`));
  return c;
}
