// A small flowchart model the views fill in, written out as Mermaid. Ids and labels go through
// the escaping helpers in ../mermaid.ts (the one place for escaping), so any name is safe.

import type { SystemRole } from '../../facts/model.js';
import { assignIds, flowIdBase, flowLabel } from '../mermaid.js';

export type NodeShape = SystemRole | 'person' | 'system' | 'stub' | 'group';

export interface FlowNode {
  key: string;
  label: string;
  shape: NodeShape;
}

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

export interface FlowGroup {
  key: string;
  title: string;
  nodes: string[];
}

export interface Flowchart {
  direction: 'LR' | 'TB';
  nodes: FlowNode[];
  edges: FlowEdge[];
  groups?: FlowGroup[];
}

/** Mermaid's shape brackets for each kind of node: a reader tells a database from a service at a glance. */
const SHAPES: Record<NodeShape, [string, string]> = {
  service: ['[', ']'],
  job: ['[/', '/]'],
  gateway: ['{{', '}}'],
  datastore: ['[(', ')]'],
  cache: ['[(', ')]'],
  queue: ['[[', ']]'],
  bucket: ['[(', ')]'],
  external: ['([', '])'],
  person: ['([', '])'],
  system: ['[', ']'],
  stub: ['(', ')'],
  group: ['[', ']'],
};

/** Styles: externals and stubs (parts drawn elsewhere) are dashed, data is tinted. */
const CLASSES: Array<[string, string, NodeShape[]]> = [
  ['external', 'fill:#f4f4f4,stroke:#888,stroke-dasharray:4 3', ['external', 'person']],
  ['data', 'fill:#eef5ff,stroke:#4a76b8', ['datastore', 'cache', 'queue', 'bucket']],
  ['stub', 'fill:#fff,stroke:#bbb,stroke-dasharray:2 2,color:#666', ['stub']],
  ['system', 'fill:#1f4e8c,stroke:#123,color:#fff', ['system']],
];

export function renderFlowchart(chart: Flowchart): string {
  const ids = assignIds(
    [...chart.nodes.map((n) => n.key), ...(chart.groups ?? []).map((g) => `group:${g.key}`)],
    flowIdBase,
  );
  const lines = [`flowchart ${chart.direction}`];
  const node = (n: FlowNode, indent: string) => {
    const [open, close] = SHAPES[n.shape];
    return `${indent}${ids.get(n.key)!}${open}"${flowLabel(n.label)}"${close}`;
  };
  const inGroup = new Set((chart.groups ?? []).flatMap((g) => g.nodes));
  const byKey = new Map(chart.nodes.map((n) => [n.key, n]));
  for (const g of chart.groups ?? []) {
    lines.push(`  subgraph ${ids.get(`group:${g.key}`)!}["${flowLabel(g.title)}"]`);
    for (const key of g.nodes) {
      const n = byKey.get(key);
      if (n) lines.push(node(n, '    '));
    }
    lines.push('  end');
  }
  for (const n of chart.nodes) if (!inGroup.has(n.key)) lines.push(node(n, '  '));
  for (const e of chart.edges) {
    const from = ids.get(e.from);
    const to = ids.get(e.to);
    if (!from || !to) continue;
    lines.push(e.label ? `  ${from} -->|"${flowLabel(e.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  for (const [name, style, shapes] of CLASSES) {
    const members = chart.nodes.filter((n) => shapes.includes(n.shape)).map((n) => ids.get(n.key)!);
    if (members.length === 0) continue;
    lines.push(`  classDef ${name} ${style}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  return `${lines.join('\n')}\n`;
}
