import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { git, PROJECT_ROOT, runAction } from '../support/action-runner.js';

// The built action publishes through the real Octokit to a fake GitHub API on 127.0.0.1, whose
// repository is a real bare git repository on disk: API commits land in it, `git fetch` sees them.
// Every request is checked against GitHub's own OpenAPI description (fake.violations).

const DOCS = 'docs/architecture';
const TOKEN = 'ghs_fake_token_for_tests';
const fakes: FakeGitHub[] = [];
afterEach(async () => {
  for (const f of fakes.splice(0)) {
    expect(f.violations).toEqual([]);
    await f.close();
  }
});

/** A bare "GitHub" repository holding examples/shop on main, and the fake API in front of it. */
async function remote(): Promise<{ bare: string; fake: FakeGitHub; author: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ad-remote-'));
  const bare = join(dir, 'shop.git');
  const author = join(dir, 'author');
  git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
  git(dir, 'clone', '-q', bare, author);
  cpSync(join(PROJECT_ROOT, 'examples/shop'), author, { recursive: true, filter: (s) => !s.includes('/docs') });
  git(author, 'checkout', '-q', '-B', 'main');
  git(author, 'add', '-A');
  git(author, 'commit', '-q', '-m', 'initial');
  git(author, 'push', '-q', 'origin', 'main');
  const fake = await startFakeGitHub({ owner: 'acme', repo: 'shop', bareRepoPath: bare });
  fakes.push(fake);
  return { bare, fake, author };
}

/** What actions/checkout leaves: a shallow clone of the branch. */
function checkout(bare: string, branch = 'main'): string {
  const ws = mkdtempSync(join(tmpdir(), 'ad-ws-'));
  git(ws, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${bare}`, '.');
  return ws;
}

const push = (branch = 'main') => ({
  name: 'push',
  payload: {
    ref: `refs/heads/${branch}`,
    repository: { full_name: 'acme/shop', default_branch: 'main' },
    head_commit: { message: 'change' },
    commits: [],
  },
});

function runIn(fake: FakeGitHub, ws: string, inputs: Record<string, string> = {}, event = push()) {
  return runAction(
    ws,
    { 'github-token': TOKEN, ...inputs },
    { GITHUB_API_URL: fake.url, GITHUB_REF: (event.payload as { ref?: string }).ref ?? '' },
    event,
  );
}

/** A person commits files on main (in their clone) and pushes. */
function pushToMain(author: string, files: Record<string, string>, message: string): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(author, file)), { recursive: true });
    writeFileSync(join(author, file), text);
  }
  git(author, 'add', '-A');
  git(author, 'commit', '-q', '-m', message);
  git(author, 'push', '-q', 'origin', 'main');
}

const branchHead = (bare: string, branch: string) => git(bare, 'rev-parse', `refs/heads/${branch}`).trim();

describe('pull-request mode', () => {
  let r: Awaited<ReturnType<typeof remote>>;
  beforeAll(async () => {
    r = await remote();
    fakes.splice(fakes.indexOf(r.fake), 1); // this describe's fake lives across its tests
  });

  test('first run opens a pull request from architect-docs/main with a verified docs commit', async () => {
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(run.outputs['pull-request-number']).toBe('1');
    expect(run.outputs.branch).toBe('architect-docs/main');
    expect(run.outputs['commit-sha']).toBe(branchHead(r.bare, 'architect-docs/main'));
    expect(r.fake.pulls).toHaveLength(1);
    expect(r.fake.pulls[0]).toMatchObject({ head: 'architect-docs/main', base: 'main', state: 'open' });
    expect(r.fake.pulls[0]!.body).toContain('### Generated files');
    // A clone sees the docs on the branch, made through the Git Data API.
    const clone = checkout(r.bare, 'architect-docs/main');
    expect(readFileSync(join(clone, DOCS, 'api.md'), 'utf8')).toContain('`/orders`');
    expect(git(clone, 'log', '-1', '--format=%B')).toContain('Architect-Docs-Generated: true');
    expect(r.fake.requestsFor('POST', '/repos/acme/shop/git/commits')).toHaveLength(1);
    expect(r.fake.violations).toEqual([]);
  });

  test('rerun with no change: operation none and no new commit', async () => {
    const before = branchHead(r.bare, 'architect-docs/main');
    const commits = r.fake.requestsFor('POST', '/repos/acme/shop/git/commits').length;
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('none');
    expect(branchHead(r.bare, 'architect-docs/main')).toBe(before);
    expect(r.fake.requestsFor('POST', '/repos/acme/shop/git/commits')).toHaveLength(commits);
  });

  test('after a source change the same pull request is updated', async () => {
    pushToMain(
      r.author,
      {
        'db/migrations/000013_add_loyalty_points.up.sql':
          'ALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;\n',
      },
      'loyalty points',
    );
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('updated');
    expect(run.outputs['pull-request-number']).toBe('1');
    expect(r.fake.pulls).toHaveLength(1);
    const clone = checkout(r.bare, 'architect-docs/main');
    expect(readFileSync(join(clone, DOCS, 'data-model.md'), 'utf8')).toContain('`loyalty_points`');
    expect(r.fake.pulls[0]!.body).toContain('data-model.md');
  });

  test('a commit a person pushed to the docs branch is kept: the next docs commit goes on top', async () => {
    const human = checkout(r.bare, 'architect-docs/main');
    const notes = join(human, DOCS, 'api.md');
    writeFileSync(notes, `${readFileSync(notes, 'utf8')}\n## Reviewer notes\n\nChecked with the payments team.\n`);
    git(human, 'commit', '-q', '-am', 'docs: reviewer notes');
    git(human, 'push', '-q', 'origin', 'HEAD:architect-docs/main');
    const humanSha = git(human, 'rev-parse', 'HEAD').trim();

    pushToMain(
      r.author,
      {
        'db/migrations/000014_add_orders_channel.up.sql':
          "ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';\n",
      },
      'order channel',
    );
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('updated');
    // Never force-pushed away: the person's commit is an ancestor of the new head.
    git(r.bare, 'merge-base', '--is-ancestor', humanSha, 'refs/heads/architect-docs/main');
    const clone = checkout(r.bare, 'architect-docs/main');
    expect(readFileSync(join(clone, DOCS, 'api.md'), 'utf8')).toContain('Checked with the payments team.');
    expect(readFileSync(join(clone, DOCS, 'data-model.md'), 'utf8')).toContain('`channel`');
  });

  test('ten reruns: still one pull request, and no commit when nothing changed', async () => {
    const head = branchHead(r.bare, 'architect-docs/main');
    for (let i = 0; i < 10; i++) {
      const run = await runIn(r.fake, checkout(r.bare));
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['pull-request-operation']).toBe('none');
    }
    expect(r.fake.pulls).toHaveLength(1);
    expect(branchHead(r.bare, 'architect-docs/main')).toBe(head);
    expect(r.fake.violations).toEqual([]);
    await r.fake.close();
  });
});

