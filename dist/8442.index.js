export const id = 8442;
export const ids = [8442];
export const modules = {

/***/ 38442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: configOverrides

// EXTERNAL MODULE: ./lib/config/load-config.js + 1 modules
var load_config = __webpack_require__(25807);
// EXTERNAL MODULE: ./lib/config/resolve-systems.js
var resolve_systems = __webpack_require__(72777);
// EXTERNAL MODULE: ./lib/publish/docs-branch-key.js
var docs_branch_key = __webpack_require__(35795);
// EXTERNAL MODULE: ./lib/publish/github-event.js
var github_event = __webpack_require__(91225);
// EXTERNAL MODULE: ./lib/up-to-date.js
var up_to_date = __webpack_require__(56559);
;// CONCATENATED MODULE: ./lib/github-run.js





/**
 * One result per system, in the config's order (one for a repository without `systems:`). Each
 * system is the one pipeline on its own config; in pull-request mode the systems of one job share
 * one commit and one pull request.
 */
async function runOnGitHub(run) {
    const { repoRoot, event } = run;
    const mode = effectiveMode(run.requestedMode, event);
    const loaded = await (0,load_config/* loadConfig */.Z9)(repoRoot, { ...run.overrides, mode });
    const configs = (0,resolve_systems/* resolveSystems */.H)(loaded, run.system);
    const modeNote = mode !== run.requestedMode
        ? `mode ${run.requestedMode} does not apply to ${event.name} events: running in ${mode} mode ` +
            `(a pull request's branch is never written to)`
        : undefined;
    // A job that runs one system out of several publishes to that system's own branch and pull request.
    const only = run.system && loaded.systems ? configs[0].system : undefined;
    const publish = only
        ? { ...run.publish, system: only, title: `${run.publish.title} (${only})` }
        : run.publish;
    const together = mode === 'pull-request' && configs.length > 1;
    const results = [];
    const ran = [];
    for (const config of configs) {
        if (config.system)
            run.log(`Architect Docs: system ${config.system} (docs in ${config.docsDir})`);
        const one = await runSystem(run, mode, config, publish);
        if ('result' in one)
            ran.push(one);
        else
            results.push({ ...one, system: config.system });
    }
    const outcomes = new Map();
    if (together && ran.length > 0) {
        const outcome = await publishTogether(run, ran, publish);
        for (const r of ran)
            outcomes.set(r, outcome);
    }
    else
        for (const r of ran)
            outcomes.set(r, await publishOne(run, mode, r, publish));
    for (const r of ran) {
        const { runSummaryMarkdown } = await Promise.all(/* import() */[__webpack_require__.e(3386), __webpack_require__.e(2666)]).then(__webpack_require__.bind(__webpack_require__, 22666));
        const { wouldBeDiff } = await __webpack_require__.e(/* import() */ 2417).then(__webpack_require__.bind(__webpack_require__, 12417));
        const outcome = outcomes.get(r);
        let summary = titled(runSummaryMarkdown(r.result), r.config.system);
        if (outcome.pullRequest)
            summary +=
                `\n### Pull request\n\n` +
                    `[#${outcome.pullRequest.number}](${outcome.pullRequest.url}) — ${outcome.operation}.\n`;
        else if (outcome.commitSha)
            summary += `\n### Commit\n\n\`${outcome.commitSha}\` on \`${outcome.branch}\`.\n`;
        if (r.result.stale)
            summary += await wouldBeDiff(r.result.changed, repoRoot);
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
async function runSystem(run, mode, config, publish) {
    const { repoRoot, event } = run;
    const heading = titled('## Architect Docs\n', config.system);
    const skip = (0,github_event/* loopGuard */.S6)(event, config.docsDir);
    if (skip)
        return { kind: 'skipped', reason: skip, summary: `${heading}\nSkipped: ${skip}.\n` };
    const context = eventContext(event, run.allowUntrustedPullRequests);
    const current = await (0,up_to_date/* upToDate */.tk)(config, context);
    if (current.current && (await docsBranchAgrees(run, mode, config, current, publish.system))) {
        const reason = 'no source, setting, template or doc changed since the last run, so nothing was read again' +
            (current.diagnostics > 0 ? ` (${current.diagnostics} diagnostic(s) of that run still stand)` : '');
        return { kind: 'current', reason, summary: `${heading}\nDocs are current: ${reason}.\n` };
    }
    // Publishing needs the token: an empty one fails before the work, not after it.
    if (mode === 'pull-request' || mode === 'commit')
        requireToken(run.token);
    const { run: runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7645), __webpack_require__.e(3386), __webpack_require__.e(8816), __webpack_require__.e(2968), __webpack_require__.e(3751), __webpack_require__.e(1186), __webpack_require__.e(7064), __webpack_require__.e(1972), __webpack_require__.e(8543), __webpack_require__.e(3391)]).then(__webpack_require__.bind(__webpack_require__, 23391));
    const { readState } = await Promise.all(/* import() */[__webpack_require__.e(3751), __webpack_require__.e(3603)]).then(__webpack_require__.bind(__webpack_require__, 93603));
    const { factsOfRecord } = await Promise.all(/* import() */[__webpack_require__.e(3751), __webpack_require__.e(8543), __webpack_require__.e(2179)]).then(__webpack_require__.bind(__webpack_require__, 18543));
    // The base's own state, read before an open pull request's docs are laid over the workspace:
    // the PR body describes the change from what the base documents, so it stays the same across reruns.
    const baseState = await readState(repoRoot, config.docsDir);
    if (mode === 'pull-request') {
        const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4239), __webpack_require__.e(2604)]).then(__webpack_require__.bind(__webpack_require__, 12604));
        const { overlayOpenPullRequestDocs, targetBranch } = await Promise.all(/* import() */[__webpack_require__.e(3386), __webpack_require__.e(3751), __webpack_require__.e(1186), __webpack_require__.e(1972), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 50197));
        const octokit = createOctokit(requireToken(run.token), run.log);
        const base = await targetBranch(octokit, event, publish.base);
        const note = await overlayOpenPullRequestDocs(octokit, event, repoRoot, config.docsDir, base, (0,docs_branch_key/* docsBranchFor */.z)(base, publish.branch, publish.system));
        if (note)
            run.log(note);
    }
    const result = await runPipeline(config, context, current.current ? undefined : current.found);
    const publishing = mode === 'pull-request' || mode === 'commit';
    const previousFacts = baseState.legacy?.facts ??
        (baseState.record && publishing
            ? await factsOfRecord(config, baseState.record, { facts: result.facts, extractionKey: result.extractionKey })
            : undefined);
    return { config, result, previousFacts };
}
/** Publishes one system's docs (or a repository's): its own commit, or its pull request. */
async function publishOne(run, mode, r, publish) {
    if (mode !== 'pull-request' && mode !== 'commit')
        return { operation: 'none', notes: [] };
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4239), __webpack_require__.e(2604)]).then(__webpack_require__.bind(__webpack_require__, 12604));
    const { publishDocs } = await Promise.all(/* import() */[__webpack_require__.e(3386), __webpack_require__.e(3751), __webpack_require__.e(1186), __webpack_require__.e(1972), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 50197));
    const octokit = createOctokit(requireToken(run.token), run.log);
    // Commit mode makes one commit per system: its message names the system.
    const commitMessage = r.config.system && mode === 'commit' ? `${publish.commitMessage} (${r.config.system})` : publish.commitMessage;
    const outcome = await publishDocs(octokit, run.event, run.repoRoot, r.config.docsDir, r.result, r.previousFacts, {
        ...publish,
        commitMessage,
        mode,
    });
    for (const note of outcome.notes)
        run.log(note);
    return outcome;
}
/** Pull-request mode with several systems in one job: one commit, one pull request for all of them. */
async function publishTogether(run, ran, publish) {
    const { createOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(4239), __webpack_require__.e(2604)]).then(__webpack_require__.bind(__webpack_require__, 12604));
    const { publishSystemsDocs } = await Promise.all(/* import() */[__webpack_require__.e(3386), __webpack_require__.e(3751), __webpack_require__.e(1186), __webpack_require__.e(1972), __webpack_require__.e(197)]).then(__webpack_require__.bind(__webpack_require__, 50197));
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
    for (const note of outcome.notes)
        run.log(note);
    return outcome;
}
/** A summary's heading names the system it is about. */
function titled(summary, system) {
    return system ? summary.replace(/^## Architect Docs\b/, `## Architect Docs: ${system}`) : summary;
}
/**
 * Pull-request mode publishes to a docs branch the workspace does not hold: the workspace being
 * current is enough only when that branch is not there, or holds the same run's output (and is not
 * to be deleted). An open pull request whose branch holds what the base has is left open. Told
 * with git alone; when it cannot be told (no base name without the API, no origin) the run is full.
 */
async function docsBranchAgrees(run, mode, config, keys, system) {
    if (mode !== 'pull-request')
        return true;
    const { event } = run;
    const base = run.publish.base ||
        (event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : event.defaultBranch);
    if (!base)
        return false;
    const branch = await (0,docs_branch_key/* docsBranchRunKey */.w)(run.repoRoot, config.docsDir, (0,docs_branch_key/* docsBranchFor */.z)(base, run.publish.branch, system));
    if (!branch)
        return false;
    // delete-branch: a full run closes a merged pull request and deletes its branch.
    if (!branch.absent && run.publish.deleteBranch)
        return false;
    return branch.absent || (branch.runKey === keys.runKey && branch.docsKey === keys.docsKey);
}
/**
 * Events about a pull request (pull_request, pull_request_target, pull_request_review …) only
 * ever get check mode: the action never writes for a PR's (maybe forked) code.
 */
function effectiveMode(requested, event) {
    if (event.pullRequest && requested !== 'check')
        return 'check';
    return requested;
}
const EMPTY_TOKEN_MESSAGE = 'github-token is empty: the pull-request and commit modes need it ' +
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub workflow expression, not a JS placeholder
    '(the default is the workflow token, `${{ github.token }}`).';
function requireToken(token) {
    if (!token)
        throw new Error(EMPTY_TOKEN_MESSAGE);
    return token;
}
/**
 * What the event means for the run. On pull requests the agent file is read from the base commit.
 * On `pull_request_target` from a fork the checked-out code is the contributor's, running with the
 * base repository's secrets: no model call is made unless the workflow opts in.
 */
function eventContext(event, allowUntrusted) {
    const context = { baseSha: event.pullRequest?.baseSha };
    if (event.name === 'pull_request_target' && event.pullRequest?.fromFork && !allowUntrusted) {
        context.untrustedReason =
            'pull_request_target from a fork: its code is untrusted, so no model call was made ' +
                '(set allow-untrusted-pull-requests to opt in)';
    }
    return context;
}
function failureOf(config, result) {
    const modelFailures = result.agent.outcome?.skipped.filter((s) => s.kind === 'model-error') ?? [];
    if (config.agent.failOnModelError && modelFailures.length > 0) {
        return {
            kind: 'model-error',
            message: `The architect model failed for ${modelFailures.length} section(s); ` +
                `those docs were left as they were. See the job summary.`,
        };
    }
    if (result.stale) {
        const files = result.changed.map((c) => c.file);
        return {
            kind: 'stale',
            message: `Architecture docs are stale: ${files.length} file(s) would change (${files.join(', ')}). ` +
                `Run the action in write mode, ` +
                `or \`architect-docs generate\`, and commit the result.`,
        };
    }
    return undefined;
}

// EXTERNAL MODULE: ./lib/publish/permission-errors.js
var permission_errors = __webpack_require__(49518);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/action/runner-files.js



// The parts of the runner's protocol a no-op run needs, without the toolkit (@actions/core loads
// an HTTP client at start, which costs more than the whole no-op check): inputs from `INPUT_*`,
// masking, outputs and the job summary through the files the runner names. Annotations and the
// failed state go through @actions/core, loaded when a run has them to report.
/** An input as the runner passes it: `INPUT_<NAME>` (spaces as `_`), trimmed; '' when absent. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A boolean input in YAML 1.2's core spellings; anything else is the workflow's mistake. */
function getBooleanInput(name) {
    const value = getInput(name);
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        'Support boolean input list: `true | True | TRUE | false | False | FALSE`');
}
/** Percent-encoding of a workflow command's data, so a newline cannot end the command early. */
const commandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Asks the runner to hide the value in every log line. */
function setSecret(value) {
    process.stdout.write(`::add-mask::${commandData(value)}${external_node_os_.EOL}`);
}
function info(message) {
    process.stdout.write(`${message}${external_node_os_.EOL}`);
}
/** A step output, in the runner's multi-line form with a delimiter no value can contain by chance. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(`${external_node_os_.EOL}::set-output name=${name}::${commandData(value)}${external_node_os_.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`unexpected input: the output ${name} contains its delimiter`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
}
/** Appends Markdown to the job summary (a line ending after it); nowhere when the runner gave no file. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,external_node_fs_.appendFileSync)(file, `${markdown}${external_node_os_.EOL}`, 'utf8');
}

;// CONCATENATED MODULE: ./lib/action/inputs.js

/**
 * action.yml's defaults, for every input that has a literal one (test/unit/action-metadata.test.ts
 * keeps the two equal). The runner sets `INPUT_<NAME>` for every declared input, at its default
 * when the workflow is silent, so the action cannot tell "not given" from "given as the default".
 * Reading a default as "not given" is what keeps the config file in charge of what the workflow
 * did not say (provider, grounding, max-input-tokens, model-concurrency, fail-on-model-error) and keeps the config
 * file itself optional when `config-file` was not set.
 */
