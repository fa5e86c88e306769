import { type FactModel, type Finding, protocolOf, type SourceLocation } from './model.js';

// Risks visible in the fact model itself (schema shape, API contract, deployment settings), in
// the spirit of tbls' lint, Spectral and kube-score. Migration statement rules live with the
// replay (src/sources/migrations/migration-rules.ts), where each statement's AST is at hand.

/**
 * The rules computed here, with what to do about a finding of each (plain text: the docs print it
 * in table cells). They are about the design as
 * it is now, so a finding of any of them is a current risk, whichever migration a table came from
 * (the triage, findings-triage.ts, tells them from migration-statement rules by this list).
 */
export const FACT_RULES = {
  'table-without-primary-key': 'Add a primary key: a surrogate id, or the columns that are unique together.',
  'prefer-timestamptz': 'Use timestamp with time zone (timestamptz) and store instants in UTC.',
  'foreign-key-without-index': 'Index the foreign key columns (CREATE INDEX CONCURRENTLY on a live table).',
  'relations-without-constraints':
    'Add the foreign keys to the database, or make every writer go through the client that keeps them.',
  'operation-without-security': "Require one of the API's security schemes on the operation.",
  'operation-without-4xx': 'Document the error responses: the 4xx statuses, or a default error body.',
  'missing-operation-id': 'Give the operation a unique, stable operationId.',
  'k8s-image-not-pinned': 'Deploy a fixed version tag, or better an image digest (@sha256:…).',
  'k8s-single-replica': 'Run two or more replicas, or add a HorizontalPodAutoscaler with a minimum of two.',
} as const satisfies Record<string, string>;

export type FactRule = keyof typeof FACT_RULES;

export function isFactRule(rule: string): rule is FactRule {
  return Object.hasOwn(FACT_RULES, rule);
}

export function factFindings(facts: FactModel): Finding[] {
  const out: Finding[] = [];
  const add = (
    rule: FactRule,
    severity: Finding['severity'],
    message: string,
    factIds: string[],
    source: SourceLocation | undefined,
  ) => {
    if (!source) return;
    out.push({ id: `finding:${rule}@${source.file}:${source.line}`, rule, severity, message, factIds, source });
  };

  for (const t of facts.schema.tables) {
    if (t.kind !== 'table') continue;
    if (t.primaryKey.length === 0)
      add(
        'table-without-primary-key',
        'medium',
        `${t.schema}.${t.name} has no primary key: ` +
          `rows cannot be addressed reliably and logical replication cannot update them`,
        [t.id],
        t.source,
      );
    for (const c of t.columns) {
      if (c.type === 'timestamp without time zone')
        add(
          'prefer-timestamptz',
          'low',
          `${t.name}.${c.name} is timestamp without time zone: values are ambiguous across time zones`,
          [c.id],
          t.source,
        );
    }
  }
  for (const fk of facts.schema.foreignKeys) {
    const indexed = facts.schema.indexes.some(
      (i) => i.table === fk.table && fk.columns.every((col, n) => i.columns[n] === col),
    );
    const table = facts.schema.tables.find((t) => t.id === fk.table);
    if (!indexed)
      add(
        'foreign-key-without-index',
        'medium',
        `${fk.name}: no index starts with (${fk.columns.join(', ')}), ` +
          `so deletes on the parent and joins scan ${table?.name ?? fk.table}`,
        [fk.id, fk.table],
        table?.source,
      );
  }

  // One finding per setting that turned the constraints off, not one per relation.
  const keptAt = new Map<string, { client: string; source: SourceLocation; ids: string[] }>();
  for (const fk of facts.schema.foreignKeys) {
    if (!fk.keptBy) continue;
    const at = `${fk.keptBy.source.file}:${fk.keptBy.source.line}`;
    const seen = keptAt.get(at) ?? { ...fk.keptBy, ids: [] };
    seen.ids.push(fk.id);
    keptAt.set(at, seen);
  }
  for (const kept of keptAt.values())
    add(
      'relations-without-constraints',
      'low',
      `${kept.ids.length} relation${kept.ids.length === 1 ? ' has' : 's have'} no foreign key in the ` +
        `database: ${kept.client} keeps ${kept.ids.length === 1 ? 'it' : 'them'}, so a write by any other ` +
        'client (a script, another service, a SQL console) can leave rows pointing at nothing',
      kept.ids,
      kept.source,
    );

  const specsWithSchemes = new Set(facts.api.securitySchemes.map((s) => s.spec));
  // These are OpenAPI's conventions: an rpc has no 4xx, a GraphQL field no operationId, an
  // AsyncAPI channel no HTTP security; their contracts say such things differently or not at all.
  for (const op of facts.api.operations.filter((o) => protocolOf(o) === 'http')) {
    const isPublic = op.security.length === 0 || op.security.some((alt) => alt.length === 0);
    if (isPublic && specsWithSchemes.has(op.spec) && !['GET', 'HEAD', 'OPTIONS'].includes(op.method)) {
      add(
        'operation-without-security',
        'high',
        `${op.method} ${op.path} changes state and requires no credentials, though the API declares security schemes`,
        [op.id],
        op.source,
      );
    }
    if (!op.responses.some((r) => /^4/.test(r.status) || r.status === 'default'))
      add(
        'operation-without-4xx',
        'low',
        `${op.method} ${op.path} documents no 4xx response: clients cannot tell how errors look`,
        [op.id],
        op.source,
      );
    if (!op.operationId)
      add(
        'missing-operation-id',
        'low',
        `${op.method} ${op.path} has no operationId: generated clients get unstable method names`,
        [op.id],
        op.source,
      );
  }

  const scaled = new Set(
    facts.infra.edges.filter((e) => e.from.startsWith('k8s:HorizontalPodAutoscaler/')).map((e) => e.to),
  );
  for (const c of facts.infra.components) {
    if (c.platform !== 'kubernetes' || !c.deployable) continue;
    if (c.image && (!/:[^/]+$/.test(c.image) || c.image.endsWith(':latest')) && !c.image.includes('@sha256:')) {
      add(
        'k8s-image-not-pinned',
        'medium',
        `${c.kind} ${c.name} runs ${c.image}: a moving tag makes rollbacks and incidents unreproducible`,
        [c.id],
        c.source,
      );
    }
    // `replicas: 0` is a workload parked on purpose (scaled up by hand or by an operator), not one pod.
    if (c.kind === 'Deployment' && (c.replicas ?? 1) === 1 && !scaled.has(c.id))
      add(
        'k8s-single-replica',
        'medium',
        `Deployment ${c.name} runs one replica and no autoscaler: every rollout or node loss is an outage`,
        [c.id],
        c.source,
      );
  }
  return out;
}
