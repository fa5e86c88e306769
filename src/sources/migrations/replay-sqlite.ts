import type { Diagnostic, Finding, Migration, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import { forwardSection } from './forward-section.js';
import { loadSqlJs, queryRows, type SqlJs, type SqliteDatabase } from './load-sqljs.js';
import { mergeCatalog } from './merge-catalog.js';
import { hasDownSection, type MigrationFile, type MigrationSet } from './migration-layout.js';
import {
  hashChain,
  longestCachedPrefix,
  type ReplayCache,
  type ReplayStats,
  type StoredEntry,
  storeCacheEntry,
  worthStoring,
  type FileOutcome,
} from './replay-cache.js';
import { readSqliteCatalog, SQLITE_SCHEMA } from './read-sqlite-catalog.js';
import { DATA_ONLY, DataBatch } from './sqlite-data-batch.js';
import { describeFailure } from './sqlite-errors.js';
import { schemaChangeOf, sqliteFindings } from './sqlite-migration-rules.js';
import { type SqliteStatement, splitSqliteStatements } from './split-sqlite-statements.js';
import { lineAt, lineStarts } from './split-statements.js';

/**
 * Replays each migration set, statement by statement, into a fresh in-memory SQLite (the real
 * engine, in WASM) and reads the resulting schema from its catalog. A statement that fails is
 * reported with file:line and skipped; the rest still apply, so one bad migration does not blank
 * the model. The files are replayed on one connection, as a migration tool runs them.
 */
export async function replaySqlite(
  sets: MigrationSet[],
  texts: Map<string, string>,
  options: { cache?: ReplayCache } = {},
): Promise<Extracted<SchemaFacts> & { findings: Finding[]; stats: ReplayStats[] }> {
  const facts: SchemaFacts = { dialect: 'sqlite', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] };
  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  const stats: ReplayStats[] = [];
  if (sets.length === 0) return { facts, diagnostics, findings, stats };

  let sqlite: SqlJs;
  try {
    sqlite = await loadSqlJs();
  } catch (err) {
    for (const set of sets) diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    return { facts, diagnostics, findings, stats };
  }
  let order = 0;
  for (const set of sets) {
    const chain = options.cache && progressChain(sqlite, set, texts);
    let resumed = options.cache && chain ? await storedProgress(options.cache, `sqlite ${set.dir}`, chain) : undefined;
    let db: SqliteDatabase;
    try {
      const stored = resumed && (await openStored(sqlite, resumed));
      if (!stored) resumed = undefined; // none, or it did not open: replay in full
      db = stored || new sqlite.Database();
      // sql.js keeps its database as a file in Emscripten's in-memory file system: a rollback
      // journal in memory and no syncs halve the cost of each autocommit, and nothing here needs
      // to survive a crash.
      db.run('PRAGMA journal_mode = MEMORY');
      db.run('PRAGMA synchronous = OFF');
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
      continue;
    }
    try {
      const schema = new SchemaTracker(db, resumed?.progress.created);
      const done: FileOutcome[] = [];
      const record = (outcome: FileOutcome) => {
        done.push(outcome);
        facts.migrations.push({ ...outcome.migration, order: ++order });
        diagnostics.push(...outcome.diagnostics);
        findings.push(...outcome.findings);
      };
      // The stored files' outcomes are reported again, in place: as a full replay reports them.
      for (const outcome of resumed?.progress.files ?? []) record(outcome);
      const applyStarted = Date.now();
      for (const mf of set.files.slice(done.length)) {
        const outcome: FileOutcome = {
          migration: { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 },
          diagnostics: [],
          findings: [],
        };
        try {
          const text = texts.get(mf.file) ?? '';
          outcome.migration = applyFile(db, schema, mf, text, outcome.diagnostics, outcome.findings);
        } catch (err) {
          // One file the engine cannot cope with costs that file, not the set.
          outcome.diagnostics.push(crashDiagnostic('migrations', mf.file, err));
        }
        record(outcome);
      }
      const { schema: catalog, problems } = readSqliteCatalog(db);
      for (const message of problems)
        diagnostics.push({ severity: 'warning', stage: 'migrations', file: set.dir, message });
      mergeCatalog(facts, catalog, schema.created, set.dir, diagnostics);
      const restored = resumed?.progress.files.length ?? 0;
      stats.push({ dir: set.dir, files: set.files.length, restored, applied: done.length - restored });
      if (options.cache && chain && done.length > restored && worthStoring(options.cache, applyStarted)) {
        await store(options.cache, `sqlite ${set.dir}`, chain[done.length]!, db, {
          files: done,
          created: [...schema.created],
        });
      }
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    } finally {
      db.close();
    }
  }
  return { facts, diagnostics, findings, stats };
}

