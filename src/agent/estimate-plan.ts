import { sha256 } from '../facts/hash.js';
import { factDigest, estimateTokens } from './fact-digest.js';
import { planSections, type PlanInput } from './plan-sections.js';
import { buildPrefix, buildSectionRequest } from './prompt.js';
import { BATCH_PRICE_FACTOR, costUsd, priceFor, type Price } from './pricing.js';

export interface PlanEstimate {
  model: string;
  sections: { file: string; blockId: string; inputTokens: number; reason: string }[];
  unchanged: number;
  /** Cached prefix, counted once as a cache write and then as cache reads. */
  prefixTokens: number;
  inputTokens: number;
  /** Upper bound: every section using its whole output allowance. */
  maxOutputTokens: number;
  costUsd: number;
  /** True when the run would send the sections as a Message Batch (the cost is its half price). */
  batch: boolean;
}

/**
 * What a run would ask the model, without asking: the sections to (re)write and an estimate of
 * tokens and cost. Estimates count characters (about four a token) and assume one call per
 * section with no tool use, the first writing the prompt cache and the rest reading it.
 */
export function estimatePlan(
  input: Omit<PlanInput, 'personaDigest' | 'inlineFactsTokens'> & {
    persona: string;
    maxInputTokens: number;
    maxOutputTokens: number;
    prices?: Record<string, Partial<Price>>;
    batch?: boolean;
  },
): PlanEstimate {
  const digest = factDigest(input.facts, Math.floor(input.maxInputTokens * 0.6));
  const plan = planSections({
    ...input,
    personaDigest: sha256(input.persona),
    inlineFactsTokens: Math.max(0, input.maxInputTokens - digest.tokens - 4_000) / 2,
    factsInPrefix: digest.level === 0,
  });
  const prefix = buildPrefix(input.persona, digest.text);
  const prefixTokens = estimateTokens(JSON.stringify(prefix));
  const price = priceFor(input.model, input.prices);
  let cost = 0;
  let inputTokens = 0;
  const sections = plan.jobs.map((job, i) => {
    const own = estimateTokens(buildSectionRequest(job));
    inputTokens += own + prefixTokens;
    cost += costUsd(
      {
        input_tokens: own,
        output_tokens: input.maxOutputTokens,
        cache_creation_input_tokens: i === 0 ? prefixTokens : 0,
        cache_read_input_tokens: i === 0 ? 0 : prefixTokens,
      },
      price,
    );
    return {
      file: job.file,
      blockId: job.blockId,
      inputTokens: own + prefixTokens,
      reason: job.currentText
        ? 'its facts, template, persona or model changed, or its text names what is gone'
        : 'no model text yet',
    };
  });
  return {
    model: input.model,
    sections,
    unchanged: plan.unchanged.length,
    prefixTokens,
    inputTokens,
    maxOutputTokens: sections.length * input.maxOutputTokens,
    costUsd: input.batch ? cost * BATCH_PRICE_FACTOR : cost,
    batch: input.batch ?? false,
  };
}
