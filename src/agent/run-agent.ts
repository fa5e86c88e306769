import type { FactModel } from '../facts/model.js';
import type { PlannedDoc } from '../docs/plan-docs.js';
import { sha256 } from '../facts/hash.js';
import { factIndex } from '../facts/index/fact-index.js';
import { factDigest } from './fact-digest.js';
import { buildPrefix } from './prompt.js';
import type { SectionState } from '../state/state-file.js';
import { planSections, sectionKey } from './plan-sections.js';
import { UsageMeter, type Budget, type UsageTotals } from './usage-meter.js';
import { writeSection, type MessagesClient, type SectionOutcome } from './write-section.js';
import { CallGate } from './call-gate.js';
import { firstThenPool } from './first-then-pool.js';
import { DEFAULT_MODEL_CONCURRENCY } from '../config/config-values.js';
import type { Price } from './pricing.js';
import { loadPgParser } from '../sources/migrations/pg-parser.js';
import { repoFileNames } from './repo-files.js';
import type { BatchesClient } from './message-batch.js';
import { startSectionsInBatch, type BatchedStart } from './batch-sections.js';

export interface AgentRunInput {
  repoRoot: string;
  facts: FactModel;
  previousFacts?: FactModel;
  docs: PlannedDoc[];
  existing: Map<string, string | undefined>;
  sections: Record<string, SectionState>;
  templatesDigest: string;
  persona: string;
  model: string;
  client: MessagesClient;
  force: boolean;
  maxInputTokens: number;
  maxOutputTokens: number;
  grounding: 'strict' | 'warn';
  budget?: Budget;
  prices?: Record<string, Partial<Price>>;
  /** Model calls open at once after the first section (default 4). */
  concurrency?: number;
  /** Send each section's first request in one Message Batch (half price), waiting at most `timeoutMs`. */
  batch?: { client: BatchesClient; timeoutMs: number };
}

export interface SkippedSection {
  file: string;
  blockId: string;
  reason: string;
  /** `unanswered`: a Message Batch gave no answer in time; the section waits for the next run. */
  kind: 'model-error' | 'check-failed' | 'budget' | 'unanswered';
}

/** How the run's Message Batch went (batch runs only). */
export interface BatchReport {
  /** Undefined when the batch could not be created. */
  id?: string;
  /** Sections whose first request was sent in it. */
  sent: number;
  answered: number;
  errored: number;
  unanswered: number;
  /** Status checks while waiting, and the waits between them (ms). */
  polls: number;
  waits: number[];
  /** True when the time limit was reached and the batch canceled. */
  canceled: boolean;
}

export interface AgentOutcome {
  /** Model text per doc and block, for the sections that passed every check. */
  bodies: Map<string, Map<string, string>>;
  /** Docs left exactly as they were because a model call for them failed. */
  frozenDocs: Map<string, string>;
  skipped: SkippedSection[];
  /** The state of every agent section after this run (carried over where nothing was written). */
  sections: Record<string, SectionState>;
  usage: UsageTotals;
  generated: number;
  unchanged: number;
  /** Known mentions / all mentions in the description (claims) of the sections checked; 1 when none were. */
  groundingRatio: number;
  /** Recommendations written (decision records' decisions and alternatives included). */
  recommendations: number;
  /** New names those recommendations declare. */
  proposedNames: number;
  /** Sections that needed a second call because the first answer had a real problem. */
  retried: number;
  digestLevel: number;
  /** Set when the sections were started through a Message Batch. */
  batch?: BatchReport;
}

/**
 * Runs the architect over the sections that need it. The first section is written alone, so its
 * call creates the prompt cache; the rest then run side by side (at most `concurrency` calls open)
 * and read it. Their results are applied in plan order with a sequential run's rules, so the docs
 * and the state do not depend on which call answered first: a model failure freezes the whole doc
 * it belongs to (it stays as it was; later sections of that doc count as not attempted, even when
 * they ran); a budget stop skips everything after it; a section that fails the checks is not
 * written. What ran anyway was still paid for and is in the usage.
 */
