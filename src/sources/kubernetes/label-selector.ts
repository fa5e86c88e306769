// Kubernetes label selectors (`matchLabels` plus `matchExpressions`), as the API server applies
// them when a NetworkPolicy or PodDisruptionBudget picks its pods.

type Json = Record<string, unknown>;

export interface LabelSelector {
  matchLabels: Record<string, string>;
  expressions: Array<{ key: string; operator: string; values: string[] }>;
}

export function readSelector(value: unknown): LabelSelector {
  const record = asRecord(value) ?? {};
  const matchLabels: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(record.matchLabels) ?? {})) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') matchLabels[k] = String(v);
  }
  const expressions: LabelSelector['expressions'] = [];
  for (const item of Array.isArray(record.matchExpressions) ? record.matchExpressions : []) {
    const e = asRecord(item);
    if (typeof e?.key !== 'string' || typeof e.operator !== 'string') continue;
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    expressions.push({ key: e.key, operator: e.operator, values });
  }
  return { matchLabels, expressions };
}

/** An empty selector (`podSelector: {}`) matches every pod, as Kubernetes reads it. */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  if (!Object.entries(selector.matchLabels).every(([k, v]) => labels[k] === v)) return false;
  return selector.expressions.every(({ key, operator, values }) => {
    const has = Object.hasOwn(labels, key);
    switch (operator) {
      case 'In':
        return has && values.includes(labels[key]!);
      case 'NotIn':
        return !has || !values.includes(labels[key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false; // an operator the API server would reject selects nothing
    }
  });
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
