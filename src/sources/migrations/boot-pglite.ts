import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importVendored } from '../common/vendor-import.js';
import { VERSION } from '../../version.js';
import type { SqlClient } from './read-catalog.js';

export interface PGliteInstance extends SqlClient {
  exec(sql: string): Promise<unknown>;
  dumpDataDir(compression?: 'gzip' | 'none' | 'auto'): Promise<Blob>;
  close(): Promise<void>;
}
interface PGliteModule {
  PGlite: { create(options?: { loadDataDir?: Blob }): Promise<PGliteInstance> };
}

/**
 * A fresh embedded PostgreSQL. Creating one runs initdb (3–4 s here); booting from a snapshot of
 * a fresh data directory takes a fraction of that. The snapshot is made on the first boot and
 * kept in the temp folder, keyed by our version (which pins the PGlite build). A snapshot that
 * fails to load is ignored and replaced.
 */
export async function bootFreshDatabase(): Promise<PGliteInstance> {
  const { PGlite } = await importVendored<PGliteModule>('pglite', 'index.js', '@electric-sql/pglite');
  const snapshot = join(tmpdir(), `architect-docs-${VERSION}-pglite-fresh.tar.gz`);
  if (existsSync(snapshot)) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([await readFile(snapshot)]) });
    } catch {
      // unreadable or from another build: make a new one below
    }
  }
  const db = await PGlite.create();
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
