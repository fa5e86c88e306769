export const id = 3360;
export const ids = [3360];
export const modules = {

/***/ 44286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ commandLine)
/* harmony export */ });
// A container's command (or a health check's) as one short line a reader can recognise.
//
// Commands are config, and config carries secrets: `redis-cli -a hunter2 ping`,
// `--password=…`, `postgres://user:pw@db/x`. The line keeps the words that say what runs and
// masks the values of secret-shaped flags and URL credentials, so a fact never holds them.
/** Longer lines are cut: the first words tell two roles of one image apart. */
const MAX_LENGTH = 120;
/** Flags whose value is a credential (`--password x`, `--api-key=x`, `-a x` as redis-cli has it). */
const SECRET_FLAG = /^--?(?:[a-z0-9-]*(?:password|passwd|secret|token|api-?key|auth|credentials?)[a-z0-9-]*|a)$/i;
/** `KEY=value` words whose key names a credential (`PGPASSWORD=x psql …`). */
const SECRET_ASSIGNMENT = /^([\w.-]*(?:password|passwd|secret|token|api_?key|credentials?)[\w.-]*)=.+$/i;
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)[^@/\s]*@/gi;
const MASK = '…';
/**
 * Joins `parts` (already split, as Kubernetes and Compose list forms are) into one line; a single
 * string is split on white space first. Undefined when there are no words.
 */
function commandLine(parts) {
    const words = (typeof parts === 'string' ? [parts] : parts).flatMap((p) => p.split(/\s+/)).filter((w) => w !== '');
    if (words.length === 0)
        return undefined;
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i].replace(URL_CREDENTIALS, `$1${MASK}@`);
        const flag = /^(--?[\w-]+)=(.+)$/.exec(word);
        if (flag && SECRET_FLAG.test(flag[1])) {
            out.push(`${flag[1]}=${MASK}`);
            continue;
        }
        const assignment = SECRET_ASSIGNMENT.exec(word);
        if (assignment) {
            out.push(`${assignment[1]}=${MASK}`);
            continue;
        }
        out.push(word);
        if (SECRET_FLAG.test(word) && i + 1 < words.length) {
            out.push(MASK);
            i++;
        }
    }
    const line = out.join(' ');
    return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1).trimEnd()}${MASK}` : line;
}


/***/ }),

/***/ 58559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ hostsInEnvValue),
/* harmony export */   l: () => (/* binding */ envHostsInValue)
/* harmony export */ });
// Finds the host names an environment variable's value points at.
//
// `DATABASE_URL=postgres://app:secret@db:5432/shop` says the service talks to `db`; so does
// `REDIS_ADDR=cache:6379` and `KAFKA_BROKERS=kafka-1:9092,kafka-2:9092`. These are the edges
// people draw by hand on architecture diagrams, and the config already states them. Only the
// host, the URL scheme and the port are returned: credentials, paths and query strings in the
// value never leave this module.
/** Variable names whose bare value (no scheme, no port) is a host name by convention. */
const HOST_VARIABLE = /(?:^|_)(?:HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|SERVER|SERVERS|ENDPOINT|BROKERS?)$/i;
const URL_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9_.-]*):(\d{1,5})(?:\/\S*)?$/i;
const BARE_HOST = /^[a-z0-9][a-z0-9_.-]*$/i;
/**
 * Lower-cased host names found in `value`: from URLs (`scheme://[user@]host[:port]`), from
 * `host:port` tokens, and, when the variable's name says it holds a host (`DB_HOST`), from a
 * bare name. Lists separated by commas, semicolons or spaces are split first.
 */
function hostsInEnvValue(name, value) {
    return [...new Set(envHostsInValue(name, value).map((h) => h.host))];
}
/**
 * The same hosts as `hostsInEnvValue`, each with the URL's lower-cased scheme and the port when
 * the value states them (`postgres://…@db:5432/x` → `db`, `postgres`, 5432). One entry per
 * distinct host, scheme and port, in the order the value names them.
 */
function envHostsInValue(name, value) {
    const found = new Map();
    const add = (host, scheme, port) => {
        const entry = { variable: name, host };
        if (scheme !== undefined)
            entry.scheme = scheme;
        if (port !== undefined)
            entry.port = port;
        found.set(`${host}\u0000${scheme ?? ''}\u0000${port ?? ''}`, entry);
    };
    for (const token of value.split(/[\s,;]+/)) {
        if (token === '')
            continue;
        const url = URL_AUTHORITY.exec(token);
        // An interpolated password (`postgres://u:${DB_PASSWORD}@db:5432`) still names its host;
        // an interpolated host does not.
        if (url && !url[2].includes('${')) {
            // The authority may itself be a list (`mongodb://a:27017,b:27017` was split above, so only one here).
            const authority = splitAuthority(url[2]);
            if (authority)
                add(authority.host, url[1].toLowerCase(), authority.port);
            continue;
        }
        if (url || token.includes('${'))
            continue; // interpolated: the host is not known here
        const hostPort = HOST_PORT.exec(token);
        if (hostPort) {
            add(hostPort[1].toLowerCase(), undefined, portNumber(hostPort[2]));
            continue;
        }
        if (HOST_VARIABLE.test(name) && BARE_HOST.test(token))
            add(token.toLowerCase());
    }
    return [...found.values()];
}
function splitAuthority(authority) {
    if (authority.startsWith('['))
        return undefined; // an IPv6 literal never names a service
    const match = /^(.*?)(?::(\d*))?$/.exec(authority);
    const host = match[1].toLowerCase();
    if (host === '')
        return undefined;
    const port = match[2] ? portNumber(match[2]) : undefined;
    return port === undefined ? { host } : { host, port };
}
function portNumber(text) {
    const port = Number(text);
    return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}


/***/ }),

/***/ 21474:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* unused harmony export TOOL_TIMEOUT_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
// Runs a tool GitHub's Ubuntu runners ship (`helm`, `kubectl`, `docker`) when it is on PATH, so
// what the docs say matches what the tool itself would deploy; every caller keeps a built-in
// fallback for machines without it (our CI has no Helm).
//
// The tool sees repository content, which is untrusted: it runs with a minimal environment (no
// tokens, no cloud credentials, no kubeconfig), a time limit and an output cap, and never through
// a shell.



