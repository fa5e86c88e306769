// The shop fixture (test/fixtures/infra/compose/shop) read as `docker compose config` reads it.
// Every expectation below is written by hand from the fixture's files, not from the code's output.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Component, Edge } from '../../src/facts/model.js';
import type { SourcesConfig } from '../../src/config/config-schema.js';
import { extractComposeProjects } from '../../src/sources/compose/extract-compose.js';

const ROOT = fileURLToPath(new URL('../fixtures/infra/compose/shop', import.meta.url));
/** What discovery hands the kind in that folder (prometheus.yml and .env are no Compose files). */
const FILES = ['common-services.yml', 'compose.override.yaml', 'compose.yaml', 'observability/compose.yaml'];
const SECRET = 'fake-pg-Secret-4242';

function settings(profiles?: string[]): SourcesConfig {
  return { 'render-tools': 'built-in', ...(profiles ? { 'compose-profiles': profiles } : {}) } as SourcesConfig;
}

function extract(profiles?: string[], files = FILES) {
  return extractComposeProjects({
    repoRoot: ROOT,
    files,
    text: (f) => readFileSync(`${ROOT}/${f}`, 'utf8'),
    settings: settings(profiles),
  });
}

const at = (file: string, line: number) => ({ file, line });
const MAIN = 'compose.yaml';
const OBS = 'observability/compose.yaml';
const PG = { variable: 'DATABASE_URL', host: 'postgres', scheme: 'postgres', port: 5432 };
const REDIS = { variable: 'REDIS_URL', host: 'redis', scheme: 'redis', port: 6379 };
const OTEL = { variable: 'OTEL_EXPORTER_OTLP_ENDPOINT', host: 'jaeger', scheme: 'http', port: 4317 };
const API_ENV = ['LOG_LEVEL', 'DATABASE_URL', 'REDIS_URL', 'OTEL_EXPORTER_OTLP_ENDPOINT'];
const base = { platform: 'compose', kind: 'service', deployable: true } as const;
const svc = (name: string, rest: Partial<Component>): Component =>
  ({ id: `compose:service/${name}`, ...base, name, ports: [], env: [], ...rest }) as Component;

