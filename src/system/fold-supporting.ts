// Folds supporting objects into the primary components they belong to.
//
// A Kubernetes Service belongs to the workloads it selects, a ServiceAccount to the workloads whose
// pods run as it, a subnet group to the database that names it. The raw edges already say this
// (`selects`, `reference`), so a supporting object belongs to every primary it shares an edge
// with. Objects that only touch other supporting objects (a RoleBinding → ServiceAccount →
// Deployment) belong where their neighbours belong, up to two hops. What is attached to nothing
// is left out and listed by the docs as it is.

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
    // Through one or two supporting objects: RoleBinding → ServiceAccount → workload.
    const found = new Set<string>();
    for (const first of neighbours.get(id) ?? []) {
      for (const second of neighbours.get(first) ?? []) {
        if (primary.has(second)) found.add(second);
        else if (second !== id)
          for (const third of neighbours.get(second) ?? []) if (primary.has(third)) found.add(third);
      }
    }
    if (found.size > 0) out.set(id, [...found].sort());
  }
  return out;
}

/** An Ingress (primary) → Service (supporting) edge: the Service is not the Ingress's. */
function isRouteFromGateway(e: Edge, primary: Set<string>): boolean {
  return e.kind === 'reference' && primary.has(e.from) && /^k8s:(Ingress|HTTPRoute|GRPCRoute|Gateway)\//.test(e.from);
}
