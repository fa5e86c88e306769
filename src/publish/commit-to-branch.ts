import { writeFilesAtomically, type FileChange } from './write-files.js';
import { branchSha, commitFiles, isNotFastForward, type RepoId } from './api-commit.js';
import { git, tryGit } from './git-command.js';
import type { Octokit } from './octokit-client.js';
import { explainGitHubError } from './permission-errors.js';

export const MAX_PUSH_ATTEMPTS = 5;

/**
 * `commit` mode through the API: a verified commit on the branch's current head. When the branch
 * moves between our read and our write (a push race), read the new head, re-apply the docs on it
 * and try again, a bounded number of times.
 */
export async function commitViaApi(
  octokit: Octokit,
  r: RepoId,
  branch: string,
  files: FileChange[],
  message: string,
  checkoutSha: string,
): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    const head = await branchSha(octokit, r, branch);
    if (!head) throw new Error(`the branch "${branch}" does not exist on GitHub`);
    if (head !== checkoutSha) {
      // Re-applying is safe only when nobody changed these docs in between: never overwrite a person's edit.
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        ...r,
        basehead: `${checkoutSha}...${head}`,
      });
      const touched = (data.files ?? []).map((f) => f.filename).filter((f) => files.some((c) => c.file === f));
      if (touched.length > 0) throw new DocsMovedError(branch, touched);
    }
    let commit: Awaited<ReturnType<typeof commitFiles>>;
    try {
      commit = await commitFiles(octokit, r, head, files, message);
      if (!commit) return undefined;
      await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: commit.sha, force: false });
      return commit.sha;
    } catch (err) {
      if (!isNotFastForward(err)) throw explainGitHubError(err, `push to ${branch}`);
      if (attempt >= MAX_PUSH_ATTEMPTS)
        throw new Error(
          `"${branch}" kept moving: gave up after ${attempt} attempts to add the docs commit on its head`,
        );
    }
  }
}

/**
 * `commit` mode through git: commit in the workspace and push. A rejected push (the branch
 * moved) fetches the new head, re-applies the docs there and pushes again, a bounded number of times.
 */
export async function commitViaGit(
  workspace: string,
  docsDir: string,
  branch: string,
  files: FileChange[],
  message: string,
): Promise<string | undefined> {
  const checkoutSha = (await git(workspace, ['rev-parse', 'HEAD'])).trim();
  const blobAt = async (rev: string, file: string) => {
    const r = await tryGit(workspace, ['rev-parse', `${rev}:${file}`]);
    return r.ok ? r.stdout.trim() : undefined;
  };
  for (let attempt = 1; ; attempt++) {
    const kept = files.filter((f) => !f.remove).map((f) => f.file);
    const removed = files.filter((f) => f.remove).map((f) => f.file);
    if (kept.length > 0) await git(workspace, ['add', '--', ...kept]);
    if (removed.length > 0) await git(workspace, ['rm', '-q', '--cached', '--ignore-unmatch', '--', ...removed]);
    const staged = await tryGit(workspace, ['diff', '--cached', '--quiet']);
    if (staged.ok) return undefined; // nothing staged: the docs on this head are already current
    await git(workspace, ['commit', '-q', '-m', message]);
    const push = await tryGit(workspace, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
    if (push.ok) return (await git(workspace, ['rev-parse', 'HEAD'])).trim();
    if (!/rejected|fetch first|non-fast-forward|stale info/i.test(push.stderr))
      throw new Error(`git push to ${branch} failed: ${push.stderr.trim()}`);
    if (attempt >= MAX_PUSH_ATTEMPTS) throw new Error(`"${branch}" kept moving: gave up after ${attempt} pushes`);
    await git(workspace, ['fetch', '-q', '--depth=1', 'origin', branch]);
    const touched: string[] = [];
    for (const f of files)
      if ((await blobAt(checkoutSha, f.file)) !== (await blobAt('FETCH_HEAD', f.file))) touched.push(f.file);
    if (touched.length > 0) throw new DocsMovedError(branch, touched);
    await git(workspace, ['reset', '-q', '--hard', 'FETCH_HEAD']);
    await writeFilesAtomically(workspace, docsDir, files);
  }
}

/** The docs themselves changed on the branch while the run worked: re-applying would overwrite that. */
export class DocsMovedError extends Error {
  constructor(branch: string, files: string[]) {
    super(
      `the docs changed on "${branch}" while this run was working (${files.join(', ')}); ` +
        `not overwriting them — run again to regenerate on the new head`,
    );
    this.name = 'DocsMovedError';
  }
}
