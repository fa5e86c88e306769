import * as core from '@actions/core';
import type { Mode } from '../config/config-schema.js';
import { ConfigError, loadConfig, type Overrides } from '../config/load-config.js';
import type { Diagnostic } from '../facts/model.js';
import { run as runPipeline, type RunContext } from '../pipeline.js';
import type { RunResult } from '../publish/run-result.js';
import { readGitHubEvent, loopGuard, type GitHubEvent } from '../publish/github-event.js';
import { createOctokit } from '../publish/octokit-client.js';
import { PublishPermissionError } from '../publish/permission-errors.js';
import { docsBranchFor, overlayOpenPullRequestDocs, publishDocs, targetBranch, type PublishOutcome } from '../publish/publish-docs.js';
import { readState } from '../state/state-file.js';
import { wouldBeDiff } from '../report/would-be-diff.js';
import { runSummaryMarkdown } from '../report/run-summary.js';
import { booleanInput, INPUT_DEFAULTS, listInput, optionalInput } from './inputs.js';

/** The action: inputs → config → the pipeline → publish → outputs, job summary, annotations, exit code. */
export async function run(): Promise<void> {
  try {
    const repoRoot = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const event = readGitHubEvent();
    const apiKey = core.getInput('anthropic-api-key');
    if (apiKey) core.setSecret(apiKey);
    const token = core.getInput('github-token');
    if (token) core.setSecret(token);

    const requested = (optionalInput('mode') ?? INPUT_DEFAULTS.mode) as Mode;
    const mode = effectiveMode(requested, event);
    const config = await loadConfig(repoRoot, configOverrides(mode, event, apiKey));
    if (mode !== requested) core.notice(`mode ${requested} does not apply to ${event.name} events: running in ${mode} mode (a pull request's branch is never written to)`);

    const skip = loopGuard(event, config.docsDir);
    if (skip) {
      core.info(`Skipped: ${skip}.`);
      setOutputs({ changed: false, files: [], outcome: { operation: 'none', notes: [] } });
      await core.summary.addRaw(`## Architect Docs\n\nSkipped: ${skip}.\n`, true).write();
      return;
    }

    // The base's own facts, read before anything is laid over the workspace: the PR body describes
    // the change from what the base documents, so it stays the same across reruns.
    const previousFacts = (await readState(repoRoot, config.docsDir)).state?.facts;
    const publishing = mode === 'pull-request' || mode === 'commit';
    const octokit = publishing ? createOctokit(requireToken(token), (m) => core.info(m)) : undefined;
    if (octokit && mode === 'pull-request') {
      const base = await targetBranch(octokit, event, optionalInput('base'));
      const note = await overlayOpenPullRequestDocs(octokit, event, repoRoot, config.docsDir, base, docsBranchFor(base, optionalInput('branch')));
      if (note) core.info(note);
    }
    const result = await runPipeline(config, eventContext(event));
    for (const d of result.diagnostics) annotate(d);

    let outcome: PublishOutcome = { operation: 'none', notes: [] };
    if (octokit) {
      outcome = await publishDocs(octokit, event, repoRoot, config.docsDir, result, previousFacts, {
        mode: mode as 'pull-request' | 'commit',
        commitMethod: optionalInput('commit-method') === 'git' ? 'git' : 'api',
        base: optionalInput('base'),
        branch: optionalInput('branch'),
        title: optionalInput('title') ?? INPUT_DEFAULTS.title,
        commitMessage: optionalInput('commit-message') ?? INPUT_DEFAULTS['commit-message'],
        labels: listInput('labels'),
        reviewers: listInput('reviewers'),
        draft: booleanInput('draft') ?? false,
        deleteBranch: booleanInput('delete-branch') ?? false,
      });
      for (const note of outcome.notes) core.info(note);
    }

    const files = result.changed.map((c) => c.file);
    setOutputs({ changed: files.length > 0, files, outcome, result });
    let summary = runSummaryMarkdown(result);
    if (outcome.pullRequest) summary += `\n### Pull request\n\n[#${outcome.pullRequest.number}](${outcome.pullRequest.url}) — ${outcome.operation}.\n`;
    else if (outcome.commitSha) summary += `\n### Commit\n\n\`${outcome.commitSha}\` on \`${outcome.branch}\`.\n`;
    if (result.stale) summary += await wouldBeDiff(result.changed, repoRoot);
    await core.summary.addRaw(summary, true).write();

    const modelFailures = result.agent.outcome?.skipped.filter((s) => s.kind === 'model-error') ?? [];
    if (config.agent.failOnModelError && modelFailures.length > 0) {
      core.setFailed(`The architect model failed for ${modelFailures.length} section(s); those docs were left as they were. See the job summary.`);
    } else if (result.stale) {
      for (const f of files) core.error('This file is stale: the sources changed and the generated docs no longer match them.', { file: f, title: 'Architect Docs: stale docs' });
      core.setFailed(`Architecture docs are stale: ${files.length} file(s) would change (${files.join(', ')}). Run the action in write mode, or \`architect-docs generate\`, and commit the result.`);
    } else {
      core.info(files.length > 0 ? `Updated ${files.length} file(s): ${files.join(', ')}` : 'Docs are current; nothing changed.');
    }
  } catch (err) {
    if (err instanceof ConfigError) core.error(err.message, { file: err.file, startLine: err.line, title: 'Architect Docs configuration' });
    if (err instanceof PublishPermissionError) core.error(err.message, { title: 'Architect Docs: permission needed' });
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}

/**
 * Events about a pull request (pull_request, pull_request_target, pull_request_review …) only
 * ever get check mode: the action never writes for a PR's (maybe forked) code.
 */
function effectiveMode(requested: Mode, event: GitHubEvent): Mode {
  if (event.pullRequest && requested !== 'check') return 'check';
  return requested;
}

/** What the inputs say about the config; an input left at its default leaves the config file in charge. */
export function configOverrides(mode: Mode, event: GitHubEvent, apiKey: string): Overrides {
  return {
    mode,
    docsDir: optionalInput('docs-dir'),
    configFile: optionalInput('config-file'),
    force: booleanInput('force') || event.inputs.force === true || event.inputs.force === 'true' || undefined,
    apiKey: apiKey || undefined,
    model: optionalInput('model'),
    agentFile: optionalInput('agent-file'),
    provider: optionalInput('provider'),
    maxInputTokens: optionalInput('max-input-tokens'),
    grounding: optionalInput('grounding'),
    budget: optionalInput('budget'),
    failOnModelError: booleanInput('fail-on-model-error'),
    awsRegion: optionalInput('aws-region'),
    vertexProjectId: optionalInput('vertex-project-id'),
    vertexRegion: optionalInput('vertex-region'),
  };
}

function requireToken(token: string): string {
  if (!token) throw new Error('github-token is empty: the pull-request and commit modes need it (the default is the workflow token, `${{ github.token }}`).');
  return token;
}

/**
 * What the event means for the run. On pull requests the agent file is read from the base commit.
 * On `pull_request_target` from a fork the checked-out code is the contributor's, running with the
 * base repository's secrets: no model call is made unless the workflow opts in.
 */
function eventContext(event: GitHubEvent): RunContext {
  const context: RunContext = { baseSha: event.pullRequest?.baseSha };
  if (event.name === 'pull_request_target' && event.pullRequest?.fromFork && booleanInput('allow-untrusted-pull-requests') !== true) {
    context.untrustedReason = 'pull_request_target from a fork: its code is untrusted, so no model call was made (set allow-untrusted-pull-requests to opt in)';
  }
  return context;
}

function setOutputs(o: { changed: boolean; files: string[]; outcome: PublishOutcome; result?: RunResult }): void {
  core.setOutput('changed', o.changed ? 'true' : 'false');
  core.setOutput('files', o.files.join('\n'));
  core.setOutput('commit-sha', o.outcome.commitSha ?? '');
  core.setOutput('pull-request-number', o.outcome.pullRequest ? String(o.outcome.pullRequest.number) : '');
  core.setOutput('pull-request-url', o.outcome.pullRequest?.url ?? '');
  core.setOutput('pull-request-operation', o.outcome.operation);
  core.setOutput('branch', o.outcome.branch ?? '');
  const usage = o.result?.agent.outcome?.usage;
  core.setOutput('tokens-input', String(usage ? usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens : 0));
  core.setOutput('tokens-output', String(usage?.outputTokens ?? 0));
  core.setOutput('cost-usd', (usage?.costUsd ?? 0).toFixed(4));
  core.setOutput('sections-generated', String(o.result?.agent.outcome?.generated ?? 0));
  core.setOutput('grounding-ratio', (o.result?.agent.outcome?.groundingRatio ?? 1).toFixed(3));
}

function annotate(d: Diagnostic): void {
  const props = { file: d.file, startLine: d.line, startColumn: d.column, title: `Architect Docs (${d.stage})` };
  if (d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}
