// Which objects a patch's `target` names. As in kustomize: `kind`, `name`, `namespace`, `group`,
// `version` are anchored regular expressions; `name` matches any name the object has had (so an
// overlay can target `orders` after its base renamed it `shop-orders`); `labelSelector` and
// `annotationSelector` use the Kubernetes selector syntax (`app=web,tier in (a,b),!legacy`).

import { groupVersionOf, isJsonObject, type KustomizeResource, kindOf, namespaceOf } from './kustomize-resource.js';

export interface TargetSelector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export function readTargetSelector(value: unknown): TargetSelector | undefined {
  if (!isJsonObject(value)) return undefined;
  const out: TargetSelector = {};
  for (const key of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
    const v = value[key];
    if (typeof v === 'string') out[key] = v;
  }
  return out;
}

export function describeTarget(selector: TargetSelector): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** The resources a selector picks (none when a regular expression or selector is malformed). */
export function selectResources(resources: KustomizeResource[], selector: TargetSelector): KustomizeResource[] {
  const matchers = {
    group: anchored(selector.group),
    version: anchored(selector.version),
    kind: anchored(selector.kind),
    name: anchored(selector.name),
    namespace: anchored(selector.namespace),
  };
  if (Object.values(matchers).some((m) => m === null)) return [];
  const labels = selector.labelSelector === undefined ? undefined : parseSelector(selector.labelSelector);
  const annotations =
    selector.annotationSelector === undefined ? undefined : parseSelector(selector.annotationSelector);
  if (labels === null || annotations === null) return [];
  return resources.filter((r) => {
    const { group, version } = groupVersionOf(r.object);
    if (matchers.group && !matchers.group.test(group)) return false;
    if (matchers.version && !matchers.version.test(version)) return false;
    if (matchers.kind && !matchers.kind.test(kindOf(r.object))) return false;
    const name = matchers.name;
    if (name && !r.names.some((n) => name.test(n))) return false;
    if (matchers.namespace && !matchers.namespace.test(namespaceOf(r.object))) return false;
    const metadata = isJsonObject(r.object.metadata) ? r.object.metadata : {};
    if (labels && !labels(stringMap(metadata.labels))) return false;
    if (annotations && !annotations(stringMap(metadata.annotations))) return false;
    return true;
  });
}

/** `null` when the expression is not a valid regular expression; `undefined` when absent or empty. */
function anchored(pattern: string | undefined): RegExp | undefined | null {
  if (pattern === undefined || pattern === '') return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return null;
  }
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isJsonObject(value)) for (const [k, v] of Object.entries(value)) out[k] = String(v);
  return out;
}

type Predicate = (labels: Record<string, string>) => boolean;

/** Parses `a=b,c!=d,e in (f,g),h notin (i),j,!k`; null when it is not a selector. */
export function parseSelector(text: string): Predicate | null {
  const terms: Predicate[] = [];
  for (const raw of splitTerms(text)) {
    const term = raw.trim();
    if (term === '') continue;
    const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const [, key, op, list] = set as unknown as [string, string, string, string];
      const values = new Set(list.split(',').map((v) => v.trim()));
      terms.push(op === 'in' ? (l) => key in l && values.has(l[key]!) : (l) => !(key in l && values.has(l[key]!)));
      continue;
    }
    const compare = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(term);
    if (compare) {
      const [, key, op, value] = compare as unknown as [string, string, string, string];
      terms.push(op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value);
      continue;
    }
    const exists = /^(!?)([\w./-]+)$/.exec(term);
    if (exists) {
      const [, not, key] = exists as unknown as [string, string, string];
      terms.push(not ? (l) => !(key in l) : (l) => key in l);
      continue;
    }
    return null;
  }
  return (labels) => terms.every((t) => t(labels));
}

/** Splits on commas outside parentheses. */
function splitTerms(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}
