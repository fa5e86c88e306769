// Everything the Kubernetes kind was handed, read the way it is deployed: each Helm chart rendered
// with its values, each Kustomize overlay built, and the manifests neither consumed read as they
// are. A chart or an overlay is a deployment environment: the same services appear once per
// environment, and Services select only the workloads of their own.
//
// Files a chart or an overlay consumed (templates, bases, patches) are not read again on their own:
// a strategic-merge patch is not a Deployment, and a base's objects are deployed as its overlays
// make them.

import { posix } from 'node:path';
import type { Diagnostic, InfraFacts } from '../../facts/model.js';
import { repoReader } from '../common/repo-reader.js';
import type { Extracted } from '../extract-result.js';
import type { ExtractInput } from '../source-kind.js';
import { isClusterScoped } from './cluster-scoped-kinds.js';
import { isChartFile, isKustomizationFile } from './kubernetes-file-names.js';
import { extractManifestSets } from './extract-kubernetes.js';
import { renderChart, findCharts } from './helm/render-chart.js';
import { buildKustomization, findOverlayRoots } from './kustomize/build-kustomization.js';
import type { BuiltManifests, ManifestSet } from './manifest-set.js';
import { readManifestFile } from './read-manifest-file.js';

/** No real manifest is this large; a file past it is reported, not parsed (YAML parsing is memory-hungry). */
export const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const MIB = 1024 * 1024;

export async function readKubernetesProject(input: ExtractInput): Promise<Extracted<InfraFacts>> {
  const handed = new Set(input.files);
  const reader = repoReader(input.repoRoot, (file) => (handed.has(file) ? input.text(file) : undefined));
  const useTool = input.settings['render-tools'] !== 'built-in';
  const diagnostics: Diagnostic[] = [];
  const sets: ManifestSet[] = [];
  const consumed = new Set<string>();
  const take = (built: BuiltManifests) => {
    sets.push(built.set);
    diagnostics.push(...built.diagnostics);
    for (const file of built.consumed) consumed.add(file);
  };

  const configured = (input.settings.helm ?? []).map((h) => ({ ...h, chart: posix.normalize(h.chart) }));
  const charts = new Set(findCharts(input.files.filter(isChartFile)));
  for (const entry of configured) {
    if ('text' in reader.read(posix.join(entry.chart, 'Chart.yaml'))) charts.add(entry.chart);
    else
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file: entry.chart,
        message: `the config's sources.helm names ${entry.chart}, which holds no Chart.yaml; not rendered`,
      });
  }
  for (const chart of [...charts].sort()) {
    const entry = configured.find((h) => h.chart === chart);
    const options: Parameters<typeof renderChart>[1] = { repoRoot: input.repoRoot, reader, useTool };
    if (entry?.values.length) options.values = entry.values;
    if (entry?.release) options.release = entry.release;
    if (entry?.namespace) options.namespace = entry.namespace;
    const built = await guarded(chart, () => renderChart(chart, options));
    // `helm install -n x` puts every namespaced object the templates leave unplaced into x.
    if (entry?.namespace) for (const doc of built.set.documents) placeIn(doc.value, entry.namespace);
    take(built);
  }

  const kustomizationDirs = input.files
    .filter(isKustomizationFile)
    .map((f) => posix.dirname(f))
    .filter((dir) => ![...charts].some((chart) => isInside(dir, chart)));
  for (const root of findOverlayRoots(kustomizationDirs, reader)) {
    take(await guarded(root, () => buildKustomization(root, { repoRoot: input.repoRoot, reader, useTool })));
  }
  // A Kustomize Component (or any kustomization) no overlay uses is not deployed: its resources
  // and patches are not objects of their own. One notice names the folders.
  const unused: string[] = [];
  for (const dir of kustomizationDirs) {
    const own = input.files.filter((f) => isKustomizationFile(f) && posix.dirname(f) === dir);
    if (own.every((f) => consumed.has(f))) continue;
    for (const f of input.files) if (isInside(f, dir)) consumed.add(f);
    unused.push(dir);
  }
  if (unused.length)
    diagnostics.push({
      severity: 'notice',
      stage: 'infra',
      file: unused[0]!,
      message:
        `${unused.length} Kustomize folder(s) used by no overlay that is built, so not documented as deployed: ` +
        `${unused.slice(0, 8).join(', ')}${unused.length > 8 ? ', …' : ''}`,
    });

  const plain: ManifestSet = { documents: [] };
  for (const file of input.files) {
    if (consumed.has(file) || isChartFile(file) || isKustomizationFile(file)) continue;
    if ([...charts].some((chart) => isInside(file, chart))) continue;
    const text = input.text(file);
    if (text.length > MAX_MANIFEST_BYTES) {
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file,
        line: 1,
        message:
          `${Math.round(text.length / MIB)} MB manifest, ` + `over the ${MAX_MANIFEST_BYTES / MIB} MB read; not read`,
      });
      continue;
    }
    if (isGoTemplate(text)) {
      diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file,
        line: 1,
        message: 'Go template ({{ }}) outside any Helm chart (no Chart.yaml above it); not read',
      });
      continue;
    }
    const read = readManifestFile(file, text);
    plain.documents.push(...read.documents);
    diagnostics.push(...read.diagnostics);
  }
  sets.unshift(plain);

  const result = extractManifestSets(sets);
  const extracted: Extracted<InfraFacts> = {
    facts: result.facts,
    diagnostics: [...diagnostics, ...result.diagnostics],
  };
  const alsoRead = new Map([...reader.readFiles].filter(([file]) => !handed.has(file)));
  if (alsoRead.size) extracted.alsoRead = alsoRead;
  return extracted;
}

/** A renderer that throws costs its own chart or overlay, reported where it is. */
async function guarded(dir: string, build: () => Promise<BuiltManifests>): Promise<BuiltManifests> {
  try {
    return await build();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      set: { documents: [] },
      consumed: [],
      diagnostics: [{ severity: 'error', stage: 'infra', file: dir, message: `cannot render ${dir}: ${message}` }],
    };
  }
}

function placeIn(value: unknown, namespace: string): void {
  if (typeof value !== 'object' || value === null) return;
  const object = value as { kind?: unknown; metadata?: Record<string, unknown> };
  if (typeof object.kind !== 'string' || isClusterScoped(object.kind)) return;
  object.metadata ??= {};
  if (typeof object.metadata.namespace !== 'string' || object.metadata.namespace === '')
    object.metadata.namespace = namespace;
}

function isInside(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}

/**
 * A Go template outside a chart (a chart without its Chart.yaml, a kustomize-less templating
 * script): control actions at a line's start, or a templated name. A manifest that only carries
 * `{{ $labels.instance }}` in an alert's text is an ordinary manifest and is read.
 */
function isGoTemplate(text: string): boolean {
  if (!text.includes('{{')) return false;
  return (
    /^\s*\{\{-?\s*(if|range|with|define|include|template|end|else|\/\*)\b/m.test(text) ||
    /^\s*(name|namespace):\s*["']?\{\{/m.test(text)
  );
}
