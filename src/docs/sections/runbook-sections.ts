import { inlineCode, emphasis, joined, list, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { componentLabel, edgeHow, presentation } from './infra-sections.js';
import { sourceLink, type SectionContext } from './section-context.js';

export function runbookService(ctx: SectionContext): Section {
  const service = ctx.service!;
  return [
    tableNode(
      ['Deployed as', 'Image', 'Replicas', 'Ports', 'Environment variables', 'Source'],
      service.components.map((c) => [
        [
          inlineCode(
            presentation(c.platform)?.deployedAs(c) ?? `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
          ),
        ],
        [c.image ? inlineCode(c.image) : 'built from source'],
        [c.replicas !== undefined ? String(c.replicas) : '—'],
        [c.ports.length ? c.ports.join(', ') : '—'],
        c.env.length ? joined(c.env.map(inlineCode)) : ['—'],
        [sourceLink(ctx, c.source)],
      ]),
    ),
  ];
}

export function runbookDependencies(ctx: SectionContext): Section {
  const ids = new Set(ctx.service!.components.map((c) => c.id));
  const { edges } = ctx.facts.infra;
  const outgoing = edges.filter((e) => ids.has(e.from) && !ids.has(e.to));
  const incoming = edges.filter((e) => ids.has(e.to) && !ids.has(e.from));
  if (outgoing.length === 0 && incoming.length === 0)
    return [paragraph(emphasis('The configuration shows no dependencies for this service.'))];
  const out: Section = [];
  if (outgoing.length) {
    out.push(paragraph('It needs:'));
    out.push(list(outgoing.map((e): Inline[] => [componentLabel(ctx, e.to), ' (', ...edgeHow(e), ')'])));
  }
  if (incoming.length) {
    out.push(paragraph('It is needed by:'));
    out.push(list(incoming.map((e): Inline[] => [componentLabel(ctx, e.from), ' (', ...edgeHow(e), ')'])));
  }
  return out;
}
