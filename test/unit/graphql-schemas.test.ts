import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ApiFacts, Diagnostic, Operation } from '../../src/facts/model.js';
import { extractGraphql } from '../../src/sources/graphql/extract-graphql.js';
import { graphqlSource } from '../../src/sources/graphql/graphql-source.js';
import { groupSchemaFiles, schemaTitle } from '../../src/sources/graphql/schema-groups.js';
import { countDefinitions, isClientDocument } from '../../src/sources/graphql/sniff-graphql.js';

const fixtures = fileURLToPath(new URL('../fixtures/graphql/', import.meta.url));
const SHOP_FILES = [
  'schema/accounts.graphql',
  'schema/orders.graphql',
  'schema/schema.graphql',
  'schema/subscriptions.graphql',
  'web/src/queries/orders.graphql',
];
const SHOP_SCHEMA = SHOP_FILES.slice(0, 4);

function reader(root: string) {
  return (file: string) => readFileSync(join(fixtures, root, file), 'utf8');
}

async function shop(): Promise<{ facts: ApiFacts; diagnostics: Diagnostic[] }> {
  const text = reader('shop');
  const { files } = graphqlSource.select!(SHOP_FILES, text);
  const r = await graphqlSource.extract({ repoRoot: join(fixtures, 'shop'), files, text, settings: {} as never });
  return { facts: r.facts.api!, diagnostics: r.diagnostics };
}

