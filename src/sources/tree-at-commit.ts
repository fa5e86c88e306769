import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The repository's files as they were at a commit, in a temp folder: what a change is measured
 * against when no state file was committed there (a first run, a pull request from before the
 * action was added). `git archive` writes the tree without touching the checkout or its index.
 */
export async function treeAtCommit(repoRoot: string, ref: string): Promise<{ dir: string; remove(): Promise<void> }> {
  if (!/^[\w./@^~-]+$/.test(ref) || ref.startsWith('-')) throw new Error(`"${ref}" is not a commit name`);
  const dir = await mkdtemp(join(tmpdir(), 'architect-docs-base-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const archive = join(dir, '.tree.tar');
    await run('git', ['archive', '--format=tar', '-o', archive, `${ref}^{tree}`], { cwd: repoRoot });
    await run('tar', ['-xf', archive, '-C', dir]);
    await rm(archive);
    return { dir, remove };
  } catch (error) {
    await remove();
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new Error(`cannot read the sources at ${ref}: ${detail.split('\n')[0]}`);
  }
}
