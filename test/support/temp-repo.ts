import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sourcesSchema } from '../../src/config/config-schema.js';

/** The sources config of a repository without a config file: auto-discovery, no globs. */
export const AUTO_SOURCES = sourcesSchema.parse(undefined);

/** A temporary folder holding the given files (paths relative to it, folders made as needed). */
export function tempRepo(files: Record<string, string | Buffer>, prefix = 'ad-repo-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(files)) writeRepoFile(dir, path, content);
  return dir;
}

export function writeRepoFile(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
