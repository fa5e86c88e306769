export const id = 6567;
export const ids = [6567];
export const modules = {

/***/ 51653:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ canonicalKind),
/* harmony export */   g: () => (/* binding */ isEphemeralKind)
/* harmony export */ });
// Kubernetes kinds as a text may spell them (kubectl accepts the plural, the short name and any
// case), reduced to one canonical lower-case kind so that `deploy/x`, `deployments x` and
// `Deployment/x` all look up the same object.
const KIND_SPELLINGS = {
    deployment: 'deployment',
    deployments: 'deployment',
    deploy: 'deployment',
    service: 'service',
    services: 'service',
    svc: 'service',
    statefulset: 'statefulset',
    statefulsets: 'statefulset',
    sts: 'statefulset',
    daemonset: 'daemonset',
    daemonsets: 'daemonset',
    ds: 'daemonset',
    configmap: 'configmap',
    configmaps: 'configmap',
    cm: 'configmap',
    secret: 'secret',
    secrets: 'secret',
    ingress: 'ingress',
    ingresses: 'ingress',
    ing: 'ingress',
    horizontalpodautoscaler: 'horizontalpodautoscaler',
    horizontalpodautoscalers: 'horizontalpodautoscaler',
    hpa: 'horizontalpodautoscaler',
    namespace: 'namespace',
    namespaces: 'namespace',
    ns: 'namespace',
    cronjob: 'cronjob',
    cronjobs: 'cronjob',
    cj: 'cronjob',
    persistentvolumeclaim: 'persistentvolumeclaim',
    persistentvolumeclaims: 'persistentvolumeclaim',
    pvc: 'persistentvolumeclaim',
    serviceaccount: 'serviceaccount',
    serviceaccounts: 'serviceaccount',
    sa: 'serviceaccount',
    networkpolicy: 'networkpolicy',
    networkpolicies: 'networkpolicy',
    netpol: 'networkpolicy',
    poddisruptionbudget: 'poddisruptionbudget',
    poddisruptionbudgets: 'poddisruptionbudget',
    pdb: 'poddisruptionbudget',
    // Objects whose names are generated at run time: a reference to one is never checked.
    pod: 'pod',
    pods: 'pod',
    po: 'pod',
    replicaset: 'replicaset',
    replicasets: 'replicaset',
    rs: 'replicaset',
    job: 'job',
    jobs: 'job',
};
const EPHEMERAL_KINDS = new Set(['pod', 'replicaset', 'job']);
/** The canonical kind a word spells (`deploy` → `deployment`), undefined when it is no kind. */
function canonicalKind(word) {
    return KIND_SPELLINGS[word.toLowerCase()];
}
/** A kind whose objects get generated names (pods, replica sets, jobs): never checked. */
function isEphemeralKind(kind) {
    return EPHEMERAL_KINDS.has(kind);
}


/***/ }),

/***/ 76868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ shellTokens),
/* harmony export */   v: () => (/* binding */ shellTokensFrom)
/* harmony export */ });
/** Shell-ish tokens with their offsets (quotes stripped from the token, not from the offset). */
function shellTokens(line) {
    const out = [];
    for (const m of line.matchAll(/"[^"]*"|'[^']*'|[^\s"']+/g)) {
        out.push({ text: m[0].replace(/^["']|["']$/g, ''), index: m.index });
    }
    return out;
}
/** The tokens of `line` from offset `start` on, with offsets in `line`. */
function shellTokensFrom(line, start) {
    return shellTokens(line.slice(start)).map((t) => ({ ...t, index: t.index + start }));
}


/***/ }),

/***/ 21429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/** A configuration problem: always names where the bad value came from. */
class ConfigError extends Error {
    file;
    line;
    constructor(message, file, line) {
        super(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
        this.file = file;
        this.line = line;
        this.name = 'ConfigError';
    }
}


/***/ }),

/***/ 32165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   Mq: () => (/* binding */ SYSTEM_NAME),
/* harmony export */   T1: () => (/* binding */ SYSTEM_NAME_RULE),
/* harmony export */   bg: () => (/* binding */ MAX_MODEL_CONCURRENCY),
/* harmony export */   dJ: () => (/* binding */ DEFAULT_BATCH_TIMEOUT_SECONDS),
/* harmony export */   i8: () => (/* binding */ DEFAULT_MODEL_CONCURRENCY),
/* harmony export */   kQ: () => (/* binding */ GROUNDING),
/* harmony export */   pC: () => (/* binding */ MODEL_CONCURRENCY_RULE),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   ye: () => (/* binding */ defaultSources)
/* harmony export */ });
// The fixed values of the settings, apart from the schema: a run with no config file (and the
// no-op check) uses them without loading the validator.
const MODES = ['write', 'check', 'pull-request', 'commit'];
const PROVIDERS = ['anthropic', 'bedrock', 'vertex'];
const GROUNDING = ['strict', 'warn'];
/** Model calls open at once after the first section; more than a few mostly meets the API's rate limits. */
const DEFAULT_MODEL_CONCURRENCY = 4;
const MAX_MODEL_CONCURRENCY = 16;
/** The one wording of the rule, for the file's key and for the input and flag alike. */
const MODEL_CONCURRENCY_RULE = `must be a whole number from 1 to ${MAX_MODEL_CONCURRENCY} ` + '(1 writes the sections one after another)';
/** A system's name: it names its docs branch and its matrix job, so a lowercase slug. */
const SYSTEM_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const SYSTEM_NAME_RULE = 'must be a lowercase slug: letters a-z, digits and "-", starting and ending with a letter or digit, ' +
    'at most 63 characters';
/** How long a batch run waits for its Message Batch before canceling it: the API ends most within the hour. */
const DEFAULT_BATCH_TIMEOUT_SECONDS = 3_600;
/** `sources` when the config file has none: discover everything, read no test folder. */
function defaultSources() {
    return {
        'auto-discover': true,
        openapi: [],
        contracts: [],
        migrations: [],
        infra: [],
        exclude: [],
        'include-test-folders': false,
        'migration-placeholders': {},
        helm: [],
        'render-tools': 'auto',
    };
}


/***/ }),

/***/ 25807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xL: () => (/* reexport */ config_error/* ConfigError */.x),
  fD: () => (/* binding */ buildConfig),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CATALOG_FILE, DEFAULT_CATALOG_OWNER, DEFAULT_CONFIG_FILE, DEFAULT_DOCS_DIR

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/config-error.js
var config_error = __webpack_require__(21429);
// EXTERNAL MODULE: ./lib/config/config-values.js
var config_values = __webpack_require__(32165);
;// CONCATENATED MODULE: ./lib/config/parse-budget.js
// The `budget` setting is part of the configuration (an input, a config key), so it is parsed and
// checked with the rest of it; the agent only reads the result.
const BUDGET_HELP = 'write a token count (`50000`, `50k tokens`, `1.5m tokens`) or US dollars (`$2.50`, `2.5 usd`)';
/**
 * Parses the `budget` setting. Empty → undefined (no budget). Tokens: `50000`, `50,000`, `50k`,
 * `50k tokens`, `1.5m tokens`. Dollars: `$2.50`, `2.5 usd`, `2.50USD`, `$2.50 USD`.
 */
function parseBudget(text) {
    if (text === undefined || text === null)
        return undefined;
    if (typeof text === 'number')
        return tokenBudget(text, String(text));
    const raw = text.trim();
    if (raw === '')
        return undefined;
    const s = raw.toLowerCase().replace(/\s+/g, ' ');
    const usd = /^(?:\$\s?(\d[\d,_]*(?:\.\d+)?|\.\d+)(?: ?usd)?|(\d[\d,_]*(?:\.\d+)?|\.\d+) ?(?:usd|\$|dollars?))$/.exec(s);
    if (usd) {
        const limit = Number((usd[1] ?? usd[2]).replace(/[,_]/g, ''));
        if (!Number.isFinite(limit) || limit <= 0)
            throw new Error(`budget "${raw}": the amount must be greater than zero; ${BUDGET_HELP}`);
        return { kind: 'usd', limit };
    }
    const tok = /^(\d[\d,_]*(?:\.\d+)?|\.\d+) ?(k|m)? ?(?:tokens?|tok)?$/.exec(s);
    if (tok) {
        const n = Number(tok[1].replace(/[,_]/g, ''));
        const mult = tok[2] === 'k' ? 1_000 : tok[2] === 'm' ? 1_000_000 : 1;
        return tokenBudget(n * mult, raw);
    }
    throw new Error(`budget "${raw}" is not understood: ${BUDGET_HELP}`);
}
function tokenBudget(n, raw) {
    if (!Number.isFinite(n) || n <= 0)
        throw new Error(`budget "${raw}": the token count must be greater than zero; ${BUDGET_HELP}`);
    const limit = Math.round(n);
    if (Math.abs(limit - n) > 1e-9)
        throw new Error(`budget "${raw}": a token count must be a whole number; ${BUDGET_HELP}`);
    return { kind: 'tokens', limit };
}

;// CONCATENATED MODULE: ./lib/config/load-config.js





const DEFAULT_CONFIG_FILE = '.github/architect-docs.yml';
const DEFAULT_DOCS_DIR = 'docs/architecture';
/** Where the Backstage catalog goes, relative to the docs folder. */
const DEFAULT_CATALOG_FILE = 'catalog-info.yaml';
/** Backstage needs an owner on every entity; this one says plainly that the config did not name one. */
const DEFAULT_CATALOG_OWNER = 'unknown';

async function loadConfig(repoRoot, overrides, overridesOrigin = 'inputs') {
    const configPath = overrides.configFile ?? DEFAULT_CONFIG_FILE;
    const file = await readConfigFile(repoRoot, configPath, overrides.configFile !== undefined);
    const { systems, ...top } = file?.config ?? {};
    const config = buildConfig(repoRoot, file ? top : undefined, configPath, overrides, overridesOrigin);
    if (!systems)
        return config;
    // Each system is made into its own Config by resolve-systems.ts, from the same file and overrides.
    return { ...config, systems: { entries: systems, file: top, configPath, overrides, overridesOrigin } };
}
/**
 * One Config from the file's settings (undefined: no config file was read) and the overrides:
 * the top level's, or a system's with the top level's laid under it (resolve-systems.ts).
 */
function buildConfig(repoRoot, file, configPath, overrides, overridesOrigin) {
    const mode = overrides.mode ?? 'write';
    if (!config_values/* MODES */.FN.includes(mode)) {
        throw new config_error/* ConfigError */.x(`mode must be one of ${config_values/* MODES */.FN.join(', ')}, got "${mode}"`, overridesOrigin);
    }
    const docsDir = safeRepoPath(overrides.docsDir ?? file?.['docs-dir'] ?? DEFAULT_DOCS_DIR, overrides.docsDir ? overridesOrigin : configPath, 'docs-dir');
    const templatesDir = file?.['templates-dir']
        ? safeRepoPath(file['templates-dir'], configPath, 'templates-dir')
        : undefined;
    const agent = agentSettings(file?.agent ?? {}, overrides, configPath, overridesOrigin);
    const sources = file?.sources ?? (0,config_values/* defaultSources */.ye)();
    return {
        repoRoot,
        agent,
        docsDir,
        templatesDir,
        mode: mode,
        force: overrides.force ?? false,
        sources: sources.paths
            ? { ...sources, paths: sources.paths.map((p) => safeRepoPath(p, configPath, 'sources.paths')) }
            : sources,
        configFile: file ? configPath : undefined,
        catalog: catalogSettings(file?.catalog ?? {}, repoRoot, docsDir),
    };
}
function catalogSettings(file, repoRoot, docsDir) {
    return {
        backstage: file.backstage ?? false,
        // The schema keeps the path inside the docs folder: the catalog is written like the docs.
        file: external_node_path_.posix.join(docsDir, external_node_path_.posix.normalize((file.path ?? DEFAULT_CATALOG_FILE).replaceAll('\\', '/'))),
        owner: file.owner ?? DEFAULT_CATALOG_OWNER,
        lifecycle: file.lifecycle ?? 'production',
        system: file.system ?? (0,external_node_path_.basename)(repoRoot),
        sourceLocation: file['source-location'],
    };
}
/** Inputs win over the file; each value is checked with the same rules whichever side it came from. */
function agentSettings(file, o, configPath, origin) {
    const pick = (input, fromFile) => input !== undefined && input !== '' ? [input, origin] : [fromFile, configPath];
    const [provider, providerFrom] = pick(o.provider, file.provider);
    if (provider !== undefined && !config_values/* PROVIDERS */.xq.includes(provider))
        throw new config_error/* ConfigError */.x(`provider must be one of ${config_values/* PROVIDERS */.xq.join(', ')}, got "${provider}"`, providerFrom);
    const [grounding, groundingFrom] = pick(o.grounding, file.grounding);
    if (grounding !== undefined && !config_values/* GROUNDING */.kQ.includes(grounding))
        throw new config_error/* ConfigError */.x(`grounding must be one of ${config_values/* GROUNDING */.kQ.join(', ')}, got "${grounding}"`, groundingFrom);
    const [maxInput, maxInputFrom] = pick(o.maxInputTokens !== undefined && o.maxInputTokens !== '' ? Number(o.maxInputTokens) : undefined, file['max-input-tokens']);
    if (maxInput !== undefined && (!Number.isInteger(maxInput) || maxInput < 2_000))
        throw new config_error/* ConfigError */.x(`max-input-tokens must be a whole number of at least 2000, got "${o.maxInputTokens ?? maxInput}"`, maxInputFrom);
    const [budgetText, budgetFrom] = pick(o.budget, file.budget !== undefined ? String(file.budget) : undefined);
    let budget;
    try {
        budget = budgetText ? parseBudget(budgetText) : undefined;
    }
    catch (err) {
        throw new config_error/* ConfigError */.x(`budget: ${err.message}`, budgetFrom);
    }
    const [concurrency, concurrencyFrom] = pick(o.modelConcurrency, file['model-concurrency']);
    const modelConcurrency = parseConcurrency(concurrency, concurrencyFrom);
    const [batchTimeout, batchTimeoutFrom] = pick(o.batchTimeoutSeconds, file['batch-timeout-seconds']);
    const batchTimeoutSeconds = batchTimeout === undefined ? config_values/* DEFAULT_BATCH_TIMEOUT_SECONDS */.dJ : Number(batchTimeout);
    if (!Number.isFinite(batchTimeoutSeconds) || batchTimeoutSeconds <= 0 || String(batchTimeout).trim() === '')
        throw new config_error/* ConfigError */.x(`batch-timeout-seconds must be a positive number of seconds, got "${batchTimeout}"`, batchTimeoutFrom);
    const [agentFile, agentFileFrom] = pick(o.agentFile, file['agent-file']);
    const prices = file.prices
        ? Object.fromEntries(Object.entries(file.prices).map(([k, p]) => [
            k,
            { input: p.input, output: p.output, cacheWrite: p['cache-write'], cacheRead: p['cache-read'] },
        ]))
        : undefined;
    return {
        provider: (provider ?? 'anthropic'),
        apiKey: o.apiKey || undefined,
        model: pick(o.model, file.model)[0],
        agentFile: agentFile ? safeRepoPath(agentFile, agentFileFrom, 'agent-file', true) : undefined,
        maxInputTokens: maxInput ?? 60_000,
        maxOutputTokens: file['max-output-tokens'] ?? 4_096,
        grounding: (grounding ?? 'strict'),
        budget,
        failOnModelError: o.failOnModelError ?? file['fail-on-model-error'] ?? false,
        timeoutMs: (file['timeout-seconds'] ?? 120) * 1000,
        modelConcurrency,
        batch: o.batch ?? file.batch ?? false,
        batchTimeoutMs: batchTimeoutSeconds * 1000,
        prices,
        awsRegion: o.awsRegion || undefined,
        vertexProjectId: o.vertexProjectId || undefined,
        vertexRegion: o.vertexRegion || undefined,
        offline: o.offline ?? false,
    };
}
/**
 * `model-concurrency`: the file's number is checked by its schema (with its line); text from an
 * input or flag (`"4"`, ` 4 `) here, by the same rule and wording.
 */
