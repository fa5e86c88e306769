import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ENTITY_NAME } from '../../src/config/config-schema.js';
import { backstageCatalog } from '../../src/docs/catalog/backstage-catalog.js';
import { entityName, entityTag, UniqueNames } from '../../src/docs/catalog/entity-name.js';
import type { FactModel, SystemModel } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { AUTO_SOURCES, tempRepo } from '../support/temp-repo.js';

describe('entityName', () => {
  test('keeps a valid name, lower-cased', () => {
    expect(entityName('orders-api')).toBe('orders-api');
    expect(entityName('Orders_API.v2')).toBe('orders_api.v2');
  });

  test('replaces what Backstage rejects and trims separators from the ends', () => {
    expect(entityName('Orders API')).toBe('orders-api');
    expect(entityName('shop/orders-api')).toBe('shop-orders-api');
    expect(entityName('Café Crème')).toBe('cafe-creme');
    expect(entityName('--worker--')).toBe('worker');
    expect(entityName('a..b__c')).toBe('a.b_c');
    expect(entityName('api.stripe.com')).toBe('api.stripe.com');
  });

  test('nothing usable left: the fallback', () => {
    expect(entityName('!!!')).toBe('unnamed');
    expect(entityName('', 'api')).toBe('api');
    expect(entityName('日本語', 'api')).toBe('api');
  });

  test('a long name is cut to 63 and keeps a hash of the whole, so two long names stay two', () => {
    const a = entityName(`${'very-long-service-name-'.repeat(4)}alpha`);
    const b = entityName(`${'very-long-service-name-'.repeat(4)}beta`);
    expect(a).toHaveLength(63);
    expect(a).not.toBe(b);
    expect(a.slice(0, 54)).toBe(b.slice(0, 54));
    expect(a).toMatch(/-[0-9a-f]{8}$/);
    expect(entityName(`${'very-long-service-name-'.repeat(4)}alpha`)).toBe(a);
  });

  test("every output satisfies Backstage's name rule", () => {
    const inputs = [
      'x',
      '-',
      '.a.',
      'A B C',
      `${'a'.repeat(62)}-b`,
      `${'a'.repeat(54)}------------x`,
      'a_-_b',
      ' ',
      '9',
    ];
    for (const input of inputs) expect(entityName(input), JSON.stringify(input)).toMatch(ENTITY_NAME);
  });
});

describe('entityTag', () => {
  test("Backstage's tag rule: [a-z0-9:+#] runs joined by single hyphens", () => {
    expect(entityTag('postgres')).toBe('postgres');
    expect(entityTag('Postgres 16')).toBe('postgres-16');
    expect(entityTag('c++')).toBe('c++');
    expect(entityTag('aws_sqs.queue')).toBe('aws-sqs-queue');
    expect(entityTag('___')).toBeUndefined();
    expect(entityTag('x'.repeat(80))).toHaveLength(63);
  });
});

describe('UniqueNames', () => {
  test('a taken name gets a numbered suffix that still fits in 63 characters', () => {
    const names = new UniqueNames();
    expect(names.claim('orders-api')).toBe('orders-api');
    expect(names.claim('orders-api')).toBe('orders-api-2');
    expect(names.claim('orders-api')).toBe('orders-api-3');
    const long = 'a'.repeat(63);
    expect(names.claim(long)).toBe(long);
    expect(names.claim(long)).toBe(`${'a'.repeat(61)}-2`);
  });
});

