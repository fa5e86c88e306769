// The built-in resolver against the real `docker compose config` (skipped where the Compose plugin
// is not installed, as on this project's CI; GitHub's Ubuntu runners have it).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SourcesConfig } from '../../src/config/config-schema.js';
import type { Component, InfraFacts } from '../../src/facts/model.js';
import { dockerCompose, scrub } from '../../src/sources/compose/compose-config-tool.js';
import { extractComposeProjects } from '../../src/sources/compose/extract-compose.js';

const ROOT = fileURLToPath(new URL('../fixtures/infra/compose/shop', import.meta.url));
const FILES = ['common-services.yml', 'compose.override.yaml', 'compose.yaml', 'observability/compose.yaml'];
const SECRET = 'fake-pg-Secret-4242';
const docker = await dockerCompose();

async function facts(renderTools: 'auto' | 'built-in', profiles?: string[]) {
  const settings = { 'render-tools': renderTools, ...(profiles ? { 'compose-profiles': profiles } : {}) };
  return extractComposeProjects({
    repoRoot: ROOT,
    files: FILES,
    text: (f) => readFileSync(`${ROOT}/${f}`, 'utf8'),
    settings: settings as SourcesConfig,
  });
}

/** What both readers must agree on (the tool adds defaults, reorders maps and has no lines). */
function comparable(f: InfraFacts) {
  const c = (x: Component) => ({
    id: x.id,
    image: x.image,
    ports: x.ports,
    env: [...x.env].sort(),
    probes: x.probes,
    replicas: x.replicas,
    hosts: x.hosts?.map((h) => h.host).sort(),
  });
  const deps = f.edges.map((e) => `${e.from} ${e.kind} ${e.to}`);
  return { components: f.components.map(c), edges: [...new Set(deps)].sort() };
}

describe('docker compose config', () => {
  it.skipIf(!docker)('resolves the shop project as the built-in reader does', async () => {
    for (const profiles of [undefined, ['debug'], []]) {
      const tool = await facts('auto', profiles);
      const builtIn = await facts('built-in', profiles);
      expect(tool.diagnostics.filter((d) => /docker compose config failed/.test(d.message))).toEqual([]);
      expect(comparable(tool.facts)).toEqual(comparable(builtIn.facts));
      // The tool inlines .env values; none of a secret-named variable's may survive.
      expect(JSON.stringify(tool)).not.toContain(SECRET);
    }
  });

  it('is not asked when render-tools is built-in, and the result is the same everywhere', async () => {
    const r = await facts('built-in');
    expect(r.diagnostics.some((d) => /docker compose/.test(d.message) && /failed/.test(d.message))).toBe(false);
  });

  it('its output is scrubbed of every withheld value, the longest first', () => {
    expect(scrub({ a: ['postgres://u:pw-long@db', { b: 'x pw-long pw y' }], n: 5 }, ['pw', 'pw-long', ''])).toEqual({
      a: ['postgres://u:@db', { b: 'x   y' }],
      n: 5,
    });
  });
});
