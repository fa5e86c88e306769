import { describe, expect, test } from 'vitest';
import { apiChanges } from '../../src/facts/api-changes/api-changes.js';
import type {
  ApiChange,
  ApiFacts,
  ApiSchema,
  Operation,
  Parameter,
  ResponseFact,
  SchemaProperty,
} from '../../src/facts/model.js';

// Small hand-made before/after pairs, one per rule: each asserts the whole change list.

const op = (method: Operation['method'], path: string, extra: Partial<Operation> = {}): Operation => ({
  id: `op:${method} ${path}`,
  protocol: 'http',
  method,
  path,
  tags: [],
  security: [],
  parameters: [],
  responses: [{ status: '200', contentTypes: ['application/json'] }],
  deprecated: false,
  spec: 'spec:openapi.yaml',
  source: { file: 'openapi.yaml', line: 10 },
  ...extra,
});

const param = (name: string, extra: Partial<Parameter> = {}): Parameter => ({
  name,
  in: 'query',
  required: false,
  type: 'string',
  ...extra,
});

const prop = (name: string, type: string, extra: Partial<SchemaProperty> = {}): SchemaProperty => ({
  name,
  type,
  required: false,
  ...extra,
});

const schema = (name: string, properties: SchemaProperty[], extra: Partial<ApiSchema> = {}): ApiSchema => ({
  id: `schema:openapi.yaml#${name}`,
  name,
  protocol: 'http',
  spec: 'spec:openapi.yaml',
  kind: 'object',
  properties,
  source: { file: 'openapi.yaml', line: 100 },
  ...extra,
});

const api = (operations: Operation[], schemas: ApiSchema[] = []): ApiFacts => ({
  specs: [],
  operations,
  securitySchemes: [],
  schemas,
});

/** A POST /pets taking `body` (a schema name) and answering 201 with `Pet`. */
const createPet = (extra: Partial<Operation> = {}) =>
  op('POST', '/pets', {
    requestBody: { required: true, contentTypes: ['application/json'], schema: { type: 'NewPet' } },
    responses: [{ status: '201', contentTypes: ['application/json'], schema: { type: 'Pet' } }],
    ...extra,
  });

const changed = (before: ApiFacts, after: ApiFacts) =>
  apiChanges(before, after).map(({ rule, level, id, message }) => ({ rule, level, id, message }));

const one = (rule: string, level: ApiChange['level'], id: string, message: string) => [{ rule, level, id, message }];

