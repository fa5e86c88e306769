// Benchmark: how fast our built-in infrastructure renderers are next to the real tools, measured in
// the same run, on a generated repository (bench/generate-infra.mjs): N services as a Kustomize base
// with components and three overlays, as one Helm chart, and as a Compose file.
// 1. Kustomize: buildKustomization (useTool: false) per overlay against `kubectl kustomize <dir>`
//    run as the extractor runs it (external-tool.ts runTool: minimal environment, no kubeconfig);
//    both must give the same objects (compared by kind/namespace/name, and whole).
// 2. Helm: renderChart (useTool: false) against `helm template` when helm is on PATH; without it,
//    only our time and objects per ms (there is no baseline then, and the output says so).
// 3. Whole fact extraction (extractFacts(loadConfig(repo))) with `render-tools: built-in` against
//    `auto` (the tools on PATH), and the system components it derives: one per logical service.
// Everything runs in this process, interleaved, after untimed warm-ups of each side; the first
// (cold) built-in call is reported apart. Absolute times vary by machine; the ratio is the claim.
//   node bench/infra-render.mjs [--services 15] [--repeats 5] [--no-sidecar] [--keep] [--quick] [--json FILE]
// --quick: 2 repeats; --json: the figures for bench/run-all.mjs (bench/report.mjs).
// --no-sidecar leaves the metrics sidecar out of the monitoring component; --keep leaves the generated
// repository in the temp folder it prints.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseAllDocuments } from 'yaml';
import { generateInfraRepo } from './generate-infra.mjs';
import { noBaseline, reportOptions, writeReport } from './report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    services: { type: 'string', default: '15' },
    repeats: { type: 'string' },
    'no-sidecar': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    ...reportOptions,
  },
});
const services = Number(args.services);
const repeats = Number(args.repeats ?? (args.quick ? 2 : 5));
const figures = [];
if (!(services >= 2) || !(repeats >= 1)) {
  console.error('--services must be at least 2 and --repeats at least 1');
  process.exit(2);
}

// Our code from src/, compiled as the build does (tsc; type checking is the tests' business), into a
// folder inside the checkout so its imports resolve from node_modules.
const build = join(root, '.tmp', 'bench-infra-render');
rmSync(build, { recursive: true, force: true });
const tsc = join(root, 'node_modules', '.bin', 'tsc');
execFileSync(tsc, ['-p', 'tsconfig.json', '--noCheck', '--outDir', join(build, 'src')], { cwd: root });
const load = (path) => import(pathToFileURL(join(build, path)).href);
const { buildKustomization } = await load('src/sources/kubernetes/kustomize/build-kustomization.js');
const { renderChart } = await load('src/sources/kubernetes/helm/render-chart.js');
const { repoReader } = await load('src/sources/common/repo-reader.js');
const { findOnPath, runTool } = await load('src/sources/common/external-tool.js');
const { extractFacts } = await load('src/pipeline.js');
const { loadConfig } = await load('src/config/load-config.js');

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
async function timed(fn) {
  const t0 = now();
  const value = await fn();
  return { ms: now() - t0, value };
}
function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

