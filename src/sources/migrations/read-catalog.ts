import { BOOKKEEPING_TABLES } from './bookkeeping-tables.js';
import type { EnumType, ForeignKey, Index, SchemaFacts, Table } from '../../facts/model.js';

/** The slice of a PostgreSQL client both PGlite and node-postgres-style clients offer. */
export interface SqlClient {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

// System schemas and the tools' own bookkeeping are not part of the documented model.
const SKIP_SCHEMAS = `('pg_catalog', 'information_schema', 'pg_toast')`;
const TEMP_SCHEMAS = "n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'";
const USER_SCHEMA = `n.nspname NOT IN ${SKIP_SCHEMAS} AND ${TEMP_SCHEMAS}`;
// Pieces of the catalog queries below, named to keep their lines short.
const FK_REF_ATTRIBUTE = 'a.attrelid = con.confrelid AND a.attnum = k.attnum';
const INDEX_KEY_ATTRIBUTE = 'a.attrelid = i.indrelid AND a.attnum = i.indkey[k.i - 1] AND i.indkey[k.i - 1] <> 0';
const ENUM_LABELS =
  'ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[]';

/**
 * Reads tables, views, columns, keys, indexes and enums from the catalog of a database the
 * migrations were replayed into. The catalog is the truth: renames, drops and ALTERs are
 * already applied, which no reading of the SQL text alone could promise.
 */
export async function readCatalog(db: SqlClient): Promise<Omit<SchemaFacts, 'dialect' | 'migrations'>> {
  // Partitions are tables of their own (they hold the rows and may have their own indexes), kept
  // with the parent they belong to.
  const rels = await db.query<{
    oid: number;
    schema: string;
    name: string;
    relkind: string;
    comment: string | null;
    parent: string | null;
  }>(`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
           obj_description(c.oid, 'pg_class') AS comment,
           (SELECT pn.nspname || '.' || p.relname FROM pg_inherits inh
              JOIN pg_class p ON p.oid = inh.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE inh.inhrelid = c.oid AND c.relispartition LIMIT 1) AS parent
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${USER_SCHEMA}
    ORDER BY n.nspname, c.relname`);
  const kept = rels.rows.filter((r) => !BOOKKEEPING_TABLES.has(r.name));
  const oids = new Set(kept.map((r) => r.oid));

  const cols = await db.query<{
    oid: number;
    name: string;
    type: string;
    notnull: boolean;
    def: string | null;
    identity: string;
    generated: string;
  }>(`
    SELECT a.attrelid::int AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def,
           a.attidentity::text AS identity, a.attgenerated::text AS generated
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND ${USER_SCHEMA}
    ORDER BY a.attrelid, a.attnum`);

  const cons = await db.query<{
    oid: number;
    name: string;
    type: string;
    cols: string[];
    refoid: number | null;
    refschema: string | null;
    reftable: string | null;
    refcols: string[] | null;
    deltype: string;
    updtype: string;
  }>(`
    SELECT con.conrelid::int AS oid, con.conname AS name, con.contype::text AS type,
           ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i)::text[] AS cols,
           NULLIF(con.confrelid::int, 0) AS refoid, rn.nspname AS refschema, rc.relname AS reftable,
           ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON ${FK_REF_ATTRIBUTE} ORDER BY k.i)::text[] AS refcols,
           con.confdeltype::text AS deltype, con.confupdtype::text AS updtype
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    WHERE con.contype IN ('p', 'u', 'f') AND ${USER_SCHEMA}
    ORDER BY con.conrelid, con.conname`);

  const idx = await db.query<{
    oid: number;
    schema: string;
    name: string;
    cols: string[];
    unique: boolean;
    primary: boolean;
    def: string;
  }>(`
    SELECT i.indrelid::int AS oid, n.nspname AS schema, ic.relname AS name,
           -- A key column by its name as stored (pg_get_indexdef quotes mixed-case names, and then
           -- "organisationId" would not match the column organisationId); an expression as written.
           ARRAY(SELECT COALESCE(a.attname, pg_get_indexdef(i.indexrelid, k.i::int, true))
                 FROM generate_series(1, i.indnkeyatts) AS k(i)
                 LEFT JOIN pg_attribute a ON ${INDEX_KEY_ATTRIBUTE}
                 ORDER BY k.i)::text[] AS cols,
           i.indisunique AS unique, i.indisprimary AS primary, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER_SCHEMA}
    ORDER BY n.nspname, ic.relname`);

  const enums = await db.query<{ schema: string; name: string; values: string[] }>(`
    SELECT n.nspname AS schema, t.typname AS name, ${ENUM_LABELS} AS values
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${USER_SCHEMA}
    ORDER BY n.nspname, t.typname`);

  const byOid = new Map<number, Table>();
  const tables: Table[] = kept.map((r) => {
    const t: Table = {
      id: `table:${r.schema}.${r.name}`,
      schema: r.schema,
      name: r.name,
      kind: r.relkind === 'v' || r.relkind === 'm' ? 'view' : 'table',
      columns: [],
      primaryKey: [],
      ...(r.comment ? { comment: r.comment } : {}),
      ...(r.parent ? { partitionOf: `table:${r.parent}` } : {}),
      ...(r.relkind === 'p' ? { partitioned: true } : {}),
    };
    byOid.set(r.oid, t);
    return t;
  });
  for (const c of cols.rows) {
    const t = byOid.get(c.oid);
    if (!t) continue;
    t.columns.push({
      id: `column:${t.schema}.${t.name}.${c.name}`,
      name: c.name,
      type: c.type,
      nullable: !c.notnull,
      // A generated column's expression is stored where defaults are; it is no default.
      ...(c.def !== null && c.generated !== 's' ? { default: c.def } : {}),
      ...(c.identity === 'a'
        ? { identity: 'always' as const }
        : c.identity === 'd'
          ? { identity: 'by default' as const }
          : {}),
      ...(c.generated === 's' && c.def !== null ? { generated: c.def } : {}),
    });
  }

  // Unique column sets (from constraints and unique indexes) decide the FK child cardinality.
  const uniqueSets = new Map<number, string[][]>();
  const addUnique = (oid: number, columns: string[]) => uniqueSets.set(oid, [...(uniqueSets.get(oid) ?? []), columns]);
  for (const c of cons.rows) {
    if (c.type === 'p') {
      const t = byOid.get(c.oid);
      if (t) t.primaryKey = c.cols;
    }
    if (c.type === 'p' || c.type === 'u') addUnique(c.oid, c.cols);
  }
  for (const i of idx.rows) if (i.unique) addUnique(i.oid, i.cols);

  const foreignKeys: ForeignKey[] = [];
  for (const c of cons.rows) {
    if (c.type !== 'f' || !oids.has(c.oid) || c.refoid === null) continue;
    const t = byOid.get(c.oid)!;
    const refId = `table:${c.refschema}.${c.reftable}`;
    const refCols = c.refcols ?? [];
    const unique = (uniqueSets.get(c.oid) ?? []).some(
      (set) => set.length === c.cols.length && set.every((x) => c.cols.includes(x)),
    );
    const allNotNull = c.cols.every((name) => t.columns.find((col) => col.name === name)?.nullable === false);
    foreignKeys.push({
      id: `fk:${t.schema}.${t.name}(${c.cols.join(',')})->${c.refschema}.${c.reftable}(${refCols.join(',')})`,
      name: c.name,
      table: t.id,
      columns: c.cols,
      refTable: refId,
      refColumns: refCols,
      onDelete: ACTIONS[c.deltype] ?? c.deltype,
      onUpdate: ACTIONS[c.updtype] ?? c.updtype,
      childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
      parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
    });
  }
  foreignKeys.sort((a, b) => a.id.localeCompare(b.id));

  const indexes: Index[] = idx.rows
    .filter((i) => oids.has(i.oid))
    .map((i) => ({
      id: `index:${i.schema}.${i.name}`,
      name: i.name,
      table: byOid.get(i.oid)!.id,
      columns: i.cols,
      unique: i.unique,
      primary: i.primary,
      definition: i.def,
    }));

  const enumFacts: EnumType[] = enums.rows.map((e) => ({
    id: `enum:${e.schema}.${e.name}`,
    schema: e.schema,
    name: e.name,
    values: e.values,
  }));
  return { tables, foreignKeys, indexes, enums: enumFacts };
}

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};
