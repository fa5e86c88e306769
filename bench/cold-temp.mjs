// Benchmark: a run on a fresh hosted runner, whose temp folder is empty every job, against a run
// whose temp folder already holds what earlier runs left there. Runs the bundled CLI `generate`
// on a fresh copy of examples/shop (no state, so the migrations are replayed every time) with
// TMPDIR set to an empty folder (cold) or to one folder shared by all warm runs (warm; one
// untimed run fills it first), interleaved, and prints the medians and cold/warm.
// With the fresh-database snapshot shipped in dist/vendor/pglite the ratio should be near 1:
// neither run pays initdb. `--no-shipped` runs a copy of dist/ without it, as the baseline
// before it shipped (the cold run then pays initdb).
//   node bench/cold-temp.mjs [--repeats 5] [--no-shipped] [--quick] [--json FILE]
// --quick: 3 repeats; --json: the figures for bench/run-all.mjs (bench/report.mjs).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atMost, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { repeats: { type: 'string' }, 'no-shipped': { type: 'boolean', default: false }, ...reportOptions },
});
const repeats = Number(args.repeats ?? (args.quick ? 3 : 5));
const withoutShipped = args['no-shipped'];
const shipped = join(root, 'dist/vendor/pglite/fresh-datadir.tar.br');
if (!withoutShipped && !existsSync(shipped)) throw new Error('dist/ ships no snapshot: run `node scripts/build.mjs`');

const scratch = mkdtempSync(join(tmpdir(), 'ad-bench-cold-'));
let actionDir = root;
if (withoutShipped) {
  actionDir = join(scratch, 'action');
  for (const part of ['dist', 'bin']) cpSync(join(root, part), join(actionDir, part), { recursive: true });
  rmSync(join(actionDir, 'dist/vendor/pglite/fresh-datadir.tar.br'), { force: true });
}
const cli = join(actionDir, 'bin/architect-docs.js');

function generate(temp) {
  const repo = mkdtempSync(join(scratch, 'repo-'));
  cpSync(join(root, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, 'generate', '--repo', repo, '--offline'], {
    stdio: 'ignore',
    env: { PATH: process.env.PATH, HOME: scratch, TMPDIR: temp },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  rmSync(repo, { recursive: true, force: true });
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const warmTemp = mkdtempSync(join(scratch, 'warm-tmp-'));
generate(warmTemp); // fills the warm folder with whatever a run leaves there
const cold = [];
const warm = [];
const leftInCold = new Set();
for (let i = 0; i < repeats; i++) {
  const coldTemp = mkdtempSync(join(scratch, 'cold-tmp-'));
  cold.push(generate(coldTemp));
  for (const f of readdirSync(coldTemp)) leftInCold.add(f);
  warm.push(generate(warmTemp));
}
rmSync(scratch, { recursive: true, force: true });

const c = median(cold);
const w = median(warm);
console.log(`examples/shop generate --offline, median of ${repeats}, node ${process.version}`);
console.log(`dist: ${withoutShipped ? 'without the shipped snapshot (baseline)' : 'with the shipped snapshot'}`);
console.log(`cold (empty TMPDIR)   ${c.toFixed(0).padStart(6)} ms   [${cold.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`warm (TMPDIR reused)  ${w.toFixed(0).padStart(6)} ms   [${warm.map((x) => x.toFixed(0)).join(', ')}]`);
console.log(`cold / warm           ${(c / w).toFixed(2)}×`);
console.log(`left in a cold TMPDIR: ${leftInCold.size === 0 ? 'nothing' : [...leftInCold].join(', ')}`);
writeReport(args.json, 'cold-temp', [
  {
    what: `cold run, empty temp folder, examples/shop${withoutShipped ? ' (dist without the snapshot)' : ''}`,
    value: c / w,
    unit: 'ratio',
    baseline: 'the same run, temp folder warm',
    ...atMost(c / w, 1.3),
  },
]);