// ---- comparing objects --------------------------------------------------------------------------
// The built-in build differs from kustomize on purpose in two ways (see
// test/unit/kustomize-kubectl-parity.test.ts): generated ConfigMaps and Secrets carry no content
// hash (it needs the values, which are never read), and their data is kept by key only.
const HASH = /-[bcdfghkmt2-9]{10}$/;
const keyOf = (o) => `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
function canonical(value, rename = new Map()) {
  if (typeof value === 'string') return rename.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => canonical(v, rename));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k], rename)]),
    );
  return value;
}
function normalized(objects, { unhash = false } = {}) {
  const rename = new Map();
  if (unhash)
    for (const o of objects) {
      const name = String(o.metadata?.name ?? '');
      if ((o.kind === 'ConfigMap' || o.kind === 'Secret') && HASH.test(name)) rename.set(name, name.replace(HASH, ''));
    }
  const out = new Map();
  for (const o of objects) {
    const c = canonical(o, rename);
    if (c.kind === 'ConfigMap' || c.kind === 'Secret')
      for (const f of ['data', 'stringData', 'binaryData']) if (c[f]) c[f] = Object.keys(c[f]).sort();
    out.set(keyOf(c), c);
  }
  return out;
}
/** Loud when the two sides differ: the objects only one side has, and those that differ. */
function compareObjects(label, ours, theirs) {
  const onlyOurs = [...ours.keys()].filter((k) => !theirs.has(k));
  const onlyTheirs = [...theirs.keys()].filter((k) => !ours.has(k));
  const differ = [...ours.keys()].filter(
    (k) => theirs.has(k) && JSON.stringify(ours.get(k)) !== JSON.stringify(theirs.get(k)),
  );
  if (ours.size !== theirs.size || onlyOurs.length + onlyTheirs.length > 0)
    console.log(`!!! ${label}: OBJECT COUNT MISMATCH built-in ${ours.size}, tool ${theirs.size}`);
  if (onlyOurs.length) console.log(`!!! ${label}: only built-in: ${onlyOurs.join(', ')}`);
  if (onlyTheirs.length) console.log(`!!! ${label}: only tool: ${onlyTheirs.join(', ')}`);
  for (const k of differ) {
    const a = JSON.stringify(ours.get(k));
    const b = JSON.stringify(theirs.get(k));
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    const from = Math.max(0, i - 60);
    console.log(
      `!!! ${label}: ${k} differs\n      built-in …${a.slice(from, i + 80)}\n      tool     …${b.slice(from, i + 80)}`,
    );
  }
  return { same: onlyOurs.length + onlyTheirs.length + differ.length === 0, differ: differ.length };
}
const parseObjects = (text) =>
  parseAllDocuments(text)
    .map((d) => d.toJS())
    .filter((o) => o && typeof o === 'object');

// ---- the repository -----------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'ad-bench-infra-'));
const repo = join(work, 'shop');
const gen = generateInfraRepo(repo, { services, sidecar: !args['no-sidecar'] });
const errorsOf = (diagnostics) => diagnostics.filter((d) => d.severity === 'error');
const kubectl = findOnPath('kubectl');
const helm = findOnPath('helm');

const versionOf = (tool, versionArgs) => execFileSync(tool, versionArgs, { encoding: 'utf8' }).trim().split('\n');

try {
  const kubectlVersion = kubectl ? versionOf(kubectl, ['version', '--client']).join(', ') : 'no kubectl';
  const helmVersion = helm ? versionOf(helm, ['version', '--short'])[0] : 'no helm';
  console.log(
    `infra render benchmark: ${services} services, median of ${repeats}, node ${process.version}, ` +
      `${kubectlVersion}, ${helmVersion}`,
  );
  console.log(`generated repository: ${repo}`);

  // ---- 1. Kustomize -----------------------------------------------------------------------------
  const builtInKustomize = (dir) =>
    buildKustomization(dir, { repoRoot: repo, reader: repoReader(repo, () => undefined), useTool: false });
  const kubectlKustomize = async (dir) => {
    const out = await runTool(kubectl, ['kustomize', join(repo, dir)], repo);
    if ('error' in out) throw new Error(`kubectl kustomize ${dir}: ${out.error}`);
    return out.stdout;
  };
  console.log('\n1. Kustomize: buildKustomization (built-in) vs `kubectl kustomize`, per overlay');
  if (!kubectl) console.log('   kubectl is not on PATH: no baseline ran; built-in times only');
  const kRows = [];
  let kMismatch = false;
  // The first call of each overlay, cold; then a warm-up of both sides on every overlay, so the
  // medians below compare warmed-up code with a cached binary.
  const firsts = new Map();
  for (const dir of gen.overlays) firsts.set(dir, await timed(() => builtInKustomize(dir)));
  for (const dir of gen.overlays) {
    for (let i = 0; i < 3; i++) await builtInKustomize(dir);
    if (kubectl) await kubectlKustomize(dir);
  }
  // kubectl's fixed cost per call: a kustomization of one ConfigMap.
  let floor;
  if (kubectl) {
    const tiny = 'bench-floor';
    mkdirSync(join(repo, tiny), { recursive: true });
    writeFileSync(join(repo, tiny, 'kustomization.yaml'), 'configMapGenerator:\n  - name: x\n    literals: [a=1]\n');
    await kubectlKustomize(tiny);
    const ts = [];
    for (let i = 0; i < repeats; i++) ts.push((await timed(() => kubectlKustomize(tiny))).ms);
    floor = median(ts);
    rmSync(join(repo, tiny), { recursive: true });
  }
  for (const dir of gen.overlays) {
    const first = firsts.get(dir);
    const ours = [];
    const theirs = [];
    let built = first.value;
    let printed;
    for (let i = 0; i < repeats; i++) {
      const a = await timed(() => builtInKustomize(dir));
      ours.push(a.ms);
      built = a.value;
      if (kubectl) {
        const b = await timed(() => kubectlKustomize(dir));
        theirs.push(b.ms);
        printed = b.value;
      }
    }
    for (const d of errorsOf(built.diagnostics)) console.log(`!!! ${dir}: built-in error ${d.file}: ${d.message}`);
    const oursObjects = normalized(built.set.documents.map((d) => d.value));
    let cmp = { same: undefined };
    let toolCount = '-';
    if (kubectl) {
      const theirsObjects = normalized(parseObjects(printed), { unhash: true });
      toolCount = String(theirsObjects.size);
      cmp = compareObjects(dir, oursObjects, theirsObjects);
      if (!cmp.same) kMismatch = true;
    }
    const kWhat = `Kustomize ${dir.replace('deploy/kustomize/', '')}, ${services} services (built-in)`;
    figures.push(
      kubectl
        ? {
            what: kWhat,
            value: median(ours) / median(theirs),
            unit: 'ratio',
            baseline: 'kubectl kustomize',
            note: `objects equal: ${cmp.same ? 'yes' : 'NO'}`,
          }
        : noBaseline(kWhat, 'ratio', 'kubectl kustomize', null, 'no kubectl on PATH'),
    );
    kRows.push([
      dir.replace('deploy/kustomize/', ''),
      fmt(first.ms),
      fmt(median(ours)),
      kubectl ? fmt(median(theirs)) : '-',
      kubectl ? ratio(median(ours), median(theirs)) : '-',
      `${oursObjects.size}/${toolCount}`,
      cmp.same === undefined ? '-' : cmp.same ? 'yes' : 'NO',
    ]);
  }
  table(['overlay', 'built-in 1st', 'built-in', 'kubectl', 'ratio', 'objects ours/kubectl', 'equal'], kRows);
  if (kubectl)
    console.log(`   kubectl kustomize of a one-ConfigMap kustomization (its fixed cost): ${fmt(floor).trim()}`);
  if (kMismatch) console.log('!!! the built-in Kustomize build and kubectl disagree: see the lines above');

  // ---- 2. Helm ----------------------------------------------------------------------------------
  console.log('\n2. Helm: renderChart (built-in) of the generated chart');
  const builtInHelm = () =>
    renderChart(gen.chart, { repoRoot: repo, reader: repoReader(repo, () => undefined), useTool: false });
  const helmTemplate = async () => {
    const out = await runTool(helm, ['template', 'shop', join(repo, gen.chart), '--namespace', 'default'], repo);
    if ('error' in out) throw new Error(`helm template: ${out.error}`);
    return out.stdout;
  };
  const hFirst = await timed(builtInHelm);
  for (let i = 0; i < 3; i++) await builtInHelm();
  if (helm) await helmTemplate();
  const hOurs = [];
  const hTheirs = [];
  let rendered = hFirst.value;
  let helmPrinted;
  for (let i = 0; i < repeats; i++) {
    const a = await timed(builtInHelm);
    hOurs.push(a.ms);
    rendered = a.value;
    if (helm) {
      const b = await timed(helmTemplate);
      hTheirs.push(b.ms);
      helmPrinted = b.value;
    }
  }
  for (const d of errorsOf(rendered.diagnostics)) console.log(`!!! chart: built-in error ${d.file}: ${d.message}`);
  const hObjects = normalized(rendered.set.documents.map((d) => d.value));
  const kinds = {};
  for (const o of hObjects.values()) kinds[o.kind] = (kinds[o.kind] ?? 0) + 1;
  const kindList = Object.entries(kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  if (helm) {
    const cmp = compareObjects(gen.chart, hObjects, normalized(parseObjects(helmPrinted)));
    table(
      ['chart', 'built-in 1st', 'built-in', 'helm template', 'ratio', 'objects', 'equal'],
      [
        [
          gen.chart,
          fmt(hFirst.ms),
          fmt(median(hOurs)),
          fmt(median(hTheirs)),
          ratio(median(hOurs), median(hTheirs)),
          String(hObjects.size),
          cmp.same ? 'yes' : 'NO',
        ],
      ],
    );
  } else {
    console.log('   helm is not on PATH: NO BASELINE RAN; built-in time and throughput only');
    table(
      ['chart', 'built-in 1st', 'built-in', 'objects', 'objects/ms'],
      [
        [
          gen.chart,
          fmt(hFirst.ms),
          fmt(median(hOurs)),
          String(hObjects.size),
          (hObjects.size / median(hOurs)).toFixed(2),
        ],
      ],
    );
  }
  console.log(`   objects: ${kindList}`);
  const hWhat = `Helm chart, ${services} services (built-in renderChart)`;
  figures.push(
    helm
      ? { what: hWhat, value: median(hOurs) / median(hTheirs), unit: 'ratio', baseline: 'helm template' }
      : noBaseline(hWhat, 'ratio', 'helm template', null, 'no helm on PATH'),
  );

  // ---- 3. whole fact extraction -----------------------------------------------------------------
  console.log('\n3. extractFacts(loadConfig(repo)): render-tools built-in vs auto');
  const repos = {};
  for (const mode of ['built-in', 'auto']) {
    repos[mode] = join(work, `repo-${mode}`, 'shop');
    mkdirSync(dirname(repos[mode]), { recursive: true });
    cpSync(repo, repos[mode], { recursive: true });
    mkdirSync(join(repos[mode], '.github'), { recursive: true });
    writeFileSync(join(repos[mode], '.github', 'architect-docs.yml'), `sources:\n  render-tools: ${mode}\n`);
  }
  const extract = async (mode) => extractFacts(await loadConfig(repos[mode], {}));
  const xFirst = await timed(() => extract('built-in'));
  await extract('built-in');
  await extract('auto');
  const x = { 'built-in': [], auto: [] };
  const facts = { 'built-in': xFirst.value };
  for (let i = 0; i < repeats; i++)
    for (const mode of ['built-in', 'auto']) {
      const r = await timed(() => extract(mode));
      x[mode].push(r.ms);
      facts[mode] = r.value;
    }
  // The services, Compose's postgres and redis, and the chart's Ingress (a gateway).
  const expected = services + 3;
  const xRows = ['built-in', 'auto'].map((mode) => {
    const f = facts[mode];
    const notices = f.diagnostics.filter((d) => /kubectl|helm|docker compose/.test(d.message));
    for (const d of notices) console.log(`   ${mode}: ${d.severity} ${d.file}: ${d.message}`);
    return [
      mode,
      mode === 'built-in' ? fmt(xFirst.ms) : '-',
      fmt(median(x[mode])),
      ratio(median(x[mode]), median(x['built-in'])),
      String(f.infra.components.length),
      String(f.system.components.length),
      String(errorsOf(f.diagnostics).length),
    ];
  });
  table(['render-tools', '1st', 'median', 'vs built-in', 'raw components', 'system components', 'errors'], xRows);
  for (const mode of ['built-in', 'auto']) {
    const sys = facts[mode].system;
    const byRole = {};
    for (const c of sys.components) byRole[c.role] = (byRole[c.role] ?? 0) + 1;
    const roles = Object.entries(byRole)
      .map(([r, n]) => `${n} ${r}`)
      .join(', ');
    console.log(
      `   ${mode}: ${sys.components.length} system components (${roles}); expected ${expected} ` +
        `(${services} services, postgres, redis, the Ingress)`,
    );
    if (sys.components.length !== expected) {
      console.log(`!!! ${mode}: expected ${expected} system components (one per logical service), got:`);
      for (const c of sys.components) console.log(`      ${c.id} ${c.role}: runs as ${c.runsAs.join(', ')}`);
      for (const u of sys.unknowns) console.log(`      unknown: ${u}`);
    }
  }
  figures.push({
    what: `extractFacts, render-tools auto, ${services} services`,
    value: median(x.auto) / median(x['built-in']),
    unit: 'ratio',
    baseline: 'render-tools built-in',
    note: `system components ${facts['built-in'].system.components.length} of ${expected} expected`,
  });
  writeReport(args.json, 'infra-render', figures);
  const shape = (f) => JSON.stringify(f.system.components.map((c) => [c.id, c.role, c.runsAs]));
  if (shape(facts['built-in']) !== shape(facts.auto))
    console.log('!!! built-in and auto derive different system components');
  console.log(
    '\n1st: the first (cold) call in this process; the other columns are medians after untimed warm-ups\n' +
      'of each side. kubectl and helm run as the extractor runs them (runTool: a fresh process, minimal\n' +
      'environment); their time is the process, not the parsing of what they print. ratio: built-in / tool.\n' +
      'auto: kubectl (and helm, docker compose) when on PATH; each overlay is then built twice (built-in\n' +
      'first, for source lines and the safety checks, then kubectl).',
  );
} finally {
  if (args.keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
}
