// The system stage: the logical system the facts describe, for views an architect would draw.
//
// Raw facts are per file and per platform (a Compose service, a Kubernetes Deployment and its
// Service, ServiceAccount and NetworkPolicy, a Terraform RDS instance and its subnet group). The
// system model is per logical part: one component per service, datastore, cache, queue, bucket,
// gateway or external integration, with the raw ids it runs as (`runsAs`), the supporting objects
// folded into it, what it provides (API specs, migration sets) and edges between components, every
// one with its evidence. What the sources do not show goes to `unknowns`, never into a guess.
//
//   component-roles.ts   what a raw component is (primary with a role, or supporting)
//   fold-supporting.ts   which primary each supporting object belongs to
//   merge-components.ts  which primaries are one logical component
//   system-edges.ts      connections, externals and the env-name convention
//   ownership.ts         API and schema ownership
//   event-channels.ts    AsyncAPI channels onto the queues, topics and brokers they travel on

import { posix } from 'node:path';
import type { Component, FactModel, SystemComponent, SystemModel } from '../facts/model.js';
import { rawRole } from './component-roles.js';
import { foldSupporting } from './fold-supporting.js';
import { type Candidate, displayName, mergeCandidates } from './merge-components.js';
import { compareText, idSlug, serviceStem, slugify } from './names.js';
import { linkEventChannels } from './event-channels.js';
import { assignOwnership } from './ownership.js';
import { systemEdges } from './system-edges.js';

/** The logical components, their connections and what the sources do not show. */
export function deriveSystem(facts: FactModel): SystemModel {
  const unknowns: string[] = [];
  const raw = facts.infra.components;
  const candidates: Candidate[] = [];
  const supportingIds = new Set<string>();
  for (const c of raw) {
    const r = rawRole(c);
    if (!r.primary) {
      supportingIds.add(c.id);
      continue;
    }
    const candidate: Candidate = { component: c, role: r.role, slug: slugify(c.name) };
    if (r.technology) candidate.technology = r.technology;
    candidates.push(candidate);
  }
  const primaryIds = new Set(candidates.map((c) => c.component.id));
  const folded = foldSupporting(supportingIds, primaryIds, facts.infra.edges);

  const groups = mergeCandidates(candidates, unknowns);
  const repoFolders = monorepoFolders(facts);
  const owners = new Map<string, string[]>();
  const usedIds = new Set<string>();
  const components: SystemComponent[] = [];
  const gatewaysLast = (g: { members: Candidate[] }) => (g.members[0]!.role === 'gateway' ? 1 : 0);
  const ordered = groups.sort(
    (a, b) => gatewaysLast(a) - gatewaysLast(b) || compareText(displayName(a.members), displayName(b.members)),
  );
  for (const g of ordered) {
    let name = displayName(g.members);
    const role = g.members.some((m) => m.role === 'service') ? 'service' : g.members[0]!.role;
    // An Ingress is often named after the Service it fronts: call it by its kind, not `-2`. The
    // same name in another stack, root module or project is told apart by its folder.
    if (usedIds.has(`system:${idSlug(name)}`)) {
      const first = g.members[0]!.component;
      const sameKind = [...ordered].some(
        (o) => o !== g && displayName(o.members) === name && o.members[0]!.component.kind === first.kind,
      );
      const folder = posix.dirname(first.source.file);
      name = sameKind && folder !== '.' ? `${name} (${folder})` : `${name} ${first.kind.toLowerCase()}`;
    }
    let id = `system:${idSlug(name)}`;
    for (let n = 2; usedIds.has(id); n++) id = `system:${idSlug(name)}-${n}`;
    usedIds.add(id);
    const members = g.members.map((m) => m.component);
    const technology = g.members.find((m) => m.technology)?.technology;
    const component: SystemComponent = {
      id,
      name,
      role,
      runsAs: members.map((m) => m.id).sort(),
      supporting: [],
      provides: [],
      hosts: [],
      evidence: [
        ...members.map((m) => ({
          facts: [m.id],
          rule: `${m.platform} ${m.kind} \`${m.name}\` in ${m.source.file}:${m.source.line}`,
        })),
        ...g.evidence,
      ],
    };
    if (technology) component.technology = technology;
    const group = groupOf(members, repoFolders, slugify(name));
    if (group) component.group = group;
    components.push(component);
    for (const m of members) owners.set(m.id, [id]);
  }
  const byId = new Map(components.map((c) => [c.id, c]));
  for (const [supportingId, primaries] of folded) {
    const ids = [...new Set(primaries.map((p) => owners.get(p)![0]!))].sort();
    owners.set(supportingId, ids);
    for (const id of ids) byId.get(id)!.supporting.push(supportingId);
  }
  for (const c of components) c.supporting.sort();
  addIngressHosts(components, raw);

  const { edges, externals } = systemEdges({ facts, components, owners, unknowns });
  const all = [...components, ...externals];
  assignOwnership(facts, all, edges, unknowns);
  linkEventChannels(facts, all, edges, unknowns);
  for (const c of all) c.provides = [...new Set(c.provides)].sort();
  return { components: all, edges, unknowns: [...new Set(unknowns)] };
}

/**
 * How a diagram of many components splits: by Kubernetes namespace, else by the top folder of a
 * monorepo (`services/orders`), else not at all.
 */
function groupOf(members: Component[], repoFolders: Set<string>, slug: string): string | undefined {
  const namespaced = members.find((m) => m.namespace);
  if (namespaced?.namespace) return namespaced.namespace;
  for (const m of members) {
    const parts = posix.dirname(m.source.file).split('/');
    const at = parts.findIndex((p) => MONOREPO_FOLDERS.test(p));
    if (at >= 0 && parts[at + 1]) return `${parts[at]}/${parts[at + 1]}`;
  }
  // A Compose file in `deploy/` naming `orders`, in a repository with a `services/orders/` folder.
  for (const folder of [slug, serviceStem(slug)]) {
    const match = [...repoFolders].find((f) => f.endsWith(`/${folder}`));
    if (match) return match;
  }
  return undefined;
}

/** Folders a monorepo keeps one part per subfolder in. */
const MONOREPO_FOLDERS = /^(services|apps|packages|components|microservices|src)$/;

/** `services/orders`-style folders of the repository, from the files it read. */
function monorepoFolders(facts: FactModel): Set<string> {
  const out = new Set<string>();
  for (const input of facts.inputs) {
    const parts = input.file.split('/');
    for (let i = 0; i + 2 < parts.length; i++)
      if (MONOREPO_FOLDERS.test(parts[i]!)) out.add(`${parts[i]}/${parts[i + 1]}`);
  }
  return out;
}

/** The hosts a gateway answers on are the hosts of its routes. */
function addIngressHosts(components: SystemComponent[], raw: Component[]): void {
  const byId = new Map(raw.map((c) => [c.id, c]));
  for (const c of components) {
    const hosts = new Set<string>();
    for (const id of c.runsAs)
      for (const r of byId.get(id)?.routes ?? []) {
        // `$(ELEMENTS_FQDN)`, `${HOST}`, `{{ .Values.host }}`: filled in at deploy time, not a host.
        if (r.host && r.host !== '*' && !/[$({]/.test(r.host)) hosts.add(r.host);
      }
    c.hosts = [...hosts].sort();
  }
}