function op(ops: Operation[], id: string): Operation {
  const found = ops.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id} in ${ops.map((o) => o.id).join(', ')}`);
  return found;
}

describe('graphql: a schema split over schema/*.graphql', () => {
  it('skips the frontend queries with one notice, before extraction', () => {
    const kept = graphqlSource.select!(SHOP_FILES, reader('shop'));
    expect(kept.files).toEqual(SHOP_SCHEMA);
    expect(kept.diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'openapi',
        file: 'web/src/queries/orders.graphql',
        message:
          '1 GraphQL file holding only client operations and fragments ' +
          '(web/src/queries/orders.graphql) was not read as a schema',
      },
    ]);
  });

  it('reads one spec over all four files', async () => {
    const { facts, diagnostics } = await shop();
    expect(diagnostics).toEqual([]);
    expect(facts.specs).toEqual([
      {
        id: 'spec:schema/accounts.graphql',
        protocol: 'graphql',
        file: 'schema/accounts.graphql',
        files: SHOP_SCHEMA,
        title: 'GraphQL schema',
        version: '',
        specVersion: 'SDL',
        servers: [],
        source: { file: 'schema/schema.graphql', line: 2 },
      },
    ]);
  });

  it('has one operation per root field, definitions and extensions alike', async () => {
    const { facts } = await shop();
    expect(facts.operations.map((o) => o.id)).toEqual([
      'gql:Query.health',
      'gql:Query.me',
      'gql:Query.node',
      'gql:Query.order',
      'gql:Query.orders',
      'gql:Query.recentOrders',
      'gql:Query.search',
      'gql:Mutation.cancelOrder',
      'gql:Mutation.ping',
      'gql:Mutation.placeOrder',
      'gql:Subscription.orderStatusChanged',
    ]);
    expect(facts.operations.map((o) => `${o.id} ${o.source.file}:${o.source.line}`)).toContain(
      'gql:Query.node schema/schema.graphql:26',
    );
    expect(op(facts.operations, 'gql:Query.me').source).toEqual({ file: 'schema/accounts.graphql', line: 11 });
  });

  it('reads a Relay connection field: arguments, enums, default, pagination, summary', async () => {
    const { facts } = await shop();
    expect(op(facts.operations, 'gql:Query.orders')).toEqual({
      id: 'gql:Query.orders',
      protocol: 'graphql',
      method: 'QUERY',
      path: 'Query.orders',
      summary: "The customer's orders, newest first.",
      tags: ['Query'],
      security: [],
      parameters: [
        { name: 'first', in: 'argument', required: false, type: 'Int' },
        { name: 'after', in: 'argument', required: false, type: 'String' },
        { name: 'last', in: 'argument', required: false, type: 'Int' },
        { name: 'before', in: 'argument', required: false, type: 'String' },
        {
          name: 'status',
          in: 'argument',
          required: false,
          type: 'OrderStatus',
          enum: ['PENDING', 'PAID', 'SHIPPED', 'CANCELLED'],
        },
        {
          name: 'direction',
          in: 'argument',
          required: false,
          type: 'SortDirection',
          enum: ['ASC', 'DESC'],
          default: 'DESC',
        },
      ],
      responses: [{ status: 'data', contentTypes: ['application/json'], schema: { type: 'OrderConnection!' } }],
      pagination: { style: 'connection', via: ['first', 'after', 'last', 'before'] },
      deprecated: false,
      spec: 'spec:schema/accounts.graphql',
      source: { file: 'schema/orders.graphql', line: 68 },
    });
  });

  it('tells offset and page paging from argument names, deprecation, subscriptions', async () => {
    const { facts } = await shop();
    const recent = op(facts.operations, 'gql:Query.recentOrders');
    expect(recent.pagination).toEqual({ style: 'offset', via: ['offset', 'limit'] });
    expect(recent.deprecated).toBe(true);
    const account = facts.schemas!.find((s) => s.name === 'Account')!;
    expect(account.properties.find((p) => p.name === 'orders')!.arguments!.map((a) => a.name)).toEqual([
      'page',
      'pageSize',
    ]);
    const sub = op(facts.operations, 'gql:Subscription.orderStatusChanged');
    expect([sub.method, sub.streaming, sub.source.file, sub.source.line]).toEqual([
      'SUBSCRIPTION',
      'server',
      'schema/subscriptions.graphql',
      3,
    ]);
    expect(op(facts.operations, 'gql:Mutation.ping').streaming).toBeUndefined();
  });

  it('puts auth directives of the field and of its `extend type` into security', async () => {
    const { facts } = await shop();
    expect(facts.operations.filter((o) => o.security.length > 0).map((o) => [o.id, o.security])).toEqual([
      ['gql:Query.me', [['@authenticated']]],
      ['gql:Mutation.cancelOrder', [['@auth', '@requiresScopes']]],
      ['gql:Mutation.placeOrder', [['@auth']]],
    ]);
  });

  it('lists every named type but the root types, with fields as written', async () => {
    const { facts } = await shop();
    expect(facts.schemas!.map((s) => `${s.kind} ${s.id}`)).toEqual([
      'object schema:schema/accounts.graphql#Account',
      'scalar schema:schema/schema.graphql#DateTime',
      'object schema:schema/orders.graphql#Money',
      'interface schema:schema/schema.graphql#Node',
      'object schema:schema/orders.graphql#Order',
      'object schema:schema/orders.graphql#OrderConnection',
      'object schema:schema/orders.graphql#OrderEdge',
      'object schema:schema/orders.graphql#OrderLine',
      'input schema:schema/orders.graphql#OrderLineInput',
      'enum schema:schema/orders.graphql#OrderStatus',
      'object schema:schema/schema.graphql#PageInfo',
      'input schema:schema/orders.graphql#PlaceOrderInput',
      'object schema:schema/orders.graphql#PlaceOrderPayload',
      'union schema:schema/accounts.graphql#SearchResult',
      'enum schema:schema/orders.graphql#SortDirection',
    ]);
    const order = facts.schemas!.find((s) => s.name === 'Order')!;
    expect(order.source).toEqual({ file: 'schema/orders.graphql', line: 13 });
    expect(order.interfaces).toEqual(['Node']);
    expect(order.properties.map((p) => [p.name, p.type, p.required, p.deprecated ?? false, p.source!.line])).toEqual([
      ['id', 'ID!', true, false, 14],
      ['number', 'String!', true, false, 15],
      ['status', 'OrderStatus!', true, false, 16],
      ['placedAt', 'DateTime!', true, false, 17],
      ['customer', 'Account', false, false, 18],
      ['lines', '[OrderLine!]!', true, false, 19],
      ['total', 'Money!', true, false, 20],
      ['amount', 'Float', false, true, 22],
    ]);
    expect(order.properties.find((p) => p.name === 'lines')!.arguments).toEqual([
      { name: 'first', in: 'argument', required: false, type: 'Int', default: '50' },
    ]);
    // An input field with a default may be left out: not required, as graphql-js counts it.
    const line = facts.schemas!.find((s) => s.name === 'OrderLineInput')!;
    expect(line.properties.map((p) => [p.name, p.type, p.required])).toEqual([
      ['sku', 'String!', true],
      ['quantity', 'Int!', false],
    ]);
    expect(facts.schemas!.find((s) => s.name === 'OrderStatus')!.values).toEqual([
      'PENDING',
      'PAID',
      'SHIPPED',
      'CANCELLED',
    ]);
    expect(facts.schemas!.find((s) => s.name === 'SearchResult')!.values).toEqual(['Account', 'Order']);
  });

  it('gives byte-identical facts for the same input', async () => {
    expect(JSON.stringify(await shop())).toBe(JSON.stringify(await shop()));
  });

  it('skips a client document handed to it anyway (a glob named it), with a notice', async () => {
    const r = await extractGraphql(SHOP_FILES, reader('shop'));
    expect(r.diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'openapi',
        file: 'web/src/queries/orders.graphql',
        message: 'holds only client operations and fragments (no type definitions): not read as a schema',
      },
    ]);
    expect(r.facts.specs.map((s) => s.files)).toEqual([SHOP_SCHEMA]);
  });
});

describe('graphql: bad input', () => {
  const FILES = [
    'broken/catalog.graphql',
    'broken/empty.graphql',
    'broken/inventory.graphql',
    'broken/reviews.graphql',
  ];

  it('reports an empty file, a syntax error with its line, a type only extended; reads the rest', async () => {
    const r = await extractGraphql(FILES, reader(''));
    expect(r.diagnostics.map(({ severity, file, line, message }) => ({ severity, file, line, message }))).toEqual([
      {
        severity: 'notice',
        file: 'broken/empty.graphql',
        line: undefined,
        message: 'empty GraphQL file (no definitions): nothing read',
      },
      {
        severity: 'error',
        file: 'broken/reviews.graphql',
        line: 8,
        message: 'GraphQL syntax error: Expected ":", found Name "String".; file not read',
      },
      {
        severity: 'warning',
        file: 'broken/inventory.graphql',
        line: 1,
        message: 'type Warehouse is extended but never defined in this schema: read from its extensions alone',
      },
    ]);
    expect(r.facts.operations.map((o) => o.id)).toEqual(['gql:Query.products', 'gql:Query.warehouses']);
    expect(r.facts.schemas!.map((s) => s.id)).toEqual([
      'schema:broken/catalog.graphql#Product',
      'schema:broken/inventory.graphql#Warehouse',
    ]);
    expect(r.facts.specs.map((s) => [s.id, s.title])).toEqual([['spec:broken/catalog.graphql', 'broken']]);
  });

  it('never throws on odd input', async () => {
    const texts: Record<string, string> = {
      'a/x.graphql': '\uFEFF',
      'b/x.graphql': 'type {',
      'c/x.graphql': 'schema { query: Missing }',
      'd/x.graphql': 'type Query { a: Int a: String }',
      'e/x.graphql': 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])',
    };
    const r = await extractGraphql(Object.keys(texts), (f) => texts[f]!);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line ?? ''}`)).toEqual([
      'notice a/x.graphql:',
      'error b/x.graphql:1',
      'warning c/x.graphql:1',
      'warning d/x.graphql:1',
    ]);
    expect(r.facts.operations.map((o) => o.id)).toEqual(['gql:Query.a']);
  });
});

