import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { MysqlCatalog } from '../../src/sources/migrations/mysql-catalog.js';
import { sortCatalog } from '../../src/sources/migrations/mysql-schema-model.js';

// A real MariaDB server for oracle tests: Debian's `mariadb-server` package (installed with
// `apt-get install -y --no-install-recommends mariadb-server`). A throwaway instance in a temp data
// folder, started by the test that needs it, listening only on a Unix socket in that folder
// (`--skip-networking`: no TCP port, nothing on the network), run as the current user (root needs
// `--user=root`), with the defaults Debian's own config file sets (utf8mb4) and nothing read from
// /etc (`--no-defaults`). The package's own service is never touched.
//
// Unlike the PostgreSQL server (test/support/postgres-server.ts, a vitest globalSetup every test
// run starts), this one is started in a beforeAll of the one test file using it: a MariaDB boot is
// about a second, and no other test file needs one.

const run = promisify(execFile);
const START_TIMEOUT_MS = 30_000;

/** Where the server binaries are, or why not. */
export function findMariadb(): { server: string; installDb: string; client: string } | { missing: string } {
  const find = (names: string[]) => {
    for (const name of names) {
      for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/sbin', '/usr/local/bin']) {
        const path = join(dir, name);
        if (existsSync(path)) return path;
      }
    }
    return undefined;
  };
  const server = find(['mariadbd', 'mysqld']);
  const installDb = find(['mariadb-install-db', 'mysql_install_db']);
  const client = find(['mariadb', 'mysql']);
  if (!server || !installDb || !client)
    return {
      missing:
        'MariaDB is not installed (needs mariadbd, mariadb-install-db and the mariadb client: ' +
        '`apt-get install -y --no-install-recommends mariadb-server`)',
    };
  return { server, installDb, client };
}

export interface MariadbServer {
  socket: string;
  version: string;
  /** Runs SQL (a script with DELIMITER lines, as the `mariadb` client takes it) in `database`. */
  script(sql: string, database?: string): Promise<{ errors: string[] }>;
  /** Runs one query and returns its single value (used for JSON aggregates). */
  value(sql: string): Promise<string>;
  /** information_schema for one database, as a catalog. */
  catalog(database: string): Promise<MysqlCatalog>;
  stop(): Promise<void>;
}

