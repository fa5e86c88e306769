// What each raw infrastructure component is, in architecture terms: a primary part of the system
// (a service, a datastore, a queue …) or a supporting object that belongs to one (a Service in front
// of a Deployment, a ServiceAccount, a subnet group, a bucket policy).
//
// The rules read only what the sources state: the Kubernetes kind, the Terraform resource type, and
// the image a container runs. An image's repository name is how people name what they run
// (`postgres:16`, `bitnami/redis`), so `postgres` means a datastore whoever packaged it.

import type { Component, SystemRole } from '../facts/model.js';

export type RawRole = { primary: true; role: SystemRole; technology?: string } | { primary: false };

/** Kubernetes kinds that run pods. Jobs are their own role: a runbook for a job reads differently. */
const K8S_WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Pod', 'ReplicationController']);
const K8S_JOBS = new Set(['Job', 'CronJob']);
/** Kinds that route traffic from outside into Services. */
const K8S_GATEWAYS = new Set(['Ingress', 'Gateway', 'HTTPRoute', 'GRPCRoute', 'IngressRoute', 'VirtualService']);

/** Image repository names (last path segment) that say what runs. */
const IMAGE_ROLES: Array<[RegExp, SystemRole]> = [
  [
    new RegExp(
      `^(${[
        'postgres|postgresql|postgis|timescaledb|mysql|mariadb|percona|mongo|mongodb|cockroach|cockroachdb',
        'cassandra|scylla|elasticsearch|opensearch|clickhouse|clickhouse-server|neo4j|couchdb|influxdb',
        'mssql-server|oracle|yugabyte|surrealdb|dynamodb-local',
      ].join('|')})$`,
    ),
    'datastore',
  ],
  [/^(redis|redis-stack|valkey|memcached|keydb|dragonfly|garnet)$/, 'cache'],
  [/^(rabbitmq|kafka|cp-kafka|redpanda|nats|nats-streaming|activemq|artemis|pulsar|elasticmq|nsq)$/, 'queue'],
  [/^(minio|azurite|fake-gcs-server|seaweedfs|localstack-s3|garage)$/, 'bucket'],
];

/** Reverse proxies: a gateway only when the sources show it routing; otherwise it serves files. */
const PROXY_IMAGES = /^(nginx|traefik|envoy|haproxy|kong|caddy|apisix)$/;

/** Terraform resource types that are a primary part of the system, with role and technology. */
const TERRAFORM_PRIMARY: Array<[RegExp, SystemRole, string | undefined]> = [
  [/^aws_(db_instance|rds_cluster)$/, 'datastore', undefined],
  [/^aws_dynamodb_table$/, 'datastore', 'dynamodb'],
  [/^aws_docdb_cluster$/, 'datastore', 'documentdb'],
  [/^aws_(opensearch|elasticsearch)_domain$/, 'datastore', 'opensearch'],
  [/^aws_redshift_cluster$/, 'datastore', 'redshift'],
  [/^google_sql_database_instance$/, 'datastore', undefined],
  [/^google_(spanner_instance|bigtable_instance|firestore_database)$/, 'datastore', undefined],
  [/^azurerm_(postgresql|mysql|mariadb|mssql)_(flexible_)?server$/, 'datastore', undefined],
  [/^azurerm_(cosmosdb_account|sql_server)$/, 'datastore', undefined],
  // A replication group is Redis (or Valkey, its fork) unless `engine` says otherwise; a cluster names its engine.
  [/^aws_elasticache_(replication_group|serverless_cache)$/, 'cache', 'redis'],
  [/^aws_elasticache_cluster$/, 'cache', undefined],
  [/^aws_memorydb_cluster$/, 'cache', 'redis'],
  [/^google_redis_instance$/, 'cache', 'redis'],
  [/^azurerm_redis_cache$/, 'cache', 'redis'],
  [/^aws_sqs_queue$/, 'queue', 'sqs'],
  [/^aws_sns_topic$/, 'queue', 'sns'],
  [/^aws_msk_(cluster|serverless_cluster)$/, 'queue', 'kafka'],
  [/^aws_mq_broker$/, 'queue', undefined],
  [/^aws_kinesis_stream$/, 'queue', 'kinesis'],
  [/^aws_cloudwatch_event_bus$/, 'queue', 'eventbridge'],
  [/^google_pubsub_topic$/, 'queue', 'pubsub'],
  [
    /^azurerm_(servicebus_namespace|servicebus_queue|servicebus_topic|eventhub_namespace|eventhub)$/,
    'queue',
    undefined,
  ],
  [/^aws_s3_bucket$/, 'bucket', 's3'],
  [/^google_storage_bucket$/, 'bucket', 'gcs'],
  [/^azurerm_storage_account$/, 'bucket', 'azure-storage'],
  [/^aws_(lb|alb|elb)$/, 'gateway', 'load balancer'],
  [/^aws_(api_gateway_rest_api|apigatewayv2_api)$/, 'gateway', 'api gateway'],
  [/^aws_cloudfront_distribution$/, 'gateway', 'cloudfront'],
  [/^google_compute_url_map$/, 'gateway', 'load balancer'],
  [/^azurerm_(application_gateway|api_management|frontdoor)$/, 'gateway', undefined],
];

