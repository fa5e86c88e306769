import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { git, runAction, runCli } from '../support/action-runner.js';
import { writeRepoFile } from '../support/temp-repo.js';

// A monorepo of two systems, each with its own spec and migrations in its own folder, run by the
// built bundle (the CLI and the action): each docs folder must hold its own system's facts only.

const CONFIG = `
sources:
  include-test-folders: false
systems:
  billing:
    docs-dir: services/billing/docs
    sources:
      paths: [services/billing]
  shipping:
    docs-dir: services/shipping/docs
    sources:
      paths: [services/shipping]
`;

const spec = (title: string, path: string) => `openapi: 3.0.3
info: { title: ${title}, version: 1.0.0 }
paths:
  ${path}:
    get:
      operationId: list
      responses:
        '200': { description: ok }
`;

const FILES: Record<string, string> = {
  '.github/architect-docs.yml': CONFIG,
  'services/billing/api/openapi.yaml': spec('Billing API', '/invoices'),
  'services/billing/db/migrations/001_invoices.up.sql':
    'CREATE TABLE invoices (id bigint PRIMARY KEY, total_cents bigint NOT NULL);\n',
  'services/billing/db/migrations/001_invoices.down.sql': 'DROP TABLE invoices;\n',
  'services/shipping/api/openapi.yaml': spec('Shipping API', '/parcels'),
  'services/shipping/db/migrations/001_parcels.up.sql':
    'CREATE TABLE parcels (id bigint PRIMARY KEY, weight_grams integer NOT NULL);\n',
  'services/shipping/db/migrations/001_parcels.down.sql': 'DROP TABLE parcels;\n',
};

/** The monorepo, committed, as a checkout would hold it. */
function monorepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-monorepo-'));
  for (const [file, text] of Object.entries(FILES)) writeRepoFile(dir, file, text);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

const STATE = '.architect-docs-state';
const read = (repo: string, file: string) => readFileSync(join(repo, file), 'utf8');

/** Every doc of a docs folder, as one text (the state file aside). */
function docsText(repo: string, docsDir: string): string {
  const files = git(repo, 'ls-files', '--others', '--cached', '--', docsDir).split('\n').filter(Boolean);
  return files
    .filter((f) => !f.endsWith(STATE))
    .map((f) => read(repo, f))
    .join('\n');
}

async function factsOf(repo: string, system: string) {
  const out = await runCli(['facts', '--repo', repo, '--system', system, '--offline']);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as {
    inputs: { file: string }[];
    schema: { tables: { name: string }[] };
    api: { operations: { path: string }[] };
  };
}

describe('a monorepo with systems:', () => {
  test('generate writes each system into its own docs folder, with its own facts only', async () => {
    const repo = monorepo();
    const out = await runCli(['generate', '--repo', repo, '--offline']);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('System billing:');
    expect(out.stdout).toContain('System shipping:');

    for (const [system, own, other] of [
      ['billing', { table: 'invoices', path: '/invoices' }, { table: 'parcels', path: '/parcels' }],
      ['shipping', { table: 'parcels', path: '/parcels' }, { table: 'invoices', path: '/invoices' }],
    ] as const) {
      const docsDir = `services/${system}/docs`;
      // Each system keeps its own state file in its own docs folder.
      expect(existsSync(join(repo, docsDir, STATE))).toBe(true);
      const facts = await factsOf(repo, system);
      expect(facts.inputs.map((i) => i.file).every((f) => f.startsWith(`services/${system}/`))).toBe(true);
      expect(facts.schema.tables.map((t) => t.name.replace(/^public\./, ''))).toEqual([own.table]);
      expect(facts.api.operations.map((o) => o.path)).toEqual([own.path]);

      const docs = docsText(repo, docsDir);
      expect(docs).toContain(own.table);
      expect(docs).toContain(own.path);
      expect(docs).not.toContain(other.table);
      expect(docs).not.toContain(other.path);
    }
    // Nothing is written to the default docs folder of a repository without systems.
    expect(existsSync(join(repo, 'docs/architecture'))).toBe(false);

    // A second run finds both systems current without reading anything again.
    const again = await runCli(['check', '--repo', repo, '--offline']);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout.match(/are current/g)).toHaveLength(2);
  });

  test('--system runs that system only; an unknown one is a config error naming the known ones', async () => {
    const repo = monorepo();
    const out = await runCli(['generate', '--repo', repo, '--system', 'shipping', '--offline']);
    expect(out.code, out.stderr).toBe(0);
    expect(existsSync(join(repo, 'services/shipping/docs', STATE))).toBe(true);
    expect(existsSync(join(repo, 'services/billing/docs'))).toBe(false);

    const unknown = await runCli(['generate', '--repo', repo, '--system', 'payments', '--offline']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown system "payments": .github/architect-docs.yml defines "billing", "shipping"',
    );
  });
});

