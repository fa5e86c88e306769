import type { Diagnostic, Finding, Migration, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import { forwardSection } from './forward-section.js';
import { loadSqlJs, queryRows, type SqlJs, type SqliteDatabase } from './load-sqljs.js';
import { mergeCatalog } from './merge-catalog.js';
import { hasDownSection, type MigrationFile, type MigrationSet } from './migration-layout.js';
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
): Promise<Extracted<SchemaFacts> & { findings: Finding[] }> {
  const facts: SchemaFacts = { dialect: 'sqlite', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] };
  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  if (sets.length === 0) return { facts, diagnostics, findings };

  let sqlite: SqlJs;
  try {
    sqlite = await loadSqlJs();
  } catch (err) {
    for (const set of sets) diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    return { facts, diagnostics, findings };
  }
  let order = 0;
  for (const set of sets) {
    let db: SqliteDatabase;
    try {
      db = new sqlite.Database();
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
      const schema = new SchemaTracker(db);
      for (const mf of set.files) {
        try {
          const migration = applyFile(db, schema, mf, texts.get(mf.file) ?? '', diagnostics, findings);
          facts.migrations.push({ ...migration, order: ++order });
        } catch (err) {
          // One file the engine cannot cope with costs that file, not the set.
          diagnostics.push(crashDiagnostic('migrations', mf.file, err));
          facts.migrations.push({
            id: `migration:${mf.file}`,
            file: mf.file,
            statements: 0,
            failed: 0,
            order: ++order,
          });
        }
      }
      const { schema: catalog, problems } = readSqliteCatalog(db);
      for (const message of problems)
        diagnostics.push({ severity: 'warning', stage: 'migrations', file: set.dir, message });
      mergeCatalog(facts, catalog, schema.created, set.dir, diagnostics);
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    } finally {
      db.close();
    }
  }
  return { facts, diagnostics, findings };
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
  readonly created = new Map<string, SourceLocation>();
  private names = new Map<string, string>();
  private version: number;

  constructor(private readonly db: SqliteDatabase) {
    this.version = this.readVersion();
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
    this.names = new Map(
      queryRows<{ name: string }>(this.db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')").map(
        (r) => [lower(r.name), r.name],
      ),
    );
    // As in the PostgreSQL replay: a table keeps the statement that first created it, unless a
    // rename brought it into being (a rebuilt table's source is the rename that finished it).
    const at = { file, line: st.line };
    for (const [key, name] of this.names) {
      if (before.has(key)) continue;
      const id = `table:${SQLITE_SCHEMA}.${name}`;
      if (!this.created.has(id) || st.keyword === 'ALTER') this.created.set(id, at);
    }
  }

  private readVersion(): number {
    return Number(queryRows<{ schema_version: number }>(this.db, 'PRAGMA schema_version')[0]?.schema_version ?? 0);
  }
}
