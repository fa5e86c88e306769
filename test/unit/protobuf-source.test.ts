import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiChanges } from '../../src/facts/api-changes/api-changes.js';
import type { ApiFacts, Diagnostic, Operation } from '../../src/facts/model.js';
import { extractProtobuf } from '../../src/sources/protobuf/extract-protobuf.js';
import { walkRepo } from '../../src/sources/walk-repo.js';

const fixtures = fileURLToPath(new URL('../fixtures/grpc/', import.meta.url));
const buf = fileURLToPath(new URL('../../node_modules/.bin/buf', import.meta.url));

async function read(dir: string): Promise<{ facts: ApiFacts; diagnostics: Diagnostic[] }> {
  const root = join(fixtures, dir);
  const files = (await walkRepo(root)).files.filter((f) => f.endsWith('.proto'));
  return extractProtobuf(files, (f) => readFileSync(join(root, f), 'utf8'));
}

function op(ops: Operation[], id: string): Operation {
  const found = ops.find((o) => o.id === id);
  if (!found) throw new Error(`no ${id} in ${ops.map((o) => o.id).join(', ')}`);
  return found;
}

describe('protobuf: a proto/ tree with packages, well-known imports and a copy of google/api', () => {
  it('reads every rpc of every service, exactly, at its line', async () => {
    const { facts, diagnostics } = await read('shop');
    expect(diagnostics).toEqual([]);
    expect(facts.operations.map((o) => [o.id, o.source.file, o.source.line, o.streaming ?? 'unary'])).toEqual([
      ['rpc:shop.v1.FulfilmentService/WatchShipments', 'proto/shop/v1/fulfilment.proto', 7, 'server'],
      ['rpc:shop.v1.FulfilmentService/UploadScans', 'proto/shop/v1/fulfilment.proto', 8, 'client'],
      ['rpc:shop.v1.FulfilmentService/Pick', 'proto/shop/v1/fulfilment.proto', 9, 'bidirectional'],
      ['rpc:shop.v1.OrderService/CreateOrder', 'proto/shop/v1/orders.proto', 13, 'unary'],
      ['rpc:shop.v1.OrderService/GetOrder', 'proto/shop/v1/orders.proto', 21, 'unary'],
      ['rpc:shop.v1.OrderService/ListOrders', 'proto/shop/v1/orders.proto', 26, 'unary'],
      ['rpc:shop.v1.OrderService/UpdateOrder', 'proto/shop/v1/orders.proto', 30, 'unary'],
      ['rpc:shop.v1.OrderService/CancelOrder', 'proto/shop/v1/orders.proto', 33, 'unary'],
    ]);
    expect(facts.specs.map((s) => [s.id, s.title, s.version, s.specVersion, s.servers])).toEqual([
      ['spec:proto/shop/v1/fulfilment.proto', 'FulfilmentService (shop.v1)', 'v1', 'proto3', ['shop.v1']],
      ['spec:proto/shop/v1/orders.proto', 'OrderService (shop.v1)', 'v1', 'proto3', ['shop.v1']],
    ]);
  });

  it('names request and response messages by full name, well-known types included', async () => {
    const { facts } = await read('shop');
    const cancel = op(facts.operations, 'rpc:shop.v1.OrderService/CancelOrder');
    expect(cancel).toMatchObject({
      protocol: 'grpc',
      method: 'RPC',
      path: '/shop.v1.OrderService/CancelOrder',
      tags: ['OrderService'],
      deprecated: true,
      summary: 'Replaced by UpdateOrder.',
      requestBody: { schema: { type: 'shop.v1.CancelOrderRequest' } },
      responses: [{ status: 'OK', schema: { type: 'google.protobuf.Empty' } }],
    });
    // A type named relative to another message (`Order.Line`) from a second file of the package.
    const pick = facts.schemas!.find((s) => s.name === 'shop.v1.PickEvent')!;
    expect(pick.properties.map((p) => [p.name, p.type])).toEqual([
      ['order_id', 'string'],
      ['line', 'shop.v1.Order.Line'],
    ]);
  });

  it('keeps the REST mapping and idempotency level raw; reads AIP paging and request ids', async () => {
    const { facts } = await read('shop');
    expect(op(facts.operations, 'rpc:shop.v1.OrderService/GetOrder').extensions).toEqual({
      '(google.api.http)': { get: '/v1/orders/{id}' },
      idempotency_level: 'NO_SIDE_EFFECTS',
    });
    expect(op(facts.operations, 'rpc:shop.v1.OrderService/ListOrders').pagination).toEqual({
      style: 'cursor',
      via: ['page_token', 'page_size'],
    });
    expect(op(facts.operations, 'rpc:shop.v1.OrderService/CreateOrder').idempotencyKey).toBe('request_id');
  });

  it('reads messages with numbers, labels, oneofs, presence, reserved ranges and deprecations', async () => {
    const { facts } = await read('shop');
    const order = facts.schemas!.find((s) => s.name === 'shop.v1.Order')!;
    expect(order.source).toEqual({ file: 'proto/shop/v1/orders.proto', line: 38 });
    expect(order.reserved).toEqual([11, '13 to 15', 'coupon']);
    const fields = order.properties.map((p) => [p.number, p.name, p.type, p.oneof ?? '', p.nullable ?? false]);
    expect(fields).toEqual([
      [1, 'id', 'string', '', false],
      [2, 'customer_id', 'string', '', false],
      [3, 'lines', 'repeated shop.v1.Order.Line', '', false],
      [4, 'status', 'shop.v1.Order.Status', '', false],
      [5, 'total', 'shop.v1.Money', '', true],
      [6, 'labels', 'map<string, string>', '', false],
      [7, 'note', 'optional string', '', true],
      [8, 'card_token', 'string', 'payment', true],
      [9, 'invoice_id', 'string', 'payment', true],
      [10, 'audit', 'shop.v1.Audit', '', true],
    ]);
    const status = facts.schemas!.find((s) => s.name === 'shop.v1.Order.Status')!;
    expect(status.values).toEqual(['STATUS_UNSPECIFIED', 'STATUS_PLACED', 'STATUS_SHIPPED', 'STATUS_CANCELLED']);
    expect(status.properties.find((p) => p.name === 'STATUS_CANCELLED')).toMatchObject({ number: 3, deprecated: true });
    // google/api's copy gives names for resolution only: its HttpRule is the tooling's, not the shop's.
    expect(facts.schemas!.some((s) => s.name.startsWith('google.'))).toBe(false);
  });
});