/** A render that has not finished in this long is abandoned for the built-in one. */
const TOOL_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** The executable's path when `name` is on PATH, else undefined. */
function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_2__.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** Runs `tool args…` in `cwd` with a minimal environment; never throws. */
function runTool(tool, args, cwd, timeoutMs = TOOL_TIMEOUT_MS) {
    const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
        LANG: 'C.UTF-8',
        // Keep Helm and kubectl from reading the runner's caches, registries or clusters.
        KUBECONFIG: '/dev/null',
        HELM_CACHE_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-cache'),
        HELM_CONFIG_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-config'),
        HELM_DATA_HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-data'),
    };
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(tool, args, { cwd, env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
            if (error) {
                const why = (stderr || error.message).trim().split('\n').slice(0, 5).join(' ');
                resolve({ error: why || `${tool} failed` });
            }
            else
                resolve({ stdout });
        });
    });
}


/***/ }),

/***/ 44370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ syntaxErrorDiagnostics),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   o2: () => (/* binding */ lineOfNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Positions and syntax errors for the YAML infra readers (Compose, Kubernetes).
//
// Both read YAML with the `yaml` package's Document API, which keeps every node's source range;
// a LineCounter turns those offsets into the 1-based lines facts and diagnostics cite.

/** A file with many syntax errors is one problem to fix; the first few say where. */
const MAX_SYNTAX_ERRORS = 5;
/** 1-based line of a node's first character (1 when the node has no range). */
function lineOfNode(lineCounter, node) {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
}
/** The map pair under `key`, if the node is a map that has it. */
function pairOf(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
/** The document's syntax errors as `infra` diagnostics, with line and column. */
function syntaxErrorDiagnostics(file, doc, lineCounter) {
    return doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
            severity: 'error',
            stage: 'infra',
            file,
            line: pos.line,
            column: pos.col,
            message: `YAML syntax error: ${e.message}`,
        };
    });
}


/***/ }),

/***/ 3360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractComposeProjects: () => (/* binding */ extractComposeProjects)
});

// UNUSED EXPORTS: PROFILES_LABEL, composeServiceId, extractCompose, projectFacts

// EXTERNAL MODULE: ./lib/sources/common/command-line.js
var command_line = __webpack_require__(44286);
// EXTERNAL MODULE: ./lib/sources/common/env-value-hosts.js
var env_value_hosts = __webpack_require__(58559);
// EXTERNAL MODULE: ./lib/sources/common/repo-reader.js
var repo_reader = __webpack_require__(76054);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/sources/common/yaml-positions.js
var yaml_positions = __webpack_require__(44370);
// EXTERNAL MODULE: ./lib/sources/compose/interpolate.js
var interpolate = __webpack_require__(12970);
;// CONCATENATED MODULE: ./lib/sources/compose/merge-services.js
// The Compose Specification's merge rules, for a service defined again in an override file and for
// a service that `extends` another: mappings are merged key by key, sequences appended, and the
// exceptions the specification lists are honoured (shell commands replaced; `environment`, `labels`
// merged by key whatever their form; `volumes`, `secrets`, `configs` by target; `ports` by their
// ip/target/published/protocol; `depends_on` by service).
/** What `!reset` turns a value into: the key is removed from what it is merged over. */
const RESET = '\u0000!reset';
/** The key of the one-entry map `!override` wraps a value in: it replaces what it is merged over. */
const OVERRIDE = '\u0000!override';
/** Replaced, never appended, when both sides have them. */
const REPLACED = new Set(['command', 'entrypoint']);
/** `KEY=value` lists or maps, merged by key. */
const BY_KEY = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts']);
/** Sequences whose entries are unique by a key: a later entry with the same key replaces the earlier. */
const BY_TARGET = new Set(['volumes', 'secrets', 'configs', 'devices']);
/** Sequences appended without repeats. */
const UNIQUE = new Set(['expose', 'dns', 'dns_search', 'dns_opt', 'tmpfs', 'external_links', 'cap_add', 'cap_drop']);
/** `over` merged onto `base` (neither is changed). */
function mergeService(base, over) {
    const out = { ...base };
    for (const [key, value] of Object.entries(over)) {
        if (value === RESET)
            delete out[key];
        else if (isMap(value) && OVERRIDE in value)
            out[key] = value[OVERRIDE];
        else
            out[key] = key in out ? mergeAttribute(key, out[key], value) : value;
    }
    return out;
}
/** The value with `!reset` entries dropped and `!override` wrappers opened, once merging is done. */
function settle(value) {
    if (Array.isArray(value))
        return value.filter((v) => v !== RESET).map(settle);
    if (!isMap(value))
        return value;
    if (OVERRIDE in value)
        return settle(value[OVERRIDE]);
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== RESET)
            out[k] = settle(v);
    return out;
}
function mergeAttribute(key, a, b) {
    if (b === null || b === undefined)
        return a;
    if (REPLACED.has(key))
        return b;
    if (BY_KEY.has(key))
        return { ...keyed(a), ...keyed(b) };
    if (key === 'depends_on' || key === 'networks')
        return mergeMaps(byName(a), byName(b));
    if (key === 'healthcheck' && isMap(a) && isMap(b)) {
        const merged = mergeMaps(a, b);
        if ('test' in b)
            merged.test = b.test;
        return merged;
    }
    if (key === 'build')
        return mergeMaps(buildMap(a), buildMap(b));
    if (key === 'ports' && Array.isArray(a) && Array.isArray(b))
        return uniqueBy([...a, ...b], portKey);
    if (BY_TARGET.has(key) && Array.isArray(a) && Array.isArray(b))
        return uniqueBy([...a, ...b], mountTarget);
    if (UNIQUE.has(key) && Array.isArray(a) && Array.isArray(b))
        return uniqueBy([...a, ...b], (v) => JSON.stringify(v));
    return mergeValues(a, b);
}
/** The generic rule: maps merged recursively, sequences appended, anything else replaced. */
function mergeValues(a, b) {
    if (isMap(a) && isMap(b))
        return mergeMaps(a, b);
    if (Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    return b;
}
function mergeMaps(a, b) {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) {
        if (v === RESET)
            delete out[k];
        else if (isMap(v) && OVERRIDE in v)
            out[k] = v[OVERRIDE];
        else
            out[k] = k in out ? mergeValues(out[k], v) : v;
    }
    return out;
}
/** Later entries win: the one kept for a key is the last, at the place of the first. */
function uniqueBy(list, key) {
    const out = new Map();
    for (const item of list)
        out.set(key(item), item);
    return [...out.values()];
}
/** `KEY=value` list or `KEY: value` map as a map (`KEY` alone is a null value). */
function keyed(value) {
    if (isMap(value))
        return { ...value };
    const out = {};
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            const name = (eq === -1 ? item : item.slice(0, eq)).trim();
            if (name !== '')
                out[name] = eq === -1 ? null : item.slice(eq + 1);
        }
    }
    return out;
}
/** `[a, b]` or `{a: {...}}` as a map by name. */
function byName(value) {
    if (isMap(value))
        return { ...value };
    const out = {};
    if (Array.isArray(value))
        for (const v of value)
            if (typeof v === 'string')
                out[v] = null;
    return out;
}
function buildMap(value) {
    return typeof value === 'string' ? { context: value } : isMap(value) ? value : {};
}
/** What makes a port entry the same as another: `{ip, target, published, protocol}`. */
function portKey(entry) {
    if (isMap(entry)) {
        const { host_ip, target, published, protocol } = entry;
        return JSON.stringify([host_ip ?? '', String(target ?? ''), String(published ?? ''), protocol ?? 'tcp']);
    }
    const spec = String(entry).trim();
    const protocol = /\/([a-z]+)$/i.exec(spec)?.[1] ?? 'tcp';
    const parts = spec.replace(/\/[a-z]+$/i, '').split(':');
    const target = parts.pop() ?? '';
    const published = parts.pop() ?? '';
    return JSON.stringify([parts.join(':'), target, published, protocol]);
}
/** The container path a volume, secret, config or device entry mounts at. */
function mountTarget(entry) {
    if (isMap(entry))
        return String(entry.target ?? entry.source ?? JSON.stringify(entry));
    const parts = String(entry).split(':');
    return parts.length >= 2 ? parts[1] : parts[0];
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/sources/compose/compose-file.js
// One Compose file, parsed and interpolated: the value every later step (merging overrides,
// `extends`, `include`) works on, with the lines facts and diagnostics cite.
//
// Interpolation runs on the YAML nodes before `<<` merges are resolved, so a value shared through
// an anchor is interpolated once, and each unset variable is reported at the line it is written.




/**
 * A file of this many alias expansions is an alias bomb, not a Compose file. Real ones come close:
 * Sentry's self-hosted compose file expands its 134 `<<: *defaults` merges past 1,000.
 */
const MAX_ALIAS_COUNT = 20_000;
/**
 * Parses and interpolates `text`; undefined (with diagnostics) when it is not readable YAML.
 * `interpolation: false` reads values as written (the quick look for `include`/`extends` paths).
 */
function readComposeFile(file, text, env, diagnostics) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, merge: true, prettyErrors: false });
    if (doc.errors.length > 0) {
        diagnostics.push(...(0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lineCounter));
        return undefined;
    }
    if (env)
        interpolateDocument(file, doc, lineCounter, env, diagnostics);
    markResetAndOverride(doc);
    let root;
    try {
        root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        // e.g. an alias to an undefined anchor, or an alias bomb past the limit.
        const message = error instanceof Error ? error.message : String(error);
        diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: `cannot read YAML: ${message}` });
        return undefined;
    }
    const serviceLines = new Map();
    const servicesNode = (0,yaml_positions/* pairOf */.cF)(doc.contents, 'services')?.value;
    if ((0,dist/* isMap */.jh)(servicesNode)) {
        for (const item of servicesNode.items) {
            if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key))
                serviceLines.set(String(item.key.value), (0,yaml_positions/* lineOfNode */.o2)(lineCounter, item.key));
        }
    }
    const includeNode = (0,yaml_positions/* pairOf */.cF)(doc.contents, 'include')?.value;
    const includeLines = (includeNode?.items ?? []).map((n) => (0,yaml_positions/* lineOfNode */.o2)(lineCounter, n));
    const record = typeof root === 'object' && root !== null && !Array.isArray(root) ? root : {};
    return { file, root: record, serviceLines, includeLines };
}
/**
 * Compose's merge tags: `ports: !reset []` removes what the file it is merged over set, and
 * `environment: !override {…}` replaces it instead of merging. The tags become markers the merge
 * reads (merge-services.ts); `yaml` itself would only warn about them.
 */