const SHOP_FILES: Record<string, string> = {
  'compose.yaml': `services:
  orders-api:
    build: ./services/orders-api
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: postgres://shop:secret@db:5432/shop
      REDIS_URL: redis://cache:6379
    depends_on: [db, cache]
  worker:
    image: ghcr.io/acme/orders-api:1.4.0
    command: ["worker"]
    environment:
      DATABASE_URL: postgres://shop:secret@db:5432/shop
      STRIPE_API: https://api.stripe.com
    depends_on: [db]
  db:
    image: postgres:16
  cache:
    image: redis:7
`,
  'k8s/orders-api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
  namespace: shop
spec:
  selector:
    matchLabels: { app: orders-api }
  template:
    metadata:
      labels: { app: orders-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/orders-api:1.4.0
          ports: [{ containerPort: 8080 }]
---
apiVersion: v1
kind: Service
metadata:
  name: orders-api
  namespace: shop
spec:
  selector: { app: orders-api }
  ports: [{ port: 80, targetPort: 8080 }]
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-report
  namespace: shop
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/acme/orders-api:1.4.0
              args: ["report"]
`,
  'services/orders-api/openapi.yaml': `openapi: 3.1.0
info:
  title: Orders API
  version: 1.2.0
servers:
  - url: https://shop.example.com
paths:
  /orders:
    get:
      operationId: listOrders
      responses:
        "200":
          description: the orders
`,
  'services/orders-api/migrations/000001_init.up.sql': `CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status text NOT NULL
);
`,
};

/**
 * The system model the system stage would derive from SHOP_FILES, written by hand: the catalog is
 * tested on its own, on the real facts of a real repository.
 */
const SYSTEM: SystemModel = {
  components: [
    {
      id: 'system:orders-api',
      name: 'orders-api',
      role: 'service',
      runsAs: ['compose:service/orders-api', 'k8s:Deployment/shop/orders-api'],
      supporting: ['k8s:Service/shop/orders-api'],
      provides: ['spec:services/orders-api/openapi.yaml'],
      hosts: ['shop.example.com'],
      group: 'shop',
      evidence: [{ facts: ['compose:service/orders-api', 'k8s:Deployment/shop/orders-api'], rule: 'same name' }],
    },
    {
      id: 'system:worker',
      name: 'worker',
      role: 'service',
      runsAs: ['compose:service/worker'],
      supporting: [],
      provides: [],
      hosts: [],
      evidence: [],
    },
    {
      id: 'system:nightly-report',
      name: 'nightly-report',
      role: 'job',
      runsAs: ['k8s:CronJob/shop/nightly-report'],
      supporting: [],
      provides: [],
      hosts: [],
      group: 'shop',
      evidence: [],
    },
    {
      id: 'system:db',
      name: 'db',
      role: 'datastore',
      technology: 'postgres',
      runsAs: ['compose:service/db'],
      supporting: [],
      provides: ['migrations:services/orders-api/migrations'],
      hosts: [],
      evidence: [],
    },
    {
      id: 'system:cache',
      name: 'cache',
      role: 'cache',
      technology: 'redis',
      runsAs: ['compose:service/cache'],
      supporting: [],
      provides: [],
      hosts: [],
      evidence: [],
    },
    {
      id: 'system:external/api.stripe.com',
      name: 'api.stripe.com',
      role: 'external',
      technology: 'stripe',
      runsAs: [],
      supporting: [],
      provides: [],
      hosts: ['api.stripe.com'],
      evidence: [{ facts: ['compose:service/worker'], rule: 'STRIPE_API names api.stripe.com' }],
    },
  ],
  edges: [
    { from: 'system:orders-api', to: 'system:db', via: 'env DATABASE_URL', protocol: 'postgres:5432', evidence: [] },
    { from: 'system:orders-api', to: 'system:db', via: 'depends_on', evidence: [] },
    { from: 'system:orders-api', to: 'system:cache', via: 'env REDIS_URL', protocol: 'redis:6379', evidence: [] },
    { from: 'system:worker', to: 'system:db', via: 'env DATABASE_URL', evidence: [] },
    { from: 'system:worker', to: 'system:external/api.stripe.com', via: 'env STRIPE_API', evidence: [] },
    { from: 'system:nightly-report', to: 'system:db', via: 'env name', evidence: [] },
  ],
  unknowns: [],
};

const SETTINGS = {
  file: 'docs/architecture/catalog-info.yaml',
  owner: 'group:checkout-team',
  lifecycle: 'production',
  system: 'shop',
};

const GENERATED = 'generated by Architect Docs from';

describe('backstageCatalog on the facts of a real repository', () => {
  let facts: FactModel;
  beforeAll(async () => {
    const root = tempRepo(SHOP_FILES);
    const extracted = await buildFacts(root, await discoverSources(root, AUTO_SOURCES, []));
    facts = { ...extracted, system: SYSTEM };
  });

  test('the hand-written system model names only components the extractors really produced', () => {
    const raw = new Set(facts.infra.components.map((c) => c.id));
    for (const c of SYSTEM.components) for (const id of [...c.runsAs, ...c.supporting]) expect(raw, id).toContain(id);
    expect(facts.api.specs.map((s) => [s.id, s.title, s.version])).toEqual([
      ['spec:services/orders-api/openapi.yaml', 'Orders API', '1.2.0'],
    ]);
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.orders']);
  });

  test('one System, Components, the API and Resources, with their relations', () => {
    const text = backstageCatalog(facts, SETTINGS);
    const entities = parseAllDocuments(text).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS();
    });
    const role = (r: string) => ({ annotations: { 'architect-docs/role': r } });
    expect(entities).toEqual([
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: 'shop', description: `The shop system, ${GENERATED} the repository's sources.` },
        spec: { owner: 'group:checkout-team' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'nightly-report',
          description: `A job, ${GENERATED} k8s/orders-api.yaml.`,
          tags: ['job'],
          ...role('job'),
        },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:checkout-team',
          system: 'shop',
          dependsOn: ['resource:db'],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'orders-api',
          description: `A service, ${GENERATED} compose.yaml, k8s/orders-api.yaml.`,
          ...role('service'),
        },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:checkout-team',
          system: 'shop',
          providesApis: ['orders-api'],
          dependsOn: ['resource:cache', 'resource:db'],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'worker', description: `A service, ${GENERATED} compose.yaml.`, ...role('service') },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: 'group:checkout-team',
          system: 'shop',
          dependsOn: ['resource:api.stripe.com', 'resource:db'],
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'API',
        metadata: {
          name: 'orders-api',
          title: 'Orders API',
          description: `Orders API 1.2.0, ${GENERATED} services/orders-api/openapi.yaml.`,
        },
        spec: {
          type: 'openapi',
          lifecycle: 'production',
          owner: 'group:checkout-team',
          system: 'shop',
          definition: { $text: '../../services/orders-api/openapi.yaml' },
        },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'api.stripe.com',
          description: `An external service (stripe), ${GENERATED} compose.yaml.`,
          tags: ['stripe'],
          ...role('external'),
        },
        spec: { type: 'external-service', owner: 'group:checkout-team', system: 'shop' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'cache',
          description: `A cache (redis), ${GENERATED} compose.yaml.`,
          tags: ['redis'],
          ...role('cache'),
        },
        spec: { type: 'cache', owner: 'group:checkout-team', system: 'shop' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'db',
          description: `A datastore (postgres), ${GENERATED} compose.yaml.`,
          tags: ['postgres'],
          ...role('datastore'),
        },
        spec: { type: 'database', owner: 'group:checkout-team', system: 'shop' },
      },
    ]);
  });

  test('says it is generated, before the first document', () => {
    const text = backstageCatalog(facts, SETTINGS);
    expect(text.split('\n')[0]).toMatch(/^# Generated by Architect Docs/);
    expect(text.split('\n').indexOf('---')).toBe(2);
  });

  test('the same system in another order gives the same bytes', () => {
    const shuffled: FactModel = {
      ...facts,
      system: {
        ...SYSTEM,
        components: [...SYSTEM.components].reverse(),
        edges: [...SYSTEM.edges].reverse(),
      },
    };
    expect(backstageCatalog(shuffled, SETTINGS)).toBe(backstageCatalog(facts, SETTINGS));
  });

  test('a source location is added to every entity; the definition path follows the catalog file', () => {
    const text = backstageCatalog(facts, {
      ...SETTINGS,
      file: 'docs/catalog-info.yaml',
      sourceLocation: 'https://github.com/acme/shop/tree/main/',
    });
    const entities = parseAllDocuments(text).map((d) => d.toJS());
    for (const e of entities)
      expect(e.metadata.annotations['backstage.io/source-location']).toBe(
        'url:https://github.com/acme/shop/tree/main/',
      );
    expect(entities.find((e) => e.kind === 'API').spec.definition).toEqual({
      $text: '../services/orders-api/openapi.yaml',
    });
  });

  test('names Backstage would reject are made valid, and the original kept as the title', () => {
    const odd: FactModel = {
      ...facts,
      system: {
        components: [
          { ...SYSTEM.components[0]!, id: 'system:orders', name: 'Orders Service (EU)', provides: [] },
          { ...SYSTEM.components[1]!, id: 'system:orders-2', name: 'orders service eu', provides: [] },
        ],
        edges: [],
        unknowns: [],
      },
    };
    const entities = parseAllDocuments(backstageCatalog(odd, { ...SETTINGS, system: 'My Shop!' })).map((d) => d.toJS());
    expect(entities.map((e) => [e.kind, e.metadata.name, e.metadata.title])).toEqual([
      ['System', 'my-shop', 'My Shop!'],
      ['Component', 'orders-service-eu', 'Orders Service (EU)'],
      ['Component', 'orders-service-eu-2', 'orders service eu'],
      ['API', 'orders-api', 'Orders API'],
    ]);
    for (const e of entities) expect(e.spec.system ?? e.metadata.name).toBe('my-shop');
  });

  test('with an empty system model: the System and the API, nothing invented', () => {
    const entities = parseAllDocuments(
      backstageCatalog({ ...facts, system: { components: [], edges: [], unknowns: [] } }, SETTINGS),
    ).map((d) => d.toJS());
    expect(entities.map((e) => `${e.kind}:${e.metadata.name}`)).toEqual(['System:shop', 'API:orders-api']);
  });
});