describe('protobuf: bad and partial input', () => {
  const one = (text: string) => extractProtobuf(['proto/a.proto'], () => text);

  it('says where a syntax error is and reads the other files', async () => {
    const files = { 'proto/bad.proto': 'syntax = "proto3";\nmessage A {\n  string x = ;\n}\n', 'proto/ok.proto': OK };
    const r = await extractProtobuf(Object.keys(files), (f) => files[f as keyof typeof files]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'proto/bad.proto',
        line: 3,
        message: expect.stringMatching(/illegal/),
      }),
    ]);
    expect(r.facts.operations.map((o) => o.id)).toEqual(['rpc:ok.Ping/Ping']);
  });

  it('an empty file is a notice, not a crash', async () => {
    const r = await one('// nothing here yet\n');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ severity: 'notice', message: expect.stringMatching(/empty/) }),
    ]);
  });

  it('names types declared nowhere in the repository and keeps them as written', async () => {
    const r = await one(
      'syntax = "proto3";\npackage pay.v1;\nimport "google/type/money.proto";\n' +
        'service Pay { rpc Charge(Req) returns (Req); }\nmessage Req { google.type.Money amount = 1; }\n',
    );
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message: expect.stringMatching(/^google\.type\.Money is declared in no/),
      }),
    ]);
    expect(r.facts.schemas![0]!.properties[0]!.type).toBe('google.type.Money');
  });

  it('reads paging from request messages declared in a file that sorts after the service', async () => {
    const files: Record<string, string> = {
      'proto/a_service.proto':
        'syntax = "proto3";\npackage p;\nservice S { rpc List(ListRequest) returns (ListResponse); }\n',
      'proto/z_messages.proto':
        'syntax = "proto3";\npackage p;\nmessage ListRequest { string page_token = 1; int32 page_size = 2; }\n' +
        'message ListResponse { string next_page_token = 1; }\n',
    };
    const r = await extractProtobuf(Object.keys(files), (f) => files[f]!);
    expect(r.facts.operations.map((o) => [o.id, o.pagination])).toEqual([
      ['rpc:p.S/List', { style: 'cursor', via: ['page_token', 'page_size'] }],
    ]);
  });

  it('identical copies of a package (one per service) are read once, with one notice', async () => {
    const files = { 'protos/ok.proto': OK, 'src/a/ok.proto': OK, 'src/b/ok.proto': OK };
    const r = await extractProtobuf(Object.keys(files), (f) => files[f as keyof typeof files]);
    expect(r.facts.operations.map((o) => o.id)).toEqual(['rpc:ok.Ping/Ping']);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'notice',
        message:
          'src/a/ok.proto, src/b/ok.proto repeat declarations of protos/ok.proto unchanged: read once, from there',
      }),
    ]);
  });

  it('a copy that differs is a warning naming what differs', async () => {
    const changed = OK.replace('message P {}', 'message P { string id = 1; }');
    const files = { 'a/ok.proto': OK, 'b/ok.proto': changed };
    const r = await extractProtobuf(Object.keys(files), (f) => files[f as keyof typeof files]);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'b/ok.proto',
        message: expect.stringMatching(/^ok\.P differs from the declaration in a\/ok\.proto/),
      }),
    ]);
  });
});

