import { sourceKind } from '../../sources/registry.js';
import type { SourceKind } from '../../sources/source-kind.js';
import { emphasis, inlineCode, list, paragraph, tableNode, type Section } from '../markdown.js';
import { docLink, sourceLink, type SectionContext } from './section-context.js';

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
    ...ctx.services.map((s) => [docLink(ctx, `runbooks/${s.slug}.md`, `Runbook: ${s.name}`)]),
  ];
  return [list(items)];
}

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The deterministic findings: the review checklist, most severe first. */
export function overviewFindings(ctx: SectionContext): Section {
  const findings = [...ctx.facts.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.id.localeCompare(b.id),
  );
  if (findings.length === 0) return [paragraph(emphasis('No risks found by the built-in rules.'))];
  return [
    tableNode(
      ['Severity', 'Rule', 'Finding', 'Lock', 'Where'],
      findings.map((f) => [
        [f.severity],
        [inlineCode(f.rule)],
        [f.message],
        [f.lock ?? ''],
        [sourceLink(ctx, f.source)],
      ]),
    ),
  ];
}
