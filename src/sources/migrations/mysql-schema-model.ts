import type { SourceLocation } from '../../facts/model.js';
import { alterTable } from './mysql-alter-table.js';
import type { MysqlCatalog } from './mysql-catalog.js';
import { buildColumn, checkRowSize, extraOf, type ModelColumn } from './mysql-column-rules.js';
import { spellType } from './mysql-column-types.js';
import type { Ddl, ForeignKeySpec, KeySpec, TableOptions, TableRef } from './mysql-ddl.js';
import { ModelNotice, ServerError } from './mysql-errors.js';
import { buildForeignKey, type ModelForeignKey } from './mysql-foreign-keys.js';
import { checkAutoIncrement, eqName, type ModelIndex, type PendingKey, settleKeys } from './mysql-key-rules.js';
import type { SqlAst } from './mysql-parser.js';
import { viewColumns } from './mysql-view-columns.js';

// An in-memory MariaDB schema that migration statements are applied to, with the server's own
// rules for what each statement does and when it fails (InnoDB tables, the default strict SQL
// mode, explicit_defaults_for_timestamp, lower_case_table_names=0 as on Linux). Its catalog() is
// what information_schema would show. A statement the server would refuse throws a ServerError
// and, like on the server, leaves the schema as it was (DROP TABLE of several drops the ones it can).

export interface ModelTable {
  kind: 'table';
  db: string;
  name: string;
  columns: ModelColumn[];
  indexes: ModelIndex[];
  foreignKeys: ModelForeignKey[];
  engine: string;
  charset: string;
  comment?: string;
}

export interface ModelView {
  kind: 'view';
  db: string;
  name: string;
  columns?: string[];
  select: SqlAst;
  /** The database unqualified names in the select mean: the one current when it was created. */
  defaultDb: string;
}

interface ModelDatabase {
  name: string;
  charset: string;
  objects: Map<string, ModelTable | ModelView>;
}

/** Per-connection state: the current database and FOREIGN_KEY_CHECKS. */
export interface Session {
  db: string | undefined;
  foreignKeyChecks: boolean;
}

/** The server's default character set (Debian's MariaDB packages set utf8mb4). */
export const SERVER_CHARSET = 'utf8mb4';

export class MysqlSchemaModel {
  readonly databases = new Map<string, ModelDatabase>();
  /** Where each table and view was created or last renamed, by `db.name`. */
  readonly created = new Map<string, SourceLocation>();

  constructor(defaultDatabase: string) {
    this.databases.set(defaultDatabase, { name: defaultDatabase, charset: SERVER_CHARSET, objects: new Map() });
  }

  database(name: string | undefined): ModelDatabase {
    if (name === undefined) throw new ServerError('No database selected');
    const db = this.databases.get(name);
    if (!db) throw new ServerError(`Unknown database '${name}'`);
    return db;
  }

  /** A base table, or undefined (`required`: the server's "doesn't exist" error). */
  table(db: string, name: string, required: true): ModelTable;
  table(db: string, name: string, required: false): ModelTable | undefined;
  table(db: string, name: string, required: boolean): ModelTable | undefined {
    const found = this.databases.get(db)?.objects.get(name);
    if (found?.kind === 'table') return found;
    if (required) throw new ServerError(`Table '${db}.${name}' doesn't exist`);
    return undefined;
  }

  /** Every base table, in every database. */
  *tables(): Iterable<ModelTable> {
    for (const db of this.databases.values()) for (const o of db.objects.values()) if (o.kind === 'table') yield o;
  }

  /** Names of the foreign keys of a database (lower case), but those of `except`. */
  foreignKeyNames(db: string, except?: ModelTable): Set<string> {
    const names = new Set<string>();
    for (const t of this.tables())
      if (t.db === db && t !== except) for (const fk of t.foreignKeys) names.add(fk.name.toLowerCase());
    return names;
  }

