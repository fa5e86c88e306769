import { groupByRule, triageFindings } from '../../facts/findings-triage.js';
import type { MigrationChange } from '../../facts/model.js';
import { emphasis, inlineCode, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { count } from './risk-sections.js';
import { sourceLink, type SectionContext } from './section-context.js';

/**
 * `data.migration-history`: what the migration-statement rules say about migrations already in
 * the sources, as counts per rule. Those statements ran (or run with the change that added them,
 * where they are reported), so they are history, not risks of the design: listing each dropped
 * column as a risk today would bury the risks that are.
 */
export function dataMigrationHistory(ctx: SectionContext): Section {
  if (ctx.facts.schema.migrations.length === 0) return [];
  return flaggedHistory(ctx);
}

/** How many of the latest migrations the history lists with what each changed. */
export const LATEST_MIGRATIONS = 10;

const VERBS: Record<MigrationChange['action'], string> = {
  create: 'creates',
  drop: 'drops',
  rename: 'renames',
  alter: 'alters',
  data: 'changes rows of',
};

/**
 * `data.migrations`: the latest migrations, newest first, with what each changed and whether it can
 * be rolled back (a history of hundreds of files is in the folder, not in the doc).
 */
export function latestMigrations(ctx: SectionContext): Section {
  const all = ctx.facts.schema.migrations;
  const latest = [...all].sort((a, b) => b.order - a.order).slice(0, LATEST_MIGRATIONS);
  const MAX_CHANGES = 4;
  const rows = latest.map((m) => {
    const changes = m.changes ?? [];
    const shown: Inline[] = changes
      .slice(0, MAX_CHANGES)
      .flatMap((c, i): Inline[] => [
        i === 0 ? '' : '; ',
        `${c.action === 'create' && (c.what === 'column' || c.what === 'constraint') ? 'adds' : VERBS[c.action]} ` +
          `${c.what === 'rows' ? '' : `${c.what} `}`,
        inlineCode(c.name),
        c.detail ? ` ${c.detail}` : '',
      ]);
    if (changes.length > MAX_CHANGES) shown.push(`; and ${changes.length - MAX_CHANGES} more`);
    if (changes.length === 0) shown.push(m.statements === 0 ? 'empty' : 'no schema change');
    if (m.failed > 0) shown.push(` (${count(m.failed, 'statement')} failed in replay)`);
    return [
      [String(m.order)],
      [sourceLink(ctx, { file: m.file, line: 1 }, m.file)],
      shown,
      [m.rollback ? 'yes' : 'no'],
    ];
  });
  const reversible = all.filter((m) => m.rollback !== undefined).length;
  return [
    paragraph(
      all.length > latest.length
        ? `The latest ${latest.length} of ${all.length} migrations, newest first. `
        : `${count(all.length, 'migration')}, newest first. `,
      reversible === all.length
        ? 'Each has a rollback.'
        : reversible === 0
          ? 'None has a rollback (no down migration).'
          : `${reversible} of ${all.length} have a rollback.`,
    ),
    tableNode(['#', 'Migration', 'What it changed', 'Rollback'], rows),
  ];
}

function flaggedHistory(ctx: SectionContext): Section {
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
