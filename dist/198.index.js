export const id = 198;
export const ids = [198];
export const modules = {

/***/ 1198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractTerraform: () => (/* binding */ extractTerraform)
});

// UNUSED EXPORTS: referencedAddresses

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./lib/sources/terraform/load-hcl-parser.js
// Loads HashiCorp's HCL parser (Go compiled to WASM, packaged as `@cdktn/hcl2json`) on demand.
//
// Why this care instead of a plain import:
// - The package starts its WASM runtime as soon as it is imported (~250 ms, tens of MB), so it is
//   imported only when a repository has Terraform files.
// - It reads `main.wasm.gz` and `wasm/bridge_wasm_exec.js` from beside its own code. If they are
//   missing its start-up failure surfaces as an unhandled rejection (fatal in Node) and every
//   parse would wait forever. So the files are checked for first, and a missing parser becomes a
//   diagnostic, not a crash or a hung job.
// - ncc does not carry those files into the bundle. The build copies the package to
//   `dist/vendor/hcl2json/` (see the report / build script); from source, node_modules is used.




const PACKAGE = '@cdktn/hcl2json';
/** The files the package needs at run time, relative to its root. */
const RUNTIME_FILES = ['build/index.js', 'build/bridge.js', 'wasm/bridge_wasm_exec.js', 'main.wasm.gz'];
let loading;
/** The parser, loaded once per process. Rejects with a readable error when it cannot be found. */
function loadHclParser() {
    loading ??= load();
    return loading;
}
async function load() {
    const root = packageRoots().find((dir) => RUNTIME_FILES.every((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, f))));
    if (!root)
        throw new Error(`the Terraform parser (${PACKAGE}) is not installed or its WASM files are missing`);
    const mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)(root, 'build/index.js')).href));
    const parse = mod.parse ?? mod.default?.parse;
    if (typeof parse !== 'function')
        throw new Error(`${PACKAGE} has no parse() function`);
    return parse;
}
/** Where the package may be: vendored next to the bundle first, then node_modules. */
function packageRoots() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    const roots = [(0,external_node_path_.join)(here, 'vendor', 'hcl2json'), (0,external_node_path_.join)(here, '..', 'vendor', 'hcl2json')];
    try {
        const entry = (0,external_node_module_.createRequire)(import.meta.url).resolve(PACKAGE);
        roots.push((0,external_node_path_.join)((0,external_node_path_.dirname)(entry), '..'));
    }
    catch {
        // Not in node_modules (the bundled action): only the vendored copy can serve.
    }
    return roots;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/resource-settings.js
