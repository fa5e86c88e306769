// JSON Patch (RFC 6902) for kustomize's `patches` / `patchesJson6902`: add, remove, replace, move,
// copy and test, with JSON Pointer paths (`~1` for `/`, `~0` for `~`, `-` for the end of a list).

import { deepCopy, isJsonObject, type Json } from './kustomize-resource.js';

export interface JsonPatchOperation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

export type JsonPatchResult = { value: Json } | { error: string };

/** Reads a patch document's operations, or says why it is not one. */
export function readJsonPatch(value: unknown): JsonPatchOperation[] | { error: string } {
  if (!Array.isArray(value)) return { error: 'a JSON 6902 patch is a list of operations' };
  const ops: JsonPatchOperation[] = [];
  for (const [i, op] of value.entries()) {
    if (!isJsonObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string')
      return { error: `operation ${i + 1} has no op or path` };
    ops.push({ op: op.op, path: op.path, from: typeof op.from === 'string' ? op.from : undefined, value: op.value });
  }
  return ops;
}

/** Applies every operation to a copy of `target`; the first failing one fails the patch. */
export function applyJsonPatch(target: Json, operations: JsonPatchOperation[]): JsonPatchResult {
  let doc: unknown = deepCopy(target);
  for (const operation of operations) {
    const applied = applyOne(doc, operation);
    if ('error' in applied) return { error: `${operation.op} ${operation.path}: ${applied.error}` };
    doc = applied.doc;
  }
  return isJsonObject(doc) ? { value: doc } : { error: 'the patch replaced the whole object with a non-object' };
}

function pointer(path: string): string[] | undefined {
  if (path === '') return [];
  if (!path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Step = { doc: unknown } | { error: string };

function applyOne(doc: unknown, operation: JsonPatchOperation): Step {
  const path = pointer(operation.path);
  if (!path) return { error: 'path is not a JSON pointer' };
  switch (operation.op) {
    case 'add':
      return put(doc, path, deepCopy(operation.value), 'add');
    case 'replace':
      return put(doc, path, deepCopy(operation.value), 'replace');
    case 'remove':
      return remove(doc, path);
    case 'test': {
      const found = get(doc, path);
      if (!found.found) return { error: 'no such path' };
      return JSON.stringify(found.value) === JSON.stringify(operation.value) ? { doc } : { error: 'test failed' };
    }
    case 'move':
    case 'copy': {
      const from = pointer(operation.from ?? '');
      if (!from || operation.from === undefined) return { error: 'from is not a JSON pointer' };
      const found = get(doc, from);
      if (!found.found) return { error: `from ${operation.from} does not exist` };
      const value = deepCopy(found.value);
      const base = operation.op === 'move' ? remove(doc, from) : { doc };
      if ('error' in base) return base;
      return put(base.doc, path, value, 'add');
    }
    default:
      return { error: `unknown op ${operation.op}` };
  }
}

function get(doc: unknown, path: string[]): { found: boolean; value?: unknown } {
  let at: unknown = doc;
  for (const part of path) {
    if (Array.isArray(at)) {
      const i = Number(part);
      if (!/^\d+$/.test(part) || i >= at.length) return { found: false };
      at = at[i];
    } else if (isJsonObject(at) && part in at) at = at[part];
    else return { found: false };
  }
  return { found: true, value: at };
}

function put(doc: unknown, path: string[], value: unknown, mode: 'add' | 'replace'): Step {
  if (path.length === 0) return { doc: value };
  const parent = get(doc, path.slice(0, -1));
  if (!parent.found) return { error: 'parent path does not exist' };
  const last = path.at(-1)!;
  const container = parent.value;
  if (Array.isArray(container)) {
    if (last === '-' && mode === 'add') container.push(value);
    else {
      const i = Number(last);
      if (!/^\d+$/.test(last) || i > container.length || (mode === 'replace' && i === container.length))
        return { error: `index ${last} is out of range` };
      if (mode === 'add') container.splice(i, 0, value);
      else container[i] = value;
    }
    return { doc };
  }
  if (!isJsonObject(container)) return { error: 'parent is not an object or a list' };
  if (mode === 'replace' && !(last in container)) return { error: 'no such path to replace' };
  container[last] = value;
  return { doc };
}

function remove(doc: unknown, path: string[]): Step {
  if (path.length === 0) return { error: 'cannot remove the whole object' };
  const parent = get(doc, path.slice(0, -1));
  const last = path.at(-1)!;
  const container = parent.value;
  if (Array.isArray(container) && /^\d+$/.test(last) && Number(last) < container.length) {
    container.splice(Number(last), 1);
    return { doc };
  }
  if (isJsonObject(container) && last in container) {
    delete container[last];
    return { doc };
  }
  return { error: 'no such path to remove' };
}
