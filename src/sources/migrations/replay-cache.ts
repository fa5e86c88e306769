import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Diagnostic, Finding, Migration } from '../../facts/model.js';
import { VERSION } from '../../version.js';
import { cacheDir } from '../common/cache-dir.js';
import { codeFingerprint } from '../common/code-fingerprint.js';

// A replay of a migration set is a pure function of the engine, of our code and of the files'
// applied text, in order. So the engine's state after migration i, stored under a hash that chains
// all of those up to i, is valid for any later run whose chain starts the same way: it loads that
// state and applies only the files after i. Editing an old migration changes its hash and every
// later one, so nothing stored matches and the set is replayed in full.

/**
 * Where entries live: under `ARCHITECT_DOCS_CACHE_DIR` when set (a folder actions/cache can keep
 * between jobs), else in the temp folder.
 */
export function replayCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return cacheDir('replay', env);
}

export interface ReplayCache {
  readonly dir: string;
  /** Entries kept per migration set; the least recently used beyond that are removed after each store. */
  readonly keep: number;
  /**
   * A replay that applied its files faster than this is not stored: dumping a database costs
   * about a second and a hundred MB or more of memory (the data folder, copied out of the engine),
   * more than replaying a short set again saves.
   */
  readonly storeAfterMs: number;
}

/**
 * A few entries per set (a branch and its base, a run or two of history; each one is a whole
 * database), so that the sets of a monorepo do not push each other out; and at most
 * {@link MAX_ENTRIES} in all.
 */
export function openReplayCache(dir: string = replayCacheDir(), keep = 3, storeAfterMs = 0): ReplayCache {
  return { dir, keep, storeAfterMs };
}

/** Whether files applied since `startedMs` took long enough to be worth a stored state. */
export function worthStoring(cache: ReplayCache, startedMs: number): boolean {
  return Date.now() - startedMs >= cache.storeAfterMs;
}

const MAX_ENTRIES = 24;

/** What the cache did for one set: how many files came from a stored state, how many were applied. */
export interface ReplayStats {
  dir: string;
  files: number;
  restored: number;
  applied: number;
}

/** What replaying one file gave: kept with a stored state, so a resumed replay can report it again. */
export interface FileOutcome {
  migration: Omit<Migration, 'order'>;
  diagnostics: Diagnostic[];
  findings: Finding[];
}

/** One state to store: what the replay needs to go on (`meta`, JSON) and the engine's bytes. */
export interface CacheEntry {
  meta: unknown;
  state: Uint8Array<ArrayBuffer>;
}

/** A stored state as read back: the engine's bytes are unpacked only when asked for (a replay may not need them). */
export interface StoredEntry {
  meta: unknown;
  state(): Promise<Uint8Array<ArrayBuffer> | undefined>;
}

/** h0 = hash(seed), h_i = hash(h_{i-1}, step i): element i names the state after i steps. */
export function hashChain(seed: readonly unknown[], steps: readonly string[]): string[] {
  const chain = [sha256(JSON.stringify(['architect-docs replay', VERSION, replayCodeFingerprint(), ...seed]))];
  for (const step of steps) chain.push(sha256(`${chain.at(-1)}\n${step}`));
  return chain;
}

/**
 * The stored state with the most steps of `chain` applied (at least one), or undefined. An entry
 * that cannot be read or does not check out is passed over as if absent; a hit is marked used so
 * pruning keeps it.
 */
export async function longestCachedPrefix(
  cache: ReplayCache,
  set: string,
  chain: readonly string[],
): Promise<{ steps: number; entry: StoredEntry } | undefined> {
  let names: Set<string>;
  try {
    names = new Set(await readdir(cache.dir));
  } catch {
    return undefined;
  }
  for (let i = chain.length - 1; i >= 1; i--) {
    const name = entryName(set, chain[i]!);
    if (!names.has(name)) continue;
    const path = join(cache.dir, name);
    const entry = await readEntry(path, chain[i]!);
    if (!entry) continue;
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    return { steps: i, entry };
  }
  return undefined;
}

