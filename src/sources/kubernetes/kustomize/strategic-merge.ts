// Strategic merge patch as kustomize (kyaml's merge2) applies it: maps merge key by key, a `null`
// deletes a key, lists of objects with a merge key (containers by `name`, container ports by
// `containerPort`, volume mounts by `mountPath` …) merge element by element, every other list is
// replaced whole. Directives: `$patch: delete` (drop the map or list element), `$patch: replace`
// (the patch's map or list replaces the original), `$deleteFromPrimitiveList/<field>`; the
// ordering hints (`$setElementOrder/…`) and `$retainKeys` are dropped.
//
// Order of a merged list, as kustomize writes it: the patch's elements first (each merged with its
// original), then the original elements the patch does not name.

import { isJsonObject, type Json } from './kustomize-resource.js';

/** Merge keys of the Kubernetes API's associative lists, by field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  readinessGates: 'conditionType',
  resourceClaims: 'name',
  conditions: 'type',
  ownerReferences: 'uid',
};

/** Keys kyaml tries, in order, on lists of a kind it has no schema for (custom resources). */
const GUESSED_MERGE_KEYS = ['mountPath', 'devicePath', 'ip', 'type', 'topologyKey', 'name', 'containerPort'];

/** API groups of built-in kinds: their lists have a schema, so a list without a merge key is atomic. */
const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'certificates.k8s.io',
  'discovery.k8s.io',
  'node.k8s.io',
]);

/** Nesting past this is not a manifest; the rest of the patch is taken as it is. */
const MAX_DEPTH = 100;

/** The patched object (a new value; neither argument is changed); undefined when the patch deletes it. */
export function strategicMerge(original: Json, patch: Json): Json | undefined {
  const apiVersion = typeof original.apiVersion === 'string' ? original.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  const merged = mergeValue(original, patch, [], BUILT_IN_GROUPS.has(group), 0);
  return isJsonObject(merged) ? merged : undefined;
}

function mergeValue(original: unknown, patch: unknown, path: string[], typed: boolean, depth: number): unknown {
  if (depth > MAX_DEPTH) return patch;
  if (isJsonObject(patch)) return mergeMap(original, patch, path, typed, depth);
  if (Array.isArray(patch)) return mergeList(original, patch, path, typed, depth);
  return patch;
}

/** `undefined` when the map is to be deleted. */
function mergeMap(original: unknown, patch: Json, path: string[], typed: boolean, depth: number): Json | undefined {
  const directive = patch.$patch;
  if (directive === 'delete') return undefined;
  if (directive === 'replace' || !isJsonObject(original)) return withoutDirectives(patch) as Json;
  const result: Json = { ...original };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith('$setElementOrder/')) continue;
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const drop = new Set(Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : []);
      const list = result[field];
      if (Array.isArray(list)) result[field] = list.filter((v) => !drop.has(JSON.stringify(v)));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const merged = mergeValue(original[key], value, [...path, key], typed, depth + 1);
    if (merged === undefined) delete result[key];
    else result[key] = merged;
  }
  return result;
}

function mergeList(original: unknown, patch: unknown[], path: string[], typed: boolean, depth: number): unknown[] {
  if (patch.some((e) => isJsonObject(e) && e.$patch === 'replace' && Object.keys(e).length === 1))
    return patch.filter((e) => !(isJsonObject(e) && e.$patch === 'replace')).map(withoutDirectives);
  const key = Array.isArray(original) ? mergeKeyOf(path, [...original, ...patch], typed) : undefined;
  if (!Array.isArray(original) || key === undefined)
    return patch.filter((e) => !(isJsonObject(e) && e.$patch === 'delete')).map(withoutDirectives);
  const keyOf = (e: unknown) => (isJsonObject(e) && e[key] !== undefined ? JSON.stringify(e[key]) : undefined);
  const originalByKey = new Map<string, unknown>();
  for (const e of original) {
    const k = keyOf(e);
    if (k !== undefined && !originalByKey.has(k)) originalByKey.set(k, e);
  }
  const named = new Set<string>();
  const result: unknown[] = [];
  for (const e of patch) {
    const k = keyOf(e);
    if (k === undefined) {
      result.push(withoutDirectives(e));
      continue;
    }
    named.add(k);
    const merged = mergeValue(originalByKey.get(k), e, path, typed, depth + 1);
    if (merged !== undefined) result.push(merged);
  }
  for (const e of original) {
    const k = keyOf(e);
    if (k === undefined || !named.has(k)) result.push(e);
  }
  return result;
}

function mergeKeyOf(path: string[], elements: unknown[], typed: boolean): string | undefined {
  if (elements.length === 0 || !elements.every(isJsonObject)) return undefined;
  const field = path.at(-1) ?? '';
  if (field === 'ports')
    return path.includes('containers') || path.includes('initContainers') ? 'containerPort' : 'port';
  const known = MERGE_KEYS[field];
  if (known) return known;
  if (typed) return undefined;
  const first = elements[0] as Json;
  return GUESSED_MERGE_KEYS.find((k) => k in first);
}

function withoutDirectives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDirectives);
  if (!isJsonObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('$')) continue;
    if (v !== null) out[k] = withoutDirectives(v);
  }
  return out;
}
