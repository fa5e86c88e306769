import { execFileSync } from 'node:child_process';

// The repository's tracked files, so a section may point at a real file (`deploy/k8s/kustomization.yaml`)
// that is no input of the facts. Asked of git once per run that writes sections; without git, none.

const MAX_FILES = 200_000;

/** Every tracked path, its folders and its file name; empty when git cannot say. */
export function repoFileNames(repoRoot: string): Set<string> {
  const names = new Set<string>();
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z'], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return names;
  }
  for (const path of out.split('\0').slice(0, MAX_FILES)) {
    if (!path) continue;
    names.add(path);
    const parts = path.split('/');
    names.add(parts.at(-1)!);
    for (let i = 1; i < parts.length; i++) names.add(`${parts.slice(0, i).join('/')}/`);
  }
  return names;
}
