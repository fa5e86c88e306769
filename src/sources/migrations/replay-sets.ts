import type { Diagnostic, Finding, SchemaFacts, SqlDialect } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import type { MigrationSet } from './migration-layout.js';
import { withPlaceholders } from './migration-placeholders.js';
import type { ReplayCache, ReplayStats } from './replay-cache.js';
import { replayPostgres } from './replay-postgres.js';

// Each migration set is replayed in the engine of its dialect (PostgreSQL in PGlite, SQLite in
// sql.js, MySQL/MariaDB in a model of the server built from the parsed statements), and the
// schemas are joined into the one the docs describe. A set written for several dialects was
// narrowed to one on grouping; what was left out is said once per set here.

export interface ReplayOptions {
  /** `sources.migration-placeholders`: values for template and Flyway/Liquibase placeholders. */
  placeholders: Readonly<Record<string, string>>;
  /** Stored replays to resume from and to add to (PostgreSQL sets); none: every set replays in full. */
  cache?: ReplayCache;
}

type Replay = Extracted<SchemaFacts> & { findings: Finding[]; stats?: ReplayStats[] };

export async function replaySets(
  sets: MigrationSet[],
  texts: Map<string, string>,
  options: ReplayOptions,
): Promise<Replay & { stats: ReplayStats[] }> {
  const diagnostics: Diagnostic[] = [];
  for (const set of sets) {
    if (!set.otherDialects) continue;
    const { tags, files } = set.otherDialects;
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.dir,
      message:
        `${files.length} migration file${files.length === 1 ? '' : 's'} for ${tags.join(', ')} not replayed: ` +
        `the ${set.dialect} files and the dialect-neutral ones are ` +
        '(set sources.migration-dialect in the config file to choose another)',
    });
  }
  for (const set of sets) {
    if (!set.unsupported) continue;
    diagnostics.push({
      severity: 'notice',
      stage: 'migrations',
      file: set.dir,
      message:
        `${set.files.length} migration file${set.files.length === 1 ? '' : 's'} written for ${set.unsupported} ` +
        'not replayed: there is no engine for it here (PostgreSQL, MySQL/MariaDB and SQLite are read)',
    });
  }
  const results: Replay[] = [];
  const of = (d: SqlDialect) => sets.filter((s) => s.dialect === d && !s.unsupported);
  if (of('postgres').length > 0) results.push(await replayPostgres(of('postgres'), texts, options));
  const others = [...of('sqlite'), ...of('mysql')];
  // The other engines read placeholders the same way (PostgreSQL's replay does its own).
  const substituted = new Map(texts);
  for (const set of others) {
    for (const [file, text] of withPlaceholders(set, texts, options.placeholders, diagnostics)) {
      substituted.set(file, text);
    }
  }
  if (of('sqlite').length > 0) {
    const { replaySqlite } = await import('./replay-sqlite.js');
    results.push(await replaySqlite(of('sqlite'), substituted, options));
  }
  if (of('mysql').length > 0) {
    const { replayMysql } = await import('./replay-mysql.js');
    results.push(await replayMysql(of('mysql'), substituted));
  }
  return { ...joinReplays(results, diagnostics), stats: results.flatMap((r) => r.stats ?? []) };
}

/** Schemas of several engines as one: tables in set order, migrations numbered through. */
function joinReplays(results: Replay[], diagnostics: Diagnostic[]): Replay {
  const facts: SchemaFacts = {
    dialect: 'postgres',
    migrations: [],
    tables: [],
    foreignKeys: [],
    indexes: [],
    enums: [],
  };
  const findings: Finding[] = [];
  let most = -1;
  for (const r of results) {
    // The dialect the docs name is the one most of the tables come from.
    if (r.facts.tables.length > most) {
      most = r.facts.tables.length;
      facts.dialect = r.facts.dialect;
    }
    const offset = facts.migrations.length;
    facts.migrations.push(...r.facts.migrations.map((m) => ({ ...m, order: m.order + offset })));
    const known = new Set(facts.tables.map((t) => t.id));
    facts.tables.push(...r.facts.tables.filter((t) => !known.has(t.id)));
    facts.foreignKeys.push(...r.facts.foreignKeys);
    facts.indexes.push(...r.facts.indexes);
    facts.enums.push(...r.facts.enums);
    findings.push(...r.findings);
    diagnostics.push(...r.diagnostics);
  }
  return { facts, findings, diagnostics };
}
