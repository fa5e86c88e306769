import type { FactModel } from '../facts/model.js';
import { codeFingerprint } from '../sources/common/code-fingerprint.js';
import { readCached, writeCached } from '../sources/common/json-cache.js';
import { deriveSystem } from '../system/derive-system.js';

// Extracted fact models by extraction key, off the repository: the state file names the key, this
// cache holds the model. A miss (a fresh runner, an evicted entry, a damaged file) costs an
// extraction, never a wrong answer, since the key digests everything extraction depends on.

/** One repository's history needs a few, not all. */
const KEEP = 8;

// The extraction key names our version, not our code: entries of other code never match.
const entryKey = (key: string) => `${codeFingerprint(import.meta.url).slice(0, 16)}-${key}`;

/** The cached facts for a key, their system model derived again; undefined on a miss or a damaged entry. */
export async function cachedFacts(key: string): Promise<FactModel | undefined> {
  const facts = (await readCached('facts', entryKey(key))) as FactModel | undefined;
  if (!facts || !Array.isArray(facts.inputs) || !facts.api) return undefined;
  return { ...facts, system: deriveSystem(facts) };
}

/** Keeps the facts for a key (the system model is left out: it is derived from the rest). Best effort. */
export async function cacheFacts(key: string, facts: FactModel): Promise<void> {
  const { system: _derived, ...stored } = facts;
  await writeCached('facts', entryKey(key), stored, KEEP);
}
