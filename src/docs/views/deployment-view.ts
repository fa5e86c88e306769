// The deployment view (C4 deployment): where each component runs, one diagram per platform —
// Kubernetes by namespace, Compose by file, cloud resources from Terraform. Only what runs or holds
// data is drawn (workloads, ingresses, Compose services, managed databases …); the supporting
// objects folded into each are counted on its node and listed in the tables.

import type { Component, FactModel, SystemComponent } from '../../facts/model.js';
import type { FlowEdge, FlowGroup, FlowNode, Flowchart, NodeShape } from './flowchart.js';
import { type DiagramPart, MAX_DIAGRAM_NODES } from './view-limits.js';

/** How the source kind that read a component names it (its title, and a component's short name). */
export interface PlatformNames {
  platformTitle: (platform: string) => string;
  nodeName: (c: Component) => string;
}

export function deploymentViews(facts: FactModel, names: PlatformNames): DiagramPart<Flowchart>[] {
  const { platformTitle } = names;
  const { system } = facts;
  const raw = new Map(facts.infra.components.map((c) => [c.id, c]));
  const ownerOf = new Map<string, SystemComponent>();
  for (const c of system.components) for (const id of c.runsAs) ownerOf.set(id, c);
  const supportCount = new Map<string, number>();
  for (const c of system.components) supportCount.set(c.id, c.supporting.length);

  const hosts = facts.infra.components.filter((c) => !ownerOf.has(c.id) && isDeploymentNode(c));
  const drawnIds = [...ownerOf.keys(), ...hosts.map((c) => c.id)];
  const platforms = [...new Set(drawnIds.map((id) => raw.get(id)?.platform))]
    .filter((p): p is string => p !== undefined)
    .sort();
  const parts: DiagramPart<Flowchart>[] = [];
  // C4 draws one deployment diagram per environment: a chart, each overlay and the plain manifests
  // are drawn apart, so the same service graph is not repeated side by side in one picture.
  const units: Array<{ platform: string; environment?: string; members: Component[] }> = [];
  for (const platform of platforms) {
    const members = drawnIds.map((id) => raw.get(id)!).filter((c) => c.platform === platform);
    const environments = [...new Set(members.map((c) => c.environment ?? ''))].sort();
    for (const environment of environments) {
      const unit = members.filter((c) => (c.environment ?? '') === environment);
      units.push(
        environments.length > 1 && environment ? { platform, environment, members: unit } : { platform, members: unit },
      );
    }
  }
  for (const { platform, environment, members } of units) {
    const byPlace = new Map<string, Component[]>();
    for (const c of members) {
      const place = placeOf(c);
      byPlace.set(place, [...(byPlace.get(place) ?? []), c]);
    }
    // One diagram per platform while it fits; else one per namespace / file, cut to size.
    const places = [...byPlace.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    const batches: Array<[string, Component[]][]> = [];
    let current: [string, Component[]][] = [];
    let size = 0;
    for (const [place, list] of places) {
      for (let i = 0; i < list.length; i += MAX_DIAGRAM_NODES) {
        const slice = list.slice(i, i + MAX_DIAGRAM_NODES);
        if (size + slice.length > MAX_DIAGRAM_NODES && current.length > 0) {
          batches.push(current);
          current = [];
          size = 0;
        }
        current.push([place, slice]);
        size += slice.length;
      }
    }
    if (current.length > 0) batches.push(current);
    const unitTitle = environment ? `${platformTitle(platform)} · ${environment}` : platformTitle(platform);
    batches.forEach((batch, i) => {
      const title = batches.length > 1 ? `${unitTitle} (part ${i + 1} of ${batches.length})` : unitTitle;
      parts.push({ title, chart: platformChart(batch, facts, raw, ownerOf, supportCount, names) });
    });
  }
  return parts;
}

/**
 * Infrastructure that other things run on — clusters, node groups, VMs, networks, and the modules
 * most Terraform is written in. Not part of the logical system, but the deployment view's nodes.
 */
const DEPLOYMENT_NODE = new RegExp(
  `^(${[
    'aws_(eks_cluster|eks_node_group|ecs_cluster|instance|autoscaling_group|vpc|lambda_function)',
    'google_(container_cluster|container_node_pool|compute_instance|compute_network)',
    'azurerm_(kubernetes_cluster|kubernetes_cluster_node_pool|linux_virtual_machine|virtual_network)',
    'module',
  ].join('|')})$`,
);

function isDeploymentNode(c: Component): boolean {
  return c.platform === 'terraform' && DEPLOYMENT_NODE.test(c.kind);
}

function placeOf(c: Component): string {
  if (c.platform === 'kubernetes') {
    // An overlay or a chart is an environment of its own: its objects are drawn apart from the others.
    const scope = c.namespace ? `namespace ${c.namespace}` : 'cluster-wide';
    return c.environment ? `${c.environment} · ${scope}` : scope;
  }
  // Terraform scopes names by module folder: that is the unit people deploy.
  if (c.platform === 'terraform') {
    const dir = c.source.file.includes('/') ? c.source.file.slice(0, c.source.file.lastIndexOf('/')) : '';
    return dir ? `module ${dir}` : 'root module';
  }
  return c.source.file;
}

function platformChart(
  batch: [string, Component[]][],
  facts: FactModel,
  raw: Map<string, Component>,
  ownerOf: Map<string, SystemComponent>,
  supportCount: Map<string, number>,
  names: PlatformNames,
): Flowchart {
  const nodes: FlowNode[] = [];
  const groups: FlowGroup[] = [];
  const drawn = new Set<string>();
  for (const [place, list] of batch) {
    groups.push({ key: place, title: place, nodes: list.map((c) => c.id) });
    for (const c of list) {
      const owner = ownerOf.get(c.id);
      const folded = owner ? (supportCount.get(owner.id) ?? 0) : 0;
      const shape: NodeShape = owner ? owner.role : 'group';
      nodes.push({ key: c.id, label: nodeLabel(c, names.nodeName(c), folded), shape });
      drawn.add(c.id);
    }
  }
  // Edges between drawn nodes, from the logical edges: each end drawn as the raw component here.
  const edges: FlowEdge[] = [];
  const seen = new Set<string>();
  const drawnRunsAs = new Map(facts.system.components.map((c) => [c.id, c.runsAs.filter((id) => drawn.has(id))]));
  const rawOf = (systemId: string) => drawnRunsAs.get(systemId) ?? [];
  for (const e of facts.system.edges) {
    for (const from of rawOf(e.from)) {
      for (const to of rawOf(e.to)) {
        const key = `${from}\u0000${to}`;
        if (from === to || seen.has(key)) continue;
        if (!sameScope(raw.get(from)!, raw.get(to)!)) continue;
        seen.add(key);
        edges.push({ from, to });
      }
    }
  }
  // Between infrastructure nodes (a node group on its cluster, a cluster in its network) the raw
  // references are the picture.
  for (const e of facts.infra.edges) {
    const key = `${e.from}\u0000${e.to}`;
    if (!drawn.has(e.from) || !drawn.has(e.to) || e.from === e.to || seen.has(key)) continue;
    if (ownerOf.has(e.from) && ownerOf.has(e.to)) continue;
    seen.add(key);
    edges.push({ from: e.from, to: e.to });
  }
  return { direction: 'LR', nodes, edges, groups };
}

/** Copies of one service in two namespaces each talk to their own namespace's dependencies. */
function sameScope(ca: Component, cb: Component): boolean {
  if (ca.platform === 'kubernetes' && cb.platform === 'kubernetes')
    return ca.namespace === cb.namespace && ca.environment === cb.environment;
  if (ca.platform === 'compose' && cb.platform === 'compose') return ca.source.file === cb.source.file;
  return true;
}

function nodeLabel(c: Component, name: string, folded: number): string {
  const bits = [`${c.kind} ${name}`];
  if (c.replicas !== undefined) bits.push(`×${c.replicas}`);
  const s = c.settings ?? {};
  const detail = [
    s.engine && `${s.engine}${s.engine_version ? ` ${s.engine_version}` : ''}`,
    s.instance_class ?? s.node_type,
  ]
    .filter(Boolean)
    .join(', ');
  if (detail) bits.push(`· ${detail}`);
  if (s.multi_az === 'true') bits.push('· multi-AZ');
  if (folded > 0) bits.push(`· +${folded} supporting`);
  return bits.join(' ');
}
