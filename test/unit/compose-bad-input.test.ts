// Bad Compose input costs its own file or service, with a diagnostic at file:line; never a throw.

import { describe, expect, it } from 'vitest';
import type { SourcesConfig } from '../../src/config/config-schema.js';
import type { Diagnostic } from '../../src/facts/model.js';
import { extractComposeProjects } from '../../src/sources/compose/extract-compose.js';
import { tempRepo } from '../support/temp-repo.js';

async function run(files: Record<string, string>, given = Object.keys(files).filter((f) => !f.endsWith('.env'))) {
  const root = tempRepo(files, 'ad-compose-');
  return extractComposeProjects({
    repoRoot: root,
    files: given.sort(),
    text: (f) => files[f]!,
    settings: { 'render-tools': 'built-in' } as SourcesConfig,
  });
}
const ids = (r: Awaited<ReturnType<typeof run>>) => r.facts.components.map((c) => c.name);
const where = (d: Diagnostic[]) => d.map((x) => `${x.severity} ${x.file}:${x.line} ${x.message}`);

describe('Compose bad input', () => {
  it('a tab-indented file and a file with a duplicate key: syntax errors with lines, the rest is read', async () => {
    const r = await run({
      'a/compose.yaml': 'services:\n  web:\n\timage: nginx\n',
      'b/compose.yaml': 'services:\n  web:\n    image: nginx\n    image: httpd\n',
      'c/compose.yaml': 'services:\n  ok:\n    image: busybox\n',
    });
    expect(ids(r)).toEqual(['ok']);
    expect(r.diagnostics.map((d) => [d.severity, d.file, d.line])).toEqual([
      ['error', 'a/compose.yaml', 3],
      ['error', 'b/compose.yaml', 4],
    ]);
    expect(r.diagnostics[1]!.message).toMatch(/unique/);
  });

  it('extends of a missing service or file: the service is read without it', async () => {
    const r = await run({
      'compose.yaml': [
        'services:',
        '  api:',
        '    image: api:1',
        '    extends: { service: nowhere }',
        '  web:',
        '    image: web:1',
        '    extends:',
        '      file: missing.yml',
        '      service: base',
        '  loop-a:',
        '    image: a',
        '    extends: loop-b',
        '  loop-b:',
        '    image: b',
        '    extends: loop-a',
      ].join('\n'),
    });
    expect(ids(r)).toEqual(['api', 'loop-a', 'loop-b', 'web']);
    expect(where(r.diagnostics)).toEqual([
      'error compose.yaml:2 service `api` extends `nowhere`, which compose.yaml does not define',
      'error compose.yaml:5 service `web` extends a service in missing.yml: missing.yml does not exist',
      'error compose.yaml:10 extends cycle: compose.yaml#loop-a → compose.yaml#loop-b → compose.yaml#loop-a; ' +
        'not followed',
      'error compose.yaml:13 extends cycle: compose.yaml#loop-b → compose.yaml#loop-a → compose.yaml#loop-b; ' +
        'not followed',
    ]);
  });

  it('an include cycle is reported once and each service read once', async () => {
    const r = await run({
      'stack/a.yaml': 'include:\n  - b.yaml\nservices:\n  a:\n    image: a\n',
      'stack/b.yaml': 'include:\n  - a.yaml\nservices:\n  b:\n    image: b\n',
    });
    expect(ids(r)).toEqual(['a', 'b']);
    expect(where(r.diagnostics)).toEqual([
      'error stack/b.yaml:2 include cycle: stack/a.yaml → stack/b.yaml → stack/a.yaml; not followed',
    ]);
  });

  it('an include of a missing file or outside the repository is refused with its line', async () => {
    const r = await run({
      'compose.yaml': 'include:\n  - gone.yaml\n  - path: ../../etc/passwd\nservices:\n  web:\n    image: w\n',
    });
    expect(ids(r)).toEqual(['web']);
    expect(where(r.diagnostics)).toEqual([
      'error compose.yaml:2 cannot include gone.yaml: gone.yaml does not exist',
      'error compose.yaml:3 cannot include ../../etc/passwd: ../../etc/passwd is outside the repository; not read',
    ]);
  });

  it('variables left to the deployment (`${VAR:?err}`, `${VAR}`): one notice naming them, read as blank', async () => {
    const r = await run({
      'compose.yaml': [
        'services:',
        '  db:',
        '    image: postgres:${PG_TAG:?set PG_TAG in .env}',
        '    environment:',
        '      DB_HOST: ${DB_HOST}',
        '    ports: ["${DB_PORT:-5432}:5432"]',
      ].join('\n'),
    });
    expect(r.facts.components[0]).toMatchObject({ name: 'db', image: 'postgres:', ports: [5432] });
    // A production file demands its secrets at deploy time: the normal case, not a fault.
    expect(where(r.diagnostics)).toEqual([
      'notice compose.yaml:3 2 variable(s) not set in .env, so set where it is deployed: `PG_TAG`, `DB_HOST`; ' +
        '1 required (`:?`); read as their defaults or blank',
    ]);
  });

  it('anchors to nowhere and non-mapping services do not throw', async () => {
    const r = await run({
      'a/compose.yaml': 'services:\n  web:\n    <<: *nothing\n',
      'b/compose.yaml': 'services: [web]\n',
      'c/compose.yaml': '',
    });
    expect(ids(r)).toEqual([]);
    expect(r.diagnostics.every((d) => d.line !== undefined && d.stage === 'infra')).toBe(true);
  });
});