const INPUT_DEFAULTS = {
    mode: 'pull-request',
    'commit-method': 'api',
    title: 'docs: update architecture docs',
    'commit-message': 'docs: update architecture docs',
    draft: 'false',
    'delete-branch': 'false',
    'config-file': '.github/architect-docs.yml',
    force: 'false',
    provider: 'anthropic',
    'max-input-tokens': '60000',
    'model-concurrency': '4',
    batch: 'false',
    'batch-timeout-seconds': '3600',
    grounding: 'strict',
    'fail-on-model-error': 'false',
    'allow-untrusted-pull-requests': 'false',
};
/** An input's value, or undefined when it is empty or at its action.yml default. */
function optionalInput(name) {
    const value = getInput(name);
    if (value === '' || value === INPUT_DEFAULTS[name])
        return undefined;
    return value;
}
/** A boolean input, or undefined when not given (or given as its default). */
function booleanInput(name) {
    return optionalInput(name) === undefined ? undefined : getBooleanInput(name);
}
function listInput(name) {
    return getInput(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

;// CONCATENATED MODULE: ./lib/action/main.js






/** The action: inputs → one GitHub run (github-run.ts) → outputs, job summary, annotations, exit code. */
async function run() {
    // The toolkit (annotations, the failed state) loads only when the run has something to report.
    const toolkit = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6421)]).then(__webpack_require__.bind(__webpack_require__, 96421));
    try {
        const event = (0,github_event/* readGitHubEvent */.Ie)();
        const apiKey = getInput('anthropic-api-key');
        if (apiKey)
            setSecret(apiKey);
        const token = getInput('github-token');
        if (token)
            setSecret(token);
        const results = await runOnGitHub({
            repoRoot: process.env.GITHUB_WORKSPACE ?? process.cwd(),
            event,
            requestedMode: (optionalInput('mode') ?? INPUT_DEFAULTS.mode),
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
            if (r.kind === 'skipped')
                info(`${who}Skipped: ${r.reason}.`);
            if (r.kind === 'current')
                info(`${who}Docs are current: ${r.reason}.`);
        }
        if (ran.length === 0) {
            setOutputs([]);
            appendSummary(results.map((r) => r.summary).join('\n'));
            return;
        }
        const core = await toolkit();
        if (ran[0].modeNote)
            core.notice(ran[0].modeNote);
        for (const r of ran) {
            // New risks first, each on its line of the diff, before the diagnostics about reading sources.
            for (const f of r.result.findings.introduced)
                annotateNewRisk(core, f);
            for (const c of r.result.apiChanges)
                annotateApiChange(core, c);
            for (const d of r.result.diagnostics)
                annotate(core, d);
        }
        setOutputs(ran);
        appendSummary(results.map((r) => r.summary).join('\n'));
        const failures = [];
        for (const r of ran) {
            const files = r.result.changed.map((c) => c.file);
            if (r.failure?.kind === 'stale') {
                for (const f of files)
                    core.error('This file is stale: the sources changed and the generated docs no longer match them.', {
                        file: f,
                        title: 'Architect Docs: stale docs',
                    });
            }
            if (r.failure)
                failures.push(r.system ? `${r.system}: ${r.failure.message}` : r.failure.message);
            else
                info((r.system ? `${r.system}: ` : '') +
                    (files.length > 0
                        ? `Updated ${files.length} file(s): ${files.join(', ')}`
                        : 'Docs are current; nothing changed.'));
        }
        if (failures.length > 0)
            core.setFailed(failures.join('\n'));
    }
    catch (err) {
        const core = await toolkit();
        if (err instanceof load_config/* ConfigError */.xL)
            core.error(err.message, { file: err.file, startLine: err.line, title: 'Architect Docs configuration' });
        if (err instanceof permission_errors/* PublishPermissionError */.J)
            core.error(err.message, { title: 'Architect Docs: permission needed' });
        // The message is for the user; the stack only for whoever debugs the action (RUNNER_DEBUG).
        if (err instanceof Error && err.stack)
            core.debug(err.stack);
        core.setFailed(err instanceof Error ? err.message : String(err));
    }
}
/** What the inputs say about the config; an input left at its default leaves the config file in charge. */
function configOverrides(event, apiKey) {
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
function setOutputs(ran) {
    const files = ran.flatMap((r) => r.result.changed.map((c) => c.file));
    const outcomes = [...new Set(ran.map((r) => r.outcome))];
    const lines = (pick) => outcomes.map((o) => pick(o) ?? '').join('\n');
    const sum = (pick) => ran.reduce((n, r) => n + (r.result.agent.outcome ? pick(r.result.agent.outcome) : 0), 0);
    setOutput('changed', files.length > 0 ? 'true' : 'false');
    setOutput('files', files.join('\n'));
    setOutput('commit-sha', lines((o) => o.commitSha));
    setOutput('pull-request-number', lines((o) => (o.pullRequest ? String(o.pullRequest.number) : undefined)));
    setOutput('pull-request-url', lines((o) => o.pullRequest?.url));
    setOutput('pull-request-operation', outcomes.length > 0 ? lines((o) => o.operation) : 'none');
    setOutput('branch', lines((o) => o.branch));
    setOutput('tokens-input', String(sum((o) => o.usage.inputTokens + o.usage.cacheReadTokens + o.usage.cacheWriteTokens)));
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
function annotateNewRisk(core, f) {
    const props = { file: f.source.file, startLine: f.source.line, title: `New ${f.severity} risk: ${f.rule}` };
    const text = f.lock ? `${f.message} (lock: ${f.lock})` : f.message;
    if (f.severity === 'low')
        core.notice(text, props);
    else
        core.warning(text, props);
}
/** A contract change on the spec's line: an error annotation for a breaking one, never a failed step by itself. */
function annotateApiChange(core, c) {
    const props = { file: c.source?.file, startLine: c.source?.line, title: `API change: ${c.rule}` };
    if (c.level === 'error')
        core.error(c.message, props);
    else if (c.level === 'warning')
        core.warning(c.message, props);
    else
        core.notice(c.message, props);
}
function annotate(core, d) {
    // A diagnostic about the whole repository (file `.`) is an annotation on the run, not on a file.
    const file = d.file === '.' ? undefined : d.file;
    const props = { file, startLine: d.line, startColumn: d.column, title: `Architect Docs (${d.stage})` };
    if (d.severity === 'error')
        core.error(d.message, props);
    else if (d.severity === 'warning')
        core.warning(d.message, props);
    else
        core.notice(d.message, props);
}


/***/ }),

