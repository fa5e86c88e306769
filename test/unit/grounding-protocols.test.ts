import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groundingCommands } from '../../src/agent/grounding-commands.js';
import { checkGrounding, type Mention } from '../../src/checks/grounding/index.js';
import { loadConfig } from '../../src/config/load-config.js';
import { emptyFacts, type FactModel, type Operation } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';

// Grounding for the protocols not addressed by `METHOD /path`: gRPC methods, GraphQL root fields and
// AsyncAPI channels. The GraphQL and AsyncAPI operations are read from the fixtures by the real
// readers; the gRPC service is written out in the fact model's shape (`rpc:<pkg.Service>/<Method>`,
// path `/<pkg.Service>/<Method>`, method `RPC`), as this branch has no .proto reader.

function rpc(service: string, method: string): Operation {
  return {
    id: `rpc:${service}/${method}`,
    protocol: 'grpc',
    method: 'RPC',
    path: `/${service}/${method}`,
    tags: [service],
    security: [],
    parameters: [],
    responses: [{ status: 'OK', contentTypes: ['application/grpc'] }],
    deprecated: false,
    spec: 'spec:proto/shop/v1/orders.proto',
    source: { file: 'proto/shop/v1/orders.proto', line: 10 },
  };
}

async function factsOf(dir: string): Promise<FactModel> {
  return extractFacts(await loadConfig(resolve(dir), { mode: 'write', offline: true }, 'grounding-protocols'));
}

let facts: FactModel;
beforeAll(async () => {
  const graphql = await factsOf('test/fixtures/graphql/shop');
  const asyncapi = await factsOf('test/fixtures/asyncapi/shop');
  facts = emptyFacts();
  facts.api.specs.push(...graphql.api.specs, ...asyncapi.api.specs);
  facts.api.schemas = [...(graphql.api.schemas ?? []), ...(asyncapi.api.schemas ?? [])];
  facts.api.operations.push(
    ...graphql.api.operations,
    ...asyncapi.api.operations,
    rpc('shop.v1.OrderService', 'GetOrder'),
    rpc('shop.v1.OrderService', 'ListOrders'),
  );
  // The readers are what the cases below rely on; a change to them should fail here, not below.
  const ids = facts.api.operations.map((o) => o.id);
  expect(ids).toEqual(expect.arrayContaining(['gql:Query.orders', 'gql:Mutation.placeOrder']));
  expect(ids).toEqual(expect.arrayContaining(['async:send orders.{region}.created', 'async:send payments.settled']));
}, 60_000);

const check = (md: string, on: FactModel = facts) => checkGrounding(md, on, { commands: groundingCommands() });
const summary = (ms: Mention[]) => ms.map((m) => [m.kind, m.text, m.known] as const);

describe('grounding: gRPC methods', () => {
  it('accepts an RPC by its full name, its short service name and its path, and the service', () => {
    const r = check(
      'Fetch one with `shop.v1.OrderService/GetOrder` (also written `OrderService/GetOrder` or ' +
        '`/shop.v1.OrderService/GetOrder`); `OrderService` and `shop.v1.OrderService` also serve `ListOrders`.',
    );
    expect(r.unknown).toEqual([]);
    expect(summary(r.mentions)).toEqual([
      ['endpoint', 'shop.v1.OrderService/GetOrder', true],
      ['endpoint', 'OrderService/GetOrder', true],
      ['endpoint', '/shop.v1.OrderService/GetOrder', true],
      ['endpoint', 'OrderService', true],
      ['endpoint', 'shop.v1.OrderService', true],
      ['name', 'ListOrders', true],
    ]);
    expect(r.mentions[0]!.factId).toBe('rpc:shop.v1.OrderService/GetOrder');
  });

  it('flags an invented method or service like an unknown HTTP endpoint', () => {
    const r = check('Cancel with `OrderService/CancelOrder`, refund with `shop.v1.RefundService/Refund`.');
    expect(summary(r.unknown)).toEqual([
      ['endpoint', 'OrderService/CancelOrder', false],
      ['endpoint', 'shop.v1.RefundService/Refund', false],
    ]);
  });

  it('reads the method a grpcurl command calls, and the symbol it describes', () => {
    const md = [
      '```bash',
      'grpcurl -plaintext -d \'{"order_id": "42"}\' localhost:50051 shop.v1.OrderService/GetOrder',
      'grpcurl -plaintext localhost:50051 shop.v1.OrderService.DeleteOrder',
      'grpcurl -plaintext localhost:50051 describe shop.v1.OrderService',
      'grpcurl -plaintext localhost:50051 describe shop.v1.InventoryService',
      'grpcurl -plaintext localhost:50051 list grpc.reflection.v1.ServerReflection',
      '```',
    ].join('\n');
    const r = check(md);
    expect(r.mentions.map((m) => [m.text, m.line, m.known])).toEqual([
      ['shop.v1.OrderService/GetOrder', 2, true],
      ['shop.v1.OrderService.DeleteOrder', 3, false],
      ['shop.v1.OrderService', 4, true],
      ['shop.v1.InventoryService', 5, false],
    ]);
  });

  it('leaves RPC-shaped names alone when the facts hold no gRPC service', () => {
    const httpOnly = emptyFacts();
    const md = '```sh\ngrpcurl -plaintext localhost:50051 shop.v1.OrderService/GetOrder\n```\n';
    expect(check(md, httpOnly).mentions).toEqual([]);
  });
});

