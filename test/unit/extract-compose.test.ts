import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Component } from '../../src/facts/model.js';
import { extractCompose } from '../../src/sources/compose/extract-compose.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/infra/compose/${name}`, import.meta.url)), 'utf8');
const FILE = 'deploy/docker-compose.yml';

function component(components: Component[], id: string): Component {
  const found = components.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('extractCompose', () => {
  const { facts, diagnostics } = extractCompose(FILE, fixture('docker-compose.yml'));

  it('makes one component per service, sorted by id, citing the service key line', () => {
    expect(facts.components.map((c) => [c.id, c.source.line])).toEqual([
      ['compose:service/api', 12],
      ['compose:service/cache', 51],
      ['compose:service/db', 38],
      ['compose:service/docs', 68],
      ['compose:service/mailhog', 62],
      ['compose:service/rabbit', 55],
      ['compose:service/toolbox', 74],
      ['compose:service/worker', 24],
    ]);
    expect(
      facts.components.every((c) => c.platform === 'compose' && c.kind === 'service' && c.source.file === FILE),
    ).toBe(true);
  });

  it('merges `<<` anchors into services (image, build, environment)', () => {
    expect(component(facts.components, 'compose:service/api')).toEqual({
      id: 'compose:service/api',
      platform: 'compose',
      kind: 'service',
      name: 'api',
      deployable: true,
      image: 'ghcr.io/acme/shop-api:1.4.2',
      ports: [8080, 9091],
      env: ['LOG_LEVEL', 'DATABASE_URL', 'REDIS_ADDR'],
      // From the merged `x-app` environment: host, scheme and port only.
      hosts: [
        { variable: 'DATABASE_URL', host: 'db', scheme: 'postgres', port: 5432 },
        { variable: 'REDIS_ADDR', host: 'cache', port: 6379 },
      ],
      source: { file: FILE, line: 12 },
    });
    const worker = component(facts.components, 'compose:service/worker');
    expect(worker.deployable).toBe(true); // `build` from the anchor
    expect(worker.image).toBeUndefined();
    expect(worker.replicas).toBe(2);
    expect(worker.env).toEqual(['LOG_LEVEL', 'DATABASE_URL', 'REDIS_ADDR', 'QUEUE_URL', 'SMTP_HOST', 'PUBLIC_URL']);
    // `<<: *app-env` merged into the map form, then the service's own values.
    expect(worker.hosts).toEqual([
      { variable: 'DATABASE_URL', host: 'db', scheme: 'postgres', port: 5432 },
      { variable: 'REDIS_ADDR', host: 'cache', port: 6379 },
      { variable: 'QUEUE_URL', host: 'rabbitmq', scheme: 'amqp', port: 5672 },
      { variable: 'SMTP_HOST', host: 'smtp' },
      { variable: 'PUBLIC_URL', host: 'shop.example.com', scheme: 'https' },
    ]);
    expect(worker.command).toBe('node worker.js');
    expect(component(facts.components, 'compose:service/toolbox').command).toBe('sleep infinity');
  });

  it('reads container ports from short syntax, long syntax, ranges and expose', () => {
    expect(component(facts.components, 'compose:service/db').ports).toEqual([5432, 5433]);
    expect(component(facts.components, 'compose:service/cache').ports).toEqual([6379]);
    expect(component(facts.components, 'compose:service/rabbit').ports).toEqual([5672, 15672, 15673]);
  });

  it('keeps environment names only, from list and map forms, never values', () => {
    expect(component(facts.components, 'compose:service/db').env).toEqual([
      'POSTGRES_USER',
      'POSTGRES_PASSWORD',
      'POSTGRES_DB',
    ]);
    const json = JSON.stringify(facts);
    expect(json).not.toContain('s3cret-pw');
    expect(json).not.toContain('guest');
  });

  it('marks services with neither image nor build as not deployable', () => {
    expect(component(facts.components, 'compose:service/toolbox').deployable).toBe(false);
  });

  it('makes depends_on edges (list and map forms, links) and env edges to the services a URL or host names', () => {
    expect(facts.edges).toEqual([
      // The map form's condition is kept (what the service waits for); the list form has none.
      { from: 'compose:service/api', to: 'compose:service/cache', kind: 'depends_on', via: 'service_started' },
      { from: 'compose:service/api', to: 'compose:service/db', kind: 'depends_on', via: 'service_healthy' },
      { from: 'compose:service/api', to: 'compose:service/cache', kind: 'env', via: 'REDIS_ADDR' },
      { from: 'compose:service/api', to: 'compose:service/db', kind: 'env', via: 'DATABASE_URL' },
      { from: 'compose:service/docs', to: 'compose:service/api', kind: 'depends_on', via: 'links' },
      { from: 'compose:service/worker', to: 'compose:service/db', kind: 'depends_on' },
      { from: 'compose:service/worker', to: 'compose:service/rabbit', kind: 'depends_on' },
      { from: 'compose:service/worker', to: 'compose:service/cache', kind: 'env', via: 'REDIS_ADDR' },
      { from: 'compose:service/worker', to: 'compose:service/db', kind: 'env', via: 'DATABASE_URL' },
      // `smtp` is mailhog's network alias; a bare value counts because the name says HOST.
      { from: 'compose:service/worker', to: 'compose:service/mailhog', kind: 'env', via: 'SMTP_HOST' },
      // `rabbitmq` is the rabbit service's hostname.
      { from: 'compose:service/worker', to: 'compose:service/rabbit', kind: 'env', via: 'QUEUE_URL' },
    ]);
  });

  it('notes a depends_on that names no service in the file', () => {
    expect(diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'infra',
        file: FILE,
        line: 68,
        message: 'service `docs` depends on `missing`, which is not a service of this project',
      },
    ]);
  });

  it('parses every short port form', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx',
      '    ports:',
      '      - 80',
      '      - "3000-3002"',
      '      - "[::1]:6001:6001"',
      '      - "127.0.0.1:5000-5001:5010-5011/udp"',
      '      - "${WEB_PORT:-8080}:8081"',
      '      - "8443:${TLS_PORT}"',
    ].join('\n');
    expect(extractCompose('c.yml', text).facts.components[0]!.ports).toEqual([
      80, 3000, 3001, 3002, 5010, 5011, 6001, 8081,
    ]);
  });
});