describe('the action on a monorepo', () => {
  const fakes: FakeGitHub[] = [];
  afterEach(async () => {
    for (const f of fakes.splice(0)) {
      expect(f.violations).toEqual([]);
      await f.close();
    }
  });

  test('input system runs only that system; its job summary names it', async () => {
    const repo = monorepo();
    const run = await runAction(repo, { mode: 'write', system: 'billing' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.summary).toContain('## Architect Docs: billing');
    expect(run.summary).not.toContain('shipping');
    const files = run.outputs.files!.split('\n');
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f.startsWith('services/billing/docs/'))).toBe(true);
    expect(existsSync(join(repo, 'services/shipping/docs'))).toBe(false);
  });

  test('pull-request mode: all systems in one pull request; a matrix job gets its own branch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ad-remote-'));
    const bare = join(dir, 'mono.git');
    git(dir, 'init', '-q', '--bare', '-b', 'main', bare);
    const author = monorepo();
    git(author, 'remote', 'add', 'origin', bare);
    git(author, 'push', '-q', 'origin', 'main');
    const fake = await startFakeGitHub({ owner: 'acme', repo: 'mono', bareRepoPath: bare });
    fakes.push(fake);
    const event = {
      name: 'push',
      payload: {
        ref: 'refs/heads/main',
        repository: { full_name: 'acme/mono', default_branch: 'main' },
        head_commit: { message: 'change' },
        commits: [],
      },
    };
    const checkout = () => {
      const ws = mkdtempSync(join(tmpdir(), 'ad-ws-'));
      git(ws, 'clone', '-q', '--depth', '1', `file://${bare}`, '.');
      return ws;
    };
    const env = { GITHUB_API_URL: fake.url, GITHUB_REF: 'refs/heads/main' };

    const all = await runAction(checkout(), { 'github-token': 'ghs_fake' }, env, event);
    expect(all.code, all.stderr).toBe(0);
    expect(all.outputs['pull-request-operation']).toBe('created');
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]).toMatchObject({ head: 'architect-docs/main', base: 'main' });
    expect(fake.pulls[0]!.body).toContain('## billing');
    expect(fake.pulls[0]!.body).toContain('## shipping');
    const onBranch = git(bare, 'ls-tree', '-r', '--name-only', 'architect-docs/main').split('\n');
    expect(onBranch).toContain(`services/billing/docs/${STATE}`);
    expect(onBranch).toContain(`services/shipping/docs/${STATE}`);
    expect(all.summary).toContain('## Architect Docs: billing');
    expect(all.summary).toContain('## Architect Docs: shipping');

    const one = await runAction(checkout(), { 'github-token': 'ghs_fake', system: 'shipping' }, env, event);
    expect(one.code, one.stderr).toBe(0);
    expect(one.outputs.branch).toBe('architect-docs/main-shipping');
    expect(fake.pulls).toHaveLength(2);
    expect(fake.pulls[1]).toMatchObject({
      head: 'architect-docs/main-shipping',
      title: expect.stringContaining('(shipping)'),
    });
    const shippingOnly = git(bare, 'ls-tree', '-r', '--name-only', 'architect-docs/main-shipping', '--', 'services')
      .split('\n')
      .filter((f) => f.includes('/docs/'));
    expect(shippingOnly.length).toBeGreaterThan(0);
    expect(shippingOnly.every((f) => f.startsWith('services/shipping/docs/'))).toBe(true);
    // The shared pull request's branch is left as it was.
    expect(git(bare, 'ls-tree', '-r', '--name-only', 'architect-docs/main').split('\n')).toContain(
      `services/billing/docs/${STATE}`,
    );
  });
});
