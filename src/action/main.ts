import type { Mode } from '../config/config-schema.js';
import { ConfigError, type Overrides } from '../config/load-config.js';
import type { Diagnostic, Finding, ApiChange } from '../facts/model.js';
import { type GitHubRunResult, runOnGitHub } from '../github-run.js';
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

    const results = await runOnGitHub({
      repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      event,
      requestedMode: (optionalInput('mode') ?? INPUT_DEFAULTS.mode) as Mode,
      overrides: configOverrides(event, apiKey),
      system: optionalInput('system'),
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
    const ran = results.filter((r) => r.kind === 'ran');
    for (const r of results) {
      const who = r.system ? `${r.system}: ` : '';
      if (r.kind === 'skipped') info(`${who}Skipped: ${r.reason}.`);
      if (r.kind === 'current') info(`${who}Docs are current: ${r.reason}.`);
    }
    if (ran.length === 0) {
      setOutputs([]);
      appendSummary(results.map((r) => r.summary).join('\n'));
      return;
    }
    const core = await toolkit();
    if (ran[0]!.modeNote) core.notice(ran[0]!.modeNote);
    for (const r of ran) {
      // New risks first, each on its line of the diff, before the diagnostics about reading sources.
      for (const f of r.result.findings.introduced) annotateNewRisk(core, f);
      for (const c of r.result.apiChanges) annotateApiChange(core, c);
      for (const d of r.result.diagnostics) annotate(core, d);
    }
    setOutputs(ran);
    appendSummary(results.map((r) => r.summary).join('\n'));

    const failures: string[] = [];
    for (const r of ran) {
      const files = r.result.changed.map((c) => c.file);
      if (r.failure?.kind === 'stale') {
        for (const f of files)
          core.error('This file is stale: the sources changed and the generated docs no longer match them.', {
            file: f,
            title: 'Architect Docs: stale docs',
          });
      }
      if (r.failure) failures.push(r.system ? `${r.system}: ${r.failure.message}` : r.failure.message);
      else
        info(
          (r.system ? `${r.system}: ` : '') +
            (files.length > 0
              ? `Updated ${files.length} file(s): ${files.join(', ')}`
              : 'Docs are current; nothing changed.'),
        );
    }
    if (failures.length > 0) core.setFailed(failures.join('\n'));
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

/**
 * The step's outputs. Several systems in one job: files of all of them, counts and costs summed,
 * the lowest grounding ratio, and per system (one line each, in the config's order) what names a
 * pull request, branch or commit; one shared pull request is named once.
 */
function setOutputs(ran: Extract<GitHubRunResult, { kind: 'ran' }>[]): void {
  const files = ran.flatMap((r) => r.result.changed.map((c) => c.file));
  const outcomes = [...new Set(ran.map((r) => r.outcome))];
  const lines = (pick: (o: PublishOutcome) => string | undefined) => outcomes.map((o) => pick(o) ?? '').join('\n');
  const sum = (pick: (o: NonNullable<RunResult['agent']['outcome']>) => number) =>
    ran.reduce((n, r) => n + (r.result.agent.outcome ? pick(r.result.agent.outcome) : 0), 0);
  setOutput('changed', files.length > 0 ? 'true' : 'false');
  setOutput('files', files.join('\n'));
  setOutput(
    'commit-sha',
    lines((o) => o.commitSha),
  );
  setOutput(
    'pull-request-number',
    lines((o) => (o.pullRequest ? String(o.pullRequest.number) : undefined)),
  );
  setOutput(
    'pull-request-url',
    lines((o) => o.pullRequest?.url),
  );
  setOutput('pull-request-operation', outcomes.length > 0 ? lines((o) => o.operation) : 'none');
  setOutput(
    'branch',
    lines((o) => o.branch),
  );
  setOutput(
    'tokens-input',
    String(sum((o) => o.usage.inputTokens + o.usage.cacheReadTokens + o.usage.cacheWriteTokens)),
  );
  setOutput('tokens-output', String(sum((o) => o.usage.outputTokens)));
  setOutput('cost-usd', sum((o) => o.usage.costUsd).toFixed(4));
  setOutput('sections-generated', String(sum((o) => o.generated)));
  const ratios = ran.map((r) => r.result.agent.outcome?.groundingRatio ?? 1);
  setOutput('grounding-ratio', Math.min(1, ...ratios).toFixed(3));
  setOutput('recommendations', String(sum((o) => o.recommendations)));
  setOutput('sections-retried', String(sum((o) => o.retried)));
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
