// The Mermaid diagrams of a schema too large for one: a map of the table clusters, and one
// key-columns-only ER diagram per cluster. Drawing and escaping stay in `../mermaid.ts`; this file
// only decides what each diagram shows.

import type { SchemaFacts } from '../../facts/model.js';
import { erDiagram } from '../mermaid.js';
import { renderFlowchart } from './flowchart.js';
import type { TableCluster, TableClusters } from './table-clusters.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One node per cluster with its table count; one edge per pair of clusters foreign keys cross, with their count. */
export function clusterMapDiagram(clustered: TableClusters): string {
  // Edges in key order, so the map does not depend on the order the clusters were found in.
  const key = (l: { from: string; to: string }) => `${l.from}\u0000${l.to}`;
  const links = [...clustered.links].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return renderFlowchart({
    direction: 'LR',
    nodes: clustered.clusters.map((c) => ({
      key: c.slug,
      label: `${c.name} (${plural(c.tables.length, 'table', 'tables')})`,
      shape: 'group',
    })),
    edges: links.map((l) => ({ from: l.from, to: l.to, label: plural(l.foreignKeys, 'foreign key', 'foreign keys') })),
  });
}

/** The cluster's tables with their key columns, and stubs of the tables they reference elsewhere. */
export function clusterErDiagram(schema: SchemaFacts, cluster: TableCluster): string {
  return erDiagram(schema, { tables: cluster.tables });
}
