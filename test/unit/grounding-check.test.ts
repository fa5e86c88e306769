import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FactModel } from '../../src/facts/model.js';
import { groundingCommands } from '../../src/agent/grounding-commands.js';
import { checkGrounding, markUnknownMentions, UNKNOWN_MARKER, type Mention } from '../../src/checks/grounding/index.js';

// The facts of the bundled example (examples/shop), as `architect-docs facts` prints them.
const facts = JSON.parse(
  readFileSync(new URL('../fixtures/facts/shop-facts.json', import.meta.url), 'utf8'),
) as FactModel;

const check = (md: string) => checkGrounding(md, facts, { commands: groundingCommands() });
const unknown = (md: string) => check(md).unknown.map((m) => [m.kind, m.text, m.line] as const);
const mentioned = (md: string) => check(md).mentions.map((m) => [m.kind, m.text, m.known] as const);

// ---------------------------------------------------------------- realistic, grounded sections

const API_NOTES = `### Resources and operations

The API exposes customers, orders, products and payments under the \`https://api.shop.example.com/v1\` server.
Every operation except \`GET /health\` and \`POST /payments/webhook\` requires \`bearerAuth\`.

- \`POST /orders\` (\`createOrder\`) requires an \`Idempotency-Key\` header. Retries with the same key return
  the original order; the \`orders_customer_id_idempotency_key_key\` constraint on
  \`orders(customer_id, idempotency_key)\` backs this in the database.
- \`GET /orders\`, \`GET /customers\` and \`GET /products\` paginate with the \`cursor\` and \`limit\` parameters;
  \`GET /orders\` also filters by \`status\` and \`customerId\`.
- \`POST /orders/{id}/cancel\` models cancellation as an action, which keeps \`PATCH\` for field updates.
  A client calling GET /orders/{orderId} after a cancel sees the new state.
- \`GET /orders/{orderId}/invoice\` returns \`application/pdf\`; \`PATCH /customers/{customerId}\` and
  \`PATCH /products/{productId}\` take \`application/merge-patch+json\`.

### Errors

Errors use \`application/problem+json\`. \`409\` signals a conflict with the order's current state (cancelling a
\`shipped\` order), \`422\` a validation failure, \`401\` missing credentials; clients should retry \`5xx\` and \`429\`.

### Webhooks

\`POST /payments/webhook\` (\`receivePaymentWebhook\`) is authenticated by the \`webhookSignature\` scheme, an
HMAC in the \`X-Signature\` header, not by \`bearer\` tokens. **Recommendation:** make the handler idempotent on
\`provider_payment_id\`, which the \`payments_provider_payment_id_key\` index already keeps unique.

### Recommendations

- Return \`Retry-After\` with \`429\` and \`503\` responses, and an \`ETag\` on \`GET /orders/{orderId}\`.
- Version breaking changes under a new base path (\`/v2\`), keeping \`/v1\` alive while the \`Deprecation\`
  and \`Sunset\` headers announce the change.
`;

const DATA_NOTES = `### Integrity

- \`orders.customer_id\` references \`customers.id\` through \`orders_customer_id_fkey\`, while \`addresses\` rows
  go with their customer (\`ON DELETE CASCADE\` on \`addresses_customer_id_fkey\`).
- The \`order_items\` table is keyed by (\`order_id\`, \`line_no\`), and \`payments.order_id\` is unique
  (\`payments_order_id_key\`), so an order has at most one row in the \`public.payments\` table.
- Order states are the \`order_status\` enum: \`pending\`, \`awaiting_payment\`, \`paid\`, \`shipped\`,
  \`delivered\`, \`cancelled\` and \`refunded\`. The orders table stores it in the \`status\` column.

### Access paths

The \`orders_status_placed_at_idx\` index serves \`GET /orders?status=paid\` listings, and
\`orders_customer_id_placed_at_idx\` serves a customer's history. The \`order_summaries\` view joins the
\`orders\`, \`customers\` and \`payments\` tables for reporting; \`outbox_events_unpublished_idx\` keeps the
worker's scan of unpublished \`outbox_events\` cheap.

### Migrations

\`db/migrations/000011_index_orders_status_concurrently.up.sql\` uses \`CREATE INDEX CONCURRENTLY\`, which
cannot run inside a transaction. Migration 9 renamed \`full_name\` to \`display_name\` on \`customers\`: clients
reading \`full_name\` break. \`cancelled_at\` and \`cancel_reason\` came later, both nullable.
Money is stored as integer cents (\`total_cents\`, \`unit_price_cents\`, \`amount_cents\`) with a \`currency\`
column; \`price_cents\` on \`products\` is copied into \`order_items.unit_price_cents\` at order time.
`;

