// The AsyncAPI event-contract rules, one hand-made before/after pair per rule, each document read
// by the real extractor; then @asyncapi/diff as an oracle for what it classifies breaking.
import { diff } from '@asyncapi/diff';
import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { apiChanges } from '../../src/facts/api-changes/api-changes.js';
import type { ApiChange } from '../../src/facts/model.js';
import { extractAsyncApi } from '../../src/sources/asyncapi/extract-asyncapi.js';

type Json = Record<string, any>;
const FILE = 'services/orders/asyncapi.yaml';

/** An AsyncAPI 3 document: the shop's orders service, sending one event and receiving two. */
function base(): Json {
  return {
    asyncapi: '3.0.0',
    info: { title: 'Orders', version: '1.0.0' },
    defaultContentType: 'application/json',
    servers: { kafka: { host: 'kafka:9092', protocol: 'kafka' } },
    channels: {
      orderCreated: {
        address: 'orders.{region}.created',
        parameters: { region: { enum: ['eu', 'us'] } },
        messages: { OrderCreated: { $ref: '#/components/messages/OrderCreated' } },
      },
      paymentSettled: {
        address: 'payments.settled',
        messages: { PaymentSettled: { $ref: '#/components/messages/PaymentSettled' } },
      },
      userUpdated: {
        address: 'users/{id}/updated',
        parameters: { id: {} },
        messages: {
          UserUpdated: {
            name: 'UserUpdated',
            payload: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
          },
        },
      },
    },
    operations: {
      publishOrderCreated: {
        action: 'send',
        channel: { $ref: '#/channels/orderCreated' },
        messages: [{ $ref: '#/channels/orderCreated/messages/OrderCreated' }],
      },
      onPaymentSettled: {
        action: 'receive',
        channel: { $ref: '#/channels/paymentSettled' },
        messages: [{ $ref: '#/channels/paymentSettled/messages/PaymentSettled' }],
      },
      onUserUpdated: {
        action: 'receive',
        channel: { $ref: '#/channels/userUpdated' },
        messages: [{ $ref: '#/channels/userUpdated/messages/UserUpdated' }],
      },
    },
    components: {
      messages: {
        OrderCreated: { name: 'OrderCreated', payload: { $ref: '#/components/schemas/Order' } },
        PaymentSettled: { name: 'PaymentSettled', payload: { $ref: '#/components/schemas/Payment' } },
      },
      schemas: {
        Order: {
          type: 'object',
          required: ['id', 'total'],
          properties: {
            id: { type: 'string' },
            total: { type: 'integer' },
            status: { type: 'string', enum: ['open', 'paid'] },
            note: { type: 'string' },
          },
        },
        Payment: {
          type: 'object',
          required: ['orderId'],
          properties: {
            orderId: { type: 'string' },
            method: { type: 'string', enum: ['card', 'bank'] },
            amount: { type: 'number' },
          },
        },
      },
    },
  };
}

async function facts(doc: Json) {
  const text = stringify(doc);
  const r = await extractAsyncApi('/nonexistent-repo', [FILE], () => text);
  expect(r.diagnostics).toEqual([]);
  return r.facts;
}

async function changes(before: Json, after: Json): Promise<ApiChange[]> {
  return apiChanges(await facts(before), await facts(after));
}

/** The changes of `edit` applied to the base document, as `level rule id`. */
async function changed(edit: (d: Json) => void, from: Json = base()): Promise<string[]> {
  const after = structuredClone(from);
  edit(after);
  return (await changes(from, after)).map((c) => `${c.level} ${c.rule} ${c.id}`);
}

const SEND = 'async:send orders.{region}.created';
const PAYMENTS = 'async:receive payments.settled';
const schemas = (d: Json) => d.components.schemas;

