// The shop fixture's two overlays, built with the built-in Kustomize build and checked against
// what a reader of its files expects (written here by hand from the files, not from a tool's
// output). The comparison with the real `kubectl kustomize` is kustomize-kubectl-parity.test.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findOnPath } from '../../src/sources/common/external-tool.js';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { buildKustomization, findOverlayRoots } from '../../src/sources/kubernetes/kustomize/build-kustomization.js';
import type { BuiltManifests } from '../../src/sources/kubernetes/manifest-set.js';

const SHOP = fileURLToPath(new URL('../fixtures/infra/kustomize/shop', import.meta.url));
const PLATFORM = fileURLToPath(new URL('../fixtures/infra/kustomize/platform', import.meta.url));
const kubectlOnPath = findOnPath('kubectl') !== undefined;

type Any = any;

async function build(dir: string, useTool = false, root = SHOP): Promise<BuiltManifests> {
  return buildKustomization(dir, { repoRoot: root, reader: repoReader(root, () => undefined), useTool });
}

function object(built: BuiltManifests, kind: string, name: string): Any {
  const found = built.set.documents.find(
    (d) => (d.value as Any).kind === kind && (d.value as Any).metadata.name === name,
  );
  if (!found) throw new Error(`no ${kind}/${name}`);
  return found.value;
}

const ids = (built: BuiltManifests) =>
  built.set.documents
    .map((d) => {
      const v = d.value as Any;
      return `${v.kind}/${v.metadata.namespace}/${v.metadata.name} @${d.source.file}:${d.source.line}`;
    })
    .sort();

const container = (workload: Any, name: string) =>
  [...workload.spec.template.spec.containers, ...(workload.spec.template.spec.initContainers ?? [])].find(
    (c: Any) => c.name === name,
  );

