import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Component } from '../../src/facts/model.js';
import { extractKubernetes, extractKubernetesFiles } from '../../src/sources/kubernetes/extract-kubernetes.js';

const read = (name: string) => ({
  file: `k8s/${name}`,
  text: readFileSync(fileURLToPath(new URL(`../fixtures/infra/k8s/${name}`, import.meta.url)), 'utf8'),
});
const files = [read('orders.yaml'), read('postgres.yaml'), read('jobs.yaml')];

function component(components: Component[], id: string): Component {
  const found = components.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('extractKubernetesFiles', () => {
  const { facts, diagnostics } = extractKubernetesFiles(files);

  it('makes a component per object in every document, with namespace `default` when none is given', () => {
    expect(facts.components.map((c) => `${c.id} @${c.source.file}:${c.source.line}`)).toEqual([
      'k8s:ConfigMap/default/after-the-broken-one @k8s/jobs.yaml:39',
      'k8s:ConfigMap/shop/orders-config @k8s/orders.yaml:90',
      'k8s:CronJob/default/nightly-report @k8s/jobs.yaml:1',
      'k8s:Deployment/shop/orders @k8s/orders.yaml:2',
      'k8s:HorizontalPodAutoscaler/shop/orders @k8s/orders.yaml:77',
      'k8s:Ingress/shop/shop @k8s/orders.yaml:59',
      'k8s:PersistentVolumeClaim/shop/pg-data @k8s/postgres.yaml:53',
      'k8s:PodDisruptionBudget/shop/postgres @k8s/postgres.yaml:64',
      'k8s:Secret/shop/postgres-credentials @k8s/postgres.yaml:45',
      'k8s:Service/default/stray @k8s/jobs.yaml:22',
      'k8s:Service/shop/orders @k8s/orders.yaml:47',
      'k8s:Service/shop/postgres @k8s/postgres.yaml:34',
      'k8s:StatefulSet/shop/postgres @k8s/postgres.yaml:2',
    ]);
  });

  it('reads workloads: image of the first container, replicas, ports, env names and envFrom refs', () => {
    expect(component(facts.components, 'k8s:Deployment/shop/orders')).toEqual({
      id: 'k8s:Deployment/shop/orders',
      platform: 'kubernetes',
      kind: 'Deployment',
      name: 'orders',
      namespace: 'shop',
      deployable: true,
      image: 'ghcr.io/acme/orders:2.3.0',
      replicas: 3,
      ports: [8080, 9090],
      env: ['MIGRATIONS_DIR', 'DATABASE_URL', 'DB_PASSWORD', 'configMapRef:orders-config'],
      labels: { app: 'orders', tier: 'backend' },
      selector: { app: 'orders' },
      // Only host, scheme and port of the URL: not the `orders:changeme` credentials.
      hosts: [{ variable: 'DATABASE_URL', host: 'postgres.shop.svc.cluster.local', scheme: 'postgres', port: 5432 }],
      // Three containers: each is listed, the init container first (it runs first).
      containers: [
        { name: 'migrate', image: 'ghcr.io/acme/orders-migrate:2.3.0', ports: [], init: true },
        { name: 'orders', image: 'ghcr.io/acme/orders:2.3.0', ports: [8080, 9090] },
        { name: 'proxy', image: 'envoyproxy/envoy:v1.30.1', ports: [] },
      ],
      source: { file: 'k8s/orders.yaml', line: 2 },
    });
    expect(component(facts.components, 'k8s:StatefulSet/shop/postgres')).toMatchObject({
      deployable: true,
      image: 'postgres:16',
      replicas: 1,
      ports: [5432],
      env: ['secretRef:postgres-credentials'],
    });
    expect(component(facts.components, 'k8s:CronJob/default/nightly-report')).toMatchObject({
      deployable: true,
      image: 'ghcr.io/acme/report:1.0.0',
      env: ['ORDERS_API'],
    });
    expect(component(facts.components, 'k8s:Service/shop/orders')).toMatchObject({ deployable: false, ports: [80] });
  });

  it('never keeps Secret data or env values', () => {
    const json = JSON.stringify(facts);
    expect(json).not.toContain('hunter2-k8s');
    expect(json).not.toContain('changeme');
  });

  it('links objects across files: selects, references and env edges', () => {
    expect(facts.edges).toEqual([
      // `http://orders.shop:80`: the Service `orders` in namespace `shop`, from another namespace.
      { from: 'k8s:CronJob/default/nightly-report', to: 'k8s:Service/shop/orders', kind: 'env', via: 'ORDERS_API' },
      // postgres.shop.svc.cluster.local, defined in the other file.
      { from: 'k8s:Deployment/shop/orders', to: 'k8s:Service/shop/postgres', kind: 'env', via: 'DATABASE_URL' },
      { from: 'k8s:Deployment/shop/orders', to: 'k8s:ConfigMap/shop/orders-config', kind: 'reference', via: 'envFrom' },
      { from: 'k8s:Deployment/shop/orders', to: 'k8s:Secret/shop/postgres-credentials', kind: 'reference', via: 'env' },
      {
        from: 'k8s:HorizontalPodAutoscaler/shop/orders',
        to: 'k8s:Deployment/shop/orders',
        kind: 'reference',
        via: 'scaleTargetRef',
      },
      {
        from: 'k8s:Ingress/shop/shop',
        to: 'k8s:Service/shop/orders',
        kind: 'reference',
        via: 'shop.example.com/orders',
      },
      { from: 'k8s:PodDisruptionBudget/shop/postgres', to: 'k8s:StatefulSet/shop/postgres', kind: 'selects' },
      // Same labels as the orders Deployment, but only pods in its own namespace are selected.
      { from: 'k8s:Service/default/stray', to: 'k8s:CronJob/default/nightly-report', kind: 'selects' },
      { from: 'k8s:Service/shop/orders', to: 'k8s:Deployment/shop/orders', kind: 'selects' },
      { from: 'k8s:Service/shop/postgres', to: 'k8s:StatefulSet/shop/postgres', kind: 'selects' },
      {
        from: 'k8s:StatefulSet/shop/postgres',
        to: 'k8s:PersistentVolumeClaim/shop/pg-data',
        kind: 'reference',
        via: 'volume',
      },
      {
        from: 'k8s:StatefulSet/shop/postgres',
        to: 'k8s:Secret/shop/postgres-credentials',
        kind: 'reference',
        via: 'envFrom',
      },
    ]);
  });

  it('reports a broken document with its line and still reads the documents after it', () => {
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        stage: 'infra',
        file: 'k8s/jobs.yaml',
        line: 37,
        column: 1,
        message: 'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
    ]);
    expect(facts.components.some((c) => c.name === 'broken')).toBe(false);
    expect(facts.components.some((c) => c.name === 'after-the-broken-one')).toBe(true);
  });

  it('gives the same output whatever order the files come in', () => {
    const reversed = extractKubernetesFiles([...files].reverse());
    expect(JSON.stringify(reversed)).toBe(JSON.stringify({ facts, diagnostics }));
  });
});

