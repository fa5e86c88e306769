import { FACT_RULES, isFactRule } from '../../facts/fact-rules.js';
import { groupByRule, triageFindings, type RuleGroup } from '../../facts/findings-triage.js';
import type { Finding } from '../../facts/model.js';
import {
  emphasis,
  heading,
  inlineCode,
  paragraph,
  tableNode,
  type Cell,
  type Inline,
  type Section,
} from '../markdown.js';
import { docLink, sourceLink, type SectionContext } from './section-context.js';

// The risks of the design as it is now. The docs describe the sources as they are on their branch,
// not a change, so they triage without a base: the same sources always give the same docs (a
// rerun, or the run after a merge, changes nothing). What a change introduces is reported on the
// change itself: the job summary, the pull-request body and check-mode annotations.

/** The overview's summary table stays readable at any size: a row per rule, never more than this. */
export const MAX_OVERVIEW_ROWS = 20;
/** Locations shown per rule in the overview; the rest are in risks.md. */
const EXAMPLES_PER_RULE = 2;

export const RISKS_DOC = 'risks.md';
const MIGRATION_HISTORY_ANCHOR = 'data-model.md#migrations';

/** What to do about a finding of a rule, when the rule says. */
export function ruleAdvice(rule: string): string {
  return isFactRule(rule) ? FACT_RULES[rule] : '';
}

/** The overview's risks: current-design findings grouped by rule, at most MAX_OVERVIEW_ROWS rows. */
export function overviewFindings(ctx: SectionContext): Section {
  const { design, history } = triageFindings(ctx.facts);
  const out: Section = [];
  if (design.length === 0) out.push(paragraph(emphasis('No risks in the current design found by the built-in rules.')));
  else {
    const groups = groupByRule(design);
    // One row is kept for the rules that do not fit, so the table never passes the cap.
    const shown = groups.length > MAX_OVERVIEW_ROWS ? groups.slice(0, MAX_OVERVIEW_ROWS - 1) : groups;
    const hidden = groups.slice(shown.length);
    const rows: Cell[][] = shown.map((g) => [
      docLink(ctx, `${RISKS_DOC}#${g.rule}`, g.rule),
      g.severity,
      String(g.findings.length),
      examples(ctx, g),
      ruleAdvice(g.rule),
    ]);
    if (hidden.length > 0)
      rows.push([
        docLink(ctx, RISKS_DOC, `${hidden.length} more rules`),
        '',
        String(hidden.reduce((n, g) => n + g.findings.length, 0)),
        '',
        '',
      ]);
    out.push(
      tableNode(['Rule', 'Severity', 'Count', 'For example', 'What to do'], rows),
      paragraph(
        `${count(design.length, 'finding')} of ${count(groups.length, 'rule')}; `,
        'every one with its location is in ',
        docLink(ctx, RISKS_DOC, 'Risks'),
        '.',
      ),
    );
  }
  if (history.length > 0) out.push(historyNote(ctx, history));
  return out;
}

/** risks.md: every current-design finding, a heading per rule (the overview links to them). */
export function risksFindings(ctx: SectionContext): Section {
  const { design, history } = triageFindings(ctx.facts);
  const out: Section = [];
  if (design.length === 0) out.push(paragraph(emphasis('No risks in the current design found by the built-in rules.')));
  for (const g of groupByRule(design)) {
    out.push(heading(3, inlineCode(g.rule)));
    const advice = ruleAdvice(g.rule);
    out.push(
      paragraph(`${g.severity} severity, ${count(g.findings.length, 'finding')}.`, advice ? ` ${advice}` : ''),
      // Design rules name no lock; a column for one is shown only when a finding has it.
      g.findings.some((f) => f.lock)
        ? tableNode(
            ['Finding', 'Lock', 'Where'],
            g.findings.map((f) => [[f.message], [f.lock ?? ''], [sourceLink(ctx, f.source)]]),
          )
        : tableNode(
            ['Finding', 'Where'],
            g.findings.map((f) => [[f.message], [sourceLink(ctx, f.source)]]),
          ),
    );
  }
  if (history.length > 0) out.push(historyNote(ctx, history));
  return out;
}

/** The first few places a rule fired, each place once (two foreign keys of one line are one link). */
function examples(ctx: SectionContext, g: RuleGroup): Inline[] {
  const places = new Map<string, Finding['source']>();
  let covered = 0;
  for (const f of g.findings) {
    const key = `${f.source.file}:${f.source.line}`;
    if (!places.has(key)) {
      if (places.size === EXAMPLES_PER_RULE) continue;
      places.set(key, f.source);
    }
    covered++;
  }
  const links = [...places.values()].map((source) => sourceLink(ctx, source));
  const more = g.findings.length - covered;
  return [...links.flatMap((l, i) => (i === 0 ? [l] : [', ', l])), more > 0 ? ` and ${more} more` : ''];
}

function historyNote(ctx: SectionContext, history: Finding[]): Section[number] {
  return paragraph(
    `${count(history.length, 'finding')} on migration statements ${history.length === 1 ? 'is' : 'are'} not listed: `,
    'those statements are migration history, ',
    'counted by rule in ',
    docLink(ctx, MIGRATION_HISTORY_ANCHOR, 'Data model › Migrations'),
    '. The risks of a new migration are reported on the change that adds it.',
  );
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
