import type { Finding, SourceLocation } from '../../facts/model.js';
import type { Ddl, TableRef } from './mysql-ddl.js';
import { eqName } from './mysql-key-rules.js';
import type { MysqlSchemaModel, Session } from './mysql-schema-model.js';

// Migration risks in a MySQL/MariaDB migration, the rules of the PostgreSQL path where they mean
// the same on MariaDB: dropping or renaming a table or column breaks code still using the old
// name, and a column type change copies the table (ALGORITHM=COPY), blocking writes meanwhile.
// As there, a rule fires only for tables that existed before the migration file. (Adding a NOT
// NULL column without a default does not fail on MariaDB, which fills in the type's zero value,
// and its indexes are built online: those PostgreSQL rules have no MariaDB counterpart.)

const COPY_LOCK = 'ALGORITHM=COPY: writes blocked while the table is copied';

export function mysqlFindings(
  ddl: Ddl,
  model: MysqlSchemaModel,
  session: Session,
  tablesBefore: Set<string>,
  at: SourceLocation,
): Finding[] {
  const out: Finding[] = [];
  const qualified = (r: TableRef) => `${r.db ?? session.db}.${r.name}`;
  const existing = (r: TableRef) => tablesBefore.has(qualified(r));
  const add = (rule: string, message: string, table: string | undefined, lock?: string) =>
    out.push({
      id: `finding:${rule}@${at.file}:${at.line}`,
      rule,
      severity: 'high',
      message,
      factIds: table ? [`table:${table}`] : [],
      ...(lock ? { lock } : {}),
      source: at,
    });
  if (ddl.kind === 'dropTable') {
    for (const t of ddl.tables)
      if (existing(t))
        add(
          'ban-drop-table',
          `dropping table ${qualified(t)} loses its data and breaks code still using it`,
          undefined,
        );
  }
  if (ddl.kind === 'renameTable') {
    for (const [from, to] of ddl.pairs)
      if (existing(from))
        add(
          'renaming-table',
          `renaming ${qualified(from)} to ${to.name} breaks code using the old name until it is deployed`,
          undefined,
        );
  }
  if (ddl.kind !== 'alterTable' || !existing(ddl.table)) return out;
  const table = qualified(ddl.table);
  const current = model.table(ddl.table.db ?? session.db ?? '', ddl.table.name, false);
  for (const op of ddl.ops) {
    if (op.op === 'dropColumn')
      add(
        'ban-drop-column',
        `dropping column ${op.name} of ${table} breaks code still reading it; deploy the code change first`,
        table,
      );
    const renamedFrom = op.op === 'renameColumn' ? op.from : op.op === 'changeColumn' ? op.from : undefined;
    const renamedTo = op.op === 'renameColumn' ? op.to : op.op === 'changeColumn' ? op.column.name : undefined;
    if (renamedFrom !== undefined && renamedTo !== undefined && renamedFrom !== renamedTo)
      add(
        'renaming-column',
        `renaming ${table}.${renamedFrom} to ${renamedTo} breaks code using the old name until it is deployed`,
        table,
      );
    if (op.op === 'modifyColumn' || op.op === 'changeColumn') {
      const name = op.op === 'changeColumn' ? op.from : op.column.name;
      const before = current?.columns.find((c) => eqName(c.name, name));
      if (before && before.type.base !== op.column.type.base)
        add('changing-column-type', `changing the type of ${table}.${name} copies the table`, table, COPY_LOCK);
    }
    if (op.op === 'renameTable')
      add(
        'renaming-table',
        `renaming ${table} to ${op.to.name} breaks code using the old name until it is deployed`,
        undefined,
      );
  }
  return out;
}
