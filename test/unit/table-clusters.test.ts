// A 50-table schema (test/fixtures/schemas/fifty-tables: an `auth_*` group, a `billing_*` group, a
// `users` table twenty tables reference, a second schema, tables with no foreign key) replayed by
// the real pipeline in PostgreSQL, clustered, and drawn: the exact clusters the rules in
// src/docs/views/table-clusters.ts give, diagrams within the limits, each accepted by mermaid.parse.
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { parseBlocks } from '../../src/docs/managed-blocks.js';
import { stringify } from '../../src/docs/markdown.js';
import { erDiagram } from '../../src/docs/mermaid.js';
import { dataErDiagram } from '../../src/docs/sections/data-sections.js';
import { clusterMapDiagram } from '../../src/docs/views/cluster-diagrams.js';
import { clusterTables, MAX_CLUSTER_TABLES, type TableClusters } from '../../src/docs/views/table-clusters.js';
import type { FactModel, SchemaFacts } from '../../src/facts/model.js';
import { parseMarkdown } from '../../src/markdown/processor.js';
import { extractFacts } from '../../src/pipeline.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';
import { loadMermaidParse, type MermaidParse } from '../support/mermaid-parse.js';
import { tempRepo } from '../support/temp-repo.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/schemas/fifty-tables');

let parse: MermaidParse;
let facts: FactModel;
let clustered: TableClusters;
let doc: string;

beforeAll(async () => {
  parse = await loadMermaidParse();
  const repo = mkdtempSync(join(tmpdir(), 'ad-clusters-'));
  cpSync(FIXTURE, repo, { recursive: true });
  facts = (await runPipeline(repo)).facts;
  clustered = clusterTables(facts.schema);
  doc = readFileSync(join(repo, DOCS, 'data-model.md'), 'utf8');
}, 120_000);

/** `table:public.users` → `users`, `table:inventory.warehouses` → `inventory.warehouses`. */
const short = (id: string) => id.replace(/^table:/, '').replace(/^public\./, '');

/** The top-level Markdown nodes of one managed block of the generated doc. */
function blockNodes(id: string): RootContent[] {
  const block = parseBlocks(doc).blocks.find((b) => b.id === id)!;
  return parseMarkdown(block.body).children;
}

const headingText = (h: Heading) => h.children.map((c) => ('value' in c ? c.value : '')).join('');