// The few literal attributes that say what a cloud resource is: the engine and version of a
// database, the node type of a cache, whether a queue is FIFO, the runtime of a function. A
// reader of the docs (and the system stage, which names a datastore's technology from `engine`)
// needs these; nothing else of a resource body is kept.
//
// Only a whitelist, only top-level attributes, and only literals: a `var.` or `${…}` value is
// not known here (and variables are where passwords hide), and a key that looks secret is never
// kept even if a later edit puts it on the list.
const SETTING_KEYS = new Set([
    // identity
    'identifier',
    'cluster_identifier',
    'replication_group_id',
    'cluster_id',
    'name',
    'function_name',
    'bucket',
    // databases and caches
    'engine',
    'engine_version',
    'engine_mode',
    'database_version',
    'redis_version',
    'instance_class',
    'instance_type',
    'node_type',
    'num_cache_nodes',
    'num_cache_clusters',
    'num_node_groups',
    'replicas_per_node_group',
    'cluster_mode',
    'multi_az',
    'automatic_failover_enabled',
    'allocated_storage',
    'max_allocated_storage',
    'storage_type',
    'billing_mode',
    'tier',
    'memory_size_gb',
    'sku_name',
    'version',
    // queues and streams
    'fifo_queue',
    'content_based_deduplication',
    'kafka_version',
    'number_of_broker_nodes',
    'engine_type',
    'deployment_mode',
    'shard_count',
    // compute
    'runtime',
    'handler',
    'package_type',
    'memory_size',
    'timeout',
    'launch_type',
    'desired_count',
    'min_size',
    'max_size',
    'cpu',
    'memory',
    // load balancers and autoscaling targets
    'load_balancer_type',
    'internal',
    'protocol_type',
    'service_namespace',
    'scalable_dimension',
]);
const SECRET_KEY = /pass|secret|token|credential|private|auth|key/i;
/** Whitelisted top-level literal attributes, as strings, in key order. */
function resourceSettings(body) {
    const out = {};
    for (const key of Object.keys(body).sort()) {
        if (!SETTING_KEYS.has(key) || SECRET_KEY.test(key))
            continue;
        const value = literal(body[key]);
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
/** `aws_appautoscaling_target`'s `min_capacity` / `max_capacity`, when both are literal numbers. */
function appAutoscaling(type, body) {
    if (type !== 'aws_appautoscaling_target')
        return undefined;
    const max = body.max_capacity;
    const min = body.min_capacity;
    if (typeof max !== 'number')
        return undefined;
    return typeof min === 'number' ? { min, max, metrics: [] } : { max, metrics: [] };
}
function literal(value) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string' || value === '')
        return undefined;
    // `${…}` and `%{…}` are expressions (hcl2json writes every non-literal that way).
    return value.includes('${') || value.includes('%{') ? undefined : value;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/extract-terraform.js
// Reads Terraform configuration (`.tf` and `.tf.json`) into infra facts.
//
// Components: every `resource` block (`tf:<type>.<name>`, kind = the resource type) and every
// `module` block (`tf:module.<name>`, kind `module`). Data sources, variables, locals and outputs
// are not components. Variables are never read at all: their defaults are where passwords hide.
//
// `settings` keeps a whitelist of literal attributes that say what a resource is (engine,
// instance class, FIFO …), see `resource-settings.ts`.
//
// `deployable` is true only for resource types that run code someone ships (an ECS service, a
// Lambda function, a Kubernetes Deployment, a Cloud Run service …), the same test Compose and
// Kubernetes use; a database or a bucket is infrastructure, not a deployable.
//
// Edges: a resource or module that mentions another one in an expression
// (`vpc_id = aws_vpc.main.id`, `"${aws_s3_bucket.logs.arn}/*"`, `module.vpc.private_subnets`)
// gets a `reference` edge, `via` the attribute(s) that mention it; `depends_on = [...]` gives
// `depends_on` edges. References resolve within the module directory the file is in, the way
// Terraform scopes names.
//
// The HCL is parsed by HashiCorp's own parser (Go in WASM); it reports no positions for blocks,
// so a block's line is found in the text by its header (`resource "type" "name" {`).



/** Resource types that run shipped code and so get a runbook. */
const DEPLOYABLE_TYPES = new Set([
    'aws_ecs_service',
    'aws_lambda_function',
    'aws_apprunner_service',
    'aws_elastic_beanstalk_environment',
    'kubernetes_deployment',
    'kubernetes_deployment_v1',
    'kubernetes_stateful_set',
    'kubernetes_stateful_set_v1',
    'kubernetes_daemonset',
    'kubernetes_daemon_set_v1',
    'kubernetes_cron_job',
    'kubernetes_cron_job_v1',
    'kubernetes_job',
    'kubernetes_job_v1',
    'google_cloud_run_service',
    'google_cloud_run_v2_service',
    'google_cloud_run_v2_job',
    'google_cloudfunctions_function',
    'google_cloudfunctions2_function',
    'google_app_engine_standard_app_version',
    'azurerm_container_app',
    'azurerm_linux_web_app',
    'azurerm_windows_web_app',
    'azurerm_linux_function_app',
    'azurerm_windows_function_app',
    'azurerm_container_group',
]);
/** First names in an expression that are not resources (`var.x`, `local.y`, `each.value` …). */
const NOT_RESOURCES = new Set(['var', 'local', 'each', 'count', 'self', 'path', 'terraform', 'data', 'module']);
/** A parse that has not answered in this long will not: report it rather than hang the job. */
const PARSE_TIMEOUT_MS = 30_000;
async function extractTerraform(files) {
    const empty = { components: [], edges: [] };
    if (files.length === 0)
        return { facts: empty, diagnostics: [] };
    const sorted = [...files].sort((a, b) => compareText(a.file, b.file));
    const diagnostics = [];
    let parse;
    try {
        if (sorted.some((f) => !f.file.endsWith('.json')))
            parse = await loadHclParser();
    }
    catch (error) {
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file: sorted[0].file,
            message: `${errorMessage(error)}; ${sorted.length} Terraform file(s) not read`,
        });
        return { facts: empty, diagnostics };
    }
    const blocks = [];
    for (const { file, text } of sorted) {
        const config = await parseFile(file, text, parse, diagnostics);
        if (config)
            blocks.push(...blocksOf(file, text, config));
    }
    const kept = assignIds(blocks, diagnostics);
    const components = kept.map(toComponent).sort((a, b) => compareText(a.id, b.id));
    return { facts: { components, edges: referenceEdges(kept) }, diagnostics: sortDiagnostics(diagnostics) };
}
// ---------------------------------------------------------------- parsing
async function parseFile(file, text, parse, diagnostics) {
    if (file.endsWith('.json')) {
        // `.tf.json` is Terraform's JSON syntax: plain JSON, same structure the HCL parser returns.
        try {
            return asRecord(JSON.parse(text)) ?? {};
        }
        catch (error) {
            diagnostics.push(jsonError(file, text, error));
            return undefined;
        }
    }
    try {
        return await withTimeout(parse(file, text), PARSE_TIMEOUT_MS, `parsing took longer than ${PARSE_TIMEOUT_MS / 1000} s`);
    }
    catch (error) {
        diagnostics.push(hclError(file, error));
        return undefined;
    }
}
/** `parse config: [main.tf:2,7-3,1: Invalid expression; Expected …]` → line 2, column 7 and the words. */
function hclError(file, error) {
    const raw = errorMessage(error);
    const match = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(raw);
    if (!match)
        return {
            severity: 'error',
            stage: 'infra',
            file,
            message: `HCL syntax error: ${raw.replace(/^parse config:\s*/, '')}`,
        };
    return {
        severity: 'error',
        stage: 'infra',
        file,
        line: Number(match[1]),
        column: Number(match[2]),
        message: `HCL syntax error: ${match[3].trim()}`,
    };
}
function jsonError(file, text, error) {
    const message = errorMessage(error);
    const diagnostic = { severity: 'error', stage: 'infra', file, message: `JSON syntax error: ${message}` };
    // V8 says "at position 42" (Node 20) or "(line 3 column 5)" (newer); a few messages say neither.
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    if (lineColumn) {
        diagnostic.line = Number(lineColumn[1]);
        diagnostic.column = Number(lineColumn[2]);
    }
    else if (position) {
        diagnostic.line = lineAt(text, Number(position[1]));
    }
    return diagnostic;
}
// ---------------------------------------------------------------- blocks
function blocksOf(file, text, config) {
    const dir = external_node_path_.posix.dirname(file);
    const out = [];
    for (const [type, byName] of entriesOf(config.resource)) {
        for (const [name, bodies] of entriesOf(byName)) {
            const body = firstBody(bodies);
            if (!body)
                continue;
            out.push({
                address: `${type}.${name}`,
                type,
                name,
                body,
                file,
                dir,
                line: blockLine(file, text, 'resource', [type, name]),
                id: '',
            });
        }
    }
    for (const [name, bodies] of entriesOf(config.module)) {
        const body = firstBody(bodies);
        if (!body)
            continue;
        out.push({
            address: `module.${name}`,
            type: 'module',
            name,
            body,
            file,
            dir,
            line: blockLine(file, text, 'module', [name]),
            id: '',
        });
    }
    return out;
}
/**
 * Ids are `tf:<address>`. Two module directories may both declare `aws_vpc.main`; they are
 * different resources, so the later directory's gets `tf:aws_vpc.main (<dir>)`. The same address
 * twice in one directory is a Terraform error; only the first is kept. Returns the blocks kept.
 */
