import * as core from '@actions/core';
import { ConfigError, loadConfig } from '../config/load-config.js';
import type { Diagnostic } from '../facts/model.js';
import { readFileSync } from 'node:fs';
import { run as runPipeline, type RunContext } from '../pipeline.js';
import { runSummaryMarkdown } from '../report/run-summary.js';

/** The action: inputs → config → the pipeline → outputs, job summary, annotations, exit code. */
export async function run(): Promise<void> {
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const apiKey = core.getInput('anthropic-api-key');
    if (apiKey) core.setSecret(apiKey);
    const config = await loadConfig(repoRoot, {
      mode: core.getInput('mode') || undefined,
      docsDir: core.getInput('docs-dir') || undefined,
      configFile: core.getInput('config-file') || undefined,
      force: booleanInput('force'),
      apiKey: apiKey || undefined,
      model: core.getInput('model') || undefined,
      agentFile: core.getInput('agent-file') || undefined,
      provider: core.getInput('provider') || undefined,
      maxInputTokens: core.getInput('max-input-tokens') || undefined,
      grounding: core.getInput('grounding') || undefined,
      budget: core.getInput('budget') || undefined,
      failOnModelError: booleanInput('fail-on-model-error'),
      awsRegion: core.getInput('aws-region') || undefined,
      vertexProjectId: core.getInput('vertex-project-id') || undefined,
      vertexRegion: core.getInput('vertex-region') || undefined,
    });
    const result = await runPipeline(config, eventContext());

    for (const d of result.diagnostics) annotate(d);
    const files = result.changed.map((c) => c.file);
    core.setOutput('changed', files.length > 0 ? 'true' : 'false');
    core.setOutput('files', files.join('\n'));
    const usage = result.agent.outcome?.usage;
    core.setOutput('tokens-input', String(usage ? usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens : 0));
    core.setOutput('tokens-output', String(usage?.outputTokens ?? 0));
    core.setOutput('cost-usd', (usage?.costUsd ?? 0).toFixed(4));
    core.setOutput('sections-generated', String(result.agent.outcome?.generated ?? 0));
    core.setOutput('grounding-ratio', (result.agent.outcome?.groundingRatio ?? 1).toFixed(3));
    await core.summary.addRaw(runSummaryMarkdown(result), true).write();

    const modelFailures = result.agent.outcome?.skipped.filter((s) => s.kind === 'model-error') ?? [];
    if (config.agent.failOnModelError && modelFailures.length > 0) {
      core.setFailed(`The architect model failed for ${modelFailures.length} section(s); those docs were left as they were. See the job summary.`);
    } else if (result.stale) {
      core.setFailed(`Architecture docs are stale: ${files.length} file(s) would change (${files.join(', ')}). Run the action in write mode, or \`architect-docs generate\`, and commit the result.`);
    } else {
      core.info(files.length > 0 ? `Updated ${files.length} file(s): ${files.join(', ')}` : 'Docs are current; nothing changed.');
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      core.error(err.message, { file: err.file, startLine: err.line, title: 'Architect Docs configuration' });
    }
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}

/**
 * What the event means for the run. On pull requests the agent file is read from the base commit.
 * On `pull_request_target` from a fork the checked-out code is the contributor's, running with the
 * base repository's secrets: no model call is made unless the workflow opts in.
 */
function eventContext(): RunContext {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  let event: { pull_request?: { base?: { sha?: string; repo?: { full_name?: string } }; head?: { repo?: { full_name?: string } | null } } } = {};
  try {
    if (process.env.GITHUB_EVENT_PATH) event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    // no event payload: a local run
  }
  const pr = event.pull_request;
  const context: RunContext = { baseSha: pr?.base?.sha };
  const fromFork = pr && pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
  if (name === 'pull_request_target' && fromFork && booleanInput('allow-untrusted-pull-requests') !== true) {
    context.untrustedReason = 'pull_request_target from a fork: its code is untrusted, so no model call was made (set allow-untrusted-pull-requests to opt in)';
  }
  return context;
}

/** A boolean input, or undefined when not given (the runner passes action.yml defaults itself). */
function booleanInput(name: string): boolean | undefined {
  return core.getInput(name) ? core.getBooleanInput(name) : undefined;
}

function annotate(d: Diagnostic): void {
  const props = { file: d.file, startLine: d.line, startColumn: d.column, title: `Architect Docs (${d.stage})` };
  if (d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}
