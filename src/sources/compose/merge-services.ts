// The Compose Specification's merge rules, for a service defined again in an override file and for
// a service that `extends` another: mappings are merged key by key, sequences appended, and the
// exceptions the specification lists are honoured (shell commands replaced; `environment`, `labels`
// merged by key whatever their form; `volumes`, `secrets`, `configs` by target; `ports` by their
// ip/target/published/protocol; `depends_on` by service).

export type Json = Record<string, unknown>;

/** What `!reset` turns a value into: the key is removed from what it is merged over. */
export const RESET = '\u0000!reset';
/** The key of the one-entry map `!override` wraps a value in: it replaces what it is merged over. */
export const OVERRIDE = '\u0000!override';

/** Replaced, never appended, when both sides have them. */
const REPLACED = new Set(['command', 'entrypoint']);
/** `KEY=value` lists or maps, merged by key. */
const BY_KEY = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts']);
/** Sequences whose entries are unique by a key: a later entry with the same key replaces the earlier. */
const BY_TARGET = new Set(['volumes', 'secrets', 'configs', 'devices']);
/** Sequences appended without repeats. */
const UNIQUE = new Set(['expose', 'dns', 'dns_search', 'dns_opt', 'tmpfs', 'external_links', 'cap_add', 'cap_drop']);

/** `over` merged onto `base` (neither is changed). */
export function mergeService(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === RESET) delete out[key];
    else if (isMap(value) && OVERRIDE in value) out[key] = value[OVERRIDE];
    else out[key] = key in out ? mergeAttribute(key, out[key], value) : value;
  }
  return out;
}

/** The value with `!reset` entries dropped and `!override` wrappers opened, once merging is done. */
export function settle(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== RESET).map(settle);
  if (!isMap(value)) return value;
  if (OVERRIDE in value) return settle(value[OVERRIDE]);
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (v !== RESET) out[k] = settle(v);
  return out;
}

function mergeAttribute(key: string, a: unknown, b: unknown): unknown {
  if (b === null || b === undefined) return a;
  if (REPLACED.has(key)) return b;
  if (BY_KEY.has(key)) return { ...keyed(a), ...keyed(b) };
  if (key === 'depends_on' || key === 'networks') return mergeMaps(byName(a), byName(b));
  if (key === 'healthcheck' && isMap(a) && isMap(b)) {
    const merged = mergeMaps(a, b);
    if ('test' in b) merged.test = b.test;
    return merged;
  }
  if (key === 'build') return mergeMaps(buildMap(a), buildMap(b));
  if (key === 'ports' && Array.isArray(a) && Array.isArray(b)) return uniqueBy([...a, ...b], portKey);
  if (BY_TARGET.has(key) && Array.isArray(a) && Array.isArray(b)) return uniqueBy([...a, ...b], mountTarget);
  if (UNIQUE.has(key) && Array.isArray(a) && Array.isArray(b)) return uniqueBy([...a, ...b], (v) => JSON.stringify(v));
  return mergeValues(a, b);
}

/** The generic rule: maps merged recursively, sequences appended, anything else replaced. */
function mergeValues(a: unknown, b: unknown): unknown {
  if (isMap(a) && isMap(b)) return mergeMaps(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  return b;
}

function mergeMaps(a: Json, b: Json): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === RESET) delete out[k];
    else if (isMap(v) && OVERRIDE in v) out[k] = v[OVERRIDE];
    else out[k] = k in out ? mergeValues(out[k], v) : v;
  }
  return out;
}

/** Later entries win: the one kept for a key is the last, at the place of the first. */
function uniqueBy(list: unknown[], key: (v: unknown) => string): unknown[] {
  const out = new Map<string, unknown>();
  for (const item of list) out.set(key(item), item);
  return [...out.values()];
}

/** `KEY=value` list or `KEY: value` map as a map (`KEY` alone is a null value). */
export function keyed(value: unknown): Json {
  if (isMap(value)) return { ...value };
  const out: Json = {};
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string') continue;
      const eq = item.indexOf('=');
      const name = (eq === -1 ? item : item.slice(0, eq)).trim();
      if (name !== '') out[name] = eq === -1 ? null : item.slice(eq + 1);
    }
  }
  return out;
}

/** `[a, b]` or `{a: {...}}` as a map by name. */
function byName(value: unknown): Json {
  if (isMap(value)) return { ...value };
  const out: Json = {};
  if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out[v] = null;
  return out;
}

function buildMap(value: unknown): Json {
  return typeof value === 'string' ? { context: value } : isMap(value) ? value : {};
}

/** What makes a port entry the same as another: `{ip, target, published, protocol}`. */
function portKey(entry: unknown): string {
  if (isMap(entry)) {
    const { host_ip, target, published, protocol } = entry;
    return JSON.stringify([host_ip ?? '', String(target ?? ''), String(published ?? ''), protocol ?? 'tcp']);
  }
  const spec = String(entry).trim();
  const protocol = /\/([a-z]+)$/i.exec(spec)?.[1] ?? 'tcp';
  const parts = spec.replace(/\/[a-z]+$/i, '').split(':');
  const target = parts.pop() ?? '';
  const published = parts.pop() ?? '';
  return JSON.stringify([parts.join(':'), target, published, protocol]);
}

/** The container path a volume, secret, config or device entry mounts at. */
export function mountTarget(entry: unknown): string {
  if (isMap(entry)) return String(entry.target ?? entry.source ?? JSON.stringify(entry));
  const parts = String(entry).split(':');
  return parts.length >= 2 ? parts[1]! : parts[0]!;
}

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
