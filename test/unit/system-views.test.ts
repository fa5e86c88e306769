import { beforeAll, describe, expect, it } from 'vitest';
import { containerView } from '../../src/docs/views/container-view.js';
import { contextView } from '../../src/docs/views/context-view.js';
import { renderFlowchart } from '../../src/docs/views/flowchart.js';
import { MAX_DIAGRAM_NODES } from '../../src/docs/views/view-limits.js';
import { emptyFacts, type SystemComponent, type SystemEdge, type SystemModel } from '../../src/facts/model.js';
import { loadMermaidParse } from '../support/mermaid-parse.js';

let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  parse = await loadMermaidParse();
}, 60_000);

function component(name: string, role: SystemComponent['role'], group?: string, technology?: string): SystemComponent {
  const c: SystemComponent = {
    id: `system:${name}`,
    name,
    role,
    runsAs: [],
    supporting: [],
    provides: [],
    hosts: [],
    evidence: [{ facts: [], rule: 'test' }],
  };
  if (group) c.group = group;
  if (technology) c.technology = technology;
  return c;
}

/** 24 services in three namespaces, each with its own database, cache and an external each. */
function largeSystem(): SystemModel {
  const components: SystemComponent[] = [];
  const edges: SystemEdge[] = [];
  for (const ns of ['checkout', 'catalog', 'accounts']) {
    for (let i = 1; i <= 8; i++) {
      const svc = component(`${ns}-svc-${i}`, 'service', ns);
      components.push(svc);
      if (i > 1) edges.push({ from: svc.id, to: `system:${ns}-svc-1`, via: 'env UPSTREAM', evidence: [] });
    }
    const db = component(`${ns}-db`, 'datastore', undefined, 'postgres');
    const cache = component(`${ns}-cache`, 'cache', undefined, 'redis');
    components.push(db, cache);
    edges.push({
      from: `system:${ns}-svc-1`,
      to: db.id,
      via: 'env DATABASE_URL',
      protocol: 'postgres:5432',
      evidence: [],
    });
    edges.push({ from: `system:${ns}-svc-2`, to: cache.id, via: 'env REDIS_URL', evidence: [] });
  }
  edges.push({ from: 'system:checkout-svc-3', to: 'system:catalog-svc-1', via: 'env CATALOG_ADDR', evidence: [] });
  const stripe = component('api.stripe.com', 'external', undefined, 'stripe');
  stripe.id = 'system:external/api.stripe.com';
  components.push(stripe);
  edges.push({ from: 'system:checkout-svc-4', to: stripe.id, via: 'env STRIPE_URL', protocol: 'https', evidence: [] });
  return { components, edges, unknowns: [] };
}

