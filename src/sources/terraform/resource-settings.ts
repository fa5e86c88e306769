// The few literal attributes that say what a cloud resource is: the engine and version of a
// database, the node type of a cache, whether a queue is FIFO, the runtime of a function. A
// reader of the docs (and the system stage, which names a datastore's technology from `engine`)
// needs these; nothing else of a resource body is kept.
//
// Only a whitelist, only top-level attributes, and only literals: a `var.` or `${…}` value is
// not known here (and variables are where passwords hide), and a key that looks secret is never
// kept even if a later edit puts it on the list.

import type { Autoscaling } from '../../facts/model.js';

type Json = Record<string, unknown>;

const SETTING_KEYS = new Set([
  // identity
  'identifier',
  'cluster_identifier',
  'replication_group_id',
  'cluster_id',
  'name',
  'function_name',
  'bucket',
  // databases and caches
  'engine',
  'engine_version',
  'engine_mode',
  'database_version',
  'redis_version',
  'instance_class',
  'instance_type',
  'node_type',
  'num_cache_nodes',
  'num_cache_clusters',
  'num_node_groups',
  'replicas_per_node_group',
  'cluster_mode',
  'multi_az',
  'automatic_failover_enabled',
  'allocated_storage',
  'max_allocated_storage',
  'storage_type',
  'billing_mode',
  'tier',
  'memory_size_gb',
  'sku_name',
  'version',
  // queues and streams
  'fifo_queue',
  'content_based_deduplication',
  'kafka_version',
  'number_of_broker_nodes',
  'engine_type',
  'deployment_mode',
  'shard_count',
  // compute
  'runtime',
  'handler',
  'package_type',
  'memory_size',
  'timeout',
  'launch_type',
  'desired_count',
  'min_size',
  'max_size',
  'cpu',
  'memory',
  // load balancers and autoscaling targets
  'load_balancer_type',
  'internal',
  'protocol_type',
  'service_namespace',
  'scalable_dimension',
]);

const SECRET_KEY = /pass|secret|token|credential|private|auth|key/i;

/** Whitelisted top-level literal attributes, as strings, in key order. */
export function resourceSettings(body: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(body).sort()) {
    if (!SETTING_KEYS.has(key) || SECRET_KEY.test(key)) continue;
    const value = literal(body[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** `aws_appautoscaling_target`'s `min_capacity` / `max_capacity`, when both are literal numbers. */
export function appAutoscaling(type: string, body: Json): Autoscaling | undefined {
  if (type !== 'aws_appautoscaling_target') return undefined;
  const max = body.max_capacity;
  const min = body.min_capacity;
  if (typeof max !== 'number') return undefined;
  return typeof min === 'number' ? { min, max, metrics: [] } : { max, metrics: [] };
}

function literal(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || value === '') return undefined;
  // `${…}` and `%{…}` are expressions (hcl2json writes every non-literal that way).
  return value.includes('${') || value.includes('%{') ? undefined : value;
}
