import type { MigrationChange } from '../../facts/model.js';
import type { PgNode } from './pg-parser.js';

// What one applied statement changed, read from the parser's tree: the migration history in the
// data-model doc says what each migration did ("adds column `orders.cancel_reason`") without
// replaying the set once per migration to compare catalogs.

type Rel = { schemaname?: string; relname?: string } | undefined;

const name = (rel: Rel) => (rel?.relname ? (rel.schemaname ? `${rel.schemaname}.${rel.relname}` : rel.relname) : '?');
const str = (nodes: PgNode[] | undefined) =>
  (nodes ?? [])
    .map((n) => n?.String?.sval)
    .filter((s): s is string => typeof s === 'string')
    .join('.');

const OBJECT_WORDS: Record<string, MigrationChange['what']> = {
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'view',
  OBJECT_INDEX: 'index',
  OBJECT_TYPE: 'type',
  OBJECT_SEQUENCE: 'other',
  OBJECT_FUNCTION: 'function',
  OBJECT_TRIGGER: 'trigger',
  OBJECT_EXTENSION: 'extension',
  OBJECT_SCHEMA: 'other',
};

export function statementChanges(ast: PgNode | undefined): MigrationChange[] {
  if (!ast) return [];
  const [type] = Object.keys(ast);
  const s = ast[type!] as PgNode;
  switch (type) {
    case 'CreateStmt':
      return [{ action: 'create', what: 'table', name: name(s.relation) }];
    case 'ViewStmt':
      return [{ action: 'create', what: 'view', name: name(s.view) }];
    case 'CreateTableAsStmt':
      return [{ action: 'create', what: s.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', name: name(s.into?.rel) }];
    case 'IndexStmt':
      return [{ action: 'create', what: 'index', name: s.idxname ?? '?', detail: `on ${name(s.relation)}` }];
    case 'CreateEnumStmt':
      return [{ action: 'create', what: 'type', name: str(s.typeName) }];
    case 'AlterEnumStmt':
      return [{ action: 'alter', what: 'type', name: str(s.typeName), detail: `adds value ${s.newVal ?? '?'}` }];
    case 'CreateExtensionStmt':
      return [{ action: 'create', what: 'extension', name: s.extname ?? '?' }];
    case 'CreateFunctionStmt':
      return [{ action: 'create', what: 'function', name: str(s.funcname) }];
    case 'CreateTrigStmt':
      return [{ action: 'create', what: 'trigger', name: s.trigname ?? '?', detail: `on ${name(s.relation)}` }];
    case 'DropStmt': {
      const what = OBJECT_WORDS[s.removeType] ?? 'other';
      return (s.objects ?? []).map((o: PgNode) => ({
        action: 'drop' as const,
        what,
        name: o.List ? str(o.List.items) : (o.String?.sval ?? str(o.TypeName?.names) ?? '?'),
      }));
    }
    case 'RenameStmt': {
      if (s.renameType === 'OBJECT_COLUMN')
        return [
          { action: 'rename', what: 'column', name: `${name(s.relation)}.${s.subname}`, detail: `to ${s.newname}` },
        ];
      const what = OBJECT_WORDS[s.renameType] ?? 'other';
      return [
        {
          action: 'rename',
          what,
          name: s.relation ? name(s.relation) : str(s.object?.List?.items),
          detail: `to ${s.newname}`,
        },
      ];
    }
    case 'AlterTableStmt':
      return (s.cmds ?? []).flatMap((c: PgNode) => alterTableChange(name(s.relation), c.AlterTableCmd));
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
      return [{ action: 'data', what: 'rows', name: name(s.relation) }];
    default:
      return [];
  }
}

function alterTableChange(table: string, cmd: PgNode | undefined): MigrationChange[] {
  if (!cmd) return [];
  const column = (detail?: string, action: MigrationChange['action'] = 'alter'): MigrationChange => ({
    action,
    what: 'column',
    name: `${table}.${cmd.def?.ColumnDef?.colname ?? cmd.name ?? '?'}`,
    ...(detail ? { detail } : {}),
  });
  switch (cmd.subtype) {
    case 'AT_AddColumn':
      return [column(undefined, 'create')];
    case 'AT_DropColumn':
      return [column(undefined, 'drop')];
    case 'AT_AlterColumnType':
      return [column('changes type')];
    case 'AT_SetNotNull':
      return [column('sets NOT NULL')];
    case 'AT_DropNotNull':
      return [column('drops NOT NULL')];
    case 'AT_ColumnDefault':
      return [column(cmd.def ? 'sets default' : 'drops default')];
    case 'AT_AddConstraint': {
      const con = cmd.def?.Constraint;
      const kind = String(con?.contype ?? '')
        .replace('CONSTR_', '')
        .toLowerCase()
        .replace('foreign', 'foreign key');
      return [
        {
          action: 'create',
          what: 'constraint',
          name: con?.conname ?? `${kind} on ${table}`,
          detail: `${kind} on ${table}`,
        },
      ];
    }
    case 'AT_DropConstraint':
      return [{ action: 'drop', what: 'constraint', name: cmd.name ?? '?', detail: `on ${table}` }];
    default:
      return [{ action: 'alter', what: 'table', name: table }];
  }
}
