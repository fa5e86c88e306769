// One object while a kustomization is built: the object as it is now, where it was written, and
// the names and namespaces it had before. Kustomize fixes references (an Ingress backend naming
// Service `orders`) only once the whole tree is built, by looking up which object was *once*
// called `orders`; so every rename is remembered here.

import type { SourceLocation } from '../../../facts/model.js';
import type { Json } from './kustomization-file.js';

export type { Json };

export interface KustomizeResource {
  object: Json;
  /** The resource document it was read from (or the generator entry that made it). */
  source: SourceLocation;
  /** Every name it has had, oldest first; the last is the current one. */
  names: string[];
  /** Every namespace it has had ('' for none), oldest first. */
  namespaces: string[];
  /** Name prefixes and suffixes applied to it, innermost first (to tell apart two copies of one base). */
  prefixes: string[];
  suffixes: string[];
  /** Made by a configMapGenerator / secretGenerator (behavior merge/replace may meet it later). */
  generated: boolean;
}

export function newResource(object: Json, source: SourceLocation, generated = false): KustomizeResource {
  return {
    object,
    source,
    names: [nameOf(object)],
    namespaces: [namespaceOf(object)],
    prefixes: [],
    suffixes: [],
    generated,
  };
}

export function metadataOf(object: Json): Json {
  const metadata = object.metadata;
  if (metadata && typeof metadata === 'object' && !Array.isArray(metadata)) return metadata as Json;
  const fresh: Json = {};
  object.metadata = fresh;
  return fresh;
}

export function nameOf(object: Json): string {
  const name = (object.metadata as Json | undefined)?.name;
  return typeof name === 'string' ? name : '';
}

export function namespaceOf(object: Json): string {
  const namespace = (object.metadata as Json | undefined)?.namespace;
  return typeof namespace === 'string' ? namespace : '';
}

export function kindOf(object: Json): string {
  return typeof object.kind === 'string' ? object.kind : '';
}

/** `group/version` split the way kustomize's target selectors read it (`v1` is the core group ''). */
export function groupVersionOf(object: Json): { group: string; version: string } {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** Records a rename. */
export function rename(resource: KustomizeResource, name: string): void {
  metadataOf(resource.object).name = name;
  if (resource.names.at(-1) !== name) resource.names.push(name);
}

export function setNamespace(resource: KustomizeResource, namespace: string): void {
  metadataOf(resource.object).namespace = namespace;
  if (resource.namespaces.at(-1) !== namespace) resource.namespaces.push(namespace);
}

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function deepCopy<T>(value: T): T {
  return structuredClone(value);
}