const RUNBOOK = `### Symptoms

- \`GET /health\` fails or the \`orders-api\` pods restart repeatedly (\`CrashLoopBackOff\`).
- \`POST /orders\` returns \`5xx\` or times out; the \`worker\` deployment stops draining \`outbox_events\`.

### Checks

1. Rollout state, pods and logs:

   \`\`\`sh
   kubectl -n shop rollout status deployment/orders-api
   kubectl -n shop get pods -l app.kubernetes.io/name=orders-api
   kubectl -n shop logs deploy/orders-api --tail=200
   kubectl -n shop describe hpa orders-api
   \`\`\`

2. Health from outside the cluster:

   \`\`\`sh
   curl -fsS https://api.shop.example.com/v1/health
   curl -s -X POST https://api.shop.example.com/v1/orders/8d1f0c2e-0000-4000-8000-000000000000/cancel \\
     -H "Authorization: Bearer $TOKEN"
   \`\`\`

3. Long transactions and locks (\`pg_stat_activity\`, \`pg_locks\`):

   \`\`\`sql
   -- anything running for more than a minute
   SELECT pid, state, wait_event_type, now() - xact_start AS age, query
   FROM pg_stat_activity
   WHERE state <> 'idle' AND now() - xact_start > interval '1 minute'
   ORDER BY xact_start;
   \`\`\`

4. Outbox backlog, and orders stuck in \`awaiting_payment\`:

   \`\`\`sh
   psql "$DATABASE_URL" -c "SELECT count(*) FROM outbox_events WHERE published_at IS NULL;"
   psql "$DATABASE_URL" -c "SELECT o.id, o.placed_at FROM orders o LEFT JOIN payments p ON p.order_id = o.id \
WHERE o.status = 'awaiting_payment' AND p.id IS NULL;"
   \`\`\`

### Mitigation

- Scale out with \`kubectl -n shop scale deployment/orders-api --replicas=6\`; the \`orders-api\`
  HorizontalPodAutoscaler may scale it back, so raise \`maxReplicas\` instead if the load is real.
- Cancel a stuck query with \`pg_cancel_backend(pid)\`; use \`pg_terminate_backend\` only if it does not stop.
- If \`DATABASE_URL\` or \`PAYMENTS_WEBHOOK_SECRET\` is wrong, fix the secret and restart:
  \`kubectl -n shop rollout restart deployment/orders-api\`.
- Locally, \`docker compose -f deploy/docker-compose.yml logs -f orders-api worker\` shows both services;
  the \`db\` and \`cache\` services must be healthy first (\`depends_on\` with \`service_healthy\`).

### Rollback

\`\`\`bash
kubectl -n shop rollout history deployment/orders-api
kubectl -n shop rollout undo deployment/orders-api
kubectl -n shop rollout status deployment/orders-api --timeout=5m
\`\`\`

The image is \`ghcr.io/example/shop-orders:1.4.2\`; the \`worker\` runs \`ghcr.io/example/shop-orders:latest\`,
which makes its rollback target unclear. The \`order_events\` queue (\`aws_sqs_queue.order_events\`) has a
dead-letter queue, \`order_events_dlq\`: check \`ApproximateNumberOfMessagesVisible\` on it.
`;

