// Reads files of the repository that discovery did not hand a kind: a Helm chart's helpers and
// values, the bases and patches a Kustomization names, a Compose file's `include`. Everything it
// reads is kept (by repo-relative path) so the run hashes it as an input and a change re-extracts.
//
// Repository content is untrusted: a path that leaves the repository (`../../etc/passwd`, an
// absolute path, a symlink pointing out) is refused, and so is anything larger than a manifest
// could sensibly be.

import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { decodeText } from './decode-text.js';

/** A file past this size is not read: no manifest, chart or values file is this large. */
export const MAX_READ_BYTES = 32 * 1024 * 1024;

export type ReadResult = { text: string } | { error: string };

export interface RepoReader {
  /** Reads a repo-relative file (POSIX separators), or says why it cannot. */
  read(file: string): ReadResult;
  /** Whether a repo-relative path is a directory inside the repository. */
  isDirectory(dir: string): boolean;
  /** Repo-relative paths of the files directly in a directory (sorted), or [] when it is none. */
  list(dir: string): string[];
  /** Every file read so far, by repo-relative path, with the text read. */
  readonly readFiles: Map<string, string>;
}

/**
 * A reader confined to `repoRoot`. `known` are texts already in hand (discovery's), used instead of
 * reading the disk again.
 */
export function repoReader(repoRoot: string, known: (file: string) => string | undefined): RepoReader {
  const root = resolve(repoRoot);
  const realRoot = safeRealpath(root) ?? root;
  const readSoFar = new Map<string, string>();

  const inside = (file: string): string | undefined => {
    const normal = posix.normalize(file);
    if (isAbsolute(normal) || normal === '..' || normal.startsWith('../')) return undefined;
    const absolute = join(root, normal);
    const real = safeRealpath(absolute) ?? absolute;
    const rel = relative(realRoot, real);
    if (rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))) return absolute;
    return undefined;
  };

  return {
    readFiles: readSoFar,
    read(file) {
      const normal = posix.normalize(file);
      const cached = readSoFar.get(normal) ?? known(normal);
      if (cached !== undefined) {
        readSoFar.set(normal, cached);
        return { text: cached };
      }
      const absolute = inside(normal);
      if (!absolute) return { error: `${file} is outside the repository; not read` };
      try {
        const stat = statSync(absolute);
        if (!stat.isFile()) return { error: `${file} is not a file` };
        if (stat.size > MAX_READ_BYTES)
          return { error: `${file} is ${stat.size} bytes, over the ${MAX_READ_BYTES} read` };
        const text = decodeText(readFileSync(absolute));
        readSoFar.set(normal, text);
        return { text };
      } catch {
        return { error: `${file} does not exist` };
      }
    },
    isDirectory(dir) {
      const absolute = inside(dir === '' ? '.' : dir);
      if (!absolute) return false;
      try {
        return statSync(absolute).isDirectory();
      } catch {
        return false;
      }
    },
    list(dir) {
      const absolute = inside(dir === '' ? '.' : dir);
      if (!absolute) return [];
      try {
        return readdirSync(absolute, { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => (dir === '' || dir === '.' ? e.name : posix.join(dir, e.name)))
          .sort();
      } catch {
        return [];
      }
    },
  };
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
