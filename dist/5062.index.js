export const id = 5062;
export const ids = [5062];
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

/***/ 95062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readKubernetesProject: () => (/* binding */ readKubernetesProject)
});

// UNUSED EXPORTS: MAX_MANIFEST_BYTES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/sources/common/repo-reader.js
var repo_reader = __webpack_require__(76054);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/cluster-scoped-kinds.js
// Kinds the API server keeps outside any namespace. Their ids carry no namespace
// (`k8s:Namespace/shop`, `k8s:ClusterRole/reader`): `kubectl` ignores a namespace written on them,
// and a `default` in the id would send a reader to look in the wrong place.
const CLUSTER_SCOPED = new Set([
    'APIService',
    'CSIDriver',
    'CSINode',
    'CertificateSigningRequest',
    'ClusterIssuer',
    'ClusterPolicy',
    'ClusterRole',
    'ClusterRoleBinding',
    'ClusterSecretStore',
    'ComponentStatus',
    'CustomResourceDefinition',
    'FlowSchema',
    'GatewayClass',
    'IngressClass',
    'MutatingWebhookConfiguration',
    'Namespace',
    'Node',
    'PersistentVolume',
    'PodSecurityPolicy',
    'PriorityClass',
    'PriorityLevelConfiguration',
    'RuntimeClass',
    'StorageClass',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ValidatingWebhookConfiguration',
    'VolumeAttachment',
    'VolumeSnapshotClass',
]);
function isClusterScoped(kind) {
    return CLUSTER_SCOPED.has(kind);
}

