import type { ColumnType } from './mysql-column-types.js';
import type { SqlAst } from './mysql-parser.js';

// What a MySQL statement does to the schema, read from its parse: the schema model applies these.

export interface TableRef {
  /** The database named in the statement (`shop.orders`), else the current one. */
  db?: string;
  name: string;
}

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** NULL / NOT NULL as written; undefined when the definition says neither. */
  nullable?: boolean;
  /** The default expression's tokens as written (`'x'`, `0`, `CURRENT_TIMESTAMP(3)`, `(uuid())`). */
  default?: string;
  /** ON UPDATE CURRENT_TIMESTAMP[(n)], as written. */
  onUpdate?: string;
  autoIncrement: boolean;
  /** Column-level PRIMARY KEY (or KEY, which means the same) / UNIQUE. */
  key?: 'primary' | 'unique';
  /** SERIAL's own UNIQUE key. */
  serialUnique?: boolean;
  comment?: string;
  generated?: 'VIRTUAL' | 'STORED';
  invisible?: boolean;
  /** An inline `REFERENCES t(c)`: MariaDB 10.5+ makes it a foreign key. */
  references?: ForeignKeySpec;
}

export type KeyKind = 'primary' | 'unique' | 'index' | 'fulltext' | 'spatial';

export interface KeyPart {
  column: string;
  /** A prefix length, `KEY (name(20))`. */
  length?: number;
}

export interface KeySpec {
  kind: KeyKind;
  /** The index name (`KEY name (…)`), else the CONSTRAINT name. */
  name?: string;
  parts: KeyPart[];
  using?: 'BTREE' | 'HASH' | 'RTREE';
  comment?: string;
}

export interface ForeignKeySpec {
  /** `CONSTRAINT name`. */
  constraint?: string;
  /** `FOREIGN KEY name (…)`: MariaDB names the constraint by it when no CONSTRAINT name is given. */
  indexName?: string;
  columns: string[];
  ref: TableRef;
  refColumns: string[];
  onDelete: string;
  onUpdate: string;
}

export interface TableOptions {
  engine?: string;
  charset?: string;
  collation?: string;
  comment?: string;
}

/** One element of CREATE TABLE's body, in the order written: MariaDB names and prunes keys by it. */
export type TableElement = { column: ColumnSpec } | { key: KeySpec } | { foreignKey: ForeignKeySpec };

export type ColumnPosition = { first: true } | { after: string };

export type AlterOp =
  | { op: 'addColumn'; column: ColumnSpec; position?: ColumnPosition; ifNotExists: boolean }
  | { op: 'dropColumn'; name: string; ifExists: boolean }
  | { op: 'modifyColumn'; column: ColumnSpec; position?: ColumnPosition; ifExists: boolean }
  | { op: 'changeColumn'; from: string; column: ColumnSpec; position?: ColumnPosition; ifExists: boolean }
  | { op: 'renameColumn'; from: string; to: string }
  | { op: 'setDefault'; name: string; default: string }
  | { op: 'dropDefault'; name: string }
  | { op: 'addKey'; key: KeySpec; ifNotExists: boolean }
  | { op: 'addForeignKey'; fk: ForeignKeySpec; ifNotExists: boolean }
  | { op: 'dropKey'; name: string; ifExists: boolean }
  | { op: 'dropPrimaryKey' }
  | { op: 'dropForeignKey'; name: string; ifExists: boolean }
  | { op: 'dropConstraint'; name: string; ifExists: boolean }
  | { op: 'renameKey'; from: string; to: string }
  | { op: 'options'; options: TableOptions }
  | { op: 'convertCharset'; charset: string; collation?: string }
  | { op: 'renameTable'; to: TableRef };

export type Ddl =
  | {
      kind: 'createTable';
      table: TableRef;
      ifNotExists: boolean;
      orReplace: boolean;
      elements: TableElement[];
      options: TableOptions;
      like?: TableRef;
      /** CREATE TABLE … SELECT: the select's AST, for columns derived like a view's. */
      select?: SqlAst;
    }
  | { kind: 'alterTable'; table: TableRef; ops: AlterOp[] }
  | { kind: 'dropTable'; tables: TableRef[]; ifExists: boolean }
  | { kind: 'renameTable'; pairs: [TableRef, TableRef][] }
  | { kind: 'createIndex'; table: TableRef; key: KeySpec; ifNotExists: boolean }
  | { kind: 'dropIndex'; table: TableRef; name: string; ifExists: boolean }
  | {
      kind: 'createView';
      view: TableRef;
      orReplace: boolean;
      ifNotExists: boolean;
      columns?: string[];
      select: SqlAst;
    }
  | { kind: 'dropView'; views: TableRef[]; ifExists: boolean }
  | { kind: 'createDatabase'; name: string; ifNotExists: boolean; charset?: string }
  | { kind: 'dropDatabase'; name: string; ifExists: boolean }
  | { kind: 'use'; db: string }
  | { kind: 'setForeignKeyChecks'; on: boolean }
  /** Changes nothing the model holds (data, session settings, grants, routines). */
  | { kind: 'skip' }
  /** Might change the schema in a way the model cannot follow. */
  | { kind: 'notice'; message: string };
