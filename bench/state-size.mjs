// Benchmark: the size of the state file committed beside the docs, for GitHub's REST description
// (`@octokit/openapi`'s api.github.com.json, 13 MB) and for a generated 150-table schema, against
// the fact model's JSON (what the state file held before the line format, issue 14: 2.2 MB for
// GitHub's description). The built CLI runs `generate` offline on a fresh git repository holding
// the sources, then `facts` prints the model the baseline is measured on. Target: ≤ 64 KB.
//   node bench/state-size.mjs [--json FILE] [--quick: GitHub's description only]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateMigrationSet } from './generate-migrations.mjs';
import { atMost, figure, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'architect-docs.js');
const { values: args } = parseArgs({ options: { ...reportOptions } });
const TARGET_KB = 64;

function repoWith(place) {
  const dir = mkdtempSync(join(tmpdir(), 'ad-bench-state-'));
  place(dir);
  const git = (...a) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b', ...a], { cwd: dir });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'sources');
  return dir;
}

function measure(what, dir) {
  const env = { ...process.env, ARCHITECT_DOCS_CACHE_DIR: join(dir, '..', `${dir.split('/').pop()}-cache`) };
  delete env.ANTHROPIC_API_KEY;
  execFileSync(process.execPath, [cli, 'generate', '--repo', dir, '--offline'], { env, stdio: 'ignore' });
  const state = statSync(join(dir, 'docs', 'architecture', '.architect-docs-state')).size;
  const facts = execFileSync(process.execPath, [cli, 'facts', '--repo', dir], { env, maxBuffer: 1 << 30 }).length;
  rmSync(dir, { recursive: true, force: true });
  rmSync(env.ARCHITECT_DOCS_CACHE_DIR, { recursive: true, force: true });
  return { what, state, facts };
}

const spec = join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
const results = [
  measure(
    "GitHub's REST description",
    repoWith((dir) => {
      mkdirSync(join(dir, 'openapi'));
      copyFileSync(spec, join(dir, 'openapi', 'api.github.com.json'));
    }),
  ),
  ...(args.quick
    ? []
    : [
        measure(
          'generated schema, 1,000 migrations',
          repoWith((dir) => {
            generateMigrationSet(join(dir, 'db', 'migrations'), { files: 1000, seed: 11 });
          }),
        ),
      ]),
];

const kb = (b) => (b / 1024).toFixed(1);
console.log('| sources | state file | fact model JSON, as `facts` prints it | state / fact model | target |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of results) {
  const verdict = r.state <= TARGET_KB * 1024 ? 'PASS' : 'FAIL';
  const ratio = (r.state / r.facts).toFixed(4);
  console.log(`| ${r.what} | ${kb(r.state)} KB | ${kb(r.facts)} KB | ${ratio}× | ≤ ${TARGET_KB} KB ${verdict} |`);
}
writeReport(
  args.json,
  'state-size',
  results.map((r) =>
    figure({
      what: `state file, ${r.what} (${kb(r.state)} KB)`,
      value: r.state / 1024,
      unit: 'KB',
      baseline: null,
      ...atMost(r.state / 1024, TARGET_KB, 'KB'),
      note: `the fact model's JSON, which the state file held before: ${kb(r.facts)} KB`,
    }),
  ),
);
