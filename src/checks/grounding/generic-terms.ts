// Generic technical vocabulary: names a section may put in backticks although no fact holds them.

/**
 * Generic technical terms a section may put in backticks that no fact holds. Only terms with an
 * identifier signal need to be here (plain words like `psql` or `SELECT` are never name mentions on
 * their own); they are listed anyway where a kind word could make them a claim (`Retry-After` header).
 * Compared lower-case.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  [
    // HTTP headers (standard or de-facto) a design note may recommend
    'Accept', 'Accept-Encoding', 'Accept-Language', 'Access-Control-Allow-Origin', 'Authorization', 'Cache-Control',
    'Content-Encoding', 'Content-Length', 'Content-Type', 'Cookie', 'Deprecation', 'ETag', 'Idempotency-Key',
    'If-Match', 'If-Modified-Since', 'If-None-Match', 'Last-Modified', 'Link', 'Location', 'Origin', 'Prefer',
    'Preference-Applied', 'RateLimit', 'RateLimit-Limit', 'RateLimit-Policy', 'RateLimit-Remaining', 'RateLimit-Reset',
    'Retry-After', 'Set-Cookie', 'Strict-Transport-Security', 'Sunset', 'traceparent', 'tracestate', 'User-Agent',
    'Vary', 'WWW-Authenticate', 'X-Content-Type-Options', 'X-Correlation-Id', 'X-Forwarded-For', 'X-Forwarded-Proto',
    'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-Request-Id',
    // media types
    'application/json', 'application/problem+json', 'application/merge-patch+json', 'application/json-patch+json',
    'application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain', 'text/csv', 'text/html',
    'text/event-stream', 'application/octet-stream', 'application/pdf', 'application/xml',
    // PostgreSQL operations vocabulary (pg_* names are allowed by pattern)
    'information_schema', 'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'max_connections',
    'shared_buffers', 'work_mem', 'maintenance_work_mem', 'search_path', 'wal_level', 'max_wal_size',
    'autovacuum_vacuum_scale_factor', 'default_transaction_isolation', 'n_dead_tup', 'n_live_tup', 'last_autovacuum',
    'last_vacuum', 'seq_scan', 'idx_scan', 'wait_event', 'wait_event_type', 'query_start', 'xact_start', 'state_change',
    'backend_start', 'application_name', 'blocked_by', 'gen_random_uuid', 'uuid-ossp', 'uuid_generate_v4',
    'ON_ERROR_STOP', 'now()', 'pgcrypto', 'pgbouncer', 'pgbench', 'pgbadger', 'golang-migrate', 'schema_migrations',
    'AccessExclusiveLock', 'ShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock',
    // tools and commands
    'kubectl', 'psql', 'helm', 'terraform', 'docker', 'docker-compose', 'redis-cli', 'curl', 'jq', 'aws', 'gcloud',
    'k9s', 'k6', 'stern', 'kustomize', 'gh', 'git', 'openssl', 'dig', 'nslookup', 'grpcurl', 'npx', 'npm', 'node',
    'make', 'go', 'python3', 'pip', 'pytest', 'vitest',
    // Kubernetes kinds, fields and pod states
    'ConfigMap', 'StatefulSet', 'DaemonSet', 'CronJob', 'ReplicaSet', 'HorizontalPodAutoscaler', 'PodDisruptionBudget',
    'NetworkPolicy', 'ServiceAccount', 'PersistentVolumeClaim', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding',
    'RoleBinding', 'ResourceQuota', 'LimitRange', 'ExternalSecret', 'SealedSecret', 'ServiceMonitor', 'PrometheusRule',
    'IngressClass', 'readinessProbe', 'livenessProbe', 'startupProbe', 'httpGet', 'initialDelaySeconds',
    'periodSeconds', 'failureThreshold', 'timeoutSeconds', 'maxSurge', 'maxUnavailable', 'minReplicas', 'maxReplicas',
    'minAvailable', 'terminationGracePeriodSeconds', 'imagePullPolicy', 'envFrom', 'secretKeyRef', 'configMapKeyRef',
    'configMapRef', 'secretRef', 'valueFrom', 'scaleTargetRef', 'targetCPUUtilizationPercentage', 'averageUtilization',
    'podAntiAffinity', 'topologySpreadConstraints', 'preStop', 'postStart', 'resources.requests', 'resources.limits',
    'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'securityContext', 'runAsNonRoot', 'runAsUser',
    'readOnlyRootFilesystem', 'allowPrivilegeEscalation', 'serviceAccountName', 'nodeSelector', 'RollingUpdate',
    'revisionHistoryLimit', 'matchLabels', 'containerPort', 'targetPort', 'nodePort', 'ClusterIP', 'LoadBalancer',
    'NodePort', 'CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'OOMKilled', 'CreateContainerConfigError',
    'ContainerCreating', 'Evicted', 'rollout-restart', 'kube-system',
    // Compose
    'depends_on', 'env_file', 'restart_policy', 'service_healthy', 'service_started', 'service_completed_successfully',
    'unless-stopped', 'on-failure', 'mem_limit', 'deploy.replicas', 'deploy.resources',
    // Terraform / AWS vocabulary (resource types `aws_*` are allowed by pattern)
    'prevent_destroy', 'create_before_destroy', 'ignore_changes', 'deletion_protection', 'multi_az',
    'backup_retention_period', 'skip_final_snapshot', 'final_snapshot_identifier', 'storage_encrypted',
    'publicly_accessible', 'instance_class', 'allocated_storage', 'max_allocated_storage',
    'performance_insights_enabled', 'apply_immediately', 'auto_minor_version_upgrade', 'visibility_timeout_seconds',
    'message_retention_seconds', 'redrive_policy', 'maxReceiveCount', 'deadLetterTargetArn', 'block_public_acls',
    'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets', 'server_side_encryption_configuration',
    'lifecycle_rule', 'num_cache_nodes', 'node_type', 'engine_version', 'snapshot_retention_limit',
    'automatic_failover_enabled', 'transit_encryption_enabled', 'at_rest_encryption_enabled', 'terraform.tfstate',
    'tfstate', 'ApproximateAgeOfOldestMessage', 'ApproximateNumberOfMessagesVisible', 'NumberOfMessagesSent',
    'CPUUtilization', 'FreeStorageSpace', 'DatabaseConnections', 'ReplicaLag',
    // Protocols, formats, security vocabulary
    'mTLS', 'OAuth2', 'OAuth', 'OpenID', 'OpenAPI', 'OpenTelemetry', 'PostgreSQL', 'ElastiCache', 'HMAC-SHA256',
    'SHA-256', 'sha256', 'UTF-8', 'base64', 'ISO-8601', 'RFC-3339', 'RFC-7807', 'RFC-9457', 'UUIDv4', 'UUIDv7',
    'uuid-v4', 'x-www-form-urlencoded', 'snake_case', 'camelCase', 'kebab-case', 'e.g.', 'i.e.', 'Node.js', 'N+1',
    'at-least-once', 'at-most-once', 'exactly-once', 'read-only', 'read-write', 'opt-in', 'opt-out', 'dead-letter',
    'fail-open', 'fail-closed', 'max-age', 'no-cache', 'no-store', 'p50', 'p90', 'p95', 'p99', 'p999', 'SIGTERM',
    'SIGKILL', 'SIGINT', 'Stripe-Signature',
    // Plain words a kind word may make look like a claim
    // ("the `Running` status", "a `GIN` index", "the `Basic` scheme")
    'Running', 'Pending', 'Succeeded', 'Failed', 'Unknown', 'Terminating', 'Completed', 'Ready', 'NotReady', 'healthy',
    'unhealthy', 'starting', 'exited', 'restarting', 'btree', 'gin', 'gist', 'brin', 'hash', 'spgist', 'unique',
    'check', 'primary', 'foreign', 'exclusion', 'partial', 'composite', 'covering', 'basic', 'digest', 'bearer', 'http',
    'https', 'apiKey', 'oauth2', 'openIdConnect', 'mutualTLS', 'string', 'integer', 'boolean', 'number', 'object',
    'array',
  ].map((t) => t.toLowerCase()),
);

/** Generic shapes that are never facts: PostgreSQL's own objects, provider resource types, versions … */
export const GENERIC_PATTERNS: readonly RegExp[] = [
  /^pg_[a-z0-9_]+(\(\))?$/i, // PostgreSQL reserves the pg_ prefix for its own catalogs and functions
  /^(information_schema|pg_catalog)\.[a-z_]+$/i,
  // a provider resource type, not a resource
  /^(aws|google|azurerm|kubernetes|helm|random|null|tls|cloudflare|datadog)_[a-z0-9_]+$/,
  /^v\d+(\.\d+)*$/, // a version
  /^[a-z]{2}(-gov)?-[a-z]+-\d$/, // an AWS region
  /^(db|cache)\.[a-z0-9]+\.[a-z0-9]+$/, // an AWS instance class
  /^[\w.-]*\.?(kubernetes|k8s)\.io\/[\w.-]+$/, // well-known Kubernetes labels and annotations
  /^(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?$/,
  /^[\w./-]*\.md(#[\w-]+)?$/, // a Markdown document (the docs link each other)
  /^origin\/[\w.-]+$/, // a git remote branch
  /^[45]xx$/i,
];

/** A term no fact holds and no check should ask for: a generic word or a generic shape. */
export function isGeneric(value: string): boolean {
  return GENERIC_TERMS.has(value.toLowerCase()) || GENERIC_PATTERNS.some((p) => p.test(value));
}