function parseConcurrency(value, origin) {
    if (value === undefined)
        return config_values/* DEFAULT_MODEL_CONCURRENCY */.i8;
    const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < 1 || n > config_values/* MAX_MODEL_CONCURRENCY */.bg)
        throw new config_error/* ConfigError */.x(`model-concurrency ${config_values/* MODEL_CONCURRENCY_RULE */.pC}, got "${value}"`, origin);
    return n;
}
/** The config file, parsed and checked; undefined when there is none and none was asked for. */
async function readConfigFile(repoRoot, path, required) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(repoRoot, path), 'utf8');
    }
    catch (err) {
        if (!required && err.code === 'ENOENT')
            return undefined;
        throw new config_error/* ConfigError */.x(`cannot read the config file (${err.message})`, path);
    }
    // The YAML parser and the schema load only for a repository that has a config file.
    const { parseConfigFile } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8816), __webpack_require__.e(9695)]).then(__webpack_require__.bind(__webpack_require__, 29695));
    return { config: parseConfigFile(text, path) };
}
/** Paths from config must stay inside the repository: they decide where we write. */
function safeRepoPath(value, origin, key, isFile = false) {
    const normal = external_node_path_.posix.normalize(value.replaceAll('\\', '/')).replace(/\/+$/, '');
    if (normal.startsWith('/') || normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') {
        throw new config_error/* ConfigError */.x(`${key} must be a ${isFile ? 'file' : 'folder'} inside the repository, got "${value}"`, origin);
    }
    return normal;
}


/***/ }),

/***/ 72777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ resolveSystems)
/* harmony export */ });
/* harmony import */ var _config_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21429);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32165);
/* harmony import */ var _load_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25807);



// A monorepo's config file names several systems, each with its own sources and docs folder. Each
// becomes a Config of its own, run by the one pipeline as if it were a repository by itself: its
// state file lives in its docs folder, so the systems never share what they know.
/**
 * The Configs to run: the loaded one as it is when the file has no `systems:`, else every system's
 * in the file's order, or only the one named. `origin` says where the name came from.
 */
function resolveSystems(config, name, origin = 'inputs') {
    const wanted = name?.trim() || undefined;
    if (wanted !== undefined && !_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .SYSTEM_NAME */ .Mq.test(wanted))
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`system "${wanted}" ${_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .SYSTEM_NAME_RULE */ .T1}`, origin);
    const loaded = config.systems;
    if (!loaded) {
        if (wanted === undefined)
            return [config];
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`system "${wanted}" was asked for, but ${config.configFile ?? 'the config file'} defines no systems ` +
            '(add a `systems:` map to it, or leave the system out)', config.configFile ?? origin);
    }
    const names = Object.keys(loaded.entries);
    if (wanted !== undefined && !names.includes(wanted))
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`unknown system "${wanted}": ${loaded.configPath} defines ${names.map((n) => `"${n}"`).join(', ')}`, origin);
    if (loaded.file['docs-dir'] !== undefined)
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x('docs-dir at the top level has no use with systems: each system names its own docs-dir', loaded.configPath);
    // A docs-dir input or flag can only ever be one system's: with several they would all write there.
    if (loaded.overrides.docsDir !== undefined && wanted === undefined && names.length > 1)
        throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x('docs-dir cannot be given for all systems at once: each system has its own in ' +
            `${loaded.configPath} (name one system to override its docs-dir)`, loaded.overridesOrigin);
    // Every system is resolved, even when one is asked for: a conflict is an error in every job.
    // A docs-dir override is the named system's alone: the others keep theirs, so the check holds.
    const { docsDir: _dir, ...others } = loaded.overrides;
    const all = names.map((n) => systemConfig(config.repoRoot, n, loaded.entries[n], n === wanted ? loaded.overrides : others, loaded));
    checkDocsDirs(all, loaded.configPath);
    return wanted === undefined ? all : all.filter((c) => c.system === wanted);
}
/** The top level laid under the system: a key the system sets replaces the top level's, one by one. */
function systemConfig(repoRoot, name, system, overrides, loaded) {
    const top = loaded.file;
    const merged = {
        'docs-dir': system['docs-dir'],
        'templates-dir': system['templates-dir'] ?? top['templates-dir'],
        // The top level's `sources` comes with its defaults filled in; the system's has none.
        sources: { ...(top.sources ?? (0,_config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultSources */ .ye)()), ...system.sources },
        agent: { ...top.agent, ...system.agent },
        // The catalog's System entity is the system's, unless the config names one.
        catalog: { system: name, ...top.catalog, ...system.catalog },
    };
    const config = (0,_load_config_js__WEBPACK_IMPORTED_MODULE_2__/* .buildConfig */ .fD)(repoRoot, merged, loaded.configPath, overrides, loaded.overridesOrigin);
    return { ...config, system: name };
}
/** Two systems writing one folder would overwrite each other's docs and state file. */
function checkDocsDirs(configs, configPath) {
    for (const [i, a] of configs.entries())
        for (const b of configs.slice(i + 1)) {
            const [x, y] = [a.docsDir, b.docsDir];
            if (x === y)
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`systems "${a.system}" and "${b.system}" share the docs-dir "${x}": each system needs its own`, configPath);
            if (y.startsWith(`${x}/`) || x.startsWith(`${y}/`))
                throw new _config_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(`the docs-dir of system "${a.system}" ("${x}") and of "${b.system}" ("${y}") are nested: ` +
                    'each system needs a folder of its own, neither inside the other', configPath);
        }
}


/***/ }),

/***/ 54260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ docFingerprints)
/* harmony export */ });
/* unused harmony export docFingerprint */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _facts_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2711);
/* harmony import */ var _state_state_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41938);
/* harmony import */ var _marker_patterns_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92601);





// What of the docs folder a run's output depends on, for the run key. A doc with managed blocks
// counts only from each begin marker to its end marker: text people write around the blocks is
// kept as it is by every run, so editing it gives the run nothing to do. A file with no marker
// (the catalog, a page people added) counts whole. Lines only, no Markdown parser: a marker-like
// line in a code fence makes the fingerprint see more than the run does, never less.
/** The part of a doc the run key covers: its marked spans, or all of it when it has none. */
function docFingerprint(text) {
    const lines = text.split(/\r?\n/);
    const kept = [];
    let inside = false;
    let marked = false;
    for (const line of lines) {
        const marker = _marker_patterns_js__WEBPACK_IMPORTED_MODULE_4__/* .MARKER_LINE */ .M.exec(line.trim());
        if (marker?.[1] === 'begin') {
            inside = true;
            marked = true;
        }
        if (inside)
            kept.push(line);
        if (marker?.[1] === 'end')
            inside = false;
    }
    return marked ? (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(`blocks\0${kept.join('\n')}`) : (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(text);
}
/**
 * Every file under the docs folder but the state file, fingerprinted as on disk, or as `overlay`
 * says it is about to be written. Sorted by path.
 */
async function docFingerprints(repoRoot, docsDir, overlay = new Map()) {
    const files = new Set([...(await listFiles(repoRoot, docsDir)), ...overlay.keys()]);
    const out = [];
    for (const file of [...files].sort()) {
        if ((0,_state_state_path_js__WEBPACK_IMPORTED_MODULE_3__/* .isStateFile */ ._A)(file))
            continue;
        const text = overlay.get(file) ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, file), 'utf8').catch(() => undefined));
        if (text !== undefined)
            out.push({ file, sha256: docFingerprint(text) });
    }
    return out;
}
/** Repo-relative paths of the regular files under `dir`; none when it does not exist. */
async function listFiles(repoRoot, dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, dir), { withFileTypes: true });
    }
    catch {
        return [];
    }
    const out = [];
    for (const entry of entries) {
        const path = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(repoRoot, path)));
        else if (entry.isFile())
            out.push(path);
    }
    return out;
}


/***/ }),

/***/ 92601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ MARKER_HINT),
/* harmony export */   M: () => (/* binding */ MARKER_LINE)
/* harmony export */ });
// The managed-block marker patterns alone, for callers that must not load the Markdown parser
// (the no-op check fingerprints docs with them).
/** A marker line: `<!-- architect-docs:begin id=… -->` or `<!-- architect-docs:end … -->`. */
const MARKER_LINE = /^<!--\s*architect-docs:(begin|end)\b(.*?)-->$/;
/** Enough of a marker to be dangerous inside a generated body. */
const MARKER_HINT = /<!--\s*architect-docs:/;


/***/ }),

/***/ 75640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K8: () => (/* binding */ loadTemplates),
/* harmony export */   ou: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* unused harmony exports TEMPLATE_NAMES, bundledTemplatesDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var _facts_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2711);





const TEMPLATE_NAMES = [
    'overview.md',
    'api.md',
    'data-model.md',
    'infrastructure.md',
    'risks.md',
    'runbook.md',
    'adr.md',
];
/**
 * Finds the bundled `docs-templates/` folder: next to the bundle in `dist/`, or at the package
 * root when running from source.
 */
function bundledTemplatesDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'docs-templates');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(candidate, 'overview.md')))
            return candidate;
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir);
    }
    throw new Error('the bundled docs-templates folder is missing: the installation is incomplete');
}
/** Bundled templates, each overridable by a file of the same name in the repository's templates folder. */
async function loadTemplates(repoRoot, overrideDir) {
    const bundled = bundledTemplatesDir();
    const texts = {};
    const origins = {};
    for (const name of TEMPLATE_NAMES) {
        const override = overrideDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, overrideDir, name) : undefined;
        if (override && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(override)) {
            texts[name] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(override, 'utf8');
            origins[name] = `${overrideDir}/${name}`;
        }
        else {
            texts[name] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(bundled, name), 'utf8');
            origins[name] = `bundled ${name}`;
        }
    }
    return { texts, origins, digest: (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .sha256 */ .sc)(TEMPLATE_NAMES.map((n) => `${n}\0${texts[n]}`).join('\0')) };
}
/** Fills `{{name}}` placeholders outside managed blocks' bodies (templates only hold headings and prose). */
function fillTemplate(text, vars) {
    return text.replace(/\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/gi, (whole, name) => vars[name] ?? whole);
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/**
 * JSON with object keys sorted, so the same facts always give the same bytes and digest
 * whatever order the extractors happened to produce keys in.
 */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        return v;
    });
}
function digest(value) {
    return sha256(canonicalJson(value));
}


/***/ }),

/***/ 80679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W$: () => (/* binding */ assignmentRule),
/* harmony export */   X3: () => (/* binding */ classifySegments),
/* harmony export */   eL: () => (/* binding */ classifyKey),
/* harmony export */   "in": () => (/* binding */ keySegments)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27141);
/**
 * Which key names hold a secret. A key is split into words (`DB_PASSWORD`, `apiKey`, `x-api-key`
 * and `DBPassword` all become lower-case words) and is sensitive when its last words are a
 * sensitive phrase, optionally followed by neutral words (`secret_key_base`, `password_hash`).
 * Keys that merely point at a secret (`existingSecret`, `password_file`) are not sensitive.
 */

/** Split `DB_PASSWORD`, `apiKey`, `x-api-key`, `DBPassword` into lower-case words. */
function keySegments(key) {
    const spaced = key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase();
    const out = [];
    for (const seg of spaced.split(/[^a-z0-9]+/)) {
        if (!seg)
            continue;
        out.push(...normaliseSegment(seg));
    }
    return out;
}
// Single lower-case words that end in a sensitive word: `dbpassword`, `apikey`, `authtoken`.
const COMPOUND_SUFFIXES = [
    ['secretaccesskey', ['secret', 'access', 'key']],
    ['privatekey', ['private', 'key']],
    ['secretkey', ['secret', 'key']],
    ['accountkey', ['account', 'key']],
    ['apikey', ['api', 'key']],
    ['password', ['password']],
    ['passwd', ['passwd']],
    ['passphrase', ['passphrase']],
    ['requirepass', ['pass']], // redis
    ['masterauth', ['pass']], // redis
    ['secret', ['secret']],
    ['token', ['token']],
];
function normaliseSegment(seg) {
    for (const [suffix, words] of COMPOUND_SUFFIXES) {
        if (seg === suffix)
            return words;
        if (seg.length > suffix.length && seg.endsWith(suffix))
            return words;
    }
    return [seg];
}
const PHRASES = [
    { words: ['secret', 'access', 'key'], kind: 'secret', aws: true },
    { words: ['password'], kind: 'password' },
    { words: ['passwd'], kind: 'password' },
    { words: ['pwd'], kind: 'password' },
    { words: ['pass'], kind: 'password' },
    { words: ['passphrase'], kind: 'password' },
    { words: ['secret'], kind: 'secret' },
    { words: ['token'], kind: 'secret' },
    { words: ['api', 'key'], kind: 'secret' },
    { words: ['private', 'key'], kind: 'secret' },
    { words: ['account', 'key'], kind: 'secret' },
    { words: ['signing', 'key'], kind: 'secret' },
    { words: ['encryption', 'key'], kind: 'secret' },
    { words: ['master', 'key'], kind: 'secret' },
    { words: ['credentials'], kind: 'secret', weak: true },
    { words: ['credential'], kind: 'secret', weak: true },
    { words: ['creds'], kind: 'secret', weak: true },
    { words: ['auth'], kind: 'secret', weak: true },
];
// Trailing words that keep a key sensitive: `secret_key`, `SECRET_KEY_BASE`, `password_hash`.
const NEUTRAL_SUFFIXES = new Set([
    'key',
    'value',
    'val',
    'base',
    'b64',
    'base64',
    'hex',
    'string',
    'str',
    'plain',
    'plaintext',
    'raw',
    'enc',
    'encrypted',
    'hash',
    'hashed',
    'digest',
    'data',
    'bytes',
    'content',
    'literal',
]);
// Words that make a key name a pointer to a secret rather than the secret itself:
// Drone `from_secret`, Helm `existingSecret`, `secret_arn`, `password_file`, `secretName`.
const REFERENCE_WORDS = new Set(['from', 'ref', 'existing', 'arn', 'path', 'file', 'name']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass']);
function classifySegments(segs) {
    for (const seg of segs)
        if (REFERENCE_WORDS.has(seg))
            return null;
    let end = segs.length;
    while (end > 0) {
        for (const p of PHRASES) {
            const n = p.words.length;
            if (end < n)
                continue;
            let ok = true;
            for (let i = 0; i < n; i++) {
                if (segs[end - n + i] !== p.words[i]) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return {
                    kind: p.kind,
                    weak: p.weak === true,
                    aws: p.aws === true || segs.slice(0, end).includes('aws'),
                };
            }
        }
        const last = segs[end - 1];
        // `passwordKey: admin-password` names a key inside a Secret; `secret_key` is a secret.
        if (last === 'key' && end >= 2 && PASSWORD_WORDS.has(segs[end - 2]))
            return null;
        if (NEUTRAL_SUFFIXES.has(last))
            end--;
        else
            return null;
    }
    return null;
}
/** Classify a key name (`db_password`, `"apiKey"`, `--password`), or null when not sensitive. */
function classifyKey(key) {
    const k = key.replace(/^[-.]+|[-.]+$/g, '');
    if (!k || k.length > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_KEY */ .tu)
        return null;
    return classifySegments(keySegments(k));
}
/**
 * The rule a literal assigned to a sensitive key is reported under: a 40-character value under an
 * AWS-looking key (or near an access key id) is an AWS secret access key.
 */
function assignmentRule(kc, value, nearAwsKeyId) {
    if (/^[A-Za-z0-9/+]{40}$/.test(value) && (kc.aws || nearAwsKeyId) && kc.kind === 'secret') {
        return 'aws-secret-access-key';
    }
    return kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
}


/***/ }),

