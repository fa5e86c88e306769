import { describe, expect, test } from 'vitest';
import { changeRisksMarkdown } from '../../src/docs/change-risks.js';
import { stringify } from '../../src/docs/markdown.js';
import { MAX_OVERVIEW_ROWS, overviewFindings } from '../../src/docs/sections/risk-sections.js';
import { findingKey, groupByRule, triageFindings } from '../../src/facts/findings-triage.js';
import type { FactModel, Finding } from '../../src/facts/model.js';
import { pullRequestBody } from '../../src/publish/pull-request-body.js';
import { runSummaryMarkdown } from '../../src/report/run-summary.js';
import { git } from '../support/action-runner.js';
import { DOCS, readDoc, runPipeline } from '../support/in-process-run.js';
import { tempRepo, writeRepoFile } from '../support/temp-repo.js';

// Every fact model here comes from the real pipeline (PGlite replay, the real OpenAPI and
// Kubernetes readers) over small repositories written to a temp folder.

const MIGRATIONS = 'db/migrations';

const SHOP = {
  [`${MIGRATIONS}/001_init.up.sql`]: [
    'CREATE TABLE customers (id bigint PRIMARY KEY, name text, nickname text, created_at timestamptz);',
    'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));',
    'CREATE TABLE audit_log (at timestamptz, message text);',
  ].join('\n'),
  [`${MIGRATIONS}/002_tidy.up.sql`]: [
    'ALTER TABLE customers DROP COLUMN nickname;',
    'CREATE INDEX customers_name ON customers (name);',
  ].join('\n'),
  'api/openapi.yaml': [
    'openapi: 3.1.0',
    'info: {title: Shop, version: "1"}',
    'components:',
    '  securitySchemes:',
    '    bearer: {type: http, scheme: bearer}',
    'security: [{bearer: []}]',
    'paths:',
    '  /orders:',
    '    get:',
    '      operationId: listOrders',
    '      responses: {"200": {description: ok}, "401": {description: no}}',
    '    post:',
    '      operationId: createOrder',
    '      security: []',
    '      responses: {"201": {description: created}, "400": {description: bad}}',
    '',
  ].join('\n'),
  'deploy/k8s/api.yaml': [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: api, namespace: shop}',
    'spec:',
    '  replicas: 3',
    '  selector: {matchLabels: {app: api}}',
    '  template:',
    '    metadata: {labels: {app: api}}',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:latest',
    '',
  ].join('\n'),
};

const where = (f: Finding) => `${f.rule} ${f.source.file}:${f.source.line}`;

/** The rows of the table in one managed block of a generated doc. */
function blockTableRows(doc: string, id: string): string[] {
  const begin = doc.indexOf(`<!-- architect-docs:begin id=${id}`);
  const end = doc.indexOf(`<!-- architect-docs:end id=${id}`);
  const rows = doc
    .slice(begin, end)
    .split('\n')
    .filter((l) => l.startsWith('|'));
  return rows.slice(2); // header and delimiter row
}

const cells = (row: string) =>
  row
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());