describe('operations', () => {
  test('an operation removed without deprecation, its path gone: api-path-removed-without-deprecation', () => {
    const before = api([op('GET', '/pets'), op('DELETE', '/orders/{id}')]);
    const after = api([op('GET', '/pets')]);
    expect(apiChanges(before, after)).toEqual([
      {
        rule: 'api-path-removed-without-deprecation',
        level: 'error',
        protocol: 'http',
        id: 'op:DELETE /orders/{id}',
        message: 'DELETE /orders/{id} was removed without being deprecated first (no operation is left on its path)',
        source: { file: 'openapi.yaml', line: 10 },
      },
    ]);
  });

  test('one method removed while its path stays: api-removed-without-deprecation', () => {
    const before = api([op('GET', '/orders/{id}'), op('DELETE', '/orders/{id}')]);
    const after = api([op('GET', '/orders/{orderId}')]);
    expect(changed(before, after)).toEqual(
      one(
        'api-removed-without-deprecation',
        'error',
        'op:DELETE /orders/{id}',
        'DELETE /orders/{id} was removed without being deprecated first',
      ),
    );
  });

  test('removing what was deprecated first is the documented way out: info, not breaking', () => {
    const before = api([
      op('GET', '/legacy', { deprecated: true }),
      op('GET', '/pets'),
      op('PUT', '/pets', { deprecated: true }),
    ]);
    const after = api([op('GET', '/pets')]);
    expect(changed(before, after)).toEqual([
      {
        rule: 'api-path-removed-with-deprecation',
        level: 'info',
        id: 'op:GET /legacy',
        message: 'GET /legacy was removed after being deprecated (no operation is left on its path)',
      },
      {
        rule: 'api-removed-with-deprecation',
        level: 'info',
        id: 'op:PUT /pets',
        message: 'PUT /pets was removed after being deprecated',
      },
    ]);
  });

  test('added and deprecated operations are worth knowing', () => {
    const before = api([op('GET', '/pets')]);
    const after = api([op('GET', '/pets', { deprecated: true }), op('GET', '/owners')]);
    expect(changed(before, after)).toEqual([
      { rule: 'endpoint-added', level: 'info', id: 'op:GET /owners', message: 'GET /owners was added' },
      { rule: 'endpoint-deprecated', level: 'info', id: 'op:GET /pets', message: 'GET /pets: it was deprecated' },
    ]);
  });

  test('a path-parameter rename is the same endpoint, and its path parameter the same parameter', () => {
    const before = api([op('GET', '/orders/{id}', { parameters: [param('id', { in: 'path', required: true })] })]);
    const after = api([
      op('GET', '/orders/{orderId}', {
        id: 'op:GET /orders/{orderId}',
        parameters: [param('orderId', { in: 'path', required: true })],
        source: { file: 'openapi.yaml', line: 42 },
      }),
    ]);
    expect(apiChanges(before, after)).toEqual([]);
  });

  test('identical facts: no change', () => {
    const facts = () =>
      api(
        [
          createPet({ security: [['bearerAuth']], parameters: [param('X-Trace', { in: 'header' })] }),
          op('GET', '/pets/{id}'),
        ],
        [schema('Pet', [prop('id', 'integer', { required: true })]), schema('NewPet', [prop('name', 'string')])],
      );
    expect(apiChanges(facts(), facts())).toEqual([]);
  });
});

describe('request parameters', () => {
  const get = (...parameters: Parameter[]) => api([op('GET', '/pets', { parameters })]);

  test('new-required-request-parameter and new-optional-request-parameter', () => {
    expect(changed(get(), get(param('Idempotency-Key', { in: 'header', required: true }), param('limit')))).toEqual([
      {
        rule: 'new-required-request-parameter',
        level: 'error',
        id: 'op:GET /pets',
        message: 'GET /pets: new required header parameter `Idempotency-Key`',
      },
      {
        rule: 'new-optional-request-parameter',
        level: 'info',
        id: 'op:GET /pets',
        message: 'GET /pets: new optional query parameter `limit`',
      },
    ]);
  });

  test('request-parameter-removed is a warning; header names are matched case-insensitively', () => {
    const before = get(param('limit'), param('X-Trace', { in: 'header' }));
    const after = get(param('x-trace', { in: 'header' }));
    expect(changed(before, after)).toEqual(
      one('request-parameter-removed', 'warning', 'op:GET /pets', 'GET /pets: query parameter `limit` was removed'),
    );
  });

  test('request-parameter-became-required', () => {
    expect(changed(get(param('limit')), get(param('limit', { required: true })))).toEqual(
      one(
        'request-parameter-became-required',
        'error',
        'op:GET /pets',
        'GET /pets: query parameter `limit` became required',
      ),
    );
  });

  test('request-parameter-type-changed; integer to number is a widening (info)', () => {
    expect(changed(get(param('limit', { type: 'integer' })), get(param('limit', { type: 'string' })))).toEqual(
      one(
        'request-parameter-type-changed',
        'error',
        'op:GET /pets',
        'GET /pets: query parameter `limit` changed type from integer to string',
      ),
    );
    expect(changed(get(param('limit', { type: 'integer' })), get(param('limit', { type: 'number' })))).toEqual(
      one(
        'request-parameter-type-generalized',
        'info',
        'op:GET /pets',
        'GET /pets: query parameter `limit` was widened from integer to number',
      ),
    );
  });

  test('request-parameter-enum-value-removed, one change per value; a nullable label is no type change', () => {
    const before = get(param('status', { enum: ['available', 'pending', 'sold'] }));
    const after = get(param('status', { type: 'string|null', enum: ['available'] }));
    expect(changed(before, after)).toEqual([
      {
        rule: 'request-parameter-enum-value-removed',
        level: 'error',
        id: 'op:GET /pets',
        message: 'GET /pets: query parameter `status` no longer accepts `pending`',
      },
      {
        rule: 'request-parameter-enum-value-removed',
        level: 'error',
        id: 'op:GET /pets',
        message: 'GET /pets: query parameter `status` no longer accepts `sold`',
      },
    ]);
  });

  test('an enum given by a named enum schema is compared by its values', () => {
    const status = (values: string[]) => schema('Status', [], { kind: 'enum', values });
    const before = api(
      [op('GET', '/pets', { parameters: [param('status', { type: 'Status' })] })],
      [status(['a', 'b'])],
    );
    const after = api([op('GET', '/pets', { parameters: [param('status', { type: 'Status' })] })], [status(['a'])]);
    expect(changed(before, after)).toEqual(
      one(
        'request-parameter-enum-value-removed',
        'error',
        'op:GET /pets',
        'GET /pets: query parameter `status` no longer accepts `b`',
      ),
    );
  });
});

