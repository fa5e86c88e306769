// The container view (C4 level 2): services, gateways, datastores, caches, queues, buckets and
// external systems, with the protocol or the variable on each edge. Supporting objects are never
// drawn: they are folded into their component by the system stage.
//
// Up to MAX_DIAGRAM_NODES components it is one diagram. Past that it splits by the components'
// groups (Kubernetes namespace, monorepo folder; data components and externals join the group
// of the services that use them most, else a group of their own): an overview with one node per
// group and the number of connections between groups, then one diagram per group where the
// components of other groups it talks to appear as dashed stubs. A group still too big is split
// by name family (`snuba-api`, `snuba-consumer` …: the services sharing a first word, drawn as `snuba-…`), its data
// components with the one family using them, or together when several do; what is still too big
// is cut into parts by name order.

import type { SystemComponent, SystemEdge, SystemModel } from '../../facts/model.js';
import type { FlowEdge, FlowNode, Flowchart } from './flowchart.js';
import { type DiagramPart, MAX_DIAGRAM_NODES } from './view-limits.js';

const ROLE_WORD: Record<SystemComponent['role'], string> = {
  service: 'service',
  job: 'job',
  gateway: 'gateway',
  datastore: 'database',
  cache: 'cache',
  queue: 'queue',
  bucket: 'bucket',
  external: 'external',
};

export function componentLabel(c: SystemComponent): string {
  const what = c.technology ? `${ROLE_WORD[c.role]}: ${c.technology}` : ROLE_WORD[c.role];
  return `${c.name} (${what})`;
}

export function edgeLabel(e: SystemEdge): string {
  if (e.protocol) return e.protocol;
  // The first way it is connected is enough on a diagram; the table lists them all.
  const first = e.via.split(', ')[0]!;
  return first === 'depends_on' ? 'depends on' : first.replace(/^env /, '');
}

export function containerView(system: SystemModel): DiagramPart<Flowchart>[] {
  const { components, edges } = system;
  if (components.length <= MAX_DIAGRAM_NODES) {
    return [{ title: 'Containers', chart: chartOf(components, edges, []) }];
  }
  const groups = splitLargeGroups(assignGroups(components, edges), edges);
  const parts: DiagramPart<Flowchart>[] = [{ title: 'Overview of the groups', chart: overviewChart(groups, edges) }];
  for (const [group, members] of groups) {
    const chunks = chunk(members, MAX_DIAGRAM_NODES - 8);
    chunks.forEach((part, i) => {
      const title = chunks.length > 1 ? `${group} (part ${i + 1} of ${chunks.length})` : group;
      parts.push({ title, chart: partChart(part, components, edges) });
    });
  }
  return parts;
}

function chartOf(members: SystemComponent[], edges: SystemEdge[], stubs: FlowNode[]): Flowchart {
  const keys = new Set([...members.map((c) => c.id), ...stubs.map((s) => s.key)]);
  const nodes: FlowNode[] = [...members.map((c) => ({ key: c.id, label: componentLabel(c), shape: c.role })), ...stubs];
  const drawn: FlowEdge[] = edges
    .filter((e) => keys.has(e.from) && keys.has(e.to))
    .map((e) => ({ from: e.from, to: e.to, label: edgeLabel(e) }));
  return { direction: 'LR', nodes, edges: drawn };
}

/** A group's diagram: its members, and the components of other groups it talks to as stubs. */
function partChart(part: SystemComponent[], all: SystemComponent[], edges: SystemEdge[]): Flowchart {
  const inPart = new Set(part.map((c) => c.id));
  const neighbourIds = new Set<string>();
  for (const e of edges) {
    if (inPart.has(e.from) && !inPart.has(e.to)) neighbourIds.add(e.to);
    if (inPart.has(e.to) && !inPart.has(e.from)) neighbourIds.add(e.from);
  }
  const byId = new Map(all.map((c) => [c.id, c]));
  const room = Math.max(0, MAX_DIAGRAM_NODES - part.length);
  const neighbours = [...neighbourIds].sort().map((id) => byId.get(id)!);
  const shown = neighbours.slice(0, room);
  const stubs: FlowNode[] = shown.map((c) => ({
    key: c.id,
    label: `${componentLabel(c)} · drawn in ${c.group ?? 'its group'}`,
    shape: 'stub',
  }));
  return chartOf(part, edges, stubs);
}

/**
 * Every component's group. Services keep the system stage's group; a data component or an
 * external without one joins the group whose services use it most (ties: name order), so a
 * namespace's database is drawn with the namespace.
 */
