import { factIndex } from '../../facts/index/fact-index.js';
import type { Component, Edge } from '../../facts/model.js';
import { sourceKind } from '../../sources/registry.js';
import type { ComponentPresentation } from '../../sources/source-kind.js';
import { inlineCode, emphasis, joined, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

export function infraComponents(ctx: SectionContext): Section {
  const { components } = ctx.facts.infra;
  if (components.length === 0) return [paragraph(emphasis('No components.'))];
  return [
    tableNode(
      ['Component', 'Platform', 'Kind', 'Image', 'Replicas', 'Ports', 'Source'],
      components.map((c) => [
        [inlineCode(c.namespace ? `${c.namespace}/${c.name}` : c.name)],
        [platformTitle(c.platform)],
        [kindText(c)],
        [c.image ? inlineCode(c.image) : '—'],
        [c.replicas !== undefined ? String(c.replicas) : '—'],
        [c.ports.length ? c.ports.join(', ') : '—'],
        [sourceLink(ctx, c.source)],
      ]),
    ),
  ];
}

/** The kind, with the Compose profiles a service is started under (it is not up by default). */
function kindText(c: Component): string {
  const profiles = c.labels?.['com.docker.compose.profiles'];
  return profiles ? `${c.kind} (profiles: ${profiles.split(',').join(', ')})` : c.kind;
}

export function edgeHow(e: Edge): Inline[] {
  const words = {
    depends_on: 'depends on',
    selects: 'routes to',
    env: 'configured by',
    reference: 'references',
  } as const;
  return e.via ? [words[e.kind], ' ', inlineCode(e.via)] : [words[e.kind]];
}

export function componentLabel(ctx: SectionContext, id: string): Inline {
  const c = factIndex(ctx.facts).componentById(id);
  return inlineCode(c ? describe(c) : id);
}

export function describe(c: Component): string {
  return presentation(c.platform)?.reference(c) ?? `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}

/** How the kind that read a component shows it; undefined for a kind no longer registered. */
export function presentation(platform: string): ComponentPresentation | undefined {
  return sourceKind(platform)?.components;
}

export function platformTitle(platform: string): string {
  return presentation(platform)?.title ?? platform;
}

export { joined };
