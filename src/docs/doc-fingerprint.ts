import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { sha256 } from '../facts/hash.js';
import type { DocFileHash } from '../state/run-key.js';
import { isStateFile } from '../state/state-path.js';
import { MARKER_LINE } from './marker-patterns.js';

// What of the docs folder a run's output depends on, for the run key. A doc with managed blocks
// counts only from each begin marker to its end marker: text people write around the blocks is
// kept as it is by every run, so editing it gives the run nothing to do. A file with no marker
// (the catalog, a page people added) counts whole. Lines only, no Markdown parser: a marker-like
// line in a code fence makes the fingerprint see more than the run does, never less.

/** The part of a doc the run key covers: its marked spans, or all of it when it has none. */
export function docFingerprint(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  let inside = false;
  let marked = false;
  for (const line of lines) {
    const marker = MARKER_LINE.exec(line.trim());
    if (marker?.[1] === 'begin') {
      inside = true;
      marked = true;
    }
    if (inside) kept.push(line);
    if (marker?.[1] === 'end') inside = false;
  }
  return marked ? sha256(`blocks\0${kept.join('\n')}`) : sha256(text);
}

/**
 * Every file under the docs folder but the state file, fingerprinted as on disk, or as `overlay`
 * says it is about to be written. Sorted by path.
 */
export async function docFingerprints(
  repoRoot: string,
  docsDir: string,
  overlay: ReadonlyMap<string, string> = new Map(),
): Promise<DocFileHash[]> {
  const files = new Set([...(await listFiles(repoRoot, docsDir)), ...overlay.keys()]);
  const out: DocFileHash[] = [];
  for (const file of [...files].sort()) {
    if (isStateFile(file)) continue;
    const text = overlay.get(file) ?? (await readFile(join(repoRoot, file), 'utf8').catch(() => undefined));
    if (text !== undefined) out.push({ file, sha256: docFingerprint(text) });
  }
  return out;
}

/** Repo-relative paths of the regular files under `dir`; none when it does not exist. */
async function listFiles(repoRoot: string, dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(join(repoRoot, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(repoRoot, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
