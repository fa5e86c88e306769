import type { Mode } from '../config/config-schema.js';
import { ConfigError, type Overrides } from '../config/load-config.js';
import type { Diagnostic, Finding, ApiChange } from '../facts/model.js';
import { runOnGitHub } from '../github-run.js';
import { readGitHubEvent, type GitHubEvent } from '../publish/github-event.js';
import { PublishPermissionError } from '../publish/permission-errors.js';
import type { PublishOutcome } from '../publish/publish-docs.js';
import type { RunResult } from '../publish/run-result.js';
import { booleanInput, INPUT_DEFAULTS, listInput, optionalInput } from './inputs.js';
import { appendSummary, getInput, info, setOutput, setSecret } from './runner-files.js';

type Toolkit = typeof import('@actions/core');

/** The action: inputs → one GitHub run (github-run.ts) → outputs, job summary, annotations, exit code. */
export async function run(): Promise<void> {
  // The toolkit (annotations, the failed state) loads only when the run has something to report.
  const toolkit = (): Promise<Toolkit> => import('@actions/core');
  try {
    const event = readGitHubEvent();
    const apiKey = getInput('anthropic-api-key');
    if (apiKey) setSecret(apiKey);
    const token = getInput('github-token');
    if (token) setSecret(token);

    const ran = await runOnGitHub({
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      event,
      requestedMode: (optionalInput('mode') ?? INPUT_DEFAULTS.mode) as Mode,
      overrides: configOverrides(event, apiKey),
      token,
      publish: {
        commitMethod: optionalInput('commit-method') === 'git' ? 'git' : 'api',
        base: optionalInput('base'),
        branch: optionalInput('branch'),
        title: optionalInput('title') ?? INPUT_DEFAULTS.title,
        commitMessage: optionalInput('commit-message') ?? INPUT_DEFAULTS['commit-message'],
        labels: listInput('labels'),
        reviewers: listInput('reviewers'),
        draft: booleanInput('draft') ?? false,
        deleteBranch: booleanInput('delete-branch') ?? false,
      },
      allowUntrustedPullRequests: booleanInput('allow-untrusted-pull-requests') === true,
      log: info,
    });
    if (ran.kind === 'skipped' || ran.kind === 'current') {
      info(ran.kind === 'skipped' ? `Skipped: ${ran.reason}.` : `Docs are current: ${ran.reason}.`);
      setOutputs({ changed: false, files: [], outcome: { operation: 'none', notes: [] } });
      appendSummary(ran.summary);
      return;
    }
    const core = await toolkit();
    if (ran.modeNote) core.notice(ran.modeNote);
    // New risks first, each on its line of the diff, before the diagnostics about reading sources.
    for (const f of ran.result.findings.introduced) annotateNewRisk(core, f);
    for (const c of ran.result.apiChanges) annotateApiChange(core, c);
    for (const d of ran.result.diagnostics) annotate(core, d);
    const files = ran.result.changed.map((c) => c.file);
    setOutputs({ changed: files.length > 0, files, outcome: ran.outcome, result: ran.result });
    appendSummary(ran.summary);

    if (ran.failure?.kind === 'stale') {
      for (const f of files)
        core.error('This file is stale: the sources changed and the generated docs no longer match them.', {
          file: f,
          title: 'Architect Docs: stale docs',
        });
    }
    if (ran.failure) core.setFailed(ran.failure.message);
    else
      info(
        files.length > 0
          ? `Updated ${files.length} file(s): ${files.join(', ')}`
          : 'Docs are current; nothing changed.',
      );
  } catch (err) {
    const core = await toolkit();
    if (err instanceof ConfigError)
      core.error(err.message, { file: err.file, startLine: err.line, title: 'Architect Docs configuration' });
    if (err instanceof PublishPermissionError) core.error(err.message, { title: 'Architect Docs: permission needed' });
    // The message is for the user; the stack only for whoever debugs the action (RUNNER_DEBUG).
    if (err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}

/** What the inputs say about the config; an input left at its default leaves the config file in charge. */
export function configOverrides(event: GitHubEvent, apiKey: string): Omit<Overrides, 'mode'> {
  return {
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
    modelConcurrency: optionalInput('model-concurrency'),
    batch: booleanInput('batch'),
    batchTimeoutSeconds: optionalInput('batch-timeout-seconds'),
    failOnModelError: booleanInput('fail-on-model-error'),
    awsRegion: optionalInput('aws-region'),
    vertexProjectId: optionalInput('vertex-project-id'),
    vertexRegion: optionalInput('vertex-region'),
  };
}

function setOutputs(o: { changed: boolean; files: string[]; outcome: PublishOutcome; result?: RunResult }): void {
  setOutput('changed', o.changed ? 'true' : 'false');
  setOutput('files', o.files.join('\n'));
  setOutput('commit-sha', o.outcome.commitSha ?? '');
  setOutput('pull-request-number', o.outcome.pullRequest ? String(o.outcome.pullRequest.number) : '');
  setOutput('pull-request-url', o.outcome.pullRequest?.url ?? '');
  setOutput('pull-request-operation', o.outcome.operation);
  setOutput('branch', o.outcome.branch ?? '');
  const usage = o.result?.agent.outcome?.usage;
  const inputTokens = usage ? usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens : 0;
  setOutput('tokens-input', String(inputTokens));
  setOutput('tokens-output', String(usage?.outputTokens ?? 0));
  setOutput('cost-usd', (usage?.costUsd ?? 0).toFixed(4));
  setOutput('sections-generated', String(o.result?.agent.outcome?.generated ?? 0));
  setOutput('grounding-ratio', (o.result?.agent.outcome?.groundingRatio ?? 1).toFixed(3));
  setOutput('recommendations', String(o.result?.agent.outcome?.recommendations ?? 0));
  setOutput('sections-retried', String(o.result?.agent.outcome?.retried ?? 0));
}

/**
 * A finding the change introduced, as a warning (a notice for low severity) on its line: a review
 * point, never a failure of the step (a team that wants one gates on it in its own workflow).
 */
function annotateNewRisk(core: Toolkit, f: Finding): void {
  const props = { file: f.source.file, startLine: f.source.line, title: `New ${f.severity} risk: ${f.rule}` };
  const text = f.lock ? `${f.message} (lock: ${f.lock})` : f.message;
  if (f.severity === 'low') core.notice(text, props);
  else core.warning(text, props);
}

/** A contract change on the spec's line: an error annotation for a breaking one, never a failed step by itself. */
function annotateApiChange(core: Toolkit, c: ApiChange): void {
  const props = { file: c.source?.file, startLine: c.source?.line, title: `API change: ${c.rule}` };
  if (c.level === 'error') core.error(c.message, props);
  else if (c.level === 'warning') core.warning(c.message, props);
  else core.notice(c.message, props);
}

function annotate(core: Toolkit, d: Diagnostic): void {
  // A diagnostic about the whole repository (file `.`) is an annotation on the run, not on a file.
  const file = d.file === '.' ? undefined : d.file;
  const props = { file, startLine: d.line, startColumn: d.column, title: `Architect Docs (${d.stage})` };
  if (d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}