describe('pull request lifecycle', () => {
  test('labels survive GitHub\'s "Could not resolve to a node" right after creation', async () => {
    const r = await remote();
    r.fake.failNext(
      'POST',
      '/repos/acme/shop/issues/1/labels',
      422,
      "Could not resolve to a node with the global id of 'PR_kwDOfake1'.",
    );
    const run = await runIn(r.fake, checkout(r.bare), { labels: 'documentation, architecture' });
    expect(run.code, run.stdout).toBe(0);
    expect(r.fake.pulls[0]!.labels).toEqual(['documentation', 'architecture']);
    expect(r.fake.requestsFor('POST', '/repos/acme/shop/issues/1/labels').map((q) => q.status)).toEqual([422, 200]);
  });

  test('delete-branch: once the base has the docs, the pull request is closed and its branch deleted', async () => {
    const r = await remote();
    const first = await runIn(r.fake, checkout(r.bare), { 'delete-branch': 'true' });
    expect(first.outputs['pull-request-operation']).toBe('created');
    // The team merges the docs branch.
    git(r.author, 'fetch', '-q', 'origin', 'architect-docs/main');
    git(r.author, 'merge', '-q', '--ff-only', 'FETCH_HEAD');
    git(r.author, 'push', '-q', 'origin', 'main');
    const run = await runIn(r.fake, checkout(r.bare), { 'delete-branch': 'true' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('closed');
    expect(r.fake.pulls[0]!.state).toBe('closed');
    expect(git(r.bare, 'branch', '--list', 'architect-docs/main').trim()).toBe('');
  });
});

describe('commit mode', () => {
  test('a push race is retried on the new head and succeeds', async () => {
    const r = await remote();
    let raced = false;
    r.fake.onRequest((req) => {
      // Someone pushes to main between our read of the head and our ref update.
      if (!raced && req.method === 'PATCH' && req.path.includes('/git/refs/heads/main')) {
        raced = true;
        pushToMain(r.author, { 'NOTES.md': 'a concurrent change\n' }, 'concurrent');
      }
    });
    const run = await runIn(r.fake, checkout(r.bare), { mode: 'commit' });
    expect(run.code, run.stdout).toBe(0);
    expect(raced).toBe(true);
    expect(run.outputs['commit-sha']).toBe(branchHead(r.bare, 'main'));
    const clone = checkout(r.bare);
    expect(readFileSync(join(clone, 'NOTES.md'), 'utf8')).toBe('a concurrent change\n');
    expect(readFileSync(join(clone, DOCS, 'README.md'), 'utf8')).toContain('# Architecture overview');
    expect(r.fake.requestsFor('PATCH', '/repos/acme/shop/git/refs/heads/main').map((q) => q.status)).toEqual([
      422, 200,
    ]);
  });

  test('the docs themselves changed on the branch meanwhile: not overwritten, the run says so', async () => {
    const r = await remote();
    let raced = false;
    r.fake.onRequest((req) => {
      if (!raced && req.method === 'PATCH' && req.path.includes('/git/refs/heads/main')) {
        raced = true;
        pushToMain(r.author, { [`${DOCS}/README.md`]: '# Our own overview\n' }, 'hand-written overview');
      }
    });
    const run = await runIn(r.fake, checkout(r.bare), { mode: 'commit' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /the docs changed on "main" while this run was working \(docs\/architecture\/README\.md\)/,
    );
    expect(readFileSync(join(checkout(r.bare), DOCS, 'README.md'), 'utf8')).toBe('# Our own overview\n');
  });

  test('commit-method git: commit and push with the checkout, on a shallow clone', async () => {
    const r = await remote();
    const run = await runIn(r.fake, checkout(r.bare), { mode: 'commit', 'commit-method': 'git' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['commit-sha']).toBe(branchHead(r.bare, 'main'));
    expect(git(r.bare, 'log', '-1', '--format=%B', 'main')).toContain('Architect-Docs-Generated: true');
  });
});

describe('permissions and events', () => {
  test('a token without contents: write fails with the fix in the message', async () => {
    const r = await remote();
    r.fake.settings.permissions.contents = 'read';
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        '::error::.*Resource not accessible by integration.*' +
          'permissions:%0A {4}contents: write%0A {4}pull-requests: write',
      ),
    );
  });

  test('a repository that forbids Actions to create pull requests: the fix names the setting', async () => {
    const r = await remote();
    r.fake.settings.actionsCanCreatePullRequests = false;
    const run = await runIn(r.fake, checkout(r.bare));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Allow GitHub Actions to create and approve pull requests/);
  });

  test('a pull request from a fork gets check mode only: nothing is written', async () => {
    const r = await remote();
    const event = {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: 9,
          base: { ref: 'main', sha: branchHead(r.bare, 'main'), repo: { full_name: 'acme/shop' } },
          head: { ref: 'feature', repo: { full_name: 'someone/shop' } },
        },
        repository: { full_name: 'acme/shop', default_branch: 'main' },
      },
    };
    const run = await runIn(r.fake, checkout(r.bare), {}, event as ReturnType<typeof push>);
    expect(run.stdout).toMatch(
      /::notice::mode pull-request does not apply to pull_request events: running in check mode/,
    );
    expect(run.code).toBe(1); // the docs were never generated on main: stale
    expect(run.summary).toContain('### What would change');
    expect(r.fake.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  });

  test('schedule on a detached HEAD opens the pull request against the default branch', async () => {
    const r = await remote();
    const ws = checkout(r.bare);
    git(ws, 'checkout', '-q', '--detach');
    const run = await runIn(r.fake, ws, {}, {
      name: 'schedule',
      payload: { repository: { full_name: 'acme/shop', default_branch: 'main' } },
    } as ReturnType<typeof push>);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(r.fake.pulls[0]).toMatchObject({ base: 'main', head: 'architect-docs/main' });
  });

  test('our own commit coming back as a push is skipped (no loop)', async () => {
    const r = await remote();
    const event = {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        repository: { full_name: 'acme/shop', default_branch: 'main' },
        head_commit: { message: 'docs: update architecture docs\n\nArchitect-Docs-Generated: true' },
        commits: [],
      },
    };
    const run = await runIn(r.fake, checkout(r.bare), {}, event);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Skipped: the head commit was made by Architect Docs.');
    expect(r.fake.requests).toEqual([]);
  });
});