/** CloudFormation resource types that are a primary part of the system, with role and technology. */
const CLOUDFORMATION_PRIMARY: Array<[RegExp, SystemRole, string | undefined]> = [
  [/^AWS::RDS::(DBInstance|DBCluster)$/, 'datastore', undefined],
  [/^AWS::(DynamoDB::(Table|GlobalTable)|Serverless::SimpleTable)$/, 'datastore', 'dynamodb'],
  [/^AWS::DocDB::DBCluster$/, 'datastore', 'documentdb'],
  [/^AWS::(OpenSearchService|Elasticsearch)::Domain$/, 'datastore', 'opensearch'],
  [/^AWS::Redshift::Cluster$/, 'datastore', 'redshift'],
  [/^AWS::ElastiCache::(ReplicationGroup|ServerlessCache)$/, 'cache', 'redis'],
  [/^AWS::ElastiCache::CacheCluster$/, 'cache', undefined],
  [/^AWS::MemoryDB::Cluster$/, 'cache', 'redis'],
  [/^AWS::SQS::Queue$/, 'queue', 'sqs'],
  [/^AWS::SNS::Topic$/, 'queue', 'sns'],
  [/^AWS::MSK::(Cluster|ServerlessCluster)$/, 'queue', 'kafka'],
  [/^AWS::AmazonMQ::Broker$/, 'queue', undefined],
  [/^AWS::Kinesis::Stream$/, 'queue', 'kinesis'],
  [/^AWS::Events::EventBus$/, 'queue', 'eventbridge'],
  [/^AWS::S3::Bucket$/, 'bucket', 's3'],
  [/^AWS::ElasticLoadBalancing(V2)?::LoadBalancer$/, 'gateway', 'load balancer'],
  [/^AWS::(ApiGateway::RestApi|ApiGatewayV2::Api|Serverless::(Api|HttpApi))$/, 'gateway', 'api gateway'],
  [/^AWS::CloudFront::Distribution$/, 'gateway', 'cloudfront'],
];

/** The repository name of an image: `ghcr.io/acme/orders-api:1.2@sha256:…` → `orders-api`. */
export function imageName(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0]!;
  const last = withoutDigest.split('/').pop()!;
  const name = last.replace(/:[^:]*$/, '').toLowerCase();
  return name === '' || name.includes('${') || name.includes('{{') ? undefined : name;
}

/** The image without tag or digest: `ghcr.io/acme/orders-api`. Two copies of one service share it. */
export function imageRepository(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const withoutDigest = image.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const repo = colon > slash ? withoutDigest.slice(0, colon) : withoutDigest;
  return repo.includes('${') || repo.includes('{{') ? undefined : repo.toLowerCase();
}

function roleFromImage(image: string | undefined): { role: SystemRole; technology: string } | undefined {
  const name = imageName(image);
  if (!name) return undefined;
  for (const [pattern, role] of IMAGE_ROLES) if (pattern.test(name)) return { role, technology: technologyOf(name) };
  return undefined;
}

