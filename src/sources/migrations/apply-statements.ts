import type { PgNode } from './pg-parser.js';
import type { SqlStatement } from './split-statements.js';

/** What applying one statement came to, reported in the order of the statements. */
export interface ApplyHooks {
  syntaxError(st: SqlStatement, error: NonNullable<SqlStatement['syntaxError']>): void;
  applied(st: SqlStatement): void;
  failed(st: SqlStatement, err: unknown): void;
}

interface Executor {
  exec(sql: string): Promise<unknown>;
}

// A batch is sent as one query string, which PostgreSQL runs as one implicit transaction: all of
// it applies or none of it does. Bounded so a failure late in a long file redoes little.
const MAX_BATCH_STATEMENTS = 200;
const MAX_BATCH_CHARS = 1 << 20;

/**
 * Applies statements in order with the outcome of running each one alone in autocommit: a statement
 * that fails is reported and skipped, the rest still apply. Transaction control is skipped (it is
 * the migration tool's business). Runs of statements whose effect cannot depend on sharing a
 * transaction go to the engine as one query, saving a round trip and a commit per statement (most
 * of the replay's time); if such a batch fails, it was rolled back whole, and its statements are
 * applied one by one as before, so failures are still reported at their own statement.
 */
export async function applyStatements(db: Executor, statements: SqlStatement[], hooks: ApplyHooks): Promise<void> {
  let batch: SqlStatement[] = [];
  let chars = 0;
  const flush = async () => {
    const run = batch;
    batch = [];
    chars = 0;
    if (run.length > 1) {
      try {
        // A newline before each `;`: a statement may end in a `--` comment.
        await db.exec(run.map((st) => st.text).join('\n;\n'));
        for (const st of run) hooks.applied(st);
        return;
      } catch {
        // rolled back whole: find the failing statements one by one below
      }
    }
    for (const st of run) await applyAlone(db, st, hooks);
  };
  for (const st of statements) {
    if (st.syntaxError) {
      await flush();
      hooks.syntaxError(st, st.syntaxError);
      continue;
    }
    if (st.ast && 'TransactionStmt' in st.ast) continue;
    if (!st.data && !batchable(st.ast)) {
      await flush();
      await applyAlone(db, st, hooks);
      continue;
    }
    if (batch.length >= MAX_BATCH_STATEMENTS || chars + st.text.length > MAX_BATCH_CHARS) await flush();
    batch.push(st);
    chars += st.text.length;
  }
  await flush();
}

async function applyAlone(db: Executor, st: SqlStatement, hooks: ApplyHooks): Promise<void> {
  try {
    await db.exec(st.text);
  } catch (err) {
    hooks.failed(st, err);
    return;
  }
  hooks.applied(st);
}

// Statements that do the same whether they run alone or inside a transaction with the statements
// before them, whenever they succeed. Left out, and so always run alone: what cannot run in a
// transaction (CONCURRENTLY, VACUUM), what only means something in one (SET LOCAL, LOCK, cursors,
// ON COMMIT temp tables), and what may run arbitrary code (DO, SELECT, CALL). A statement that only
// fails inside a transaction (a new enum value used before commit) fails its batch, which is then
// applied one by one: the outcome is still the autocommit one.
const BATCHABLE = new Set([
  'CreateStmt',
  'IndexStmt',
  'AlterTableStmt',
  'CommentStmt',
  'ViewStmt',
  'CreateTableAsStmt',
  'CreateEnumStmt',
  'AlterEnumStmt',
  'CompositeTypeStmt',
  'CreateDomainStmt',
  'AlterDomainStmt',
  'CreateSeqStmt',
  'AlterSeqStmt',
  'DropStmt',
  'RenameStmt',
  'AlterObjectSchemaStmt',
  'CreateFunctionStmt',
  'AlterFunctionStmt',
  'CreateTrigStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'CreateSchemaStmt',
  'GrantStmt',
  'AlterOwnerStmt',
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
]);

function batchable(ast: PgNode | undefined): boolean {
  if (!ast) return false;
  const kind = Object.keys(ast)[0];
  if (kind === undefined || !BATCHABLE.has(kind)) return false;
  const node = ast[kind];
  if (node.concurrent) return false; // CREATE/DROP INDEX CONCURRENTLY
  const relation = node.relation ?? node.view ?? node.into?.rel;
  return relation?.relpersistence !== 't'; // temp objects may be ON COMMIT DROP
}
