import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { git, runAction, type ActionRun } from '../support/action-runner.js';
import { tempRepo } from '../support/temp-repo.js';

// The built action annotates each API change since the change base on the spec's line, as the
// runner shows a workflow command: `::error file=…,line=…::`. The base here is the state the
// previous run committed; a removal is annotated on the old side's line, an addition on the new.

const SPEC = 'api/openapi.yaml';
const BEFORE = `openapi: 3.1.0
info: { title: Orders, version: 1.0.0 }
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        '200': { description: the orders }
  /orders/{orderId}:
    parameters:
      - { name: orderId, in: path, required: true, schema: { type: string } }
    get:
      operationId: getOrder
      responses:
        '200': { description: one order }
    delete:
      operationId: deleteOrder
      responses:
        '204': { description: deleted }
`;
const AFTER = BEFORE.replace(
  '      operationId: listOrders\n',
  '      operationId: listOrders\n      parameters:\n' +
    '        - { name: region, in: query, required: true, schema: { type: string } }\n',
).replace(/ {4}delete:\n(?: {6}.*\n)+/, '');

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;
/** The workflow commands of one kind on the spec, as `line: message`. */
function annotations(run: ActionRun, kind: 'error' | 'warning' | 'notice'): string[] {
  const re = new RegExp(`^::${kind} ([^\\n]*)::(.*)$`, 'gm');
  const out: string[] = [];
  for (const m of run.stdout.matchAll(re)) {
    const props = m[1]!;
    if (!props.includes(`file=${SPEC},`)) continue;
    out.push(`${/line=(\d+)/.exec(props)?.[1]} ${/title=([^,]*)/.exec(props)?.[1]}: ${m[2]}`);
  }
  return out;
}

describe('the built action: API changes since the change base', () => {
  let first: ActionRun;
  let second: ActionRun;
  let pullRequest: ActionRun;

  beforeAll(async () => {
    const repo = tempRepo({ [SPEC]: BEFORE }, 'ad-action-api-');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'v1');
    first = await runAction(repo, { mode: 'write' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    const base = git(repo, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(repo, SPEC), AFTER);
    git(repo, 'commit', '-q', '-am', 'v1.1: region required, delete gone');
    second = await runAction(repo, { mode: 'write' });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs for v1.1');
    // A pull request of the change: its own state file already holds v1.1, so the changes can only
    // come from the state of the base commit.
    const event = {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: 3,
          base: { ref: 'main', sha: base, repo: { full_name: 'acme/shop' } },
          head: { ref: 'v1.1', repo: { full_name: 'acme/shop' } },
        },
        repository: { full_name: 'acme/shop', default_branch: 'main' },
      },
    };
    pullRequest = await runAction(repo, { mode: 'check' }, {}, event);
  }, 240_000);

  const expectBothBreakingChanges = (run: ActionRun) => {
    const errors = annotations(run, 'error');
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(`^${lineOf(BEFORE, '    delete:')} API change%3A api-removed-without-deprecation: DELETE`),
        ),
        expect.stringMatching(
          new RegExp(`^${lineOf(AFTER, '    get:')} API change%3A new-required-request-parameter: .*region`),
        ),
      ]),
    );
    expect(run.summary).toContain('### API changes (2 breaking, 0 to review)');
  };

  test('the first run has nothing to compare with and annotates no change', () => {
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.stdout).not.toMatch(/title=API change/);
  });

  test('the next run annotates both breaking changes on their lines of the spec, without failing', () => {
    expect(AFTER).not.toBe(BEFORE);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expectBothBreakingChanges(second);
  });

  test("on a pull request the base commit's state is the change base", () => {
    // The exit code is not asserted: check mode fails on stale docs, which is not what is tested here.
    expect(pullRequest.summary).toContain('## Architect Docs');
    expectBothBreakingChanges(pullRequest);
  });
});