/***/ 35795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ docsBranchRunKey),
/* harmony export */   z: () => (/* binding */ docsBranchFor)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _state_state_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41938);
/* harmony import */ var _state_state_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99258);




const git = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Pull-request mode's branch: one per base, unless the workflow names one. A job that runs one
 * system of a monorepo (a matrix job) gets a branch of that system's own, so parallel jobs never
 * rebuild each other's branch.
 */
const docsBranchFor = (base, explicit, system) => `${explicit || `architect-docs/${base}`}${system ? `-${system}` : ''}`;
/**
 * What the docs branch of pull-request mode holds, told with git alone (no API client): `absent`
 * when origin has no such branch, else the keys its state file carries (undefined when it has
 * none). Undefined when it cannot be told (no origin, no access): the caller then does a full run.
 */
async function docsBranchRunKey(workspace, docsDir, branch) {
    const ref = `refs/heads/${branch}`;
    try {
        // --exit-code: 2 when the branch is not there, which is an answer, not a failure.
        await git('git', ['ls-remote', '--exit-code', '--heads', 'origin', ref], { cwd: workspace });
    }
    catch (err) {
        return err.code === 2 ? { absent: true } : undefined;
    }
    try {
        await git('git', ['fetch', '-q', '--no-tags', '--depth=1', 'origin', ref], { cwd: workspace });
        const { stdout } = await git('git', ['show', `FETCH_HEAD:${(0,_state_state_path_js__WEBPACK_IMPORTED_MODULE_2__/* .statePath */ .BQ)(docsDir)}`], {
            cwd: workspace,
            maxBuffer: 16 * 1024 * 1024,
        });
        const state = (0,_state_state_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStateText */ .A6)(stdout);
        return { absent: false, runKey: state?.runKey, docsKey: state?.docsKey };
    }
    catch {
        return { absent: false };
    }
}


