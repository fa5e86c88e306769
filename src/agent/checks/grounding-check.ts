// Grounding: does every name the model wrote exist in the facts? Deterministic, exact matching, no
// model. The text is parsed (remark + GFM) and mentions are pulled out of the mdast; each is looked
// up in an index of every name in the fact model.
//
// What counts as a mention (everything else is prose and is not checked):
//
//   Prose (text, headings, table cells, link text):
//     - `METHOD /path` (or `METHOD https://host/path`) anywhere                         → endpoint
//     - "x_y table" / "x_y view" / "x_y column" / "public.x_y" in plain words, only when the word
//       looks like an identifier (has `_` or `.`) or is a known table; "foo-api service" (and
//       deployment, container, queue …) when the word ends in a service-like part (`-api`, `-worker` …)
//       or has `_`                                                                          → table / column / component
//   Inline code spans:
//     - `METHOD /path`                                                                     → endpoint
//     - a bare `/path` that is an API path (has a `{param}`, or its first segment is one of the
//       API's first segments, or it starts with a server base path); other `/paths` are files → endpoint
//     - a span followed or preceded by a kind word — "`x` table", "table `x`", "tables `a` and `b`",
//       "`x` column", "`x` service / deployment / container / pod / queue / bucket / cluster /
//       instance / namespace …", "`x` header / parameter / tag / operation / index / constraint /
//       scheme / variable / status" — is checked as that kind (strictly: a table called a service is
//       unknown)                                                                            → by the kind word
//     - `schema.table` (first part a known schema) / `table.column` (first part a known table) /
//       `schema.table.column`                                                               → table / column
//     - `table(col, col)` with a known table                                                → column
//     - component references: `name`, `namespace/name`, `kind/name` (kubectl kinds and short
//       names), `Kind/namespace/name`, Terraform `type.name` (and `type.name.attribute`), fact ids,
//       `name.namespace.svc(.cluster.local)`, `name:port`                                  → component
//     - `$VAR` / `${VAR}` (the variable), `Header-Name: value` (the header), media types     → name
//     - any other single identifier-like span (`^[A-Za-z_][A-Za-z0-9_.:/-]*$`) that carries an
//       identifier signal (`_ - . : /`, a digit, or camelCase). Plain words in one case style
//       (`pending`, `Deployment`, `SELECT`) are indistinguishable from English or keywords, so they
//       are mentions only when known or when a kind word (above) makes them a claim          → name
//     - multi-word spans (commands, SQL): only the typed patterns below, as in code blocks.
//   Fenced / indented code blocks (and multi-word inline code). The code is never judged as prose;
//   only these typed patterns are read:
//     - `METHOD /path` and `curl` lines (method from `-X`/`--request`, `-d` → POST, else GET; URL
//       on a server host, localhost/a component with a known port, or `$VAR/…`)          → endpoint
//     - kubectl: `kind/name`, `kubectl <verb> <kind> <name>`, `-n <namespace>`              → component
//     - docker compose: the service names after `logs/restart/exec/…`                      → component
//     - terraform: `-target=type.name`, `state show type.name`                               → component
//     - SQL: relations after FROM / JOIN / UPDATE / INTO / TABLE / VIEW / COPY / VACUUM / ANALYZE
//       and psql `\d name`, in blocks tagged sql/psql/postgres (any case, literals and comments
//       blanked) or in shell blocks / inline code that contain psql or an UPPERCASE SQL verb
//       (UPPERCASE keywords only, `#` comment lines skipped). CTE names, tables the snippet itself
//       creates, functions (`FROM f(`), `pg_*` catalogs and `information_schema` are skipped → table
//     - blocks in other languages (yaml, json, hcl …) are read for `METHOD /path` only.
//     - nothing else: SQL columns, YAML keys, shell words are not checked.
//
// Known means the name exists in the facts, compared case-insensitively (PostgreSQL folds unquoted
// names, HTTP headers are case-insensitive). "Names in the facts" is broad: tables, views, columns,
// enums and their values, index and FK constraint names, operationIds, tags, parameter names,
// security schemes (and the header an apiKey scheme uses), content types, spec files/titles/servers,
// components in every reference form, namespaces, images (with and without tag; the tag; the bare
// image name for "the `redis` container"), env var names, edge notes, input files and their folders,
// migration files, and snake_case names spelled out in a migration's file name (the old name of a
// rename, `full_name` in `…_rename_customers_full_name.up.sql`). A span on `GENERIC_TERMS` /
// `GENERIC_PATTERNS` (`pg_stat_activity`, `Retry-After`, `readinessProbe` …) is not a mention at all.
// Endpoints match an operation with the same method whose path is equal ignoring path-parameter
// names (`{id}` = `{orderId}` = `:id` = `<id>`); a concrete value (a number, a UUID, anything with a
// digit) also matches a parameter; a server base path (`/v1`) may be included or left out; `/x/*`
// and `/x/...` match any operation below `/x`.

import type { Code, InlineCode, Nodes, Text } from 'mdast';
import type { Component, FactModel, Operation, Table } from '../../facts/model.js';
import { code as codeSpan, parseMarkdown } from '../../checks/markdown/check-markdown.js';

export type MentionKind = 'endpoint' | 'table' | 'column' | 'component' | 'name';

export interface Mention {
  kind: MentionKind;
  /** The name as written, without backticks (`POST /refunds`, `public.invoice_archive`, `billing-api`). */
  text: string;
  /** 1-based line in the markdown. */
  line: number;
  known: boolean;
  /** The fact it matched, when known and the fact has an id. */
  factId?: string;
  /**
   * Offset in the markdown just after the mention's source (after the closing backtick of an inline
   * code span; for a mention inside a code block, the end of the block). Used by `markUnknownMentions`.
   */
  end?: number;
}

export interface GroundingResult {
  mentions: Mention[];
  unknown: Mention[];
  /** known / total; 1 when there are no mentions. */
  ratio: number;
}

export interface GroundingOptions {
  /** More names to treat as known (e.g. names the caller knows the model read from a source file). */
  extraKnown?: Iterable<string>;
}

/** What `markUnknownMentions` puts after an unknown mention. Plain text, so it is safe in any inline context. */
export const UNKNOWN_MARKER = ' (⚠ not in the sources)';
/** The note put after a code block holding unknown mentions (the code itself is never edited). */
export const UNKNOWN_CODE_NOTE = '⚠ Not in the sources:';

// ---------------------------------------------------------------- generic terms

