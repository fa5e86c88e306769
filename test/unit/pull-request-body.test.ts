import { describe, expect, test } from 'vitest';
import { emptyFacts, type FactModel, type Operation } from '../../src/facts/model.js';
import { pullRequestBody } from '../../src/publish/pull-request-body.js';
import type { RunResult } from '../../src/publish/run-result.js';

// The pull request description's API part, from two hand-made fact models.

const op = (method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation => ({
  id: `op:${method} ${path}`,
  protocol: 'http',
  method,
  path,
  tags: [],
  security: [],
  parameters: [],
  responses: [{ status: '200', contentTypes: [] }],
  deprecated: false,
  spec: 'spec:openapi.yaml',
  source: { file: 'openapi.yaml', line: 7 },
  ...extra,
});

const withOperations = (...operations: Operation[]): FactModel => {
  const f = emptyFacts();
  f.api.operations.push(...operations);
  return f;
};

const run = (facts: FactModel): RunResult => ({
  mode: 'pull-request',
  changed: [],
  owned: [],
  docs: [],
  facts,
  extracted: true,
  diagnostics: [],
  findings: { introduced: [], design: [], history: [], resolved: [] },
  stale: false,
  agent: { offline: true, offlineReason: 'no API key', diagnostics: [] },
});

describe('pullRequestBody', () => {
  test('breaking API changes list rule, level, operation and message; info-level changes stay out', () => {
    const base = withOperations(
      op('GET', '/pets', { parameters: [{ name: 'limit', in: 'query', required: false }] }),
      op('DELETE', '/pets/{id}'),
    );
    const now = withOperations(op('GET', '/pets'), op('GET', '/owners'));
    const body = pullRequestBody(run(now), base);
    const section = body.slice(body.indexOf('### ⚠ Breaking API changes'), body.indexOf('### Generated files'));
    expect(section).toBe(
      [
        '### ⚠ Breaking API changes',
        '',
        '- `api-path-removed-without-deprecation` (error) op:DELETE /pets/{id}: DELETE /pets/{id} was removed ' +
          'without being deprecated first (no operation is left on its path)',
        '- `request-parameter-removed` (warning) op:GET /pets: GET /pets: query parameter `limit` was removed',
        '',
        '',
      ].join('\n'),
    );
  });

  test('no breaking change: no section', () => {
    const base = withOperations(op('GET', '/pets'));
    expect(pullRequestBody(run(withOperations(op('GET', '/pets'), op('GET', '/owners'))), base)).not.toContain(
      'Breaking API changes',
    );
  });
});
