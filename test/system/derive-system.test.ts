import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { SystemModel } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';
import { tempRepo } from '../support/temp-repo.js';

async function systemOf(files: Record<string, string>): Promise<SystemModel> {
  const root = tempRepo(files);
  return (await extractFacts(await loadConfig(root, {}))).system;
}

function deployment(name: string, image: string, extra = '', namespace = 'shop'): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: ${image}
${extra}`;
}

function service(name: string, port: number, namespace = 'shop'): string {
  return `apiVersion: v1
kind: Service
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  selector: { app: ${name} }
  ports: [{ port: ${port} }]
`;
}

const summary = (s: SystemModel) =>
  s.components.map((c) => ({ id: c.id, role: c.role, runsAs: c.runsAs, supporting: c.supporting }));

describe('deriveSystem: merging', () => {
  it('one service across Compose and Kubernetes; a worker running the same image stays its own', async () => {
    const system = await systemOf({
      'docker-compose.yml': `services:
  orders-api: { image: ghcr.io/acme/orders:dev, ports: ["8080:8080"] }
  worker: { image: ghcr.io/acme/orders:dev, command: ["worker"] }
`,
      'k8s/orders-api.yaml': `${deployment('orders-api', 'ghcr.io/acme/orders:1.2')}---\n${service('orders-api', 80)}`,
      'k8s/worker.yaml': deployment('worker', 'ghcr.io/acme/orders:1.2'),
    });
    expect(summary(system)).toEqual([
      {
        id: 'system:orders-api',
        role: 'service',
        runsAs: ['compose:service/orders-api', 'k8s:Deployment/shop/orders-api'],
        supporting: ['k8s:Service/shop/orders-api'],
      },
      {
        id: 'system:worker',
        role: 'service',
        runsAs: ['compose:service/worker', 'k8s:Deployment/shop/worker'],
        supporting: [],
      },
    ]);
    const orders = system.components[0]!;
    expect(orders.evidence.map((e) => e.rule)).toContain('same name `orders-api`');
    expect(orders.group).toBe('shop');
  });

  it('a Kustomize-prefixed copy merges only when it runs the same image', async () => {
    const system = await systemOf({
      'base/frontend.yaml': deployment('frontend', 'registry.example.com/shop/frontend:v1'),
      'overlays/dev/frontend.yaml': deployment('dev-frontend', 'registry.example.com/shop/frontend:v2', '', 'dev'),
      'overlays/dev/tools.yaml': deployment('dev-tools', 'busybox:1.36', '', 'dev'),
    });
    expect(summary(system).map((c) => [c.id, c.runsAs])).toEqual([
      ['system:dev-tools', ['k8s:Deployment/dev/dev-tools']],
      ['system:frontend', ['k8s:Deployment/dev/dev-frontend', 'k8s:Deployment/shop/frontend']],
    ]);
    expect(system.components[1]!.evidence.map((e) => e.rule)).toContain(
      '`dev-frontend` is a prefixed copy of `frontend` (same image `registry.example.com/shop/frontend`)',
    );
  });

  it('a Compose service built from source merges with the workload running the image of its name', async () => {
    const system = await systemOf({
      'docker-compose.yml': 'services:\n  cartservice: { build: ./src/cartservice }\n',
      'k8s/cart.yaml': deployment('cart', 'gcr.io/acme/cartservice:v0.9'),
    });
    expect(summary(system).map((c) => [c.id, c.runsAs])).toEqual([
      ['system:cart', ['compose:service/cartservice', 'k8s:Deployment/shop/cart']],
    ]);
  });

  it('the only PostgreSQL on each platform is one datastore; two on one platform are left apart and said', async () => {
    const statefulSet = (name: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: ${name}, namespace: data }
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec: { containers: [{ name: pg, image: "postgres:16" }] }
`;
    const one = await systemOf({
      'docker-compose.yml': 'services:\n  db: { image: "postgres:16-alpine" }\n',
      'k8s/pg.yaml': statefulSet('orders-pg'),
    });
    expect(summary(one).map((c) => [c.id, c.role, c.runsAs])).toEqual([
      ['system:orders-pg', 'datastore', ['compose:service/db', 'k8s:StatefulSet/data/orders-pg']],
    ]);
    expect(one.unknowns).toEqual([]);

    const two = await systemOf({
      'docker-compose.yml': 'services:\n  db: { image: "postgres:16-alpine" }\n',
      'k8s/pg.yaml': `${statefulSet('orders-pg')}---\n${statefulSet('analytics-pg')}`,
    });
    expect(two.components.map((c) => c.id)).toEqual(['system:analytics-pg', 'system:db', 'system:orders-pg']);
    expect(two.unknowns.join('\n')).toContain('2 on kubernetes');
  });

  it('a Service and an Ingress of one name: the Ingress is a gateway named by its kind', async () => {
    const system = await systemOf({
      'k8s/web.yaml': `${deployment('web', 'nginx:1.27')}---\n${service('web', 80)}---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web, namespace: shop }
spec:
  rules:
    - host: shop.example.com
      http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] }
`,
    });
    expect(summary(system).map((c) => [c.id, c.role])).toEqual([
      ['system:web', 'service'],
      ['system:web-ingress', 'gateway'],
    ]);
    expect(system.edges.map((e) => [e.from, e.to])).toEqual([['system:web-ingress', 'system:web']]);
  });
});

