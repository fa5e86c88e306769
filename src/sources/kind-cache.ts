import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompress, constants } from 'node:zlib';
import { digest, sha256 } from '../facts/hash.js';
import { emptyFacts, type Diagnostic } from '../facts/model.js';
import { VERSION } from '../version.js';
import { cacheDir } from './common/cache-dir.js';
import { codeFingerprint } from './common/code-fingerprint.js';
import { decodeText } from './common/decode-text.js';
import { referencedText } from './referenced-inputs.js';
import type { FactContribution } from './source-kind.js';

// Each kind's part of the facts, keyed by the kind, the settings and the hashes of its files:
// a change to one migration re-reads the migrations, while the API descriptions and manifests
// come back from here. A kind's files are read together (migrations are one ordered set, specs
// share schema files and clash on operation ids), so the kind is the smallest unit that gives
// the same facts as reading everything. Files a kind read through references are part of the
// entry and hashed again on every hit.

export interface KindResult {
  facts: FactContribution;
  diagnostics: Diagnostic[];
  alsoRead?: Map<string, string>;
}

interface Entry {
  facts: FactContribution;
  diagnostics: Diagnostic[];
  alsoRead: { file: string; sha256: string }[];
}

const KEEP = 64;
const compress = promisify(brotliCompress);
const decompress = promisify(brotliDecompress);

/** The key of one kind's extraction: what it reads and how. */
export function kindKey(kind: string, settings: unknown, files: { file: string; sha256: string }[]): string {
  return digest({
    generator: VERSION,
    code: codeFingerprint(import.meta.url),
    model: emptyFacts().modelVersion,
    kind,
    settings,
    files,
  });
}

function entryPath(key: string): string {
  return join(cacheDir('kinds'), `${key.replace(/[^\w-]/g, '_')}.json.br`);
}

/** A kind's cached result, when every file it read through references is as it was; else undefined. */
export async function cachedKind(repoRoot: string, kind: string, key: string): Promise<KindResult | undefined> {
  const path = entryPath(key);
  try {
    const entry = JSON.parse((await decompress(await readFile(path))).toString('utf8')) as Entry;
    const alsoRead = new Map<string, string>();
    for (const ref of entry.alsoRead) {
      const text = referencedText(kind, decodeText(await readFile(join(repoRoot, ref.file))));
      if (sha256(text) !== ref.sha256) return undefined;
      alsoRead.set(ref.file, text);
    }
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return { facts: entry.facts, diagnostics: entry.diagnostics, alsoRead };
  } catch {
    // A miss, a damaged entry or a referenced file gone: the kind is read again.
    return undefined;
  }
}

/** Keeps a kind's result. Best effort: a full or read-only disk costs the next run an extraction. */
export async function cacheKind(key: string, result: KindResult): Promise<void> {
  const dir = cacheDir('kinds');
  const path = entryPath(key);
  try {
    await mkdir(dir, { recursive: true });
    const entry: Entry = {
      facts: result.facts,
      diagnostics: result.diagnostics,
      alsoRead: [...(result.alsoRead ?? [])].map(([file, text]) => ({ file, sha256: sha256(text) })),
    };
    const bytes = await compress(Buffer.from(JSON.stringify(entry), 'utf8'), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
    });
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, path);
    await evict(dir);
  } catch {
    // See above.
  }
}

async function evict(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json.br'));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(KEEP).map((e) => rm(join(dir, e.n), { force: true })));
}
