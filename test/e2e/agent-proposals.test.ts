import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { runSummaryMarkdown } from '../../src/report/run-summary.js';
import { startFakeAnthropic, type FakeAnthropic, type RecordedRequest } from '../fakes/anthropic-server.js';
import { exampleCheckout, git } from '../support/action-runner.js';
import { DOCS, forgetSections, readDoc, runPipeline, sectionsAsked } from '../support/in-process-run.js';

// The architect describes the example shop with its real names and makes clearly labelled
// recommendations (a new index, a new table, a new endpoint, a new queue). The real SDK talks to
// the fake Messages API on loopback; the answers are scripted per section.

let fake: FakeAnthropic;
const KEY = { apiKey: 'test-key' };
const AGENT_SECTIONS = 11;

beforeAll(async () => {
  fake = await startFakeAnthropic({ defaultBehaviour: 'architect' });
  process.env.ANTHROPIC_BASE_URL = fake.url;
});
afterAll(async () => {
  delete process.env.ANTHROPIC_BASE_URL;
  await fake.close();
});
afterEach(() => {
  fake.setStructuredAnswer();
  fake.setToolCall();
  fake.setDefault('architect');
});

const section = (req: RecordedRequest) => sectionsAsked([req])[0];
const block = (doc: string, id: string) => doc.slice(doc.indexOf(`begin id=${id}`), doc.indexOf(`end id=${id}`));

/** A realistic answer per section: descriptions in the real names, and recommendations declaring what is new. */
const ANSWERS: Record<string, Record<string, unknown>> = {
  'overview.context': {
    markdown: [
      'Clients reach `orders-api` through the `orders-api` ingress; it owns the `orders`, `order_items` and',
      '`payments` tables in PostgreSQL. Order changes are written to `outbox_events` in the same transaction,',
      'and the `worker` deployment relays them to the `order_events` queue, so a crash between the commit and',
      'the publish loses nothing. The payment provider calls back on POST /payments/webhook.',
    ].join('\n'),
    recommendations: [
      {
        title: 'Give payment events their own queue',
        markdown:
          'Route payment status changes from `outbox_events` to a separate `payment_events` queue, so a ' +
          'backlog of order events never delays refunds. The `worker` keeps one consumer per queue.',
        proposed: [{ kind: 'queue', name: 'payment_events', why: 'isolates payment traffic from order traffic' }],
        touches: ['outbox_events', 'worker', 'order_events'],
      },
    ],
  },
  'data.notes': {
    markdown:
      'Every `order_items` row references `orders` and `products`; `orders.idempotency_key` makes order ' +
      'creation safe to retry. `payments.provider_payment_id` ties a payment to the provider.',
    recommendations: [
      {
        title: 'Index the stuck-payment sweep',
        markdown: [
          'Finding payments stuck in one status filters on `status` and sorts by `created_at`; add an index on',
          '`payments(status, created_at)`, built without blocking writes:',
          '',
          '```sql',
          'CREATE INDEX CONCURRENTLY payments_status_created_at_idx ON payments (status, created_at);',
          '```',
        ].join('\n'),
        proposed: [
          { kind: 'index', name: 'payments_status_created_at_idx', why: 'serves the sweep for stuck payments' },
        ],
        touches: ['payments', 'payments.status', 'payments.created_at'],
      },
      {
        title: 'Record every payment attempt',
        markdown:
          'Introduce a `payment_attempts` table with one row per charge attempt, unique on ' +
          '(`payment_attempts.payment_id`, `payment_attempts.attempt_no`), referencing `payments.id`, so a ' +
          'retried webhook or charge is idempotent.',
        proposed: [
          { kind: 'table', name: 'payment_attempts', why: 'makes retries idempotent and auditable' },
          { kind: 'column', name: 'payment_attempts.attempt_no', why: 'orders attempts of one payment' },
        ],
        touches: ['payments', 'payments.id'],
      },
    ],
  },
  'api.design-notes': {
    markdown:
      'Orders are created with `POST /orders` and read with `GET /orders/{orderId}`; cancelling is an action ' +
      'resource, `POST /orders/{orderId}/cancel`, rather than a status PATCH.',
    recommendations: [
      {
        title: 'Expose payment attempts to support staff',
        markdown:
          "Add `GET /orders/{orderId}/attempts`, listing the attempts behind the order's payment, so support " +
          'can answer "was I charged twice?" without database access.',
        proposed: [{ kind: 'endpoint', name: 'GET /orders/{orderId}/attempts', why: 'read model for support' }],
        touches: ['GET /orders/{orderId}', 'payments'],
      },
    ],
  },
};

