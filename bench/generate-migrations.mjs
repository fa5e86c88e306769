// A realistic golang-migrate set for the replay benchmark, the same for a given seed on any machine.
// The generator keeps a model of the schema it has built so far, so every statement it writes is
// valid on a real PostgreSQL server: the benchmark measures replay, not error recovery. The mix
// follows what long-lived services accumulate: tables with FKs and their indexes, then years of
// ADD COLUMN, type widening, NOT NULL after a backfill, renames, drops, enums that grow, views,
// comments, lookup tables with seed rows, and the odd CONCURRENTLY index alone in its file.
//   import { generateMigrationSet } from './generate-migrations.mjs';
//   generateMigrationSet(dir, { files: 1000, seed: 11 }) -> { files, statements, tables }
// `prefix` starts every table and type name (several services' sets in one repository, each its own
// database, name no table twice); without it the set is as it always was for a seed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG, so the set is byte-identical between runs and machines. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['billing', 'catalog', 'crm', 'fulfilment', 'identity', 'inventory', 'ledger', 'marketing'].concat([
  'support',
  'shipping',
  'analytics',
  'payroll',
]);
const NOUNS = ['accounts', 'invoices', 'invoice_lines', 'customers', 'contacts', 'addresses', 'products']
  .concat(['variants', 'prices', 'orders', 'order_lines', 'shipments', 'parcels', 'carriers', 'warehouses'])
  .concat(['stock_levels', 'suppliers', 'purchase_orders', 'payments', 'refunds', 'credit_notes', 'plans'])
  .concat(['subscriptions', 'coupons', 'campaigns', 'segments', 'tickets', 'ticket_comments', 'agents'])
  .concat(['teams', 'users', 'sessions', 'api_keys', 'audit_events', 'webhooks', 'notifications'])
  .concat(['documents', 'attachments', 'tags', 'notes']);
const LOOKUP_NOUNS = [
  'currencies',
  'countries',
  'order_statuses',
  'payment_methods',
  'reason_codes',
  'channels',
].concat(['tax_classes', 'units', 'languages', 'priorities', 'regions', 'carrier_services']);

// [name, type, default literal or undefined]; types chosen to cover what real schemas use.
const COLUMNS = [
  ['name', 'text', "''"],
  ['title', 'varchar(200)', "''"],
  ['description', 'text', undefined],
  ['email', 'varchar(320)', undefined],
  ['phone', 'varchar(40)', undefined],
  ['amount_cents', 'bigint', '0'],
  ['quantity', 'integer', '1'],
  ['price', 'numeric(12,2)', '0'],
  ['rate', 'numeric(8,4)', '0'],
  ['is_active', 'boolean', 'true'],
  ['is_archived', 'boolean', 'false'],
  ['metadata', 'jsonb', "'{}'::jsonb"],
  ['settings', 'jsonb', "'{}'::jsonb"],
  ['labels', 'text[]', "'{}'"],
  ['external_ref', 'uuid', undefined],
  ['ip_address', 'inet', undefined],
  ['starts_on', 'date', 'CURRENT_DATE'],
  ['ends_on', 'date', undefined],
  ['expires_at', 'timestamptz', undefined],
  ['processed_at', 'timestamptz', undefined],
  ['synced_at', 'timestamp', undefined],
  ['deleted_at', 'timestamptz', undefined],
  ['payload', 'bytea', undefined],
  ['score', 'double precision', '0'],
  ['position', 'smallint', '0'],
  ['code', 'varchar(64)', undefined],
  ['currency', 'char(3)', "'EUR'"],
  ['country_code', 'char(2)', undefined],
  ['locale', 'varchar(16)', "'en'"],
  ['version', 'integer', '1'],
  ['notes', 'text', undefined],
  ['checksum', 'varchar(64)', undefined],
  ['retention', 'interval', "'30 days'"],
  ['weight_grams', 'integer', undefined],
  ['url', 'text', undefined],
  ['timezone', 'varchar(64)', "'UTC'"],
  ['priority', 'smallint', '0'],
  ['retries', 'integer', '0'],
  ['last_error', 'text', undefined],
  ['sequence_no', 'bigint', undefined],
  ['source', 'varchar(32)', "'api'"],
  ['reference', 'varchar(128)', undefined],
];
const BACKFILL = {
  text: "''",
  bigint: '0',
  integer: '0',
  smallint: '0',
  boolean: 'false',
  jsonb: "'{}'::jsonb",
  'text[]': "'{}'",
  uuid: 'gen_random_uuid()',
  inet: "'0.0.0.0'",
  date: 'CURRENT_DATE',
  timestamptz: 'now()',
  timestamp: 'now()',
  bytea: "''::bytea",
  'double precision': '0',
  interval: "'0 seconds'",
};
const ENUM_WORDS = ['pending', 'active', 'suspended', 'closed', 'draft', 'approved', 'rejected', 'failed'].concat([
  'queued',
  'running',
  'done',
  'cancelled',
  'expired',
  'on_hold',
  'review',
  'archived',
]);
const RENAMES = { name: 'display_name', notes: 'internal_notes', code: 'short_code', url: 'link_url' };

