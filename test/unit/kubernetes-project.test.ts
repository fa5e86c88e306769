// The Kubernetes kind over a whole repository: which files are deployed as they are, which only
// through the chart or overlay that consumes them, and what is reported instead of read.

import { mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ad-k8s-project-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const deployment = (name: string, replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: ${replicas}\n` +
  `  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n` +
  `    spec:\n      containers:\n        - name: ${name}\n          image: ghcr.io/acme/${name}:1\n`;

describe('the Kubernetes kind over a repository', () => {
  it('builds the overlay; the patch it applies and the base it builds on are not objects of their own', async () => {
    const root = repo({
      'k8s/base/kustomization.yaml': 'resources: [api.yaml]\n',
      'k8s/base/api.yaml': deployment('api', 1),
      'k8s/prod/kustomization.yaml': 'resources: [../base]\nnamespace: prod\npatches:\n  - path: replicas.yaml\n',
      // A strategic-merge patch looks like a Deployment; it is not one.
      'k8s/prod/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 5\n',
      'cluster/namespaces.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: prod\n',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.infra.components.map((c) => [c.id, c.replicas ?? null, c.source.file])).toEqual([
      ['k8s:Deployment/prod/api@k8s/prod', 5, 'k8s/base/api.yaml'],
      // Cluster-scoped: no namespace in the id, none on the component.
      ['k8s:Namespace/prod', null, 'cluster/namespaces.yaml'],
    ]);
    expect(facts.infra.components[1]!.namespace).toBeUndefined();
    expect(facts.infra.components[0]).toMatchObject({ namespace: 'prod', environment: 'k8s/prod' });
    // Every file the build read is an input: a change to the patch re-extracts.
    expect(facts.inputs.map((i) => i.file)).toEqual(
      expect.arrayContaining(['k8s/base/api.yaml', 'k8s/prod/kustomization.yaml', 'k8s/prod/replicas.yaml']),
    );
  });

  it('reports a Go template outside any chart, and reads a manifest whose text only quotes {{ }}', async () => {
    const root = repo({
      'tools/render/deploy.yaml': `{{- if .Values.enabled }}\n${deployment('{{ .Values.name }}', 1)}{{- end }}\n`,
      'monitoring/rules.yaml':
        'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nmetadata:\n  name: api-alerts\n' +
        'spec:\n  groups:\n    - name: api\n      rules:\n        - alert: Down\n          expr: up == 0\n' +
        '          annotations:\n            summary: "{{ $labels.instance }} is down"\n',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.infra.components.map((c) => c.id)).toEqual(['k8s:PrometheusRule/default/api-alerts']);
    expect(facts.diagnostics.map((d) => [d.severity, d.file, d.message])).toEqual([
      [
        'notice',
        'tools/render/deploy.yaml',
        'Go template ({{ }}) outside any Helm chart (no Chart.yaml above it); not read',
      ],
    ]);
  });

  it('reports a 100 MB manifest instead of parsing it, in bounded time, and reads the others', async () => {
    const root = repo({ 'k8s/api.yaml': deployment('api', 2) });
    const fd = openSync(join(root, 'k8s/huge.yaml'), 'w');
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\ndata:\n');
    const line = `  key: ${'x'.repeat(1016)}\n`; // 1 KiB a line: 100 MiB in all
    const chunk = line.repeat(1024);
    for (let i = 0; i < 100; i++) writeSync(fd, chunk);
    closeSync(fd);
    const started = Date.now();
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(facts.infra.components.map((c) => c.id)).toEqual(['k8s:Deployment/default/api']);
    expect(facts.diagnostics.map((d) => [d.severity, d.file, d.message])).toEqual([
      ['warning', 'k8s/huge.yaml', '100 MB manifest, over the 16 MB read; not read'],
    ]);
  }, 120_000);
});
