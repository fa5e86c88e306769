// The no-op run of the built bundle: when nothing the docs depend on changed since the last
// finished run, the run hashes and stops, loading none of the pipeline. Each thing the run key
// covers is changed once to show it sends the run down the full path again.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatState, parseStateText } from '../../src/state/state-text.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { exampleCheckout, git, PROJECT_ROOT, runAction } from '../support/action-runner.js';

const DOCS = 'docs/architecture';
const STATE = `${DOCS}/.architect-docs-state`;
const CURRENT = 'nothing was read again';

/** An ESM load hook that lists every file of dist/ the process loads, so a test can see what ran. */
function loadRecorder(): { flags: string[]; loaded(): string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ad-loads-'));
  const log = join(dir, 'loaded.txt');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';\n` +
      `export async function load(url, context, next) {\n` +
      `  if (url.includes('/dist/')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n` +
      `  return next(url, context);\n}\n`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
  return {
    flags: ['--no-warnings', '--import', join(dir, 'register.mjs')],
    loaded() {
      const text = (() => {
        try {
          return readFileSync(log, 'utf8');
        } catch {
          return '';
        }
      })();
      writeFileSync(log, '');
      return [...new Set(text.split('\n').filter(Boolean))].map((u) => new URL(u).pathname);
    },
  };
}

