// `kubectl kustomize <dir>` when kubectl is on PATH: what it prints is what would be applied, so
// its objects are used; the built-in build still supplies each object's source line (matched by
// kind, namespace and name; a generated ConfigMap or Secret also by its name without kustomize's
// hash suffix). Secret data and generated ConfigMap data are emptied to their keys, as in the
// built-in build: values never reach the facts.

import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { SourceLocation } from '../../../facts/model.js';
import { findOnPath, runTool } from '../../common/external-tool.js';
import type { ManifestDocument } from '../manifest-set.js';
import { isJsonObject, type Json, type KustomizeResource, kindOf, nameOf, namespaceOf } from './kustomize-resource.js';

/** Kustomize's content hash: a dash and 10 characters of its alphabet. */
const HASH_SUFFIX = /-[bcdfghkmt2-9]{10}$/;

export type KubectlBuild = { documents: ManifestDocument[] } | { error: string };

export function kubectlOnPath(): string | undefined {
  return findOnPath('kubectl');
}

export async function kubectlKustomize(
  kubectl: string,
  repoRoot: string,
  dir: string,
  builtIn: KustomizeResource[],
  fallbackSource: SourceLocation,
): Promise<KubectlBuild> {
  const result = await runTool(kubectl, ['kustomize', join(repoRoot, dir)], repoRoot);
  if ('error' in result) return { error: result.error };
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(result.stdout, { lineCounter });
  const list = Array.isArray(docs) ? docs : [];
  const byKey = new Map<string, KustomizeResource>();
  for (const r of builtIn) byKey.set(keyOf(r.object), r);
  const documents: ManifestDocument[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) return { error: `kubectl printed YAML that does not parse: ${doc.errors[0]!.message}` };
    const value = doc.toJS() as unknown;
    if (!isJsonObject(value)) continue;
    const exact = byKey.get(keyOf(value));
    const generated = exact ? undefined : byKey.get(keyOf(value, true));
    const match = exact ?? (generated?.generated ? generated : undefined);
    if (kindOf(value) === 'Secret' || match?.generated) emptyValues(value);
    documents.push({ value, source: match ? match.source : fallbackSource });
  }
  return { documents };
}

function keyOf(object: Json, withoutHash = false): string {
  const name = nameOf(object);
  return `${kindOf(object)}/${namespaceOf(object)}/${withoutHash ? name.replace(HASH_SUFFIX, '') : name}`;
}

function emptyValues(object: Json): void {
  for (const field of ['data', 'stringData', 'binaryData'])
    if (isJsonObject(object[field])) object[field] = Object.fromEntries(Object.keys(object[field]).map((k) => [k, '']));
}
