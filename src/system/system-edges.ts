// The connections between logical components, each with the raw facts that show it.
//
// Three sources, in order of strength:
// - raw edges the configuration states, lifted to the components their ends belong to (a
//   workload's env var names a Kubernetes Service → the workload that Service selects);
// - hosts literal env values name that are no component here: external integrations;
// - the env-name convention: a service given `DATABASE_URL` from a Secret (no host in the sources)
//   uses the database when the system has exactly one of that kind; with none or several the
//   sources do not say, and `unknowns` records it.

import type { Component, Edge, FactModel, SystemComponent, SystemEdge } from '../facts/model.js';
import { isDataRole, isRunningRole } from './component-roles.js';
import { isExternalHost, knownHost } from './external-hosts.js';
import { compareText, slugify } from './names.js';

/** Env var names that say which kind of backend a service talks to. */
const ENV_FAMILIES: Array<[RegExp, string, (c: SystemComponent) => boolean]> = [
  [
    new RegExp(
      `^(${[
        'DATABASE_URL|DATABASE_URI|DB_URL|DB_HOST|DB_DSN|DATABASE_HOST|DATABASE_DSN|JDBC_URL|(SPRING_)?DATASOURCE_URL',
        'POSTGRES_(URL|HOST|DSN)|PG_?HOST|PGHOST|MYSQL_(URL|HOST)',
      ].join('|')})$`,
    ),
    'SQL database',
    (c) => c.role === 'datastore' && /^(postgres|mysql|sqlserver|oracle|cockroachdb)$/.test(c.technology ?? ''),
  ],
  [/^(MONGO(DB)?_(URL|URI|HOST))$/, 'MongoDB', (c) => c.technology === 'mongodb'],
  [/^(REDIS_(URL|URI|HOST|ADDR|ADDRESS)|CACHE_URL)$/, 'Redis', (c) => c.technology === 'redis'],
  [/^(AMQP_URL|RABBITMQ_(URL|HOST))$/, 'RabbitMQ', (c) => c.technology === 'rabbitmq'],
  [/^(KAFKA_(BROKERS|BOOTSTRAP_SERVERS|URL|HOST))$/, 'Kafka', (c) => c.technology === 'kafka'],
  [/(^|_)(SQS_QUEUE_URL|QUEUE_URL)$/, 'queue', (c) => c.role === 'queue'],
  [/(^|_)(S3_BUCKET|BUCKET|BUCKET_NAME)$/, 'bucket', (c) => c.role === 'bucket'],
];

export interface EdgeInputs {
  facts: FactModel;
  components: SystemComponent[];
  /** Raw id → logical ids it belongs to (one for a primary; a shared ConfigMap may have several). */
  owners: Map<string, string[]>;
  unknowns: string[];
}