function markResetAndOverride(doc) {
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            const value = pair.value;
            if (value?.tag === '!reset')
                pair.value = new dist/* Scalar */.X5(RESET);
            else if (value?.tag === '!override') {
                value.tag = undefined;
                const wrapper = new dist/* YAMLMap */.CA();
                wrapper.items.push(new dist/* Pair */.Rm(new dist/* Scalar */.X5(OVERRIDE), value));
                pair.value = wrapper;
            }
        },
    });
}
function interpolateDocument(file, doc, lineCounter, env, diagnostics) {
    const lookup = (name) => env.usable.get(name);
    // Variables a deployment sets (`${POSTGRES_PASSWORD:?}` in a production file) are the normal case,
    // not a fault of the file: one notice per file names them, at the first line that uses one.
    const unset = new Map();
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('$'))
                return;
            const issues = [];
            node.value = (0,interpolate/* interpolate */.G)(node.value, lookup, issues);
            const line = (0,yaml_positions/* lineOfNode */.o2)(lineCounter, node);
            for (const issue of issues) {
                if (issue.kind === 'syntax') {
                    diagnostics.push(issueDiagnostic(file, line, issue));
                    continue;
                }
                const seen = unset.get(issue.variable);
                unset.set(issue.variable, {
                    line: seen?.line ?? line,
                    required: (seen?.required ?? false) || issue.kind === 'required',
                });
            }
        },
    });
    if (unset.size === 0)
        return;
    const names = [...unset.keys()];
    const required = names.filter((n) => unset.get(n).required);
    const withheld = names.filter((n) => env.withheld.has(n));
    const shown = names
        .slice(0, 12)
        .map((n) => `\`${n}\``)
        .join(', ') + (names.length > 12 ? ', …' : '');
    diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file,
        line: Math.min(...[...unset.values()].map((u) => u.line)),
        message: `${names.length} variable(s) not set in .env, so set where it is deployed: ${shown}` +
            (required.length ? `; ${required.length} required (\`:?\`)` : '') +
            (withheld.length ? `; ${withheld.length} with a secret-looking name whose .env value is not read` : '') +
            '; read as their defaults or blank',
    });
}
function issueDiagnostic(file, line, issue) {
    return {
        stage: 'infra',
        file,
        line,
        severity: 'warning',
        message: `invalid interpolation \`${issue.variable}\`; left as written`,
    };
}

// EXTERNAL MODULE: ./lib/sources/referenced-inputs.js
var referenced_inputs = __webpack_require__(57549);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/sources/common/external-tool.js
var external_tool = __webpack_require__(21474);
;// CONCATENATED MODULE: ./lib/sources/compose/compose-config-tool.js
// `docker compose config --format json`: the project exactly as Docker Compose resolves it, used
// when `render-tools: auto` and the Compose plugin answers on this machine (GitHub's Ubuntu
// runners have it). The built-in resolver is the fallback and gives the lines facts cite.
//
// The tool inlines every value it interpolates, `.env` secrets included. Its output is scrubbed of
// every value a secret-like `.env` variable holds before anything reads it, and the facts keep only
// variable names and hosts from environments, as with the built-in reader.


