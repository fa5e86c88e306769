import type { RunResult } from './run-result.js';
import { commitViaApi, commitViaGit } from './commit-to-branch.js';
import { hasHumanCommits, updateDocsBranch } from './docs-branch.js';
import { GENERATED_TRAILER, type GitHubEvent } from './github-event.js';
import { git, tryGit } from './git-command.js';
import { explainGitHubError } from './permission-errors.js';
import { branchSha, treeOf, treeWith } from './api-commit.js';
import type { Octokit } from './octokit-client.js';
import { docsBranchFor } from './docs-branch-key.js';
import { closePullRequest, createOrUpdatePullRequest, findOpenPullRequest } from './pull-request.js';
import { pullRequestBody, systemsPullRequestBody } from './pull-request-body.js';
import type { FactModel } from '../facts/model.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transplantGeneratedBlocks } from '../docs/transplant-blocks.js';
import { statePath } from '../state/state-file.js';
import { writeFilesAtomically, type FileChange } from './write-files.js';

export interface PublishSettings {
  mode: 'pull-request' | 'commit';
  commitMethod: 'api' | 'git';
  /** Base branch for pull requests (default: the pushed branch, else the default branch). */
  base?: string;
  /** Branch for the docs pull request (default `architect-docs/<base>`). */
  branch?: string;
  title: string;
  commitMessage: string;
  labels: string[];
  reviewers: string[];
  draft: boolean;
  deleteBranch: boolean;
  /** A job running one system of a monorepo: that system's own docs branch (docs-branch-key.ts). */
  system?: string;
}

export interface PublishOutcome {
  operation: 'created' | 'updated' | 'closed' | 'none';
  branch?: string;
  commitSha?: string;
  pullRequest?: { number: number; url: string };
  notes: string[];
}

/** The branch the run is about: the pushed branch, else (detached HEAD, tags) the default branch. */
export async function targetBranch(octokit: Octokit, event: GitHubEvent, explicit?: string): Promise<string> {
  if (explicit) return explicit;
  if (event.ref.startsWith('refs/heads/')) return event.ref.slice('refs/heads/'.length);
  if (event.defaultBranch) return event.defaultBranch;
  return (await octokit.rest.repos.get({ owner: event.owner, repo: event.repo })).data.default_branch;
}

export { docsBranchFor } from './docs-branch-key.js';

/**
 * Pull-request mode keeps working on what the open docs PR already holds: its docs (and state
 * file) are laid over the workspace before the run, so model text written earlier is reused and
 * edits people pushed to the branch are the starting point, not overwritten.
 */
export async function overlayOpenPullRequestDocs(
  octokit: Octokit,
  event: GitHubEvent,
  workspace: string,
  docsDir: string,
  base: string,
  branch: string,
): Promise<string | undefined> {
  const pr = await findOpenPullRequest(octokit, { owner: event.owner, repo: event.repo }, base, branch);
  if (!pr) return undefined;
  const fetched = await tryGit(workspace, ['fetch', '-q', '--no-tags', '--depth=1', 'origin', `refs/heads/${branch}`]);
  if (!fetched.ok) return `could not fetch ${branch}: ${fetched.stderr.trim()}`;
  const listed = await tryGit(workspace, ['ls-tree', '-r', '--name-only', 'FETCH_HEAD', '--', docsDir]);
  if (!listed.ok) return undefined;
  const files: FileChange[] = [];
  for (const file of listed.stdout.split('\n').filter(Boolean)) {
    const shown = await tryGit(workspace, ['show', `FETCH_HEAD:${file}`]);
    if (!shown.ok) continue;
    const local = await readFile(join(workspace, file), 'utf8').catch(() => undefined);
    // New files (a decision record, a runbook) and the state file come whole; a doc the base has
    // takes only the branch's generated blocks, so text people wrote on the base is kept.
    const text =
      local === undefined || file === statePath(docsDir)
        ? shown.stdout
        : transplantGeneratedBlocks(local, shown.stdout);
    if (text !== local) files.push({ file, text });
  }
  await writeFilesAtomically(workspace, docsDir, files);
  return `generated content taken from the open pull request #${pr.number} (${branch}): ${files.length} file(s)`;
}

export async function publishDocs(
  octokit: Octokit,
  event: GitHubEvent,
  workspace: string,
  docsDir: string,
  result: RunResult,
  previousFacts: FactModel | undefined,
  s: PublishSettings,
): Promise<PublishOutcome> {
  return explained(s, () =>
    publish(octokit, event, workspace, docsDir, result, () => pullRequestBody(result, previousFacts, summaryUrl()), s),
  );
}

/**
 * Pull-request mode for several systems of a monorepo run in one job: all their docs in one commit
 * on one branch, one pull request describing each system under its name.
 */
