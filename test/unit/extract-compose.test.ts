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
      source: { file: FILE, line: 12 },
    });
    const worker = component(facts.components, 'compose:service/worker');
    expect(worker.deployable).toBe(true); // `build` from the anchor
    expect(worker.image).toBeUndefined();
    expect(worker.replicas).toBe(2);
    expect(worker.env).toEqual(['LOG_LEVEL', 'DATABASE_URL', 'REDIS_ADDR', 'QUEUE_URL', 'SMTP_HOST', 'PUBLIC_URL']);
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
      { from: 'compose:service/api', to: 'compose:service/cache', kind: 'depends_on' },
      { from: 'compose:service/api', to: 'compose:service/db', kind: 'depends_on' },
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
        message: 'service `docs` depends on `missing`, which is not a service in this file',
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
