/**
 * Tables migration tools keep for themselves (which migrations ran), lower-case: not part of the
 * documented model. golang-migrate and dbmate `schema_migrations`, Flyway, Prisma, goose, gorp,
 * Knex, sqlx, Diesel, and Rails' `ar_internal_metadata`.
 */
export const BOOKKEEPING_TABLES: ReadonlySet<string> = new Set([
  'schema_migrations',
  'flyway_schema_history',
  '_prisma_migrations',
  'goose_db_version',
  'gorp_migrations',
  'knex_migrations',
  'knex_migrations_lock',
  '_sqlx_migrations',
  '__diesel_schema_migrations',
  'ar_internal_metadata',
]);