function cli(repo: string, args: string[], flags: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(
    process.execPath,
    [...flags, join(PROJECT_ROOT, 'bin/architect-docs.js'), ...args, '--repo', repo],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const bytes = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
const contains = (file: string, text: string) => readFileSync(file, 'utf8').includes(text);

describe('the CLI on unchanged inputs', () => {
  let repo: string;
  const recorder = loadRecorder();

  beforeAll(() => {
    repo = exampleCheckout();
  });

  test('the second generate stops after hashing: no parser, renderer or model client is loaded', () => {
    const first = cli(repo, ['generate'], recorder.flags);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Wrote');
    const fullLoads = recorder.loaded();
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    const state = readFileSync(join(repo, STATE), 'utf8');
    expect(parseStateText(state)?.runKey).toMatch(/^[0-9a-f]{64}$/);

    const second = cli(repo, ['generate'], recorder.flags);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(CURRENT);
    expect(second.stdout).toMatch(/\d+ diagnostic\(s\) of the last run still stand/);
    expect(readFileSync(join(repo, STATE), 'utf8')).toBe(state);
    const noOpLoads = recorder.loaded();
    // The full run loaded the renderer (micromark) and the model client's chunk; the no-op neither.
    expect(fullLoads.some((f) => contains(f, 'micromark'))).toBe(true);
    for (const f of noOpLoads) {
      expect(contains(f, 'micromark'), f).toBe(false);
      expect(contains(f, 'anthropic-version'), f).toBe(false);
    }
    expect(bytes(noOpLoads)).toBeLessThan(bytes(fullLoads) / 5);

    const check = cli(repo, ['check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(CURRENT);
  });

  test('text people write around the managed blocks is no reason to run', () => {
    appendFileSync(join(repo, DOCS, 'api.md'), '\n## Team notes\n\nThe gateway enforces rate limits.\n');
    expect(cli(repo, ['generate']).stdout).toContain(CURRENT);
  });

  test('an edit inside a managed block runs in full, and the block is kept as the person left it', () => {
    const file = join(repo, DOCS, 'data-model.md');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/(<!-- architect-docs:begin[^\n]*-->\n)/, '$1Edited by hand.\n');
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const run = cli(repo, ['generate']);
    expect(run.stdout).not.toContain(CURRENT);
    expect(readFileSync(file, 'utf8')).toContain('Edited by hand.');
  });

  test('a changed migration, template or agent file each runs in full', () => {
    // The hand-edited block alone did not rewrite the state (not worth a commit), so runs stay full
    // until a change the docs show; after that one the next run is a no-op again.
    expect(cli(repo, ['generate']).stdout).not.toContain(CURRENT);
    expect(git(repo, 'status', '--porcelain', '--', STATE)).toBe('');
    appendFileSync(join(repo, 'db/migrations/000001_create_customers.up.sql'), '\n-- reviewed\n');
    const migration = cli(repo, ['generate']);
    expect(migration.stdout).not.toContain(CURRENT);
    expect(cli(repo, ['generate']).stdout).toContain(CURRENT);

    mkdirSync(join(repo, '.github'), { recursive: true });
    mkdirSync(join(repo, 'doc-templates'), { recursive: true });
    writeFileSync(join(repo, '.github/architect-docs.yml'), 'templates-dir: doc-templates\n');
    const configChanged = cli(repo, ['generate']);
    expect(configChanged.code, configChanged.stderr).toBe(0);
    expect(configChanged.stdout).not.toContain(CURRENT);
    // A setting is part of the run key: the state records the new one, and the next run is a no-op.
    expect(cli(repo, ['generate']).stdout).toContain(CURRENT);

    const bundled = readFileSync(join(PROJECT_ROOT, 'docs-templates/api.md'), 'utf8');
    writeFileSync(join(repo, 'doc-templates/api.md'), bundled.replace(/^# .*$/m, '# HTTP and event API'));
    const template = cli(repo, ['generate']);
    expect(template.stdout).not.toContain(CURRENT);
  });

  test('check on a stale docs folder is not answered by the no-op path', () => {
    writeFileSync(
      join(repo, 'db/migrations/000013_add_points.up.sql'),
      'ALTER TABLE customers ADD COLUMN points int;\n',
    );
    const check = cli(repo, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale');
  });
});

describe('the built action, with a model', () => {
  let fake: FakeAnthropic;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ defaultBehaviour: 'architect' });
  });
  afterAll(() => fake.close());

  test('offline leaves the sections to the model; a run with a key writes them; the next is a no-op', async () => {
    const repo = exampleCheckout();
    const offline = await runAction(repo, { mode: 'write' });
    expect(offline.code, offline.stdout).toBe(0);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    expect(parseStateText(readFileSync(join(repo, STATE), 'utf8'))?.modelPending).toBe(true);

    // Same inputs, but now the model may run: the sections it owes are work, not a no-op.
    const online = await runAction(
      repo,
      { mode: 'write', 'anthropic-api-key': 'sk-ant-test-key' },
      { ANTHROPIC_BASE_URL: fake.url },
    );
    expect(online.code, online.stdout).toBe(0);
    expect(Number(online.outputs['sections-generated'])).toBe(11);
    expect(parseStateText(readFileSync(join(repo, STATE), 'utf8'))?.modelPending).toBeUndefined();
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'model docs');

    const requests = fake.messageRequests().length;
    const again = await runAction(
      repo,
      { mode: 'write', 'anthropic-api-key': 'sk-ant-test-key' },
      { ANTHROPIC_BASE_URL: fake.url },
    );
    expect(again.code, again.stdout).toBe(0);
    expect(again.summary).toContain('Docs are current');
    expect(again.outputs.changed).toBe('false');
    expect(again.outputs['sections-generated']).toBe('0');
    expect(fake.messageRequests().length).toBe(requests);
    expect(git(repo, 'status', '--porcelain')).toBe('');

    // Offline again on the model's docs: nothing to do either, and nothing rewritten.
    const offlineAgain = await runAction(repo, { mode: 'write' });
    expect(offlineAgain.summary).toContain('Docs are current');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  test('pull-request mode: a no-op only while the docs branch is absent or holds the same run', async () => {
    const repo = exampleCheckout();
    const remote = mkdtempSync(join(tmpdir(), 'ad-remote-'));
    execFileSync('git', ['init', '-q', '--bare', remote]);
    git(repo, 'remote', 'add', 'origin', remote);
    await runAction(repo, { mode: 'write' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    git(repo, 'push', '-q', 'origin', 'main');

    const noBranch = await runAction(repo, { mode: 'pull-request' });
    expect(noBranch.code, noBranch.stdout).toBe(0);
    expect(noBranch.summary).toContain('Docs are current');

    // A docs branch holding the same run's docs (a merged pull request's branch, kept): still a no-op.
    git(repo, 'push', '-q', 'origin', 'main:architect-docs/main');
    const sameBranch = await runAction(repo, { mode: 'pull-request' });
    expect(sameBranch.summary).toContain('Docs are current');

    // A docs branch whose state is another run's: the open pull request may need closing or updating.
    git(repo, 'checkout', '-q', '-b', 'architect-docs/main');
    const state = parseStateText(readFileSync(join(repo, STATE), 'utf8'))!;
    writeFileSync(join(repo, STATE), formatState({ ...state, runKey: '0'.repeat(64) }));
    git(repo, 'commit', '-q', '-am', 'docs of another run');
    git(repo, 'push', '-q', '-f', 'origin', 'architect-docs/main');
    git(repo, 'checkout', '-q', 'main');
    const otherBranch = await runAction(repo, { mode: 'pull-request' });
    expect(otherBranch.summary).not.toContain('Docs are current');
  });
});