/** A type one ALTER COLUMN … TYPE widens to (always valid, with or without rows), or undefined. */
function widened(type) {
  if (type === 'integer') return 'bigint';
  if (type === 'smallint') return 'integer';
  if (type === 'timestamp') return 'timestamptz';
  if (type === 'numeric(12,2)') return 'numeric(16,4)';
  if (type === 'numeric(8,4)') return 'numeric(12,6)';
  if (type === 'char(3)' || type === 'char(2)') return 'varchar(8)';
  const v = /^varchar\((\d+)\)$/.exec(type);
  if (v) return Number(v[1]) >= 512 ? 'text' : `varchar(${Number(v[1]) * 2})`;
  return undefined;
}
const backfillFor = (col) =>
  col.enumValues ? `'${col.enumValues[0]}'` : (BACKFILL[col.type] ?? (/char/.test(col.type) ? "''" : '0'));

export function generateMigrationSet(dir, { files = 1000, seed = 11, prefix = '' } = {}) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const chance = (p) => rnd() < p;
  const shuffle = (xs) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };

  const tables = []; // live tables
  const used = new Set(); // every relation/type name ever given out (no reuse, even after a drop)
  const enums = [];
  const views = [];
  const indexes = []; // explicit indexes: { name, table, cols }
  const tableNames = shuffle(DOMAINS.flatMap((d) => NOUNS.map((n) => `${prefix}${d}_${n}`)));
  const lookupNames = shuffle(DOMAINS.flatMap((d) => LOOKUP_NOUNS.map((n) => `${prefix}${d}_${n}`)));
  let counter = 0;
  const fresh = (base) => {
    let name = base.length > 55 ? `${base.slice(0, 50)}_${++counter}` : base;
    while (used.has(name)) name = `${base.slice(0, 50)}_${++counter}`;
    used.add(name);
    return name;
  };
  const q = (t) => (t.schema === 'public' ? t.name : `${t.schema}.${t.name}`);
  const singular = (name) =>
    name
      .replace(/^[a-z]+_/, '')
      .replace(/ies$/, 'y')
      .replace(/s$/, '');
  const colOf = (t, name) => t.cols.find((c) => c.name === name);
  // Columns a change may touch: not keys, not read by a view, not the audit timestamps.
  const mutable = (t) =>
    t.cols.filter((c) => !c.pk && !c.inView && !c.fixed && !['created_at', 'updated_at'].includes(c.name));
  const liveTables = (f = () => true) => tables.filter(f);

  let statements = 0;
  const out = [];
  const emit = (slug, up, down, { transaction = chance(0.3) } = {}) => {
    const version = String(out.length + 1).padStart(6, '0');
    const body = transaction ? ['BEGIN;', '', ...up, '', 'COMMIT;'] : up;
    statements += up.length;
    out.push({ base: `${version}_${slug}`, up: `${body.join('\n')}\n`, down: `${down.join('\n')}\n` });
  };

  function columnDef(c) {
    let s = `${c.name} ${c.type}`;
    if (c.notNull) s += ' NOT NULL';
    if (c.default !== undefined) s += ` DEFAULT ${c.default}`;
    return s;
  }

  function randomColumn(t) {
    for (let i = 0; i < 20; i++) {
      const [name, type, def] = pick(COLUMNS);
      if (colOf(t, name)) continue;
      const notNull = def !== undefined && chance(0.6);
      return { name, type, notNull, default: def !== undefined && (notNull || chance(0.5)) ? def : undefined };
    }
    return undefined;
  }

  function fkColumn(t, parent, action = pick(['CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION'])) {
    let name = `${singular(parent.name)}_id`;
    if (colOf(t, name)) name = `parent_${name}`;
    if (colOf(t, name)) return undefined;
    const type = parent.pkType;
    return { name, type, notNull: action !== 'SET NULL' && chance(0.7), fk: { parent, action } };
  }
  const fkClause = (c) =>
    ` REFERENCES ${q(c.fk.parent)}(id)${c.fk.action === 'NO ACTION' ? '' : ` ON DELETE ${c.fk.action}`}`;

  function createTable() {
    const schema = chance(0.05) ? 'audit' : 'public';
    const name = fresh(tableNames.pop() ?? `${prefix}extra_items_${++counter}`);
    const pkStyle = pick(['bigserial', 'identity', 'uuid', 'serial']);
    const pkType = { bigserial: 'bigint', identity: 'bigint', uuid: 'uuid', serial: 'integer' }[pkStyle];
    const pkSql = {
      bigserial: 'id bigserial PRIMARY KEY',
      identity: 'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
      uuid: 'id uuid PRIMARY KEY DEFAULT gen_random_uuid()',
      serial: 'id serial PRIMARY KEY',
    }[pkStyle];
    const t = { schema, name, pkType, cols: [{ name: 'id', type: pkType, pk: true }], rows: false, views: 0 };
    const lines = [pkSql];
    const parents = shuffle(liveTables((p) => !p.joinTable && (!p.lookup || chance(0.5)))).slice(
      0,
      int(0, Math.min(3, tables.length)),
    );
    for (const p of parents) {
      const c = fkColumn(t, p);
      if (!c) continue;
      t.cols.push(c);
      lines.push(`${columnDef(c)}${fkClause(c)}`);
    }
    const target = int(5, 20) - 2; // created_at and updated_at below
    while (t.cols.length < target) {
      const c = randomColumn(t);
      if (!c) break;
      if (c.name === 'code' && chance(0.5)) c.unique = true;
      t.cols.push(c);
      lines.push(`${columnDef(c)}${c.unique ? ' UNIQUE' : ''}`);
    }
    t.cols.push({ name: 'created_at', type: 'timestamptz', notNull: true, default: 'now()' });
    lines.push('created_at timestamptz NOT NULL DEFAULT now()');
    const withUpdated = chance(0.75);
    if (withUpdated) {
      t.cols.push({ name: 'updated_at', type: 'timestamptz', notNull: true, default: 'now()' });
      lines.push('updated_at timestamptz NOT NULL DEFAULT now()');
    }
    const amount = colOf(t, 'amount_cents');
    if (amount && chance(0.5)) lines.push(`CONSTRAINT ${name}_amount_nonnegative CHECK (amount_cents >= 0)`);
    const up = [`CREATE TABLE ${q({ schema, name })} (\n    ${lines.join(',\n    ')}\n);`];
    tables.push(t);
    for (const c of t.cols) if (c.fk) c.fk.parent.children = (c.fk.parent.children ?? 0) + 1;
    for (const c of t.cols.filter((x) => x.fk && chance(0.8))) up.push(createIndexSql(t, [c.name]));
    if (chance(0.4)) up.push(...indexStatements(t));
    if (withUpdated && chance(0.5))
      up.push(
        `CREATE TRIGGER ${name}_set_updated_at BEFORE UPDATE ON ${q(t)}\n` +
          '    FOR EACH ROW EXECUTE FUNCTION set_updated_at();',
      );
    if (chance(0.25)) up.push(`COMMENT ON TABLE ${q(t)} IS '${name.replace(/_/g, ' ')}, one row per record';`);
    emit(`create_${name}`, up, [`DROP TABLE IF EXISTS ${q(t)};`]);
  }

  function createJoinTable() {
    const [a, b] = shuffle(liveTables((x) => !x.lookup && !x.joinTable));
    if (!a || !b) return createTable();
    const name = fresh(`${a.name}_${singular(b.name)}_links`);
    const t = { schema: 'public', name, pkType: undefined, cols: [], rows: false, joinTable: true, views: 0 };
    const ca = { ...fkColumn(t, a, 'CASCADE'), notNull: true, pk: true };
    t.cols.push(ca);
    const cb = { ...fkColumn(t, b, 'CASCADE'), notNull: true, pk: true };
    t.cols.push(cb);
    const extra = [
      { name: 'role', type: 'varchar(32)', notNull: true, default: "'member'" },
      { name: 'position', type: 'integer', notNull: true, default: '0' },
      { name: 'created_at', type: 'timestamptz', notNull: true, default: 'now()' },
    ];
    t.cols.push(...extra);
    a.children = (a.children ?? 0) + 1;
    b.children = (b.children ?? 0) + 1;
    const up = [
      `CREATE TABLE ${name} (\n    ${[ca, cb].map((c) => `${columnDef(c)}${fkClause(c)}`).join(',\n    ')},\n    ` +
        `${extra.map(columnDef).join(',\n    ')},\n    PRIMARY KEY (${ca.name}, ${cb.name})\n);`,
      createIndexSql(t, [cb.name]),
    ];
    tables.push(t);
    emit(`create_${name}`, up, [`DROP TABLE IF EXISTS ${name};`]);
  }

  function createLookup() {
    const name = fresh(lookupNames.pop() ?? `${prefix}extra_kinds_${++counter}`);
    const t = {
      schema: 'public',
      name,
      pkType: 'smallint',
      lookup: true,
      rows: true,
      views: 0,
      cols: [
        { name: 'id', type: 'smallint', pk: true },
        { name: 'code', type: 'varchar(64)', notNull: true, unique: true, fixed: true },
        { name: 'label', type: 'text', notNull: true, fixed: true },
        { name: 'position', type: 'integer', notNull: true, default: '0', fixed: true },
        { name: 'is_active', type: 'boolean', notNull: true, default: 'true', fixed: true },
        { name: 'created_at', type: 'timestamptz', notNull: true, default: 'now()' },
      ],
    };
    const codes = shuffle(ENUM_WORDS).slice(0, int(3, 8));
    const values = codes.map((c, i) => `    ('${c}', '${c.replace(/_/g, ' ')}', ${i * 10})`);
    const up = [
      `CREATE TABLE ${name} (\n    id smallint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n` +
        '    code varchar(64) NOT NULL UNIQUE,\n    label text NOT NULL,\n    position integer NOT NULL DEFAULT 0,\n' +
        '    is_active boolean NOT NULL DEFAULT true,\n    created_at timestamptz NOT NULL DEFAULT now()\n);',
      `INSERT INTO ${name} (code, label, position) VALUES\n${values.join(',\n')};`,
    ];
    tables.push(t);
    emit(`create_${name}`, up, [`DROP TABLE IF EXISTS ${name};`]);
  }

  function createIndexSql(t, cols, { unique = false, where, using, expr, concurrently = false } = {}) {
    const name = fresh(`${t.name}_${cols.join('_')}${unique ? '_key' : ''}_idx`);
    indexes.push({ name, table: t, cols: [...cols] });
    const target = expr ?? cols.join(', ');
    return (
      `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${concurrently ? 'CONCURRENTLY ' : ''}` +
      `${concurrently ? 'IF NOT EXISTS ' : ''}${name}\n    ON ${q(t)}${using ? ` USING ${using}` : ''} (${target})` +
      `${where ? `\n    WHERE ${where}` : ''};`
    );
  }

  /** One or two indexes of the kinds real schemas have: plain, multi-column, unique, partial, gin, lower(). */
  function indexStatements(t, opts = {}) {
    const cols = t.cols.filter((c) => !c.pk);
    if (cols.length === 0) return [];
    const kind = pick(['plain', 'plain', 'multi', 'unique', 'partial', 'partial', 'gin', 'lower']);
    const c = pick(cols);
    const deleted = colOf(t, 'deleted_at');
    const active = colOf(t, 'is_active');
    const email = colOf(t, 'email');
    const jsonCol = t.cols.find((x) => x.type === 'jsonb' || x.type === 'text[]');
    if (kind === 'gin' && jsonCol) return [createIndexSql(t, [jsonCol.name], { ...opts, using: 'gin' })];
    if (kind === 'lower' && email)
      return [createIndexSql(t, ['lower_email'], { ...opts, unique: !t.rows, expr: 'lower(email)' })];
    if (kind === 'partial' && (deleted || active)) {
      const where = deleted ? 'deleted_at IS NULL' : 'is_active';
      return [createIndexSql(t, [c.name], { ...opts, where })];
    }
    if (kind === 'unique' && !t.rows && ['code', 'reference', 'external_ref', 'email'].includes(c.name))
      return [createIndexSql(t, [c.name], { ...opts, unique: true })];
    if (kind === 'multi' && cols.length > 1) {
      const d = pick(cols.filter((x) => x !== c));
      return [createIndexSql(t, [c.name, d.name], opts)];
    }
    if (c.type === 'jsonb' || c.type === 'text[]' || c.type === 'bytea') return [];
    return [createIndexSql(t, [c.name], opts)];
  }

  function addColumns() {
    const t = pick(tables);
    const up = [];
    const down = [];
    const adds = [];
    for (let i = int(1, 3); i > 0; i--) {
      let c;
      if (chance(0.2) && !t.lookup) {
        const parent = pick(liveTables((p) => p !== t && !p.joinTable));
        c = parent && fkColumn(t, parent, pick(['SET NULL', 'CASCADE', 'NO ACTION']));
        if (c) c.notNull = false;
      } else c = randomColumn(t);
      if (!c) continue;
      if (t.rows && c.notNull && c.default === undefined) c.notNull = false;
      t.cols.push(c);
      if (c.fk) c.fk.parent.children = (c.fk.parent.children ?? 0) + 1;
      adds.push(`ADD COLUMN ${columnDef(c)}${c.fk ? fkClause(c) : ''}`);
      down.push(`ALTER TABLE ${q(t)} DROP COLUMN IF EXISTS ${c.name};`);
    }
    if (adds.length === 0) return setDefault();
    up.push(`ALTER TABLE ${q(t)}\n    ${adds.join(',\n    ')};`);
    emit(`add_${adds.length > 1 ? 'columns' : /ADD COLUMN (\w+)/.exec(adds[0])[1]}_to_${t.name}`, up, down);
  }

  function alterColumnType() {
    const candidates = tables.flatMap((t) =>
      mutable(t)
        .filter((c) => !c.fk && widened(c.type))
        .map((c) => [t, c]),
    );
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    const to = widened(c.type);
    const using = to === 'bigint' && chance(0.3) ? ` USING ${c.name}::bigint` : '';
    const up = [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} TYPE ${to}${using};`];
    const from = c.type;
    c.type = to;
    emit(`widen_${t.name}_${c.name}`, up, [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} TYPE ${from};`]);
  }

  function setNotNull() {
    const candidates = tables.flatMap((t) =>
      mutable(t)
        // A table with rows keeps taking seed INSERTs that name only some columns: NOT NULL needs a default.
        .filter((c) => !c.notNull && !(c.fk && (c.fk.action === 'SET NULL' || t.rows)))
        .filter((c) => !t.rows || c.default !== undefined)
        .map((c) => [t, c]),
    );
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    const up = [];
    if (!c.fk) up.push(`UPDATE ${q(t)} SET ${c.name} = ${backfillFor(c)} WHERE ${c.name} IS NULL;`);
    up.push(`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} SET NOT NULL;`);
    c.notNull = true;
    emit(`require_${t.name}_${c.name}`, up, [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} DROP NOT NULL;`], {
      transaction: true,
    });
  }

  function dropColumn() {
    const candidates = tables.flatMap((t) => (t.cols.length > 4 ? mutable(t).map((c) => [t, c]) : []));
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    t.cols = t.cols.filter((x) => x !== c);
    if (c.fk) c.fk.parent.children--;
    for (let i = indexes.length - 1; i >= 0; i--)
      if (indexes[i].table === t && indexes[i].cols.includes(c.name)) indexes.splice(i, 1);
    emit(
      `drop_${t.name}_${c.name}`,
      [`ALTER TABLE ${q(t)} DROP COLUMN ${c.name};`],
      [`ALTER TABLE ${q(t)} ADD COLUMN ${c.name} ${c.type};`],
    );
  }

  function renameColumn() {
    const candidates = tables.flatMap((t) => mutable(t).map((c) => [t, c]));
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    let to = RENAMES[c.name] ?? `${c.name}_old`;
    if (colOf(t, to)) to = `${c.name}_${++counter}`;
    for (const ix of indexes) if (ix.table === t) ix.cols = ix.cols.map((x) => (x === c.name ? to : x));
    const from = c.name;
    c.name = to;
    emit(
      `rename_${t.name}_${from}`,
      [`ALTER TABLE ${q(t)} RENAME COLUMN ${from} TO ${to};`],
      [`ALTER TABLE ${q(t)} RENAME COLUMN ${to} TO ${from};`],
    );
  }

  function addForeignKey() {
    const t = pick(liveTables((x) => !x.lookup && !x.joinTable));
    const parent = pick(liveTables((p) => p !== t && !p.joinTable));
    if (!t || !parent) return createTable();
    const c = fkColumn(t, parent, pick(['CASCADE', 'SET NULL', 'RESTRICT']));
    if (!c) return addColumns();
    c.notNull = false;
    t.cols.push(c);
    parent.children = (parent.children ?? 0) + 1;
    const con = fresh(`${t.name}_${c.name}_fkey`);
    const notValid = chance(0.4);
    const up = [
      `ALTER TABLE ${q(t)} ADD COLUMN ${c.name} ${c.type};`,
      `ALTER TABLE ${q(t)}\n    ADD CONSTRAINT ${con} FOREIGN KEY (${c.name})\n` +
        `    REFERENCES ${q(parent)}(id) ON DELETE ${c.fk.action}${notValid ? ' NOT VALID' : ''};`,
    ];
    if (notValid) up.push(`ALTER TABLE ${q(t)} VALIDATE CONSTRAINT ${con};`);
    if (chance(0.7)) up.push(createIndexSql(t, [c.name]));
    emit(`link_${t.name}_to_${parent.name}`, up, [`ALTER TABLE ${q(t)} DROP COLUMN IF EXISTS ${c.name};`]);
  }

  function addCheck() {
    const candidates = tables.flatMap((t) =>
      t.cols
        .filter((c) => ['integer', 'bigint', 'smallint', 'numeric(12,2)', 'text'].includes(c.type) && !c.pk && !c.fk)
        .map((c) => [t, c]),
    );
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    const expr = c.type === 'text' ? `char_length(${c.name}) <= 10000` : `${c.name} >= 0`;
    const con = fresh(`${t.name}_${c.name}_check`);
    const notValid = chance(0.3) ? ' NOT VALID' : '';
    emit(
      `check_${t.name}_${c.name}`,
      [`ALTER TABLE ${q(t)} ADD CONSTRAINT ${con} CHECK (${expr})${notValid};`],
      [`ALTER TABLE ${q(t)} DROP CONSTRAINT IF EXISTS ${con};`],
    );
  }

  function createEnum() {
    const t = pick(liveTables((x) => !x.joinTable));
    if (!t) return createTable();
    const name = fresh(`${prefix}${singular(t.name)}_state`);
    const values = shuffle(ENUM_WORDS).slice(0, int(2, 5));
    const e = { name, values };
    enums.push(e);
    const create = `CREATE TYPE ${name} AS ENUM (${values.map((v) => `'${v}'`).join(', ')});`;
    const up = [
      chance(0.4) ? `DO $$\nBEGIN\n    ${create}\nEXCEPTION\n    WHEN duplicate_object THEN NULL;\nEND\n$$;` : create,
    ];
    let col = 'state';
    if (colOf(t, col)) col = `state_${++counter}`;
    const c = { name: col, type: name, notNull: true, default: `'${values[0]}'`, enumValues: values };
    t.cols.push(c);
    up.push(`ALTER TABLE ${q(t)} ADD COLUMN ${col} ${name} NOT NULL DEFAULT '${values[0]}';`);
    emit(`add_${t.name}_${col}`, up, [`ALTER TABLE ${q(t)} DROP COLUMN IF EXISTS ${col};`, `DROP TYPE ${name};`]);
  }

  function addEnumValue() {
    if (enums.length === 0) return createEnum();
    const e = pick(enums);
    const v = ENUM_WORDS.find((w) => !e.values.includes(w)) ?? `state_${++counter}`;
    const where = chance(0.4) ? ` BEFORE '${e.values[0]}'` : chance(0.3) ? ` AFTER '${e.values.at(-1)}'` : '';
    const ifNot = chance(0.5) ? 'IF NOT EXISTS ' : '';
    e.values.push(v);
    emit(
      `add_${e.name}_${v}`,
      [`ALTER TYPE ${e.name} ADD VALUE ${ifNot}'${v}'${where};`],
      ['-- enum values cannot be removed'],
      {
        transaction: false,
      },
    );
  }

  function createView() {
    const t = pick(liveTables((x) => !x.joinTable));
    if (!t) return createTable();
    const cols = shuffle(t.cols.filter((c) => !c.pk)).slice(0, int(2, 5));
    const fk = cols.find((c) => c.fk && !c.fk.parent.joinTable);
    const name = fresh(`${t.name}_${pick(['overview', 'summary', 'report', 'listing'])}`);
    const materialized = chance(0.15);
    let select = `SELECT t.id, ${cols.map((c) => `t.${c.name}`).join(', ')}`;
    let from = `FROM ${q(t)} t`;
    if (fk && colOf(fk.fk.parent, 'created_at')) {
      select += `, p.created_at AS ${singular(fk.fk.parent.name)}_created_at`;
      from += `\n    JOIN ${q(fk.fk.parent)} p ON p.id = t.${fk.name}`;
      colOf(fk.fk.parent, 'created_at').inView = true;
      fk.fk.parent.views++;
    }
    for (const c of cols) c.inView = true;
    t.views++;
    const v = { name, table: t, cols: [...cols], materialized, select, from };
    views.push(v);
    const kind = materialized ? 'MATERIALIZED VIEW' : 'VIEW';
    const where = colOf(t, 'deleted_at') && chance(0.5) ? '\n    WHERE t.deleted_at IS NULL' : '';
    if (where) colOf(t, 'deleted_at').inView = true;
    v.where = where;
    emit(
      `create_${name}`,
      [`CREATE ${kind} ${name} AS\n    ${select}\n    ${from}${where};`],
      [`DROP ${kind} ${name};`],
    );
  }

  function replaceView() {
    const v = pick(views.filter((x) => !x.materialized && x.table.cols.some((c) => !c.pk && !c.inView)));
    if (!v) return createView();
    const c = pick(v.table.cols.filter((x) => !x.pk && !x.inView));
    c.inView = true;
    v.select += `, t.${c.name}`;
    emit(
      `extend_${v.name}`,
      [`CREATE OR REPLACE VIEW ${v.name} AS\n    ${v.select}\n    ${v.from}${v.where};`],
      ['-- the previous definition is in the migration that created the view'],
    );
  }

  function comment() {
    const t = pick(tables);
    const c = pick(t.cols);
    const text = chance(0.3) ? `who''s responsible for ${c.name}` : `${c.name.replace(/_/g, ' ')} as shown to users`;
    emit(
      `comment_${t.name}_${c.name}`,
      [`COMMENT ON COLUMN ${q(t)}.${c.name} IS '${text}';`],
      [`COMMENT ON COLUMN ${q(t)}.${c.name} IS NULL;`],
    );
  }

  function backfill() {
    const lookups = liveTables((t) => t.lookup);
    if (lookups.length > 0 && chance(0.4)) {
      const t = pick(lookups);
      const code = `${pick(ENUM_WORDS)}_${++counter}`;
      emit(
        `seed_${t.name}`,
        [
          `INSERT INTO ${t.name} (code, label, position)\n    VALUES ('${code}', '${code.replace(/_/g, ' ')}', 100)` +
            '\n    ON CONFLICT (code) DO NOTHING;',
          `UPDATE ${t.name} SET is_active = false WHERE code = '${code}';`,
        ],
        [`DELETE FROM ${t.name} WHERE code = '${code}';`],
      );
      return;
    }
    const candidates = tables.flatMap((t) =>
      t.cols.filter((c) => !c.pk && !c.fk && c.name !== 'updated_at').map((c) => [t, c]),
    );
    const [t, c] = pick(candidates);
    const touch = colOf(t, 'updated_at') ? ', updated_at = now()' : '';
    emit(
      `backfill_${t.name}_${c.name}`,
      [`UPDATE ${q(t)}\n    SET ${c.name} = ${backfillFor(c)}${touch}\n    WHERE ${c.name} IS NULL;`],
      ['-- data backfills are not undone'],
    );
  }

  function createIndexFile() {
    const t = pick(tables);
    const concurrently = chance(0.25);
    const up = indexStatements(t, { concurrently });
    if (up.length === 0) return addColumns();
    if (concurrently) up.unshift('-- build without blocking writes: CONCURRENTLY cannot run in a transaction');
    const name = /INDEX (?:CONCURRENTLY IF NOT EXISTS )?(\w+)/.exec(up.at(-1))[1];
    emit(`index_${name}`, up, [`DROP INDEX${concurrently ? ' CONCURRENTLY' : ''} IF EXISTS ${name};`], {
      transaction: !concurrently && chance(0.3),
    });
  }

  function dropIndex() {
    if (indexes.length < 10) return createIndexFile();
    const ix = indexes.splice(Math.floor(rnd() * indexes.length), 1)[0];
    const prefix = ix.table.schema === 'public' ? '' : `${ix.table.schema}.`;
    emit(`drop_${ix.name}`, [`DROP INDEX IF EXISTS ${prefix}${ix.name};`], [`-- recreate ${ix.name} by hand`]);
  }

  function setDefault() {
    const candidates = tables.flatMap((t) =>
      mutable(t)
        .filter((c) => !c.fk && !c.enumValues)
        .map((c) => [t, c]),
    );
    if (candidates.length === 0) return addColumns();
    const [t, c] = pick(candidates);
    const lit = backfillFor(c);
    if (c.default !== undefined && !(t.rows && c.notNull) && chance(0.4)) {
      c.default = undefined;
      emit(
        `drop_default_${t.name}_${c.name}`,
        [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} DROP DEFAULT;`],
        [`-- the old default is in the migration that added ${c.name}`],
      );
      return;
    }
    c.default = lit;
    emit(
      `default_${t.name}_${c.name}`,
      [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} SET DEFAULT ${lit};`],
      [`ALTER TABLE ${q(t)} ALTER COLUMN ${c.name} DROP DEFAULT;`],
    );
  }

  function dropTable() {
    const t = pick(liveTables((x) => !x.children && !x.views && tables.length > 20));
    if (!t) return createTable();
    tables.splice(tables.indexOf(t), 1);
    for (const c of t.cols) if (c.fk) c.fk.parent.children--;
    for (let i = indexes.length - 1; i >= 0; i--) if (indexes[i].table === t) indexes.splice(i, 1);
    emit(`drop_${t.name}`, [`DROP TABLE IF EXISTS ${q(t)};`], [`-- ${t.name} is recreated by its create migration`]);
  }

  function renameTable() {
    const t = pick(liveTables((x) => x.schema === 'public' && !x.lookup && !x.views));
    if (!t) return createTable();
    const to = fresh(tableNames.pop() ?? `${t.name}_v2`);
    const from = t.name;
    t.name = to;
    emit(`rename_${from}`, [`ALTER TABLE ${from} RENAME TO ${to};`], [`ALTER TABLE ${to} RENAME TO ${from};`]);
  }

  // The first migrations every such project has: the updated_at trigger function and a schema.
  emit(
    'create_set_updated_at_function',
    [
      'CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger\n    LANGUAGE plpgsql AS $$\nBEGIN\n' +
        '    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n$$;',
    ],
    ['DROP FUNCTION IF EXISTS set_updated_at();'],
    { transaction: false },
  );
  emit(
    'create_audit_schema',
    ['CREATE SCHEMA IF NOT EXISTS audit;', "SET lock_timeout = '5s';"],
    ['DROP SCHEMA IF EXISTS audit;'],
  );
  for (let i = 0; i < 12; i++) (i % 4 === 3 ? createLookup : createTable)();

  // Weights per 1,000 files after the first tables; creation outweighs drops so ~150 tables remain.
  const MIX = [
    [createTable, 135],
    [createJoinTable, 15],
    [createLookup, 12],
    [addColumns, 150],
    [createIndexFile, 100],
    [alterColumnType, 50],
    [setNotNull, 55],
    [dropColumn, 45],
    [renameColumn, 35],
    [addForeignKey, 45],
    [addCheck, 30],
    [createEnum, 30],
    [addEnumValue, 40],
    [createView, 30],
    [replaceView, 15],
    [comment, 30],
    [backfill, 40],
    [dropIndex, 20],
    [setDefault, 35],
    [dropTable, 25],
    [renameTable, 15],
  ];
  const total = MIX.reduce((s, [, w]) => s + w, 0);
  while (out.length < files) {
    const r = rnd() * total;
    let upTo = 0;
    const [fn] =
      MIX.find(([, w]) => {
        upTo += w;
        return r < upTo;
      }) ?? MIX[0];
    fn();
  }

  mkdirSync(dir, { recursive: true });
  for (const f of out.slice(0, files)) {
    writeFileSync(join(dir, `${f.base}.up.sql`), f.up);
    writeFileSync(join(dir, `${f.base}.down.sql`), f.down);
  }
  return { files: Math.min(files, out.length), statements, tables: tables.length, views: views.length };
}