  /** Foreign keys of other tables (and its own) that reference `db.name`. */
  referencing(db: string, name: string): { table: ModelTable; fk: ModelForeignKey }[] {
    const out: { table: ModelTable; fk: ModelForeignKey }[] = [];
    for (const t of this.tables())
      for (const fk of t.foreignKeys) if (fk.refDb === db && fk.refTable === name) out.push({ table: t, fk });
    return out;
  }

  /** Applies a statement; `at` is where it is, for the table's source. */
  apply(ddl: Ddl, session: Session, at: SourceLocation): void {
    const ref = (r: TableRef) => ({ db: r.db ?? (session.db as string), name: r.name, given: r.db ?? session.db });
    switch (ddl.kind) {
      case 'createTable':
        this.createTable(ddl, session, at);
        return;
      case 'alterTable': {
        const r = ref(ddl.table);
        this.database(r.given);
        alterTable(this, this.table(r.db, r.name, true), ddl.ops, session, at);
        return;
      }
      case 'createIndex': {
        const r = ref(ddl.table);
        this.database(r.given);
        const op = { op: 'addKey' as const, key: ddl.key, ifNotExists: ddl.ifNotExists };
        alterTable(this, this.table(r.db, r.name, true), [op], session, at);
        return;
      }
      case 'dropIndex': {
        const r = ref(ddl.table);
        this.database(r.given);
        const op =
          ddl.name.toUpperCase() === 'PRIMARY'
            ? { op: 'dropPrimaryKey' as const }
            : { op: 'dropKey' as const, name: ddl.name, ifExists: ddl.ifExists };
        alterTable(this, this.table(r.db, r.name, true), [op], session, at);
        return;
      }
      case 'dropTable':
        this.dropTables(ddl.tables.map(ref), ddl.ifExists, session);
        return;
      case 'renameTable':
        this.renameTables(
          ddl.pairs.map(([a, b]) => [ref(a), ref(b)]),
          at,
        );
        return;
      case 'createView':
        this.createView(ddl, session, at);
        return;
      case 'dropView':
        this.dropViews(ddl.views.map(ref), ddl.ifExists);
        return;
      case 'createDatabase': {
        if (this.databases.has(ddl.name)) {
          if (ddl.ifNotExists) return;
          throw new ServerError(`Can't create database '${ddl.name}'; database exists`);
        }
        this.databases.set(ddl.name, { name: ddl.name, charset: ddl.charset ?? SERVER_CHARSET, objects: new Map() });
        return;
      }
      case 'dropDatabase': {
        if (!this.databases.has(ddl.name)) {
          if (ddl.ifExists) return;
          throw new ServerError(`Can't drop database '${ddl.name}'; database doesn't exist`);
        }
        this.databases.delete(ddl.name);
        if (session.db === ddl.name) session.db = undefined;
        return;
      }
      case 'use':
        this.database(ddl.db);
        session.db = ddl.db;
        return;
      case 'setForeignKeyChecks':
        session.foreignKeyChecks = ddl.on;
        return;
      case 'skip':
      case 'notice':
        return;
    }
  }

  private createTable(ddl: Extract<Ddl, { kind: 'createTable' }>, session: Session, at: SourceLocation): void {
    const dbName = ddl.table.db ?? session.db;
    const db = this.database(dbName);
    const existing = db.objects.get(ddl.table.name);
    if (existing && ddl.ifNotExists) return;
    if (existing && !(ddl.orReplace && existing.kind === 'table'))
      throw new ServerError(`Table '${ddl.table.name}' already exists`);
    let table: ModelTable;
    if (ddl.like) {
      const source = this.table(ddl.like.db ?? (session.db as string), ddl.like.name, true);
      // LIKE copies columns, indexes and options; never foreign keys.
      table = structuredClone({ ...source, foreignKeys: [] });
      table.db = db.name;
      table.name = ddl.table.name;
    } else if (ddl.select) {
      table = this.tableFromSelect(ddl, db, session);
    } else {
      table = this.buildTable(db, ddl.table.name, ddl.elements, ddl.options, session);
    }
    if (existing) this.dropTables([{ db: db.name, name: ddl.table.name }], false, session);
    db.objects.set(table.name, table);
    this.created.set(`${table.db}.${table.name}`, at);
  }