interface StoredProgress {
  files: FileOutcome[];
  created: [string, SourceLocation][];
  /** The connection's settings a migration may change (`PRAGMA foreign_keys = ON` holds for the next files). */
  pragmas: [string, number][];
}

type Resumable = { progress: StoredProgress; state: StoredEntry['state'] };

// Settings of the connection, not of the database file, that a migration may set and that change
// what later statements do; a stored database is reopened with them.
const CONNECTION_PRAGMAS = [
  'foreign_keys',
  'legacy_alter_table',
  'recursive_triggers',
  'defer_foreign_keys',
  'ignore_check_constraints',
  'automatic_index',
  'reverse_unordered_selects',
  'trusted_schema',
];

const readPragmas = (db: SqliteDatabase): [string, number][] =>
  CONNECTION_PRAGMAS.map((name) => [name, Number(Object.values(queryRows(db, `PRAGMA ${name}`)[0] ?? {})[0] ?? 0)]);

/** The set's hash chain: engine and set first, then each file's place, applied text and rollback. */
function progressChain(sqlite: SqlJs, set: MigrationSet, texts: Map<string, string>): string[] {
  const probe = new sqlite.Database();
  const version = queryRows<{ v: string }>(probe, 'SELECT sqlite_version() AS v')[0]?.v;
  probe.close();
  const steps = set.files.map((mf) => {
    const fullText = texts.get(mf.file) ?? '';
    const { text, lineOffset } = forwardSection(fullText, mf.section);
    const rollback = mf.down ?? (hasDownSection(fullText, mf.section) ? mf.file : null);
    return JSON.stringify([mf.file, lineOffset, rollback, text]);
  });
  return hashChain(['sqlite', version, set.dir, set.layout], steps);
}

async function storedProgress(cache: ReplayCache, group: string, chain: string[]): Promise<Resumable | undefined> {
  const hit = await longestCachedPrefix(cache, group, chain);
  const progress = hit?.entry.meta as StoredProgress | undefined;
  if (!hit || !Array.isArray(progress?.files) || progress.files.length !== hit.steps) return undefined;
  return { progress, state: hit.entry.state };
}

/** The stored database on a connection set as the stored one was; undefined when it does not open. */
async function openStored(sqlite: SqlJs, resumed: Resumable): Promise<SqliteDatabase | undefined> {
  const bytes = await resumed.state();
  if (!bytes) return undefined;
  let db: SqliteDatabase | undefined;
  try {
    db = new sqlite.Database(bytes);
    queryRows(db, 'SELECT count(*) FROM sqlite_schema'); // a file that is no database fails here
    for (const [name, value] of resumed.progress.pragmas ?? []) {
      if (CONNECTION_PRAGMAS.includes(name)) db.run(`PRAGMA ${name} = ${Number(value)}`);
    }
    if (JSON.stringify(readPragmas(db)) === JSON.stringify(resumed.progress.pragmas)) return db;
  } catch {
    // unreadable: replay in full
  }
  db?.close();
  return undefined;
}

/** Stores the database after the files in `progress`, unless the connection holds temporary objects. */
async function store(
  cache: ReplayCache,
  group: string,
  hash: string,
  db: SqliteDatabase,
  progress: Omit<StoredProgress, 'pragmas'>,
): Promise<void> {
  try {
    if (queryRows(db, 'SELECT 1 FROM sqlite_temp_schema LIMIT 1').length > 0) return;
    const pragmas = readPragmas(db);
    // Last: export() closes and reopens the connection, which resets its settings.
    const bytes = new Uint8Array(db.export());
    await storeCacheEntry(cache, group, hash, { meta: { ...progress, pragmas }, state: bytes });
  } catch {
    // storing only saves a later run time
  }
}

// Transactions are the migration tool's business; statement-by-statement autocommit lets one
// failure be skipped without leaving a transaction open over everything after it.
const TRANSACTION_CONTROL = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE']);
// sqlite3 shell commands that only change how the shell prints or reacts to errors.
const SHELL_SETTINGS = new Set([
  'bail',
  'changes',
  'echo',
  'eqp',
  'explain',
  'headers',
  'mode',
  'nullvalue',
  'output',
  'print',
  'separator',
  'show',
  'stats',
  'timeout',
  'timer',
  'width',
]);

