import type { FindingsTriage } from '../facts/findings-triage.js';
import type { Finding } from '../facts/model.js';
import { heading, inlineCode, list, paragraph, strong, stringify, type Section } from './markdown.js';

// The findings a change introduces, as the change's reports show them first: the job summary and
// the pull-request body. Locations are `file:line` in code, not links: these texts are read on
// GitHub pages where a relative link resolves against the page, not the repository.

/** More than this many new findings is a new source being read for the first time, not a review list. */
const MAX_LISTED = 50;

export const NEW_RISKS_TITLE = 'New risks in this change';

/** Markdown for the introduced findings (empty when there are none), with the count of resolved ones. */
export function changeRisksMarkdown(triage: FindingsTriage): string {
  const { introduced, resolved } = triage;
  const nodes: Section = [];
  if (introduced.length > 0) {
    const shown = introduced.slice(0, MAX_LISTED);
    nodes.push(
      heading(3, `⚠ ${NEW_RISKS_TITLE} (${introduced.length})`),
      paragraph(
        'Findings of the built-in rules that the base of this change does not have ',
        '(migration statements that ran before it are history and are not repeated here).',
      ),
      list(shown.map(findingItem)),
    );
    if (shown.length < introduced.length)
      nodes.push(paragraph(`… and ${introduced.length - shown.length} more (every current risk is in risks.md).`));
  }
  if (resolved.length > 0)
    nodes.push(
      paragraph(
        resolved.length === 1
          ? '1 finding of the base no longer applies.'
          : `${resolved.length} findings of the base no longer apply.`,
      ),
    );
  return nodes.length > 0 ? stringify(nodes) : '';
}

function findingItem(f: Finding) {
  return [
    strong(f.severity),
    ' ',
    inlineCode(f.rule),
    ' at ',
    inlineCode(`${f.source.file}:${f.source.line}`),
    `: ${f.message}`,
    f.lock ? ` (lock: ${f.lock})` : '',
  ];
}
