// The built-in `helm template`: every chart and enabled subchart's templates in one set (parsed
// deepest first, so a parent's `define` wins, as in Helm), each manifest template executed with
// its chart's scoped values, and the output parsed into documents. A failing template yields a
// diagnostic at its file and line; the others still render.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import type { ManifestDocument } from '../manifest-set.js';
import { chartObject, capabilitiesObject, filesObject, releaseObject, templateObject } from './chart-objects.js';
import { coalesceValues, valueAt } from './chart-values.js';
import { DEFAULT_LIMITS, type TemplateLimits, TemplateSet } from './go-template/executor.js';
import { type GoMap, isMap } from './go-template/go-values.js';
import { TemplateError } from './go-template/template-error.js';
import { HELM_FUNCTIONS } from './helm-functions.js';
import type { ChartTemplate, LoadedChart } from './load-chart.js';
import { documentsOf } from './rendered-documents.js';

export interface BuiltinOptions {
  reader: RepoReader;
  /** User values (the `-f` files merged), not yet over the chart's defaults. */
  values: GoMap;
  release: string;
  namespace: string;
  limits?: TemplateLimits;
}

/** A template with the chart it belongs to and its Helm name (`shop/charts/redis/templates/x.yaml`). */
interface Placed {
  template: ChartTemplate;
  helmName: string;
  chart: LoadedChart;
  /** The chart's name, or the alias its parent gives it (Helm renames an aliased chart). */
  chartName: string;
  values: GoMap;
}

export function renderBuiltin(
  chart: LoadedChart,
  options: BuiltinOptions,
  diagnostics: Diagnostic[],
): { documents: ManifestDocument[]; helmNames: Map<string, string> } {
  const placed: Placed[] = [];
  const top = coalesceValues(options.values, chart.values);
  // Helm always gives the values a `global` map, so `.Values.global.x` never fails on nil.
  if (!isMap(top.global)) top.global = {};
  placeChart(chart, chart.name, top, chart.name, placed, diagnostics);

  const set = new TemplateSet(HELM_FUNCTIONS, options.limits ?? DEFAULT_LIMITS);
  const helmNames = new Map<string, string>();
  for (const p of placed) helmNames.set(p.helmName, p.template.file);
  const parsed = new Set<string>();
  for (const p of sortLikeHelm(placed)) {
    try {
      set.add(p.helmName, p.helmName, p.template.text);
      parsed.add(p.helmName);
    } catch (e) {
      diagnostics.push(diagnosticOf(e, p.template.file, helmNames));
    }
  }

  const capabilities = capabilitiesObject();
  const documents: ManifestDocument[] = [];
  const byChart = new Map<LoadedChart, GoMap>();
  for (const p of [...placed].sort((a, b) => (a.template.file < b.template.file ? -1 : 1))) {
    if (!parsed.has(p.helmName) || !isManifestTemplate(p.template.path)) continue;
    let chartObj = byChart.get(p.chart);
    if (!chartObj) {
      chartObj = chartObject({ ...p.chart.metadata, name: p.chartName });
      byChart.set(p.chart, chartObj);
    }
    const data: GoMap = {
      Values: p.values,
      Release: releaseObject(options.release, options.namespace),
      Chart: chartObj,
      Capabilities: capabilities,
      Files: filesObject(p.chart.files, options.reader),
      Template: templateObject(p.helmName),
    };
    let rendered: string;
    try {
      rendered = set.execute(p.helmName, data).replaceAll('<no value>', '');
    } catch (e) {
      diagnostics.push(diagnosticOf(e, p.template.file, helmNames));
      continue;
    }
    documents.push(...documentsOf(p.template.file, p.template.text, rendered, diagnostics));
  }
  return { documents, helmNames };
}

/** Places a chart's templates with its values, then its enabled subcharts' with theirs. */
function placeChart(
  chart: LoadedChart,
  chartName: string,
  values: GoMap,
  helmPath: string,
  out: Placed[],
  diagnostics: Diagnostic[],
): void {
  for (const template of chart.templates)
    out.push({ template, helmName: `${helmPath}/${template.path}`, chart, chartName, values });
  for (const sub of chart.subcharts) {
    const dep = chart.dependencies.find((d) => d.name === sub.name);
    const name = dep?.alias ?? sub.name;
    const own = isMap(values[name]) ? (values[name] as GoMap) : {};
    const subValues = coalesceValues(own, sub.values);
    if (dep?.condition && !conditionHolds(dep.condition, values, name, subValues)) {
      diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file: posix.join(chart.dir, 'Chart.yaml'),
        message: `subchart ${name} is disabled by its condition ${dep.condition}; not rendered`,
      });
      continue;
    }
    const parentGlobal = isMap(values.global) ? values.global : {};
    const ownGlobal = isMap(subValues.global) ? subValues.global : {};
    subValues.global = coalesceValues(parentGlobal, ownGlobal);
    values[name] = subValues;
    placeChart(sub, name, subValues, `${helmPath}/charts/${name}`, out, diagnostics);
  }
}

/** Helm's rule: the first path of the comma-separated condition that holds a boolean decides. */
function conditionHolds(condition: string, parent: GoMap, name: string, sub: GoMap): boolean {
  for (const path of condition.split(',').map((p) => p.trim())) {
    let v = valueAt(parent, path);
    if (v === undefined && path.startsWith(`${name}.`)) v = valueAt(sub, path.slice(name.length + 1));
    if (typeof v === 'boolean') return v;
  }
  return true;
}

/** Deepest paths first; at one depth, reverse alphabetical: Helm's order, so parents' defines win. */
function sortLikeHelm(placed: Placed[]): Placed[] {
  const depth = (p: Placed) => p.helmName.split('/').length;
  return [...placed].sort((a, b) => {
    if (depth(a) !== depth(b)) return depth(b) - depth(a);
    return a.helmName < b.helmName ? 1 : a.helmName > b.helmName ? -1 : 0;
  });
}

/** A template that yields manifests: not a partial (`_helpers.tpl`), not NOTES.txt. */
export function isManifestTemplate(path: string): boolean {
  const base = posix.basename(path);
  return !base.startsWith('_') && base !== 'NOTES.txt' && /\.(ya?ml|tpl)$/.test(base);
}

function diagnosticOf(e: unknown, fallbackFile: string, helmNames: Map<string, string>): Diagnostic {
  if (e instanceof TemplateError) {
    return {
      severity: 'error',
      stage: 'infra',
      file: helmNames.get(e.template) ?? fallbackFile,
      line: e.line || 1,
      message: e.message,
    };
  }
  return { severity: 'error', stage: 'infra', file: fallbackFile, line: 1, message: String((e as Error).message ?? e) };
}
