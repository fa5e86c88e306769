// Builds one kustomization folder into objects, in kustomize v5's order: its resources (files and
// built sub-kustomizations, legacy `bases` after them), its generators, its components (each
// applied to everything gathered so far), then its transformers — strategic-merge patches,
// `patches`, namespace, prefix/suffix, labels, annotations, JSON 6902 patches, replicas, images.
// References are fixed only once the whole tree is built (see name-references.ts).
//
// Untrusted input: remote references are reported, never fetched; paths leaving the repository
// are refused; a folder already being built (a cycle) and nesting past MAX_DEPTH are reported.

import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import { applyPatches, applyPatchesJson6902, applyPatchesStrategicMerge } from './apply-patches.js';
import {
  addAnnotations,
  addLabels,
  addNamePrefixSuffix,
  type ImageSpec,
  readStringPairs,
  setImages,
  setNamespaceOf,
  setReplicas,
} from './builtin-transformers.js';
import { runGenerators } from './generators.js';
import { type KustomizationFile, kustomizationFileIn, readKustomization } from './kustomization-file.js';
import { isJsonObject, type KustomizeResource } from './kustomize-resource.js';
import { isRemoteReference, resolveRepoPath } from './repo-paths.js';
import { readResourceDocuments } from './resource-documents.js';

/** Overlays of overlays of bases rarely pass 5; past this a tree is taken as runaway. */
export const MAX_DEPTH = 20;

/** Fields kustomize reads that the built-in build does not apply (the tool, when present, does). */
const UNSUPPORTED_FIELDS = [
  'replacements',
  'vars',
  'helmCharts',
  'helmChartInflationGenerator',
  'generators',
  'transformers',
  'validators',
  'configurations',
  'crds',
  'openapi',
  'sortOptions',
  'buildMetadata',
];

/**
 * Of those, the fields whose entries are files of kustomize's own configuration: a
 * `transformers: [labels.yaml]` file (`apiVersion: builtin`, `kind: LabelTransformer`) is read by
 * the build, never deployed, so it is not a manifest of its own either (podinfo's overlays had
 * three such files warned about as one object defined three times).
 */
const CONFIG_FILE_FIELDS = ['generators', 'transformers', 'validators', 'configurations', 'crds'];

export interface BuildContext {
  reader: RepoReader;
  diagnostics: Diagnostic[];
  consumed: Set<string>;
  /** Folders being built, outermost first: meeting one again is a cycle. */
  stack: string[];
  /** The tree names something remote (not fetched): the tool must not run on it either. */
  remote: boolean;
  /** The tree names something outside the repository, or is broken: the tool must not run on it. */
  refused: boolean;
  /** The tree uses a field the built-in build leaves out. */
  unsupported: boolean;
}

export function newBuildContext(reader: RepoReader): BuildContext {
  return {
    reader,
    diagnostics: [],
    consumed: new Set(),
    stack: [],
    remote: false,
    refused: false,
    unsupported: false,
  };
}

/** The objects of the kustomization in `dir` (a Kustomization, not a Component). */
export function accumulateKustomization(k: KustomizationFile, ctx: BuildContext): KustomizeResource[] {
  const resources: KustomizeResource[] = [];
  accumulateInto(k, resources, ctx);
  return resources;
}

function accumulateInto(k: KustomizationFile, resources: KustomizeResource[], ctx: BuildContext): void {
  ctx.consumed.add(k.file);
  ctx.stack.push(k.dir);
  try {
    for (const field of UNSUPPORTED_FIELDS)
      if (k.body[field] !== undefined) {
        ctx.unsupported = true;
        note(ctx, k.file, k.lineOf([field]), `${field} is not applied by the built-in Kustomize build`, 'notice');
        if (CONFIG_FILE_FIELDS.includes(field)) consumeConfigFiles(k, field, ctx);
      }
    for (const field of ['resources', 'bases'] as const) {
      listOf(k, field, ctx).forEach((entry, i) => {
        resources.push(...resourceEntry(k, entry, k.lineOf([field, i]), ctx));
      });
    }
    runGenerators(k, resources, ctx);
    listOf(k, 'components', ctx).forEach((entry, i) => {
      componentEntry(k, entry, k.lineOf(['components', i]), resources, ctx);
    });
    runTransformers(k, resources, ctx);
  } finally {
    ctx.stack.pop();
  }
}