/***/ 27141:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ls: () => (/* binding */ MAX_VALUE),
/* harmony export */   Wo: () => (/* binding */ MAX_PEM),
/* harmony export */   tu: () => (/* binding */ MAX_KEY),
/* harmony export */   zy: () => (/* binding */ MAX_BLOCK_LINES)
/* harmony export */ });
// Limits that keep every scan bounded, so that a 13 MB single-line JSON file stays linear.
/** Longest single-line value we look at. */
const MAX_VALUE = 8192;
/** Longest key we expand a sensitive word into. */
const MAX_KEY = 128;
/** Block scalars, heredocs, PEM bodies without an END line. */
const MAX_BLOCK_LINES = 400;
/** Distance from BEGIN to END of one PEM block. */
const MAX_PEM = 65536;


/***/ }),

/***/ 42556:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   fQ: () => (/* binding */ normalizeText),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
// Every source file is read through here. Editors on Windows save files with a UTF-8 byte-order
// mark and CRLF line endings, PowerShell's `>` writes UTF-16; none of it means anything to a
// parser, but each breaks what looks at the text directly (the BOM hides a top-level `openapi:`
// key from a `^` match, `\r` ends up in names). Dropping the BOM and turning CRLF into LF keeps
// every line number as it was.
const utf8 = new TextDecoder('utf-8', { fatal: true });
function decodeSource(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return { text: normalizeText(new TextDecoder('utf-16le').decode(bytes)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return { text: normalizeText(new TextDecoder('utf-16be').decode(bytes)) };
    try {
        return { text: normalizeText(utf8.decode(bytes)) };
    }
    catch {
        // Latin-1 and other legacy encodings: read on with replacement characters rather than drop
        // the file, and say so (names with accents may come out wrong).
        return {
            text: normalizeText(Buffer.from(bytes).toString('utf8')),
            problem: 'not valid UTF-8; read with replacement characters (save it as UTF-8 for exact names)',
        };
    }
}
function decodeText(bytes) {
    return decodeSource(bytes).text;
}
function normalizeText(text) {
    const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}


/***/ }),

/***/ 76054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ repoReader)
/* harmony export */ });
/* unused harmony export MAX_READ_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _decode_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42556);
// Reads files of the repository that discovery did not hand a kind: a Helm chart's helpers and
// values, the bases and patches a Kustomization names, a Compose file's `include`. Everything it
// reads is kept (by repo-relative path) so the run hashes it as an input and a change re-extracts.
//
// Repository content is untrusted: a path that leaves the repository (`../../etc/passwd`, an
// absolute path, a symlink pointing out) is refused, and so is anything larger than a manifest
// could sensibly be.



/** A file past this size is not read: no manifest, chart or values file is this large. */
const MAX_READ_BYTES = 32 * 1024 * 1024;
/**
 * A reader confined to `repoRoot`. `known` are texts already in hand (discovery's), used instead of
 * reading the disk again.
 */
function repoReader(repoRoot, known) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(repoRoot);
    const realRoot = safeRealpath(root) ?? root;
    const readSoFar = new Map();
    const inside = (file) => {
        const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(file);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(normal) || normal === '..' || normal.startsWith('../'))
            return undefined;
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, normal);
        const real = safeRealpath(absolute) ?? absolute;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, real);
        if (rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)))
            return absolute;
        return undefined;
    };
    return {
        readFiles: readSoFar,
        read(file) {
            const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(file);
            const cached = readSoFar.get(normal) ?? known(normal);
            if (cached !== undefined) {
                readSoFar.set(normal, cached);
                return { text: cached };
            }
            const absolute = inside(normal);
            if (!absolute)
                return { error: `${file} is outside the repository; not read` };
            try {
                const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
                if (!stat.isFile())
                    return { error: `${file} is not a file` };
                if (stat.size > MAX_READ_BYTES)
                    return { error: `${file} is ${stat.size} bytes, over the ${MAX_READ_BYTES} read` };
                const text = (0,_decode_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeText */ .g7)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absolute));
                readSoFar.set(normal, text);
                return { text };
            }
            catch {
                return { error: `${file} does not exist` };
            }
        },
        isDirectory(dir) {
            const absolute = inside(dir === '' ? '.' : dir);
            if (!absolute)
                return false;
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute).isDirectory();
            }
            catch {
                return false;
            }
        },
        list(dir) {
            const absolute = inside(dir === '' ? '.' : dir);
            if (!absolute)
                return [];
            try {
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute, { withFileTypes: true })
                    .filter((e) => e.isFile())
                    .map((e) => (dir === '' || dir === '.' ? e.name : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, e.name)))
                    .sort();
            }
            catch {
                return [];
            }
        },
    };
}
function safeRealpath(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 44496:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ NO_DOT_ENV),
/* harmony export */   i$: () => (/* binding */ parseDotEnv),
/* harmony export */   mB: () => (/* binding */ dotEnvWithoutSecrets)
/* harmony export */ });
/* unused harmony export isSecretName */
/* harmony import */ var _redaction_key_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80679);
/* harmony import */ var _interpolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12970);
// The `.env` file beside a Compose project: where `${VAR}` gets its value when the docs are built.
//
// The runner's own environment is never consulted: it holds the workflow's tokens, and the docs
// must not depend on the machine that built them. A `.env` value is used only when the variable's
// name is not secret-like (`DB_PASSWORD`, `STRIPE_API_KEY` …): a secret variable is treated as unset,
// so its default (or a blank) is interpolated and its value never reaches a fact.


const NO_DOT_ENV = { usable: new Map(), withheld: new Set(), withheldValues: [] };
/** Whether a variable's value must never be kept: its name says it holds a secret. */
function isSecretName(name) {
    return (0,_redaction_key_names_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyKey */ .eL)(name) !== null;
}
/**
 * Reads `KEY=value` lines the way Compose's dotenv reader does: `export ` prefixes, `#` comments
 * (inline only after whitespace in unquoted values), single quotes taken literally, double quotes
 * with `\n`-style escapes, and `${…}` in unquoted and double-quoted values expanded from the lines
 * above.
 */
function parseDotEnv(text) {
    const all = new Map();
    const env = { usable: new Map(), withheld: new Set(), withheldValues: [] };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/.exec(lines[i]);
        if (!m)
            continue;
        const name = m[1];
        let raw = m[2].trimStart();
        let value;
        const quote = raw[0];
        if (quote === '"' || quote === "'") {
            // A quoted value may run over several lines.
            while (!closesQuote(raw, quote) && i + 1 < lines.length)
                raw += `\n${lines[++i]}`;
            const body = raw.slice(1, closingQuoteAt(raw, quote));
            value = quote === "'" ? body : expand(unescapeDoubleQuoted(body), all, env);
        }
        else {
            value = expand(raw.replace(/\s+#.*$/, '').trim(), all, env);
        }
        all.set(name, value);
        if (isSecretName(name)) {
            env.withheld.add(name);
            env.usable.delete(name);
            if (value !== '')
                env.withheldValues.push(value);
        }
        else {
            env.withheld.delete(name);
            env.usable.set(name, value);
        }
    }
    return env;
}
function closingQuoteAt(raw, quote) {
    for (let i = 1; i < raw.length; i++) {
        if (raw[i] === '\\' && quote === '"')
            i++;
        else if (raw[i] === quote)
            return i;
    }
    return -1;
}
function closesQuote(raw, quote) {
    return closingQuoteAt(raw, quote) !== -1;
}
function unescapeDoubleQuoted(body) {
    return body.replace(/\\([nrt"\\$])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}
/** `${…}` in a `.env` value, from the variables above it; a secret one stays unexpanded-blank. */
function expand(value, all, env) {
    const ignored = [];
    return (0,_interpolate_js__WEBPACK_IMPORTED_MODULE_1__/* .interpolate */ .G)(value, (n) => (env.withheld.has(n) ? undefined : all.get(n)), ignored);
}
/**
 * The `.env` text as the run may hash it: every withheld value cut out. A secret's value changes
 * no fact, so its change need not re-extract, and not even a hash of it leaves this reader.
 */
function dotEnvWithoutSecrets(text) {
    const values = [...new Set(parseDotEnv(text).withheldValues)].sort((a, b) => b.length - a.length);
    return values.reduce((t, v) => t.split(v).join(''), text);
}


/***/ }),

/***/ 12970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ interpolate)
/* harmony export */ });
// Compose's variable interpolation (`docker compose config` without `--no-interpolate`), applied to
// every string value of a Compose file before anything else reads it, so a port written as
// `${WEB_PORT:-8080}:80` or an image `shop/api:${TAG:-latest}` reads as Compose would run it.
//
// Supported, as in the Compose Specification: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty),
// `${VAR-default}` (unset), `${VAR:?error}` / `${VAR?error}`, `${VAR:+alt}` / `${VAR+alt}`, `$$` for
// a literal `$`, and defaults that hold further `${…}` (nested up to a depth cap).
/** Deeper nesting than this in a default is not expanded (a crafted file cannot recurse forever). */
const MAX_NESTING = 8;
const NAME = /^[_A-Za-z][_A-Za-z0-9]*/;
/** `text` with every variable replaced; problems are pushed to `issues`. Never throws. */
function interpolate(text, lookup, issues, depth = 0) {
    if (!text.includes('$'))
        return text;
    let out = '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (ch !== '$') {
            out += ch;
            i++;
            continue;
        }
        const next = text[i + 1];
        if (next === '$') {
            out += '$';
            i += 2;
            continue;
        }
        if (next === '{') {
            const close = matchingBrace(text, i + 2);
            if (close === -1) {
                issues.push({ kind: 'syntax', variable: text.slice(i, i + 40) });
                out += text.slice(i);
                break;
            }
            out += expandBraced(text.slice(i + 2, close), lookup, issues, depth);
            i = close + 1;
            continue;
        }
        const bare = NAME.exec(text.slice(i + 1));
        if (bare) {
            out += valueOrBlank(bare[0], lookup, issues);
            i += 1 + bare[0].length;
            continue;
        }
        out += '$'; // a lone `$` (`cost: 5$`) stays as written
        i++;
    }
    return out;
}
/** Index of the `}` that closes a `${` whose body starts at `from`, counting nested `${`. */
function matchingBrace(text, from) {
    let open = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '$' && text[i + 1] === '{') {
            open++;
            i++;
        }
        else if (text[i] === '}' && --open === 0)
            return i;
    }
    return -1;
}
function expandBraced(body, lookup, issues, depth) {
    const name = NAME.exec(body)?.[0];
    if (!name) {
        issues.push({ kind: 'syntax', variable: `\${${body}}` });
        return '';
    }
    const rest = body.slice(name.length);
    if (rest === '')
        return valueOrBlank(name, lookup, issues);
    const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
    if (!op) {
        issues.push({ kind: 'syntax', variable: `\${${body}}` });
        return '';
    }
    const arg = rest.slice(op.length);
    const value = lookup(name);
    const emptyCounts = op.startsWith(':');
    const missing = value === undefined || (emptyCounts && value === '');
    // The argument is itself interpolated, but only when it is used (as Compose does).
    const expand = () => (depth >= MAX_NESTING ? arg : interpolate(arg, lookup, issues, depth + 1));
    switch (op) {
        case ':-':
        case '-':
            return missing ? expand() : value;
        case ':?':
        case '?':
            if (missing) {
                issues.push({ kind: 'required', variable: name, message: expand() });
                return '';
            }
            return value;
        default: // `:+` and `+`
            return missing ? '' : expand();
    }
}
function valueOrBlank(name, lookup, issues) {
    const value = lookup(name);
    if (value !== undefined)
        return value;
    issues.push({ kind: 'unset', variable: name });
    return '';
}


/***/ }),

/***/ 90555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ discoverSources)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/facts/hash.js
var hash = __webpack_require__(2711);
// EXTERNAL MODULE: ./lib/sources/common/decode-text.js
var decode_text = __webpack_require__(42556);
// EXTERNAL MODULE: ./lib/sources/registry.js + 17 modules
var registry = __webpack_require__(39848);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(70298);
;// CONCATENATED MODULE: ./lib/sources/walk-repo.js





// Folders that never hold a service's own source of truth; skipping them keeps discovery fast
// and keeps third-party specs/migrations out of the docs.
const ALWAYS_SKIPPED = new Set([
    '.git',
    'node_modules',
    'vendor',
    'third_party',
    'bower_components',
    '.terraform',
    '.venv',
    'venv',
    '__pycache__',
    'dist',
    'build',
    'target',
    'coverage',
]);
/**
 * Folders of tests and their fixtures, of examples, and of CI pipelines. What they hold (a
 * Compose file for the test database, a fixture spec, a vendored tool's stub migrations, an
 * example's Terraform, the CI cluster's manifests under `.github/`) describes the harness around
 * the system, not the system, so it is left out unless the config asks for it. `spec/` is not
 * here: many repositories keep their API description there.
 */
const TEST_FOLDERS = new Set([
    'test',
    'tests',
    '__tests__',
    '__test__',
    'testdata',
    'test-data',
    'test_data',
    'testfixtures',
    'fixtures',
    '__fixtures__',
    'integrationtest',
    'integration-tests',
    'integration_tests',
    'e2e',
    'cypress',
    'playwright',
    'mock',
    'mocks',
    '__mocks__',
    'stub',
    'stubs',
    'example',
    'examples',
    'sample',
    'samples',
    '.github',
    '.gitlab',
    '.circleci',
    '.buildkite',
]);
function isTestFolderName(name) {
    return TEST_FOLDERS.has(name.toLowerCase());
}
/**
 * Every file under `root` that git would not ignore, split into the system's files and test
 * files. In a git checkout git itself answers: a tracked file is never ignored, whatever
 * `.gitignore` says (a pattern like `hanko`, meant for a built binary, also matches the tracked
 * `deploy/k8s/base/hanko/` folder). Elsewhere the folders are walked and `.gitignore` applied.
 */