describe('a first run: no change under review', () => {
  test('design findings are risks by rule, migration statements are history, nothing is introduced', async () => {
    const repo = tempRepo(SHOP);
    const result = await runPipeline(repo);
    const { introduced, design, history, resolved } = result.findings;
    expect(introduced).toEqual([]);
    expect(resolved).toEqual([]);
    expect(design.map(where)).toEqual([
      'operation-without-security api/openapi.yaml:12',
      'foreign-key-without-index db/migrations/001_init.up.sql:2',
      'k8s-image-not-pinned deploy/k8s/api.yaml:1',
      'table-without-primary-key db/migrations/001_init.up.sql:3',
    ]);
    expect(history.map(where)).toEqual([
      'ban-drop-column db/migrations/002_tidy.up.sql:1',
      'require-concurrent-index-creation db/migrations/002_tidy.up.sql:2',
    ]);

    const overview = readDoc(repo, 'README.md');
    expect(blockTableRows(overview, 'overview.findings').map((r) => cells(r).slice(0, 3))).toEqual([
      ['[operation-without-security](risks.md#operation-without-security)', 'high', '1'],
      ['[foreign-key-without-index](risks.md#foreign-key-without-index)', 'medium', '1'],
      ['[k8s-image-not-pinned](risks.md#k8s-image-not-pinned)', 'medium', '1'],
      ['[table-without-primary-key](risks.md#table-without-primary-key)', 'medium', '1'],
    ]);
    // An example location is a link to the source line; the advice says what to do.
    expect(overview).toContain('[api/openapi.yaml:12](../../api/openapi.yaml#L12)');
    expect(overview).toContain('Index the foreign key columns');
    expect(overview).toContain('2 findings on migration statements are not listed');
    expect(overview).not.toContain('ban-drop-column');
    expect(overview).toContain('[Risks](risks.md)');

    const risks = readDoc(repo, 'risks.md');
    expect(risks).toContain('### `foreign-key-without-index`');
    expect(risks).toContain('[db/migrations/001_init.up.sql:2](../../db/migrations/001_init.up.sql#L2)');
    expect(risks).not.toContain('ban-drop-column');
    expect(risks).toContain('[Data model › Migrations](data-model.md#migrations)');

    const data = readDoc(repo, 'data-model.md');
    expect(data.indexOf('id=data.migration-history')).toBeGreaterThan(data.indexOf('## Migrations'));
    expect(blockTableRows(data, 'data.migration-history').map(cells)).toEqual([
      ['`ban-drop-column`', 'high', '1', '1', '`db/migrations/002_tidy.up.sql`'],
      ['`require-concurrent-index-creation`', 'medium', '1', '1', '`db/migrations/002_tidy.up.sql`'],
    ]);
    // No change under review: the job summary has no new-risk section.
    expect(runSummaryMarkdown(result)).not.toContain('New risks in this change');
  });
});

describe('a change against the base the state file records', () => {
  test('only what the change adds is introduced; findings whose lines moved are not', async () => {
    const repo = tempRepo(SHOP);
    const first = await runPipeline(repo);
    const base = first.facts;

    // Lines move: a comment above the drop in an applied migration, two lines at the top of the spec.
    writeRepoFile(repo, `${MIGRATIONS}/002_tidy.up.sql`, `-- tidy up\n${SHOP[`${MIGRATIONS}/002_tidy.up.sql`]}`);
    writeRepoFile(repo, 'api/openapi.yaml', `# The shop API\n# v1\n${SHOP['api/openapi.yaml']}`);
    // The change: a new migration with a drop and a required column, and the image pinned.
    writeRepoFile(
      repo,
      `${MIGRATIONS}/003_more.up.sql`,
      'ALTER TABLE customers DROP COLUMN name;\nALTER TABLE orders ADD COLUMN channel text NOT NULL;\n',
    );
    writeRepoFile(repo, 'deploy/k8s/api.yaml', SHOP['deploy/k8s/api.yaml'].replace(':latest', ':1.4.2'));
    const second = await runPipeline(repo);
    const { introduced, design, history, resolved } = second.findings;

    expect(introduced.map(where)).toEqual([
      'adding-required-field db/migrations/003_more.up.sql:2',
      'ban-drop-column db/migrations/003_more.up.sql:1',
    ]);
    expect(history.map(where)).toEqual([
      'ban-drop-column db/migrations/002_tidy.up.sql:2',
      'require-concurrent-index-creation db/migrations/002_tidy.up.sql:3',
    ]);
    expect(design.map(where)).toEqual([
      'operation-without-security api/openapi.yaml:14',
      'foreign-key-without-index db/migrations/001_init.up.sql:2',
      'table-without-primary-key db/migrations/001_init.up.sql:3',
    ]);
    expect(resolved.map(where)).toEqual(['k8s-image-not-pinned deploy/k8s/api.yaml:1']);
    // The key really is line-free: the moved findings have new ids but the same keys.
    const moved = first.findings.design.find((f) => f.rule === 'operation-without-security')!;
    const now = design.find((f) => f.rule === 'operation-without-security')!;
    expect(now.id).not.toBe(moved.id);
    expect(findingKey(now, false)).toBe(findingKey(moved, false));

    // The change's reports lead with the new risks.
    const summary = runSummaryMarkdown(second);
    expect(summary.indexOf('### ⚠ New risks in this change (2)')).toBe('## Architect Docs\n\n'.length);
    expect(summary).toContain('**high** `adding-required-field` at `db/migrations/003_more.up.sql:2`');
    expect(summary).toContain('1 finding of the base no longer applies.');
    const body = pullRequestBody(second, base);
    expect(body.startsWith('### ⚠ New risks in this change (2)\n')).toBe(true);
    expect(body).toContain('`ban-drop-column` at `db/migrations/003_more.up.sql:1`');
    expect(body).not.toContain('002_tidy');
    expect(body.indexOf('New risks')).toBeLessThan(body.indexOf('Architect Docs updated'));

    // The docs do not depend on the base: the new migration's statements are counted as history
    // there, and a rerun with nothing changed leaves every file as it is.
    const data = readDoc(repo, 'data-model.md');
    expect(blockTableRows(data, 'data.migration-history').map((r) => cells(r).slice(0, 4))).toEqual([
      ['`ban-drop-column`', 'high', '2', '2'],
      ['`adding-required-field`', 'high', '1', '1'],
      ['`require-concurrent-index-creation`', 'medium', '1', '1'],
    ]);
    const third = await runPipeline(repo);
    expect(third.changed).toEqual([]);
    expect(third.findings.introduced).toEqual([]);
  });

  test('a second drop of the same table in the same migration is the one introduced', async () => {
    const repo = tempRepo(SHOP);
    await runPipeline(repo);
    writeRepoFile(
      repo,
      `${MIGRATIONS}/002_tidy.up.sql`,
      `ALTER TABLE customers DROP COLUMN created_at;\n${SHOP[`${MIGRATIONS}/002_tidy.up.sql`]}`,
    );
    const { introduced, history } = (await runPipeline(repo)).findings;
    // Same rule, same table, same file: matched by message, so the old drop stays history.
    expect(introduced.map((f) => [where(f), f.message])).toEqual([
      [
        'ban-drop-column db/migrations/002_tidy.up.sql:1',
        'dropping column created_at of public.customers breaks code still reading it; deploy the code change first',
      ],
    ]);
    expect(history.map(where)).toEqual([
      'ban-drop-column db/migrations/002_tidy.up.sql:2',
      'require-concurrent-index-creation db/migrations/002_tidy.up.sql:3',
    ]);
  });
});

