// Tables in clusters small enough to read as one diagram (at most MAX_CLUSTER_TABLES each), found by
// rules a reader can check by hand. Every table and view lands in exactly one cluster.
//
// 1. Connected groups. Tables joined by foreign keys (in either direction, self-references ignored)
//    form one group. A group of at most 15 tables is a cluster.
// 2. A larger group is split, trying in turn:
//    a. by schema, when it spans several: one part per schema, named after the schema;
//    b. by name prefix (the text before the first `_`): each prefix shared by at least
//       MIN_PREFIX_TABLES tables of the group is a part (`billing_*`); the tables left over fall
//       apart into their own connected groups;
//    c. at hub tables: a table referenced by at least HUB_MIN_REFERRERS other tables of the part
//       (failing that, the most referenced one, if two or more tables reference it), like `users`.
//       The hub becomes a cluster named after itself; what remains falls apart into connected groups.
//    Any part still too large is split again at its own hubs; one with no hub at all is cut, in
//    name order, into equal runs ("part 1 of 2").
//    A table a split leaves on its own joins the cluster it shares the most foreign keys with (a
//    hub's cluster before others when they tie, then by name) while that cluster has room, so the
//    tables that only reference `users` end up with `users`.
// 3. Leftovers: tables with no foreign key to another table (views, lookup tables, legacy tables)
//    and the lone tables no cluster had room for. One whose prefix names a cluster of its schema
//    (`billing_tax_rates` and `billing_*`) joins it while it has room. The rest are gathered per
//    schema into "Other tables" clusters; a schema with more than 15 of them is packed, in order,
//    into clusters of at most 15 from groups of a shared name prefix (two or more tables), then
//    groups of a shared migration folder (the folder of `table.source.file`), a group that does not
//    fit in the current cluster starting the next one.
//
// A cluster's name is the prefix (`billing_*`), the hub or main table (the one most referenced
// inside it), or the schema; its slug is the name in lower-case letters, digits and `-`, unique
// across the clusters. A table of another cluster that a cluster's foreign keys reference is listed
// in `referenced`: diagrams draw it as a key-only stub.

import { posix } from 'node:path';
import type { SchemaFacts, Table } from '../../facts/model.js';

/** The most tables a cluster holds (its diagram also draws stubs of the tables it references). */
export const MAX_CLUSTER_TABLES = 15;
/** How many distinct tables must reference a table for it to count as a hub. */
export const HUB_MIN_REFERRERS = 5;
/** How many tables must share a name prefix for the prefix to form a part of its own. */
export const MIN_PREFIX_TABLES = 3;

/** What holds a cluster's tables together. */
export type ClusterBasis = 'connected' | 'schema' | 'prefix' | 'hub' | 'part' | 'other';

export interface TableCluster {
  name: string;
  /** `[a-z0-9-]+`, unique among the clusters. */
  slug: string;
  basis: ClusterBasis;
  /** Ids of its tables and views, in code-point order. */
  tables: string[];
  /** Ids of tables outside it that its foreign keys reference (other clusters', or never declared). */
  referenced: string[];
}

/** Foreign keys from tables of one cluster to tables of another. */
export interface ClusterLink {
  /** Slug of the cluster holding the referencing (child) tables. */
  from: string;
  /** Slug of the cluster holding the referenced (parent) tables. */
  to: string;
  foreignKeys: number;
}

export interface TableClusters {
  /** Foreign-key clusters in name order, then the "Other tables" clusters. */
  clusters: TableCluster[];
  links: ClusterLink[];
  /** The cluster of each table id. */
  clusterOf: Map<string, TableCluster>;
}

// ---------------------------------------------------------------- the graph

