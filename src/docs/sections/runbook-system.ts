// The runbook's service as the system model sees it: the logical component its deployments run
// as, and the components it connects to. The system stage may not have run (older state, no
// infrastructure): then callers fall back to the raw infra edges.

import type { SystemComponent, SystemEdge } from '../../facts/model.js';
import type { SectionContext } from './section-context.js';

/** The logical component any of the service's deployments runs as. */
export function serviceSystemComponent(ctx: SectionContext): SystemComponent | undefined {
  const ids = new Set(ctx.service?.components.map((c) => c.id) ?? []);
  return ctx.facts.system?.components.find((s) => s.runsAs.some((id) => ids.has(id)));
}

export function systemEdgesOf(ctx: SectionContext, id: string): { outgoing: SystemEdge[]; incoming: SystemEdge[] } {
  const edges = ctx.facts.system?.edges ?? [];
  return { outgoing: edges.filter((e) => e.from === id), incoming: edges.filter((e) => e.to === id) };
}

export function systemComponentById(ctx: SectionContext, id: string): SystemComponent | undefined {
  return ctx.facts.system?.components.find((s) => s.id === id);
}
