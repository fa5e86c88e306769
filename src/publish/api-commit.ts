import type { FileChange } from './write-files.js';
import type { Octokit } from './octokit-client.js';

export interface RepoId {
  owner: string;
  repo: string;
}

/** The commit a branch points at on GitHub, or undefined when the branch does not exist. */
export async function branchSha(octokit: Octokit, r: RepoId, branch: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...r, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (err) {
    if ((err as { status?: number }).status === 404) return undefined;
    throw err;
  }
}

/**
 * Creates (does not publish) a commit on `parentSha` whose tree is the parent's with `files`
 * written, through the Git Data API: GitHub signs such commits, so they show as verified.
 * Returns undefined when the files already have that content (nothing to commit).
 */
export async function commitFiles(
  octokit: Octokit,
  r: RepoId,
  parentSha: string,
  files: FileChange[],
  message: string,
): Promise<{ sha: string; tree: string } | undefined> {
  const parentTree = await treeOf(octokit, r, parentSha);
  const tree = await treeWith(octokit, r, parentTree, files);
  if (tree === parentTree) return undefined;
  return { sha: await commitTree(octokit, r, tree, parentSha, message), tree };
}

/** The tree `baseTree` becomes with `files` written (the base itself when there are none). */
export async function treeWith(octokit: Octokit, r: RepoId, baseTree: string, files: FileChange[]): Promise<string> {
  if (files.length === 0) return baseTree;
  const { data } = await octokit.rest.git.createTree({
    ...r,
    base_tree: baseTree,
    // A null sha removes the path from the base tree.
    tree: files.map((f) =>
      f.remove
        ? { path: f.file, mode: '100644' as const, type: 'blob' as const, sha: null }
        : { path: f.file, mode: '100644' as const, type: 'blob' as const, content: f.text },
    ),
  });
  return data.sha;
}

export async function commitTree(
  octokit: Octokit,
  r: RepoId,
  tree: string,
  parentSha: string,
  message: string,
): Promise<string> {
  return (await octokit.rest.git.createCommit({ ...r, message, tree, parents: [parentSha] })).data.sha;
}

/** The tree a commit points at. */
export async function treeOf(octokit: Octokit, r: RepoId, sha: string): Promise<string> {
  return (await octokit.rest.git.getCommit({ ...r, commit_sha: sha })).data.tree.sha;
}

export function isNotFastForward(err: unknown): boolean {
  const e = err as { status?: number; message?: string };
  return e?.status === 422 && /fast.?forward/i.test(e.message ?? '');
}
