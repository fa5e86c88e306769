// The system stage against two whole systems written for it (test/fixtures/systems/*, described in
// the README there): each fixture goes through the real discovery and extractors, then
// `deriveSystem`, and the result is compared with `expected-system.json`, written by hand from the
// rules and the fixture's files. A first group of tests checks the fixture itself (the raw facts
// hold what it was written to exercise, and the expected model accounts for every raw component),
// so a typo in a manifest fails here rather than as a puzzling difference in the derived model.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Component, FactModel, SystemComponent, SystemEdge, SystemRole } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { deriveSystem } from '../../src/system/derive-system.js';
import { AUTO_SOURCES } from '../support/temp-repo.js';

/** A component as the fixture expects it: every compared field, none of evidence or hosts. */
interface ExpectedComponent {
  id: string;
  name: string;
  role: SystemRole;
  technology?: string;
  runsAs: string[];
  supporting: string[];
  provides: string[];
  group?: string;
}

interface ExpectedEdge {
  from: string;
  to: string;
  via: string;
  protocol?: string;
}

interface ExpectedSystem {
  components: ExpectedComponent[];
  edges: ExpectedEdge[];
  /** Each entry: words that one line of `unknowns` must all contain (any case). More lines may exist. */
  unknowns: string[][];
  /** Words no line of `unknowns` may contain: what the sources do settle. */
  notUnknowns: string[];
  /** Supporting raw objects attached to no primary: in no component's `runsAs` or `supporting`. */
  unattached: string[];
}

const FIXTURES = fileURLToPath(new URL('../fixtures/systems/', import.meta.url));
const NAMES = ['boutique', 'monorepo'] as const;

// Each fixture's facts are built once and shared by the tests below (the monorepo replays migrations).
const factsCache = new Map<string, Promise<FactModel>>();
function factsOf(name: string): Promise<FactModel> {
  let facts = factsCache.get(name);
  if (!facts) {
    const root = join(FIXTURES, name);
    facts = discoverSources(root, AUTO_SOURCES, []).then((found) => buildFacts(root, found));
    factsCache.set(name, facts);
  }
  return facts;
}

function expectedOf(name: string): ExpectedSystem {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expected-system.json'), 'utf8')) as ExpectedSystem;
}

const sorted = (list: readonly string[]) => [...list].sort();
const countBy = (list: string[]) => {
  const counts: Record<string, number> = {};
  for (const item of list) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
};
const edgeKey = (e: { from: string; to: string }) => `${e.from} -> ${e.to}`;

// ---------------------------------------------------------------- comparing models

const LIST_FIELDS = ['runsAs', 'supporting', 'provides'] as const;
const SCALAR_FIELDS = ['name', 'role', 'technology', 'group'] as const;

/** `runsAs: missing [a], extra [b]`: what a list lacks and what it has too many of. */
function listDiff(field: string, got: readonly string[], want: readonly string[]): string | undefined {
  const missing = want.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !want.includes(x));
  if (missing.length === 0 && extra.length === 0) return undefined;
  const parts = [
    missing.length ? `missing ${JSON.stringify(missing)}` : '',
    extra.length ? `extra ${JSON.stringify(extra)}` : '',
  ];
  return `${field}: ${parts.filter(Boolean).join(', ')}`;
}

/** Readable differences, one per line: missing and unexpected components, then field by field. */
function componentDiffs(actual: SystemComponent[], expected: ExpectedComponent[]): string[] {
  const lines: string[] = [];
  for (const [id, n] of Object.entries(countBy(actual.map((c) => c.id))))
    if (n > 1) lines.push(`${id} appears ${n} times`);
  const byId = new Map(actual.map((c) => [c.id, c]));
  for (const want of expected) {
    const got = byId.get(want.id);
    if (!got) {
      lines.push(`missing ${want.id} (${want.role}, runsAs ${JSON.stringify(want.runsAs)})`);
      continue;
    }
    for (const field of SCALAR_FIELDS)
      if (got[field] !== want[field])
        lines.push(`${want.id} ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(want[field])}`);
    for (const field of LIST_FIELDS) {
      const diff = listDiff(field, got[field], want[field]);
      if (diff) lines.push(`${want.id} ${diff}`);
    }
  }
  const wanted = new Set(expected.map((c) => c.id));
  for (const got of actual)
    if (!wanted.has(got.id)) lines.push(`unexpected ${got.id} (${got.role}, runsAs ${JSON.stringify(got.runsAs)})`);
  return lines;
}