const INFRA_AND_SECURITY = `### Topology

In production the API runs as the \`orders-api\` Deployment (3 replicas, \
\`ghcr.io/example/shop-orders:1.4.2\`) behind the \`orders-api\` Service and Ingress on \
\`api.shop.example.com\`, scaled by a HorizontalPodAutoscaler. The \`worker\` Deployment runs the same image \
with the \`latest\` tag. Both read \`shop-config\` through \`envFrom\`; \`DATABASE_URL\` and \
\`PAYMENTS_WEBHOOK_SECRET\` come from Secrets that are not in the repository.

Terraform provisions PostgreSQL (\`aws_db_instance.main\`), Redis (\`aws_elasticache_cluster.cache\`), the \
\`invoices\` bucket with \`aws_s3_bucket_public_access_block.invoices\`, and the \`order_events\` SQS queue \
with its dead-letter queue \`order_events_dlq\` (wired through \`redrive_policy\`).

Locally, \`deploy/docker-compose.yml\` starts \`orders-api\`, \`worker\`, \`db\` (\`postgres:16\`) and \
\`cache\` (\`redis:7\`); \`orders-api\` waits for \`db\` and \`cache\` to be healthy.

### Risks

- **Single database instance.** Nothing in \`infra/main.tf\` shows \`multi_az\` or read replicas. \
*Recommendation:* enable Multi-AZ.
- **Mutable tag.** \`ghcr.io/example/shop-orders:latest\` on the \`worker\` makes rollbacks ambiguous; pin a \
version or a digest.
- The \`worker\` has no Service and no autoscaler; \`ORDER_EVENTS_QUEUE_URL\` and \`SMTP_URL\` are only set in Compose.
- No \`PodDisruptionBudget\` protects \`orders-api\` during node drains; add one with \`minAvailable: 2\`.
- The \`orders-api\` container sets \`runAsNonRoot\` and has \`readinessProbe\`/\`livenessProbe\` on \`/health\`.

### Security

Every endpoint except \`GET /health\` and \`POST /payments/webhook\` requires the \`bearerAuth\` scheme (HTTP \
bearer). The webhook relies on \`webhookSignature\`, an API key in the \`X-Signature\` header: verify it with \
a constant-time comparison of an HMAC (\`HMAC-SHA256\`) and reject replays. The ingress terminates TLS for \
\`api.shop.example.com\`; secrets reach the pods through \`secretKeyRef\`.
`;

describe('checkGrounding on grounded sections', () => {
  it.each([
    ['API design notes', API_NOTES],
    ['data notes', DATA_NOTES],
    ['a runbook with kubectl, curl, psql and docker compose', RUNBOOK],
    ['infrastructure and security notes', INFRA_AND_SECURITY],
  ])('%s: every mention is known', (_name, md) => {
    const result = check(md);
    expect(result.unknown).toEqual([]);
    expect(result.ratio).toBe(1);
    expect(result.mentions.length).toBeGreaterThan(15);
    // Known mentions point at the fact they matched.
    expect(result.mentions.filter((m) => m.kind !== 'name').every((m) => m.factId)).toBe(true);
  });

  it('links mentions to facts', () => {
    const byText = (md: string, text: string) => check(md).mentions.find((m) => m.text === text);
    expect(byText(API_NOTES, 'POST /orders/{id}/cancel')).toMatchObject({
      kind: 'endpoint',
      known: true,
      factId: 'op:POST /orders/{orderId}/cancel',
      line: 11,
    });
    expect(byText(DATA_NOTES, 'public.payments')).toMatchObject({
      kind: 'table',
      known: true,
      factId: 'table:public.payments',
    });
    expect(byText(DATA_NOTES, 'orders.customer_id')).toMatchObject({
      kind: 'column',
      known: true,
      factId: 'column:public.orders.customer_id',
    });
    expect(byText(RUNBOOK, 'deployment/orders-api')).toMatchObject({
      kind: 'component',
      known: true,
      factId: 'k8s:Deployment/shop/orders-api',
    });
    expect(byText(RUNBOOK, 'aws_sqs_queue.order_events')).toMatchObject({
      kind: 'component',
      factId: 'tf:aws_sqs_queue.order_events',
    });
    expect(byText(RUNBOOK, 'POST /v1/orders/8d1f0c2e-0000-4000-8000-000000000000/cancel')).toMatchObject({
      kind: 'endpoint',
      known: true,
      line: 21,
    });
  });

  it('gives ratio 1 when there are no mentions', () => {
    expect(check('Plain prose about the system, with no names at all.')).toEqual({
      mentions: [],
      unknown: [],
      ratio: 1,
    });
  });
});

// ---------------------------------------------------------------- hallucinations