function assignIds(blocks, diagnostics) {
    const owners = new Map();
    const kept = [];
    for (const block of blocks) {
        const plain = `tf:${block.address}`;
        const first = owners.get(plain);
        if (first && first.dir === block.dir) {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file: block.file,
                line: block.line,
                message: `${block.address} is declared again (first in ${first.file}:${first.line}); ` +
                    `only the first is documented`,
            });
            continue;
        }
        if (first) {
            block.id = `${plain} (${block.dir})`;
            diagnostics.push({
                severity: 'notice',
                stage: 'infra',
                file: block.file,
                line: block.line,
                message: `${block.address} also exists in ${first.dir === '.' ? 'the root module' : first.dir}; ` +
                    `this one is recorded as \`${block.id}\``,
            });
        }
        else {
            block.id = plain;
            owners.set(plain, block);
        }
        kept.push(block);
    }
    return kept;
}
function toComponent(block) {
    const component = {
        id: block.id,
        platform: 'terraform',
        kind: block.type,
        name: block.name,
        deployable: DEPLOYABLE_TYPES.has(block.type),
        ports: [],
        env: envNames(block.body),
        source: { file: block.file, line: block.line },
    };
    const image = findLiteral(block.body, ['image', 'image_uri']);
    if (typeof image === 'string')
        component.image = image;
    const replicas = findLiteral(block.body, ['replicas', 'desired_count']);
    if (typeof replicas === 'number' && Number.isInteger(replicas))
        component.replicas = replicas;
    if (block.type !== 'module') {
        const settings = resourceSettings(block.body);
        if (Object.keys(settings).length)
            component.settings = settings;
        const autoscaling = appAutoscaling(block.type, block.body);
        if (autoscaling)
            component.autoscaling = autoscaling;
    }
    return component;
}
/**
 * Names of environment variables a resource sets: `environment { variables = { K = … } }`
 * (Lambda) and `env { name = "K" … }` blocks (Kubernetes provider, Cloud Run). Values are skipped.
 */
