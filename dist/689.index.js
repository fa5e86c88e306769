export const id = 689;
export const ids = [689];
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

/***/ 40689:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractCompose: () => (/* binding */ extractCompose)
/* harmony export */ });
/* unused harmony export composeServiceId */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _common_command_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44286);
/* harmony import */ var _common_env_value_hosts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58559);
/* harmony import */ var _common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44370);
// Reads a Docker Compose file into infra facts: one component per service, and the edges the file
// states (`depends_on`, `links`) or implies (an environment variable whose URL or host:port
// names another service).
//
// Compose files lean on YAML anchors and `<<` merge keys (`x-common: &common` shared by every
// service), so the file is parsed with `merge: true`; js-yaml would leave `<<` as a plain key.
// Environment values are read only to find host names and are never kept (only each host, its
// URL scheme and port, as `hosts`): Compose files routinely hold passwords in plain text. The
// same goes for commands and health checks, whose secret-shaped arguments are masked.




/** A published range like `9000-9999` is listed port by port only while that stays readable. */
const MAX_RANGE_PORTS = 64;
function extractCompose(file, text) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, merge: true, prettyErrors: false });
    const empty = { components: [], edges: [] };
    if (doc.errors.length > 0)
        return { facts: empty, diagnostics: (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxErrorDiagnostics */ .KE)(file, doc, lineCounter) };
    const diagnostics = [];
    let root;
    try {
        root = doc.toJS({ maxAliasCount: 1000 });
    }
    catch (error) {
        // e.g. an alias to an undefined anchor, or an alias bomb past the limit.
        const message = error instanceof Error ? error.message : String(error);
        return {
            facts: empty,
            diagnostics: [{ severity: 'error', stage: 'infra', file, line: 1, message: `cannot read YAML: ${message}` }],
        };
    }
    const services = asRecord(asRecord(root)?.services);
    const servicesNode = (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .pairOf */ .cF)(doc.contents, 'services')?.value;
    if (!services || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(servicesNode)) {
        diagnostics.push({
            severity: 'notice',
            stage: 'infra',
            file,
            line: 1,
            message: 'no `services` section: nothing to read in this Compose file',
        });
        return { facts: empty, diagnostics };
    }
    const entries = [];
    for (const item of servicesNode.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) || !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key))
            continue;
        const name = String(item.key.value);
        if (name === '<<')
            continue;
        entries.push({ name, line: (0,_common_yaml_positions_js__WEBPACK_IMPORTED_MODULE_1__/* .lineOfNode */ .o2)(lineCounter, item.key), body: asRecord(services[name]) ?? {} });
    }
    const components = entries.map((s) => serviceComponent(file, s));
    const edges = serviceEdges(file, entries, diagnostics);
    components.sort((a, b) => compareText(a.id, b.id));
    return { facts: { components, edges }, diagnostics };
}
function composeServiceId(name) {
    return `compose:service/${name}`;
}
function serviceComponent(file, service) {
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
        source: { file, line: service.line },
    };
    if (image !== undefined)
        component.image = image;
    const replicas = asRecord(body.deploy)?.replicas ?? body.scale;
    if (typeof replicas === 'number' && Number.isInteger(replicas))
        component.replicas = replicas;
    const labels = serviceLabels(body.labels);
    if (Object.keys(labels).length)
        component.labels = labels;
    const probe = healthcheckProbe(body.healthcheck);
    if (probe)
        component.probes = [probe];
    const command = (0,_common_command_line_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLine */ .a)(commandWords(body.command));
    if (command !== undefined)
        component.command = command;
    const hosts = environment(body.environment).flatMap(([name, value]) => value === undefined ? [] : (0,_common_env_value_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .envHostsInValue */ .l)(name, value));
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
    for (const [k, v] of Object.entries(asRecord(value) ?? {})) {
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
    const check = asRecord(value);
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
    const command = (0,_common_command_line_js__WEBPACK_IMPORTED_MODULE_2__/* .commandLine */ .a)(words);
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
        const record = asRecord(entry);
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
        const map = asRecord(value);
        for (const [name, v] of Object.entries(map ?? {})) {
            out.set(name, v === null || v === undefined ? undefined : typeof v === 'object' ? undefined : String(v));
        }
    }
    return [...out.entries()];
}
// ---------------------------------------------------------------- edges
function serviceEdges(file, services, diagnostics) {
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
        for (const [target, via] of dependencies(s.body)) {
            if (!names.has(target)) {
                diagnostics.push({
                    severity: 'notice',
                    stage: 'infra',
                    file,
                    line: s.line,
                    message: `service \`${s.name}\` ${via} \`${target}\`, which is not a service in this file`,
                });
                continue;
            }
            const edge = { from, to: composeServiceId(target), kind: 'depends_on' };
            if (via === 'links')
                edge.via = 'links';
            add(edge);
        }
        for (const [variable, value] of environment(s.body.environment)) {
            if (value === undefined)
                continue;
            for (const host of (0,_common_env_value_hosts_js__WEBPACK_IMPORTED_MODULE_3__/* .hostsInEnvValue */ .B)(variable, value)) {
                const target = byHost.get(host);
                if (target !== undefined && target !== s.name)
                    add({ from, to: composeServiceId(target), kind: 'env', via: variable });
            }
        }
    }
    return [...edges.entries()].sort(([a], [b]) => compareText(a, b)).map(([, e]) => e);
}
/** `depends_on` (list or map form) and legacy `links` (`db` or `db:alias`). */
function dependencies(body) {
    const out = [];
    const dependsOn = body.depends_on;
    if (Array.isArray(dependsOn)) {
        for (const d of dependsOn)
            if (typeof d === 'string')
                out.push([d, 'depends on']);
    }
    else {
        for (const d of Object.keys(asRecord(dependsOn) ?? {}))
            out.push([d, 'depends on']);
    }
    if (Array.isArray(body.links)) {
        for (const link of body.links)
            if (typeof link === 'string')
                out.push([link.split(':')[0], 'links']);
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
    for (const network of Object.values(asRecord(body.networks) ?? {})) {
        const list = asRecord(network)?.aliases;
        if (Array.isArray(list))
            for (const a of list)
                if (typeof a === 'string')
                    aliases.push(a.toLowerCase());
    }
    return aliases;
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