/**
 * Stores `entry` of the migration set named `set` under `hash`, atomically; any failure (a read-only
 * or missing folder) is ignored.
 */
export async function storeCacheEntry(
  cache: ReplayCache,
  set: string,
  hash: string,
  entry: CacheEntry,
): Promise<boolean> {
  try {
    await mkdir(cache.dir, { recursive: true });
    const meta = Buffer.from(JSON.stringify({ hash, meta: entry.meta }), 'utf8');
    const state = await promisify(gzip)(entry.state, { level: 3 });
    const length = Buffer.alloc(4);
    length.writeUInt32BE(meta.length);
    const body = Buffer.concat([length, meta, state]);
    const file = Buffer.concat([MAGIC, createHash('sha256').update(body).digest(), body]);
    const path = join(cache.dir, entryName(set, hash));
    // Another run may read the folder at any moment: it sees the whole entry or none.
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    await writeFile(partial, file);
    await rename(partial, path).catch(async (err) => {
      await rm(partial, { force: true });
      throw err;
    });
    await prune(cache, entryName(set, '').slice(0, -'.replay'.length));
    return true;
  } catch {
    return false; // the cache only saves time
  }
}

const MAGIC = Buffer.from('ADREPLAY1\n', 'utf8');
const ENTRY = /^[0-9a-f]{16}-[0-9a-f]{64}\.replay$/;
/** `<set>-<hash>.replay`: the set's part names it (its dialect and folder) so that pruning can go by set. */
const entryName = (set: string, hash: string) => `${sha256(set).slice(0, 16)}-${hash}.replay`;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function readEntry(path: string, hash: string): Promise<StoredEntry | undefined> {
  try {
    const file = await readFile(path);
    if (!file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const digest = file.subarray(MAGIC.length, MAGIC.length + 32);
    const body = file.subarray(MAGIC.length + 32);
    // Checked before anything is parsed: a damaged state must never reach the engine (PGlite
    // fails on a bad tar with an error that escapes and ends the process).
    if (!createHash('sha256').update(body).digest().equals(digest)) return undefined;
    const length = body.readUInt32BE(0);
    const header = JSON.parse(body.subarray(4, 4 + length).toString('utf8')) as { hash: string; meta: unknown };
    if (header.hash !== hash) return undefined;
    const packed = body.subarray(4 + length);
    const state = async () => {
      const tar = await promisify(gunzip)(packed).catch(() => undefined);
      return tar && new Uint8Array(tar);
    };
    return { meta: header.meta, state };
  } catch {
    return undefined;
  }
}

/**
 * Least recently used first out: beyond `keep` of the set whose names start with `prefix`, beyond
 * MAX_ENTRIES in all; left-over partial files of crashed runs too.
 */
async function prune(cache: ReplayCache, prefix: string): Promise<void> {
  const names = await readdir(cache.dir);
  const entries: { path: string; used: number }[] = [];
  const hourAgo = Date.now() - 3_600_000;
  for (const name of names) {
    const path = join(cache.dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (name.endsWith('.partial') && info.mtimeMs < hourAgo) await rm(path, { force: true });
    else if (ENTRY.test(name)) entries.push({ path, used: info.mtimeMs });
  }
  entries.sort((a, b) => b.used - a.used);
  const mine = entries.filter((e) => basename(e.path).startsWith(prefix));
  const old = [...mine.slice(cache.keep), ...entries.filter((e) => !mine.includes(e)).slice(MAX_ENTRIES - cache.keep)];
  for (const entry of old) await rm(entry.path, { force: true }).catch(() => undefined);
}

/**
 * Our code, as part of every key: a stored replay is only valid for the code that made it. From
 * source, the migration readers beside this module; in the bundle, every chunk of dist/.
 */
export function replayCodeFingerprint(): string {
  return codeFingerprint(import.meta.url);
}