async function walkRepo(root, skipDirs = []) {
    return (await listWithGit(root, skipDirs)) ?? (await walkFolders(root, skipDirs));
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function listWithGit(root, skipDirs) {
    let stdout;
    try {
        // Tracked files plus untracked ones git does not ignore: what `git add -A` would consider.
        ({ stdout } = await run('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'utf8',
        }));
    }
    catch {
        return undefined; // not a git checkout, or no git on this machine
    }
    const result = { files: [], testFiles: [], unreadable: [] };
    const paths = [...new Set(stdout.split('\0').filter(Boolean))].sort(compareText);
    for (const path of paths) {
        const dirs = path.split('/').slice(0, -1);
        if (dirs.some((d) => ALWAYS_SKIPPED.has(d)) || skipDirs.some((d) => path === d || path.startsWith(`${d}/`)))
            continue;
        // Deleted in the work tree but still in the index, a submodule, a symlink: not a source file.
        const stat = await (0,promises_.lstat)((0,external_node_path_.join)(root, path)).catch(() => undefined);
        if (!stat?.isFile())
            continue;
        (dirs.some(isTestFolderName) ? result.testFiles : result.files).push(path);
    }
    return result;
}
async function walkFolders(root, skipDirs) {
    const result = { files: [], testFiles: [], unreadable: [] };
    const skipped = new Set(skipDirs);
    // Each level carries the .gitignore rules of the folders above it, with the folder they apply to.
    async function walk(rel, rules, inTests) {
        const abs = (0,external_node_path_.join)(root, rel);
        let entries;
        try {
            entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
        }
        catch (err) {
            result.unreadable.push({ dir: rel || '.', message: err.message });
            return;
        }
        const here = await readGitignore(abs);
        const levelRules = here ? [...rules, { base: rel, ig: here }] : rules;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = rel ? `${rel}/${entry.name}` : entry.name;
            const isDir = entry.isDirectory();
            if (isDir && (ALWAYS_SKIPPED.has(entry.name) || skipped.has(path)))
                continue;
            if (!isDir && !entry.isFile())
                continue; // links and devices are not sources
            if (isIgnored(levelRules, path, isDir))
                continue;
            if (isDir)
                await walk(path, levelRules, inTests || isTestFolderName(entry.name));
            else
                (inTests ? result.testFiles : result.files).push(path);
        }
    }
    await walk('', [], false);
    return result;
}
async function readGitignore(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, '.gitignore'), 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        return ignore().add(text);
    }
    catch {
        // A pattern the ignore library cannot compile: ignoring nothing is safer than stopping.
        return undefined;
    }
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isIgnored(rules, path, isDir) {
    for (const { base, ig } of rules) {
        const relToBase = base ? path.slice(base.length + 1) : path;
        if (ig.ignores(isDir ? `${relToBase}/` : relToBase))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./lib/sources/discover-sources.js







/** `docker-compose.test.yml`, `compose.ci.yaml`: the stack a test suite starts, not the system's. */
const TEST_COMPOSE_NAME = /^(docker-)?compose[.-](.+[.-])?(test|tests|e2e|ci|integration)([.-].+)?\.ya?ml$/i;
/** Sniffing looks at the head only: a 13 MB spec announces itself in its first lines. */
const SNIFF_BYTES = 64 * 1024;
async function discoverSources(repoRoot, sources, skipDirs) {
    const kinds = (0,registry/* sourceKinds */.Bb)();
    const walked = await walkRepo(repoRoot, skipDirs);
    const diagnostics = walked.unreadable.map(({ dir, message }) => ({
        severity: 'warning',
        stage: 'discovery',
        file: dir,
        message: `folder not readable, not searched: ${message}`,
    }));
    const texts = new Map();
    const excluded = matcher(sources.exclude);
    const globs = {
        openapi: matcher(sources.openapi),
        contracts: matcher(sources.contracts),
        migrations: matcher(sources.migrations),
        infra: matcher(sources.infra),
    };
    const forcedKinds = (file) => kinds.filter((k) => (k.forcedBy ? k.forcedBy(file, globs[k.configKey]) : globs[k.configKey](file)));
    const auto = sources['auto-discover'];
    // A monorepo's system searches its own folders only; its globs may still name files anywhere.
    const folders = sources.paths ?? [];
    const within = (file) => folders.length === 0 || folders.some((d) => file.startsWith(`${d}/`));
    const sourceLike = (file) => kinds.some((k) => k.fileName.test(external_node_path_.posix.basename(file)));
    const found = Object.fromEntries(kinds.map((k) => [k.name, []]));
    // Test folders are read only when the config asks, or a glob of its names the file.
    const testLike = [...walked.testFiles, ...walked.files.filter((f) => TEST_COMPOSE_NAME.test(external_node_path_.posix.basename(f)))];
    const skippedTests = sources['include-test-folders'] || !auto
        ? []
        : testLike.filter((f) => forcedKinds(f).length === 0 && !excluded(f) && sourceLike(f) && within(f));
    const skippedSet = new Set(skippedTests);
    const files = [...walked.files, ...walked.testFiles].filter((f) => !skippedSet.has(f)).sort(discover_sources_compareText);
    if (skippedTests.length > 0)
        diagnostics.push(testFolderNotice(skippedTests));
    for (const file of files) {
        if (excluded(file))
            continue;
        const forced = forcedKinds(file);
        const searched = auto && within(file);
        if (forced.length === 0 && !(searched && sourceLike(file)))
            continue;
        try {
            const kind = classify(repoRoot, file, forced, searched ? kinds : [], diagnostics, texts);
            if (kind)
                found[kind.name].push(file);
        }
        catch (err) {
            // Discovery must not end the run over one file (a vanished file, a read error).
            diagnostics.push({
                severity: 'error',
                stage: 'discovery',
                file,
                message: `could not read this file: ${err.message}`,
            });
            texts.delete(file);
        }
    }
    for (const kind of kinds) {
        if (!kind.select || found[kind.name].length === 0)
            continue;
        const kept = await kind.select(found[kind.name], (f) => texts.get(f) ?? '');
        diagnostics.push(...kept.diagnostics);
        const keep = new Set(kept.files);
        for (const f of found[kind.name])
            if (!keep.has(f))
                texts.delete(f);
        found[kind.name] = kept.files;
    }
    const inputs = [];
    for (const [kind, list] of Object.entries(found))
        for (const file of list)
            inputs.push({ file, kind, sha256: (0,hash/* sha256 */.sc)(texts.get(file)) });
    inputs.sort((a, b) => discover_sources_compareText(a.file, b.file));
    if (inputs.length === 0)
        diagnostics.push(nothingFound(files.length, folders));
    return { files: found, inputs, texts, diagnostics, settings: sources };
}
/**
 * The kind a file feeds, if any: kinds whose glob names it first, then the others in registry order.
 * Read synchronously: discovery reads thousands of small files one after another with nothing to
 * overlap, and each asynchronous read paid four thread-pool round trips (2.1 s of a 5,000-migration
 * monorepo's 3.5 s of discovery was spent waiting for them).
 */
function classify(repoRoot, file, forced, automatic, diagnostics, texts) {
    const base = external_node_path_.posix.basename(file);
    const bytes = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(repoRoot, file));
    if (looksBinary(bytes) && !isUtf16(bytes)) {
        // A binary file behind a source-like name is worth telling about: someone expected it read.
        const byName = [...forced, ...automatic].some((k) => k.fileName.test(base) && k.detect({ file, base, text: '', head: '' }, false) === true);
        if (forced.length > 0 || byName)
            diagnostics.push({
                severity: 'warning',
                stage: 'discovery',
                file,
                message: 'binary file (contains NUL bytes) with a source file name; not read',
            });
        return undefined;
    }
    const { text, problem } = (0,decode_text/* decodeSource */.E4)(bytes);
    const candidate = { file, base, text, head: text.slice(0, SNIFF_BYTES) };
    const asked = [
        ...forced.map((k) => [k, true]),
        ...automatic.filter((k) => k.fileName.test(base)).map((k) => [k, false]),
    ];
    for (const [kind, isForced] of asked) {
        const verdict = kind.detect(candidate, isForced);
        if (verdict === false)
            continue;
        if (verdict !== true) {
            diagnostics.push({ severity: 'notice', stage: 'discovery', file, message: verdict.skip });
            return undefined;
        }
        texts.set(file, text);
        if (problem)
            diagnostics.push({ severity: 'warning', stage: 'discovery', file, message: problem });
        return kind;
    }
    return undefined;
}
/**
 * A repository where no kind found anything: said as a warning, since docs of zero tables and zero
 * operations would otherwise read as a finding about the system rather than about where we looked.
 */
function nothingFound(searched, folders) {
    const where = folders.length > 0 ? ` under ${folders.join(', ')}` : '';
    return {
        severity: 'warning',
        stage: 'discovery',
        file: '.',
        message: `no API contract, migration or infrastructure file found among the ${searched} ` +
            `file${searched === 1 ? '' : 's'} searched${where}: these docs describe nothing yet. ` +
            `Sources under other names: name them in the config file (sources.openapi, contracts, migrations, infra)`,
    };
}
/** One notice for all skipped test files: how many, and under which test folders. */
function testFolderNotice(files) {
    const folders = [...new Set(files.map(testFolderOf))].sort(discover_sources_compareText);
    // A folder ends in a test folder's name; a test Compose file outside any is shown as itself.
    const shown = folders.slice(0, 6).map((f) => (isTestFolderName(external_node_path_.posix.basename(f)) ? `${f}/` : f));
    const more = folders.length > shown.length ? `, and ${folders.length - shown.length} more` : '';
    return {
        severity: 'notice',
        stage: 'discovery',
        file: '.',
        message: `${files.length} file${files.length === 1 ? '' : 's'} in test, fixture, example and CI folders ` +
            `(${shown.join(', ')}${more}) ` +
            `${files.length === 1 ? 'was' : 'were'} not read: ` +
            `they describe the harness around the system, not the system. ` +
            `Set sources.include-test-folders: true in the config file, ` +
            `or name them in sources.openapi/migrations/infra, to read them`,
    };
}
/**
 * The path up to and including its first test folder: `internal/store/testdata/x.yaml` →
 * `internal/store/testdata`.
 */
function testFolderOf(file) {
    const parts = file.split('/');
    const at = parts.findIndex((p, i) => i < parts.length - 1 && isTestFolderName(p));
    // A test Compose file outside any test folder is named as itself.
    return at < 0 ? file : parts.slice(0, at + 1).join('/');
}
function discover_sources_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function matcher(globs) {
    if (globs.length === 0)
        return () => false;
    return picomatch(globs, { dot: true });
}
/** UTF-16 text is full of NUL bytes but is text: its byte-order mark says so. */
function isUtf16(bytes) {
    return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
function looksBinary(bytes) {
    return bytes.subarray(0, 8000).includes(0);
}


/***/ }),

/***/ 65683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ isChartFile),
/* harmony export */   YU: () => (/* binding */ KUSTOMIZATION_FILE_NAMES),
/* harmony export */   yi: () => (/* binding */ isKustomizationFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

// The file names that make a folder a Kustomization or a Helm chart. Discovery (which must stay
// light), the project reader and the Kustomize build all ask, so the names live in one place.
/** The names `kustomize build` looks for in a folder, in its order. */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function isKustomizationFile(file) {
    return KUSTOMIZATION_FILE_NAMES.includes(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file));
}
function isChartFile(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file) === 'Chart.yaml';
}


/***/ }),

/***/ 39928:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $r: () => (/* binding */ groupMigrations),
  Ct: () => (/* binding */ hasDownSection),
  FM: () => (/* binding */ sectionFromContent)
});

// UNUSED EXPORTS: compareVersions

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/sources/migrations/migration-dialects.js
// Tools that support several databases keep one file per dialect beside dialect-neutral ones
// (Ory's popx: `x.postgres.up.sql`, `x.mysql.up.sql`, `x.sqlite3.up.sql`, `x.cockroach.up.sql` next to
// `x.up.sql`). One dialect is replayed: its files and the neutral ones, in order; the others are
// left out with one notice. A folder without tags is one dialect, recognised by what its SQL says.
/** `<name>.<dialect>[.autocommit][.up|.down].sql` */
const DIALECT_NAMES = 'postgres|postgresql|pg|cockroach|cockroachdb|crdb|mysql|mariadb|sqlite|sqlite3|mssql|sqlserver';
/**
 * Databases we have no engine for. Named all the same, so that their folder joins its siblings'
 * family (Spring's `db/h2/`, `db/hsqldb/` beside `db/mysql/` and `db/postgres/`: only one is
 * replayed) and a lone one is said once instead of failing statement by statement.
 */
