// `configMapGenerator` and `secretGenerator`: the objects they make, by name and key only. Values
// are never kept (a Secret's never are read into facts, and a ConfigMap's add nothing a reader of
// the architecture needs): every key maps to ''. An `envs` file is read for its key names; a
// `files` entry is never opened (its key is the file name or the `key=` before the path).
//
// Kustomize appends a hash of the content to a generated name (`orders-db-t5859md8f9`); without
// the values that hash cannot be computed, so generated objects keep their plain name here, and
// every reference to them is updated to that same name.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import type { KustomizationFile } from './kustomization-file.js';
import { resolveRepoPath } from './repo-paths.js';
import {
  isJsonObject,
  type Json,
  type KustomizeResource,
  kindOf,
  metadataOf,
  namespaceOf,
  newResource,
} from './kustomize-resource.js';

export interface GeneratorContext {
  reader: RepoReader;
  diagnostics: Diagnostic[];
  consumed: Set<string>;
}

/** Runs both generators of `k` over `resources` (new objects appended, merge/replace in place). */
export function runGenerators(k: KustomizationFile, resources: KustomizeResource[], ctx: GeneratorContext): void {
  const options = isJsonObject(k.body.generatorOptions) ? k.body.generatorOptions : {};
  for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
    const entries = k.body[field];
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) {
      warn(ctx, k.file, k.lineOf([field]), `${field} must be a list; ignored`);
      continue;
    }
    entries.forEach((entry, i) => {
      const line = k.lineOf([field, i]);
      if (!isJsonObject(entry) || typeof entry.name !== 'string' || entry.name === '') {
        warn(ctx, k.file, line, `${field} entry ${i + 1} has no name; ignored`);
        return;
      }
      generateOne(k, field === 'secretGenerator' ? 'Secret' : 'ConfigMap', entry, options, line, resources, ctx);
    });
  }
}

function generateOne(
  k: KustomizationFile,
  kind: 'ConfigMap' | 'Secret',
  entry: Json,
  options: Json,
  line: number,
  resources: KustomizeResource[],
  ctx: GeneratorContext,
): void {
  const name = entry.name as string;
  const keys = generatedKeys(k, entry, line, ctx);
  const data: Record<string, string> = {};
  for (const key of keys) data[key] = '';
  const own = isJsonObject(entry.options) ? entry.options : {};
  const labels = { ...stringPairs(options.labels), ...stringPairs(own.labels) };
  const annotations = { ...stringPairs(options.annotations), ...stringPairs(own.annotations) };
  const namespace = typeof entry.namespace === 'string' ? entry.namespace : '';
  const behavior = typeof entry.behavior === 'string' ? entry.behavior : 'create';

  if (behavior === 'merge' || behavior === 'replace') {
    const existing = resources.find(
      (r) =>
        kindOf(r.object) === kind &&
        r.names.includes(name) &&
        (namespace === '' || namespaceOf(r.object) === namespace),
    );
    if (!existing) {
      warn(ctx, k.file, line, `${kind} ${name} has behavior ${behavior} but no ${kind} of that name is in the build`);
      return;
    }
    const o = existing.object;
    if (behavior === 'replace') {
      o.data = data;
      delete o.binaryData;
    } else o.data = { ...(isJsonObject(o.data) ? o.data : {}), ...data };
    const metadata = metadataOf(o);
    if (Object.keys(labels).length > 0) metadata.labels = { ...stringPairs(metadata.labels), ...labels };
    if (Object.keys(annotations).length > 0)
      metadata.annotations = { ...stringPairs(metadata.annotations), ...annotations };
    return;
  }
  if (behavior !== 'create') warn(ctx, k.file, line, `unknown behavior ${behavior}; taken as create`);

  const metadata: Json = { name };
  if (namespace) metadata.namespace = namespace;
  if (Object.keys(labels).length > 0) metadata.labels = labels;
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  const object: Json = { apiVersion: 'v1', kind, metadata };
  if (keys.length > 0) object.data = data;
  if (kind === 'Secret') object.type = typeof entry.type === 'string' ? entry.type : 'Opaque';
  if (own.immutable === true || options.immutable === true) object.immutable = true;
  resources.push(newResource(object, { file: k.file, line }, true));
}

/** Key names of `literals`, `envs` (and the legacy `env`) and `files`, in that order. */
function generatedKeys(k: KustomizationFile, entry: Json, line: number, ctx: GeneratorContext): string[] {
  const keys: string[] = [];
  for (const literal of asStrings(entry.literals)) {
    const eq = literal.indexOf('=');
    if (eq <= 0) warn(ctx, k.file, line, `literal ${JSON.stringify(literal.slice(0, 40))} is not KEY=VALUE`);
    else keys.push(literal.slice(0, eq).trim());
  }
  const envFiles = [...asStrings(entry.envs), ...(typeof entry.env === 'string' ? [entry.env] : [])];
  for (const envFile of envFiles) {
    const path = resolveRepoPath(k.dir, envFile);
    if (!path) {
      warn(ctx, k.file, line, `env file ${envFile} is outside the repository; not read`, 'error');
      continue;
    }
    const read = ctx.reader.read(path);
    if ('error' in read) {
      warn(ctx, k.file, line, `env file ${envFile}: ${read.error}`, 'error');
      continue;
    }
    ctx.consumed.add(path);
    for (const raw of read.text.split(/\r?\n/)) {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) continue;
      const eq = text.indexOf('=');
      keys.push((eq < 0 ? text : text.slice(0, eq)).trim());
    }
  }
  for (const fileEntry of asStrings(entry.files)) {
    const eq = fileEntry.indexOf('=');
    const key = eq > 0 ? fileEntry.slice(0, eq) : posix.basename(fileEntry);
    const path = resolveRepoPath(k.dir, eq > 0 ? fileEntry.slice(eq + 1) : fileEntry);
    if (!path) {
      warn(ctx, k.file, line, `file ${fileEntry} is outside the repository; not read`, 'error');
      continue;
    }
    // Present or not is all that is asked of it: its content (maybe a key or a certificate) is never read.
    if (!ctx.reader.list(posix.dirname(path)).includes(path)) {
      warn(ctx, k.file, line, `file ${fileEntry} does not exist`, 'error');
      continue;
    }
    ctx.consumed.add(path);
    keys.push(key);
  }
  return keys;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function stringPairs(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isJsonObject(value)) for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

function warn(
  ctx: GeneratorContext,
  file: string,
  line: number,
  message: string,
  severity: 'warning' | 'error' = 'warning',
): void {
  ctx.diagnostics.push({ severity, stage: 'infra', file, line, message });
}