function edgeDiffs(actual: SystemEdge[], expected: ExpectedEdge[]): string[] {
  const lines: string[] = [];
  // Two connections between the same pair are one edge with their evidence joined.
  for (const [key, n] of Object.entries(countBy(actual.map(edgeKey))))
    if (n > 1) lines.push(`${key} appears ${n} times`);
  const byKey = new Map(actual.map((e) => [edgeKey(e), e]));
  for (const want of expected) {
    const got = byKey.get(edgeKey(want));
    if (!got) {
      lines.push(`missing ${edgeKey(want)} (via ${want.via})`);
      continue;
    }
    if (got.via !== want.via)
      lines.push(`${edgeKey(want)} via: got ${JSON.stringify(got.via)}, want ${JSON.stringify(want.via)}`);
    if (got.protocol !== want.protocol)
      lines.push(
        `${edgeKey(want)} protocol: got ${JSON.stringify(got.protocol)}, want ${JSON.stringify(want.protocol)}`,
      );
  }
  const wanted = new Set(expected.map(edgeKey));
  for (const got of actual) if (!wanted.has(edgeKey(got))) lines.push(`unexpected ${edgeKey(got)} (via ${got.via})`);
  return lines;
}

// ---------------------------------------------------------------- both fixtures

describe.each(NAMES)('the %s fixture', (name) => {
  const expected = expectedOf(name);

  test('its expected model accounts for every raw infra component, and names only facts that exist', async () => {
    const facts = await factsOf(name);
    const raw = new Set(facts.infra.components.map((c) => c.id));
    const runsAs = expected.components.flatMap((c) => c.runsAs);
    const supporting = expected.components.flatMap((c) => c.supporting);
    const named = [...runsAs, ...supporting, ...expected.unattached];
    // A primary belongs to exactly one logical component; a supporting object may serve several.
    expect(Object.entries(countBy(runsAs)).filter(([, n]) => n > 1)).toEqual([]);
    expect(named.filter((id) => !raw.has(id))).toEqual([]);
    expect([...raw].filter((id) => !named.includes(id))).toEqual([]);
    expect(runsAs.filter((id) => supporting.includes(id) || expected.unattached.includes(id))).toEqual([]);

    const ids = new Set(expected.components.map((c) => c.id));
    expect(expected.edges.flatMap((e) => [e.from, e.to]).filter((id) => !ids.has(id))).toEqual([]);
    const specs = new Set(facts.api.specs.map((s) => s.id));
    const migrationSets = new Set(facts.schema.migrations.map((m) => `migrations:${posix.dirname(m.file)}`));
    // A gRPC service of a proto file that declares several: `grpc:<package.Service>`.
    const grpcServices = new Set(
      facts.api.operations.filter((o) => o.protocol === 'grpc').map((o) => `grpc:${o.path.split('/')[1]}`),
    );
    const provides = expected.components.flatMap((c) => c.provides);
    expect(provides.filter((p) => !specs.has(p) && !migrationSets.has(p) && !grpcServices.has(p))).toEqual([]);
  });

  test('deriveSystem gives the hand-written components, each with evidence', async () => {
    const system = deriveSystem(await factsOf(name));
    expect(componentDiffs(system.components, expected.components)).toEqual([]);
    expect(system.components.filter((c) => c.evidence.length === 0).map((c) => c.id)).toEqual([]);
  });

  test('deriveSystem gives the hand-written edges, between logical components only', async () => {
    const system = deriveSystem(await factsOf(name));
    expect(edgeDiffs(system.edges, expected.edges)).toEqual([]);
  });

  test('deriveSystem says what the sources leave open, and only that', async () => {
    const { unknowns } = deriveSystem(await factsOf(name));
    const lower = unknowns.map((line) => line.toLowerCase());
    const unmatched = expected.unknowns.filter(
      (words) => !lower.some((line) => words.every((w) => line.includes(w.toLowerCase()))),
    );
    expect({ unmatched, unknowns }).toEqual({ unmatched: [], unknowns });
    const settled = expected.notUnknowns.filter((w) => lower.some((line) => line.includes(w.toLowerCase())));
    expect({ settled, unknowns }).toEqual({ settled: [], unknowns });
  });

  test('supporting objects attached to no primary are folded nowhere', async () => {
    const system = deriveSystem(await factsOf(name));
    const folded = new Set(system.components.flatMap((c) => [...c.runsAs, ...c.supporting]));
    const raw = (await factsOf(name)).infra.components;
    // Guards against an empty model passing: every raw component is placed or expected unattached.
    expect(raw.filter((c) => !folded.has(c.id) && !expected.unattached.includes(c.id)).map((c) => c.id)).toEqual([]);
    expect(expected.unattached.filter((id) => folded.has(id))).toEqual([]);
  });
});

