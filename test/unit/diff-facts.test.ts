import { describe, expect, test } from 'vitest';
import { diffFacts, significantChanges } from '../../src/facts/diff-facts.js';
import { emptyFacts, type FactModel, type Operation } from '../../src/facts/model.js';

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
  spec: 'spec:a.yaml',
  source: { file: 'a.yaml', line: 1 },
  ...extra,
});

function facts(mut: (f: FactModel) => void): FactModel {
  const f = emptyFacts();
  mut(f);
  return f;
}

describe('diffFacts', () => {
  test('one endpoint in two specs is compared within each spec: an unchanged pair is no change', () => {
    // Found on a real repository (an OpenAPI 3 spec beside its Swagger 2.0 twin): each run
    // compared one spec's operation with the other's and drafted a new "breaking change" record.
    const two = () =>
      facts((f) =>
        f.api.operations.push(
          op('DELETE', '/identities/{id}', {
            responses: [{ status: '204', contentTypes: [] }],
            parameters: [{ name: 'id', in: 'query', required: true }],
          }),
          op('DELETE', '/identities/{id}', {
            id: 'op:DELETE /identities/{id} (b.json)',
            spec: 'spec:b.json',
            source: { file: 'b.json', line: 9 },
          }),
        ),
      );
    expect(diffFacts(two(), two())).toEqual({ changes: [], breaking: [] });
    expect(significantChanges(two(), two())).toEqual([]);
  });

  test('an operation that moved to another spec file is matched there when only that spec has it', () => {
    const before = facts((f) => f.api.operations.push(op('GET', '/pets')));
    const after = facts((f) =>
      f.api.operations.push(op('GET', '/pets', { spec: 'spec:pets.yaml', source: { file: 'pets.yaml', line: 3 } })),
    );
    expect(diffFacts(before, after).breaking).toEqual([]);
  });

  test('matches operations ignoring path-parameter names and line moves', () => {
    const before = facts((f) => f.api.operations.push(op('GET', '/orders/{id}')));
    const after = facts((f) =>
      f.api.operations.push(op('GET', '/orders/{orderId}', { source: { file: 'a.yaml', line: 40 } })),
    );
    expect(diffFacts(before, after).changes).toEqual([{ id: 'op:GET /orders/{orderId}', change: 'changed' }]);
    const same = facts((f) =>
      f.api.operations.push(op('GET', '/orders/{id}', { source: { file: 'a.yaml', line: 99 } })),
    );
    expect(diffFacts(before, same)).toEqual({ changes: [], breaking: [] });
  });

  test('breaking changes use oasdiff rule ids; removing a deprecated operation is not breaking', () => {
    const before = facts((f) =>
      f.api.operations.push(
        op('DELETE', '/orders/{id}'),
        op('GET', '/legacy', { deprecated: true }),
        op('POST', '/orders', { responses: [{ status: '201', contentTypes: [] }] }),
      ),
    );
    const after = facts((f) =>
      f.api.operations.push(
        op('POST', '/orders', {
          responses: [{ status: '202', contentTypes: [] }],
          parameters: [{ name: 'Idempotency-Key', in: 'header', required: true }],
        }),
      ),
    );
    expect(diffFacts(before, after).breaking).toEqual([
      {
        rule: 'api-path-removed-without-deprecation',
        level: 'error',
        protocol: 'http',
        id: 'op:DELETE /orders/{id}',
        message: 'DELETE /orders/{id} was removed without being deprecated first (no operation is left on its path)',
        source: { file: 'a.yaml', line: 1 },
      },
      {
        rule: 'new-required-request-parameter',
        level: 'error',
        protocol: 'http',
        id: 'op:POST /orders',
        message: 'POST /orders: new required header parameter `Idempotency-Key`',
        source: { file: 'a.yaml', line: 1 },
      },
      {
        rule: 'response-success-status-removed',
        level: 'error',
        protocol: 'http',
        id: 'op:POST /orders',
        message: 'POST /orders: the success response 201 was removed',
        source: { file: 'a.yaml', line: 1 },
      },
    ]);
  });

  test('only errors and warnings are breaking: info-level changes (an added endpoint) are left out', () => {
    const before = facts((f) =>
      f.api.operations.push(op('GET', '/pets', { parameters: [{ name: 'q', in: 'query', required: false }] })),
    );
    const after = facts((f) => f.api.operations.push(op('GET', '/pets'), op('GET', '/owners')));
    expect(diffFacts(before, after).breaking.map((c) => [c.rule, c.level, c.id])).toEqual([
      ['request-parameter-removed', 'warning', 'op:GET /pets'],
    ]);
  });
});

describe('significantChanges', () => {
  const component = (name: string, extra: object) => ({
    id: `compose:service/${name}`,
    platform: 'compose' as const,
    kind: 'service',
    name,
    deployable: true,
    ports: [],
    env: [],
    source: { file: 'c.yml', line: 1 },
    ...extra,
  });

  test('a new datastore, a new service and a new integration each call for a decision record', () => {
    const before = facts((f) => f.infra.components.push(component('api', { image: 'api:1', env: ['DATABASE_URL'] })));
    const after = facts((f) =>
      f.infra.components.push(
        component('api', { image: 'api:1', env: ['DATABASE_URL', 'STRIPE_API_KEY'] }),
        component('search', { image: 'opensearchproject/opensearch:2' }),
        component('mailer', { image: 'mailer:1' }),
      ),
    );
    expect(significantChanges(before, after).map((c) => [c.kind, c.title])).toEqual([
      ['new-datastore', 'Add search (opensearchproject/opensearch:2)'],
      ['new-service', 'Introduce the mailer service'],
      ['new-integration', 'Integrate stripe'],
    ]);
  });

  test('a breaking API change calls for a record; a warning alone does not', () => {
    const before = facts((f) =>
      f.api.operations.push(op('GET', '/pets', { parameters: [{ name: 'q', in: 'query', required: false }] })),
    );
    const warned = facts((f) => f.api.operations.push(op('GET', '/pets')));
    expect(significantChanges(before, warned)).toEqual([]);
    const broken = facts((f) => f.api.operations.push(op('GET', '/pets', { security: [['bearerAuth']] })));
    expect(significantChanges(before, broken)).toEqual([
      {
        kind: 'breaking-api-change',
        title: 'Breaking API change',
        factIds: ['op:GET /pets'],
        detail: ['api-security-added: GET /pets: it now requires authentication (bearerAuth); it was public'],
      },
    ]);
  });

  test('nothing significant: no record', () => {
    const before = facts((f) => f.infra.components.push(component('api', { image: 'api:1' })));
    const after = facts((f) => f.infra.components.push(component('api', { image: 'api:2' })));
    expect(significantChanges(before, after)).toEqual([]);
  });
});
