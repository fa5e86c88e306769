// Benchmark: the incremental migration replay (src/sources/migrations/replay-cache.ts) against a full
// replay of the same files, measured in the same run. A generated golang-migrate set of N + 1 files
// (bench/generate-migrations.mjs): the repository one commit ago held the first N, and its replay
// left its state in the cache; now one migration is added. Each replay runs in a fresh Node process
// (cold WASM, as a CLI or Action run), with its own cache folder per repeat, interleaved:
//   full       N + 1 files, no cache (the baseline)
//   storing    N + 1 files, empty cache: what the first run pays to store its state
//   appended   N + 1 files, the cache holding the state after N (primed by an untimed replay of N)
//   unchanged  N + 1 files again: the cache holds the state after all of them
// The facts, diagnostics and findings of every cached replay must be byte-equal to the full
// replay's; the script exits 1 when they are not, or when a replay applied other files than expected.
//   node bench/incremental-replay.mjs [--files 1000] [--repeats 3] [--seed 11] [--quick] [--json FILE]
// --quick: 200 files, one repeat. --json: the figures as { name, figures: [{ what, value, unit,
// baseline, target, pass }] } for bench/run-all.mjs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    files: { type: 'string' },
    repeats: { type: 'string' },
    seed: { type: 'string', default: '11' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    // internal: one replay in this (fresh) process
    child: { type: 'string' },
  },
});
const now = () => Number(process.hrtime.bigint()) / 1e6;

if (args.child) {
  const job = JSON.parse(args.child);
  const load = (path) => import(pathToFileURL(join(job.build, path)).href);
  const { replayPostgres } = await load('src/sources/migrations/replay-postgres.js');
  const { groupMigrations } = await load('src/sources/migrations/migration-layout.js');
  const { openReplayCache } = await load('src/sources/migrations/replay-cache.js');
  const names = readdirSync(job.dir)
    .filter((f) => f.endsWith('.up.sql'))
    .sort()
    .slice(0, job.files);
  const texts = new Map(names.map((f) => [`${job.rel}/${f}`, readFileSync(join(job.dir, f), 'utf8')]));
  const t0 = now();
  const { sets } = groupMigrations([...texts.keys()], () => 'whole');
  const r = await replayPostgres(sets, texts, job.cache ? { cache: openReplayCache(job.cache) } : {});
  const ms = now() - t0;
  const outcome = JSON.stringify({ facts: r.facts, diagnostics: r.diagnostics, findings: r.findings });
  const digest = createHash('sha256').update(outcome).digest('hex');
  writeFileSync(job.out, JSON.stringify({ ms, stats: r.stats, digest, tables: r.facts.tables.length }));
  process.exit(0);
}

const files = Number(args.files ?? (args.quick ? 200 : 1000));
const repeats = Number(args.repeats ?? (args.quick ? 1 : 3));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Our code from src/, compiled as the build does (type checking is the tests' business), into a folder
// inside the checkout so its imports resolve from node_modules.
const build = join(root, '.tmp', 'bench-incremental-replay');
rmSync(build, { recursive: true, force: true });
const tsc = join(root, 'node_modules', '.bin', 'tsc');
execFileSync(tsc, ['-p', 'tsconfig.json', '--noCheck', '--outDir', join(build, 'src')], { cwd: root });
const { generateMigrationSet } = await import('./generate-migrations.mjs');

const work = mkdtempSync(join(tmpdir(), 'ad-bench-incremental-'));
const dir = join(work, 'db', 'migrations');
const generated = generateMigrationSet(dir, { files: files + 1, seed: Number(args.seed) });
const rel = 'db/migrations';

function replay(count, cache) {
  const out = join(work, `run-${process.pid}-${Date.now()}.json`);
  const job = JSON.stringify({ build, dir, rel, files: count, out, ...(cache ? { cache } : {}) });
  const t0 = now();
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', job], { stdio: 'inherit' });
  const wall = now() - t0;
  const result = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out);
  return { ...result, wall };
}

const cacheBytes = (cache) =>
  readdirSync(cache)
    .filter((f) => f.endsWith('.replay'))
    .reduce((n, f) => n + statSync(join(cache, f)).size, 0);

