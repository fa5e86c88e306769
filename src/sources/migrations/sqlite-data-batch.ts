import type { SqliteDatabase } from './load-sqljs.js';
import type { SqliteStatement } from './split-sqlite-statements.js';

/** Statements that read or write rows only; a trigger they fire cannot change the schema either. */
export const DATA_ONLY = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'REPLACE', 'WITH', 'VALUES']);

// Enough to make a 50 MB file of INSERTs cheap, few enough that a re-run (below) stays short.
const MAX_BATCH = 10_000;

/**
 * Runs consecutive data statements (seed rows, a table rebuild's copy) in one transaction: in
 * sql.js every autocommit writes the database file in Emscripten's file system, which made a
 * file of INSERTs several times slower than the same file in one transaction. The outcome must
 * be what autocommit gives, statement by statement, so:
 * - a statement that fails inside the transaction is undone alone (SQLite's rule for ordinary
 *   errors) and reported once the batch commits;
 * - when a failure took the whole transaction with it (ON CONFLICT ROLLBACK, RAISE(ROLLBACK)) or
 *   the COMMIT fails (a deferred foreign key), the batch is rolled back and run again one
 *   statement at a time in autocommit, and only that run's failures are reported.
 */
export class DataBatch {
  private statements: SqliteStatement[] = [];
  private failures: { st: SqliteStatement; err: unknown }[] = [];
  private broken = false;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly onFailure: (st: SqliteStatement, err: unknown) => void,
  ) {}

  add(st: SqliteStatement): void {
    if (this.statements.length === 0) this.db.run('BEGIN');
    this.statements.push(st);
    if (!this.broken) {
      try {
        this.db.run(st.text);
      } catch (err) {
        this.failures.push({ st, err });
        if (!this.inTransaction()) this.broken = true;
      }
    }
    if (this.statements.length >= MAX_BATCH) this.flush();
  }

  /** Commits what was added; call before any other statement runs and at the end of a file. */
  flush(): void {
    if (this.statements.length === 0) return;
    const { statements, failures, broken } = this;
    this.statements = [];
    this.failures = [];
    this.broken = false;
    if (!broken) {
      try {
        this.db.run('COMMIT');
        for (const f of failures) this.onFailure(f.st, f.err);
        return;
      } catch {
        // a deferred constraint failed at COMMIT: find the statement that broke it, below
      }
    }
    try {
      this.db.run('ROLLBACK');
    } catch {
      // the transaction is already gone
    }
    for (const st of statements) {
      try {
        this.db.run(st.text);
      } catch (err) {
        this.onFailure(st, err);
      }
    }
  }

  /** SQLite refuses BEGIN inside a transaction: the one question sql.js lets us ask about it. */
  private inTransaction(): boolean {
    try {
      this.db.run('BEGIN');
    } catch {
      return true;
    }
    this.db.run('ROLLBACK');
    return false;
  }
}
