import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { importVendored, vendoredFile } from '../common/vendor-import.js';
import { VERSION } from '../../version.js';
import { readShippedSnapshot } from './shipped-snapshot.js';
import type { SqlClient } from './read-catalog.js';

export interface PGliteInstance extends SqlClient {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  dumpDataDir(compression?: 'gzip' | 'none' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
}
interface PGliteModule {
  PGlite: { create(options?: { loadDataDir?: Blob; extensions?: Record<string, unknown> }): Promise<PGliteInstance> };
}

/**
 * A fresh embedded PostgreSQL. Creating one runs initdb (3–4 s here); booting from a snapshot of
 * a fresh data directory takes a fraction of that. First choice: the snapshot the build ships in
 * dist/vendor/pglite (made from the same PGlite, so it always fits; a hosted runner's temp folder
 * is empty every job, so only a shipped one helps real runs). Without it (running from source) or
 * when it fails to load: a snapshot in the temp folder keyed by our version, made on the first
 * boot that ran initdb. Any snapshot that fails to load is skipped, and initdb is the last resort.
 */
export async function bootFreshDatabase(extensionNames: readonly string[] = []): Promise<PGliteInstance> {
  const { PGlite } = await importVendored<PGliteModule>('pglite', 'index.js', '@electric-sql/pglite');
  const extensions = await loadExtensions(extensionNames);
  const shipped = await readShippedSnapshot();
  if (shipped) {
    const db = await bootFrom(PGlite, shipped, extensions);
    if (db) return db;
  }
  const snapshot = join(tmpdir(), `architect-docs-${VERSION}-pglite-fresh.tar.gz`);
  if (existsSync(snapshot)) {
    // Gunzipped here, where a damaged file is an error we catch (its CRC fails): handed to PGlite,
    // a tar it cannot read is gunzipped there, and that failure escapes and ends the process.
    const tar = await promisify(gunzip)(await readFile(snapshot)).catch(() => undefined);
    const db = tar && (await bootFrom(PGlite, new Blob([tar]), extensions));
    if (db) return db; // else unreadable or from another build: make a new one below
  }
  const db = await PGlite.create({ extensions });
  try {
    const blob = await db.dumpDataDir('gzip');
    const partial = `${snapshot}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await rename(partial, snapshot); // atomic: concurrent runs never read half a snapshot
  } catch {
    // a snapshot is an optimisation only
  }
  return db;
}

/**
 * A database booted from a data directory a replay dumped (an uncompressed tar whose integrity the
 * caller checked), or undefined when it does not load.
 */
export async function bootFromDataDir(
  tar: Uint8Array<ArrayBuffer>,
  extensionNames: readonly string[] = [],
): Promise<PGliteInstance | undefined> {
  // PGlite takes bytes that are no tar for a gzip, and that gunzip's failure escapes uncaught.
  if (!startsWithTarHeader(tar)) return undefined;
  const { PGlite } = await importVendored<PGliteModule>('pglite', 'index.js', '@electric-sql/pglite');
  return bootFrom(PGlite, new Blob([tar]), await loadExtensions(extensionNames));
}

/** A POSIX tar's first header: the `ustar` magic, and the checksum of the header's bytes as written in it. */
function startsWithTarHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  if (Buffer.from(bytes.subarray(257, 262)).toString('latin1') !== 'ustar') return false;
  let sum = 0;
  // The checksum field itself counts as eight spaces.
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : bytes[i]!;
  const written = Number.parseInt(Buffer.from(bytes.subarray(148, 156)).toString('latin1').trim(), 8);
  return written === sum;
}

/**
 * Which build of the engine this is, for keys of stored replays: the names and sizes of PGlite's
 * files (vendored, or the installed package's). Cheap, and any other release differs in them.
 */
export function pgliteEngineId(): string {
  try {
    const vendored = vendoredFile('pglite', 'index.js');
    // Computed so that ncc does not try to bundle what it resolves.
    const entry = vendored ?? createRequire(import.meta.url).resolve(['@electric-sql/pglite'][0]!);
    const dir = dirname(entry);
    return readdirSync(dir)
      .sort()
      .map((name) => `${name}:${statSync(join(dir, name)).size}`)
      .join(' ');
  } catch {
    return 'unknown';
  }
}

/** A database booted from `dataDir`, or undefined when that snapshot does not load. */
async function bootFrom(
  PGlite: PGliteModule['PGlite'],
  dataDir: Blob,
  extensions: Record<string, unknown>,
): Promise<PGliteInstance | undefined> {
  try {
    return await PGlite.create({ loadDataDir: dataDir, extensions });
  } catch {
    return undefined;
  }
}

/** PGlite's bundles of the named contrib extensions (`uuid-ossp` → `contrib/uuid_ossp.js`). */
async function loadExtensions(names: readonly string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const file = name.replaceAll('-', '_');
    const module = await importVendored<Record<string, unknown>>(
      'pglite',
      `contrib/${file}.js`,
      `@electric-sql/pglite/contrib/${file}`,
    );
    const extension = Object.values(module)[0];
    if (extension) out[name.replaceAll('-', '_')] = extension;
  }
  return out;
}
