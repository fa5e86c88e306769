import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config } from '../config/config-schema.js';
import type { FactModel } from '../facts/model.js';
import { discoverSources } from '../sources/discover-sources.js';
import { buildFacts } from '../sources/extract-facts.js';
import { treeAtCommit } from '../sources/tree-at-commit.js';
import { deriveSystem } from '../system/derive-system.js';
import { extractionKey } from './extraction-key.js';
import { cachedFacts, cacheFacts } from './facts-cache.js';
import { statePath } from './state-path.js';
import { parseStateText, type StateRecord } from './state-text.js';

// What a change is measured against: the facts an earlier run documented. The state file keeps
// only their key and the commit they were read from; the facts come from the cache when this
// machine (or a restored actions/cache) has them, else from that commit's sources, read again.

/** Extracted facts with their logical system model (the system stage). */
export async function extractWithSystem(config: Config, repoRoot = config.repoRoot): Promise<FactModel> {
  const found = await discoverSources(repoRoot, config.sources, [config.docsDir]);
  const facts = await buildFacts(repoRoot, found);
  return { ...facts, system: deriveSystem(facts) };
}

/** The facts of the sources at a commit, with today's config; throws when the commit cannot be read. */
export async function extractAtCommit(config: Config, ref: string): Promise<FactModel> {
  const tree = await treeAtCommit(config.repoRoot, ref);
  try {
    const facts = await extractWithSystem(config, tree.dir);
    await cacheFacts(extractionKey(config, facts.inputs), facts);
    return facts;
  } finally {
    await tree.remove();
  }
}

/**
 * The facts a state record describes: this run's when its key is this run's, the cached ones, or
 * those of the commit it names. Undefined when none can be had (that commit is gone).
 */
export async function factsOfRecord(
  config: Config,
  record: StateRecord,
  current: { facts: FactModel; extractionKey: string },
): Promise<FactModel | undefined> {
  if (record.extractionKey === current.extractionKey) return current.facts;
  const cached = await cachedFacts(record.extractionKey);
  if (cached) return cached;
  if (!record.commit) return undefined;
  return extractAtCommit(config, record.commit).catch(() => undefined);
}

const run = promisify(execFile);

/**
 * The facts at a pull request's base commit: the cached ones its state file names, else the
 * facts of its sources. Undefined when the commit cannot be read even after fetching it.
 */
export async function factsAtBase(
  config: Config,
  sha: string,
  current: { facts: FactModel; extractionKey: string },
): Promise<FactModel | undefined> {
  const show = (file: string) =>
    run('git', ['show', `${sha}:./${file}`], { cwd: config.repoRoot, maxBuffer: 64 * 1024 * 1024 }).then(
      (r) => r.stdout,
      () => undefined,
    );
  const text = await show(statePath(config.docsDir));
  const record = text === undefined ? undefined : parseStateText(text);
  if (record) {
    if (record.extractionKey === current.extractionKey) return current.facts;
    const cached = await cachedFacts(record.extractionKey);
    if (cached) return cached;
  }
  return extractAtCommit(config, sha).catch(() => undefined);
}
