import { posix } from 'node:path';

/** Kept next to the docs and committed with them, so every runner (and every PR) sees the last run. */
export const STATE_FILE_NAME = '.architect-docs-state';

/**
 * Releases before the line format kept the whole fact model here, as JSON: read once to carry its
 * sections over, then removed by the run that writes the new file.
 */
export const LEGACY_STATE_FILE_NAME = '.architect-docs-state.json';

export function statePath(docsDir: string): string {
  return posix.join(docsDir, STATE_FILE_NAME);
}

export function legacyStatePath(docsDir: string): string {
  return posix.join(docsDir, LEGACY_STATE_FILE_NAME);
}

/** Either state file, which no reader of the docs needs to see in a diff or a fingerprint. */
export function isStateFile(file: string): boolean {
  const name = posix.basename(file);
  return name === STATE_FILE_NAME || name === LEGACY_STATE_FILE_NAME;
}