const NO_ENGINE_NAMES = 'oracle|clickhouse|h2|hsqldb|derby';
const DIALECT_TAG = new RegExp(String.raw `\.(${DIALECT_NAMES}|${NO_ENGINE_NAMES})(?=(?:\.autocommit)?(?:\.(?:up|down))?\.sql$)`, 'i');
const TAG_NAMES = {
    postgresql: 'postgres',
    pg: 'postgres',
    cockroachdb: 'cockroach',
    crdb: 'cockroach',
    mariadb: 'mysql',
    sqlite3: 'sqlite',
    sqlserver: 'mssql',
};
/** The dialect a file name is tagged with (normalised: `postgres`, `mysql`, `sqlite`, `cockroach` …). */
function dialectTag(base) {
    const tag = DIALECT_TAG.exec(base)?.[1]?.toLowerCase();
    return tag === undefined ? undefined : (TAG_NAMES[tag] ?? tag);
}
/** The path without its dialect tag: `x.postgres.up.sql` → `x.up.sql`. */
function withoutDialectTag(path) {
    return path.replace(DIALECT_TAG, '');
}
/** The engine a tag is replayed in; CockroachDB speaks PostgreSQL's dialect closely enough. */
function replayDialect(tag) {
    if (tag === 'postgres' || tag === 'cockroach')
        return 'postgres';
    if (tag === 'mysql' || tag === 'sqlite')
        return tag;
    return undefined;
}
/** The tag to replay: the configured dialect's, else PostgreSQL's, else CockroachDB's, SQLite's, MySQL's. */
function chooseTag(tags, wanted) {
    const order = [wanted, 'postgres', 'cockroach', 'sqlite', 'mysql'].filter((t) => t !== undefined);
    return order.find((t) => tags.has(t)) ?? [...tags].find((t) => replayDialect(t) !== undefined);
}
const SIGNALS = {
    mysql: [/`\w+`/, /\bENGINE\s*=/i, /\bAUTO_INCREMENT\b/i, /\bUNSIGNED\b/i, /\bDEFAULT\s+CHARSET\b/i, /\bTINYINT\b/i],
    sqlite: [/\bAUTOINCREMENT\b/i, /\bPRAGMA\b/i, /\bWITHOUT\s+ROWID\b/i, /\bINTEGER\s+PRIMARY\s+KEY\b/i],
    postgres: [
        /\bSERIAL\b/i,
        /::\w/,
        /\bJSONB\b/i,
        /\bCREATE\s+EXTENSION\b/i,
        /\$\$/,
        /\bplpgsql\b/i,
        /\bTIMESTAMPTZ\b/i,
    ],
};
/** The dialect a set of migrations is written in, by the constructs only one dialect has; PostgreSQL on a tie. */
function sniffDialect(texts) {
    const score = (d) => SIGNALS[d].filter((re) => texts.some((t) => re.test(t))).length;
    const postgres = score('postgres');
    const mysql = score('mysql');
    const sqlite = score('sqlite');
    if (mysql > postgres && mysql >= sqlite)
        return 'mysql';
    if (sqlite > postgres && sqlite > mysql)
        return 'sqlite';
    return 'postgres';
}
/** SQL only an engine we cannot replay speaks: ClickHouse's table engines and types, T-SQL's batches. */
const FOREIGN_SIGNALS = {
    clickhouse: [/\bENGINE\s*=\s*(?:Replicated)?\w*MergeTree\b/i, /\bLowCardinality\s*\(/, /\bDateTime64\s*\(/],
    mssql: [/^\s*GO\s*$/im, /\bNVARCHAR\s*\(\s*MAX\s*\)/i, /\bIDENTITY\s*\(\s*1\s*,\s*1\s*\)/i],
};
/** The engine we have none for that a set's SQL is written for, if its constructs say so. */
function unsupportedDialect(texts) {
    for (const [dialect, signals] of Object.entries(FOREIGN_SIGNALS)) {
        if (signals.filter((re) => texts.some((t) => re.test(t))).length >= 2)
            return dialect;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/dumps-beside-migrations.js

/** A whole-schema dump (Rails' `db/structure.sql`, a `schema.sql`): one file, the whole schema. */
const SCHEMA_DUMP = /^(structure|schema)\.sql$/i;
/** How far below a dump's folder its migrations may sit: `db/` → `db/migrations/`, or one more. */
const MAX_DEPTH_BELOW = 2;
function dumpsBesideMigrations(sets) {
    const histories = sets.filter((s) => s.layout !== 'dump' && s.unsupported === undefined);
    const besideMigrations = [];
    const out = [];
    for (const set of sets) {
        // A dump's entry is versioned by its own name; a `schema.sql` inside a version folder (`v1.0/`)
        // carries that folder's version and is a step of the history, not a dump.
        const dumps = set.files.filter((f) => f.version === external_node_path_.posix.basename(f.file) && SCHEMA_DUMP.test(f.version));
        const history = dumps.length > 0 ? histories.find((h) => h !== set && isBelow(h.dir, set.dir)) : undefined;
        if (!history) {
            out.push(set);
            continue;
        }
        for (const d of dumps)
            besideMigrations.push({ file: d.file, migrations: history.dir });
        const rest = set.files.filter((f) => !dumps.includes(f));
        if (rest.length > 0)
            out.push({ ...set, files: rest });
    }
    return { sets: out, besideMigrations };
}
function isBelow(dir, above) {
    const prefix = above === '.' ? '' : `${above}/`;
    if (!dir.startsWith(prefix) || dir === above)
        return false;
    return dir.slice(prefix.length).split('/').length <= MAX_DEPTH_BELOW;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/version-folders.js

// Some tools keep each schema version in a folder of its own, one or more .sql files in each:
// Temporal's and Cadence's `versioned/v1.0/schema.sql`, `versioned/v1.1/cluster_metadata.sql` …
// `versioned/v1.19/…`. Each folder is one step of one history, so the files belong to one set at
// the folder above them, applied in version order (v1.9 before v1.10), then by name inside a
// version. Read as separate folders, every step was replayed alone: an ALTER of a table created
// one version earlier failed, and each table was "defined by another migration folder".
/** `v1.0`, `V2`, `1.2.3`: a version and nothing else. */
const VERSION_FOLDER = /^v?(\d+(?:\.\d+)*)$/i;
/**
 * The files of `sqlFiles` that sit in version folders. A folder counts when at least two version
 * folders share its parent: one folder named `v2` among ordinary ones is only a name.
 */
function versionFolders(sqlFiles) {
    const versionsUnder = new Map();
    for (const file of sqlFiles) {
        const folder = external_node_path_.posix.dirname(file);
        if (!VERSION_FOLDER.test(external_node_path_.posix.basename(folder)))
            continue;
        const parent = external_node_path_.posix.dirname(folder);
        const seen = versionsUnder.get(parent) ?? new Set();
        seen.add(external_node_path_.posix.basename(folder));
        versionsUnder.set(parent, seen);
    }
    const out = new Map();
    for (const file of sqlFiles) {
        const folder = external_node_path_.posix.dirname(file);
        const match = VERSION_FOLDER.exec(external_node_path_.posix.basename(folder));
        const parent = external_node_path_.posix.dirname(folder);
        if (match && (versionsUnder.get(parent)?.size ?? 0) >= 2)
            out.set(file, { dir: parent, version: match[1] });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/migration-layout.js




const GOLANG_MIGRATE = /^(\d+)_[^/]*?\.up\.sql$/i;
const GOLANG_MIGRATE_DOWN = /^(\d+)_[^/]*?\.down\.sql$/i;
const FLYWAY = /^V(\d+(?:[._]\d+)*)__[^/]*\.sql$/;
/** Flyway's repeatable migrations run after every versioned one, ordered by their description. */
const FLYWAY_REPEATABLE = /^R__([^/]*)\.sql$/;
/** Flyway's undo migrations are rollbacks: never replayed. */
const FLYWAY_UNDO = /^U\d+(?:[._]\d+)*__[^/]*\.sql$/;
/** `0001_x.sql`, `V0001.Initial_Schema.up.sql` (authelia): a leading version, any separator. */
const NUMBERED = /^[Vv]?(\d+)[._-][^/]*\.sql$/;
/** Any tool's rollback file: `<name>.down.sql` beside `<name>.up.sql`; never replayed. */
const ANY_DOWN = /^(.+)\.down\.sql$/i;
const MIGRATION_DIR = /(^|\/)(migrations?|migrate|db\/migrate|schema)(\/|$)/i;
/**
 * Groups candidate .sql files into migration sets. Files that do not look like migrations
 * (a lone `seed.sql`, say) are returned in `unplaced` so discovery can say so.
 */
function groupMigrations(sqlFiles, sectionOf, options = {}) {
    const byDir = new Map();
    const unplaced = [];
    const versioned = versionFolders(sqlFiles);
    for (const file of sqlFiles) {
        // Prisma keeps each migration in its own folder: <dir>/<timestamp>_<name>/migration.sql
        const base = external_node_path_.posix.basename(file);
        const parent = external_node_path_.posix.dirname(file);
        // Prisma applies every folder holding a migration.sql, in name order (`20240101000000_init/`,
        // umami's `01_init/`).
        const prismaVersion = base === 'migration.sql' && parent.includes('/') ? external_node_path_.posix.basename(parent) : undefined;
        const dir = prismaVersion ? external_node_path_.posix.dirname(parent) : (versioned.get(file)?.dir ?? parent);
        const list = byDir.get(dir) ?? [];
        list.push(file);
        byDir.set(dir, list);
    }
    const sets = [];
    for (const [dir, files] of [...byDir.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const { kept, other } = oneDialect(files, options.dialect);
        const set = classify(dir, kept, sectionOf, versioned);
        if (set) {
            const named = folderDialect(dir)?.tag;
            // A folder named for its database (`schema/postgresql/v12/…`, `db/sqlite/migrations`) says
            // what its SQL is better than a sniff of it: Temporal's PostgreSQL schema, whose few
            // signals tied, was replayed as MySQL.
            const byName = named === undefined ? undefined : replayDialect(named);
            set.dialect =
                other.chosen ?? byName ?? options.dialect ?? (options.text ? sniffDialect(kept.map(options.text)) : 'postgres');
            if (other.files.length > 0)
                set.otherDialects = { tags: other.tags, files: other.files };
            // A folder named for a database we cannot replay (`db/clickhouse/migrations`), or SQL only
            // that database speaks, is said once instead of failing statement by statement.
            const foreign = (named !== undefined && replayDialect(named) === undefined ? named : undefined) ??
                (options.text ? unsupportedDialect(kept.map(options.text)) : undefined);
            if (foreign && !other.chosen && !options.dialect)
                set.unsupported = foreign;
            sets.push(set);
        }
        else
            unplaced.push(...files);
    }
    return { ...dumpsBesideMigrations(oneDialectFolder(sets, options.dialect)), unplaced };
}
/** The last folder of `dir` named for a database (`mysql`, `postgresql`, `sqlite3` …), and where it is. */
function folderDialect(dir) {
    const parts = dir.split('/');
    for (let at = parts.length - 1; at >= 0; at--) {
        const tag = dialectTag(`.${parts[at]}.sql`);
        if (tag !== undefined)
            return { tag, at };
    }
    return undefined;
}
/**
 * Sibling folders one per dialect (`migrations/mysql/`, `migrations/postgres/`, `migrations/sqlite/`,
 * as authelia keeps them) are one history written three times: one is replayed, the others are
 * said once, like per-dialect files. The dialect may name a folder higher up: Temporal keeps
 * `schema/mysql/v8/temporal/versioned/`, `schema/postgresql/v12/temporal/versioned/` and
 * `schema/sqlite/v3/…`, so every set below one folder's dialect-named children is one family, and
 * a dropped set's files are said with the kept set of the same path below the dialect (versions
 * aside), else with the first.
 */
function oneDialectFolder(sets, wanted) {
    const families = new Map();
    for (const set of sets) {
        const named = folderDialect(set.dir);
        if (named === undefined)
            continue;
        const parts = set.dir.split('/');
        const key = parts.slice(0, named.at).join('/');
        const below = parts
            .slice(named.at + 1)
            .filter((p) => !VERSION_SEGMENT.test(p))
            .join('/');
        const list = families.get(key) ?? [];
        list.push({ tag: named.tag, below, set });
        families.set(key, list);
    }
    const dropped = new Set();
    for (const family of families.values()) {
        const chosen = chooseTag(new Set(family.map((f) => f.tag)), wanted);
        const kept = family.filter((f) => f.tag === chosen);
        if (kept.length === 0 || kept.length === family.length)
            continue;
        for (const k of kept)
            k.set.dialect = replayDialect(chosen) ?? k.set.dialect;
        for (const other of family) {
            if (other.tag === chosen)
                continue;
            dropped.add(other.set);
            const home = (kept.find((k) => k.below === other.below) ?? kept[0]).set;
            home.otherDialects = {
                tags: [...new Set([...(home.otherDialects?.tags ?? []), other.tag])].sort(),
                files: [
                    ...(home.otherDialects?.files ?? []),
                    ...other.set.files.flatMap((f) => (f.down ? [f.file, f.down] : [f.file])),
                ],
            };
        }
    }
    return sets.filter((s) => !dropped.has(s));
}
/** A folder named as a version of the database it is for (`v8`, `v12`): not part of the path to match. */
const VERSION_SEGMENT = /^v?\d+(?:\.\d+)*$/i;
/** A folder's files for one dialect: the chosen tag's and the untagged ones; the rest apart. */
function oneDialect(files, wanted) {
    const tags = new Set(files.map((f) => dialectTag(external_node_path_.posix.basename(f))).filter((t) => t !== undefined));
    if (tags.size === 0)
        return { kept: files, other: { tags: [], files: [] } };
    const chosen = chooseTag(tags, wanted);
    const kept = [];
    const left = [];
    // A dialect's own file stands in for the neutral one of the same migration (popx: a
    // `x.postgres.up.sql` replaces `x.up.sql` for PostgreSQL; the neutral file serves the others).
    const overridden = new Set(files.filter((f) => dialectTag(external_node_path_.posix.basename(f)) === chosen).map((f) => withoutDialectTag(f).toLowerCase()));
    for (const f of files) {
        const tag = dialectTag(external_node_path_.posix.basename(f));
        const own = tag === chosen || (tag === undefined && !overridden.has(f.toLowerCase()));
        (own ? kept : left).push(f);
    }
    const dialect = chosen === undefined ? undefined : replayDialect(chosen);
    return {
        kept,
        other: { ...(dialect ? { chosen: dialect } : {}), tags: [...tags].filter((t) => t !== chosen).sort(), files: left },
    };
}
function classify(dir, files, sectionOf, versioned) {
    const entries = [];
    const layouts = new Set();
    const downs = new Map();
    const downByUp = new Map();
    for (const file of files) {
        const down = GOLANG_MIGRATE_DOWN.exec(external_node_path_.posix.basename(file));
        if (down && !downs.has(down[1]))
            downs.set(down[1], file);
        const stem = ANY_DOWN.exec(external_node_path_.posix.basename(file));
        if (stem)
            downByUp.set(`${stem[1]}.up.sql`.toLowerCase(), file);
    }
    for (const file of files) {
        const base = external_node_path_.posix.basename(file);
        if (base === 'migration.sql') {
            const folder = external_node_path_.posix.basename(external_node_path_.posix.dirname(file));
            const v = /^(\d{8,})_/.exec(folder)?.[1] ?? (external_node_path_.posix.dirname(file).includes('/') ? folder : undefined);
            if (v) {
                layouts.add('prisma');
                entries.push({ file, version: v, section: 'whole' });
                continue;
            }
        }
        if (ANY_DOWN.test(base) || FLYWAY_UNDO.test(base))
            continue; // rollbacks are not replayed
        const repeatable = FLYWAY_REPEATABLE.exec(base);
        if (repeatable) {
            layouts.add('flyway');
            // `~` sorts after every digit: repeatables come last, by description.
            entries.push({ file, version: `~${repeatable[1]}`, section: 'whole' });
            continue;
        }
        const inVersion = versioned.get(file);
        if (inVersion) {
            // Its folder's version orders it (Flyway's repeatables above still run last); the files of
            // one version go by name (the sort below).
            layouts.add('version-folders');
            entries.push({ file, version: inVersion.version, section: sectionOf(file) });
            continue;
        }
        if (SCHEMA_DUMP.test(base)) {
            layouts.add('dump');
            entries.push({ file, version: base, section: sectionOf(file) });
            continue;
        }
        // None of these patterns is global or sticky, so `exec` keeps no state; each runs only if the one before failed.
        const golangMigrate = GOLANG_MIGRATE.exec(base);
        const flyway = golangMigrate ? null : FLYWAY.exec(base);
        const numbered = golangMigrate || flyway ? null : NUMBERED.exec(base);
        if (golangMigrate) {
            layouts.add('golang-migrate');
            const entry = { file, version: golangMigrate[1], section: 'whole' };
            const down = downs.get(golangMigrate[1]);
            if (down !== undefined)
                entry.down = down;
            entries.push(entry);
        }
        else if (flyway) {
            layouts.add('flyway');
            entries.push({ file, version: flyway[1].replaceAll('_', '.'), section: 'whole' });
        }
        else if (numbered) {
            layouts.add('numbered');
            const down = downByUp.get(base.toLowerCase());
            entries.push({ file, version: numbered[1], section: sectionOf(file), ...(down ? { down } : {}) });
        }
        else if (MIGRATION_DIR.test(dir)) {
            layouts.add('folder');
            const down = downByUp.get(base.toLowerCase());
            entries.push({ file, version: base, section: sectionOf(file), ...(down ? { down } : {}) });
        }
    }
    if (entries.length === 0)
        return undefined;
    entries.sort((a, b) => compareVersions(a.version, b.version) || a.file.localeCompare(b.file));
    const layout = layouts.size === 1 ? [...layouts][0] : layouts.has('golang-migrate') ? 'golang-migrate' : [...layouts][0];
    return { dir, layout, files: entries, dialect: 'postgres' };
}
/** Compares dotted numeric versions numerically, falling back to text. */
function compareVersions(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i] ?? '';
        const y = pb[i] ?? '';
        if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
            const d = BigInt(x) - BigInt(y);
            if (d !== 0n)
                return d < 0n ? -1 : 1;
        }
        else if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/**
 * Whether a dbmate / goose file's down section holds a statement (not only comments): then the
 * file itself is the migration's rollback.
 */
function hasDownSection(text, section) {
    if (section === 'whole')
        return false;
    const marker = section === 'dbmate-up' ? /^--\s*migrate:down\b.*$/m : /^--\s*\+goose\s+Down\b.*$/im;
    const start = marker.exec(text);
    if (!start)
        return false;
    const body = text.slice(start.index + start[0].length);
    return body.split('\n').some((line) => {
        const code = line.trim();
        return code !== '' && !code.startsWith('--');
    });
}
/** dbmate and goose keep up and down in one file, marked by comments. */
function sectionFromContent(text) {
    if (/^--\s*migrate:up\b/m.test(text))
        return 'dbmate-up';
    if (/^--\s*\+goose\s+Up\b/im.test(text))
        return 'goose-up';
    return 'whole';
}


/***/ }),

/***/ 57549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rO: () => (/* binding */ withReferencedInputs),
/* harmony export */   wM: () => (/* binding */ rehashReferencedInputs),
/* harmony export */   zN: () => (/* binding */ referencedText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _facts_hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2711);
/* harmony import */ var _common_decode_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42556);
/* harmony import */ var _compose_dot_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44496);





// Files that are inputs only because another input refers to them (a path item behind `$ref`):
// discovery cannot find them, so extraction reports them and the next run re-hashes them from
// the last run's list. Either way they join the inputs the same way.
/** The inputs plus the referenced files among `texts` that are not inputs yet, each hashed as read. */
function withReferencedInputs(inputs, kind, texts) {
    const known = new Set(inputs.map((i) => i.file));
    const extra = [];
    for (const [file, text] of texts ?? []) {
        if (!known.has(file))
            extra.push({ file, kind, sha256: (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)(text), referenced: true });
    }
    return extra.length === 0
        ? inputs
        : [...inputs, ...extra].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
/**
 * A referenced file's text as its kind hands it over, and so as it is hashed: Compose withholds
 * the values of secret-named variables (a `.env`, an `env_file`), so that no hash of a secret is
 * committed in the state file. Extraction and every later re-hash must agree, or the run key
 * never matches and no run is a no-op.
 */
function referencedText(kind, text) {
    return kind === 'compose' ? (0,_compose_dot_env_js__WEBPACK_IMPORTED_MODULE_4__/* .dotEnvWithoutSecrets */ .mB)(text) : text;
}
/**
 * Discovery's inputs plus the last run's referenced files, hashed as they are now. A file gone
 * since drops out, so the extraction key changes and the run re-extracts.
 */
async function rehashReferencedInputs(repoRoot, discovered, previous) {
    let inputs = discovered;
    for (const input of previous) {
        if (!input.referenced)
            continue;
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoRoot, input.file)).catch(() => undefined);
        if (bytes)
            inputs = withReferencedInputs(inputs, input.kind, new Map([[input.file, referencedText(input.kind, (0,_common_decode_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeText */ .g7)(bytes))]]));
    }
    return inputs;
}


/***/ }),