const runs = { full: [], storing: [], appended: [], unchanged: [] };
const problems = [];
let entryBytes = 0;
const expect = (kind, r, restored, applied) => {
  const s = r.stats[0];
  if (s.restored !== restored || s.applied !== applied)
    problems.push(`${kind}: restored ${s.restored}, applied ${s.applied}; expected ${restored} and ${applied}`);
};
console.log(`${generated.files} migrations (${generated.statements} statements), ${repeats} repeat(s)`);
for (let i = 0; i < repeats; i++) {
  const full = replay(files + 1);
  expect('full', full, 0, files + 1);
  runs.full.push(full);

  const empty = mkdtempSync(join(work, 'cache-'));
  const storing = replay(files + 1, empty);
  expect('storing', storing, 0, files + 1);
  runs.storing.push(storing);

  const primed = mkdtempSync(join(work, 'cache-'));
  replay(files, primed); // the run one commit ago: untimed
  entryBytes = cacheBytes(primed);
  const appended = replay(files + 1, primed);
  expect('appended', appended, files, 1);
  runs.appended.push(appended);
  const unchanged = replay(files + 1, primed);
  expect('unchanged', unchanged, files + 1, 0);
  runs.unchanged.push(unchanged);

  for (const [kind, r] of [
    ['storing', storing],
    ['appended', appended],
    ['unchanged', unchanged],
  ]) {
    if (r.digest !== full.digest)
      problems.push(`${kind} (repeat ${i + 1}): facts/diagnostics differ from the full replay`);
  }
  console.log(
    `repeat ${i + 1}: full ${full.ms.toFixed(0)} ms, storing ${storing.ms.toFixed(0)} ms, ` +
      `appended ${appended.ms.toFixed(0)} ms, unchanged ${unchanged.ms.toFixed(0)} ms`,
  );
}
rmSync(work, { recursive: true, force: true });

const full = median(runs.full.map((r) => r.ms));
const fullWall = median(runs.full.map((r) => r.wall));
const rows = Object.entries(runs).map(([kind, rs]) => {
  const ms = median(rs.map((r) => r.ms));
  const wall = median(rs.map((r) => r.wall));
  return { kind, ms, wall, ratio: ms / full, wallRatio: wall / fullWall };
});
console.log(
  `\nmedians of ${repeats}; replay = inside the process (PGlite import and boot included), process = wall time`,
);
console.log('| run | replay | ÷ full | process | ÷ full |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const times = (ms, ratio) => `${ms.toFixed(0)} ms | ${ratio.toFixed(2)}×`;
for (const r of rows) console.log(`| ${r.kind} | ${times(r.ms, r.ratio)} | ${times(r.wall, r.wallRatio)} |`);
console.log(`stored state after ${files} migrations: ${(entryBytes / 1e6).toFixed(1)} MB`);
console.log(
  problems.length === 0 ? 'every cached replay equals the full one' : problems.map((p) => `!!! ${p}`).join('\n'),
);

const row = (kind) => rows.find((r) => r.kind === kind);
const baseline = `full replay of ${files + 1} migrations`;
if (args.json) {
  const figures = [
    {
      what: `${files} migrations cached + 1 new`,
      value: row('appended').ratio,
      unit: 'ratio',
      baseline,
      target: null,
      pass: null,
    },
    {
      what: `${files + 1} migrations, all cached`,
      value: row('unchanged').ratio,
      unit: 'ratio',
      baseline,
      target: null,
      pass: null,
    },
    {
      what: 'first run, storing its state',
      value: row('storing').ratio,
      unit: 'ratio',
      baseline,
      target: null,
      pass: null,
    },
    {
      what: `stored state after ${files} migrations`,
      value: entryBytes / 1e6,
      unit: 'MB',
      baseline: null,
      target: null,
      pass: null,
    },
  ];
  if (problems.length > 0) for (const f of figures) f.note = problems.join('; ');
  writeFileSync(args.json, `${JSON.stringify({ name: 'incremental-replay', figures }, null, 2)}\n`);
}
if (problems.length > 0) process.exitCode = 1;