describe('checkGrounding catches invented names', () => {
  it('a table that does not exist, in every spelling, on the right line', () => {
    const md = [
      '### Retention',
      '',
      'Archived orders move to the `invoice_archive` table after 90 days.',
      'Reports read `public.invoice_archive`; the invoice_archive table is also in plain words,',
      'and so is public.invoice_archive. See the tables `orders` and `invoice_archive`.',
    ].join('\n');
    expect(unknown(md)).toEqual([
      ['table', 'invoice_archive', 3],
      ['table', 'public.invoice_archive', 4],
      ['table', 'invoice_archive', 4],
      ['table', 'public.invoice_archive', 5],
      ['table', 'invoice_archive', 5],
    ]);
    expect(check(md).ratio).toBe(1 / 6);
  });

  it('an endpoint that does not exist, in inline code, prose and code', () => {
    const md =
      'Refunds go through `POST /refunds`.\n\nA client may also call POST /refunds, once.\n\n' +
      '```http\nPOST /v1/refunds HTTP/1.1\n```\n';
    expect(unknown(md)).toEqual([
      ['endpoint', 'POST /refunds', 1],
      ['endpoint', 'POST /refunds', 3],
      ['endpoint', 'POST /v1/refunds', 6],
    ]);
  });

  it('a component that does not exist', () => {
    const md =
      'The `billing-api` service sends invoices.\n\n' +
      'The billing-api service retries, and `deployment/billing-api` scales; see the ' +
      '`shop/billing-api` deployment.';
    expect(unknown(md)).toEqual([
      ['component', 'billing-api', 1],
      ['component', 'billing-api', 3],
      ['component', 'deployment/billing-api', 3],
      ['component', 'shop/billing-api', 3],
    ]);
  });

  it('an operation with the wrong method or an extra segment', () => {
    expect(unknown('`DELETE /orders/{orderId}`, `GET /orders/export`, `GET /orders/{orderId}/refund`')).toEqual([
      ['endpoint', 'DELETE /orders/{orderId}', 1],
      ['endpoint', 'GET /orders/export', 1],
      ['endpoint', 'GET /orders/{orderId}/refund', 1],
    ]);
  });

  it('columns that do not exist', () => {
    expect(
      unknown(
        '`orders.refund_id`, `public.orders.refund_id`, the `refund_reason` column, `orders(customer_id, refund_id)`',
      ),
    ).toEqual([
      ['column', 'orders.refund_id', 1],
      ['column', 'public.orders.refund_id', 1],
      ['column', 'refund_reason', 1],
      ['column', 'orders.refund_id', 1],
    ]);
  });

  it('other names: operationIds, headers, enum values, variables, Terraform and Kubernetes references', () => {
    const md = [
      '`refundOrder` is called with the `X-Tenant-Id` header; orders in the `archived` status are skipped.',
      'The worker reads `REFUNDS_QUEUE_URL` and `${INVOICE_BUCKET}`; `aws_sqs_queue.refunds` feeds it.',
      'The `invoices` and `refunds` tables are **the `ledger` component**.',
    ].join('\n');
    expect(unknown(md)).toEqual([
      ['name', 'refundOrder', 1],
      ['name', 'X-Tenant-Id', 1],
      ['name', 'archived', 1],
      ['name', 'REFUNDS_QUEUE_URL', 2],
      ['name', 'INVOICE_BUCKET', 2],
      ['component', 'aws_sqs_queue.refunds', 2],
      ['table', 'invoices', 3],
      ['table', 'refunds', 3],
      ['component', 'ledger', 3],
    ]);
  });

  it('names inside runbook commands: kubectl, docker compose, terraform, curl and SQL', () => {
    const md = [
      '```sh', // 1
      'kubectl -n payments rollout undo deployment/billing-api', // 2
      'kubectl -n shop describe deployment worker-v2', // 3
      'docker compose logs -f billing', // 4
      'curl -X DELETE https://api.shop.example.com/v1/orders/123', // 5
      'terraform state show aws_s3_bucket.refunds', // 6
      'psql "$DATABASE_URL" -c "SELECT * FROM invoice_archive JOIN orders USING (id)"', // 7
      '```', // 8
      '', // 9
      '```sql', // 10
      'WITH recent AS (SELECT * FROM orders) SELECT * FROM recent;', // 11
      'UPDATE refund_requests SET handled = true;', // 12
      '```', // 13
      '', // 14
      'Or inline: `kubectl -n shop rollout restart deployment/billing-api`.', // 15
    ].join('\n');
    expect(unknown(md)).toEqual([
      ['component', 'payments', 2],
      ['component', 'deployment/billing-api', 2],
      ['component', 'worker-v2', 3],
      ['component', 'billing', 4],
      ['endpoint', 'DELETE /v1/orders/123', 5],
      ['component', 'aws_s3_bucket.refunds', 6],
      ['table', 'invoice_archive', 7],
      ['table', 'refund_requests', 12],
      ['component', 'deployment/billing-api', 15],
    ]);
    // The namespace `shop` and the table `orders` are known; the CTE `recent` is not a table.
    expect(
      check(md)
        .mentions.filter((m) => m.known)
        .map((m) => [m.text, m.line]),
    ).toEqual([
      ['shop', 3],
      ['orders', 7],
      ['orders', 11],
      ['shop', 15],
    ]);
  });

  it('calling a real name by the wrong kind', () => {
    // `orders` is a table, not a service; `orders-api` is a service, not a table.
    expect(unknown('The `orders` service and the `orders-api` table.')).toEqual([
      ['component', 'orders', 1],
      ['table', 'orders-api', 1],
    ]);
  });
});

