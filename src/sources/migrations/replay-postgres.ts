import type { Diagnostic, Finding, Migration, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import { applyStatements } from './apply-statements.js';
import { hasDownSection, type MigrationFile, type MigrationSet } from './migration-layout.js';
import { loadPgParser } from './pg-parser.js';
import { bootFreshDatabase, bootFromDataDir, type PGliteInstance, pgliteEngineId } from './boot-pglite.js';
import { restoreSessionSettings, type SessionSettings, sessionIsStorable, sessionSettings } from './pglite-session.js';
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
import { migrationFindings, tablesCreatedBy } from './migration-rules.js';
import { readCatalog } from './read-catalog.js';
import { lineAt, lineStarts, splitStatements, type SqlStatement } from './split-statements.js';
import { withPlaceholders } from './migration-placeholders.js';
import { type Prelude, replayPrelude } from './replay-prelude.js';
import { forwardSection } from './forward-section.js';
import { mergeCatalog } from './merge-catalog.js';
import { statementChanges } from './statement-changes.js';

/**
 * Replays each migration set, statement by statement, into a fresh embedded PostgreSQL (PGlite)
 * and reads the resulting schema from its catalog. A statement that fails is reported with
 * file:line and skipped; the rest still apply, so one bad migration does not blank the model.
 */
export async function replayPostgres(
  sets: MigrationSet[],
  rawTexts: Map<string, string>,
  options: { placeholders?: Readonly<Record<string, string>>; cache?: ReplayCache } = {},
): Promise<Extracted<SchemaFacts> & { findings: Finding[]; stats: ReplayStats[] }> {
  const facts: SchemaFacts = {
    dialect: 'postgres',
    migrations: [],
    tables: [],
    foreignKeys: [],
    indexes: [],
    enums: [],
  };
  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  const stats: ReplayStats[] = [];
  if (sets.length === 0) return { facts, diagnostics, findings, stats };

  let parser: Awaited<ReturnType<typeof loadPgParser>>;
  try {
    parser = await loadPgParser();
  } catch (err) {
    for (const set of sets) diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    return { facts, diagnostics, findings, stats };
  }
  let order = 0;
  const replayed: {
    dir: string;
    catalog: Awaited<ReturnType<typeof readCatalog>>;
    created: Map<string, SourceLocation>;
    failedShare: number;
  }[] = [];
  for (const set of sets) {
    const texts = withPlaceholders(set, rawTexts, options.placeholders ?? {}, diagnostics);
    const prelude = replayPrelude(
      set,
      set.files.map((f) => texts.get(f.file) ?? ''),
    );
    if (prelude.unavailable.length > 0) {
      diagnostics.push({
        severity: 'warning',
        stage: 'migrations',
        file: set.dir,
        message:
          `extension${prelude.unavailable.length === 1 ? '' : 's'} ${prelude.unavailable.join(', ')} ` +
          'not available in the embedded PostgreSQL: statements that need them fail and are reported below',
      });
    }
    // The prelude is made from every file, so it is part of the chain's start: a new file that names
    // a new role replays the set in full.
    const chain = options.cache && progressChain(set, texts, prelude);
    let resumed =
      options.cache && chain ? await storedProgress(options.cache, `postgres ${set.dir}`, chain) : undefined;
    // Every file stored, and the catalog with them: nothing to apply, so no engine to boot.
    const restoredAll = resumed?.progress.files.length === set.files.length && resumed.progress.catalog !== undefined;
    let db: PGliteInstance | undefined;
    try {
      if (resumed && !restoredAll) {
        db = await bootStored(resumed, prelude.extensions);
        if (!db) resumed = undefined; // that state does not load: replay in full
      }
      if (!restoredAll) db ??= await bootFreshDatabase(prelude.extensions);
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
      continue;
    }
    try {
      // Roles and the tool's bookkeeping table exist in a real database before the first migration.
      if (db && !resumed) for (const statement of prelude.statements) await db.exec(statement).catch(() => undefined);
      const created = new Map<string, SourceLocation>(resumed?.progress.created ?? []);
      const done: FileOutcome[] = [];
      const record = (outcome: FileOutcome) => {
        done.push(outcome);
        facts.migrations.push({ ...outcome.migration, order: ++order });
        diagnostics.push(...outcome.diagnostics);
        findings.push(...outcome.findings);
      };
      // What the stored files reported is reported again, in the same place: the facts and
      // diagnostics of a resumed replay are those of a full one.
      for (const outcome of resumed?.progress.files ?? []) record(outcome);
      const applyStarted = Date.now();
      for (const mf of set.files.slice(done.length)) {
        if (!db) break; // not reached: files are left only when an engine was booted
        const outcome: FileOutcome = { migration: emptyMigration(mf), diagnostics: [], findings: [] };
        try {
          const text = texts.get(mf.file) ?? '';
          outcome.migration = await applyFile(db, parser, mf, text, created, outcome.diagnostics, outcome.findings);
        } catch (err) {
          // One file the parser or the engine cannot cope with costs that file, not the set.
          outcome.diagnostics.push(crashDiagnostic('migrations', mf.file, err));
        }
        record(outcome);
      }
      const catalog = db ? await readCatalog(db) : resumed!.progress.catalog!;
      const mine = facts.migrations.filter((m) => set.files.some((f) => f.file === m.file));
      const statements = mine.reduce((n, m) => n + m.statements, 0);
      const failed = mine.reduce((n, m) => n + m.failed, 0);
      replayed.push({ dir: set.dir, catalog, created, failedShare: statements === 0 ? 0 : failed / statements });
      const restored = resumed?.progress.files.length ?? 0;
      stats.push({ dir: set.dir, files: set.files.length, restored, applied: done.length - restored });
      if (db && options.cache && chain && done.length > restored && worthStoring(options.cache, applyStarted)) {
        await store(options.cache, `postgres ${set.dir}`, chain[done.length]!, db, {
          files: done,
          created: [...created],
          catalog,
        });
      }
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    } finally {
      // An open PGlite keeps the event loop alive: the process would never exit.
      await db?.close().catch(() => undefined);
    }
  }
  // A table two folders define (a full schema and the upgrade scripts that led to it) is documented
  // from the folder that replays cleanest: upgrades replayed onto nothing fail, a schema does not.
  const cleanestFirst = [...replayed].sort((a, b) => a.failedShare - b.failedShare);
  for (const r of cleanestFirst) mergeCatalog(facts, r.catalog, r.created, r.dir, diagnostics);
  return { facts, diagnostics, findings, stats };
}

/** The meta of a stored PostgreSQL replay: each applied file's outcome, and what spans files. */
interface StoredProgress {
  files: FileOutcome[];
  created: [string, SourceLocation][];
  session: SessionSettings;
  /** The catalog after these files: with every file stored, the replay needs no engine at all. */
  catalog?: Awaited<ReturnType<typeof readCatalog>>;
}

type Resumable = { progress: StoredProgress; state: StoredEntry['state'] };

const emptyMigration = (mf: MigrationFile): Omit<Migration, 'order'> => ({
  id: `migration:${mf.file}`,
  file: mf.file,
  statements: 0,
  failed: 0,
});

/**
 * The set's hash chain: the start names the engine, the set and its prelude; each step is what of
 * the file shapes its outcome — where it is, its forward section as applied, and its rollback.
 */
function progressChain(set: MigrationSet, texts: Map<string, string>, prelude: Prelude): string[] {
  const seed = ['postgres', pgliteEngineId(), set.dir, set.layout, prelude.statements, prelude.extensions];
  const steps = set.files.map((mf) => {
    const fullText = texts.get(mf.file) ?? '';
    const { text, lineOffset } = forwardSection(fullText, mf.section);
    const rollback = mf.down ?? (hasDownSection(fullText, mf.section) ? mf.file : null);
    return JSON.stringify([mf.file, lineOffset, rollback, text]);
  });
  return hashChain(seed, steps);
}

/** The outcomes of the longest stored prefix of `chain`, or undefined (replay in full). */
async function storedProgress(cache: ReplayCache, group: string, chain: string[]): Promise<Resumable | undefined> {
  const hit = await longestCachedPrefix(cache, group, chain);
  if (!hit) return undefined;
  const progress = hit.entry.meta as StoredProgress;
  if (!Array.isArray(progress?.files) || progress.files.length !== hit.steps) return undefined;
  return { progress, state: hit.entry.state };
}

/** The engine as the stored replay left it, session included; undefined when it does not load. */
async function bootStored(resumed: Resumable, extensions: readonly string[]): Promise<PGliteInstance | undefined> {
  const tar = await resumed.state();
  const db = tar && (await bootFromDataDir(tar, extensions));
  if (!db) return undefined;
  if (await restoreSessionSettings(db, resumed.progress.session ?? [])) return db;
  await db.close().catch(() => undefined);
  return undefined;
}

/** Stores the state after the files in `progress`, unless the session holds what a dump loses. */
async function store(
  cache: ReplayCache,
  group: string,
  hash: string,
  db: PGliteInstance,
  progress: Omit<StoredProgress, 'session'>,
): Promise<void> {
  try {
    if (!(await sessionIsStorable(db))) return;
    const session = await sessionSettings(db);
    // A data directory dumped right after a checkpoint boots without replaying the WAL of every
    // migration before it.
    await db.exec('CHECKPOINT');
    const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
    await storeCacheEntry(cache, group, hash, { meta: { ...progress, session }, state: tar });
  } catch {
    // storing only saves a later run time
  }
}

async function applyFile(
  db: PGliteInstance,
  parser: Awaited<ReturnType<typeof loadPgParser>>,
  mf: MigrationFile,
  fullText: string,
  created: Map<string, SourceLocation>,
  diagnostics: Diagnostic[],
  findings: Finding[],
): Promise<Omit<Migration, 'order'>> {
  const createdHere = new Set<string>();
  const { text, lineOffset } = forwardSection(fullText, mf.section);
  const migration: Omit<Migration, 'order'> = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
  const rollback = mf.down ?? (hasDownSection(fullText, mf.section) ? mf.file : undefined);
  if (rollback !== undefined) migration.rollback = rollback;
  const template = /\{\{[^{}]*\}\}/.exec(text);
  if (template) {
    diagnostics.push({
      severity: 'warning',
      stage: 'migrations',
      file: mf.file,
      line: lineOffset + lineAt(lineStarts(text), template.index),
      message: 'template syntax ({{ }}) left in SQL after placeholders: statements using it cannot be replayed',
    });
  }
  const statements = splitStatements(parser, text, lineOffset);
  migration.statements += statements.length;
  // Statement by statement as if in autocommit, so one failure is skipped without aborting
  // everything after it (transactions are the migration tool's business).
  await applyStatements(db, statements, {
    syntaxError: (_st, error) => {
      migration.failed++;
      diagnostics.push({
        severity: 'error',
        stage: 'migrations',
        file: mf.file,
        line: error.line,
        message: `syntax error: ${error.message}`,
      });
    },
    applied: (st) => {
      const changes = st.data
        ? [{ action: 'data' as const, what: 'rows' as const, name: st.data.table }]
        : statementChanges(st.ast);
      if (changes.length > 0 && !lastIsSame(migration.changes, changes)) {
        migration.changes = [...(migration.changes ?? []), ...changes];
      }
      findings.push(...migrationFindings(st, mf.file, createdHere));
      for (const t of tablesCreatedBy(st)) createdHere.add(t);
      recordCreation(st, mf.file, created);
    },
    failed: (st, err) => {
      migration.failed++;
      const e = err as { message: string; position?: string | number };
      diagnostics.push({
        severity: 'warning',
        stage: 'migrations',
        file: mf.file,
        line: errorLine(st, e.position),
        message: `statement failed in replay and was skipped: ${e.message}`,
      });
    },
  });
  return migration;
}

/** A run of INSERTs into one table is one change ("changes rows of `countries`"), not thousands. */
function lastIsSame(list: Migration['changes'], next: NonNullable<Migration['changes']>): boolean {
  const last = list?.at(-1);
  return (
    next.length === 1 &&
    last !== undefined &&
    last.action === 'data' &&
    JSON.stringify(last) === JSON.stringify(next[0])
  );
}

function errorLine(st: SqlStatement, position: string | number | undefined): number {
  const pos = Number(position);
  if (!Number.isFinite(pos) || pos < 1) return st.line;
  return st.line + (st.text.slice(0, pos - 1).match(/\n/g)?.length ?? 0);
}

/** Remembers which statement created (or renamed into being) each table, for file:line in docs. */
function recordCreation(st: SqlStatement, file: string, created: Map<string, SourceLocation>): void {
  const ast = st.ast;
  if (!ast) return;
  const at = { file, line: st.line };
  const key = (rel: { schemaname?: string; relname?: string } | undefined) =>
    rel?.relname ? `table:${rel.schemaname ?? 'public'}.${rel.relname}` : undefined;
  let id: string | undefined;
  if (ast.CreateStmt) id = key(ast.CreateStmt.relation);
  else if (ast.ViewStmt) id = key(ast.ViewStmt.view);
  else if (ast.CreateTableAsStmt) id = key(ast.CreateTableAsStmt.into?.rel);
  else if (
    ast.RenameStmt &&
    ['OBJECT_TABLE', 'OBJECT_VIEW'].includes(ast.RenameStmt.renameType) &&
    ast.RenameStmt.newname
  ) {
    const rel = ast.RenameStmt.relation;
    id = key({ schemaname: rel?.schemaname, relname: ast.RenameStmt.newname });
  }
  if (id && !created.has(id)) created.set(id, at);
  else if (id && ast.RenameStmt) created.set(id, at);
}