  private buildTable(
    db: ModelDatabase,
    name: string,
    elements: Extract<Ddl, { kind: 'createTable' }>['elements'],
    options: TableOptions,
    session: Session,
  ): ModelTable {
    const charset = tableCharset(options, db.charset);
    const table: ModelTable = {
      kind: 'table',
      db: db.name,
      name,
      columns: [],
      indexes: [],
      foreignKeys: [],
      engine: options.engine ? engineName(options.engine) : 'InnoDB',
      charset,
    };
    if (options.comment) table.comment = options.comment;
    const pending: PendingKey[] = [];
    const foreignKeys: ForeignKeySpec[] = [];
    const addForeignKey = (fk: ForeignKeySpec) => {
      // A foreign key brings a key of its own, named by its CONSTRAINT (else its index name).
      const name = fk.constraint ?? fk.indexName;
      const key: KeySpec = { kind: 'index', parts: fk.columns.map((column) => ({ column })) };
      if (name !== undefined) key.name = name;
      pending.push({ spec: key, generated: true });
      foreignKeys.push(fk);
    };
    for (const e of elements) {
      if ('column' in e) {
        const spec = e.column;
        if (table.columns.some((c) => eqName(c.name, spec.name)))
          throw new ServerError(`Duplicate column name '${spec.name}'`);
        table.columns.push(buildColumn(spec, charset));
        const parts = [{ column: spec.name }];
        if (spec.key) pending.push({ spec: { kind: spec.key, parts }, generated: false });
        if (spec.serialUnique) pending.push({ spec: { kind: 'unique', parts }, generated: false });
        if (spec.references) addForeignKey({ ...spec.references, columns: [spec.name] });
      } else if ('key' in e) pending.push({ spec: e.key, generated: false });
      else addForeignKey(e.foreignKey);
    }
    if (table.columns.length === 0) throw new ServerError('A table must have at least 1 column');
    table.indexes = settleKeys(table.columns, pending);
    checkAutoIncrement(table.columns, table.indexes);
    checkRowSize(table.columns);
    for (const spec of foreignKeys) {
      const fk = buildForeignKey(this, table, spec, session);
      if (fk) table.foreignKeys.push(fk);
    }
    return table;
  }

  /** CREATE TABLE … SELECT: the select's columns, typed like a view's; no keys. */
  private tableFromSelect(ddl: Extract<Ddl, { kind: 'createTable' }>, db: ModelDatabase, session: Session) {
    if (ddl.elements.length > 0)
      throw new ModelNotice(
        `CREATE TABLE ${ddl.table.name} (…) SELECT: columns both defined and selected are not followed; ` +
          'the table is missing from the schema',
      );
    const source: ModelView = {
      kind: 'view',
      db: db.name,
      name: ddl.table.name,
      select: ddl.select!,
      defaultDb: session.db ?? db.name,
    };
    const columns = viewColumns(this, source);
    if (!columns)
      throw new ModelNotice(
        `CREATE TABLE ${ddl.table.name} … SELECT: its columns cannot be known without running the select; ` +
          'the table is missing from the schema',
      );
    const table: ModelTable = {
      kind: 'table',
      db: db.name,
      name: ddl.table.name,
      // The select's columns keep their defaults; an AUTO_INCREMENT one becomes a plain column
      // whose default is 0, as the server makes it.
      columns: columns.map((c) => ({ ...c, default: c.autoIncrement ? '0' : c.default, autoIncrement: false })),
      indexes: [],
      foreignKeys: [],
      engine: ddl.options.engine ? engineName(ddl.options.engine) : 'InnoDB',
      charset: tableCharset(ddl.options, db.charset),
    };
    return table;
  }

