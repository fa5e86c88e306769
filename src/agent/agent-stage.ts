import type { Config } from '../config/config-schema.js';
import type { Diagnostic } from '../facts/model.js';
import { loadPersona } from './load-persona.js';
import { createModelClient } from './model-client.js';
import { resolveModel } from './model-resolution.js';
import { runAgent, type AgentOutcome, type AgentRunInput } from './run-agent.js';

export interface AgentStageResult {
  /** Undefined when the run was offline. */
  outcome?: AgentOutcome;
  offline: boolean;
  /** Why the run is offline, in words for the report. */
  offlineReason?: string;
  model?: string;
  modelNote?: string;
  personaSource?: string;
  diagnostics: Diagnostic[];
}

export type AgentStageInput = Pick<
  AgentRunInput,
  'facts' | 'previousFacts' | 'docs' | 'existing' | 'sections' | 'templatesDigest'
> & {
  config: Config;
  /** Set on pull-request events: the agent file is read from this commit. */
  baseSha?: string;
  /** Set when the event's code is untrusted (a fork's pull_request_target): no model calls. */
  untrustedReason?: string;
};

/** The model stage of the pipeline: decides online/offline, sets the model up, runs the architect. */
export async function runAgentStage(input: AgentStageInput): Promise<AgentStageResult> {
  const { agent } = input.config;
  if (input.untrustedReason) return { offline: true, offlineReason: input.untrustedReason, diagnostics: [] };
  if (agent.offline) return { offline: true, offlineReason: 'the run was asked to be offline', diagnostics: [] };
  if (agent.provider === 'anthropic' && !agent.apiKey)
    return { offline: true, offlineReason: 'no `anthropic-api-key` was given', diagnostics: [] };

  const { persona, diagnostics } = await loadPersona(input.config.repoRoot, agent.agentFile, input.baseSha);
  const client = await createModelClient({
    provider: agent.provider,
    apiKey: agent.apiKey,
    awsRegion: agent.awsRegion,
    vertexProjectId: agent.vertexProjectId,
    vertexRegion: agent.vertexRegion,
    timeoutMs: agent.timeoutMs,
    maxRetries: 2,
  });
  const resolved = await resolveModel(agent.model ?? persona.model ?? 'sonnet', client.listModels);
  if (agent.batch && !client.batches)
    diagnostics.push({
      severity: 'warning',
      stage: 'docs',
      file: input.config.configFile ?? 'action inputs',
      message:
        `batch: the ${agent.provider} provider does not serve the Message Batches API here; ` +
        'the sections were written with normal calls at the normal price',
    });
  const outcome = await runAgent({
    repoRoot: input.config.repoRoot,
    facts: input.facts,
    previousFacts: input.previousFacts,
    docs: input.docs,
    existing: input.existing,
    sections: input.sections,
    templatesDigest: input.templatesDigest,
    persona: persona.systemPrompt,
    model: client.modelId(resolved.id),
    client,
    force: input.config.force,
    maxInputTokens: agent.maxInputTokens,
    maxOutputTokens: agent.maxOutputTokens,
    grounding: agent.grounding,
    budget: agent.budget,
    prices: agent.prices,
    concurrency: agent.modelConcurrency,
    ...(agent.batch && client.batches ? { batch: { client: client.batches, timeoutMs: agent.batchTimeoutMs } } : {}),
  });
  const batch = outcome.batch;
  if (batch?.canceled)
    diagnostics.push({
      severity: 'warning',
      stage: 'docs',
      file: input.config.configFile ?? 'action inputs',
      message:
        `the Message Batch${batch.id ? ` ${batch.id}` : ''} had not ended after ${agent.batchTimeoutMs / 1000} s ` +
        `(batch-timeout-seconds) and was canceled: ${batch.answered} of ${batch.sent} sections answered, ` +
        'the rest left for the next run',
    });
  for (const s of outcome.skipped) {
    diagnostics.push({
      severity: s.kind === 'model-error' ? 'error' : 'warning',
      stage: 'docs',
      file: s.file,
      message: `section "${s.blockId}" not written: ${s.reason}`,
    });
  }
  return {
    outcome,
    offline: false,
    model: resolved.id,
    modelNote: resolved.note,
    personaSource: persona.source,
    diagnostics,
  };
}
