// Values the way Helm layers them: `-f` files merged in order (a later file wins), then coalesced
// over the chart's `values.yaml` (a `null` deletes the default), then each subchart given
// `.Values.<name>` over its own defaults plus the parent's `global`.

import { type GoMap, isMap } from './go-template/go-values.js';
import { deepCopy } from './sprig-functions.js';

/** `helm -f a.yaml -f b.yaml`: maps merge key by key, anything else is replaced. */
export function mergeValueFiles(files: GoMap[]): GoMap {
  const out: GoMap = {};
  const merge = (dst: GoMap, src: GoMap) => {
    for (const k of Object.keys(src)) {
      const d = dst[k];
      const s = src[k];
      if (isMap(d) && isMap(s)) merge(d, s);
      else dst[k] = deepCopy(s);
    }
  };
  for (const f of files) merge(out, f);
  return out;
}

/** `given` over `defaults`; a `null` in `given` removes the key. Neither input is changed. */
export function coalesceValues(given: GoMap, defaults: GoMap): GoMap {
  const out: GoMap = {};
  for (const k of Object.keys(defaults)) {
    if (Object.hasOwn(given, k)) continue;
    if (defaults[k] !== null) out[k] = deepCopy(defaults[k]);
  }
  for (const k of Object.keys(given)) {
    const g = given[k];
    if (g === null || g === undefined) continue;
    const d = defaults[k];
    out[k] = isMap(g) && isMap(d) ? coalesceValues(g, d) : deepCopy(g);
  }
  return out;
}

/** The value at a dotted path (`redis.enabled`), or undefined. */
export function valueAt(values: GoMap, path: string): unknown {
  let cur: unknown = values;
  for (const part of path.split('.')) {
    if (!isMap(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = cur[part];
  }
  return cur;
}