export async function publishSystemsDocs(
  octokit: Octokit,
  event: GitHubEvent,
  workspace: string,
  parts: { system: string; docsDir: string; result: RunResult; previousFacts: FactModel | undefined }[],
  s: PublishSettings,
): Promise<PublishOutcome> {
  if (s.mode !== 'pull-request' || parts.length === 0)
    throw new Error('one publish for several systems is a pull request');
  // The branch is built as base + every file the run owns: the systems' files side by side.
  const together: RunResult = {
    ...parts[0]!.result,
    changed: parts.flatMap((p) => p.result.changed),
    owned: parts.flatMap((p) => p.result.owned),
  };
  const body = () =>
    systemsPullRequestBody(
      parts.map((p) => ({ system: p.system, result: p.result, previous: p.previousFacts })),
      summaryUrl(),
    );
  return explained(s, () => publish(octokit, event, workspace, parts[0]!.docsDir, together, body, s));
}

async function explained(s: PublishSettings, publishing: () => Promise<PublishOutcome>): Promise<PublishOutcome> {
  try {
    return await publishing();
  } catch (err) {
    // A 403 anywhere (tree, commit, ref, pull request) gets the cause and the exact fix.
    throw explainGitHubError(
      err,
      s.mode === 'commit' ? 'push the docs commit' : 'push the docs branch and open its pull request',
    );
  }
}

async function publish(
  octokit: Octokit,
  event: GitHubEvent,
  workspace: string,
  docsDir: string,
  result: RunResult,
  body: () => string,
  s: PublishSettings,
): Promise<PublishOutcome> {
  const r = { owner: event.owner, repo: event.repo };
  const message = `${s.commitMessage}\n\n${GENERATED_TRAILER}`;
  const base = await targetBranch(octokit, event, s.base);

  if (s.mode === 'commit') {
    if (result.changed.length === 0)
      return { operation: 'none', branch: base, notes: ['the docs on the branch are current'] };
    const sha =
      s.commitMethod === 'api'
        ? await commitViaApi(
            octokit,
            r,
            base,
            result.changed,
            message,
            (await git(workspace, ['rev-parse', 'HEAD'])).trim(),
          )
        : await commitViaGit(workspace, docsDir, base, result.changed, message);
    return sha
      ? { operation: 'updated', branch: base, commitSha: sha, notes: [] }
      : { operation: 'none', branch: base, notes: ['nothing to commit on the current head'] };
  }

  const branch = docsBranchFor(base, s.branch, s.system);
  const notes: string[] = [];
  if (s.commitMethod === 'git')
    notes.push(
      'pull requests are committed through the API (verified commits); commit-method git applies to commit mode',
    );
  // The docs as this run wants them, on top of the base: the same tree as the base means the base
  // is already current and no pull request is needed.
  const baseSha = await branchSha(octokit, r, base);
  if (!baseSha) throw new Error(`the base branch "${base}" does not exist on GitHub`);
  const baseTree = await treeOf(octokit, r, baseSha);
  if ((await treeWith(octokit, r, baseTree, result.owned)) === baseTree) {
    const existing = await findOpenPullRequest(octokit, r, base, branch);
    if (existing && s.deleteBranch) {
      // A branch people pushed to is theirs too: close the PR, keep the branch.
      const deleting = !(await hasHumanCommits(octokit, r, base, branch));
      await closePullRequest(octokit, r, existing.number, branch, deleting);
      return {
        operation: 'closed',
        branch,
        pullRequest: { number: existing.number, url: existing.url },
        notes: [
          ...notes,
          `the docs on ${base} are current: the pull request was closed` +
            `${deleting ? ' and its branch deleted' : ' (its branch has commits by people and was kept)'}`,
        ],
      };
    }
    return { operation: 'none', branch, notes: [...notes, `the docs on ${base} are current`] };
  }

  const updated = await updateDocsBranch(octokit, r, base, branch, result.owned, message);
  if (updated.humanCommits > 0)
    notes.push(`${updated.humanCommits} commit(s) by people on ${branch} were kept; the docs commit went on top`);
  if (updated.keptHumanFiles.length > 0)
    notes.push(
      `files changed by people on ${branch} were left as they made them: ${updated.keptHumanFiles.join(', ')}`,
    );
  const pr = await createOrUpdatePullRequest(
    octokit,
    r,
    {
      base,
      branch,
      title: s.title,
      body: body(),
      labels: s.labels,
      reviewers: s.reviewers,
      draft: s.draft,
    },
    updated.operation !== 'unchanged',
  );
  return {
    operation: pr.operation,
    branch,
    commitSha: updated.headSha,
    pullRequest: { number: pr.number, url: pr.url },
    notes,
  };
}

function summaryUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: runId } = process.env;
  return server && repo && runId ? `${server}/${repo}/actions/runs/${runId}` : undefined;
}
