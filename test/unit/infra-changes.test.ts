import { describe, expect, it } from 'vitest';
import { describeInfraChange, infraChanges } from '../../src/facts/infra-changes.js';
import type { Component, InfraFacts } from '../../src/facts/model.js';
import { infraChangeLines } from '../../src/publish/pull-request-body.js';

function workload(over: Partial<Component> = {}): Component {
  return {
    id: 'k8s:Deployment/shop/orders',
    platform: 'kubernetes',
    kind: 'Deployment',
    name: 'orders',
    namespace: 'shop',
    deployable: true,
    image: 'ghcr.io/acme/orders:1.0.0',
    replicas: 2,
    ports: [8080],
    env: ['DATABASE_URL'],
    source: { file: 'k8s/orders.yaml', line: 1 },
    ...over,
  };
}

const db: Component = {
  id: 'tf:aws_db_instance.main',
  platform: 'terraform',
  kind: 'aws_db_instance',
  name: 'main',
  deployable: false,
  ports: [],
  env: [],
  settings: { engine: 'postgres', engine_version: '15' },
  source: { file: 'infra/main.tf', line: 3 },
};

describe('infraChanges', () => {
  const before: InfraFacts = { components: [workload(), db], edges: [] };
  const after: InfraFacts = {
    components: [
      // Moved down the file (a line change is no change), image bumped, one more replica, a new port
      // and variable, resources set.
      workload({
        image: 'ghcr.io/acme/orders:1.1.0',
        replicas: 3,
        ports: [8080, 9090],
        env: ['DATABASE_URL', 'KAFKA_BROKERS'],
        resources: { requests: { cpu: '250m', memory: '256Mi' } },
        source: { file: 'k8s/orders.yaml', line: 40 },
      }),
      { ...db, settings: { engine: 'postgres', engine_version: '16' } },
      workload({ id: 'k8s:Service/shop/orders', kind: 'Service', deployable: false, image: undefined }),
    ],
    edges: [{ from: 'k8s:Service/shop/orders', to: 'k8s:Deployment/shop/orders', kind: 'selects' }],
  };

  it('tells each change the way a reviewer reads it', () => {
    expect(infraChanges(before, after).map(describeInfraChange)).toEqual([
      '`k8s:Deployment/shop/orders`: image `ghcr.io/acme/orders:1.0.0` → `ghcr.io/acme/orders:1.1.0`',
      '`k8s:Deployment/shop/orders`: replicas `2` → `3`',
      '`k8s:Deployment/shop/orders`: ports `8080` → `8080, 9090`',
      '`k8s:Deployment/shop/orders`: resources `requests 250m/256Mi`',
      '`k8s:Deployment/shop/orders`: env added `KAFKA_BROKERS`',
      '`tf:aws_db_instance.main`: engine_version `15` → `16`',
      'added Service `k8s:Service/shop/orders`',
      'new dependency `k8s:Service/shop/orders` → `k8s:Deployment/shop/orders` (selects)',
    ]);
  });

  it('sees nothing when only lines moved', () => {
    const moved = before.components.map((c) => ({ ...c, source: { ...c.source, line: c.source.line + 10 } }));
    expect(infraChanges(before, { components: moved, edges: [] })).toEqual([]);
  });

  it('groups the pull-request lines by platform, removals included', () => {
    const changes = infraChanges(after, before);
    expect(infraChangeLines('Kubernetes', 'kubernetes', ['k8s:'], changes)).toEqual([
      '### Kubernetes',
      '',
      '- `k8s:Deployment/shop/orders`: image `ghcr.io/acme/orders:1.1.0` → `ghcr.io/acme/orders:1.0.0`',
      '- `k8s:Deployment/shop/orders`: replicas `3` → `2`',
      '- `k8s:Deployment/shop/orders`: ports `8080, 9090` → `8080`',
      '- `k8s:Deployment/shop/orders`: resources `requests 250m/256Mi` removed',
      '- `k8s:Deployment/shop/orders`: env removed `KAFKA_BROKERS`',
      '- removed Service `k8s:Service/shop/orders`',
      '- dependency gone `k8s:Service/shop/orders` → `k8s:Deployment/shop/orders` (selects)',
      '',
    ]);
    expect(infraChangeLines('Terraform', 'terraform', ['tf:'], changes)).toEqual([
      '### Terraform',
      '',
      '- `tf:aws_db_instance.main`: engine_version `16` → `15`',
      '',
    ]);
    expect(infraChangeLines('Docker Compose', 'compose', ['compose:'], changes)).toEqual([]);
  });
});
