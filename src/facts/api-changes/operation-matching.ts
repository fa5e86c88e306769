import type { Operation } from '../model.js';

// Which operation of now is which operation of the change base. Endpoints are matched as oasdiff
// matches them: by method and path with the path parameters' names left out, so renaming
// `/orders/{id}` to `/orders/{orderId}` is the same endpoint, not a removal and an addition.

/** The path with its parameters' names left out: `/orders/{id}` and `/orders/{orderId}` are `/orders/{}`. */
export function pathKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** The endpoint an operation is: its method and its path without parameter names. */
export function operationKey(o: Pick<Operation, 'method' | 'path'>): string {
  return `${o.method} ${pathKey(o.path)}`;
}

/**
 * The operation that is `old` now: the same endpoint in the same spec, else the same endpoint in
 * whichever spec, when only one spec has it (a spec file renamed or split). Two specs defining
 * one endpoint are never compared with each other.
 */
export function operationMatcher(after: Operation[]): (old: Operation) => Operation | undefined {
  const bySpec = new Map(after.map((o) => [`${o.spec} ${operationKey(o)}`, o]));
  const byKey = new Map<string, Operation[]>();
  for (const o of after) byKey.set(operationKey(o), [...(byKey.get(operationKey(o)) ?? []), o]);
  return (old) => {
    const same = bySpec.get(`${old.spec} ${operationKey(old)}`);
    if (same) return same;
    const anywhere = byKey.get(operationKey(old));
    return anywhere?.length === 1 ? anywhere[0] : undefined;
  };
}

/**
 * The names of `old`'s path parameters as `now` calls them, by position: `{id}` in
 * `/orders/{id}` is `{orderId}` in `/orders/{orderId}`.
 */
export function pathParameterRenames(old: Pick<Operation, 'path'>, now: Pick<Operation, 'path'>): Map<string, string> {
  const names = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const before = names(old.path);
  const after = names(now.path);
  return new Map(before.map((name, i) => [name, after[i] ?? name]));
}
