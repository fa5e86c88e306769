export const id = 387;
export const ids = [387];
export const modules = {

/***/ 58559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ hostsInEnvValue)
/* harmony export */ });
// Finds the host names an environment variable's value points at.
//
// `DATABASE_URL=postgres://app:secret@db:5432/shop` says the service talks to `db`; so does
// `REDIS_ADDR=cache:6379` and `KAFKA_BROKERS=kafka-1:9092,kafka-2:9092`. These are the edges
// people draw by hand on architecture diagrams, and the config already states them. Only the
// host is returned: credentials in the value never leave this function.
/** Variable names whose bare value (no scheme, no port) is a host name by convention. */
const HOST_VARIABLE = /(?:^|_)(?:HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|SERVER|SERVERS|ENDPOINT|BROKERS?)$/i;
const URL_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9_.-]*):(\d{1,5})(?:\/\S*)?$/i;
const BARE_HOST = /^[a-z0-9][a-z0-9_.-]*$/i;
/**
 * Lower-cased host names found in `value`: from URLs (`scheme://[user@]host[:port]`), from
 * `host:port` tokens, and, when the variable's name says it holds a host (`DB_HOST`), from a
 * bare name. Lists separated by commas, semicolons or spaces are split first.
 */
function hostsInEnvValue(name, value) {
    const hosts = new Set();
    for (const token of value.split(/[\s,;]+/)) {
        if (token === '')
            continue;
        const url = URL_AUTHORITY.exec(token);
        // An interpolated password (`postgres://u:${DB_PASSWORD}@db:5432`) still names its host;
        // an interpolated host does not.
        if (url && !url[1].includes('${')) {
            // The authority may itself be a list (`mongodb://a:27017,b:27017` was split above, so only one here).
            const host = stripPort(url[1]);
            if (host)
                hosts.add(host);
            continue;
        }
        if (url || token.includes('${'))
            continue; // interpolated: the host is not known here
        const hostPort = HOST_PORT.exec(token);
        if (hostPort) {
            hosts.add(hostPort[1].toLowerCase());
            continue;
        }
        if (HOST_VARIABLE.test(name) && BARE_HOST.test(token))
            hosts.add(token.toLowerCase());
    }
    return [...hosts];
}
function stripPort(authority) {
    if (authority.startsWith('['))
        return undefined; // an IPv6 literal never names a service
    const host = authority.replace(/:\d*$/, '').toLowerCase();
    return host === '' ? undefined : host;
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

/***/ 40387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractKubernetesFiles: () => (/* binding */ extractKubernetesFiles)
/* harmony export */ });
/* unused harmony exports kubernetesId, extractKubernetes */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _common_env_value_hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58559);
/* harmony import */ var _common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44370);
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
// - `reference`: Ingress → backend Service (via the host and path it routes), chosen over
//   `selects` because an Ingress names its Service, it does not match labels;
//   HorizontalPodAutoscaler → its scaleTargetRef; workload → ConfigMap / Secret / PVC it reads
//   through envFrom, env valueFrom or volumes.
// - `env`: workload → Service whose DNS name (`db`, `db.shop`, `db.shop.svc.cluster.local`)
//   an environment value's URL or host:port names.
// Secret and ConfigMap data are never read; env values only to find host names.



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
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, prettyErrors: false });
    const docs = Array.isArray(parsed) ? parsed : [];
    const out = [];
    for (const doc of docs) {
        // A broken document costs only itself: the others in the stream are still read.
        if (doc.errors.length > 0) {
            diagnostics.push(...(0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxErrorDiagnostics */ .KE)(file, doc, lineCounter));
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
                line: (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfNode */ .o2)(lineCounter, doc.contents),
                message: `cannot read YAML: ${message}`,
            });
            continue;
        }
        const root = asRecord(value);
        if (!root)
            continue; // an empty document between `---` separators
        const line = (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfNode */ .o2)(lineCounter, doc.contents);
        // `kind: List` (what `kubectl get -o yaml` writes) wraps objects in `items`.
        if (typeof root.kind === 'string' && root.kind.endsWith('List') && Array.isArray(root.items)) {
            const itemsNode = (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .pairOf */ .cF)(doc.contents, 'items')?.value;
            root.items.forEach((item, i) => {
                const itemNode = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(itemsNode) ? itemsNode.items[i] : undefined;
                const object = readObject(file, asRecord(item), itemNode ? (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfNode */ .o2)(lineCounter, itemNode) : line, diagnostics);
                if (object)
                    out.push(object);
            });
            continue;
        }
        const object = readObject(file, root, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents) ? line : 1, diagnostics);
        if (object)
            out.push(object);
    }
    return out;
}
function readObject(file, root, line, diagnostics) {
    if (!root || typeof root.apiVersion !== 'string' || typeof root.kind !== 'string')
        return undefined;
    const kind = root.kind;
    const metadata = asRecord(root.metadata) ?? {};
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
    const spec = asRecord(root.spec) ?? {};
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
    const object = { component, kind, namespace, spec };
    if (pod)
        object.pod = pod;
    return object;
}
/** Where each workload kind keeps its pod template. */
function podTemplate(kind, root, spec) {
    let template;
    switch (kind) {
        case 'Pod':
            template = root;
            break;
        case 'CronJob':
            template = asRecord(asRecord(asRecord(spec.jobTemplate)?.spec)?.template);
            break;
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
        case 'ReplicationController':
        case 'Job':
            template = asRecord(spec.template);
            break;
        default:
            return undefined;
    }
    if (!template)
        return undefined;
    return { labels: stringMap(asRecord(template.metadata)?.labels), spec: asRecord(template.spec) ?? {} };
}
function containerList(value) {
    return Array.isArray(value) ? value.map(asRecord).filter((c) => c !== undefined) : [];
}
function containerPorts(containers) {
    const ports = new Set();
    for (const c of containers) {
        for (const p of Array.isArray(c.ports) ? c.ports : []) {
            const port = asRecord(p)?.containerPort;
            if (typeof port === 'number')
                ports.add(port);
        }
    }
    return [...ports].sort((a, b) => a - b);
}
function servicePorts(spec) {
    const ports = new Set();
    for (const p of Array.isArray(spec.ports) ? spec.ports : []) {
        const port = asRecord(p)?.port;
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
            const name = asRecord(e)?.name;
            if (typeof name === 'string')
                names.add(name);
        }
        for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
            const f = asRecord(from);
            const configMap = asRecord(f?.configMapRef)?.name;
            const secret = asRecord(f?.secretRef)?.name;
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
                const selector = stringMap(asRecord(o.spec.selector)?.matchLabels);
                if (Object.keys(selector).length === 0)
                    break;
                for (const w of matching(workloads, o.namespace, selector))
                    add(id, w.component.id, 'selects');
                break;
            }
            case 'Ingress':
                for (const [service, route] of ingressBackends(o.spec))
                    add(id, kubernetesId('Service', o.namespace, service), 'reference', route);
                break;
            case 'HorizontalPodAutoscaler': {
                const target = asRecord(o.spec.scaleTargetRef);
                if (typeof target?.kind === 'string' && typeof target.name === 'string') {
                    add(id, kubernetesId(target.kind, o.namespace, target.name), 'reference', 'scaleTargetRef');
                }
                break;
            }
        }
        if (o.pod) {
            for (const [kind, name, via] of podReferences(o.pod.spec))
                add(id, kubernetesId(kind, o.namespace, name), 'reference', via);
            for (const [variable, value] of envValues(o.pod.spec)) {
                for (const host of (0,_common_env_value_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .hostsInEnvValue */ .B)(variable, value)) {
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
/** `[serviceName, route]` for every backend: networking.k8s.io/v1 and the older v1beta1 shape. */
function ingressBackends(spec) {
    const out = [];
    const backendService = (backend) => {
        const b = asRecord(backend);
        const name = asRecord(b?.service)?.name ?? b?.serviceName;
        return typeof name === 'string' ? name : undefined;
    };
    const fallback = backendService(spec.defaultBackend ?? spec.backend);
    if (fallback)
        out.push([fallback, 'default backend']);
    for (const rule of Array.isArray(spec.rules) ? spec.rules : []) {
        const r = asRecord(rule);
        const host = typeof r?.host === 'string' ? r.host : '*';
        const paths = asRecord(r?.http)?.paths;
        for (const p of Array.isArray(paths) ? paths : []) {
            const path = asRecord(p);
            const service = backendService(path?.backend);
            if (service)
                out.push([service, `${host}${typeof path?.path === 'string' ? path.path : '/'}`]);
        }
    }
    return out;
}
/** ConfigMaps, Secrets and PVCs a pod reads: `[kind, name, via]`. */
function podReferences(podSpec) {
    const out = [];
    for (const c of [...containerList(podSpec.initContainers), ...containerList(podSpec.containers)]) {
        for (const from of Array.isArray(c.envFrom) ? c.envFrom : []) {
            const f = asRecord(from);
            const cm = asRecord(f?.configMapRef)?.name;
            const secret = asRecord(f?.secretRef)?.name;
            if (typeof cm === 'string')
                out.push(['ConfigMap', cm, 'envFrom']);
            if (typeof secret === 'string')
                out.push(['Secret', secret, 'envFrom']);
        }
        for (const e of Array.isArray(c.env) ? c.env : []) {
            const from = asRecord(asRecord(e)?.valueFrom);
            const cm = asRecord(from?.configMapKeyRef)?.name;
            const secret = asRecord(from?.secretKeyRef)?.name;
            if (typeof cm === 'string')
                out.push(['ConfigMap', cm, 'env']);
            if (typeof secret === 'string')
                out.push(['Secret', secret, 'env']);
        }
    }
    for (const volume of Array.isArray(podSpec.volumes) ? podSpec.volumes : []) {
        const v = asRecord(volume);
        const cm = asRecord(v?.configMap)?.name;
        const secret = asRecord(v?.secret)?.secretName;
        const claim = asRecord(v?.persistentVolumeClaim)?.claimName;
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
            const entry = asRecord(e);
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
    for (const [k, v] of Object.entries(asRecord(value) ?? {})) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            out[k] = String(v);
    }
    return out;
}
function asRecord(value) {
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
