import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Whether absolute paths lie inside a repository, symlinks resolved: a reference in untrusted
 * content (`$ref: ../../../../etc/passwd`, a link inside the repo pointing anywhere) must not pull
 * runner files into the facts.
 */
export function repoContainment(repoRoot: string): (file: string) => boolean {
  // The root as given and with symlinks resolved: a missing file can only be judged by the former.
  const roots = [resolve(repoRoot), realOrResolved(repoRoot)];
  return (file) => {
    // Missing file: judge the path as written and let the read report "not found".
    const real = realOrResolved(file);
    return roots.some((root) => {
      const rel = relative(root, real);
      return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
    });
  };
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