describe('request body', () => {
  const newPet = (...properties: SchemaProperty[]) => schema('NewPet', properties);
  const pet = schema('Pet', [prop('id', 'integer', { required: true })]);

  test('request-body-became-required', () => {
    const body = (required: boolean) => ({ required, contentTypes: ['application/json'] });
    expect(
      changed(api([createPet({ requestBody: body(false) })]), api([createPet({ requestBody: body(true) })])),
    ).toEqual(
      one('request-body-became-required', 'error', 'op:POST /pets', 'POST /pets: the request body became required'),
    );
  });

  test('new-required-request-property, nested in a named schema; a new optional parent hides its children', () => {
    const owner = schema('Owner', [prop('email', 'string', { required: true }), prop('name', 'string')]);
    const before = api([createPet()], [pet, owner, newPet(prop('name', 'string'))]);
    const after = api(
      [createPet()],
      [
        pet,
        schema('Owner', [...owner.properties, prop('phone', 'string', { required: true })]),
        newPet(
          prop('name', 'string'),
          prop('tag', 'string', { required: true }),
          prop('id', 'integer', { required: true, readOnly: true }),
          prop('owner', 'Owner'),
        ),
      ],
    );
    expect(changed(before, after)).toEqual([
      {
        rule: 'new-required-request-property',
        level: 'error',
        id: 'op:POST /pets',
        message: 'POST /pets: new required request property `tag`',
      },
      {
        rule: 'new-optional-request-property',
        level: 'info',
        id: 'op:POST /pets',
        message: 'POST /pets: new optional request property `owner`',
      },
    ]);
  });

  test('request-property-type-changed and request-property-became-required, deep in nested schemas', () => {
    const owner = (age: string, required: boolean) =>
      schema('Owner', [prop('age', age), prop('name', 'string', { required })]);
    const before = api([createPet()], [pet, owner('integer', false), newPet(prop('owner', 'Owner'))]);
    const after = api([createPet()], [pet, owner('string', true), newPet(prop('owner', 'Owner'))]);
    expect(changed(before, after)).toEqual([
      {
        rule: 'request-property-became-required',
        level: 'error',
        id: 'op:POST /pets',
        message: 'POST /pets: request property `owner.name` became required',
      },
      {
        rule: 'request-property-type-changed',
        level: 'error',
        id: 'op:POST /pets',
        message: 'POST /pets: request property `owner.age` changed type from integer to string',
      },
    ]);
  });

  test('request-property-enum-value-removed, in inline flattened properties', () => {
    const inline = (values: string[]) =>
      createPet({
        requestBody: {
          required: true,
          contentTypes: ['application/json'],
          schema: { type: 'object', properties: [prop('lines[].status', 'string', { enum: values })] },
        },
      });
    expect(changed(api([inline(['new', 'paid'])], [pet]), api([inline(['new'])], [pet]))).toEqual(
      one(
        'request-property-enum-value-removed',
        'error',
        'op:POST /pets',
        'POST /pets: request property `lines[].status` no longer accepts `paid`',
      ),
    );
  });

  test('a schema renamed with the same properties is no change; a property removed is a warning', () => {
    const before = api([createPet()], [pet, newPet(prop('name', 'string'), prop('tag', 'string'))]);
    const renamed = createPet({
      requestBody: { required: true, contentTypes: ['application/json'], schema: { type: 'PetInput' } },
    });
    const after = api([renamed], [pet, schema('PetInput', [prop('name', 'string')])]);
    expect(changed(before, after)).toEqual(
      one('request-property-removed', 'warning', 'op:POST /pets', 'POST /pets: request property `tag` was removed'),
    );
  });
});