// ---------------------------------------------------------------- what each fixture holds

function byId(facts: FactModel, id: string): Component {
  const found = facts.infra.components.find((c) => c.id === id);
  if (!found) throw new Error(`no raw component ${id}`);
  return found;
}

const loud = (facts: FactModel) =>
  facts.diagnostics.filter((d) => d.severity !== 'notice').map((d) => `${d.file}:${d.line ?? ''} ${d.message}`);

describe('the boutique fixture holds', () => {
  const SERVICES = [
    'adservice',
    'cartservice',
    'checkoutservice',
    'currencyservice',
    'emailservice',
    'frontend',
    'paymentservice',
    'productcatalogservice',
    'recommendationservice',
    'shippingservice',
  ];

  test('per service a Deployment, Service, ServiceAccount, NetworkPolicy; Redis; a load generator', async () => {
    const facts = await factsOf('boutique');
    const k8s = facts.infra.components.filter((c) => c.platform === 'kubernetes');
    expect(countBy(k8s.map((c) => c.kind))).toEqual({
      Deployment: 12,
      StatefulSet: 1,
      Service: 13,
      ServiceAccount: 12,
      NetworkPolicy: 13,
      HorizontalPodAutoscaler: 1,
      PodDisruptionBudget: 1,
      Ingress: 1,
    });
    for (const service of SERVICES) {
      for (const kind of ['Deployment', 'Service', 'ServiceAccount', 'NetworkPolicy'])
        expect(byId(facts, `k8s:${kind}/boutique/${service}`).name).toBe(service);
    }
    for (const kind of ['StatefulSet', 'Service', 'ServiceAccount', 'NetworkPolicy'])
      expect(byId(facts, `k8s:${kind}/boutique/redis-cart`).kind).toBe(kind);
    for (const kind of ['Deployment', 'ServiceAccount', 'NetworkPolicy'])
      expect(byId(facts, `k8s:${kind}/boutique/loadgenerator`).kind).toBe(kind);
    expect(byId(facts, 'k8s:NetworkPolicy/boutique/default-deny-all').kind).toBe('NetworkPolicy');
    expect(byId(facts, 'k8s:StatefulSet/boutique/redis-cart').image).toBe('redis:7.2-alpine');
    expect(byId(facts, 'k8s:Deployment/dev/dev-frontend@kustomize/overlays/dev').image).toBe(
      'ghcr.io/boutique-demo/frontend:dev-3f2c1a9',
    );
    expect(loud(facts)).toEqual([]);
  });

  test('Services that each select their workload, and none for the load generator', async () => {
    const facts = await factsOf('boutique');
    const selects = facts.infra.edges.filter((e) => e.kind === 'selects' && e.from.startsWith('k8s:Service/'));
    const selected = new Map(selects.map((e) => [e.from, e.to]));
    for (const service of SERVICES)
      expect(selected.get(`k8s:Service/boutique/${service}`)).toBe(`k8s:Deployment/boutique/${service}`);
    expect(selected.get('k8s:Service/boutique/frontend-external')).toBe('k8s:Deployment/boutique/frontend');
    expect(selected.get('k8s:Service/boutique/redis-cart')).toBe('k8s:StatefulSet/boutique/redis-cart');
    expect(selected.get('k8s:Service/dev/dev-frontend@kustomize/overlays/dev')).toBe(
      'k8s:Deployment/dev/dev-frontend@kustomize/overlays/dev',
    );
    expect(selects.filter((e) => e.to.endsWith('/loadgenerator'))).toEqual([]);
    expect(facts.infra.edges).toContainEqual({
      from: 'k8s:Ingress/boutique/storefront',
      to: 'k8s:Service/boutique/frontend',
      kind: 'reference',
      via: 'shop.boutique.test/',
    });
  });

  test('env values naming other services by cluster DNS, and two outside HTTPS APIs by URL', async () => {
    // The object's name: the id's last segment before an environment (`…/dev-frontend@kustomize/overlays/dev`).
    const nameOf = (id: string) => id.replace(/@.*$/, '').split('/').pop();
    const facts = await factsOf('boutique');
    const env = facts.infra.edges
      .filter((e) => e.kind === 'env' && e.from.startsWith('k8s:'))
      .map((e) => `${nameOf(e.from)} -> ${nameOf(e.to)} ${e.via}`);
    expect(sorted(env)).toEqual([
      'cartservice -> redis-cart REDIS_ADDR',
      'checkoutservice -> cartservice CART_SERVICE_ADDR',
      'checkoutservice -> currencyservice CURRENCY_SERVICE_ADDR',
      'checkoutservice -> emailservice EMAIL_SERVICE_ADDR',
      'checkoutservice -> paymentservice PAYMENT_SERVICE_ADDR',
      'checkoutservice -> productcatalogservice PRODUCT_CATALOG_SERVICE_ADDR',
      'checkoutservice -> shippingservice SHIPPING_SERVICE_ADDR',
      'dev-frontend -> productcatalogservice PRODUCT_CATALOG_SERVICE_ADDR',
      'frontend -> adservice AD_SERVICE_ADDR',
      'frontend -> cartservice CART_SERVICE_ADDR',
      'frontend -> checkoutservice CHECKOUT_SERVICE_ADDR',
      'frontend -> currencyservice CURRENCY_SERVICE_ADDR',
      'frontend -> productcatalogservice PRODUCT_CATALOG_SERVICE_ADDR',
      'frontend -> recommendationservice RECOMMENDATION_SERVICE_ADDR',
      'frontend -> shippingservice SHIPPING_SERVICE_ADDR',
      'loadgenerator -> frontend FRONTEND_ADDR',
      'recommendationservice -> productcatalogservice PRODUCT_CATALOG_SERVICE_ADDR',
    ]);
    expect(byId(facts, 'k8s:Deployment/boutique/paymentservice').env).toContain('STRIPE_API_BASE');
    expect(byId(facts, 'k8s:Deployment/boutique/currencyservice').env).toContain('CURRENCY_API');
    // Given by a Secret, so no literal host: the env-name convention has to find the cache.
    expect(byId(facts, 'k8s:Deployment/boutique/recommendationservice').env).toContain('REDIS_URL');
  });

  test('a Compose file with a subset of the services, the cart built from source under another name', async () => {
    const facts = await factsOf('boutique');
    const compose = facts.infra.components.filter((c) => c.platform === 'compose');
    expect(compose.map((c) => [c.name, c.image])).toEqual([
      ['cart', undefined],
      ['frontend', 'ghcr.io/boutique-demo/frontend:v0.9.0'],
      ['productcatalogservice', 'ghcr.io/boutique-demo/productcatalogservice:v0.9.0'],
      ['redis-cart', 'redis:7.2-alpine'],
    ]);
    expect(byId(facts, 'compose:service/cart').deployable).toBe(true);
    // Rule 3's match: the cluster runs the cart from an image whose last path segment is `cart`.
    expect(byId(facts, 'k8s:Deployment/boutique/cartservice').image).toBe('ghcr.io/boutique-demo/cart:v0.9.0');
    expect(
      facts.infra.edges.filter((e) => e.from.startsWith('compose:')).map((e) => `${edgeKey(e)} ${e.kind}`),
    ).toEqual(
      expect.arrayContaining([
        'compose:service/frontend -> compose:service/cart env',
        'compose:service/cart -> compose:service/redis-cart depends_on',
        'compose:service/cart -> compose:service/redis-cart env',
      ]),
    );
  });
});