/***/ }),

/***/ 91225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ readGitHubEvent),
/* harmony export */   Q8: () => (/* binding */ GENERATED_TRAILER),
/* harmony export */   S6: () => (/* binding */ loopGuard)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

/** Reads the event the way the runner provides it: environment variables and the payload file. */
function readGitHubEvent(env = process.env) {
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        // no payload: a local run
    }
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '/').split('/');
    const pr = payload.pull_request;
    const commits = Array.isArray(payload.commits) ? payload.commits : [];
    return {
        name: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        ref: env.GITHUB_REF ?? payload.ref ?? '',
        sha: env.GITHUB_SHA ?? payload.after ?? '',
        defaultBranch: payload.repository?.default_branch,
        pullRequest: pr
            ? {
                number: pr.number,
                baseRef: pr.base?.ref,
                baseSha: pr.base?.sha,
                headRef: pr.head?.ref,
                fromFork: (pr.head?.repo?.full_name ?? '') !== (pr.base?.repo?.full_name ?? ''),
            }
            : undefined,
        push: payload.head_commit
            ? {
                headMessage: payload.head_commit.message ?? '',
                changedFiles: commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? []), ...(c.removed ?? [])]),
            }
            : undefined,
        inputs: payload.inputs ?? {},
    };
}
/** The trailer every commit of ours carries: how we recognise our own commits (and skip them). */
const GENERATED_TRAILER = 'Architect-Docs-Generated: true';
/**
 * Runs that must not regenerate: our own commit coming back as a push, a commit that asks to be
 * skipped, or a push that only touched the generated docs (regenerating would loop).
 */