describe('deriveSystem: copies deployed by overlays, charts and projects', () => {
  const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;

  it('overlays that each rename one base object are one service, named as the base writes it', async () => {
    const system = await systemOf({
      'base/kustomization.yaml': kustomization('resources: [api.yaml]\n'),
      'base/api.yaml': deployment('simple-deployment', 'ghcr.io/acme/api:1'),
      // Neither overlay keeps the base's name, and no plain copy of it is deployed.
      'envs/prod-eu/kustomization.yaml': kustomization('resources: [../../base]\nnamePrefix: prod-eu-\n'),
      'envs/staging-us/kustomization.yaml': kustomization(
        'resources: [../../base]\nnamePrefix: staging-us-\n' +
          'images:\n  - name: ghcr.io/acme/api\n    newName: mirror.acme.io/api\n',
      ),
    });
    expect(summary(system).map((c) => [c.id, c.runsAs])).toEqual([
      [
        'system:simple-deployment',
        [
          'k8s:Deployment/shop/prod-eu-simple-deployment@envs/prod-eu',
          'k8s:Deployment/shop/staging-us-simple-deployment@envs/staging-us',
        ],
      ],
    ]);
    expect(system.components[0]!.evidence.map((e) => e.rule)).toContain(
      'the same manifest `base/api.yaml:1`, built by each overlay',
    );
  });

  it('a copy on a mirror registry (`images: newName`) is still a prefixed copy by its image name', async () => {
    const system = await systemOf({
      'k8s/checkout.yaml': deployment('checkout', 'ghcr.io/acme/checkout:1'),
      'prod/checkout.yaml': deployment('prod-checkout', 'mirror.acme.io/shop/checkout:1', '', 'prod'),
    });
    expect(summary(system).map((c) => [c.id, c.runsAs])).toEqual([
      ['system:checkout', ['k8s:Deployment/prod/prod-checkout', 'k8s:Deployment/shop/checkout']],
    ]);
    expect(system.components[0]!.evidence.map((e) => e.rule)).toContain(
      '`prod-checkout` is a prefixed copy of `checkout` (same image name `checkout`)',
    );
  });

  it('two services of one Compose project are two, however alike their names and images', async () => {
    const system = await systemOf({
      'docker-compose.yml': `services:
  metrics-consumer: { image: ghcr.io/getsentry/sentry:nightly, command: [run, consumer, ingest-metrics] }
  generic-metrics-consumer:
    { image: ghcr.io/getsentry/sentry:nightly, command: [run, consumer, ingest-generic-metrics] }
`,
    });
    expect(summary(system).map((c) => c.id)).toEqual(['system:generic-metrics-consumer', 'system:metrics-consumer']);
  });

  it('a datastore built here is known by its service name; SeaweedFS is object storage', async () => {
    const system = await systemOf({
      'docker-compose.yml': `services:
  clickhouse: { image: clickhouse-self-hosted-local, build: ./clickhouse }
  seaweedfs: { image: "chrislusf/seaweedfs:4.40_large_disk" }
  api: { image: acme/api:1, build: . }
`,
    });
    expect(system.components.map((c) => [c.id, c.role, c.technology ?? null])).toEqual([
      ['system:api', 'service', null],
      ['system:clickhouse', 'datastore', 'clickhouse'],
      ['system:seaweedfs', 'bucket', 'seaweedfs'],
    ]);
  });

  it('one logical id in two CloudFormation templates is two resources (ids are per stack)', async () => {
    const template = (runtime: string) =>
      `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n` +
      `  OrdersTable:\n    Type: AWS::DynamoDB::Table\n  OrdersFunction:\n    Type: AWS::Serverless::Function\n` +
      `    Properties:\n      Runtime: ${runtime}\n      Handler: app.handler\n`;
    const system = await systemOf({
      'python/template.yaml': template('python3.12'),
      'java/template.yaml': template('java21'),
    });
    expect(system.components.map((c) => [c.name, c.runsAs])).toEqual([
      ['OrdersFunction', ['cfn:OrdersFunction']],
      ['OrdersFunction (python)', ['cfn:OrdersFunction (python/template.yaml)']],
      ['OrdersTable', ['cfn:OrdersTable']],
      ['OrdersTable (python)', ['cfn:OrdersTable (python/template.yaml)']],
    ]);
  });

  it('the main container is the workload’s own, not a sidecar a patch put first', async () => {
    const sidecarFirst = deployment('orders', 'ghcr.io/acme/orders:1');
    const facts = await extractFacts(
      await loadConfig(
        tempRepo({
          'k8s/orders.yaml': sidecarFirst.replace(
            '      containers:\n',
            '      containers:\n        - name: metrics\n          image: quay.io/prometheus/statsd-exporter:v0.26.0\n',
          ),
        }),
        {},
      ),
    );
    expect(facts.infra.components[0]!.image).toBe('ghcr.io/acme/orders:1');
    expect(facts.infra.components[0]!.containers?.map((c) => c.name)).toEqual(['metrics', 'main']);
  });
});

