// The bounds a HorizontalPodAutoscaler scales its target in, and what a PodDisruptionBudget
// keeps running: the numbers an on-call engineer needs before draining a node or scaling by hand.

import type { Autoscaling, Component } from '../../facts/model.js';

type Json = Record<string, unknown>;

/**
 * `minReplicas` / `maxReplicas` and the metrics as words: autoscaling/v2 (`cpu 70%`,
 * `memory 512Mi`, `pods http_requests 100`, `external queue_depth 30`), v2beta1's
 * `targetAverageUtilization`, and v1's `targetCPUUtilizationPercentage`. Undefined without a
 * numeric `maxReplicas` (the API server would reject the object).
 */
export function hpaAutoscaling(spec: Json): Autoscaling | undefined {
  if (typeof spec.maxReplicas !== 'number') return undefined;
  const out: Autoscaling =
    typeof spec.minReplicas === 'number'
      ? { min: spec.minReplicas, max: spec.maxReplicas, metrics: [] }
      : { max: spec.maxReplicas, metrics: [] };
  if (typeof spec.targetCPUUtilizationPercentage === 'number') {
    out.metrics.push(`cpu ${spec.targetCPUUtilizationPercentage}%`);
  }
  for (const item of Array.isArray(spec.metrics) ? spec.metrics : []) {
    const metric = asRecord(item);
    const words = metric ? metricWords(metric) : undefined;
    if (words) out.metrics.push(words);
  }
  return out;
}

function metricWords(metric: Json): string | undefined {
  const type = typeof metric.type === 'string' ? metric.type : '';
  const body = asRecord(metric[type.charAt(0).toLowerCase() + type.slice(1)]);
  if (!body) return undefined;
  // v2: `metric.name` + `target`; v2beta1: `metricName` / `name` + `target…` fields on the body.
  const name =
    type === 'Resource' || type === 'ContainerResource' ? body.name : (asRecord(body.metric)?.name ?? body.metricName);
  if (typeof name !== 'string') return undefined;
  const target = asRecord(body.target) ?? {};
  const utilization = target.averageUtilization ?? body.targetAverageUtilization;
  const value = target.averageValue ?? target.value ?? body.targetAverageValue ?? body.targetValue;
  const prefix = type === 'Resource' || type === 'ContainerResource' ? name : `${type.toLowerCase()} ${name}`;
  if (typeof utilization === 'number') return `${prefix} ${utilization}%`;
  if (typeof value === 'string' || typeof value === 'number') return `${prefix} ${value}`;
  return prefix;
}

/** `minAvailable` / `maxUnavailable` as written: a count (`1`) or a share (`50%`). */
export function pdbBudget(spec: Json): Component['disruptionBudget'] {
  const out: NonNullable<Component['disruptionBudget']> = {};
  for (const key of ['minAvailable', 'maxUnavailable'] as const) {
    const v = spec[key];
    if (typeof v === 'number' || (typeof v === 'string' && v !== '')) out[key] = String(v);
  }
  return out.minAvailable !== undefined || out.maxUnavailable !== undefined ? out : undefined;
}

function asRecord(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