describe('the monorepo fixture holds', () => {
  test('per-service migrations, two specs, one Compose file, one CronJob and the Terraform', async () => {
    const facts = await factsOf('monorepo');
    const byKind = (kind: string) => facts.inputs.filter((i) => i.kind === kind).map((i) => i.file);
    expect(byKind('openapi')).toEqual(['api/payments.openapi.yaml', 'services/orders/openapi.yaml']);
    // Down files are inputs too (hashed, never replayed): a changed rollback is a changed input.
    expect(byKind('migration')).toEqual([
      'services/catalog/migrations/000001_create_catalog.down.sql',
      'services/catalog/migrations/000001_create_catalog.up.sql',
      'services/orders/migrations/000001_create_customers.down.sql',
      'services/orders/migrations/000001_create_customers.up.sql',
      'services/orders/migrations/000002_create_orders.down.sql',
      'services/orders/migrations/000002_create_orders.up.sql',
      'services/payments/migrations/000001_create_payments.down.sql',
      'services/payments/migrations/000001_create_payments.up.sql',
    ]);
    expect(byKind('compose')).toEqual(['deploy/compose.yaml']);
    expect(byKind('kubernetes')).toEqual(['deploy/k8s/nightly-report.yaml']);
    expect(byKind('terraform')).toHaveLength(8);
    expect(facts.api.specs.map((s) => [s.id, s.servers])).toEqual([
      ['spec:api/payments.openapi.yaml', ['http://localhost:8082']],
      ['spec:services/orders/openapi.yaml', ['https://api.example-shop.test/orders']],
    ]);
    expect(loud(facts)).toEqual([]);
  });

  test('real PostgreSQL DDL with foreign keys, replayed without a failure', async () => {
    const facts = await factsOf('monorepo');
    expect(sorted(facts.schema.tables.map((t) => t.name))).toEqual([
      'categories',
      'customers',
      'order_items',
      'orders',
      'payments',
      'products',
      'refunds',
    ]);
    expect(sorted(facts.schema.foreignKeys.map((fk) => `${fk.table} -> ${fk.refTable}`))).toEqual([
      'table:public.categories -> table:public.categories',
      'table:public.order_items -> table:public.orders',
      'table:public.orders -> table:public.customers',
      'table:public.products -> table:public.categories',
      'table:public.refunds -> table:public.payments',
    ]);
    expect(facts.schema.migrations.filter((m) => m.failed > 0)).toEqual([]);
  });

  test('two RDS postgres instances and one Compose postgres: the case rule 4 must not merge', async () => {
    const facts = await factsOf('monorepo');
    const tf = facts.infra.components.filter((c) => c.platform === 'terraform').map((c) => c.id);
    expect(tf).toEqual([
      'tf:aws_db_instance.analytics',
      'tf:aws_db_instance.shop',
      'tf:aws_db_parameter_group.postgres16',
      'tf:aws_db_subnet_group.database',
      'tf:aws_elasticache_replication_group.main',
      'tf:aws_elasticache_subnet_group.cache',
      'tf:aws_iam_role.orders_app',
      'tf:aws_iam_role_policy.orders_app',
      'tf:aws_s3_bucket.invoices',
      'tf:aws_s3_bucket_public_access_block.invoices',
      'tf:aws_s3_bucket_versioning.invoices',
      'tf:aws_security_group.cache',
      'tf:aws_security_group.database',
      'tf:aws_sqs_queue.order_events',
      'tf:aws_sqs_queue.order_events_dlq',
      'tf:aws_sqs_queue_policy.order_events',
    ]);
    const compose = facts.infra.components.filter((c) => c.platform === 'compose');
    expect(compose.map((c) => [c.name, c.image])).toEqual([
      ['cache', 'redis:7'],
      ['catalog', undefined],
      ['db', 'postgres:16-alpine'],
      ['orders', undefined],
      ['payments', undefined],
    ]);
    expect(byId(facts, 'k8s:CronJob/reporting/nightly-report').env).toContain('DATABASE_URL');
  });

  test('Terraform references from supporting resources and one between two queues', async () => {
    const facts = await factsOf('monorepo');
    const refs = facts.infra.edges.filter((e) => e.kind === 'reference').map(edgeKey);
    expect(refs).toEqual(
      expect.arrayContaining([
        'tf:aws_db_instance.shop -> tf:aws_db_subnet_group.database',
        'tf:aws_db_instance.analytics -> tf:aws_db_subnet_group.database',
        'tf:aws_sqs_queue.order_events -> tf:aws_sqs_queue.order_events_dlq',
        'tf:aws_sqs_queue_policy.order_events -> tf:aws_sqs_queue.order_events',
        'tf:aws_iam_role_policy.orders_app -> tf:aws_iam_role.orders_app',
        'tf:aws_iam_role_policy.orders_app -> tf:aws_s3_bucket.invoices',
        'tf:aws_iam_role_policy.orders_app -> tf:aws_sqs_queue.order_events',
        'tf:aws_s3_bucket_versioning.invoices -> tf:aws_s3_bucket.invoices',
        'tf:aws_s3_bucket_public_access_block.invoices -> tf:aws_s3_bucket.invoices',
      ]),
    );
    // The IAM role references nothing and only a supporting policy references it.
    expect(facts.infra.edges.filter((e) => e.from === 'tf:aws_iam_role.orders_app')).toEqual([]);
    const env = facts.infra.edges.filter((e) => e.kind === 'env').map((e) => `${edgeKey(e)} ${e.via}`);
    expect(sorted(env)).toEqual([
      'compose:service/catalog -> compose:service/cache REDIS_URL',
      'compose:service/orders -> compose:service/cache REDIS_URL',
      'compose:service/orders -> compose:service/db DATABASE_URL',
      'compose:service/payments -> compose:service/db DATABASE_URL',
      'compose:service/payments -> compose:service/orders ORDERS_API',
    ]);
  });
});