describe('grounding: GraphQL root fields', () => {
  it('accepts root fields by `Root.field` and a bare field name; flags an invented root field', () => {
    const r = check('`Query.orders` pages with `first`; `Mutation.placeOrder` and `Query.refunds` differ.');
    expect(summary(r.mentions.filter((m) => m.kind === 'endpoint'))).toEqual([
      ['endpoint', 'Query.orders', true],
      ['endpoint', 'Mutation.placeOrder', true],
      ['endpoint', 'Query.refunds', false],
    ]);
    expect(summary(check('Call `placeOrder`, then `cancelOrder`.').mentions)).toEqual([
      ['name', 'placeOrder', true],
      ['name', 'cancelOrder', true],
    ]);
  });

  it('reads the root fields of an operation in a code span and in a graphql block', () => {
    const span = check('Run `mutation { placeOrder(input: {lines: []}) { order { id } } }` first.');
    expect(summary(span.mentions)).toEqual([['endpoint', 'Mutation.placeOrder', true]]);
    const md = [
      '```graphql',
      'query Recent($n: Int) {',
      '  recentOrders(first: $n) { id }',
      '  refunds { id }',
      '  __typename',
      '}',
      'mutation { refundOrder(id: "1") { id } }',
      '```',
    ].join('\n');
    expect(check(md).mentions.map((m) => [m.text, m.line, m.known])).toEqual([
      ['Query.recentOrders', 3, true],
      ['Query.refunds', 4, false],
      ['Mutation.refundOrder', 7, false],
    ]);
  });

  it('reads gql templates in TypeScript and skips what does not parse', () => {
    const md = [
      '```ts',
      'const ORDERS = gql`',
      '  query { orders(first: 10) { edges { node { id } } } }',
      '`;',
      'const BAD = gql`subscription { orderShipped { id } }`;',
      'const broken = gql`query { orders(`;',
      '```',
    ].join('\n');
    expect(check(md).mentions.map((m) => [m.text, m.line, m.known])).toEqual([
      ['Query.orders', 3, true],
      ['Subscription.orderShipped', 5, false],
    ]);
  });

  it('does not read an object literal as a query, nor a type field as a root field', () => {
    const r = check('Destructure `{ orders }` from the result; `Order.status` is an `OrderStatus`.');
    expect(r.unknown).toEqual([]);
  });
});

describe('grounding: AsyncAPI channels', () => {
  it('accepts a channel by its address, with a value for a parameter, or by its name', () => {
    const r = check(
      'The service publishes to `orders.{region}.created` (in the EU `orders.eu.created`), ' +
        'consumes `payments.settled`, and `legacyOrders` carries `LegacyOrder`.',
    );
    expect(r.unknown).toEqual([]);
    expect(r.mentions.map((m) => m.text)).toEqual([
      'orders.{region}.created',
      'orders.eu.created',
      'payments.settled',
      'legacyOrders',
      'LegacyOrder',
    ]);
  });

  it('flags a channel that is not in the facts', () => {
    expect(summary(check('Shipments go to `orders.shipped`.').unknown)).toEqual([['name', 'orders.shipped', false]]);
  });
});
