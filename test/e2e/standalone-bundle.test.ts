import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no typings
import { unresolvedBareImports } from '../../scripts/check-bundle-imports.mjs';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { git, PLACEHOLDER_TOKEN, PROJECT_ROOT, runAction, runCli } from '../support/action-runner.js';

// GitHub checks the action out at a ref and runs dist/index.js as it is: no npm install, no
// node_modules. These run the committed bundle from a copy that has nothing else around it.

const DOCS = 'docs/architecture';
const TABLES = [
  'addresses',
  'customers',
  'inventory_reservations',
  'order_items',
  'orders',
  'outbox_events',
  'payments',
  'products',
];

let action: string;
beforeAll(() => {
  action = realpathSync(mkdtempSync(join(tmpdir(), 'ad-standalone-')));
  for (const part of ['action.yml', 'dist', 'bin'])
    cpSync(join(PROJECT_ROOT, part), join(action, part), { recursive: true });
});

/** A copy of examples/shop without its generated docs and, like most repositories, no config file. */
function shopWithoutDocs(into: string): string {
  cpSync(join(PROJECT_ROOT, 'examples/shop'), into, { recursive: true, filter: (s) => !s.includes('/docs') });
  expect(existsSync(join(into, 'docs'))).toBe(false);
  expect(existsSync(join(into, '.github/architect-docs.yml'))).toBe(false);
  return into;
}

/** The data model can only read like this if the migrations were replayed in PostgreSQL. */
function expectShopDocs(docs: string): void {
  const data = readFileSync(join(docs, 'data-model.md'), 'utf8');
  for (const table of TABLES) expect(data, table).toContain(`### ${table}\n`);
  expect(data).toContain('### order_summaries (view)');
  expect(data).toContain('after replaying 12 migrations in PostgreSQL');
  // 000009 renames customers.full_name: only a replay knows the column's name now.
  expect(data).toContain('`display_name`');
  expect(readFileSync(join(docs, 'api.md'), 'utf8')).toMatch(/\| `POST` +\| `\/orders` +\|/);
  // Terraform goes through the vendored HCL parser (Go in WASM, with its fs-extra tree).
  expect(readFileSync(join(docs, 'infrastructure.md'), 'utf8')).toContain('aws_db_instance main');
}

test('dist/ imports no package that only node_modules could provide', () => {
  expect(unresolvedBareImports(join(PROJECT_ROOT, 'dist'))).toEqual([]);
});

test('the copy of the action has no node_modules above it', () => {
  for (let d = action; ; d = dirname(d)) {
    expect(existsSync(join(d, 'node_modules')), d).toBe(false);
    if (dirname(d) === d) break;
  }
});

describe("the action with nothing but action.yml's defaults, on a repository without a config file", () => {
  let fake: FakeGitHub;
  let bare: string;
  afterAll(() => fake?.close());

  test('pull-request mode: exit 0, a pull request with the docs, the migrations replayed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ad-standalone-remote-'));
    bare = join(dir, 'shop.git');
    const author = shopWithoutDocs(join(dir, 'author'));
    git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
    git(author, 'init', '-q', '-b', 'main');
    git(author, 'add', '-A');
    git(author, 'commit', '-q', '-m', 'initial');
    git(author, 'push', '-q', bare, 'main');
    // Only the token the harness puts in for `${{ github.token }}` is accepted: the default reached the API.
    fake = await startFakeGitHub({ owner: 'acme', repo: 'shop', bareRepoPath: bare, tokens: [PLACEHOLDER_TOKEN] });
    const ws = mkdtempSync(join(tmpdir(), 'ad-standalone-ws-'));
    git(ws, 'clone', '-q', '--depth', '1', '--branch', 'main', `file://${bare}`, '.');

    const event = {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        repository: { full_name: 'acme/shop', default_branch: 'main' },
        head_commit: { message: 'initial' },
        commits: [],
      },
    };
    const run = await runAction(ws, {}, { GITHUB_API_URL: fake.url }, event, { actionDir: action });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('::error');
    expect(run.outputs['pull-request-operation']).toBe('created');
    expect(run.outputs.branch).toBe('architect-docs/main');
    expect(fake.violations).toEqual([]);
    const clone = mkdtempSync(join(tmpdir(), 'ad-standalone-clone-'));
    git(clone, 'clone', '-q', '--branch', 'architect-docs/main', `file://${bare}`, '.');
    expectShopDocs(join(clone, DOCS));
  });

  test('write mode: exit 0, the docs in the workspace', async () => {
    const ws = shopWithoutDocs(join(mkdtempSync(join(tmpdir(), 'ad-standalone-write-')), 'shop'));
    const run = await runAction(ws, { mode: 'write' }, {}, undefined, { actionDir: action });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('::error');
    expect(run.outputs.changed).toBe('true');
    expectShopDocs(join(ws, DOCS));
  });
});

test('the CLI from the copy: generate --offline writes the docs', async () => {
  const repo = shopWithoutDocs(join(mkdtempSync(join(tmpdir(), 'ad-standalone-cli-')), 'shop'));
  const run = await runCli(['generate', '--repo', repo, '--offline'], { actionDir: action, cwd: action });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expectShopDocs(join(repo, DOCS));
});