describe('responses', () => {
  const getPet = (responses: ResponseFact[]) => op('GET', '/pets/{id}', { responses });
  const ok = (type = 'Pet', status = '200'): ResponseFact => ({
    status,
    contentTypes: ['application/json'],
    schema: { type },
  });

  test('response-success-status-removed; a removed error response is only info', () => {
    const before = api([getPet([ok(), ok('Error', '404')])]);
    const after = api([getPet([ok('Pet', '202')])]);
    expect(changed(before, after)).toEqual([
      {
        rule: 'response-success-status-removed',
        level: 'error',
        id: 'op:GET /pets/{id}',
        message: 'GET /pets/{id}: the success response 200 was removed',
      },
      {
        rule: 'response-non-success-status-removed',
        level: 'info',
        id: 'op:GET /pets/{id}',
        message: 'GET /pets/{id}: the response 404 was removed',
      },
    ]);
  });

  test('response-required-property-removed, following the schema a property names', () => {
    const owner = (...properties: SchemaProperty[]) => schema('Owner', properties);
    const pet = schema('Pet', [prop('id', 'integer', { required: true }), prop('owner', 'Owner')]);
    const before = api([getPet([ok()])], [pet, owner(prop('name', 'string', { required: true }))]);
    const after = api([getPet([ok()])], [pet, owner()]);
    expect(changed(before, after)).toEqual(
      one(
        'response-required-property-removed',
        'error',
        'op:GET /pets/{id}',
        'GET /pets/{id}: required property `owner.name` was removed from the 200 response',
      ),
    );
  });

  test('response-property-became-optional', () => {
    const before = api([getPet([ok()])], [schema('Pet', [prop('name', 'string', { required: true })])]);
    const after = api([getPet([ok()])], [schema('Pet', [prop('name', 'string')])]);
    expect(changed(before, after)).toEqual(
      one(
        'response-property-became-optional',
        'error',
        'op:GET /pets/{id}',
        'GET /pets/{id}: response property `name` (200) became optional',
      ),
    );
  });

  test('response-property-became-nullable, from a 3.1 type list or the nullable flag', () => {
    const before = api([getPet([ok()])], [schema('Pet', [prop('name', 'string'), prop('tag', 'string')])]);
    const after = api(
      [getPet([ok()])],
      [schema('Pet', [prop('name', 'string|null'), prop('tag', 'string', { nullable: true })])],
    );
    expect(changed(before, after)).toEqual([
      {
        rule: 'response-property-became-nullable',
        level: 'error',
        id: 'op:GET /pets/{id}',
        message: 'GET /pets/{id}: response property `name` (200) may now be null',
      },
      {
        rule: 'response-property-became-nullable',
        level: 'error',
        id: 'op:GET /pets/{id}',
        message: 'GET /pets/{id}: response property `tag` (200) may now be null',
      },
    ]);
  });

  test('response-property-type-changed, in the items of an array body', () => {
    const before = api([getPet([ok('array<Pet>')])], [schema('Pet', [prop('id', 'integer')])]);
    const after = api([getPet([ok('array<Pet>')])], [schema('Pet', [prop('id', 'string')])]);
    expect(changed(before, after)).toEqual(
      one(
        'response-property-type-changed',
        'error',
        'op:GET /pets/{id}',
        'GET /pets/{id}: response property `[].id` (200) changed type from integer to string',
      ),
    );
  });

  test('a body that turned from an object into an array is one response-body-type-changed', () => {
    const pet = schema('Pet', [prop('id', 'integer', { required: true })]);
    expect(changed(api([getPet([ok()])], [pet]), api([getPet([ok('array<Pet>')])], [pet]))).toEqual(
      one(
        'response-body-type-changed',
        'error',
        'op:GET /pets/{id}',
        'GET /pets/{id}: the 200 response changed type from Pet to array<Pet>',
      ),
    );
  });

  test('cyclic schemas are followed a few levels, then left', () => {
    const node = schema('Node', [prop('id', 'string', { required: true }), prop('parent', 'Node')]);
    expect(changed(api([getPet([ok('Node')])], [node]), api([getPet([ok('Node')])], [node]))).toEqual([]);
    const loose = schema('Node', [prop('id', 'string'), prop('parent', 'Node')]);
    expect(changed(api([getPet([ok('Node')])], [node]), api([getPet([ok('Node')])], [loose]))).toEqual(
      one(
        'response-property-became-optional',
        'error',
        'op:GET /pets/{id}',
        'GET /pets/{id}: response property `id` (200) became optional',
      ),
    );
  });
});

