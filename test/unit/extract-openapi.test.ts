import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, Operation } from '../../src/facts/model.js';
import { extractOpenApi } from '../../src/sources/openapi/extract-openapi.js';
import { isOpenApiDocument, sniffOpenApiVersion } from '../../src/sources/openapi/sniff-openapi.js';
import { tempRepo } from '../support/temp-repo.js';

const root = fileURLToPath(new URL('../fixtures/openapi/', import.meta.url));

function op(ops: Operation[], id: string): Operation {
  const found = ops.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id} in ${ops.map((o) => o.id).join(', ')}`);
  return found;
}

function diagnosticsOf(diagnostics: Diagnostic[], file: string) {
  return diagnostics.filter((d) => d.file === file).map(({ severity, line, message }) => ({ severity, line, message }));
}

describe('extractOpenApi: OpenAPI 3.1 with external refs', () => {
  it('reads the spec, its operations in a stable order, and its security schemes', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, ['petstore-3.1/openapi.yaml']);
    expect(diagnostics).toEqual([]);
    expect(facts.specs).toEqual([
      {
        id: 'spec:petstore-3.1/openapi.yaml',
        protocol: 'http',
        file: 'petstore-3.1/openapi.yaml',
        title: 'Pet Store',
        version: '2.1.0',
        specVersion: '3.1.0',
        servers: ['https://api.example.com/v2', 'http://localhost:8080/v2'],
        source: { file: 'petstore-3.1/openapi.yaml', line: 1 },
      },
    ]);
    expect(facts.operations.map((o) => o.id)).toEqual([
      'op:GET /pets',
      'op:POST /pets',
      'op:GET /pets/{petId}',
      'op:DELETE /pets/{petId}',
    ]);
    expect(facts.securitySchemes).toEqual([
      {
        id: 'scheme:bearerAuth',
        name: 'bearerAuth',
        type: 'http',
        detail: 'bearer',
        spec: 'spec:petstore-3.1/openapi.yaml',
        source: { file: 'petstore-3.1/openapi.yaml', line: 69 },
      },
      {
        id: 'scheme:signature',
        name: 'signature',
        type: 'apiKey',
        detail: 'header: X-Signature',
        spec: 'spec:petstore-3.1/openapi.yaml',
        source: { file: 'petstore-3.1/openapi.yaml', line: 73 },
      },
    ]);
  });

  it('merges path-level parameters, with operation-level ones winning by name and location', async () => {
    const { facts } = await extractOpenApi(root, ['petstore-3.1/openapi.yaml']);
    const list = op(facts.operations, 'op:GET /pets');
    expect(list).toEqual({
      id: 'op:GET /pets',
      protocol: 'http',
      method: 'GET',
      path: '/pets',
      operationId: 'listPets',
      summary: 'List pets',
      tags: ['pets'],
      security: [], // `security: []` on the operation overrides the document's bearerAuth
      parameters: [
        { name: 'X-Trace-Id', in: 'header', required: false, type: 'string' }, // through a $ref
        { name: 'limit', in: 'query', required: true, type: 'integer' }, // overridden
      ],
      responses: [
        {
          status: '200',
          description: 'A page of pets',
          contentTypes: ['application/json'],
          schema: { type: 'array<pet>' }, // items of `./schemas/pet.yaml`: a schema named by its file
        },
        {
          status: 'default',
          description: 'Something went wrong',
          contentTypes: ['application/problem+json'],
          schema: { type: 'object', properties: [{ name: 'title', type: 'string', required: false }] },
        },
      ],
      // RFC 9457 problem details as the error format: a fact the API doc shows.
      errors: { statuses: ['default'], schemas: [], problemJson: true },
      deprecated: false,
      spec: 'spec:petstore-3.1/openapi.yaml',
      source: { file: 'petstore-3.1/openapi.yaml', line: 20 },
    });
    // Without an override the path-level definition stays.
    expect(op(facts.operations, 'op:POST /pets').parameters).toContainEqual({
      name: 'limit',
      in: 'query',
      required: false,
      type: 'string',
    });
  });

  it('takes the document security when the operation has none, and reads request bodies', async () => {
    const { facts } = await extractOpenApi(root, ['petstore-3.1/openapi.yaml']);
    const create = op(facts.operations, 'op:POST /pets');
    expect(create.security).toEqual([['bearerAuth']]);
    expect(create.requestBody).toEqual({
      required: true,
      contentTypes: ['application/json', 'application/x-www-form-urlencoded'],
      schema: { type: 'pet' },
    });
    expect(create.responses.map((r) => r.status)).toEqual(['201', '4XX']);
    expect(create.source).toEqual({ file: 'petstore-3.1/openapi.yaml', line: 43 });
  });

  it('cites the external file and line for operations in a $ref-ed path item', async () => {
    const { facts } = await extractOpenApi(root, ['petstore-3.1/openapi.yaml']);
    const show = op(facts.operations, 'op:GET /pets/{petId}');
    expect(show.source).toEqual({ file: 'petstore-3.1/paths/pet-by-id.yaml', line: 7 });
    expect(show.spec).toBe('spec:petstore-3.1/openapi.yaml');
    expect(show.security).toEqual([['signature'], ['bearerAuth']]); // two alternatives
    expect(show.parameters).toEqual([{ name: 'petId', in: 'path', required: true, type: 'integer' }]);
    const remove = op(facts.operations, 'op:DELETE /pets/{petId}');
    expect(remove.deprecated).toBe(true);
    expect(remove.security).toEqual([['bearerAuth', 'signature']]); // both at once
    expect(remove.source).toEqual({ file: 'petstore-3.1/paths/pet-by-id.yaml', line: 21 });
  });
});

describe('extractOpenApi: Swagger 2.0 (JSON)', () => {
  it('maps 2.0 constructs onto the same facts', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, ['swagger-2.0.json']);
    expect(diagnostics).toEqual([]);
    expect(facts.specs[0]).toMatchObject({
      specVersion: '2.0',
      version: '1.4',
      servers: ['https://orders.example.com/api'],
      source: { line: 2 },
    });
    expect(facts.operations.map((o) => o.id)).toEqual([
      'op:GET /orders',
      'op:POST /orders',
      'op:PUT /orders/{id}/attachments',
    ]);

    const create = op(facts.operations, 'op:POST /orders');
    expect(create.source).toEqual({ file: 'swagger-2.0.json', line: 27 });
    expect(create.security).toEqual([['basicAuth']]);
    expect(create.parameters).toEqual([{ name: 'Idempotency-Key', in: 'header', required: false, type: 'string' }]);
    expect(create.requestBody).toEqual({
      required: true,
      contentTypes: ['application/json'],
      schema: { type: 'Order' },
    });
    expect(create.responses).toEqual([
      { status: '201', description: 'Created', contentTypes: ['application/json'], schema: { type: 'Order' } },
      { status: '400', description: 'Bad request', contentTypes: [] },
    ]);

    expect(op(facts.operations, 'op:GET /orders').security).toEqual([['signature']]);
    const upload = op(facts.operations, 'op:PUT /orders/{id}/attachments');
    expect(upload.requestBody).toEqual({
      required: true,
      contentTypes: ['multipart/form-data'],
      schema: { type: 'object', properties: [{ name: 'file', type: 'file', required: true }] },
    });
    expect(upload.responses[0]!.contentTypes).toEqual(['application/xml']);
    expect(upload.parameters).toEqual([{ name: 'id', in: 'path', required: true, type: 'integer' }]);

    expect(
      facts.securitySchemes.map(({ id, type, detail, source }) => ({ id, type, detail, line: source.line })),
    ).toEqual([
      { id: 'scheme:basicAuth', type: 'http', detail: 'basic', line: 13 },
      { id: 'scheme:signature', type: 'apiKey', detail: 'header: X-Signature', line: 16 },
    ]);
  });
});

describe('extractOpenApi: 3.0 with circular schemas, 3.2 QUERY', () => {
  it('is not bothered by a schema that contains itself', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, ['tree-3.0-circular.yaml']);
    expect(diagnostics).toEqual([]);
    expect(op(facts.operations, 'op:GET /categories')).toMatchObject({
      operationId: 'listCategories',
      responses: [{ status: '200', contentTypes: ['application/json'] }],
      source: { file: 'tree-3.0-circular.yaml', line: 7 },
    });
  });

  it('reads the 3.2 QUERY method and orders it last', async () => {
    const { facts } = await extractOpenApi(root, ['search-3.2.yaml']);
    expect(facts.operations.map((o) => o.id)).toEqual(['op:GET /search', 'op:QUERY /search']);
    expect(op(facts.operations, 'op:QUERY /search')).toMatchObject({
      requestBody: { required: false, contentTypes: ['application/json'] },
      source: { line: 7 },
    });
  });
});

describe('extractOpenApi: several specs', () => {
  it('keeps both definitions of a clashing operation under unique ids and warns', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, ['tree-3.0-circular.yaml', 'petstore-3.1/openapi.yaml']);
    const ids = facts.operations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('op:GET /pets') && !id.includes('{'))).toEqual([
      'op:GET /pets',
      'op:GET /pets (tree-3.0-circular.yaml)',
    ]);
    expect(op(facts.operations, 'op:GET /pets').spec).toBe('spec:petstore-3.1/openapi.yaml');
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        stage: 'openapi',
        file: 'tree-3.0-circular.yaml',
        line: 17,
        message:
          'GET /pets is also defined in petstore-3.1/openapi.yaml:20; this one is recorded as ' +
          '`op:GET /pets (tree-3.0-circular.yaml)`',
      },
    ]);
  });

  it('says once per pair of files how many operations a second edition of an API defines again', async () => {
    const edition = (title: string, paths: string[]) =>
      [
        'openapi: 3.0.3',
        `info: { title: ${title}, version: "1" }`,
        'paths:',
        ...paths.flatMap((p) => [`  ${p}:`, '    get:', "      responses: { '200': { description: ok } }"]),
      ].join('\n');
    const shared = ['/a', '/b', '/c', '/d'];
    const repo = tempRepo({
      'api/openapi.yaml': edition('Self-hosted', shared),
      'api/openapi.cloud.yaml': edition('Cloud', [...shared, '/cloud-only']),
      'other/openapi.yaml': edition('Other', ['/a']),
    });
    const { facts, diagnostics } = await extractOpenApi(repo, [
      'api/openapi.cloud.yaml',
      'api/openapi.yaml',
      'other/openapi.yaml',
    ]);
    expect(facts.operations).toHaveLength(10);
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([
      'api/openapi.yaml:5 4 operations (GET /a, GET /b, GET /c and 1 more) are also defined in ' +
        'api/openapi.cloud.yaml; these are recorded with this file in their ids (`op:GET /a (api/openapi.yaml)`)',
      'other/openapi.yaml:5 GET /a is also defined in api/openapi.cloud.yaml:5; this one is recorded as ' +
        '`op:GET /a (other/openapi.yaml)`',
    ]);
  });

  it('gives the same output whatever order the files come in', async () => {
    const a = await extractOpenApi(root, ['swagger-2.0.json', 'tree-3.0-circular.yaml', 'petstore-3.1/openapi.yaml']);
    const b = await extractOpenApi(root, ['petstore-3.1/openapi.yaml', 'swagger-2.0.json', 'tree-3.0-circular.yaml']);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.facts.securitySchemes.map((s) => s.id)).toEqual([
      'scheme:basicAuth',
      'scheme:bearerAuth',
      'scheme:signature',
      'scheme:signature (swagger-2.0.json)',
    ]);
  });
});

describe('extractOpenApi: bad input becomes diagnostics', () => {
  const all = [
    'bad/malformed.yaml',
    'bad/broken-ref.yaml',
    'bad/not-openapi.yaml',
    'bad/structural.yaml',
    'bad/ref-loop.yaml',
    'bad/does-not-exist.yaml',
    'search-3.2.yaml',
  ];

  it('reports malformed YAML with the parser line, and still reads the other specs', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, all);
    expect(diagnosticsOf(diagnostics, 'bad/malformed.yaml')).toEqual([
      {
        severity: 'error',
        line: 11,
        message: 'YAML/JSON syntax error: All mapping items must start at the same column',
      },
    ]);
    expect(facts.specs.map((s) => s.file)).toContain('search-3.2.yaml');
    expect(facts.specs.map((s) => s.file)).not.toContain('bad/malformed.yaml');
  });

  it('reports each unresolvable $ref at its line, without touching the network or files outside the repo', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, all);
    expect(diagnosticsOf(diagnostics, 'bad/broken-ref.yaml')).toEqual([
      { severity: 'error', line: 15, message: 'unresolvable $ref "./missing-schema.yaml": file not found' },
      {
        severity: 'error',
        line: 20,
        message:
          'unresolvable $ref "https://example.com/responses.yaml#/Ok": remote reference ' +
          'https://example.com/responses.yaml not fetched: only files in the repository are read',
      },
      {
        severity: 'error',
        line: 24,
        message:
          'unresolvable $ref "../../../../../../../../etc/hostname": /etc/hostname is outside the repository; not read',
      },
      {
        severity: 'error',
        line: 25,
        message: 'unresolvable $ref "#/components/parameters/Nope": no such location in the document',
      },
    ]);
    // What could be read still is.
    expect(op(facts.operations, 'op:GET /things').responses).toEqual([
      { status: '200', description: 'ok', contentTypes: ['application/json'] },
    ]);
    expect(op(facts.operations, 'op:GET /secret').parameters).toEqual([]);
  });

  it('reports a file that is not OpenAPI, a missing file, and structural errors with lines', async () => {
    const { diagnostics } = await extractOpenApi(root, all);
    expect(diagnosticsOf(diagnostics, 'bad/not-openapi.yaml')).toEqual([
      { severity: 'error', line: 1, message: 'not an OpenAPI document: no top-level `openapi` or `swagger` key' },
    ]);
    expect(diagnosticsOf(diagnostics, 'bad/does-not-exist.yaml')).toEqual([
      { severity: 'error', line: undefined, message: expect.stringMatching(/^cannot read file: ENOENT/) },
    ]);
    expect(diagnosticsOf(diagnostics, 'bad/structural.yaml')).toEqual([
      { severity: 'error', line: 2, message: 'The field `version` must be present on this level. [struct]' },
      {
        severity: 'error',
        line: 9,
        message: 'Must contain at least one of the following fields: schema, content. [struct]',
      },
      {
        severity: 'error',
        line: 10,
        message: '`in` can be one of the following only: "query", "header", "path", "cookie". [struct]',
      },
    ]);
    expect(diagnostics.every((d) => d.stage === 'openapi')).toBe(true);
  });

  it('breaks a $ref loop, says where it is, and reads the rest of that spec', async () => {
    const { facts, diagnostics } = await extractOpenApi(root, all);
    expect(diagnosticsOf(diagnostics, 'bad/ref-loop.yaml')).toContainEqual({
      severity: 'error',
      line: 12,
      message:
        '$ref "#/components/responses/Loop" is part of a loop of refs that never reaches a definition; it is ignored',
    });
    expect(diagnosticsOf(diagnostics, 'bad/ref-loop.yaml')).toContainEqual({
      severity: 'error',
      line: 15,
      message:
        '$ref "#/components/schemas/Self" is part of a loop of refs that never reaches a definition; it is ignored',
    });
    const spec = facts.specs.find((s) => s.file === 'bad/ref-loop.yaml');
    // An unquoted `version: 1.10` is kept as written, not as the number 1.1.
    expect(spec?.version).toBe('1.10');
    expect(op(facts.operations, 'op:GET /a').source).toEqual({ file: 'bad/ref-loop.yaml', line: 5 });
  });
});

describe('isOpenApiDocument', () => {
  it('recognises YAML and JSON OpenAPI / Swagger documents', () => {
    expect(isOpenApiDocument('openapi: 3.1.0\ninfo: {}\n')).toBe(true);
    expect(isOpenApiDocument('# comment\n---\nswagger: "2.0"\n')).toBe(true);
    expect(isOpenApiDocument('{\n  "info": {"title": "x"},\n  "openapi": "3.0.3"\n}')).toBe(true);
    expect(sniffOpenApiVersion("openapi: '3.2.0'\n")).toBe('3.2.0');
    expect(sniffOpenApiVersion('{"swagger":"2.0","info":{}}')).toBe('2.0');
  });

  it('rejects other YAML and JSON, including nested openapi keys in YAML', () => {
    expect(isOpenApiDocument('apiVersion: v1\nkind: ConfigMap\n')).toBe(false);
    expect(isOpenApiDocument('tools:\n  openapi: 3.1.0\n')).toBe(false);
    expect(isOpenApiDocument('{"name": "pkg", "version": "1.0.0"}')).toBe(false);
    expect(isOpenApiDocument('swagger: 1.2\n')).toBe(false);
  });

  it('finds the key past the first few kilobytes of a large document', () => {
    const big = `{"info": {"description": "${'x'.repeat(40_000)}"}, "openapi": "3.1.0"}`;
    expect(isOpenApiDocument(big)).toBe(true);
  });
});
