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
            `${api.operations.length} operations in ${api.specs.length} API contracts` +
              `${contractKinds(api.specs)}, ${api.securitySchemes.length} security schemes`,
          ],
          [plural(count('api'), 'file')],
        ],
        [
          ['Data'],
          [
            `${schema.tables.filter((t) => t.kind === 'table').length} tables, ` +
              `${schema.foreignKeys.length} foreign keys, ${schema.enums.length} enumerated types`,
          ],
          [`${plural(ctx.facts.schema.migrations.length, 'migration')} (${plural(count('data'), 'file')})`],
        ],
        [
          ['Infrastructure'],
          [`${infra.components.length} objects, ${ctx.services.length} deployable services`],
          [plural(count('infrastructure'), 'file')],
        ],
        [['System'], [systemSummary(ctx)], ['derived from the above']],
      ],
    ),
  ];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The logical system in one line: what an architect counts first. */
function systemSummary(ctx: SectionContext): string {
  const { components, edges } = ctx.facts.system;
  const count = (roles: string[]) => components.filter((c) => roles.includes(c.role)).length;
  const parts = [
    [count(['service', 'job']), 'service'],
    [count(['datastore', 'cache', 'queue', 'bucket']), 'data component'],
    [count(['gateway']), 'gateway'],
    [count(['external']), 'external system'],
    [edges.length, 'connection'],
  ] as const;
  return parts.map(([n, word]) => plural(n, word)).join(', ');
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

/** ` (OpenAPI, gRPC)`: which kinds of contract, when there is more than one. */
function contractKinds(specs: { protocol?: string }[]): string {
  const names: Record<string, string> = { http: 'OpenAPI', grpc: 'gRPC', graphql: 'GraphQL', async: 'AsyncAPI' };
  const kinds = [...new Set(specs.map((s) => names[s.protocol ?? 'http'] ?? s.protocol ?? 'http'))];
  return kinds.length > 1 ? ` (${kinds.join(', ')})` : '';
}
