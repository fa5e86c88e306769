// Tests of the fake GitHub REST API itself, driven by the real Octokit (`getOctokit` from
// `@actions/github`, plus `@octokit/plugin-retry` and `@octokit/plugin-throttling`) over loopback,
// with a real bare git repository on disk. All git operations use local paths.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './github-server.js';

const OWNER = 'acme';
const REPO = 'shop';
const TOKEN = 'ghs_faketoken123';

const execFileAsync = promisify(execFile);

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Test User', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    },
  ).trim();
}

let dir: string;
let bare: string;
let work: string;
let fake: FakeGitHub | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fake-github-'));
  bare = join(dir, 'origin.git');
  work = join(dir, 'work');
  git(dir, 'init', '--quiet', '--bare', '-b', 'main', bare);
  git(dir, 'clone', '--quiet', bare, work);
  git(work, 'checkout', '--quiet', '-B', 'main');
  writeFileSync(join(work, 'README.md'), '# Shop\n');
  writeFileSync(join(work, 'old.md'), 'stale\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'initial commit');
  git(work, 'push', '--quiet', 'origin', 'main');
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(extra: Partial<Parameters<typeof startFakeGitHub>[0]> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ owner: OWNER, repo: REPO, bareRepoPath: bare, ...extra });
  return fake;
}

function octo(f: FakeGitHub, token = TOKEN) {
  return getOctokit(token, { baseUrl: f.url });
}

async function expectStatus(p: Promise<unknown>, status: number): Promise<RequestError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(RequestError);
  expect((e as RequestError).status).toBe(status);
  return e as RequestError;
}

/** Commit a file on a new branch in the clone and push it. Returns the commit sha. */
function pushBranch(branch: string, file: string, content: string, from = 'main'): string {
  git(work, 'fetch', '--quiet', 'origin');
  git(work, 'checkout', '--quiet', '-B', branch, `origin/${from}`);
  writeFileSync(join(work, file), content);
  git(work, 'add', file);
  git(work, 'commit', '--quiet', '-m', `change ${file}`);
  git(work, 'push', '--quiet', '--force', 'origin', branch);
  return git(work, 'rev-parse', 'HEAD');
}

