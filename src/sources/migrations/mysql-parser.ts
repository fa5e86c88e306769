import mariadbGrammar from 'node-sql-parser/build/mariadb.js';
import mysqlGrammar from 'node-sql-parser/build/mysql.js';
import { MysqlError } from './mysql-errors.js';

// node-sql-parser's MariaDB and MySQL grammars (the per-dialect builds: a quarter of the size of
// the all-dialect one). Each lacks forms the other has (the MariaDB grammar rejects
// `ALTER TABLE … ADD PRIMARY KEY` and `ADD CONSTRAINT … FOREIGN KEY`; the MySQL one rejects the
// `uuid` type and `ADD COLUMN IF NOT EXISTS`), so a statement is tried in MariaDB's, then MySQL's.

/** A node of node-sql-parser's AST; its published types describe only part of what it returns. */
// biome-ignore lint/suspicious/noExplicitAny: the AST is read by its documented-by-example keys
export type SqlAst = Record<string, any>;

const grammars: [InstanceType<typeof mariadbGrammar.Parser>, string][] = [
  [new mariadbGrammar.Parser(), 'MariaDB'],
  [new mysqlGrammar.Parser(), 'MySQL'],
];

/**
 * Parses one statement; throws a MysqlError with the offset where MariaDB's grammar stopped
 * (its message is the one reported: MariaDB is the dialect the migrations are replayed in).
 */
export function parseStatement(sql: string): SqlAst {
  let first: unknown;
  for (const [parser, database] of grammars) {
    try {
      const ast = parser.astify(sql, { database }) as SqlAst | SqlAst[];
      const list = Array.isArray(ast) ? ast : [ast];
      if (list.length !== 1 || !list[0]) throw new Error('expected exactly one statement');
      return list[0];
    } catch (err) {
      first ??= err;
    }
  }
  const e = first as { message?: string; location?: { start?: { offset?: number } } };
  throw new MysqlError(shortMessage(e.message ?? String(first)), undefined, e.location?.start?.offset);
}

/** The grammar's message lists every token it expected; the tail ("but X found") says the most. */
function shortMessage(message: string): string {
  const found = /but (.*) found\.?$/.exec(message);
  return found ? `unexpected ${found[1]}` : message.slice(0, 200);
}
