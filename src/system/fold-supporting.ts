// Folds supporting objects into the primary components they belong to.
//
// A Kubernetes Service belongs to the workloads it selects, a ServiceAccount to the workloads whose
// pods run as it, a subnet group to the database that names it. The raw edges already say this
// (`selects`, `reference`), so a supporting object belongs to every primary it shares an edge
// with. An object that only touches other supporting objects (a RoleBinding → ServiceAccount →
// Deployment) belongs where its neighbour belongs, when that is one primary. What is attached to
// nothing is left out and listed by the docs as it is.

import type { Edge } from '../facts/model.js';

/** Supporting raw id → the primary raw ids it belongs to (sorted). */
export function foldSupporting(supporting: Set<string>, primary: Set<string>, edges: Edge[]): Map<string, string[]> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = neighbours.get(a) ?? new Set<string>();
    set.add(b);
    neighbours.set(a, set);
  };
  for (const e of edges) {
    // An env edge names a Service the workload calls: the Service belongs to the callee, not the caller.
    if (e.kind === 'env' || e.kind === 'depends_on') continue;
    // An Ingress route names the Service it sends traffic to; the Service is the backend's.
    if (primary.has(e.from) && primary.has(e.to)) continue;
    if (isRouteFromGateway(e, primary)) continue;
    link(e.from, e.to);
    link(e.to, e.from);
  }
  const out = new Map<string, string[]>();
  for (const id of supporting) {
    const direct = [...(neighbours.get(id) ?? [])].filter((n) => primary.has(n));
    if (direct.length > 0) {
      out.set(id, direct.sort());
      continue;
    }
    // Through a supporting object that itself belongs to exactly one primary: a RoleBinding →
    // ServiceAccount → its Deployment. An IAM role whose policy grants access to a queue and a bucket
    // belongs to neither: it stays unattached rather than being spread over both.
    const found = new Set<string>();
    for (const first of neighbours.get(id) ?? []) {
      const owners = [...(neighbours.get(first) ?? [])].filter((n) => primary.has(n));
      if (owners.length === 1) found.add(owners[0]!);
    }
    if (found.size > 0) out.set(id, [...found].sort());
  }
  return out;
}

const ROUTING_KINDS = /^k8s:(Ingress|HTTPRoute|GRPCRoute|VirtualService|Gateway)\//;

/** An Ingress (primary) → Service (supporting) edge: the Service is not the Ingress's. */
function isRouteFromGateway(e: Edge, primary: Set<string>): boolean {
  return e.kind === 'reference' && primary.has(e.from) && ROUTING_KINDS.test(e.from);
}