// EXTERNAL MODULE: ./lib/sources/kubernetes/kubernetes-file-names.js
var kubernetes_file_names = __webpack_require__(65683);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/gateway-routes.js
// Routes of the objects besides Ingress that send outside traffic to Services: Gateway API's
// HTTPRoute and GRPCRoute, and Istio's VirtualService. Each route names a host, a path and the
// backend Service, the same shape an Ingress rule has, so the system model treats them alike.
const ROUTE_KINDS = new Set(['HTTPRoute', 'GRPCRoute', 'VirtualService']);
/** `{route, via}` for every backend a route object sends traffic to. */
function gatewayRoutes(kind, spec) {
    return kind === 'VirtualService' ? virtualServiceRoutes(spec) : gatewayApiRoutes(spec);
}
function gatewayApiRoutes(spec) {
    const hosts = strings(spec.hostnames);
    const out = [];
    for (const rule of records(spec.rules)) {
        const paths = records(rule.matches)
            .map((m) => asRecord(m.path)?.value)
            .filter((p) => typeof p === 'string');
        for (const ref of records(rule.backendRefs)) {
            // A backendRef is a Service unless it says another kind.
            if (typeof ref.name !== 'string' || (ref.kind !== undefined && ref.kind !== 'Service'))
                continue;
            for (const host of hosts.length ? hosts : ['*']) {
                for (const path of paths.length ? paths : ['/']) {
                    const route = { host, path, service: ref.name };
                    if (typeof ref.port === 'number')
                        route.port = ref.port;
                    out.push({ route, via: `${host}${path}` });
                }
            }
        }
    }
    return out;
}
function virtualServiceRoutes(spec) {
    const hosts = strings(spec.hosts).filter((h) => h.includes('.') || h === '*');
    const out = [];
    for (const http of records(spec.http)) {
        const paths = records(http.match)
            .map((m) => asRecord(m.uri))
            .map((u) => u?.prefix ?? u?.exact)
            .filter((p) => typeof p === 'string');
        for (const dest of records(http.route)) {
            const destination = asRecord(dest.destination);
            // `frontend`, `frontend.shop`, `frontend.shop.svc.cluster.local`: the Service is the first label.
            const target = typeof destination?.host === 'string' ? destination.host.split('.')[0] : undefined;
            if (!target)
                continue;
            for (const host of hosts.length ? hosts : ['*']) {
                for (const path of paths.length ? paths : ['/']) {
                    const route = { host, path, service: target };
                    const port = asRecord(destination?.port)?.number;
                    if (typeof port === 'number')
                        route.port = port;
                    out.push({ route, via: `${host}${path}` });
                }
            }
        }
    }
    return out;
}
function records(value) {
    return Array.isArray(value) ? value.map(asRecord).filter((r) => r !== undefined) : [];
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

// EXTERNAL MODULE: ./lib/sources/common/env-value-hosts.js
var env_value_hosts = __webpack_require__(58559);
// EXTERNAL MODULE: ./lib/sources/common/command-line.js
var command_line = __webpack_require__(44286);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/container-runtime.js
// What the first container of a pod says about how it runs: its health probes, the CPU and
// memory it asks for and is capped at, and its command. The first container is the one
// `kubectl` treats as the default and the one sidecars are listed after, so it stands for the
// workload in a runbook.

const PROBE_FIELDS = [
    ['livenessProbe', 'liveness'],
    ['readinessProbe', 'readiness'],
    ['startupProbe', 'startup'],
];
/** Liveness, readiness and startup probes, in that order; a probe of no known handler is skipped. */
function containerProbes(container) {
    const out = [];
    for (const [field, kind] of PROBE_FIELDS) {
        const probe = container_runtime_asRecord(container[field]);
        if (!probe)
            continue;
        const http = container_runtime_asRecord(probe.httpGet);
        const tcp = container_runtime_asRecord(probe.tcpSocket);
        const grpc = container_runtime_asRecord(probe.grpc);
        const exec = container_runtime_asRecord(probe.exec);
        if (http) {
            const found = { kind, type: 'http', path: typeof http.path === 'string' ? http.path : '/' };
            const port = probePort(http.port);
            if (port !== undefined)
                found.port = port;
            out.push(found);
        }
        else if (tcp) {
            const found = { kind, type: 'tcp' };
            const port = probePort(tcp.port);
            if (port !== undefined)
                found.port = port;
            out.push(found);
        }
        else if (grpc) {
            const found = { kind, type: 'grpc' };
            const port = probePort(grpc.port);
            if (port !== undefined)
                found.port = port;
            out.push(found);
        }
        else if (exec) {
            const found = { kind, type: 'exec' };
            const command = (0,command_line/* commandLine */.a)(stringList(exec.command));
            if (command !== undefined)
                found.command = command;
            out.push(found);
        }
    }
    return out;
}
/** `resources.requests` / `.limits` cpu and memory, as written (`250m`, `0.5`, `512Mi`). */
function containerResources(container) {
    const resources = container_runtime_asRecord(container.resources);
    if (!resources)
        return undefined;
    const out = {};
    for (const side of ['requests', 'limits']) {
        const values = container_runtime_asRecord(resources[side]);
        const picked = {};
        for (const key of ['cpu', 'memory']) {
            const v = values?.[key];
            if (typeof v === 'string' || typeof v === 'number')
                picked[key] = String(v);
        }
        if (picked.cpu !== undefined || picked.memory !== undefined)
            out[side] = picked;
    }
    return out.requests || out.limits ? out : undefined;
}
/** `command` then `args`, as one short line with secret-shaped values masked. */
function containerCommand(container) {
    return (0,command_line/* commandLine */.a)([...stringList(container.command), ...stringList(container.args)]);
}
function probePort(value) {
    return typeof value === 'number' || (typeof value === 'string' && value !== '') ? value : undefined;
}
function stringList(value) {
    if (!Array.isArray(value))
        return [];
    return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
}
function container_runtime_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/label-selector.js
// Kubernetes label selectors (`matchLabels` plus `matchExpressions`), as the API server applies
// them when a NetworkPolicy or PodDisruptionBudget picks its pods.
function readSelector(value) {
    const record = label_selector_asRecord(value) ?? {};
    const matchLabels = {};
    for (const [k, v] of Object.entries(label_selector_asRecord(record.matchLabels) ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            matchLabels[k] = String(v);
    }
    const expressions = [];
    for (const item of Array.isArray(record.matchExpressions) ? record.matchExpressions : []) {
        const e = label_selector_asRecord(item);
        if (typeof e?.key !== 'string' || typeof e.operator !== 'string')
            continue;
        const values = Array.isArray(e.values) ? e.values.map(String) : [];
        expressions.push({ key: e.key, operator: e.operator, values });
    }
    return { matchLabels, expressions };
}
/** An empty selector (`podSelector: {}`) matches every pod, as Kubernetes reads it. */
function selectorMatches(selector, labels) {
    if (!Object.entries(selector.matchLabels).every(([k, v]) => labels[k] === v))
        return false;
    return selector.expressions.every(({ key, operator, values }) => {
        const has = Object.hasOwn(labels, key);
        switch (operator) {
            case 'In':
                return has && values.includes(labels[key]);
            case 'NotIn':
                return !has || !values.includes(labels[key]);
            case 'Exists':
                return has;
            case 'DoesNotExist':
                return !has;
            default:
                return false; // an operator the API server would reject selects nothing
        }
    });
}
function label_selector_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/scaling-objects.js
// The bounds a HorizontalPodAutoscaler scales its target in, and what a PodDisruptionBudget
// keeps running: the numbers an on-call engineer needs before draining a node or scaling by hand.
/**
 * `minReplicas` / `maxReplicas` and the metrics as words: autoscaling/v2 (`cpu 70%`,
 * `memory 512Mi`, `pods http_requests 100`, `external queue_depth 30`), v2beta1's
 * `targetAverageUtilization`, and v1's `targetCPUUtilizationPercentage`. Undefined without a
 * numeric `maxReplicas` (the API server would reject the object).
 */
function hpaAutoscaling(spec) {
    if (typeof spec.maxReplicas !== 'number')
        return undefined;
    const out = typeof spec.minReplicas === 'number'
        ? { min: spec.minReplicas, max: spec.maxReplicas, metrics: [] }
        : { max: spec.maxReplicas, metrics: [] };
    if (typeof spec.targetCPUUtilizationPercentage === 'number') {
        out.metrics.push(`cpu ${spec.targetCPUUtilizationPercentage}%`);
    }
    for (const item of Array.isArray(spec.metrics) ? spec.metrics : []) {
        const metric = scaling_objects_asRecord(item);
        const words = metric ? metricWords(metric) : undefined;
        if (words)
            out.metrics.push(words);
    }
    return out;
}
function metricWords(metric) {
    const type = typeof metric.type === 'string' ? metric.type : '';
    const body = scaling_objects_asRecord(metric[type.charAt(0).toLowerCase() + type.slice(1)]);
    if (!body)
        return undefined;
    // v2: `metric.name` + `target`; v2beta1: `metricName` / `name` + `target…` fields on the body.
    const name = type === 'Resource' || type === 'ContainerResource' ? body.name : (scaling_objects_asRecord(body.metric)?.name ?? body.metricName);
    if (typeof name !== 'string')
        return undefined;
    const target = scaling_objects_asRecord(body.target) ?? {};
    const utilization = target.averageUtilization ?? body.targetAverageUtilization;
    const value = target.averageValue ?? target.value ?? body.targetAverageValue ?? body.targetValue;
    const prefix = type === 'Resource' || type === 'ContainerResource' ? name : `${type.toLowerCase()} ${name}`;
    if (typeof utilization === 'number')
        return `${prefix} ${utilization}%`;
    if (typeof value === 'string' || typeof value === 'number')
        return `${prefix} ${value}`;
    return prefix;
}
/** `minAvailable` / `maxUnavailable` as written: a count (`1`) or a share (`50%`). */
function pdbBudget(spec) {
    const out = {};
    for (const key of ['minAvailable', 'maxUnavailable']) {
        const v = spec[key];
        if (typeof v === 'number' || (typeof v === 'string' && v !== ''))
            out[key] = String(v);
    }
    return out.minAvailable !== undefined || out.maxUnavailable !== undefined ? out : undefined;
}
function scaling_objects_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm-test-hooks.js
// Objects annotated `helm.sh/hook: test` (or `test-success`, `test-failure`) are what `helm test`
// runs against a release: a chart's `templates/tests/` pods that curl the service once and exit.
// `helm template` prints them, yet a release never runs them as part of the system, so they are no
// service to draw or to write a runbook for. Other hooks (pre-install migrations …) are kept: they
// run on every release.
const TEST_HOOKS = new Set(['test', 'test-success', 'test-failure']);
function isHelmTestHook(value) {
    const annotations = value?.metadata?.annotations;
    if (!annotations || typeof annotations !== 'object')
        return false;
    const hook = annotations['helm.sh/hook'];
    return typeof hook === 'string' && hook.split(',').some((h) => TEST_HOOKS.has(h.trim()));
}
/** One notice for a set's test hooks: how many, and where the first is. */
function testHookNotice(hooks) {
    const first = hooks[0];
    const files = [...new Set(hooks.map((h) => h.source.file))];
    return {
        severity: 'notice',
        stage: 'infra',
        file: first.source.file,
        line: first.source.line,
        message: `${hooks.length} Helm test hook${hooks.length === 1 ? '' : 's'} (helm.sh/hook: test) in ` +
            `${files.join(', ')} left out: \`helm test\` runs ${hooks.length === 1 ? 'it' : 'them'}, a release does not`,
    };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/main-container.js
// Which container of a pod is the workload's own. Meshes, monitoring and proxies add sidecars, and a
// Kustomize patch or a mutating webhook may put one first: taking `containers[0]` would make every
// workload "run" `istio-proxy` or a metrics exporter, and copies of one service stop matching.
/** Images that are sidecars wherever they appear. */
const SIDECAR_IMAGE = new RegExp(String.raw `(^|\/)(istio\/proxyv2|envoyproxy\/envoy|linkerd[\w-]*\/proxy|cloud-?sql-proxy|statsd-exporter|` +
    String.raw `[\w-]*-exporter|fluent-bit|fluentd|otel\/opentelemetry-collector[\w-]*|opentelemetry-collector[\w-]*|` +
    String.raw `vault|oauth2-proxy|jaeger-agent|datadog\/agent|dd-agent)(:|@|$)`, 'i');
const SIDECAR_NAME = new RegExp(String.raw `^(istio-proxy|envoy|linkerd-proxy|cloud-?sql-proxy|[\w-]*exporter|[\w-]*sidecar|fluent-bit|fluentd|` +
    'log-shipper|otel-collector|vault-agent|oauth2-proxy|jaeger-agent)$', 'i');
/**
 * The main container: the one named like the workload (or its `app` label, or the end of a
 * prefixed name: `prod-orders` runs `orders`), else the first that is no known sidecar, else the first.
 */
function mainContainer(containers, workloadName, labels) {
    if (containers.length <= 1)
        return containers[0];
    const names = [
        workloadName,
        labels.app,
        labels['app.kubernetes.io/name'],
        labels['app.kubernetes.io/component'],
    ].filter((n) => typeof n === 'string' && n !== '');
    const named = containers.find((c) => typeof c.name === 'string' &&
        names.some((n) => n === c.name || n.endsWith(`-${c.name}`) || n.startsWith(`${c.name}-`)));
    if (named)
        return named;
    const own = containers.find((c) => !(typeof c.image === 'string' && SIDECAR_IMAGE.test(c.image)) &&
        !(typeof c.name === 'string' && SIDECAR_NAME.test(c.name)));
    return own ?? containers[0];
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/object-settings.js
// The literal settings of a Kubernetes object that say how it runs, kept in `Component.settings`
// beside what Terraform keeps for cloud resources: a claim's size and access modes, the pod's
// security context, a Service's type. Only literal values that are never secret are read.
/** Security-context fields a reviewer checks, pod level first, then the main container's. */
const SECURITY_FIELDS = [
    'runAsNonRoot',
    'runAsUser',
    'readOnlyRootFilesystem',
    'allowPrivilegeEscalation',
    'privileged',
];
function objectSettings(kind, spec, podSpec, main) {
    const out = {};
    if (kind === 'PersistentVolumeClaim') {
        const storage = record(record(spec.resources)?.requests)?.storage;
        if (isLiteral(storage))
            out.storage = String(storage);
        if (Array.isArray(spec.accessModes))
            out.accessModes = spec.accessModes.filter(isLiteral).join(', ');
        if (typeof spec.storageClassName === 'string')
            out.storageClassName = spec.storageClassName;
    }
    if (kind === 'Service' && typeof spec.type === 'string')
        out.type = spec.type;
    if (kind === 'CronJob' && typeof spec.schedule === 'string')
        out.schedule = spec.schedule;
    if (kind === 'StatefulSet') {
        for (const claim of Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : []) {
            const c = record(claim);
            const name = record(c?.metadata)?.name;
            const storage = record(record(record(c?.spec)?.resources)?.requests)?.storage;
            if (typeof name === 'string' && isLiteral(storage))
                out[`volumeClaim.${name}`] = String(storage);
        }
    }
    if (podSpec) {
        const pod = record(podSpec.securityContext) ?? {};
        const container = record(main?.securityContext) ?? {};
        for (const field of SECURITY_FIELDS) {
            const value = container[field] ?? pod[field];
            if (isLiteral(value))
                out[`securityContext.${field}`] = String(value);
        }
        const drop = record(container.capabilities)?.drop;
        if (Array.isArray(drop) && drop.length)
            out['securityContext.capabilities.drop'] = drop.filter(isLiteral).join(', ');
        if (podSpec.hostNetwork === true)
            out.hostNetwork = 'true';
    }
    return out;
}
/** Key names of a ConfigMap's or Secret's data, sorted; values are never looked at. */
function dataKeys(kind, root) {
    if (kind !== 'ConfigMap' && kind !== 'Secret')
        return [];
    const keys = new Set();
    for (const field of ['data', 'stringData', 'binaryData']) {
        for (const key of Object.keys(record(root[field]) ?? {}))
            keys.add(key);
    }
    return [...keys].sort();
}
function isLiteral(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/sources/common/yaml-positions.js
var yaml_positions = __webpack_require__(44370);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/read-manifest-file.js
// Parses one manifest file (a multi-document YAML stream) into the objects it holds, each with the
// line its document starts on. A broken document costs only itself: the others in the stream are
// still read. `kind: List` (what `kubectl get -o yaml` writes) is unwrapped into its items.


function read_manifest_file_readManifestFile(file, text) {
    const diagnostics = [];
    const documents = [];
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const docs = Array.isArray(parsed) ? parsed : [];
    for (const doc of docs) {
        if (doc.errors.length > 0) {
            diagnostics.push(...(0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lineCounter));
            continue;
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: 1000 });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            diagnostics.push({
                severity: 'error',
                stage: 'infra',
                file,
                line: (0,yaml_positions/* lineOfNode */.o2)(lineCounter, doc.contents),
                message: `cannot read YAML: ${message}`,
            });
            continue;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            continue; // an empty document
        const root = value;
        const line = (0,dist/* isMap */.jh)(doc.contents) ? (0,yaml_positions/* lineOfNode */.o2)(lineCounter, doc.contents) : 1;
        if (typeof root.kind === 'string' && root.kind.endsWith('List') && Array.isArray(root.items)) {
            const itemsNode = (0,yaml_positions/* pairOf */.cF)(doc.contents, 'items')?.value;
            root.items.forEach((item, i) => {
                const itemNode = (0,dist/* isSeq */.oP)(itemsNode) ? itemsNode.items[i] : undefined;
                documents.push({ value: item, source: { file, line: itemNode ? (0,yaml_positions/* lineOfNode */.o2)(lineCounter, itemNode) : line } });
            });
            continue;
        }
        documents.push({ value: root, source: { file, line } });
    }
    return { documents, diagnostics };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/extract-kubernetes.js
// Reads Kubernetes manifests (multi-document YAML) into infra facts.
//
// Every object with `apiVersion` and `kind` becomes a component `k8s:<Kind>/<namespace>/<name>`
// (namespace `default` when the manifest names none, as kubectl would apply it; none at all for
// cluster-scoped kinds: `k8s:Namespace/shop`). Objects of a deployment environment (a Kustomize
// overlay, a rendered Helm chart) carry it after an `@`: `k8s:Deployment/prod/prod-orders@deploy/overlays/prod`.
// Edges need the objects of a whole set at once: a Service in `service.yaml` selects the pods of
// a Deployment in `deployment.yaml`, and a prod Service only the prod pods. So the work is in
// `extractManifestSets`; `extractKubernetesFiles` is the case of plain files.
//
// Edges made, all only towards objects present in the manifests read:
// - `selects`: Service → workloads whose pod template labels match its selector; also
//   PodDisruptionBudget → workloads it protects (the same label matching).
// - `reference`: Ingress, HTTPRoute, GRPCRoute and Istio VirtualService → backend Service (via the
//   host and path it routes), chosen over
//   `selects` because an Ingress names its Service, it does not match labels;
//   HorizontalPodAutoscaler → its scaleTargetRef; workload → ConfigMap / Secret / PVC it reads
//   through envFrom, env valueFrom or volumes.
//   Workload → ServiceAccount its pod runs as (via `serviceAccountName`); RoleBinding /
//   ClusterRoleBinding → its ServiceAccount subjects (via `subject`) and its role (via `roleRef`).
// - `selects`: NetworkPolicy → workloads its podSelector matches (an empty podSelector is every
//   pod of its namespace).
// - `env`: workload → Service whose DNS name (`db`, `db.shop`, `db.shop.svc.cluster.local`)
//   an environment value's URL or host:port names.
// Secret and ConfigMap data are never read; env values only to find host names (kept as
// `hosts`: host, scheme and port only).










/**
 * Kinds that run code someone ships, and so get a runbook. Pod and ReplicaSet are rare in manifests
 * but run code too.
 */
const DEPLOYABLE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet', 'Pod']);
function kubernetesId(kind, namespace, name, environment) {
    const scope = isClusterScoped(kind) || !namespace ? '' : `${namespace}/`;
    return `k8s:${kind}/${scope}${name}${environment ? `@${environment}` : ''}`;
}
/** One manifest file. Edges are only made within it; prefer `extractKubernetesFiles` for a repo. */
function extractKubernetes(file, text) {
    return extractKubernetesFiles([{ file, text }]);
}
/** Plain manifest files of a repository, applied as they are: one set, edges across files. */
function extractKubernetesFiles(files) {
    const diagnostics = [];
    const set = { documents: [] };
    for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
        const read = readManifestFile(file, text);
        set.documents.push(...read.documents);
        diagnostics.push(...read.diagnostics);
    }
    const result = extractManifestSets([set]);
    return { facts: result.facts, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}
/** Sets of objects (plain files, overlays, charts): components per object, edges within each set. */
function extractManifestSets(sets) {
    const diagnostics = [];
    const components = [];
    const edges = [];
    // The plain manifests' objects (the first set without an environment): what an overlay's env
    // value may name across namespaces.
    let shared = new Map();
    for (const set of sets) {
        const environment = set.environment?.id;
        const objects = new Map();
        const testHooks = set.documents.filter((d) => isHelmTestHook(d.value));
        if (testHooks.length > 0)
            diagnostics.push(testHookNotice(testHooks));
        const skipped = new Set(testHooks);
        for (const document of set.documents) {
            if (skipped.has(document))
                continue;
            const object = readObject(document.source.file, extract_kubernetes_asRecord(document.value), document.source.line, environment, diagnostics);
            if (!object)
                continue;
            const seen = objects.get(object.component.id);
            if (seen) {
                diagnostics.push({
                    severity: 'warning',
                    stage: 'infra',
                    file: document.source.file,
                    line: object.component.source.line,
                    message: `${object.component.id} is also defined in ` +
                        `${seen.component.source.file}:${seen.component.source.line}; ` +
                        `the first definition is documented`,
                });
                continue;
            }
            objects.set(object.component.id, object);
        }
        const list = [...objects.values()];
        components.push(...list.map((o) => o.component));
        if (!environment)
            shared = objects;
        edges.push(...linkObjects(list, objects, environment, environment ? shared : new Map()));
    }
    components.sort((a, b) => compareText(a.id, b.id));
    return { facts: { components, edges }, diagnostics: sortDiagnostics(diagnostics) };
}
// ---------------------------------------------------------------- reading
function readObject(file, root, line, environment, diagnostics) {
    if (!root || typeof root.apiVersion !== 'string' || typeof root.kind !== 'string')
        return undefined;
    const kind = root.kind;
    const metadata = extract_kubernetes_asRecord(root.metadata) ?? {};
    const name = typeof metadata.name === 'string' ? metadata.name : undefined;
    if (name === undefined) {
        diagnostics.push({
            severity: 'notice',
            stage: 'infra',
            file,
            line,
            message: `${kind} without metadata.name (generateName?) is not documented`,
        });
        return undefined;
    }
    const namespace = isClusterScoped(kind)
        ? ''
        : typeof metadata.namespace === 'string' && metadata.namespace !== ''
            ? metadata.namespace
            : 'default';
    const spec = extract_kubernetes_asRecord(root.spec) ?? {};
    const pod = podTemplate(kind, root, spec);
    const containers = pod ? containerList(pod.spec.containers) : [];
    const component = {
        id: kubernetesId(kind, namespace, name, environment),
        platform: 'kubernetes',
        kind,
        name,
        ...(namespace ? { namespace } : {}),
        ...(environment ? { environment } : {}),
        deployable: DEPLOYABLE_KINDS.has(kind),
        ports: kind === 'Service' ? servicePorts(spec) : containerPorts(containers),
        env: pod ? envNames([...containerList(pod.spec.initContainers), ...containers]) : [],
        source: { file, line },
    };
    const main = pod ? mainContainer(containers, name, pod.labels) : undefined;
    const image = main?.image;
    if (typeof image === 'string')
        component.image = image;
    if (typeof spec.replicas === 'number' && Number.isInteger(spec.replicas))
        component.replicas = spec.replicas;
    describeObject(component, kind, metadata, spec, pod, main);
    const settings = objectSettings(kind, spec, pod?.spec, main);
    if (Object.keys(settings).length)
        component.settings = settings;
    const keys = dataKeys(kind, root);
    if (keys.length)
        component.keys = keys;
    const all = pod ? containerFacts(pod.spec) : [];
    if (all.length > 1)
        component.containers = all;
    const object = { component, kind, namespace, spec, raw: root };
    if (pod)
        object.pod = pod;
    return object;
}
/**
 * The runtime facts a runbook and the system stage read: labels and selectors, the first
 * container's probes, resources and command, env hosts, and what HPAs, PDBs and Ingresses say.
 * Fields are set only when the manifest states them.
 */
function describeObject(component, kind, metadata, spec, pod, main) {
    const labels = pod ? pod.labels : stringMap(metadata.labels);
    if (Object.keys(labels).length)
        component.labels = labels;
    const selector = objectSelector(kind, spec, pod !== undefined);
    if (Object.keys(selector).length)
        component.selector = selector;
    if (main) {
        const probes = containerProbes(main);
        if (probes.length)
            component.probes = probes;
        const resources = containerResources(main);
        if (resources)
            component.resources = resources;
        const command = containerCommand(main);
        if (command !== undefined)
            component.command = command;
    }
    if (pod) {
        const hosts = envHosts(pod.spec);
        if (hosts.length)
            component.hosts = hosts;
    }
    if (kind === 'HorizontalPodAutoscaler') {
        const autoscaling = hpaAutoscaling(spec);
        if (autoscaling)
            component.autoscaling = autoscaling;
    }
    if (kind === 'PodDisruptionBudget') {
        const budget = pdbBudget(spec);
        if (budget)
            component.disruptionBudget = budget;
    }
    if (kind === 'Ingress' || ROUTE_KINDS.has(kind)) {
        const routes = routesOf(kind, spec).map((r) => r.route);
        if (routes.length)
            component.routes = routes;
    }
}
/** Service `spec.selector`; PDB and workload `spec.selector.matchLabels`; NetworkPolicy `podSelector`. */
function objectSelector(kind, spec, isWorkload) {
    if (kind === 'Service')
        return stringMap(spec.selector);
    if (kind === 'NetworkPolicy')
        return readSelector(spec.podSelector).matchLabels;
    if (kind === 'PodDisruptionBudget' || isWorkload)
        return readSelector(spec.selector).matchLabels;
    return {};
}
/** Hosts named by literal env values of every container, one per variable, host, scheme and port. */
function envHosts(podSpec) {
    const out = new Map();
    for (const [variable, value] of envValues(podSpec)) {
        for (const h of (0,env_value_hosts/* envHostsInValue */.l)(variable, value)) {
            out.set(`${h.variable}\u0000${h.host}\u0000${h.scheme ?? ''}\u0000${h.port ?? ''}`, h);
        }
    }
    return [...out.values()];
}
/** Where each workload kind keeps its pod template. */
function podTemplate(kind, root, spec) {
    let template;
    switch (kind) {
        case 'Pod':
            template = root;
            break;
        case 'CronJob':
            template = extract_kubernetes_asRecord(extract_kubernetes_asRecord(extract_kubernetes_asRecord(spec.jobTemplate)?.spec)?.template);
            break;
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            template = extract_kubernetes_asRecord(spec.template);
            break;
        default:
            return undefined;
    }
    if (!template)
        return undefined;
    return { labels: stringMap(extract_kubernetes_asRecord(template.metadata)?.labels), spec: extract_kubernetes_asRecord(template.spec) ?? {} };
}
function containerList(value) {
    return Array.isArray(value) ? value.map(extract_kubernetes_asRecord).filter((c) => c !== undefined) : [];
}
/** Name, image and ports of each container, init containers first (they run first). */
function containerFacts(podSpec) {
    const out = [];
    const add = (c, init) => {
        if (typeof c.name !== 'string')
            return;
        const fact = { name: c.name, ports: containerPorts([c]) };
        if (typeof c.image === 'string')
            fact.image = c.image;
        if (init)
            fact.init = true;
        out.push(fact);
    };
    for (const c of containerList(podSpec.initContainers))
        add(c, true);
    for (const c of containerList(podSpec.containers))
        add(c, false);
    return out;
}
function containerPorts(containers) {
    const ports = new Set();
    for (const c of containers) {
        for (const p of Array.isArray(c.ports) ? c.ports : []) {
            const port = extract_kubernetes_asRecord(p)?.containerPort;
            if (typeof port === 'number')
                ports.add(port);
        }
    }
    return [...ports].sort((a, b) => a - b);
}
function servicePorts(spec) {
    const ports = new Set();
    for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
        const port = extract_kubernetes_asRecord(p)?.port;
        if (typeof port === 'number')
            ports.add(port);
    }
    return [...ports].sort((a, b) => a - b);
}
/**
 * `env[].name`, plus whole ConfigMaps / Secrets pulled in by `envFrom` as `configMapRef:<name>` /
 * `secretRef:<name>`.
 */
function envNames(containers) {
    const names = new Set();
    for (const c of containers) {
        for (const e of Array.isArray(c.env) ? c.env : []) {
            const name = extract_kubernetes_asRecord(e)?.name;
            if (typeof name === 'string')
                names.add(name);
        }
        for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
            const f = extract_kubernetes_asRecord(from);
            const configMap = extract_kubernetes_asRecord(f?.configMapRef)?.name;
            const secret = extract_kubernetes_asRecord(f?.secretRef)?.name;
            if (typeof configMap === 'string')
                names.add(`configMapRef:${configMap}`);
            if (typeof secret === 'string')
                names.add(`secretRef:${secret}`);
        }
    }
    return [...names];
}
// ---------------------------------------------------------------- linking
function linkObjects(objects, byId, environment, shared) {
    const edges = new Map();
    const idOf = (kind, namespace, name) => kubernetesId(kind, namespace, name, environment);
    const add = (from, to, kind, via) => {
        if (from === to || (!byId.has(to) && !shared.has(to)))
            return;
        const edge = { from, to, kind };
        if (via !== undefined)
            edge.via = via;
        edges.set(`${from}\u0000${kind}\u0000${to}\u0000${via ?? ''}`, edge);
    };
    const workloads = objects.filter((o) => o.pod !== undefined);
    for (const o of objects) {
        const id = o.component.id;
        switch (o.kind) {
            case 'Service': {
                // No selector (or ExternalName) means endpoints are managed by hand: nothing to match.
                const selector = stringMap(o.spec.selector);
                if (o.spec.type === 'ExternalName' || Object.keys(selector).length === 0)
                    break;
                for (const w of matching(workloads, o.namespace, selector))
                    add(id, w.component.id, 'selects');
                break;
            }
            case 'PodDisruptionBudget': {
                const selector = stringMap(extract_kubernetes_asRecord(o.spec.selector)?.matchLabels);
                if (Object.keys(selector).length === 0)
                    break;
                for (const w of matching(workloads, o.namespace, selector))
                    add(id, w.component.id, 'selects');
                break;
            }
            case 'Ingress':
            case 'HTTPRoute':
            case 'GRPCRoute':
            case 'VirtualService':
                for (const { route, via } of routesOf(o.kind, o.spec))
                    add(id, idOf('Service', o.namespace, route.service), 'reference', via);
                break;
            case 'NetworkPolicy': {
                const selector = readSelector(o.spec.podSelector);
                for (const w of workloads) {
                    if (w.namespace === o.namespace && selectorMatches(selector, w.pod.labels))
                        add(id, w.component.id, 'selects');
                }
                break;
            }
            case 'RoleBinding':
            case 'ClusterRoleBinding':
                for (const [target, via] of bindingReferences(o, objects, idOf))
                    add(id, target, 'reference', via);
                break;
            case 'HorizontalPodAutoscaler': {
                const target = extract_kubernetes_asRecord(o.spec.scaleTargetRef);
                if (typeof target?.kind === 'string' && typeof target.name === 'string') {
                    add(id, idOf(target.kind, o.namespace, target.name), 'reference', 'scaleTargetRef');
                }
                break;
            }
        }
        if (o.pod) {
            const account = o.pod.spec.serviceAccountName ?? o.pod.spec.serviceAccount;
            if (typeof account === 'string' && account !== '')
                add(id, idOf('ServiceAccount', o.namespace, account), 'reference', 'serviceAccountName');
            for (const [kind, name, via] of podReferences(o.pod.spec))
                add(id, idOf(kind, o.namespace, name), 'reference', via);
            for (const [variable, value] of envValues(o.pod.spec)) {
                for (const host of (0,env_value_hosts/* hostsInEnvValue */.B)(variable, value)) {
                    const service = serviceForHost(host, o.namespace, idOf);
                    if (service && byId.has(service))
                        add(id, service, 'env', variable);
                    else if (environment && host.includes('.')) {
                        // `orders.shop.svc` from an overlay names the shop namespace's Service wherever it is
                        // deployed: the plain manifests' one when the overlay has none of its own.
                        const plain = serviceForHost(host, o.namespace, (k, ns, n) => kubernetesId(k, ns, n));
                        if (plain && shared.has(plain))
                            add(id, plain, 'env', variable);
                    }
                }
            }
        }
    }
    return [...edges.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
}
function matching(workloads, namespace, selector) {
    return workloads.filter((w) => w.namespace === namespace && Object.entries(selector).every(([k, v]) => w.pod.labels[k] === v));
}
/**
 * Every route to a backend Service, networking.k8s.io/v1 and the older v1beta1 shape, with the
 * edge's `via`: `host/path`, or `default backend` for the catch-all (kept as host `*`, path `/`).
 */
/** An Ingress's rules, or the routes of a Gateway API route or an Istio VirtualService. */
function routesOf(kind, spec) {
    return kind === 'Ingress' ? ingressRoutes(spec) : gatewayRoutes(kind, spec);
}
function ingressRoutes(spec) {
    const out = [];
    const backendRoute = (backend, host, path) => {
        const b = extract_kubernetes_asRecord(backend);
        const service = extract_kubernetes_asRecord(b?.service);
        const name = service?.name ?? b?.serviceName;
        if (typeof name !== 'string')
            return undefined;
        const route = { host, path, service: name };
        const servicePort = extract_kubernetes_asRecord(service?.port);
        const port = servicePort?.number ?? servicePort?.name ?? b?.servicePort;
        if (typeof port === 'number' || (typeof port === 'string' && port !== ''))
            route.port = port;
        return route;
    };
    const fallback = backendRoute(spec.defaultBackend ?? spec.backend, '*', '/');
    if (fallback)
        out.push({ route: fallback, via: 'default backend' });
    for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
        const r = extract_kubernetes_asRecord(rule);
        const host = typeof r?.host === 'string' ? r.host : '*';
        const paths = extract_kubernetes_asRecord(r?.http)?.paths;
        for (const p of Array.isArray(paths) ? paths : []) {
            const entry = extract_kubernetes_asRecord(p);
            const path = typeof entry?.path === 'string' ? entry.path : '/';
            const route = backendRoute(entry?.backend, host, path);
            if (route)
                out.push({ route, via: `${host}${path}` });
        }
    }
    return out;
}
/**
 * A binding's ServiceAccount subjects (namespace from the subject, else the binding's) and its
 * role. A ClusterRole is cluster-scoped, so it is found by name whatever namespace its id has.
 */
function bindingReferences(binding, objects, idOf) {
    const out = [];
    const root = binding.raw;
    for (const item of Array.isArray(root.subjects) ? root.subjects : []) {
        const subject = extract_kubernetes_asRecord(item);
        if (subject?.kind !== 'ServiceAccount' || typeof subject.name !== 'string')
            continue;
        const ns = typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : binding.namespace;
        out.push([idOf('ServiceAccount', ns, subject.name), 'subject']);
    }
    const roleRef = extract_kubernetes_asRecord(root.roleRef);
    if (typeof roleRef?.kind === 'string' && typeof roleRef.name === 'string') {
        const role = roleRef.kind === 'ClusterRole'
            ? objects.find((o) => o.kind === 'ClusterRole' && o.component.name === roleRef.name)?.component.id
            : idOf(roleRef.kind, binding.namespace, roleRef.name);
        if (role)
            out.push([role, 'roleRef']);
    }
    return out;
}
/** ConfigMaps, Secrets and PVCs a pod reads: `[kind, name, via]`. */
function podReferences(podSpec) {
    const out = [];
    for (const c of [...containerList(podSpec.initContainers), ...containerList(podSpec.containers)]) {
        for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
            const f = extract_kubernetes_asRecord(from);
            const cm = extract_kubernetes_asRecord(f?.configMapRef)?.name;
            const secret = extract_kubernetes_asRecord(f?.secretRef)?.name;
            if (typeof cm === 'string')
                out.push(['ConfigMap', cm, 'envFrom']);
            if (typeof secret === 'string')
                out.push(['Secret', secret, 'envFrom']);
        }
        for (const e of Array.isArray(c.env) ? c.env : []) {
            const from = extract_kubernetes_asRecord(extract_kubernetes_asRecord(e)?.valueFrom);
            const cm = extract_kubernetes_asRecord(from?.configMapKeyRef)?.name;
            const secret = extract_kubernetes_asRecord(from?.secretKeyRef)?.name;
            if (typeof cm === 'string')
                out.push(['ConfigMap', cm, 'env']);
            if (typeof secret === 'string')
                out.push(['Secret', secret, 'env']);
        }
    }
    for (const volume of Array.isArray(podSpec.volumes) ? podSpec.volumes : []) {
        const v = extract_kubernetes_asRecord(volume);
        const cm = extract_kubernetes_asRecord(v?.configMap)?.name;
        const secret = extract_kubernetes_asRecord(v?.secret)?.secretName;
        const claim = extract_kubernetes_asRecord(v?.persistentVolumeClaim)?.claimName;
        if (typeof cm === 'string')
            out.push(['ConfigMap', cm, 'volume']);
        if (typeof secret === 'string')
            out.push(['Secret', secret, 'volume']);
        if (typeof claim === 'string')
            out.push(['PersistentVolumeClaim', claim, 'volume']);
    }
    return out;
}
/** Literal `env[].value`s of all containers (values from refs are not known here). */
function envValues(podSpec) {
    const out = [];
    for (const c of [...containerList(podSpec.initContainers), ...containerList(podSpec.containers)]) {
        for (const e of Array.isArray(c.env) ? c.env : []) {
            const entry = extract_kubernetes_asRecord(e);
            if (typeof entry?.name === 'string' && typeof entry.value === 'string')
                out.push([entry.name, entry.value]);
        }
    }
    return out;
}
/** Cluster DNS: `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` name a Service. */
function serviceForHost(host, namespace, idOf) {
    const parts = host.split('.');
    const [service, ns] = parts;
    if (!service)
        return undefined;
    if (parts.length === 1)
        return idOf('Service', namespace, service);
    const clusterSuffix = parts.slice(2).join('.');
    if (ns && (clusterSuffix === '' || clusterSuffix === 'svc' || /^svc\.cluster\.local$/.test(clusterSuffix))) {
        return idOf('Service', ns, service);
    }
    return undefined;
}
function stringMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(extract_kubernetes_asRecord(value) ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
    }
    return out;
}
function extract_kubernetes_asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function sortDiagnostics(list) {
    return list.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/sources/common/external-tool.js
var external_tool = __webpack_require__(21474);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/go-template/go-values.js
// How Go sees the values a template handles: truthiness (`if`), kinds (`kindIs`, `typeOf`), and
// printing as fmt's %v does (`map[a:1 b:2]`, `[x y]`, `<nil>`, floats as %g). Values are plain JS:
// null/undefined is nil, objects are maps, arrays are slices; an object with a GO_STRING method
// prints through it, as a Go value with a String() method does.
const GO_STRING = Symbol('go-string');
function isMap(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNil(v) {
    return v === null || v === undefined;
}
/** Go's truth: false, 0, nil, and empty strings, slices and maps are false. */
function truthy(v) {
    if (isNil(v))
        return false;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number')
        return v !== 0;
    if (typeof v === 'string')
        return v.length > 0;
    if (Array.isArray(v))
        return v.length > 0;
    if (isMap(v))
        return hasGoString(v) || Object.keys(v).length > 0;
    return true;
}
function hasGoString(v) {
    return typeof v[GO_STRING] === 'function';
}
/** Go's kind name for `kindIs`/`kindOf`. Whole numbers are `int` only when they came from a literal. */
function kindOf(v) {
    if (isNil(v))
        return 'invalid';
    if (typeof v === 'string')
        return 'string';
    if (typeof v === 'boolean')
        return 'bool';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'int' : 'float64';
    if (Array.isArray(v))
        return 'slice';
    if (isMap(v))
        return hasGoString(v) ? 'struct' : 'map';
    return 'func';
}
function typeOf(v) {
    switch (kindOf(v)) {
        case 'invalid':
            return '<nil>';
        case 'slice':
            return '[]interface {}';
        case 'map':
            return 'map[string]interface {}';
        default:
            return kindOf(v);
    }
}
/** strconv.FormatFloat(f, 'g', -1, 64), which %v uses. */
function formatNumber(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0' : '0';
    const exp = Math.floor(Math.log10(Math.abs(n)));
    // Whole numbers print as integers: values files hold them as float64 in Helm (so 1000000 prints
    // `1e+06` there), but a count, port or replica number is what charts print and readers expect.
    if (Number.isInteger(n) && exp < 21)
        return n.toFixed(0);
    if (exp < -4 || exp >= 6) {
        const [mantissa, e] = n.toExponential().split('e');
        const sign = e.startsWith('-') ? '-' : '+';
        const abs = e.replace(/^[-+]/, '');
        return `${mantissa}e${sign}${abs.padStart(2, '0')}`;
    }
    return String(n);
}
/** fmt.Sprint of one value (%v). */
function goString(v) {
    if (isNil(v))
        return '<nil>';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return formatNumber(v);
    if (typeof v === 'boolean')
        return String(v);
    if (Array.isArray(v))
        return `[${v.map(goString).join(' ')}]`;
    if (isMap(v)) {
        if (hasGoString(v))
            return v[GO_STRING]();
        const keys = Object.keys(v).sort();
        return `map[${keys.map((k) => `${k}:${goString(v[k])}`).join(' ')}]`;
    }
    return String(v);
}
/** fmt.Sprint: a space between operands when neither is a string. */
function sprint(args) {
    let out = '';
    args.forEach((a, i) => {
        if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string')
            out += ' ';
        out += goString(a);
    });
    return out;
}
function sprintln(args) {
    return `${args.map(goString).join(' ')}\n`;
}
/** Go's %q: a double-quoted string with Go escapes. */
function goQuote(s) {
    return JSON.stringify(s)
        .replace(/\\u007f/gi, '\\x7f')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** Widths and precisions past this are refused (Go's own limit is 1e6). */
const MAX_WIDTH = 1_000_000;
/** fmt.Sprintf for the verbs charts use: %s %d %v %q %f %t %x %X %o %b %e %g %%, with flags, width, precision. */
function sprintf(format, args) {
    let argi = 0;
    const verb = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?([a-zA-Z%])/g;
    let out = format.replace(verb, (whole, flags, width, prec, v) => {
        if (v === '%')
            return '%';
        if (width === '*')
            width = String(Number(args[argi++]) || 0);
        if (prec === '*')
            prec = String(Number(args[argi++]) || 0);
        if (Number(width ?? 0) > MAX_WIDTH || Number(prec ?? 0) > MAX_WIDTH) {
            argi++;
            return `%!${v}(BADWIDTH)`;
        }
        if (argi >= args.length)
            return `%!${v}(MISSING)`;
        const arg = args[argi++];
        let s = formatVerb(v, arg, prec === undefined ? undefined : Number(prec || 0), flags);
        if (s === undefined)
            return `%!${v}(${typeOf(arg)}=${goString(arg)})`;
        const w = width ? Number(width) : 0;
        if (s.length < w) {
            if (flags.includes('-'))
                s = s.padEnd(w);
            else if (flags.includes('0') && /[dfxXobeg]/.test(v)) {
                const neg = s.startsWith('-');
                s = (neg ? '-' : '') + s.slice(neg ? 1 : 0).padStart(w - (neg ? 1 : 0), '0');
            }
            else
                s = s.padStart(w);
        }
        void whole;
        return s;
    });
    if (argi < args.length)
        out += `%!(EXTRA ${args
            .slice(argi)
            .map((a) => `${typeOf(a)}=${goString(a)}`)
            .join(', ')})`;
    return out;
}
function formatVerb(v, arg, prec, flags) {
    const plus = flags.includes('+') ? '+' : '';
    const signed = (n, s) => (n >= 0 ? plus + s : s);
    switch (v) {
        case 'v':
            return goString(arg);
        case 's': {
            if (isNil(arg))
                return '%!s(<nil>)';
            const s = goString(arg);
            return prec === undefined ? s : [...s].slice(0, prec).join('');
        }
        case 'q':
            return typeof arg === 'string'
                ? goQuote(arg)
                : typeof arg === 'number'
                    ? `'${String.fromCodePoint(arg)}'`
                    : undefined;
        case 't':
            return typeof arg === 'boolean' ? String(arg) : undefined;
        case 'd':
            return typeof arg === 'number' && Number.isInteger(arg) ? signed(arg, arg.toFixed(0)) : undefined;
        case 'x':
        case 'X': {
            let s;
            if (typeof arg === 'number' && Number.isInteger(arg))
                s = arg.toString(16);
            else if (typeof arg === 'string')
                s = Buffer.from(arg, 'utf8').toString('hex');
            return v === 'X' ? s?.toUpperCase() : s;
        }
        case 'o':
            return typeof arg === 'number' && Number.isInteger(arg) ? arg.toString(8) : undefined;
        case 'b':
            return typeof arg === 'number' && Number.isInteger(arg) ? arg.toString(2) : undefined;
        case 'f':
        case 'F':
            return typeof arg === 'number' ? signed(arg, arg.toFixed(prec ?? 6)) : undefined;
        case 'e':
            return typeof arg === 'number'
                ? signed(arg, arg.toExponential(prec ?? 6).replace(/e([-+])(\d)$/, 'e$10$2'))
                : undefined;
        case 'g':
            return typeof arg === 'number'
                ? signed(arg, prec === undefined ? formatNumber(arg) : arg.toPrecision(prec))
                : undefined;
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/semver-compare.js
// Sprig's `semverCompare "<constraint>" "<version>"` for the constraints charts write about
// Kubernetes versions: `>=1.19-0`, `<1.22.0-0`, `^1.2`, `~1.20`, `1.x`, ranges joined by spaces
// or commas (and), `||` (or). A pre-release sorts before its release, as in semver.
function parseVersion(text) {
    const m = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const num = (s) => (s === undefined || /[xX*]/.test(s) ? 0 : Number(s));
    return { nums: [Number(m[1]), num(m[2]), num(m[3])], pre: m[4] ?? '' };
}
function compareVersions(a, b) {
    for (let i = 0; i < 3; i++)
        if (a.nums[i] !== b.nums[i])
            return a.nums[i] - b.nums[i];
    if (a.pre === b.pre)
        return 0;
    if (!a.pre)
        return 1;
    if (!b.pre)
        return -1;
    const pa = a.pre.split('.');
    const pb = b.pre.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const x = pa[i];
        const y = pb[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        const nx = /^\d+$/.test(x);
        const ny = /^\d+$/.test(y);
        if (nx && ny && Number(x) !== Number(y))
            return Number(x) - Number(y);
        if (nx !== ny)
            return nx ? -1 : 1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}
/** Parts given before a wildcard: `1.x` → 1, `1.2` → 2, `1.2.3` → 3. */
function precision(text) {
    const core = text.replace(/^v/, '').split('-')[0].split('.');
    const n = core.findIndex((p) => /[xX*]/.test(p));
    return n < 0 ? core.length : n;
}
function satisfies(op, target, v) {
    const t = parseVersion(target);
    if (!t)
        throw new Error(`improper constraint: ${op}${target}`);
    const c = compareVersions(v, t);
    const given = precision(target);
    const next = (level) => {
        const nums = [...t.nums];
        nums[level] = nums[level] + 1;
        for (let i = level + 1; i < 3; i++)
            nums[i] = 0;
        return { nums, pre: '0' };
    };
    switch (op) {
        case '>':
            return c > 0;
        case '>=':
        case '=>':
            return c >= 0;
        case '<':
            return c < 0;
        case '<=':
        case '=<':
            return c <= 0;
        case '!=':
            return c !== 0;
        case '~':
        case '~>':
            return c >= 0 && compareVersions(v, next(given > 1 ? 1 : 0)) < 0;
        case '^': {
            const level = t.nums[0] > 0 || given === 1 ? 0 : t.nums[1] > 0 || given === 2 ? 1 : 2;
            return c >= 0 && compareVersions(v, next(level)) < 0;
        }
        default:
            // `=`, or a bare version: wildcards match anything in their place.
            if (given < 3)
                return c >= 0 && compareVersions(v, next(Math.max(0, given - 1))) < 0;
            return c === 0;
    }
}
function semverCompare(constraint, version) {
    const v = parseVersion(version);
    if (!v)
        throw new Error(`invalid semantic version: ${version}`);
    return constraint.split('||').some((alternative) => {
        const parts = alternative.replace(/,/g, ' ').match(/(>=|<=|=>|=<|!=|~>|[<>=~^])?\s*(v?[0-9xX*][^\s]*)/g) ?? [];
        if (!parts.length)
            throw new Error(`improper constraint: ${constraint}`);
        return parts.every((part) => {
            const m = /^(>=|<=|=>|=<|!=|~>|[<>=~^])?\s*(.*)$/.exec(part.trim());
            return satisfies(m[1] ?? '=', m[2], v);
        });
    });
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/sprig-functions.js
// The Sprig functions charts use, written to Sprig's semantics: argument order (the piped value
// last: `trimSuffix "-" $name`), integer arithmetic through int64 (`div 5 2` is 2), `default`
// and `empty` by Go's zero values, `merge` filling only what is missing or empty.


/** Longest list `until`, `repeat` and friends may build: a chart never needs more. */
const MAX_BUILT = 100_000;
const empty = (v) => !truthy(v);
/** cast.ToInt64 as Sprig uses it: strings parse (base prefixes allowed), anything else is 0. */
function toInt64(v) {
    if (typeof v === 'number')
        return Math.trunc(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const s = v.trim();
        const n = /^[-+]?(0x[0-9a-f]+|0o?[0-7]+|0b[01]+|\d+)$/i.test(s)
            ? Number(s.replace(/^([-+]?)0(?=[0-7])/, '$10o'))
            : NaN;
        return Number.isNaN(n) ? 0 : Math.trunc(n);
    }
    return 0;
}
function toFloat64(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const n = Number(v.trim());
        return Number.isNaN(n) ? 0 : n;
    }
    return 0;
}
/** Sprig's strval. */
const strval = (v) => (typeof v === 'string' ? v : goString(v));
function strslice(v) {
    if (Array.isArray(v))
        return v.filter((x) => !isNil(x)).map(strval);
    if (isNil(v))
        return [];
    return [strval(v)];
}
function list(v, fn) {
    if (Array.isArray(v))
        return v;
    if (isNil(v))
        return [];
    throw new Error(`cannot ${fn} on type ${typeOf(v)}`);
}
function dictArg(v, fn) {
    if (isMap(v))
        return v;
    throw new Error(`${fn} expects a dict, got ${typeOf(v)}`);
}
function deepCopy(v) {
    if (Array.isArray(v))
        return v.map(deepCopy);
    if (isMap(v) && kindOf(v) === 'map') {
        const out = {};
        for (const k of Object.keys(v))
            out[k] = deepCopy(v[k]);
        return out;
    }
    return v;
}
function deepEqual(a, b) {
    if (isNil(a) || isNil(b))
        return isNil(a) && isNil(b);
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if (isMap(a) && isMap(b)) {
        const ka = Object.keys(a);
        return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
    }
    return a === b;
}
/** mergo.Merge: fill keys missing (or empty) in dst; mergo.Merge WithOverride: non-empty src wins. */
function mergeInto(dst, src, overwrite) {
    for (const k of Object.keys(src)) {
        const s = src[k];
        const d = dst[k];
        if (isMap(d) && isMap(s))
            mergeInto(d, s, overwrite);
        else if (!Object.hasOwn(dst, k) || empty(d) || (overwrite && !empty(s)))
            dst[k] = deepCopy(s);
    }
}
function compare(fn, a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    throw new Error(`incompatible types for comparison (${fn} ${typeOf(a)} ${typeOf(b)})`);
}
function goTitle(s) {
    let out = '';
    let prevLetter = false;
    for (const ch of s) {
        const wordChar = /[\p{L}\p{N}_]/u.test(ch);
        out += wordChar && !prevLetter ? ch.toUpperCase() : ch;
        prevLetter = wordChar;
    }
    return out;
}
function bounded(n, what) {
    if (n > MAX_BUILT)
        throw new Error(`${what} of ${n} exceeds the limit of ${MAX_BUILT}`);
    return Math.max(0, n);
}
/**
 * Go's RE2 runs in linear time; JavaScript's engine backtracks, so a quantified group holding
 * nothing but one quantified atom (`(a+)+`, `(\\w*)*`, `([a-z]+)*`) could hang the run on a crafted
 * input. Those are refused; charts match tags and names and do not need them.
 */
function regex(pattern, flags) {
    if (/\((?:\?:)?(?:\\.|\[(?:[^\]\\]|\\.)*\]|[^()|\\[])[+*]\)[+*{]/.test(pattern))
        throw new Error(`regular expression ${pattern} nests quantifiers; not run`);
    return new RegExp(pattern, flags);
}
/** Go's regexp replacement template (`${1}`, `$name`) in JS's spelling. */
function jsReplacement(repl) {
    return repl.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced, bare) => {
        const name = (braced ?? bare);
        return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
    });
}
const plain = (fn) => (_ctx, ...args) => fn(...args);
const s = (v) => strval(v);
const SPRIG = {
    // strings
    trim: (v) => s(v).trim(),
    trimAll: (cut, v) => {
        const set = new Set(s(cut));
        const chars = [...s(v)];
        let a = 0;
        let b = chars.length;
        while (a < b && set.has(chars[a]))
            a++;
        while (b > a && set.has(chars[b - 1]))
            b--;
        return chars.slice(a, b).join('');
    },
    trimSuffix: (suffix, v) => (s(v).endsWith(s(suffix)) && s(suffix) ? s(v).slice(0, -s(suffix).length) : s(v)),
    trimPrefix: (prefix, v) => (s(v).startsWith(s(prefix)) ? s(v).slice(s(prefix).length) : s(v)),
    trunc: (n, v) => {
        const c = toInt64(n);
        const str = s(v);
        if (c < 0 && str.length + c > 0)
            return str.slice(str.length + c);
        if (c >= 0 && str.length > c)
            return str.slice(0, c);
        return str;
    },
    lower: (v) => s(v).toLowerCase(),
    upper: (v) => s(v).toUpperCase(),
    title: (v) => goTitle(s(v)),
    replace: (old, neu, v) => s(v).split(s(old)).join(s(neu)),
    contains: (sub, v) => s(v).includes(s(sub)),
    hasPrefix: (p, v) => s(v).startsWith(s(p)),
    hasSuffix: (p, v) => s(v).endsWith(s(p)),
    quote: (...args) => args
        .filter((a) => !isNil(a))
        .map((a) => goQuote(strval(a)))
        .join(' '),
    squote: (...args) => args
        .filter((a) => !isNil(a))
        .map((a) => `'${strval(a)}'`)
        .join(' '),
    cat: (...args) => args
        .filter((a) => !isNil(a))
        .map(strval)
        .join(' '),
    indent: (n, v) => {
        const pad = ' '.repeat(bounded(toInt64(n), 'indent'));
        return pad + s(v).split('\n').join(`\n${pad}`);
    },
    nindent: (n, v) => {
        const pad = ' '.repeat(bounded(toInt64(n), 'indent'));
        return `\n${pad}${s(v).split('\n').join(`\n${pad}`)}`;
    },
    repeat: (n, v) => {
        const count = toInt64(n);
        bounded(count * s(v).length, 'repeat');
        return s(v).repeat(Math.max(0, count));
    },
    substr: (start, end, v) => {
        const str = s(v);
        const a = toInt64(start);
        const b = toInt64(end);
        if (a < 0)
            return str.slice(0, b);
        if (b < 0 || b > str.length)
            return str.slice(a);
        return str.slice(a, b);
    },
    nospace: (v) => s(v).replace(/\s+/g, ''),
    toString: (v) => strval(v),
    toStrings: (v) => strslice(v),
    printf: (format, ...args) => sprintf(s(format), args),
    print: (...args) => sprint(args),
    println: (...args) => sprintln(args),
    join: (sep, v) => strslice(v).join(s(sep)),
    split: (sep, v) => {
        const out = {};
        s(v)
            .split(s(sep))
            .forEach((part, i) => {
            out[`_${i}`] = part;
        });
        return out;
    },
    splitList: (sep, v) => s(v).split(s(sep)),
    b64enc: (v) => Buffer.from(s(v), 'utf8').toString('base64'),
    b64dec: (v) => Buffer.from(s(v), 'base64').toString('utf8'),
    regexMatch: (re, v) => regex(s(re), 'u').test(s(v)),
    regexFind: (re, v) => regex(s(re), 'u').exec(s(v))?.[0] ?? '',
    regexReplaceAll: (re, v, repl) => s(v).replace(regex(s(re), 'gu'), jsReplacement(s(repl))),
    regexReplaceAllLiteral: (re, v, repl) => s(v).replace(regex(s(re), 'gu'), () => s(repl)),
    semverCompare: (constraint, version) => semverCompare(s(constraint), s(version)),
    // defaults and logic
    default: (d, ...given) => (given.length && !empty(given[0]) ? given[0] : d),
    empty: (v) => empty(v),
    coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
    ternary: (a, b, cond) => (truthy(cond) ? a : b),
    not: (v) => !truthy(v),
    eq: (a, ...bs) => {
        if (!bs.length)
            throw new Error('missing argument for comparison');
        return bs.some((b) => deepEqual(a, b));
    },
    ne: (a, b) => !deepEqual(a, b),
    lt: (a, b) => compare('lt', a, b) < 0,
    le: (a, b) => compare('le', a, b) <= 0,
    gt: (a, b) => compare('gt', a, b) > 0,
    ge: (a, b) => compare('ge', a, b) >= 0,
    kindIs: (kind, v) => kindOf(v) === s(kind) || (s(kind) === 'float64' && typeof v === 'number'),
    kindOf: (v) => kindOf(v),
    typeOf: (v) => typeOf(v),
    typeIs: (t, v) => typeOf(v) === s(t),
    // numbers
    int: (v) => toInt64(v),
    int64: (v) => toInt64(v),
    atoi: (v) => toInt64(v),
    float64: (v) => toFloat64(v),
    add: (...args) => args.reduce((sum, a) => sum + toInt64(a), 0),
    add1: (v) => toInt64(v) + 1,
    sub: (a, b) => toInt64(a) - toInt64(b),
    mul: (...args) => args.reduce((p, a) => p * toInt64(a), 1),
    div: (a, b) => {
        if (toInt64(b) === 0)
            throw new Error('integer divide by zero');
        return Math.trunc(toInt64(a) / toInt64(b));
    },
    mod: (a, b) => {
        if (toInt64(b) === 0)
            throw new Error('integer divide by zero');
        return toInt64(a) % toInt64(b);
    },
    max: (a, ...rest) => rest.reduce((m, x) => Math.max(m, toInt64(x)), toInt64(a)),
    min: (a, ...rest) => rest.reduce((m, x) => Math.min(m, toInt64(x)), toInt64(a)),
    until: (n) => Array.from({ length: bounded(toInt64(n), 'until') }, (_, i) => i),
    // collections
    len: (v) => {
        if (typeof v === 'string')
            return Buffer.byteLength(v, 'utf8');
        if (Array.isArray(v))
            return v.length;
        if (isMap(v))
            return Object.keys(v).length;
        throw new Error(isNil(v) ? 'len of nil pointer' : `len of type ${typeOf(v)}`);
    },
    index: (v, ...keys) => {
        let cur = v;
        for (const k of keys) {
            if (isNil(cur))
                throw new Error('index of untyped nil');
            if (Array.isArray(cur)) {
                const i = toInt64(k);
                if (typeof k !== 'number' || i < 0 || i >= cur.length)
                    throw new Error(`index out of range: ${goString(k)}`);
                cur = cur[i];
            }
            else if (isMap(cur))
                cur = Object.hasOwn(cur, s(k)) ? cur[s(k)] : null;
            else
                throw new Error(`can't index item of type ${typeOf(cur)}`);
        }
        return cur;
    },
    list: (...items) => items,
    dict: (...kv) => {
        const out = {};
        for (let i = 0; i < kv.length; i += 2)
            out[strval(kv[i])] = i + 1 < kv.length ? kv[i + 1] : '';
        return out;
    },
    get: (d, k) => {
        const m = dictArg(d, 'get');
        return Object.hasOwn(m, s(k)) ? m[s(k)] : '';
    },
    set: (d, k, v) => {
        const m = dictArg(d, 'set');
        m[s(k)] = v;
        return m;
    },
    unset: (d, k) => {
        const m = dictArg(d, 'unset');
        delete m[s(k)];
        return m;
    },
    hasKey: (d, k) => Object.hasOwn(dictArg(d, 'hasKey'), s(k)),
    keys: (...ds) => ds.flatMap((d) => Object.keys(dictArg(d, 'keys'))),
    pick: (d, ...ks) => {
        const m = dictArg(d, 'pick');
        const out = {};
        for (const k of ks.map(s))
            if (Object.hasOwn(m, k))
                out[k] = m[k];
        return out;
    },
    omit: (d, ...ks) => {
        const m = dictArg(d, 'omit');
        const drop = new Set(ks.map(s));
        const out = {};
        for (const k of Object.keys(m))
            if (!drop.has(k))
                out[k] = m[k];
        return out;
    },
    merge: (dst, ...srcs) => {
        const m = dictArg(dst, 'merge');
        for (const src of srcs)
            if (isMap(src))
                mergeInto(m, src, false);
        return m;
    },
    mergeOverwrite: (dst, ...srcs) => {
        const m = dictArg(dst, 'mergeOverwrite');
        for (const src of srcs)
            if (isMap(src))
                mergeInto(m, src, true);
        return m;
    },
    deepCopy: (v) => deepCopy(v),
    first: (v) => list(v, 'first')[0] ?? null,
    last: (v) => {
        const l = list(v, 'last');
        return l.length ? l[l.length - 1] : null;
    },
    rest: (v) => list(v, 'rest').slice(1),
    initial: (v) => list(v, 'initial').slice(0, -1),
    append: (v, item) => [...list(v, 'append'), item],
    prepend: (v, item) => [item, ...list(v, 'prepend')],
    concat: (...ls) => ls.flatMap((l) => list(l, 'concat')),
    reverse: (v) => [...list(v, 'reverse')].reverse(),
    uniq: (v) => list(v, 'uniq').filter((x, i, all) => all.findIndex((y) => deepEqual(x, y)) === i),
    has: (needle, v) => list(v, 'has').some((x) => deepEqual(x, needle)),
    without: (v, ...omit) => list(v, 'without').filter((x) => !omit.some((o) => deepEqual(o, x))),
    compact: (v) => list(v, 'compact').filter((x) => !empty(x)),
    sortAlpha: (v) => strslice(v).sort(),
    dig: (...args) => {
        if (args.length < 3)
            throw new Error('dig needs keys, a default and a dict');
        const dict = args[args.length - 1];
        const fallback = args[args.length - 2];
        let cur = dictArg(dict, 'dig');
        for (const k of args.slice(0, -2).map(s)) {
            if (!isMap(cur) || !Object.hasOwn(cur, k))
                return fallback;
            cur = cur[k];
        }
        return cur;
    },
    // more strings
    snakecase: (v) => words(s(v)).join('_'),
    kebabcase: (v) => words(s(v)).join('-'),
    camelcase: (v) => s(v)
        .split(/[_\s-]+/)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(''),
    regexFindAll: (re, v, n) => {
        const all = s(v).match(regex(s(re), 'gu')) ?? [];
        return toInt64(n) < 0 ? all : all.slice(0, toInt64(n));
    },
    regexSplit: (re, v, n) => {
        const parts = s(v).split(regex(s(re), 'u'));
        return toInt64(n) < 0 ? parts : parts.slice(0, toInt64(n));
    },
    // float arithmetic
    addf: (...args) => args.reduce((sum, a) => sum + toFloat64(a), 0),
    subf: (a, ...rest) => rest.reduce((d, x) => d - toFloat64(x), toFloat64(a)),
    mulf: (a, ...rest) => rest.reduce((p, x) => p * toFloat64(x), toFloat64(a)),
    divf: (a, ...rest) => rest.reduce((q, x) => q / toFloat64(x), toFloat64(a)),
    floor: (v) => Math.floor(toFloat64(v)),
    ceil: (v) => Math.ceil(toFloat64(v)),
    round: (v, places) => {
        const p = 10 ** toInt64(places);
        return Math.round(toFloat64(v) * p) / p;
    },
    // Random values would make every run's docs differ: a fixed string of the asked length stands in.
    randAlphaNum: (n) => 'x'.repeat(bounded(toInt64(n), 'randAlphaNum')),
    randAlpha: (n) => 'x'.repeat(bounded(toInt64(n), 'randAlpha')),
    randNumeric: (n) => '0'.repeat(bounded(toInt64(n), 'randNumeric')),
    randAscii: (n) => 'x'.repeat(bounded(toInt64(n), 'randAscii')),
    uuidv4: () => '00000000-0000-4000-8000-000000000000',
};
function words(v) {
    return v
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[_\s-]+/)
        .filter(Boolean)
        .map((w) => w.toLowerCase());
}
Object.assign(SPRIG, {
    values: (d) => Object.values(dictArg(d, 'values')),
    pluck: (k, ...ds) => ds.filter(isMap).flatMap((d) => (Object.hasOwn(d, s(k)) ? [d[s(k)]] : [])),
    tuple: (...items) => items,
    chunk: (n, v) => {
        const size = Math.max(1, toInt64(n));
        const l = list(v, 'chunk');
        return Array.from({ length: Math.ceil(l.length / size) }, (_, i) => l.slice(i * size, (i + 1) * size));
    },
    slice: (v, ...idx) => {
        if (typeof v === 'string')
            return v.slice(toInt64(idx[0] ?? 0), idx.length > 1 ? toInt64(idx[1]) : undefined);
        return list(v, 'slice').slice(toInt64(idx[0] ?? 0), idx.length > 1 ? toInt64(idx[1]) : undefined);
    },
    seq: (...args) => {
        const n = args.map(toInt64);
        const [start, step, end] = n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : [n[0], n[1], n[2]];
        const out = [];
        for (let i = start; step > 0 ? i <= end : i >= end; i += step || 1) {
            out.push(i);
            bounded(out.length, 'seq');
        }
        return out.join(' ');
    },
    untilStep: (start, stop, step) => {
        const out = [];
        const st = toInt64(step);
        if (st === 0)
            return out;
        for (let i = toInt64(start); st > 0 ? i < toInt64(stop) : i > toInt64(stop); i += st) {
            out.push(i);
            bounded(out.length, 'untilStep');
        }
        return out;
    },
    biggest: (a, ...rest) => rest.reduce((m, x) => Math.max(m, toInt64(x)), toInt64(a)),
    toDecimal: (v) => Number.parseInt(s(v), 8) || 0,
    randInt: (min) => toInt64(min),
    shuffle: (v) => s(v),
    swapcase: (v) => [...s(v)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
    initials: (v) => s(v)
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => w[0])
        .join(''),
    abbrev: (n, v) => {
        const w = toInt64(n);
        const str = s(v);
        return w < 4 || str.length <= w ? str : `${str.slice(0, w - 3)}...`;
    },
    wrap: (_n, v) => s(v),
    plural: (one, many, n) => (toInt64(n) === 1 ? one : many),
    base: (v) => s(v).split('/').pop() ?? '',
    dir: (v) => s(v).split('/').slice(0, -1).join('/') || '.',
    ext: (v) => /\.[^./]*$/.exec(s(v))?.[0] ?? '',
    clean: (v) => s(v).replace(/\/+/g, '/').replace(/\/$/, '') || '.',
    isAbs: (v) => s(v).startsWith('/'),
    regexQuoteMeta: (v) => s(v).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'),
    urlquery: (...args) => encodeURIComponent(sprint(args)),
    html: (...args) => {
        const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
        return sprint(args).replace(/[&<>"']/g, (c) => entities[c]);
    },
    js: (...args) => JSON.stringify(sprint(args)).slice(1, -1),
    // The run's environment is not the chart's business: `env` reads nothing.
    env: () => '',
    expandenv: (v) => s(v),
    // No clock: the docs of one commit must not change between runs.
    now: () => '1970-01-01T00:00:00Z',
    date: () => '1970-01-01',
    dateInZone: () => '1970-01-01',
    unixEpoch: () => '0',
    toDate: (_layout, v) => s(v),
    htmlDate: () => '1970-01-01',
    ago: () => '0s',
    duration: (v) => `${toInt64(v)}s`,
});
SPRIG.mustRegexFind = SPRIG.regexFind;
SPRIG.mustRegexFindAll = SPRIG.regexFindAll;
SPRIG.mustRegexSplit = SPRIG.regexSplit;
SPRIG.mustSlice = SPRIG.slice;
SPRIG.mustChunk = SPRIG.chunk;
SPRIG.mustReverse = SPRIG.reverse;
SPRIG.mustRest = SPRIG.rest;
SPRIG.mustInitial = SPRIG.initial;
SPRIG.mustPush = SPRIG.append;
SPRIG.mustDateModify = () => '1970-01-01';
SPRIG.dateModify = () => '1970-01-01';
SPRIG.untitle = (v) => s(v).replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_, pre, ch) => pre + ch.toLowerCase());
SPRIG.push = SPRIG.append;
SPRIG.mustUniq = SPRIG.uniq;
SPRIG.mustRegexReplaceAllLiteral = SPRIG.regexReplaceAllLiteral;
SPRIG.mustRegexMatch = SPRIG.regexMatch;
SPRIG.mustAppend = SPRIG.append;
SPRIG.mustPrepend = SPRIG.prepend;
SPRIG.mustFirst = SPRIG.first;
SPRIG.mustLast = SPRIG.last;
SPRIG.mustHas = SPRIG.has;
SPRIG.mustWithout = SPRIG.without;
SPRIG.mustCompact = SPRIG.compact;
SPRIG.mustDeepCopy = SPRIG.deepCopy;
SPRIG.mustMerge = SPRIG.merge;
SPRIG.mustMergeOverwrite = SPRIG.mergeOverwrite;
SPRIG.mustRegexReplaceAll = SPRIG.regexReplaceAll;
const SPRIG_FUNCTIONS = Object.fromEntries(Object.entries(SPRIG).map(([name, fn]) => [name, plain(fn)]));

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/chart-values.js
// Values the way Helm layers them: `-f` files merged in order (a later file wins), then coalesced
// over the chart's `values.yaml` (a `null` deletes the default), then each subchart given
// `.Values.<name>` over its own defaults plus the parent's `global`.


/** `helm -f a.yaml -f b.yaml`: maps merge key by key, anything else is replaced. */
function mergeValueFiles(files) {
    const out = {};
    const merge = (dst, src) => {
        for (const k of Object.keys(src)) {
            const d = dst[k];
            const s = src[k];
            if (isMap(d) && isMap(s))
                merge(d, s);
            else
                dst[k] = deepCopy(s);
        }
    };
    for (const f of files)
        merge(out, f);
    return out;
}
/** `given` over `defaults`; a `null` in `given` removes the key. Neither input is changed. */
function coalesceValues(given, defaults) {
    const out = {};
    for (const k of Object.keys(defaults)) {
        if (Object.hasOwn(given, k))
            continue;
        if (defaults[k] !== null)
            out[k] = deepCopy(defaults[k]);
    }
    for (const k of Object.keys(given)) {
        const g = given[k];
        if (g === null || g === undefined)
            continue;
        const d = defaults[k];
        out[k] = isMap(g) && isMap(d) ? coalesceValues(g, d) : deepCopy(g);
    }
    return out;
}
/** The value at a dotted path (`redis.enabled`), or undefined. */
function valueAt(values, path) {
    let cur = values;
    for (const part of path.split('.')) {
        if (!isMap(cur) || !Object.hasOwn(cur, part))
            return undefined;
        cur = cur[part];
    }
    return cur;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/load-chart.js
// Loads a chart folder the way Helm's loader sees it: Chart.yaml, values.yaml, templates/**,
// the other files (for `.Files`), and subcharts vendored unpacked under charts/ (recursively).
// Folders are walked on disk (confined to the repository, symlinked folders not followed);
// every file is read through the RepoReader so the run records it as an input.




/** More files than this in one chart is not a chart (a vendored tree, a mistake): stop walking. */
const MAX_CHART_FILES = 5_000;
/** Subcharts of subcharts of …: deeper than this is not followed. */
const MAX_CHART_NESTING = 10;
function loadChart(repoRoot, reader, dir, diagnostics, nesting = 0) {
    const allFiles = walk(repoRoot, dir, diagnostics);
    const read = (file) => {
        const r = reader.read(file);
        if ('text' in r)
            return r.text;
        diagnostics.push({ severity: 'warning', stage: 'infra', file, message: r.error });
        return undefined;
    };
    const chartFile = external_node_path_.posix.join(dir, 'Chart.yaml');
    const chartText = read(chartFile);
    if (chartText === undefined)
        return undefined;
    const metadata = parseMap(chartFile, chartText, diagnostics);
    if (!metadata)
        return undefined;
    const name = typeof metadata.name === 'string' && metadata.name ? metadata.name : external_node_path_.posix.basename(dir);
    const valuesFile = external_node_path_.posix.join(dir, 'values.yaml');
    const valuesText = allFiles.includes(valuesFile) ? read(valuesFile) : undefined;
    const values = valuesText === undefined ? {} : (parseMap(valuesFile, valuesText, diagnostics) ?? {});
    const templates = [];
    const files = new Map();
    const subchartDirs = new Set();
    const chartsPrefix = external_node_path_.posix.join(dir, 'charts/');
    for (const file of allFiles) {
        const rel = external_node_path_.posix.relative(dir, file);
        if (file.startsWith(chartsPrefix)) {
            const sub = rel.split('/')[1];
            if (rel.split('/').length > 2)
                subchartDirs.add(external_node_path_.posix.join(dir, 'charts', sub));
            else if (/\.(tgz|tar\.gz)$/.test(sub))
                diagnostics.push({
                    severity: 'notice',
                    stage: 'infra',
                    file,
                    message: `packaged subchart ${sub} is not rendered: vendor it unpacked under charts/ to include it`,
                });
            continue;
        }
        if (rel.startsWith('templates/')) {
            const text = read(file);
            if (text !== undefined)
                templates.push({ file, path: rel, text });
        }
        else if (!['Chart.yaml', 'values.yaml', 'Chart.lock', 'values.schema.json'].includes(rel) &&
            !rel.startsWith('crds/')) {
            // .Files content is read only when a template asks for it; the reader records it then.
            files.set(rel, file);
        }
    }
    const dependencies = (Array.isArray(metadata.dependencies) ? metadata.dependencies : []).filter(isMap).map((d) => ({
        name: String(d.name ?? ''),
        alias: typeof d.alias === 'string' ? d.alias : undefined,
        condition: typeof d.condition === 'string' ? d.condition : undefined,
    }));
    const subcharts = [];
    for (const subDir of [...subchartDirs].sort()) {
        if (!allFiles.includes(external_node_path_.posix.join(subDir, 'Chart.yaml')))
            continue;
        if (nesting >= MAX_CHART_NESTING) {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file: subDir,
                message: 'subcharts nested too deep; not rendered',
            });
            continue;
        }
        const sub = loadChart(repoRoot, reader, subDir, diagnostics, nesting + 1);
        if (sub)
            subcharts.push(sub);
    }
    for (const dep of dependencies) {
        const packaged = allFiles.some((f) => f.startsWith(`${chartsPrefix}${dep.name}-`) && /\.(tgz|tar\.gz)$/.test(f));
        if (dep.name && !packaged && !subcharts.some((s) => s.name === dep.name))
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file: chartFile,
                message: `dependency ${dep.name} is listed in Chart.yaml but not vendored under charts/; not rendered`,
            });
    }
    return { dir, name, metadata, values, templates, files, dependencies, subcharts, allFiles };
}
/** A values file or Chart.yaml as a map; anything else is a diagnostic at its line. */
function parseMap(file, text, diagnostics) {
    try {
        const v = (0,dist/* parse */.qg)(text, { maxAliasCount: 1000 });
        if (v === null || v === undefined)
            return {};
        if (isMap(v))
            return v;
        diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: `${file} is not a YAML mapping` });
    }
    catch (e) {
        const line = e.linePos?.[0]?.line ?? 1;
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file,
            line,
            message: `invalid YAML: ${e.message}`,
        });
    }
    return undefined;
}
/** Repo-relative paths of every file under `dir`, sorted; symlinked folders are not entered. */
function walk(repoRoot, dir, diagnostics) {
    const out = [];
    const normal = external_node_path_.posix.normalize(dir);
    if (normal.startsWith('../') || normal === '..' || external_node_path_.posix.isAbsolute(normal))
        return out;
    const visit = (rel) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repoRoot, rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            if (out.length >= MAX_CHART_FILES)
                return;
            const path = external_node_path_.posix.join(rel, e.name);
            if (e.isDirectory())
                visit(path);
            else if (e.isFile() || e.isSymbolicLink())
                out.push(path);
        }
    };
    visit(dir);
    if (out.length >= MAX_CHART_FILES)
        diagnostics.push({
            severity: 'warning',
            stage: 'infra',
            file: dir,
            message: `chart folder holds over ${MAX_CHART_FILES} files; the rest are not read`,
        });
    return out.sort();
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/chart-objects.js
// The objects a template sees besides `.Values`: `.Release`, `.Chart` (Chart.yaml under Go's field
// names), `.Capabilities` (what `helm template` assumes without a cluster), `.Files` (confined to
// the chart) and `.Template`.