let available;
/** The `docker` executable when it has the Compose plugin, else undefined (asked once a process). */
function dockerCompose() {
    available ??= (async () => {
        const docker = (0,external_tool/* findOnPath */.aY)('docker');
        if (!docker)
            return undefined;
        const version = await (0,external_tool/* runTool */.qI)(docker, ['compose', 'version', '--short'], process.cwd(), 15_000);
        return 'stdout' in version && /\d+\.\d+/.test(version.stdout) ? docker : undefined;
    })();
    return available;
}
/** The services `docker compose config` prints for a project, scrubbed of `.env` secrets. */
async function composeConfigServices(docker, repoRoot, project, profiles) {
    const args = ['compose', '--project-directory', (0,external_node_path_.join)(repoRoot, project.dir)];
    for (const f of project.files)
        args.push('-f', (0,external_node_path_.join)(repoRoot, f));
    // No profile setting documents every service, as the built-in reader does.
    for (const p of profiles ?? ['*'])
        args.push('--profile', p);
    args.push('config', '--format', 'json');
    const out = await (0,external_tool/* runTool */.qI)(docker, args, (0,external_node_path_.join)(repoRoot, project.dir));
    if ('error' in out)
        return { error: out.error };
    let parsed;
    try {
        parsed = JSON.parse(out.stdout);
    }
    catch {
        return { error: 'docker compose config printed no JSON' };
    }
    const services = parsed?.services;
    if (typeof services !== 'object' || services === null)
        return { services: {} };
    return { services: scrub(services, project.env.withheldValues) };
}
/** Every string with each withheld value cut out (longest first, so none leaves a tail behind). */
function scrub(value, secrets) {
    const list = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
    if (list.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return list.reduce((s, secret) => s.split(secret).join(''), v);
        if (Array.isArray(v))
            return v.map(walk);
        if (typeof v === 'object' && v !== null)
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
        return v;
    };
    return walk(value);
}

// EXTERNAL MODULE: ./lib/sources/compose/dot-env.js
var dot_env = __webpack_require__(44496);
;// CONCATENATED MODULE: ./lib/sources/compose/compose-project.js
// A Compose project resolved the way `docker compose config` resolves it: the main file and its
// override merged, each file's `include`d projects joined in, every `extends` followed, variables
// interpolated from the project's `.env`, and services of inactive profiles left out.




