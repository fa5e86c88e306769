// Benchmark: how much an unchanged run saves. Runs the bundled CLI on a fresh copy of
// examples/shop three ways and prints wall times and their ratio to the cold run measured in
// the same process (absolute numbers vary by machine; the ratio is the claim).
//   node bench/incremental-run.mjs [repeats=3] [--quick] [--json FILE]
// --quick: 1 repeat; --json: the figures for bench/run-all.mjs (bench/report.mjs).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/architect-docs.js');
const { values: args, positionals } = parseArgs({ options: reportOptions, allowPositionals: true });
const repeats = Number(positionals[0] ?? (args.quick ? 1 : 3));

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
// Each repeat gets its own empty run cache (facts and replays): with the machine's shared one, the
// "cold" run found its facts cached by an earlier bench and was no cold run.
const generate = (repo, cacheDir) =>
  execFileSync(process.execPath, [cli, 'generate', '--repo', repo], {
    stdio: 'ignore',
    env: { ...process.env, ARCHITECT_DOCS_CACHE_DIR: cacheDir },
  });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cold = [];
const unchanged = [];
const oneMigration = [];
for (let i = 0; i < repeats; i++) {
  const repo = mkdtempSync(join(tmpdir(), 'ad-bench-'));
  cpSync(join(root, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
  const cacheDir = mkdtempSync(join(tmpdir(), 'ad-bench-cache-'));
  cold.push(time(() => generate(repo, cacheDir)));
  unchanged.push(time(() => generate(repo, cacheDir)));
  appendFileSync(join(repo, 'db/migrations/000013_bench.up.sql'), 'ALTER TABLE customers ADD COLUMN bench int;\n');
  oneMigration.push(time(() => generate(repo, cacheDir)));
  for (const dir of [repo, cacheDir]) rmSync(dir, { recursive: true, force: true });
}
const c = median(cold);
const row = (name, xs) =>
  console.log(`${name.padEnd(28)} ${median(xs).toFixed(0).padStart(6)} ms  (${(median(xs) / c).toFixed(2)}× cold)`);
console.log(`examples/shop, median of ${repeats}, node ${process.version}`);
row('cold run (no state, no cache)', cold);
row('unchanged inputs', unchanged);
row('one migration added', oneMigration);
writeReport(args.json, 'incremental-run', [
  { what: 'unchanged inputs, examples/shop', value: median(unchanged) / c, unit: 'ratio', baseline: 'cold run' },
  { what: 'one migration added, examples/shop', value: median(oneMigration) / c, unit: 'ratio', baseline: 'cold run' },
]);