/** The Kubernetes version `helm template` reports when no cluster is asked (`--kube-version` unset). */
const DEFAULT_KUBE_VERSION = { major: 1, minor: 31 };
/** Group/versions the API server of that version serves; `Has` also answers `group/version/Kind`. */
const API_VERSIONS = [
    'v1',
    'admissionregistration.k8s.io/v1',
    'apiextensions.k8s.io/v1',
    'apiregistration.k8s.io/v1',
    'apps/v1',
    'authentication.k8s.io/v1',
    'authorization.k8s.io/v1',
    'autoscaling/v1',
    'autoscaling/v2',
    'batch/v1',
    'certificates.k8s.io/v1',
    'coordination.k8s.io/v1',
    'discovery.k8s.io/v1',
    'events.k8s.io/v1',
    'flowcontrol.apiserver.k8s.io/v1',
    'networking.k8s.io/v1',
    'node.k8s.io/v1',
    'policy/v1',
    'rbac.authorization.k8s.io/v1',
    'scheduling.k8s.io/v1',
    'storage.k8s.io/v1',
];
/** Adds methods a template may call without making them map keys (`range`, printing skip them). */
function withMethods(target, methods) {
    for (const [name, fn] of Object.entries(methods))
        Object.defineProperty(target, name, { value: fn, enumerable: false });
    return target;
}
function releaseObject(name, namespace) {
    return { Name: name, Namespace: namespace, Service: 'Helm', IsInstall: true, IsUpgrade: false, Revision: 1 };
}
/** Chart.yaml keys as the Go struct's fields: `appVersion` → `AppVersion`, `apiVersion` → `APIVersion`. */
function chartObject(metadata) {
    const out = {};
    for (const [k, v] of Object.entries(metadata)) {
        const field = k === 'apiVersion' ? 'APIVersion' : k.charAt(0).toUpperCase() + k.slice(1);
        out[field] = v;
    }
    for (const f of ['Name', 'Version', 'AppVersion', 'Description', 'Type', 'Home', 'Icon', 'KubeVersion'])
        if (!(f in out))
            out[f] = '';
    return out;
}
function capabilitiesObject() {
    const { major, minor } = DEFAULT_KUBE_VERSION;
    const version = `v${major}.${minor}.0`;
    const kubeVersion = { Version: version, Major: String(major), Minor: String(minor), GitVersion: version };
    Object.defineProperty(kubeVersion, GO_STRING, { value: () => version, enumerable: false });
    const apiVersions = withMethods({}, { Has: (v) => API_VERSIONS.includes(String(v)) || hasKind(String(v)) });
    const helmVersion = { Version: 'v3.16.0', GitCommit: '', GitTreeState: '', GoVersion: '' };
    return { KubeVersion: kubeVersion, APIVersions: apiVersions, HelmVersion: helmVersion };
}
function hasKind(v) {
    const slash = v.lastIndexOf('/');
    return slash > 0 && API_VERSIONS.includes(v.slice(0, slash)) && /^[A-Z]/.test(v.slice(slash + 1));
}
/** Glob as Helm's Files.Glob: `*` within a folder, `**` across folders, `?` one character. */
function globRegex(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            re += '.*';
            i++;
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '{')
            re += '(?:';
        else if (c === '}')
            re += ')';
        else if (c === ',' && re.includes('(?:'))
            re += '|';
        else
            re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** `.Files`: `Get`, `GetBytes`, `Lines`, `Glob` (itself a Files), `AsConfig`, `AsSecrets`. */
