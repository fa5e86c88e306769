// `!reset` / `!override` in an override file, and `env_file` joined into a service's environment.

import { describe, expect, it } from 'vitest';
import type { SourcesConfig } from '../../src/config/config-schema.js';
import { extractComposeProjects } from '../../src/sources/compose/extract-compose.js';
import { tempRepo } from '../support/temp-repo.js';

async function run(files: Record<string, string>, given: string[]) {
  const root = tempRepo(files, 'ad-compose-tags-');
  return extractComposeProjects({
    repoRoot: root,
    files: given,
    text: (f) => files[f]!,
    settings: { 'render-tools': 'built-in' } as SourcesConfig,
  });
}

describe('Compose merge tags', () => {
  it('`!reset` removes and `!override` replaces what the main file set', async () => {
    const r = await run(
      {
        'compose.yaml': [
          'services:',
          '  api:',
          '    image: api:1',
          '    ports: ["8080:80", "9090:90"]',
          '    environment: { A: "1", B: "2" }',
          '    depends_on: [db]',
          '    healthcheck:',
          '      test: ["CMD", "true"]',
          '  db:',
          '    image: pg',
        ].join('\n'),
        'compose.override.yaml': [
          'services:',
          '  api:',
          '    ports: !override ["3000:3000"]',
          '    environment:',
          '      B: !reset null',
          '      C: "3"',
          '    depends_on: !reset []',
          '    healthcheck: !reset {}',
        ].join('\n'),
      },
      ['compose.override.yaml', 'compose.yaml'],
    );
    const api = r.facts.components.find((c) => c.name === 'api')!;
    expect(api.ports).toEqual([3000]);
    expect(api.env).toEqual(['A', 'C']);
    expect(api.probes).toBeUndefined();
    expect(r.facts.edges).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('env_file', () => {
  it('adds its names (and non-secret hosts) under the service’s own environment; secrets stay unread', async () => {
    const r = await run(
      {
        'deploy/compose.yaml': [
          'services:',
          '  api:',
          '    image: api:1',
          '    env_file:',
          '      - ./config/api.env',
          '      - path: ./config/local.env',
          '        required: false',
          '      - ./config/gone.env',
          '    environment:',
          '      LOG_LEVEL: info',
          '  cache:',
          '    image: redis',
        ].join('\n'),
        'deploy/config/api.env': 'CACHE_URL=redis://cache:6379\nAPI_TOKEN=tok-fake-123\nLOG_LEVEL=debug\n',
      },
      ['deploy/compose.yaml'],
    );
    const api = r.facts.components.find((c) => c.name === 'api')!;
    expect(api.env).toEqual(['API_TOKEN', 'CACHE_URL', 'LOG_LEVEL']);
    expect(api.hosts).toEqual([{ variable: 'CACHE_URL', host: 'cache', scheme: 'redis', port: 6379 }]);
    expect(r.facts.edges).toEqual([
      { from: 'compose:service/api', to: 'compose:service/cache', kind: 'env', via: 'CACHE_URL' },
    ]);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}`)).toEqual(['notice deploy/compose.yaml:2']);
    expect(JSON.stringify(r)).not.toContain('tok-fake-123');
    expect(r.alsoRead?.get('deploy/config/api.env')).toBe(
      'CACHE_URL=redis://cache:6379\nAPI_TOKEN=\nLOG_LEVEL=debug\n',
    );
  });

  it('one missing file named by many services is one notice, at the first, naming them all', async () => {
    const service = (name: string) => [`  ${name}:`, `    image: ${name}:1`, '    env_file: .env'];
    const r = await run(
      {
        'compose.yaml': ['services:', ...['app', 'backend', 'admin', 'worker', 'migrate'].flatMap(service)].join('\n'),
      },
      ['compose.yaml'],
    );
    expect(r.diagnostics.map((d) => `${d.severity} ${d.file}:${d.line} ${d.message}`)).toEqual([
      'notice compose.yaml:2 env_file .env cannot be read (.env does not exist), named by 5 services ' +
        '(app, backend, admin and 2 more); its variables are not listed',
    ]);
  });
});
