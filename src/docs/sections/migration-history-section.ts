import { groupByRule, triageFindings } from '../../facts/findings-triage.js';
import { emphasis, inlineCode, paragraph, tableNode, type Section } from '../markdown.js';
import { count } from './risk-sections.js';
import type { SectionContext } from './section-context.js';

/**
 * `data.migration-history`: what the migration-statement rules say about migrations already in
 * the sources, as counts per rule. Those statements ran (or run with the change that added them,
 * where they are reported), so they are history, not risks of the design: listing each dropped
 * column as a risk today would bury the risks that are.
 */
export function dataMigrationHistory(ctx: SectionContext): Section {
  if (ctx.facts.schema.migrations.length === 0) return [];
  const { history } = triageFindings(ctx.facts);
  if (history.length === 0)
    return [paragraph(emphasis('No migration statement is flagged by the built-in migration safety rules.'))];
  const groups = groupByRule(history);
  const files = new Set(history.map((f) => f.source.file));
  const order = new Map(ctx.facts.schema.migrations.map((m) => [m.file, m.order]));
  const replayed = (file: string) => order.get(file) ?? 0;
  return [
    paragraph(
      `${count(history.length, 'statement')} in ${count(files.size, 'migration')} `,
      `${history.length === 1 ? 'is' : 'are'} flagged by the migration safety rules `,
      '(locks, dropped or renamed columns and tables, rewrites). They are part of the migration history, ',
      'counted here rather than listed as risks.',
    ),
    tableNode(
      ['Rule', 'Severity', 'Statements', 'Migrations', 'Latest in'],
      groups.map((g) => {
        const latest = g.findings.reduce((a, b) => (replayed(b.source.file) > replayed(a.source.file) ? b : a));
        return [
          [inlineCode(g.rule)],
          [g.severity],
          [String(g.findings.length)],
          [String(new Set(g.findings.map((f) => f.source.file)).size)],
          [inlineCode(latest.source.file)],
        ];
      }),
    ),
  ];
}