function filesObject(files, reader) {
    const text = (path) => {
        const file = files.get(external_node_path_.posix.normalize(String(path)));
        if (!file)
            return '';
        const r = reader.read(file);
        return 'text' in r ? r.text : '';
    };
    const make = (paths) => {
        const entries = {};
        for (const p of paths)
            entries[p] = text(p);
        return withMethods(entries, {
            Get: (p) => text(String(p)),
            GetBytes: (p) => text(String(p)),
            Lines: (p) => text(String(p)).split('\n'),
            Glob: (pattern) => {
                const re = globRegex(String(pattern));
                return make(paths.filter((p) => re.test(p)));
            },
            AsConfig: () => configOf(paths, text, (s) => s),
            AsSecrets: () => configOf(paths, text, (s) => Buffer.from(s, 'utf8').toString('base64')),
        });
    };
    // The root Files object loads contents lazily: only what a template asks for is read.
    const root = withMethods({}, {});
    const all = [...files.keys()].sort();
    const glob = make([]);
    return withMethods(root, {
        Get: (p) => text(String(p)),
        GetBytes: (p) => text(String(p)),
        Lines: (p) => text(String(p)).split('\n'),
        Glob: (pattern) => {
            const re = globRegex(String(pattern));
            return make(all.filter((p) => re.test(p)));
        },
        AsConfig: () => glob.AsConfig(),
        AsSecrets: () => glob.AsSecrets(),
    });
}
function configOf(paths, text, encode) {
    const out = {};
    for (const p of paths)
        out[external_node_path_.posix.basename(p)] = encode(text(p));
    if (!paths.length)
        return '';
    return (0,dist/* stringify */.As)(out, { sortMapEntries: true, lineWidth: 0 }).replace(/\n$/, '');
}
function templateObject(helmName) {
    const basePath = helmName.slice(0, helmName.indexOf('/templates/') + '/templates'.length);
    return { Name: helmName, BasePath: basePath };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/go-template/template-error.js
// One error type for the whole engine, carrying where in which template it happened, so the chart
// renderer can turn it into a Diagnostic pointing at the template's file and line.
class TemplateError extends Error {
    template;
    line;
    detail;
    constructor(
    /** The template the failing action is in (`shop/templates/_helpers.tpl`, a define's file). */
    template, line, detail) {
        super(`template: ${template}:${line}: ${detail}`);
        this.template = template;
        this.line = line;
        this.detail = detail;
    }
}
/** Raised by `fail` and `required`: the chart's own message, reported as it is. */
class ChartFailure extends Error {
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/go-template/lexer.js
// Splits a Go template into text and actions (honouring `{{-`/`-}}` trim markers and `{{/* */}}`
// comments), and an action into tokens. Quotes are tracked while looking for `}}`, so `{{ "}}" }}`
// stays one action.

const SPACE = /[ \t\r\n]/;
function segmentTemplate(name, source) {
    const segments = [];
    let pos = 0;
    let line = 1;
    let trimNext = false;
    const pushText = (text) => {
        let t = text;
        if (trimNext)
            t = t.replace(/^[ \t\r\n]+/, '');
        trimNext = false;
        if (t)
            segments.push({ kind: 'text', text: t });
    };
    while (pos < source.length) {
        const open = source.indexOf('{{', pos);
        if (open < 0) {
            pushText(source.slice(pos));
            break;
        }
        let text = source.slice(pos, open);
        line += countLines(text);
        let start = open + 2;
        const trimLeft = source[start] === '-' && SPACE.test(source[start + 1] ?? '');
        if (trimLeft) {
            text = text.replace(/[ \t\r\n]+$/, '');
            start += 2;
        }
        pushText(text);
        const actionLine = line;
        const close = findClose(source, start);
        if (close < 0)
            throw new TemplateError(name, actionLine, 'unclosed action');
        let end = close;
        const trimRight = source[close - 1] === '-' && close - 2 >= start && SPACE.test(source[close - 2] ?? '');
        if (trimRight)
            end = close - 2;
        const content = source.slice(start, end);
        line += countLines(source.slice(open, close + 2));
        pos = close + 2;
        trimNext = trimRight;
        const trimmed = content.trim();
        if (trimmed.startsWith('/*')) {
            if (!trimmed.endsWith('*/'))
                throw new TemplateError(name, actionLine, 'unclosed comment');
            continue;
        }
        segments.push({ kind: 'action', tokens: tokenize(name, content, actionLine), line: actionLine, source: trimmed });
    }
    return segments;
}
function countLines(text) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Index of the `}}` ending the action that starts at `from`, skipping strings and comments. */
function findClose(source, from) {
    let i = from;
    const rest = source.slice(from).trimStart();
    if (rest.startsWith('/*')) {
        const endComment = source.indexOf('*/', source.indexOf('/*', from) + 2);
        if (endComment < 0)
            return -1;
        i = endComment + 2;
    }
    while (i < source.length) {
        const c = source[i];
        if (c === '"' || c === "'") {
            i++;
            while (i < source.length && source[i] !== c) {
                if (source[i] === '\\')
                    i++;
                if (source[i] === '\n')
                    return -1;
                i++;
            }
            i++;
        }
        else if (c === '`') {
            const endRaw = source.indexOf('`', i + 1);
            if (endRaw < 0)
                return -1;
            i = endRaw + 1;
        }
        else if (c === '}' && source[i + 1] === '}') {
            return i;
        }
        else
            i++;
    }
    return -1;
}
const IDENT = /[A-Za-z0-9_]/;
function tokenize(name, content, firstLine) {
    const tokens = [];
    let i = 0;
    let line = firstLine;
    let spaced = true;
    const push = (kind, text) => {
        tokens.push({ kind, text, line, spaced });
        spaced = false;
    };
    const word = (from) => {
        let j = from;
        while (j < content.length && IDENT.test(content[j]))
            j++;
        return j;
    };
    while (i < content.length) {
        const c = content[i];
        if (SPACE.test(c)) {
            if (c === '\n')
                line++;
            spaced = true;
            i++;
        }
        else if (c === '.') {
            const j = word(i + 1);
            if (j === i + 1) {
                if (/[0-9]/.test(content[i + 1] ?? '')) {
                    const n = numberEnd(content, i);
                    push('number', content.slice(i, n));
                    i = n;
                    continue;
                }
                push('dot', '.');
            }
            else
                push('field', content.slice(i + 1, j));
            i = j;
        }
        else if (c === '$') {
            const j = word(i + 1);
            push('variable', content.slice(i, j));
            i = j;
        }
        else if (c === '"') {
            let j = i + 1;
            while (j < content.length && content[j] !== '"')
                j += content[j] === '\\' ? 2 : 1;
            if (j >= content.length)
                throw new TemplateError(name, line, 'unterminated quoted string');
            push('string', unquote(name, line, content.slice(i, j + 1)));
            i = j + 1;
        }
        else if (c === '`') {
            const j = content.indexOf('`', i + 1);
            if (j < 0)
                throw new TemplateError(name, line, 'unterminated raw quoted string');
            const raw = content.slice(i + 1, j);
            push('string', raw);
            line += countLines(raw);
            i = j + 1;
        }
        else if (c === "'") {
            const j = content.indexOf("'", i + 2);
            if (j < 0)
                throw new TemplateError(name, line, 'unterminated character constant');
            const ch = unquote(name, line, `"${content.slice(i + 1, j)}"`);
            push('number', String(ch.codePointAt(0) ?? 0));
            i = j + 1;
        }
        else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && /[0-9.]/.test(content[i + 1] ?? ''))) {
            const n = numberEnd(content, i);
            push('number', content.slice(i, n));
            i = n;
        }
        else if (IDENT.test(c)) {
            const j = word(i);
            push('ident', content.slice(i, j));
            i = j;
        }
        else if (c === '|') {
            push('pipe', '|');
            i++;
        }
        else if (c === '(') {
            push('lparen', '(');
            i++;
        }
        else if (c === ')') {
            push('rparen', ')');
            i++;
        }
        else if (c === ',') {
            push('comma', ',');
            i++;
        }
        else if (c === ':' && content[i + 1] === '=') {
            push('declare', ':=');
            i += 2;
        }
        else if (c === '=') {
            push('assign', '=');
            i++;
        }
        else
            throw new TemplateError(name, line, `unexpected ${JSON.stringify(c)} in command`);
    }
    return tokens;
}
function numberEnd(content, from) {
    let j = from;
    if (content[j] === '-' || content[j] === '+')
        j++;
    while (j < content.length && /[0-9A-Za-z_.]/.test(content[j])) {
        if ((content[j] === 'e' || content[j] === 'E') && (content[j + 1] === '-' || content[j + 1] === '+'))
            j++;
        j++;
    }
    return j;
}
function unquote(name, line, quoted) {
    try {
        // Go's escapes are JSON's plus \a \v \x.. \' and octal; map the common extra ones first.
        const json = quoted
            .replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')
            .replace(/\\a/g, '\\u0007')
            .replace(/\\v/g, '\\u000b')
            .replace(/\\'/g, "'")
            .replace(/\t/g, '\\t');
        return JSON.parse(json);
    }
    catch {
        throw new TemplateError(name, line, `bad quoted string ${quoted}`);
    }
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/go-template/parser.js
// Builds the parse tree of one template file from its segments: control structures (`if`, `with`,
// `range` with `else`/`else if`, `define`, `block`, `template`) and pipelines. `define`d templates
// are returned beside the file's own body so the set can register them by name.


const CONTROL = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);
/** Parses `source` as the template `name`, written in `file`. Throws TemplateError on bad syntax. */
function parseTemplate(name, file, source) {
    const segments = segmentTemplate(name, source);
    const defines = [];
    let at = 0;
    let rangeDepth = 0;
    const parseList = (context) => {
        const nodes = [];
        while (at < segments.length) {
            const seg = segments[at++];
            if (seg.kind === 'text') {
                nodes.push({ type: 'text', text: seg.text });
                continue;
            }
            const [first, ...rest] = seg.tokens;
            if (!first)
                throw new TemplateError(name, seg.line, 'missing value for command');
            const keyword = first.kind === 'ident' && CONTROL.has(first.text) ? first.text : undefined;
            if (keyword === 'end' || keyword === 'else') {
                if (!context)
                    throw new TemplateError(name, seg.line, `unexpected {{${keyword}}}`);
                if (keyword === 'end' && rest.length)
                    throw new TemplateError(name, seg.line, 'unexpected tokens after end');
                return { nodes, stop: { keyword, tokens: rest, line: seg.line } };
            }
            if (keyword)
                nodes.push(...parseControl(keyword, rest, seg.line));
            else
                nodes.push({ type: 'action', pipe: parsePipeline(name, seg.tokens, seg.line, true), line: seg.line });
        }
        if (context)
            throw new TemplateError(name, segments.length ? lastLine() : 1, `unexpected EOF in ${context}`);
        return { nodes, stop: undefined };
    };
    const lastLine = () => {
        for (let i = segments.length - 1; i >= 0; i--) {
            const s = segments[i];
            if (s.kind === 'action')
                return s.line;
        }
        return 1;
    };
    const parseBranch = (kind, tokens, line) => {
        const pipe = parsePipeline(name, tokens, line, kind !== 'range' ? true : 'range');
        if (kind === 'range')
            rangeDepth++;
        const body = parseList(kind);
        if (kind === 'range')
            rangeDepth--;
        let elseList;
        if (body.stop?.keyword === 'else') {
            const [next, ...more] = body.stop.tokens;
            if (next && next.kind === 'ident' && (next.text === 'if' || next.text === 'with') && kind !== 'range') {
                elseList = [parseBranch(next.text, more, body.stop.line)];
            }
            else {
                if (next)
                    throw new TemplateError(name, body.stop.line, 'unexpected tokens after else');
                const tail = parseList(kind);
                if (tail.stop?.keyword !== 'end')
                    throw new TemplateError(name, body.stop.line, `expected end; found else`);
                elseList = tail.nodes;
            }
        }
        return { type: kind, pipe, list: body.nodes, elseList, line };
    };
    const parseControl = (keyword, tokens, line) => {
        switch (keyword) {
            case 'if':
            case 'with':
            case 'range':
                return [parseBranch(keyword, tokens, line)];
            case 'break':
            case 'continue':
                if (!rangeDepth)
                    throw new TemplateError(name, line, `{{${keyword}}} outside {{range}}`);
                return [{ type: keyword, line }];
            case 'template': {
                const [nameToken, ...args] = tokens;
                if (nameToken?.kind !== 'string')
                    throw new TemplateError(name, line, 'template name must be a string');
                const pipe = args.length ? parsePipeline(name, args, line, false) : undefined;
                return [{ type: 'template', name: nameToken.text, pipe, line }];
            }
            default: {
                // define / block
                const [nameToken, ...args] = tokens;
                if (nameToken?.kind !== 'string')
                    throw new TemplateError(name, line, `${keyword} name must be a string`);
                if (keyword === 'define' && args.length)
                    throw new TemplateError(name, line, 'unexpected tokens in define');
                const saved = rangeDepth;
                rangeDepth = 0;
                const body = parseList(keyword);
                rangeDepth = saved;
                if (body.stop?.keyword !== 'end')
                    throw new TemplateError(name, line, `unexpected else in ${keyword}`);
                defines.push({ name: nameToken.text, file, body: body.nodes });
                if (keyword === 'define')
                    return [];
                const pipe = args.length ? parsePipeline(name, args, line, false) : undefined;
                return [{ type: 'template', name: nameToken.text, pipe, line }];
            }
        }
    };
    const { nodes } = parseList(undefined);
    return { main: { name, file, body: nodes }, defines };
}
/** Parses the tokens of one pipeline; `declare` says whether `$x :=` (and for range `$i, $v :=`) may lead. */
function parsePipeline(name, tokens, line, declare) {
    let i = 0;
    const decl = [];
    let assign = false;
    if (declare && tokens[0]?.kind === 'variable') {
        const t1 = tokens[1];
        if (t1 && (t1.kind === 'declare' || t1.kind === 'assign')) {
            decl.push(tokens[0].text);
            assign = t1.kind === 'assign';
            i = 2;
        }
        else if (declare === 'range' && t1?.kind === 'comma' && tokens[2]?.kind === 'variable') {
            const t3 = tokens[3];
            if (t3 && (t3.kind === 'declare' || t3.kind === 'assign')) {
                decl.push(tokens[0].text, tokens[2].text);
                assign = t3.kind === 'assign';
                i = 4;
            }
        }
    }
    const cmds = [];
    let args = [];
    let cmdLine = tokens[i]?.line ?? line;
    const endCommand = (at) => {
        if (!args.length)
            throw new TemplateError(name, at?.line ?? line, 'missing command in pipeline');
        cmds.push({ args, line: cmdLine });
        args = [];
    };
    while (i < tokens.length) {
        const t = tokens[i];
        if (t.kind === 'pipe') {
            endCommand(t);
            i++;
            cmdLine = tokens[i]?.line ?? t.line;
            continue;
        }
        const [operand, next] = parseOperand(name, tokens, i);
        args.push(operand);
        i = next;
    }
    endCommand(tokens[tokens.length - 1]);
    return { decl, assign, cmds, line };
}
function parseOperand(name, tokens, at) {
    const t = tokens[at];
    let i = at + 1;
    const chain = () => {
        const fields = [];
        while (tokens[i]?.kind === 'field' && !tokens[i].spaced)
            fields.push(tokens[i++].text);
        return fields;
    };
    switch (t.kind) {
        case 'dot':
            return [{ type: 'dot' }, i];
        case 'field': {
            const fields = [t.text, ...chain()];
            return [{ type: 'field', chain: fields }, i];
        }
        case 'variable':
            return [{ type: 'variable', name: t.text, chain: chain() }, i];
        case 'string':
            return [{ type: 'string', value: t.text }, i];
        case 'number': {
            const value = Number(t.text.replace(/_/g, ''));
            if (Number.isNaN(value))
                throw new TemplateError(name, t.line, `bad number syntax: "${t.text}"`);
            return [{ type: 'number', value }, i];
        }
        case 'ident':
            if (t.text === 'true' || t.text === 'false')
                return [{ type: 'bool', value: t.text === 'true' }, i];
            if (t.text === 'nil')
                return [{ type: 'nil' }, i];
            if (CONTROL.has(t.text))
                throw new TemplateError(name, t.line, `unexpected <${t.text}> in command`);
            return [{ type: 'identifier', name: t.text }, i];
        case 'lparen': {
            let depth = 1;
            let j = i;
            while (j < tokens.length && depth) {
                if (tokens[j].kind === 'lparen')
                    depth++;
                else if (tokens[j].kind === 'rparen')
                    depth--;
                j++;
            }
            if (depth)
                throw new TemplateError(name, t.line, 'unclosed left paren');
            const pipe = parsePipeline(name, tokens.slice(i, j - 1), t.line, false);
            i = j;
            return [{ type: 'pipe', pipe, chain: chain() }, i];
        }
        default:
            throw new TemplateError(name, t.line, `unexpected "${t.text}" in operand`);
    }
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/go-template/executor.js
// Runs parsed templates the way Go's text/template does: dot and `$`, variables scoped to their
// control structure, pipelines feeding the previous value as the last argument, `range` over
// slices, maps (sorted keys), integers, `and`/`or` short-circuiting. Every run is bounded: nesting
// of `template`/`include`/`tpl`, steps, range iterations and output bytes.



const DEFAULT_LIMITS = {
    maxDepth: 100,
    maxOutputBytes: 16 * 1024 * 1024,
    maxRangeIterations: 10_000,
    maxSteps: 5_000_000,
};
function newBudget(limits) {
    return { outputBytes: limits.maxOutputBytes, steps: limits.maxSteps };
}
/** Longest list a function may return. */
const MAX_LIST_LENGTH = 1_000_000;
class BreakSignal {
}
class ContinueSignal {
}
/** A set of named templates (files and `define`s) with the functions they may call. */
class TemplateSet {
    funcs;
    limits;
    templates = new Map();
    budget;
    constructor(funcs, limits = DEFAULT_LIMITS) {
        this.funcs = funcs;
        this.limits = limits;
        this.budget = newBudget(limits);
    }
    /** Parses and adds a file; its `define`s replace earlier ones of the same name, as in Go. */
    add(name, file, source) {
        const parsed = parseTemplate(name, file, source);
        // Go checks function names when it parses, so a call in a branch never taken fails too.
        for (const t of [parsed.main, ...parsed.defines])
            checkFunctions(name, t.body, this.funcs);
        this.templates.set(name, parsed.main);
        for (const d of parsed.defines)
            this.templates.set(d.name, d);
    }
    /** Runs the named template with `data` as dot and `$`. Throws TemplateError. */
    execute(name, data) {
        const out = [];
        this.run(name, data, out, 0, { template: name, line: 0 });
        return out.join('');
    }
    run(name, data, out, depth, from) {
        const t = this.templates.get(name);
        if (!t)
            throw new TemplateError(from.template, from.line, `no template ${JSON.stringify(name)} associated`);
        if (depth > this.limits.maxDepth)
            throw new TemplateError(from.template, from.line, `template nesting exceeds ${this.limits.maxDepth} (recursive include?)`);
        new Execution(this, t.file, data, out, depth).list(t.body, data);
    }
}
class Execution {
    set;
    file;
    out;
    depth;
    vars;
    line = 0;
    constructor(set, file, root, out, depth) {
        this.set = set;
        this.file = file;
        this.out = out;
        this.depth = depth;
        this.vars = [{ name: '$', value: root }];
    }
    fail(detail, line = this.line) {
        throw new TemplateError(this.file, line, detail);
    }
    step() {
        if (--this.set.budget.steps < 0)
            this.fail(`execution exceeds ${this.set.limits.maxSteps} steps`);
    }
    write(text) {
        this.set.budget.outputBytes -= text.length;
        if (this.set.budget.outputBytes < 0)
            this.fail(`output exceeds ${Math.round(this.set.limits.maxOutputBytes / 1024 / 1024)} MB`);
        this.out.push(text);
    }
    list(nodes, dot) {
        for (const node of nodes)
            this.node(node, dot);
    }
    scoped(run) {
        const mark = this.vars.length;
        try {
            run();
        }
        finally {
            this.vars.length = mark;
        }
    }
    node(node, dot) {
        this.step();
        switch (node.type) {
            case 'text':
                this.write(node.text);
                return;
            case 'action': {
                this.line = node.line;
                const value = this.pipeline(node.pipe, dot);
                if (!node.pipe.decl.length)
                    this.write(isNil(value) ? '<no value>' : goString(value));
                return;
            }
            case 'if':
            case 'with':
                this.scoped(() => {
                    this.line = node.line;
                    const value = this.pipeline(node.pipe, dot);
                    if (truthy(value))
                        this.scoped(() => this.list(node.list, node.type === 'with' ? value : dot));
                    else if (node.elseList)
                        this.scoped(() => this.list(node.elseList, dot));
                });
                return;
            case 'range':
                this.scoped(() => this.range(node, dot));
                return;
            case 'template': {
                this.line = node.line;
                const data = node.pipe ? this.pipeline(node.pipe, dot) : undefined;
                this.set.run(node.name, data, this.out, this.depth + 1, { template: this.file, line: node.line });
                return;
            }
            case 'break':
                throw new BreakSignal();
            case 'continue':
                throw new ContinueSignal();
        }
    }
    range(node, dot) {
        this.line = node.line;
        const value = this.pipeline(node.pipe, dot, false);
        let items;
        if (isNil(value))
            items = [];
        else if (Array.isArray(value))
            items = value.map((v, i) => [i, v]);
        else if (isMap(value))
            items = Object.keys(value)
                .sort()
                .map((k) => [k, value[k]]);
        else if (typeof value === 'number' && Number.isInteger(value)) {
            if (value > this.set.limits.maxRangeIterations)
                this.rangeTooLong(value, node.line);
            items = Array.from({ length: Math.max(0, value) }, (_, i) => [i, i]);
        }
        else
            this.fail(`range can't iterate over ${goString(value)}`, node.line);
        if (items.length > this.set.limits.maxRangeIterations)
            this.rangeTooLong(items.length, node.line);
        if (!items.length) {
            if (node.elseList)
                this.scoped(() => this.list(node.elseList, dot));
            return;
        }
        const mark = this.vars.length;
        for (const [key, item] of items) {
            this.vars.length = mark;
            const decl = node.pipe.decl;
            if (decl.length === 1)
                this.bind(decl[0], item, node.pipe.assign);
            if (decl.length === 2) {
                this.bind(decl[0], key, node.pipe.assign);
                this.bind(decl[1], item, node.pipe.assign);
            }
            try {
                this.scoped(() => this.list(node.list, item));
            }
            catch (e) {
                if (e instanceof BreakSignal)
                    break;
                if (e instanceof ContinueSignal)
                    continue;
                throw e;
            }
        }
    }
    /** A value no chart needs and memory cannot afford: a string doubled in a loop, a list concatenated with itself. */
    bounded(name, value) {
        if (typeof value === 'string' && value.length > this.set.limits.maxOutputBytes)
            this.fail(`${name} built a string over the ${this.set.limits.maxOutputBytes}-byte output limit`);
        if (Array.isArray(value) && value.length > MAX_LIST_LENGTH)
            this.fail(`${name} built a list of ${value.length} items, over the limit of ${MAX_LIST_LENGTH}`);
        return value;
    }
    rangeTooLong(n, line) {
        return this.fail(`range over ${n} items exceeds the limit of ${this.set.limits.maxRangeIterations}`, line);
    }
    bind(name, value, assign) {
        if (!assign) {
            this.vars.push({ name, value });
            return;
        }
        for (let i = this.vars.length - 1; i >= 0; i--) {
            if (this.vars[i].name === name) {
                this.vars[i].value = value;
                return;
            }
        }
        this.fail(`undefined variable: ${name}`);
    }
    pipeline(pipe, dot, declare = true) {
        let value;
        pipe.cmds.forEach((cmd, i) => {
            value = this.command(cmd, dot, i > 0, value);
        });
        if (declare)
            for (const name of pipe.decl)
                this.bind(name, value, pipe.assign);
        return value;
    }
    command(cmd, dot, piped, final) {
        this.step();
        this.line = cmd.line;
        const [first, ...rest] = cmd.args;
        const extra = piped ? [final] : [];
        switch (first.type) {
            case 'identifier':
                return this.call(first.name, rest, dot, extra);
            case 'field':
                return this.chain(dot, first.chain, this.args(rest, dot, extra), '');
            case 'variable':
                if (first.chain.length)
                    return this.chain(this.variable(first.name), first.chain, this.args(rest, dot, extra), first.name);
                break;
            case 'pipe':
                if (first.chain.length)
                    return this.chain(this.pipeline(first.pipe, dot, false), first.chain, this.args(rest, dot, extra), '');
                break;
        }
        if (rest.length || piped)
            this.fail(`can't give argument to non-function ${describe(first)}`);
        return this.operand(first, dot);
    }
    args(ops, dot, extra) {
        return [...ops.map((o) => this.operand(o, dot)), ...extra];
    }
    operand(op, dot) {
        switch (op.type) {
            case 'dot':
                return dot;
            case 'nil':
                return null;
            case 'bool':
            case 'number':
            case 'string':
                return op.value;
            case 'field':
                return this.chain(dot, op.chain, [], '');
            case 'variable':
                return this.chain(this.variable(op.name), op.chain, [], op.name);
            case 'identifier':
                return this.call(op.name, [], dot, []);
            case 'pipe': {
                const line = this.line;
                const v = this.pipeline(op.pipe, dot, false);
                this.line = line;
                return this.chain(v, op.chain, [], '');
            }
        }
    }
    variable(name) {
        for (let i = this.vars.length - 1; i >= 0; i--)
            if (this.vars[i].name === name)
                return this.vars[i].value;
        return this.fail(`undefined variable: ${name}`);
    }
    /**
     * `.a.b.c` on `receiver`; a function at the end (a method such as `.Files.Get`) gets `args`.
     * As in Go: a nil met inside the chain (a missing key, a `null`) fails the next field, but a
     * chain that starts from nil (`(.Values.a).b`, `$x.b` with `$x` nil) is nil all along: Go unwraps
     * a pipeline's or variable's nil to "no value", on which a field is no value too. Charts rely on
     * `(.Values.resources.limits).cpu` for this.
     */
    chain(receiver, chain, args, start) {
        if (isNil(receiver) && chain.length) {
            if (args.length)
                this.fail(`${start}.${chain.join('.')} is not a method but has arguments`);
            return null;
        }
        let value = receiver;
        let path = start;
        chain.forEach((name, i) => {
            const last = i === chain.length - 1;
            if (isNil(value))
                this.fail(`nil pointer evaluating interface {}.${name}`);
            if (!isMap(value))
                this.fail(`can't evaluate field ${name} in type ${typeOf(value)}`);
            path += `.${name}`;
            const field = Object.hasOwn(value, name) ? value[name] : undefined;
            if (typeof field === 'function') {
                try {
                    value = field.apply(value, last ? args : []);
                }
                catch (e) {
                    if (e instanceof TemplateError)
                        throw e;
                    this.fail(`error calling ${name}: ${e.message}`);
                }
                if (last)
                    args = [];
            }
            else
                value = field;
        });
        if (args.length)
            this.fail(`${path || '.'} is not a method but has arguments`);
        return value;
    }
    call(name, argOps, dot, extra) {
        if (name === 'and' || name === 'or') {
            if (!argOps.length && !extra.length)
                this.fail(`wrong number of args for ${name}: want at least 1 got 0`);
            let v;
            for (const op of argOps) {
                v = this.operand(op, dot);
                if (name === 'and' ? !truthy(v) : truthy(v))
                    return v;
            }
            return extra.length ? extra[0] : v;
        }
        const fn = Object.hasOwn(this.set.funcs, name) ? this.set.funcs[name] : undefined;
        if (!fn)
            return this.fail(`function "${name}" not defined`);
        const args = this.args(argOps, dot, extra);
        const line = this.line;
        const ctx = {
            template: this.file,
            line,
            include: (tname, data) => {
                const buf = [];
                this.set.run(tname, data, buf, this.depth + 1, { template: this.file, line });
                return buf.join('');
            },
            tpl: (text, data) => {
                if (this.depth + 1 > this.set.limits.maxDepth)
                    this.fail(`template nesting exceeds ${this.set.limits.maxDepth} (recursive tpl?)`, line);
                const parsed = parseTemplate(this.file, this.file, text);
                for (const d of parsed.defines)
                    this.set.templates.set(d.name, d);
                const buf = [];
                new Execution(this.set, this.file, data, buf, this.depth + 1).list(parsed.main.body, data);
                return buf.join('');
            },
        };
        try {
            return this.bounded(name, fn(ctx, ...args));
        }
        catch (e) {
            if (e instanceof TemplateError)
                throw e;
            if (e instanceof ChartFailure)
                throw new TemplateError(this.file, line, e.message);
            return this.fail(`error calling ${name}: ${e.message}`, line);
        }
    }
}
function describe(op) {
    switch (op.type) {
        case 'string':
            return JSON.stringify(op.value);
        case 'number':
        case 'bool':
            return String(op.value);
        default:
            return `<${op.type}>`;
    }
}
const BUILTIN_NAMES = new Set(['and', 'or']);
function checkFunctions(template, nodes, funcs) {
    const known = (name) => BUILTIN_NAMES.has(name) || Object.hasOwn(funcs, name);
    const operand = (op, line) => {
        if (op.type === 'identifier' && !known(op.name))
            throw new TemplateError(template, line, `function "${op.name}" not defined`);
        if (op.type === 'pipe')
            pipeline(op.pipe);
    };
    const pipeline = (pipe) => {
        for (const cmd of pipe.cmds)
            for (const op of cmd.args)
                operand(op, cmd.line);
    };
    for (const node of nodes) {
        switch (node.type) {
            case 'action':
                pipeline(node.pipe);
                break;
            case 'if':
            case 'with':
            case 'range':
                pipeline(node.pipe);
                checkFunctions(template, node.list, funcs);
                if (node.elseList)
                    checkFunctions(template, node.elseList, funcs);
                break;
            case 'template':
                if (node.pipe)
                    pipeline(node.pipe);
                break;
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/helm-functions.js
// Helm's own template functions on top of Sprig: `include` and `tpl` (which run templates),
// `required` and `fail` (the chart's own errors), YAML/JSON both ways as Helm writes them, and
// `lookup`, which `helm template` answers with an empty dict because there is no cluster.





/** YAML as sigs.k8s.io/yaml writes it: keys sorted, sequences not indented under their key. */
function toYaml(v) {
    if (v === undefined)
        return 'null';
    const text = (0,dist/* stringify */.As)(v, { sortMapEntries: true, indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false });
    return text.replace(/\n$/, '');
}
/** encoding/json: keys sorted, `<`, `>` and `&` escaped. */
function toJson(v) {
    const sorted = (x) => {
        if (Array.isArray(x))
            return x.map(sorted);
        if (isMap(x)) {
            const out = {};
            for (const k of Object.keys(x).sort())
                out[k] = sorted(x[k]);
            return out;
        }
        return x === undefined ? null : x;
    };
    return (JSON.stringify(sorted(v)) ?? 'null')
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026');
}
function fromYaml(text) {
    try {
        const v = (0,dist/* parse */.qg)(strval(text), { maxAliasCount: 100 });
        return isMap(v) ? v : {};
    }
    catch (e) {
        return { Error: e.message };
    }
}
function fromJson(text) {
    try {
        const v = JSON.parse(strval(text));
        return isMap(v) ? v : {};
    }
    catch (e) {
        return { Error: e.message };
    }
}
const HELM = {
    include: (ctx, name, data) => ctx.include(strval(name), data),
    tpl: (ctx, text, data) => ctx.tpl(strval(text), data),
    required: (_ctx, message, value) => {
        if (isNil(value) || value === '')
            throw new ChartFailure(strval(message));
        return value;
    },
    fail: (_ctx, message) => {
        throw new ChartFailure(strval(message));
    },
    toYaml: (_ctx, v) => toYaml(v),
    fromYaml: (_ctx, text) => fromYaml(text),
    fromYamlArray: (_ctx, text) => {
        try {
            const v = (0,dist/* parse */.qg)(strval(text), { maxAliasCount: 100 });
            return Array.isArray(v) ? v : [];
        }
        catch (e) {
            return [e.message];
        }
    },
    toJson: (_ctx, v) => toJson(v),
    mustToJson: (_ctx, v) => toJson(v),
    toRawJson: (_ctx, v) => toJson(v)
        .replace(/\\u003c/g, '<')
        .replace(/\\u003e/g, '>')
        .replace(/\\u0026/g, '&'),
    fromJson: (_ctx, text) => fromJson(text),
    fromJsonArray: (_ctx, text) => {
        try {
            const v = JSON.parse(strval(text));
            return Array.isArray(v) ? v : [];
        }
        catch (e) {
            return [e.message];
        }
    },
    mustFromJson: (_ctx, text) => JSON.parse(strval(text)),
    toPrettyJson: (_ctx, v) => JSON.stringify(JSON.parse(toJson(v)), null, 2),
    sha256sum: (_ctx, v) => (0,external_node_crypto_.createHash)('sha256').update(strval(v), 'utf8').digest('hex'),
    sha1sum: (_ctx, v) => (0,external_node_crypto_.createHash)('sha1').update(strval(v), 'utf8').digest('hex'),
    lookup: () => ({}),
    sha512sum: (_ctx, v) => (0,external_node_crypto_.createHash)('sha512').update(strval(v), 'utf8').digest('hex'),
    adler32sum: (_ctx, v) => String(adler32(strval(v))),
    mustToPrettyJson: (_ctx, v) => JSON.stringify(JSON.parse(toJson(v)), null, 2),
    mustToRawJson: (_ctx, v) => toJson(v)
        .replace(/\\u003c/g, '<')
        .replace(/\\u003e/g, '>')
        .replace(/\\u0026/g, '&'),
    mustFromYaml: (_ctx, text) => fromYaml(text),
    toToml: () => '',
    getHostByName: () => '',
    // Keys, certificates and password hashes are random in Helm: fixed stand-ins keep the docs stable
    // and tell a reader what the object holds without inventing secrets.
    htpasswd: (_ctx, user) => `${strval(user)}:<bcrypt hash>`,
    bcrypt: () => '<bcrypt hash>',
    derivePassword: () => '<derived password>',
    encryptAES: () => '<encrypted>',
    decryptAES: () => '',
    genPrivateKey: () => '<private key>',
    genCA: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    genCAWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    genSelfSignedCert: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    genSelfSignedCertWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    genSignedCert: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    genSignedCertWithKey: () => ({ Cert: '<certificate>', Key: '<private key>' }),
    buildCustomCert: (_ctx, cert, key) => ({ Cert: strval(cert), Key: strval(key) }),
};
function adler32(text) {
    let a = 1;
    let b = 0;
    for (const byte of Buffer.from(text, 'utf8')) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return ((b << 16) | a) >>> 0;
}
/** Every function a chart's templates may call. */
const HELM_FUNCTIONS = { ...SPRIG_FUNCTIONS, ...HELM };

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/rendered-documents.js
// Turns one template's rendered text into ManifestDocuments: split on `---` as Helm's
// SplitManifests does, parse each part, drop empty ones, and point each object at the `kind:` line
// of the template it came from (the n-th object of a kind at the n-th such line, so objects from a
// `range` all point at the one line that made them).

const SEPARATOR = /(?:^|\n)---[ \t]*(?:#[^\n]*)?(?=\n|$)/;
function splitManifests(text) {
    return text.split(SEPARATOR).filter((part) => part.trim() !== '');
}
/** Top-level `kind:` lines of a template (column 0, else the least indented ones). */
function kindLines(template) {
    const found = [];
    template.split('\n').forEach((text, i) => {
        const m = /^(\s*)kind:\s*(.*?)\s*$/.exec(text);
        if (m)
            found.push({ line: i + 1, value: m[2].replace(/^["']|["']$/g, ''), indent: m[1].length });
    });
    const least = Math.min(...found.map((f) => f.indent));
    return found.filter((f) => f.indent === least);
}
/** Parses the rendered text of `file` (whose source is `template`) into documents. */
function documentsOf(file, template, rendered, diagnostics) {
    const lines = kindLines(template);
    const seen = new Map();
    const docs = [];
    for (const part of splitManifests(rendered)) {
        const doc = (0,dist/* parseDocument */.Tp)(part, { prettyErrors: false });
        if (doc.errors.length) {
            const first = doc.errors[0];
            diagnostics.push({
                severity: 'error',
                stage: 'infra',
                file,
                line: lines[0]?.line ?? 1,
                message: `rendered output is not valid YAML: ${first.message.split('\n')[0]}`,
            });
            continue;
        }
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            continue;
        if (typeof value !== 'object' || Array.isArray(value)) {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file,
                line: lines[0]?.line ?? 1,
                message: 'rendered document is not a Kubernetes object; skipped',
            });
            continue;
        }
        const kind = String(value.kind ?? '');
        const n = seen.get(kind) ?? 0;
        seen.set(kind, n + 1);
        const candidates = lines.filter((l) => l.value === kind || l.value.includes('{{'));
        const at = candidates[Math.min(n, candidates.length - 1)];
        docs.push({ value, source: { file, line: at?.line ?? 1 } });
    }
    return docs;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/render-builtin.js
// The built-in `helm template`: every chart and enabled subchart's templates in one set (parsed
// deepest first, so a parent's `define` wins, as in Helm), each manifest template executed with
// its chart's scoped values, and the output parsed into documents. A failing template yields a
// diagnostic at its file and line; the others still render.








function renderBuiltin(chart, options, diagnostics) {
    const placed = [];
    const top = coalesceValues(options.values, chart.values);
    // Helm always gives the values a `global` map, so `.Values.global.x` never fails on nil.
    if (!isMap(top.global))
        top.global = {};
    placeChart(chart, chart.name, top, chart.name, placed, diagnostics);
    const set = new TemplateSet(HELM_FUNCTIONS, options.limits ?? DEFAULT_LIMITS);
    const helmNames = new Map();
    for (const p of placed)
        helmNames.set(p.helmName, p.template.file);
    const parsed = new Set();
    for (const p of sortLikeHelm(placed)) {
        try {
            set.add(p.helmName, p.helmName, p.template.text);
            parsed.add(p.helmName);
        }
        catch (e) {
            diagnostics.push(diagnosticOf(e, p.template.file, helmNames));
        }
    }
    const capabilities = capabilitiesObject();
    const documents = [];
    const byChart = new Map();
    for (const p of [...placed].sort((a, b) => (a.template.file < b.template.file ? -1 : 1))) {
        if (!parsed.has(p.helmName) || !isManifestTemplate(p.template.path))
            continue;
        let chartObj = byChart.get(p.chart);
        if (!chartObj) {
            chartObj = chartObject({ ...p.chart.metadata, name: p.chartName });
            byChart.set(p.chart, chartObj);
        }
        const data = {
            Values: p.values,
            Release: releaseObject(options.release, options.namespace),
            Chart: chartObj,
            Capabilities: capabilities,
            Files: filesObject(p.chart.files, options.reader),
            Template: templateObject(p.helmName),
        };
        let rendered;
        try {
            rendered = set.execute(p.helmName, data).replaceAll('<no value>', '');
        }
        catch (e) {
            diagnostics.push(diagnosticOf(e, p.template.file, helmNames));
            continue;
        }
        documents.push(...documentsOf(p.template.file, p.template.text, rendered, diagnostics));
    }
    return { documents, helmNames };
}
/** Places a chart's templates with its values, then its enabled subcharts' with theirs. */
function placeChart(chart, chartName, values, helmPath, out, diagnostics) {
    for (const template of chart.templates)
        out.push({ template, helmName: `${helmPath}/${template.path}`, chart, chartName, values });
    for (const sub of chart.subcharts) {
        const dep = chart.dependencies.find((d) => d.name === sub.name);
        const name = dep?.alias ?? sub.name;
        const own = isMap(values[name]) ? values[name] : {};
        const subValues = coalesceValues(own, sub.values);
        if (dep?.condition && !conditionHolds(dep.condition, values, name, subValues)) {
            diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file: external_node_path_.posix.join(chart.dir, 'Chart.yaml'),
                message: `subchart ${name} is disabled by its condition ${dep.condition}; not rendered`,
            });
            continue;
        }
        const parentGlobal = isMap(values.global) ? values.global : {};
        const ownGlobal = isMap(subValues.global) ? subValues.global : {};
        subValues.global = coalesceValues(parentGlobal, ownGlobal);
        values[name] = subValues;
        placeChart(sub, name, subValues, `${helmPath}/charts/${name}`, out, diagnostics);
    }
}
/** Helm's rule: the first path of the comma-separated condition that holds a boolean decides. */
function conditionHolds(condition, parent, name, sub) {
    for (const path of condition.split(',').map((p) => p.trim())) {
        let v = valueAt(parent, path);
        if (v === undefined && path.startsWith(`${name}.`))
            v = valueAt(sub, path.slice(name.length + 1));
        if (typeof v === 'boolean')
            return v;
    }
    return true;
}
/** Deepest paths first; at one depth, reverse alphabetical: Helm's order, so parents' defines win. */
function sortLikeHelm(placed) {
    const depth = (p) => p.helmName.split('/').length;
    return [...placed].sort((a, b) => {
        if (depth(a) !== depth(b))
            return depth(b) - depth(a);
        return a.helmName < b.helmName ? 1 : a.helmName > b.helmName ? -1 : 0;
    });
}
/** A template that yields manifests: not a partial (`_helpers.tpl`), not NOTES.txt. */
function isManifestTemplate(path) {
    const base = external_node_path_.posix.basename(path);
    return !base.startsWith('_') && base !== 'NOTES.txt' && /\.(ya?ml|tpl)$/.test(base);
}
function diagnosticOf(e, fallbackFile, helmNames) {
    if (e instanceof TemplateError) {
        return {
            severity: 'error',
            stage: 'infra',
            file: helmNames.get(e.template) ?? fallbackFile,
            line: e.line || 1,
            message: e.message,
        };
    }
    return { severity: 'error', stage: 'infra', file: fallbackFile, line: 1, message: String(e.message ?? e) };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/render-with-tool.js
// `helm template` itself, when it is on PATH: what it prints is what Helm would deploy. Each
// document follows a `# Source: <chart>/templates/x.yaml` comment, mapped back to the repo path
// of that template so objects point at the file a reader would open.



async function renderWithTool(run) {
    const args = ['template', run.release, (0,external_node_path_.join)(run.repoRoot, run.chartDir), '--namespace', run.namespace];
    for (const f of run.valueFiles)
        args.push('-f', (0,external_node_path_.join)(run.repoRoot, f));
    const result = await (0,external_tool/* runTool */.qI)(run.helm, args, run.repoRoot);
    if ('error' in result)
        return { error: result.error };
    return parseToolOutput(result.stdout, run);
}
/** Groups `helm template` output by its `# Source:` comments and parses each group's documents. */
function parseToolOutput(stdout, run) {
    const diagnostics = [];
    const documents = [];
    const groups = new Map();
    for (const part of stdout.split(/^---[ \t]*$/m)) {
        const m = /^# Source: (.+)$/m.exec(part);
        if (!m)
            continue;
        const helmName = m[1].trim();
        const list = groups.get(helmName) ?? [];
        list.push(part);
        groups.set(helmName, list);
    }
    for (const [helmName, parts] of groups) {
        const file = run.helmNames.get(helmName) ?? (0,external_node_path_.join)(run.chartDir, helmName.split('/').slice(1).join('/'));
        documents.push(...documentsOf(file, run.templateText(file), parts.join('\n---\n'), diagnostics));
    }
    return { documents, diagnostics };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/find-charts.js
// Which folders are Helm charts: those holding a Chart.yaml, outermost only, because a subchart
// vendored under another chart's charts/ is rendered by its parent with the parent's values.

function findCharts(files) {
    const dirs = files
        .filter((f) => external_node_path_.posix.basename(f) === 'Chart.yaml')
        .map((f) => external_node_path_.posix.dirname(f))
        .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const charts = [];
    for (const dir of dirs) {
        const inside = charts.some((c) => c === '.' || dir.startsWith(`${c}/`));
        if (!inside)
            charts.push(dir);
    }
    return charts.sort();
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/helm/render-chart.js
// Renders one Helm chart into a ManifestSet: with `helm template` when asked to and it is on PATH
// (falling back to the built-in renderer with a notice when it fails), else with the built-in
// renderer. Never throws: whatever cannot be read or rendered becomes a diagnostic.







async function renderChart(chartDir, options) {
    const diagnostics = [];
    const dir = external_node_path_.posix.normalize(chartDir);
    const consumed = walk(options.repoRoot, dir, []);
    const empty = (name) => ({
        set: { environment: { id: dir, name, via: 'helm' }, documents: [] },
        consumed,
        diagnostics,
    });
    try {
        const chart = loadChart(options.repoRoot, options.reader, dir, diagnostics);
        if (!chart)
            return empty(options.release ?? external_node_path_.posix.basename(dir));
        const release = options.release ?? chart.name;
        const namespace = options.namespace ?? 'default';
        const valueFiles = resolveValueFiles(dir, options, diagnostics);
        for (const f of valueFiles)
            if (!consumed.includes(f))
                consumed.push(f);
        const userValues = mergeValueFiles(valueFiles.map((f) => readValues(f, options.reader, diagnostics)));
        const built = renderBuiltin(chart, { reader: options.reader, values: userValues, release, namespace }, diagnostics);
        const helm = options.useTool ? (0,external_tool/* findOnPath */.aY)('helm') : undefined;
        if (helm) {
            const allTemplates = collectTemplates(chart, new Map());
            const outcome = await renderWithTool({
                helm,
                repoRoot: options.repoRoot,
                chartDir: dir,
                release,
                namespace,
                valueFiles,
                helmNames: built.helmNames,
                templateText: (file) => allTemplates.get(file) ?? '',
            });
            if ('documents' in outcome) {
                // The tool's own errors are its output; the built-in's diagnostics would only repeat or disagree.
                return {
                    set: { environment: { id: dir, name: release, via: 'helm' }, documents: outcome.documents },
                    consumed,
                    diagnostics: [...diagnostics.filter((d) => d.severity !== 'error'), ...outcome.diagnostics],
                };
            }
            diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file: external_node_path_.posix.join(dir, 'Chart.yaml'),
                message: `helm template failed (${outcome.error}); rendered with the built-in renderer instead`,
            });
        }
        return {
            set: { environment: { id: dir, name: release, via: 'helm' }, documents: built.documents },
            consumed,
            diagnostics,
        };
    }
    catch (e) {
        // A bug of ours must not end the run: say so and go on with nothing from this chart.
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file: dir,
            message: `chart could not be rendered: ${e.message}`,
        });
        return empty(options.release ?? external_node_path_.posix.basename(dir));
    }
}
/** Repo path → text of every template of the chart and its subcharts, for `kind:` lines of the tool's output. */
function collectTemplates(chart, into) {
    for (const t of chart.templates)
        into.set(t.file, t.text);
    for (const sub of chart.subcharts)
        collectTemplates(sub, into);
    return into;
}
/** Each values file as given (repo-relative), else relative to the chart; missing ones are reported. */
function resolveValueFiles(dir, options, diagnostics) {
    const out = [];
    for (const given of options.values ?? []) {
        const candidates = [external_node_path_.posix.normalize(given), external_node_path_.posix.join(dir, given)];
        const found = candidates.find((c) => 'text' in options.reader.read(c));
        if (found)
            out.push(found);
        else
            diagnostics.push({
                severity: 'error',
                stage: 'infra',
                file: external_node_path_.posix.join(dir, 'Chart.yaml'),
                message: `values file ${given} for chart ${dir} cannot be read; rendered without it`,
            });
    }
    return out;
}
function readValues(file, reader, diagnostics) {
    const r = reader.read(file);
    return 'text' in r ? (parseMap(file, r.text, diagnostics) ?? {}) : {};
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/kustomize-resource.js
// One object while a kustomization is built: the object as it is now, where it was written, and
// the names and namespaces it had before. Kustomize fixes references (an Ingress backend naming
// Service `orders`) only once the whole tree is built, by looking up which object was *once*
// called `orders`; so every rename is remembered here.
function newResource(object, source, generated = false) {
    return {
        object,
        source,
        names: [nameOf(object)],
        namespaces: [namespaceOf(object)],
        prefixes: [],
        suffixes: [],
        generated,
    };
}
function metadataOf(object) {
    const metadata = object.metadata;
    if (metadata && typeof metadata === 'object' && !Array.isArray(metadata))
        return metadata;
    const fresh = {};
    object.metadata = fresh;
    return fresh;
}
function nameOf(object) {
    const name = object.metadata?.name;
    return typeof name === 'string' ? name : '';
}
function namespaceOf(object) {
    const namespace = object.metadata?.namespace;
    return typeof namespace === 'string' ? namespace : '';
}
function kustomize_resource_kindOf(object) {
    return typeof object.kind === 'string' ? object.kind : '';
}
/** `group/version` split the way kustomize's target selectors read it (`v1` is the core group ''). */
function groupVersionOf(object) {
    const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
    const slash = apiVersion.lastIndexOf('/');
    return slash < 0
        ? { group: '', version: apiVersion }
        : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}
/** Records a rename. */
function rename(resource, name) {
    metadataOf(resource.object).name = name;
    if (resource.names.at(-1) !== name)
        resource.names.push(name);
}
function setNamespace(resource, namespace) {
    metadataOf(resource.object).namespace = namespace;
    if (resource.namespaces.at(-1) !== namespace)
        resource.namespaces.push(namespace);
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function kustomize_resource_deepCopy(value) {
    return structuredClone(value);
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/json-patch.js
// JSON Patch (RFC 6902) for kustomize's `patches` / `patchesJson6902`: add, remove, replace, move,
// copy and test, with JSON Pointer paths (`~1` for `/`, `~0` for `~`, `-` for the end of a list).

/** Reads a patch document's operations, or says why it is not one. */
function readJsonPatch(value) {
    if (!Array.isArray(value))
        return { error: 'a JSON 6902 patch is a list of operations' };
    const ops = [];
    for (const [i, op] of value.entries()) {
        if (!isJsonObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string')
            return { error: `operation ${i + 1} has no op or path` };
        ops.push({ op: op.op, path: op.path, from: typeof op.from === 'string' ? op.from : undefined, value: op.value });
    }
    return ops;
}
/** Applies every operation to a copy of `target`; the first failing one fails the patch. */
function applyJsonPatch(target, operations) {
    let doc = kustomize_resource_deepCopy(target);
    for (const operation of operations) {
        const applied = applyOne(doc, operation);
        if ('error' in applied)
            return { error: `${operation.op} ${operation.path}: ${applied.error}` };
        doc = applied.doc;
    }
    return isJsonObject(doc) ? { value: doc } : { error: 'the patch replaced the whole object with a non-object' };
}
function pointer(path) {
    if (path === '')
        return [];
    if (!path.startsWith('/'))
        return undefined;
    return path
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function applyOne(doc, operation) {
    const path = pointer(operation.path);
    if (!path)
        return { error: 'path is not a JSON pointer' };
    switch (operation.op) {
        case 'add':
            return put(doc, path, kustomize_resource_deepCopy(operation.value), 'add');
        case 'replace':
            return put(doc, path, kustomize_resource_deepCopy(operation.value), 'replace');
        case 'remove':
            return remove(doc, path);
        case 'test': {
            const found = get(doc, path);
            if (!found.found)
                return { error: 'no such path' };
            return JSON.stringify(found.value) === JSON.stringify(operation.value) ? { doc } : { error: 'test failed' };
        }
        case 'move':
        case 'copy': {
            const from = pointer(operation.from ?? '');
            if (!from || operation.from === undefined)
                return { error: 'from is not a JSON pointer' };
            const found = get(doc, from);
            if (!found.found)
                return { error: `from ${operation.from} does not exist` };
            const value = kustomize_resource_deepCopy(found.value);
            const base = operation.op === 'move' ? remove(doc, from) : { doc };
            if ('error' in base)
                return base;
            return put(base.doc, path, value, 'add');
        }
        default:
            return { error: `unknown op ${operation.op}` };
    }
}
function get(doc, path) {
    let at = doc;
    for (const part of path) {
        if (Array.isArray(at)) {
            const i = Number(part);
            if (!/^\d+$/.test(part) || i >= at.length)
                return { found: false };
            at = at[i];
        }
        else if (isJsonObject(at) && part in at)
            at = at[part];
        else
            return { found: false };
    }
    return { found: true, value: at };
}
function put(doc, path, value, mode) {
    if (path.length === 0)
        return { doc: value };
    const parent = get(doc, path.slice(0, -1));
    if (!parent.found)
        return { error: 'parent path does not exist' };
    const last = path.at(-1);
    const container = parent.value;
    if (Array.isArray(container)) {
        if (last === '-' && mode === 'add')
            container.push(value);
        else {
            const i = Number(last);
            if (!/^\d+$/.test(last) || i > container.length || (mode === 'replace' && i === container.length))
                return { error: `index ${last} is out of range` };
            if (mode === 'add')
                container.splice(i, 0, value);
            else
                container[i] = value;
        }
        return { doc };
    }
    if (!isJsonObject(container))
        return { error: 'parent is not an object or a list' };
    if (mode === 'replace' && !(last in container))
        return { error: 'no such path to replace' };
    container[last] = value;
    return { doc };
}
function remove(doc, path) {
    if (path.length === 0)
        return { error: 'cannot remove the whole object' };
    const parent = get(doc, path.slice(0, -1));
    const last = path.at(-1);
    const container = parent.value;
    if (Array.isArray(container) && /^\d+$/.test(last) && Number(last) < container.length) {
        container.splice(Number(last), 1);
        return { doc };
    }
    if (isJsonObject(container) && last in container) {
        delete container[last];
        return { doc };
    }
    return { error: 'no such path to remove' };
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/repo-paths.js
// Paths a kustomization writes, resolved against its folder: repo-relative when they stay inside
// the repository, undefined when they leave it. Remote references are recognised so they can be
// reported instead of being looked for on disk (they are never fetched).

/** Repo-relative path of `entry` written in folder `dir`, or undefined when it leaves the repository. */
function resolveRepoPath(dir, entry) {
    if (external_node_path_.posix.isAbsolute(entry))
        return undefined;
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(dir || '.', entry));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined === '.' ? '' : joined.replace(/\/$/, '');
}
/** URLs, `github.com/owner/repo//path?ref=…`, `git@host:…`: what kustomize would download. */
function isRemoteReference(entry) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry))
        return true;
    if (/^git@/.test(entry) || entry.startsWith('git::'))
        return true;
    if (/^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i.test(entry))
        return true;
    if (/\?ref=|\?version=/.test(entry))
        return true;
    // `host.tld/owner/repo…`: a host name as the first segment.
    return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/[^/]+\/[^/]+/i.test(entry) && !entry.startsWith('.');
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/resource-selector.js
// Which objects a patch's `target` names. As in kustomize: `kind`, `name`, `namespace`, `group`,
// `version` are anchored regular expressions; `name` matches any name the object has had (so an
// overlay can target `orders` after its base renamed it `shop-orders`); `labelSelector` and
// `annotationSelector` use the Kubernetes selector syntax (`app=web,tier in (a,b),!legacy`).

function readTargetSelector(value) {
    if (!isJsonObject(value))
        return undefined;
    const out = {};
    for (const key of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']) {
        const v = value[key];
        if (typeof v === 'string')
            out[key] = v;
    }
    return out;
}
function describeTarget(selector) {
    return Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}
/** The resources a selector picks (none when a regular expression or selector is malformed). */
function selectResources(resources, selector) {
    const matchers = {
        group: anchored(selector.group),
        version: anchored(selector.version),
        kind: anchored(selector.kind),
        name: anchored(selector.name),
        namespace: anchored(selector.namespace),
    };
    if (Object.values(matchers).some((m) => m === null))
        return [];
    const labels = selector.labelSelector === undefined ? undefined : parseSelector(selector.labelSelector);
    const annotations = selector.annotationSelector === undefined ? undefined : parseSelector(selector.annotationSelector);
    if (labels === null || annotations === null)
        return [];
    return resources.filter((r) => {
        const { group, version } = groupVersionOf(r.object);
        if (matchers.group && !matchers.group.test(group))
            return false;
        if (matchers.version && !matchers.version.test(version))
            return false;
        if (matchers.kind && !matchers.kind.test(kustomize_resource_kindOf(r.object)))
            return false;
        const name = matchers.name;
        if (name && !r.names.some((n) => name.test(n)))
            return false;
        if (matchers.namespace && !matchers.namespace.test(namespaceOf(r.object)))
            return false;
        const metadata = isJsonObject(r.object.metadata) ? r.object.metadata : {};
        if (labels && !labels(resource_selector_stringMap(metadata.labels)))
            return false;
        if (annotations && !annotations(resource_selector_stringMap(metadata.annotations)))
            return false;
        return true;
    });
}
/** `null` when the expression is not a valid regular expression; `undefined` when absent or empty. */
function anchored(pattern) {
    if (pattern === undefined || pattern === '')
        return undefined;
    try {
        return new RegExp(`^(?:${pattern})$`);
    }
    catch {
        return null;
    }
}
function resource_selector_stringMap(value) {
    const out = {};
    if (isJsonObject(value))
        for (const [k, v] of Object.entries(value))
            out[k] = String(v);
    return out;
}
/** Parses `a=b,c!=d,e in (f,g),h notin (i),j,!k`; null when it is not a selector. */
function parseSelector(text) {
    const terms = [];
    for (const raw of splitTerms(text)) {
        const term = raw.trim();
        if (term === '')
            continue;
        const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
        if (set) {
            const [, key, op, list] = set;
            const values = new Set(list.split(',').map((v) => v.trim()));
            terms.push(op === 'in' ? (l) => key in l && values.has(l[key]) : (l) => !(key in l && values.has(l[key])));
            continue;
        }
        const compare = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(term);
        if (compare) {
            const [, key, op, value] = compare;
            terms.push(op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value);
            continue;
        }
        const exists = /^(!?)([\w./-]+)$/.exec(term);
        if (exists) {
            const [, not, key] = exists;
            terms.push(not ? (l) => !(key in l) : (l) => key in l);
            continue;
        }
        return null;
    }
    return (labels) => terms.every((t) => t(labels));
}
/** Splits on commas outside parentheses. */
function splitTerms(text) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')')
            depth--;
        else if (text[i] === ',' && depth === 0) {
            out.push(text.slice(start, i));
            start = i + 1;
        }
    }
    out.push(text.slice(start));
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/strategic-merge.js
// Strategic merge patch as kustomize (kyaml's merge2) applies it: maps merge key by key, a `null`
// deletes a key, lists of objects with a merge key (containers by `name`, container ports by
// `containerPort`, volume mounts by `mountPath` …) merge element by element, every other list is
// replaced whole. Directives: `$patch: delete` (drop the map or list element), `$patch: replace`
// (the patch's map or list replaces the original), `$deleteFromPrimitiveList/<field>`; the
// ordering hints (`$setElementOrder/…`) and `$retainKeys` are dropped.
//
// Order of a merged list, as kustomize writes it: the patch's elements first (each merged with its
// original), then the original elements the patch does not name.

/** Merge keys of the Kubernetes API's associative lists, by field name. */
const MERGE_KEYS = {
    containers: 'name',
    initContainers: 'name',
    ephemeralContainers: 'name',
    env: 'name',
    volumes: 'name',
    volumeMounts: 'mountPath',
    volumeDevices: 'devicePath',
    imagePullSecrets: 'name',
    hostAliases: 'ip',
    topologySpreadConstraints: 'topologyKey',
    readinessGates: 'conditionType',
    resourceClaims: 'name',
    conditions: 'type',
    ownerReferences: 'uid',
};
/** Keys kyaml tries, in order, on lists of a kind it has no schema for (custom resources). */
const GUESSED_MERGE_KEYS = ['mountPath', 'devicePath', 'ip', 'type', 'topologyKey', 'name', 'containerPort'];
/** API groups of built-in kinds: their lists have a schema, so a list without a merge key is atomic. */
const BUILT_IN_GROUPS = new Set([
    '',
    'apps',
    'batch',
    'autoscaling',
    'policy',
    'networking.k8s.io',
    'rbac.authorization.k8s.io',
    'storage.k8s.io',
    'scheduling.k8s.io',
    'coordination.k8s.io',
    'admissionregistration.k8s.io',
    'apiextensions.k8s.io',
    'apiregistration.k8s.io',
    'certificates.k8s.io',
    'discovery.k8s.io',
    'node.k8s.io',
]);
/** Nesting past this is not a manifest; the rest of the patch is taken as it is. */
const MAX_DEPTH = 100;
/** The patched object (a new value; neither argument is changed); undefined when the patch deletes it. */
function strategicMerge(original, patch) {
    const apiVersion = typeof original.apiVersion === 'string' ? original.apiVersion : '';
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
    const merged = mergeValue(original, patch, [], BUILT_IN_GROUPS.has(group), 0);
    return isJsonObject(merged) ? merged : undefined;
}
function mergeValue(original, patch, path, typed, depth) {
    if (depth > MAX_DEPTH)
        return patch;
    if (isJsonObject(patch))
        return mergeMap(original, patch, path, typed, depth);
    if (Array.isArray(patch))
        return mergeList(original, patch, path, typed, depth);
    return patch;
}
/** `undefined` when the map is to be deleted. */
function mergeMap(original, patch, path, typed, depth) {
    const directive = patch.$patch;
    if (directive === 'delete')
        return undefined;
    if (directive === 'replace' || !isJsonObject(original))
        return withoutDirectives(patch);
    const result = { ...original };
    for (const [key, value] of Object.entries(patch)) {
        if (key === '$patch' || key === '$retainKeys' || key.startsWith('$setElementOrder/'))
            continue;
        if (key.startsWith('$deleteFromPrimitiveList/')) {
            const field = key.slice('$deleteFromPrimitiveList/'.length);
            const drop = new Set(Array.isArray(value) ? value.map((v) => JSON.stringify(v)) : []);
            const list = result[field];
            if (Array.isArray(list))
                result[field] = list.filter((v) => !drop.has(JSON.stringify(v)));
            continue;
        }
        if (value === null) {
            delete result[key];
            continue;
        }
        const merged = mergeValue(original[key], value, [...path, key], typed, depth + 1);
        if (merged === undefined)
            delete result[key];
        else
            result[key] = merged;
    }
    return result;
}
function mergeList(original, patch, path, typed, depth) {
    if (patch.some((e) => isJsonObject(e) && e.$patch === 'replace' && Object.keys(e).length === 1))
        return patch.filter((e) => !(isJsonObject(e) && e.$patch === 'replace')).map(withoutDirectives);
    const key = Array.isArray(original) ? mergeKeyOf(path, [...original, ...patch], typed) : undefined;
    if (!Array.isArray(original) || key === undefined)
        return patch.filter((e) => !(isJsonObject(e) && e.$patch === 'delete')).map(withoutDirectives);
    const keyOf = (e) => (isJsonObject(e) && e[key] !== undefined ? JSON.stringify(e[key]) : undefined);
    const originalByKey = new Map();
    for (const e of original) {
        const k = keyOf(e);
        if (k !== undefined && !originalByKey.has(k))
            originalByKey.set(k, e);
    }
    const named = new Set();
    const result = [];
    for (const e of patch) {
        const k = keyOf(e);
        if (k === undefined) {
            result.push(withoutDirectives(e));
            continue;
        }
        named.add(k);
        const merged = mergeValue(originalByKey.get(k), e, path, typed, depth + 1);
        if (merged !== undefined)
            result.push(merged);
    }
    for (const e of original) {
        const k = keyOf(e);
        if (k === undefined || !named.has(k))
            result.push(e);
    }
    return result;
}
function mergeKeyOf(path, elements, typed) {
    if (elements.length === 0 || !elements.every(isJsonObject))
        return undefined;
    const field = path.at(-1) ?? '';
    if (field === 'ports')
        return path.includes('containers') || path.includes('initContainers') ? 'containerPort' : 'port';
    const known = MERGE_KEYS[field];
    if (known)
        return known;
    if (typed)
        return undefined;
    const first = elements[0];
    return GUESSED_MERGE_KEYS.find((k) => k in first);
}
function withoutDirectives(value) {
    if (Array.isArray(value))
        return value.map(withoutDirectives);
    if (!isJsonObject(value))
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('$'))
            continue;
        if (v !== null)
            out[k] = withoutDirectives(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/apply-patches.js
// The three ways a kustomization patches: `patches` (a file or inline text, strategic merge or
// JSON 6902, with an optional `target`), and the legacy `patchesStrategicMerge` (files or inline
// patches that name their object) and `patchesJson6902` (a target and a JSON 6902 patch).
// A patch that fails or whose target matches nothing is a diagnostic at the line naming it.







function applyPatchesStrategicMerge(k, resources, ctx) {
    entriesOf(k, 'patchesStrategicMerge', ctx).forEach((entry, i) => {
        const where = { file: k.file, line: k.lineOf(['patchesStrategicMerge', i]) };
        if (typeof entry !== 'string') {
            problem(ctx, where, 'a patchesStrategicMerge entry must be a path or a patch');
            return;
        }
        const inline = entry.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(entry);
        const docs = inline ? parsePatchText(entry, where, ctx) : loadPatchFile(k, entry, where, ctx);
        for (const doc of docs ?? [])
            applyPatch(doc, undefined, resources, where, ctx);
    });
}
function applyPatches(k, resources, ctx) {
    entriesOf(k, 'patches', ctx).forEach((entry, i) => {
        const where = { file: k.file, line: k.lineOf(['patches', i]) };
        if (!isJsonObject(entry)) {
            problem(ctx, where, 'a patches entry must be a map with path or patch');
            return;
        }
        const docs = patchDocuments(k, entry, where, ctx);
        const target = entry.target === undefined ? undefined : readTargetSelector(entry.target);
        if (entry.target !== undefined && !target) {
            problem(ctx, where, 'target must be a map');
            return;
        }
        for (const doc of docs ?? [])
            applyPatch(doc, target, resources, where, ctx);
    });
}
function applyPatchesJson6902(k, resources, ctx) {
    entriesOf(k, 'patchesJson6902', ctx).forEach((entry, i) => {
        const where = { file: k.file, line: k.lineOf(['patchesJson6902', i]) };
        if (!isJsonObject(entry)) {
            problem(ctx, where, 'a patchesJson6902 entry must be a map');
            return;
        }
        const target = readTargetSelector(entry.target);
        if (!target) {
            problem(ctx, where, 'a patchesJson6902 entry needs a target');
            return;
        }
        const docs = patchDocuments(k, entry, where, ctx);
        for (const doc of docs ?? [])
            applyPatch(doc, target, resources, where, ctx);
    });
}
function entriesOf(k, field, ctx) {
    const value = k.body[field];
    if (value === undefined || value === null)
        return [];
    if (Array.isArray(value))
        return value;
    problem(ctx, { file: k.file, line: k.lineOf([field]) }, `${field} must be a list`);
    return [];
}
function patchDocuments(k, entry, where, ctx) {
    if (typeof entry.path === 'string')
        return loadPatchFile(k, entry.path, where, ctx);
    if (typeof entry.patch === 'string')
        return parsePatchText(entry.patch, where, ctx);
    problem(ctx, where, 'the patch has neither path nor patch');
    return undefined;
}
function loadPatchFile(k, path, where, ctx) {
    const file = resolveRepoPath(k.dir, path);
    if (file === undefined) {
        problem(ctx, where, `patch ${path} is outside the repository; not read`);
        return undefined;
    }
    if (k.dir !== '' && !file.startsWith(`${k.dir}/`))
        ctx.diagnostics.push({
            severity: 'warning',
            stage: 'infra',
            ...where,
            message: `patch ${path} is outside this kustomization's folder, which kustomize refuses to load; read anyway`,
        });
    const read = ctx.reader.read(file);
    if ('error' in read) {
        problem(ctx, where, `patch ${path}: ${read.error}`);
        return undefined;
    }
    ctx.consumed.add(file);
    return parsePatchText(read.text, { file, line: 1 }, ctx);
}
function parsePatchText(text, where, ctx) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false });
    const list = Array.isArray(docs) ? docs : [];
    const out = [];
    for (const doc of list) {
        if (doc.errors.length > 0) {
            const errors = (0,yaml_positions/* syntaxErrorDiagnostics */.KE)(where.file, doc, lineCounter);
            // Inline patches are text inside the kustomization: cite the entry's line there.
            if (where.line !== 1)
                for (const e of errors)
                    e.line = where.line;
            ctx.diagnostics.push(...errors);
            return undefined;
        }
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value !== null && value !== undefined)
            out.push(value);
    }
    return out;
}
function applyPatch(patch, target, resources, where, ctx) {
    if (Array.isArray(patch)) {
        if (!target) {
            problem(ctx, where, 'a JSON 6902 patch needs a target');
            return;
        }
        const operations = readJsonPatch(patch);
        if ('error' in operations) {
            problem(ctx, where, operations.error);
            return;
        }
        const matched = selectResources(resources, target);
        if (matched.length === 0) {
            noMatch(ctx, where, describeTarget(target));
            return;
        }
        for (const r of matched) {
            const result = applyJsonPatch(r.object, operations);
            if ('error' in result)
                problem(ctx, where, `JSON 6902 patch on ${kustomize_resource_kindOf(r.object)} ${nameOf(r.object)}: ${result.error}`);
            else
                r.object = result.value;
        }
        return;
    }
    if (!isJsonObject(patch)) {
        problem(ctx, where, 'a patch must be a map (strategic merge) or a list (JSON 6902)');
        return;
    }
    const selector = target ?? ownTarget(patch);
    if (!selector) {
        problem(ctx, where, 'a strategic-merge patch without target needs kind and metadata.name');
        return;
    }
    const matched = selectResources(resources, selector);
    if (matched.length === 0) {
        noMatch(ctx, where, describeTarget(selector));
        return;
    }
    for (const r of matched) {
        // The patch says what to change, not which object is which: the target keeps its identity.
        const body = kustomize_resource_deepCopy(patch);
        delete body.apiVersion;
        delete body.kind;
        if (isJsonObject(body.metadata)) {
            delete body.metadata.name;
            delete body.metadata.namespace;
        }
        const merged = strategicMerge(r.object, body);
        if (merged)
            r.object = merged;
        else
            resources.splice(resources.indexOf(r), 1);
    }
}
/** A patch without `target` applies to the object it names (by any name that object has had). */
function ownTarget(patch) {
    const kind = kustomize_resource_kindOf(patch);
    const name = nameOf(patch);
    if (!kind || !name)
        return undefined;
    const selector = { kind: escapeRegExp(kind), name: escapeRegExp(name) };
    const namespace = namespaceOf(patch);
    if (namespace)
        selector.namespace = escapeRegExp(namespace);
    const { group } = groupVersionOf(patch);
    if (group)
        selector.group = escapeRegExp(group);
    return selector;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function noMatch(ctx, where, target) {
    ctx.diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file: where.file,
        line: where.line,
        message: `patch target (${target}) matches no object; the patch is not applied`,
    });
}
function problem(ctx, where, message) {
    ctx.diagnostics.push({ severity: 'error', stage: 'infra', file: where.file, line: where.line, message });
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/field-paths.js
// Walks a slash-separated field path through an object the way kustomize's field specs do: a list
// on the way is walked element by element, and a missing map is created only where kustomize's
// spec says `create: true` (a pod template's labels) and left alone otherwise (a Job's selector).

/** Calls `visit` with each map that holds the path's last field, creating maps when `create`. */
function visitField(object, path, create, visit) {
    const parts = path.split('/');
    const walk = (at, i) => {
        if (Array.isArray(at)) {
            for (const e of at)
                walk(e, i);
            return;
        }
        if (!isJsonObject(at))
            return;
        const part = parts[i];
        if (i === parts.length - 1) {
            visit(at, part);
            return;
        }
        let next = at[part];
        if (next === undefined || next === null) {
            if (!create)
                return;
            next = {};
            at[part] = next;
        }
        walk(next, i + 1);
    };
    walk(object, 0);
}
/** Merges `pairs` into the string map at `path` (creating it when `create`). */
function mergeStringMap(object, path, pairs, create) {
    visitField(object, path, create, (holder, field) => {
        const current = holder[field];
        if (isJsonObject(current))
            Object.assign(current, pairs);
        else if (current === undefined || current === null) {
            if (create)
                holder[field] = { ...pairs };
        }
    });
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/builtin-transformers.js
// The field transformers a kustomization turns on by its fields: `namespace`, `namePrefix` /
// `nameSuffix`, `commonLabels` / `labels`, `commonAnnotations`, `replicas` and `images`, each over
// the fields kustomize's built-in configuration names for the common kinds.


/** Kinds that live outside namespaces: `namespace:` leaves them without one. */
const CLUSTER_SCOPED_KINDS = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'StorageClass',
    'CSIDriver',
    'CSINode',
    'VolumeAttachment',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'APIService',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'CertificateSigningRequest',
    'PodSecurityPolicy',
    'ComponentStatus',
    'FlowSchema',
    'PriorityLevelConfiguration',
]);
/** Kustomize leaves these names alone under `namePrefix` / `nameSuffix`. */
const UNPREFIXED_KINDS = new Set(['Namespace', 'CustomResourceDefinition', 'APIService']);
const POD_TEMPLATE_KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicationController'];
const SELECTOR_KINDS = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'];
const POD_SPEC = 'spec/template/spec';
const AFFINITY_SELECTORS = [
    ...['podAffinity', 'podAntiAffinity'].flatMap((affinity) => [
        `${POD_SPEC}/affinity/${affinity}/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector`,
        `${POD_SPEC}/affinity/${affinity}/requiredDuringSchedulingIgnoredDuringExecution/labelSelector`,
    ]),
    `${POD_SPEC}/topologySpreadConstraints/labelSelector`,
].map((selector) => `${selector}/matchLabels`);
function setNamespaceOf(resources, namespace) {
    for (const r of resources) {
        const kind = kustomize_resource_kindOf(r.object);
        if (kind === 'Namespace')
            rename(r, namespace);
        if (CLUSTER_SCOPED_KINDS.has(kind)) {
            if (kind === 'ClusterRoleBinding')
                defaultServiceAccountSubjects(r.object, namespace);
            continue;
        }
        setNamespace(r, namespace);
        if (kind === 'RoleBinding')
            defaultServiceAccountSubjects(r.object, namespace);
    }
}
/** Kustomize moves a binding's subject `default` (the namespace's own ServiceAccount) along. */
function defaultServiceAccountSubjects(object, namespace) {
    if (!Array.isArray(object.subjects))
        return;
    for (const s of object.subjects)
        if (isJsonObject(s) && s.kind === 'ServiceAccount' && s.name === 'default')
            s.namespace = namespace;
}
function addNamePrefixSuffix(resources, prefix, suffix) {
    for (const r of resources) {
        if (UNPREFIXED_KINDS.has(kustomize_resource_kindOf(r.object)))
            continue;
        const name = r.names.at(-1) ?? '';
        rename(r, `${prefix}${name}${suffix}`);
        if (prefix)
            r.prefixes.push(prefix);
        if (suffix)
            r.suffixes.push(suffix);
    }
}
/** `commonLabels` is `{pairs, includeSelectors: true}`; `labels` entries say for themselves. */
function addLabels(resources, spec) {
    const { pairs } = spec;
    for (const r of resources) {
        const o = r.object;
        const kind = kustomize_resource_kindOf(o);
        mergeStringMap(o, 'metadata/labels', pairs, true);
        const templates = spec.includeSelectors || spec.includeTemplates;
        if (templates) {
            if (POD_TEMPLATE_KINDS.includes(kind))
                mergeStringMap(o, 'spec/template/metadata/labels', pairs, true);
            if (kind === 'StatefulSet')
                mergeStringMap(o, 'spec/volumeClaimTemplates/metadata/labels', pairs, true);
            if (kind === 'CronJob') {
                mergeStringMap(o, 'spec/jobTemplate/metadata/labels', pairs, true);
                mergeStringMap(o, 'spec/jobTemplate/spec/template/metadata/labels', pairs, true);
            }
        }
        if (!spec.includeSelectors)
            continue;
        if (kind === 'Service' || kind === 'ReplicationController')
            mergeStringMap(o, 'spec/selector', pairs, true);
        if (SELECTOR_KINDS.includes(kind)) {
            mergeStringMap(o, 'spec/selector/matchLabels', pairs, true);
            for (const path of AFFINITY_SELECTORS)
                mergeStringMap(o, path, pairs, false);
        }
        if (kind === 'Job')
            mergeStringMap(o, 'spec/selector/matchLabels', pairs, false);
        if (kind === 'CronJob')
            mergeStringMap(o, 'spec/jobTemplate/spec/selector/matchLabels', pairs, false);
        if (kind === 'PodDisruptionBudget')
            mergeStringMap(o, 'spec/selector/matchLabels', pairs, false);
        if (kind === 'NetworkPolicy') {
            mergeStringMap(o, 'spec/podSelector/matchLabels', pairs, false);
            mergeStringMap(o, 'spec/ingress/from/podSelector/matchLabels', pairs, false);
            mergeStringMap(o, 'spec/egress/to/podSelector/matchLabels', pairs, false);
        }
    }
}
function addAnnotations(resources, pairs) {
    for (const r of resources) {
        const o = r.object;
        const kind = kustomize_resource_kindOf(o);
        mergeStringMap(o, 'metadata/annotations', pairs, true);
        if (POD_TEMPLATE_KINDS.includes(kind))
            mergeStringMap(o, 'spec/template/metadata/annotations', pairs, true);
        if (kind === 'CronJob') {
            mergeStringMap(o, 'spec/jobTemplate/metadata/annotations', pairs, true);
            mergeStringMap(o, 'spec/jobTemplate/spec/template/metadata/annotations', pairs, true);
        }
    }
}
const SCALABLE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);
/** Sets `spec.replicas` of the workloads once called `name`; false when none is. */
function setReplicas(resources, name, count) {
    let matched = false;
    for (const r of resources) {
        if (!SCALABLE_KINDS.has(kustomize_resource_kindOf(r.object)) || !r.names.includes(name))
            continue;
        matched = true;
        visitField(r.object, 'spec/replicas', true, (holder, field) => {
            holder[field] = count;
        });
    }
    return matched;
}
/** Rewrites every container and init container image named `spec.name`; false when none is. */
function setImages(resources, spec) {
    let matched = false;
    const visit = (value, depth) => {
        if (depth > 50)
            return;
        if (Array.isArray(value))
            for (const e of value)
                visit(e, depth + 1);
        else if (isJsonObject(value))
            for (const [key, child] of Object.entries(value)) {
                if ((key === 'containers' || key === 'initContainers') && Array.isArray(child)) {
                    for (const c of child)
                        if (isJsonObject(c) && typeof c.image === 'string') {
                            const changed = retag(c.image, spec);
                            if (changed !== undefined) {
                                c.image = changed;
                                matched = true;
                            }
                        }
                }
                visit(child, depth + 1);
            }
    };
    for (const r of resources)
        visit(r.object, 0);
    return matched;
}
/** The new image reference, or undefined when `image` is not the one the spec names. */
function retag(image, spec) {
    const { name, tag } = splitImage(image);
    if (name !== spec.name)
        return undefined;
    let suffix = tag;
    if (spec.digest)
        suffix = `@${spec.digest}`;
    else if (spec.newTag)
        suffix = `:${spec.newTag}`;
    return `${spec.newName || name}${suffix}`;
}
/** `registry:5000/team/app:1.2@sha256:…` → name `registry:5000/team/app`, tag `:1.2@sha256:…`. */
function splitImage(image) {
    const at = image.indexOf('@');
    const beforeDigest = at < 0 ? image : image.slice(0, at);
    const lastSlash = beforeDigest.lastIndexOf('/');
    const colon = beforeDigest.indexOf(':', lastSlash + 1);
    const end = colon >= 0 ? colon : at >= 0 ? at : image.length;
    return { name: image.slice(0, end), tag: image.slice(end) };
}
/** Reads a `key: value` map of strings (labels, annotations); values of other types are stringified. */
function readStringPairs(value, where, diagnostics) {
    const out = {};
    if (value === undefined || value === null)
        return out;
    if (!isJsonObject(value)) {
        diagnostics.push({ severity: 'warning', stage: 'infra', ...where, message: 'expected a map of strings; ignored' });
        return out;
    }
    for (const [k, v] of Object.entries(value))
        out[k] = typeof v === 'string' ? v : JSON.stringify(v);
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/generators.js
// `configMapGenerator` and `secretGenerator`: the objects they make, by name and key only. Values
// are never kept (a Secret's never are read into facts, and a ConfigMap's add nothing a reader of
// the architecture needs): every key maps to ''. An `envs` file is read for its key names; a
// `files` entry is never opened (its key is the file name or the `key=` before the path).
//
// Kustomize appends a hash of the content to a generated name (`orders-db-t5859md8f9`); without
// the values that hash cannot be computed, so generated objects keep their plain name here, and
// every reference to them is updated to that same name.



/** Runs both generators of `k` over `resources` (new objects appended, merge/replace in place). */
function runGenerators(k, resources, ctx) {
    const options = isJsonObject(k.body.generatorOptions) ? k.body.generatorOptions : {};
    for (const field of ['configMapGenerator', 'secretGenerator']) {
        const entries = k.body[field];
        if (entries === undefined || entries === null)
            continue;
        if (!Array.isArray(entries)) {
            warn(ctx, k.file, k.lineOf([field]), `${field} must be a list; ignored`);
            continue;
        }
        entries.forEach((entry, i) => {
            const line = k.lineOf([field, i]);
            if (!isJsonObject(entry) || typeof entry.name !== 'string' || entry.name === '') {
                warn(ctx, k.file, line, `${field} entry ${i + 1} has no name; ignored`);
                return;
            }
            generateOne(k, field === 'secretGenerator' ? 'Secret' : 'ConfigMap', entry, options, line, resources, ctx);
        });
    }
}
function generateOne(k, kind, entry, options, line, resources, ctx) {
    const name = entry.name;
    const keys = generatedKeys(k, entry, line, ctx);
    const data = {};
    for (const key of keys)
        data[key] = '';
    const own = isJsonObject(entry.options) ? entry.options : {};
    const labels = { ...stringPairs(options.labels), ...stringPairs(own.labels) };
    const annotations = { ...stringPairs(options.annotations), ...stringPairs(own.annotations) };
    const namespace = typeof entry.namespace === 'string' ? entry.namespace : '';
    const behavior = typeof entry.behavior === 'string' ? entry.behavior : 'create';
    if (behavior === 'merge' || behavior === 'replace') {
        const existing = resources.find((r) => kustomize_resource_kindOf(r.object) === kind &&
            r.names.includes(name) &&
            (namespace === '' || namespaceOf(r.object) === namespace));
        if (!existing) {
            warn(ctx, k.file, line, `${kind} ${name} has behavior ${behavior} but no ${kind} of that name is in the build`);
            return;
        }
        const o = existing.object;
        if (behavior === 'replace') {
            o.data = data;
            delete o.binaryData;
        }
        else
            o.data = { ...(isJsonObject(o.data) ? o.data : {}), ...data };
        const metadata = metadataOf(o);
        if (Object.keys(labels).length > 0)
            metadata.labels = { ...stringPairs(metadata.labels), ...labels };
        if (Object.keys(annotations).length > 0)
            metadata.annotations = { ...stringPairs(metadata.annotations), ...annotations };
        return;
    }
    if (behavior !== 'create')
        warn(ctx, k.file, line, `unknown behavior ${behavior}; taken as create`);
    const metadata = { name };
    if (namespace)
        metadata.namespace = namespace;
    if (Object.keys(labels).length > 0)
        metadata.labels = labels;
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    const object = { apiVersion: 'v1', kind, metadata };
    if (keys.length > 0)
        object.data = data;
    if (kind === 'Secret')
        object.type = typeof entry.type === 'string' ? entry.type : 'Opaque';
    if (own.immutable === true || options.immutable === true)
        object.immutable = true;
    resources.push(newResource(object, { file: k.file, line }, true));
}
/** Key names of `literals`, `envs` (and the legacy `env`) and `files`, in that order. */
function generatedKeys(k, entry, line, ctx) {
    const keys = [];
    for (const literal of asStrings(entry.literals)) {
        const eq = literal.indexOf('=');
        if (eq <= 0)
            warn(ctx, k.file, line, `literal ${JSON.stringify(literal.slice(0, 40))} is not KEY=VALUE`);
        else
            keys.push(literal.slice(0, eq).trim());
    }
    const envFiles = [...asStrings(entry.envs), ...(typeof entry.env === 'string' ? [entry.env] : [])];
    for (const envFile of envFiles) {
        const path = resolveRepoPath(k.dir, envFile);
        if (!path) {
            warn(ctx, k.file, line, `env file ${envFile} is outside the repository; not read`, 'error');
            continue;
        }
        const read = ctx.reader.read(path);
        if ('error' in read) {
            warn(ctx, k.file, line, `env file ${envFile}: ${read.error}`, 'error');
            continue;
        }
        ctx.consumed.add(path);
        for (const raw of read.text.split(/\r?\n/)) {
            const text = raw.trim();
            if (text === '' || text.startsWith('#'))
                continue;
            const eq = text.indexOf('=');
            keys.push((eq < 0 ? text : text.slice(0, eq)).trim());
        }
    }
    for (const fileEntry of asStrings(entry.files)) {
        const eq = fileEntry.indexOf('=');
        const key = eq > 0 ? fileEntry.slice(0, eq) : external_node_path_.posix.basename(fileEntry);
        const path = resolveRepoPath(k.dir, eq > 0 ? fileEntry.slice(eq + 1) : fileEntry);
        if (!path) {
            warn(ctx, k.file, line, `file ${fileEntry} is outside the repository; not read`, 'error');
            continue;
        }
        // Present or not is all that is asked of it: its content (maybe a key or a certificate) is never read.
        if (!ctx.reader.list(external_node_path_.posix.dirname(path)).includes(path)) {
            warn(ctx, k.file, line, `file ${fileEntry} does not exist`, 'error');
            continue;
        }
        ctx.consumed.add(path);
        keys.push(key);
    }
    return keys;
}
function asStrings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
function stringPairs(value) {
    const out = {};
    if (isJsonObject(value))
        for (const [k, v] of Object.entries(value))
            out[k] = String(v);
    return out;
}
function warn(ctx, file, line, message, severity = 'warning') {
    ctx.diagnostics.push({ severity, stage: 'infra', file, line, message });
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/kustomization-file.js
// Finds and parses the kustomization file of a folder (`kustomization.yaml`, `.yml` or
// `Kustomization`, the names kustomize itself accepts), keeping the line of every entry so a
// diagnostic about `resources[3]` points at the line that names it.



/** Repo-relative path of `dir`'s kustomization file, or undefined when it has none. */
function kustomizationFileIn(dir, reader) {
    const names = new Set(reader.list(dir).map((f) => f.slice(f.lastIndexOf('/') + 1)));
    const name = kubernetes_file_names/* KUSTOMIZATION_FILE_NAMES */.YU.find((n) => names.has(n));
    if (!name)
        return undefined;
    return dir === '' || dir === '.' ? name : `${dir}/${name}`;
}
/** Reads and parses a folder's kustomization; diagnostics for what is wrong with it. */
function readKustomization(dir, reader, diagnostics) {
    const file = kustomizationFileIn(dir, reader);
    if (!file)
        return undefined;
    const read = reader.read(file);
    if ('error' in read) {
        diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: read.error });
        return undefined;
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(read.text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        diagnostics.push(...(0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lineCounter));
        return undefined;
    }
    const body = doc.toJS({ maxAliasCount: 100 });
    if (!(0,dist/* isMap */.jh)(doc.contents) || typeof body !== 'object' || body === null || Array.isArray(body)) {
        diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: 'a kustomization must be a map' });
        return undefined;
    }
    const json = body;
    const kind = typeof json.kind === 'string' ? json.kind : 'Kustomization';
    if (kind !== 'Kustomization' && kind !== 'Component') {
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file,
            line: lineOf(doc, lineCounter, ['kind']),
            message: `kind ${kind} is neither Kustomization nor Component; not built`,
        });
        return undefined;
    }
    return { file, dir: dir === '.' ? '' : dir, kind, body: json, lineOf: (path) => lineOf(doc, lineCounter, path) };
}
function lineOf(doc, lineCounter, path) {
    for (let end = path.length; end > 0; end--) {
        const last = path[end - 1];
        if (typeof last === 'string') {
            // A map field: the line of its key (`helmCharts:`), not of the value below it.
            const parent = end === 1 ? doc.contents : doc.getIn(path.slice(0, end - 1), true);
            const pair = (0,yaml_positions/* pairOf */.cF)(parent, last);
            if (pair)
                return (0,yaml_positions/* lineOfNode */.o2)(lineCounter, pair.key);
        }
        const node = doc.getIn(path.slice(0, end), true);
        if (node && typeof node === 'object')
            return (0,yaml_positions/* lineOfNode */.o2)(lineCounter, node);
    }
    return 1;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/resource-documents.js
// Reads a resource file a kustomization names: multi-document YAML, each document an object
// (a `kind: List` is unpacked into its items, as kustomize does). Each object keeps the line its
// document starts on, which stays its source through every prefix and patch.



/** No manifest file holds this many objects; past it the rest is not read. */
const MAX_DOCUMENTS_PER_FILE = 5000;
function readResourceDocuments(file, text, diagnostics) {
    const lineCounter = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false });
    const list = Array.isArray(documents) ? documents : [];
    const out = [];
    for (const doc of list.slice(0, MAX_DOCUMENTS_PER_FILE)) {
        if (doc.errors.length > 0) {
            diagnostics.push(...(0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lineCounter));
            continue;
        }
        if (doc.contents === null)
            continue;
        const line = (0,yaml_positions/* lineOfNode */.o2)(lineCounter, doc.contents);
        const value = doc.toJS({ maxAliasCount: 100 });
        if (value === null || value === undefined)
            continue;
        if (!isJsonObject(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file,
                line,
                message: 'document is not a Kubernetes object (no apiVersion and kind); skipped',
            });
            continue;
        }
        if (value.kind.endsWith('List') && Array.isArray(value.items)) {
            const itemsNode = (0,yaml_positions/* pairOf */.cF)(doc.contents, 'items')?.value;
            value.items.forEach((item, i) => {
                const itemNode = (0,dist/* isSeq */.oP)(itemsNode) ? itemsNode.items[i] : undefined;
                if (isJsonObject(item) && (0,dist/* isMap */.jh)(itemNode))
                    out.push(newResource(item, { file, line: (0,yaml_positions/* lineOfNode */.o2)(lineCounter, itemNode) }));
            });
            continue;
        }
        out.push(newResource(value, { file, line }));
    }
    if (list.length > MAX_DOCUMENTS_PER_FILE)
        diagnostics.push({
            severity: 'warning',
            stage: 'infra',
            file,
            line: 1,
            message: `more than ${MAX_DOCUMENTS_PER_FILE} documents; the rest are not read`,
        });
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/accumulate-kustomization.js
// Builds one kustomization folder into objects, in kustomize v5's order: its resources (files and
// built sub-kustomizations, legacy `bases` after them), its generators, its components (each
// applied to everything gathered so far), then its transformers — strategic-merge patches,
// `patches`, namespace, prefix/suffix, labels, annotations, JSON 6902 patches, replicas, images.
// References are fixed only once the whole tree is built (see name-references.ts).
//
// Untrusted input: remote references are reported, never fetched; paths leaving the repository
// are refused; a folder already being built (a cycle) and nesting past MAX_DEPTH are reported.