const nodeCount = (text: string) => text.split('\n').filter((l) => /^\s+c_\w+(\[|\(|\{)/.test(l)).length;

describe('container view', () => {
  it('a small system is one diagram with a node per component', async () => {
    const system: SystemModel = {
      components: [component('api', 'service'), component('db', 'datastore', undefined, 'postgres')],
      edges: [
        { from: 'system:api', to: 'system:db', via: 'env DATABASE_URL', protocol: 'postgres:5432', evidence: [] },
      ],
      unknowns: [],
    };
    const parts = containerView(system);
    expect(parts.map((p) => p.title)).toEqual(['Containers']);
    const text = renderFlowchart(parts[0]!.chart);
    expect(text).toContain('c_system_api["api (service)"]');
    expect(text).toContain('c_system_db[("db (database: postgres)")]');
    expect(text).toContain('c_system_api -->|"postgres:5432"| c_system_db');
    await expect(parse(text)).resolves.toBeTruthy();
  });

  it('past the limit it splits by group, every part within the limit, data drawn with its users', async () => {
    const system = largeSystem();
    expect(system.components.length).toBeGreaterThan(MAX_DIAGRAM_NODES);
    const parts = containerView(system);
    expect(parts.map((p) => p.title)).toEqual(['Overview of the groups', 'accounts', 'catalog', 'checkout']);
    for (const part of parts) {
      const text = renderFlowchart(part.chart);
      expect(nodeCount(text)).toBeLessThanOrEqual(MAX_DIAGRAM_NODES);
      await expect(parse(text)).resolves.toBeTruthy();
    }
    const overview = renderFlowchart(parts[0]!.chart);
    expect(overview).toContain('c_group_checkout["checkout (8 services, 2 data, 1 external)"]');
    expect(overview).toContain('c_group_checkout -->|"1 connection"| c_group_catalog');
    // The checkout group draws catalog-svc-1 as a dashed stub, not as its own.
    const checkout = renderFlowchart(parts[3]!.chart);
    expect(checkout).toContain('c_system_catalog_svc_1("catalog-svc-1 (service) · drawn in catalog")');
    expect(checkout).toContain('c_system_checkout_db[("checkout-db (database: postgres)")]');
  });

  it('one group too big splits by name family; shared data together, a family’s own data with it', async () => {
    // Sentry's self-hosted shape: one Compose project, no namespace or folder to group by.
    const components: SystemComponent[] = [];
    const edges: SystemEdge[] = [];
    const names = [
      ...Array.from({ length: 20 }, (_, i) => `snuba-consumer-${i + 1}`),
      ...Array.from({ length: 10 }, (_, i) => `ingest_events_${i + 1}`),
      ...['web', 'cron', 'worker', 'relay', 'nginx', 'smtp', 'symbolicator', 'vroom', 'taskbroker', 'cleanup'],
    ];
    const kafka = component('kafka', 'queue', undefined, 'kafka');
    const clickhouse = component('clickhouse', 'datastore', undefined, 'clickhouse');
    components.push(kafka, clickhouse);
    for (const name of names) {
      const svc = component(name, 'service');
      components.push(svc);
      edges.push({ from: svc.id, to: kafka.id, via: 'depends_on', evidence: [] });
      if (name.startsWith('snuba')) edges.push({ from: svc.id, to: clickhouse.id, via: 'depends_on', evidence: [] });
    }
    const parts = containerView({ components, edges, unknowns: [] });
    expect(parts.map((p) => p.title)).toEqual([
      'Overview of the groups',
      'data',
      'ingest-…',
      'other services',
      'snuba-…',
    ]);
    for (const part of parts) expect(nodeCount(renderFlowchart(part.chart))).toBeLessThanOrEqual(MAX_DIAGRAM_NODES);
    const overview = renderFlowchart(parts[0]!.chart);
    expect(overview).toContain('c_group_snuba_["snuba-… (20 services, 1 data)"]');
    expect(overview).toContain('c_group_snuba_ -->|"20 connections"| c_group_data');
    expect(renderFlowchart(parts[1]!.chart)).toContain('c_system_kafka[["kafka (queue: kafka)"]]');
    await expect(parse(overview)).resolves.toBeTruthy();
  });

  it('names that are Mermaid keywords or carry quotes still parse', async () => {
    const system: SystemModel = {
      components: [component('end', 'service'), component('a "quoted" <db>', 'datastore'), component('graph', 'queue')],
      edges: [{ from: 'system:end', to: 'system:graph', via: 'env X', evidence: [] }],
      unknowns: [],
    };
    await expect(parse(renderFlowchart(containerView(system)[0]!.chart))).resolves.toBeTruthy();
  });
});

describe('context view', () => {
  it('clients, the system as one box, and each external with its purpose', async () => {
    const facts = emptyFacts();
    facts.system = largeSystem();
    const chart = contextView(facts)!;
    const text = renderFlowchart(chart);
    expect(chart.nodes.map((n) => n.label)).toEqual([
      'The system: 24 services, 6 data components',
      'api.stripe.com (payments)',
    ]);
    expect(text).toContain('c_system -->|"stripe"| c_system_external_api_stripe_com');
    await expect(parse(text)).resolves.toBeTruthy();
  });
});