describe('security', () => {
  test('api-security-added to a public operation is an error; another alternative is info', () => {
    const before = api([op('GET', '/pets'), op('GET', '/owners', { security: [['apiKey']] })]);
    const after = api([
      op('GET', '/pets', { security: [['bearerAuth']] }),
      op('GET', '/owners', { security: [['apiKey'], ['bearerAuth']] }),
    ]);
    expect(changed(before, after)).toEqual([
      {
        rule: 'api-security-added',
        level: 'error',
        id: 'op:GET /pets',
        message: 'GET /pets: it now requires authentication (bearerAuth); it was public',
      },
      {
        rule: 'api-security-added',
        level: 'info',
        id: 'op:GET /owners',
        message: 'GET /owners: it now also accepts bearerAuth',
      },
    ]);
  });

  test('api-security-removed is info', () => {
    const before = api([op('GET', '/pets', { security: [['apiKey', 'oauth']] })]);
    const after = api([op('GET', '/pets')]);
    expect(changed(before, after)).toEqual(
      one(
        'api-security-removed',
        'info',
        'op:GET /pets',
        'GET /pets: it no longer requires authentication (it required apiKey + oauth)',
      ),
    );
  });
});

describe('order', () => {
  test('the same pair in any input order gives the same list: errors first, then by operation id', () => {
    const before = [
      op('DELETE', '/b'),
      op('GET', '/a', { parameters: [param('q')] }),
      op('GET', '/c', { responses: [{ status: '200', contentTypes: [] }] }),
    ];
    const after = [
      op('GET', '/c', { responses: [{ status: '201', contentTypes: [] }] }),
      op('GET', '/a', { parameters: [param('x', { required: true })] }),
    ];
    const expected = [
      ['error', 'api-path-removed-without-deprecation', 'op:DELETE /b'],
      ['error', 'new-required-request-parameter', 'op:GET /a'],
      ['error', 'response-success-status-removed', 'op:GET /c'],
      ['warning', 'request-parameter-removed', 'op:GET /a'],
    ];
    const list = (b: Operation[], a: Operation[]) => apiChanges(api(b), api(a)).map((c) => [c.level, c.rule, c.id]);
    expect(list(before, after)).toEqual(expected);
    expect(list([...before].reverse(), [...after].reverse())).toEqual(expected);
  });
});
