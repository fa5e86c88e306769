import { sourceKind } from '../../sources/registry.js';
import type { SourceKind } from '../../sources/source-kind.js';
import { list, tableNode, type Section } from '../markdown.js';
import { docLink, type SectionContext } from './section-context.js';

export function overviewAtAGlance(ctx: SectionContext): Section {
  const { api, schema, infra, inputs } = ctx.facts;
  // Files read for each area, whichever kinds of source describe it.
  const count = (area: SourceKind['area']) => inputs.filter((i) => sourceKind(i.kind)?.area === area).length;
  return [
    tableNode(
      ['Area', 'What the sources define', 'Read from'],
      [
        [
          ['API'],
          [
            `${api.operations.length} operations in ${api.specs.length} OpenAPI descriptions, ` +
              `${api.securitySchemes.length} security schemes`,
          ],
          [`${count('api')} files`],
        ],
        [
          ['Data'],
          [
            `${schema.tables.filter((t) => t.kind === 'table').length} tables, ` +
              `${schema.foreignKeys.length} foreign keys, ${schema.enums.length} enumerated types`,
          ],
          [`${count('data')} migrations`],
        ],
        [
          ['Infrastructure'],
          [`${infra.components.length} components, ${ctx.services.length} deployable services`],
          [`${count('infrastructure')} files`],
        ],
      ],
    ),
  ];
}

export function overviewDocuments(ctx: SectionContext): Section {
  const items = [
    [docLink(ctx, 'api.md', 'API'), ' — endpoints, authentication, design notes'],
    [docLink(ctx, 'data-model.md', 'Data model'), ' — tables, relationships, indexes, migrations'],
    [docLink(ctx, 'infrastructure.md', 'Infrastructure'), ' — components and their dependencies'],
    [docLink(ctx, 'risks.md', 'Risks'), ' — every risk the built-in rules find in the current design'],
    ...ctx.services.map((s) => [docLink(ctx, `runbooks/${s.slug}.md`, `Runbook: ${s.name}`)]),
  ];
  return [list(items)];
}