describe('AsyncAPI change rules', () => {
  it('reports nothing between a document and itself', async () => {
    expect(await changed(() => {})).toEqual([]);
  });

  it('channel-removed: no operation uses the channel any more', async () => {
    const out = await changed((d) => {
      delete d.operations.onPaymentSettled;
      delete d.channels.paymentSettled;
    });
    expect(out).toEqual([`error channel-removed ${PAYMENTS}`]);
  });

  it('channel-removed is a warning when every operation on it was deprecated', async () => {
    const from = base();
    from.operations.onPaymentSettled['x-deprecated'] = true;
    const out = await changed((d) => {
      delete d.operations.onPaymentSettled;
    }, from);
    expect(out).toEqual([`warning channel-removed ${PAYMENTS}`]);
  });

  it('operation-removed: the channel stays, one of its operations goes', async () => {
    const from = base();
    from.operations.announcePayment = {
      action: 'send',
      channel: { $ref: '#/channels/paymentSettled' },
      messages: [{ $ref: '#/channels/paymentSettled/messages/PaymentSettled' }],
    };
    const out = await changed((d) => {
      delete d.operations.announcePayment;
    }, from);
    expect(out).toEqual(['error operation-removed async:send payments.settled']);
  });

  it('operation-action-changed: send became receive', async () => {
    const out = await changed((d) => {
      d.operations.publishOrderCreated.action = 'receive';
    });
    expect(out).toEqual(['error operation-action-changed async:receive orders.{region}.created']);
  });

  it('channel-address-changed, but renaming an address parameter is no change', async () => {
    expect(
      await changed((d) => {
        d.channels.userUpdated.address = 'users/{userId}/updated';
        d.channels.userUpdated.parameters = { userId: {} };
      }),
    ).toEqual([]);
    expect(
      await changed((d) => {
        d.channels.paymentSettled.address = 'payments.v2.settled';
      }),
    ).toEqual(['error channel-address-changed async:receive payments.v2.settled']);
  });

  it('channel-parameter-enum-value-removed: orders.us.created is gone', async () => {
    const out = await changed((d) => {
      d.channels.orderCreated.parameters.region.enum = ['eu'];
    });
    expect(out).toEqual([`error channel-parameter-enum-value-removed ${SEND}`]);
  });

  it('message-removed-from-operation and message-added-to-operation (a warning on what is sent)', async () => {
    const from = base();
    from.channels.orderCreated.messages.OrderCancelled = {
      name: 'OrderCancelled',
      payload: { type: 'object', properties: { id: { type: 'string' } } },
    };
    const removed = await changed((d) => {
      d.operations.publishOrderCreated.messages = [{ $ref: '#/channels/orderCreated/messages/OrderCreated' }];
    }, withCancelled(from));
    expect(removed).toEqual([`error message-removed-from-operation ${SEND}`]);
    const added = await changed((d) => withCancelled(d));
    expect(added).toEqual([`warning message-added-to-operation ${SEND}`]);
  });

  it('an operation with one message before and after carries the same message, renamed', async () => {
    const out = await changed((d) => {
      const m = d.channels.userUpdated.messages.UserUpdated;
      delete d.channels.userUpdated.messages.UserUpdated;
      d.channels.userUpdated.messages.UserChanged = { ...m, name: 'UserChanged' };
      d.channels.userUpdated.messages.UserChanged.payload.properties.id.type = 'integer';
      d.operations.onUserUpdated.messages = [{ $ref: '#/channels/userUpdated/messages/UserChanged' }];
    });
    expect(out).toEqual(['error payload-property-type-changed async:receive users/{id}/updated']);
  });

  it('sees no change in a payload it cannot read, nor in a named scalar written inline', async () => {
    const from = base();
    schemas(from).Stamp = { type: 'string', format: 'date-time' };
    schemas(from).Order.properties.note = { $ref: '#/components/schemas/Stamp' };
    const out = await changed((d) => {
      schemas(d).Order.properties.note = { type: 'string' };
      d.channels.userUpdated.messages.UserUpdated.payload = {
        schemaFormat: 'application/vnd.apache.avro;version=1.9.0',
        schema: { type: 'record', name: 'User', fields: [{ name: 'id', type: 'string' }] },
      };
    }, from);
    expect(out).toEqual([]);
  });

  it('message-content-type-changed', async () => {
    const out = await changed((d) => {
      d.components.messages.PaymentSettled.contentType = 'application/avro';
    });
    expect(out).toEqual([`error message-content-type-changed ${PAYMENTS}`]);
  });

  it('payload-property-removed: an error on what is sent, info on what is received', async () => {
    const out = await changed((d) => {
      delete schemas(d).Order.properties.note;
      delete schemas(d).Payment.properties.amount;
    });
    expect(out).toEqual([`error payload-property-removed ${SEND}`, `info payload-property-removed ${PAYMENTS}`]);
  });

  it('payload-property-removed is a warning when the property was deprecated', async () => {
    const from = base();
    schemas(from).Order.properties.note.deprecated = true;
    const out = await changed((d) => {
      delete schemas(d).Order.properties.note;
    }, from);
    expect(out).toEqual([`warning payload-property-removed ${SEND}`]);
  });

  it('payload-required-property-added: breaks producers of what is received, not consumers', async () => {
    const out = await changed((d) => {
      schemas(d).Payment.properties.currency = { type: 'string' };
      schemas(d).Payment.required.push('currency');
      schemas(d).Order.properties.currency = { type: 'string' };
      schemas(d).Order.required.push('currency');
    });
    expect(out).toEqual([
      `error payload-required-property-added ${PAYMENTS}`,
      `info payload-required-property-added ${SEND}`,
    ]);
  });

  it('payload-optional-property-added is info either way', async () => {
    const out = await changed((d) => {
      schemas(d).Payment.properties.memo = { type: 'string' };
    });
    expect(out).toEqual([`info payload-optional-property-added ${PAYMENTS}`]);
  });

  it('payload-property-became-optional breaks consumers, -became-required breaks producers', async () => {
    const out = await changed((d) => {
      schemas(d).Order.required = ['id'];
      schemas(d).Payment.required = ['orderId', 'amount'];
    });
    expect(out).toEqual([
      `error payload-property-became-required ${PAYMENTS}`,
      `error payload-property-became-optional ${SEND}`,
    ]);
  });

  it('payload-property-type-changed, in a nested property too', async () => {
    const out = await changed((d) => {
      schemas(d).Order.properties.total.type = 'string';
    });
    expect(out).toEqual([`error payload-property-type-changed ${SEND}`]);
    const nested = base();
    schemas(nested).Order.properties.address = { type: 'object', properties: { zip: { type: 'integer' } } };
    const deep = await changed((d) => {
      schemas(d).Order.properties.address.properties.zip.type = 'string';
    }, nested);
    expect(deep).toEqual([`error payload-property-type-changed ${SEND}`]);
  });

  it('payload-type-changed: an object payload became a string', async () => {
    const out = await changed((d) => {
      d.channels.userUpdated.messages.UserUpdated.payload = { type: 'string' };
    });
    expect(out).toEqual(['error payload-type-changed async:receive users/{id}/updated']);
  });

  it('payload-property-became-nullable breaks consumers; not-nullable breaks producers', async () => {
    const from = base();
    schemas(from).Payment.properties.amount.type = ['number', 'null'];
    const out = await changed((d) => {
      schemas(d).Order.properties.note.type = ['string', 'null'];
      schemas(d).Payment.properties.amount.type = 'number';
    }, from);
    expect(out).toEqual([
      `error payload-property-became-not-nullable ${PAYMENTS}`,
      `error payload-property-became-nullable ${SEND}`,
    ]);
  });

  it('payload-enum-value-removed breaks producers; payload-enum-value-added warns consumers', async () => {
    const out = await changed((d) => {
      schemas(d).Order.properties.status.enum = ['open', 'paid', 'refunded'];
      schemas(d).Payment.properties.method.enum = ['card'];
    });
    expect(out).toEqual([`error payload-enum-value-removed ${PAYMENTS}`, `warning payload-enum-value-added ${SEND}`]);
  });

  it('payload-property-enum-added narrows what producers may send', async () => {
    const out = await changed((d) => {
      schemas(d).Payment.properties.orderId.enum = ['a', 'b'];
    });
    expect(out).toEqual([`error payload-property-enum-added ${PAYMENTS}`]);
  });

  it('operation-security-added, -changed and -removed', async () => {
    const secured = (d: Json, scheme: string) => {
      d.components.securitySchemes = { sasl: { type: 'scramSha256' }, mtls: { type: 'X509' } };
      d.operations.onPaymentSettled.security = [{ $ref: `#/components/securitySchemes/${scheme}` }];
    };
    expect(await changed((d) => secured(d, 'sasl'))).toEqual([`error operation-security-added ${PAYMENTS}`]);
    const from = structuredClone(base());
    secured(from, 'sasl');
    expect(await changed((d) => secured(d, 'mtls'), from)).toEqual([`warning operation-security-changed ${PAYMENTS}`]);
    expect(await changed((d) => delete d.operations.onPaymentSettled.security, from)).toEqual([
      `info operation-security-removed ${PAYMENTS}`,
    ]);
  });

  it('operation-deprecated is info', async () => {
    const out = await changed((d) => {
      d.operations.onUserUpdated['x-deprecated'] = true;
    });
    expect(out).toEqual(['info operation-deprecated async:receive users/{id}/updated']);
  });

  it('reads AsyncAPI 2.x in the application view: subscribe is what it sends', async () => {
    const v2 = (note: boolean): Json => ({
      asyncapi: '2.6.0',
      info: { title: 'Billing', version: '1.0.0' },
      channels: {
        'payments.settled': {
          subscribe: {
            operationId: 'announcePayment',
            message: {
              name: 'PaymentSettled',
              payload: {
                type: 'object',
                properties: { id: { type: 'string' }, ...(note ? { note: { type: 'string' } } : {}) },
              },
            },
          },
        },
        'refunds.requested': {
          publish: {
            operationId: 'onRefund',
            message: { name: 'RefundRequested', payload: { type: 'object', properties: { id: { type: 'string' } } } },
          },
        },
      },
    });
    const after = v2(false);
    after.channels['refunds.requested'].publish.message.payload.required = ['id'];
    const out = (await changes(v2(true), after)).map((c) => `${c.level} ${c.rule} ${c.id}`);
    expect(out).toEqual([
      'error payload-property-became-required async:receive refunds.requested',
      'error payload-property-removed async:send payments.settled',
    ]);
  });
});

