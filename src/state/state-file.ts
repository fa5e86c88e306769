import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { canonicalJson } from '../facts/hash.js';
import type { FactModel } from '../facts/model.js';
import { deriveSystem } from '../system/derive-system.js';

import { statePath } from './state-path.js';

export { STATE_FILE_NAME, statePath } from './state-path.js';

/** What the state file remembers of each agent-written section. */
export interface SectionState {
  /** Digest of everything the text was written from. */
  digest: string;
  model: string;
}

export interface StateFile {
  stateVersion: 1;
  generator: string;
  /** Digest of everything extraction depends on: generator version, source config, input hashes. */
  extractionKey: string;
  factsDigest: string;
  facts: FactModel;
  /** Agent-written sections by `file#blockId`: what each was written from, so unchanged ones cost nothing. */
  sections: Record<string, SectionState>;
  /** The managed blocks each doc had after the run: a block missing later was deleted by a person. */
  blocks: Record<string, string[]>;
  /**
   * Digest of everything the run's output depends on (run-key.ts), written only by a run that
   * finished every section: a later run that computes the same key has nothing to do.
   */
  runKey?: string;
  /** Digest of the docs folder as that run left it (run-key.ts). */
  docsKey?: string;
  /** Sections the run left to the model (offline, over budget, failed): a run that may call it has work. */
  modelPending?: boolean;
}

/** The previous state, or undefined when there is none or it cannot be used (another version, corrupt). */
export async function readState(repoRoot: string, docsDir: string): Promise<{ state?: StateFile; text?: string }> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, statePath(docsDir)), 'utf8');
  } catch {
    return {};
  }
  return { state: parseState(text), text };
}

/** A state file's text as a state, or undefined when it cannot be used (another version, corrupt). */
export function parseState(text: string): StateFile | undefined {
  try {
    const state = JSON.parse(text) as StateFile;
    // Model 2 differs from 3 only by optional fields: its section states still hold (no model call
    // is paid again); its facts are extracted again because the extraction key names the model.
    if (state.stateVersion !== 1 || ![2, 3].includes(state.facts?.modelVersion)) return undefined;
    // The system model is derived from the rest of the facts, so it is not stored: it is derived
    // again here, which also gives a state written by an older release today's model.
    return { ...state, facts: { ...state.facts, system: deriveSystem(state.facts) } };
  } catch {
    return undefined;
  }
}

const run = promisify(execFile);

/**
 * The state committed at a commit (a pull request's base), or undefined when it cannot be read
 * there. A pull request that regenerated its docs carries its own state in the checkout; what the
 * change introduced is measured against the base's.
 */
export async function readStateAtCommit(
  repoRoot: string,
  docsDir: string,
  sha: string,
): Promise<StateFile | undefined> {
  const show = async () =>
    (await run('git', ['show', `${sha}:${statePath(docsDir)}`], { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 }))
      .stdout;
  try {
    return parseState(await show());
  } catch {
    // Shallow checkouts often lack the base commit: fetch just that one, then try once more.
    await run('git', ['fetch', '--no-tags', '--depth=1', 'origin', sha], { cwd: repoRoot }).catch(() => undefined);
    return show().then(parseState, () => undefined);
  }
}

/** Stable bytes: sorted keys, two-space indent, final newline — so an unchanged state diffs as unchanged. */
export function serializeState(state: StateFile): string {
  const { system: _derived, ...stored } = state.facts;
  return `${JSON.stringify(JSON.parse(canonicalJson({ ...state, facts: stored })), null, 2)}\n`;
}