/** A `table:` id for a foreign key's end (`public.orders` or `table:public.orders`). */
function tableRef(ref: string): string {
  return ref.startsWith('table:') ? ref : `table:${ref}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Foreign keys between declared tables, as undirected neighbours and as who references whom. */
class FkGraph {
  readonly tables = new Map<string, Table>();
  /** One entry per foreign key between two different declared tables. */
  readonly links: { child: string; parent: string }[] = [];
  private readonly neighbourSets = new Map<string, Set<string>>();

  constructor(schema: SchemaFacts) {
    for (const t of schema.tables) if (!this.tables.has(t.id)) this.tables.set(t.id, t);
    for (const fk of schema.foreignKeys) {
      const child = tableRef(fk.table);
      const parent = tableRef(fk.refTable);
      if (child === parent || !this.tables.has(child) || !this.tables.has(parent)) continue;
      this.links.push({ child, parent });
      this.neighbours(child).add(parent);
      this.neighbours(parent).add(child);
    }
  }

  neighbours(id: string): Set<string> {
    let set = this.neighbourSets.get(id);
    if (!set) {
      set = new Set();
      this.neighbourSets.set(id, set);
    }
    return set;
  }

  /** How many distinct tables of `within` reference each table of `within`. */
  referrers(within: ReadonlySet<string>): Map<string, number> {
    const by = new Map<string, Set<string>>();
    for (const { child, parent } of this.links) {
      if (!within.has(child) || !within.has(parent)) continue;
      by.set(parent, (by.get(parent) ?? new Set()).add(child));
    }
    return new Map([...by].map(([id, set]) => [id, set.size]));
  }

  /** Foreign keys between `id` and the tables of `others`, either way. */
  linksWith(id: string, others: ReadonlySet<string>): number {
    return this.links.filter(
      (l) => (l.child === id && others.has(l.parent)) || (l.parent === id && others.has(l.child)),
    ).length;
  }

  /** Connected groups of `ids`, through foreign keys inside `ids`; each sorted, in order of their first id. */
  components(ids: readonly string[]): string[][] {
    const within = new Set(ids);
    const seen = new Set<string>();
    const out: string[][] = [];
    for (const start of [...ids].sort(compare)) {
      if (seen.has(start)) continue;
      const group: string[] = [];
      const stack = [start];
      seen.add(start);
      while (stack.length > 0) {
        const id = stack.pop()!;
        group.push(id);
        for (const n of this.neighbours(id)) {
          if (within.has(n) && !seen.has(n)) {
            seen.add(n);
            stack.push(n);
          }
        }
      }
      out.push(group.sort(compare));
    }
    return out;
  }

  display(id: string): string {
    const t = this.tables.get(id)!;
    return t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
  }
}

/** The text before the first `_` of a name that has more after it: `billing_invoices` → `billing`. */
export function namePrefix(name: string): string | undefined {
  return /^([^_]+)_[^_]/.exec(name)?.[1];
}

function prefixKey(t: Table): string | undefined {
  const p = namePrefix(t.name);
  return p === undefined ? undefined : `${t.schema}.${p}`;
}

function prefixName(t: Table, prefix: string): string {
  return t.schema === 'public' ? `${prefix}_*` : `${t.schema}.${prefix}_*`;
}

// ---------------------------------------------------------------- forming clusters

interface Draft {
  name: string;
  basis: ClusterBasis;
  tables: string[];
  schema?: string;
  /** `<schema>.<prefix>` when the cluster is named after a prefix: leftovers with it may join. */
  prefix?: string;
}

type Strategy = 'schema' | 'prefix' | 'hub';

/** A part a strategy splits off: its tables, the cluster it becomes if small enough, how to split it further. */
interface Part {
  tables: string[];
  draft: Draft;
  next: Strategy[];
  /** A hub: a cluster even on its own. */
  seed?: boolean;
}

interface Work {
  graph: FkGraph;
  drafts: Draft[];
  /** Tables a split left on their own. */
  loose: string[];
}

/** A connected group's draft: named after its dominant prefix, else its most referenced table. */
function connectedDraft(ids: string[], graph: FkGraph): Draft {
  const tables = ids.map((id) => graph.tables.get(id)!);
  const counts = new Map<string, number>();
  for (const t of tables) {
    const k = prefixKey(t);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const [topPrefix, topCount] = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0] ?? ['', 0];
  if (topCount >= 2 && topCount * 2 >= ids.length) {
    const t = tables.find((x) => prefixKey(x) === topPrefix)!;
    return { name: prefixName(t, namePrefix(t.name)!), basis: 'connected', tables: ids, prefix: topPrefix };
  }
  const referrers = graph.referrers(new Set(ids));
  const main = [...ids].sort((a, b) => (referrers.get(b) ?? 0) - (referrers.get(a) ?? 0) || compare(a, b))[0]!;
  return { name: graph.display(main), basis: 'connected', tables: ids };
}

function bySchema(ids: string[], graph: FkGraph): Part[] | undefined {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const s = graph.tables.get(id)!.schema;
    groups.set(s, [...(groups.get(s) ?? []), id]);
  }
  if (groups.size < 2) return undefined;
  return [...groups]
    .sort((a, b) => compare(a[0], b[0]))
    .map(([schema, tables]) => ({
      tables,
      draft: { name: schema, basis: 'schema', tables, schema },
      next: ['prefix', 'hub'],
    }));
}

function byPrefix(ids: string[], graph: FkGraph): Part[] | undefined {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const k = prefixKey(graph.tables.get(id)!);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), id]);
  }
  const chosen = [...groups].filter(([, g]) => g.length >= MIN_PREFIX_TABLES).sort((a, b) => compare(a[0], b[0]));
  if (chosen.length === 0 || (chosen.length === 1 && chosen[0]![1].length === ids.length)) return undefined;
  const taken = new Set(chosen.flatMap(([, g]) => g));
  const parts: Part[] = chosen.map(([key, tables]) => {
    const t = graph.tables.get(tables[0]!)!;
    return {
      tables,
      draft: { name: prefixName(t, namePrefix(t.name)!), basis: 'prefix', tables, prefix: key },
      next: ['hub'],
    };
  });
  const rest = ids.filter((id) => !taken.has(id));
  for (const piece of graph.components(rest))
    parts.push({ tables: piece, draft: connectedDraft(piece, graph), next: ['hub'] });
  return parts;
}

function atHubs(ids: string[], graph: FkGraph): Part[] | undefined {
  const referrers = graph.referrers(new Set(ids));
  const ranked = [...referrers].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
  let hubs = ranked.filter(([, n]) => n >= HUB_MIN_REFERRERS).map(([id]) => id);
  if (hubs.length === 0 && (ranked[0]?.[1] ?? 0) >= 2) hubs = [ranked[0]![0]];
  if (hubs.length === 0) return undefined;
  const hubSet = new Set(hubs);
  const parts: Part[] = [...hubs].sort(compare).map((hub) => ({
    tables: [hub],
    draft: { name: graph.display(hub), basis: 'hub', tables: [hub] },
    next: [],
    seed: true,
  }));
  const rest = ids.filter((id) => !hubSet.has(id));
  for (const piece of graph.components(rest))
    parts.push({ tables: piece, draft: connectedDraft(piece, graph), next: ['hub'] });
  return parts;
}

const STRATEGIES: Record<Strategy, (ids: string[], graph: FkGraph) => Part[] | undefined> = {
  schema: bySchema,
  prefix: byPrefix,
  hub: atHubs,
};

/** Cut `ids` (in name order) into as few runs of at most MAX_CLUSTER_TABLES as can be, of equal size. */
function equalRuns<T>(items: readonly T[]): T[][] {
  const n = Math.ceil(items.length / MAX_CLUSTER_TABLES);
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

/** Make `ids` one cluster, or split it by the first strategy that applies. */
function place(ids: string[], draft: Draft, strategies: Strategy[], work: Work): void {
  if (ids.length <= MAX_CLUSTER_TABLES) {
    work.drafts.push(draft);
    return;
  }
  for (const [i, strategy] of strategies.entries()) {
    const parts = STRATEGIES[strategy](ids, work.graph);
    if (!parts) continue;
    for (const part of parts) {
      if (part.seed) work.drafts.push(part.draft);
      else if (part.tables.length === 1) work.loose.push(part.tables[0]!);
      else place(part.tables, part.draft, part.next.length > 0 ? part.next : strategies.slice(i + 1), work);
    }
    return;
  }
  const runs = equalRuns([...ids].sort(compare));
  runs.forEach((tables, i) => {
    work.drafts.push({ ...draft, name: `${draft.name} (part ${i + 1} of ${runs.length})`, basis: 'part', tables });
  });
}

/** Lone tables join the cluster they share the most foreign keys with, while it has room. */
function attachLoose(work: Work): string[] {
  const unplaced: string[] = [];
  for (const id of [...work.loose].sort(compare)) {
    const best = work.drafts
      .filter((d) => d.tables.length < MAX_CLUSTER_TABLES)
      .map((d) => ({ d, n: work.graph.linksWith(id, new Set(d.tables)) }))
      .filter((s) => s.n > 0)
      .sort(
        (a, b) =>
          b.n - a.n ||
          Number(b.d.basis === 'hub') - Number(a.d.basis === 'hub') ||
          compare(a.d.name, b.d.name) ||
          compare(a.d.tables[0]!, b.d.tables[0]!),
      )[0];
    if (best) best.d.tables.push(id);
    else unplaced.push(id);
  }
  return unplaced;
}

/** Leftovers: into a cluster named after their prefix, else gathered per schema into "Other tables". */
function gatherLeftovers(ids: string[], work: Work): Draft[] {
  const { graph } = work;
  const rest: string[] = [];
  for (const id of [...ids].sort(compare)) {
    const k = prefixKey(graph.tables.get(id)!);
    const home =
      k === undefined ? undefined : work.drafts.find((d) => d.prefix === k && d.tables.length < MAX_CLUSTER_TABLES);
    if (home) home.tables.push(id);
    else rest.push(id);
  }
  const schemas = new Map<string, string[]>();
  for (const id of rest) {
    const s = graph.tables.get(id)!.schema;
    schemas.set(s, [...(schemas.get(s) ?? []), id]);
  }
  const out: Draft[] = [];
  for (const [schema, tables] of [...schemas].sort((a, b) => compare(a[0], b[0]))) {
    const where = schema === 'public' ? '' : ` ${schema}`;
    if (tables.length <= MAX_CLUSTER_TABLES) {
      out.push({ name: `Other${where} tables`, basis: 'other', tables, schema });
      continue;
    }
    for (const run of packLeftovers(tables, graph)) {
      const name =
        run.prefix !== undefined
          ? `Other ${prefixName(graph.tables.get(run.tables[0]!)!, run.prefix)} tables`
          : run.folder !== undefined
            ? `Other${where} tables from ${run.folder}`
            : `Other${where} tables`;
      out.push({ name, basis: 'other', tables: run.tables, schema });
    }
  }
  return out;
}

interface Run {
  tables: string[];
  prefix?: string;
  folder?: string;
}

/** One schema's many leftovers, packed in order from prefix groups, then migration-folder groups. */
function packLeftovers(ids: string[], graph: FkGraph): Run[] {
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const p = namePrefix(graph.tables.get(id)!.name);
    if (p !== undefined) byPrefix.set(p, [...(byPrefix.get(p) ?? []), id]);
  }
  const groups: Run[] = [];
  const grouped = new Set<string>();
  for (const [prefix, tables] of [...byPrefix].sort((a, b) => compare(a[0], b[0]))) {
    if (tables.length < 2) continue;
    groups.push({ tables, prefix });
    for (const id of tables) grouped.add(id);
  }
  const byFolder = new Map<string, string[]>();
  for (const id of ids.filter((x) => !grouped.has(x))) {
    const file = graph.tables.get(id)!.source?.file;
    const folder = file === undefined ? '' : posix.dirname(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), id]);
  }
  for (const [folder, tables] of [...byFolder].sort((a, b) => compare(a[0], b[0]))) {
    groups.push({ tables, ...(folder !== '' && folder !== '.' ? { folder } : {}) });
  }

  const runs: Run[] = [];
  let current: Run[] = [];
  const flush = () => {
    if (current.length === 0) return;
    runs.push(current.length === 1 ? current[0]! : { tables: current.flatMap((g) => g.tables) });
    current = [];
  };
  for (const group of groups) {
    if (group.tables.length > MAX_CLUSTER_TABLES) {
      flush();
      for (const tables of equalRuns(group.tables)) runs.push({ ...group, tables });
      continue;
    }
    if (current.reduce((n, g) => n + g.tables.length, 0) + group.tables.length > MAX_CLUSTER_TABLES) flush();
    current.push(group);
  }
  flush();
  return runs;
}

// ---------------------------------------------------------------- names, slugs, links

function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'tables' : slug;
}

/** Clusters in the order documented on `TableClusters.clusters`, with unique names and slugs. */
function finish(drafts: Draft[], others: Draft[], schema: SchemaFacts, graph: FkGraph): TableClusters {
  const ordered = [
    ...[...drafts].sort((a, b) => compare(a.name, b.name) || compare(a.tables[0]!, b.tables[0]!)),
    ...others,
  ];
  const names = new Map<string, number>();
  const slugs = new Set<string>();
  const clusters: TableCluster[] = [];
  const clusterOf = new Map<string, TableCluster>();
  for (const d of ordered) {
    const seen = (names.get(d.name) ?? 0) + 1;
    names.set(d.name, seen);
    const name = seen === 1 ? d.name : `${d.name} (${seen})`;
    let slug = slugOf(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugOf(name)}-${n}`;
    slugs.add(slug);
    const cluster: TableCluster = { name, slug, basis: d.basis, tables: [...d.tables].sort(compare), referenced: [] };
    for (const id of cluster.tables) {
      if (clusterOf.has(id)) throw new Error(`table clusters: ${id} is in two clusters`);
      clusterOf.set(id, cluster);
    }
    clusters.push(cluster);
  }
  for (const id of graph.tables.keys()) {
    if (!clusterOf.has(id)) throw new Error(`table clusters: ${id} is in no cluster`);
  }

  const counts = new Map<string, ClusterLink>();
  for (const fk of schema.foreignKeys) {
    const from = clusterOf.get(tableRef(fk.table));
    if (!from) continue;
    const parent = tableRef(fk.refTable);
    const to = clusterOf.get(parent);
    if (to === from) continue;
    if (!from.referenced.includes(parent)) from.referenced.push(parent);
    if (!to) continue;
    const key = `${from.slug}\u0000${to.slug}`;
    const link = counts.get(key) ?? { from: from.slug, to: to.slug, foreignKeys: 0 };
    link.foreignKeys++;
    counts.set(key, link);
  }
  for (const c of clusters) c.referenced.sort(compare);
  const links = [...counts.values()].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to));
  return { clusters, links, clusterOf };
}

// ---------------------------------------------------------------- entry

/** The schema's tables and views in clusters, by the rules in this file's header. */
export function clusterTables(schema: SchemaFacts): TableClusters {
  const graph = new FkGraph(schema);
  const work: Work = { graph, drafts: [], loose: [] };
  const isolated: string[] = [];
  for (const group of graph.components([...graph.tables.keys()])) {
    if (group.length === 1) isolated.push(group[0]!);
    else place(group, connectedDraft(group, graph), ['schema', 'prefix', 'hub'], work);
  }
  const unplaced = attachLoose(work);
  const others = gatherLeftovers([...isolated, ...unplaced], work);
  return finish(work.drafts, others, schema, graph);
}
