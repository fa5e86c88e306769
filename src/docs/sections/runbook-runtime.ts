// How a service runs, as its configuration states it: how many copies, the bounds an autoscaler
// moves it in, what a disruption budget keeps up, the health checks the platform runs and the
// resources each copy gets; and the health endpoints its API contract declares. Where the
// sources state nothing, the section says so: a missing readiness probe is itself on-call news.

import type { Component, FactModel, Operation, Probe } from '../../facts/model.js';
import { emphasis, inlineCode, joined, list, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { presentation } from './infra-sections.js';
import { serviceSystemComponent } from './runbook-system.js';
import { sourceLink, type SectionContext } from './section-context.js';

/**
 * Paths without parameters whose last segment names a health check (`/health`, `/v1/readyz`,
 * `/health/live`, `/status`); `/orders/{id}/status` is an order's status, not the service's.
 */
const HEALTH_PATH =
  /^[^{}]*\/(?:health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|status|ping)\/?$/i;

export function runbookRuntime(ctx: SectionContext): Section {
  const components = ctx.service!.components;
  const rows = components.map((c) => {
    const hpa = scaledBy(ctx.facts, c);
    const pdb = budgetOf(ctx.facts, c);
    return [
      [inlineCode(deployedAs(c))],
      [replicasText(c)],
      hpa?.autoscaling
        ? [
            `${hpa.autoscaling.min ?? 1}–${hpa.autoscaling.max}`,
            hpa.autoscaling.metrics.length ? ` on ${hpa.autoscaling.metrics.join(', ')}` : '',
            ' (',
            inlineCode(hpa.name),
            ')',
          ]
        : ['—'],
      pdb?.disruptionBudget ? [budgetWords(pdb.disruptionBudget), ' (', inlineCode(pdb.name), ')'] : ['—'],
      [resourceWords(c)],
      [sourceLink(ctx, c.source)],
    ];
  });
  const out: Section = [
    tableNode(['Deployed as', 'Replicas', 'Autoscaling', 'Disruption budget', 'Resources', 'Source'], rows),
  ];
  for (const c of components) {
    const probes = c.probes ?? [];
    const items: Inline[][] = probes.map((p) => [probeKind(p), ': ', ...probeCheck(p)]);
    for (const missing of missingProbes(ctx.facts, c)) items.push([emphasis(missing)]);
    if (items.length) {
      out.push(paragraph('Health checks of ', inlineCode(deployedAs(c)), ':'));
      out.push(list(items));
    }
  }
  return out;
}

export function runbookHealth(ctx: SectionContext): Section {
  const probePaths = ctx.service!.components.flatMap((c) =>
    (c.probes ?? []).filter((p) => p.type === 'http').map((p) => `${p.path ?? '/'}`),
  );
  // The specs it serves: from the system model; without one, the specs declaring a path its
  // platform probes. A repository's other contracts are not this service's.
  const system = serviceSystemComponent(ctx);
  const served = new Set(system?.provides.filter((p) => p.startsWith('spec:')) ?? []);
  if (served.size === 0) {
    for (const o of ctx.facts.api.operations) if (probePaths.some((p) => samePath(o, p))) served.add(o.spec);
  }
  const operations = ctx.facts.api.operations.filter((o) => HEALTH_PATH.test(o.path) && served.has(o.spec));
  const out: Section = [];
  if (operations.length) {
    out.push(
      tableNode(
        ['Endpoint', 'Summary', 'Responses', 'Defined in'],
        operations.map((o) => [
          [inlineCode(`${o.method} ${o.path}`)],
          [o.summary ?? '—'],
          o.responses.length ? joined(o.responses.map((r) => inlineCode(r.status))) : ['—'],
          [sourceLink(ctx, o.source)],
        ]),
      ),
    );
  } else {
    out.push(
      paragraph(
        emphasis(
          ctx.facts.api.operations.length === 0
            ? 'No API contract was found, so no health endpoint is known.'
            : served.size
              ? 'Its API contract declares no health, readiness or status endpoint.'
              : 'No API contract is known to be served by this service, so no health endpoint is known.',
        ),
      ),
    );
  }
  const unlisted = [...new Set(probePaths)].filter((p) => !operations.some((o) => samePath(o, p)));
  if (unlisted.length && served.size > 0) {
    out.push(
      paragraph(
        'Probed by the platform but not in the API contract: ',
        ...joined(unlisted.map((p) => inlineCode(p))),
        '.',
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------- lookups

/** The HorizontalPodAutoscaler whose `scaleTargetRef` is this workload. */
function scaledBy(facts: FactModel, c: Component): Component | undefined {
  const edge = facts.infra.edges.find((e) => e.to === c.id && e.kind === 'reference' && e.via === 'scaleTargetRef');
  return edge ? facts.infra.components.find((x) => x.id === edge.from) : undefined;
}

/** The PodDisruptionBudget that selects this workload's pods. */
function budgetOf(facts: FactModel, c: Component): Component | undefined {
  const ids = facts.infra.edges.filter((e) => e.to === c.id && e.kind === 'selects').map((e) => e.from);
  return facts.infra.components.find((x) => ids.includes(x.id) && x.kind === 'PodDisruptionBudget');
}

/** Whether a Service selects it, so that readiness decides who gets traffic. */
function routedTo(facts: FactModel, c: Component): boolean {
  return facts.infra.edges.some(
    (e) =>
      e.to === c.id &&
      e.kind === 'selects' &&
      facts.infra.components.some((s) => s.id === e.from && s.kind === 'Service'),
  );
}

function missingProbes(facts: FactModel, c: Component): string[] {
  const kinds = new Set((c.probes ?? []).map((p) => p.kind));
  if (c.platform === 'kubernetes') {
    // Jobs and CronJobs run to completion: probes are not how anyone watches them.
    if (c.kind === 'Job' || c.kind === 'CronJob') return [];
    const out: string[] = [];
    if (!kinds.has('readiness'))
      out.push(
        routedTo(facts, c)
          ? 'No readiness probe is configured: traffic reaches a pod as soon as its container starts.'
          : 'No readiness probe is configured: a rollout counts a pod ready as soon as its container starts.',
      );
    if (!kinds.has('liveness'))
      out.push('No liveness probe is configured: a hung process is not restarted by Kubernetes.');
    return out;
  }
  if (c.platform === 'compose' && !kinds.has('healthcheck'))
    return ['No healthcheck is configured in the Compose file (the image may define its own).'];
  return [];
}

// ---------------------------------------------------------------- words

function deployedAs(c: Component): string {
  return presentation(c.platform)?.deployedAs(c) ?? `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}

function probeKind(p: Probe): string {
  return p.kind === 'healthcheck' ? 'healthcheck' : `${p.kind} probe`;
}

function probeCheck(p: Probe): Inline[] {
  const port = p.port !== undefined ? ` on port ${p.port}` : '';
  switch (p.type) {
    case 'http':
      return ['HTTP GET ', inlineCode(p.path ?? '/'), port];
    case 'tcp':
      return [`TCP connect${port}`];
    case 'grpc':
      return [`gRPC health check${port}`];
    case 'exec':
      return p.command ? ['runs ', inlineCode(p.command)] : ['runs a command'];
  }
}

function budgetWords(b: NonNullable<Component['disruptionBudget']>): string {
  const parts: string[] = [];
  if (b.minAvailable !== undefined) parts.push(`at least ${b.minAvailable} available`);
  if (b.maxUnavailable !== undefined) parts.push(`at most ${b.maxUnavailable} unavailable`);
  return parts.join(', ');
}

function resourceWords(c: Component): string {
  const r = c.resources;
  if (!r) return c.platform === 'kubernetes' ? 'none set' : '—';
  const side = (v?: { cpu?: string; memory?: string }) =>
    v ? [v.cpu && `cpu ${v.cpu}`, v.memory && `memory ${v.memory}`].filter(Boolean).join(', ') : '';
  const parts: string[] = [];
  if (r.requests) parts.push(`requests ${side(r.requests)}`);
  if (r.limits) parts.push(`limits ${side(r.limits)}`);
  return parts.join('; ');
}

function samePath(o: Operation, path: string): boolean {
  return o.method === 'GET' && (o.path === path || o.path.replace(/\/+$/, '') === path.replace(/\/+$/, ''));
}

/** Kubernetes runs one pod of a Deployment, StatefulSet or ReplicaSet that names no count. */
function replicasText(c: Component): string {
  if (c.replicas !== undefined) return String(c.replicas);
  if (c.platform === 'kubernetes' && /^(Deployment|StatefulSet|ReplicaSet)$/.test(c.kind))
    return '1 (not set: the default)';
  return '—';
}