describe('deriveSystem: connections', () => {
  it('Gateway API routes and Istio virtual services reach the workload behind the Service they name', async () => {
    const system = await systemOf({
      'k8s/web.yaml': `${deployment('web', 'acme/web:1')}---\n${service('web', 8080)}---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web-route, namespace: shop }
spec:
  hostnames: [shop.example.com]
  rules: [{ matches: [{ path: { type: PathPrefix, value: /app } }], backendRefs: [{ name: web, port: 8080 }] }]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: { name: web-vs, namespace: shop }
spec:
  hosts: ["shop.example.com"]
  http: [{ route: [{ destination: { host: web.shop.svc.cluster.local, port: { number: 8080 } } }] }]
`,
    });
    expect(system.edges.map((e) => [e.from, e.to, e.via])).toEqual([
      ['system:web-route', 'system:web', 'route shop.example.com/app'],
      ['system:web-vs', 'system:web', 'route shop.example.com/'],
    ]);
    expect(system.components.find((c) => c.id === 'system:web-route')!.hosts).toEqual(['shop.example.com']);
  });

  it('an env var naming a Kubernetes Service connects to the workload behind it', async () => {
    const system = await systemOf({
      'k8s/front.yaml': deployment(
        'frontend',
        'acme/frontend:1',
        '          env:\n            - { name: CART_SERVICE_ADDR, value: "cartservice:7070" }\n',
      ),
      'k8s/cart.yaml': `${deployment('cartservice', 'acme/cart:1')}---\n${service('cartservice', 7070)}`,
    });
    expect(system.edges.map((e) => [e.from, e.to, e.via])).toEqual([
      ['system:frontend', 'system:cartservice', 'env CART_SERVICE_ADDR'],
    ]);
  });

  it('DATABASE_URL from a Secret: the only SQL database by name convention, else an unknown', async () => {
    const secretEnv =
      '          env:\n            - name: DATABASE_URL\n' +
      '              valueFrom: { secretKeyRef: { name: db, key: url } }\n';
    const one = await systemOf({
      'k8s/api.yaml': deployment('api', 'acme/api:1', secretEnv),
      'docker-compose.yml': 'services:\n  db: { image: "postgres:16" }\n',
    });
    expect(one.edges.map((e) => [e.from, e.to, e.via])).toEqual([
      ['system:api', 'system:db', 'env DATABASE_URL (by name)'],
    ]);

    const two = await systemOf({
      'k8s/api.yaml': deployment('api', 'acme/api:1', secretEnv),
      'docker-compose.yml': 'services:\n  db: { image: "postgres:16" }\n  reports: { image: "mysql:8" }\n',
    });
    expect(two.edges).toEqual([]);
    expect(two.unknowns).toContain(
      '`api` is given `DATABASE_URL` but the sources do not show which SQL database it names ' +
        '(2 candidates: `db`, `reports`).',
    );
  });

  it('the migrations of the only SQL datastore are held by it, and an API nobody serves is said', async () => {
    const system = await systemOf({
      'docker-compose.yml': 'services:\n  api: { build: . }\n  db: { image: "postgres:16" }\n',
      'db/migrations/000001_init.up.sql': 'CREATE TABLE t (id int PRIMARY KEY);',
      'openapi.yaml': 'openapi: 3.0.3\ninfo: { title: T, version: "1" }\npaths: {}\n',
    });
    expect(system.components.find((c) => c.id === 'system:db')!.provides).toEqual(['migrations:db/migrations']);
    expect(system.unknowns.join('\n')).toContain('No service is shown serving the API `openapi.yaml`');
  });
});
