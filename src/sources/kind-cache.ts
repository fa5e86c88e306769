import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { digest, sha256 } from '../facts/hash.js';
import { emptyFacts, type Diagnostic } from '../facts/model.js';
import { VERSION } from '../version.js';
import { codeFingerprint } from './common/code-fingerprint.js';
import { decodeText } from './common/decode-text.js';
import { readCached, writeCached } from './common/json-cache.js';
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

/** A few entries per kind for a few repositories. */
const KEEP = 64;

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

/** A kind's cached result, when every file it read through references is as it was; else undefined. */
export async function cachedKind(repoRoot: string, kind: string, key: string): Promise<KindResult | undefined> {
  const entry = (await readCached('kinds', key)) as Entry | undefined;
  if (!entry || !Array.isArray(entry.alsoRead) || !Array.isArray(entry.diagnostics)) return undefined;
  const alsoRead = new Map<string, string>();
  for (const ref of entry.alsoRead) {
    // A referenced file gone or changed: the kind is read again.
    const bytes = await readFile(join(repoRoot, ref.file)).catch(() => undefined);
    if (!bytes) return undefined;
    const text = referencedText(kind, decodeText(bytes));
    if (sha256(text) !== ref.sha256) return undefined;
    alsoRead.set(ref.file, text);
  }
  return { facts: entry.facts, diagnostics: entry.diagnostics, alsoRead };
}

/** Keeps a kind's result. Best effort: a full or read-only disk costs the next run an extraction. */
export async function cacheKind(key: string, result: KindResult): Promise<void> {
  const entry: Entry = {
    facts: result.facts,
    diagnostics: result.diagnostics,
    alsoRead: [...(result.alsoRead ?? [])].map(([file, text]) => ({ file, sha256: sha256(text) })),
  };
  await writeCached('kinds', key, entry, KEEP);
}