// The oracle: @asyncapi/diff on the two parsed documents. Every change it classifies `breaking`
// must be one we report (at any level: it does not know which side of a channel the application is
// on, so it calls a property removed from a received message breaking where we say `info`).
// What it sees and we do not: servers (`/servers/*`: hosts, protocols), channels no operation uses,
// message headers, correlationId, traits, bindings and operation `reply`s. What it cannot judge:
// every change inside a payload (`.../payload/properties/...`) is `unclassified` in its standard,
// as are the dereferenced copies under `/operations/*/channel`; the per-rule tests above cover those.
const ORACLE_RULES: Array<[RegExp, string[]]> = [
  [/^remove \/channels\/[^/]+$/, ['channel-removed']],
  [/^remove \/operations\/[^/]+$/, ['channel-removed', 'operation-removed']],
  [/^edit \/channels\/[^/]+\/address$/, ['channel-address-changed']],
  [/^edit \/operations\/[^/]+\/action$/, ['operation-action-changed']],
  [/^remove \/(channels|operations)\/[^/]+\/messages\/[^/]+$/, ['message-removed-from-operation']],
  [/^\w+ \/channels\/[^/]+\/messages\/[^/]+\/contentType$/, ['message-content-type-changed']],
  [/^\w+ \/operations\/[^/]+\/security(\/|$)/, ['operation-security-added', 'operation-security-changed']],
  [/^\w+ \/channels\/[^/]+\/parameters(\/|$)/, ['channel-parameter-enum-value-removed']],
];

