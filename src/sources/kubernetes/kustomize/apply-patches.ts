// The three ways a kustomization patches: `patches` (a file or inline text, strategic merge or
// JSON 6902, with an optional `target`), and the legacy `patchesStrategicMerge` (files or inline
// patches that name their object) and `patchesJson6902` (a target and a JSON 6902 patch).
// A patch that fails or whose target matches nothing is a diagnostic at the line naming it.

import { LineCounter, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import { syntaxErrorDiagnostics } from '../../common/yaml-positions.js';
import { applyJsonPatch, readJsonPatch } from './json-patch.js';
import type { KustomizationFile } from './kustomization-file.js';
import {
  deepCopy,
  groupVersionOf,
  isJsonObject,
  type Json,
  type KustomizeResource,
  kindOf,
  nameOf,
  namespaceOf,
} from './kustomize-resource.js';
import { resolveRepoPath } from './repo-paths.js';
import { describeTarget, readTargetSelector, selectResources, type TargetSelector } from './resource-selector.js';
import { strategicMerge } from './strategic-merge.js';

export interface PatchContext {
  reader: RepoReader;
  diagnostics: Diagnostic[];
  consumed: Set<string>;
}

interface Where {
  file: string;
  line: number;
}

export function applyPatchesStrategicMerge(k: KustomizationFile, resources: KustomizeResource[], ctx: PatchContext) {
  entriesOf(k, 'patchesStrategicMerge', ctx).forEach((entry, i) => {
    const where = { file: k.file, line: k.lineOf(['patchesStrategicMerge', i]) };
    if (typeof entry !== 'string') {
      problem(ctx, where, 'a patchesStrategicMerge entry must be a path or a patch');
      return;
    }
    const inline = entry.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(entry);
    const docs = inline ? parsePatchText(entry, where, ctx) : loadPatchFile(k, entry, where, ctx);
    for (const doc of docs ?? []) applyPatch(doc, undefined, resources, where, ctx);
  });
}

export function applyPatches(k: KustomizationFile, resources: KustomizeResource[], ctx: PatchContext) {
  entriesOf(k, 'patches', ctx).forEach((entry, i) => {
    const where = { file: k.file, line: k.lineOf(['patches', i]) };
    if (!isJsonObject(entry)) {
      problem(ctx, where, 'a patches entry must be a map with path or patch');
      return;
    }
    const docs = patchDocuments(k, entry, where, ctx);
    const target = entry.target === undefined ? undefined : readTargetSelector(entry.target);
    if (entry.target !== undefined && !target) {
      problem(ctx, where, 'target must be a map');
      return;
    }
    for (const doc of docs ?? []) applyPatch(doc, target, resources, where, ctx);
  });
}

export function applyPatchesJson6902(k: KustomizationFile, resources: KustomizeResource[], ctx: PatchContext) {
  entriesOf(k, 'patchesJson6902', ctx).forEach((entry, i) => {
    const where = { file: k.file, line: k.lineOf(['patchesJson6902', i]) };
    if (!isJsonObject(entry)) {
      problem(ctx, where, 'a patchesJson6902 entry must be a map');
      return;
    }
    const target = readTargetSelector(entry.target);
    if (!target) {
      problem(ctx, where, 'a patchesJson6902 entry needs a target');
      return;
    }
    const docs = patchDocuments(k, entry, where, ctx);
    for (const doc of docs ?? []) applyPatch(doc, target, resources, where, ctx);
  });
}

function entriesOf(k: KustomizationFile, field: string, ctx: PatchContext): unknown[] {
  const value = k.body[field];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problem(ctx, { file: k.file, line: k.lineOf([field]) }, `${field} must be a list`);
  return [];
}

function patchDocuments(k: KustomizationFile, entry: Json, where: Where, ctx: PatchContext): unknown[] | undefined {
  if (typeof entry.path === 'string') return loadPatchFile(k, entry.path, where, ctx);
  if (typeof entry.patch === 'string') return parsePatchText(entry.patch, where, ctx);
  problem(ctx, where, 'the patch has neither path nor patch');
  return undefined;
}

function loadPatchFile(k: KustomizationFile, path: string, where: Where, ctx: PatchContext): unknown[] | undefined {
  const file = resolveRepoPath(k.dir, path);
  if (file === undefined) {
    problem(ctx, where, `patch ${path} is outside the repository; not read`);
    return undefined;
  }
  if (k.dir !== '' && !file.startsWith(`${k.dir}/`))
    ctx.diagnostics.push({
      severity: 'warning',
      stage: 'infra',
      ...where,
      message: `patch ${path} is outside this kustomization's folder, which kustomize refuses to load; read anyway`,
    });
  const read = ctx.reader.read(file);
  if ('error' in read) {
    problem(ctx, where, `patch ${path}: ${read.error}`);
    return undefined;
  }
  ctx.consumed.add(file);
  return parsePatchText(read.text, { file, line: 1 }, ctx);
}

function parsePatchText(text: string, where: Where, ctx: PatchContext): unknown[] | undefined {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const out: unknown[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      const errors = syntaxErrorDiagnostics(where.file, doc, lineCounter);
      // Inline patches are text inside the kustomization: cite the entry's line there.
      if (where.line !== 1) for (const e of errors) e.line = where.line;
      ctx.diagnostics.push(...errors);
      return undefined;
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

function applyPatch(
  patch: unknown,
  target: TargetSelector | undefined,
  resources: KustomizeResource[],
  where: Where,
  ctx: PatchContext,
): void {
  if (Array.isArray(patch)) {
    if (!target) {
      problem(ctx, where, 'a JSON 6902 patch needs a target');
      return;
    }
    const operations = readJsonPatch(patch);
    if ('error' in operations) {
      problem(ctx, where, operations.error);
      return;
    }
    const matched = selectResources(resources, target);
    if (matched.length === 0) {
      noMatch(ctx, where, describeTarget(target));
      return;
    }
    for (const r of matched) {
      const result = applyJsonPatch(r.object, operations);
      if ('error' in result)
        problem(ctx, where, `JSON 6902 patch on ${kindOf(r.object)} ${nameOf(r.object)}: ${result.error}`);
      else r.object = result.value;
    }
    return;
  }
  if (!isJsonObject(patch)) {
    problem(ctx, where, 'a patch must be a map (strategic merge) or a list (JSON 6902)');
    return;
  }
  const selector = target ?? ownTarget(patch);
  if (!selector) {
    problem(ctx, where, 'a strategic-merge patch without target needs kind and metadata.name');
    return;
  }
  const matched = selectResources(resources, selector);
  if (matched.length === 0) {
    noMatch(ctx, where, describeTarget(selector));
    return;
  }
  for (const r of matched) {
    // The patch says what to change, not which object is which: the target keeps its identity.
    const body = deepCopy(patch);
    delete body.apiVersion;
    delete body.kind;
    if (isJsonObject(body.metadata)) {
      delete body.metadata.name;
      delete body.metadata.namespace;
    }
    const merged = strategicMerge(r.object, body);
    if (merged) r.object = merged;
    else resources.splice(resources.indexOf(r), 1);
  }
}

/** A patch without `target` applies to the object it names (by any name that object has had). */
function ownTarget(patch: Json): TargetSelector | undefined {
  const kind = kindOf(patch);
  const name = nameOf(patch);
  if (!kind || !name) return undefined;
  const selector: TargetSelector = { kind: escapeRegExp(kind), name: escapeRegExp(name) };
  const namespace = namespaceOf(patch);
  if (namespace) selector.namespace = escapeRegExp(namespace);
  const { group } = groupVersionOf(patch);
  if (group) selector.group = escapeRegExp(group);
  return selector;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function noMatch(ctx: PatchContext, where: Where, target: string): void {
  ctx.diagnostics.push({
    severity: 'warning',
    stage: 'infra',
    file: where.file,
    line: where.line,
    message: `patch target (${target}) matches no object; the patch is not applied`,
  });
}

function problem(ctx: PatchContext, where: Where, message: string): void {
  ctx.diagnostics.push({ severity: 'error', stage: 'infra', file: where.file, line: where.line, message });
}
