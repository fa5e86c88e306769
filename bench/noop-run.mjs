// Benchmark: the no-op run. The built bundle on a copy of examples/shop whose docs are current,
// against a bare `node -e 0` measured in the same run: the CLI's `generate` and `check`, and the
// action (as GitHub's runner starts it: every input of action.yml at its default, mode `write`),
// each the median of the repeats. The target is at most 4x node -e 0.
//   node bench/noop-run.mjs [--repeats 9] [--quick] [--json FILE]
// --quick: 3 repeats; --json: the figures for bench/run-all.mjs (bench/report.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { atMost, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { repeats: { type: 'string' }, ...reportOptions } });
const repeats = Number(values.repeats ?? (values.quick ? 3 : 9));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(args, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const repo = mkdtempSync(join(tmpdir(), 'ad-bench-noop-'));
cpSync(join(root, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
const git = (...a) => execFileSync('git', ['-c', 'user.name=b', '-c', 'user.email=b@b.invalid', ...a], { cwd: repo });
git('init', '-q', '-b', 'main');
const cli = join(root, 'bin/architect-docs.js');
const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const full = timed([cli, 'generate', '--repo', repo], env);
git('add', '-A');
git('commit', '-q', '-m', 'docs');

// The runner's environment for the action: inputs at their defaults, the command files, the workspace.
const runner = mkdtempSync(join(tmpdir(), 'ad-bench-runner-'));
const file = (name, text = '') => {
  const f = join(runner, name);
  writeFileSync(f, text);
  return f;
};
mkdirSync(join(runner, 'temp'));
const actionEnv = {
  PATH: process.env.PATH,
  HOME: runner,
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKSPACE: repo,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: file(
    'event.json',
    JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'acme/shop', default_branch: 'main' } }),
  ),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_API_URL: 'http://127.0.0.1:9',
  RUNNER_TEMP: join(runner, 'temp'),
};
const metadata = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
for (const [name, spec] of Object.entries(metadata.inputs)) {
  const fallback = spec?.default === undefined ? '' : String(spec.default);
  actionEnv[`INPUT_${name.toUpperCase()}`] = fallback.replace(/\$\{\{\s*github\.token\s*\}\}/, 'ghs_bench');
}
actionEnv.INPUT_MODE = 'write';

const rows = { 'node -e 0': [], 'CLI generate (no-op)': [], 'CLI check (no-op)': [], 'action, mode write (no-op)': [] };
for (let i = 0; i < repeats; i++) {
  rows['node -e 0'].push(timed(['-e', '0'], env).ms);
  const gen = timed([cli, 'generate', '--repo', repo], env);
  if (!gen.stdout.includes('nothing was read again')) throw new Error(`not a no-op:\n${gen.stdout}`);
  rows['CLI generate (no-op)'].push(gen.ms);
  rows['CLI check (no-op)'].push(timed([cli, 'check', '--repo', repo], env).ms);
  actionEnv.GITHUB_OUTPUT = file('output');
  actionEnv.GITHUB_STEP_SUMMARY = file('summary');
  const action = timed([join(root, 'dist/index.js')], actionEnv);
  if (!action.stdout.includes('Docs are current')) throw new Error(`action not a no-op:\n${action.stdout}`);
  rows['action, mode write (no-op)'].push(action.ms);
}
const base = median(rows['node -e 0']);
console.log(`examples/shop, median of ${repeats}, node ${process.version}`);
console.log(`${'run'.padEnd(30)} ${'ms'.padStart(7)}  vs node -e 0`);
const row = (name, ms) => console.log(`${name.padEnd(30)} ${ms.toFixed(0).padStart(7)}  ${(ms / base).toFixed(1)}x`);
row('full generate (first run)', full.ms);
for (const [name, xs] of Object.entries(rows)) row(name, median(xs));
const ratioOf = (name) => median(rows[name]) / base;
writeReport(
  values.json,
  'noop-run',
  ['CLI generate (no-op)', 'CLI check (no-op)', 'action, mode write (no-op)'].map((name) => ({
    what: `no-op run: ${name.replace(' (no-op)', '')}, examples/shop`,
    value: ratioOf(name),
    unit: 'ratio',
    baseline: 'node -e 0',
    ...atMost(ratioOf(name), 4),
  })),
);
rmSync(repo, { recursive: true, force: true });
rmSync(runner, { recursive: true, force: true });
