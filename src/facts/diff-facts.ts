import { apiChanges } from './api-changes/api-changes.js';
import { operationKey } from './api-changes/operation-matching.js';
import type { ApiChange, Component, FactModel } from './model.js';

/** One fact that appeared, disappeared or changed between two runs. */
export interface FactChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
}

export interface FactsDiff {
  changes: FactChange[];
  /** The API changes that break clients (`error`) or may break some (`warning`), with oasdiff's ids for OpenAPI. */
  breaking: ApiChange[];
}

/**
 * What changed between the facts of the previous run and this one, by stable id. Operations are
 * matched ignoring path-parameter names (`/orders/{id}` = `/orders/{orderId}`), as oasdiff does.
 */
export function diffFacts(before: FactModel, after: FactModel): FactsDiff {
  const changes: FactChange[] = [];
  const compare = <T extends { id: string }>(a: T[], b: T[], key: (x: T) => string = (x) => x.id) => {
    const old = new Map(a.map((x) => [key(x), x]));
    const now = new Map(b.map((x) => [key(x), x]));
    for (const [k, x] of now) {
      const prev = old.get(k);
      if (!prev) changes.push({ id: x.id, change: 'added' });
      else if (JSON.stringify(withoutSource(prev)) !== JSON.stringify(withoutSource(x)))
        changes.push({ id: x.id, change: 'changed' });
    }
    for (const [k, x] of old) if (!now.has(k)) changes.push({ id: x.id, change: 'removed' });
  };
  compare(before.api.operations, after.api.operations, (o) => `${o.spec} ${operationKey(o)}`);
  compare(before.api.securitySchemes, after.api.securitySchemes);
  compare(before.schema.tables, after.schema.tables);
  compare(before.schema.foreignKeys, after.schema.foreignKeys);
  compare(before.schema.indexes, after.schema.indexes);
  compare(before.schema.enums, after.schema.enums);
  compare(before.infra.components, after.infra.components);
  const breaking = apiChanges(before.api, after.api, { before: before.inputs, after: after.inputs }).filter(
    (c) => c.level !== 'info',
  );
  return { changes, breaking };
}

/** Line numbers move with every edit above a fact; they are not a change of the fact. */
function withoutSource<T>(x: T): T {
  const { source: _source, ...rest } = x as T & { source?: unknown };
  return rest as T;
}

// ---------------------------------------------------------------- architecturally significant changes

export interface SignificantChange {
  kind: 'new-service' | 'new-datastore' | 'new-integration' | 'breaking-api-change';
  /** A short title for the ADR. */
  title: string;
  /** The fact ids the change is about. */
  factIds: string[];
  detail: string[];
}

const DATASTORE_IMAGE = new RegExp(
  String.raw`(^|\/)(postgres|postgis|mysql|mariadb|redis|valkey|mongo|cassandra|` +
    'scylla|kafka|rabbitmq|nats|elasticsearch|opensearch|memcached|clickhouse|' +
    'cockroach|minio)([:@]|$)',
  'i',
);
const DATASTORE_RESOURCE = new RegExp(
  '^(aws_(db_instance|rds_cluster|elasticache_|dynamodb_table|s3_bucket$|' +
    'sqs_queue|sns_topic|msk_cluster|docdb_cluster|opensearch_domain|kinesis_stream)|' +
    'google_(sql_database_instance|storage_bucket|pubsub_topic|redis_instance|' +
    'bigtable_instance|spanner_instance)|azurerm_(postgresql|mysql|mssql|' +
    'cosmosdb|redis_cache|storage_account|servicebus))',
);
/** Env var names that point at a third-party service. */
const INTEGRATION_ENV = new RegExp(
  '(STRIPE|PAYPAL|ADYEN|BRAINTREE|SENDGRID|MAILGUN|POSTMARK|TWILIO|SLACK|' +
    'SEGMENT|MIXPANEL|SENTRY|DATADOG|AUTH0|OKTA|OPENAI|ANTHROPIC|ALGOLIA|' +
    'SHOPIFY|GITHUB)_|_WEBHOOK_',
  'i',
);

/**
 * Changes worth an architecture decision record: a new deployable service, a new datastore, a new
 * third-party integration, or a breaking API change. Deterministic, from the two fact models.
 */
export function significantChanges(
  before: FactModel,
  after: FactModel,
  diff: FactsDiff = diffFacts(before, after),
): SignificantChange[] {
  const out: SignificantChange[] = [];
  const added = new Set(diff.changes.filter((c) => c.change === 'added').map((c) => c.id));
  const newComponents = after.infra.components.filter((c) => added.has(c.id));
  const oldServiceNames = new Set(before.infra.components.filter((c) => c.deployable).map((c) => c.name));
  const isStore = (c: Component) =>
    (c.image !== undefined && DATASTORE_IMAGE.test(c.image)) ||
    (c.platform === 'terraform' && DATASTORE_RESOURCE.test(c.kind));
  for (const c of newComponents) {
    if (isStore(c))
      out.push({
        kind: 'new-datastore',
        title: `Add ${c.name} (${c.image ?? c.kind})`,
        factIds: [c.id],
        detail: [`new ${c.platform} ${c.kind} \`${c.name}\`${c.image ? ` running \`${c.image}\`` : ''}`],
      });
    else if (c.deployable && !oldServiceNames.has(c.name))
      out.push({
        kind: 'new-service',
        title: `Introduce the ${c.name} service`,
        factIds: [c.id],
        detail: [`new deployable ${c.platform} ${c.kind} \`${c.name}\``],
      });
  }
  const oldEnv = new Set(before.infra.components.flatMap((c) => c.env));
  const newIntegrations = after.infra.components.flatMap((c) =>
    c.env.filter((e) => INTEGRATION_ENV.test(e) && !oldEnv.has(e)).map((e) => ({ c, e })),
  );
  if (newIntegrations.length > 0) {
    out.push({
      kind: 'new-integration',
      title: `Integrate ${[...new Set(newIntegrations.map(({ e }) => e.split('_')[0]!.toLowerCase()))].join(', ')}`,
      factIds: [...new Set(newIntegrations.map(({ c }) => c.id))],
      detail: newIntegrations.map(({ c, e }) => `\`${c.name}\` is now given \`${e}\``),
    });
  }
  // Only what breaks clients calls for a decision record; a warning goes to the review, not an ADR.
  const breaking = diff.breaking.filter((c) => c.level === 'error');
  if (breaking.length > 0) {
    out.push({
      kind: 'breaking-api-change',
      title: 'Breaking API change',
      factIds: [...new Set(breaking.map((c) => c.id))],
      detail: breaking.map((c) => `${c.rule}: ${c.message}`),
    });
  }
  return out;
}