describe('the fifty-table schema, through the real pipeline', () => {
  test('replays without a problem into 50 tables and views, `users` referenced by 20 tables', () => {
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    expect(facts.schema.tables).toHaveLength(50);
    const referrers = new Set(
      facts.schema.foreignKeys.filter((f) => f.refTable === 'table:public.users').map((f) => f.table),
    );
    expect(referrers.size).toBe(20);
  });

  test('falls into exactly these clusters', () => {
    expect(clustered.clusters.map((c) => [c.name, c.slug, c.basis, c.tables.map(short)])).toEqual([
      [
        'auth_*',
        'auth',
        'prefix',
        [
          'auth_identities',
          'auth_login_attempts',
          'auth_mfa_factors',
          'auth_password_resets',
          'auth_sessions',
          'auth_tokens',
        ],
      ],
      [
        'billing_*',
        'billing',
        'prefix',
        [
          'billing_coupons',
          'billing_customers',
          'billing_discounts',
          'billing_invoice_lines',
          'billing_invoices',
          'billing_payments',
          'billing_plans',
          'billing_refunds',
          'billing_subscriptions',
          // No foreign key: it joins by its prefix.
          'billing_tax_rates',
        ],
      ],
      ['conversations', 'conversations', 'connected', ['conversation_members', 'conversations', 'messages']],
      [
        'inventory.warehouses',
        'inventory-warehouses',
        'connected',
        ['inventory.movements', 'inventory.stock_items', 'inventory.transfers', 'inventory.warehouses'],
      ],
      ['posts', 'posts', 'connected', ['abuse_reports', 'comments', 'likes', 'post_tags', 'posts', 'tags']],
      ['teams', 'teams', 'connected', ['invitations', 'team_members', 'teams']],
      // The hub, with the tables that reference nothing but it.
      ['users', 'users', 'hub', ['api_keys', 'follows', 'notifications', 'users']],
      ['webhooks', 'webhooks', 'connected', ['webhook_deliveries', 'webhooks']],
      [
        'Other analytics tables',
        'other-analytics-tables',
        'other',
        ['analytics.daily_signups', 'analytics.page_views'],
      ],
      [
        'Other tables',
        'other-tables',
        'other',
        [
          'active_users',
          'app_settings',
          'audit_events',
          'country_codes',
          'email_templates',
          'feature_flags',
          'job_runs',
          'legacy_customers',
          'legacy_invoices',
          'legacy_orders',
        ],
      ],
    ]);
  });

  test('every table is in exactly one cluster, none holds more than the limit', () => {
    const all = clustered.clusters.flatMap((c) => c.tables);
    expect([...all].sort()).toEqual(facts.schema.tables.map((t) => t.id).sort());
    expect(new Set(all).size).toBe(all.length);
    for (const c of clustered.clusters) expect(c.tables.length, c.name).toBeLessThanOrEqual(MAX_CLUSTER_TABLES);
    for (const id of all) expect(clustered.clusterOf.get(id)?.tables).toContain(id);
  });

  test('the hub is referenced from the clusters around it, and the map counts the foreign keys', () => {
    expect(clustered.clusters.filter((c) => c.referenced.length > 0).map((c) => [c.slug, c.referenced])).toEqual([
      ['auth', ['table:public.users']],
      ['billing', ['table:public.users']],
      ['conversations', ['table:public.users']],
      ['posts', ['table:public.users']],
      ['teams', ['table:public.users']],
      ['webhooks', ['table:public.users']],
    ]);
    expect(clustered.links).toEqual([
      { from: 'auth', to: 'users', foreignKeys: 6 },
      { from: 'billing', to: 'users', foreignKeys: 1 },
      { from: 'conversations', to: 'users', foreignKeys: 2 },
      { from: 'posts', to: 'users', foreignKeys: 4 },
      { from: 'teams', to: 'users', foreignKeys: 3 },
      { from: 'webhooks', to: 'users', foreignKeys: 1 },
    ]);
  });

  test('does not depend on the order of the facts', () => {
    const shuffled: SchemaFacts = {
      ...facts.schema,
      tables: [...facts.schema.tables].reverse(),
      foreignKeys: [...facts.schema.foreignKeys].reverse(),
    };
    const again = clusterTables(shuffled);
    expect(again.clusters).toEqual(clustered.clusters);
    expect(again.links).toEqual(clustered.links);
  });
});

