import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants } from 'node:zlib';
import type { FactModel } from '../facts/model.js';
import { cacheDir } from '../sources/common/cache-dir.js';
import { codeFingerprint } from '../sources/common/code-fingerprint.js';
import { deriveSystem } from '../system/derive-system.js';

// Extracted fact models by extraction key, off the repository: the state file names the key, this
// cache holds the model. A miss (a fresh runner, an evicted entry, a damaged file) costs an
// extraction, never a wrong answer, since the key digests everything extraction depends on.

const KEEP = 8;
const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

// The extraction key names our version, not our code: entries of other code never match.
function entryPath(key: string): string {
  const code = codeFingerprint(import.meta.url).slice(0, 16);
  return join(cacheDir('facts'), `${code}-${key.replace(/[^\w-]/g, '_')}.json.br`);
}

/** The cached facts for a key, their system model derived again; undefined on a miss or a damaged entry. */
export async function cachedFacts(key: string): Promise<FactModel | undefined> {
  const path = entryPath(key);
  try {
    const facts = JSON.parse((await decompress(await readFile(path))).toString('utf8')) as FactModel;
    if (!Array.isArray(facts.inputs) || !facts.api) return undefined;
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return { ...facts, system: deriveSystem(facts) };
  } catch {
    return undefined;
  }
}

/** Keeps the facts for a key (the system model is left out: it is derived from the rest). Best effort. */
export async function cacheFacts(key: string, facts: FactModel): Promise<void> {
  const dir = cacheDir('facts');
  const path = entryPath(key);
  try {
    await mkdir(dir, { recursive: true });
    const { system: _derived, ...stored } = facts;
    const bytes = await compress(Buffer.from(JSON.stringify(stored), 'utf8'), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
    });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    await evict(dir);
  } catch {
    // A read-only or full disk makes the next run extract again; it must not fail this one.
  }
}

/** The oldest entries beyond KEEP go: one repository's history needs a few, not all. */
async function evict(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json.br'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(KEEP).map((e) => rm(join(dir, e.n), { force: true })));
}