export function systemEdges(input: EdgeInputs): { edges: SystemEdge[]; externals: SystemComponent[] } {
  const { facts, components, owners, unknowns } = input;
  const byId = new Map(components.map((c) => [c.id, c]));
  const edges = new Map<string, SystemEdge>();
  const add = (edge: SystemEdge) => {
    if (edge.from === edge.to) return;
    const key = `${edge.from}\u0000${edge.to}`;
    const seen = edges.get(key);
    if (!seen) {
      edges.set(key, { ...edge, evidence: [...new Set(edge.evidence)].sort() });
      return;
    }
    if (!seen.via.split(', ').includes(edge.via)) seen.via = `${seen.via}, ${edge.via}`;
    if (!seen.protocol && edge.protocol) seen.protocol = edge.protocol;
    seen.evidence = [...new Set([...seen.evidence, ...edge.evidence])].sort();
  };

  const rawById = new Map(facts.infra.components.map((c) => [c.id, c]));
  for (const e of facts.infra.edges) {
    const from = single(owners.get(e.from));
    const to = single(owners.get(e.to));
    if (!from || !to || from === to) continue;
    // Folding edges (a Service selecting its pods, a HPA scaling its Deployment) stay inside one component.
    if (e.kind === 'selects') continue;
    const target = rawById.get(e.to);
    add({ from, to, via: edgeVia(e), ...protocolOf(rawById.get(e.from), target, e), evidence: [e.from, e.to] });
  }

  // Hosts named in env values: other components on other platforms, or external systems.
  const externals = new Map<string, SystemComponent>();
  const namespaces = new Set(facts.infra.components.map((c) => c.namespace).filter((n): n is string => !!n));
  const namesToIds = new Map<string, string>();
  // A host names what serves traffic under that name: a workload (through its Service), never the
  // gateway or virtual service that happens to share the name. Logical names first, then raw ones.
  const gatewayIds = new Set(components.filter((c) => c.role === 'gateway').map((c) => c.id));
  for (const c of components) if (!gatewayIds.has(c.id)) namesToIds.set(slugify(c.name), c.id);
  for (const raw of facts.infra.components) {
    const owner = single(owners.get(raw.id)) ?? '';
    if (!namesToIds.has(slugify(raw.name)) && !gatewayIds.has(owner)) namesToIds.set(slugify(raw.name), owner);
  }
  for (const raw of facts.infra.components) {
    const from = single(owners.get(raw.id));
    if (!from) continue;
    for (const h of raw.hosts ?? []) {
      const [first, second, ...rest] = h.host.split('.');
      const internal = namesToIds.get(slugify(first!));
      // `svc`, `svc.ns` (a namespace the manifests use), or a name that cannot be public.
      const namespaced = second !== undefined && rest.length === 0 && namespaces.has(second);
      const isCluster =
        internal !== undefined && internal !== '' && (!h.host.includes('.') || namespaced || !isExternalHost(h.host));
      if (isCluster) {
        add({ from, to: internal, via: `env ${h.variable}`, ...hostProtocol(h), evidence: [raw.id] });
        continue;
      }
      if (!isExternalHost(h.host)) continue;
      const id = `system:external/${h.host}`;
      let external = externals.get(id);
      if (!external) {
        const known = knownHost(h.host);
        external = {
          id,
          name: h.host,
          role: 'external',
          runsAs: [],
          supporting: [],
          provides: [],
          hosts: [h.host],
          evidence: [],
        };
        if (known) external.technology = known.technology;
        externals.set(id, external);
      }
      external.evidence.push({ facts: [raw.id], rule: `\`${h.variable}\` of \`${raw.name}\` names ${h.host}` });
      add({ from, to: id, via: `env ${h.variable}`, ...hostProtocol(h), evidence: [raw.id] });
    }
  }

  // The env-name convention, for connections whose host lives in a Secret.
  for (const c of components) {
    if (!isRunningRole(c.role)) continue;
    const envNames = new Set(c.runsAs.flatMap((id) => rawById.get(id)?.env ?? []));
    for (const [pattern, family, isFamily] of ENV_FAMILIES) {
      const variables = [...envNames].filter((n) => pattern.test(n)).sort();
      if (variables.length === 0) continue;
      const already = [...edges.values()].some((e) => e.from === c.id && isFamily(byId.get(e.to) ?? externalOf(e.to)));
      if (already) continue;
      let targets = components.filter((t) => t.id !== c.id && isDataRole(t.role) && isFamily(t));
      // `ORDER_EVENTS_QUEUE_URL` among `order_events` and `order_events_dlq`: the one it spells.
      if (targets.length > 1) {
        const spelled = targets.filter((t) => variables.some((v) => namedIn(v, t.name)));
        const exact = spelled.filter((t) => variables.some((v) => namedIn(v, t.name, true)));
        if (exact.length === 1) targets = exact;
        else if (spelled.length === 1) targets = spelled;
      }
      if (targets.length === 1) {
        add({
          from: c.id,
          to: targets[0]!.id,
          via: `env ${variables[0]} (by name)`,
          evidence: c.runsAs.filter((id) => (rawById.get(id)?.env ?? []).some((n) => pattern.test(n))),
        });
      } else {
        unknowns.push(
          `\`${c.name}\` is given \`${variables[0]}\` but the sources do not show which ${family} it names` +
            (targets.length > 1
              ? ` (${targets.length} candidates: ${targets.map((t) => `\`${t.name}\``).join(', ')})`
              : ' (none is defined here)') +
            '.',
        );
      }
    }
  }
  function externalOf(id: string): SystemComponent {
    return (
      externals.get(id) ?? {
        id,
        name: id,
        role: 'external',
        runsAs: [],
        supporting: [],
        provides: [],
        hosts: [],
        evidence: [],
      }
    );
  }

  const list = [...edges.values()].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to));
  return { edges: list, externals: [...externals.values()].sort((a, b) => compareText(a.id, b.id)) };
}

/**
 * Whether a variable name spells a component's name: `ORDER_EVENTS_QUEUE_URL` spells `order-events`;
 * `exact` also wants the name followed by the variable's kind word, not by more name.
 */
function namedIn(variable: string, name: string, exact = false): boolean {
  const words = variable.toLowerCase().split('_');
  const nameWords = name
    .toLowerCase()
    .split(/[-_.\s]+/)
    .filter((w) => w !== '');
  for (let i = 0; i + nameWords.length <= words.length; i++) {
    if (!nameWords.every((w, j) => words[i + j] === w)) continue;
    const next = words[i + nameWords.length];
    if (!exact || next === undefined || /^(url|uri|arn|name|host|addr|queue|topic|bucket|dsn)$/.test(next)) return true;
  }
  return false;
}

function single(ids: string[] | undefined): string | undefined {
  return ids && ids.length === 1 ? ids[0] : undefined;
}

function edgeVia(e: Edge): string {
  switch (e.kind) {
    case 'depends_on':
      return 'depends_on';
    case 'env':
      return e.via ? `env ${e.via}` : 'env';
    case 'reference':
      if (e.from.startsWith('tf:')) return e.via ? `terraform ${e.via}` : 'terraform reference';
      return e.via && /[/*]/.test(e.via) ? `route ${e.via}` : e.via ? `reference ${e.via}` : 'reference';
    default:
      return e.kind;
  }
}

function protocolOf(from: Component | undefined, to: Component | undefined, e: Edge): { protocol?: string } {
  if (e.kind === 'env' && from && e.via) {
    const host = from.hosts?.find((h) => h.variable === e.via);
    if (host) return hostProtocol(host);
  }
  if (to && to.ports.length === 1 && e.kind !== 'depends_on') return { protocol: `port ${to.ports[0]}` };
  return {};
}

function hostProtocol(h: { scheme?: string; port?: number }): { protocol?: string } {
  if (h.scheme && h.port) return { protocol: `${h.scheme}:${h.port}` };
  if (h.scheme) return { protocol: h.scheme };
  if (h.port) return { protocol: `port ${h.port}` };
  return {};
}