/** Marks the local files (or every file of a local folder) a config field names as consumed. */
function consumeConfigFiles(k: KustomizationFile, field: string, ctx: BuildContext): void {
  const entries = k.body[field];
  if (!Array.isArray(entries)) return;
  for (const entry of entries) {
    // An entry may also be inline YAML (a transformer's config written in place): no file to mark.
    if (typeof entry !== 'string' || entry.includes('\n')) continue;
    const path = resolveRepoPath(k.dir, entry);
    if (path === undefined) continue;
    if (ctx.reader.isDirectory(path)) {
      for (const file of ctx.reader.list(path)) ctx.consumed.add(file);
    } else if (isListed(ctx.reader, path)) ctx.consumed.add(path);
  }
}

function listOf(k: KustomizationFile, field: string, ctx: BuildContext): string[] {
  const value = k.body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    note(ctx, k.file, k.lineOf([field]), `${field} must be a list of paths; ignored`);
    return [];
  }
  return value.map((v, i) => {
    if (typeof v === 'string') return v;
    note(ctx, k.file, k.lineOf([field, i]), `${field} entry ${i + 1} is not a path; ignored`);
    return '';
  });
}

/** Where a `resources` / `components` entry leads: a repo folder or file, or why it leads nowhere. */
function locate(k: KustomizationFile, entry: string, line: number, ctx: BuildContext): string | undefined {
  if (entry === '') return undefined;
  const path = resolveRepoPath(k.dir, entry);
  const existsHere = path !== undefined && (ctx.reader.isDirectory(path) || isListed(ctx.reader, path));
  if (!existsHere && isRemoteReference(entry)) {
    ctx.remote = true;
    note(ctx, k.file, line, `${entry} is a remote resource; not fetched, the rest is built without it`, 'notice');
    return undefined;
  }
  if (path === undefined) {
    ctx.refused = true;
    note(ctx, k.file, line, `${entry} is outside the repository; not read`, 'error');
    return undefined;
  }
  return path;
}

function isListed(reader: RepoReader, path: string): boolean {
  const slash = path.lastIndexOf('/');
  return reader.list(slash < 0 ? '' : path.slice(0, slash)).includes(path);
}

function resourceEntry(k: KustomizationFile, entry: string, line: number, ctx: BuildContext): KustomizeResource[] {
  const path = locate(k, entry, line, ctx);
  if (path === undefined) return [];
  if (ctx.reader.isDirectory(path)) {
    const sub = enterFolder(k, path, entry, line, ctx);
    if (!sub) return [];
    if (sub.kind === 'Component') {
      ctx.refused = true;
      note(ctx, k.file, line, `${entry} is a Component: list it under components, not resources`, 'error');
      return [];
    }
    return accumulateKustomization(sub, ctx);
  }
  warnOutsideRoot(k, entry, path, line, ctx);
  const read = ctx.reader.read(path);
  if ('error' in read) {
    ctx.refused = true;
    const why = read.error.endsWith('does not exist') ? `${entry} does not exist` : read.error;
    note(ctx, k.file, line, `resource ${why}`, 'error');
    return [];
  }
  ctx.consumed.add(path);
  return readResourceDocuments(path, read.text, ctx.diagnostics);
}

/** Kustomize refuses files outside the kustomization's folder (folders may be anywhere); this build reads them. */
function warnOutsideRoot(k: KustomizationFile, entry: string, path: string, line: number, ctx: BuildContext) {
  if (k.dir === '' || path.startsWith(`${k.dir}/`)) return;
  ctx.refused = true;
  note(
    ctx,
    k.file,
    line,
    `${entry} is a file outside this kustomization's folder, which kustomize refuses to load; read anyway`,
  );
}

function componentEntry(
  k: KustomizationFile,
  entry: string,
  line: number,
  resources: KustomizeResource[],
  ctx: BuildContext,
): void {
  const path = locate(k, entry, line, ctx);
  if (path === undefined) return;
  if (!ctx.reader.isDirectory(path)) {
    ctx.refused = true;
    note(ctx, k.file, line, `component ${entry} is not a folder holding a kustomization`, 'error');
    return;
  }
  const component = enterFolder(k, path, entry, line, ctx);
  if (!component) return;
  if (component.kind !== 'Component') {
    ctx.refused = true;
    note(ctx, k.file, line, `${entry} is a ${component.kind}, not a Component; not applied`, 'error');
    return;
  }
  accumulateInto(component, resources, ctx);
}

