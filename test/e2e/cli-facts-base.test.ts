import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ApiChange, FactModel } from '../../src/facts/model.js';
import { git, runCli } from '../support/action-runner.js';
import { tempRepo } from '../support/temp-repo.js';

// `architect-docs facts --base REF`: the facts of now, with `api.changes` measured against the
// sources at REF, read from git. Two commits of one small spec: an operation removed, a required
// parameter added.

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
const AFTER = `openapi: 3.1.0
info: { title: Orders, version: 1.1.0 }
paths:
  /orders:
    get:
      operationId: listOrders
      parameters:
        - { name: region, in: query, required: true, schema: { type: string } }
      responses:
        '200': { description: the orders }
  /orders/{orderId}:
    parameters:
      - { name: orderId, in: path, required: true, schema: { type: string } }
    get:
      operationId: getOrder
      responses:
        '200': { description: one order }
`;

/** The 1-based line of the first line of `text` that is `line`. */
const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('the CLI: facts --base', () => {
  let repo: string;
  beforeAll(() => {
    repo = tempRepo({ [SPEC]: BEFORE }, 'ad-cli-base-');
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'v1');
    writeFileSync(join(repo, SPEC), AFTER);
    git(repo, 'commit', '-q', '-am', 'v1.1: region required, delete gone');
  });

  const factsJson = async (...args: string[]) => {
    const run = await runCli(['facts', '--offline', '--repo', repo, ...args]);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as FactModel;
  };

  test('lists the removed operation and the new required parameter, on their lines of the spec', async () => {
    const facts = await factsJson('--base', 'HEAD~1');
    const changes = facts.api.changes ?? [];
    const by = (rule: string): ApiChange | undefined => changes.find((c) => c.rule === rule);
    expect(changes.map((c) => c.rule).sort()).toEqual([
      'api-removed-without-deprecation',
      'new-required-request-parameter',
    ]);
    expect(by('api-removed-without-deprecation')).toMatchObject({
      level: 'error',
      protocol: 'http',
      id: 'op:DELETE /orders/{orderId}',
      source: { file: SPEC, line: lineOf(BEFORE, '    delete:') },
    });
    expect(by('new-required-request-parameter')).toMatchObject({
      level: 'error',
      id: 'op:GET /orders',
      source: { file: SPEC, line: lineOf(AFTER, '    get:') },
    });
    expect(by('new-required-request-parameter')!.message).toContain('region');
    // The facts themselves are now's: the removed operation is gone.
    expect(facts.api.operations.map((o) => o.id)).not.toContain('op:DELETE /orders/{orderId}');
  });

  test('against the same commit there is nothing to list, and without --base no changes key', async () => {
    expect((await factsJson('--base', 'HEAD')).api.changes).toEqual([]);
    expect((await factsJson()).api.changes).toBeUndefined();
  });
});