export async function runAgent(input: AgentRunInput): Promise<AgentOutcome> {
  const digest = factDigest(input.facts, Math.floor(input.maxInputTokens * 0.6));
  const plan = planSections({
    facts: input.facts,
    previousFacts: input.previousFacts,
    docs: input.docs,
    existing: input.existing,
    sections: input.sections,
    personaDigest: sha256(input.persona),
    templatesDigest: input.templatesDigest,
    model: input.model,
    force: input.force,
    inlineFactsTokens: Math.max(0, input.maxInputTokens - digest.tokens - 4_000) / 2,
    factsInPrefix: digest.level === 0,
  });
  const meter = new UsageMeter(input.budget, input.prices);
  const outcome: AgentOutcome = {
    bodies: new Map(),
    frozenDocs: new Map(),
    skipped: [],
    sections: Object.fromEntries(plan.unchanged.map((k) => [k, input.sections[k]!])),
    usage: meter.totals,
    generated: 0,
    unchanged: plan.unchanged.length,
    groundingRatio: 1,
    recommendations: 0,
    proposedNames: 0,
    retried: 0,
    digestLevel: digest.level,
  };
  const prefix = buildPrefix(input.persona, digest.text);
  const tools = { repoRoot: input.repoRoot, facts: input.facts, byId: factIndex(input.facts).byId };
  let known = 0;
  let mentions = 0;
  let budgetStop: string | undefined;
  // SQL in the answers is read with the real parser; if it cannot load, the keyword scan reads it.
  const sqlParser = plan.jobs.length > 0 ? await loadPgParser().catch(() => undefined) : undefined;
  const repoFiles = plan.jobs.length > 0 ? repoFileNames(input.repoRoot) : undefined;

  const gate = new CallGate(meter);
  const results: (SectionOutcome | Extract<BatchedStart, { outcome: unknown }>['outcome'] | undefined)[] = [];
  // Docs with a failed call, whichever section saw it first: a section not yet started there is
  // after that one in plan order, so a sequential run would not have attempted it either.
  const failedDocs = new Set<string>();
  const options = {
    model: input.model,
    maxInputTokens: input.maxInputTokens,
    maxOutputTokens: input.maxOutputTokens,
    maxToolTurns: 4,
    grounding: input.grounding,
    facts: input.facts,
    tools,
    prefix,
    ...(sqlParser ? { sqlParser } : {}),
    ...(repoFiles ? { repoFiles } : {}),
  };
  // A batch run sends every section's first request up front, then writes the sections from their
  // answers below, exactly as if each first call had just returned (see batch-sections.ts).
  const batched =
    input.batch && plan.jobs.length > 0
      ? await startSectionsInBatch(plan.jobs, options, meter, input.batch.client, { timeoutMs: input.batch.timeoutMs })
      : undefined;
  if (batched) outcome.batch = batchReport(batched);
  await firstThenPool(plan.jobs.length, input.concurrency ?? DEFAULT_MODEL_CONCURRENCY, async (index) => {
    const job = plan.jobs[index]!;
    if (gate.stopped || failedDocs.has(job.file)) return;
    const start = batched?.starts[index];
    if (start && 'outcome' in start) {
      if (start.outcome.kind === 'model-error') failedDocs.add(job.file);
      results[index] = start.outcome;
      return;
    }
    const firstAnswer = start && 'firstAnswer' in start ? { firstAnswer: start.firstAnswer } : {};
    const result = await gate.section(index, (calls) =>
      writeSection(input.client, job, { ...options, calls, ...firstAnswer }),
    );
    if (!result.ok && result.kind === 'model-error') failedDocs.add(job.file);
    results[index] = result;
  });

  for (const [index, job] of plan.jobs.entries()) {
    const key = sectionKey(job.file, job.blockId);
    if (input.sections[key]) outcome.sections[key] = input.sections[key]!;
    if (budgetStop) {
      outcome.skipped.push({ file: job.file, blockId: job.blockId, kind: 'budget', reason: budgetStop });
      continue;
    }
    if (outcome.frozenDocs.has(job.file)) {
      outcome.skipped.push({
        file: job.file,
        blockId: job.blockId,
        kind: 'model-error',
        reason: 'not attempted: an earlier section of this doc failed',
      });
      continue;
    }
    const result = results[index];
    // Only a budget stop or a failed doc earlier in plan order leaves a section unstarted.
    if (!result) throw new Error(`internal: section ${key} was not run and nothing before it explains why`);
    if (result.check) {
      mentions += result.check.claims.mentions.length;
      known += result.check.claims.mentions.length - result.check.claims.unknown.length;
    }
    if (result.attempts > 1) outcome.retried++;
    if (result.ok) {
      outcome.recommendations += result.check.proposals.length;
      outcome.proposedNames += result.check.proposals.reduce((n, p) => n + p.proposal.proposed.length, 0);
      const forDoc = outcome.bodies.get(job.file) ?? new Map<string, string>();
      forDoc.set(job.blockId, result.markdown);
      outcome.bodies.set(job.file, forDoc);
      outcome.sections[key] = { digest: job.inputsDigest, model: input.model };
      outcome.generated++;
      continue;
    }
    outcome.skipped.push({ file: job.file, blockId: job.blockId, kind: result.kind, reason: result.reason });
    if (result.kind === 'budget') budgetStop = result.reason;
    if (result.kind === 'model-error') outcome.frozenDocs.set(job.file, result.reason);
  }
  // A frozen doc keeps none of this run's model text: it is updated whole or not at all.
  for (const file of outcome.frozenDocs.keys()) {
    for (const blockId of outcome.bodies.get(file)?.keys() ?? []) {
      const key = sectionKey(file, blockId);
      if (input.sections[key]) outcome.sections[key] = input.sections[key]!;
      else delete outcome.sections[key];
      outcome.generated--;
    }
    outcome.bodies.delete(file);
  }
  outcome.groundingRatio = mentions === 0 ? 1 : known / mentions;
  return outcome;
}

function batchReport(b: Awaited<ReturnType<typeof startSectionsInBatch>>): BatchReport {
  const answers = [...(b.run?.answers.values() ?? [])];
  const count = (kind: string) => answers.filter((a) => a.kind === kind).length;
  return {
    ...(b.run?.id ? { id: b.run.id } : {}),
    sent: b.sent,
    answered: count('answered'),
    errored: count('errored'),
    unanswered: count('unanswered'),
    polls: b.run?.polls ?? 0,
    waits: b.run?.waits ?? [],
    canceled: b.run?.canceled ?? false,
  };
}
