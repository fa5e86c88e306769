// Benchmark: reading GitHub's REST description (`@octokit/openapi`'s api.github.com.json, 13 MB)
// into facts, against what `@redocly/openapi-core` needs just to bundle the same file, in the
// same run. Each measurement is a fresh child process (a runner reads the spec once per job, so
// the cold number is the one that counts), alternating ours and Redocly's; inside the child the
// clock starts after the modules are loaded, and the child reports its peak resident memory.
// The claim is the ratio of medians (issue 13: ours ≤ 0.5× Redocly's bundle, peak ≤ 300 MB) and
// that our operation count equals an independent count of the document's path × method entries.
//   node bench/openapi-extract.mjs [--repeats 5] [--spec <file>] [--quick] [--json FILE]
// --quick: 3 repeats; --json: the figures for bench/run-all.mjs (bench/report.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { atMost, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, '.tmp', 'bench-openapi-extract');
const self = fileURLToPath(import.meta.url);
const { values: args } = parseArgs({
  options: {
    repeats: { type: 'string' },
    spec: { type: 'string' },
    child: { type: 'string' },
    ...reportOptions,
  },
});
const spec = args.spec ?? join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');

if (args.child) {
  // One measurement, printed as JSON on stdout.
  const side = args.child;
  let run;
  if (side === 'ours') {
    const { extractOpenApi } = await import(pathToFileURL(join(build, 'src/sources/openapi/extract-openapi.js')).href);
    run = async () => {
      const r = await extractOpenApi(dirname(spec), [spec.split(/[\\/]/).pop()]);
      return { operations: r.facts.operations.length, diagnostics: r.diagnostics.length };
    };
  } else {
    const { bundle, createConfig } = await import('@redocly/openapi-core');
    run = async () => {
      const config = await createConfig({});
      const r = await bundle({ ref: spec, config });
      return { paths: Object.keys(r.bundle.parsed.paths ?? {}).length };
    };
  }
  const t0 = process.hrtime.bigint();
  const result = await run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  // maxRSS is in KiB.
  console.log(JSON.stringify({ side, ms, peakMb: process.resourceUsage().maxRSS / 1024, ...result }));
  process.exit(0);
}

if (!existsSync(spec)) {
  console.error(`no spec at ${spec}: run npm ci (the dev dependency @octokit/openapi holds it)`);
  process.exit(2);
}
const repeats = Number(args.repeats ?? (args.quick ? 3 : 5));
rmSync(build, { recursive: true, force: true });
execFileSync(
  join(root, 'node_modules', '.bin', 'tsc'),
  ['-p', 'tsconfig.json', '--noCheck', '--outDir', join(build, 'src')],
  {
    cwd: root,
  },
);

const measure = (side) =>
  JSON.parse(
    execFileSync(process.execPath, [self, '--child', side, '--spec', spec], {
      cwd: root,
      maxBuffer: 1 << 20,
    }).toString(),
  );
const ours = [];
const theirs = [];
for (let i = 0; i < repeats; i++) {
  ours.push(measure('ours'));
  theirs.push(measure('redocly'));
}

const doc = JSON.parse(readFileSync(spec, 'utf8'));
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
let expected = 0;
for (const item of Object.values(doc.paths ?? {})) for (const m of methods) if (item?.[m]) expected++;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (list) => median(list.map((r) => r.ms));
const peak = (list) => Math.max(...list.map((r) => r.peakMb));
console.log(
  `spec: ${spec.split(/[\\/]/).pop()} (${(readFileSync(spec).length / 1e6).toFixed(1)} MB), ${repeats} runs each`,
);
console.log(`ours (extractOpenApi):       median ${ms(ours).toFixed(0)} ms, peak ${peak(ours).toFixed(0)} MB`);
console.log(`redocly bundle:              median ${ms(theirs).toFixed(0)} ms, peak ${peak(theirs).toFixed(0)} MB`);
console.log(`ratio ours / redocly bundle: ${(ms(ours) / ms(theirs)).toFixed(2)}× (target ≤ 0.50×)`);
console.log(
  `operations: ${ours[0].operations} found, ${expected} path × method entries in the document` +
    `${ours[0].operations === expected ? ' (exact)' : ' (DIFFERENT)'}; ${ours[0].diagnostics} diagnostics`,
);
const specName = spec.split(/[\\/]/).pop();
writeReport(args.json, 'openapi-extract', [
  {
    what: `${specName} → facts (extractOpenApi)`,
    value: ms(ours) / ms(theirs),
    unit: 'ratio',
    baseline: '@redocly/openapi-core bundle',
    ...atMost(ms(ours) / ms(theirs), 0.5),
    note: `operations ${ours[0].operations === expected ? 'exact' : 'DIFFERENT'}`,
  },
  { what: `${specName} → facts, peak RSS`, value: peak(ours), unit: 'MB', ...atMost(peak(ours), 300, 'MB') },
]);
rmSync(build, { recursive: true, force: true });
