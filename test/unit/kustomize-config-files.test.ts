// Files named by a kustomization's `transformers:` (or `generators:`, `validators:` …) configure
// the build; they are never deployed. podinfo's overlays each name a `labels.yaml` of
// `apiVersion: builtin`, `kind: LabelTransformer`: read as manifests they were one object defined
// three times, two warnings in "What could not be read".

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';

const labels = (env: string) =>
  ['apiVersion: builtin', 'kind: LabelTransformer', 'metadata:', '  name: labels', 'labels:', `  env: ${env}`].join(
    '\n',
  );

function repoWithOverlays(renderTools: 'built-in' | 'auto'): string {
  const repo = mkdtempSync(join(tmpdir(), 'ad-kustomize-config-'));
  const files: Record<string, string> = {
    '.github/architect-docs.yml': `sources:\n  render-tools: ${renderTools}\n`,
    'deploy/base/kustomization.yaml': 'resources:\n  - web.yaml\n',
    'deploy/base/web.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: web }',
      'spec:',
      '  selector: { matchLabels: { app: web } }',
      '  template:',
      '    metadata: { labels: { app: web } }',
      '    spec: { containers: [{ name: web, image: "web:1" }] }',
    ].join('\n'),
  };
  for (const env of ['dev', 'staging', 'production']) {
    files[`deploy/overlays/${env}/kustomization.yaml`] =
      `namespace: ${env}\nresources:\n  - ../../base\ntransformers:\n  - labels.yaml\n`;
    files[`deploy/overlays/${env}/labels.yaml`] = labels(env);
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
  return repo;
}

describe("a kustomization's transformer files", () => {
  for (const renderTools of ['built-in', 'auto'] as const) {
    it(`are not manifests of their own (render-tools ${renderTools})`, async () => {
      const facts = await extractFacts(await loadConfig(repoWithOverlays(renderTools), {}));
      const kinds = new Set(facts.infra.components.map((c) => c.id.replace(/^k8s:([^/]+)\/.*$/, '$1')));
      expect(kinds.has('LabelTransformer')).toBe(false);
      expect(facts.infra.components.map((c) => c.id)).toEqual(
        expect.arrayContaining(
          ['dev', 'staging', 'production'].map((e) => `k8s:Deployment/${e}/web@deploy/overlays/${e}`),
        ),
      );
      expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    });
  }
});