describe('graphql: root types, federation, grouping, sniffing', () => {
  it('uses canonical operation ids for renamed root types and reads federation', async () => {
    const sdl = [
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])',
      'schema { query: RootQuery mutation: RootMutation }',
      'type RootQuery { product(id: ID!): Product }',
      'type RootMutation { addProduct(name: String!): Product! }',
      'type Product @key(fields: "id") { id: ID! name: String! }',
    ].join('\n');
    const r = await extractGraphql(['products/src/schema.graphql'], () => sdl);
    expect(r.diagnostics).toEqual([]);
    expect(r.facts.operations.map((o) => [o.id, o.path, o.tags[0]])).toEqual([
      ['gql:Query.product', 'Query.product', 'RootQuery'],
      ['gql:Mutation.addProduct', 'Mutation.addProduct', 'RootMutation'],
    ]);
    expect(r.facts.schemas!.map((s) => s.name)).toEqual(['Product']);
    expect(r.facts.specs.map((s) => [s.specVersion, s.title, s.source.line])).toEqual([
      ['SDL (federation)', 'products', 2],
    ]);
  });

  it('two schemas with the same root field: the later one qualified by its file, with a warning', async () => {
    const files: Record<string, string> = {
      'services/orders/schema.graphql': 'type Query {\n  orders: [String!]!\n}\n',
      'services/returns/schema.graphql': 'type Query {\n  orders: [String!]!\n  returns: Int\n}\n',
    };
    const r = await extractGraphql(Object.keys(files), (f) => files[f]!);
    expect(r.facts.operations.map((o) => o.id)).toEqual([
      'gql:Query.orders',
      'gql:Query.orders (services/returns/schema.graphql)',
      'gql:Query.returns',
    ]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'services/returns/schema.graphql',
        line: 2,
        message: expect.stringMatching(/^Query\.orders is also defined in services\/orders\/schema\.graphql:2;/),
      }),
    ]);
  });

  it('groups files into schemas the way public projects lay them out', () => {
    const groups = groupSchemaFiles([
      'services/orders/src/main/resources/schema/orders.graphqls',
      'services/orders/src/main/resources/schema/shared/money.graphqls',
      'services/accounts/src/main/resources/schema/accounts.graphqls',
      'api/schema.graphql',
      'api/types/user.graphql',
      'subgraphs/products/products.graphql',
      'subgraphs/reviews/reviews.graphql',
      'supergraph.graphql',
      'src/users/users.graphql',
      'src/posts/posts.graphql',
    ]);
    expect(groups.map((g) => [g.root, g.files])).toEqual([
      ['api', ['api/schema.graphql', 'api/types/user.graphql']],
      ['services/accounts/src', ['services/accounts/src/main/resources/schema/accounts.graphqls']],
      [
        'services/orders/src',
        [
          'services/orders/src/main/resources/schema/orders.graphqls',
          'services/orders/src/main/resources/schema/shared/money.graphqls',
        ],
      ],
      ['src', ['src/posts/posts.graphql', 'src/users/users.graphql']],
      ['subgraphs/products', ['subgraphs/products/products.graphql']],
      ['subgraphs/reviews', ['subgraphs/reviews/reviews.graphql']],
      ['', ['supergraph.graphql']],
    ]);
    expect(groups.map((g) => schemaTitle(g.root))).toEqual([
      'GraphQL schema',
      'accounts',
      'orders',
      'GraphQL schema',
      'products',
      'reviews',
      'GraphQL schema',
    ]);
  });

  it('splits side-by-side subgraphs, keeps a supergraph alone, joins modules that only extend', async () => {
    const texts: Record<string, string> = {
      'gateway/subgraphs/products.graphql':
        'type Product @key(fields: "id") { id: ID! }\nextend type Query { products: [Product] }',
      'gateway/subgraphs/reviews.graphql':
        'extend type Product @key(fields: "id") { id: ID! @external reviews: [Int] }\ntype Query { top: Int }',
      'gateway/supergraph.graphql': 'directive @join__graph(name: String!) on ENUM_VALUE\ntype Query { products: Int }',
      'app/modules/common/types/common.graphql': 'type Query { ping: Int }',
      'app/modules/users/types/users.graphql': 'type User { id: ID! }\nextend type Query { users: [User] }',
    };
    const r = await extractGraphql(Object.keys(texts), (f) => texts[f]!);
    // The supergraph repeats what it composes: its fields keep facts of their own, under qualified ids.
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', file: 'gateway/supergraph.graphql', line: 2 }),
    ]);
    expect(r.facts.specs.map((s) => [s.title, s.specVersion, s.files])).toEqual([
      ['modules', 'SDL', ['app/modules/common/types/common.graphql', 'app/modules/users/types/users.graphql']],
      ['products', 'SDL (federation)', ['gateway/subgraphs/products.graphql']],
      ['reviews', 'SDL (federation)', ['gateway/subgraphs/reviews.graphql']],
      ['supergraph', 'SDL', ['gateway/supergraph.graphql']],
    ]);
    expect(r.facts.operations.map((o) => `${o.id} ${o.spec}`)).toEqual([
      'gql:Query.ping spec:app/modules/common/types/common.graphql',
      'gql:Query.users spec:app/modules/common/types/common.graphql',
      'gql:Query.products spec:gateway/subgraphs/products.graphql',
      'gql:Query.top spec:gateway/subgraphs/reviews.graphql',
      'gql:Query.products (gateway/supergraph.graphql) spec:gateway/supergraph.graphql',
    ]);
  });

  it('tells client documents from schemas without parsing', () => {
    expect(
      countDefinitions('"""query docs"""\ntype Query { type: String query: Int }\nextend type Query { a: Int }'),
    ).toEqual({
      sdl: 2,
      executable: 0,
    });
    expect(countDefinitions('query A($type: Int) { a(type: $type) } fragment F on T { x }\n{ b }')).toEqual({
      sdl: 0,
      executable: 3,
    });
    expect(isClientDocument('# only a comment\n')).toBe(false);
    expect(isClientDocument('mutation M { m }')).toBe(true);
    expect(isClientDocument('type T { a: Int }\nquery Q { a }')).toBe(false);
  });
});
