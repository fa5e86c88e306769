import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactModel } from '../facts/model.js';
import { deriveSystem } from '../system/derive-system.js';
import { legacyStatePath, statePath } from './state-path.js';
import { parseStateText, type StateRecord } from './state-text.js';

export { STATE_FILE_NAME, statePath } from './state-path.js';
export { formatState, type SectionState, type StateRecord } from './state-text.js';

/** The last run's state as the checkout holds it. */
export interface PreviousState {
  record?: StateRecord;
  /** The state file's text, as on disk (undefined when there is none). */
  text?: string;
  /**
   * A state file of the JSON format was there: the run removes it. Its facts, when it could be
   * read, are the last run's facts.
   */
  legacy?: { facts?: FactModel };
}

/** The previous state; no record when there is none or it cannot be used (another version, corrupt). */
export async function readState(repoRoot: string, docsDir: string): Promise<PreviousState> {
  const text = await readFile(join(repoRoot, statePath(docsDir)), 'utf8').catch(() => undefined);
  const legacyText = await readFile(join(repoRoot, legacyStatePath(docsDir)), 'utf8').catch(() => undefined);
  if (legacyText === undefined) return { record: text === undefined ? undefined : parseStateText(text), text };
  // Both there (a branch merged from before the upgrade): the line format holds; the JSON goes.
  if (text !== undefined) return { record: parseStateText(text), text, legacy: { facts: undefined } };
  const legacy = parseLegacyState(legacyText);
  return { record: legacy?.record, legacy: { facts: legacy?.facts } };
}

/** The JSON state of earlier releases: its sections and blocks carry over, its facts are the change base. */
function parseLegacyState(text: string): { record: StateRecord; facts: FactModel } | undefined {
  try {
    const state = JSON.parse(text) as LegacyState;
    if (state.stateVersion !== 1 || ![2, 3].includes(state.facts?.modelVersion)) return undefined;
    const facts = { ...state.facts, system: deriveSystem(state.facts) };
    return {
      facts,
      record: {
        generator: state.generator,
        extractionKey: state.extractionKey,
        diagnostics: facts.diagnostics.length,
        referenced: facts.inputs.filter((i) => i.referenced),
        sections: state.sections ?? {},
        blocks: state.blocks ?? {},
        // Its keys name a run whose state was the old file: a run now always writes the new one.
      },
    };
  } catch {
    return undefined;
  }
}

interface LegacyState {
  stateVersion: number;
  generator: string;
  extractionKey: string;
  facts: FactModel;
  sections?: StateRecord['sections'];
  blocks?: StateRecord['blocks'];
}
