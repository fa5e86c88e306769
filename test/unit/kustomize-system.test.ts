// The Kustomize shop fixture (a base, a monitoring component, a staging and a prod overlay) through
// the whole extraction and the system model: each overlay is an environment of the same services,
// and the model has one component per service. Written by hand from the fixture's files.

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';

async function factsOf() {
  const repo = mkdtempSync(join(tmpdir(), 'ad-kustomize-shop-'));
  cpSync(join(import.meta.dirname, '../fixtures/infra/kustomize/shop'), join(repo, 'deploy'), { recursive: true });
  mkdirSync(join(repo, '.github'));
  // Built in: generated names carry no hash suffix, so the ids are the same on every machine.
  writeFileSync(join(repo, '.github/architect-docs.yml'), 'sources:\n  render-tools: built-in\n');
  return extractFacts(await loadConfig(repo, {}));
}

describe('the Kustomize shop as environments of one system', () => {
  it('each overlay builds every object of the base, renamed, placed and patched', async () => {
    const facts = await factsOf();
    const prod = (id: string) => `k8s:${id}@deploy/overlays/prod`;
    const staging = (id: string) => `k8s:${id}@deploy/overlays/staging`;
    const ids = facts.infra.components.map((c) => c.id);
    expect(ids).toHaveLength(19);
    for (const [env, at] of [
      ['prod', prod],
      ['staging', staging],
    ] as const) {
      const ns = `shop-${env}`;
      for (const object of [`Deployment/${ns}/${env}-orders`, `Deployment/${ns}/${env}-catalog`]) {
        expect(ids).toContain(at(object));
      }
      expect(ids).toContain(at(`Service/${ns}/${env}-orders`));
      expect(ids).toContain(at(`Ingress/${ns}/${env}-shop`));
    }
    // Generators: the prod ConfigMap from features.env and a Secret per overlay, by name only.
    expect(ids).toContain(prod('ConfigMap/shop-prod/prod-orders-features'));
    expect(ids).toContain(prod('Secret/shop-prod/prod-orders-db'));
    const orders = facts.infra.components.find((c) => c.id === prod('Deployment/shop-prod/prod-orders'))!;
    expect(orders).toMatchObject({ image: 'registry.example.com/shop/orders:1.0.3', replicas: 3 });
    expect(orders.source).toEqual({ file: 'deploy/base/orders.yaml', line: 2 });
    // Routes and selectors stay inside their overlay.
    expect(facts.infra.edges).toContainEqual({
      from: prod('Ingress/shop-prod/prod-shop'),
      to: prod('Service/shop-prod/prod-orders'),
      kind: 'reference',
      via: 'shop.example.com/orders',
    });
    expect(facts.infra.edges.filter((e) => e.from.endsWith('/prod') !== e.to.endsWith('/prod'))).toEqual([]);
  });

  it('one component per service and one gateway, each deployed by both overlays', async () => {
    const { system } = await factsOf();
    expect(system.components.map((c) => [c.id, c.role, c.runsAs.length])).toEqual([
      ['system:catalog', 'service', 2],
      ['system:orders', 'service', 2],
      ['system:shop', 'gateway', 2],
    ]);
    expect(system.edges.map((e) => `${e.from} → ${e.to} (${e.via})`)).toEqual([
      'system:shop → system:catalog (route shop.example.com/catalog)',
      'system:shop → system:orders (route shop.example.com/orders)',
    ]);
  });
});
