// Renders one Helm chart into a ManifestSet: with `helm template` when asked to and it is on PATH
// (falling back to the built-in renderer with a notice when it fails), else with the built-in
// renderer. Never throws: whatever cannot be read or rendered becomes a diagnostic.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../facts/model.js';
import { findOnPath } from '../../common/external-tool.js';
import type { RepoReader } from '../../common/repo-reader.js';
import type { BuiltManifests } from '../manifest-set.js';
import { mergeValueFiles } from './chart-values.js';
import type { GoMap } from './go-template/go-values.js';
import { type LoadedChart, loadChart, parseMap, walk } from './load-chart.js';
import { renderBuiltin } from './render-builtin.js';
import { renderWithTool } from './render-with-tool.js';

export { findCharts } from './find-charts.js';

export interface RenderChartOptions {
  repoRoot: string;
  reader: RepoReader;
  /** Values files layered over the chart's values.yaml, as `helm template -f`: repo-relative, or chart-relative. */
  values?: string[];
  /** Default: the chart's name, so the usual `fullname` helper yields the chart's name. */
  release?: string;
  /** Default: `default`, as `helm template` without `--namespace`. */
  namespace?: string;
  useTool: boolean;
}

export async function renderChart(chartDir: string, options: RenderChartOptions): Promise<BuiltManifests> {
  const diagnostics: Diagnostic[] = [];
  const dir = posix.normalize(chartDir);
  const consumed = walk(options.repoRoot, dir, []);
  const empty = (name: string): BuiltManifests => ({
    set: { environment: { id: dir, name, via: 'helm' }, documents: [] },
    consumed,
    diagnostics,
  });
  try {
    const chart = loadChart(options.repoRoot, options.reader, dir, diagnostics);
    if (!chart) return empty(options.release ?? posix.basename(dir));
    const release = options.release ?? chart.name;
    const namespace = options.namespace ?? 'default';
    const valueFiles = resolveValueFiles(dir, options, diagnostics);
    for (const f of valueFiles) if (!consumed.includes(f)) consumed.push(f);
    const userValues = mergeValueFiles(valueFiles.map((f) => readValues(f, options.reader, diagnostics)));

    const built = renderBuiltin(chart, { reader: options.reader, values: userValues, release, namespace }, diagnostics);
    const helm = options.useTool ? findOnPath('helm') : undefined;
    if (helm) {
      const allTemplates = collectTemplates(chart, new Map());
      const outcome = await renderWithTool({
        helm,
        repoRoot: options.repoRoot,
        chartDir: dir,
        release,
        namespace,
        valueFiles,
        helmNames: built.helmNames,
        templateText: (file) => allTemplates.get(file) ?? '',
      });
      if ('documents' in outcome) {
        // The tool's own errors are its output; the built-in's diagnostics would only repeat or disagree.
        return {
          set: { environment: { id: dir, name: release, via: 'helm' }, documents: outcome.documents },
          consumed,
          diagnostics: [...diagnostics.filter((d) => d.severity !== 'error'), ...outcome.diagnostics],
        };
      }
      diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file: posix.join(dir, 'Chart.yaml'),
        message: `helm template failed (${outcome.error}); rendered with the built-in renderer instead`,
      });
    }
    return {
      set: { environment: { id: dir, name: release, via: 'helm' }, documents: built.documents },
      consumed,
      diagnostics,
    };
  } catch (e) {
    // A bug of ours must not end the run: say so and go on with nothing from this chart.
    diagnostics.push({
      severity: 'error',
      stage: 'infra',
      file: dir,
      message: `chart could not be rendered: ${(e as Error).message}`,
    });
    return empty(options.release ?? posix.basename(dir));
  }
}

/** Repo path → text of every template of the chart and its subcharts, for `kind:` lines of the tool's output. */
function collectTemplates(chart: LoadedChart, into: Map<string, string>): Map<string, string> {
  for (const t of chart.templates) into.set(t.file, t.text);
  for (const sub of chart.subcharts) collectTemplates(sub, into);
  return into;
}

/** Each values file as given (repo-relative), else relative to the chart; missing ones are reported. */
function resolveValueFiles(dir: string, options: RenderChartOptions, diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  for (const given of options.values ?? []) {
    const candidates = [posix.normalize(given), posix.join(dir, given)];
    const found = candidates.find((c) => 'text' in options.reader.read(c));
    if (found) out.push(found);
    else
      diagnostics.push({
        severity: 'error',
        stage: 'infra',
        file: posix.join(dir, 'Chart.yaml'),
        message: `values file ${given} for chart ${dir} cannot be read; rendered without it`,
      });
  }
  return out;
}

function readValues(file: string, reader: RepoReader, diagnostics: Diagnostic[]): GoMap {
  const r = reader.read(file);
  return 'text' in r ? (parseMap(file, r.text, diagnostics) ?? {}) : {};
}