/** One word per technology whatever the image is called (`postgis` is PostgreSQL to a client). */
function technologyOf(imageRepoName: string): string {
  if (/^(postgres|postgresql|postgis|timescaledb)$/.test(imageRepoName)) return 'postgres';
  if (/^(mysql|mariadb|percona)$/.test(imageRepoName)) return 'mysql';
  if (/^(mongo|mongodb)$/.test(imageRepoName)) return 'mongodb';
  if (/^(redis|redis-stack|valkey|keydb|dragonfly|garnet)$/.test(imageRepoName)) return 'redis';
  if (/^(kafka|cp-kafka|redpanda)$/.test(imageRepoName)) return 'kafka';
  if (/^(cockroach|cockroachdb)$/.test(imageRepoName)) return 'cockroachdb';
  if (/^(elasticsearch|opensearch)$/.test(imageRepoName)) return 'elasticsearch';
  if (/^(clickhouse|clickhouse-server)$/.test(imageRepoName)) return 'clickhouse';
  return imageRepoName;
}

/** A Terraform `engine` setting as a technology: `aurora-postgresql` → `postgres`. */
function engineTechnology(engine: string | undefined): string | undefined {
  if (!engine) return undefined;
  const e = engine.toLowerCase();
  if (e.includes('postgres')) return 'postgres';
  if (e.includes('mysql') || e.includes('mariadb')) return 'mysql';
  if (e.includes('redis') || e.includes('valkey')) return 'redis';
  if (e.includes('memcached')) return 'memcached';
  if (e.includes('sqlserver')) return 'sqlserver';
  if (e.includes('oracle')) return 'oracle';
  if (e.includes('rabbitmq')) return 'rabbitmq';
  if (e.includes('activemq')) return 'activemq';
  return e;
}

/**
 * Whether `component` is a primary part of the system and what it is. `routes` says whether the
 * sources show it routing traffic (an Ingress does by kind; a proxy image only with routes).
 */
export function rawRole(component: Component): RawRole {
  switch (component.platform) {
    case 'kubernetes': {
      if (K8S_GATEWAYS.has(component.kind)) return { primary: true, role: 'gateway' };
      if (K8S_JOBS.has(component.kind)) return { primary: true, role: 'job' };
      if (!K8S_WORKLOADS.has(component.kind)) return { primary: false };
      return { primary: true, ...workloadRole(component) };
    }
    case 'compose':
      return { primary: true, ...workloadRole(component) };
    case 'terraform': {
      for (const [pattern, role, technology] of TERRAFORM_PRIMARY) {
        if (!pattern.test(component.kind)) continue;
        const tech = engineTechnology(component.settings?.engine) ?? technology;
        return tech ? { primary: true, role, technology: tech } : { primary: true, role };
      }
      if (component.deployable) return { primary: true, role: 'service' };
      return { primary: false };
    }
    case 'cloudformation': {
      // Properties keep CloudFormation's spelling: `Engine`, Amazon MQ's `EngineType`.
      const engine = component.settings?.Engine ?? component.settings?.EngineType;
      for (const [pattern, role, technology] of CLOUDFORMATION_PRIMARY) {
        if (!pattern.test(component.kind)) continue;
        const tech = engineTechnology(engine) ?? technology;
        return tech ? { primary: true, role, technology: tech } : { primary: true, role };
      }
      if (component.deployable) return { primary: true, ...workloadRole(component) };
      return { primary: false };
    }
    default:
      // A kind registered later (Helm …): its deployables are services.
      if (component.deployable) return { primary: true, ...workloadRole(component) };
      return { primary: false };
  }
}

function workloadRole(component: Component): { role: SystemRole; technology?: string } {
  const fromImage = roleFromImage(component.image);
  if (fromImage) return fromImage;
  // An image built here (`clickhouse-self-hosted-local`, or none: `build: ./clickhouse`) says nothing;
  // a service named exactly for a technology (`clickhouse`, `postgres`) is that technology.
  const local = !component.image?.includes('/');
  const fromName = local && component.platform === 'compose' ? roleFromImage(component.name) : undefined;
  if (fromName) return fromName;
  const name = imageName(component.image);
  if (name && PROXY_IMAGES.test(name) && (component.routes?.length ?? 0) > 0)
    return { role: 'gateway', technology: name };
  return { role: 'service' };
}

/** Roles that hold data: these merge and connect by technology, services by name. */
export function isDataRole(role: SystemRole): boolean {
  return role === 'datastore' || role === 'cache' || role === 'queue' || role === 'bucket';
}

/** Roles that run code the team ships. */
export function isRunningRole(role: SystemRole): boolean {
  return role === 'service' || role === 'job' || role === 'gateway';
}
