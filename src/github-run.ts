import type { Config, Mode } from './config/config-schema.js';
import { loadConfig, type Overrides } from './config/load-config.js';
import { resolveSystems } from './config/resolve-systems.js';
import type { FactModel } from './facts/model.js';
import type { RunContext } from './pipeline.js';
import { docsBranchFor, docsBranchRunKey } from './publish/docs-branch-key.js';
import { loopGuard, type GitHubEvent } from './publish/github-event.js';
import type { PublishOutcome, PublishSettings } from './publish/publish-docs.js';
import type { RunResult } from './publish/run-result.js';
import { upToDate } from './up-to-date.js';

// The order of one run on GitHub, in one place: which mode the event allows, the loop guard, the
// base's own facts (read before anything is laid over the workspace), the open pull request's
// docs laid over the workspace, the pipeline, publishing, and what the job summary says. The
// action's entry only turns inputs into a GitHubRun and the result into outputs. A monorepo's
// systems (resolve-systems.ts) each go through that order in turn, on their own config.
// Up to the no-op check only light modules are loaded; the pipeline, the API client and the
// report are imported when the run has work.

export interface GitHubRun {
  repoRoot: string;
  event: GitHubEvent;
  /** The mode the workflow asked for; pull-request events only ever get `check`. */
  requestedMode: Mode;
  /** Config overrides from the inputs, without the mode (decided here). */
  overrides: Omit<Overrides, 'mode'>;
  /** One system of the config's `systems:` (a matrix job); undefined runs them all, one after another. */
  system?: string;
  token: string;
  publish: Omit<PublishSettings, 'mode'>;
  allowUntrustedPullRequests: boolean;
  log(message: string): void;
}

export type GitHubRunResult = (
  | { kind: 'skipped'; reason: string; summary: string }
  /** Nothing changed since the last finished run: nothing was read again, nothing published. */
  | { kind: 'current'; reason: string; summary: string }
  | {
      kind: 'ran';
      config: Config;
      mode: Mode;
      /** Set when the mode was changed for the event, with the reason. */
      modeNote?: string;
      result: RunResult;
      outcome: PublishOutcome;
      summary: string;
      /** Why the step must fail, if it must. */
      failure?: { kind: 'model-error' | 'stale'; message: string };
    }
) & {
  /** The monorepo system this is the result of; undefined for a repository without `systems:`. */
  system?: string;
};

/** What one system's pipeline left before publishing. */
interface Ran {
  config: Config;
  result: RunResult;
  previousFacts: FactModel | undefined;
}

/**
 * One result per system, in the config's order (one for a repository without `systems:`). Each
 * system is the one pipeline on its own config; in pull-request mode the systems of one job share
 * one commit and one pull request.
 */
export async function runOnGitHub(run: GitHubRun): Promise<GitHubRunResult[]> {
  const { repoRoot, event } = run;
  const mode = effectiveMode(run.requestedMode, event);
  const loaded = await loadConfig(repoRoot, { ...run.overrides, mode });
  const configs = resolveSystems(loaded, run.system);
  const modeNote =
    mode !== run.requestedMode
      ? `mode ${run.requestedMode} does not apply to ${event.name} events: running in ${mode} mode ` +
        `(a pull request's branch is never written to)`
      : undefined;
  // A job that runs one system out of several publishes to that system's own branch and pull request.
  const only = run.system && loaded.systems ? configs[0]!.system : undefined;
  const publish: GitHubRun['publish'] = only
    ? { ...run.publish, system: only, title: `${run.publish.title} (${only})` }
    : run.publish;
  const together = mode === 'pull-request' && configs.length > 1;

  const results: GitHubRunResult[] = [];
  const ran: Ran[] = [];
  for (const config of configs) {
    if (config.system) run.log(`Architect Docs: system ${config.system} (docs in ${config.docsDir})`);
    const one = await runSystem(run, mode, config, publish);
    if ('result' in one) ran.push(one);
    else results.push({ ...one, system: config.system });
  }

  const outcomes = new Map<Ran, PublishOutcome>();
  if (together && ran.length > 0) {
    const outcome = await publishTogether(run, ran, publish);
    for (const r of ran) outcomes.set(r, outcome);
  } else for (const r of ran) outcomes.set(r, await publishOne(run, mode, r, publish));

  for (const r of ran) {
    const { runSummaryMarkdown } = await import('./report/run-summary.js');
    const { wouldBeDiff } = await import('./report/would-be-diff.js');
    const outcome = outcomes.get(r)!;
    let summary = titled(runSummaryMarkdown(r.result), r.config.system);
    if (outcome.pullRequest)
      summary +=
        `\n### Pull request\n\n` +
        `[#${outcome.pullRequest.number}](${outcome.pullRequest.url}) — ${outcome.operation}.\n`;
    else if (outcome.commitSha) summary += `\n### Commit\n\n\`${outcome.commitSha}\` on \`${outcome.branch}\`.\n`;
    if (r.result.stale) summary += await wouldBeDiff(r.result.changed, repoRoot);
    results.push({
      kind: 'ran',
      system: r.config.system,
      config: r.config,
      mode,
      modeNote,
      result: r.result,
      outcome,
      summary,
      failure: failureOf(r.config, r.result),
    });
  }
  // The config's order, whichever systems were current.
  const order = configs.map((c) => c.system);
  return results.sort((a, b) => order.indexOf(a.system) - order.indexOf(b.system));
}