function loopGuard(event, docsDir) {
    if (event.name !== 'push' || !event.push)
        return undefined;
    if (event.push.headMessage.includes(GENERATED_TRAILER))
        return 'the head commit was made by Architect Docs';
    if (/\[(skip docs|docs skip)\]/i.test(event.push.headMessage))
        return 'the head commit message says [skip docs]';
    const files = event.push.changedFiles;
    if (files.length > 0 && files.every((f) => f === docsDir || f.startsWith(`${docsDir}/`)))
        return `the push only changed files in ${docsDir}`;
    return undefined;
}


/***/ }),

/***/ 49518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ PublishPermissionError),
/* harmony export */   P: () => (/* binding */ explainGitHubError)
/* harmony export */ });
/** A failure the user fixes in settings or the workflow file: the message says exactly how. */
class PublishPermissionError extends Error {
    name = 'PublishPermissionError';
}
const FIX_PERMISSIONS = 'Give the job write access in the workflow file:\n  permissions:\n    contents: write\n    pull-requests: write';
const FIX_PR_SETTING = 'Allow it in the repository (or organisation) settings: ' +
    'Settings → Actions → General → Workflow permissions → ' +
    '"Allow GitHub Actions to create and approve pull requests". ' +
    'Or pass a GitHub App installation token or a fine-grained PAT as `github-token` ' +
    '(pull requests made with it also trigger other workflows, which GITHUB_TOKEN ones do not).';
/** Turns GitHub's 403s into errors that name the cause and the fix; anything else is returned as is. */
function explainGitHubError(err, doing) {
    const e = err;
    const message = e?.response?.data?.message ?? e?.message ?? '';
    if (e?.status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return new PublishPermissionError(`GitHub refused to let this workflow ${doing}: ` +
            `GitHub Actions is not permitted to create pull requests in this repository. ` +
            `${FIX_PR_SETTING}`);
    }
    if (e?.status === 403 && /resource not accessible by integration/i.test(message)) {
        return new PublishPermissionError(`The token cannot ${doing} ("Resource not accessible by integration"). ${FIX_PERMISSIONS}`);
    }
    if (e?.status === 404 && /not found/i.test(message) && doing.startsWith('push')) {
        return new PublishPermissionError(`The token cannot ${doing} (404: the repository or branch is not visible to it). ${FIX_PERMISSIONS}`);
    }
    return err;
}


/***/ })

};
