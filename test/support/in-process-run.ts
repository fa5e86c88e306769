import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Overrides } from '../../src/config/load-config.js';
import { run, type RunContext } from '../../src/pipeline.js';
import type { RunResult } from '../../src/publish/run-result.js';
import { STATE_FILE_NAME } from '../../src/state/state-path.js';
import { formatState, parseStateText } from '../../src/state/state-text.js';

export const DOCS = 'docs/architecture';

/** The pipeline in this process, as the CLI runs it: real SDK, real files, real git checkout. */
export async function runPipeline(
  repo: string,
  overrides: Overrides = {},
  context: RunContext = {},
): Promise<RunResult> {
  return run(await loadConfig(repo, overrides), context);
}

export const readDoc = (repo: string, file: string) => readFileSync(join(repo, DOCS, file), 'utf8');

/**
 * Forgets what the state file knows about the agent sections of one doc, so the next run
 * rewrites exactly those sections (and nothing else has to be re-extracted).
 */
export function forgetSections(repo: string, docFile: string): void {
  const path = join(repo, DOCS, STATE_FILE_NAME);
  const state = parseStateText(readFileSync(path, 'utf8'))!;
  for (const key of Object.keys(state.sections)) if (key.startsWith(`${DOCS}/${docFile}#`)) delete state.sections[key];
  writeFileSync(path, formatState(state));
}

/** The `Section:` line of each recorded message request (which section it was for). */
export function sectionsAsked(bodies: { body: any }[]): string[] {
  return bodies.map((r) => {
    const first = r.body.messages[0].content;
    const text = typeof first === 'string' ? first : first.map((b: { text?: string }) => b.text ?? '').join('');
    return /^Section: (\S+)/m.exec(text)?.[1] ?? '?';
  });
}