// ---------------------------------------------------------------- matching rules

describe('checkGrounding matching', () => {
  it('ignores path-parameter names and spellings, and accepts concrete ids', () => {
    for (const path of [
      '/orders/{id}',
      '/orders/{orderId}',
      '/orders/{order_id}',
      '/orders/:id',
      '/orders/<id>',
      '/orders/42',
      '/orders/8d1f0c2e-1b9a-4c1e-9f00-0a1b2c3d4e5f',
    ]) {
      expect(mentioned(`\`GET ${path}\``), path).toEqual([['endpoint', `GET ${path}`, true]]);
    }
    // A word where the spec has a parameter is another path, not an id.
    expect(mentioned('`GET /orders/latest`')).toEqual([['endpoint', 'GET /orders/latest', false]]);
  });

  it('accepts the server base path, full URLs, query strings, wildcards and trailing punctuation', () => {
    expect(
      mentioned(
        '`GET /v1/orders`, `GET https://api.shop.example.com/v1/orders?status=paid`, ' +
          '`GET /orders/*`, `POST /orders/...`',
      ),
    ).toEqual([
      ['endpoint', 'GET /v1/orders', true],
      ['endpoint', 'GET /v1/orders?status=paid', true],
      ['endpoint', 'GET /orders/*', true],
      ['endpoint', 'POST /orders/...', true],
    ]);
    expect(mentioned('Call GET /orders. Then (POST /orders), then PATCH /products/{productId}: done.')).toEqual([
      ['endpoint', 'GET /orders', true],
      ['endpoint', 'POST /orders', true],
      ['endpoint', 'PATCH /products/{productId}', true],
    ]);
    // A base path the spec does not have is not stripped.
    expect(mentioned('`GET /v2/orders`')).toEqual([['endpoint', 'GET /v2/orders', false]]);
  });

  it('checks bare paths only when they are API paths', () => {
    expect(mentioned('`/orders/{orderId}/cancel`, `/health`, `/orders/export`')).toEqual([
      ['endpoint', '/orders/{orderId}/cancel', true],
      ['endpoint', '/health', true],
      ['endpoint', '/orders/export', false],
    ]);
    expect(
      mentioned(
        'Data lives in `/var/lib/postgresql/data`; the binary is `/app/shop`; the base path is `/v1`, the next `/v2`.',
      ),
    ).toEqual([]);
  });

  it('makes the schema optional and names case-insensitive', () => {
    expect(
      mentioned('`public.orders`, `orders`, `PUBLIC.ORDERS`, `Orders.Status`, the `order_summaries` view'),
    ).toEqual([
      ['table', 'public.orders', true],
      ['table', 'orders', true],
      ['table', 'PUBLIC.ORDERS', true],
      ['column', 'Orders.Status', true],
      ['table', 'order_summaries', true],
    ]);
  });

  it('accepts every component reference form', () => {
    const refs = [
      'orders-api',
      'shop/orders-api',
      'Deployment/shop/orders-api',
      'svc/orders-api',
      'hpa/orders-api',
      'compose/db',
      'aws_s3_bucket.invoices',
      'aws_db_instance.main.endpoint',
      'orders-api.shop.svc.cluster.local',
      'orders-api:8080',
      'k8s:ConfigMap/shop/shop-config',
      'configmap/shop-config',
    ];
    for (const ref of refs) expect(mentioned(`\`${ref}\``), ref).toEqual([['component', ref, true]]);
    expect(mentioned('the `shop` namespace, the `invoices` bucket, the `cache` cluster, the `main` instance')).toEqual([
      ['component', 'shop', true],
      ['component', 'invoices', true],
      ['component', 'cache', true],
      ['component', 'main', true],
    ]);
  });

  it('knows image names and tags as containers and tags', () => {
    expect(
      mentioned(
        'the `redis` container, the `postgres` container, the `latest` tag, the `dev` tag, the `mysql` container',
      ),
    ).toEqual([
      ['component', 'redis', true],
      ['component', 'postgres', true],
      ['name', 'latest', true],
      ['name', 'dev', true],
      ['component', 'mysql', false],
    ]);
  });

  it('knows names of every fact kind', () => {
    const names = [
      'listOrders',
      'orders',
      'Idempotency-Key',
      'idempotency-key',
      'bearerAuth',
      'X-Signature',
      'order_status',
      'public.order_status',
      'refunded',
      'orders_status_placed_at_idx',
      'payments_order_id_fkey',
      'ghcr.io/example/shop-orders:dev',
      'ghcr.io/example/shop-orders',
      'redis:7',
      'ORDER_EVENTS_QUEUE_URL',
      '$DATABASE_URL',
      'configMapRef:shop-config',
      'api/openapi.yaml',
      'openapi.yaml',
      'db/migrations',
      'db/migrations/',
      'deploy/k8s/orders-api.yaml',
      'db/migrations/000004_create_orders.up.sql',
      'https://api.shop.example.com/v1',
      'api.shop.example.com',
      'application/problem+json',
      'scaleTargetRef',
      'full_name',
    ];
    for (const n of names) {
      const result = check(`\`${n}\``);
      expect(result.unknown, n).toEqual([]);
      expect(result.mentions.length, n).toBe(1);
    }
  });

  it('does not treat status codes, keywords, generic terms or plain words as mentions', () => {
    const md = [
      '`404`, `429`, `5xx`, `4XX`, `2xx`, `SELECT`, `FOR UPDATE`, `SKIP LOCKED`, `NOT NULL`, ' +
        '`ON DELETE CASCADE`, `CONCURRENTLY`,',
      '`Retry-After`, `retry-after`, `Authorization`, `Content-Type`, `application/json`, ' +
        '`kubectl`, `psql`, `pg_stat_activity`,',
      '`pg_terminate_backend(pid)`, `pg_locks`, `readinessProbe`, `CrashLoopBackOff`, ' +
        '`depends_on`, `statement_timeout`, `v1`, `v1.4.2`,',
      '`localhost:8080`, `true`, `null`, `uuid`, `timestamptz`, `jsonb`, `idle`, `HTTPS`, ' +
        '`Deployment`, `aws_rds_cluster`, `us-east-1`,',
      '`app.kubernetes.io/name`, `SIGTERM`, `p99`, `HMAC-SHA256`, `data-model.md`, ' +
        '`../runbooks/db.md`, `now()`, `count(*)`.',
      'A lookup table, a dead-letter queue, the e-mail service, a third-party service and a ' +
        'read-only replica are prose;',
      'so are the schema_migrations table and the `schema_migrations` table of golang-migrate.',
    ].join('\n');
    // Only names that are also facts (a media type the spec uses, a Kubernetes kind it has) are mentions.
    expect(mentioned(md)).toEqual([
      ['name', 'application/json', true],
      ['name', 'Deployment', true],
    ]);
  });

  it('checks plain words when a kind word makes them a claim', () => {
    expect(
      mentioned(
        'the `paid` status, the `cursor` parameter, the `orders` tag, the `ledger` table, the `pageSize` parameter',
      ),
    ).toEqual([
      ['name', 'paid', true],
      ['name', 'cursor', true],
      ['name', 'orders', true],
      ['table', 'ledger', false],
      ['name', 'pageSize', false],
    ]);
  });

  it('takes a kind word before the name as a weaker hint', () => {
    // "table `orders` column `status`": `status` follows the word "table" but is a known column.
    expect(mentioned('In the orders table `status` is an enum.')).toEqual([
      ['table', 'orders', true],
      ['column', 'status', true],
    ]);
  });

  it('accepts extra known names from the caller', () => {
    expect(checkGrounding('the `orders-db` secret is `payments-webhook`', facts).unknown.map((m) => m.text)).toEqual([
      'orders-db',
      'payments-webhook',
    ]);
    expect(
      checkGrounding('the `orders-db` secret is `payments-webhook`', facts, {
        extraKnown: ['orders-db', 'payments-webhook'],
      }).unknown,
    ).toEqual([]);
  });

  it('skips SQL it cannot read as relations', () => {
    const md = [
      '```sql',
      'SELECT extract(EPOCH FROM now() - xact_start), trim(BOTH FROM query)',
      'FROM pg_stat_activity a, generate_series(1, 3)',
      'WHERE a.state IS DISTINCT FROM idle_state; -- FROM ghost_comment',
      "SELECT 'FROM ghost_string' FROM information_schema.tables;",
      'CREATE TABLE orders_backup AS SELECT * FROM orders;',
      'SELECT * FROM orders_backup FOR UPDATE SKIP LOCKED;',
      'INSERT INTO outbox_events (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET id = 1;',
      '```',
    ].join('\n');
    expect(check(md).mentions.map((m) => [m.text, m.known])).toEqual([
      ['orders', true],
      ['outbox_events', true],
    ]);
  });
});

