export const id = 640;
export const ids = [640];
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

/***/ 61640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractKubernetesFiles: () => (/* binding */ extractKubernetesFiles)
});

// UNUSED EXPORTS: extractKubernetes, kubernetesId

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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
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

// EXTERNAL MODULE: ./lib/sources/common/yaml-positions.js
var yaml_positions = __webpack_require__(44370);
;// CONCATENATED MODULE: ./lib/sources/kubernetes/extract-kubernetes.js
// Reads Kubernetes manifests (multi-document YAML) into infra facts.
//
// Every object with `apiVersion` and `kind` becomes a component `k8s:<Kind>/<namespace>/<name>`
// (namespace `default` when the manifest names none, as kubectl would apply it). Edges need the
// objects of all files at once: a Service in `service.yaml` selects the pods of a Deployment in
// `deployment.yaml`. So the work is in `extractKubernetesFiles`; `extractKubernetes` is the
// one-file case.
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
function kubernetesId(kind, namespace, name) {
    return `k8s:${kind}/${namespace}/${name}`;
}
/** One manifest file. Edges are only made within it; prefer `extractKubernetesFiles` for a repo. */
function extractKubernetes(file, text) {
    return extractKubernetesFiles([{ file, text }]);
}
/** All manifest files of a repository: components per object, edges across files. */
function extractKubernetesFiles(files) {
    const diagnostics = [];
    const objects = new Map();
    for (const { file, text } of [...files].sort((a, b) => compareText(a.file, b.file))) {
        for (const object of readFile(file, text, diagnostics)) {
            const seen = objects.get(object.component.id);
            if (seen) {
                diagnostics.push({
                    severity: 'warning',
                    stage: 'infra',
                    file,
                    line: object.component.source.line,
                    message: `${object.component.id} is also defined in ` +
                        `${seen.component.source.file}:${seen.component.source.line}; ` +
                        `the first definition is documented`,
                });
                continue;
            }
            objects.set(object.component.id, object);
        }
    }
    const list = [...objects.values()];
    const components = list.map((o) => o.component).sort((a, b) => compareText(a.id, b.id));
    return { facts: { components, edges: linkObjects(list, objects) }, diagnostics: sortDiagnostics(diagnostics) };
}
// ---------------------------------------------------------------- reading
function readFile(file, text, diagnostics) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, prettyErrors: false });
    const docs = Array.isArray(parsed) ? parsed : [];
    const out = [];
    for (const doc of docs) {
        // A broken document costs only itself: the others in the stream are still read.
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
        const root = extract_kubernetes_asRecord(value);
        if (!root)
            continue; // an empty document between `---` separators
        const line = (0,yaml_positions/* lineOfNode */.o2)(lineCounter, doc.contents);
        // `kind: List` (what `kubectl get -o yaml` writes) wraps objects in `items`.
        if (typeof root.kind === 'string' && root.kind.endsWith('List') && Array.isArray(root.items)) {
            const itemsNode = (0,yaml_positions/* pairOf */.cF)(doc.contents, 'items')?.value;
            root.items.forEach((item, i) => {
                const itemNode = (0,dist/* isSeq */.oP)(itemsNode) ? itemsNode.items[i] : undefined;
                const object = readObject(file, extract_kubernetes_asRecord(item), itemNode ? (0,yaml_positions/* lineOfNode */.o2)(lineCounter, itemNode) : line, diagnostics);
                if (object)
                    out.push(object);
            });
            continue;
        }
        const object = readObject(file, root, (0,dist/* isMap */.jh)(doc.contents) ? line : 1, diagnostics);
        if (object)
            out.push(object);
    }
    return out;
}
function readObject(file, root, line, diagnostics) {
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
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
    const spec = extract_kubernetes_asRecord(root.spec) ?? {};
    const pod = podTemplate(kind, root, spec);
    const containers = pod ? containerList(pod.spec.containers) : [];
    const component = {
        id: kubernetesId(kind, namespace, name),
        platform: 'kubernetes',
        kind,
        name,
        namespace,
        deployable: DEPLOYABLE_KINDS.has(kind),
        ports: kind === 'Service' ? servicePorts(spec) : containerPorts(containers),
        env: pod ? envNames([...containerList(pod.spec.initContainers), ...containers]) : [],
        source: { file, line },
    };
    const image = containers[0]?.image;
    if (typeof image === 'string')
        component.image = image;
    if (typeof spec.replicas === 'number' && Number.isInteger(spec.replicas))
        component.replicas = spec.replicas;
    describeObject(component, kind, metadata, spec, pod, containers[0]);
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
function linkObjects(objects, byId) {
    const edges = new Map();
    const add = (from, to, kind, via) => {
        if (from === to || !byId.has(to))
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
                    add(id, kubernetesId('Service', o.namespace, route.service), 'reference', via);
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
                for (const [target, via] of bindingReferences(o, objects))
                    add(id, target, 'reference', via);
                break;
            case 'HorizontalPodAutoscaler': {
                const target = extract_kubernetes_asRecord(o.spec.scaleTargetRef);
                if (typeof target?.kind === 'string' && typeof target.name === 'string') {
                    add(id, kubernetesId(target.kind, o.namespace, target.name), 'reference', 'scaleTargetRef');
                }
                break;
            }
        }
        if (o.pod) {
            const account = o.pod.spec.serviceAccountName ?? o.pod.spec.serviceAccount;
            if (typeof account === 'string' && account !== '')
                add(id, kubernetesId('ServiceAccount', o.namespace, account), 'reference', 'serviceAccountName');
            for (const [kind, name, via] of podReferences(o.pod.spec))
                add(id, kubernetesId(kind, o.namespace, name), 'reference', via);
            for (const [variable, value] of envValues(o.pod.spec)) {
                for (const host of (0,env_value_hosts/* hostsInEnvValue */.B)(variable, value)) {
                    const service = serviceForHost(host, o.namespace);
                    if (service)
                        add(id, service, 'env', variable);
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
function bindingReferences(binding, objects) {
    const out = [];
    const root = binding.raw;
    for (const item of Array.isArray(root.subjects) ? root.subjects : []) {
        const subject = extract_kubernetes_asRecord(item);
        if (subject?.kind !== 'ServiceAccount' || typeof subject.name !== 'string')
            continue;
        const ns = typeof subject.namespace === 'string' && subject.namespace !== '' ? subject.namespace : binding.namespace;
        out.push([kubernetesId('ServiceAccount', ns, subject.name), 'subject']);
    }
    const roleRef = extract_kubernetes_asRecord(root.roleRef);
    if (typeof roleRef?.kind === 'string' && typeof roleRef.name === 'string') {
        const role = roleRef.kind === 'ClusterRole'
            ? objects.find((o) => o.kind === 'ClusterRole' && o.component.name === roleRef.name)?.component.id
            : kubernetesId(roleRef.kind, binding.namespace, roleRef.name);
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
function serviceForHost(host, namespace) {
    const parts = host.split('.');
    const [service, ns] = parts;
    if (!service)
        return undefined;
    if (parts.length === 1)
        return kubernetesId('Service', namespace, service);
    const clusterSuffix = parts.slice(2).join('.');
    if (ns && (clusterSuffix === '' || clusterSuffix === 'svc' || /^svc\.cluster\.local$/.test(clusterSuffix))) {
        return kubernetesId('Service', ns, service);
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


/***/ })

};
