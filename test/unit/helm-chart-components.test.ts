// The shop chart through the whole extraction: the components and edges a reader should find,
// written by hand from the chart's templates and values — the default values, and values-prod.yaml
// released as `shop` into `shop-prod`.

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import type { FactModel } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';

const CHART = join(import.meta.dirname, '../fixtures/infra/helm/shop');

async function factsOf(config?: string): Promise<FactModel> {
  const repo = mkdtempSync(join(tmpdir(), 'ad-helm-shop-'));
  cpSync(CHART, join(repo, 'deploy/chart'), { recursive: true });
  if (config) {
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github/architect-docs.yml'), config);
  }
  return extractFacts(await loadConfig(repo, {}));
}

const lines = (facts: FactModel) => ({
  components: facts.infra.components.map((c) => `${c.id} ${c.image ?? '-'} ×${c.replicas ?? '-'}`),
  edges: facts.infra.edges.map((e) => `${e.from} -${e.kind}${e.via ? ` ${e.via}` : ''}-> ${e.to}`),
});

describe('the shop Helm chart as components and edges', () => {
  it('default values: the API, two workers from `range .Values.workers`, the redis subchart', async () => {
    const at = (id: string) => `${id}@deploy/chart`;
    const account = at('k8s:ServiceAccount/default/shop');
    expect(lines(await factsOf())).toEqual({
      components: [
        `${at('k8s:ConfigMap/default/shop-config')} - ×-`,
        `${at('k8s:Deployment/default/shop-emails-worker')} ghcr.io/example/shop-api:2.7.1 ×1`,
        `${at('k8s:Deployment/default/shop-orders-worker')} ghcr.io/example/shop-api:2.7.1 ×1`,
        `${at('k8s:Deployment/default/shop-redis')} redis:7.2-alpine ×1`,
        `${at('k8s:Deployment/default/shop')} ghcr.io/example/shop-api:2.7.1 ×2`,
        `${at('k8s:Service/default/shop-redis')} - ×-`,
        `${at('k8s:Service/default/shop')} - ×-`,
        `${at('k8s:ServiceAccount/default/shop')} - ×-`,
      ],
      edges: [
        `${at('k8s:Deployment/default/shop-emails-worker')} -reference serviceAccountName-> ${account}`,
        `${at('k8s:Deployment/default/shop-orders-worker')} -reference serviceAccountName-> ${account}`,
        `${at('k8s:Deployment/default/shop')} -env REDIS_HOST-> ${at('k8s:Service/default/shop-redis')}`,
        `${at('k8s:Deployment/default/shop')} -reference envFrom-> ${at('k8s:ConfigMap/default/shop-config')}`,
        `${at('k8s:Deployment/default/shop')} -reference serviceAccountName-> ${account}`,
        `${at('k8s:Service/default/shop-redis')} -selects-> ${at('k8s:Deployment/default/shop-redis')}`,
        `${at('k8s:Service/default/shop')} -selects-> ${at('k8s:Deployment/default/shop')}`,
      ],
    });
  });

  it('values-prod.yaml: ingress and autoscaler on, the emails worker removed by `null`, redis off', async () => {
    const facts = await factsOf(
      'sources:\n  helm:\n    - chart: deploy/chart\n      values: [deploy/chart/values-prod.yaml]\n' +
        '      release: shop\n      namespace: shop-prod\n',
    );
    const at = (id: string) => `${id}@deploy/chart`;
    const account = at('k8s:ServiceAccount/shop-prod/shop');
    const api = at('k8s:Deployment/shop-prod/shop');
    expect(lines(facts)).toEqual({
      components: [
        `${at('k8s:ConfigMap/shop-prod/shop-config')} - ×-`,
        `${at('k8s:Deployment/shop-prod/shop-orders-worker')} ghcr.io/example/shop-api:2.7.1-prod ×3`,
        // With autoscaling on, the template leaves `replicas` to the HPA.
        `${at('k8s:Deployment/shop-prod/shop')} ghcr.io/example/shop-api:2.7.1-prod ×-`,
        `${at('k8s:HorizontalPodAutoscaler/shop-prod/shop')} - ×-`,
        `${at('k8s:Ingress/shop-prod/shop')} - ×-`,
        `${at('k8s:Service/shop-prod/shop')} - ×-`,
        `${at('k8s:ServiceAccount/shop-prod/shop')} - ×-`,
      ],
      edges: [
        `${at('k8s:Deployment/shop-prod/shop-orders-worker')} -reference serviceAccountName-> ${account}`,
        `${api} -reference envFrom-> ${at('k8s:ConfigMap/shop-prod/shop-config')}`,
        `${api} -reference serviceAccountName-> ${account}`,
        `${at('k8s:HorizontalPodAutoscaler/shop-prod/shop')} -reference scaleTargetRef-> ${api}`,
        `${at('k8s:Ingress/shop-prod/shop')} -reference shop.example.com/-> ${at('k8s:Service/shop-prod/shop')}`,
        `${at('k8s:Ingress/shop-prod/shop')} -reference shop.example.com/api-> ${at('k8s:Service/shop-prod/shop')}`,
        `${at('k8s:Service/shop-prod/shop')} -selects-> ${api}`,
      ],
    });
    expect(facts.diagnostics.map((d) => d.message)).toContain(
      'subchart redis is disabled by its condition redis.enabled; not rendered',
    );
  });
});