describe('a pull request that committed its own regenerated docs', () => {
  test("what it introduced is measured against the base commit's state, not the checkout's", async () => {
    const repo = tempRepo(SHOP);
    git(repo, 'init', '-q', '-b', 'main');
    await runPipeline(repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'sources and docs');
    const baseSha = git(repo, 'rev-parse', 'HEAD').trim();
    // The author adds a migration, runs `architect-docs generate` and commits the docs and state too.
    writeRepoFile(repo, `${MIGRATIONS}/003_more.up.sql`, 'ALTER TABLE customers DROP COLUMN name;\n');
    await runPipeline(repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'drop name');

    // The checkout's state already holds the new finding: measured against it, nothing is new.
    expect((await runPipeline(repo, { mode: 'check' })).findings.introduced).toEqual([]);
    const check = await runPipeline(repo, { mode: 'check' }, { baseSha });
    expect(check.stale).toBe(false);
    expect(check.findings.introduced.map(where)).toEqual(['ban-drop-column db/migrations/003_more.up.sql:1']);
    expect(check.findings.history.map(where)).toEqual([
      'ban-drop-column db/migrations/002_tidy.up.sql:1',
      'require-concurrent-index-creation db/migrations/002_tidy.up.sql:2',
    ]);
  });
});

describe('a large schema: 265 findings', () => {
  // 55 tables without a primary key, each with a timestamp and an unindexed foreign key (165 design
  // findings), then a migration dropping two columns from 50 of them (100 statements of history).
  const tables = Array.from({ length: 55 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`);
  const files = {
    [`${MIGRATIONS}/001_tables.up.sql`]: [
      'CREATE TABLE parent (id bigint PRIMARY KEY);',
      ...tables.map(
        (t) => `CREATE TABLE ${t} (parent_id bigint REFERENCES parent (id), at timestamp, a text, b text);`,
      ),
    ].join('\n'),
    [`${MIGRATIONS}/002_drop.up.sql`]: tables
      .slice(0, 50)
      .flatMap((t) => [`ALTER TABLE ${t} DROP COLUMN a;`, `ALTER TABLE ${t} DROP COLUMN b;`])
      .join('\n'),
  };

  test('the overview has a row per rule, within the cap, and the counts add up', async () => {
    const repo = tempRepo(files);
    const result = await runPipeline(repo);
    expect(result.facts.findings).toHaveLength(265);
    expect(result.findings.design).toHaveLength(165);
    expect(result.findings.history).toHaveLength(100);
    const rows = blockTableRows(readDoc(repo, 'README.md'), 'overview.findings').map(cells);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['[foreign-key-without-index](risks.md#foreign-key-without-index)', 'medium', '55'],
      ['[table-without-primary-key](risks.md#table-without-primary-key)', 'medium', '55'],
      ['[prefer-timestamptz](risks.md#prefer-timestamptz)', 'low', '55'],
    ]);
    // Two example locations, then how many more.
    expect(rows[0]![3]).toMatch(
      /^\[db\/migrations\/001_tables\.up\.sql:2\]\([^)]+\), \[[^\]]+\]\([^)]+\) and 53 more$/,
    );
    // The full list is in risks.md, every design finding a row there.
    const risks = readDoc(repo, 'risks.md');
    expect(risks.match(/\| \[db\/migrations\/001_tables\.up\.sql:\d+\]/g)).toHaveLength(165);
    expect(blockTableRows(readDoc(repo, 'data-model.md'), 'data.migration-history').map(cells)).toEqual([
      ['`ban-drop-column`', 'high', '100', '1', '`db/migrations/002_drop.up.sql`'],
    ]);
  });

  test('two findings on one line are one example location', async () => {
    // Two unindexed foreign keys declared on one line: one place to look, not two links to it.
    const repo = tempRepo({
      [`${MIGRATIONS}/001_tables.up.sql`]: [
        'CREATE TABLE a (id bigint PRIMARY KEY);',
        'CREATE TABLE b (id bigint PRIMARY KEY, a1 bigint REFERENCES a (id), a2 bigint REFERENCES a (id));',
        'CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a (id));',
        'CREATE TABLE d (id bigint PRIMARY KEY, a_id bigint REFERENCES a (id));',
      ].join('\n'),
    });
    await runPipeline(repo);
    const rows = blockTableRows(readDoc(repo, 'README.md'), 'overview.findings').map(cells);
    const fk = rows.find((r) => r[0]!.startsWith('[foreign-key-without-index]'))!;
    expect(fk[2]).toBe('4');
    expect(fk[3]).toMatch(/^\[db\/migrations\/001_tables\.up\.sql:2\]\([^)]+\), \[[^\]]+:3\]\([^)]+\) and 1 more$/);
  });

  test('more rules than the cap: the last row points at the full list', async () => {
    const repo = tempRepo(files);
    const { facts } = await runPipeline(repo);
    // The built-in design rules are fewer than the cap: spread the 165 real design findings over 30
    // rule names, placed in a manifest as a rule of another source kind would be, to reach the
    // overflow row. The 100 history findings stay as they are.
    const spread = triageFindings(facts).design.map((f, i) => ({
      ...f,
      rule: `rule-${String(i % 30).padStart(2, '0')}`,
      source: { file: 'deploy/k8s/app.yaml', line: i + 1 },
    }));
    const many: FactModel = { ...facts, findings: [...spread, ...triageFindings(facts).history] };
    const ctx = { facts: many, docFile: `${DOCS}/README.md`, docsDir: DOCS, services: [] };
    expect(groupByRule(triageFindings(many).design).length).toBeGreaterThan(MAX_OVERVIEW_ROWS);
    const text = stringify(overviewFindings(ctx));
    const rows = text
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .slice(2);
    expect(rows).toHaveLength(MAX_OVERVIEW_ROWS);
    expect(cells(rows.at(-1)!)[0]).toMatch(/^\[\d+ more rules\]\(risks\.md\)$/);
    const listed = rows.reduce((n, r) => n + Number(cells(r)[2]), 0);
    expect(listed).toBe(triageFindings(many).design.length);
  });
});

test('the change report is empty without introduced or resolved findings', () => {
  expect(changeRisksMarkdown({ introduced: [], design: [], history: [], resolved: [] })).toBe('');
});