/** One system up to publishing: skipped, current, or the pipeline's result. */
async function runSystem(
  run: GitHubRun,
  mode: Mode,
  config: Config,
  publish: GitHubRun['publish'],
): Promise<Ran | { kind: 'skipped' | 'current'; reason: string; summary: string }> {
  const { repoRoot, event } = run;
  const heading = titled('## Architect Docs\n', config.system);
  const skip = loopGuard(event, config.docsDir);
  if (skip) return { kind: 'skipped', reason: skip, summary: `${heading}\nSkipped: ${skip}.\n` };

  const context = eventContext(event, run.allowUntrustedPullRequests);
  const current = await upToDate(config, context);
  if (current.current && (await docsBranchAgrees(run, mode, config, current, publish.system))) {
    const reason =
      'no source, setting, template or doc changed since the last run, so nothing was read again' +
      (current.diagnostics > 0 ? ` (${current.diagnostics} diagnostic(s) of that run still stand)` : '');
    return { kind: 'current', reason, summary: `${heading}\nDocs are current: ${reason}.\n` };
  }
  // Publishing needs the token: an empty one fails before the work, not after it.
  if (mode === 'pull-request' || mode === 'commit') requireToken(run.token);
  const { run: runPipeline } = await import('./pipeline.js');
  const { readState } = await import('./state/state-file.js');
  const { factsOfRecord } = await import('./state/change-base.js');

  // The base's own state, read before an open pull request's docs are laid over the workspace:
  // the PR body describes the change from what the base documents, so it stays the same across reruns.
  const baseState = await readState(repoRoot, config.docsDir);
  if (mode === 'pull-request') {
    const { createOctokit } = await import('./publish/octokit-client.js');
    const { overlayOpenPullRequestDocs, targetBranch } = await import('./publish/publish-docs.js');
    const octokit = createOctokit(requireToken(run.token), run.log);
    const base = await targetBranch(octokit, event, publish.base);
    const note = await overlayOpenPullRequestDocs(
      octokit,
      event,
      repoRoot,
      config.docsDir,
      base,
      docsBranchFor(base, publish.branch, publish.system),
    );
    if (note) run.log(note);
  }
  const result = await runPipeline(config, context, current.current ? undefined : current.found);
  const publishing = mode === 'pull-request' || mode === 'commit';
  const previousFacts =
    baseState.legacy?.facts ??
    (baseState.record && publishing
      ? await factsOfRecord(config, baseState.record, { facts: result.facts, extractionKey: result.extractionKey })
      : undefined);
  return { config, result, previousFacts };
}

/** Publishes one system's docs (or a repository's): its own commit, or its pull request. */
async function publishOne(run: GitHubRun, mode: Mode, r: Ran, publish: GitHubRun['publish']): Promise<PublishOutcome> {
  if (mode !== 'pull-request' && mode !== 'commit') return { operation: 'none', notes: [] };
  const { createOctokit } = await import('./publish/octokit-client.js');
  const { publishDocs } = await import('./publish/publish-docs.js');
  const octokit = createOctokit(requireToken(run.token), run.log);
  // Commit mode makes one commit per system: its message names the system.
  const commitMessage =
    r.config.system && mode === 'commit' ? `${publish.commitMessage} (${r.config.system})` : publish.commitMessage;
  const outcome = await publishDocs(octokit, run.event, run.repoRoot, r.config.docsDir, r.result, r.previousFacts, {
    ...publish,
    commitMessage,
    mode,
  });
  for (const note of outcome.notes) run.log(note);
  return outcome;
}

