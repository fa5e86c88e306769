import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupServices } from '../../src/docs/plan-docs.js';
import { stringify } from '../../src/docs/markdown.js';
import {
  runbookCommands,
  runbookDependencies,
  runbookHealth,
  runbookRollback,
  runbookRuntime,
} from '../../src/docs/sections/runbook-sections.js';
import type { SectionContext } from '../../src/docs/sections/section-context.js';
import type { FactModel, SystemModel } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { AUTO_SOURCES, tempRepo } from '../support/temp-repo.js';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/infra/${path}`, import.meta.url)), 'utf8');

const COMPOSE = [
  'services:',
  '  payments:',
  '    build: .',
  '    environment:',
  '      DATABASE_URL: postgres://pay:pw@db:5432/pay',
  '    depends_on: [db]',
  '  db:',
  '    image: postgres:16',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "pg_isready -U pay"]',
].join('\n');

const OPENAPI = [
  'openapi: 3.0.3',
  'info: { title: Payments, version: "1.0" }',
  'paths:',
  '  /healthz:',
  '    get:',
  '      summary: Liveness',
  '      responses: { "200": { description: ok } }',
  '  /v1/status:',
  '    get:',
  '      responses: { "200": { description: ok }, "503": { description: degraded } }',
  '  /v1/payments/{id}/status:',
  '    get:',
  '      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]',
  '      responses: { "200": { description: ok } }',
].join('\n');

async function repoFacts(files: Record<string, string>): Promise<FactModel> {
  const root = tempRepo(files);
  return buildFacts(root, await discoverSources(root, AUTO_SOURCES, []));
}

function context(facts: FactModel, service: string): SectionContext {
  const services = groupServices(facts);
  const group = services.find((s) => s.name === service);
  if (!group) throw new Error(`no service ${service}`);
  return {
    facts,
    docFile: `docs/architecture/runbooks/${group.slug}.md`,
    docsDir: 'docs/architecture',
    services,
    service: group,
  };
}

describe('runbook sections from real manifests', async () => {
  const facts = await repoFacts({
    'deploy/k8s/payments.yaml': fixture('k8s-runtime/payments.yaml'),
    'deploy/k8s/ledger.yaml': fixture('k8s-runtime/ledger.yaml'),
    'deploy/docker-compose.yml': COMPOSE,
    'api/openapi.yaml': OPENAPI,
    'db/migrations/000001_create_payments.up.sql': 'CREATE TABLE payments (id bigint PRIMARY KEY);\n',
    'db/migrations/000001_create_payments.down.sql': 'DROP TABLE payments;\n',
    'db/migrations/000002_add_amount.up.sql': 'ALTER TABLE payments ADD COLUMN amount numeric;\n',
  });

  it('reads the rollback of golang-migrate files into the migration facts', () => {
    expect(facts.schema.migrations.map((m) => [m.file, m.rollback])).toEqual([
      ['db/migrations/000001_create_payments.up.sql', 'db/migrations/000001_create_payments.down.sql'],
      ['db/migrations/000002_add_amount.up.sql', undefined],
    ]);
  });

  it('says how each deployment runs: replicas, autoscaler bounds, disruption budget, resources and probes', () => {
    const text = stringify(runbookRuntime(context(facts, 'payments')));
    expect(text).toContain(
      '| `Deployment pay/payments` | 2 | 2–12 on cpu 70%, memory 400Mi, pods http_requests_per_second 100 ' +
        '(`payments`) | at least 1 available (`payments`) | requests cpu 250m, memory 256Mi; limits memory 512Mi |',
    );
    expect(text).toContain('| `compose service payments` | — | — | — | — |');
    expect(text).toContain('- liveness probe: HTTP GET `/healthz` on port http');
    expect(text).toContain('- readiness probe: HTTP GET `/ready` on port 8080');
    expect(text).toContain('- startup probe: TCP connect on port 8080');
    expect(text).toContain('- _No healthcheck is configured in the Compose file (the image may define its own)._');

    const ledger = stringify(runbookRuntime(context(facts, 'ledger')));
    expect(ledger).toContain(
      '| `StatefulSet pay/ledger` | 3 | 1–5 on cpu 80% (`ledger`) | — | limits cpu 1, memory 1Gi |',
    );
    expect(ledger).toContain('- liveness probe: runs `redis-cli -a … ping`');
    expect(ledger).toContain(
      '- _No readiness probe is configured: traffic reaches a pod as soon as its container starts._',
    );
  });

  it('lists the health endpoints of the API contract, not an order-status path', () => {
    const text = stringify(runbookHealth(context(facts, 'payments')));
    expect(text).toContain('| `GET /healthz` | Liveness | `200` |');
    expect(text).toContain('| `GET /v1/status` | — | `200`, `503` |');
    expect(text).not.toContain('/v1/payments/{id}/status');
    expect(text).toContain('Probed by the platform but not in the API contract: `/ready`.');
    // The ledger probes no path of the contract and the system model is not there to say otherwise.
    expect(stringify(runbookHealth(context(facts, 'ledger')))).toBe(
      '_No API contract is known to be served by this service, so no health endpoint is known._\n',
    );
  });

  it('gives the exact commands with namespace, resource word and selector', () => {
    const payments = stringify(runbookCommands(context(facts, 'payments')));
    for (const command of [
      'kubectl -n pay rollout status deployment/payments',
      'kubectl -n pay get pods -l app=payments',
      'kubectl -n pay describe deployment/payments',
      'kubectl -n pay logs -l app=payments --tail=200',
      'kubectl -n pay rollout restart deployment/payments',
      'kubectl -n pay scale deployment/payments --replicas=<n>',
      'docker compose -f deploy/docker-compose.yml ps payments',
      'docker compose -f deploy/docker-compose.yml logs --tail=200 payments',
      'docker compose -f deploy/docker-compose.yml restart payments',
    ])
      expect(payments).toContain(`\n${command}\n`);
    const ledger = stringify(runbookCommands(context(facts, 'ledger')));
    expect(ledger).toContain('\nkubectl -n pay rollout status statefulset/ledger\n');
    expect(ledger).toContain('\nkubectl -n pay logs -l app=ledger --tail=200\n');
    const cron = stringify(runbookCommands(context(facts, 'ledger-close')));
    expect(cron).toContain('\nkubectl -n pay create job --from=cronjob/ledger-close ledger-close-manual-$(date +%s)\n');
    expect(cron).toContain('\nkubectl -n pay logs -l app=ledger-close --tail=200\n');
    expect(cron).not.toContain('rollout');
  });

  it('rolls back with kubectl and says whether the newest migration has a down step', () => {
    const text = stringify(runbookRollback(context(facts, 'payments')));
    expect(text).toContain('\nkubectl -n pay rollout undo deployment/payments\n');
    expect(text).toContain('Compose keeps no release history');
    expect(text).toContain('`docker compose -f deploy/docker-compose.yml up -d payments`');
    expect(text).toContain(
      'The newest migration of `db/migrations`, ' +
        '[000002_add_amount.up.sql](../../../db/migrations/000002_add_amount.up.sql#L1), has _no down migration_',
    );
  });

  it('falls back to infra edges for dependencies, with the objects pods need to start', () => {
    const text = stringify(runbookDependencies(context(facts, 'payments')));
    expect(text).toContain(
      [
        'It needs:',
        '',
        '- `compose/db` (depends on)',
        '- `compose/db` (configured by `DATABASE_URL`)',
        '- `Service/pay/ledger` (configured by `LEDGER_URL`)',
        '',
        // Reached through its Service; the Service, autoscaler, budget and policies that select
        // it are its own setup, not dependents.
        'It is needed by:',
        '',
        '- `Ingress/pay/edge` (references `default backend`)',
        '- `Ingress/pay/edge` (references `pay.example.com/v1`)',
        '',
      ].join('\n'),
    );
    expect(text).toContain(
      '| `ServiceAccount/pay/payments` | `serviceAccountName` | no new pods are created ' +
        '(the controller reports `error looking up service account`) |',
    );
    // The ledger is reached through its Service, which the payments Deployment names in LEDGER_URL.
    expect(stringify(runbookDependencies(context(facts, 'ledger')))).toContain(
      'It is needed by:\n\n- `Deployment/pay/payments` (configured by `LEDGER_URL`)\n',
    );
  });

  it('uses the system model when the service is one of its components: dependency, role and outage', () => {
    // The shape deriveSystem gives (the stage itself is built separately): payments uses the
    // compose datastore and Stripe.
    const system: SystemModel = {
      components: [
        {
          id: 'system:payments',
          name: 'payments',
          role: 'service',
          runsAs: ['compose:service/payments', 'k8s:Deployment/pay/payments'],
          supporting: ['k8s:ServiceAccount/pay/payments'],
          provides: ['spec:api/openapi.yaml'],
          hosts: [],
          evidence: [],
        },
        {
          id: 'system:db',
          name: 'db',
          role: 'datastore',
          technology: 'postgres',
          runsAs: ['compose:service/db'],
          supporting: [],
          provides: ['migrations:db/migrations'],
          hosts: [],
          evidence: [],
        },
        {
          id: 'system:external/api.stripe.com',
          name: 'api.stripe.com',
          role: 'external',
          technology: 'stripe',
          runsAs: [],
          supporting: [],
          provides: [],
          hosts: ['api.stripe.com'],
          evidence: [],
        },
      ],
      edges: [
        { from: 'system:payments', to: 'system:db', via: 'env DATABASE_URL', protocol: 'postgres:5432', evidence: [] },
        {
          from: 'system:payments',
          to: 'system:external/api.stripe.com',
          via: 'env STRIPE_API',
          protocol: 'https',
          evidence: [],
        },
      ],
      unknowns: [],
    };
    const ctx = context({ ...facts, system }, 'payments');
    const text = stringify(runbookDependencies(ctx));
    expect(text).toContain(
      '| `db` | datastore (postgres) | `env DATABASE_URL` `postgres:5432` | ' +
        'reads and writes fail: requests that touch its data error or time out |',
    );
    expect(text).toContain(
      '| `api.stripe.com` | external (stripe) | `env STRIPE_API` `https` | ' +
        'calls to this third party fail or time out: the features that use it stop working |',
    );
    expect(stringify(runbookHealth(ctx))).toContain('| `GET /healthz` | Liveness | `200` |');
    expect(stringify(runbookRollback(ctx))).toContain('The newest migration of `db/migrations`');
  });
});

describe('runbook sections: what the sources do not show', async () => {
  const facts = await repoFacts({
    'deploy/k8s/app.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: app, namespace: web }',
      'spec:',
      '  selector: { matchLabels: { app: app } }',
      '  template:',
      '    metadata: { labels: { app: app } }',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: ghcr.io/acme/app:1',
      '          envFrom: [{ secretRef: { name: app-env } }]',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata: { name: app-env, namespace: web }',
      'stringData: { TOKEN: never-kept }',
    ].join('\n'),
    'db/migrations/20240101000000_init.sql': [
      '-- migrate:up',
      'CREATE TABLE t (id int);',
      '-- migrate:down',
      'DROP TABLE t;',
    ].join('\n'),
  });
  const ctx = context(facts, 'app');

  it('says plainly that no probes, resources or health endpoints are known', () => {
    const runtime = stringify(runbookRuntime(ctx));
    expect(runtime).toContain('| `Deployment web/app` | 1 (not set: the default) | — | — | none set |');
    expect(runtime).toContain('- _No liveness probe is configured: a hung process is not restarted by Kubernetes._');
    // No Service selects it: readiness gates only its rollouts.
    expect(runtime).toContain(
      '- _No readiness probe is configured: a rollout counts a pod ready as soon as its container starts._',
    );
    expect(stringify(runbookHealth(ctx))).toBe('_No API contract was found, so no health endpoint is known._\n');
  });

  it('names the Secret new pods need, and a dbmate down section as the rollback', () => {
    expect(stringify(runbookDependencies(ctx))).toContain(
      '| `Secret/web/app-env` | `envFrom` | new pods fail to start (`CreateContainerConfigError`, or ' +
        '`ContainerCreating` with a `FailedMount` event) |',
    );
    expect(facts.schema.migrations.map((m) => m.rollback)).toEqual(['db/migrations/20240101000000_init.sql']);
    expect(stringify(runbookRollback(ctx))).toContain('has a down migration (its down section)');
  });
});
