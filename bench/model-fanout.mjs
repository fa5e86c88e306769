// Benchmark: the first model run of examples/shop (11 narrative sections, no state yet) against the
// fake Messages API (test/fakes/anthropic-server.ts) answering every call after a fixed delay, as a
// slow model does. The claim is the ratio of the model part's wall time to the sum of the answer
// delays (what calls one after another must wait at least): concurrent calls overlap the waits.
// Measured in the same run, each on a fresh copy with a fresh fake (its own prompt cache):
// 1. the pipeline offline (no model): the part of a run that is not the model's;
// 2. `model-concurrency: 1`: the baseline, calls one after another;
// 3. `model-concurrency: N` (4 by default): the first section alone, then N calls open at once.
// The model part is taken from the fake's records (first call arriving → last answer sent) and,
// as a cross-check, as the whole run minus the offline run. The docs of 2 and 3 must be equal.
//   node bench/model-fanout.mjs [--delay 1500] [--concurrency 4] [--keep] [--json FILE]
// --json: the figures for bench/run-all.mjs (bench/report.mjs); --quick is accepted and changes
// nothing: the run is already one of each, and a shorter delay would change the claim.
// The real SDK talks to the fake over 127.0.0.1; src/ and the fake are compiled with tsc into .tmp/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { atMost, reportOptions, writeReport } from './report.mjs';
import { compileWithFake } from './compile-with-fake.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    delay: { type: 'string', default: '1500' },
    concurrency: { type: 'string', default: '4' },
    keep: { type: 'boolean', default: false },
    ...reportOptions,
  },
});
const delayMs = Number(args.delay);
const concurrency = Number(args.concurrency);
if (!(delayMs >= 0) || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
  console.error('--delay must be a number of ms, --concurrency a whole number from 1 to 16');
  process.exit(2);
}

const load = compileWithFake('bench-model-fanout');
const { run } = await load('src/pipeline.js');
const { loadConfig } = await load('src/config/load-config.js');
const { startFakeAnthropic } = await load('fakes/anthropic-server.js');

const DOCS = 'docs/architecture';
const now = () => Number(process.hrtime.bigint()) / 1e6;
const checkouts = [];

function checkout() {
  const dir = mkdtempSync(join(tmpdir(), 'ad-bench-fanout-'));
  cpSync(join(root, 'examples/shop'), dir, { recursive: true, filter: (s) => !s.includes('/docs') });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  checkouts.push(dir);
  return dir;
}

function docsOf(repo) {
  const dir = join(repo, DOCS);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((p) => [relative(dir, p), readFileSync(p, 'utf8')]),
  );
}

/** One first run; with `modelConcurrency` undefined, offline. */
async function firstRun(modelConcurrency) {
  const fake = modelConcurrency ? await startFakeAnthropic({ delayMs }) : undefined;
  if (fake) process.env.ANTHROPIC_BASE_URL = fake.url;
  const repo = checkout();
  const overrides = fake ? { apiKey: 'bench-key', modelConcurrency: String(modelConcurrency) } : {};
  const t0 = now();
  const result = await run(await loadConfig(repo, overrides));
  const wall = now() - t0;
  const calls = fake?.messageRequests() ?? [];
  const modelSpan = calls.length > 0 ? Math.max(...calls.map((r) => r.answeredAt)) - calls[0].at : 0;
  const maxOpen = fake?.maxOpenMessages() ?? 0;
  await fake?.close();
  delete process.env.ANTHROPIC_BASE_URL;
  const o = result.agent.outcome;
  if (fake && (!o || o.skipped.length > 0)) throw new Error(`the run skipped sections: ${JSON.stringify(o?.skipped)}`);
  return { wall, calls: calls.length, modelSpan, maxOpen, generated: o?.generated ?? 0, docs: docsOf(repo) };
}

// Untimed warm-up: module loading, the WASM parsers' first compile.
await firstRun(undefined);
const offline = await firstRun(undefined);
const sequential = await firstRun(1);
const concurrent = await firstRun(concurrency);

const same =
  sequential.docs.size === concurrent.docs.size &&
  [...sequential.docs].every(([file, text]) => concurrent.docs.get(file) === text);
const fmt = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`;
const x = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(
  `examples/shop first run, fake model answering after ${delayMs} ms, node ${process.version}; ` +
    `offline pipeline ${fmt(offline.wall)}`,
);
console.log(
  `${'model-concurrency'.padEnd(18)} ${'sections'.padStart(8)} ${'calls'.padStart(5)} ${'max open'.padStart(8)}` +
    `  ${'sum of delays'.padStart(13)}  ${'model part'.padStart(10)}  ${'÷ delays'.padStart(8)}` +
    `  ${'run − offline'.padStart(13)}  ${'÷ delays'.padStart(8)}  ${'whole run'.padStart(9)}`,
);
for (const [name, r] of [
  ['1 (baseline)', sequential],
  [String(concurrency), concurrent],
]) {
  const delays = r.calls * delayMs;
  console.log(
    `${name.padEnd(18)} ${String(r.generated).padStart(8)} ${String(r.calls).padStart(5)} ` +
      `${String(r.maxOpen).padStart(8)}  ${fmt(delays).padStart(13)}  ${fmt(r.modelSpan).padStart(10)}  ` +
      `${x(r.modelSpan, delays).padStart(8)}  ${fmt(r.wall - offline.wall).padStart(13)}  ` +
      `${x(r.wall - offline.wall, delays).padStart(8)}  ${fmt(r.wall).padStart(9)}`,
  );
}
console.log(
  `concurrency ${concurrency} vs 1: model part ${x(concurrent.modelSpan, sequential.modelSpan)}, ` +
    `whole run ${x(concurrent.wall, sequential.wall)}; docs and state file identical: ${same ? 'yes' : 'NO'}`,
);
const perDelays = concurrent.modelSpan / (concurrent.calls * delayMs);
writeReport(args.json, 'model-fanout', [
  {
    what: `first model run, examples/shop, ${concurrent.calls} calls, model-concurrency ${concurrency}`,
    value: perDelays,
    unit: 'ratio',
    baseline: `sum of the fake's answer delays (${delayMs} ms each)`,
    ...atMost(perDelays, 0.4),
    note: `docs identical to model-concurrency 1: ${same ? 'yes' : 'NO'}`,
  },
  {
    what: `first model run, model part, model-concurrency ${concurrency}`,
    value: concurrent.modelSpan / sequential.modelSpan,
    unit: 'ratio',
    baseline: 'model-concurrency 1',
  },
]);
if (!args.keep) for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
else console.log(`checkouts kept: ${checkouts.join(' ')}`);
if (!same) process.exitCode = 1;
