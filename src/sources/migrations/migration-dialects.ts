import type { SqlDialect } from '../../facts/model.js';

// Tools that support several databases keep one file per dialect beside dialect-neutral ones
// (Ory's popx: `x.postgres.up.sql`, `x.mysql.up.sql`, `x.sqlite3.up.sql`, `x.cockroach.up.sql` next to
// `x.up.sql`). One dialect is replayed: its files and the neutral ones, in order; the others are
// left out with one notice. A folder without tags is one dialect, recognised by what its SQL says.

/** `<name>.<dialect>[.autocommit][.up|.down].sql` */
const DIALECT_NAMES = 'postgres|postgresql|pg|cockroach|cockroachdb|crdb|mysql|mariadb|sqlite|sqlite3|mssql|sqlserver';
/**
 * Databases we have no engine for. Named all the same, so that their folder joins its siblings'
 * family (Spring's `db/h2/`, `db/hsqldb/` beside `db/mysql/` and `db/postgres/`: only one is
 * replayed) and a lone one is said once instead of failing statement by statement.
 */
const NO_ENGINE_NAMES = 'oracle|clickhouse|h2|hsqldb|derby';
const DIALECT_TAG = new RegExp(
  String.raw`\.(${DIALECT_NAMES}|${NO_ENGINE_NAMES})(?=(?:\.autocommit)?(?:\.(?:up|down))?\.sql$)`,
  'i',
);

const TAG_NAMES: Record<string, string> = {
  postgresql: 'postgres',
  pg: 'postgres',
  cockroachdb: 'cockroach',
  crdb: 'cockroach',
  mariadb: 'mysql',
  sqlite3: 'sqlite',
  sqlserver: 'mssql',
};

/** The dialect a file name is tagged with (normalised: `postgres`, `mysql`, `sqlite`, `cockroach` …). */
export function dialectTag(base: string): string | undefined {
  const tag = DIALECT_TAG.exec(base)?.[1]?.toLowerCase();
  return tag === undefined ? undefined : (TAG_NAMES[tag] ?? tag);
}

/** The path without its dialect tag: `x.postgres.up.sql` → `x.up.sql`. */
export function withoutDialectTag(path: string): string {
  return path.replace(DIALECT_TAG, '');
}

/** The engine a tag is replayed in; CockroachDB speaks PostgreSQL's dialect closely enough. */
export function replayDialect(tag: string): SqlDialect | undefined {
  if (tag === 'postgres' || tag === 'cockroach') return 'postgres';
  if (tag === 'mysql' || tag === 'sqlite') return tag;
  return undefined;
}

/** The tag to replay: the configured dialect's, else PostgreSQL's, else CockroachDB's, SQLite's, MySQL's. */
export function chooseTag(tags: ReadonlySet<string>, wanted: SqlDialect | undefined): string | undefined {
  const order = [wanted, 'postgres', 'cockroach', 'sqlite', 'mysql'].filter((t): t is string => t !== undefined);
  return order.find((t) => tags.has(t)) ?? [...tags].find((t) => replayDialect(t) !== undefined);
}

const SIGNALS: Record<SqlDialect, RegExp[]> = {
  mysql: [/`\w+`/, /\bENGINE\s*=/i, /\bAUTO_INCREMENT\b/i, /\bUNSIGNED\b/i, /\bDEFAULT\s+CHARSET\b/i, /\bTINYINT\b/i],
  sqlite: [/\bAUTOINCREMENT\b/i, /\bPRAGMA\b/i, /\bWITHOUT\s+ROWID\b/i, /\bINTEGER\s+PRIMARY\s+KEY\b/i],
  postgres: [
    /\bSERIAL\b/i,
    /::\w/,
    /\bJSONB\b/i,
    /\bCREATE\s+EXTENSION\b/i,
    /\$\$/,
    /\bplpgsql\b/i,
    /\bTIMESTAMPTZ\b/i,
  ],
};

/** The dialect a set of migrations is written in, by the constructs only one dialect has; PostgreSQL on a tie. */
export function sniffDialect(texts: readonly string[]): SqlDialect {
  const score = (d: SqlDialect) => SIGNALS[d].filter((re) => texts.some((t) => re.test(t))).length;
  const postgres = score('postgres');
  const mysql = score('mysql');
  const sqlite = score('sqlite');
  if (mysql > postgres && mysql >= sqlite) return 'mysql';
  if (sqlite > postgres && sqlite > mysql) return 'sqlite';
  return 'postgres';
}

/** SQL only an engine we cannot replay speaks: ClickHouse's table engines and types, T-SQL's batches. */
const FOREIGN_SIGNALS: Record<string, RegExp[]> = {
  clickhouse: [/\bENGINE\s*=\s*(?:Replicated)?\w*MergeTree\b/i, /\bLowCardinality\s*\(/, /\bDateTime64\s*\(/],
  mssql: [/^\s*GO\s*$/im, /\bNVARCHAR\s*\(\s*MAX\s*\)/i, /\bIDENTITY\s*\(\s*1\s*,\s*1\s*\)/i],
};

/** The engine we have none for that a set's SQL is written for, if its constructs say so. */
export function unsupportedDialect(texts: readonly string[]): string | undefined {
  for (const [dialect, signals] of Object.entries(FOREIGN_SIGNALS)) {
    if (signals.filter((re) => texts.some((t) => re.test(t))).length >= 2) return dialect;
  }
  return undefined;
}
