// Walks a slash-separated field path through an object the way kustomize's field specs do: a list
// on the way is walked element by element, and a missing map is created only where kustomize's
// spec says `create: true` (a pod template's labels) and left alone otherwise (a Job's selector).

import { isJsonObject, type Json } from './kustomize-resource.js';

/** Calls `visit` with each map that holds the path's last field, creating maps when `create`. */
export function visitField(
  object: Json,
  path: string,
  create: boolean,
  visit: (holder: Json, field: string) => void,
): void {
  const parts = path.split('/');
  const walk = (at: unknown, i: number): void => {
    if (Array.isArray(at)) {
      for (const e of at) walk(e, i);
      return;
    }
    if (!isJsonObject(at)) return;
    const part = parts[i]!;
    if (i === parts.length - 1) {
      visit(at, part);
      return;
    }
    let next = at[part];
    if (next === undefined || next === null) {
      if (!create) return;
      next = {};
      at[part] = next;
    }
    walk(next, i + 1);
  };
  walk(object, 0);
}

/** Merges `pairs` into the string map at `path` (creating it when `create`). */
export function mergeStringMap(object: Json, path: string, pairs: Record<string, string>, create: boolean): void {
  visitField(object, path, create, (holder, field) => {
    const current = holder[field];
    if (isJsonObject(current)) Object.assign(current, pairs);
    else if (current === undefined || current === null) {
      if (create) holder[field] = { ...pairs };
    }
  });
}