/** Pull-request mode with several systems in one job: one commit, one pull request for all of them. */
async function publishTogether(run: GitHubRun, ran: Ran[], publish: GitHubRun['publish']): Promise<PublishOutcome> {
  const { createOctokit } = await import('./publish/octokit-client.js');
  const { publishSystemsDocs } = await import('./publish/publish-docs.js');
  const octokit = createOctokit(requireToken(run.token), run.log);
  const parts = ran.map((r) => ({
    system: r.config.system ?? '',
    docsDir: r.config.docsDir,
    result: r.result,
    previousFacts: r.previousFacts,
  }));
  const outcome = await publishSystemsDocs(octokit, run.event, run.repoRoot, parts, {
    ...publish,
    mode: 'pull-request',
  });
  for (const note of outcome.notes) run.log(note);
  return outcome;
}

/** A summary's heading names the system it is about. */
function titled(summary: string, system: string | undefined): string {
  return system ? summary.replace(/^## Architect Docs\b/, `## Architect Docs: ${system}`) : summary;
}

/**
 * Pull-request mode publishes to a docs branch the workspace does not hold: the workspace being
 * current is enough only when that branch is not there, or holds the same run's output (and is not
 * to be deleted). An open pull request whose branch holds what the base has is left open. Told
 * with git alone; when it cannot be told (no base name without the API, no origin) the run is full.
 */
async function docsBranchAgrees(
  run: GitHubRun,
  mode: Mode,
  config: Config,
  keys: { runKey: string; docsKey: string },
  system: string | undefined,
): Promise<boolean> {
  if (mode !== 'pull-request') return true;
  const { event } = run;
  const base =
    run.publish.base ||
    (event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : event.defaultBranch);
  if (!base) return false;
  const branch = await docsBranchRunKey(run.repoRoot, config.docsDir, docsBranchFor(base, run.publish.branch, system));
  if (!branch) return false;
  // delete-branch: a full run closes a merged pull request and deletes its branch.
  if (!branch.absent && run.publish.deleteBranch) return false;
  return branch.absent || (branch.runKey === keys.runKey && branch.docsKey === keys.docsKey);
}

/**
 * Events about a pull request (pull_request, pull_request_target, pull_request_review …) only
 * ever get check mode: the action never writes for a PR's (maybe forked) code.
 */
function effectiveMode(requested: Mode, event: GitHubEvent): Mode {
  if (event.pullRequest && requested !== 'check') return 'check';
  return requested;
}

const EMPTY_TOKEN_MESSAGE =
  'github-token is empty: the pull-request and commit modes need it ' +
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub workflow expression, not a JS placeholder
  '(the default is the workflow token, `${{ github.token }}`).';

function requireToken(token: string): string {
  if (!token) throw new Error(EMPTY_TOKEN_MESSAGE);
  return token;
}

/**
 * What the event means for the run. On pull requests the agent file is read from the base commit.
 * On `pull_request_target` from a fork the checked-out code is the contributor's, running with the
 * base repository's secrets: no model call is made unless the workflow opts in.
 */
function eventContext(event: GitHubEvent, allowUntrusted: boolean): RunContext {
  const context: RunContext = { baseSha: event.pullRequest?.baseSha };
  if (event.name === 'pull_request_target' && event.pullRequest?.fromFork && !allowUntrusted) {
    context.untrustedReason =
      'pull_request_target from a fork: its code is untrusted, so no model call was made ' +
      '(set allow-untrusted-pull-requests to opt in)';
  }
  return context;
}

function failureOf(config: Config, result: RunResult): { kind: 'model-error' | 'stale'; message: string } | undefined {
  const modelFailures = result.agent.outcome?.skipped.filter((s) => s.kind === 'model-error') ?? [];
  if (config.agent.failOnModelError && modelFailures.length > 0) {
    return {
      kind: 'model-error',
      message:
        `The architect model failed for ${modelFailures.length} section(s); ` +
        `those docs were left as they were. See the job summary.`,
    };
  }
  if (result.stale) {
    const files = result.changed.map((c) => c.file);
    return {
      kind: 'stale',
      message:
        `Architecture docs are stale: ${files.length} file(s) would change (${files.join(', ')}). ` +
        `Run the action in write mode, ` +
        `or \`architect-docs generate\`, and commit the result.`,
    };
  }
  return undefined;
}
