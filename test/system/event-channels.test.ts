// AsyncAPI channels onto the system model (src/system/event-channels.ts), on a whole small system
// (test/fixtures/systems/events): Compose runs Kafka, `orders` and `billing`; Terraform declares an
// SQS queue named `refund-requests`; each service has an AsyncAPI 3 document in its folder. The
// fixture goes through the real discovery and extractors, then `deriveSystem`.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { FactModel, SystemModel } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { deriveSystem } from '../../src/system/derive-system.js';
import { AUTO_SOURCES } from '../support/temp-repo.js';

const ROOT = fileURLToPath(new URL('../fixtures/systems/events/', import.meta.url));
let facts: FactModel;
let system: SystemModel;

beforeAll(async () => {
  facts = await buildFacts(ROOT, await discoverSources(ROOT, AUTO_SOURCES, []));
  system = deriveSystem(facts);
}, 120_000);

describe('event channels in the system model', () => {
  test('the fixture reads cleanly: two documents, six operations, the broker and the queue', () => {
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(facts.api.operations.map((o) => o.id)).toEqual([
      'async:receive orders.created',
      'async:receive payments.settled',
      'async:receive refunds',
      'async:send audit.logged',
      'async:send orders.created',
      'async:send payments.settled',
    ]);
    expect(system.components.map((c) => [c.id, c.role, c.technology ?? '', c.provides])).toEqual([
      ['system:billing', 'service', '', ['spec:services/billing/asyncapi.yaml']],
      ['system:kafka', 'queue', 'kafka', []],
      ['system:orders', 'service', '', ['spec:services/orders/asyncapi.yaml']],
      ['system:refunds', 'queue', 'sqs', []],
    ]);
  });

  test('each channel is an edge from its service to the broker or queue it travels on', () => {
    expect(system.edges.map(({ from, to, via, protocol }) => ({ from, to, via, protocol }))).toEqual([
      {
        from: 'system:billing',
        to: 'system:kafka',
        // `orders.created` by its kafka binding; `payments.settled` has none (see the unknowns).
        via: 'env KAFKA_BROKERS, consumes orders.created',
        protocol: 'port 9092',
      },
      // The binding's queue name is the Terraform queue's `name`, not its resource name.
      { from: 'system:billing', to: 'system:refunds', via: 'consumes refunds', protocol: 'sqs' },
      {
        from: 'system:orders',
        to: 'system:kafka',
        via: 'depends_on, env KAFKA_BROKERS, consumes payments.settled, publishes orders.created',
        protocol: 'port 9092',
      },
    ]);
    const refunds = system.edges.find((e) => e.to === 'system:refunds')!;
    expect(refunds.evidence).toEqual(['async:receive refunds', 'tf:aws_sqs_queue.refunds']);
    const kafka = system.components.find((c) => c.id === 'system:kafka')!;
    expect(kafka.evidence.map((e) => e.rule)).toContain(
      'carries `orders.created`: server `kafka://kafka:9092` is its host',
    );
  });

  test('channels the sources do not place are unknowns, not edges', () => {
    const events = system.unknowns.filter((u) => u.includes('channel'));
    expect(events).toEqual([
      'The sources do not show where channel `audit.logged` that `billing` publishes travels: ' +
        'it matches no queue, topic or broker defined here.',
      'The sources do not show where channel `payments.settled` that `billing` publishes travels: ' +
        'its document has servers of kafka and rabbitmq and no binding says which it uses.',
    ]);
  });
});