// ---------------------------------------------------------------- marking

describe('markUnknownMentions', () => {
  it('returns the text unchanged when nothing is unknown', () => {
    expect(markUnknownMentions(RUNBOOK, [])).toBe(RUNBOOK);
    expect(markUnknownMentions(RUNBOOK, check(RUNBOOK).unknown)).toBe(RUNBOOK);
  });

  it('marks each unknown mention after its inline code or its words, and changes nothing else', () => {
    const md = [
      '### Retention',
      '',
      'Archived orders move to the `invoice_archive` table; refunds use `POST /refunds`, and the billing-api service',
      'bills them. **The `orders` and `ledger` tables** are in [`public.ledger`](../data-model.md).',
      '',
      '| Table | Note |',
      '| - | - |',
      '| `invoice_archive` | old |',
    ].join('\n');
    const marked = markUnknownMentions(md, check(md).unknown);
    expect(marked).toBe(
      [
        '### Retention',
        '',
        'Archived orders move to the `invoice_archive` (⚠ not in the sources) table; refunds use ' +
          '`POST /refunds` (⚠ not in the sources), and the billing-api (⚠ not in the sources) ' +
          'service',
        'bills them. **The `orders` and `ledger` (⚠ not in the sources) tables** are in ' +
          '[`public.ledger` (⚠ not in the sources)](../data-model.md).',
        '',
        '| Table | Note |',
        '| - | - |',
        '| `invoice_archive` (⚠ not in the sources) | old |',
      ].join('\n'),
    );
    // Removing the markers gives back the original bytes.
    expect(marked.split(UNKNOWN_MARKER).join('')).toBe(md);
  });

  it('never edits code: it adds a note after the block, indented to stay in its list item', () => {
    const md = [
      '1. Roll back:',
      '',
      '   ```sh',
      '   kubectl -n shop rollout undo deployment/billing-api',
      '   psql -c "SELECT * FROM invoice_archive"',
      '   ```',
      '2. Check `GET /health`.',
      '',
    ].join('\n');
    const marked = markUnknownMentions(md, check(md).unknown);
    expect(marked).toBe(
      [
        '1. Roll back:',
        '',
        '   ```sh',
        '   kubectl -n shop rollout undo deployment/billing-api',
        '   psql -c "SELECT * FROM invoice_archive"',
        '   ```',
        '',
        '   ⚠ Not in the sources: `deployment/billing-api`, `invoice_archive`.',
        '2. Check `GET /health`.',
        '',
      ].join('\n'),
    );
  });

  it('is idempotent: a marked text marks nothing twice', () => {
    const md = 'The `billing-api` service.\n\n```sh\nkubectl rollout undo deployment/billing-api\n```\n';
    const once = markUnknownMentions(md, check(md).unknown);
    expect(markUnknownMentions(once, check(once).unknown)).toBe(once);
  });

  it('finds mentions made without an offset by their line', () => {
    const md = 'First line.\n\nThe `invoice_archive` table.\n\n```sql\nSELECT 1 FROM invoice_archive;\n```\n';
    const bare: Mention[] = check(md).unknown.map(({ end: _end, ...m }) => m);
    expect(markUnknownMentions(md, bare)).toBe(
      'First line.\n\nThe `invoice_archive` (⚠ not in the sources) table.\n\n```sql\n' +
        'SELECT 1 FROM invoice_archive;\n```\n\n⚠ Not in the sources: `invoice_archive`.\n',
    );
  });
});