describe('overlays/prod', async () => {
  const built = await build('overlays/prod');

  it('is the prod environment, with no diagnostics', () => {
    expect(built.set.environment).toEqual({ id: 'overlays/prod', name: 'prod', via: 'kustomize' });
    expect(built.diagnostics).toEqual([]);
  });

  it('has every object prefixed, in shop-prod, each sourced at the document that wrote it', () => {
    expect(ids(built)).toEqual([
      'ConfigMap/shop-prod/prod-orders-features @overlays/prod/kustomization.yaml:23',
      'ConfigMap/shop-prod/prod-shop-settings @base/configmap.yaml:1',
      'Deployment/shop-prod/prod-catalog @base/catalog.yaml:1',
      'Deployment/shop-prod/prod-orders @base/orders.yaml:2',
      'HorizontalPodAutoscaler/shop-prod/prod-orders @base/orders.yaml:62',
      'Ingress/shop-prod/prod-shop @base/ingress.yaml:1',
      'Secret/shop-prod/prod-orders-db @overlays/prod/kustomization.yaml:30',
      'Service/shop-prod/prod-catalog @base/catalog.yaml:31',
      'Service/shop-prod/prod-orders @base/orders.yaml:50',
      'ServiceAccount/shop-prod/prod-shop @base/serviceaccount.yaml:1',
    ]);
  });

  it('orders: image renamed and retagged (main and init container), 3 replicas, the patched resources', () => {
    const orders = object(built, 'Deployment', 'prod-orders');
    expect(orders.spec.replicas).toBe(3);
    expect(container(orders, 'orders').image).toBe('registry.example.com/shop/orders:1.0.3');
    expect(container(orders, 'migrate').image).toBe('registry.example.com/shop/orders:1.0.3');
    expect(container(orders, 'orders').resources).toEqual({
      requests: { cpu: '500m', memory: '512Mi' },
      limits: { memory: '1Gi' },
    });
    // The component's sidecar is there; the overlay's patch named only `orders`, so it comes first.
    expect(orders.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['orders', 'metrics']);
  });

  it('orders: selector and pod labels carry commonLabels; base `labels` reach templates, not selectors', () => {
    const orders = object(built, 'Deployment', 'prod-orders');
    expect(orders.metadata.labels).toEqual({ app: 'orders', 'app.kubernetes.io/part-of': 'shop', environment: 'prod' });
    expect(orders.spec.selector.matchLabels).toEqual({ app: 'orders', environment: 'prod' });
    expect(orders.spec.template.metadata.labels).toEqual({
      app: 'orders',
      'app.kubernetes.io/part-of': 'shop',
      environment: 'prod',
    });
    expect(orders.spec.template.metadata.annotations).toEqual({
      'monitoring.example.com/team': 'platform',
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9102',
    });
    expect(object(built, 'Service', 'prod-orders').spec.selector).toEqual({ app: 'orders', environment: 'prod' });
  });

  it('orders: every reference follows the renamed ConfigMaps, Secret and ServiceAccount', () => {
    const orders = object(built, 'Deployment', 'prod-orders');
    const pod = orders.spec.template.spec;
    expect(pod.serviceAccountName).toBe('prod-shop');
    expect(pod.volumes).toEqual([{ name: 'settings', configMap: { name: 'prod-shop-settings' } }]);
    expect(container(orders, 'orders').envFrom).toEqual([{ configMapRef: { name: 'prod-orders-features' } }]);
    expect(container(orders, 'orders').env).toEqual([
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'prod-orders-db', key: 'password' } } },
      { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name: 'prod-shop-settings', key: 'LOG_LEVEL' } } },
    ]);
    expect(container(orders, 'migrate').envFrom).toEqual([{ configMapRef: { name: 'prod-shop-settings' } }]);
  });

  it('catalog: pinned by digest, 2 replicas, sidecar first (the component patch named it alone)', () => {
    const catalog = object(built, 'Deployment', 'prod-catalog');
    expect(catalog.spec.replicas).toBe(2);
    expect(container(catalog, 'catalog').image).toBe(
      'ghcr.io/example/catalog@sha256:3f1e0c5b8a2d4e6f7a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f',
    );
    expect(catalog.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['metrics', 'catalog']);
    expect(container(catalog, 'catalog').envFrom).toEqual([{ configMapRef: { name: 'prod-shop-settings' } }]);
  });

  it('HPA targets the renamed Deployment, with the JSON 6902 patch applied', () => {
    const hpa = object(built, 'HorizontalPodAutoscaler', 'prod-orders');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'prod-orders' });
    expect([hpa.spec.minReplicas, hpa.spec.maxReplicas]).toEqual([3, 20]);
  });

  it('Ingress backends name the renamed Services', () => {
    const paths = object(built, 'Ingress', 'prod-shop').spec.rules[0].http.paths;
    expect(paths.map((p: Any) => `${p.path} → ${p.backend.service.name}:${p.backend.service.port.number}`)).toEqual([
      '/orders → prod-orders:80',
      '/catalog → prod-catalog:8080',
    ]);
  });

  it('generated ConfigMap and Secret keep key names only; no secret value is anywhere', () => {
    expect(object(built, 'ConfigMap', 'prod-orders-features').data).toEqual({
      CHECKOUT_V2: '',
      FRAUD_CHECK: '',
      RECOMMENDATIONS: '',
      SEARCH_BACKEND: '',
    });
    const secret = object(built, 'Secret', 'prod-orders-db');
    expect(secret).toMatchObject({ type: 'Opaque', data: { username: '', password: '' } });
    const text = JSON.stringify(built);
    expect(text).not.toContain('fake-prod-password-for-tests');
    expect(text).not.toContain(Buffer.from('fake-prod-password-for-tests').toString('base64'));
  });

  it('consumed: every file the build read', () => {
    expect(built.consumed).toEqual([
      'base/catalog.yaml',
      'base/configmap.yaml',
      'base/ingress.yaml',
      'base/kustomization.yaml',
      'base/orders.yaml',
      'base/serviceaccount.yaml',
      'components/monitoring/kustomization.yaml',
      'components/monitoring/metrics-sidecar.yaml',
      'overlays/prod/features.env',
      'overlays/prod/hpa-max.yaml',
      'overlays/prod/kustomization.yaml',
      'overlays/prod/resources.yaml',
    ]);
  });
});

describe('overlays/staging', async () => {
  const built = await build('overlays/staging');

  it('is the staging environment, no component, namespace shop-staging', () => {
    expect(built.set.environment).toEqual({ id: 'overlays/staging', name: 'staging', via: 'kustomize' });
    expect(built.diagnostics).toEqual([]);
    expect(ids(built)).toEqual([
      'ConfigMap/shop-staging/staging-shop-settings @base/configmap.yaml:1',
      'Deployment/shop-staging/staging-catalog @base/catalog.yaml:1',
      'Deployment/shop-staging/staging-orders @base/orders.yaml:2',
      'HorizontalPodAutoscaler/shop-staging/staging-orders @base/orders.yaml:62',
      'Ingress/shop-staging/staging-shop @base/ingress.yaml:1',
      'Secret/shop-staging/staging-orders-db @overlays/staging/kustomization.yaml:18',
      'Service/shop-staging/staging-catalog @base/catalog.yaml:31',
      'Service/shop-staging/staging-orders @base/orders.yaml:50',
      'ServiceAccount/shop-staging/staging-shop @base/serviceaccount.yaml:1',
    ]);
  });

  it('orders: release-candidate tag, one replica, the Secret added by the patch, no sidecar', () => {
    const orders = object(built, 'Deployment', 'staging-orders');
    expect(orders.spec.replicas).toBe(1);
    expect(container(orders, 'orders').image).toBe('ghcr.io/example/orders:1.1.0-rc.1');
    expect(container(orders, 'migrate').image).toBe('ghcr.io/example/orders:1.1.0-rc.1');
    expect(container(orders, 'orders').envFrom).toEqual([{ secretRef: { name: 'staging-orders-db' } }]);
    expect(orders.spec.template.spec.containers.map((c: Any) => c.name)).toEqual(['orders']);
    expect(orders.spec.selector.matchLabels).toEqual({ app: 'orders', environment: 'staging' });
    expect(orders.metadata.annotations).toBeUndefined();
  });

  it('catalog keeps its base image; the merged ConfigMap keeps the base name (merge adds no hash)', () => {
    const catalog = object(built, 'Deployment', 'staging-catalog');
    expect(container(catalog, 'catalog').image).toBe('ghcr.io/example/catalog:2.3.1');
    expect(container(catalog, 'catalog').envFrom).toEqual([{ configMapRef: { name: 'staging-shop-settings' } }]);
    // LOG_LEVEL's value comes from the generator, so it is not kept; CATALOG_URL is the base file's.
    expect(object(built, 'ConfigMap', 'staging-shop-settings').data).toEqual({
      LOG_LEVEL: '',
      CATALOG_URL: 'http://catalog:8080',
    });
  });

  it('Ingress backends name the staging Services', () => {
    const paths = object(built, 'Ingress', 'staging-shop').spec.rules[0].http.paths;
    expect(paths.map((p: Any) => p.backend.service.name)).toEqual(['staging-orders', 'staging-catalog']);
  });
});