describe('which Compose files form a project', () => {
  it('an environment variant that is only a fragment is not its own project; a whole one is', async () => {
    const r = await run({
      'deploy/docker-compose.yml': 'services:\n  api:\n    image: api:1\n',
      'deploy/docker-compose.prod.yml': 'services:\n  api:\n    deploy:\n      replicas: 4\n',
      'deploy/docker-compose.ci.yml': 'services:\n  e2e:\n    image: e2e:1\n',
      'deploy/compose.override.yaml': 'services:\n  api:\n    environment: [DEBUG=1]\n',
      'deploy/docker-compose.override.yml': 'services:\n  api:\n    environment: [OTHER=1]\n',
    });
    expect(r.facts.components.map((c) => [c.name, c.source.file, c.env])).toEqual([
      ['api', 'deploy/docker-compose.yml', ['DEBUG']],
      ['e2e', 'deploy/docker-compose.ci.yml', []],
    ]);
    expect(where(r.diagnostics)).toEqual([
      'notice deploy/docker-compose.override.yml:1 not read: docker compose merges only ' +
        'deploy/compose.override.yaml over deploy/docker-compose.yml',
      'notice deploy/docker-compose.prod.yml:1 an environment variant of deploy/docker-compose.yml ' +
        '(docker compose -f docker-compose.yml -f docker-compose.prod.yml): its services are documented ' +
        'from deploy/docker-compose.yml',
    ]);
  });

  it('projects in two folders with the same service name are two environments, each linking its own', async () => {
    const r = await run({
      'dev/compose.yaml': 'services:\n  app:\n    image: app:dev\n    depends_on: [db]\n  db:\n    image: pg\n',
      'prod/compose.yaml': 'services:\n  app:\n    image: app:1\n    depends_on: [cache]\n  cache:\n    image: r\n',
    });
    expect(r.facts.components.map((c) => `${c.id} ${c.environment ?? '-'} ${c.source.file}`)).toEqual([
      'compose:service/app - dev/compose.yaml',
      'compose:service/db - dev/compose.yaml',
      'compose:service/app@prod/compose.yaml prod/compose.yaml prod/compose.yaml',
      'compose:service/cache@prod/compose.yaml prod/compose.yaml prod/compose.yaml',
    ]);
    expect(r.facts.edges.map((e) => `${e.from} → ${e.to}`)).toEqual([
      'compose:service/app → compose:service/db',
      'compose:service/app@prod/compose.yaml → compose:service/cache@prod/compose.yaml',
    ]);
  });

  it('network_mode: service:x, volumes_from and links are dependencies', async () => {
    const r = await run({
      'compose.yaml': [
        'services:',
        '  vpn:',
        '    image: vpn',
        '  app:',
        '    image: app',
        '    network_mode: service:vpn',
        '    volumes_from: [data:ro, "container:outside"]',
        '    links: [db:database]',
        '    depends_on:',
        '      db: { condition: service_healthy, required: false }',
        '  data:',
        '    image: busybox',
        '  db:',
        '    image: pg',
      ].join('\n'),
    });
    expect(r.facts.edges).toEqual([
      { from: 'compose:service/app', to: 'compose:service/data', kind: 'depends_on', via: 'volumes_from' },
      { from: 'compose:service/app', to: 'compose:service/db', kind: 'depends_on', via: 'links' },
      { from: 'compose:service/app', to: 'compose:service/db', kind: 'depends_on', via: 'service_healthy, optional' },
      { from: 'compose:service/app', to: 'compose:service/vpn', kind: 'depends_on', via: 'network_mode' },
    ]);
  });
});