/** Overlays of overlays of bases rarely pass 5; past this a tree is taken as runaway. */
const accumulate_kustomization_MAX_DEPTH = 20;
/** Fields kustomize reads that the built-in build does not apply (the tool, when present, does). */
const UNSUPPORTED_FIELDS = [
    'replacements',
    'vars',
    'helmCharts',
    'helmChartInflationGenerator',
    'generators',
    'transformers',
    'validators',
    'configurations',
    'crds',
    'openapi',
    'sortOptions',
    'buildMetadata',
];
/**
 * Of those, the fields whose entries are files of kustomize's own configuration: a
 * `transformers: [labels.yaml]` file (`apiVersion: builtin`, `kind: LabelTransformer`) is read by
 * the build, never deployed, so it is not a manifest of its own either (podinfo's overlays had
 * three such files warned about as one object defined three times).
 */
const CONFIG_FILE_FIELDS = ['generators', 'transformers', 'validators', 'configurations', 'crds'];
function newBuildContext(reader) {
    return {
        reader,
        diagnostics: [],
        consumed: new Set(),
        stack: [],
        remote: false,
        refused: false,
        unsupported: false,
    };
}
/** The objects of the kustomization in `dir` (a Kustomization, not a Component). */
function accumulateKustomization(k, ctx) {
    const resources = [];
    accumulateInto(k, resources, ctx);
    return resources;
}
function accumulateInto(k, resources, ctx) {
    ctx.consumed.add(k.file);
    ctx.stack.push(k.dir);
    try {
        for (const field of UNSUPPORTED_FIELDS)
            if (k.body[field] !== undefined) {
                ctx.unsupported = true;
                note(ctx, k.file, k.lineOf([field]), `${field} is not applied by the built-in Kustomize build`, 'notice');
                if (CONFIG_FILE_FIELDS.includes(field))
                    consumeConfigFiles(k, field, ctx);
            }
        for (const field of ['resources', 'bases']) {
            listOf(k, field, ctx).forEach((entry, i) => {
                resources.push(...resourceEntry(k, entry, k.lineOf([field, i]), ctx));
            });
        }
        runGenerators(k, resources, ctx);
        listOf(k, 'components', ctx).forEach((entry, i) => {
            componentEntry(k, entry, k.lineOf(['components', i]), resources, ctx);
        });
        runTransformers(k, resources, ctx);
    }
    finally {
        ctx.stack.pop();
    }
}
/** Marks the local files (or every file of a local folder) a config field names as consumed. */
function consumeConfigFiles(k, field, ctx) {
    const entries = k.body[field];
    if (!Array.isArray(entries))
        return;
    for (const entry of entries) {
        // An entry may also be inline YAML (a transformer's config written in place): no file to mark.
        if (typeof entry !== 'string' || entry.includes('\n'))
            continue;
        const path = resolveRepoPath(k.dir, entry);
        if (path === undefined)
            continue;
        if (ctx.reader.isDirectory(path)) {
            for (const file of ctx.reader.list(path))
                ctx.consumed.add(file);
        }
        else if (isListed(ctx.reader, path))
            ctx.consumed.add(path);
    }
}
function listOf(k, field, ctx) {
    const value = k.body[field];
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        note(ctx, k.file, k.lineOf([field]), `${field} must be a list of paths; ignored`);
        return [];
    }
    return value.map((v, i) => {
        if (typeof v === 'string')
            return v;
        note(ctx, k.file, k.lineOf([field, i]), `${field} entry ${i + 1} is not a path; ignored`);
        return '';
    });
}
/** Where a `resources` / `components` entry leads: a repo folder or file, or why it leads nowhere. */
function locate(k, entry, line, ctx) {
    if (entry === '')
        return undefined;
    const path = resolveRepoPath(k.dir, entry);
    const existsHere = path !== undefined && (ctx.reader.isDirectory(path) || isListed(ctx.reader, path));
    if (!existsHere && isRemoteReference(entry)) {
        ctx.remote = true;
        note(ctx, k.file, line, `${entry} is a remote resource; not fetched, the rest is built without it`, 'notice');
        return undefined;
    }
    if (path === undefined) {
        ctx.refused = true;
        note(ctx, k.file, line, `${entry} is outside the repository; not read`, 'error');
        return undefined;
    }
    return path;
}
function isListed(reader, path) {
    const slash = path.lastIndexOf('/');
    return reader.list(slash < 0 ? '' : path.slice(0, slash)).includes(path);
}
function resourceEntry(k, entry, line, ctx) {
    const path = locate(k, entry, line, ctx);
    if (path === undefined)
        return [];
    if (ctx.reader.isDirectory(path)) {
        const sub = enterFolder(k, path, entry, line, ctx);
        if (!sub)
            return [];
        if (sub.kind === 'Component') {
            ctx.refused = true;
            note(ctx, k.file, line, `${entry} is a Component: list it under components, not resources`, 'error');
            return [];
        }
        return accumulateKustomization(sub, ctx);
    }
    warnOutsideRoot(k, entry, path, line, ctx);
    const read = ctx.reader.read(path);
    if ('error' in read) {
        ctx.refused = true;
        const why = read.error.endsWith('does not exist') ? `${entry} does not exist` : read.error;
        note(ctx, k.file, line, `resource ${why}`, 'error');
        return [];
    }
    ctx.consumed.add(path);
    return readResourceDocuments(path, read.text, ctx.diagnostics);
}
/** Kustomize refuses files outside the kustomization's folder (folders may be anywhere); this build reads them. */
function warnOutsideRoot(k, entry, path, line, ctx) {
    if (k.dir === '' || path.startsWith(`${k.dir}/`))
        return;
    ctx.refused = true;
    note(ctx, k.file, line, `${entry} is a file outside this kustomization's folder, which kustomize refuses to load; read anyway`);
}
function componentEntry(k, entry, line, resources, ctx) {
    const path = locate(k, entry, line, ctx);
    if (path === undefined)
        return;
    if (!ctx.reader.isDirectory(path)) {
        ctx.refused = true;
        note(ctx, k.file, line, `component ${entry} is not a folder holding a kustomization`, 'error');
        return;
    }
    const component = enterFolder(k, path, entry, line, ctx);
    if (!component)
        return;
    if (component.kind !== 'Component') {
        ctx.refused = true;
        note(ctx, k.file, line, `${entry} is a ${component.kind}, not a Component; not applied`, 'error');
        return;
    }
    accumulateInto(component, resources, ctx);
}
/** The kustomization of a folder named by `k`, after the cycle and depth checks. */
function enterFolder(k, path, entry, line, ctx) {
    if (ctx.stack.includes(path)) {
        ctx.refused = true;
        const cycle = [...ctx.stack.slice(ctx.stack.indexOf(path)), path].map((d) => d || '.').join(' → ');
        note(ctx, k.file, line, `${entry} makes a cycle (${cycle}); not built again`, 'error');
        return undefined;
    }
    if (ctx.stack.length >= accumulate_kustomization_MAX_DEPTH) {
        ctx.refused = true;
        note(ctx, k.file, line, `${entry} is nested more than ${accumulate_kustomization_MAX_DEPTH} kustomizations deep; not built`, 'error');
        return undefined;
    }
    if (!kustomizationFileIn(path, ctx.reader)) {
        ctx.refused = true;
        note(ctx, k.file, line, `${entry} is a folder without a kustomization.yaml`, 'error');
        return undefined;
    }
    const before = ctx.diagnostics.length;
    const sub = readKustomization(path, ctx.reader, ctx.diagnostics);
    if (!sub || ctx.diagnostics.length > before)
        ctx.refused = true;
    return sub;
}
function runTransformers(k, resources, ctx) {
    const body = k.body;
    applyPatchesStrategicMerge(k, resources, ctx);
    applyPatches(k, resources, ctx);
    if (typeof body.namespace === 'string' && body.namespace !== '')
        setNamespaceOf(resources, body.namespace);
    const prefix = typeof body.namePrefix === 'string' ? body.namePrefix : '';
    const suffix = typeof body.nameSuffix === 'string' ? body.nameSuffix : '';
    if (prefix || suffix)
        addNamePrefixSuffix(resources, prefix, suffix);
    const commonLabels = readStringPairs(body.commonLabels, { file: k.file, line: k.lineOf(['commonLabels']) }, ctx.diagnostics);
    if (Object.keys(commonLabels).length > 0)
        addLabels(resources, { pairs: commonLabels, includeSelectors: true, includeTemplates: false });
    if (Array.isArray(body.labels))
        body.labels.forEach((entry, i) => {
            if (!isJsonObject(entry))
                return;
            const where = { file: k.file, line: k.lineOf(['labels', i]) };
            const pairs = readStringPairs(entry.pairs, where, ctx.diagnostics);
            if (Object.keys(pairs).length === 0)
                return;
            addLabels(resources, {
                pairs,
                includeSelectors: entry.includeSelectors === true,
                includeTemplates: entry.includeTemplates === true,
            });
        });
    const annotations = readStringPairs(body.commonAnnotations, { file: k.file, line: k.lineOf(['commonAnnotations']) }, ctx.diagnostics);
    if (Object.keys(annotations).length > 0)
        addAnnotations(resources, annotations);
    applyPatchesJson6902(k, resources, ctx);
    if (Array.isArray(body.replicas))
        body.replicas.forEach((entry, i) => {
            const line = k.lineOf(['replicas', i]);
            if (!isJsonObject(entry) || typeof entry.name !== 'string' || typeof entry.count !== 'number') {
                note(ctx, k.file, line, 'a replicas entry needs name and a numeric count');
                return;
            }
            if (!setReplicas(resources, entry.name, entry.count))
                note(ctx, k.file, line, `replicas: no Deployment, StatefulSet or ReplicaSet is called ${entry.name}`);
        });
    if (Array.isArray(body.images))
        body.images.forEach((entry, i) => {
            const line = k.lineOf(['images', i]);
            if (!isJsonObject(entry) || typeof entry.name !== 'string') {
                note(ctx, k.file, line, 'an images entry needs a name');
                return;
            }
            const spec = { name: entry.name };
            if (typeof entry.newName === 'string')
                spec.newName = entry.newName;
            if (entry.newTag !== undefined && entry.newTag !== null)
                spec.newTag = String(entry.newTag);
            if (typeof entry.digest === 'string')
                spec.digest = entry.digest;
            setImages(resources, spec);
        });
}
function note(ctx, file, line, message, severity = 'warning') {
    ctx.diagnostics.push({ severity, stage: 'infra', file, line, message });
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/kubectl-kustomize.js
// `kubectl kustomize <dir>` when kubectl is on PATH: what it prints is what would be applied, so
// its objects are used; the built-in build still supplies each object's source line (matched by
// kind, namespace and name; a generated ConfigMap or Secret also by its name without kustomize's
// hash suffix). Secret data and generated ConfigMap data are emptied to their keys, as in the
// built-in build: values never reach the facts.




/** Kustomize's content hash: a dash and 10 characters of its alphabet. */
const HASH_SUFFIX = /-[bcdfghkmt2-9]{10}$/;
function kubectlOnPath() {
    return (0,external_tool/* findOnPath */.aY)('kubectl');
}
async function kubectlKustomize(kubectl, repoRoot, dir, builtIn, fallbackSource) {
    const result = await (0,external_tool/* runTool */.qI)(kubectl, ['kustomize', (0,external_node_path_.join)(repoRoot, dir)], repoRoot);
    if ('error' in result)
        return { error: result.error };
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(result.stdout, { lineCounter });
    const list = Array.isArray(docs) ? docs : [];
    const byKey = new Map();
    for (const r of builtIn)
        byKey.set(keyOf(r.object), r);
    const documents = [];
    for (const doc of list) {
        if (doc.errors.length > 0)
            return { error: `kubectl printed YAML that does not parse: ${doc.errors[0].message}` };
        const value = doc.toJS();
        if (!isJsonObject(value))
            continue;
        const exact = byKey.get(keyOf(value));
        const generated = exact ? undefined : byKey.get(keyOf(value, true));
        const match = exact ?? (generated?.generated ? generated : undefined);
        if (kustomize_resource_kindOf(value) === 'Secret' || match?.generated)
            emptyValues(value);
        documents.push({ value, source: match ? match.source : fallbackSource });
    }
    return { documents };
}
function keyOf(object, withoutHash = false) {
    const name = nameOf(object);
    return `${kustomize_resource_kindOf(object)}/${namespaceOf(object)}/${withoutHash ? name.replace(HASH_SUFFIX, '') : name}`;
}
function emptyValues(object) {
    for (const field of ['data', 'stringData', 'binaryData'])
        if (isJsonObject(object[field]))
            object[field] = Object.fromEntries(Object.keys(object[field]).map((k) => [k, '']));
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/name-references.js
// Once a whole tree is built, the fields that name another object (an Ingress backend's Service,
// a container's `envFrom` ConfigMap, a pod's ServiceAccount, an HPA's target …) are pointed at
// that object's final name, as kustomize's name-reference transformer does: the referenced object
// is the one of the right kind that was *once* called the name written, in the referrer's
// namespace; of several, the one that got the same prefixes and suffixes as the referrer.



const POD_SPECS = [
    { in: ['Pod'], prefix: 'spec' },
    {
        in: ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job', 'ReplicationController'],
        prefix: 'spec/template/spec',
    },
    { in: ['CronJob'], prefix: 'spec/jobTemplate/spec/template/spec' },
];
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
function podReferrals() {
    const out = [];
    for (const { in: kinds, prefix } of POD_SPECS) {
        const at = (kind, path, field) => out.push({ kinds: [kind], in: kinds, path: `${prefix}/${path}`, field });
        at('ConfigMap', 'volumes/configMap', 'name');
        at('ConfigMap', 'volumes/projected/sources/configMap', 'name');
        at('Secret', 'volumes/secret', 'secretName');
        at('Secret', 'volumes/projected/sources/secret', 'name');
        at('Secret', 'imagePullSecrets', 'name');
        at('PersistentVolumeClaim', 'volumes/persistentVolumeClaim', 'claimName');
        for (const list of CONTAINER_LISTS) {
            at('ConfigMap', `${list}/env/valueFrom/configMapKeyRef`, 'name');
            at('ConfigMap', `${list}/envFrom/configMapRef`, 'name');
            at('Secret', `${list}/env/valueFrom/secretKeyRef`, 'name');
            at('Secret', `${list}/envFrom/secretRef`, 'name');
        }
        out.push({ kinds: ['ServiceAccount'], in: kinds, path: prefix, field: 'serviceAccountName' });
        out.push({ kinds: ['ServiceAccount'], in: kinds, path: prefix, field: 'serviceAccount' });
        out.push({ kinds: ['PriorityClass'], in: kinds, path: prefix, field: 'priorityClassName' });
    }
    return out;
}
const REFERRALS = [
    ...podReferrals(),
    { kinds: ['Service'], in: ['Ingress'], path: 'spec/rules/http/paths/backend/service', field: 'name' },
    { kinds: ['Service'], in: ['Ingress'], path: 'spec/defaultBackend/service', field: 'name' },
    { kinds: ['Service'], in: ['Ingress'], path: 'spec/rules/http/paths/backend', field: 'serviceName' },
    { kinds: ['Service'], in: ['Ingress'], path: 'spec/backend', field: 'serviceName' },
    { kinds: ['Secret'], in: ['Ingress'], path: 'spec/tls', field: 'secretName' },
    { kinds: ['Service'], in: ['StatefulSet'], path: 'spec', field: 'serviceName' },
    { kinds: ['Service'], in: ['APIService'], path: 'spec/service', field: 'name' },
    { kinds: ['Secret'], in: ['ServiceAccount'], path: 'imagePullSecrets', field: 'name' },
    { kinds: ['Secret'], in: ['ServiceAccount'], path: 'secrets', field: 'name' },
    {
        kinds: ['ServiceAccount'],
        in: ['RoleBinding', 'ClusterRoleBinding'],
        path: 'subjects',
        field: 'name',
        kindField: 'kind',
        namespaceField: 'namespace',
    },
    {
        kinds: ['Role', 'ClusterRole'],
        in: ['RoleBinding', 'ClusterRoleBinding'],
        path: 'roleRef',
        field: 'name',
        kindField: 'kind',
    },
    {
        kinds: ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'],
        in: ['HorizontalPodAutoscaler'],
        path: 'spec/scaleTargetRef',
        field: 'name',
        kindField: 'kind',
    },
    { kinds: ['PersistentVolume'], in: ['PersistentVolumeClaim'], path: 'spec', field: 'volumeName' },
    { kinds: ['StorageClass'], in: ['PersistentVolumeClaim'], path: 'spec', field: 'storageClassName' },
    { kinds: ['StorageClass'], in: ['StatefulSet'], path: 'spec/volumeClaimTemplates/spec', field: 'storageClassName' },
    {
        kinds: ['PersistentVolumeClaim'],
        in: ['StatefulSet'],
        path: 'spec/template/spec/volumes/persistentVolumeClaim',
        field: 'claimName',
    },
];
/** Points every reference field at the final name of the object it names. */
function fixNameReferences(resources, diagnostics) {
    const byKind = new Map();
    for (const r of resources) {
        const kind = kustomize_resource_kindOf(r.object);
        byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
    }
    for (const referrer of resources) {
        const referrerKind = kustomize_resource_kindOf(referrer.object);
        for (const referral of REFERRALS) {
            if (referral.in && !referral.in.includes(referrerKind))
                continue;
            visitField(referrer.object, `${referral.path}/${referral.field}`, false, (holder, field) => {
                const written = holder[field];
                if (typeof written !== 'string')
                    return;
                const kind = referral.kindField ? holder[referral.kindField] : referral.kinds[0];
                if (typeof kind !== 'string' || !referral.kinds.includes(kind))
                    return;
                const wantedNamespace = referral.namespaceField
                    ? typeof holder[referral.namespaceField] === 'string'
                        ? holder[referral.namespaceField]
                        : namespaceOf(referrer.object)
                    : namespaceOf(referrer.object);
                const target = referredObject(byKind.get(kind) ?? [], written, kind, wantedNamespace, referrer);
                if (target === 'ambiguous') {
                    diagnostics.push({
                        severity: 'warning',
                        stage: 'infra',
                        file: referrer.source.file,
                        line: referrer.source.line,
                        message: `${referrerKind} names ${kind} ${written}, which more than one object was once called; ` +
                            'left as written',
                    });
                    return;
                }
                if (!target)
                    return;
                holder[field] = target.names.at(-1);
                if (referral.namespaceField && namespaceOf(target.object))
                    holder[referral.namespaceField] = namespaceOf(target.object);
            });
        }
    }
}
function referredObject(candidates, written, kind, namespace, referrer) {
    let found = candidates.filter((c) => c !== referrer && c.names.includes(written));
    // As kustomize: the namespace the referrer means, against where the candidate is now or was first.
    if (!CLUSTER_SCOPED_KINDS.has(kind))
        found = found.filter((c) => sameNamespace(namespaceOf(c.object), namespace) || sameNamespace(c.namespaces[0] ?? '', namespace));
    if (found.length <= 1)
        return found[0];
    const sameAffixes = found.filter((c) => c.prefixes.join('\n') === referrer.prefixes.join('\n') && c.suffixes.join('\n') === referrer.suffixes.join('\n'));
    if (sameAffixes.length === 1)
        return sameAffixes[0];
    const current = found.filter((c) => c.names.at(-1) === written);
    return current.length === 1 ? current[0] : 'ambiguous';
}
function sameNamespace(a, b) {
    return (a || 'default') === (b || 'default');
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kustomize/build-kustomization.js
// Entry points for Kustomize: build one overlay into the objects it would apply, and tell which
// kustomization folders are overlays (deployment environments) rather than bases or components.
//
// The built-in build follows kustomize v5 (see accumulate-kustomization.ts for what it applies).
// When asked and kubectl is on PATH, `kubectl kustomize` builds the overlay instead, but only for
// a tree the built-in build found whole and inside the repository: kubectl would download remote
// bases and read folders outside the repository, which this run must not.






/** Builds the kustomization in repo-relative `dir`. Never throws. */
async function buildKustomization(dir, options) {
    const folder = dir === '.' ? '' : dir.replace(/\/$/, '');
    const name = folder === '' ? external_node_path_.posix.basename(options.repoRoot) : external_node_path_.posix.basename(folder);
    const empty = (diagnostics, consumed = []) => ({
        set: { environment: { id: folder, name, via: 'kustomize' }, documents: [] },
        consumed,
        diagnostics,
    });
    try {
        const ctx = newBuildContext(options.reader);
        const file = kustomizationFileIn(folder, options.reader);
        if (!file) {
            return empty([
                { severity: 'error', stage: 'infra', file: folder || '.', message: 'no kustomization.yaml in this folder' },
            ]);
        }
        const k = readKustomization(folder, options.reader, ctx.diagnostics);
        if (!k)
            return empty(ctx.diagnostics, [file]);
        if (k.kind === 'Component') {
            ctx.diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file,
                line: 1,
                message: 'a Component is applied by the overlays that use it, not built alone',
            });
            return empty(ctx.diagnostics, [file]);
        }
        const resources = accumulateKustomization(k, ctx);
        fixNameReferences(resources, ctx.diagnostics);
        let documents = resources.map((r) => ({ value: r.object, source: r.source }));
        const kubectl = options.useTool ? kubectlOnPath() : undefined;
        if (kubectl && !ctx.remote && !ctx.refused) {
            const built = await kubectlKustomize(kubectl, options.repoRoot, folder, resources, { file, line: 1 });
            if ('error' in built)
                ctx.diagnostics.push({
                    severity: 'notice',
                    stage: 'infra',
                    file,
                    line: 1,
                    message: `kubectl kustomize failed (${built.error.slice(0, 300)}); used the built-in build`,
                });
            else
                documents = built.documents;
        }
        else if (kubectl)
            ctx.diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file,
                line: 1,
                message: ctx.remote
                    ? 'kubectl kustomize not run: the overlay names remote resources, which are not fetched'
                    : 'kubectl kustomize not run: the overlay has problems listed here; used the built-in build',
            });
        return {
            set: { environment: { id: folder, name, via: 'kustomize' }, documents },
            consumed: [...ctx.consumed].sort(),
            diagnostics: ctx.diagnostics,
        };
    }
    catch (error) {
        return empty([
            {
                severity: 'error',
                stage: 'infra',
                file: folder || '.',
                message: `Kustomize build failed: ${error instanceof Error ? error.message : String(error)}`,
            },
        ]);
    }
}
/**
 * Of the folders holding a kustomization, those no other kustomization names as a resource, base
 * or component: the overlays that are deployed. A Component is never one.
 */
