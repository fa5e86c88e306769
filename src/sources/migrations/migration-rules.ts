import type { Finding } from '../../facts/model.js';
import type { SqlStatement } from './split-statements.js';
import type { PgNode } from './pg-parser.js';

// Migration safety rules in the spirit of squawk and strong_migrations, read from the real
// parser's AST of each statement. A rule fires only for tables that existed before the migration
// file (changing a table created in the same file locks nothing anyone is using yet).

const ACCESS_EXCLUSIVE = 'ACCESS EXCLUSIVE (blocks reads and writes)';
const SHARE = 'SHARE (blocks writes)';

export function migrationFindings(st: SqlStatement, file: string, createdHere: Set<string>): Finding[] {
  const ast = st.ast;
  if (!ast) return [];
  const out: Finding[] = [];
  const at = { file, line: st.line };
  const add = (
    rule: string,
    severity: Finding['severity'],
    message: string,
    table: string | undefined,
    lock?: string,
  ) =>
    out.push({
      id: `finding:${rule}@${file}:${st.line}`,
      rule,
      severity,
      message,
      factIds: table ? [`table:${table}`] : [],
      ...(lock ? { lock } : {}),
      source: at,
    });
  const qualified = (rel: { schemaname?: string; relname?: string } | undefined) =>
    rel?.relname ? `${rel.schemaname ?? 'public'}.${rel.relname}` : undefined;
  const existing = (t: string | undefined) => t !== undefined && !createdHere.has(t);

  if (ast.IndexStmt) {
    const table = qualified(ast.IndexStmt.relation);
    if (existing(table) && !ast.IndexStmt.concurrent)
      add(
        'require-concurrent-index-creation',
        'medium',
        `CREATE INDEX on ${table} without CONCURRENTLY blocks writes while the index builds`,
        table,
        SHARE,
      );
  }
  if (ast.AlterTableStmt) {
    const table = qualified(ast.AlterTableStmt.relation);
    for (const c of ast.AlterTableStmt.cmds ?? []) {
      const cmd = c.AlterTableCmd ?? {};
      if (!existing(table)) continue;
      const constraints: PgNode[] = cmd.def?.ColumnDef?.constraints ?? [];
      const has = (type: string) => constraints.some((k) => k.Constraint?.contype === type);
      if (
        cmd.subtype === 'AT_AddColumn' &&
        has('CONSTR_NOTNULL') &&
        !has('CONSTR_DEFAULT') &&
        !has('CONSTR_IDENTITY')
      ) {
        add(
          'adding-required-field',
          'high',
          `adding NOT NULL column ${cmd.def.ColumnDef.colname} to ${table} ` +
            `without a default fails on a table with rows`,
          table,
          ACCESS_EXCLUSIVE,
        );
      }
      if (cmd.subtype === 'AT_DropColumn')
        add(
          'ban-drop-column',
          'high',
          `dropping column ${cmd.name} of ${table} breaks code still reading it; deploy the code change first`,
          table,
          ACCESS_EXCLUSIVE,
        );
      if (cmd.subtype === 'AT_AlterColumnType')
        add(
          'changing-column-type',
          'high',
          `changing the type of ${table}.${cmd.name} may rewrite the table under an exclusive lock`,
          table,
          ACCESS_EXCLUSIVE,
        );
      const con = cmd.def?.Constraint;
      if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_FOREIGN' && !con.skip_validation) {
        add(
          'adding-foreign-key-constraint',
          'medium',
          (
            `adding foreign key ${con.conname ?? ''} on ${table} without NOT VALID ` +
            `scans the table while locking both tables`
          ).replace('  ', ' '),
          table,
          'SHARE ROW EXCLUSIVE on both tables',
        );
      }
      if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_CHECK' && !con.skip_validation) {
        add(
          'constraint-missing-not-valid',
          'medium',
          (
            `adding check constraint ${con.conname ?? ''} on ${table} without NOT VALID ` +
            `scans the table under an exclusive lock`
          ).replace('  ', ' '),
          table,
          ACCESS_EXCLUSIVE,
        );
      }
    }
  }
  if (ast.DropStmt?.removeType === 'OBJECT_TABLE') {
    for (const o of ast.DropStmt.objects ?? []) {
      const parts = (o.List?.items ?? []).map((i: PgNode) => i.String?.sval);
      const table = parts.length === 2 ? `${parts[0]}.${parts[1]}` : `public.${parts[0]}`;
      if (existing(table))
        add(
          'ban-drop-table',
          'high',
          `dropping table ${table} loses its data and breaks code still using it`,
          undefined,
          ACCESS_EXCLUSIVE,
        );
    }
  }
  if (ast.RenameStmt) {
    const table = qualified(ast.RenameStmt.relation);
    if (existing(table) && ast.RenameStmt.renameType === 'OBJECT_COLUMN')
      add(
        'renaming-column',
        'high',
        `renaming ${table}.${ast.RenameStmt.subname} to ${ast.RenameStmt.newname} ` +
          `breaks code using the old name until it is deployed`,
        table,
        ACCESS_EXCLUSIVE,
      );
    if (existing(table) && ast.RenameStmt.renameType === 'OBJECT_TABLE')
      add(
        'renaming-table',
        'high',
        `renaming ${table} to ${ast.RenameStmt.newname} breaks code using the old name until it is deployed`,
        undefined,
        ACCESS_EXCLUSIVE,
      );
  }
  return out;
}

/** Tables a statement creates (so later statements in the same file are not flagged for them). */
export function tablesCreatedBy(st: SqlStatement): string[] {
  const rel = st.ast?.CreateStmt?.relation;
  return rel?.relname ? [`${rel.schemaname ?? 'public'}.${rel.relname}`] : [];
}