/** `include` inside `include` deeper than this is a mistake or a trap. */
const MAX_INCLUDE_DEPTH = 8;
/** `extends` chains longer than this are not followed further. */
const MAX_EXTENDS_DEPTH = 10;
/** Resolves the project of `files` (main first). Never throws. */
function compose_project_loadComposeProject(files, options) {
    const dir = external_node_path_.posix.dirname(files[0]);
    const env = readDotEnv(options.reader, external_node_path_.posix.join(dir, '.env'));
    const loader = new ProjectLoader(options);
    const all = loader.layers(files, env, [], true);
    const services = [];
    const inactive = new Map();
    const envFiles = new Set();
    const unreadable = new Map();
    for (const s of all.values()) {
        s.body = withEnvFiles(settle(s.body), s, options, envFiles, unreadable);
        s.profiles = profilesOf(s.body);
        const active = options.profiles === undefined || s.profiles.length === 0;
        if (active || s.profiles.some((p) => options.profiles.includes(p)))
            services.push(s);
        else
            inactive.set(s.name, s.profiles);
    }
    // One notice per missing file, not per service naming it: a project's ten services sharing one
    // untracked `.env` (hoppscotch) made ten identical lines.
    for (const [file, { error, at, services: names }] of unreadable) {
        const by = names.length === 1 ? '' : `, named by ${names.length} services (${listed(names)})`;
        const message = `env_file ${file} cannot be read (${error})${by}; its variables are not listed`;
        options.diagnostics.push({ severity: 'notice', stage: 'infra', ...at, message });
    }
    return { dir, files, services, inactive, env, envFiles };
}
function listed(names) {
    return names.length <= 4 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
/**
 * `env_file:` joined into `environment` as `docker compose config` does (the service's own
 * `environment` wins). Only names and non-secret values come in: a secret-named variable keeps its
 * name with no value. Paths are relative to the file that defines the service.
 */
function withEnvFiles(body, service, options, envFiles, unreadable) {
    const { source } = service;
    const spec = body.env_file;
    if (spec === undefined)
        return body;
    const entries = (Array.isArray(spec) ? spec : [spec]).map((e) => typeof e === 'string'
        ? { path: e, required: true }
        : { path: asRecord(e)?.path, required: asRecord(e)?.required !== false });
    const fromFiles = {};
    for (const { path, required } of entries) {
        if (typeof path !== 'string')
            continue;
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(source.file), path));
        const read = options.reader.read(file);
        if ('error' in read) {
            // Often a developer's own untracked file (`.env.local`): worth a notice, not a warning.
            if (required) {
                const seen = unreadable.get(file);
                if (seen)
                    seen.services.push(service.name);
                else
                    unreadable.set(file, { error: read.error, at: source, services: [service.name] });
            }
            continue;
        }
        envFiles.add(file);
        const parsed = (0,dot_env/* parseDotEnv */.i$)(read.text);
        for (const name of parsed.withheld)
            fromFiles[name] = null;
        for (const [name, value] of parsed.usable)
            fromFiles[name] = value;
    }
    const { env_file: _, ...rest } = body;
    return { ...rest, environment: { ...fromFiles, ...keyed(body.environment) } };
}
function readDotEnv(reader, file) {
    const read = reader.read(file);
    return 'text' in read ? (0,dot_env/* parseDotEnv */.i$)(read.text) : dot_env/* NO_DOT_ENV */.AQ;
}
class ProjectLoader {
    options;
    /** Parsed files by path and the `.env` they were interpolated with (each file is read once). */
    parsed = new Map();
    constructor(options) {
        this.options = options;
    }
    /** Files merged in order (main, then overrides), each with its includes and extends resolved. */
    layers(files, env, includeChain, top) {
        const merged = new Map();
        for (const [i, file] of files.entries()) {
            for (const s of this.layer(file, env, includeChain, top && i === 0).values()) {
                const seen = merged.get(s.name);
                if (!seen)
                    merged.set(s.name, s);
                else {
                    const body = mergeService(seen.body, s.body);
                    merged.set(s.name, { ...seen, body, profiles: profilesOf(body) });
                }
            }
        }
        return merged;
    }
    layer(file, env, includeChain, main) {
        const out = new Map();
        const cf = this.parse(file, env);
        if (!cf)
            return out;
        const services = asRecord(cf.root.services);
        if (main && !services && !Array.isArray(cf.root.include)) {
            this.note('notice', file, 1, 'no `services` section: nothing to read in this Compose file');
        }
        this.includes(cf, env, [...includeChain, file], out);
        for (const name of Object.keys(services ?? {})) {
            if (name === '<<')
                continue;
            const line = cf.serviceLines.get(name) ?? 1;
            const body = this.resolveExtends(cf, name, env, [], { file, line });
            if (out.has(name)) {
                const from = out.get(name).source;
                this.note('warning', file, line, `service \`${name}\` is also imported from ${from.file}:${from.line}; ` +
                    'docker compose refuses this conflict; the definition here is documented');
            }
            out.set(name, { name, body, source: { file, line }, profiles: profilesOf(body) });
        }
        return out;
    }
    parse(file, env) {
        const cached = this.parsed.get(file);
        if (cached && cached.env === env)
            return cached.file;
        const read = this.options.reader.read(file);
        const cf = 'text' in read ? readComposeFile(file, read.text, env, this.options.diagnostics) : undefined;
        this.parsed.set(file, { env, file: cf });
        return cf;
    }
    /** `include:` entries: a path, or `{path, project_directory, env_file}` with one path or a list. */
    includes(cf, env, chain, out) {
        const list = cf.root.include;
        if (!Array.isArray(list))
            return;
        const here = external_node_path_.posix.dirname(cf.file);
        for (const [i, entry] of list.entries()) {
            const line = cf.includeLines[i] ?? 1;
            const record = asRecord(entry);
            const raw = record ? record.path : entry;
            const paths = (Array.isArray(raw) ? raw : [raw]).filter((p) => typeof p === 'string');
            if (paths.length === 0) {
                this.note('warning', cf.file, line, 'an `include` entry names no file; skipped');
                continue;
            }
            const files = paths.map((p) => external_node_path_.posix.normalize(external_node_path_.posix.join(here, p)));
            const cycle = files.find((f) => chain.includes(f));
            if (cycle) {
                const loop = [...chain.slice(chain.indexOf(cycle)), cycle].join(' → ');
                this.note('error', cf.file, line, `include cycle: ${loop}; not followed`);
                continue;
            }
            if (chain.length > MAX_INCLUDE_DEPTH) {
                this.note('error', cf.file, line, `includes nested deeper than ${MAX_INCLUDE_DEPTH}; not followed`);
                continue;
            }
            const missing = files.find((f) => 'error' in this.options.reader.read(f));
            if (missing) {
                const why = this.options.reader.read(missing);
                this.note('error', cf.file, line, `cannot include ${missing}: ${'error' in why ? why.error : ''}`);
                continue;
            }
            // The included project interpolates with its own `.env`; the including project's values win.
            const dir = typeof record?.project_directory === 'string'
                ? external_node_path_.posix.normalize(external_node_path_.posix.join(here, record.project_directory))
                : external_node_path_.posix.dirname(files[0]);
            const envFile = typeof record?.env_file === 'string' ? external_node_path_.posix.join(here, record.env_file) : external_node_path_.posix.join(dir, '.env');
            const own = readDotEnv(this.options.reader, envFile);
            const included = own === dot_env/* NO_DOT_ENV */.AQ ? env : joinEnv(own, env);
            for (const s of this.layers(files, included, chain, false).values()) {
                if (out.has(s.name)) {
                    this.note('warning', cf.file, line, `service \`${s.name}\` is imported twice; the first is documented`);
                    continue;
                }
                out.set(s.name, s);
            }
        }
    }
    /** The service with its `extends` chain merged in (same file, or `file:` relative to this one). */
    /** `origin`: the service a chain started from, where its problems are reported. */
    resolveExtends(cf, name, env, chain, origin) {
        const body = asRecord(asRecord(cf.root.services)?.[name]) ?? {};
        const ext = body.extends;
        if (ext === undefined)
            return body;
        const { extends: _, ...own } = body;
        const spec = typeof ext === 'string' ? { service: ext } : asRecord(ext);
        const service = spec?.service;
        if (typeof service !== 'string') {
            this.note('warning', origin.file, origin.line, `service \`${name}\`: \`extends\` names no service; ignored`);
            return own;
        }
        const target = typeof spec?.file === 'string' ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(cf.file), spec.file)) : cf.file;
        const key = `${target}#${service}`;
        const here = `${cf.file}#${name}`;
        if (chain.includes(key) || key === here) {
            this.note('error', origin.file, origin.line, `extends cycle: ${[...chain, here, key].join(' → ')}; not followed`);
            return own;
        }
        if (chain.length >= MAX_EXTENDS_DEPTH) {
            this.note('error', origin.file, origin.line, `extends chain longer than ${MAX_EXTENDS_DEPTH}; not followed further`);
            return own;
        }
        if (target !== cf.file) {
            const read = this.options.reader.read(target);
            if ('error' in read) {
                this.note('error', origin.file, origin.line, `service \`${name}\` extends a service in ${target}: ${read.error}`);
                return own;
            }
        }
        const base = target === cf.file ? cf : this.parse(target, env);
        if (!base)
            return own; // its syntax errors are reported already
        if (!asRecord(asRecord(base.root.services)?.[service])) {
            this.note('error', origin.file, origin.line, `service \`${name}\` extends \`${service}\`, which ${target} does not define`);
            return own;
        }
        return mergeService(this.resolveExtends(base, service, env, [...chain, here], origin), own);
    }
    note(severity, file, line, message) {
        this.options.diagnostics.push({ severity, stage: 'infra', file, line, message });
    }
}
function joinEnv(own, parent) {
    const usable = new Map(own.usable);
    for (const [k, v] of parent.usable)
        usable.set(k, v);
    const withheld = new Set([...own.withheld, ...parent.withheld]);
    for (const k of withheld)
        usable.delete(k);
    return { usable, withheld, withheldValues: [...own.withheldValues, ...parent.withheldValues] };
}
function profilesOf(body) {
    return Array.isArray(body.profiles) ? [...new Set(body.profiles.filter((p) => typeof p === 'string'))] : [];
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/compose/project-files.js
// Which Compose files form which project, so that each file is read once and in its place:
//
// - In one folder, `compose.yaml` / `compose.yml` / `docker-compose.yaml` / `docker-compose.yml`
//   is the main file (the first of those names, as `docker compose` picks it), and the first
//   `compose.override.*` / `docker-compose.override.*` beside it is merged over it. Neither is read
//   on its own.
// - Other Compose files beside a main file (`docker-compose.prod.yml`) are environment variants,
//   used with `docker compose -f docker-compose.yml -f docker-compose.prod.yml`. A variant whose
//   every service has an `image`, `build` or `extends` runs by itself: it is read as its own
//   project. A variant with a fragment of a service (no image, build or extends) only means
//   something over the main file: it is not read as a project (a notice says so), because its
//   services would be documented half-defined, and the main file already documents them.
// - A file another Compose file `include`s or `extends` from is read through that file only.
// - Anything else (a lone `quickstart.yml`, an override with no main file) is its own project.

const MAIN_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE_NAMES = [
    'compose.override.yaml',
    'compose.override.yml',
    'docker-compose.override.yaml',
    'docker-compose.override.yml',
];
/**
 * Groups discovered files into projects. `peek` gives a file's value as written (undefined when
 * unreadable): enough to see its `include` and `extends` paths and whether its services are whole.
 */
function planProjects(files, peek) {
    const diagnostics = [];
    const skipped = new Set();
    const referenced = new Set();
    for (const file of files)
        for (const ref of referencedFiles(file, peek(file)))
            if (ref !== file)
                referenced.add(ref);
    const byDir = new Map();
    for (const file of [...files].sort()) {
        const dir = external_node_path_.posix.dirname(file);
        byDir.set(dir, [...(byDir.get(dir) ?? []), file]);
    }
    const projects = [];
    for (const [dir, inDir] of byDir) {
        const named = (names) => names.map((n) => (dir === '.' ? n : `${dir}/${n}`)).filter((f) => inDir.includes(f));
        const main = named(MAIN_NAMES)[0];
        const overrides = named(OVERRIDE_NAMES);
        if (!main) {
            for (const file of inDir)
                if (!referenced.has(file))
                    projects.push({ files: [file] });
            continue;
        }
        const override = overrides[0];
        // A main file another project includes is read through that project only.
        if (!referenced.has(main))
            projects.push({ files: override ? [main, override] : [main] });
        else if (override)
            skipped.add(override);
        for (const file of inDir) {
            if (file === main || file === override || referenced.has(file))
                continue;
            const note = (message) => diagnostics.push({ severity: 'notice', stage: 'infra', file, line: 1, message });
            if (overrides.includes(file)) {
                skipped.add(file);
                note(`not read: docker compose merges only ${override} over ${main}`);
            }
            else if (isFragment(peek(file))) {
                skipped.add(file);
                note(`an environment variant of ${main} (docker compose -f ${external_node_path_.posix.basename(main)} -f ${external_node_path_.posix.basename(file)}): ` +
                    `its services are documented from ${main}`);
            }
            else
                projects.push({ files: [file] });
        }
    }
    return { projects, skipped, diagnostics };
}
/** Repo-relative files a Compose file `include`s or `extends` services from. */
function referencedFiles(file, root) {
    if (!root)
        return [];
    const here = external_node_path_.posix.dirname(file);
    const out = [];
    const add = (p) => {
        if (typeof p === 'string' && !p.includes('$'))
            out.push(external_node_path_.posix.normalize(external_node_path_.posix.join(here, p)));
    };
    if (Array.isArray(root.include)) {
        for (const entry of root.include) {
            const path = project_files_asRecord(entry)?.path ?? entry;
            for (const p of Array.isArray(path) ? path : [path])
                add(p);
        }
    }
    for (const body of Object.values(project_files_asRecord(root.services) ?? {}))
        add(project_files_asRecord(project_files_asRecord(body)?.extends)?.file);
    return out;
}
/** A file with a service that has no `image`, `build` or `extends` is a fragment for another file. */
function isFragment(root) {
    const services = Object.values(project_files_asRecord(root?.services) ?? {});
    return services.some((s) => {
        const body = project_files_asRecord(s) ?? {};
        return body.image === undefined && body.build === undefined && body.extends === undefined;
    });
}
function project_files_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/compose/extract-compose.js
// Reads Docker Compose projects into infra facts: one component per service, and the edges the
// project states (`depends_on`, `links`, `network_mode: service:x`, `volumes_from`) or implies (an
// environment variable whose URL or host:port names another service).
//
// Each project is first resolved as `docker compose config` would (compose-project.ts): main file
// and override merged, `include`, `extends`, interpolation from `.env`, profiles. With
// `render-tools: auto` and the Compose plugin on PATH, the tool's own resolution is used instead.
//
// Compose files lean on YAML anchors and `<<` merge keys (`x-common: &common` shared by every
// service), so files are parsed with `merge: true`; js-yaml would leave `<<` as a plain key.
// Environment values are read only to find host names and are never kept (only each host, its
// URL scheme and port, as `hosts`): Compose files routinely hold passwords in plain text. The
// same goes for commands and health checks, whose secret-shaped arguments are masked.








/** A published range like `9000-9999` is listed port by port only while that stays readable. */
const MAX_RANGE_PORTS = 64;
/** The label a service's profiles are shown under (Compose itself sets no such label). */
const PROFILES_LABEL = 'com.docker.compose.profiles';
/** One Compose file read as a project of its own (no override, no files beside it). */
function extractCompose(file, text) {
    const reader = {
        read: (f) => (f === file ? { text } : { error: `${f} is not read by a one-file extraction` }),
        isDirectory: () => false,
        list: () => [],
        readFiles: new Map(),
    };
    const diagnostics = [];
    const project = loadComposeProject([file], { reader, profiles: undefined, diagnostics });
    return { facts: projectFacts(project, diagnostics), diagnostics };
}
/** Every Compose project among the discovered files, each file read once and in its place. */
async function extractComposeProjects(input) {
    const { repoRoot, files, text, settings } = input;
    const discovered = new Set(files);
    const reader = (0,repo_reader/* repoReader */.Q)(repoRoot, (f) => (discovered.has(f) ? text(f) : undefined));
    const diagnostics = [];
    const plan = planProjects(files, (f) => {
        const read = reader.read(f);
        return 'text' in read ? readComposeFile(f, read.text, false, [])?.root : undefined;
    });
    diagnostics.push(...plan.diagnostics);
    // Files a project reads (its own, includes, extends) are not read again as projects of their own.
    const used = new Set();
    const tracking = {
        ...reader,
        read(f) {
            used.add(f);
            return reader.read(f);
        },
    };
    const profiles = settings['compose-profiles'];
    const docker = settings['render-tools'] === 'auto' ? await dockerCompose() : undefined;
    const projects = [];
    const queue = plan.projects.map((p) => p.files);
    for (;;) {
        // Then files no project read, left only by an include or extends cycle: from the first of them.
        const left = files.find((f) => !used.has(f) && !plan.skipped.has(f));
        const next = queue.shift() ?? (left ? [left] : undefined);
        if (!next)
            break;
        if (next.every((f) => used.has(f)))
            continue;
        const project = compose_project_loadComposeProject(next, { reader: tracking, profiles, diagnostics });
        if (docker)
            await resolveWithTool(docker, repoRoot, project, profiles, diagnostics);
        projects.push(project);
    }
    // Two projects that define the same service (`docker/development/compose.yml` and
    // `docker/production/compose.yml` both run `database`) are two environments: the later project's
    // components carry its main file after an `@`, as an overlay's objects do, and link among themselves.
    const components = [];
    const edges = [];
    const defined = new Set();
    for (const project of projects) {
        const facts = projectFacts(project, diagnostics);
        const clash = facts.components.some((c) => defined.has(c.id));
        const environment = project.files[0] ?? project.dir;
        const idOf = (id) => (clash && id.startsWith('compose:') ? `${id}@${environment}` : id);
        for (const c of facts.components) {
            const component = clash ? { ...c, id: idOf(c.id), environment } : c;
            defined.add(component.id);
            components.push(component);
        }
        edges.push(...facts.edges.map((e) => (clash ? { ...e, from: idOf(e.from), to: idOf(e.to) } : e)));
    }
    // Every file read beyond the discovered ones (a `.env`, an `env_file`, an included file) is
    // hashed without its secret values: referenced-inputs.ts re-hashes them the same way.
    const alsoRead = new Map();
    for (const [f, t] of reader.readFiles)
        if (!discovered.has(f))
            alsoRead.set(f, (0,referenced_inputs/* referencedText */.zN)('compose', t));
    return { facts: { components, edges }, diagnostics, ...(alsoRead.size ? { alsoRead } : {}) };
}
/** Replaces the built-in bodies by `docker compose config`'s; keeps the built-in lines and profiles. */
async function resolveWithTool(docker, repoRoot, project, profiles, diagnostics) {
    const out = await composeConfigServices(docker, repoRoot, project, profiles);
    if ('error' in out) {
        diagnostics.push({
            severity: 'notice',
            stage: 'infra',
            file: project.files[0],
            line: 1,
            message: `docker compose config failed (${out.error}); the built-in reader is used`,
        });
        return;
    }
    const builtIn = new Map(project.services.map((s) => [s.name, s]));
    project.services = Object.entries(out.services).map(([name, toolBody]) => {
        const known = builtIn.get(name);
        // The tool rewrites every `depends_on` list as `{condition: service_started, required: true}` and
        // adds one for each link, `network_mode` and `volumes_from`: the written form says more, and
        // keeps the edges the same on machines with and without Docker.
        const body = known ? { ...toolBody, depends_on: known.body.depends_on } : toolBody;
        const profilesOf = Array.isArray(body.profiles) ? body.profiles.map(String) : (known?.profiles ?? []);
        return { name, body, source: known?.source ?? { file: project.files[0], line: 1 }, profiles: profilesOf };
    });
}
/** The components and edges of one resolved project. */
function projectFacts(project, diagnostics) {
    const entries = project.services.map((s) => ({ ...s }));
    const components = entries.map((s) => serviceComponent(s));
    const edges = serviceEdges(entries, project.inactive, diagnostics);
    components.sort((a, b) => compareText(a.id, b.id));
    return { components, edges };
}
function composeServiceId(name) {
    return `compose:service/${name}`;
}
function serviceComponent(service) {
    const body = service.body;
    const image = typeof body.image === 'string' ? body.image : undefined;
    const component = {
        id: composeServiceId(service.name),
        platform: 'compose',
        kind: 'service',
        name: service.name,
        deployable: image !== undefined || body.build !== undefined,
        ports: containerPorts(body),
        env: environment(body.environment).map(([name]) => name),
        source: service.source,
    };
    if (image !== undefined)
        component.image = image;
    // An interpolated `replicas: ${N:-2}` is a string until Compose casts it.
    const replicas = Number(extract_compose_asRecord(body.deploy)?.replicas ?? body.scale ?? Number.NaN);
    if (Number.isInteger(replicas) && replicas >= 0)
        component.replicas = replicas;
    const labels = serviceLabels(body.labels);
    if (service.profiles.length)
        labels[PROFILES_LABEL] = service.profiles.join(',');
    if (Object.keys(labels).length)
        component.labels = labels;
    const probe = healthcheckProbe(body.healthcheck);
    if (probe)
        component.probes = [probe];
    const command = (0,command_line/* commandLine */.a)(commandWords(body.command));
    if (command !== undefined)
        component.command = command;
    const hosts = environment(body.environment).flatMap(([name, value]) => value === undefined ? [] : (0,env_value_hosts/* envHostsInValue */.l)(name, value));
    if (hosts.length)
        component.hosts = hosts;
    return component;
}
// ---------------------------------------------------------------- runtime
/** `labels:` as a map or as a list of `key=value` (a bare `key` is an empty label). */
function serviceLabels(value) {
    const out = {};
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            const key = (eq === -1 ? item : item.slice(0, eq)).trim();
            if (key !== '')
                out[key] = eq === -1 ? '' : item.slice(eq + 1);
        }
        return out;
    }
    for (const [k, v] of Object.entries(extract_compose_asRecord(value) ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
        else if (v === null)
            out[k] = '';
    }
    return out;
}
/**
 * `healthcheck.test` as an exec probe: `["CMD", "pg_isready", "-U", "shop"]`,
 * `["CMD-SHELL", "curl -f http://localhost/health"]` or a plain string (run by the shell).
 * `disable: true` and `["NONE"]` turn the image's own check off, so there is none.
 */
