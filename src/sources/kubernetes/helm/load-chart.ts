// Loads a chart folder the way Helm's loader sees it: Chart.yaml, values.yaml, templates/**,
// the other files (for `.Files`), and subcharts vendored unpacked under charts/ (recursively).
// Folders are walked on disk (confined to the repository, symlinked folders not followed);
// every file is read through the RepoReader so the run records it as an input.

import { type Dirent, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import { type GoMap, isMap } from './go-template/go-values.js';

/** More files than this in one chart is not a chart (a vendored tree, a mistake): stop walking. */
const MAX_CHART_FILES = 5_000;
/** Subcharts of subcharts of …: deeper than this is not followed. */
const MAX_CHART_NESTING = 10;

export interface ChartTemplate {
  /** Repo-relative path. */
  file: string;
  /** Path inside the chart (`templates/deployment.yaml`). */
  path: string;
  text: string;
}

export interface Dependency {
  name: string;
  alias?: string;
  condition?: string;
}

export interface LoadedChart {
  /** Repo-relative folder. */
  dir: string;
  name: string;
  metadata: GoMap;
  values: GoMap;
  templates: ChartTemplate[];
  /** Chart-relative path → repo-relative file: what `.Files` serves (not templates, charts, Chart.yaml …). */
  files: Map<string, string>;
  dependencies: Dependency[];
  subcharts: LoadedChart[];
  /** Every repo-relative file under the folder. */
  allFiles: string[];
}

export function loadChart(
  repoRoot: string,
  reader: RepoReader,
  dir: string,
  diagnostics: Diagnostic[],
  nesting = 0,
): LoadedChart | undefined {
  const allFiles = walk(repoRoot, dir, diagnostics);
  const read = (file: string): string | undefined => {
    const r = reader.read(file);
    if ('text' in r) return r.text;
    diagnostics.push({ severity: 'warning', stage: 'infra', file, message: r.error });
    return undefined;
  };
  const chartFile = posix.join(dir, 'Chart.yaml');
  const chartText = read(chartFile);
  if (chartText === undefined) return undefined;
  const metadata = parseMap(chartFile, chartText, diagnostics);
  if (!metadata) return undefined;
  const name = typeof metadata.name === 'string' && metadata.name ? metadata.name : posix.basename(dir);
  const valuesFile = posix.join(dir, 'values.yaml');
  const valuesText = allFiles.includes(valuesFile) ? read(valuesFile) : undefined;
  const values = valuesText === undefined ? {} : (parseMap(valuesFile, valuesText, diagnostics) ?? {});

  const templates: ChartTemplate[] = [];
  const files = new Map<string, string>();
  const subchartDirs = new Set<string>();
  const chartsPrefix = posix.join(dir, 'charts/');
  for (const file of allFiles) {
    const rel = posix.relative(dir, file);
    if (file.startsWith(chartsPrefix)) {
      const sub = rel.split('/')[1]!;
      if (rel.split('/').length > 2) subchartDirs.add(posix.join(dir, 'charts', sub));
      else if (/\.(tgz|tar\.gz)$/.test(sub))
        diagnostics.push({
          severity: 'notice',
          stage: 'infra',
          file,
          message: `packaged subchart ${sub} is not rendered: vendor it unpacked under charts/ to include it`,
        });
      continue;
    }
    if (rel.startsWith('templates/')) {
      const text = read(file);
      if (text !== undefined) templates.push({ file, path: rel, text });
    } else if (
      !['Chart.yaml', 'values.yaml', 'Chart.lock', 'values.schema.json'].includes(rel) &&
      !rel.startsWith('crds/')
    ) {
      // .Files content is read only when a template asks for it; the reader records it then.
      files.set(rel, file);
    }
  }
  const dependencies = (Array.isArray(metadata.dependencies) ? metadata.dependencies : []).filter(isMap).map((d) => ({
    name: String(d.name ?? ''),
    alias: typeof d.alias === 'string' ? d.alias : undefined,
    condition: typeof d.condition === 'string' ? d.condition : undefined,
  }));
  const subcharts: LoadedChart[] = [];
  for (const subDir of [...subchartDirs].sort()) {
    if (!allFiles.includes(posix.join(subDir, 'Chart.yaml'))) continue;
    if (nesting >= MAX_CHART_NESTING) {
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file: subDir,
        message: 'subcharts nested too deep; not rendered',
      });
      continue;
    }
    const sub = loadChart(repoRoot, reader, subDir, diagnostics, nesting + 1);
    if (sub) subcharts.push(sub);
  }
  for (const dep of dependencies) {
    const packaged = allFiles.some((f) => f.startsWith(`${chartsPrefix}${dep.name}-`) && /\.(tgz|tar\.gz)$/.test(f));
    if (dep.name && !packaged && !subcharts.some((s) => s.name === dep.name))
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file: chartFile,
        message: `dependency ${dep.name} is listed in Chart.yaml but not vendored under charts/; not rendered`,
      });
  }
  return { dir, name, metadata, values, templates, files, dependencies, subcharts, allFiles };
}

/** A values file or Chart.yaml as a map; anything else is a diagnostic at its line. */
export function parseMap(file: string, text: string, diagnostics: Diagnostic[]): GoMap | undefined {
  try {
    const v = parseYaml(text, { maxAliasCount: 1000 }) as unknown;
    if (v === null || v === undefined) return {};
    if (isMap(v)) return v;
    diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: `${file} is not a YAML mapping` });
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    diagnostics.push({
      severity: 'error',
      stage: 'infra',
      file,
      line,
      message: `invalid YAML: ${(e as Error).message}`,
    });
  }
  return undefined;
}

/** Repo-relative paths of every file under `dir`, sorted; symlinked folders are not entered. */
export function walk(repoRoot: string, dir: string, diagnostics: Diagnostic[]): string[] {
  const out: string[] = [];
  const normal = posix.normalize(dir);
  if (normal.startsWith('../') || normal === '..' || posix.isAbsolute(normal)) return out;
  const visit = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(repoRoot, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (out.length >= MAX_CHART_FILES) return;
      const path = posix.join(rel, e.name);
      if (e.isDirectory()) visit(path);
      else if (e.isFile() || e.isSymbolicLink()) out.push(path);
    }
  };
  visit(dir);
  if (out.length >= MAX_CHART_FILES)
    diagnostics.push({
      severity: 'warning',
      stage: 'infra',
      file: dir,
      message: `chart folder holds over ${MAX_CHART_FILES} files; the rest are not read`,
    });
  return out.sort();
}
