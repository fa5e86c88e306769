import type { TextBlockParam, Tool } from '@anthropic-ai/sdk/resources/messages/messages.js';
import { AGENT_TOOLS } from './agent-tools.js';

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
  /** The facts themselves, JSON, when they fit the budget; else the model uses the tools. */
  factsJson?: string;
  /** The block's current text when it holds earlier model text: update it, don't start over. */
  currentText?: string;
  /** What changed in this section's facts since the text was written. */
  changeSummary?: string;
  service?: string;
  /** Digest of everything the section depends on (facts, template, persona, model). */
  inputsDigest: string;
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
      { type: 'text', text: digest, cache_control: { type: 'ephemeral' } },
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
    job.factsJson ?? `${job.factIds.join('\n')}\n(Details are not inlined here: use lookup_facts.)`,
  ];
  if (job.changeSummary) parts.push('', `What changed since the current text was written:\n${job.changeSummary}`);
  if (job.currentText) parts.push('', 'The current text of this section. Update it to match the facts; keep what is still true and its wording where it is fine:', '<current>', job.currentText, '</current>');
  if (problems?.length) parts.push('', 'Your previous answer was rejected by the automatic checks. Fix every problem:', ...problems.map((p) => `- ${p}`));
  return parts.join('\n');
}

/** The JSON schema of the answer (structured output). */
export const SECTION_OUTPUT_SCHEMA = {
  type: 'object',
  properties: { markdown: { type: 'string', description: 'the section body in Markdown' } },
  required: ['markdown'],
  additionalProperties: false,
} as const;