function healthcheckProbe(value) {
    const check = extract_compose_asRecord(value);
    if (!check || check.disable === true)
        return undefined;
    const test = check.test;
    let words;
    if (typeof test === 'string')
        words = [test];
    else if (Array.isArray(test)) {
        const [form, ...rest] = test.map(String);
        if (form === 'NONE')
            return undefined;
        words = form === 'CMD' || form === 'CMD-SHELL' ? rest : [form ?? '', ...rest];
    }
    else
        return undefined;
    const command = (0,command_line/* commandLine */.a)(words);
    return command === undefined ? undefined : { kind: 'healthcheck', type: 'exec', command };
}
/** `command:` in the string form or the list (exec) form. */
function commandWords(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    return [];
}
// ---------------------------------------------------------------- ports
/** The ports the container listens on (`ports` targets and `expose`), ascending. */
function containerPorts(body) {
    const ports = new Set();
    const entries = [
        ...(Array.isArray(body.ports) ? body.ports : []),
        ...(Array.isArray(body.expose) ? body.expose : []),
    ];
    for (const entry of entries) {
        const record = extract_compose_asRecord(entry);
        if (record) {
            // Long syntax: `{ target: 80, published: "8080", protocol: tcp }`.
            for (const p of portRange(String(record.target ?? '')))
                ports.add(p);
        }
        else if (typeof entry === 'string' || typeof entry === 'number') {
            for (const p of portRange(containerPart(String(entry))))
                ports.add(p);
        }
    }
    return [...ports].sort((a, b) => a - b);
}
/**
 * The container side of a short-syntax mapping: `80`, `8080:80`, `127.0.0.1:8080:80`,
 * `[::1]:6001:6001`, `9090-9091:8080-8081`, each optionally with `/tcp` or `/udp`. It is always
 * the last `:`-separated part.
 */
