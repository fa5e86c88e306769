export const id = 1273;
export const ids = [1273];
export const modules = {

/***/ 11273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25807);
/* harmony import */ var _config_resolve_systems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72777);
/* harmony import */ var _up_to_date_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56559);





// Only the config and the no-op check are imported up front: the pipeline (parsers, engines, the
// model client, the renderer) is imported when there is work, so `generate` on unchanged inputs
// costs about what starting Node does.
const USAGE = `Usage: architect-docs <command> [--repo DIR] [--system NAME] [--docs-dir DIR] [--config FILE] [--force]

Commands:
  facts      print the fact model (JSON) read from the repository's sources
  generate   write or update the docs in the repository's docs folder
  check      exit 1 and list the files that would change when the docs are stale
  plan       list the narrative sections the model would (re)write, with estimated tokens and cost

The architect model is used when ANTHROPIC_API_KEY is set (ANTHROPIC_BASE_URL is honoured);
without it, or with --offline, the run is offline.

Options:
  --repo DIR       repository to document (default: the current folder)
  --docs-dir DIR   docs folder inside the repository (default: docs/architecture)
  --config FILE    config file inside the repository (default: .github/architect-docs.yml)
  --system NAME    only this system of the config file's \`systems:\` (default: every system, one after another)
  --force          re-read every source, rewrite every narrative section, overwrite hand-edited blocks
  --offline        never call the model, even when ANTHROPIC_API_KEY is set
  --model NAME     model alias (sonnet, opus, haiku) or exact id
  --model-concurrency N
                   model calls open at once after the first section, 1 to 16 (default 4)
  --batch          send the sections as one Message Batch (half price; waits for it, see --batch-timeout)
  --batch-timeout SECONDS
                   how long --batch waits before canceling the batch (default 3600)
  --base REF       facts: also list the API changes since this commit (\`api.changes\`)
  --debug          print the stack trace of an unexpected error (also when RUNNER_DEBUG=1)
`;
/** The command line, parsed (throws on an unknown or malformed option). */
function parseCliArgs(argv) {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            repo: { type: 'string' },
            'docs-dir': { type: 'string' },
            config: { type: 'string' },
            system: { type: 'string' },
            force: { type: 'boolean' },
            offline: { type: 'boolean' },
            model: { type: 'string' },
            'model-concurrency': { type: 'string' },
            batch: { type: 'boolean' },
            'batch-timeout': { type: 'string' },
            base: { type: 'string' },
            debug: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
}
/** The CLI: the same pipeline as the action, for local use. Returns the exit code. */
async function main(argv) {
    let parsed;
    try {
        parsed = parseCliArgs(argv);
    }
    catch (err) {
        process.stderr.write(`${err.message}\n\n${USAGE}`);
        return 2;
    }
    const [command] = parsed.positionals;
    if (parsed.values.help || !command) {
        process.stdout.write(USAGE);
        return command || parsed.values.help ? 0 : 2;
    }
    if (!['facts', 'generate', 'check', 'plan'].includes(command)) {
        process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
    const repoRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(parsed.values.repo ?? '.');
    try {
        const loaded = await (0,_config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(repoRoot, {
            docsDir: parsed.values['docs-dir'],
            configFile: parsed.values.config,
            force: parsed.values.force,
            mode: command === 'check' ? 'check' : 'write',
            apiKey: parsed.values.offline ? undefined : process.env.ANTHROPIC_API_KEY || undefined,
            offline: parsed.values.offline,
            model: parsed.values.model,
            modelConcurrency: parsed.values['model-concurrency'],
            batch: parsed.values.batch,
            batchTimeoutSeconds: parsed.values['batch-timeout'],
        }, 'command line');
        const configs = (0,_config_resolve_systems_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveSystems */ .H)(loaded, parsed.values.system, 'command line');
        if (command === 'facts' && configs.length > 1)
            throw new _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(`facts prints one system's facts: name one with --system (${configs.map((c) => c.system).join(', ')})`, 'command line');
        // Each system is its own run; the worst exit code is the command's (a stale one makes check fail).
        let code = 0;
        for (const config of configs) {
            // facts prints JSON on stdout: nothing else goes there.
            if (command !== 'facts' && config.system)
                process.stdout.write(`System ${config.system}:\n`);
            code = Math.max(code, await runCommand(command, config, parsed.values.base));
        }
        return code;
    }
    catch (err) {
        // A user needs the message; a stack trace only helps whoever debugs the tool, on request.
        const debug = parsed.values.debug || process.env.RUNNER_DEBUG === '1';
        const detail = err instanceof Error
            ? debug && !(err instanceof _config_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL)
                ? (err.stack ?? err.message)
                : err.message
            : String(err);
        process.stderr.write(`architect-docs: ${detail}\n`);
        return 2;
    }
}
/** One command on one config (a repository, or one system of a monorepo). Returns the exit code. */
async function runCommand(command, config, base) {
    const where = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(process.cwd(), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(config.repoRoot, config.docsDir)) || '.';
    const current = command === 'generate' || command === 'check' ? await (0,_up_to_date_js__WEBPACK_IMPORTED_MODULE_4__/* .upToDate */ .tk)(config) : { current: false };
    if (current.current) {
        process.stdout.write(`Docs in ${where}/ are current: no source, setting, template or doc changed since the last run, ` +
            `so nothing was read again.\n`);
        if (current.diagnostics > 0)
            process.stdout.write(`${current.diagnostics} diagnostic(s) of the last run still stand (--force to list them).\n`);
        return 0;
    }
    const { extractFacts, extractFactsAt, planModelRun, run } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7645), __webpack_require__.e(3386), __webpack_require__.e(8816), __webpack_require__.e(2968), __webpack_require__.e(3751), __webpack_require__.e(1186), __webpack_require__.e(7064), __webpack_require__.e(1972), __webpack_require__.e(8543), __webpack_require__.e(3391)]).then(__webpack_require__.bind(__webpack_require__, 23391));
    const { formatDiagnostic, formatNewRisk } = await Promise.all(/* import() */[__webpack_require__.e(3386), __webpack_require__.e(2666)]).then(__webpack_require__.bind(__webpack_require__, 22666));
    if (command === 'facts') {
        const facts = await extractFacts(config);
        if (base) {
            const { apiChanges } = await __webpack_require__.e(/* import() */ 1186).then(__webpack_require__.bind(__webpack_require__, 61186));
            const before = await extractFactsAt(config, base);
            facts.api = {
                ...facts.api,
                changes: apiChanges(before.api, facts.api, { before: before.inputs, after: facts.inputs }),
            };
        }
        process.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
        for (const d of facts.diagnostics)
            process.stderr.write(`${formatDiagnostic(d)}\n`);
        return 0;
    }
    if (command === 'plan') {
        const plan = await planModelRun(config);
        process.stdout.write(`Model ${plan.model}: ${plan.sections.length} section(s) to write, ${plan.unchanged} unchanged (no call).\n`);
        for (const s of plan.sections)
            process.stdout.write(`  ${s.file} › ${s.blockId}  ~${s.inputTokens} input tokens  (${s.reason})\n`);
        if (plan.sections.length > 0) {
            process.stdout.write(`Estimate: ~${plan.inputTokens} input tokens ` +
                `(prefix of ~${plan.prefixTokens} cached after the first call), ` +
                `at most ${plan.maxOutputTokens} output tokens, at most $${plan.costUsd.toFixed(4)}` +
                `${plan.batch ? ' (one Message Batch, half price)' : ''}.\n`);
        }
        return 0;
    }
    const result = await run(config, {}, current.found);
    for (const f of result.findings.introduced)
        process.stderr.write(`${formatNewRisk(f)}\n`);
    for (const d of result.diagnostics)
        process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (command === 'check') {
        if (!result.stale) {
            process.stdout.write(`Docs in ${where} are current.\n`);
            return 0;
        }
        process.stdout.write(`Docs in ${where} are stale; these files would change:\n${result.changed.map((c) => `  ${c.file}\n`).join('')}`);
        return 1;
    }
    const needsModel = result.docs.reduce((n, d) => n + d.needsModel.length, 0);
    process.stdout.write(result.changed.length > 0
        ? `Wrote ${result.changed.length} file(s) to ${where}/:\n${result.changed.map((c) => `  ${c.file}\n`).join('')}`
        : `Docs in ${where}/ are already current; nothing changed.\n`);
    process.stdout.write(`Open ${where}/README.md to start reading.\n`);
    if (result.agent.outcome) {
        const o = result.agent.outcome;
        process.stdout.write(`Model ${result.agent.model}: ${o.generated} section(s) written, ` +
            `${o.unchanged} unchanged, ${o.skipped.length} skipped; ` +
            `${o.usage.calls} call(s)${batchNote(o.usage.batchCalls)}, ` +
            `$${o.usage.costUsd.toFixed(4)}.\n`);
    }
    if (needsModel > 0)
        process.stdout.write(`${needsModel} narrative sections need the architect model and say so ` +
            `(${result.agent.offlineReason ?? 'not written this run'}).\n`);
    return 0;
}
/** How many of the calls went through a Message Batch, when some did. */
function batchNote(batchCalls) {
    return batchCalls > 0 ? `, ${batchCalls} of them in a Message Batch at half price` : '';
}


/***/ })

};