function envNames(body) {
    const names = new Set();
    const visit = (value, depth) => {
        if (depth > 8)
            return;
        if (Array.isArray(value)) {
            for (const v of value)
                visit(v, depth + 1);
            return;
        }
        const record = asRecord(value);
        if (!record)
            return;
        for (const [key, v] of Object.entries(record)) {
            if (key === 'environment') {
                for (const env of blocksIn(v))
                    for (const name of Object.keys(asRecord(env.variables) ?? {}))
                        names.add(name);
            }
            if (key === 'env') {
                for (const env of blocksIn(v))
                    if (typeof env.name === 'string' && !env.name.includes('${'))
                        names.add(env.name);
            }
            visit(v, depth + 1);
        }
    };
    visit(body, 0);
    return [...names];
}
/** The first literal (no interpolation) value of any of `keys`, searched depth-first. */
function findLiteral(body, keys) {
    let found;
    const visit = (value, depth) => {
        if (depth > 8)
            return false;
        if (Array.isArray(value))
            return value.some((v) => visit(v, depth + 1));
        const record = asRecord(value);
        if (!record)
            return false;
        for (const [key, v] of Object.entries(record)) {
            if (keys.includes(key) && (typeof v === 'number' || (typeof v === 'string' && !v.includes('${')))) {
                found = v;
                return true;
            }
        }
        return Object.values(record).some((v) => visit(v, depth + 1));
    };
    visit(body, 0);
    return found;
}
// ---------------------------------------------------------------- edges
function referenceEdges(blocks) {
    // Names resolve within a module directory.
    const byDir = new Map();
    for (const b of blocks) {
        if (!byDir.has(b.dir))
            byDir.set(b.dir, new Map());
        byDir.get(b.dir).set(b.address, b);
    }
    const vias = new Map();
    for (const block of blocks) {
        const scope = byDir.get(block.dir);
        for (const [attribute, text] of expressionStrings(block.body, '')) {
            const kind = attribute === 'depends_on' ? 'depends_on' : 'reference';
            for (const address of referencedAddresses(text)) {
                const target = scope.get(address);
                if (!target || target === block)
                    continue;
                const key = `${block.id}\u0000${kind}\u0000${target.id}`;
                const entry = vias.get(key) ?? { from: block.id, to: target.id, kind, via: new Set() };
                entry.via.add(attribute);
                vias.set(key, entry);
            }
        }
    }
    return [...vias.entries()]
        .sort(([a], [b]) => compareText(a, b))
        .map(([, e]) => {
        const edge = { from: e.from, to: e.to, kind: e.kind };
        if (e.kind === 'reference')
            edge.via = [...e.via].sort(compareText).join(', ');
        return edge;
    });
}
/** Every string in a body with the attribute path it sits at (`ingress.cidr_blocks`; list indexes dropped). */
function expressionStrings(value, path) {
    if (typeof value === 'string')
        return value.includes('${') || value.includes('%{') ? [[path, value]] : [];
    if (Array.isArray(value))
        return value.flatMap((v) => expressionStrings(v, path));
    const record = asRecord(value);
    if (!record)
        return [];
    return Object.entries(record).flatMap(([key, v]) => expressionStrings(v, path === '' ? key : `${path}.${key}`));
}
/**
 * Resource (`type.name`) and module (`module.name`) addresses named inside the `${…}` / `%{…}`
 * parts of a string. Text outside them is literal (a heredoc policy may mention
 * `aws_s3_bucket.logs` in prose) and is not a reference.
 */