/**
 * Generic technical terms a section may put in backticks that no fact holds. Only terms with an
 * identifier signal need to be here (plain words like `psql` or `SELECT` are never name mentions on
 * their own); they are listed anyway where a kind word could make them a claim (`Retry-After` header).
 * Compared lower-case.
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  [
    // HTTP headers (standard or de-facto) a design note may recommend
    'Accept', 'Accept-Encoding', 'Accept-Language', 'Access-Control-Allow-Origin', 'Authorization', 'Cache-Control', 'Content-Encoding', 'Content-Length',
    'Content-Type', 'Cookie', 'Deprecation', 'ETag', 'Idempotency-Key', 'If-Match', 'If-Modified-Since', 'If-None-Match', 'Last-Modified', 'Link', 'Location',
    'Origin', 'Prefer', 'Preference-Applied', 'RateLimit', 'RateLimit-Limit', 'RateLimit-Policy', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After',
    'Set-Cookie', 'Strict-Transport-Security', 'Sunset', 'traceparent', 'tracestate', 'User-Agent', 'Vary', 'WWW-Authenticate', 'X-Content-Type-Options',
    'X-Correlation-Id', 'X-Forwarded-For', 'X-Forwarded-Proto', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'X-Request-Id',
    // media types
    'application/json', 'application/problem+json', 'application/merge-patch+json', 'application/json-patch+json', 'application/x-www-form-urlencoded',
    'multipart/form-data', 'text/plain', 'text/csv', 'text/html', 'text/event-stream', 'application/octet-stream', 'application/pdf', 'application/xml',
    // PostgreSQL operations vocabulary (pg_* names are allowed by pattern)
    'information_schema', 'statement_timeout', 'lock_timeout', 'idle_in_transaction_session_timeout', 'max_connections', 'shared_buffers', 'work_mem',
    'maintenance_work_mem', 'search_path', 'wal_level', 'max_wal_size', 'autovacuum_vacuum_scale_factor', 'default_transaction_isolation', 'n_dead_tup',
    'n_live_tup', 'last_autovacuum', 'last_vacuum', 'seq_scan', 'idx_scan', 'wait_event', 'wait_event_type', 'query_start', 'xact_start', 'state_change',
    'backend_start', 'application_name', 'blocked_by', 'gen_random_uuid', 'uuid-ossp', 'uuid_generate_v4', 'ON_ERROR_STOP', 'now()', 'pgcrypto', 'pgbouncer',
    'pgbench', 'pgbadger', 'golang-migrate', 'schema_migrations', 'AccessExclusiveLock', 'ShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock',
    // tools and commands
    'kubectl', 'psql', 'helm', 'terraform', 'docker', 'docker-compose', 'redis-cli', 'curl', 'jq', 'aws', 'gcloud', 'k9s', 'k6', 'stern', 'kustomize',
    'gh', 'git', 'openssl', 'dig', 'nslookup', 'grpcurl', 'npx', 'npm', 'node', 'make', 'go', 'python3', 'pip', 'pytest', 'vitest',
    // Kubernetes kinds, fields and pod states
    'ConfigMap', 'StatefulSet', 'DaemonSet', 'CronJob', 'ReplicaSet', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'NetworkPolicy', 'ServiceAccount',
    'PersistentVolumeClaim', 'PersistentVolume', 'ClusterRole', 'ClusterRoleBinding', 'RoleBinding', 'ResourceQuota', 'LimitRange', 'ExternalSecret',
    'SealedSecret', 'ServiceMonitor', 'PrometheusRule', 'IngressClass', 'readinessProbe', 'livenessProbe', 'startupProbe', 'httpGet', 'initialDelaySeconds',
    'periodSeconds', 'failureThreshold', 'timeoutSeconds', 'maxSurge', 'maxUnavailable', 'minReplicas', 'maxReplicas', 'minAvailable',
    'terminationGracePeriodSeconds', 'imagePullPolicy', 'envFrom', 'secretKeyRef', 'configMapKeyRef', 'configMapRef', 'secretRef', 'valueFrom',
    'scaleTargetRef', 'targetCPUUtilizationPercentage', 'averageUtilization', 'podAntiAffinity', 'topologySpreadConstraints', 'preStop', 'postStart',
    'resources.requests', 'resources.limits', 'requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory', 'securityContext', 'runAsNonRoot',
    'runAsUser', 'readOnlyRootFilesystem', 'allowPrivilegeEscalation', 'serviceAccountName', 'nodeSelector', 'RollingUpdate', 'revisionHistoryLimit',
    'matchLabels', 'containerPort', 'targetPort', 'nodePort', 'ClusterIP', 'LoadBalancer', 'NodePort', 'CrashLoopBackOff', 'ImagePullBackOff',
    'ErrImagePull', 'OOMKilled', 'CreateContainerConfigError', 'ContainerCreating', 'Evicted', 'rollout-restart', 'kube-system',
    // Compose
    'depends_on', 'env_file', 'restart_policy', 'service_healthy', 'service_started', 'service_completed_successfully', 'unless-stopped', 'on-failure',
    'mem_limit', 'deploy.replicas', 'deploy.resources',
    // Terraform / AWS vocabulary (resource types `aws_*` are allowed by pattern)
    'prevent_destroy', 'create_before_destroy', 'ignore_changes', 'deletion_protection', 'multi_az', 'backup_retention_period', 'skip_final_snapshot',
    'final_snapshot_identifier', 'storage_encrypted', 'publicly_accessible', 'instance_class', 'allocated_storage', 'max_allocated_storage',
    'performance_insights_enabled', 'apply_immediately', 'auto_minor_version_upgrade', 'visibility_timeout_seconds', 'message_retention_seconds',
    'redrive_policy', 'maxReceiveCount', 'deadLetterTargetArn', 'block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets',
    'server_side_encryption_configuration', 'lifecycle_rule', 'num_cache_nodes', 'node_type', 'engine_version', 'snapshot_retention_limit',
    'automatic_failover_enabled', 'transit_encryption_enabled', 'at_rest_encryption_enabled', 'terraform.tfstate', 'tfstate', 'ApproximateAgeOfOldestMessage',
    'ApproximateNumberOfMessagesVisible', 'NumberOfMessagesSent', 'CPUUtilization', 'FreeStorageSpace', 'DatabaseConnections', 'ReplicaLag',
    // Protocols, formats, security vocabulary
    'mTLS', 'OAuth2', 'OAuth', 'OpenID', 'OpenAPI', 'OpenTelemetry', 'PostgreSQL', 'ElastiCache', 'HMAC-SHA256', 'SHA-256', 'sha256', 'UTF-8', 'base64',
    'ISO-8601', 'RFC-3339', 'RFC-7807', 'RFC-9457', 'UUIDv4', 'UUIDv7', 'uuid-v4', 'x-www-form-urlencoded', 'snake_case', 'camelCase', 'kebab-case',
    'e.g.', 'i.e.', 'Node.js', 'N+1', 'at-least-once', 'at-most-once', 'exactly-once', 'read-only', 'read-write', 'opt-in', 'opt-out', 'dead-letter',
    'fail-open', 'fail-closed', 'max-age', 'no-cache', 'no-store', 'p50', 'p90', 'p95', 'p99', 'p999', 'SIGTERM', 'SIGKILL', 'SIGINT', 'Stripe-Signature',
    // Plain words a kind word may make look like a claim ("the `Running` status", "a `GIN` index", "the `Basic` scheme")
    'Running', 'Pending', 'Succeeded', 'Failed', 'Unknown', 'Terminating', 'Completed', 'Ready', 'NotReady', 'healthy', 'unhealthy', 'starting', 'exited',
    'restarting', 'btree', 'gin', 'gist', 'brin', 'hash', 'spgist', 'unique', 'check', 'primary', 'foreign', 'exclusion', 'partial', 'composite', 'covering',
    'basic', 'digest', 'bearer', 'http', 'https', 'apiKey', 'oauth2', 'openIdConnect', 'mutualTLS', 'string', 'integer', 'boolean', 'number', 'object', 'array',
  ].map((t) => t.toLowerCase()),
);

/** Generic shapes that are never facts: PostgreSQL's own objects, provider resource types, versions … */
export const GENERIC_PATTERNS: readonly RegExp[] = [
  /^pg_[a-z0-9_]+(\(\))?$/i, // PostgreSQL reserves the pg_ prefix for its own catalogs and functions
  /^(information_schema|pg_catalog)\.[a-z_]+$/i,
  /^(aws|google|azurerm|kubernetes|helm|random|null|tls|cloudflare|datadog)_[a-z0-9_]+$/, // a provider resource type, not a resource
  /^v\d+(\.\d+)*$/, // a version
  /^[a-z]{2}(-gov)?-[a-z]+-\d$/, // an AWS region
  /^(db|cache)\.[a-z0-9]+\.[a-z0-9]+$/, // an AWS instance class
  /^[\w.-]*\.?(kubernetes|k8s)\.io\/[\w.-]+$/, // well-known Kubernetes labels and annotations
  /^(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?$/,
  /^[\w./-]*\.md(#[\w-]+)?$/, // a Markdown document (the docs link each other)
  /^origin\/[\w.-]+$/, // a git remote branch
  /^[45]xx$/i,
];

// ---------------------------------------------------------------- the index of facts

interface Hit {
  kind: MentionKind;
  id?: string;
}

const K8S_KIND_ALIASES: Record<string, string> = {
  deployment: 'deployment', deployments: 'deployment', deploy: 'deployment',
  service: 'service', services: 'service', svc: 'service',
  statefulset: 'statefulset', statefulsets: 'statefulset', sts: 'statefulset',
  daemonset: 'daemonset', daemonsets: 'daemonset', ds: 'daemonset',
  configmap: 'configmap', configmaps: 'configmap', cm: 'configmap',
  secret: 'secret', secrets: 'secret',
  ingress: 'ingress', ingresses: 'ingress', ing: 'ingress',
  horizontalpodautoscaler: 'horizontalpodautoscaler', horizontalpodautoscalers: 'horizontalpodautoscaler', hpa: 'horizontalpodautoscaler',
  namespace: 'namespace', namespaces: 'namespace', ns: 'namespace',
  cronjob: 'cronjob', cronjobs: 'cronjob', cj: 'cronjob',
  persistentvolumeclaim: 'persistentvolumeclaim', persistentvolumeclaims: 'persistentvolumeclaim', pvc: 'persistentvolumeclaim',
  serviceaccount: 'serviceaccount', serviceaccounts: 'serviceaccount', sa: 'serviceaccount',
  networkpolicy: 'networkpolicy', networkpolicies: 'networkpolicy', netpol: 'networkpolicy',
  poddisruptionbudget: 'poddisruptionbudget', poddisruptionbudgets: 'poddisruptionbudget', pdb: 'poddisruptionbudget',
  // Objects whose names are generated at run time: a reference to one is never checked.
  pod: 'pod', pods: 'pod', po: 'pod', replicaset: 'replicaset', replicasets: 'replicaset', rs: 'replicaset', job: 'job', jobs: 'job',
};
const EPHEMERAL_KINDS = new Set(['pod', 'replicaset', 'job']);
const FILE_EXTENSIONS = new Set(['md', 'yaml', 'yml', 'json', 'sql', 'ts', 'js', 'mjs', 'tf', 'txt', 'html', 'go', 'py', 'sh', 'toml', 'env', 'lock', 'csv', 'pdf']);

interface OpEntry {
  op: Operation;
  segs: string[];
}

interface KubeRef {
  kind: string;
  namespace: string;
  name: string;
  id: string;
}

class FactIndex {
  readonly ops: OpEntry[] = [];
  readonly basePaths: string[][] = [];
  readonly hosts = new Set<string>();
  readonly firstSegments = new Set<string>();
  readonly schemas = new Set<string>(['public']);
  readonly tables = new Map<string, Table>();
  readonly columns = new Map<string, string>();
  /** Component references (name, ids, `ns/name`, `type.name` …), lower-case → id. */
  readonly components = new Map<string, string>();
  readonly kube: KubeRef[] = [];
  readonly composeServices = new Map<string, string>();
  readonly namespaces = new Map<string, string | undefined>();
  readonly ports = new Set<number>();
  readonly tfTypes = new Set<string>();
  /** Image names without registry or tag (`redis`, `shop-orders`) → a component running it: "the `redis` container". */
  readonly images = new Map<string, string>();
  /** Migration file names: a rename's old name (`…_rename_customers_full_name.up.sql`) is only there. */
  readonly migrationNames: { base: string; id: string }[] = [];
  /** Every other name in the facts, lower-case → the fact it names. */
  readonly names = new Map<string, Hit>();

  constructor(facts: FactModel, extra: Iterable<string> = []) {
    const name = (n: string | undefined, hit: Hit) => {
      if (!n) return;
      const key = n.toLowerCase();
      if (!this.names.has(key)) this.names.set(key, hit);
    };
    for (const spec of facts.api.specs) {
      name(spec.file, { kind: 'name', id: spec.id });
      name(spec.title, { kind: 'name', id: spec.id });
      for (const server of spec.servers) {
        name(server, { kind: 'name', id: spec.id });
        const m = /^(?:[A-Za-z{}][\w+.{}-]*:\/\/([^/]*))?(\/[^?#]*)?/.exec(server);
        if (m?.[1]) {
          this.hosts.add(m[1].toLowerCase().replace(/:\d+$/, ''));
          name(m[1], { kind: 'name', id: spec.id });
        }
        const base = segments(m?.[2] ?? '');
        if (base.length > 0 && !this.basePaths.some((b) => b.join('/') === base.join('/'))) this.basePaths.push(base);
      }
    }
    for (const op of facts.api.operations) {
      const segs = segments(op.path).map(normaliseParam);
      this.ops.push({ op, segs });
      if (segs[0] && segs[0] !== '{}') this.firstSegments.add(segs[0]);
      name(op.operationId, { kind: 'name', id: op.id });
      for (const t of op.tags) name(t, { kind: 'name', id: op.id });
      for (const p of op.parameters) name(p.name, { kind: 'name', id: op.id });
      for (const r of op.responses) for (const c of r.contentTypes) name(c, { kind: 'name', id: op.id });
      for (const c of op.requestBody?.contentTypes ?? []) name(c, { kind: 'name', id: op.id });
    }
    for (const s of facts.api.securitySchemes) {
      name(s.name, { kind: 'name', id: s.id });
      name(s.type, { kind: 'name', id: s.id });
      if (s.detail) {
        name(s.detail, { kind: 'name', id: s.id });
        name(/^\w+:\s*(.+)$/.exec(s.detail)?.[1]?.trim(), { kind: 'name', id: s.id });
      }
    }
    for (const e of facts.schema.enums) {
      this.schemas.add(e.schema.toLowerCase());
      name(e.name, { kind: 'name', id: e.id });
      name(`${e.schema}.${e.name}`, { kind: 'name', id: e.id });
      for (const v of e.values) {
        name(v, { kind: 'name', id: e.id });
        name(`${e.name}.${v}`, { kind: 'name', id: e.id });
      }
    }
    for (const t of facts.schema.tables) {
      this.schemas.add(t.schema.toLowerCase());
      this.tables.set(`${t.schema}.${t.name}`.toLowerCase(), t);
      if (!this.tables.has(t.name.toLowerCase())) this.tables.set(t.name.toLowerCase(), t);
      for (const c of t.columns) {
        if (!this.columns.has(c.name.toLowerCase())) this.columns.set(c.name.toLowerCase(), c.id);
      }
    }
    for (const f of facts.schema.foreignKeys) name(f.name, { kind: 'name', id: f.id });
    for (const i of facts.schema.indexes) {
      name(i.name, { kind: 'name', id: i.id });
      name(i.id.replace(/^index:/, ''), { kind: 'name', id: i.id });
    }
    for (const m of facts.schema.migrations) {
      name(m.file, { kind: 'name', id: m.id });
      this.migrationNames.push({ base: (m.file.split('/').pop() ?? m.file).toLowerCase(), id: m.id });
    }
    for (const input of facts.inputs) {
      const parts = input.file.split('/');
      for (let i = 1; i <= parts.length; i++) name(parts.slice(0, i).join('/'), { kind: 'name' });
      name(parts[parts.length - 1], { kind: 'name' });
    }
    for (const c of facts.infra.components) this.addComponent(c);
    for (const e of facts.infra.edges) {
      // An edge may point at an object that is not itself a component (a Secret read by `secretRef`).
      for (const id of [e.from, e.to]) if (!this.componentIdKnown(id)) this.addComponentId(id);
      if (e.via) name(e.via.replace(/\/$/, ''), { kind: 'name', id: e.from });
    }
    for (const x of extra) name(x, { kind: 'name' });
  }

  private componentIdKnown(id: string): boolean {
    return this.components.has(id.toLowerCase());
  }

  private addComponent(c: Component): void {
    const ref = (r: string) => {
      const key = r.toLowerCase();
      if (!this.components.has(key)) this.components.set(key, c.id);
    };
    ref(c.id);
    ref(c.name);
    if (c.platform === 'compose') {
      ref(`compose/${c.name}`);
      this.composeServices.set(c.name.toLowerCase(), c.id);
    } else if (c.platform === 'kubernetes') {
      const ns = c.namespace ?? 'default';
      this.kube.push({ kind: c.kind.toLowerCase(), namespace: ns.toLowerCase(), name: c.name.toLowerCase(), id: c.id });
      ref(`${ns}/${c.name}`);
      ref(`${c.kind}/${c.name}`);
      ref(`${c.kind}/${ns}/${c.name}`);
      if (c.kind === 'Service') {
        for (const suffix of ['', '.svc', '.svc.cluster.local']) ref(`${c.name}.${ns}${suffix}`);
      }
      if (c.kind === 'Namespace') this.namespaces.set(c.name.toLowerCase(), c.id);
      else if (!this.namespaces.has(ns.toLowerCase())) this.namespaces.set(ns.toLowerCase(), undefined);
    } else if (c.platform === 'terraform') {
      ref(`${c.kind}.${c.name}`);
      this.tfTypes.add(c.kind.toLowerCase());
    }
    for (const p of c.ports) this.ports.add(p);
    const hit: Hit = { kind: 'name', id: c.id };
    const put = (n: string | undefined) => {
      if (n && !this.names.has(n.toLowerCase())) this.names.set(n.toLowerCase(), hit);
    };
    put(c.kind);
    put(c.namespace);
    if (c.image) {
      put(c.image);
      put(c.image.replace(/[:@][^/:@]+$/, '')); // without the tag or digest
      put(c.image.split('/').pop());
      const tag = /:([\w.-]+)$/.exec(c.image)?.[1];
      put(tag); // `latest`, `1.4.2`: "the `latest` tag"
      const base = c.image.replace(/[:@][^/:@]+$/, '').split('/').pop()!.toLowerCase();
      if (!this.images.has(base)) this.images.set(base, c.id);
    }
    for (const env of c.env) {
      put(env);
      put(/^\w+:(.+)$/.exec(env)?.[1]); // `configMapRef:shop-config` → `shop-config`
    }
  }

  /** `k8s:Kind/ns/name` of an edge end with no component of its own. */
  private addComponentId(id: string): void {
    const m = /^k8s:([^/]+)\/([^/]+)\/([^/]+)$/.exec(id);
    if (!m) return;
    const [, kind, ns, name] = m as unknown as [string, string, string, string];
    this.kube.push({ kind: kind.toLowerCase(), namespace: ns.toLowerCase(), name: name.toLowerCase(), id });
    for (const r of [id, `${ns}/${name}`, `${kind}/${name}`, `${kind}/${ns}/${name}`]) if (!this.components.has(r.toLowerCase())) this.components.set(r.toLowerCase(), id);
  }

  table(ref: string): Table | undefined {
    return this.tables.get(unquote(ref).toLowerCase());
  }

  column(table: Table, col: string): string | undefined {
    return table.columns.find((c) => c.name.toLowerCase() === unquote(col).toLowerCase())?.id;
  }

  /** A component by any of its reference forms; undefined when the text is not one. */
  component(ref: string): Hit | undefined {
    const key = ref.toLowerCase();
    const direct = this.components.get(key) ?? this.components.get(key.replace(/:\d+$/, ''));
    if (direct) return { kind: 'component', id: direct };
    const tf = /^([a-z][a-z0-9]*_[a-z0-9_]+)\.([a-z_][\w-]*)(\.[\w.[\]*-]+)?$/.exec(key);
    if (tf && this.components.has(`${tf[1]}.${tf[2]}`)) return { kind: 'component', id: this.components.get(`${tf[1]}.${tf[2]}`) };
    return undefined;
  }

  /**
   * A kubectl-style `kind/name` (or `kind/namespace/name`) reference: `undefined` when the text is
   * not one, `null` for kinds with generated names (pods …), else whether it exists.
   */
  kindRef(text: string): { known: boolean; id?: string } | null | undefined {
    const m = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/(?:([a-z0-9][a-z0-9.-]*)\/)?([a-z0-9][a-z0-9._-]*)$/i.exec(text);
    if (!m) return undefined;
    const kindWord = m[1]!.toLowerCase();
    if (kindWord === 'compose') {
      const id = this.composeServices.get(m[3]!.toLowerCase());
      return m[2] ? undefined : { known: id !== undefined, ...(id ? { id } : {}) };
    }
    const kind = K8S_KIND_ALIASES[kindWord];
    if (!kind) return undefined;
    if (EPHEMERAL_KINDS.has(kind)) return null;
    return this.kube8s(kind, m[3]!, m[2]);
  }

  /** A Kubernetes object of that (canonical, lower-case) kind; for `service`, a Compose service also counts. */
  kube8s(kind: string, name: string, namespace?: string): { known: boolean; id?: string } {
    const n = name.toLowerCase();
    if (kind === 'namespace') return this.namespace(n);
    const hit = this.kube.find((k) => k.kind === kind && k.name === n && (namespace === undefined || k.namespace === namespace.toLowerCase()));
    if (hit) return { known: true, id: hit.id };
    if (kind === 'service' && namespace === undefined && this.composeServices.has(n)) return { known: true, id: this.composeServices.get(n) };
    return { known: false };
  }

  namespace(name: string): { known: boolean; id?: string } {
    const n = name.toLowerCase();
    if (!this.namespaces.has(n)) return { known: false };
    const id = this.namespaces.get(n);
    return { known: true, ...(id ? { id } : {}) };
  }

  name(text: string): Hit | undefined {
    const key = text.toLowerCase();
    return this.names.get(key) ?? this.names.get(key.replace(/\/+$/, ''));
  }

  /** A snake_case name spelled out, between `_`/`.` boundaries, in a migration's file name. */
  inMigrationName(text: string): Hit | undefined {
    const key = text.toLowerCase();
    if (!/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(key)) return undefined;
    const re = new RegExp(`(^|_)${escapeRe(key)}(_|\\.|$)`);
    const m = this.migrationNames.find((x) => re.test(x.base));
    return m ? { kind: 'name', id: m.id } : undefined;
  }
}

// ---------------------------------------------------------------- paths

function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

/** Path-parameter segments of any spelling become `{}`; a template inside a segment too. */
function normaliseParam(seg: string): string {
  if (/^:[A-Za-z_]\w*$/.test(seg) || /^<[^>]+>$/.test(seg) || /^\$\{?\w+\}?$/.test(seg)) return '{}';
  return seg.replace(/\{[^}]*\}/g, '{}');
}

/** A concrete value standing where the spec has a parameter: a number, a UUID/hex id, or anything with a digit. */
function isValueSegment(seg: string): boolean {
  return /\d/.test(seg) && !/^v\d+$/.test(seg);
}

function segmentMatches(spec: string, seg: string): boolean {
  if (spec === seg) return true;
  if (spec === '{}') return seg === '{}' || isValueSegment(seg);
  if (spec.includes('{}')) {
    const re = new RegExp(`^${spec.split('{}').map(escapeRe).join('[^/]+')}$`);
    return re.test(seg);
  }
  return false;
}

/** The operation a `METHOD path` (method undefined: any) mention names, or undefined. */
function matchEndpoint(index: FactIndex, method: string | undefined, rawPath: string): Operation | undefined {
  let path = rawPath.replace(/[?#].*$/s, '');
  let prefix = false;
  const wild = /(?:\/\*+|\*+|\.\.\.|…)$/.exec(path);
  if (wild) {
    prefix = true;
    path = path.slice(0, wild.index);
  }
  const segs = segments(path).map(normaliseParam);
  const candidates = [segs];
  for (const base of index.basePaths) {
    if (base.length <= segs.length && base.every((b, i) => b === segs[i])) candidates.push(segs.slice(base.length));
  }
  for (const cand of candidates) {
    for (const { op, segs: specSegs } of index.ops) {
      if (method !== undefined && op.method !== method) continue;
      if (prefix ? specSegs.length < cand.length : specSegs.length !== cand.length) continue;
      if (cand.every((s, i) => segmentMatches(specSegs[i]!, s))) return op;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- extraction

const METHODS = 'GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE|QUERY';
const ENDPOINT_RE = new RegExp(`\\b(${METHODS})\\s+((?:https?:\\/\\/[^\\s/\`'"<>]+)?\\/[^\\s\`'"\\[\\]()|,;]*)`, 'g');
const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_.:/-]*$/;
const SEPARATOR_RE = /^\s*(?:,\s*(?:and|or)\s+|,|and|or|&|\/)\s*$/;

const TABLE_WORDS = String.raw`tables?|views?|materiali[sz]ed\s+views?`;
const COLUMN_WORDS = String.raw`columns?`;
const COMPONENT_WORDS = String.raw`services?|deployments?|containers?|pods?|workloads?|queues?|buckets?|clusters?|instances?|cronjobs?|statefulsets?|daemonsets?|ingress(?:es)?|configmaps?|config\s+maps?|namespaces?|autoscalers?|hpas?|topics?|components?|subnet\s+groups?`;
const NAME_WORDS = String.raw`status(?:es)?|headers?|(?:query\s+|path\s+|header\s+)?param(?:eter)?s?|tags?|operations?|operationIds?|index(?:es)?|indices|constraints?|(?:security\s+)?schemes?|(?:env(?:ironment)?\s+)?variables?|env\s+vars?|enums?|enum\s+values?`;
const PHRASE_AFTER = new RegExp(String.raw`^\s*(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|(${COMPONENT_WORDS})|(${NAME_WORDS}))\b`, 'i');
const PHRASE_BEFORE = new RegExp(String.raw`\b(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|(${COMPONENT_WORDS})|(${NAME_WORDS})):?\s+$`, 'i');
/** Last parts of a hyphenated plain-text name that make "foo-api service" a component claim. */
const SERVICE_SUFFIXES = new Set(['api', 'svc', 'service', 'worker', 'web', 'app', 'db', 'server', 'gateway', 'proxy', 'cache', 'queue', 'consumer', 'producer', 'job', 'cron', 'frontend', 'backend', 'ui', 'admin', 'scheduler', 'broker']);

type Phrase = 'table' | 'column' | 'component' | 'name';

function phraseOf(m: RegExpExecArray | null): Phrase | undefined {
  if (!m) return undefined;
  return m[1] ? 'table' : m[2] ? 'column' : m[3] ? 'component' : m[4] ? 'name' : undefined;
}

const SQL_LANGS = new Set(['sql', 'psql', 'postgres', 'postgresql', 'pgsql', 'plpgsql']);
const SHELL_LANGS = new Set(['', 'sh', 'bash', 'shell', 'console', 'zsh', 'shell-session', 'text', 'txt', 'terminal', 'ps', 'powershell']);
const SQL_VERB_RE = /\b(SELECT|INSERT|UPDATE|DELETE|ALTER|TRUNCATE|VACUUM|ANALYZE|REINDEX|LOCK|EXPLAIN|CREATE|DROP|REFRESH|COPY|WITH)\b|\bpsql\b|\\d/;
const SQL_KEYWORDS = new Set(
  'select only lateral if not exists concurrently skip nowait of set values where default on using as table with join from recursive unnest generate_series verbose full freeze analyze and or in is null true false'.split(
    ' ',
  ),
);
/** Words that make a following FROM not a relation: `IS DISTINCT FROM x`, `EXTRACT(EPOCH FROM x)`, `trim(BOTH FROM x)`. */
const NOT_RELATION_BEFORE_FROM = new Set('distinct epoch year month day hour minute second week dow doy isodow quarter century millennium decade microseconds milliseconds timezone both leading trailing'.split(' '));

class Collector {
  readonly mentions: Mention[] = [];
  constructor(
    readonly index: FactIndex,
    readonly markdown: string,
  ) {}

  add(kind: MentionKind, text: string, line: number, result: { known: boolean; id?: string } | Hit | undefined, end: number | undefined): void {
    const known = result !== undefined && ('known' in result ? result.known : true);
    const id = result?.id;
    const m: Mention = { kind, text, line, known };
    if (known && id) m.factId = id;
    if (end !== undefined) m.end = end;
    this.mentions.push(m);
  }
}

export function checkGrounding(markdown: string, facts: FactModel, opts: GroundingOptions = {}): GroundingResult {
  const index = new FactIndex(facts, opts.extraKnown);
  const out = new Collector(index, markdown);
  const tree = parseMarkdown(markdown);
  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'code':
        codeBlock(out, node);
        return;
      case 'html':
      case 'definition':
        return;
      case 'paragraph':
        // The note `markUnknownMentions` adds after a code block repeats the block's mentions.
        if (node.children[0]?.type === 'text' && node.children[0].value.startsWith(UNKNOWN_CODE_NOTE)) return;
        phrasing(out, node);
        return;
      case 'heading':
      case 'tableCell':
        phrasing(out, node);
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  const mentions = out.mentions.sort((a, b) => a.line - b.line || (a.end ?? 0) - (b.end ?? 0));
  const unknown = mentions.filter((m) => !m.known);
  return { mentions, unknown, ratio: mentions.length === 0 ? 1 : (mentions.length - unknown.length) / mentions.length };
}

// ---------------------------------------------------------------- prose and inline code

type Token = { type: 'text'; node: Text } | { type: 'code'; node: InlineCode } | { type: 'break' };

function flatten(node: Nodes, into: Token[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    if (child.type === 'text') into.push({ type: 'text', node: child });
    else if (child.type === 'inlineCode') into.push({ type: 'code', node: child });
    else if ('children' in child && child.type !== 'footnoteDefinition') flatten(child, into);
    else into.push({ type: 'break' });
  }
}

function phrasing(out: Collector, container: Nodes): void {
  const tokens: Token[] = [];
  flatten(container, tokens);
  for (const t of tokens) if (t.type === 'text') prose(out, t.node);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.type !== 'code') continue;
    // A run: `a`, `b` and `c` — codes joined only by list separators share the kind word around them.
    const run: InlineCode[] = [(tokens[i] as { node: InlineCode }).node];
    let j = i;
    while (tokens[j + 1]?.type === 'text' && SEPARATOR_RE.test((tokens[j + 1] as { node: Text }).node.value) && tokens[j + 2]?.type === 'code') {
      run.push((tokens[j + 2] as { node: InlineCode }).node);
      j += 2;
    }
    const before = tokens[i - 1]?.type === 'text' ? (tokens[i - 1] as { node: Text }).node.value : '';
    const after = tokens[j + 1]?.type === 'text' ? (tokens[j + 1] as { node: Text }).node.value : '';
    // "`x` table" is a firm claim; "table `x`" less so ("the orders table `status` column"): a name
    // known as another kind is then taken as that kind.
    const firm = phraseOf(PHRASE_AFTER.exec(after));
    const phrase = firm ?? phraseOf(PHRASE_BEFORE.exec(before));
    for (const code of run) inlineCode(out, code, phrase, firm === undefined);
    i = j;
  }
}

function lineAt(node: Nodes, value: string, index: number): number {
  const start = node.position?.start.line ?? 1;
  let n = 0;
  for (let k = 0; k < index; k++) if (value.charCodeAt(k) === 10) n++;
  return start + n;
}

/** Where `text` ends in the source of `node` (searching from `from`), else the node's end. */
function sourceEnd(out: Collector, node: Nodes, text: string, from = 0): number | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const at = out.markdown.slice(s, e).indexOf(text, from);
  return at >= 0 ? s + at + text.length : e;
}

/** Plain text: endpoints, and names made claims by a kind word right after them. */
function prose(out: Collector, node: Text): void {
  const { index } = out;
  const value = node.value;
  for (const m of value.matchAll(ENDPOINT_RE)) {
    const ep = endpointText(m[1]!, m[2]!);
    if (!ep) continue;
    const op = matchEndpoint(index, m[1]!, ep.path);
    const text = `${m[1]} ${ep.path}`;
    out.add('endpoint', text, lineAt(node, value, m.index), { known: op !== undefined, ...(op ? { id: op.id } : {}) }, sourceEnd(out, node, text, m.index));
  }
  const covered: [number, number][] = [];
  for (const m of value.matchAll(PLAIN_PHRASE)) {
    const word = m[1]!;
    if (isGeneric(word)) continue;
    const line = lineAt(node, value, m.index);
    const end = sourceEnd(out, node, word, m.index);
    const count = out.mentions.length;
    if (m[2]) {
      const known = /-/.test(word) ? undefined : index.table(word);
      if (known || (/[_.]/.test(word) && !/-/.test(word))) out.add('table', word, line, known ? { kind: 'table', id: known.id } : undefined, end);
    } else if (m[3]) {
      if (/-/.test(word)) continue;
      const d = dotted(index, word);
      const hit = d.kind === 'column' ? d : columnAnywhere(index, word);
      if (hit.known || /[_.]/.test(word)) out.add('column', word, line, hit, end);
    } else {
      const hit = index.component(word);
      const last = word.toLowerCase().split(/[-_]/).pop()!;
      const looksLikeName = /_/.test(word) || (/-/.test(word) && SERVICE_SUFFIXES.has(last));
      if (hit || looksLikeName) out.add('component', word, line, hit, end);
    }
    if (out.mentions.length > count) covered.push([m.index, m.index + word.length]);
  }
  // `public.x` written without backticks.
  for (const m of value.matchAll(PLAIN_QUALIFIED)) {
    if (!index.schemas.has(m[1]!.toLowerCase())) continue;
    if (covered.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
    const hit = dotted(index, m[0]);
    if (hit.kind) out.add(hit.kind, m[0], lineAt(node, value, m.index), hit, sourceEnd(out, node, m[0], m.index));
  }
}

const PLAIN_PHRASE = new RegExp(String.raw`(?<![\w./-])([A-Za-z_][\w-]*(?:\.[A-Za-z_]\w*){0,2})\s+(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|(services?|deployments?|containers?|workers?|queues?|buckets?|pods?))\b`, 'gi');
const PLAIN_QUALIFIED = /(?<![\w./-])([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?(?![\w/-])/g;

/** The path of a `METHOD path` match, trailing punctuation dropped; undefined when it is not a path. */
function endpointText(_method: string, raw: string): { path: string } | undefined {
  let path = raw;
  if (!/(\.\.\.|…)$/.test(path)) path = path.replace(/[.:!?'"]+$/, '');
  const url = /^https?:\/\/[^/]+(\/.*)?$/.exec(path);
  if (url) return { path: url[1] ?? '/' };
  return path.startsWith('/') ? { path } : undefined;
}

interface Classified {
  kind?: MentionKind;
  known: boolean;
  id?: string;
}

function columnAnywhere(index: FactIndex, name: string): Classified {
  const id = index.columns.get(unquote(name).toLowerCase());
  return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
}

/**
 * `schema.table`, `table.column`, `schema.table.column` (and `schema.enum`, `schema.index`):
 * `kind` undefined when the first part is neither a schema nor a table.
 */
function dotted(index: FactIndex, text: string): Classified {
  const parts = text.split('.');
  const [a, b, c] = parts.map((p) => unquote(p).toLowerCase());
  if (parts.length === 2 && index.schemas.has(a!)) {
    const t = index.table(`${a}.${b}`);
    if (t) return { kind: 'table', known: true, id: t.id };
    const other = index.name(`${a}.${b}`);
    if (other) return { kind: 'name', known: true, ...(other.id ? { id: other.id } : {}) };
    return { kind: 'table', known: false };
  }
  if (parts.length === 2 && index.table(a!) && !FILE_EXTENSIONS.has(b!)) {
    const id = index.column(index.table(a!)!, b!);
    return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
  }
  if (parts.length === 3 && index.schemas.has(a!)) {
    const t = index.table(`${a}.${b}`);
    const id = t ? index.column(t, c!) : undefined;
    return { kind: 'column', known: id !== undefined, ...(id ? { id } : {}) };
  }
  return { known: false };
}

function inlineCode(out: Collector, node: InlineCode, phrase: Phrase | undefined, weak = false): void {
  const { index } = out;
  const value = node.value.trim();
  const line = node.position?.start.line ?? 1;
  const end = node.position?.end.offset;
  if (value === '') return;

  // `METHOD /path`
  const ep = new RegExp(`^(${METHODS})\\s+(\\S+)$`).exec(value);
  if (ep) {
    const path = endpointText(ep[1]!, ep[2]!)?.path;
    if (path) {
      const op = matchEndpoint(index, ep[1]!, path);
      out.add('endpoint', `${ep[1]} ${path}`, line, { known: op !== undefined, ...(op ? { id: op.id } : {}) }, end);
      return;
    }
  }
  // A bare API path.
  if (/^\/\S*$/.test(value)) {
    if (isApiPath(index, value)) {
      const op = matchEndpoint(index, undefined, value);
      out.add('endpoint', value, line, { known: op !== undefined, ...(op ? { id: op.id } : {}) }, end);
    }
    return;
  }
  // `table(col, col)`
  const cols = /^([A-Za-z_][\w.]*)\(([\w\s,"]+)\)$/.exec(value);
  if (cols) {
    const t = index.table(cols[1]!.replace(/^(\w+)\.(?=\w+\.)/, ''));
    if (t) {
      for (const c of cols[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
        const id = index.column(t, c);
        out.add('column', `${cols[1]}.${c}`, line, { known: id !== undefined, ...(id ? { id } : {}) }, end);
      }
    } else if (phrase === 'table') out.add('table', cols[1]!, line, undefined, end);
    return;
  }
  // Several words: a command or SQL. Only the typed patterns of code blocks.
  if (/\s/.test(value)) {
    const header = /^([A-Za-z][\w-]*):\s/.exec(value);
    if (header && /-/.test(header[1]!)) {
      out.add('name', header[1]!, line, nameHit(index, header[1]!), end);
      return;
    }
    codeText(out, value, { sql: 'shell', line: () => line, end });
    return;
  }
  // `$VAR`, `${VAR}`, `${VAR:-default}`
  const variable = /^\$\{?([A-Za-z_]\w*)(?::?[-=?+][^}]*)?\}?$/.exec(value);
  if (variable) {
    out.add('name', variable[1]!, line, nameHit(index, variable[1]!), end);
    return;
  }
  // A media type.
  if (/^(application|text|multipart|image|audio|video|font)\/[\w.+-]+$/i.test(value)) {
    const hit = index.name(value);
    if (hit) out.add('name', value, line, hit, end);
    else if (!isGeneric(value)) out.add('name', value, line, undefined, end);
    return;
  }
  if (!IDENT_RE.test(value) || /^\d/.test(value)) return;

  // With a kind word, the kind decides.
  if (phrase) {
    let c = classifyAs(index, phrase, value);
    if (c && !c.known && weak) {
      const other = classify(index, value);
      if (other?.known) c = other;
    }
    if (c) {
      out.add(c.kind!, value, line, c, end);
      return;
    }
  }
  const c = classify(index, value);
  if (c) out.add(c.kind!, value, line, c, end);
}

/** Check a name as the kind a kind word says it is; undefined when generic (allowlisted). */
function classifyAs(index: FactIndex, phrase: Phrase, value: string): Classified | undefined {
  switch (phrase) {
    case 'table': {
      const d = dotted(index, value);
      if (d.kind === 'table' || d.kind === 'column') return d;
      const t = index.table(value);
      if (t) return { kind: 'table', known: true, id: t.id };
      if (isGeneric(value)) return undefined;
      return { kind: 'table', known: false };
    }
    case 'column': {
      const d = dotted(index, value);
      if (d.kind === 'column') return d;
      const any = columnAnywhere(index, value);
      if (any.known || !isGeneric(value)) return any;
      return undefined;
    }
    case 'component': {
      const hit = index.component(value) ?? (index.images.has(value.toLowerCase()) ? { kind: 'component' as const, id: index.images.get(value.toLowerCase()) } : undefined);
      if (hit) return { kind: 'component', known: true, ...(hit.id ? { id: hit.id } : {}) };
      const ref = index.kindRef(value);
      if (ref === null) return undefined;
      if (ref) return { kind: 'component', ...ref };
      const ns = index.namespace(value);
      if (ns.known) return { kind: 'component', ...ns };
      if (isGeneric(value)) return undefined;
      return { kind: 'component', known: false };
    }
    case 'name': {
      const hit = index.name(value) ?? nameHit(index, value);
      if (hit) return { kind: 'name', known: true, ...(hit.id ? { id: hit.id } : {}) };
      if (isGeneric(value)) return undefined;
      return { kind: 'name', known: false };
    }
  }
}

/** A single identifier-like span with no kind word. Undefined: not a mention. */
function classify(index: FactIndex, value: string): Classified | undefined {
  const d = dotted(index, value);
  if (d.known) return d;
  const comp = index.component(value);
  if (comp) return { kind: 'component', known: true, ...(comp.id ? { id: comp.id } : {}) };
  const hit = nameHit(index, value);
  if (hit) return { kind: hit.kind, known: true, ...(hit.id ? { id: hit.id } : {}) };
  if (isGeneric(value)) return undefined;
  if (d.kind) return d;
  const ref = index.kindRef(value);
  if (ref === null) return undefined;
  if (ref) return { kind: 'component', ...ref };
  if (/^[a-z][a-z0-9]*_[a-z0-9_]+\.[a-z_][\w-]*(\.[\w.-]+)?$/.test(value) && index.tfTypes.has(value.split('.')[0]!)) return { kind: 'component', known: false };
  if (!hasIdentifierSignal(value)) return undefined;
  return { kind: 'name', known: false };
}

/** Any fact named `value`: a table, a column, a component, then every other name. */
function nameHit(index: FactIndex, value: string): Hit | undefined {
  const t = index.table(value);
  if (t) return { kind: 'table', id: t.id };
  const col = index.columns.get(unquote(value).toLowerCase());
  if (col) return { kind: 'column', id: col };
  const comp = index.component(value);
  if (comp) return comp;
  return index.name(value) ?? index.inMigrationName(value);
}

function isGeneric(value: string): boolean {
  return GENERIC_TERMS.has(value.toLowerCase()) || GENERIC_PATTERNS.some((p) => p.test(value));
}

/** `_ - . : /`, a digit, or camelCase: it reads as a name, not as an English word or a keyword. */
function hasIdentifierSignal(value: string): boolean {
  return /[_\-.:/0-9]/.test(value) || /[a-z][A-Z]/.test(value);
}

function isApiPath(index: FactIndex, path: string): boolean {
  const segs = segments(path.replace(/[?#].*$/s, ''));
  if (segs.some((s) => normaliseParam(s).includes('{}'))) return true;
  if (segs[0] && index.firstSegments.has(segs[0])) return true;
  return index.basePaths.some((b) => b.length < segs.length && b.every((x, i) => x === segs[i]));
}

// ---------------------------------------------------------------- code

function codeBlock(out: Collector, node: Code): void {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return;
  const fenced = /^[`~]{3}/.test(out.markdown.slice(start.offset, start.offset + 3));
  const first = start.line + (fenced ? 1 : 0);
  const lang = (node.lang ?? '').toLowerCase();
  const value = node.value;
  const lineOf = (i: number) => {
    let n = 0;
    for (let k = 0; k < i; k++) if (value.charCodeAt(k) === 10) n++;
    return first + n;
  };
  const sql = SQL_LANGS.has(lang) ? 'sql' : SHELL_LANGS.has(lang) ? 'shell' : 'none';
  codeText(out, value, { sql, line: lineOf, end: node.position?.end.offset, commands: sql !== 'none' });
}

interface CodeContext {
  /** `sql`: the whole text is SQL; `shell`: SQL only in lines that look like it; `none`: no SQL. */
  sql: 'sql' | 'shell' | 'none';
  line: (index: number) => number;
  end: number | undefined;
  /** Look for kubectl / docker compose / terraform / curl commands (default true). */
  commands?: boolean;
}

function codeText(out: Collector, text: string, ctx: CodeContext): void {
  const { index } = out;
  const endpoint = (method: string, path: string, at: number) => {
    const op = matchEndpoint(index, method, path);
    out.add('endpoint', `${method} ${path}`, ctx.line(at), { known: op !== undefined, ...(op ? { id: op.id } : {}) }, ctx.end);
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (ctx.commands !== false && /\bcurl\b/.test(line)) {
      for (const e of curlEndpoints(index, line)) endpoint(e.method, e.path, at);
    } else {
      for (const m of line.matchAll(ENDPOINT_RE)) {
        const ep = endpointText(m[1]!, m[2]!);
        if (ep) endpoint(m[1]!, ep.path, at + m.index);
      }
    }
    if (ctx.commands === false) continue;
    if (/\bkubectl\b/.test(line)) {
      for (const r of kubectlRefs(line)) {
        const res = r.kind === 'namespace' ? index.namespace(r.name) : index.kube8s(r.kind, r.name);
        out.add('component', r.text, ctx.line(at + r.index), res, ctx.end);
      }
    }
    if (/\bdocker(?:-compose|\s+compose)\b/.test(line)) {
      for (const r of composeServices(line)) {
        const id = index.composeServices.get(r.name.toLowerCase());
        out.add('component', r.name, ctx.line(at + r.index), { known: id !== undefined, ...(id ? { id } : {}) }, ctx.end);
      }
    }
    if (/\bterraform\b/.test(line)) {
      for (const m of line.matchAll(/(?:-target=["']?|\bstate\s+(?:show|rm|mv|list)\s+["']?)((?:module\.[\w-]+\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[\w-]+)/g)) {
        const hit = index.component(m[1]!.replace(/^module\.[\w-]+\./, ''));
        out.add('component', m[1]!, ctx.line(at + m.index), hit, ctx.end);
      }
    }
  }
  // In shell, `#` comment lines are prose: blank them (keeping offsets).
  const sqlText = ctx.sql === 'shell' ? text.replace(/^[ \t]*#.*$/gm, (s) => ' '.repeat(s.length)) : text;
  if (ctx.sql === 'sql' || (ctx.sql === 'shell' && SQL_VERB_RE.test(sqlText))) {
    for (const r of sqlRelations(sqlText, ctx.sql === 'sql')) {
      const t = index.table(r.name);
      out.add('table', r.name, ctx.line(r.index), t ? { kind: 'table', id: t.id } : undefined, ctx.end);
    }
  }
}

/** Shell-ish tokens with their offsets (quotes stripped from the token, not from the offset). */
function tokens(line: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of line.matchAll(/"[^"]*"|'[^']*'|[^\s"']+/g)) out.push({ text: m[0].replace(/^["']|["']$/g, ''), index: m.index });
  return out;
}

const KUBECTL_VALUE_FLAGS = new Set(['-n', '--namespace', '-l', '--selector', '-c', '--container', '-o', '--output', '--context', '--kubeconfig', '--cluster', '--user', '-f', '--filename', '--tail', '--since', '--to-revision', '-p', '--patch', '--type', '--replicas', '--timeout', '-L', '--field-selector', '--sort-by']);

/** Objects a kubectl command line names: `kind/name`, `<verb> <kind> <name…>`, `-n <namespace>`. */
function kubectlRefs(line: string): { kind: string; name: string; text: string; index: number }[] {
  const refs: { kind: string; name: string; text: string; index: number }[] = [];
  const start = line.search(/\bkubectl\b/);
  const toks = tokens(line.slice(start)).slice(1).map((t) => ({ ...t, index: t.index + start }));
  let verbSeen = false;
  let kind: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^(\||&&|;|>|\|\||\$\(|`)/.test(t.text)) break;
    const flag = /^(--?[\w-]+)(=(.*))?$/.exec(t.text);
    if (flag) {
      const value = flag[3] ?? (KUBECTL_VALUE_FLAGS.has(flag[1]!) ? toks[++i]?.text : undefined);
      if ((flag[1] === '-n' || flag[1] === '--namespace') && value && /^[a-z0-9][a-z0-9-]*$/.test(value)) {
        refs.push({ kind: 'namespace', name: value, text: value, index: flag[3] !== undefined ? t.index : toks[i]!.index });
      }
      continue;
    }
    const slash = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/([a-z0-9][a-z0-9._-]*)$/.exec(t.text);
    if (slash) {
      const k = K8S_KIND_ALIASES[slash[1]!.toLowerCase()];
      if (k && !EPHEMERAL_KINDS.has(k)) refs.push({ kind: k, name: slash[2]!, text: t.text, index: t.index });
      continue;
    }
    if (!verbSeen) {
      verbSeen = true;
      if (['rollout', 'set', 'config', 'create', 'auth'].includes(t.text) && toks[i + 1] && !toks[i + 1]!.text.startsWith('-')) i++;
      continue;
    }
    const k = K8S_KIND_ALIASES[t.text.toLowerCase()];
    if (kind === undefined && k) {
      kind = k;
      continue;
    }
    if (kind && !EPHEMERAL_KINDS.has(kind) && /^[a-z0-9][a-z0-9._-]*$/.test(t.text)) refs.push({ kind, name: t.text, text: `${t.text}`, index: t.index });
    else if (!kind) break; // `logs <pod>`, `exec <pod> -- …`: a pod name or a command follows
  }
  return refs;
}

const COMPOSE_GLOBAL_VALUE_FLAGS = new Set(['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory', '--ansi', '--parallel']);
const COMPOSE_VALUE_FLAGS = new Set(['--tail', '-u', '--user', '-w', '--workdir', '-e', '--env', '--index', '-t', '--timeout', '--since', '--until', '--scale', '--entrypoint', '--name', '-v', '--volume', '-p', '--publish', '-s', '--signal', '-l', '--label']);
const COMPOSE_SERVICE_VERBS = new Set(['logs', 'restart', 'up', 'stop', 'start', 'ps', 'exec', 'run', 'rm', 'pull', 'kill', 'top', 'pause', 'unpause', 'create', 'build', 'events', 'port', 'attach', 'wait', 'watch', 'images', 'cp']);

/** Service names a `docker compose <verb> …` line names. */
function composeServices(line: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  const m = /\bdocker(?:-compose|\s+compose)\b/.exec(line)!;
  const toks = tokens(line.slice(m.index + m[0].length)).map((t) => ({ ...t, index: t.index + m.index + m[0].length }));
  let verb: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^(\||&&|;|>|\|\|)/.test(t.text)) break;
    if (t.text.startsWith('-')) {
      if (!t.text.includes('=') && (verb ? COMPOSE_VALUE_FLAGS : COMPOSE_GLOBAL_VALUE_FLAGS).has(t.text)) i++;
      continue;
    }
    if (!verb) {
      verb = t.text;
      if (!COMPOSE_SERVICE_VERBS.has(verb)) break;
      continue;
    }
    if (/^[a-zA-Z0-9][\w.-]*$/.test(t.text) && !/^\d+$/.test(t.text)) found.push({ name: t.text, index: t.index });
    if (verb === 'exec' || verb === 'run' || verb === 'port' || verb === 'cp') break; // a command follows
  }
  return found;
}

/** Endpoints a curl line calls on this API (its server hosts, localhost or a component on a known port, or `$VAR/…`). */
function curlEndpoints(index: FactIndex, line: string): { method: string; path: string }[] {
  const explicit = new RegExp(`(?:-X|--request)\\s*["']?(${METHODS})\\b`).exec(line)?.[1];
  const method = explicit ?? (/(?:^|\s)(?:-I|--head)\b/.test(line) ? 'HEAD' : /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)\b/.test(line) ? 'POST' : 'GET');
  const found: { method: string; path: string }[] = [];
  for (const t of tokens(line)) {
    const url = /^(?:https?:\/\/)?([A-Za-z0-9.-]+)(?::(\d+))?(\/[^\s?#]*)?/.exec(t.text);
    const viaVar = /^\$\{?\w+\}?(\/[^\s?#]*)/.exec(t.text);
    let path: string | undefined;
    if (viaVar) path = viaVar[1];
    else if (url && url[3] && /^https?:\/\/|^[A-Za-z0-9.-]+(:\d+)?\//.test(t.text)) {
      const host = url[1]!.toLowerCase();
      const port = url[2] ? Number(url[2]) : undefined;
      const local = ['localhost', '127.0.0.1', '0.0.0.0'].includes(host) || index.composeServices.has(host) || index.components.has(host);
      if (index.hosts.has(host) || (local && (port === undefined || index.ports.has(port)))) path = url[3];
    }
    if (path) found.push({ method, path: path.replace(/[.,;:)]+$/, '') });
  }
  return found;
}

/** Relations a SQL text reads or writes, with offsets; `caseInsensitive` for SQL blocks, UPPERCASE keywords elsewhere. */
function sqlRelations(text: string, caseInsensitive: boolean): { name: string; index: number }[] {
  let sql = text;
  if (caseInsensitive) {
    // Blank out string literals and comments, keeping offsets.
    sql = sql.replace(/'(?:[^']|'')*'|--[^\n]*|\/\*[\s\S]*?\*\//g, (s) => s.replace(/[^\n]/g, ' '));
  }
  const flags = caseInsensitive ? 'gi' : 'g';
  const ident = String.raw`"?[A-Za-z_][\w$]*"?(?:\s*\.\s*"?[A-Za-z_][\w$]*"?)?`;
  const local = new Set<string>();
  for (const m of sql.matchAll(new RegExp(String.raw`\bWITH\s+(?:RECURSIVE\s+)?(${ident})\s+AS\b|,\s*(${ident})\s+AS\s*(?:NOT\s+)?(?:MATERIALIZED\s+)?\(`, flags))) local.add(unquote(m[1] ?? m[2]!).toLowerCase());
  for (const m of sql.matchAll(new RegExp(String.raw`\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED|GLOBAL|LOCAL)\s+)*(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(${ident})`, flags))) {
    local.add(unquote(m[1]!).toLowerCase().replace(/\s/g, ''));
  }
  const found: { name: string; index: number }[] = [];
  const re = new RegExp(
    String.raw`(\\d[t+]*\s+|\b(?:FROM|JOIN|UPDATE|INTO|TABLE|VIEW|COPY|\\copy|VACUUM|ANALYZE)\b(?:\s+(?:ONLY|LATERAL|CONCURRENTLY|FULL|FREEZE|VERBOSE|ANALYZE|IF\s+(?:NOT\s+)?EXISTS))*\s+)(${ident})(\s*\()?`,
    flags,
  );
  for (const m of sql.matchAll(re)) {
    const keyword = m[1]!.trim().split(/\s+/)[0]!.toUpperCase();
    const raw = m[2]!;
    const name = unquote(raw).replace(/\s/g, '');
    const lower = name.toLowerCase();
    if (m[3] && keyword !== 'INTO' && keyword !== 'COPY') continue; // a function: `FROM generate_series(`
    if (SQL_KEYWORDS.has(lower) || local.has(lower)) continue;
    if (/^(pg_|information_schema\.|pg_catalog\.)/.test(lower)) continue;
    const before = sql.slice(Math.max(0, m.index - 40), m.index);
    const prev = /([\w']+)\s*$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (keyword === 'FROM' && (NOT_RELATION_BEFORE_FROM.has(prev) || prev.endsWith("'"))) continue;
    if (keyword === 'UPDATE' && ['for', 'key', 'do', 'on', 'before', 'after', 'of', 'or'].includes(prev)) continue;
    if ((keyword === 'TABLE' || keyword === 'VIEW') && /\bCREATE\b[^;]*$/i.test(before) && local.has(lower)) continue;
    if (keyword === 'TABLE' && /\bRETURNS\s*$/i.test(before)) continue;
    if (/^\d/.test(name)) continue;
    found.push({ name, index: m.index + m[1]!.length });
  }
  return found;
}

// ---------------------------------------------------------------- marking

/**
 * For `grounding: warn`: the markdown with `UNKNOWN_MARKER` after each unknown mention (after the
 * closing backtick of an inline code span), and, for mentions inside a code block, a note paragraph
 * after the block listing them (code is never edited). Everything else is kept byte for byte.
 */
export function markUnknownMentions(markdown: string, unknown: Mention[]): string {
  if (unknown.length === 0) return markdown;
  const tree = parseMarkdown(markdown);
  const codes: Code[] = [];
  const inlines: (InlineCode | Text)[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'code') codes.push(node);
    else if (node.type === 'inlineCode' || node.type === 'text') inlines.push(node);
    if ('children' in node) for (const c of node.children) collect(c as Nodes);
  };
  collect(tree);

  const marks = new Set<number>();
  const notes = new Map<Code, string[]>();
  for (const m of unknown) {
    const end = m.end ?? locate(markdown, m, codes, inlines);
    if (end === undefined) continue;
    const code = codes.find((c) => c.position && c.position.start.offset! < end && end <= c.position.end.offset!);
    if (code) {
      const list = notes.get(code) ?? [];
      if (!list.includes(m.text)) list.push(m.text);
      notes.set(code, list);
    } else if (!markdown.startsWith(UNKNOWN_MARKER, end)) {
      marks.add(end);
    }
  }
  const edits: { at: number; text: string }[] = [...marks].map((at) => ({ at, text: UNKNOWN_MARKER }));
  for (const [code, names] of notes) {
    const at = code.position!.end.offset!;
    const lineStart = markdown.lastIndexOf('\n', code.position!.start.offset! - 1) + 1;
    const prefix = markdown.slice(lineStart, code.position!.start.offset!).replace(/[-*+]|\d+[.)]/g, (s) => ' '.repeat(s.length));
    const note = `${UNKNOWN_CODE_NOTE} ${names.map(codeSpan).join(', ')}.`;
    if (markdown.startsWith(`\n${prefix.trimEnd()}\n${prefix}${UNKNOWN_CODE_NOTE}`, at) || markdown.startsWith(`\n\n${prefix}${UNKNOWN_CODE_NOTE}`, at)) continue;
    edits.push({ at, text: `\n${prefix.trimEnd()}\n${prefix}${note}` });
  }
  let result = markdown;
  for (const e of edits.sort((a, b) => b.at - a.at)) result = result.slice(0, e.at) + e.text + result.slice(e.at);
  return result;
}

/** The end offset of a mention made without one: an inline code span or text on its line holding it. */
function locate(markdown: string, m: Mention, codes: Code[], inlines: (InlineCode | Text)[]): number | undefined {
  for (const n of inlines) {
    if (n.position?.start.line !== m.line || !n.value.includes(m.text)) continue;
    if (n.type === 'inlineCode') return n.position.end.offset;
    const s = n.position.start.offset!;
    const at = markdown.slice(s, n.position.end.offset).indexOf(m.text);
    return at >= 0 ? s + at + m.text.length : n.position.end.offset;
  }
  const code = codes.find((c) => c.position && c.position.start.line <= m.line && m.line <= c.position.end.line);
  return code?.position?.end.offset;
}


// ---------------------------------------------------------------- helpers

function unquote(s: string): string {
  return s.replace(/"/g, '').trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
