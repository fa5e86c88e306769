import type { Diagnostic, Finding, Migration, SchemaFacts, SourceLocation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { crashDiagnostic } from '../isolate-extractor.js';
import { hasDownSection, type MigrationFile, type MigrationSet } from './migration-layout.js';
import { forwardSection } from './forward-section.js';
import { catalogToFacts, type MysqlCatalog } from './mysql-catalog.js';
import type { Ddl } from './mysql-ddl.js';
import { ModelNotice, MysqlError, ServerError } from './mysql-errors.js';
import { mysqlFindings } from './mysql-migration-rules.js';
import { readStatement } from './mysql-read-statement.js';
import { MysqlSchemaModel, type Session } from './mysql-schema-model.js';
import { type MysqlStatement, splitMysqlStatements } from './mysql-statements.js';
import { lineAt, lineStarts } from './split-statements.js';

/**
 * The database unqualified names land in when the migrations never say `USE db`. MySQL has no
 * `public` schema: a connection is to some database, named in the tool's config, not the SQL.
 * `main` stands for it (SQLite's name for the same idea); a `USE shop` in the files replaces it.
 */
export const DEFAULT_MYSQL_DATABASE = 'main';

/**
 * Replays each MySQL/MariaDB migration set into an in-memory model of a MariaDB 10.11 schema,
 * statement by statement: each is parsed (node-sql-parser) and applied with the server's rules.
 * A statement that does not parse, or that the server would refuse, is reported with file:line
 * and skipped; the rest still apply. The current database (`USE`) carries from one file to the
 * next, as the migration tool's connection does; FOREIGN_KEY_CHECKS starts at 1 in every file.
 */
export async function replayMysql(
  sets: MigrationSet[],
  texts: Map<string, string>,
): Promise<Extracted<SchemaFacts> & { findings: Finding[] }> {
  const facts: SchemaFacts = { dialect: 'mysql', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] };
  const diagnostics: Diagnostic[] = [];
  const findings: Finding[] = [];
  for (const set of sets) {
    try {
      const replayed = replayMysqlSet(set, texts, facts.migrations.length);
      facts.migrations.push(...replayed.migrations);
      diagnostics.push(...replayed.diagnostics);
      findings.push(...replayed.findings);
      mergeInto(facts, catalogToFacts(replayed.catalog, replayed.created), set, diagnostics);
    } catch (err) {
      diagnostics.push(crashDiagnostic('migrations', set.dir, err));
    }
  }
  return { facts, diagnostics, findings };
}

/** One set replayed: the schema as information_schema would show it, and where each table was made. */
export interface ReplayedMysqlSet {
  catalog: MysqlCatalog;
  created: Map<string, SourceLocation>;
  migrations: Migration[];
  diagnostics: Diagnostic[];
  findings: Finding[];
}

export function replayMysqlSet(set: MigrationSet, texts: Map<string, string>, orderFrom = 0): ReplayedMysqlSet {
  const model = new MysqlSchemaModel(DEFAULT_MYSQL_DATABASE);
  const session: Session = { db: DEFAULT_MYSQL_DATABASE, foreignKeyChecks: true };
  const out: ReplayedMysqlSet = {
    catalog: model.catalog(),
    created: model.created,
    migrations: [],
    diagnostics: [],
    findings: [],
  };
  let order = orderFrom;
  for (const mf of set.files) {
    try {
      const migration = applyFile(model, session, mf, texts.get(mf.file) ?? '', out.diagnostics, out.findings);
      out.migrations.push({ ...migration, order: ++order });
    } catch (err) {
      // One file the reader or the model cannot cope with costs that file, not the set.
      out.diagnostics.push(crashDiagnostic('migrations', mf.file, err));
      out.migrations.push({ id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0, order: ++order });
    }
  }
  out.catalog = model.catalog();
  return out;
}

function applyFile(
  model: MysqlSchemaModel,
  session: Session,
  mf: MigrationFile,
  fullText: string,
  diagnostics: Diagnostic[],
  findings: Finding[],
): Omit<Migration, 'order'> {
  const { text, lineOffset } = forwardSection(fullText, mf.section);
  const migration: Omit<Migration, 'order'> = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
  const rollback = mf.down ?? (hasDownSection(fullText, mf.section) ? mf.file : undefined);
  if (rollback !== undefined) migration.rollback = rollback;
  const warn = (line: number, message: string, severity: Diagnostic['severity'] = 'warning') =>
    diagnostics.push({ severity, stage: 'migrations', file: mf.file, line, message });
  if (/\{\{.*?\}\}/s.test(text))
    warn(
      lineOffset + lineAt(lineStarts(text), text.indexOf('{{')),
      'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written',
    );
  // Every migration is its own session: a SET FOREIGN_KEY_CHECKS=0 does not outlive its file.
  session.foreignKeyChecks = true;
  const tablesBefore = new Set(model.created.keys());
  for (const st of splitMysqlStatements(text, lineOffset)) {
    migration.statements++;
    let ddl: Ddl;
    try {
      ddl = readStatement(st.text);
    } catch (err) {
      migration.failed++;
      if (err instanceof MysqlError)
        warn(errorLine(st, err), `syntax error (the statement was skipped): ${err.message}`);
      else warn(st.line, `the statement could not be read and was skipped: ${messageOf(err)}`);
      continue;
    }
    if (ddl.kind === 'notice') warn(st.line, ddl.message, 'notice');
    const at = { file: mf.file, line: st.line };
    try {
      // Read against the schema before the statement, kept only if the statement applies.
      const found = mysqlFindings(ddl, model, session, tablesBefore, at);
      model.apply(ddl, session, at);
      findings.push(...found);
    } catch (err) {
      if (err instanceof ModelNotice) {
        warn(st.line, err.message, 'notice');
        continue;
      }
      migration.failed++;
      // A statement the server would refuse; or one the model trips on, which costs that statement only.
      if (err instanceof ServerError) warn(st.line, `statement failed in replay and was skipped: ${err.message}`);
      else warn(st.line, `the replay could not apply this statement and skipped it: ${messageOf(err)}`);
    }
  }
  return migration;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message.split('\n')[0]!.slice(0, 300) : String(err);
}

/** The line of a reading error: at its token or parser offset, else the statement's first line. */
function errorLine(st: MysqlStatement, e: MysqlError): number {
  const offset = e.at?.start ?? e.offset;
  if (offset === undefined) return st.line;
  return st.line + (st.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function mergeInto(
  facts: SchemaFacts,
  catalog: Omit<SchemaFacts, 'dialect' | 'migrations'>,
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
    facts.tables.push(t);
  }
  const keep = <T extends { id: string }>(list: T[], more: T[]) => {
    const ids = new Set(list.map((x) => x.id));
    for (const x of more) if (!ids.has(x.id)) list.push(x);
  };
  keep(facts.foreignKeys, catalog.foreignKeys);
  keep(facts.indexes, catalog.indexes);
  keep(facts.enums, catalog.enums);
}