function referencedAddresses(text) {
    const found = new Set();
    for (const expression of interpolations(text)) {
        // Not preceded by a word character or `.`: so `data.aws_ami.x` does not yield `aws_ami.x`,
        // and `s.cidr_block` inside `aws_subnet.private[*].cidr_block` is not read as a resource.
        for (const m of expression.matchAll(/(?<![\w.-])([a-z][a-z0-9_-]*)\.([a-zA-Z_][\w-]*)/g)) {
            const [, first, second] = m;
            if (first === 'module')
                found.add(`module.${second}`);
            else if (!NOT_RESOURCES.has(first) && first.includes('_'))
                found.add(`${first}.${second}`);
        }
    }
    return [...found];
}
/** The bodies of `${ … }` and `%{ … }` sequences, with nested braces balanced. */
function interpolations(text) {
    const out = [];
    for (let i = 0; i < text.length - 1; i++) {
        if ((text[i] !== '$' && text[i] !== '%') || text[i + 1] !== '{')
            continue;
        if (i > 0 && text[i - 1] === text[i])
            continue; // `$${` and `%%{` are escapes for literal text
        let depth = 0;
        let j = i + 1;
        for (; j < text.length; j++) {
            if (text[j] === '{')
                depth++;
            else if (text[j] === '}' && --depth === 0)
                break;
        }
        out.push(text.slice(i + 2, j));
        i = j;
    }
    return out;
}
// ---------------------------------------------------------------- positions
/** Line of `resource "type" "name" {` (labels may be unquoted) or, in JSON syntax, of the name key. */
function blockLine(file, text, keyword, labels) {
    if (file.endsWith('.json')) {
        let at = text.indexOf(`"${keyword}"`);
        for (const label of labels) {
            if (at === -1)
                break;
            at = text.indexOf(`"${label}"`, at);
        }
        return at === -1 ? 1 : lineAt(text, at);
    }
    const header = [keyword, ...labels.map((l) => `"?${escapeRegExp(l)}"?`)].join('\\s+');
    const match = new RegExp(`^[ \\t]*${header}\\s*\\{`, 'm').exec(text);
    return match ? lineAt(text, match.index + match[0].length - match[0].trimStart().length) : 1;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
// ---------------------------------------------------------------- helpers
/** hcl2json writes `{ type: { name: [body] } }`; JSON syntax may write a body object directly. */
function entriesOf(value) {
    if (Array.isArray(value))
        return value.flatMap((v) => entriesOf(v));
    return Object.entries(asRecord(value) ?? {});
}
function firstBody(value) {
    return Array.isArray(value) ? asRecord(value[0]) : asRecord(value);
}
function blocksIn(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.map(asRecord).filter((b) => b !== undefined);
}
function withTimeout(promise, ms, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}
function sortDiagnostics(list) {
    return list.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
