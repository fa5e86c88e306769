import { z } from 'zod';
import { PROPOSED_KINDS, type ClaimPart, type Proposal, type ProposalPart } from '../checks/grounding/index.js';

// The answer the model gives for one section: what the system is (claims, checked strictly against
// the facts) kept apart from what the architect recommends (proposals, which may name new things
// when they declare them). Decision records use the same split with their own fields: the context
// and the consequences are claims; the decision and the alternatives are proposals.

/** `section`: any narrative section; `decision`: a draft architecture decision record. */
export type AnswerFormat = 'section' | 'decision';

export type SectionAnswer =
  | { format: 'section'; markdown: string; recommendations: Proposal[] }
  | { format: 'decision'; context: string; decision: Proposal; consequences: string; alternatives: Proposal[] };

const PROPOSAL_JSON = {
  type: 'object',
  properties: {
    title: { type: 'string', description: 'a short imperative title, e.g. "Make payment retries idempotent"' },
    markdown: {
      type: 'string',
      description:
        'the recommendation in Markdown, no headings: what to change, why, and its cost or trade-off; ' +
        'names in backticks, new ones exactly as declared in proposed',
    },
    proposed: {
      type: 'array',
      description: 'every new thing the recommendation names (empty when it only changes existing things)',
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: [...PROPOSED_KINDS] },
          name: { type: 'string', description: 'a column as table.column, an endpoint as METHOD /path' },
          why: { type: 'string' },
        },
        required: ['kind', 'name', 'why'],
        additionalProperties: false,
      },
    },
    touches: {
      type: 'array',
      description: 'the existing names, exactly as the facts spell them, that the change touches',
      items: { type: 'string' },
    },
  },
  required: ['title', 'markdown', 'proposed', 'touches'],
  additionalProperties: false,
} as const;

/** The JSON schema of a section answer (structured output). */
export const SECTION_OUTPUT_SCHEMA = {
  type: 'object',
  properties: {
    markdown: {
      type: 'string',
      description: 'the section body: the system as it is, from the facts; every name must exist in the facts',
    },
    recommendations: { type: 'array', description: 'your recommendations; may be empty', items: PROPOSAL_JSON },
  },
  required: ['markdown', 'recommendations'],
  additionalProperties: false,
} as const;

/** The JSON schema of a decision record answer. */
export const DECISION_OUTPUT_SCHEMA = {
  type: 'object',
  properties: {
    context: { type: 'string', description: 'the forces and the situation, from the facts (claims)' },
    decision: { ...PROPOSAL_JSON, description: 'the decision the change makes, as a proposal for the team' },
    consequences: { type: 'string', description: 'what follows from it: risks, costs, operations (claims)' },
    alternatives: { type: 'array', description: 'alternatives worth recording', items: PROPOSAL_JSON },
  },
  required: ['context', 'decision', 'consequences', 'alternatives'],
  additionalProperties: false,
} as const;

export function outputSchema(format: AnswerFormat): Record<string, unknown> {
  return (format === 'decision' ? DECISION_OUTPUT_SCHEMA : SECTION_OUTPUT_SCHEMA) as unknown as Record<string, unknown>;
}

const proposal = z.object({
  title: z.string(),
  markdown: z.string(),
  proposed: z.array(z.object({ kind: z.enum(PROPOSED_KINDS).catch('other'), name: z.string(), why: z.string() })),
  touches: z.array(z.string()),
});
// `recommendations` may be left out: an answer with none is a complete answer.
const sectionAnswer = z.object({ markdown: z.string(), recommendations: z.array(proposal).default([]) });
const decisionAnswer = z.object({
  context: z.string(),
  decision: proposal,
  consequences: z.string(),
  alternatives: z.array(proposal).default([]),
});

const SHAPE: Record<AnswerFormat, string> = {
  section: '{"markdown": "...", "recommendations": [{"title", "markdown", "proposed": [...], "touches": [...]}]}',
  decision: '{"context": "...", "decision": {recommendation}, "consequences": "...", "alternatives": [...]}',
};

export function parseAnswer(
  text: string,
  format: AnswerFormat,
): { ok: true; answer: SectionAnswer } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: `the answer was not valid JSON; answer with JSON only: ${SHAPE[format]}` };
  }
  if (format === 'decision') {
    const parsed = decisionAnswer.safeParse(json);
    if (!parsed.success) return { ok: false, problem: `the JSON answer must have the shape ${SHAPE.decision}` };
    const d = parsed.data;
    return {
      ok: true,
      answer: {
        format,
        context: d.context.trim(),
        decision: trimProposal(d.decision),
        consequences: d.consequences.trim(),
        alternatives: d.alternatives.map(trimProposal),
      },
    };
  }
  const parsed = sectionAnswer.safeParse(json);
  if (!parsed.success) return { ok: false, problem: `the JSON answer must have the shape ${SHAPE.section}` };
  return {
    ok: true,
    answer: {
      format,
      markdown: parsed.data.markdown.trim(),
      recommendations: parsed.data.recommendations.map(trimProposal).filter((r) => r.markdown !== ''),
    },
  };
}

function trimProposal(p: Proposal): Proposal {
  return { ...p, title: p.title.trim().replace(/[.:]$/, ''), markdown: p.markdown.trim() };
}

/** The parts of an answer the grounding check reads, each under the label its problems use. */
export function answerParts(answer: SectionAnswer): { claims: ClaimPart[]; proposals: ProposalPart[] } {
  if (answer.format === 'section') {
    return {
      claims: [{ label: 'markdown', markdown: answer.markdown }],
      proposals: answer.recommendations.map((proposal, i) => ({
        label: `recommendation ${i + 1} ("${proposal.title}")`,
        proposal,
      })),
    };
  }
  return {
    claims: [
      { label: 'context', markdown: answer.context },
      { label: 'consequences', markdown: answer.consequences },
    ],
    proposals: [
      { label: 'decision', proposal: answer.decision },
      ...answer.alternatives.map((proposal, i) => ({ label: `alternative ${i + 1} ("${proposal.title}")`, proposal })),
    ],
  };
}

/** The answer with its proposals replaced (after the check moved existing names to `touches`). */
export function withProposals(answer: SectionAnswer, proposals: Proposal[]): SectionAnswer {
  if (answer.format === 'section') return { ...answer, recommendations: proposals };
  return { ...answer, decision: proposals[0]!, alternatives: proposals.slice(1) };
}
