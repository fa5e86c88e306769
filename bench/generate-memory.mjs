// Benchmark: peak resident memory of the built CLI's `generate` (offline) on a repository holding
// GitHub's REST description (`@octokit/openapi`'s api.github.com.json, 13 MB), against the peak
// of a Node process that only reads and parses that file (`JSON.parse(readFileSync(spec))`),
// measured in the same run. Two runs of the CLI count: the first one (no docs yet) and a forced
// regeneration over the docs and state file it left (the previous docs and state are read too).
// Each measurement is a fresh child that reports its own `process.resourceUsage().maxRSS`.
// The target is an absolute one: ≤ 300 MB for each run.
//   node bench/generate-memory.mjs [--repeats 3] [--quick] [--spec FILE] [--dist DIR] [--json FILE] [--keep]
// --dist: the bundle to run (default: the committed dist/; `node scripts/build.mjs .tmp/x` makes one).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { reportOptions, writeReport } from './report.mjs';

const LIMIT_MB = 300;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const { values: args } = parseArgs({
  options: {
    repeats: { type: 'string', default: '3' },
    spec: { type: 'string' },
    dist: { type: 'string' },
    ...reportOptions,
    keep: { type: 'boolean' },
    child: { type: 'string' },
    report: { type: 'string' },
  },
  allowPositionals: true,
});

if (args.child) {
  // One measured process: the parse baseline, or the bundle started as bin/architect-docs.js starts it.
  // The peak is written to a file at exit, since the CLI owns stdout and sets the exit code.
  const report = () => writeFileSync(args.report, JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024 }));
  if (args.child === 'parse') {
    const doc = JSON.parse(readFileSync(args.spec, 'utf8'));
    if (!doc.paths) throw new Error('not an OpenAPI document');
    report();
  } else {
    process.on('exit', report);
    globalThis.architectDocsCliArgs = process.argv.slice(process.argv.indexOf('--') + 1);
    await import(pathToFileURL(join(args.child, 'index.js')).href);
  }
} else {
  const spec = resolve(
    args.spec ?? join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json'),
  );
  const dist = resolve(args.dist ?? join(root, 'dist'));
  // --quick (from run-all): one run of each, not three.
  const repeats = args.quick ? 1 : Number(args.repeats);
  const work = mkdtempSync(join(tmpdir(), 'ad-bench-memory-'));
  const measure = (childArgs) => {
    const report = join(work, 'peak.json');
    const r = spawnSync(process.execPath, [self, '--report', report, ...childArgs], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR ?? tmpdir() },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${childArgs.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(readFileSync(report, 'utf8')).peakMb;
  };

  const parse = [];
  const first = [];
  const again = [];
  let docs;
  for (let i = 0; i < repeats; i++) {
    const repo = join(work, `repo-${i}`);
    mkdirSync(join(repo, 'openapi'), { recursive: true });
    cpSync(spec, join(repo, 'openapi', 'api.github.com.json'));
    const git = (...a) =>
      execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b.invalid', ...a], { cwd: repo, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'spec');
    const generate = (...extra) => ['--child', dist, '--', 'generate', '--repo', repo, '--offline', ...extra];
    parse.push(measure(['--child', 'parse', '--spec', spec]));
    first.push(measure(generate()));
    const api = readFileSync(join(repo, 'docs', 'architecture', 'api.md'), 'utf8');
    again.push(measure(generate('--force')));
    // The forced run over its own output must reproduce it: memory bought with other docs is no gain.
    if (readFileSync(join(repo, 'docs', 'architecture', 'api.md'), 'utf8') !== api)
      throw new Error('the forced regeneration wrote a different api.md');
    docs ??= api.length;
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const row = (name, peaks) => {
    const mb = median(peaks);
    const ratio = mb / median(parse);
    const pass = Math.max(...peaks) <= LIMIT_MB;
    console.log(
      `${name.padEnd(34)} median ${mb.toFixed(0).padStart(4)} MB, max ${Math.max(...peaks)
        .toFixed(0)
        .padStart(4)} MB,` + ` ${ratio.toFixed(2)}× the parse  ${pass ? 'PASS' : 'FAIL'} (≤ ${LIMIT_MB} MB)`,
    );
    return { medianMb: mb, maxMb: Math.max(...peaks), peaksMb: peaks, ratioToParse: ratio, pass };
  };
  console.log(
    `spec: ${spec.split(/[\\/]/).pop()} (${(readFileSync(spec).length / 1e6).toFixed(1)} MB), bundle ${dist}, ` +
      `${repeats} run(s) each; api.md ${(docs / 1e3).toFixed(0)} KB`,
  );
  console.log(`${'baseline: JSON.parse(readFileSync(spec))'.padEnd(34)} median ${median(parse).toFixed(0)} MB`);
  const results = { first: row('generate, first run', first), forced: row('generate --force over its docs', again) };
  // The shape every bench writes (bench/report.mjs), so run-all's table has these rows. The verdict
  // is on the worst run, the value the median.
  const parseMb = median(parse);
  writeReport(
    args.json,
    'generate-memory',
    [
      ['first run', results.first],
      ['--force over its docs', results.forced],
    ].map(([name, r]) => ({
      what: `generate on GitHub's description, ${name}: median peak RSS`,
      value: r.medianMb,
      unit: 'MB',
      baseline: `JSON.parse of the spec: ${parseMb.toFixed(0)} MB`,
      target: `≤ ${LIMIT_MB} MB`,
      pass: r.pass,
      note: `max ${r.maxMb.toFixed(0)} MB of ${r.peaksMb.length}, ${r.ratioToParse.toFixed(2)}× the parse`,
    })),
  );
  if (args.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