describe('extractKubernetes (one file)', () => {
  it('only links within the file', () => {
    const { facts } = extractKubernetes(read('orders.yaml').file, read('orders.yaml').text);
    expect(facts.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`)).toEqual([
      'k8s:Deployment/shop/orders -reference-> k8s:ConfigMap/shop/orders-config',
      'k8s:HorizontalPodAutoscaler/shop/orders -reference-> k8s:Deployment/shop/orders',
      'k8s:Ingress/shop/shop -reference-> k8s:Service/shop/orders',
      'k8s:Service/shop/orders -selects-> k8s:Deployment/shop/orders',
    ]);
  });

  it('reads `kind: List`, warns on duplicates, and notes objects without a name', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ServiceAccount',
      '    metadata: {name: api}',
      '  - apiVersion: v1',
      '    kind: ServiceAccount',
      '    metadata: {name: api}',
      '---',
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {generateName: migrate-}',
    ].join('\n');
    const { facts, diagnostics } = extractKubernetes('list.yaml', text);
    expect(facts.components.map((c) => [c.id, c.source.line])).toEqual([['k8s:ServiceAccount/default/api', 4]]);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        stage: 'infra',
        file: 'list.yaml',
        line: 7,
        message: 'k8s:ServiceAccount/default/api is also defined in list.yaml:4; the first definition is documented',
      },
      {
        severity: 'notice',
        stage: 'infra',
        file: 'list.yaml',
        line: 11,
        message: 'Job without metadata.name (generateName?) is not documented',
      },
    ]);
  });
});

describe('extractKubernetesFiles: how workloads run', () => {
  const runtime = (name: string) => ({
    file: `deploy/${name}`,
    text: readFileSync(fileURLToPath(new URL(`../fixtures/infra/k8s-runtime/${name}`, import.meta.url)), 'utf8'),
  });
  const { facts, diagnostics } = extractKubernetesFiles([runtime('payments.yaml'), runtime('ledger.yaml')]);

  it('reads the first container: probes, resources, command (secret flags masked) and env hosts', () => {
    expect(diagnostics).toEqual([]);
    const payments = component(facts.components, 'k8s:Deployment/pay/payments');
    expect(payments).toMatchObject({
      labels: { app: 'payments', tier: 'api' },
      selector: { app: 'payments' },
      // The sidecar's grpc readiness probe is not the workload's.
      probes: [
        { kind: 'liveness', type: 'http', path: '/healthz', port: 'http' },
        { kind: 'readiness', type: 'http', path: '/ready', port: 8080 },
        { kind: 'startup', type: 'tcp', port: 8080 },
      ],
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '512Mi' } },
      command: '/app/payments serve --port=8080 --db-password=…',
      hosts: [
        { variable: 'STRIPE_API', host: 'api.stripe.com', scheme: 'https' },
        { variable: 'REDIS_ADDR', host: 'redis-cache', port: 6379 },
        { variable: 'LEDGER_URL', host: 'ledger.pay.svc.cluster.local', scheme: 'http', port: 9000 },
      ],
    });
    expect(payments.probes).toHaveLength(3);
    const ledger = component(facts.components, 'k8s:StatefulSet/pay/ledger');
    expect(ledger.probes).toEqual([{ kind: 'liveness', type: 'exec', command: 'redis-cli -a … ping' }]);
    expect(ledger.resources).toEqual({ limits: { cpu: '1', memory: '1Gi' } });
    expect(ledger.hosts).toBeUndefined();
    expect(component(facts.components, 'k8s:CronJob/pay/ledger-close')).toMatchObject({
      labels: { app: 'ledger-close' },
      command: 'close-day',
    });
    const json = JSON.stringify(facts);
    expect(json).not.toContain('hunter2');
  });

  it('reads autoscaler bounds and metrics (v2 and v1), disruption budgets and ingress routes', () => {
    expect(component(facts.components, 'k8s:HorizontalPodAutoscaler/pay/payments').autoscaling).toEqual({
      min: 2,
      max: 12,
      metrics: ['cpu 70%', 'memory 400Mi', 'pods http_requests_per_second 100'],
    });
    expect(component(facts.components, 'k8s:HorizontalPodAutoscaler/pay/ledger').autoscaling).toEqual({
      max: 5,
      metrics: ['cpu 80%'],
    });
    expect(component(facts.components, 'k8s:PodDisruptionBudget/pay/payments')).toMatchObject({
      selector: { app: 'payments' },
      disruptionBudget: { minAvailable: '1' },
    });
    expect(component(facts.components, 'k8s:Ingress/pay/edge').routes).toEqual([
      { host: '*', path: '/', service: 'payments', port: 'http' },
      { host: 'pay.example.com', path: '/v1', service: 'payments', port: 80 },
    ]);
    expect(component(facts.components, 'k8s:Service/pay/ledger').selector).toEqual({ app: 'ledger' });
    expect(component(facts.components, 'k8s:ServiceAccount/pay/payments').labels).toBeUndefined();
  });

  it('links service accounts, network policies (expressions; empty = the whole namespace) and RBAC bindings', () => {
    const lines = facts.edges.map((e) => `${e.from} -${e.kind}${e.via ? ` ${e.via}` : ''}-> ${e.to}`);
    expect(lines.filter((l) => /ServiceAccount|NetworkPolicy|Role/.test(l))).toEqual([
      'k8s:ClusterRoleBinding/payments-node-reader -reference roleRef-> k8s:ClusterRole/node-reader',
      'k8s:ClusterRoleBinding/payments-node-reader -reference subject-> k8s:ServiceAccount/pay/payments',
      'k8s:Deployment/pay/payments -reference serviceAccountName-> k8s:ServiceAccount/pay/payments',
      'k8s:NetworkPolicy/pay/default-deny -selects-> k8s:CronJob/pay/ledger-close',
      'k8s:NetworkPolicy/pay/default-deny -selects-> k8s:Deployment/pay/payments',
      'k8s:NetworkPolicy/pay/default-deny -selects-> k8s:StatefulSet/pay/ledger',
      // `tier In (api)`: only the payments pods.
      'k8s:NetworkPolicy/pay/payments-ingress -selects-> k8s:Deployment/pay/payments',
      'k8s:RoleBinding/pay/payments-read-config -reference roleRef-> k8s:Role/pay/read-config',
      'k8s:RoleBinding/pay/payments-read-config -reference subject-> k8s:ServiceAccount/pay/payments',
    ]);
  });
});