/***/ 39848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uh: () => (/* binding */ sourceKind),
  Bb: () => (/* binding */ sourceKinds)
});

// UNUSED EXPORTS: registerSourceKind

;// CONCATENATED MODULE: ./lib/sources/asyncapi/sniff-asyncapi.js
// A cheap content sniff: is this YAML/JSON text an AsyncAPI document?
//
// Discovery asks every .yaml/.yml/.json file; parsing each would cost more than discovery itself.
// Every AsyncAPI document has a top-level `asyncapi: 2.x|3.x` key, and nothing else is shaped so.
// Block YAML: the key at column 0 (indented keys are nested), quotes optional on key and version.
const YAML_TOP_LEVEL_KEY = /^(["']?)asyncapi\1\s*:\s*["']?[23]\.\d+/m;
// JSON or YAML flow style: key and value both quoted.
const JSON_KEY = /"asyncapi"\s*:\s*"[23]\.\d+/;
/** True when the text looks like an AsyncAPI 2.x or 3.x document. Only a sniff: it may still be invalid. */
function isAsyncApiDocument(text) {
    return /^\s*[[{]/.test(text) ? JSON_KEY.test(text) : YAML_TOP_LEVEL_KEY.test(text) || JSON_KEY.test(text);
}

;// CONCATENATED MODULE: ./lib/sources/asyncapi/asyncapi-source.js

/** AsyncAPI 2.x and 3.x documents, YAML or JSON, recognised by their top-level `asyncapi` key. */
const asyncapiSource = {
    name: 'asyncapi',
    label: 'AsyncAPI documents',
    // The Diagnostic stage union has no stage of its own for event contracts; `openapi` is the API stage.
    stage: 'openapi',
    area: 'api',
    configKey: 'contracts',
    fileName: /\.(ya?ml|json)$/i,
    detect: (c, forced) => forced || (/\.(ya?ml|json)$/i.test(c.base) && isAsyncApiDocument(c.head)),
    async extract({ repoRoot, files, text }) {
        const { extractAsyncApi } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4526)]).then(__webpack_require__.bind(__webpack_require__, 44526));
        const r = await extractAsyncApi(repoRoot, files, text);
        return { facts: { api: r.facts }, diagnostics: r.diagnostics, alsoRead: r.alsoRead };
    },
    changeGroups: [{ prefix: 'async:', title: 'Events' }],
};

;// CONCATENATED MODULE: ./lib/sources/cloudformation/cloudformation-mentions.js
// aws cloudformation / sam lines: the logical ids they address
// (`aws cloudformation describe-stack-resource --logical-resource-id OrdersTable`,
// `sam logs -n CreateOrderFunction`, `sam remote invoke CreateOrderFunction`). Stack names are
// chosen at deploy time and are no fact of the template, so they are not checked.
const LOGICAL_ID_RE = new RegExp(String.raw `(?:--logical-resource-id[ =]["']?|\bsam\s+logs\b.*?(?:-n|--name)[ =]["']?|` +
    String.raw `\bsam\s+(?:local|remote)\s+invoke\s+(?:--stack-name[ =]\S+\s+)?["']?)([A-Za-z][A-Za-z0-9]*)`, 'g');
/** Mentions of the template resources an `aws cloudformation` or `sam` line (at offset `at`) addresses. */
function cloudformationMentions(out, line, at, place) {
    if (!/\baws\s+cloudformation\b|\bsam\s/.test(line))
        return;
    for (const m of line.matchAll(LOGICAL_ID_RE)) {
        const id = m[1];
        out.add('component', id, place.line(at + m.index + m[0].length - id.length), out.known.component(id), place.end);
    }
}

;// CONCATENATED MODULE: ./lib/sources/cloudformation/cloudformation-source.js

const FILE_NAME = /\.(ya?ml|json|template)$/i;
/** The top-level key every template may start with (YAML, or a JSON key anywhere in the head). */
const FORMAT_VERSION = /^["']?AWSTemplateFormatVersion["']?\s*:|"AWSTemplateFormatVersion"\s*:/m;
/** `Transform: AWS::Serverless-2016-10-31`, also in the list form and in JSON. */
const SAM_TRANSFORM = /^["']?Transform["']?\s*:[\s\-["']*AWS::Serverless-|"Transform"\s*:[\s["]*AWS::Serverless-/m;
/** A top-level `Resources:` mapping, and a resource type under it. */
const YAML_RESOURCES = /^["']?Resources["']?\s*:\s*(?:#.*)?$/m;
const YAML_RESOURCE_TYPE = /^[ \t]+["']?Type["']?\s*:\s*["']?(?:AWS|Custom|Alexa)::[A-Za-z0-9]+/m;
const JSON_RESOURCES = /"Resources"\s*:\s*\{[\s\S]*?"Type"\s*:\s*"(?:AWS|Custom|Alexa)::[A-Za-z0-9]+/;
/**
 * What tools generate from a template or an app (SAM's build folder, CDK's synthesized
 * templates): read the template or the app instead, not the copy.
 */
const GENERATED = /(^|\/)(\.aws-sam|cdk\.out)\//;
function detectTemplate(c) {
    if (!FILE_NAME.test(c.base))
        return false;
    const isTemplate = FORMAT_VERSION.test(c.head) ||
        SAM_TRANSFORM.test(c.head) ||
        (YAML_RESOURCES.test(c.head) && YAML_RESOURCE_TYPE.test(c.head)) ||
        (c.head.trimStart().startsWith('{') && JSON_RESOURCES.test(c.head));
    if (!isTemplate)
        return false;
    if (GENERATED.test(c.file))
        return { skip: 'CloudFormation template generated by a build (.aws-sam/ or cdk.out/); the source is read instead' };
    return true;
}
/** CloudFormation and SAM templates: resources, the references between them, SAM events. */
const cloudformationSource = {
    name: 'cloudformation',
    label: 'CloudFormation templates',
    stage: 'infra',
    area: 'infrastructure',
    configKey: 'infra',
    fileName: FILE_NAME,
    detect: (c) => detectTemplate(c),
    async extract({ files, text }) {
        const { extractCloudFormation } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2628)]).then(__webpack_require__.bind(__webpack_require__, 72628));
        const r = extractCloudFormation(files.map((file) => ({ file, text: text(file) })));
        return { facts: { infra: r.facts }, diagnostics: r.diagnostics };
    },
    components: {
        title: 'CloudFormation',
        diagramName: (c) => c.name,
        reference: (c) => `cfn/${c.name}`,
        deployedAs: (c) => `${c.kind} ${c.name}`,
    },
    commandMentions: cloudformationMentions,
    changeGroups: [{ prefix: 'cfn:', title: 'CloudFormation' }],
};

// EXTERNAL MODULE: ./lib/checks/grounding/shell-tokens.js
var shell_tokens = __webpack_require__(76868);
;// CONCATENATED MODULE: ./lib/sources/compose/compose-mentions.js

// docker compose lines: the service names after a verb that takes services (`logs`, `restart` …).
const COMPOSE_RE = /\bdocker(?:-compose|\s+compose)\b/;
const GLOBAL_VALUE_FLAGS = new Set([
    '-f',
    '--file',
    '-p',
    '--project-name',
    '--profile',
    '--env-file',
    '--project-directory',
    '--ansi',
    '--parallel',
]);
const VALUE_FLAGS = new Set([
    '--tail',
    '-u',
    '--user',
    '-w',
    '--workdir',
    '-e',
    '--env',
    '--index',
    '-t',
    '--timeout',
    '--since',
    '--until',
    '--scale',
    '--entrypoint',
    '--name',
    '-v',
    '--volume',
    '-p',
    '--publish',
    '-s',
    '--signal',
    '-l',
    '--label',
]);
const SERVICE_VERBS = new Set([
    'logs',
    'restart',
    'up',
    'stop',
    'start',
    'ps',
    'exec',
    'run',
    'rm',
    'pull',
    'kill',
    'top',
    'pause',
    'unpause',
    'create',
    'build',
    'events',
    'port',
    'attach',
    'wait',
    'watch',
    'images',
    'cp',
]);
/** Verbs after whose one service a command follows, not more services. */
const ONE_SERVICE_VERBS = ['exec', 'run', 'port', 'cp'];
/** Mentions of the Compose services a `docker compose` line (at offset `at` of the code) names. */
function composeMentions(out, line, at, place) {
    if (!COMPOSE_RE.test(line))
        return;
    for (const r of composeServiceNames(line)) {
        const id = out.known.index.components.composeService(r.name);
        const exists = { known: id !== undefined, ...(id ? { id } : {}) };
        out.add('component', r.name, place.line(at + r.index), exists, place.end);
    }
}
function composeServiceNames(line) {
    const found = [];
    const m = COMPOSE_RE.exec(line);
    const toks = (0,shell_tokens/* shellTokensFrom */.v)(line, m.index + m[0].length);
    let verb;
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (/^(\||&&|;|>|\|\|)/.test(t.text))
            break;
        if (t.text.startsWith('-')) {
            if (!t.text.includes('=') && (verb ? VALUE_FLAGS : GLOBAL_VALUE_FLAGS).has(t.text))
                i++;
            continue;
        }
        if (!verb) {
            verb = t.text;
            if (!SERVICE_VERBS.has(verb))
                break;
            continue;
        }
        if (/^[a-zA-Z0-9][\w.-]*$/.test(t.text) && !/^\d+$/.test(t.text))
            found.push({ name: t.text, index: t.index });
        if (ONE_SERVICE_VERBS.includes(verb))
            break; // a command follows
    }
    return found;
}

;// CONCATENATED MODULE: ./lib/sources/compose/compose-source.js

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
const YAML = /\.ya?ml$/i;
/** A top-level `services:` mapping (not a list, as in GitLab CI) whose first entry is a service name. */
const SERVICES_MAPPING = /^services:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*([ \t]+)[\w.-]+:[ \t]*(?:#.*)?\n/m;
/**
 * Compose files are named `compose.yaml`/`docker-compose*.yml` by convention only: real
 * repositories also keep them as `quickstart.yml` or `deploy/docker-compose/base.yaml`. Without
 * the name, a top-level `services:` mapping with `image:` or `build:` beneath it, and no
 * `apiVersion`, is a Compose file.
 */
function looksLikeCompose(head) {
    const m = SERVICES_MAPPING.exec(head);
    if (!m || /^apiVersion:/m.test(head))
        return false;
    return new RegExp(`^${m[1]}[ \\t]+(image|build):`, 'm').test(head.slice(m.index));
}
/** Docker Compose files: services, ports, dependencies, env references between services. */
const composeSource = {
    name: 'compose',
    label: 'Compose files',
    stage: 'infra',
    area: 'infrastructure',
    configKey: 'infra',
    fileName: YAML,
    detect: (c) => COMPOSE_NAME.test(c.base) || looksLikeCompose(c.head),
    // Overrides, included and extended files are grouped into their project inside `extract`
    // (project-files.ts): which file is an override depends on its neighbours, and an included file
    // may sit anywhere, so no file is dropped here and none is read twice.
    async extract(input) {
        const { extractComposeProjects } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3360)]).then(__webpack_require__.bind(__webpack_require__, 3360));
        const { facts, diagnostics, alsoRead } = await extractComposeProjects(input);
        return { facts: { infra: facts }, diagnostics, ...(alsoRead ? { alsoRead } : {}) };
    },
    components: {
        title: 'Docker Compose',
        // A second project defining the same service is another environment: its file tells them apart.
        diagramName: (c) => (c.environment ? `${c.name} (${c.environment})` : c.name),
        reference: (c) => `compose/${c.namespace ? `${c.namespace}/` : ''}${c.name}${c.environment ? ` (${c.environment})` : ''}`,
        deployedAs: (c) => `compose service ${c.namespace ? `${c.namespace}/` : ''}${c.name}${c.environment ? ` in ${c.environment}` : ''}`,
    },
    commandMentions: composeMentions,
    changeGroups: [{ prefix: 'compose:', title: 'Compose' }],
};

;// CONCATENATED MODULE: ./lib/sources/graphql/sniff-graphql.js
// Tells a schema file (SDL: `type`, `extend type`, `scalar` …) from a client document (`query`,
// `mutation`, `fragment`) without loading the parser: discovery asks this of every `.graphql` file
// of a repository, and frontends keep hundreds of queries in such files.
/** Words that open a type-system definition or extension. */
const SDL_KEYWORDS = new Set([
    'schema',
    'scalar',
    'type',
    'interface',
    'union',
    'enum',
    'input',
    'directive',
    'extend',
]);
/** Words that open an executable definition (a client operation or fragment). */
const EXECUTABLE_KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment']);
/**
 * Counts the top-level definitions of a GraphQL document by their opening word. Comments, strings
 * and everything inside brackets are skipped, so a field named `type` or a `"""query"""`
 * description is not taken for a definition.
 */