describe('with kubectl on PATH', () => {
  it.skipIf(!kubectlOnPath)(
    'uses kubectl kustomize, keeping the built-in source lines and no secret value',
    async () => {
      const builtIn = await build('overlays/prod');
      const tool = await build('overlays/prod', true);
      expect(tool.diagnostics).toEqual([]);
      const features = tool.set.documents.find((d) =>
        (d.value as Any).metadata.name.startsWith('prod-orders-features'),
      )!;
      // kubectl's own content hash: proof its output is the one used.
      expect((features.value as Any).metadata.name).toMatch(/^prod-orders-features-[a-z0-9]{10}$/);
      expect(features.source).toEqual({ file: 'overlays/prod/kustomization.yaml', line: 23 });
      const orders = tool.set.documents.find(
        (d) => (d.value as Any).kind === 'Deployment' && (d.value as Any).metadata.name === 'prod-orders',
      )!;
      expect(orders.source).toEqual({ file: 'base/orders.yaml', line: 2 });
      expect(container(orders.value, 'orders').envFrom).toEqual([
        { configMapRef: { name: (features.value as Any).metadata.name } },
      ]);
      const unhashed = (name: string) => name.replace(/-[a-z0-9]{10}$/, '');
      const sources = (b: BuiltManifests) =>
        b.set.documents
          .map((d) => `${(d.value as Any).kind}/${unhashed((d.value as Any).metadata.name)} @${d.source.line}`)
          .sort();
      expect(sources(tool)).toEqual(sources(builtIn));
      const secret = tool.set.documents.find((d) => (d.value as Any).kind === 'Secret')!.value as Any;
      expect(secret.data).toEqual({ password: '', username: '' });
      expect(JSON.stringify(tool)).not.toContain(Buffer.from('fake-prod-password-for-tests').toString('base64'));
      expect(tool.consumed).toEqual(builtIn.consumed);
    },
  );

  it.skipIf(!kubectlOnPath)('falls back to the built-in build with a notice when kubectl fails', async () => {
    const broken = fileURLToPath(new URL('../fixtures/infra/kustomize/broken', import.meta.url));
    const built = await build('helm-chart', true, broken);
    expect(built.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual([
      'notice helm-chart/kustomization.yaml:4',
      'notice helm-chart/kustomization.yaml:1',
    ]);
    expect(built.diagnostics[0]!.message).toBe('helmCharts is not applied by the built-in Kustomize build');
    expect(built.diagnostics[1]!.message).toMatch(/^kubectl kustomize failed \(.*HelmChartInflationGenerator/);
    expect(built.diagnostics[1]!.message).toMatch(/used the built-in build$/);
    expect(built.set.documents.map((d) => (d.value as Any).metadata.name)).toEqual(['api']);
  });
});

describe('findOverlayRoots', () => {
  it('shop: the two overlays; the base and the component are not environments', () => {
    const reader = repoReader(SHOP, () => undefined);
    expect(findOverlayRoots(['base', 'components/monitoring', 'overlays/prod', 'overlays/staging'], reader)).toEqual([
      'overlays/prod',
      'overlays/staging',
    ]);
  });

  it('platform: overlays using bases (legacy field) and components', () => {
    const reader = repoReader(PLATFORM, () => undefined);
    const dirs = [
      'deploy/common',
      'deploy/legacy',
      'deploy/selectors',
      'deploy/generated',
      'deploy/components/tracing',
      'deploy/components/debug-tools',
    ];
    expect(findOverlayRoots(dirs, reader)).toEqual(['deploy/generated', 'deploy/legacy', 'deploy/selectors']);
  });
});
