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
  PGlite: { create(options?: { loadDataDir?: Blob; extensions?: Record<string, unknown> }): Promise<PGliteInstance> };
}

/**
 * A fresh embedded PostgreSQL. Creating one runs initdb (3–4 s here); booting from a snapshot of
 * a fresh data directory takes a fraction of that. The snapshot is made on the first boot and
 * kept in the temp folder, keyed by our version (which pins the PGlite build). A snapshot that
 * fails to load is ignored and replaced.
 */
export async function bootFreshDatabase(extensionNames: readonly string[] = []): Promise<PGliteInstance> {
  const { PGlite } = await importVendored<PGliteModule>('pglite', 'index.js', '@electric-sql/pglite');
  const extensions = await loadExtensions(extensionNames);
  const snapshot = join(tmpdir(), `architect-docs-${VERSION}-pglite-fresh.tar.gz`);
  if (existsSync(snapshot)) {
    try {
      return await PGlite.create({ loadDataDir: new Blob([await readFile(snapshot)]), extensions });
    } catch {
      // unreadable or from another build: make a new one below
    }
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