describe('fake GitHub server', () => {
  it('binds 127.0.0.1 on an ephemeral port and serves the repository', async () => {
    const f = await start();
    expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const gh = octo(f);
    const { data } = await gh.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(data.default_branch).toBe('main');
    expect(data.full_name).toBe('acme/shop');
    expect(data.permissions).toEqual({ admin: false, maintain: false, push: true, triage: true, pull: true });
    f.settings.permissions.contents = 'read';
    const again = await gh.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(again.data.permissions?.push).toBe(false);
    // Another repository is simply not there.
    await expectStatus(gh.rest.repos.get({ owner: OWNER, repo: 'other' }), 404);
    expect(f.requests[0]!.token).toBe(TOKEN);
    expect(f.requests[0]!.headers.authorization).toBe(`token ${TOKEN}`);
    expect(f.violations).toEqual([]);
  });

  it('requires a token', async () => {
    const f = await start({ tokens: [TOKEN] });
    const res = await fetch(`${f.url}/repos/${OWNER}/${REPO}`);
    expect(res.status).toBe(401);
    expect((await res.json()).message).toBe('Requires authentication');
    const bearer = await fetch(`${f.url}/repos/${OWNER}/${REPO}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    await expectStatus(octo(f, 'wrong').rest.repos.get({ owner: OWNER, repo: REPO }), 401);
    expect(f.requests.map((r) => r.token)).toEqual([undefined, TOKEN, 'wrong']);
  });

  it('Git Data API writes land in the bare repository and a git fetch sees them', async () => {
    const f = await start();
    const gh = octo(f);
    const { data: ref } = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    expect(ref.ref).toBe('refs/heads/main');
    expect(ref.object.type).toBe('commit');
    expect(ref.object.sha).toBe(git(bare, 'rev-parse', 'refs/heads/main'));
    const { data: base } = await gh.rest.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: ref.object.sha });
    expect(base.message).toBe('initial commit');
    expect(base.author.name).toBe('Test User');
    expect(base.verification?.verified).toBe(false);

    const docs = '# Architecture\n\nüñí — generated\n';
    const { data: blob } = await gh.rest.git.createBlob({
      owner: OWNER,
      repo: REPO,
      content: Buffer.from(docs).toString('base64'),
      encoding: 'base64',
    });
    expect(blob.sha).toBe(execFileSync('git', ['hash-object', '--stdin'], { input: docs, encoding: 'utf8' }).trim());
    const { data: gotBlob } = await gh.rest.git.getBlob({ owner: OWNER, repo: REPO, file_sha: blob.sha });
    expect(gotBlob.encoding).toBe('base64');
    expect(Buffer.from(gotBlob.content, 'base64').toString('utf8')).toBe(docs);

    const { data: tree } = await gh.rest.git.createTree({
      owner: OWNER,
      repo: REPO,
      base_tree: base.tree.sha,
      tree: [
        { path: 'docs/architecture.md', mode: '100644', type: 'blob', sha: blob.sha },
        { path: 'docs/runbooks/deploy.md', mode: '100644', type: 'blob', content: 'Deploy with care.\n' },
        { path: 'old.md', mode: '100644', type: 'blob', sha: null },
      ],
    });
    const { data: fullTree } = await gh.rest.git.getTree({
      owner: OWNER,
      repo: REPO,
      tree_sha: tree.sha,
      recursive: '1',
    });
    expect(fullTree.tree.map((e) => `${e.type} ${e.path}`).sort()).toEqual([
      'blob README.md',
      'blob docs/architecture.md',
      'blob docs/runbooks/deploy.md',
      'tree docs',
      'tree docs/runbooks',
    ]);

    const { data: commit } = await gh.rest.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'docs: regenerate architecture docs',
      tree: tree.sha,
      parents: [ref.object.sha],
    });
    expect(commit.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(commit.author.name).toBe('github-actions[bot]');
    expect(commit.committer.email).toBe('noreply@github.com');
    expect(commit.parents.map((p) => p.sha)).toEqual([ref.object.sha]);

    const { data: newRef } = await gh.rest.git.createRef({
      owner: OWNER,
      repo: REPO,
      ref: 'refs/heads/architect-docs/update',
      sha: commit.sha,
    });
    expect(newRef.object.sha).toBe(commit.sha);
    await expectStatus(
      gh.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/architect-docs/update', sha: commit.sha }),
      422,
    );

    // A clone sees it.
    git(work, 'fetch', '--quiet', 'origin', 'architect-docs/update');
    expect(git(work, 'rev-parse', 'FETCH_HEAD')).toBe(commit.sha);
    git(work, 'checkout', '--quiet', 'FETCH_HEAD');
    expect(readFileSync(join(work, 'docs/architecture.md'), 'utf8')).toBe(docs);
    expect(readFileSync(join(work, 'docs/runbooks/deploy.md'), 'utf8')).toBe('Deploy with care.\n');
    expect(existsSync(join(work, 'old.md'))).toBe(false);
    expect(git(work, 'log', '-1', '--format=%s|%an|%cn')).toBe(
      'docs: regenerate architecture docs|github-actions[bot]|GitHub',
    );
    expect(git(bare, 'fsck', '--strict')).toBe('');

    // The REST commit/compare views agree with git.
    const { data: restCommit } = await gh.rest.repos.getCommit({
      owner: OWNER,
      repo: REPO,
      ref: 'architect-docs/update',
    });
    expect(restCommit.sha).toBe(commit.sha);
    expect(restCommit.commit.verification?.verified).toBe(true);
    expect(restCommit.files?.map((x) => `${x.status} ${x.filename}`).sort()).toEqual([
      'added docs/architecture.md',
      'added docs/runbooks/deploy.md',
      'removed old.md',
    ]);
    const { data: cmp } = await gh.rest.repos.compareCommitsWithBasehead({
      owner: OWNER,
      repo: REPO,
      basehead: 'main...architect-docs/update',
    });
    expect(cmp).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1 });
    expect(cmp.commits.map((c) => [c.sha, c.commit.message, c.commit.author?.name])).toEqual([
      [commit.sha, 'docs: regenerate architecture docs', 'github-actions[bot]'],
    ]);

    // Explicit committer: GitHub does not sign, so not verified.
    const { data: custom } = await gh.rest.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'custom',
      tree: tree.sha,
      parents: [commit.sha],
      author: { name: 'Docs Bot', email: 'docs@example.com', date: '2024-05-01T12:00:00Z' },
      committer: { name: 'Docs Bot', email: 'docs@example.com', date: '2024-05-01T12:00:00Z' },
    });
    expect(custom.verification?.verified).toBe(false);
    expect(custom.author).toEqual({ name: 'Docs Bot', email: 'docs@example.com', date: '2024-05-01T12:00:00Z' });
    expect(f.violations).toEqual([]);
  });

  it('refs pushed with git are seen by the API; matching-refs, compare and delete', async () => {
    const f = await start();
    const gh = octo(f);
    const a = pushBranch('feature/a', 'a.md', 'a\n');
    pushBranch('feature/b', 'b.md', 'b\n');
    const { data: refs } = await gh.rest.git.listMatchingRefs({ owner: OWNER, repo: REPO, ref: 'heads/feature/' });
    expect(refs.map((r) => r.ref)).toEqual(['refs/heads/feature/a', 'refs/heads/feature/b']);
    expect((await gh.rest.git.listMatchingRefs({ owner: OWNER, repo: REPO, ref: 'heads/nope' })).data).toEqual([]);
    const { data: one } = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/a' });
    expect(one.object.sha).toBe(a);
    await expectStatus(gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/missing' }), 404);

    const { data: cmp } = await gh.rest.repos.compareCommitsWithBasehead({
      owner: OWNER,
      repo: REPO,
      basehead: 'feature/a...feature/b',
    });
    expect(cmp).toMatchObject({ status: 'diverged', ahead_by: 1, behind_by: 1 });
    const { data: same } = await gh.rest.repos.compareCommits({ owner: OWNER, repo: REPO, base: 'main', head: 'main' });
    expect(same.status).toBe('identical');
    await expectStatus(gh.rest.repos.getCommit({ owner: OWNER, repo: REPO, ref: 'no-such-branch' }), 422);

    await gh.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/b' });
    expect(git(bare, 'for-each-ref', '--format=%(refname)', 'refs/heads/')).toBe(
      'refs/heads/feature/a\nrefs/heads/main',
    );
    await expectStatus(gh.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/feature/b' }), 422);
    expect(f.violations).toEqual([]);
  });

  it('non-fast-forward ref update is 422 unless forced', async () => {
    const f = await start();
    const gh = octo(f);
    const mainSha = git(bare, 'rev-parse', 'main');
    const feature = pushBranch('docs', 'x.md', 'x\n');
    // Rewind docs to main: not a fast forward.
    const e = await expectStatus(
      gh.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/docs', sha: mainSha }),
      422,
    );
    expect((e.response!.data as any).message).toBe('Update is not a fast forward');
    expect(git(bare, 'rev-parse', 'docs')).toBe(feature);
    const { data } = await gh.rest.git.updateRef({
      owner: OWNER,
      repo: REPO,
      ref: 'heads/docs',
      sha: mainSha,
      force: true,
    });
    expect(data.object.sha).toBe(mainSha);
    expect(git(bare, 'rev-parse', 'docs')).toBe(mainSha);
    // Fast forward needs no force.
    await gh.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/docs', sha: feature });
    await expectStatus(gh.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/nope', sha: feature }), 422);
    expect(f.violations).toEqual([]);
  });

  it('a race: someone pushes between read and update (onRequest hook) → 422 not a fast forward', async () => {
    const f = await start();
    const gh = octo(f);
    pushBranch('docs', 'x.md', 'x\n');
    const { data: ref } = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/docs' });
    const { data: c } = await gh.rest.git.createCommit({
      owner: OWNER,
      repo: REPO,
      message: 'ours',
      tree: (await gh.rest.git.getCommit({ owner: OWNER, repo: REPO, commit_sha: ref.object.sha })).data.tree.sha,
      parents: [ref.object.sha],
    });
    const off = f.onRequest((req) => {
      if (req.operationId === 'git/update-ref') pushBranch('docs', 'y.md', 'theirs\n', 'docs');
    });
    await expectStatus(gh.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/docs', sha: c.sha }), 422);
    off();
    expect(f.violations).toEqual([]);
  });

  it('pull requests: create, list by head, duplicate 422, update, labels, reviewers, sticky comment', async () => {
    const f = await start({ settings: { collaborators: ['alice'] } });
    const gh = octo(f);
    const headSha = pushBranch('architect-docs', 'docs.md', 'v1\n');
    pushBranch('unrelated', 'u.md', 'u\n');
    await gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 'Unrelated', head: 'unrelated', base: 'main' });

    const { data: pr } = await gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      title: 'Update architecture docs',
      head: 'architect-docs',
      base: 'main',
      body: 'v1',
    });
    expect(pr).toMatchObject({ number: 2, state: 'open', title: 'Update architecture docs', body: 'v1', draft: false });
    expect(pr.head).toMatchObject({ ref: 'architect-docs', sha: headSha, label: 'acme:architect-docs' });
    expect(pr.base).toMatchObject({ ref: 'main', sha: git(bare, 'rev-parse', 'main') });
    expect(pr.html_url).toBe('https://github.com/acme/shop/pull/2');
    expect(pr.node_id).toMatch(/^PR_/);

    const { data: byHead } = await gh.rest.pulls.list({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:architect-docs`,
      base: 'main',
      state: 'open',
    });
    expect(byHead.map((p) => p.number)).toEqual([2]);
    // As on GitHub, a head without the owner is silently ignored: every open PR comes back.
    const { data: ignored } = await gh.rest.pulls.list({ owner: OWNER, repo: REPO, head: 'architect-docs' });
    expect(ignored.map((p) => p.number)).toEqual([2, 1]);

    const dup = await expectStatus(
      gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 'again', head: `${OWNER}:architect-docs`, base: 'main' }),
      422,
    );
    expect((dup.response!.data as any).errors[0].message).toBe(
      'A pull request already exists for acme:architect-docs.',
    );
    expect(dup.message).toContain('A pull request already exists for acme:architect-docs.');

    git(work, 'fetch', '--quiet', 'origin');
    git(work, 'push', '--quiet', 'origin', 'origin/main:refs/heads/no-change');
    const none = await expectStatus(
      gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 'nothing', head: 'no-change', base: 'main' }),
      422,
    );
    expect((none.response!.data as any).errors[0].message).toBe('No commits between main and no-change');
    await expectStatus(
      gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 'x', head: 'missing', base: 'main' }),
      422,
    );

    const { data: updated } = await gh.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: 2, body: 'v2' });
    expect(updated.body).toBe('v2');

    // Head sha follows the branch.
    const newHead = pushBranch('architect-docs', 'docs.md', 'v2\n');
    const { data: fresh } = await gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 2 });
    expect(fresh.head.sha).toBe(newHead);
    expect(fresh.commits).toBe(1);

    const { data: labels } = await gh.rest.issues.addLabels({
      owner: OWNER,
      repo: REPO,
      issue_number: 2,
      labels: ['documentation', 'automated'],
    });
    expect(labels.map((l) => l.name)).toEqual(['documentation', 'automated']);
    const { data: withReviewers } = await gh.rest.pulls.requestReviewers({
      owner: OWNER,
      repo: REPO,
      pull_number: 2,
      reviewers: ['alice'],
    });
    expect(withReviewers.requested_reviewers?.map((u) => u.login)).toEqual(['alice']);
    await expectStatus(
      gh.rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: 2, reviewers: ['mallory'] }),
      422,
    );

    // Sticky comment: list, create, find by marker, update.
    const marker = '<!-- architect-docs -->';
    expect((await gh.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 2 })).data).toEqual([]);
    const { data: c1 } = await gh.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 2,
      body: `${marker}\nfirst`,
    });
    await gh.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 2, body: 'human' });
    await gh.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 2, body: 'human 2' });
    const all = await gh.paginate(gh.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 2,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual([`${marker}\nfirst`, 'human', 'human 2']);
    const sticky = all.find((c) => c.body?.startsWith(marker))!;
    expect(sticky.id).toBe(c1.id);
    const { data: c2 } = await gh.rest.issues.updateComment({
      owner: OWNER,
      repo: REPO,
      comment_id: sticky.id,
      body: `${marker}\nsecond`,
    });
    expect(c2.body).toBe(`${marker}\nsecond`);
    expect(f.comments.find((c) => c.id === c1.id)!.body).toBe(`${marker}\nsecond`);

    // Close; then a new PR for the same head is allowed.
    await gh.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: 2, state: 'closed' });
    expect((await gh.rest.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:architect-docs` })).data).toEqual([]);
    const { data: pr3 } = await gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      title: 'again',
      head: 'architect-docs',
      base: 'main',
    });
    expect(pr3.number).toBe(3);
    // Deleting a PR's head branch closes it, as on GitHub.
    await gh.rest.git.deleteRef({ owner: OWNER, repo: REPO, ref: 'heads/unrelated' });
    expect(
      (await gh.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'all' })).data.map((p) => [p.number, p.state]),
    ).toEqual([
      [3, 'open'],
      [2, 'closed'],
      [1, 'closed'],
    ]);
    expect(f.violations).toEqual([]);
  });

  it('403 modes: missing contents/pull-requests permission, Actions not allowed to create PRs', async () => {
    const f = await start({ settings: { permissions: { contents: 'read' } } });
    const gh = octo(f);
    const e = await expectStatus(gh.rest.git.createBlob({ owner: OWNER, repo: REPO, content: 'x' }), 403);
    expect(e.response?.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/git/blobs#create-a-blob',
      status: '403',
    });
    expect(e.response?.headers['x-accepted-github-permissions']).toBe('contents=write');
    // Reads still work.
    await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    expect(git(bare, 'count-objects')).toMatch(/^\d+ objects/);

    f.settings.permissions.contents = 'write';
    pushBranch('docs', 'd.md', 'd\n');
    f.settings.permissions.pullRequests = 'read';
    f.settings.permissions.issues = 'none';
    const p = await expectStatus(
      gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 't', head: 'docs', base: 'main' }),
      403,
    );
    expect((p.response!.data as any).message).toBe('Resource not accessible by integration');
    expect(p.response?.headers['x-accepted-github-permissions']).toBe('pull_requests=write');

    f.settings.permissions.pullRequests = 'write';
    f.settings.actionsCanCreatePullRequests = false;
    const a = await expectStatus(
      gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 't', head: 'docs', base: 'main' }),
      403,
    );
    expect((a.response!.data as any).message).toBe(
      'GitHub Actions is not permitted to create or approve pull requests.',
    );
    expect(f.pulls).toEqual([]);
    f.settings.actionsCanCreatePullRequests = true;
    await gh.rest.pulls.create({ owner: OWNER, repo: REPO, title: 't', head: 'docs', base: 'main' });
    expect(f.violations).toEqual([]);
  });

  it('scripted faults: 502 without and with the retry plugin, 409, 422 global id', async () => {
    const f = await start();
    f.failNext('GET', '/repos/{owner}/{repo}/git/ref/{ref}', 502);
    const plain = octo(f);
    const e = await expectStatus(plain.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' }), 502);
    expect(e.message).toContain('Server Error');

    // The retry plugin retries 5xx (and 409, 429) after (retryCount+1)^2 * retryAfterBaseValue ms.
    const retrying = getOctokit(TOKEN, { baseUrl: f.url, retry: { retryAfterBaseValue: 1 } }, retry);
    f.failNext('GET', 'git/get-ref', 502, undefined, 2);
    f.clearRecords();
    const { data } = await retrying.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
    expect(data.ref).toBe('refs/heads/main');
    expect(f.requests.map((r) => r.status)).toEqual([502, 502, 200]);
    expect(f.pendingFaults()).toEqual([]);

    // 422 is not retried.
    f.failNext('POST', '/repos/acme/shop/pulls', 422, {
      message: "Could not resolve to a node with the global id of 'PR_kwDOxyz'.",
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    });
    pushBranch('docs', 'd.md', 'd\n');
    f.clearRecords();
    const g = await expectStatus(
      retrying.rest.pulls.create({ owner: OWNER, repo: REPO, title: 't', head: 'docs', base: 'main' }),
      422,
    );
    expect(g.message).toContain("Could not resolve to a node with the global id of 'PR_kwDOxyz'.");
    expect(f.requests).toHaveLength(1);
    expect(f.pulls).toEqual([]); // the handler did not run

    // 409 on a ref update: the retry plugin retries it (409 is not in its doNotRetry list).
    const sha = git(bare, 'rev-parse', 'main');
    f.failNext('PATCH', /\/git\/refs\/heads\/docs$/, 409, 'Reference update failed');
    f.clearRecords();
    await retrying.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/docs', sha, force: true });
    expect(f.requests.map((r) => r.status)).toEqual([409, 200]);
    f.failNext('PATCH', '/repos/acme/shop/git/refs/*', 409, 'Reference update failed');
    await expectStatus(
      plain.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/docs', sha, force: true }),
      409,
    );
    expect(f.violations).toEqual([]);
  });

  it('throttling plugin: a primary rate limit 403 is retried through onRateLimit', async () => {
    const f = await start();
    const seen: number[] = [];
    const gh = getOctokit(
      TOKEN,
      {
        baseUrl: f.url,
        throttle: {
          retryAfterBaseValue: 1,
          onRateLimit: (after: number) => {
            seen.push(after);
            return true;
          },
          onSecondaryRateLimit: () => false,
        },
      },
      throttling,
    );
    f.failNext(
      'GET',
      'repos/get',
      403,
      {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
      },
      1,
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
      },
    );
    const { data } = await gh.rest.repos.get({ owner: OWNER, repo: REPO });
    expect(data.name).toBe(REPO);
    expect(seen).toHaveLength(1);
    expect(f.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('validation: undocumented paths, bad bodies, bad params and unimplemented operations are violations', async () => {
    const f = await start();
    const gh = octo(f);
    // GET on the plural /git/refs/{ref} is not documented (only git/ref/{ref} is).
    await expectStatus(
      gh.request('GET /repos/{owner}/{repo}/git/refs/{ref}', { owner: OWNER, repo: REPO, ref: 'heads/main' }),
      404,
    );
    await expectStatus(gh.request('POST /graphql', { query: '{ viewer { login } }' }), 404);
    await expectStatus(
      gh.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        owner: OWNER,
        repo: REPO,
        ref: 'heads/main',
        sha: 'abc',
        force: 'yes' as unknown as boolean,
      }),
      422,
    );
    await expectStatus(
      gh.request('POST /repos/{owner}/{repo}/pulls', {
        owner: OWNER,
        repo: REPO,
        title: 't',
        head: 'x',
        base: 'main',
        titel: 'typo',
      }),
      422,
    );
    await expectStatus(
      gh.request('POST /repos/{owner}/{repo}/git/trees', {
        owner: OWNER,
        repo: REPO,
        tree: [{ path: 'a', mode: '100600' as '100644', type: 'blob', content: 'x' }],
      }),
      422,
    );
    await expectStatus(
      gh.request('GET /repos/{owner}/{repo}/pulls', { owner: OWNER, repo: REPO, state: 'merged' as 'open' }),
      422,
    );
    await expectStatus(
      gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: OWNER,
        repo: REPO,
        pull_number: 'abc' as unknown as number,
      }),
      404,
    );
    await expectStatus(gh.rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'README.md' }), 501);
    const bad = await fetch(`${f.url}/repos/${OWNER}/${REPO}/git/blobs`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}` },
      body: '{not json',
    });
    expect(bad.status).toBe(400);

    expect(f.violations.map((v) => [v.method, v.path, v.kind, v.operationId])).toEqual([
      ['GET', '/repos/acme/shop/git/refs/heads/main', 'unknown-route', undefined],
      ['POST', '/graphql', 'unknown-route', undefined],
      ['PATCH', '/repos/acme/shop/git/refs/heads/main', 'body', 'git/update-ref'],
      ['POST', '/repos/acme/shop/pulls', 'body', 'pulls/create'],
      ['POST', '/repos/acme/shop/git/trees', 'body', 'git/create-tree'],
      ['GET', '/repos/acme/shop/pulls', 'query', 'pulls/list'],
      ['GET', '/repos/acme/shop/pulls/abc', 'path-param', 'pulls/get'],
      ['GET', '/repos/acme/shop/contents/README.md', 'unimplemented', 'repos/get-content'],
      ['POST', '/repos/acme/shop/git/blobs', 'json', 'git/create-blob'],
    ]);
    expect(f.violations[2]!.errors).toEqual(['body.force: "yes" is not of type boolean']);
    expect(f.violations[3]!.errors).toEqual(['body: "titel" is not a documented property']);
    expect(f.violations[4]!.errors[0]).toContain('body.tree[0].mode');
    f.clearRecords();
    expect(f.violations).toEqual([]);
  });

  it('getOctokit reads GITHUB_API_URL once, when @actions/github is first imported', async () => {
    const f = await start();
    const script = [
      "const { getOctokit } = await import('@actions/github');",
      "const gh = getOctokit('t');",
      "const { data } = await gh.rest.repos.get({ owner: 'acme', repo: 'shop' });",
      'console.log(data.default_branch);',
    ].join('\n');
    const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: process.cwd(),
      env: { ...process.env, GITHUB_API_URL: f.url },
    });
    expect(stdout.trim()).toBe('main');
    expect(f.requests).toHaveLength(1);
    expect(f.requests[0]!.token).toBe('t');
  });
});