/** The kustomization of a folder named by `k`, after the cycle and depth checks. */
function enterFolder(
  k: KustomizationFile,
  path: string,
  entry: string,
  line: number,
  ctx: BuildContext,
): KustomizationFile | undefined {
  if (ctx.stack.includes(path)) {
    ctx.refused = true;
    const cycle = [...ctx.stack.slice(ctx.stack.indexOf(path)), path].map((d) => d || '.').join(' → ');
    note(ctx, k.file, line, `${entry} makes a cycle (${cycle}); not built again`, 'error');
    return undefined;
  }
  if (ctx.stack.length >= MAX_DEPTH) {
    ctx.refused = true;
    note(ctx, k.file, line, `${entry} is nested more than ${MAX_DEPTH} kustomizations deep; not built`, 'error');
    return undefined;
  }
  if (!kustomizationFileIn(path, ctx.reader)) {
    ctx.refused = true;
    note(ctx, k.file, line, `${entry} is a folder without a kustomization.yaml`, 'error');
    return undefined;
  }
  const before = ctx.diagnostics.length;
  const sub = readKustomization(path, ctx.reader, ctx.diagnostics);
  if (!sub || ctx.diagnostics.length > before) ctx.refused = true;
  return sub;
}

function runTransformers(k: KustomizationFile, resources: KustomizeResource[], ctx: BuildContext): void {
  const body = k.body;
  applyPatchesStrategicMerge(k, resources, ctx);
  applyPatches(k, resources, ctx);
  if (typeof body.namespace === 'string' && body.namespace !== '') setNamespaceOf(resources, body.namespace);
  const prefix = typeof body.namePrefix === 'string' ? body.namePrefix : '';
  const suffix = typeof body.nameSuffix === 'string' ? body.nameSuffix : '';
  if (prefix || suffix) addNamePrefixSuffix(resources, prefix, suffix);
  const commonLabels = readStringPairs(
    body.commonLabels,
    { file: k.file, line: k.lineOf(['commonLabels']) },
    ctx.diagnostics,
  );
  if (Object.keys(commonLabels).length > 0)
    addLabels(resources, { pairs: commonLabels, includeSelectors: true, includeTemplates: false });
  if (Array.isArray(body.labels))
    body.labels.forEach((entry, i) => {
      if (!isJsonObject(entry)) return;
      const where = { file: k.file, line: k.lineOf(['labels', i]) };
      const pairs = readStringPairs(entry.pairs, where, ctx.diagnostics);
      if (Object.keys(pairs).length === 0) return;
      addLabels(resources, {
        pairs,
        includeSelectors: entry.includeSelectors === true,
        includeTemplates: entry.includeTemplates === true,
      });
    });
  const annotations = readStringPairs(
    body.commonAnnotations,
    { file: k.file, line: k.lineOf(['commonAnnotations']) },
    ctx.diagnostics,
  );
  if (Object.keys(annotations).length > 0) addAnnotations(resources, annotations);
  applyPatchesJson6902(k, resources, ctx);
  if (Array.isArray(body.replicas))
    body.replicas.forEach((entry, i) => {
      const line = k.lineOf(['replicas', i]);
      if (!isJsonObject(entry) || typeof entry.name !== 'string' || typeof entry.count !== 'number') {
        note(ctx, k.file, line, 'a replicas entry needs name and a numeric count');
        return;
      }
      if (!setReplicas(resources, entry.name, entry.count))
        note(ctx, k.file, line, `replicas: no Deployment, StatefulSet or ReplicaSet is called ${entry.name}`);
    });
  if (Array.isArray(body.images))
    body.images.forEach((entry, i) => {
      const line = k.lineOf(['images', i]);
      if (!isJsonObject(entry) || typeof entry.name !== 'string') {
        note(ctx, k.file, line, 'an images entry needs a name');
        return;
      }
      const spec: ImageSpec = { name: entry.name };
      if (typeof entry.newName === 'string') spec.newName = entry.newName;
      if (entry.newTag !== undefined && entry.newTag !== null) spec.newTag = String(entry.newTag);
      if (typeof entry.digest === 'string') spec.digest = entry.digest;
      setImages(resources, spec);
    });
}

function note(
  ctx: BuildContext,
  file: string,
  line: number,
  message: string,
  severity: Diagnostic['severity'] = 'warning',
): void {
  ctx.diagnostics.push({ severity, stage: 'infra', file, line, message });
}