  /** DROP TABLE a, b: drops what it can, in order; a missing table is reported after. */
  dropTables(refs: { db: string; name: string }[], ifExists: boolean, session: Session): void {
    const unknown: string[] = [];
    const dropping = new Set(refs.map((r) => `${r.db}.${r.name}`));
    for (const r of refs) {
      const db = this.databases.get(r.db);
      const t = db?.objects.get(r.name);
      if (t?.kind !== 'table') {
        unknown.push(`${r.db}.${r.name}`);
        continue;
      }
      if (session.foreignKeyChecks) {
        const blocked = this.referencing(r.db, r.name).some(
          ({ table }) => table !== t && !dropping.has(`${table.db}.${table.name}`),
        );
        if (blocked) throw new ServerError('Cannot delete or update a parent row: a foreign key constraint fails');
      }
      db!.objects.delete(r.name);
      this.created.delete(`${r.db}.${r.name}`);
    }
    if (unknown.length > 0 && !ifExists) throw new ServerError(`Unknown table '${unknown.join(',')}'`);
  }

  private renameTables(pairs: [{ db: string; name: string }, { db: string; name: string }][], at: SourceLocation) {
    // All or nothing: check the whole chain against a scratch list of names first.
    const names = new Map<string, boolean>();
    const exists = (db: string, name: string) =>
      names.get(`${db}.${name}`) ?? this.databases.get(db)?.objects.has(name) ?? false;
    for (const [from, to] of pairs) {
      this.database(from.db);
      this.database(to.db);
      if (!exists(from.db, from.name)) throw new ServerError(`Table '${from.db}.${from.name}' doesn't exist`);
      if (exists(to.db, to.name)) throw new ServerError(`Table '${to.name}' already exists`);
      names.set(`${from.db}.${from.name}`, false);
      names.set(`${to.db}.${to.name}`, true);
    }
    for (const [from, to] of pairs) this.moveTable(from, to, at);
  }

  /** Moves a table or view to a new name, with what InnoDB renames along: foreign keys and their names. */
  moveTable(from: { db: string; name: string }, to: { db: string; name: string }, at: SourceLocation): void {
    const source = this.databases.get(from.db)!;
    const object = source.objects.get(from.name)!;
    source.objects.delete(from.name);
    const oldName = object.name;
    object.db = to.db;
    object.name = to.name;
    this.databases.get(to.db)!.objects.set(to.name, object);
    this.created.delete(`${from.db}.${from.name}`);
    this.created.set(`${to.db}.${to.name}`, at);
    if (object.kind !== 'table') return;
    for (const t of this.tables())
      for (const fk of t.foreignKeys)
        if (fk.refDb === from.db && fk.refTable === from.name) {
          fk.refDb = to.db;
          fk.refTable = to.name;
        }
    // InnoDB renames the generated constraint names with their table: a_ibfk_1 becomes b_ibfk_1.
    const prefix = `${oldName}_ibfk_`;
    for (const fk of object.foreignKeys)
      if (fk.name.startsWith(prefix)) fk.name = `${to.name}_ibfk_${fk.name.slice(prefix.length)}`;
  }

  private createView(ddl: Extract<Ddl, { kind: 'createView' }>, session: Session, at: SourceLocation): void {
    const db = this.database(ddl.view.db ?? session.db);
    const existing = db.objects.get(ddl.view.name);
    if (existing) {
      if (ddl.ifNotExists) return;
      if (existing.kind === 'table') throw new ServerError(`Table '${ddl.view.name}' already exists`);
      if (!ddl.orReplace) throw new ServerError(`Table '${ddl.view.name}' already exists`);
    }
    const view: ModelView = {
      kind: 'view',
      db: db.name,
      name: ddl.view.name,
      select: ddl.select,
      defaultDb: session.db ?? db.name,
    };
    if (ddl.columns) view.columns = ddl.columns;
    for (const from of ddl.select?.from ?? []) {
      if (typeof from.table !== 'string') continue;
      const dbName = from.db ?? session.db;
      if (!this.databases.get(dbName)?.objects.has(from.table))
        throw new ServerError(`Table '${dbName}.${from.table}' doesn't exist`);
    }
    const derived = viewColumns(this, view);
    if (derived && view.columns && view.columns.length !== derived.length)
      throw new ServerError("View's SELECT and view's field list have different column counts");
    db.objects.set(view.name, view);
    this.created.set(`${view.db}.${view.name}`, at);
  }

