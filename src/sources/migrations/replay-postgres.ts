import type { Diagnostic, Finding, Migration, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import { applyStatements } from './apply-statements.js';
import { hasDownSection, type MigrationFile, type MigrationSet } from './migration-layout.js';
import { loadPgParser } from './pg-parser.js';
import { bootFreshDatabase, type PGliteInstance } from './boot-pglite.js';
import { migrationFindings, tablesCreatedBy } from './migration-rules.js';
import { readCatalog } from './read-catalog.js';
import { lineAt, lineStarts, splitStatements, type SqlStatement } from './split-statements.js';

/**
 * Replays each migration set, statement by statement, into a fresh embedded PostgreSQL (PGlite)
 * and reads the resulting schema from its catalog. A statement that fails is reported with
 * file:line and skipped; the rest still apply, so one bad migration does not blank the model.
 */
export async function replayPostgres(
  sets: MigrationSet[],
  texts: Map<string, string>,
): Promise<Extracted<SchemaFacts> & { findings: Finding[] }> {
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
  if (sets.length === 0) return { facts, diagnostics, findings };

  let parser: Awaited<ReturnType<typeof loadPgParser>>;
  try {
    parser = await loadPgParser();
  } catch (err) {
    for (const set of sets) diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    return { facts, diagnostics, findings };
  }
  let order = 0;
  for (const set of sets) {
    let db: PGliteInstance;
    try {
      db = await bootFreshDatabase();
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
      continue;
    }
    try {
      const created = new Map<string, SourceLocation>();
      for (const mf of set.files) {
        try {
          const migration = await applyFile(db, parser, mf, texts.get(mf.file) ?? '', created, diagnostics, findings);
          facts.migrations.push({ ...migration, order: ++order });
        } catch (err) {
          // One file the parser or the engine cannot cope with costs that file, not the set.
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
      const catalog = await readCatalog(db);
      mergeInto(facts, catalog, created, set, diagnostics);
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    } finally {
      // An open PGlite keeps the event loop alive: the process would never exit.
      await db.close().catch(() => undefined);
    }
  }
  return { facts, diagnostics, findings };
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
  if (/\{\{.*?\}\}/s.test(text)) {
    diagnostics.push({
      severity: 'warning',
      stage: 'migrations',
      file: mf.file,
      line: lineOffset + lineAt(lineStarts(text), text.indexOf('{{')),
      message: 'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written',
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

/** dbmate/goose files hold up and down in one file; only the up part is replayed. */
function forwardSection(text: string, section: MigrationFile['section']): { text: string; lineOffset: number } {
  if (section === 'whole') return { text, lineOffset: 0 };
  const up = section === 'dbmate-up' ? /^--\s*migrate:up\b.*$/m : /^--\s*\+goose\s+Up\b.*$/im;
  const down = section === 'dbmate-up' ? /^--\s*migrate:down\b/m : /^--\s*\+goose\s+Down\b/im;
  const start = up.exec(text);
  if (!start) return { text, lineOffset: 0 };
  const bodyStart = start.index + start[0].length;
  const rest = text.slice(bodyStart);
  const end = down.exec(rest);
  const body = end ? rest.slice(0, end.index) : rest;
  const lineOffset = lineAt(lineStarts(text), bodyStart) - 1;
  return { text: body, lineOffset };
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

function mergeInto(
  facts: SchemaFacts,
  catalog: Awaited<ReturnType<typeof readCatalog>>,
  created: Map<string, SourceLocation>,
  set: MigrationSet,
  diagnostics: Diagnostic[],
): void {
  const known = new Set(facts.tables.map((t) => t.id));
  for (const t of catalog.tables) {
    if (known.has(t.id)) {
      diagnostics.push({
        severity: 'warning',
        stage: 'migrations',
        file: set.dir,
        message: `${t.id} is also defined by another migration folder; the first one is documented`,
      });
      continue;
    }
    const source = created.get(t.id);
    facts.tables.push(source ? { ...t, source } : t);
  }
  const keep = <T extends { id: string }>(list: T[], more: T[]) => {
    const ids = new Set(list.map((x) => x.id));
    for (const x of more) if (!ids.has(x.id)) list.push(x);
  };
  keep(facts.foreignKeys, catalog.foreignKeys);
  keep(facts.indexes, catalog.indexes);
  keep(facts.enums, catalog.enums);
}