function countDefinitions(text) {
    const counts = { sdl: 0, executable: 0 };
    let depth = 0;
    // At the start of the text or right after a definition's closing brace, a `{` is an anonymous query.
    let atDefinitionStart = true;
    let afterExtend = false;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c === '#') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end + 1;
        }
        else if (c === '"') {
            i = skipString(text, i);
        }
        else if (c === '{' || c === '(' || c === '[') {
            if (c === '{' && depth === 0 && atDefinitionStart)
                counts.executable++;
            depth++;
            atDefinitionStart = false;
            i++;
        }
        else if (c === '}' || c === ')' || c === ']') {
            depth = Math.max(0, depth - 1);
            if (c === '}' && depth === 0)
                atDefinitionStart = true;
            i++;
        }
        else if (/[A-Za-z_]/.test(c)) {
            let end = i + 1;
            while (end < text.length && /\w/.test(text[end]))
                end++;
            const word = text.slice(i, end);
            // A name right after `$` or `@` is a variable or directive, never a keyword.
            const prefixed = i > 0 && (text[i - 1] === '$' || text[i - 1] === '@');
            if (depth === 0 && !prefixed) {
                // `extend type X` is one definition: the word after `extend` is not counted again.
                if (SDL_KEYWORDS.has(word) && !afterExtend)
                    counts.sdl++;
                else if (EXECUTABLE_KEYWORDS.has(word) && atDefinitionStart)
                    counts.executable++;
            }
            atDefinitionStart = false;
            afterExtend = word === 'extend';
            i = end;
        }
        else {
            i++;
        }
    }
    return counts;
}
/** A document of operations and fragments only: client code, not a schema. */
function isClientDocument(text) {
    const counts = countDefinitions(text);
    return counts.executable > 0 && counts.sdl === 0;
}
/** The index just past a string or block string that starts at `start`. */
function skipString(text, start) {
    if (text.startsWith('"""', start)) {
        let i = start + 3;
        while (i < text.length) {
            if (text.startsWith('\\"""', i))
                i += 4;
            else if (text.startsWith('"""', i))
                return i + 3;
            else
                i++;
        }
        return text.length;
    }
    let i = start + 1;
    while (i < text.length && text[i] !== '"' && text[i] !== '\n')
        i += text[i] === '\\' ? 2 : 1;
    return i + 1;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-source.js

const GRAPHQL = /\.(graphqls?|gql)$/i;
/** How many skipped client documents the notice names before it counts the rest. */
const NAMED_IN_NOTICE = 6;
/**
 * GraphQL schemas (SDL) in `.graphql`, `.graphqls` and `.gql` files, one schema split over many
 * files. Frontends keep their queries in such files too: those hold no type definitions and are
 * dropped before extraction, with one notice for all of them.
 */
const graphqlSource = {
    name: 'graphql',
    label: 'GraphQL schemas',
    stage: 'openapi',
    area: 'api',
    configKey: 'contracts',
    fileName: GRAPHQL,
    forcedBy: (file, matches) => GRAPHQL.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
    detect: (c) => GRAPHQL.test(c.base),
    select(files, text) {
        const client = files.filter((f) => isClientDocument(text(f)));
        const skipped = new Set(client);
        return {
            files: files.filter((f) => !skipped.has(f)),
            diagnostics: client.length > 0 ? [clientNotice(client)] : [],
        };
    },
    async extract({ files, text }) {
        const { extractGraphql } = await __webpack_require__.e(/* import() */ 5543).then(__webpack_require__.bind(__webpack_require__, 55543));
        const r = await extractGraphql(files, text);
        return { facts: { api: r.facts }, diagnostics: r.diagnostics };
    },
    changeGroups: [{ prefix: 'gql:', title: 'GraphQL API' }],
};
function clientNotice(files) {
    const named = files.slice(0, NAMED_IN_NOTICE).join(', ');
    const more = files.length > NAMED_IN_NOTICE ? `, and ${files.length - NAMED_IN_NOTICE} more` : '';
    return {
        severity: 'notice',
        stage: 'openapi',
        file: files[0],
        message: `${files.length} GraphQL file${files.length === 1 ? '' : 's'} holding only client operations and ` +
            `fragments (${named}${more}) ${files.length === 1 ? 'was' : 'were'} not read as a schema`,
    };
}

// EXTERNAL MODULE: ./lib/checks/grounding/kubernetes-kinds.js
var kubernetes_kinds = __webpack_require__(51653);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/kubectl-mentions.js


// kubectl lines: the objects they name (`kind/name`, `<verb> <kind> <name…>`, `-n <namespace>`).
const KUBECTL_VALUE_FLAGS = new Set([
    '-n',
    '--namespace',
    '-l',
    '--selector',
    '-c',
    '--container',
    '-o',
    '--output',
    '--context',
    '--kubeconfig',
    '--cluster',
    '--user',
    '-f',
    '--filename',
    '--tail',
    '--since',
    '--to-revision',
    '-p',
    '--patch',
    '--type',
    '--replicas',
    '--timeout',
    '-L',
    '--field-selector',
    '--sort-by',
]);
/** Verbs whose sub-command comes before the kind: `rollout restart deploy/x`. */
const TWO_WORD_VERBS = ['rollout', 'set', 'config', 'create', 'auth'];
/** Mentions of the Kubernetes objects a kubectl line (at offset `at` of the code) names. */
function kubectlMentions(out, line, at, place) {
    if (!/\bkubectl\b/.test(line))
        return;
    const { components } = out.known.index;
    for (const r of kubectlReferences(line)) {
        const exists = r.kind === 'namespace' ? components.namespace(r.name) : components.kubernetesObject(r.kind, r.name);
        out.add('component', r.text, place.line(at + r.index), exists, place.end);
    }
}
function kubectlReferences(line) {
    const refs = [];
    const toks = (0,shell_tokens/* shellTokensFrom */.v)(line, line.search(/\bkubectl\b/)).slice(1);
    let verbSeen = false;
    let kind;
    for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (/^(\||&&|;|>|\|\||\$\(|`)/.test(t.text))
            break;
        const flag = /^(--?[\w-]+)(=(.*))?$/.exec(t.text);
        if (flag) {
            const value = flag[3] ?? (KUBECTL_VALUE_FLAGS.has(flag[1]) ? toks[++i]?.text : undefined);
            if ((flag[1] === '-n' || flag[1] === '--namespace') && value && /^[a-z0-9][a-z0-9-]*$/.test(value)) {
                const index = flag[3] !== undefined ? t.index : toks[i].index;
                refs.push({ kind: 'namespace', name: value, text: value, index });
            }
            continue;
        }
        const slash = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/([a-z0-9][a-z0-9._-]*)$/.exec(t.text);
        if (slash) {
            const k = (0,kubernetes_kinds/* canonicalKind */.D)(slash[1]);
            if (k && !(0,kubernetes_kinds/* isEphemeralKind */.g)(k))
                refs.push({ kind: k, name: slash[2], text: t.text, index: t.index });
            continue;
        }
        if (!verbSeen) {
            verbSeen = true;
            if (TWO_WORD_VERBS.includes(t.text) && toks[i + 1] && !toks[i + 1].text.startsWith('-'))
                i++;
            continue;
        }
        const k = (0,kubernetes_kinds/* canonicalKind */.D)(t.text);
        if (kind === undefined && k) {
            kind = k;
            continue;
        }
        if (kind && !(0,kubernetes_kinds/* isEphemeralKind */.g)(kind) && /^[a-z0-9][a-z0-9._-]*$/.test(t.text)) {
            refs.push({ kind, name: t.text, text: `${t.text}`, index: t.index });
        }
        else if (!kind)
            break; // `logs <pod>`, `exec <pod> -- …`: a pod name or a command follows
    }
    return refs;
}

// EXTERNAL MODULE: ./lib/sources/kubernetes/kubernetes-file-names.js
var kubernetes_file_names = __webpack_require__(65683);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/kubernetes-source.js


const KUBE_API_VERSION = /^apiVersion:\s*\S/m;
const KUBE_KIND = /^kind:\s*\S/m;
const kubernetes_source_YAML = /\.ya?ml$/i;
/**
 * Files shaped like manifests that no cluster ever receives: the configuration of tools around
 * Kubernetes (Skaffold's build pipeline, a kind/k3d cluster definition, a kubeconfig).
 */
const TOOL_CONFIG = new RegExp(String.raw `^apiVersion:\s*["']?(skaffold\/|kind\.x-k8s\.io\/|k3d\.io\/|ctlptl\.dev\/|` +
    String.raw `kubeadm\.k8s\.io\/|kubelet\.config\.k8s\.io\/)`, 'm');
const KUBECONFIG = /^kind:\s*["']?Config["']?\s*$/m;
const CHART_API = /^apiVersion:\s*["']?v[12]["']?\s*$/m;
/** The last folder of an environment's id: `prod` for `deploy/overlays/prod`. */
const environmentName = (c) => (c.environment ? c.environment.split('/').pop() : undefined);
const scoped = (c) => `${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
const inEnvironment = (c, text) => {
    const env = environmentName(c);
    return env ? `${text} (${env})` : text;
};
/**
 * Kubernetes as it is deployed: plain manifests, Helm charts (rendered with their values) and
 * Kustomize overlays (built): workloads, Services and what they select, routes, HPAs …
 */
const kubernetesSource = {
    name: 'kubernetes',
    label: 'Kubernetes manifests, Helm charts and Kustomize overlays',
    stage: 'infra',
    area: 'infrastructure',
    configKey: 'infra',
    fileName: /(\.ya?ml|^Kustomization)$/i,
    detect(c) {
        if ((0,kubernetes_file_names/* isKustomizationFile */.yi)(c.base))
            return true;
        if ((0,kubernetes_file_names/* isChartFile */.Jk)(c.base))
            return CHART_API.test(c.head) && /^name:\s*\S/m.test(c.head);
        if (!kubernetes_source_YAML.test(c.base) || !KUBE_API_VERSION.test(c.head) || !KUBE_KIND.test(c.head))
            return false;
        if (TOOL_CONFIG.test(c.head) || (KUBECONFIG.test(c.head) && /^clusters:/m.test(c.head)))
            return false;
        // Helm templates are claimed too: the chart they belong to renders them (one outside any chart
        // gets a notice at extraction).
        return true;
    },
    async extract(input) {
        const { readKubernetesProject } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(5062)]).then(__webpack_require__.bind(__webpack_require__, 95062));
        const r = await readKubernetesProject(input);
        const out = { facts: { infra: r.facts }, diagnostics: r.diagnostics };
        if (r.alsoRead)
            out.alsoRead = r.alsoRead;
        return out;
    },
    components: {
        title: 'Kubernetes',
        diagramName: (c) => inEnvironment(c, scoped(c)),
        reference: (c) => inEnvironment(c, `${c.kind}/${scoped(c)}`),
        deployedAs: (c) => inEnvironment(c, `${c.kind} ${scoped(c)}`),
    },
    commandMentions: kubectlMentions,
    changeGroups: [{ prefix: 'k8s:', title: 'Kubernetes' }],
};

// EXTERNAL MODULE: ./lib/sources/migrations/migration-layout.js + 3 modules
var migration_layout = __webpack_require__(39928);
;// CONCATENATED MODULE: ./lib/sources/migrations/migrations-source.js

const SQL = /\.sql$/i;
/** SQL migrations, replayed into embedded PostgreSQL; the schema is read from its catalog. */
const migrationsSource = {
    name: 'migration',
    label: 'migrations',
    stage: 'migrations',
    area: 'data',
    loadsEngine: true,
    configKey: 'migrations',
    fileName: SQL,
    // A glob may name the migration folder rather than the files in it.
    forcedBy: (file, matches) => matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/')))),
    detect: (c) => SQL.test(c.base),
    select(files, text) {
        const { sets, unplaced, besideMigrations } = (0,migration_layout/* groupMigrations */.$r)(files, (f) => (0,migration_layout/* sectionFromContent */.FM)(text(f)));
        // Files for another dialect than the one replayed are inputs too (a changed MySQL variant is
        // a changed input), but they are not read.
        const diagnostics = unplaced.map((file) => ({
            severity: 'notice',
            stage: 'discovery',
            file,
            message: 'SQL file outside any migration folder and without a version prefix; not replayed',
        }));
        for (const { file, migrations } of besideMigrations)
            diagnostics.push({
                severity: 'notice',
                stage: 'discovery',
                file,
                message: `a schema dump beside the migrations in ${migrations}/: the schema is read from the migrations`,
            });
        // A migration's `.down.sql` is kept as an input too: the docs say whether a release can be
        // rolled back, so a changed rollback is a changed input. It is never replayed.
        const kept = new Set(sets.flatMap((s) => [
            ...s.files.flatMap((f) => (f.down ? [f.file, f.down] : [f.file])),
            ...(s.otherDialects?.files ?? []),
        ]));
        return { files: files.filter((f) => kept.has(f)), diagnostics };
    },
    async extract({ files, text, settings }) {
        const { replaySets } = await Promise.all(/* import() */[__webpack_require__.e(3077), __webpack_require__.e(2017)]).then(__webpack_require__.bind(__webpack_require__, 22017));
        const { openReplayCache } = await __webpack_require__.e(/* import() */ 4900).then(__webpack_require__.bind(__webpack_require__, 4900));
        const dialect = settings['migration-dialect'];
        const { sets } = (0,migration_layout/* groupMigrations */.$r)(files, (f) => (0,migration_layout/* sectionFromContent */.FM)(text(f)), {
            ...(dialect ? { dialect } : {}),
            text,
        });
        const texts = new Map(files.map((f) => [f, text(f)]));
        const r = await replaySets(sets, texts, {
            placeholders: settings['migration-placeholders'] ?? {},
            // Replays under two seconds are not stored: a dump costs more than replaying them again.
            cache: openReplayCache(undefined, undefined, 2_000),
        });
        return { facts: { schema: r.facts, findings: r.findings }, diagnostics: r.diagnostics };
    },
    changeGroups: [
        { prefix: 'table:', title: 'Schema' },
        { prefix: 'fk:', title: 'Relationships' },
        { prefix: 'index:', title: 'Indexes' },
    ],
};

;// CONCATENATED MODULE: ./lib/sources/openapi/sniff-openapi.js
// A cheap content sniff: is this YAML/JSON text an OpenAPI (or Swagger 2.0) document?
//
// Discovery calls this for every .yaml/.yml/.json file in a repository, most of which are not
// API descriptions (CI config, package manifests, fixtures …), and some of which are huge. A real
// parse of each would cost more than the rest of discovery, so this looks for the one thing every
// OpenAPI document has: a top-level `openapi: 3.x` or `swagger: "2.0"` key. Regexes on the text
// suffice because the key's shape is very constrained.
/** How much of the text is scanned first; the whole text is scanned only if this finds nothing. */
const HEAD_CHARS = 16 * 1024;
// Block YAML: the key sits at column 0 (anything indented is nested). Quotes are optional on both
// the key and the version. `swagger` must be 2.x; `openapi` any 3.x or later.
const sniff_openapi_YAML_TOP_LEVEL_KEY = /^(?:(["']?)openapi\1\s*:\s*["']?\d+\.\d+|(["']?)swagger\2\s*:\s*["']?2\.\d)/m;
// JSON (and YAML flow style): key and value both quoted. Position in the file is not
// known without parsing, but a `"openapi": "3.1.0"` pair nested inside some other document is
// rare enough to accept.
const sniff_openapi_JSON_KEY = /"(?:openapi"\s*:\s*"\d+\.\d+|swagger"\s*:\s*"2\.\d)/;
/**
 * The `openapi` / `swagger` version string declared by the document, if the text looks like an
 * OpenAPI document; `undefined` otherwise. Only a sniff: the document may still be invalid.
 */
function sniffOpenApiVersion(text) {
    const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
    const found = findVersion(head) ?? (head === text ? undefined : findVersion(text));
    return found;
}
/** True when the text looks like an OpenAPI 3.x or Swagger 2.0 document (YAML or JSON). */
function isOpenApiDocument(text) {
    return sniffOpenApiVersion(text) !== undefined;
}
function findVersion(text) {
    const startsLikeJson = /^\s*[[{]/.test(text);
    const match = startsLikeJson ? sniff_openapi_JSON_KEY.exec(text) : (sniff_openapi_YAML_TOP_LEVEL_KEY.exec(text) ?? sniff_openapi_JSON_KEY.exec(text));
    if (!match)
        return undefined;
    // Read the full version token after the key (the regexes stop after major.minor).
    const rest = text.slice(match.index, match.index + 80);
    const version = /(?:openapi|swagger)["']?\s*:\s*["']?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)/.exec(rest);
    return version?.[1];
}

;// CONCATENATED MODULE: ./lib/sources/openapi/openapi-source.js

/** OpenAPI 2.0–3.2 descriptions, YAML or JSON, recognised by their top-level `openapi`/`swagger` key. */
const openapiSource = {
    name: 'openapi',
    label: 'OpenAPI descriptions',
    stage: 'openapi',
    area: 'api',
    configKey: 'openapi',
    fileName: /\.(ya?ml|json)$/i,
    // A glob naming a file makes it a spec whatever its name: the reader says so if it is not one.
    // The head decides for almost every file; a JSON spec written with sorted keys has `openapi`
    // after `components` and `info`, hundreds of KiB in, so a head without it is not the last word.
    detect: (c, forced) => forced ||
        (/\.(ya?ml|json)$/i.test(c.base) &&
            (isOpenApiDocument(c.head) || (c.text.length > c.head.length && isOpenApiDocument(c.text)))),
    // `swagger.json` beside `swagger.yaml`: one description, read once (rendered-twins.ts). The YAML
    // parser that tells is loaded only when two files of one folder share a name.
    async select(files, text) {
        const stems = new Set(files.map((f) => f.replace(/\.(ya?ml|json)$/i, '')));
        if (stems.size === files.length)
            return { files, diagnostics: [] };
        const { dropRenderedTwins } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3714)]).then(__webpack_require__.bind(__webpack_require__, 93714));
        return dropRenderedTwins(files, text);
    },
    async extract({ repoRoot, files }) {
        const { extractOpenApi } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7645), __webpack_require__.e(2463), __webpack_require__.e(4552), __webpack_require__.e(2810)]).then(__webpack_require__.bind(__webpack_require__, 12810));
        const r = await extractOpenApi(repoRoot, files);
        return { facts: { api: r.facts }, diagnostics: r.diagnostics, alsoRead: r.alsoRead };
    },
    changeGroups: [{ prefix: 'op:', title: 'API' }],
};

;// CONCATENATED MODULE: ./lib/sources/prisma/prisma-source.js
const PRISMA = /\.prisma$/i;
/**
 * Prisma schemas (`schema.prisma`, or a `prisma/schema/` folder of `.prisma` files): read by
 * Prisma's own engine and rendered as the SQL `prisma migrate` would write, when the repository
 * keeps no SQL migrations for them. Their facts are schema facts like the migrations kind's.
 */
const prismaSource = {
    name: 'prisma',
    label: 'Prisma schemas',
    stage: 'migrations',
    area: 'data',
    configKey: 'migrations',
    fileName: PRISMA,
    forcedBy: (file, matches) => PRISMA.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
    detect: (c) => PRISMA.test(c.base),
    // Whether SQL migrations sit beside a schema decides which of the two documents its tables.
    readsPathsOf: ['migration'],
    loadsEngine: true,
    async extract(input) {
        const { extractPrisma } = await Promise.all(/* import() */[__webpack_require__.e(3077), __webpack_require__.e(5725)]).then(__webpack_require__.bind(__webpack_require__, 15725));
        return extractPrisma(input);
    },
    // Schema changes are told once, as a reviewer reads them (see pull-request-body.ts), whichever
    // kind the schema came from; listing table ids here would repeat them.
    changeGroups: [],
};

;// CONCATENATED MODULE: ./lib/sources/protobuf/protobuf-source.js
const PROTO = /\.proto$/i;
/**
 * Protocol Buffers files: the services in them are the system's gRPC contracts, their messages
 * the vocabulary those speak. Every `.proto` outside skipped folders is read, since a message
 * file without services still gives the types the service files name.
 */
const protobufSource = {
    name: 'protobuf',
    label: 'Protocol Buffers (gRPC) files',
    stage: 'openapi',
    area: 'api',
    configKey: 'contracts',
    fileName: PROTO,
    forcedBy: (file, matches) => PROTO.test(file) && (matches(file) || matches(file.slice(0, Math.max(0, file.lastIndexOf('/'))))),
    detect: (c) => PROTO.test(c.base),
    async extract({ files, text }) {
        const { extractProtobuf } = await __webpack_require__.e(/* import() */ 5145).then(__webpack_require__.bind(__webpack_require__, 45145));
        const r = await extractProtobuf(files, text);
        return { facts: { api: r.facts }, diagnostics: r.diagnostics };
    },
    changeGroups: [{ prefix: 'rpc:', title: 'gRPC API' }],
};

// EXTERNAL MODULE: ./lib/sources/common/repo-reader.js
var repo_reader = __webpack_require__(76054);
;// CONCATENATED MODULE: ./lib/sources/terraform/terraform-mentions.js
// terraform lines: the resources they address (`-target=type.name`, `state show type.name`).
const RESOURCE_ADDRESS_RE = new RegExp(String.raw `(?:-target=["']?|\bstate\s+(?:show|rm|mv|list)\s+["']?)` +
    String.raw `((?:module\.[\w-]+\.)*[a-z][a-z0-9]*_[a-z0-9_]+\.[\w-]+)`, 'g');
/** Mentions of the Terraform resources a terraform line (at offset `at` of the code) addresses. */
function terraformMentions(out, line, at, place) {
    if (!/\bterraform\b/.test(line))
        return;
    for (const m of line.matchAll(RESOURCE_ADDRESS_RE)) {
        // Resources inside modules are in the facts by their full address (`module.db.aws_db_instance.main`);
        // facts from before that held them by `type.name`, so that is tried as well.
        const address = m[1];
        const hit = out.known.component(address) || out.known.component(address.replace(/^(?:module\.[\w-]+\.)+/, ''));
        out.add('component', address, place.line(at + m.index), hit, place.end);
    }
}

;// CONCATENATED MODULE: ./lib/sources/terraform/terraform-source.js


const TF = /\.tf$/i;
/** `module.database.` of `tf:module.database.aws_db_instance.main`: the module path of a resource. */
function modulePath(c) {
    return /^tf:((?:module\.[\w-]+\.)+)[\w-]+\.[\w-]+/.exec(c.id)?.[1] ?? '';
}
/** Terraform configuration: resources, module calls, the references between them, and module interfaces. */
const terraformSource = {
    name: 'terraform',
    label: 'Terraform files',
    stage: 'infra',
    area: 'infrastructure',
    loadsEngine: true,
    configKey: 'infra',
    fileName: TF,
    detect: (c) => TF.test(c.base),
    async extract({ repoRoot, files, text }) {
        const { extractTerraform } = await Promise.all(/* import() */[__webpack_require__.e(7064), __webpack_require__.e(4339)]).then(__webpack_require__.bind(__webpack_require__, 14339));
        const given = new Set(files);
        // Local module folders discovery did not hand are read through the confined reader.
        const reader = (0,repo_reader/* repoReader */.Q)(repoRoot, (file) => (given.has(file) ? text(file) : undefined));
        const r = await extractTerraform(files.map((file) => ({ file, text: text(file) })), { reader });
        const out = { facts: { infra: r.facts }, diagnostics: r.diagnostics };
        if (r.alsoRead)
            out.alsoRead = r.alsoRead;
        return out;
    },
    components: {
        title: 'Terraform',
        // A resource inside a module keeps its module path, so `this` of two modules stay apart.
        diagramName: (c) => `${modulePath(c)}${c.name}`,
        reference: (c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${modulePath(c)}${c.name}`,
        deployedAs: (c) => `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${modulePath(c)}${c.name}`,
    },
    commandMentions: terraformMentions,
    changeGroups: [{ prefix: 'tf:', title: 'Terraform' }],
};

;// CONCATENATED MODULE: ./lib/sources/registry.js










/**
 * Every kind of source, in the order discovery asks them (first claim wins) and the docs list
 * their platforms. A new kind is its folder plus one line here.
 */
const kinds = [
    openapiSource,
    asyncapiSource,
    graphqlSource,
    protobufSource,
    migrationsSource,
    prismaSource,
    composeSource,
    kubernetesSource,
    terraformSource,
    cloudformationSource,
];
function sourceKinds() {
    return kinds;
}
function sourceKind(name) {
    return kinds.find((k) => k.name === name);
}
/**
 * Adds a kind at run time, after the built-in ones. For kinds that live outside this folder (a
 * test's made-up format); a kind of the product is listed above instead.
 */
function registerSourceKind(kind) {
    if (kinds.some((k) => k.name === kind.name))
        throw new Error(`a source kind named "${kind.name}" is already registered`);
    kinds.push(kind);
    return () => {
        const at = kinds.indexOf(kind);
        if (at >= 0)
            kinds.splice(at, 1);
    };
}


/***/ }),

/***/ 74166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ docsKey),
/* harmony export */   r: () => (/* binding */ runKey)
/* harmony export */ });
/* harmony import */ var _facts_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2711);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13411);


/**
 * The digest. Left out: where the repository is, the mode and `--force` (they say what to do with
 * the output, not what it is), the model concurrency and the batch settings (results are applied
 * in plan order), and the API key (a secret, and whether the model may run is decided next to the
 * key, from the sections the last run left to the model).
 */
function runKey(parts) {
    const { repoRoot: _root, mode: _mode, force: _force, ...config } = parts.config;
    // How many model calls run at once, or whether they go through a Message Batch, changes how fast
    // (and how cheaply) the sections come, not what they say.
    const { apiKey: _key, offline: _offline, modelConcurrency: _calls, batch: _batch, batchTimeoutMs: _batchWait, ...agent } = config.agent;
    // The catalog's settings name the repository's folder by default: they count only when it is written.
    const catalog = config.catalog.backstage ? config.catalog : { backstage: false };
    return (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br)({
        generator: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x,
        config: { ...config, agent, catalog },
        inputs: parts.inputs.map((i) => ({ file: i.file, kind: i.kind, sha256: i.sha256 })),
        templates: parts.templatesDigest,
        agentFile: parts.agentFileText === undefined ? null : (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(parts.agentFileText),
    });
}
/**
 * The docs folder's digest, apart from the run key: a person editing a generated block changes
 * it, and that alone is no reason for the run to rewrite the state file (pipeline.ts).
 */
function docsKey(docs) {
    return (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br)(docs);
}


/***/ }),

/***/ 41938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ statePath),
/* harmony export */   Uv: () => (/* binding */ legacyStatePath),
/* harmony export */   _A: () => (/* binding */ isStateFile)
/* harmony export */ });
/* unused harmony exports STATE_FILE_NAME, LEGACY_STATE_FILE_NAME */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);

/** Kept next to the docs and committed with them, so every runner (and every PR) sees the last run. */
const STATE_FILE_NAME = '.architect-docs-state';
/**
 * Releases before the line format kept the whole fact model here, as JSON: read once to carry its
 * sections over, then removed by the run that writes the new file.
 */
const LEGACY_STATE_FILE_NAME = '.architect-docs-state.json';
function statePath(docsDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(docsDir, STATE_FILE_NAME);
}
function legacyStatePath(docsDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(docsDir, LEGACY_STATE_FILE_NAME);
}
/** Either state file, which no reader of the docs needs to see in a diff or a fingerprint. */
function isStateFile(file) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.basename(file);
    return name === STATE_FILE_NAME || name === LEGACY_STATE_FILE_NAME;
}


/***/ }),

/***/ 99258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ parseStateText),
/* harmony export */   lN: () => (/* binding */ formatState)
/* harmony export */ });
/* unused harmony export STATE_TEXT_VERSION */
// The state file as text: one fact per line, sorted, so that two branches that each ran the action
// merge line by line, and so that its size grows with the number of generated sections and source
// references, not with the size of the fact model (the facts themselves are a cache, facts-cache.ts,
// or are read again from a commit's sources, change-base.ts). Only types are imported: the no-op
// run reads this file before anything heavy is loaded.
const STATE_TEXT_VERSION = 2;
const HEADER = '# Architect Docs state: what the last run read and wrote. Written by the action; on a merge conflict\n' +
    '# keep either side (the next run checks every line against the sources and rewrites the file).\n';
/** Stable bytes: fixed field order, sections and blocks sorted by key, so an unchanged state diffs as unchanged. */
function formatState(s) {
    const lines = [
        `version ${STATE_TEXT_VERSION}`,
        `generator ${word(s.generator)}`,
        `extraction-key ${word(s.extractionKey)}`,
    ];
    if (s.commit)
        lines.push(`commit ${word(s.commit)}`);
    lines.push(`diagnostics ${s.diagnostics}`);
    if (s.runKey)
        lines.push(`run-key ${word(s.runKey)}`);
    if (s.docsKey)
        lines.push(`docs-key ${word(s.docsKey)}`);
    if (s.modelPending)
        lines.push('model-pending');
    for (const i of [...s.referenced].sort((a, b) => compare(a.file, b.file)))
        lines.push(`referenced ${word(i.kind)} ${word(i.sha256)} ${word(i.file)}`);
    for (const key of Object.keys(s.sections).sort(compare)) {
        const section = s.sections[key];
        lines.push(`section ${word(section.digest)} ${word(section.model)} ${word(key)}`);
    }
    for (const file of Object.keys(s.blocks).sort(compare))
        lines.push(['blocks', word(file), ...s.blocks[file].map(word)].join(' '));
    return `${HEADER}${lines.join('\n')}\n`;
}
/**
 * A state file's text as a record, or undefined when it is not one this release can use (another
 * version, not the line format, a required field missing). Unknown lines are skipped: a later
 * release may add some, and what this one knows still holds.
 */
function parseStateText(text) {
    const record = {
        referenced: [],
        sections: {},
        blocks: {},
    };
    let version;
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#'))
            continue;
        const [field, ...words] = line.split(' ').map(unword);
        switch (field) {
            case 'version':
                version = Number(words[0]);
                break;
            case 'generator':
                record.generator = words[0];
                break;
            case 'extraction-key':
                record.extractionKey = words[0];
                break;
            case 'commit':
                record.commit = words[0];
                break;
            case 'diagnostics':
                record.diagnostics = Number(words[0]) || 0;
                break;
            case 'run-key':
                record.runKey = words[0];
                break;
            case 'docs-key':
                record.docsKey = words[0];
                break;
            case 'model-pending':
                record.modelPending = true;
                break;
            case 'referenced':
                if (words.length === 3)
                    record.referenced.push({ kind: words[0], sha256: words[1], file: words[2], referenced: true });
                break;
            case 'section':
                if (words.length === 3)
                    record.sections[words[2]] = { digest: words[0], model: words[1] };
                break;
            case 'blocks':
                if (words.length >= 1)
                    record.blocks[words[0]] = words.slice(1);
                break;
        }
    }
    if (version !== STATE_TEXT_VERSION || !record.generator || !record.extractionKey)
        return undefined;
    return { diagnostics: 0, ...record };
}
// Paths and block ids may hold spaces: the few bytes that would break a line or a word are
// percent-encoded, and so is `%` itself, so every word decodes back to what it was.
function word(value) {
    return value.replace(/[% \t\n\v\f\r]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}
function unword(value) {
    return value.replace(/%([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 56559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ agentFileText),
/* harmony export */   tk: () => (/* binding */ upToDate)
/* harmony export */ });
/* unused harmony export modelMayRun */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _docs_doc_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54260);
/* harmony import */ var _docs_templates_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75640);
/* harmony import */ var _sources_discover_sources_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90555);
/* harmony import */ var _sources_referenced_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57549);
/* harmony import */ var _state_run_key_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74166);
/* harmony import */ var _state_state_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41938);
/* harmony import */ var _state_state_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(99258);










/**
 * Whether a run now would produce exactly what the last finished run left: the same run key and no
 * section waiting for a model this run could call.
 */
async function upToDate(config, context = {}) {
    if (config.force || context.baseSha || context.untrustedReason)
        return { current: false };
    const state = await readRecord(config);
    if (!state?.runKey)
        return { current: false };
    const found = await (0,_sources_discover_sources_js__WEBPACK_IMPORTED_MODULE_5__/* .discoverSources */ .w)(config.repoRoot, config.sources, [config.docsDir]);
    if (state.modelPending && modelMayRun(config))
        return { current: false, found };
    const key = (0,_state_run_key_js__WEBPACK_IMPORTED_MODULE_7__/* .runKey */ .r)({
        config,
        inputs: await (0,_sources_referenced_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .rehashReferencedInputs */ .wM)(config.repoRoot, found.inputs, state.referenced),
        templatesDigest: (await (0,_docs_templates_js__WEBPACK_IMPORTED_MODULE_4__/* .loadTemplates */ .K8)(config.repoRoot, config.templatesDir)).digest,
        agentFileText: await agentFileText(config),
    });
    if (key !== state.runKey)
        return { current: false, found };
    const docs = (0,_state_run_key_js__WEBPACK_IMPORTED_MODULE_7__/* .docsKey */ .p)(await (0,_docs_doc_fingerprint_js__WEBPACK_IMPORTED_MODULE_3__/* .docFingerprints */ .S)(config.repoRoot, config.docsDir));
    if (docs !== state.docsKey)
        return { current: false, found };
    return { current: true, runKey: key, docsKey: docs, diagnostics: state.diagnostics };
}
/** Check mode never calls the model; the others do when a key (or a cloud provider) is there. */
function modelMayRun(config) {
    if (config.mode === 'check' || config.agent.offline)
        return false;
    return config.agent.provider !== 'anthropic' || Boolean(config.agent.apiKey);
}
/** The agent file's text as the run key takes it: undefined when none is named or it is not there. */
async function agentFileText(config) {
    if (!config.agent.agentFile)
        return undefined;
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config.repoRoot, config.agent.agentFile), 'utf8').catch(() => undefined);
}
/** The state record; undefined when there is none, or a legacy JSON state is still there to remove. */
async function readRecord(config) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config.repoRoot, (0,_state_state_path_js__WEBPACK_IMPORTED_MODULE_8__/* .legacyStatePath */ .Uv)(config.docsDir))))
        return undefined;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(config.repoRoot, (0,_state_state_path_js__WEBPACK_IMPORTED_MODULE_8__/* .statePath */ .BQ)(config.docsDir)), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (0,_state_state_text_js__WEBPACK_IMPORTED_MODULE_9__/* .parseStateText */ .A6)(text);
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/**
 * The generator's version: part of the incremental key, so a new release re-extracts once. Kept equal
 * to package.json by a test.
 */
const VERSION = '0.1.0';


/***/ })

};