async function oracleBreaking(before: Json, after: Json): Promise<string[]> {
  const parse = async (d: Json) => (await new Parser().parse(stringify(d))).document!.json();
  const out = diff(await parse(before), await parse(after));
  return out.breaking().map((c: { action: string; path: string }) => `${c.action} ${c.path}`);
}

describe('against @asyncapi/diff', () => {
  it('reports every breaking change it finds that the facts can see', async () => {
    const before = withCancelled(base());
    const after = structuredClone(before);
    delete after.channels.orderCreated.messages.OrderCancelled;
    after.operations.publishOrderCreated.messages.pop();
    after.operations.publishOrderCreated.action = 'receive';
    after.channels.paymentSettled.address = 'payments.v2.settled';
    after.components.messages.PaymentSettled.contentType = 'application/avro';
    after.components.securitySchemes = { sasl: { type: 'scramSha256' } };
    after.operations.onPaymentSettled.security = [{ $ref: '#/components/securitySchemes/sasl' }];
    delete after.channels.userUpdated;
    delete after.operations.onUserUpdated;
    delete schemas(after).Order.properties.note;

    const breaking = await oracleBreaking(before, after);
    const ours = new Set((await changes(before, after)).map((c) => c.rule));
    const unseen = breaking.filter((b) => {
      const rules = ORACLE_RULES.find(([pattern]) => pattern.test(b))?.[1];
      return !rules?.some((r) => ours.has(r));
    });
    expect(breaking.length).toBeGreaterThanOrEqual(7);
    expect(unseen).toEqual([]);
  });
});

function withCancelled(d: Json): Json {
  d.channels.orderCreated.messages.OrderCancelled = {
    name: 'OrderCancelled',
    payload: { type: 'object', properties: { id: { type: 'string' } } },
  };
  d.operations.publishOrderCreated.messages = [
    { $ref: '#/channels/orderCreated/messages/OrderCreated' },
    { $ref: '#/channels/orderCreated/messages/OrderCancelled' },
  ];
  return d;
}
