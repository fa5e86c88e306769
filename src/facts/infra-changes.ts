import type { Component, Edge, InfraFacts } from './model.js';

// The infrastructure change between two runs (a pull request's base and head) in the words a
// reviewer uses: a component added or removed, an image bumped, replicas or resources changed,
// a port opened, an environment variable added, a dependency between components added or gone.
// Line moves are not changes; neither is the order of lists.

export type InfraChange =
  | { kind: 'component-added' | 'component-removed'; component: string; platform: string; what: string }
  | { kind: 'component-changed'; component: string; platform: string; field: string; from?: string; to?: string }
  | { kind: 'edge-added' | 'edge-removed'; from: string; to: string; via: string };

/** Fields compared one by one, with how each is shown; anything else that differs is `settings`. */
const FIELDS: Array<[string, (c: Component) => string | undefined]> = [
  ['image', (c) => c.image],
  ['replicas', (c) => (c.replicas === undefined ? undefined : String(c.replicas))],
  ['ports', (c) => (c.ports.length ? c.ports.join(', ') : undefined)],
  ['resources', (c) => (c.resources ? resourcesText(c.resources) : undefined)],
  ['autoscaling', (c) => (c.autoscaling ? `${c.autoscaling.min ?? 1}–${c.autoscaling.max}` : undefined)],
  ['probes', (c) => (c.probes?.length ? c.probes.map((p) => `${p.kind} ${p.type}`).join(', ') : undefined)],
  ['command', (c) => c.command],
];

export function infraChanges(before: InfraFacts, after: InfraFacts): InfraChange[] {
  const changes: InfraChange[] = [];
  const old = new Map(before.components.map((c) => [c.id, c]));
  const now = new Map(after.components.map((c) => [c.id, c]));
  for (const c of after.components) {
    const prev = old.get(c.id);
    if (!prev) {
      changes.push({ kind: 'component-added', component: c.id, platform: c.platform, what: c.kind });
      continue;
    }
    for (const [field, show] of FIELDS) {
      const from = show(prev);
      const to = show(c);
      if (from !== to) changes.push(changed(c, field, from, to));
    }
    const envBefore = new Set(prev.env);
    const envNow = new Set(c.env);
    const envAdded = c.env.filter((e) => !envBefore.has(e));
    const envRemoved = prev.env.filter((e) => !envNow.has(e));
    if (envAdded.length) changes.push(changed(c, 'env added', undefined, envAdded.join(', ')));
    if (envRemoved.length) changes.push(changed(c, 'env removed', envRemoved.join(', '), undefined));
    const keys = new Set([...Object.keys(prev.settings ?? {}), ...Object.keys(c.settings ?? {})]);
    for (const key of [...keys].sort()) {
      const from = prev.settings?.[key];
      const to = c.settings?.[key];
      if (from !== to) changes.push(changed(c, key, from, to));
    }
  }
  for (const c of before.components) {
    if (!now.has(c.id))
      changes.push({ kind: 'component-removed', component: c.id, platform: c.platform, what: c.kind });
  }
  const key = (e: Edge) => `${e.from}\u0000${e.to}\u0000${e.kind}\u0000${e.via ?? ''}`;
  const edgesBefore = new Set(before.edges.map(key));
  const edgesNow = new Set(after.edges.map(key));
  for (const e of after.edges)
    if (!edgesBefore.has(key(e))) changes.push({ kind: 'edge-added', from: e.from, to: e.to, via: edgeVia(e) });
  for (const e of before.edges)
    if (!edgesNow.has(key(e))) changes.push({ kind: 'edge-removed', from: e.from, to: e.to, via: edgeVia(e) });
  return changes;
}

/** One line of the pull-request body for a change. */
export function describeInfraChange(c: InfraChange): string {
  switch (c.kind) {
    case 'component-added':
      return `added ${c.what} \`${c.component}\``;
    case 'component-removed':
      return `removed ${c.what} \`${c.component}\``;
    case 'component-changed':
      if (c.from === undefined) return `\`${c.component}\`: ${c.field} \`${c.to}\``;
      if (c.to === undefined)
        return `\`${c.component}\`: ${c.field} \`${c.from}\`${c.field.endsWith('removed') ? '' : ' removed'}`;
      return `\`${c.component}\`: ${c.field} \`${c.from}\` → \`${c.to}\``;
    case 'edge-added':
      return `new dependency \`${c.from}\` → \`${c.to}\` (${c.via})`;
    case 'edge-removed':
      return `dependency gone \`${c.from}\` → \`${c.to}\` (${c.via})`;
  }
}

function changed(c: Component, field: string, from: string | undefined, to: string | undefined): InfraChange {
  const change: InfraChange = { kind: 'component-changed', component: c.id, platform: c.platform, field };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

function edgeVia(e: Edge): string {
  return e.via ? `${e.kind} ${e.via}` : e.kind;
}

function resourcesText(r: NonNullable<Component['resources']>): string {
  const part = (name: string, v?: { cpu?: string; memory?: string }) =>
    v && (v.cpu || v.memory) ? `${name} ${[v.cpu, v.memory].filter(Boolean).join('/')}` : undefined;
  return [part('requests', r.requests), part('limits', r.limits)].filter(Boolean).join(', ');
}
