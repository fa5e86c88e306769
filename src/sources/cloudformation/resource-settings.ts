// The few literal properties that say what a resource is: a function's runtime and memory, a
// database's engine and class, a table's billing mode, a queue being FIFO. The system stage names
// a datastore's technology from `Engine`. Only a whitelist, only top-level properties, only
// literals: a `Ref` to a parameter is unknown here (and a `NoEcho` parameter is where a password
// is), and a key that looks secret is never kept even if a later edit lists it.

import type { Json } from './read-template.js';

const SETTING_KEYS = new Set([
  // identity
  'FunctionName',
  'TableName',
  'QueueName',
  'TopicName',
  'BucketName',
  'DBInstanceIdentifier',
  'DBClusterIdentifier',
  'ClusterName',
  'ServiceName',
  'ReplicationGroupId',
  'StateMachineName',
  // compute
  'Runtime',
  'Handler',
  'PackageType',
  'MemorySize',
  'Timeout',
  'LaunchType',
  'Cpu',
  'Memory',
  'InstanceType',
  // databases and caches
  'Engine',
  'EngineVersion',
  'EngineMode',
  'DBInstanceClass',
  'AllocatedStorage',
  'StorageType',
  'MultiAZ',
  'CacheNodeType',
  'NumCacheNodes',
  'NumCacheClusters',
  'BillingMode',
  // queues and streams
  'FifoQueue',
  'ContentBasedDeduplication',
  'KafkaVersion',
  'NumberOfBrokerNodes',
  'EngineType',
  'DeploymentMode',
  'ShardCount',
  // networks and load balancers
  'CidrBlock',
  'Scheme',
  'Type',
  'Protocol',
]);

const SECRET_KEY = /pass|secret|token|credential|private|auth|key/i;

/** Whitelisted top-level literal properties as strings, in key order. */
export function resourceSettings(properties: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(properties).sort()) {
    if (!SETTING_KEYS.has(key) || SECRET_KEY.test(key)) continue;
    const value = properties[key];
    if (typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
    else if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}