export async function startMariadb(): Promise<MariadbServer> {
  const bins = findMariadb();
  if ('missing' in bins) throw new Error(bins.missing);
  const dir = mkdtempSync(join(tmpdir(), 'architect-docs-mariadb-'));
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=root'] : [];
  try {
    execFileSync(
      bins.installDb,
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--skip-name-resolve',
        ...user,
      ],
      { stdio: 'pipe' },
    );
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`mariadb-install-db failed: ${e.stderr?.toString().slice(-2000) || e.message}`);
  }
  const child: ChildProcess = spawn(
    bins.server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'mysqld.pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_general_ci',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--innodb-log-file-size=16M',
      '--innodb-flush-log-at-trx-commit=0',
      ...user,
    ],
    { stdio: 'ignore' },
  );
  // Should the test process exit without stopping it, the server goes with it.
  const onExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  const client = (database?: string) => [
    '--no-defaults',
    `--socket=${socket}`,
    '--user=root',
    '--batch',
    '--raw',
    '--skip-column-names',
    ...(database ? [`--database=${database}`] : []),
  ];
  const value = async (sql: string) =>
    (await run(bins.client, [...client(), '-e', sql], { maxBuffer: 1 << 26 })).stdout.trimEnd();
  const deadline = Date.now() + START_TIMEOUT_MS;
  let version = '';
  for (;;) {
    try {
      version = await value('SELECT VERSION()');
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
        onExit();
        process.removeListener('exit', onExit);
        throw new Error(`could not start the test MariaDB server:\n${log.slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    socket,
    version,
    value,
    async script(sql, database) {
      return new Promise((resolve, reject) => {
        // --force: carry on after a failing statement, as the replay does; errors come on stderr.
        const p = spawn(bins.client, [...client(database), '--force'], { stdio: ['pipe', 'ignore', 'pipe'] });
        let stderr = '';
        p.stderr!.on('data', (d) => {
          stderr += String(d);
        });
        p.on('error', reject);
        p.on('close', () => resolve({ errors: stderr.split('\n').filter((l) => l.startsWith('ERROR')) }));
        p.stdin!.end(sql);
      });
    },
    catalog: (database) => readCatalog(value, database),
    async stop() {
      process.removeListener('exit', onExit);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** information_schema as a catalog, read with JSON aggregates so no value is mangled by the client. */
async function readCatalog(value: (sql: string) => Promise<string>, db: string): Promise<MysqlCatalog> {
  const json = async <T>(select: string, from: string, order: string): Promise<T[]> => {
    const out = await value(`SELECT COALESCE(JSON_ARRAYAGG(${select} ORDER BY ${order}), '[]') FROM ${from}`);
    return JSON.parse(out) as T[];
  };
  const tables = await json<{ schema: string; name: string; type: string; comment: string | null }>(
    `JSON_OBJECT('schema', TABLE_SCHEMA, 'name', TABLE_NAME, 'type', TABLE_TYPE, 'comment', TABLE_COMMENT)`,
    `information_schema.TABLES WHERE TABLE_SCHEMA = ${lit(db)}`,
    'TABLE_NAME',
  );
  const columns = await json<MysqlCatalog['columns'][number] & { nullable: string }>(
    `JSON_OBJECT('schema', TABLE_SCHEMA, 'table', TABLE_NAME, 'name', COLUMN_NAME, 'position', ORDINAL_POSITION,
      'type', COLUMN_TYPE, 'nullable', IS_NULLABLE, 'default', COLUMN_DEFAULT, 'extra', EXTRA)`,
    `information_schema.COLUMNS WHERE TABLE_SCHEMA = ${lit(db)}`,
    'TABLE_NAME, ORDINAL_POSITION',
  );
  const stats = await json<{
    table: string;
    name: string;
    nonUnique: number;
    seq: number;
    column: string;
    subPart: number | null;
    type: string;
  }>(
    `JSON_OBJECT('table', TABLE_NAME, 'name', INDEX_NAME, 'nonUnique', NON_UNIQUE, 'seq', SEQ_IN_INDEX,
      'column', COLUMN_NAME, 'subPart', SUB_PART, 'type', INDEX_TYPE)`,
    `information_schema.STATISTICS WHERE TABLE_SCHEMA = ${lit(db)}`,
    'TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX',
  );
  const fkColumns = await json<{
    table: string;
    name: string;
    column: string;
    refSchema: string;
    refTable: string;
    refColumn: string;
  }>(
    `JSON_OBJECT('table', TABLE_NAME, 'name', CONSTRAINT_NAME, 'column', COLUMN_NAME,
      'refSchema', REFERENCED_TABLE_SCHEMA, 'refTable', REFERENCED_TABLE_NAME, 'refColumn', REFERENCED_COLUMN_NAME)`,
    `information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ${lit(db)} AND REFERENCED_TABLE_NAME IS NOT NULL`,
    'TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION',
  );
  const rules = await json<{ table: string; name: string; onDelete: string; onUpdate: string }>(
    `JSON_OBJECT('table', TABLE_NAME, 'name', CONSTRAINT_NAME, 'onDelete', DELETE_RULE, 'onUpdate', UPDATE_RULE)`,
    `information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ${lit(db)}`,
    'TABLE_NAME, CONSTRAINT_NAME',
  );
  const views = new Set(tables.filter((t) => t.type === 'VIEW').map((t) => t.name));
  const catalog: MysqlCatalog = {
    tables: tables.map((t) => ({
      schema: t.schema,
      name: t.name,
      kind: t.type === 'VIEW' ? 'view' : 'table',
      ...(t.type !== 'VIEW' && t.comment ? { comment: t.comment } : {}),
    })),
    // A view's columns are compared on name, type and nullability: their defaults are not documented.
    columns: columns.map((c) => ({
      ...c,
      nullable: String(c.nullable) === 'YES',
      default: views.has(c.table) ? null : c.default,
      extra: views.has(c.table) ? '' : c.extra,
    })),
    indexes: [],
    foreignKeys: [],
  };
  for (const s of stats) {
    let index = catalog.indexes.find((i) => i.table === s.table && i.name === s.name);
    if (!index) {
      index = { schema: db, table: s.table, name: s.name, unique: Number(s.nonUnique) === 0, type: s.type, parts: [] };
      catalog.indexes.push(index);
    }
    index.parts.push({ column: s.column, subPart: s.subPart === null ? null : Number(s.subPart) });
  }
  for (const r of rules) {
    const cols = fkColumns.filter((c) => c.table === r.table && c.name === r.name);
    catalog.foreignKeys.push({
      schema: db,
      table: r.table,
      name: r.name,
      columns: cols.map((c) => c.column),
      refSchema: cols[0]?.refSchema ?? db,
      refTable: cols[0]?.refTable ?? '',
      refColumns: cols.map((c) => c.refColumn),
      onDelete: r.onDelete,
      onUpdate: r.onUpdate,
    });
  }
  return sortCatalog(catalog);
}
