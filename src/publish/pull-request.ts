import type { RepoId } from './api-commit.js';
import type { Octokit } from './octokit-client.js';
import { explainGitHubError } from './permission-errors.js';

export interface PullRequestSpec {
  base: string;
  branch: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  draft: boolean;
}

export interface PullRequestRef {
  number: number;
  url: string;
  operation: 'created' | 'updated' | 'none';
}

/** GitHub's limit on a pull request body. */
export const MAX_BODY = 65_536;

/** The open pull request from `branch` into `base`, if there is one. */
export async function findOpenPullRequest(
  octokit: Octokit,
  r: RepoId,
  base: string,
  branch: string,
): Promise<{ number: number; url: string; title: string; body: string } | undefined> {
  const { data } = await octokit.rest.pulls.list({
    ...r,
    state: 'open',
    head: `${r.owner}:${branch}`,
    base,
    per_page: 10,
  });
  const pr = data[0];
  return pr ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '' } : undefined;
}

/**
 * One pull request per branch: update the open one (same number) or create it. A create that
 * races another run ("A pull request already exists") falls back to updating the existing one.
 */
export async function createOrUpdatePullRequest(
  octokit: Octokit,
  r: RepoId,
  spec: PullRequestSpec,
  branchChanged: boolean,
): Promise<PullRequestRef> {
  const existing = await findOpenPullRequest(octokit, r, spec.base, spec.branch);
  if (existing) return update(octokit, r, existing, spec, branchChanged);
  let created: Awaited<ReturnType<typeof octokit.rest.pulls.create>>['data'];
  try {
    created = (
      await octokit.rest.pulls.create({
        ...r,
        base: spec.base,
        head: spec.branch,
        title: spec.title,
        body: spec.body,
        draft: spec.draft,
        maintainer_can_modify: false,
      })
    ).data;
  } catch (err) {
    const message = (err as { message?: string }).message ?? '';
    if ((err as { status?: number }).status === 422 && /already exists/i.test(message)) {
      const again = await findOpenPullRequest(octokit, r, spec.base, spec.branch);
      if (again) return update(octokit, r, again, spec, branchChanged);
    }
    throw explainGitHubError(err, 'create pull requests');
  }
  // Right after creation GitHub may not yet resolve the new PR's node: retry those calls briefly.
  if (spec.labels.length > 0)
    await retryUnresolvedNode(() =>
      octokit.rest.issues.addLabels({ ...r, issue_number: created.number, labels: spec.labels }),
    );
  if (spec.reviewers.length > 0)
    await retryUnresolvedNode(() =>
      octokit.rest.pulls.requestReviewers({ ...r, pull_number: created.number, reviewers: spec.reviewers }),
    );
  return { number: created.number, url: created.html_url, operation: 'created' };
}

async function update(
  octokit: Octokit,
  r: RepoId,
  pr: { number: number; url: string; title: string; body: string },
  spec: PullRequestSpec,
  branchChanged: boolean,
): Promise<PullRequestRef> {
  if (pr.title === spec.title && pr.body === spec.body)
    return { number: pr.number, url: pr.url, operation: branchChanged ? 'updated' : 'none' };
  try {
    await octokit.rest.pulls.update({ ...r, pull_number: pr.number, title: spec.title, body: spec.body });
  } catch (err) {
    throw explainGitHubError(err, 'update pull requests');
  }
  return { number: pr.number, url: pr.url, operation: 'updated' };
}

/** Closes the docs pull request and deletes its branch: the docs are back in sync with the base. */
export async function closePullRequest(
  octokit: Octokit,
  r: RepoId,
  number: number,
  branch: string,
  deleteBranch: boolean,
): Promise<void> {
  await octokit.rest.pulls.update({ ...r, pull_number: number, state: 'closed' });
  if (deleteBranch) await octokit.rest.git.deleteRef({ ...r, ref: `heads/${branch}` });
}

async function retryUnresolvedNode<T>(call: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await call();
    } catch (err) {
      const unresolved =
        (err as { status?: number }).status === 422 &&
        /could not resolve to a node/i.test((err as Error).message ?? '');
      if (!unresolved || i >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** i));
    }
  }
}
