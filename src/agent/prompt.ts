import type { TextBlockParam, Tool } from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { FactModel } from '../facts/model.js';
import { AGENT_TOOLS } from './agent-tools.js';
import { estimateTokens } from './fact-digest.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import { splitRenderedText } from './render-answer.js';
import type { AnswerFormat } from './section-answer.js';

/** One agent-written block to (re)write. */
export interface SectionJob {
  /** Repo-relative doc path. */
  file: string;
  blockId: string;
  /** What belongs in the section (from the section registry). */
  purpose: string;
  /** The heading level the block sits under; the model may only use deeper headings. */
  minHeadingDepth: number;
  factIds: string[];
  /**
   * The facts as named in the request: when the cached digest lists every fact with its detail, just
   * which of them (`sectionScope`); else their JSON when it fits the budget, or ids or counts (`inlineFacts`).
   */
  factsText: string;
  /** The block's current text when it holds earlier model text: update it, don't start over. */
  currentText?: string;
  /** What changed in this section's facts since the text was written. */
  changeSummary?: string;
  service?: string;
  /** Digest of everything the section depends on (facts, template, persona, model). */
  inputsDigest: string;
  /** Facts of the previous run that the text may also name (a decision record about a removal). */
  alsoKnown?: FactModel;
  /** The shape of the answer; `section` when not given. */
  answer?: AnswerFormat;
}

export const OUTPUT_CONTRACT = `## How to answer

You are asked for one section of a Markdown document at a time. Answer with JSON only, matching
the given schema. An answer has two kinds of content, and they are checked differently:

1. Description (\`markdown\`; in a decision record \`context\` and \`consequences\`): the system as it
   is today. Every endpoint, table, column, service, queue, variable or other named thing must exist
   in the facts, spelled exactly as the facts spell it. A name that is not in the facts is rejected.
2. Recommendations (\`recommendations\`; in a decision record \`decision\` and \`alternatives\`): what
   you advise changing. A recommendation may name things that do not exist yet, but it must declare
   each of them in \`proposed\` (its kind, its name, why it is needed) and list in \`touches\` the
   existing names it changes. Existing names in a recommendation must be real, with real columns:
   an index on \`orders(customer_id, created_at)\` needs both columns in the facts, or the new one
   declared as a proposed column \`orders.created_at\`. Never describe a proposed thing as if it
   already existed, and never put a proposed name in the description.

Rules for the Markdown of both:
- It is the body of the section only: the section heading already exists above it. Recommendations
  are rendered under their own heading, so do not write a "Recommendations" heading yourself, and a
  recommendation's text has no headings.
- Headings in the description must be deeper than the section heading (the request says which level).
- Write every endpoint as \`METHOD /path\`, and every table, column, service, queue or other named
  thing in backticks.
- No HTML, no Mermaid or other diagrams, links only relative or https.
- If the facts do not show something the section should cover, say so plainly instead of guessing.
  A gap you think should be closed is a recommendation, not a description.`;

/**
 * The prefix shared by every call of a run: persona, output contract and fact digest, in that
 * order, from what changes least to what changes most. It is byte-identical across the run's calls
 * and holds every fact the sections are written from, so after the first call it is read from the
 * prompt cache and each section pays only for its short request. Two cache breakpoints: after the
 * contract (tools, persona and contract are the same run after run, so a run on changed facts
 * within the cache's lifetime still reads them) and after the digest (the whole prefix).
 */
export function buildPrefix(persona: string, digest: string): { system: TextBlockParam[]; tools: Tool[] } {
  return {
    tools: AGENT_TOOLS,
    system: [
      { type: 'text', text: persona },
      { type: 'text', text: OUTPUT_CONTRACT, cache_control: { type: 'ephemeral' } },
      { type: 'text', text: redactSecrets(digest).text, cache_control: { type: 'ephemeral' } },
    ],
  };
}

/** The per-section request: what to write, from which facts, and the text to update. */
export function buildSectionRequest(job: SectionJob, problems?: string[]): string {
  const parts = [
    `Section: ${job.blockId}`,
    `Document: ${job.file}${job.service ? ` (runbook for the service \`${job.service}\`)` : ''}`,
    `Write: ${job.purpose}.`,
    `Use headings of level ${job.minHeadingDepth} or deeper only (${'#'.repeat(job.minHeadingDepth)}).`,
    '',
    `Facts this section is about (${job.factIds.length}):`,
    job.factsText,
  ];
  if (job.changeSummary) parts.push('', `What changed since the current text was written:\n${job.changeSummary}`);
  if (job.answer === 'decision')
    parts.push(
      '',
      'Answer in the decision-record shape: `context` and `consequences` describe (claims), ' +
        '`decision` and `alternatives` are proposals.',
    );
  if (job.currentText) {
    // The block holds our rendering of the earlier answer: its description and its recommendations
    // are handed back apart, so the model answers in the same two parts.
    const current = splitRenderedText(job.currentText, job.minHeadingDepth);
    parts.push(
      '',
      'The current text of this section. Update it to match the facts; ' +
        'keep what is still true and its wording where it is fine:',
      '<current>',
      current.claims,
      '</current>',
    );
    if (current.recommendations)
      parts.push(
        '',
        'Your earlier recommendations, as rendered (the "(proposed)" labels and the lists of proposed and ' +
          'touched names were added from your JSON): keep those that still apply, in `recommendations`.',
        '<recommendations>',
        current.recommendations,
        '</recommendations>',
      );
  }
  if (problems?.length)
    parts.push(
      '',
      'Your previous answer was rejected by the automatic checks. Fix every problem:',
      ...problems.map((p) => `- ${p}`),
    );
  // Facts can carry literal values (column defaults, server URLs): nothing secret leaves the runner.
  return redactSecrets(parts.join('\n')).text;
}

/**
 * The section's facts within a token allowance: the full JSON when it fits; else the list of ids;
 * else counts by kind and as many ids as fit. The model reaches the rest with lookup_facts, so a
 * large system never silently loses facts to truncation — the prompt says what was left out.
 */
export function inlineFacts(ids: string[], facts: unknown[], allowanceTokens: number): string {
  const json = JSON.stringify(facts);
  if (estimateTokens(json) <= allowanceTokens) return json;
  const list = ids.join('\n');
  if (estimateTokens(list) <= allowanceTokens)
    return `${list}\n(Only ids are given, to keep the prompt small: use lookup_facts for details.)`;
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id.split(':')[0]!, (counts.get(id.split(':')[0]!) ?? 0) + 1);
  const head = [...counts.entries()].map(([kind, n]) => `${n} ${kind}`).join(', ');
  const shown: string[] = [];
  let used = estimateTokens(head) + 50;
  for (const id of ids) {
    used += estimateTokens(id) + 1;
    if (used > allowanceTokens) break;
    shown.push(id);
  }
  return (
    `${head}.\nFirst ${shown.length} of ${ids.length} ids:\n${shown.join('\n')}\n` +
    `(The rest are left out to keep the prompt small: use lookup_facts with a query to reach them.)`
  );
}