function findOverlayRoots(kustomizationDirs, reader) {
    const dirs = new Set(kustomizationDirs.map((d) => (d === '.' ? '' : d.replace(/\/$/, ''))));
    const referenced = new Set();
    const components = new Set();
    for (const dir of dirs) {
        const k = readKustomization(dir, reader, []);
        if (!k)
            continue;
        if (k.kind === 'Component')
            components.add(dir);
        for (const field of ['resources', 'bases', 'components']) {
            const entries = k.body[field];
            if (!Array.isArray(entries))
                continue;
            for (const entry of entries) {
                if (typeof entry !== 'string')
                    continue;
                const path = resolveRepoPath(dir, entry);
                if (path !== undefined && path !== dir)
                    referenced.add(path);
            }
        }
    }
    return [...dirs].filter((d) => !referenced.has(d) && !components.has(d)).sort();
}

;// CONCATENATED MODULE: ./lib/sources/kubernetes/kubernetes-project.js
// Everything the Kubernetes kind was handed, read the way it is deployed: each Helm chart rendered
// with its values, each Kustomize overlay built, and the manifests neither consumed read as they
// are. A chart or an overlay is a deployment environment: the same services appear once per
// environment, and Services select only the workloads of their own.
//
// Files a chart or an overlay consumed (templates, bases, patches) are not read again on their own:
// a strategic-merge patch is not a Deployment, and a base's objects are deployed as its overlays
// make them.








