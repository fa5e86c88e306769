import type { Finding } from '../../facts/model.js';
import type { SqliteStatement } from './split-sqlite-statements.js';
import { codeTokens, type SqliteToken, unquoteName } from './sqlite-tokens.js';

// The migration safety rules of migration-rules.ts that mean something in SQLite, read from a
// statement's tokens (SQLite has no parser we can ask for an AST). SQLite has no lock levels to
// name: any schema change holds the database's single write lock for its (short) duration. What
// SQLite refuses outright (adding a NOT NULL column without a default) needs no finding: the
// replay reports the failure.

/** What a statement does to a table, as far as the rules and the replay need to know. */
export type SchemaChange =
  | { kind: 'create-table'; table: string }
  | { kind: 'drop-table'; table: string }
  | { kind: 'rename-table'; table: string; newName: string }
  | { kind: 'rename-column'; table: string; column: string; newName: string }
  | { kind: 'drop-column'; table: string; column: string };

/** Reads CREATE TABLE, DROP TABLE and the ALTER TABLE forms SQLite has. Names are unquoted. */
export function schemaChangeOf(st: SqliteStatement): SchemaChange | undefined {
  if (!['CREATE', 'DROP', 'ALTER'].includes(st.keyword)) return undefined;
  const sql = st.text;
  const tokens = codeTokens(sql);
  const text = (t: SqliteToken | undefined) => (t ? sql.slice(t.start, t.end) : '');
  const word = (k: number) => (tokens[k]?.kind === 'word' ? text(tokens[k]).toUpperCase() : '');
  let k = 1;
  /** A name at k, `schema.name` read as name; advances k past it. */
  const name = (): string => {
    if (text(tokens[k + 1]) === '.') k += 2;
    return unquoteName(text(tokens[k++]));
  };
  if (st.keyword === 'CREATE') {
    if (word(k) === 'TEMP' || word(k) === 'TEMPORARY') k++;
    if (word(k) === 'VIRTUAL') k++;
    if (word(k++) !== 'TABLE') return undefined;
    if (word(k) === 'IF') k += 3; // IF NOT EXISTS
    return { kind: 'create-table', table: name() };
  }
  if (st.keyword === 'DROP') {
    if (word(k++) !== 'TABLE') return undefined;
    if (word(k) === 'IF') k += 2; // IF EXISTS
    return { kind: 'drop-table', table: name() };
  }
  if (word(k++) !== 'TABLE') return undefined;
  const table = name();
  const action = word(k++);
  if (action === 'RENAME') {
    if (word(k) === 'TO') {
      k++;
      return { kind: 'rename-table', table, newName: name() };
    }
    if (word(k) === 'COLUMN') k++;
    const column = name();
    if (word(k++) !== 'TO') return undefined;
    return { kind: 'rename-column', table, column, newName: name() };
  }
  if (action === 'DROP') {
    if (word(k) === 'COLUMN') k++;
    return { kind: 'drop-column', table, column: name() };
  }
  return undefined;
}

/**
 * Findings for a statement that applied. `existedBefore`: whether its table existed before this
 * migration file (one created in the same file is not in anyone's use yet); `tableId` gives the
 * fact id of a table by the name the statement used. A dropped table is returned apart: it is a
 * finding only if the file does not create a table of that name again (SQLite's table rebuild:
 * create new, copy, drop old, rename new to old), which only the end of the file can tell.
 */
export function sqliteFindings(
  change: SchemaChange | undefined,
  st: SqliteStatement,
  file: string,
  existedBefore: boolean,
  tableId: (table: string) => string,
): { findings: Finding[]; dropped?: { table: string; finding: Finding } } {
  if (!change || change.kind === 'create-table' || !existedBefore) return { findings: [] };
  const make = (rule: string, message: string, factIds: string[]): Finding => ({
    id: `finding:${rule}@${file}:${st.line}`,
    rule,
    severity: 'high',
    message,
    factIds,
    source: { file, line: st.line },
  });
  const t = change.table;
  switch (change.kind) {
    case 'drop-table':
      return {
        findings: [],
        dropped: {
          table: t,
          finding: make('ban-drop-table', `dropping table ${t} loses its data and breaks code still using it`, []),
        },
      };
    case 'rename-table':
      return {
        findings: [
          make(
            'renaming-table',
            `renaming ${t} to ${change.newName} breaks code using the old name until it is deployed`,
            [],
          ),
        ],
      };
    case 'rename-column':
      return {
        findings: [
          make(
            'renaming-column',
            `renaming ${t}.${change.column} to ${change.newName} breaks code using the old name until it is deployed`,
            [tableId(t)],
          ),
        ],
      };
    case 'drop-column':
      return {
        findings: [
          make(
            'ban-drop-column',
            `dropping column ${change.column} of ${t} breaks code still reading it; deploy the code change first`,
            [tableId(t)],
          ),
        ],
      };
  }
}
