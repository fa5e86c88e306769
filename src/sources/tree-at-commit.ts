import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The repository's files as they were at a commit, in a temp folder: what a change is measured
 * against when no cached facts say it (a fresh runner, a pull request's base). `git archive`
 * writes the tree without touching the checkout or its index. When the repository is a folder of
 * a larger git repository, only that folder is written, so paths stay relative to it as in the
 * checkout. A shallow checkout that lacks the commit fetches that one commit, once.
 */
export async function treeAtCommit(repoRoot: string, ref: string): Promise<{ dir: string; remove(): Promise<void> }> {
  if (!/^[\w./@^~-]+$/.test(ref) || ref.startsWith('-')) throw new Error(`"${ref}" is not a commit name`);
  const dir = await mkdtemp(join(tmpdir(), 'architect-docs-base-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    if (!(await hasCommit(repoRoot, ref)))
      await run('git', ['fetch', '-q', '--no-tags', '--depth=1', 'origin', ref], { cwd: repoRoot }).catch(
        () => undefined,
      );
    const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: repoRoot })).stdout.trim();
    const treeish = prefix ? `${ref}:${prefix.replace(/\/$/, '')}` : `${ref}^{tree}`;
    const archive = join(dir, '.tree.tar');
    await run('git', ['archive', '--format=tar', '-o', archive, treeish], { cwd: repoRoot });
    await run('tar', ['-xf', archive, '-C', dir]);
    await rm(archive);
    return { dir, remove };
  } catch (error) {
    await remove();
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`cannot read the sources at ${ref}: ${detail.split('\n')[0]}`);
  }
}

async function hasCommit(repoRoot: string, ref: string): Promise<boolean> {
  return run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: repoRoot }).then(
    () => true,
    () => false,
  );
}

/**
 * The commit checked out, when every one of `files` (repository-relative) is as committed there:
 * then that commit's sources are the ones the facts were read from. Undefined outside git, on an
 * unborn branch, or when an input is modified or not committed.
 */
export async function cleanSourceCommit(repoRoot: string, files: string[]): Promise<string | undefined> {
  try {
    const head = (await run('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repoRoot })).stdout.trim();
    const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: repoRoot })).stdout.trim();
    // Porcelain paths are relative to the top of the git repository, whatever the working folder.
    const { stdout } = await run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.'], {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    const wanted = new Set(files.map((f) => prefix + f));
    const entries = stdout.split('\0');
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.length < 4) continue;
      if (wanted.has(entry.slice(3))) return undefined;
      // A rename's entry is followed by its source path.
      if (entry[0] === 'R' || entry[0] === 'C') if (wanted.has(entries[++i] ?? '')) return undefined;
    }
    return /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
  } catch {
    return undefined;
  }
}
