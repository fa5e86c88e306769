// Every benchmark from one command, and one Markdown table of their figures: each bench runs as
// its own child process (so one's memory and loaded modules do not touch the next one's numbers),
// one after another (so they do not compete for the cores), with `--json` to a temp file
// (bench/report.mjs describes the shape). A bench whose tool is missing reports "no baseline ran"
// itself; one that fails or writes no report gets a row saying so, and the others still run.
//   node bench/run-all.mjs [--quick] [--only name,name] [--json FILE] [--from FILE]
// --quick is passed on (fewer repeats, smaller sets: a few minutes in all); --only runs the named
// benches; --json also writes the run (every report collected, the machine's load); --from prints
// the table of such a file again without running anything.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    json: { type: 'string' },
    from: { type: 'string' },
  },
});

// The benches, in the order of the issue's list. A name whose file does not exist (yet) is skipped
// and said so: other branches add some of them.
const BENCHES = [
  'noop-run',
  'cold-temp',
  'model-fanout',
  'openapi-extract',
  'generate-memory',
  'migration-replay',
  'incremental-replay',
  'incremental-run',
  'token-economy',
  'infra-render',
  'monorepo',
  'state-size',
];
const wanted = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : undefined;
if (wanted) for (const name of wanted) if (!BENCHES.includes(name)) throw new Error(`--only: no bench named "${name}"`);

const run = args.from ? JSON.parse(readFileSync(args.from, 'utf8')) : runBenches();
printTable(run);
if (args.json) writeFileSync(args.json, `${JSON.stringify(run, null, 2)}\n`);
if (run.reports.some((r) => r.failed)) process.exitCode = 1;

function runBenches() {
  const work = mkdtempSync(join(tmpdir(), 'ad-bench-all-'));
  const reports = [];
  const skipped = [];
  const started = Date.now();
  // Other work on the machine moves every absolute figure (ratios less): the load goes with the table.
  const loadAtStart = loadavg()[0];
  for (const name of BENCHES) {
    if (wanted && !wanted.has(name)) continue;
    const file = join(here, `${name}.mjs`);
    if (!existsSync(file)) {
      skipped.push(name);
      continue;
    }
    const out = join(work, `${name}.json`);
    const flags = ['--json', out, ...(args.quick ? ['--quick'] : [])];
    process.stderr.write(`\n== ${name} ${flags.slice(2).join(' ')}\n`);
    const t0 = Date.now();
    // The bench's own output goes to stderr: stdout is the table's.
    const r = spawnSync(process.execPath, [file, ...flags], { stdio: ['ignore', 2, 2] });
    const seconds = (Date.now() - t0) / 1000;
    let report;
    if (existsSync(out)) report = JSON.parse(readFileSync(out, 'utf8'));
    // A bench that stops because its baseline's tool is missing writes only value-less figures: not a failure.
    // A report not in bench/report.mjs's shape is a failed row too, not a crash of the table.
    const shaped = Array.isArray(report?.figures);
    const onlyMissing = shaped && report.figures.length > 0 && report.figures.every((f) => f.value === null);
    if (!shaped || (r.status !== 0 && !onlyMissing)) {
      const why = r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
      report = {
        name,
        figures: shaped ? report.figures : [],
        failed: !report ? `${why}, no report` : shaped ? `${why} after its report` : 'its report has no figures',
      };
    }
    reports.push({ ...report, seconds });
  }
  rmSync(work, { recursive: true, force: true });
  return {
    quick: args.quick,
    seconds: (Date.now() - started) / 1000,
    node: process.version,
    cores: availableParallelism(),
    load: [loadAtStart, loadavg()[0]],
    skipped,
    reports,
  };
}

function printTable({ quick, seconds, node, cores, load, skipped, reports }) {
  // Three significant digits below 100 (0.401× must not print as a passing 0.40× next to a ≤ 0.4× target).
  const number = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
  const SUFFIX = { ratio: '×', MB: ' MB', s: ' s', KB: ' KB', '%': '%' };
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const rows = [];
  for (const r of reports) {
    for (const f of r.figures) {
      const value = f.value === null ? (f.note ?? 'no baseline ran') : `${number(f.value)}${SUFFIX[f.unit]}`;
      const what = f.value !== null && f.note ? `${f.what} (${f.note})` : f.what;
      const pass = f.pass === null ? '–' : f.pass ? 'yes' : '**no**';
      rows.push([r.name, what, value, f.baseline ?? '–', f.target ?? '–', pass]);
    }
    if (r.failed) rows.push([r.name, `**failed** (${r.failed}; its output above)`, '–', '–', '–', '**no**']);
  }
  const head = ['bench', 'what', 'figure', 'baseline', 'target', 'pass'];
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  console.log(line(head));
  console.log(line(head.map(() => '---')));
  for (const row of rows) console.log(line(row));
  const loads = load ? `, load average ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end` : '';
  console.log(
    `\n${quick ? 'Quick run' : 'Run'} of ${reports.length} benches in ${seconds.toFixed(0)} s ` +
      `(${reports.map((r) => `${r.name} ${r.seconds.toFixed(0)} s`).join(', ')}), node ${node}, ` +
      `${cores ?? '?'} cores${loads}.` +
      (skipped.length ? ` Not present yet, skipped: ${skipped.join(', ')}.` : ''),
  );
}
