import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { exampleCheckout, git, runAction, type ActionRun } from '../support/action-runner.js';

const DOCS = 'docs/architecture';

describe('the built action on a copy of examples/shop', () => {
  let repo: string;
  let first: ActionRun;

  beforeAll(async () => {
    repo = exampleCheckout();
    first = await runAction(repo, { mode: 'write' });
  });

  test('first run writes the docs, sets the outputs and the job summary', () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const files = first.outputs.files!.split('\n');
    expect(first.outputs.changed).toBe('true');
    expect(files).toEqual(
      expect.arrayContaining([
        `${DOCS}/README.md`,
        `${DOCS}/api.md`,
        `${DOCS}/data-model.md`,
        `${DOCS}/infrastructure.md`,
        `${DOCS}/runbooks/orders-api.md`,
        `${DOCS}/runbooks/worker.md`,
        `${DOCS}/.architect-docs-state`,
      ]),
    );
    for (const f of files) expect(existsSync(join(repo, f)), f).toBe(true);

    const api = readFileSync(join(repo, DOCS, 'api.md'), 'utf8');
    expect(api).toMatch(/\| `POST` +\| `\/orders` +\|/);
    expect(api).toContain('`GET`');
    expect(api).toContain('bearerAuth');
    const data = readFileSync(join(repo, DOCS, 'data-model.md'), 'utf8');
    expect(data).toContain('```mermaid\nerDiagram');
    expect(data).toContain('### orders');
    expect(data).toContain('`display_name`');
    const runbook = readFileSync(join(repo, DOCS, 'runbooks/orders-api.md'), 'utf8');
    expect(runbook).toMatch(/^# Runbook: orders-api/);
    expect(runbook).toContain('ghcr.io/example/shop-orders:1.4.2');
    // Offline: the narrative sections say plainly that they need the model.
    expect(runbook).toContain('Not written yet: this section needs the architect model.');

    expect(first.summary).toContain('## Architect Docs');
    expect(first.summary).toMatch(/\*\*\d+ file\(s\) updated\.\*\*/);
    expect(first.summary).toMatch(/\| OpenAPI operations \| 15 \(1 specs\) \|/);
    expect(first.summary).toContain('Offline: no `anthropic-api-key` was given.');
    expect(first.summary).toContain('11 narrative sections are not written yet');
  });

  test('a second run with unchanged inputs changes nothing and re-reads nothing', async () => {
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    const second = await runAction(repo, { mode: 'write' });
    expect(second.code).toBe(0);
    expect(second.outputs.changed).toBe('false');
    expect(second.outputs.files).toBe('');
    // The no-op check answered: nothing was extracted, rendered or published.
    expect(second.summary).toContain('Docs are current: no source, setting, template or doc changed');
    expect(second.stdout).toContain('Docs are current');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  test('a hand edit outside the managed blocks survives a run', async () => {
    const api = join(repo, DOCS, 'api.md');
    appendFileSync(api, '\n## Notes from the team\n\nRate limits are enforced at the gateway.\n');
    writeFileSync(api, readFileSync(api, 'utf8').replace('# API\n', '# API\n\nOwned by the orders team.\n'));
    const before = readFileSync(api, 'utf8');
    git(repo, 'commit', '-q', '-am', 'notes');
    const run = await runAction(repo, { mode: 'write' });
    expect(run.code).toBe(0);
    expect(run.outputs.changed).toBe('false');
    expect(readFileSync(api, 'utf8')).toBe(before);
  });

  test('check fails after a migration is added, naming the files that would change', async () => {
    writeFileSync(
      join(repo, 'db/migrations/000013_add_loyalty_points.up.sql'),
      'ALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;\n',
    );
    const check = await runAction(repo, { mode: 'check' });
    expect(check.code).toBe(1);
    expect(check.outputs.changed).toBe('true');
    expect(check.outputs.files!.split('\n')).toEqual(
      expect.arrayContaining([`${DOCS}/data-model.md`, `${DOCS}/.architect-docs-state`]),
    );
    expect(check.stdout).toMatch(/::error::Architecture docs are stale/);
    expect(check.summary).toContain('**Docs are stale**');
    // check never writes
    expect(git(repo, 'status', '--porcelain').trim()).toBe('?? db/migrations/000013_add_loyalty_points.up.sql');
    const write = await runAction(repo, { mode: 'write' });
    expect(write.code).toBe(0);
    expect(readFileSync(join(repo, DOCS, 'data-model.md'), 'utf8')).toContain('`loyalty_points`');
    expect((await runAction(repo, { mode: 'check' })).code).toBe(0);
  });
});

describe('bad input', () => {
  test(
    'a malformed spec, a broken migration and a binary .sql each get a diagnostic; ' + 'the rest is documented',
    async () => {
      const repo = exampleCheckout();
      writeFileSync(
        join(repo, 'api/broken.yaml'),
        'openapi: 3.1.0\ninfo:\n  title: Broken\n  version: "1"\npaths:\n  /x:\n    get: [unclosed\n',
      );
      writeFileSync(
        join(repo, 'db/migrations/000013_broken.up.sql'),
        'ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN oops int,,;\n',
      );
      writeFileSync(
        join(repo, 'db/migrations/000014_dump.up.sql'),
        Buffer.from([0x50, 0x47, 0x44, 0x4d, 0x50, 0x00, 0x01, 0xff]),
      );
      const run = await runAction(repo, { mode: 'write' });
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/::error [^\n]*file=api\/broken\.yaml,line=\d+/);
      expect(run.stdout).toMatch(
        /::error [^\n]*file=db\/migrations\/000013_broken\.up\.sql,line=2[^\n]*::syntax error/,
      );
      expect(run.stdout).toMatch(/::warning [^\n]*file=db\/migrations\/000014_dump\.up\.sql[^\n]*::binary file/);
      expect(run.summary).toContain('db/migrations/000013_broken.up.sql:2');
      const data = readFileSync(join(repo, DOCS, 'data-model.md'), 'utf8');
      expect(data).toContain('`note`'); // the good statement of the broken migration applied
      expect(readFileSync(join(repo, DOCS, 'api.md'), 'utf8')).toContain('`/orders`');
    },
  );
});
