import type { MigrationSet } from './migration-layout.js';
import { blankSqlComments } from './sql-comments.js';

// What a real database already has when the migrations run, and an empty embedded one lacks:
//   - the migration tool's bookkeeping table, when a migration reads or writes it (`INSERT INTO
//     schema_migrations …`, a data fix on `flyway_schema_history`);
//   - the roles named in GRANT / REVOKE / OWNER TO / SET ROLE / AUTHORIZATION (a cluster's roles
//     exist before any migration), unless the migrations create them;
//   - the extensions: those the embedded PostgreSQL ships are loaded; the others are reported.
// Bookkeeping tables are left out of the documented schema (read-catalog.ts) either way.

/** Extensions PGlite ships as loadable bundles (`@electric-sql/pglite/contrib/*`); plpgsql is built in. */
export const LOADABLE_EXTENSIONS: ReadonlySet<string> = new Set(
  [
    'amcheck auto_explain bloom btree_gin btree_gist citext cube dict_int dict_xsyn earthdistance file_fdw',
    'fuzzystrmatch hstore intarray isn lo ltree pageinspect passwordcheck pg_buffercache pg_freespacemap',
    'pg_logicalinspect pg_overexplain pg_stat_statements pg_surgery pg_trgm pg_visibility pg_walinspect pgcrypto',
    'seg spi tablefunc tcn tsm_system_rows tsm_system_time unaccent uuid-ossp',
  ]
    .join(' ')
    .split(' '),
);
const BUILT_IN_EXTENSIONS = new Set(['plpgsql']);

const BOOKKEEPING: Record<string, (layout: MigrationSet['layout']) => string> = {
  schema_migrations: (layout) =>
    layout === 'golang-migrate'
      ? 'version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL DEFAULT false'
      : 'version varchar(255) NOT NULL PRIMARY KEY',
  flyway_schema_history: () =>
    'installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, ' +
    'type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL, ' +
    'installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL',
  goose_db_version: () =>
    'id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now()',
  ar_internal_metadata: () =>
    'key varchar NOT NULL PRIMARY KEY, value varchar, created_at timestamp NOT NULL, updated_at timestamp NOT NULL',
  _prisma_migrations: () =>
    'id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, ' +
    'migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, ' +
    'started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count int NOT NULL DEFAULT 0',
  knex_migrations: () => 'id serial PRIMARY KEY, name varchar(255), batch int, migration_time timestamptz',
  gorp_migrations: () => 'id text PRIMARY KEY, applied_at timestamptz',
};

const ROLE = String.raw`(?:"[^"]+"|[A-Za-z_][\w$]*)`;
const ROLE_REFERENCE = new RegExp(
  String.raw`\b(?:OWNER\s+TO|SET\s+ROLE|AUTHORIZATION|GRANT\s+[^;]*?\bTO|REVOKE\s+[^;]*?\bFROM)\s+` +
    String.raw`(${ROLE}(?:\s*,\s*${ROLE})*)`,
  'gi',
);
const ROLE_CREATED = /\bCREATE\s+(?:ROLE|USER|GROUP)\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|[A-Za-z_][\w$]*)/gi;
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role', 'postgres', 'group']);
const EXTENSION = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|[\w-]+)/gi;

export interface Prelude {
  /** Run before the first migration, in order. */
  statements: string[];
  /** Extensions to load into the embedded PostgreSQL. */
  extensions: string[];
  /** Extensions the migrations create that the embedded PostgreSQL does not have. */
  unavailable: string[];
  roles: string[];
  bookkeeping: string[];
}

export function replayPrelude(set: MigrationSet, texts: readonly string[]): Prelude {
  // Comments are blanked: one reads as SQL to these patterns ("-- Create extension" on its own line).
  const all = texts.map(blankSqlComments).join('\n;\n');
  const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase());
  const bookkeeping = Object.keys(BOOKKEEPING).filter(
    (table) =>
      new RegExp(`\\b${table}\\b`, 'i').test(all) &&
      !new RegExp(`\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\.)?"?${table}\\b`, 'i').test(all),
  );
  const created = new Set([...all.matchAll(ROLE_CREATED)].map((m) => unquote(m[1]!)));
  const roles = new Set<string>();
  for (const m of all.matchAll(ROLE_REFERENCE)) {
    for (const part of m[1]!.split(',')) {
      const role = unquote(part.trim());
      if (role && !NOT_ROLES.has(role.toLowerCase()) && !created.has(role)) roles.add(role);
    }
  }
  const wanted = [...new Set([...all.matchAll(EXTENSION)].map((m) => unquote(m[1]!)))];
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return {
    statements: [
      ...[...roles].sort().map((r) => `CREATE ROLE ${quote(r)}`),
      ...bookkeeping.map((t) => `CREATE TABLE IF NOT EXISTS ${t} (${BOOKKEEPING[t]!(set.layout)})`),
    ],
    extensions: wanted.filter((e) => LOADABLE_EXTENSIONS.has(e)),
    unavailable: wanted.filter((e) => !LOADABLE_EXTENSIONS.has(e) && !BUILT_IN_EXTENSIONS.has(e)),
    roles: [...roles].sort(),
    bookkeeping,
  };
}
