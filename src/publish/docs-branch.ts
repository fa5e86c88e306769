import { GENERATED_TRAILER } from './github-event.js';
import { branchSha, commitFiles, commitTree, isNotFastForward, treeOf, treeWith, type RepoId } from './api-commit.js';
import type { Octokit } from './octokit-client.js';
import type { FileChange } from './write-files.js';

export interface DocsBranchResult {
  /** `created`: new branch; `updated`: a new commit on it; `unchanged`: it already holds these docs. */
  operation: 'created' | 'updated' | 'unchanged';
  headSha: string;
  /** Commits on the branch that people made (kept, never force-pushed away). */
  humanCommits: number;
  /** Files people changed on the branch: left as they made them. */
  keptHumanFiles: string[];
}

const MAX_ATTEMPTS = 3;

/**
 * Puts the docs on the bot branch. While the branch holds only our own commits it is rebuilt on
 * the current base (a force update that can only replace our commits). Once a person has pushed
 * to it, we add a commit on top instead and leave the files they changed alone.
 */
export async function updateDocsBranch(
  octokit: Octokit,
  r: RepoId,
  base: string,
  branch: string,
  files: FileChange[],
  message: string,
): Promise<DocsBranchResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptUpdate(octokit, r, base, branch, files, message);
    } catch (err) {
      // Someone pushed to the branch between our read and our write: read again and redo.
      if (!isNotFastForward(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

async function attemptUpdate(
  octokit: Octokit,
  r: RepoId,
  base: string,
  branch: string,
  files: FileChange[],
  message: string,
): Promise<DocsBranchResult> {
  const baseSha = await branchSha(octokit, r, base);
  if (!baseSha) throw new Error(`the base branch "${base}" does not exist on GitHub`);
  const headSha = await branchSha(octokit, r, branch);
  if (!headSha) {
    const commit = await commitFiles(octokit, r, baseSha, files, message);
    if (!commit) return { operation: 'unchanged', headSha: baseSha, humanCommits: 0, keptHumanFiles: [] };
    await octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: commit.sha });
    return { operation: 'created', headSha: commit.sha, humanCommits: 0, keptHumanFiles: [] };
  }

  const { data: comparison } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...r,
    basehead: `${base}...${branch}`,
  });
  const human = comparison.commits.filter((c) => !c.commit.message.includes(GENERATED_TRAILER));
  if (human.length === 0) {
    // Only our commits: the branch is rebuilt as base + one docs commit. Same tree: nothing to do.
    const wanted = await treeWith(octokit, r, await treeOf(octokit, r, baseSha), files);
    if (wanted === (await treeOf(octokit, r, headSha)))
      return { operation: 'unchanged', headSha, humanCommits: 0, keptHumanFiles: [] };
    const sha = await commitTree(octokit, r, wanted, baseSha, message);
    await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: true });
    return { operation: 'updated', headSha: sha, humanCommits: 0, keptHumanFiles: [] };
  }

  const humanFiles = new Set<string>();
  for (const c of human) {
    const { data } = await octokit.rest.repos.getCommit({ ...r, ref: c.sha });
    for (const f of data.files ?? []) humanFiles.add(f.filename);
  }
  const ours = files.filter((f) => !humanFiles.has(f.file));
  const keptHumanFiles = files.filter((f) => humanFiles.has(f.file)).map((f) => f.file);
  const commit = await commitFiles(octokit, r, headSha, ours, message);
  if (!commit) return { operation: 'unchanged', headSha, humanCommits: human.length, keptHumanFiles };
  await octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: commit.sha, force: false });
  return { operation: 'updated', headSha: commit.sha, humanCommits: human.length, keptHumanFiles };
}

/** Whether people have pushed commits to the docs branch (then it is never deleted by us). */
export async function hasHumanCommits(octokit: Octokit, r: RepoId, base: string, branch: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${base}...${branch}` });
    return data.commits.some((c) => !c.commit.message.includes(GENERATED_TRAILER));
  } catch (err) {
    if ((err as { status?: number }).status === 404) return false;
    throw err;
  }
}