/** No real manifest is this large; a file past it is reported, not parsed (YAML parsing is memory-hungry). */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const MIB = 1024 * 1024;
async function readKubernetesProject(input) {
    const handed = new Set(input.files);
    const reader = (0,repo_reader/* repoReader */.Q)(input.repoRoot, (file) => (handed.has(file) ? input.text(file) : undefined));
    const useTool = input.settings['render-tools'] !== 'built-in';
    const diagnostics = [];
    const sets = [];
    const consumed = new Set();
    const take = (built) => {
        sets.push(built.set);
        diagnostics.push(...built.diagnostics);
        for (const file of built.consumed)
            consumed.add(file);
    };
    const configured = (input.settings.helm ?? []).map((h) => ({ ...h, chart: external_node_path_.posix.normalize(h.chart) }));
    const charts = new Set(findCharts(input.files.filter(kubernetes_file_names/* isChartFile */.Jk)));
    for (const entry of configured) {
        if ('text' in reader.read(external_node_path_.posix.join(entry.chart, 'Chart.yaml')))
            charts.add(entry.chart);
        else
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file: entry.chart,
                message: `the config's sources.helm names ${entry.chart}, which holds no Chart.yaml; not rendered`,
            });
    }
    for (const chart of [...charts].sort()) {
        const entry = configured.find((h) => h.chart === chart);
        const options = { repoRoot: input.repoRoot, reader, useTool };
        if (entry?.values.length)
            options.values = entry.values;
        if (entry?.release)
            options.release = entry.release;
        if (entry?.namespace)
            options.namespace = entry.namespace;
        const built = await guarded(chart, () => renderChart(chart, options));
        // `helm install -n x` puts every namespaced object the templates leave unplaced into x.
        if (entry?.namespace)
            for (const doc of built.set.documents)
                placeIn(doc.value, entry.namespace);
        take(built);
    }
    const kustomizationDirs = input.files
        .filter(kubernetes_file_names/* isKustomizationFile */.yi)
        .map((f) => external_node_path_.posix.dirname(f))
        .filter((dir) => ![...charts].some((chart) => isInside(dir, chart)));
    for (const root of findOverlayRoots(kustomizationDirs, reader)) {
        take(await guarded(root, () => buildKustomization(root, { repoRoot: input.repoRoot, reader, useTool })));
    }
    // A Kustomize Component (or any kustomization) no overlay uses is not deployed: its resources
    // and patches are not objects of their own. One notice names the folders.
    const unused = [];
    for (const dir of kustomizationDirs) {
        const own = input.files.filter((f) => (0,kubernetes_file_names/* isKustomizationFile */.yi)(f) && external_node_path_.posix.dirname(f) === dir);
        if (own.every((f) => consumed.has(f)))
            continue;
        for (const f of input.files)
            if (isInside(f, dir))
                consumed.add(f);
        unused.push(dir);
    }
    if (unused.length)
        diagnostics.push({
            severity: 'notice',
            stage: 'infra',
            file: unused[0],
            message: `${unused.length} Kustomize folder(s) used by no overlay that is built, so not documented as deployed: ` +
                `${unused.slice(0, 8).join(', ')}${unused.length > 8 ? ', …' : ''}`,
        });
    const plain = { documents: [] };
    for (const file of input.files) {
        if (consumed.has(file) || (0,kubernetes_file_names/* isChartFile */.Jk)(file) || (0,kubernetes_file_names/* isKustomizationFile */.yi)(file))
            continue;
        if ([...charts].some((chart) => isInside(file, chart)))
            continue;
        const text = input.text(file);
        if (text.length > MAX_MANIFEST_BYTES) {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file,
                line: 1,
                message: `${Math.round(text.length / MIB)} MB manifest, ` + `over the ${MAX_MANIFEST_BYTES / MIB} MB read; not read`,
            });
            continue;
        }
        if (isGoTemplate(text)) {
            diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file,
                line: 1,
                message: 'Go template ({{ }}) outside any Helm chart (no Chart.yaml above it); not read',
            });
            continue;
        }
        const read = read_manifest_file_readManifestFile(file, text);
        plain.documents.push(...read.documents);
        diagnostics.push(...read.diagnostics);
    }
    sets.unshift(plain);
    const result = extractManifestSets(sets);
    const extracted = {
        facts: result.facts,
        diagnostics: [...diagnostics, ...result.diagnostics],
    };
    const alsoRead = new Map([...reader.readFiles].filter(([file]) => !handed.has(file)));
    if (alsoRead.size)
        extracted.alsoRead = alsoRead;
    return extracted;
}
/** A renderer that throws costs its own chart or overlay, reported where it is. */
async function guarded(dir, build) {
    try {
        return await build();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
            set: { documents: [] },
            consumed: [],
            diagnostics: [{ severity: 'error', stage: 'infra', file: dir, message: `cannot render ${dir}: ${message}` }],
        };
    }
}
function placeIn(value, namespace) {
    if (typeof value !== 'object' || value === null)
        return;
    const object = value;
    if (typeof object.kind !== 'string' || isClusterScoped(object.kind))
        return;
    object.metadata ??= {};
    if (typeof object.metadata.namespace !== 'string' || object.metadata.namespace === '')
        object.metadata.namespace = namespace;
}
function isInside(path, dir) {
    return dir === '.' || path === dir || path.startsWith(`${dir}/`);
}
/**
 * A Go template outside a chart (a chart without its Chart.yaml, a kustomize-less templating
 * script): control actions at a line's start, or a templated name. A manifest that only carries
 * `{{ $labels.instance }}` in an alert's text is an ordinary manifest and is read.
 */
function isGoTemplate(text) {
    if (!text.includes('{{'))
        return false;
    return (/^\s*\{\{-?\s*(if|range|with|define|include|template|end|else|\/\*)\b/m.test(text) ||
        /^\s*(name|namespace):\s*["']?\{\{/m.test(text));
}


/***/ })

};