export function assignGroups(components: SystemComponent[], edges: SystemEdge[]): Map<string, SystemComponent[]> {
  const groupOf = new Map<string, string>();
  for (const c of components) if (c.group) groupOf.set(c.id, c.group);
  for (const c of components) {
    if (groupOf.has(c.id)) continue;
    const votes = new Map<string, number>();
    for (const e of edges) {
      const other = e.to === c.id ? e.from : e.from === c.id ? e.to : undefined;
      const g = other ? groupOf.get(other) : undefined;
      if (g) votes.set(g, (votes.get(g) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    groupOf.set(c.id, best ? best[0] : c.role === 'external' ? 'external systems' : 'shared');
  }
  const out = new Map<string, SystemComponent[]>();
  for (const c of components) {
    const g = groupOf.get(c.id)!;
    out.set(g, [...(out.get(g) ?? []), c]);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Past this a group is split by name family before it is cut into parts. */
const MAX_GROUP = MAX_DIAGRAM_NODES - 8;
const SERVICE_ROLES = new Set<SystemComponent['role']>(['service', 'job', 'gateway']);

/**
 * Groups too big for one diagram split by name family. Sentry's self-hosted Compose project is 57
 * components in no namespace or folder: cut by name order, its three parts drew 90 edges each.
 * Families of one service join "other services"; externals stay together.
 */
function splitLargeGroups(groups: Map<string, SystemComponent[]>, edges: SystemEdge[]): Map<string, SystemComponent[]> {
  const out = new Map<string, SystemComponent[]>();
  const add = (g: string, c: SystemComponent) => out.set(g, [...(out.get(g) ?? []), c]);
  for (const [group, members] of groups) {
    if (members.length <= MAX_GROUP) {
      out.set(group, members);
      continue;
    }
    const name = (family: string) => (group === 'shared' ? family : `${group}: ${family}`);
    const services = members.filter((c) => SERVICE_ROLES.has(c.role));
    const sizes = new Map<string, number>();
    for (const c of services) sizes.set(firstWord(c.name), (sizes.get(firstWord(c.name)) ?? 0) + 1);
    const familyOf = new Map<string, string>();
    for (const c of services) {
      const word = firstWord(c.name);
      familyOf.set(c.id, name(sizes.get(word)! >= 2 ? `${word}-…` : 'other services'));
    }
    for (const c of members) {
      if (SERVICE_ROLES.has(c.role)) continue;
      const users = new Set<string>();
      for (const e of edges) {
        const other = e.to === c.id ? e.from : e.from === c.id ? e.to : undefined;
        const f = other ? familyOf.get(other) : undefined;
        if (f) users.add(f);
      }
      const own = c.role === 'external' ? 'external systems' : 'data';
      familyOf.set(c.id, users.size === 1 ? [...users][0]! : name(own));
    }
    for (const c of members) add(familyOf.get(c.id)!, c);
  }
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `post-process-forwarder-errors` → `post`; `snuba_api` → `snuba`. */
function firstWord(name: string): string {
  return name.split(/[-_.]/)[0]!.toLowerCase();
}

function overviewChart(groups: Map<string, SystemComponent[]>, edges: SystemEdge[]): Flowchart {
  const groupOf = new Map<string, string>();
  for (const [g, members] of groups) for (const c of members) groupOf.set(c.id, g);
  const nodes: FlowNode[] = [...groups.entries()].map(([g, members]) => ({
    key: `group:${g}`,
    label: `${g} (${countWords(members)})`,
    shape: 'group',
  }));
  const crossing = new Map<string, number>();
  for (const e of edges) {
    const a = groupOf.get(e.from);
    const b = groupOf.get(e.to);
    if (!a || !b || a === b) continue;
    const key = `${a}\u0000${b}`;
    crossing.set(key, (crossing.get(key) ?? 0) + 1);
  }
  const drawn: FlowEdge[] = [...crossing.entries()].sort().map(([key, n]) => {
    const [a, b] = key.split('\u0000') as [string, string];
    return { from: `group:${a}`, to: `group:${b}`, label: `${n} connection${n === 1 ? '' : 's'}` };
  });
  return { direction: 'LR', nodes, edges: drawn };
}

function countWords(members: SystemComponent[]): string {
  const services = members.filter((c) => c.role === 'service' || c.role === 'job' || c.role === 'gateway').length;
  const data = members.filter((c) => ['datastore', 'cache', 'queue', 'bucket'].includes(c.role)).length;
  const external = members.filter((c) => c.role === 'external').length;
  const parts = [];
  if (services) parts.push(`${services} service${services === 1 ? '' : 's'}`);
  if (data) parts.push(`${data} data`);
  if (external) parts.push(`${external} external`);
  return parts.join(', ');
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