function applyFile(
  db: SqliteDatabase,
  schema: SchemaTracker,
  mf: MigrationFile,
  fullText: string,
  diagnostics: Diagnostic[],
  findings: Finding[],
): Omit<Migration, 'order'> {
  const { text, lineOffset } = forwardSection(fullText, mf.section);
  const migration: Omit<Migration, 'order'> = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
  const rollback = mf.down ?? (hasDownSection(fullText, mf.section) ? mf.file : undefined);
  if (rollback !== undefined) migration.rollback = rollback;
  const report = (severity: Diagnostic['severity'], line: number, message: string) =>
    diagnostics.push({ severity, stage: 'migrations', file: mf.file, line, message });
  const template = /\{\{[^{}]*\}\}/.exec(text);
  if (template)
    report(
      'warning',
      lineOffset + lineAt(lineStarts(text), template.index),
      'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written',
    );

  const { statements, shellCommands } = splitSqliteStatements(text, lineOffset);
  for (const c of shellCommands) {
    const name = /^\.(\w+)/.exec(c.command)?.[1]?.toLowerCase() ?? '';
    if (!SHELL_SETTINGS.has(name))
      report('notice', c.line, `sqlite3 shell command "${c.command.slice(0, 80)}" is not replayed (only SQL is)`);
  }
  // Tables this file creates: changing them locks nothing anyone is using yet.
  const createdHere = new Set<string>();
  const drops: { table: string; finding: Finding }[] = [];
  const failed = (st: SqliteStatement, err: unknown) => {
    migration.failed++;
    const failure = describeFailure(db, st, err);
    if (failure.syntax) report('error', failure.line, failure.message);
    else report('warning', failure.line, `statement failed in replay and was skipped: ${failure.message}`);
  };
  const rows = new DataBatch(db, failed);
  try {
    for (const st of statements) applyStatement(st);
  } finally {
    rows.flush(); // never leave a transaction open over the next file
  }
  // A table dropped and made again in the same file (SQLite's table rebuild) was not dropped.
  for (const d of drops) if (!schema.has(d.table)) findings.push(d.finding);
  return migration;

  function applyStatement(st: SqliteStatement): void {
    migration.statements++;
    if (TRANSACTION_CONTROL.has(st.keyword)) return;
    if (st.text.includes('\0')) {
      // SQLite reads text up to a NUL only: what follows would silently not run.
      migration.failed++;
      report('error', st.line, 'statement holds a NUL character (is the file binary or mis-encoded?); skipped');
      return;
    }
    if (DATA_ONLY.has(st.keyword)) {
      rows.add(st);
      return;
    }
    rows.flush();
    const change = schemaChangeOf(st);
    const existedBefore = change !== undefined && schema.has(change.table) && !createdHere.has(lower(change.table));
    try {
      schema.run(st, mf.file);
    } catch (err) {
      failed(st, err);
      return;
    }
    const tableId = (t: string) => `table:${SQLITE_SCHEMA}.${schema.nameOf(t) ?? t}`;
    const r = sqliteFindings(change, st, mf.file, existedBefore, tableId);
    findings.push(...r.findings);
    if (r.dropped) drops.push(r.dropped);
    if (change?.kind === 'create-table') createdHere.add(lower(change.table));
    if (change?.kind === 'rename-table' && createdHere.has(lower(change.table))) createdHere.add(lower(change.newName));
  }
}

const lower = (s: string) => s.toLowerCase();

/**
 * Runs statements and remembers which one created (or renamed into being) each table and view,
 * for file:line in the docs — by watching SQLite's schema cookie rather than parsing the SQL, so
 * `CREATE TABLE … AS`, quoted names and renames are all seen as SQLite saw them.
 */
class SchemaTracker {
  readonly created: Map<string, SourceLocation>;
  private names = new Map<string, string>();
  private version: number;

  /** `created`: what a stored replay of the earlier files had seen made, when resuming one. */
  constructor(
    private readonly db: SqliteDatabase,
    created: [string, SourceLocation][] = [],
  ) {
    this.created = new Map(created);
    this.version = this.readVersion();
    // A resumed database already holds tables: they are not new to the next statement.
    this.names = this.readNames();
  }

  /** Whether a table or view of this name (any case) is in the main schema now. */
  has(name: string): boolean {
    return this.names.has(lower(name));
  }

  /** The name as the schema spells it. */
  nameOf(name: string): string | undefined {
    return this.names.get(lower(name));
  }

  run(st: SqliteStatement, file: string): void {
    this.db.run(st.text);
    const version = this.readVersion();
    if (version === this.version) return;
    this.version = version;
    const before = this.names;
    this.names = this.readNames();
    // As in the PostgreSQL replay: a table keeps the statement that first created it, unless a
    // rename brought it into being (a rebuilt table's source is the rename that finished it).
    const at = { file, line: st.line };
    for (const [key, name] of this.names) {
      if (before.has(key)) continue;
      const id = `table:${SQLITE_SCHEMA}.${name}`;
      if (!this.created.has(id) || st.keyword === 'ALTER') this.created.set(id, at);
    }
  }

  private readNames(): Map<string, string> {
    const rows = queryRows<{ name: string }>(this.db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')");
    return new Map(rows.map((r) => [lower(r.name), r.name]));
  }

  private readVersion(): number {
    return Number(queryRows<{ schema_version: number }>(this.db, 'PRAGMA schema_version')[0]?.schema_version ?? 0);
  }
}
