// The system context view (C4 level 1): who uses the system and which external systems it
// depends on, the system itself as one box. Clients are drawn only when the sources show a way in
// (an API contract or a gateway); externals come from the system model (hosts named in config).

import { type FactModel, protocolOf, type SystemComponent } from '../../facts/model.js';
import type { FlowEdge, FlowNode, Flowchart } from './flowchart.js';
import { MAX_DIAGRAM_NODES } from './view-limits.js';
import { technologyPurpose } from '../../system/external-hosts.js';

export function contextView(facts: FactModel): Flowchart | undefined {
  const { system, api } = facts;
  if (system.components.length === 0 && api.specs.length === 0) return undefined;
  const internal = system.components.filter((c) => c.role !== 'external');
  const externals = system.components.filter((c) => c.role === 'external');
  const services = internal.filter((c) => c.role === 'service' || c.role === 'job').length;
  const data = internal.filter((c) => ['datastore', 'cache', 'queue', 'bucket'].includes(c.role)).length;
  const nodes: FlowNode[] = [
    {
      key: 'system',
      label: `The system: ${plural(services, 'service')}, ${plural(data, 'data component')}`,
      shape: 'system',
    },
  ];
  const edges: FlowEdge[] = [];
  const gateways = internal.filter((c) => c.role === 'gateway');
  if (api.specs.length > 0 || gateways.length > 0) {
    nodes.unshift({ key: 'clients', label: 'API clients', shape: 'person' });
    const hosts = [...new Set(gateways.flatMap((g) => g.hosts))].sort();
    const how = api.operations.length > 0 ? operationsByProtocol(api.operations) : 'HTTP';
    edges.push({
      from: 'clients',
      to: 'system',
      label: hosts.length ? `${how} via ${hosts.slice(0, 2).join(', ')}` : how,
    });
  }
  // Many integrations: one node per purpose (payments, email …) keeps the view a view.
  if (externals.length > MAX_DIAGRAM_NODES - 2) {
    const byPurpose = new Map<string, SystemComponent[]>();
    for (const e of externals) {
      const purpose = technologyPurpose(e.technology) ?? 'other external systems';
      byPurpose.set(purpose, [...(byPurpose.get(purpose) ?? []), e]);
    }
    for (const [purpose, list] of [...byPurpose.entries()].sort()) {
      nodes.push({ key: `purpose:${purpose}`, label: `${purpose} (${list.length} hosts)`, shape: 'external' });
      edges.push({ from: 'system', to: `purpose:${purpose}` });
    }
  } else {
    for (const e of externals) {
      const purpose = technologyPurpose(e.technology);
      nodes.push({ key: e.id, label: purpose ? `${e.name} (${purpose})` : e.name, shape: 'external' });
      edges.push({ from: 'system', to: e.id, label: e.technology ?? 'https' });
    }
  }
  return { direction: 'LR', nodes, edges };
}

const PROTOCOL_WORD: Record<string, string> = { http: 'HTTP', grpc: 'gRPC', graphql: 'GraphQL', async: 'event' };

/** `12 HTTP operations, 16 gRPC operations`: what a client may call, by how it calls it. */
function operationsByProtocol(operations: FactModel['api']['operations']): string {
  const counts = new Map<string, number>();
  for (const o of operations) counts.set(protocolOf(o), (counts.get(protocolOf(o)) ?? 0) + 1);
  if (counts.size === 1 && counts.has('http')) return plural(operations.length, 'operation');
  return Object.keys(PROTOCOL_WORD)
    .filter((p) => counts.has(p))
    .map((p) => plural(counts.get(p)!, `${PROTOCOL_WORD[p]} operation`))
    .join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