  private dropViews(refs: { db: string; name: string }[], ifExists: boolean): void {
    const unknown: string[] = [];
    for (const r of refs) {
      const o = this.databases.get(r.db)?.objects.get(r.name);
      if (o?.kind !== 'view') {
        unknown.push(`${r.db}.${r.name}`);
        continue;
      }
      this.databases.get(r.db)!.objects.delete(r.name);
      this.created.delete(`${r.db}.${r.name}`);
    }
    if (unknown.length > 0 && !ifExists) throw new ServerError(`Unknown VIEW: '${unknown.join(',')}'`);
  }

  /** What information_schema would show for the schema as it now is. */
  catalog(): MysqlCatalog {
    const catalog: MysqlCatalog = { tables: [], columns: [], indexes: [], foreignKeys: [] };
    for (const db of this.databases.values()) {
      for (const o of db.objects.values()) {
        catalog.tables.push({
          schema: o.db,
          name: o.name,
          kind: o.kind,
          ...(o.kind === 'table' && o.comment ? { comment: o.comment } : {}),
        });
        const columns = o.kind === 'table' ? o.columns : (viewColumns(this, o) ?? []);
        columns.forEach((c, n) => {
          catalog.columns.push({
            schema: o.db,
            table: o.name,
            name: c.name,
            position: n + 1,
            type: spellType(c.type),
            nullable: c.nullable,
            // A view's columns have no defaults of their own to document.
            default: o.kind === 'view' ? null : c.default,
            extra: o.kind === 'view' ? '' : extraOf(c),
          });
        });
        if (o.kind !== 'table') continue;
        for (const i of o.indexes)
          catalog.indexes.push({
            schema: o.db,
            table: o.name,
            name: i.name,
            unique: i.kind === 'primary' || i.kind === 'unique',
            type: i.algorithm,
            parts: i.parts.map((p) => ({ column: p.column, subPart: p.length ?? null })),
          });
        for (const fk of o.foreignKeys)
          catalog.foreignKeys.push({
            schema: o.db,
            table: o.name,
            name: fk.name,
            columns: fk.columns,
            refSchema: fk.refDb,
            refTable: fk.refTable,
            refColumns: fk.refColumns,
            onDelete: fk.onDelete,
            onUpdate: fk.onUpdate,
          });
      }
    }
    return sortCatalog(catalog);
  }
}

export function tableCharset(options: TableOptions, fallback: string): string {
  if (options.charset && options.charset !== 'default') return options.charset;
  if (options.collation) return options.collation.split('_')[0]!;
  return fallback;
}

/** The engine as the server names it (ENGINE=innodb is `InnoDB`). */
export function engineName(engine: string): string {
  const known = ['InnoDB', 'MyISAM', 'Aria', 'MEMORY', 'CSV', 'ARCHIVE', 'BLACKHOLE'];
  return known.find((k) => k.toLowerCase() === engine.toLowerCase()) ?? engine;
}

export function sortCatalog(c: MysqlCatalog): MysqlCatalog {
  const by =
    (...keys: string[]) =>
    (a: Record<string, unknown>, b: Record<string, unknown>) => {
      for (const k of keys) {
        const x = a[k] as string | number;
        const y = b[k] as string | number;
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
  return {
    tables: [...c.tables].sort(by('schema', 'name')),
    columns: [...c.columns].sort(by('schema', 'table', 'position')),
    indexes: [...c.indexes].sort(by('schema', 'table', 'name')),
    foreignKeys: [...c.foreignKeys].sort(by('schema', 'table', 'name')),
  };
}