const ALL: Component[] = [
  svc('adminer', {
    image: 'adminer:4',
    ports: [8080], // `${ADMINER_PORT:-8090}:8080`: the container side
    labels: { 'com.docker.compose.profiles': 'debug' },
    source: at(MAIN, 140),
  }),
  svc('catalog-api', {
    image: 'ghcr.io/acme/catalog-api:1.8.0', // REGISTRY default, TAG from .env
    ports: [8081], // expose 8081, and the override publishes 8081 again
    env: API_ENV,
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'curl -fsS http://localhost:8081/health' }],
    hosts: [PG, REDIS, OTEL],
    source: at(MAIN, 42),
  }),
  svc('gateway', {
    image: 'nginx:1.27-alpine',
    ports: [80, 443], // 443 from compose.override.yaml, appended
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'wget -qO- http://localhost/healthz' }],
    source: at(MAIN, 30),
  }),
  svc('grafana', {
    image: 'grafana/grafana:11.1.0',
    ports: [3000],
    env: ['GF_SECURITY_ADMIN_PASSWORD', 'PROMETHEUS_URL'],
    labels: { 'com.docker.compose.profiles': 'observability' },
    hosts: [{ variable: 'PROMETHEUS_URL', host: 'prometheus', scheme: 'http', port: 9090 }],
    source: at(OBS, 11),
  }),
  svc('jaeger', {
    image: 'jaegertracing/all-in-one:1.58',
    ports: [4317, 16686],
    labels: { 'com.docker.compose.profiles': 'observability' },
    source: at(OBS, 23), // `healthcheck: {disable: true}`: no probe
  }),
  svc('kafka', {
    image: 'confluentinc/cp-kafka:7.6.1',
    ports: [9092],
    env: ['KAFKA_ZOOKEEPER_CONNECT', 'KAFKA_ADVERTISED_LISTENERS'],
    hosts: [
      { variable: 'KAFKA_ZOOKEEPER_CONNECT', host: 'zookeeper', port: 2181 },
      { variable: 'KAFKA_ADVERTISED_LISTENERS', host: 'kafka', scheme: 'plaintext', port: 9092 },
    ],
    source: at(MAIN, 124),
  }),
  svc('mailhog', {
    image: 'mailhog/mailhog:v1.0.1',
    ports: [1025, 8025],
    labels: { 'com.docker.compose.profiles': 'debug' },
    source: at(MAIN, 133),
  }),
  svc('migrate', {
    image: 'ghcr.io/acme/orders-api:1.8.0',
    env: ['DATABASE_URL'],
    command: 'npm run migrate',
    hosts: [PG],
    source: at(MAIN, 87),
  }),
  svc('orders-api', {
    image: 'ghcr.io/acme/orders-api:1.8.0',
    // expose 8082 from common-services.yml's node-api, 9229 from the override
    ports: [8082, 9229],
    // node-api's, then the `<<: *api-env` ones, then its own, then the override's DEBUG
    env: ['NODE_ENV', 'PORT', ...API_ENV, 'KAFKA_BROKERS', 'PAYMENT_PROVIDER_TOKEN', 'DEBUG'],
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'node healthcheck.js' }],
    command: 'node --inspect=0.0.0.0:9229 server.js', // the override's command replaces none
    hosts: [PG, REDIS, OTEL, { variable: 'KAFKA_BROKERS', host: 'kafka', port: 9092 }],
    source: at(MAIN, 57),
  }),
  svc('postgres', {
    image: 'postgres:16',
    ports: [5432],
    env: ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB'],
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'pg_isready -U shop -d shop' }],
    source: at(MAIN, 97),
  }),
  svc('prometheus', {
    image: 'prom/prometheus:v2.53.0',
    ports: [9090],
    labels: { 'com.docker.compose.profiles': 'observability' },
    source: at(OBS, 3),
  }),
  svc('redis', {
    image: 'redis:7-alpine',
    ports: [6379],
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'redis-cli ping' }],
    source: at(MAIN, 112),
  }),
  svc('stripe-mock', {
    image: 'stripe/stripe-mock:v0.188.0',
    ports: [12111],
    source: at('compose.override.yaml', 18),
  }),
  svc('users-api', {
    image: 'ghcr.io/acme/users-api:1.8.0',
    ports: [8081, 8084], // catalog-api's expose plus its own `${USERS_PORT:-8083}`, 8084 in .env
    env: [...API_ENV, 'JWT_ISSUER'],
    probes: [{ kind: 'healthcheck', type: 'exec', command: 'curl -fsS http://localhost:8081/health' }],
    hosts: [PG, REDIS, OTEL, { variable: 'JWT_ISSUER', host: 'auth.example.com', scheme: 'https' }],
    source: at(MAIN, 49),
  }),
  svc('worker', {
    replicas: 3, // `${WORKER_REPLICAS:-2}`, `export WORKER_REPLICAS=3` in .env
    env: ['KAFKA_BROKERS', 'SMTP_HOST', 'PRICE_FORMAT'],
    command: 'node worker.js --queue orders',
    hosts: [
      { variable: 'KAFKA_BROKERS', host: 'kafka', port: 9092 },
      { variable: 'SMTP_HOST', host: 'mailhog' },
    ],
    source: at(MAIN, 74),
  }),
  svc('zookeeper', {
    image: 'confluentinc/cp-zookeeper:7.6.1',
    ports: [2181],
    env: ['ZOOKEEPER_CLIENT_PORT'],
    source: at(MAIN, 118),
  }),
];
// `worker` has `build:` and no image.
delete (ALL.find((c) => c.name === 'worker') as Partial<Component>).image;

const dep = (from: string, to: string, via?: string): Edge => ({
  from: `compose:service/${from}`,
  to: `compose:service/${to}`,
  kind: 'depends_on',
  ...(via ? { via } : {}),
});
const env = (from: string, to: string, via: string): Edge => ({
  from: `compose:service/${from}`,
  to: `compose:service/${to}`,
  kind: 'env',
  via,
});

const ALL_EDGES: Edge[] = [
  dep('adminer', 'postgres'),
  dep('catalog-api', 'postgres', 'service_healthy'),
  dep('catalog-api', 'redis', 'service_started'),
  env('catalog-api', 'postgres', 'DATABASE_URL'),
  env('catalog-api', 'jaeger', 'OTEL_EXPORTER_OTLP_ENDPOINT'),
  env('catalog-api', 'redis', 'REDIS_URL'),
  dep('gateway', 'catalog-api'),
  dep('gateway', 'orders-api'),
  dep('gateway', 'users-api'),
  dep('grafana', 'prometheus', 'service_started'),
  env('grafana', 'prometheus', 'PROMETHEUS_URL'),
  dep('kafka', 'zookeeper'),
  env('kafka', 'zookeeper', 'KAFKA_ZOOKEEPER_CONNECT'),
  dep('migrate', 'postgres', 'service_healthy'),
  env('migrate', 'postgres', 'DATABASE_URL'),
  dep('orders-api', 'kafka', 'service_started'),
  dep('orders-api', 'migrate', 'service_completed_successfully'),
  dep('orders-api', 'postgres', 'service_healthy'),
  env('orders-api', 'postgres', 'DATABASE_URL'),
  env('orders-api', 'kafka', 'KAFKA_BROKERS'),
  env('orders-api', 'jaeger', 'OTEL_EXPORTER_OTLP_ENDPOINT'),
  env('orders-api', 'redis', 'REDIS_URL'),
  dep('users-api', 'postgres', 'service_healthy'),
  dep('users-api', 'redis', 'service_started'),
  env('users-api', 'postgres', 'DATABASE_URL'),
  env('users-api', 'jaeger', 'OTEL_EXPORTER_OTLP_ENDPOINT'),
  env('users-api', 'redis', 'REDIS_URL'),
  dep('worker', 'kafka'),
  dep('worker', 'postgres'),
  env('worker', 'kafka', 'KAFKA_BROKERS'),
  env('worker', 'mailhog', 'SMTP_HOST'),
];

