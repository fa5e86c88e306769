// Benchmark: the input tokens the model part of a run costs, counted with the usage numbers the
// fake Messages API (test/fakes/anthropic-server.ts) reports, which models prompt caching (a prefix
// up to a cache breakpoint that an earlier answered request had is read, else written).
// On a fresh copy of examples/shop (no docs, no state):
// 1. the full first run: every narrative section written; its input tokens are the baseline;
// 2. one migration added (a new column), then a run on the same checkout, against a fresh fake:
//    runs are hours apart, so the prompt cache of the first has expired (its TTL is 5 minutes).
// Targets (issue 14): on the full run at least 80% of the input tokens are read from the cache;
// the run after one migration costs at most 25% of the full run's input tokens.
//   node bench/token-economy.mjs [--json FILE] [--keep]
// The real SDK talks to the fake over 127.0.0.1; src/ and the fake are compiled with tsc into .tmp/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileWithFake } from './compile-with-fake.mjs';
import { atMost, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  // --quick (from run-all) changes nothing: the bench is two pipeline runs against the fake already.
  options: { ...reportOptions, keep: { type: 'boolean', default: false } },
});

const TARGET_CACHE_READ_SHARE = 0.8;
const TARGET_MIGRATION_RATIO = 0.25;

const load = compileWithFake('bench-token-economy');
const { run } = await load('src/pipeline.js');
const { loadConfig } = await load('src/config/load-config.js');
const { startFakeAnthropic } = await load('fakes/anthropic-server.js');

/** The fake's usage numbers of every answered call, summed; the sections asked, in order. */
function tokensOf(requests) {
  const t = { calls: 0, uncached: 0, cacheRead: 0, cacheCreated: 0, output: 0, sections: [] };
  for (const r of requests) {
    const u = r.usage;
    if (!u) continue;
    t.calls++;
    t.uncached += u.input_tokens;
    t.cacheRead += u.cache_read_input_tokens;
    t.cacheCreated += u.cache_creation_input_tokens;
    t.output += u.output_tokens;
    const first = r.body.messages?.[0]?.content;
    const section = typeof first === 'string' ? /^Section: (\S+)/m.exec(first)?.[1] : undefined;
    if (section) t.sections.push(section);
  }
  t.input = t.uncached + t.cacheRead + t.cacheCreated;
  return t;
}

/** One run; against `warm` (a fake still holding an earlier run's cache) or a fresh fake. */
async function modelRun(repo, warm) {
  const fake = warm ?? (await startFakeAnthropic());
  const before = fake.messageRequests().length;
  process.env.ANTHROPIC_BASE_URL = fake.url;
  try {
    const result = await run(await loadConfig(repo, { apiKey: 'bench-key' }));
    const o = result.agent.outcome;
    if (!o || o.skipped.length > 0) throw new Error(`the run skipped sections: ${JSON.stringify(o?.skipped)}`);
    return { ...tokensOf(fake.messageRequests().slice(before)), generated: o.generated, unchanged: o.unchanged, fake };
  } finally {
    delete process.env.ANTHROPIC_BASE_URL;
  }
}

const repo = mkdtempSync(join(tmpdir(), 'ad-bench-tokens-'));
cpSync(join(root, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
const { fake: firstFake, ...full } = await modelRun(repo);
// The same state twice: the migration run as it happens (hours later, the cache expired) and, for
// what the cache breakpoint after the output contract buys, within the cache's lifetime.
const warmRepo = `${repo}-warm`;
cpSync(repo, warmRepo, { recursive: true });
for (const dir of [repo, warmRepo]) {
  writeFileSync(
    join(dir, 'db/migrations/000013_add_customers_locale.up.sql'),
    "ALTER TABLE customers ADD COLUMN locale text NOT NULL DEFAULT 'en';\n",
  );
  writeFileSync(
    join(dir, 'db/migrations/000013_add_customers_locale.down.sql'),
    'ALTER TABLE customers DROP COLUMN locale;\n',
  );
}
const { fake: migrationFake, ...migration } = await modelRun(repo);
await migrationFake.close();
const { fake: _same, ...warmMigration } = await modelRun(warmRepo, firstFake);
await firstFake.close();

const share = (part, whole) => (whole === 0 ? 0 : part / whole);
const readShare = share(full.cacheRead, full.input);
const ratio = share(migration.input, full.input);
const pass = { cacheReadShare: readShare >= TARGET_CACHE_READ_SHARE, migrationRatio: ratio <= TARGET_MIGRATION_RATIO };
const pct = (x) => `${(x * 100).toFixed(1)}%`;
console.log(`examples/shop against the fake model (usage as it reports it), node ${process.version}`);
console.log(
  `${'run'.padEnd(22)} ${'calls'.padStart(5)} ${'input'.padStart(8)} ${'read'.padStart(7)} ` +
    `${'created'.padStart(7)} ${'uncached'.padStart(8)}  sections`,
);
for (const [name, t] of [
  ['full first run', full],
  ['+1 migration', migration],
  ['+1 migration, warm', warmMigration],
]) {
  console.log(
    `${name.padEnd(22)} ${String(t.calls).padStart(5)} ${String(t.input).padStart(8)} ` +
      `${pct(share(t.cacheRead, t.input)).padStart(7)} ${pct(share(t.cacheCreated, t.input)).padStart(7)} ` +
      `${pct(share(t.uncached, t.input)).padStart(8)}  ${t.sections.join(' ')}`,
  );
}
console.log(
  `cache-read share of the full run ${pct(readShare)} (target ≥ ${pct(TARGET_CACHE_READ_SHARE)}): ` +
    `${pass.cacheReadShare ? 'PASS' : 'FAIL'}`,
);
console.log(
  `+1 migration ÷ full run, input tokens ${ratio.toFixed(3)} (target ≤ ${TARGET_MIGRATION_RATIO}): ` +
    `${pass.migrationRatio ? 'PASS' : 'FAIL'}`,
);
writeReport(args.json, 'token-economy', [
  {
    what: `examples/shop, full model run (${full.calls} calls, ${full.input} input tokens): read from the cache`,
    value: readShare * 100,
    unit: '%',
    baseline: "the run's input tokens (the fake server's usage)",
    target: `≥ ${TARGET_CACHE_READ_SHARE * 100}%`,
    pass: pass.cacheReadShare,
  },
  {
    what: `one migration added (${migration.calls} call(s), ${migration.input} input tokens)`,
    value: ratio,
    unit: 'ratio',
    baseline: "the full run's input tokens",
    ...atMost(ratio, TARGET_MIGRATION_RATIO),
  },
]);
console.log(
  '(+1 migration: a fresh cache, as for a run hours later; warm: within the cache lifetime of the full run, ' +
    'for what the breakpoint after the output contract saves; the targets use the first)',
);
if (!args.keep) for (const dir of [repo, warmRepo]) rmSync(dir, { recursive: true, force: true });
else console.log(`checkouts kept: ${repo} ${warmRepo}`);
if (!pass.cacheReadShare || !pass.migrationRatio) process.exitCode = 1;