describe('recommendations survive the grounding check as proposals', () => {
  let repo: string;
  beforeAll(() => {
    repo = exampleCheckout();
  });

  test('descriptions plus labelled recommendations: all written, rendered as proposals, no retry', async () => {
    fake.setStructuredAnswer((req) => ANSWERS[section(req) ?? '']);
    const before = fake.messageRequests().length;
    const result = await runPipeline(repo, KEY);
    const o = result.agent.outcome!;
    expect(o.skipped).toEqual([]);
    expect(o.generated).toBe(AGENT_SECTIONS);
    expect(fake.messageRequests().length - before).toBe(AGENT_SECTIONS); // no section needed a second call
    expect(o.retried).toBe(0);
    expect(o.groundingRatio).toBe(1);
    expect(o.recommendations).toBe(4);
    expect(o.proposedNames).toBe(5);

    const overview = block(readDoc(repo, 'README.md'), 'overview.context');
    expect(overview).toContain('### Recommendations');
    expect(overview).toContain('`payment_events` (proposed) queue');
    expect(overview).toContain('- Proposed queue `payment_events`: isolates payment traffic');
    expect(overview).toContain('- Touches `outbox_events`, `worker`, `order_events`');
    // The description comes first, before any proposal.
    expect(overview.indexOf('Clients reach')).toBeLessThan(overview.indexOf('### Recommendations'));
    expect(overview.slice(0, overview.indexOf('### Recommendations'))).not.toContain('payment_events');

    const data = block(readDoc(repo, 'data-model.md'), 'data.notes');
    expect(data).toContain('`payment_attempts` (proposed) table');
    expect(data).toContain('`payment_attempts.attempt_no` (proposed)');
    expect(data).toContain('Proposed, not in the sources yet: `payments_status_created_at_idx`');
    expect(data).toContain('- Proposed index `payments_status_created_at_idx`');
    const api = block(readDoc(repo, 'api.md'), 'api.design-notes');
    expect(api).toContain('`GET /orders/{orderId}/attempts` (proposed)');
    const summary = runSummaryMarkdown(result);
    expect(summary).toMatch(/Recommendations: 4 \(5 proposed new names/);
    expect(summary).toContain('Sections that needed a second call: 0');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
  });

  test('updating a section hands the model its description and its earlier recommendations apart', async () => {
    writeFileSync(
      join(repo, 'db/migrations/000013_add_loyalty_points.up.sql'),
      'ALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;\n',
    );
    fake.setStructuredAnswer((req) => ANSWERS[section(req) ?? '']);
    const before = fake.messageRequests().length;
    await runPipeline(repo, KEY);
    const asked = fake.messageRequests().slice(before);
    const data = asked.find((r) => section(r) === 'data.notes')!;
    const request: string = data.body.messages[0].content;
    const current = request.slice(request.indexOf('<current>'), request.indexOf('</current>'));
    expect(current).toContain('orders.idempotency_key');
    expect(current).not.toContain('Recommendations');
    expect(request).toMatch(/<recommendations>[\s\S]*Index the stuck-payment sweep[\s\S]*<\/recommendations>/);
  });
});

describe('false claims are still rejected', () => {
  const falseClaim = {
    markdown:
      'Refunds go through `POST /orders/{orderId}/refund`, and each refund is recorded in the ' +
      '`refund_ledger` table.',
    recommendations: [],
  };

  test('a claim that a non-existent endpoint and table exist: rejected in strict, after one retry', async () => {
    const repo = exampleCheckout();
    fake.setStructuredAnswer((req) => (section(req) === 'overview.context' ? falseClaim : undefined));
    const before = fake.messageRequests().length;
    const result = await runPipeline(repo, KEY);
    const asked = fake.messageRequests().slice(before);
    const context = asked.filter((r) => section(r) === 'overview.context');
    expect(context).toHaveLength(2);
    expect(context[1]!.body.messages[0].content).toMatch(/POST \/orders\/\{orderId\}\/refund.*does not exist/);
    expect(context[1]!.body.messages[0].content).toMatch(/refund_ledger.*does not exist/);
    const o = result.agent.outcome!;
    expect(o.skipped).toEqual([expect.objectContaining({ blockId: 'overview.context', kind: 'check-failed' })]);
    expect(o.retried).toBe(1);
    expect(readDoc(repo, 'README.md')).not.toContain('refund_ledger');
  });

  test('the same claim in warn: written, each false name marked', async () => {
    const repo = exampleCheckout();
    fake.setStructuredAnswer((req) => (section(req) === 'overview.context' ? falseClaim : undefined));
    const result = await runPipeline(repo, { ...KEY, grounding: 'warn' });
    expect(result.agent.outcome!.skipped).toEqual([]);
    const context = block(readDoc(repo, 'README.md'), 'overview.context');
    expect(context).toContain('`POST /orders/{orderId}/refund` (⚠ not in the sources)');
    expect(context).toContain('`refund_ledger` (⚠ not in the sources) table');
    expect(result.agent.outcome!.groundingRatio).toBeLessThan(1);
  });

  test('a proposal that names an existing thing wrongly (a column the table does not have) is rejected', async () => {
    const repo = exampleCheckout();
    const wrongColumn = {
      markdown: 'Orders are listed per customer by `GET /orders`.',
      recommendations: [
        {
          title: 'Index orders by customer and date',
          markdown: 'Add an index on `orders(customer_id, created_at)` to serve the customer order list.',
          proposed: [{ kind: 'index', name: 'orders_customer_created_idx', why: 'customer order list' }],
          touches: ['orders'],
        },
      ],
    };
    fake.setStructuredAnswer((req) => (section(req) === 'data.notes' ? wrongColumn : undefined));
    const before = fake.messageRequests().length;
    const result = await runPipeline(repo, KEY);
    const data = fake
      .messageRequests()
      .slice(before)
      .filter((r) => section(r) === 'data.notes');
    expect(data).toHaveLength(2);
    expect(data[1]!.body.messages[0].content).toMatch(
      /recommendation 1 \("Index orders by customer and date"\), line 1: `orders.created_at` does not exist/,
    );
    expect(result.agent.outcome!.skipped).toEqual([expect.objectContaining({ blockId: 'data.notes' })]);
  });

  test('a description that presents a proposed table as existing is rejected', async () => {
    const repo = exampleCheckout();
    const presented = {
      markdown: 'Each charge attempt is stored in `payment_attempts`, keyed by `payments.id`.',
      recommendations: [
        {
          title: 'Record every payment attempt',
          markdown: 'Introduce a `payment_attempts` table, one row per charge attempt.',
          proposed: [{ kind: 'table', name: 'payment_attempts', why: 'idempotent retries' }],
          touches: ['payments'],
        },
      ],
    };
    fake.setStructuredAnswer((req) => (section(req) === 'data.notes' ? presented : undefined));
    const before = fake.messageRequests().length;
    const result = await runPipeline(repo, KEY);
    const data = fake
      .messageRequests()
      .slice(before)
      .filter((r) => section(r) === 'data.notes');
    expect(data[1]!.body.messages[0].content).toMatch(/`payment_attempts` is only proposed \(recommendation 1/);
    expect(result.agent.outcome!.skipped).toEqual([expect.objectContaining({ blockId: 'data.notes' })]);
  });

  test('a "new" name that already exists is settled without a retry: it counts as touched', async () => {
    const repo = exampleCheckout();
    const careful = {
      markdown: 'Orders carry an `idempotency_key`.',
      recommendations: [
        {
          title: 'Enforce one order per idempotency key',
          markdown: 'Make `orders.idempotency_key` unique per customer.',
          proposed: [{ kind: 'column', name: 'orders.idempotency_key', why: 'already there' }],
          touches: [],
        },
      ],
    };
    fake.setStructuredAnswer((req) => (section(req) === 'data.notes' ? careful : undefined));
    const before = fake.messageRequests().length;
    const result = await runPipeline(repo, KEY);
    expect(fake.messageRequests().length - before).toBe(AGENT_SECTIONS);
    const data = block(readDoc(repo, 'data-model.md'), 'data.notes');
    expect(data).toContain('- Touches `orders.idempotency_key`');
    expect(data).not.toContain('` (proposed)');
    expect(result.agent.outcome!.proposedNames).toBe(0);
  });
});

describe('what the model read in a source is in the sources', () => {
  test('a schema name read with read_source is accepted; the same name unread is not', async () => {
    const repo = exampleCheckout();
    const schemaNote = {
      markdown: 'The webhook body is the `PaymentEvent` schema, and failures use `Problem`.',
      recommendations: [],
    };
    fake.setStructuredAnswer((req) => (section(req) === 'api.design-notes' ? schemaNote : undefined));
    fake.setToolCall(() => ({
      name: 'read_source',
      input: { file: 'api/openapi.yaml', start_line: 800, end_line: 900 },
    }));
    fake.setDefault('tool-user');
    const read = await runPipeline(repo, KEY);
    expect(read.agent.outcome!.skipped).toEqual([]);
    expect(block(readDoc(repo, 'api.md'), 'api.design-notes')).toContain('`PaymentEvent` schema');

    const unread = exampleCheckout();
    fake.setDefault('architect');
    const result = await runPipeline(unread, KEY);
    expect(result.agent.outcome!.skipped).toEqual([expect.objectContaining({ blockId: 'api.design-notes' })]);
  });
});

describe('a file of the repository is real', () => {
  test('a tracked file the text points at is accepted; a missing one is not', async () => {
    const repo = exampleCheckout();
    mkdirSync(join(repo, 'scripts'));
    writeFileSync(join(repo, 'scripts/rollback.sh'), '#!/bin/sh\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'a script');
    const note = (file: string) => ({
      markdown: `Roll back with \`${file}\`, which undoes the last \`orders-api\` rollout.`,
      recommendations: [],
    });
    fake.setStructuredAnswer((req) => (section(req) === 'overview.context' ? note('scripts/rollback.sh') : undefined));
    expect((await runPipeline(repo, KEY)).agent.outcome!.skipped).toEqual([]);
    forgetSections(repo, 'README.md');
    fake.setStructuredAnswer((req) => (section(req) === 'overview.context' ? note('scripts/failover.sh') : undefined));
    const missing = await runPipeline(repo, KEY);
    expect(missing.agent.outcome!.skipped).toEqual([expect.objectContaining({ blockId: 'overview.context' })]);
  });
});

describe('decision records keep the same split', () => {
  test('context and consequences are claims; the decision and the alternatives are proposals', async () => {
    const repo = exampleCheckout();
    await runPipeline(repo, KEY);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    const compose = join(repo, 'deploy/docker-compose.yml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(
      compose,
      readFileSync(compose, 'utf8').replace(
        /\nservices:\n/,
        '\nservices:\n  search:\n    image: opensearchproject/opensearch:2.15.0\n    ports:\n      - "9200:9200"\n',
      ),
    );
    fake.setStructuredAnswer((req) =>
      section(req) === 'adr.decision'
        ? {
            context: 'Product search runs as `LIKE` queries on `products.name` in the `db` database.',
            decision: {
              title: 'Serve product search from OpenSearch',
              markdown:
                'Index `products` into `search` with a `product-indexer` job and answer `GET /products` from it.',
              proposed: [{ kind: 'job', name: 'product-indexer', why: 'keeps the index in step with products' }],
              touches: ['search', 'products', 'GET /products'],
            },
            consequences: 'A second datastore, `search`, must be operated, and it lags `products` slightly.',
            alternatives: [
              {
                title: 'Use PostgreSQL full-text search',
                markdown: 'Add a generated `products.search_vector` column with a GIN index.',
                proposed: [{ kind: 'column', name: 'products.search_vector', why: 'tsvector of name and description' }],
                touches: ['products'],
              },
            ],
          }
        : undefined,
    );
    const result = await runPipeline(repo, KEY);
    const adr = result.changed.find((c) => c.file.startsWith(`${DOCS}/adr/`))!;
    const text = adr.text;
    expect(text).toContain('### Context');
    expect(text).toContain('### Decision (proposed)');
    expect(text).toContain('`product-indexer` (proposed)');
    expect(text).toContain('### Consequences');
    expect(text).toContain('### Alternatives considered');
    expect(text).toContain('`products.search_vector` (proposed)');
    expect(text.indexOf('### Context')).toBeLessThan(text.indexOf('### Decision (proposed)'));
    expect(result.agent.outcome!.skipped).toEqual([]);
  });
});