describe('the data-model doc of the fifty-table schema', () => {
  test('the ER section is a map of the clusters, then one `###` subsection and diagram per cluster', () => {
    const nodes = blockNodes('data.er-diagram');
    const map = nodes.find((n): n is Code => n.type === 'code')!;
    expect(map.value.split('\n')[0]).toBe('flowchart LR');
    for (const c of clustered.clusters) {
      expect(map.value).toContain(`${c.name} (${c.tables.length} tables)`);
    }
    expect(map.value).toContain('c_auth -->|"6 foreign keys"| c_users');

    const headings = nodes.filter((n): n is Heading => n.type === 'heading');
    expect(headings.map((h) => [h.depth, headingText(h)])).toEqual(clustered.clusters.map((c) => [3, c.name]));
    const codes = nodes.filter((n): n is Code => n.type === 'code');
    expect(codes).toHaveLength(clustered.clusters.length + 1);
    // Each cluster's heading is followed by its count and its diagram, in that order.
    for (const h of headings) {
      const at = nodes.indexOf(h);
      expect(nodes[at + 1]!.type).toBe('paragraph');
      expect(nodes[at + 2]).toMatchObject({ type: 'code', lang: 'mermaid' });
    }
  });

  test('each cluster diagram draws its tables and its stubs, key columns only, within the limit', () => {
    const nodes = blockNodes('data.er-diagram');
    const diagrams = nodes.filter((n): n is Code => n.type === 'code').slice(1);
    clustered.clusters.forEach((c, i) => {
      const lines = diagrams[i]!.value.split('\n');
      expect(lines[0]).toBe('erDiagram');
      const entities = lines
        .filter((l) => /^ {2}[^\s}]/.test(l) && !/--/.test(l))
        .map((l) => l.trim().split(/[\s[]/)[0]);
      expect(entities.length, c.name).toBe(c.tables.length + c.referenced.length);
      expect(entities.length - c.referenced.length).toBeLessThanOrEqual(MAX_CLUSTER_TABLES);
      const attributes = lines.filter((l) => l.startsWith('    '));
      for (const a of attributes) expect(a, c.name).toMatch(/ (PK|FK|UK)(, (PK|FK|UK))*$/);
    });
    // The stub of `users` in the auth diagram: its primary key, nothing else.
    const auth = diagrams[0]!.value;
    expect(auth).toContain('  users {\n    bigint id PK\n  }');
    expect(auth).not.toContain('display_name');
  });

  test('every diagram in the doc is accepted by the real mermaid.parse', async () => {
    const codes = parseMarkdown(doc).children.filter((n): n is Code => n.type === 'code' && n.lang === 'mermaid');
    expect(codes).toHaveLength(clustered.clusters.length + 1);
    for (const code of codes) await expect(parse(code.value), code.value.slice(0, 80)).resolves.toBeTruthy();
  });

  test('the tables section lists every table once, under its cluster, with every column', () => {
    const nodes = blockNodes('data.tables');
    const headings = nodes.filter((n): n is Heading => n.type === 'heading');
    const expected = clustered.clusters.flatMap((c) => [
      [3, c.name],
      ...c.tables.map((id) => {
        const t = facts.schema.tables.find((x) => x.id === id)!;
        return [4, `${short(id)}${t.kind === 'view' ? ' (view)' : ''}`];
      }),
    ]);
    expect(headings.map((h) => [h.depth, headingText(h)])).toEqual(expected);
    // The full columns stay here: the `users` table's own heading, where it is defined, every column.
    const users = nodes.findIndex((n) => n.type === 'heading' && n.depth === 4 && headingText(n) === 'users');
    expect(nodes[users + 1]).toMatchObject({ type: 'paragraph' });
    const columns = nodes[users + 2]!;
    expect(columns.type).toBe('table');
    for (const name of ['id', 'email', 'display_name', 'created_at'])
      expect(JSON.stringify(columns)).toContain(`"${name}"`);
  });
});

describe('leftovers of one schema beyond the limit', () => {
  test('are packed from prefix groups, then migration-folder groups, at most 15 a cluster', async () => {
    const create = (n: number, name: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => `CREATE TABLE ${name(i)} (id int PRIMARY KEY);`).join('\n');
    const repo = tempRepo(
      {
        'db/migrations/001_legacy.sql': create(4, (i) => `legacy_t${i}`),
        'db/migrations/002_lookups.sql': create(9, (i) => `lookup${i}`),
        'reports/migrations/001_reports.sql': create(8, (i) => `report${i}`),
      },
      'ad-leftovers-',
    );
    const facts = await extractFacts(await loadConfig(repo, {}));
    expect(facts.schema.tables).toHaveLength(21);
    const { clusters } = clusterTables(facts.schema);
    expect(clusters.map((c) => [c.name, c.slug, c.tables.map(short)])).toEqual([
      // The legacy_* group (4) and the lookups of db/migrations (9) fit one cluster together.
      [
        'Other tables',
        'other-tables',
        [0, 1, 2, 3].map((i) => `legacy_t${i}`).concat([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `lookup${i}`)),
      ],
      // The next group (8) would make 21: it starts the next cluster, named after its folder.
      [
        'Other tables from reports/migrations',
        'other-tables-from-reports-migrations',
        [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `report${i}`),
      ],
    ]);
  });

  test('a prefix group larger than the limit is cut into equal runs', async () => {
    const create = Array.from({ length: 17 }, (_, i) => `CREATE TABLE legacy_t${String(i).padStart(2, '0')} (id int);`);
    const repo = tempRepo({ 'db/migrations/001_legacy.sql': create.join('\n') }, 'ad-leftovers-');
    const { clusters } = clusterTables((await extractFacts(await loadConfig(repo, {}))).schema);
    expect(clusters.map((c) => [c.name, c.slug, c.tables.length])).toEqual([
      ['Other legacy_* tables', 'other-legacy-tables', 9],
      ['Other legacy_* tables (2)', 'other-legacy-tables-2', 8],
    ]);
  });
});

