// The contract of a source kind, exercised by a kind that exists only in this test: a made-up
// "service map" format (`*.svcmap`, one `service <name> image <image> -> <dependency>` per line).
// Registering it is all it takes: no file under src/ names it, yet it is discovered, extracted,
// in the facts and drawn in the docs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Component, Edge } from '../../src/facts/model.js';
import { registerSourceKind } from '../../src/sources/registry.js';
import type { SourceKind } from '../../src/sources/source-kind.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';

const LINE = /^service\s+(\S+)(?:\s+image\s+(\S+))?(?:\s+->\s+(\S+))?\s*$/;

const serviceMap = {
  name: 'svcmap',
  label: 'service maps',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: /\.svcmap$/,
  detect: (c) => /^service\s/m.test(c.head),
  async extract({ files, text }) {
    const components: Component[] = [];
    const edges: Edge[] = [];
    const diagnostics = [];
    for (const file of files) {
      text(file)
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          const m = LINE.exec(line);
          if (!m) {
            diagnostics.push({
              severity: 'warning' as const,
              stage: 'infra' as const,
              file,
              line: i + 1,
              message: `not a service line: ${line}`,
            });
            return;
          }
          const id = `svcmap:${m[1]}`;
          components.push({
            id,
            platform: 'svcmap',
            kind: 'service',
            name: m[1]!,
            deployable: true,
            image: m[2],
            ports: [],
            env: [],
            source: { file, line: i + 1 },
          });
          if (m[3]) edges.push({ from: id, to: `svcmap:${m[3]}`, kind: 'depends_on' });
        });
    }
    return { facts: { infra: { components, edges } }, diagnostics };
  },
  components: {
    title: 'Service map',
    diagramName: (c) => c.name,
    reference: (c) => `svcmap/${c.name}`,
    deployedAs: (c) => `mapped service ${c.name}`,
  },
  changeGroups: [{ prefix: 'svcmap:', title: 'Service map' }],
} satisfies SourceKind;

let unregister: () => void;
beforeAll(() => {
  unregister = registerSourceKind(serviceMap);
});
afterAll(() => unregister());

test('a kind registered from outside src/ is discovered, extracted, in the facts and in the docs', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'ad-kind-'));
  writeFileSync(
    join(repo, 'system.svcmap'),
    'service web image acme/web:1.2 -> api\nservice api image acme/api:3.4\nnonsense here\n',
  );

  const result = await runPipeline(repo);
  expect(result.facts.inputs).toEqual([
    { file: 'system.svcmap', kind: 'svcmap', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
  ]);
  expect(result.facts.infra.components.map((c) => [c.id, c.image])).toEqual([
    ['svcmap:api', 'acme/api:3.4'],
    ['svcmap:web', 'acme/web:1.2'],
  ]);
  expect(result.facts.infra.edges).toEqual([{ from: 'svcmap:web', to: 'svcmap:api', kind: 'depends_on' }]);
  expect(result.diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
    ['system.svcmap', 3, 'not a service line: nonsense here'],
  ]);

  const infra = readFileSync(join(repo, DOCS, 'infrastructure.md'), 'utf8');
  // The deployment view titles the platform the way the kind names it, and draws its components.
  expect(infra).toContain('**Service map**');
  expect(infra).toContain('c_svcmap_web["service web"]');
  expect(infra).toMatch(/\| `web` +\| Service map +\| service +\| `acme\/web:1\.2` +\|/);
  expect(infra).toMatch(/\| `web` +\| `api` +\| depends_on +\| — +\|/);
  const runbook = readFileSync(join(repo, DOCS, 'runbooks/web.md'), 'utf8');
  expect(runbook).toContain('`mapped service web`');
  const overview = readFileSync(join(repo, DOCS, 'README.md'), 'utf8');
  expect(overview).toMatch(/\| Infrastructure +\| 2 objects, 2 deployable services +\| 1 file +\|/);
  expect(overview).toMatch(
    /\| System +\| 2 services, 0 data components, 0 gateways, 0 external systems, 1 connection +\|/,
  );
});