describe('extractCompose: bad input', () => {
  it('reports malformed YAML with the parser line and yields no facts', () => {
    expect(extractCompose('broken-compose.yml', fixture('broken-compose.yml'))).toEqual({
      facts: { components: [], edges: [] },
      diagnostics: [
        {
          severity: 'error',
          stage: 'infra',
          file: 'broken-compose.yml',
          line: 6,
          column: 1,
          message: 'YAML syntax error: All mapping items must start at the same column',
        },
      ],
    });
  });

  it('says so when there is no services section', () => {
    expect(extractCompose('c.yml', 'version: "3"\nvolumes:\n  data: {}\n').diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'infra',
        file: 'c.yml',
        line: 1,
        message: 'no `services` section: nothing to read in this Compose file',
      },
    ]);
  });
});

describe('extractCompose: env edges with interpolation', () => {
  it('an interpolated password still names the host; an interpolated host does not', () => {
    const text = [
      'services:',
      '  api:',
      '    image: api',
      '    environment:',
      '      DATABASE_URL: postgres://shop:${DB_PASSWORD}@db:5432/shop',
      '      CACHE_URL: redis://${CACHE_HOST}:6379',
      '  db:',
      '    image: postgres:16',
    ].join('\n');
    expect(extractCompose('c.yml', text).facts.edges).toEqual([
      { from: 'compose:service/api', to: 'compose:service/db', kind: 'env', via: 'DATABASE_URL' },
    ]);
  });
});

describe('extractCompose: health checks, labels and hosts', () => {
  const text = [
    'services:',
    '  db:',
    '    image: postgres:16',
    '    environment:',
    '      - POSTGRES_PASSWORD=pw-in-list',
    '      - REPLICA_HOST=db-primary',
    '    labels:',
    '      - "com.example.team=data"',
    '      - com.example.tier',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -U shop -d shop"]',
    '      interval: 5s',
    '  cache:',
    '    image: redis:7',
    '    labels:',
    '      com.example.team: platform',
    '    healthcheck:',
    '      test: ["CMD", "redis-cli", "-a", "pw-in-check", "ping"]',
    '  api:',
    '    image: ghcr.io/acme/api:1',
    '    command: ./api --listen :8080 --token=tok-in-command',
    '    healthcheck:',
    '      test: curl -f http://localhost:8080/health',
    '  legacy:',
    '    image: legacy',
    '    healthcheck:',
    '      disable: true',
    '  quiet:',
    '    image: quiet',
    '    healthcheck:',
    '      test: ["NONE"]',
  ].join('\n');
  const { facts } = extractCompose('c.yml', text);

  it('reads healthcheck.test (CMD, CMD-SHELL and string forms) as one exec command; disabled checks are none', () => {
    expect(component(facts.components, 'compose:service/db').probes).toEqual([
      { kind: 'healthcheck', type: 'exec', command: 'pg_isready -U shop -d shop' },
    ]);
    expect(component(facts.components, 'compose:service/cache').probes).toEqual([
      { kind: 'healthcheck', type: 'exec', command: 'redis-cli -a … ping' },
    ]);
    expect(component(facts.components, 'compose:service/api').probes).toEqual([
      { kind: 'healthcheck', type: 'exec', command: 'curl -f http://localhost:8080/health' },
    ]);
    expect(component(facts.components, 'compose:service/legacy').probes).toBeUndefined();
    expect(component(facts.components, 'compose:service/quiet').probes).toBeUndefined();
  });

  it('reads labels (list and map forms), commands and list-form env hosts, never secret values', () => {
    expect(component(facts.components, 'compose:service/db').labels).toEqual({
      'com.example.team': 'data',
      'com.example.tier': '',
    });
    expect(component(facts.components, 'compose:service/cache').labels).toEqual({ 'com.example.team': 'platform' });
    expect(component(facts.components, 'compose:service/api').command).toBe('./api --listen :8080 --token=…');
    expect(component(facts.components, 'compose:service/db').hosts).toEqual([
      { variable: 'REPLICA_HOST', host: 'db-primary' },
    ]);
    const json = JSON.stringify(facts);
    expect(json).not.toMatch(/pw-in-|tok-in-/);
  });
});
