import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { canonicalJson } from '../facts/hash.js';
import type { FactModel } from '../facts/model.js';

/** Kept next to the docs and committed with them, so every runner (and every PR) sees the last run. */
export const STATE_FILE_NAME = '.architect-docs-state.json';

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
}

export function statePath(docsDir: string): string {
  return posix.join(docsDir, STATE_FILE_NAME);
}

/** The previous state, or undefined when there is none or it cannot be used (another version, corrupt). */
export async function readState(repoRoot: string, docsDir: string): Promise<{ state?: StateFile; text?: string }> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, statePath(docsDir)), 'utf8');
  } catch {
    return {};
  }
  try {
    const state = JSON.parse(text) as StateFile;
    if (state.stateVersion !== 1 || state.facts?.modelVersion !== 2) return { text };
    return { state, text };
  } catch {
    return { text };
  }
}

/** Stable bytes: sorted keys, two-space indent, final newline — so an unchanged state diffs as unchanged. */
export function serializeState(state: StateFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(state)), null, 2)}\n`;
}