describe('large groups without a shared prefix', () => {
  let extracted: FactModel;
  let schema: SchemaFacts;
  beforeAll(async () => {
    const chain = Array.from({ length: 20 }, (_, i) => {
      const id = `chain${String(i).padStart(2, '0')}`;
      const parent = i === 0 ? '' : `, parent_id int REFERENCES chain${String(i - 1).padStart(2, '0')}(id)`;
      return `CREATE TABLE ${id} (id int PRIMARY KEY${parent});`;
    });
    const crm = [
      'CREATE SCHEMA crm;',
      'CREATE TABLE crm.accounts (id int PRIMARY KEY);',
      ...Array.from(
        { length: 9 },
        (_, i) => `CREATE TABLE crm.c${i} (id int PRIMARY KEY, a int REFERENCES crm.accounts(id));`,
      ),
      'CREATE SCHEMA ops;',
      ...Array.from(
        { length: 8 },
        (_, i) => `CREATE TABLE ops.o${i} (id int PRIMARY KEY, a int REFERENCES crm.accounts(id));`,
      ),
    ];
    const repo = tempRepo(
      { 'db/migrations/001_chain.sql': chain.join('\n'), 'db/migrations/002_crm.sql': crm.join('\n') },
      'ad-split-',
    );
    const facts = await extractFacts(await loadConfig(repo, {}));
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
    extracted = facts;
    schema = facts.schema;
  });

  test('a group spanning schemas is split by schema; a chain with no hub is cut into equal runs', async () => {
    const { clusters, links } = clusterTables(schema);
    expect(clusters.map((c) => [c.name, c.basis, c.tables.length])).toEqual([
      ['chain00 (part 1 of 2)', 'part', 10],
      ['chain00 (part 2 of 2)', 'part', 10],
      ['crm', 'schema', 10],
      ['ops', 'schema', 8],
    ]);
    expect(clusters[0]!.tables.at(-1)).toBe('table:public.chain09');
    expect(links).toEqual([
      { from: 'chain00-part-2-of-2', to: 'chain00-part-1-of-2', foreignKeys: 1 },
      { from: 'ops', to: 'crm', foreignKeys: 8 },
    ]);
    for (const c of clusters) await expect(parse(erDiagram(schema, { tables: c.tables }))).resolves.toBeTruthy();
    const map = clusterMapDiagram({ clusters, links });
    await expect(parse(map)).resolves.toBeTruthy();
  });

  test('10 tables keep every column, 15 one key-columns diagram, 16 a map and a diagram per cluster', async () => {
    const withTables = (n: number) => {
      const kept = schema.tables.filter((t) => t.schema === 'public').slice(0, n);
      const ids = new Set(kept.map((t) => t.id));
      const part: SchemaFacts = {
        ...schema,
        tables: kept,
        foreignKeys: schema.foreignKeys.filter((f) => ids.has(f.table) && ids.has(f.refTable)),
      };
      const facts: FactModel = { ...extracted, schema: part };
      return {
        part,
        body: stringify(dataErDiagram({ facts, docFile: 'docs/data-model.md', docsDir: 'docs', services: [] })),
      };
    };
    const small = withTables(10);
    expect(small.body).toBe(`\`\`\`mermaid\n${erDiagram(small.part)}\`\`\`\n`);
    // 11 to 15 tables: still one diagram, with key columns only.
    const medium = withTables(15);
    const keysOnly = erDiagram(medium.part, { tables: medium.part.tables.map((t) => t.id) });
    expect(medium.body).toBe(
      `\`\`\`mermaid\n${keysOnly}\`\`\`\n\n_Key columns only; every column is listed in the tables below\\._\n`,
    );
    const large = withTables(16);
    expect(large.body).toContain('```mermaid\nflowchart LR\n');
    expect(large.body).toContain('### chain00 (part 1 of 2)');
  });
});