function containerPart(spec) {
    const withoutProtocol = spec.trim().replace(/\/[a-z]+$/i, '');
    const parts = withoutProtocol.split(':');
    return parts[parts.length - 1] ?? '';
}
function portRange(text) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text.trim());
    if (!match)
        return []; // an interpolated `${PORT}` or something Compose itself would reject
    const start = Number(match[1]);
    const end = match[2] === undefined ? start : Number(match[2]);
    if (start < 1 || start > 65535 || end < start || end > 65535)
        return [];
    if (end - start + 1 > MAX_RANGE_PORTS)
        return [start];
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}
// ---------------------------------------------------------------- environment
/**
 * Variables as `[name, value]`, from the list form (`- KEY=value`, `- KEY`) or the map form
 * (`KEY: value`, `KEY:`). Names keep their written order, without repeats.
 */
function environment(value) {
    const out = new Map();
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item !== 'string')
                continue;
            const eq = item.indexOf('=');
            const name = (eq === -1 ? item : item.slice(0, eq)).trim();
            if (name !== '')
                out.set(name, eq === -1 ? undefined : item.slice(eq + 1));
        }
    }
    else {
        const map = extract_compose_asRecord(value);
        for (const [name, v] of Object.entries(map ?? {})) {
            out.set(name, v === null || v === undefined ? undefined : typeof v === 'object' ? undefined : String(v));
        }
    }
    return [...out.entries()];
}
// ---------------------------------------------------------------- edges
function serviceEdges(services, inactive, diagnostics) {
    const names = new Set(services.map((s) => s.name));
    // Other services reach a service by its name, or by its container_name, hostname or network aliases.
    const byHost = new Map();
    for (const s of services) {
        for (const alias of hostAliases(s))
            if (!byHost.has(alias))
                byHost.set(alias, s.name);
    }
    for (const s of services)
        byHost.set(s.name.toLowerCase(), s.name);
    const edges = new Map();
    const add = (edge) => edges.set(`${edge.from}\u0000${edge.kind}\u0000${edge.to}\u0000${edge.via ?? ''}`, edge);
    for (const s of services) {
        const from = composeServiceId(s.name);
        for (const dep of dependencies(s.body)) {
            if (!names.has(dep.target)) {
                const profiles = inactive.get(dep.target);
                const why = profiles
                    ? `whose profile${profiles.length > 1 ? 's' : ''} ${profiles.map((p) => `\`${p}\``).join(', ')} ` +
                        `${profiles.length > 1 ? 'are' : 'is'} not active`
                    : 'which is not a service of this project';
                diagnostics.push({
                    severity: 'notice',
                    stage: 'infra',
                    file: s.source.file,
                    line: s.source.line,
                    message: `service \`${s.name}\` ${dep.verb} \`${dep.target}\`, ${why}`,
                });
                continue;
            }
            if (dep.target === s.name)
                continue;
            const edge = { from, to: composeServiceId(dep.target), kind: 'depends_on' };
            if (dep.via)
                edge.via = dep.via;
            add(edge);
        }
        for (const [variable, value] of environment(s.body.environment)) {
            if (value === undefined)
                continue;
            for (const host of (0,env_value_hosts/* hostsInEnvValue */.B)(variable, value)) {
                const target = byHost.get(host);
                if (target !== undefined && target !== s.name)
                    add({ from, to: composeServiceId(target), kind: 'env', via: variable });
            }
        }
    }
    return [...edges.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
}
/**
 * `depends_on` (list, or map with `condition` and `required`), legacy `links` (`db` or `db:alias`),
 * and the implicit dependencies Compose adds for `network_mode: service:x` and `volumes_from: [x]`.
 */
