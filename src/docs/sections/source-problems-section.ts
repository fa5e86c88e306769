// What the docs could not read. A file that failed to parse, a chart template that did not render
// or a Compose file refused as an alias bomb leaves a hole in every view; without this section a
// reader would take "no infrastructure found" at its word. Errors and warnings are listed with
// their place; notices (what was skipped on purpose) are only counted.

import type { Diagnostic } from '../../facts/model.js';
import { emphasis, paragraph, tableNode, type Section } from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

/** Past this many rows the table points at the job summary, which lists every diagnostic. */
const MAX_ROWS = 25;

export function overviewSourceProblems(ctx: SectionContext): Section {
  const all = ctx.facts.diagnostics.filter((d) => d.stage !== 'docs' && d.stage !== 'publish');
  const problems = all.filter((d) => d.severity === 'error' || d.severity === 'warning');
  const notices = all.length - problems.length;
  const noticeText = notices
    ? ` ${notices} notice(s) say what was skipped on purpose (test folders, unused overlays …); ` +
      "the run's log lists them."
    : '';
  if (problems.length === 0) return [paragraph(emphasis(`Every source was read.${noticeText}`))];
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b));
  const lead =
    ctx.facts.inputs.length === 0
      ? 'No source was read: the repository holds no file any source kind reads, or none that could be read.'
      : // Not every problem loses content (a lint error leaves the document read), so the lead says
        // what may be missing, not that it is.
        `${problems.length} problem(s) came up while reading the sources (${countOf(problems)}); ` +
        'what the files they name describe may be missing from these docs or incomplete.';
  const out: Section = [
    paragraph(lead, noticeText),
    tableNode(
      ['Severity', 'Where', 'Problem'],
      sorted
        .slice(0, MAX_ROWS)
        .map((d) => [
          [d.severity],
          [d.line ? sourceLink(ctx, { file: d.file, line: d.line }) : d.file],
          [oneLine(d.message)],
        ]),
    ),
  ];
  if (sorted.length > MAX_ROWS)
    out.push(paragraph(emphasis(`… and ${sorted.length - MAX_ROWS} more in the run's log.`)));
  return out;
}

function countOf(problems: readonly Diagnostic[]): string {
  const errors = problems.filter((d) => d.severity === 'error').length;
  const warnings = problems.length - errors;
  return [errors ? `${errors} error(s)` : '', warnings ? `${warnings} warning(s)` : ''].filter(Boolean).join(', ');
}

function oneLine(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}
