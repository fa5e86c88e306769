// The stages of src/ depend on each other in one direction only, as the pipeline runs:
//   entries (index, action, cli) → pipeline → report → publish → agent → docs → state → sources
//   → checks → redaction, markdown → config → facts, version
// A file may import from its own stage or from any stage to its right, never to its left. This
// test reads every import (static, dynamic, `export … from`) of every file under src/, so a
// backward import fails the test command, and with it CI.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/action-runner.js';

const SRC = join(PROJECT_ROOT, 'src');

/** Stages from the top of the pipeline to its foundation; earlier entries may import later ones. */
const STAGES: { name: string; paths: string[] }[] = [
  { name: 'entries', paths: ['index.ts', 'action/', 'cli/'] },
  { name: 'pipeline', paths: ['pipeline.ts', 'github-run.ts', 'up-to-date.ts'] },
  { name: 'report', paths: ['report/'] },
  { name: 'publish', paths: ['publish/'] },
  { name: 'agent', paths: ['agent/'] },
  { name: 'docs', paths: ['docs/'] },
  { name: 'state', paths: ['state/'] },
  { name: 'system', paths: ['system/'] },
  { name: 'sources', paths: ['sources/'] },
  { name: 'checks', paths: ['checks/'] },
  { name: 'redaction', paths: ['redaction/'] },
  { name: 'markdown', paths: ['markdown/'] },
  { name: 'config', paths: ['config/'] },
  { name: 'facts', paths: ['facts/', 'version.ts'] },
];
/** Stages at one level: neither may import the other. */
const PEERS = [['redaction', 'markdown']];

function stageOf(file: string): number {
  const at = STAGES.findIndex((s) => s.paths.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)));
  if (at < 0) throw new Error(`src/${file} belongs to no stage: add its folder to STAGES in this test`);
  return at;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = new RegExp(
  String.raw`(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]` +
    String.raw`|import\(\s*(?:\/\*.*?\*\/\s*)?['"](\.[^'"]+)['"]\s*\)`,
  'g',
);

function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[1] ?? m[2])!;
    out.push(posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts'));
  }
  return out;
}

const files = sourceFiles(SRC).map((f) => relative(SRC, f).split('\\').join('/'));

test('every file under src/ belongs to a stage', () => {
  expect(files.length).toBeGreaterThan(50);
  for (const f of files) stageOf(f);
});

test('no import points backwards, into an earlier stage, or across peers', () => {
  const violations: string[] = [];
  for (const file of files) {
    const from = stageOf(file);
    for (const target of importsOf(file)) {
      if (target.startsWith('..')) {
        violations.push(`src/${file} imports ${target}, outside src/`);
        continue;
      }
      const to = stageOf(target);
      const peers = PEERS.some((p) => p.includes(STAGES[from]!.name) && p.includes(STAGES[to]!.name) && from !== to);
      if (to < from || peers)
        violations.push(`src/${file} (${STAGES[from]!.name}) imports src/${target} (${STAGES[to]!.name})`);
    }
  }
  expect(violations).toEqual([]);
});

test('the checker sees the imports it must see', () => {
  // Guard against a regex that silently matches nothing.
  expect(importsOf('pipeline.ts')).toContain('sources/discover-sources.ts');
  expect(importsOf('sources/openapi/openapi-source.ts')).toContain('sources/openapi/extract-openapi.ts');
});
