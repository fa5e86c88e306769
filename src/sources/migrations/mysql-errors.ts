import type { Token } from './mysql-lexer.js';

/** A statement that cannot be read: a syntax error, or a form neither reader knows. */
export class MysqlError extends Error {
  constructor(
    message: string,
    /** The token where reading stopped, for the line of the diagnostic. */
    readonly at?: Token,
    /** Or, when node-sql-parser stopped, the offset in the statement. */
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** What a MariaDB server would refuse, said as the server says it (`Table 'main.x' doesn't exist`). */
export class ServerError extends Error {}

/** What the server would do but the model cannot follow without running the statement (a notice). */
export class ModelNotice extends Error {}
