import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asyncapiSource } from '../../src/sources/asyncapi/asyncapi-source.js';
import { extractAsyncApi } from '../../src/sources/asyncapi/extract-asyncapi.js';
import { isAsyncApiDocument } from '../../src/sources/asyncapi/sniff-asyncapi.js';
import { sourceKinds } from '../../src/sources/registry.js';

const SHOP = 'test/fixtures/asyncapi/shop';
const BAD = 'test/fixtures/asyncapi/bad';
const ORDERS = 'services/orders/asyncapi.yaml';
const BILLING = 'services/billing/asyncapi.yaml';

async function read(root: string, files: string[]) {
  return extractAsyncApi(root, files, (f) => readFileSync(`${root}/${f}`, 'utf8'));
}

describe('AsyncAPI documents', () => {
  it('is asked right after OpenAPI and claims files by their top-level asyncapi key', () => {
    const names = sourceKinds().map((k) => k.name);
    expect(names.indexOf('asyncapi')).toBe(names.indexOf('openapi') + 1);
    expect(names.indexOf('asyncapi')).toBeLessThan(names.indexOf('compose'));
    expect(isAsyncApiDocument('asyncapi: 3.0.0\ninfo: {}\n')).toBe(true);
    expect(isAsyncApiDocument("'asyncapi': '2.6.0'\n")).toBe(true);
    expect(isAsyncApiDocument('{"info": {}, "asyncapi": "3.0.0"}')).toBe(true);
    expect(isAsyncApiDocument('openapi: 3.1.0\n')).toBe(false);
    expect(isAsyncApiDocument('spec:\n  asyncapi: 3.0.0\n')).toBe(false);
    const head = 'asyncapi: 3.0.0\n';
    expect(asyncapiSource.detect({ file: 'a.yaml', base: 'a.yaml', text: head, head }, false)).toBe(true);
  });

  it('reads 3.0 and 2.6 operations in the application view (2.x publish is a RECEIVE)', async () => {
    const { facts, diagnostics, alsoRead } = await read(SHOP, [BILLING, ORDERS]);
    expect(diagnostics).toEqual([]);
    expect(facts.operations.map((o) => [o.id, o.method, o.operationId, o.spec.slice(14, 21)])).toEqual([
      ['async:receive orders.{region}.created', 'RECEIVE', 'chargeOrder', 'billing'],
      ['async:receive payments.settled', 'RECEIVE', 'onPaymentSettled', 'orders/'],
      ['async:send orders.legacy', 'SEND', 'publishLegacyOrder', 'orders/'],
      ['async:send orders.{region}.created', 'SEND', 'publishOrderCreated', 'orders/'],
      ['async:send payments.settled', 'SEND', 'announcePayment', 'billing'],
    ]);
    expect([...(alsoRead?.keys() ?? [])]).toEqual(['services/billing/schemas/payment.yaml']);
    expect(facts.specs.map((s) => [s.id, s.specVersion, s.title, s.version, s.servers, s.source.line])).toEqual([
      ['spec:services/billing/asyncapi.yaml', '2.6.0', 'Billing events', '2.0.0', ['kafka://kafka:9092'], 1],
      ['spec:services/orders/asyncapi.yaml', '3.0.0', 'Orders events', '1.4.0', ['kafka://kafka:9092'], 1],
    ]);
  });

  it('keeps channel, parameters, messages, security, bindings and file:line per operation', async () => {
    const { facts } = await read(SHOP, [BILLING, ORDERS]);
    const op = (id: string, spec: string) => facts.operations.find((o) => o.id === id && o.spec === `spec:${spec}`)!;
    const created = op('async:send orders.{region}.created', ORDERS);
    expect(created).toMatchObject({
      protocol: 'async',
      path: 'orders.{region}.created',
      channel: 'orderCreated',
      summary: 'Tell the shop an order was placed.',
      tags: ['orders'],
      security: [['saslScram']],
      parameters: [{ name: 'region', in: 'path', required: true, type: 'string', enum: ['eu', 'us'] }],
      messages: [{ name: 'OrderCreated', contentType: 'application/json', payload: { type: 'Order' } }],
      extensions: { 'x-owner': 'team-orders', bindings: { kafka: { topic: 'orders.created' } } },
      deprecated: false,
      source: { file: ORDERS, line: 39 },
    });
    expect(op('async:send orders.legacy', ORDERS)).toMatchObject({ deprecated: true, source: { line: 55 } });
    expect(op('async:receive payments.settled', ORDERS).messages).toEqual([
      { name: 'PaymentSettled', contentType: 'application/cloudevents+json', payload: { type: 'Payment' } },
    ]);
    const charge = op('async:receive orders.{region}.created', BILLING);
    expect(charge.source.line).toBe(15);
    expect(charge.channel).toBeUndefined();
    expect(charge.messages).toEqual([
      {
        name: 'OrderCreated',
        contentType: 'application/json',
        payload: { type: 'object', properties: [{ name: 'id', type: 'string', required: true }] },
      },
    ]);
    expect(op('async:send payments.settled', BILLING)).toMatchObject({ source: { line: 20 }, tags: ['payments'] });
  });

  it('lists component and payload schemas with flattened properties', async () => {
    const { facts } = await read(SHOP, [BILLING, ORDERS]);
    expect(facts.schemas!.map((s) => [s.id, s.kind, s.source.line])).toEqual([
      [`schema:${BILLING}#OrderCreated.payload`, 'object', 37],
      [`schema:${BILLING}#PaymentSettled.payload`, 'object', 26],
      [`schema:${ORDERS}#LegacyOrder.payload`, 'object', 33],
      [`schema:${ORDERS}#Order`, 'object', 75],
      [`schema:${ORDERS}#Payment`, 'object', 98],
    ]);
    const order = facts.schemas!.find((s) => s.name === 'Order')!;
    expect(order.properties).toEqual([
      { name: 'id', type: 'string', required: true },
      { name: 'lines', type: 'array<object>', required: false },
      { name: 'lines[].sku', type: 'string', required: false },
      { name: 'shipping', type: 'object', required: false },
      { name: 'shipping.city', type: 'string', required: false },
      { name: 'status', type: 'string', required: false, enum: ['placed', 'paid'] },
      { name: 'total', type: 'number', required: true },
    ]);
    expect(facts.schemas!.find((s) => s.name === 'Payment')!.properties).toContainEqual({
      name: 'note',
      type: 'string',
      required: false,
      nullable: true,
    });
  });

  it('turns an empty file, a syntax error and unresolvable refs into diagnostics and reads the rest', async () => {
    const { facts, diagnostics } = await read(BAD, ['empty.yaml', 'missing-ref.yaml', 'syntax.yaml']);
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.message.slice(0, 48)])).toEqual([
      ['empty.yaml', 1, 'warning', 'empty file: no AsyncAPI document'],
      ['missing-ref.yaml', 11, 'error', "'#/components/schemas/Shipment' does not exist"],
      ['missing-ref.yaml', 17, 'error', '$ref https://example.invalid/schemas/remote.json'],
      ['syntax.yaml', 7, 'error', 'YAML syntax error: Flow sequence in block collec'],
    ]);
    expect(diagnostics[2]!.message).toContain('remote reference not fetched');
    expect(facts.operations.map((o) => [o.id, o.source.line])).toEqual([
      ['async:send shipments.remote', 23],
      ['async:send shipments.shipped', 19],
    ]);
  });

  it('gives byte-identical facts for the same input', async () => {
    const a = await read(SHOP, [BILLING, ORDERS]);
    const b = await read(SHOP, [BILLING, ORDERS]);
    expect(JSON.stringify(b.facts)).toBe(JSON.stringify(a.facts));
  });
});
