// One system deployed three ways: a Compose file for local development, a Helm chart, and a
// Kustomize base with a staging and a prod overlay. The logical model must hold one component per
// service whatever the platforms, and each environment's objects must only link to their own.
// The expectations are written by hand from the fixture's files.

import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { infraEnvironments } from '../../src/docs/sections/environment-sections.js';
import { stringify } from '../../src/docs/markdown.js';
import type { FactModel } from '../../src/facts/model.js';
import { extractFacts } from '../../src/pipeline.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/infra/same-system');

async function factsOf(renderTools: 'auto' | 'built-in'): Promise<FactModel> {
  const repo = mkdtempSync(join(tmpdir(), 'ad-same-system-'));
  cpSync(FIXTURE, repo, { recursive: true });
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github/architect-docs.yml'), `sources:\n  render-tools: ${renderTools}\n`);
  return extractFacts(await loadConfig(repo, {}));
}

const PROD = 'deploy/kustomize/overlays/prod';
const STAGING = 'deploy/kustomize/overlays/staging';
const CHART = 'deploy/chart';

describe.each(['built-in', 'auto'] as const)('one system on three platforms (render-tools: %s)', (tools) => {
  it('reads every environment: the chart as rendered, each overlay as built', async () => {
    const facts = await factsOf(tools);
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    const workloads = facts.infra.components
      .filter((c) => c.deployable)
      .map((c) => [c.id, c.image, c.replicas ?? null, `${c.source.file}:${c.source.line}`]);
    expect(workloads).toEqual([
      ['compose:service/orders', 'ghcr.io/acme/orders:dev', null, 'compose.yaml:3'],
      ['compose:service/payments', 'ghcr.io/acme/payments:dev', null, 'compose.yaml:13'],
      ['compose:service/postgres', 'postgres:16', null, 'compose.yaml:18'],
      // The chart's range gives one Deployment per service; the tag defaults to appVersion.
      [`k8s:Deployment/default/orders@${CHART}`, 'ghcr.io/acme/orders:1.4.0', 2, `${CHART}/templates/services.yaml:4`],
      [
        `k8s:Deployment/default/payments@${CHART}`,
        'ghcr.io/acme/payments:1.4.0',
        1,
        `${CHART}/templates/services.yaml:4`,
      ],
      // Overlays: prefix, namespace, the orders image bumped in both, replicas 4 in prod only; the
      // line is where the base wrote the object.
      [
        `k8s:Deployment/shop-prod/prod-orders@${PROD}`,
        'ghcr.io/acme/orders:1.4.1',
        4,
        'deploy/kustomize/base/orders.yaml:1',
      ],
      [
        `k8s:Deployment/shop-prod/prod-payments@${PROD}`,
        'ghcr.io/acme/payments:1.4.0',
        1,
        'deploy/kustomize/base/payments.yaml:1',
      ],
      [
        `k8s:Deployment/shop-staging/staging-orders@${STAGING}`,
        'ghcr.io/acme/orders:1.4.1',
        1,
        'deploy/kustomize/base/orders.yaml:1',
      ],
      [
        `k8s:Deployment/shop-staging/staging-payments@${STAGING}`,
        'ghcr.io/acme/payments:1.4.0',
        1,
        'deploy/kustomize/base/payments.yaml:1',
      ],
    ]);
    // The base is built only through its overlays: no object of its own.
    expect(facts.infra.components.filter((c) => !c.environment && c.platform === 'kubernetes')).toEqual([]);
    // A Service selects the pods of its own environment only.
    const selects = facts.infra.edges.filter((e) => e.kind === 'selects').map((e) => `${e.from} → ${e.to}`);
    expect(selects).toEqual([
      `k8s:Service/default/orders@${CHART} → k8s:Deployment/default/orders@${CHART}`,
      `k8s:Service/default/payments@${CHART} → k8s:Deployment/default/payments@${CHART}`,
      `k8s:Service/shop-prod/prod-orders@${PROD} → k8s:Deployment/shop-prod/prod-orders@${PROD}`,
      `k8s:Service/shop-prod/prod-payments@${PROD} → k8s:Deployment/shop-prod/prod-payments@${PROD}`,
      `k8s:Service/shop-staging/staging-orders@${STAGING} → k8s:Deployment/shop-staging/staging-orders@${STAGING}`,
      `k8s:Service/shop-staging/staging-payments@${STAGING} → k8s:Deployment/shop-staging/staging-payments@${STAGING}`,
    ]);
  });

  it('models one component per logical service across the chart, the overlays and Compose', async () => {
    const { system } = await factsOf(tools);
    expect(system.components.map((c) => [c.id, c.role, [...c.runsAs].sort()])).toEqual([
      [
        'system:orders',
        'service',
        [
          'compose:service/orders',
          `k8s:Deployment/default/orders@${CHART}`,
          `k8s:Deployment/shop-prod/prod-orders@${PROD}`,
          `k8s:Deployment/shop-staging/staging-orders@${STAGING}`,
        ],
      ],
      [
        'system:payments',
        'service',
        [
          'compose:service/payments',
          `k8s:Deployment/default/payments@${CHART}`,
          `k8s:Deployment/shop-prod/prod-payments@${PROD}`,
          `k8s:Deployment/shop-staging/staging-payments@${STAGING}`,
        ],
      ],
      ['system:postgres', 'datastore', ['compose:service/postgres']],
    ]);
    expect(system.edges.map((e) => `${e.from} → ${e.to} (${e.via})`)).toEqual([
      'system:orders → system:payments (env PAYMENTS_URL)',
      'system:orders → system:postgres (depends_on, env DATABASE_URL)',
      'system:payments → system:postgres (env DATABASE_URL)',
    ]);
  });

  it('shows which tag runs where, at what scale, in one table', async () => {
    const facts = await factsOf(tools);
    const md = stringify(
      infraEnvironments({
        facts,
        docFile: 'docs/architecture/infrastructure.md',
        docsDir: 'docs/architecture',
        services: [],
      }),
    );
    const rows = md
      .trim()
      .split('\n')
      .map((row) => row.split(' | '));
    // Two services in four environments: a row per environment keeps the table narrow.
    expect(rows).toEqual([
      ['| Environment', '`orders`', '`payments` |'],
      ['| -', '-', '- |'],
      ['| Compose `compose.yaml`', 'orders · tag dev', 'payments · tag dev |'],
      ['| Kubernetes `deploy/chart`', 'default/orders · tag 1.4.0 · ×2', 'default/payments · tag 1.4.0 · ×1 |'],
      [
        '| Kubernetes `deploy/kustomize/overlays/prod`',
        'shop-prod/prod-orders · tag 1.4.1 · ×4',
        'shop-prod/prod-payments · tag 1.4.0 · ×1 |',
      ],
      [
        '| Kubernetes `deploy/kustomize/overlays/staging`',
        'shop-staging/staging-orders · tag 1.4.1 · ×1',
        'shop-staging/staging-payments · tag 1.4.0 · ×1 |',
      ],
    ]);
  });
});
