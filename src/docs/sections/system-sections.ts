// Sections drawn from the system model: the C4-style views (context, containers, deployment) and
// the tables behind them — logical components with their evidence, the supporting objects folded
// into each, the connections, and what the sources do not show.

import { factIndex } from '../../facts/index/fact-index.js';
import type { SystemComponent } from '../../facts/model.js';
import {
  codeNode,
  emphasis,
  inlineCode,
  joined,
  list,
  paragraph,
  strong,
  tableNode,
  type Inline,
  type Section,
} from '../markdown.js';
import { containerView } from '../views/container-view.js';
import { contextView } from '../views/context-view.js';
import { deploymentViews } from '../views/deployment-view.js';
import { renderFlowchart } from '../views/flowchart.js';
import { describe, platformTitle, presentation } from './infra-sections.js';
import { sourceLink, type SectionContext } from './section-context.js';

export function overviewContextDiagram(ctx: SectionContext): Section {
  const chart = contextView(ctx.facts);
  if (!chart)
    return [paragraph(emphasis('The sources define no API and no components, so there is no context to draw.'))];
  const externals = ctx.facts.system.components.filter((c) => c.role === 'external').length;
  const note =
    externals === 0
      ? 'No external system is named by a literal URL in the configuration; ' +
        'integrations configured through secrets do not show here.'
      : `External systems are the hosts that configuration values name (${externals}).`;
  return [codeNode('mermaid', renderFlowchart(chart)), paragraph(emphasis(note))];
}

export function overviewComponentDiagram(ctx: SectionContext): Section {
  const { system } = ctx.facts;
  if (system.components.length === 0)
    return [paragraph(emphasis('No infrastructure configuration was found, so there is no container view.'))];
  const parts = containerView(system);
  const out: Section = [];
  if (parts.length > 1) {
    out.push(
      paragraph(
        `${system.components.length} components are too many for one readable diagram: ` +
          'an overview of the groups comes first, then one diagram per group ' +
          '(components of other groups it talks to are dashed).',
      ),
    );
  }
  for (const part of parts) {
    if (parts.length > 1) out.push(paragraph(strong(part.title)));
    out.push(codeNode('mermaid', renderFlowchart(part.chart)));
  }
  out.push(
    paragraph(
      emphasis(
        'One box per logical component; supporting objects (Services, ServiceAccounts, NetworkPolicies, ConfigMaps, ' +
          'Secrets, subnet groups, policies) are folded into their component — see the infrastructure document.',
      ),
    ),
  );
  return out;
}

export function infraDiagram(ctx: SectionContext): Section {
  if (ctx.facts.infra.components.length === 0)
    return [paragraph(emphasis('No infrastructure configuration was found in this repository.'))];
  const parts = deploymentViews(ctx.facts, {
    platformTitle,
    nodeName: (c) => presentation(c.platform)?.diagramName(c) ?? c.name,
  });
  if (parts.length === 0) return [paragraph(emphasis('No component that runs or holds data was found.'))];
  const out: Section = [];
  for (const part of parts) {
    out.push(paragraph(strong(part.title)));
    out.push(codeNode('mermaid', renderFlowchart(part.chart)));
  }
  return out;
}

export function infraSystemComponents(ctx: SectionContext): Section {
  const { components } = ctx.facts.system;
  if (components.length === 0) return [paragraph(emphasis('No logical components.'))];
  const index = factIndex(ctx.facts);
  return [
    tableNode(
      ['Component', 'Role', 'Technology', 'Runs as', 'Provides', 'Why'],
      components.map((c) => [
        [inlineCode(c.name)],
        [c.role],
        [c.technology ?? '—'],
        c.runsAs.length
          ? joined(
              c.runsAs.map((id) => {
                const raw = index.componentById(id);
                return raw ? sourceLink(ctx, raw.source, describe(raw)) : inlineCode(id);
              }),
            )
          : [c.hosts.length ? `host ${c.hosts.join(', ')}` : '—'],
        c.provides.length
          ? joined(c.provides.map((p) => inlineCode(p.replace(/^spec:|^migrations:|^grpc:/, ''))))
          : ['—'],
        codeSpans(whyText(c)),
      ]),
    ),
  ];
}

/** Text whose `backticked` parts are code: evidence rules are written that way. */
function codeSpans(text: string): Inline[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : part))
    .filter((p) => p !== '');
}

/** The inference rules behind a component, beyond "defined in file:line". */
function whyText(c: SystemComponent): string {
  const rules = c.evidence.map((e) => e.rule).filter((r) => !/ in [^ ]+:\d+$/.test(r));
  return rules.length ? rules.join('; ') : 'defined once';
}

export function infraSupporting(ctx: SectionContext): Section {
  const { system, infra } = ctx.facts;
  const index = factIndex(ctx.facts);
  const foldedInto = new Map<string, string[]>();
  for (const c of system.components)
    for (const s of c.supporting) foldedInto.set(s, [...(foldedInto.get(s) ?? []), c.name]);
  const owned = new Set(system.components.flatMap((c) => c.runsAs));
  const rows = [...foldedInto.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const loose = infra.components.filter((c) => !owned.has(c.id) && !foldedInto.has(c.id));
  const out: Section = [];
  if (rows.length === 0 && loose.length === 0) return [paragraph(emphasis('No supporting objects.'))];
  if (rows.length > 0) {
    out.push(
      tableNode(
        ['Object', 'Part of', 'Source'],
        rows.map(([id, names]) => {
          const raw = index.componentById(id);
          return [
            [inlineCode(raw ? describe(raw) : id)],
            joined(names.map(inlineCode)),
            [sourceLink(ctx, raw?.source)],
          ];
        }),
      ),
    );
  }
  if (loose.length > 0) {
    out.push(paragraph(`Not attached to any component (${loose.length}):`));
    out.push(
      tableNode(
        ['Object', 'Source'],
        loose.map((c) => [[inlineCode(describe(c))], [sourceLink(ctx, c.source)]]),
      ),
    );
  }
  return out;
}

export function infraConnections(ctx: SectionContext): Section {
  const { edges, components } = ctx.facts.system;
  if (edges.length === 0) return [paragraph(emphasis('No connections between components were found.'))];
  const name = (id: string) => components.find((c) => c.id === id)?.name ?? id;
  return [
    tableNode(
      ['From', 'To', 'How', 'Protocol'],
      edges.map((e) => [[inlineCode(name(e.from))], [inlineCode(name(e.to))], [e.via], [e.protocol ?? '—']]),
    ),
  ];
}

export function infraUnknowns(ctx: SectionContext): Section {
  const { unknowns } = ctx.facts.system;
  if (unknowns.length === 0)
    return [
      paragraph(
        emphasis(
          'Nothing the rules check is left open: every API contract and migration set has a known owner, and every ' +
            'connection an env var names has one target.',
        ),
      ),
    ];
  return [list(unknowns.map((u) => codeSpans(u)))];
}
