import type { SchemaFacts, Table } from '../model.js';

/** An SQL name as PostgreSQL compares it once quotes are gone: `"Orders"` → `Orders`. */
export function unquoteSqlName(name: string): string {
  return name.replace(/"/g, '').trim();
}

/**
 * Tables, views and columns by name, compared case-insensitively (PostgreSQL folds unquoted
 * names). A table is found as `schema.name` and, for the first table of that name, as `name`.
 */
export class SchemaIndex {
  /** Schemas that hold a table, view or enum, lower-case; `public` always. */
  private readonly schemas = new Set<string>(['public']);
  private readonly tables = new Map<string, Table>();
  /** A column name (lower-case) → the id of the first column of that name in any table. */
  private readonly columnsByName = new Map<string, string>();

  constructor(schema: SchemaFacts) {
    for (const e of schema.enums) this.schemas.add(e.schema.toLowerCase());
    for (const t of schema.tables) {
      this.schemas.add(t.schema.toLowerCase());
      this.tables.set(`${t.schema}.${t.name}`.toLowerCase(), t);
      if (!this.tables.has(t.name.toLowerCase())) this.tables.set(t.name.toLowerCase(), t);
      for (const c of t.columns) {
        if (!this.columnsByName.has(c.name.toLowerCase())) this.columnsByName.set(c.name.toLowerCase(), c.id);
      }
    }
  }

  isSchema(name: string): boolean {
    return this.schemas.has(name.toLowerCase());
  }

  /** A table or view by `schema.name` or `name`, quotes allowed. */
  table(ref: string): Table | undefined {
    return this.tables.get(unquoteSqlName(ref).toLowerCase());
  }

  /** The id of a column of `table`. */
  columnOf(table: Table, column: string): string | undefined {
    return table.columns.find((c) => c.name.toLowerCase() === unquoteSqlName(column).toLowerCase())?.id;
  }

  /** The id of a column of that name in any table. */
  columnAnywhere(column: string): string | undefined {
    return this.columnsByName.get(unquoteSqlName(column).toLowerCase());
  }
}
