import {
  markProposedMentions,
  markUnknownMentions,
  type AnswerCheck,
  type Proposal,
  type ProposalCheck,
} from '../checks/grounding/index.js';
import type { SectionAnswer } from './section-answer.js';

// A checked answer as the block's Markdown. Claims read as the description of the system;
// recommendations sit under their own heading, each new name labelled "(proposed)" wherever the
// text names it and listed with what it is for, so a reader never takes a proposal for the design.

/** The heading a section's recommendations are rendered under (found again when the text is updated). */
export const RECOMMENDATIONS_HEADING = 'Recommendations';
const RECOMMENDATIONS_LEAD =
  '_Proposals for the team to weigh, not the current design: names marked (proposed) do not exist yet._';

export interface RenderOptions {
  /** The shallowest heading level the block may use. */
  depth: number;
  /** `grounding: warn` after a rejected retry: unknown names are marked instead of rejected. */
  markUnknown: boolean;
}

export function renderAnswer(answer: SectionAnswer, check: AnswerCheck, opts: RenderOptions): string {
  const heading = (text: string) => `${'#'.repeat(Math.min(opts.depth, 6))} ${text}`;
  const claim = (i: number, markdown: string) =>
    opts.markUnknown ? markUnknownMentions(markdown, check.claimParts[i]?.grounding.unknown ?? []) : markdown;
  const proposal = (i: number) => renderProposal(check.proposals[i]!, opts.markUnknown);

  if (answer.format === 'section') {
    const parts = [claim(0, answer.markdown)];
    if (answer.recommendations.length > 0) {
      parts.push(heading(RECOMMENDATIONS_HEADING), RECOMMENDATIONS_LEAD);
      parts.push(...answer.recommendations.map((_, i) => proposal(i)));
    }
    return parts.filter((p) => p !== '').join('\n\n');
  }
  const parts = [
    heading('Context'),
    claim(0, answer.context),
    heading('Decision (proposed)'),
    proposal(0),
    heading('Consequences'),
    claim(1, answer.consequences),
  ];
  if (answer.alternatives.length > 0) {
    parts.push(heading('Alternatives considered'));
    parts.push(...answer.alternatives.map((_, i) => proposal(i + 1)));
  }
  return parts.filter((p) => p !== '').join('\n\n');
}

function renderProposal(checked: ProposalCheck, markUnknown: boolean): string {
  const p: Proposal = checked.proposal;
  const proposed = checked.mentions.filter((m) => m.proposed);
  const text = markProposedMentions(p.markdown, proposed, markUnknown ? checked.unknown : []);
  const lines: string[] = [`**${escapeInline(p.title)}.**`, '', text];
  const facts: string[] = [];
  for (const n of p.proposed) {
    const kind = n.kind === 'other' ? '' : `${n.kind} `;
    facts.push(`- Proposed ${kind}${code(n.name)}${n.why.trim() ? `: ${escapeInline(n.why.trim())}` : ''}`);
  }
  if (p.touches.length > 0) {
    const touched = p.touches.map((t) =>
      markUnknown && checked.unknownTouches.includes(t) ? `${code(t)} (⚠ not in the sources)` : code(t),
    );
    facts.push(`- Touches ${touched.join(', ')}`);
  }
  if (facts.length > 0) lines.push('', ...facts);
  return lines.join('\n');
}

/** A code span that holds any text (backticks inside get a longer fence). */
function code(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  return fence.length > 1 || /^\s|\s$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** Plain text for inline Markdown: no emphasis, code, links or HTML from the model's title. */
function escapeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/**
 * The current text split where the rendered recommendations begin: the model is given its
 * description and its earlier recommendations apart, so it can answer in the same two parts.
 */
export function splitRenderedText(text: string, depth: number): { claims: string; recommendations?: string } {
  const marker = `${'#'.repeat(Math.min(depth, 6))} ${RECOMMENDATIONS_HEADING}`;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trimEnd() === marker);
  if (at < 0) return { claims: text };
  return {
    claims: lines.slice(0, at).join('\n').trimEnd(),
    recommendations: lines
      .slice(at + 1)
      .join('\n')
      .replace(RECOMMENDATIONS_LEAD, '')
      .trim(),
  };
}
