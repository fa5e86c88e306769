import type { TextBlockParam, Tool } from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { FactModel } from '../facts/model.js';
import { AGENT_TOOLS } from './agent-tools.js';
import { estimateTokens } from './fact-digest.js';
import { redactSecrets } from '../redaction/redact-secrets.js';

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
  /** The facts as given to the model: their JSON when it fits the budget, else ids or counts (see `inlineFacts`). */
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
}

export const OUTPUT_CONTRACT = `## How to answer

You are asked for one section of a Markdown document at a time. Answer with JSON only, matching
the given schema: {"markdown": "<the section body>"}.

Rules for the markdown:
- It is the body of the section only: the section heading already exists above it.
- Headings inside it must be deeper than the section heading (the request says which level).
- Write every endpoint as \`METHOD /path\`, and every table, column, service, queue or other named
  thing exactly as the facts spell it, in backticks. Names that are not in the facts are rejected.
- No HTML, no Mermaid or other diagrams, links only relative or https.
- If the facts do not show something the section should cover, say so plainly instead of guessing.`;

/**
 * The prefix shared by every call of a run: persona, output contract and fact digest. It is
 * byte-identical across calls and ends with a cache breakpoint, so after the first call it is
 * read from the prompt cache instead of billed in full.
 */
export function buildPrefix(persona: string, digest: string): { system: TextBlockParam[]; tools: Tool[] } {
  return {
    tools: AGENT_TOOLS,
    system: [
      { type: 'text', text: persona },
      { type: 'text', text: OUTPUT_CONTRACT },
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
  if (job.currentText)
    parts.push(
      '',
      'The current text of this section. Update it to match the facts; ' +
        'keep what is still true and its wording where it is fine:',
      '<current>',
      job.currentText,
      '</current>',
    );
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

/** The JSON schema of the answer (structured output). */
export const SECTION_OUTPUT_SCHEMA = {
  type: 'object',
  properties: { markdown: { type: 'string', description: 'the section body in Markdown' } },
  required: ['markdown'],
  additionalProperties: false,
} as const;
