import { posix } from 'node:path';

/** Kept next to the docs and committed with them, so every runner (and every PR) sees the last run. */
export const STATE_FILE_NAME = '.architect-docs-state.json';

export function statePath(docsDir: string): string {
  return posix.join(docsDir, STATE_FILE_NAME);
}