const OK = 'syntax = "proto3";\npackage ok;\nservice Ping { rpc Ping(P) returns (P); }\nmessage P {}\n';

describe('protobuf changes, as buf breaking names them', () => {
  async function changes() {
    const [before, after] = await Promise.all([read('changes/before'), read('changes/after')]);
    return apiChanges(before.facts, after.facts);
  }

  it('finds one breaking change per rule on a hand-made pair', async () => {
    const list = (await changes()).map((c) => [c.rule, c.id]);
    expect(list).toEqual(
      expect.arrayContaining([
        ['FILE_NO_DELETE', 'spec:proto/shop/v1/legacy_reports.proto'],
        ['SERVICE_NO_DELETE', 'service:shop.v1.AdminService'],
        ['RPC_NO_DELETE', 'rpc:shop.v1.OrderService/DeleteOrder'],
        ['RPC_SAME_REQUEST_TYPE', 'rpc:shop.v1.OrderService/ListOrders'],
        ['RPC_SAME_RESPONSE_TYPE', 'rpc:shop.v1.OrderService/GetOrder'],
        ['RPC_SAME_SERVER_STREAMING', 'rpc:shop.v1.OrderService/WatchOrders'],
        ['RPC_SAME_CLIENT_STREAMING', 'rpc:shop.v1.OrderService/UploadOrders'],
        ['RPC_SAME_IDEMPOTENCY_LEVEL', 'rpc:shop.v1.OrderService/CountOrders'],
        ['MESSAGE_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Legacy'],
        ['ENUM_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Colour'],
        ['FIELD_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['FIELD_SAME_NAME', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['FIELD_SAME_JSON_NAME', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['FIELD_SAME_TYPE', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['FIELD_SAME_CARDINALITY', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['FIELD_SAME_ONEOF', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['RESERVED_MESSAGE_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Order'],
        ['ENUM_VALUE_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Status'],
        ['ENUM_VALUE_SAME_NAME', 'schema:proto/shop/v1/orders.proto#shop.v1.Status'],
        ['RESERVED_ENUM_NO_DELETE', 'schema:proto/shop/v1/orders.proto#shop.v1.Status'],
      ]),
    );
    const all = await changes();
    expect(all.every((c) => c.protocol === 'grpc' && c.level === 'error')).toBe(true);
    // Additions break no one: the new rpc, field and enum value are not in the list.
    expect(all.some((c) => /ArchiveOrder|channel|REFUNDED/.test(c.message))).toBe(false);
  });

  it('reports what an emptied file held, not FILE_NO_DELETE, when the file was kept', async () => {
    const text = (files: Record<string, string>) => (f: string) => files[f]!;
    const before = { 'ok.proto': OK };
    const after = { 'ok.proto': 'syntax = "proto3";\npackage ok;\n' };
    const [b, a] = await Promise.all([
      extractProtobuf(Object.keys(before), text(before)),
      extractProtobuf(Object.keys(after), text(after)),
    ]);
    const read = (files: Record<string, string>) =>
      Object.keys(files).map((file) => ({ file, kind: 'protobuf', sha256: '' }));
    const kept = apiChanges(b.facts, a.facts, { before: read(before), after: read(after) });
    expect(kept.map((c) => [c.rule, c.id])).toEqual([
      ['MESSAGE_NO_DELETE', 'schema:ok.proto#ok.P'],
      ['SERVICE_NO_DELETE', 'service:ok.Ping'],
    ]);
    // Without the list of files read, an emptied file looks deleted: one FILE_NO_DELETE.
    expect(apiChanges(b.facts, a.facts).map((c) => c.rule)).toEqual(['FILE_NO_DELETE']);
  });

  it('says the field number is free to be reused when a deleted field left it unreserved', async () => {
    const deleted = (await changes()).find((c) => c.rule === 'FIELD_NO_DELETE')!;
    expect(deleted.message).toBe(
      'field 4 of shop.v1.Order (note) was deleted; its number is not reserved, so a later field may reuse it',
    );
  });

  // buf is the tool these rule ids come from: on the same pair it must find what we find, rule for rule.
  it.skipIf(!existsSync(buf) && !process.env.CI)('agrees with `buf breaking` on the pair, rule for rule', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'buf-cache-'));
    const run = spawnSync(buf, ['breaking', 'after', '--against', 'before', '--error-format', 'json'], {
      cwd: join(fixtures, 'changes'),
      encoding: 'utf8',
      env: { ...process.env, BUF_CACHE_DIR: cache },
    });
    rmSync(cache, { recursive: true, force: true });
    // buf exits 100 when it finds breaking changes; anything else is buf failing.
    expect(run.status, run.stderr).toBe(100);
    const theirs = run.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string }).type)
      .sort();
    const ours = (await changes()).map((c) => c.rule).sort();
    expect(ours).toEqual(theirs);
  });
});
