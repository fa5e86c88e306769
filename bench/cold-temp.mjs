// Benchmark: a run on a fresh hosted runner, whose temp folder is empty every job, against a run
// whose temp folder already holds what earlier runs left there. Runs the bundled CLI `generate`
// on a fresh copy of examples/shop (no state, so the migrations are replayed every time) with
// TMPDIR set to an empty folder (cold) or to one folder shared by all warm runs (warm; one
// untimed run fills it first), interleaved, and prints the medians and cold/warm.
// The target is on what first use builds: the run caches of the inputs' facts and replays
// (ARCHITECT_DOCS_CACHE_DIR, by default inside the temp folder) are kept out of both, each run
// getting an empty one, since nothing shipped could hold a user's facts. With the fresh-database
// snapshot shipped in dist/vendor/pglite that ratio should be near 1: neither run pays initdb.
// A second figure keeps the caches in the warm folder, as on a machine that reuses its temp folder
// or a job whose actions/cache restored them (the README's Performance section): what they save.
// `--no-shipped` runs a copy of dist/ without the snapshot, as the baseline before it shipped.
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

/** One timed run; `cacheDir` undefined: the default cache folder, inside `temp`. */
function generate(temp, cacheDir) {
  const repo = mkdtempSync(join(scratch, 'repo-'));
  cpSync(join(root, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
  const t0 = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, 'generate', '--repo', repo, '--offline'], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      HOME: scratch,
      TMPDIR: temp,
      ...(cacheDir ? { ARCHITECT_DOCS_CACHE_DIR: cacheDir } : {}),
    },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  rmSync(repo, { recursive: true, force: true });
  return ms;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const emptyCache = () => mkdtempSync(join(scratch, 'cache-'));
const warmTemp = mkdtempSync(join(scratch, 'warm-tmp-'));
const warmWithCaches = mkdtempSync(join(scratch, 'warm-cached-tmp-'));
generate(warmTemp, emptyCache()); // fills the warm folder with whatever first use leaves there
generate(warmWithCaches); // … and this one with the run caches too
const cold = [];
const warm = [];
const cached = [];
const leftInCold = new Set();
for (let i = 0; i < repeats; i++) {
  const coldTemp = mkdtempSync(join(scratch, 'cold-tmp-'));
  cold.push(generate(coldTemp, emptyCache()));
  for (const f of readdirSync(coldTemp)) leftInCold.add(f);
  warm.push(generate(warmTemp, emptyCache()));
  cached.push(generate(warmWithCaches));
}
rmSync(scratch, { recursive: true, force: true });

const c = median(cold);
const w = median(warm);
const k = median(cached);
const list = (xs) => `[${xs.map((x) => x.toFixed(0)).join(', ')}]`;
console.log(`examples/shop generate --offline, median of ${repeats}, node ${process.version}`);
console.log(`dist: ${withoutShipped ? 'without the shipped snapshot (baseline)' : 'with the shipped snapshot'}`);
console.log(`cold (empty TMPDIR)              ${c.toFixed(0).padStart(6)} ms   ${list(cold)}`);
console.log(`warm (TMPDIR reused)             ${w.toFixed(0).padStart(6)} ms   ${list(warm)}`);
console.log(`warm, with the run caches        ${k.toFixed(0).padStart(6)} ms   ${list(cached)}`);
console.log(`cold / warm                      ${(c / w).toFixed(2)}×`);
console.log(`cold / warm with the run caches  ${(c / k).toFixed(2)}×`);
console.log(`left in a cold TMPDIR: ${leftInCold.size === 0 ? 'nothing' : [...leftInCold].join(', ')}`);
writeReport(args.json, 'cold-temp', [
  {
    what: `cold run, empty temp folder, examples/shop${withoutShipped ? ' (dist without the snapshot)' : ''}`,
    value: c / w,
    unit: 'ratio',
    baseline: 'the same run, temp folder warm (run caches empty in both)',
    ...atMost(c / w, 1.3),
  },
  {
    what: 'cold run, empty temp folder, examples/shop',
    value: c / k,
    unit: 'ratio',
    baseline: 'the same run, temp folder warm with the facts and replay caches',
    note: 'what a restored cache saves',
  },
]);