function dependencies(body) {
    const out = [];
    const dependsOn = body.depends_on;
    if (Array.isArray(dependsOn)) {
        for (const d of dependsOn)
            if (typeof d === 'string')
                out.push({ target: d, verb: 'depends on' });
    }
    else {
        for (const [target, spec] of Object.entries(extract_compose_asRecord(dependsOn) ?? {})) {
            const condition = extract_compose_asRecord(spec)?.condition;
            const optional = extract_compose_asRecord(spec)?.required === false ? 'optional' : undefined;
            const via = [typeof condition === 'string' ? condition : undefined, optional].filter(Boolean).join(', ');
            out.push({ target, verb: 'depends on', ...(via ? { via } : {}) });
        }
    }
    if (Array.isArray(body.links)) {
        for (const link of body.links) {
            if (typeof link === 'string')
                out.push({ target: link.split(':')[0], verb: 'links', via: 'links' });
        }
    }
    const network = typeof body.network_mode === 'string' ? /^service:(.+)$/.exec(body.network_mode) : null;
    if (network)
        out.push({ target: network[1], verb: 'shares the network of', via: 'network_mode' });
    if (Array.isArray(body.volumes_from)) {
        for (const v of body.volumes_from) {
            // `service`, `service:ro`, `container:name` (a container outside the project: no edge).
            if (typeof v !== 'string' || v.startsWith('container:'))
                continue;
            out.push({ target: v.replace(/^service:/, '').split(':')[0], verb: 'mounts volumes from', via: 'volumes_from' });
        }
    }
    return out;
}
function hostAliases(service) {
    const body = service.body;
    const aliases = [];
    for (const key of ['container_name', 'hostname']) {
        if (typeof body[key] === 'string')
            aliases.push(body[key].toLowerCase());
    }
    for (const network of Object.values(extract_compose_asRecord(body.networks) ?? {})) {
        const list = extract_compose_asRecord(network)?.aliases;
        if (Array.isArray(list))
            for (const a of list)
                if (typeof a === 'string')
                    aliases.push(a.toLowerCase());
    }
    return aliases;
}
function extract_compose_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