describe('Helm hooks', () => {
  it('test hooks are left out with a notice; a pre-install migration job is part of the release', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ad-helm-hooks-'));
    cpSync(CHART, join(repo, 'deploy/chart'), { recursive: true });
    const pod = (name: string, hook: string) =>
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: "{{ include "shop.fullname" . }}-${name}"`,
        '  annotations:',
        `    "helm.sh/hook": ${hook}`,
        'spec:',
        '  restartPolicy: Never',
        '  containers:',
        '    - name: curl',
        '      image: curlimages/curl:8.8.0',
        `      args: ["{{ include "shop.fullname" . }}:80"]`,
        '',
      ].join('\n');
    mkdirSync(join(repo, 'deploy/chart/templates/tests'));
    writeFileSync(join(repo, 'deploy/chart/templates/tests/connection.yaml'), pod('test-connection', 'test'));
    // Helm 2's name, several hooks in one annotation.
    writeFileSync(join(repo, 'deploy/chart/templates/tests/grpc.yaml'), pod('test-grpc', 'test-success, post-upgrade'));
    writeFileSync(
      join(repo, 'deploy/chart/templates/migrate.yaml'),
      [
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata:',
        '  name: "{{ include "shop.fullname" . }}-migrate"',
        '  annotations:',
        '    "helm.sh/hook": pre-install,pre-upgrade',
        'spec:',
        '  template:',
        '    spec:',
        '      restartPolicy: Never',
        '      containers:',
        '        - name: migrate',
        '          image: ghcr.io/example/shop-api:2.7.1',
        '',
      ].join('\n'),
    );
    const facts = await extractFacts(await loadConfig(repo, {}));
    const ids = facts.infra.components.map((c) => c.id);
    expect(ids).toContain('k8s:Job/default/shop-migrate@deploy/chart');
    expect(ids.filter((id) => id.includes('test-'))).toEqual([]);
    expect(ids).toHaveLength(9);
    expect(facts.diagnostics).toContainEqual({
      severity: 'notice',
      stage: 'infra',
      file: 'deploy/chart/templates/tests/connection.yaml',
      line: 2,
      message:
        '2 Helm test hooks (helm.sh/hook: test) in deploy/chart/templates/tests/connection.yaml, ' +
        'deploy/chart/templates/tests/grpc.yaml left out: `helm test` runs them, a release does not',
    });
  });
});
