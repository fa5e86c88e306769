import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants } from 'node:zlib';
import { cacheDir } from './cache-dir.js';

// JSON values a run can rebuild but would rather not, one brotli file per key under a folder of
// the cache (cache-dir.ts). Every failure is a miss: a damaged, evicted or unreadable entry costs
// the work it would have saved, never the run.

const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

function entryPath(purpose: string, key: string): string {
  return join(cacheDir(purpose), `${key.replace(/[^\w-]/g, '_')}.json.br`);
}

/** The value stored under a key, or undefined; a hit marks the entry as recently used. */
export async function readCached(purpose: string, key: string): Promise<unknown> {
  const path = entryPath(purpose, key);
  try {
    const value = JSON.parse((await decompress(await readFile(path))).toString('utf8')) as unknown;
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return value;
  } catch {
    return undefined;
  }
}

/** Stores a value (written whole, then renamed into place); the least recently used beyond `keep` go. */
export async function writeCached(purpose: string, key: string, value: unknown, keep: number): Promise<void> {
  const dir = cacheDir(purpose);
  const path = entryPath(purpose, key);
  try {
    await mkdir(dir, { recursive: true });
    const bytes = await compress(Buffer.from(JSON.stringify(value), 'utf8'), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
    });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    await evict(dir, keep);
  } catch {
    // A read-only or full disk makes the next run do the work again; it must not fail this one.
  }
}

async function evict(dir: string, keep: number): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json.br'));
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map((e) => rm(join(dir, e.n), { force: true })));
}