const sortEdges = (edges: Edge[]) => [...edges].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const names = (cs: Component[]) => cs.map((c) => c.name);

describe('the shop project without compose-profiles (every service, profiles shown)', async () => {
  const r = await extract();

  it('documents each service once, merged from compose.yaml, its override, extends and include', () => {
    expect(r.facts.components).toEqual(ALL);
  });

  it('makes the depends_on edges (with their conditions) and env edges the project states', () => {
    expect(sortEdges(r.facts.edges)).toEqual(sortEdges(ALL_EDGES));
  });

  it('reads neither the override, the extended nor the included file as a project of its own', () => {
    expect(names(r.facts.components)).not.toContain('node-api');
    expect(new Set(r.facts.components.map((c) => c.id)).size).toBe(r.facts.components.length);
  });

  it('says once that the secret variable is not read from .env, at its first use', () => {
    expect(r.diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'infra',
        file: MAIN,
        line: 20,
        message:
          '1 variable(s) not set in .env, so set where it is deployed: `POSTGRES_PASSWORD`; ' +
          '1 with a secret-looking name whose .env value is not read; read as their defaults or blank',
      },
    ]);
  });

  it('never keeps the secret value, and hashes the .env without it', () => {
    expect(JSON.stringify(r.facts)).not.toContain(SECRET);
    expect(JSON.stringify(r.diagnostics)).not.toContain(SECRET);
    expect([...(r.alsoRead?.keys() ?? [])]).toEqual(['.env']);
    expect(r.alsoRead?.get('.env')).not.toContain(SECRET);
    expect(r.alsoRead?.get('.env')).toContain('TAG=1.8.0');
  });
});

describe('the shop project with compose-profiles', () => {
  const byName = new Map(ALL.map((c) => [c.name, c]));
  const pick = (list: string[]) => list.map((n) => byName.get(n)!);
  const CORE = [
    'catalog-api',
    'gateway',
    'kafka',
    'migrate',
    'orders-api',
    'postgres',
    'redis',
    'stripe-mock',
    'users-api',
    'worker',
    'zookeeper',
  ];

  it('[debug]: adds mailhog and adminer; no edges to the inactive jaeger', async () => {
    const r = await extract(['debug']);
    expect(r.facts.components).toEqual(pick(['adminer', ...CORE.slice(0, 3), 'mailhog', ...CORE.slice(3)]));
    expect(sortEdges(r.facts.edges)).toEqual(
      sortEdges(ALL_EDGES.filter((e) => !/jaeger|grafana/.test(`${e.from} ${e.to}`))),
    );
  });

  it('[observability]: the included trio; worker no longer reaches mailhog', async () => {
    const r = await extract(['observability']);
    expect(names(r.facts.components)).toEqual([
      'catalog-api',
      'gateway',
      'grafana',
      'jaeger',
      'kafka',
      'migrate',
      'orders-api',
      'postgres',
      'prometheus',
      'redis',
      'stripe-mock',
      'users-api',
      'worker',
      'zookeeper',
    ]);
    expect(r.facts.edges).not.toContainEqual(env('worker', 'mailhog', 'SMTP_HOST'));
    expect(r.facts.edges).toContainEqual(env('orders-api', 'jaeger', 'OTEL_EXPORTER_OTLP_ENDPOINT'));
  });

  it('[]: only services without profiles', async () => {
    const r = await extract([]);
    expect(r.facts.components).toEqual(pick(CORE));
  });
});

describe('the shop project when discovery hands only some files', () => {
  it('reads an extended and an included file it was not given, and reports them as read', async () => {
    const r = await extract(undefined, ['compose.override.yaml', 'compose.yaml']);
    expect(r.facts.components).toEqual(ALL);
    expect([...(r.alsoRead?.keys() ?? [])].sort()).toEqual(['.env', 'common-services.yml', OBS]);
  });
});
