export const id = 4339;
export const ids = [4339];
export const modules = {

/***/ 14339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractTerraform: () => (/* binding */ extractTerraform)
});

// UNUSED EXPORTS: MAX_MODULE_DEPTH, referencedAddresses

;// CONCATENATED MODULE: ./lib/sources/terraform/block-positions.js
// Where each block and attribute of a Terraform file starts. hcl2json returns the configuration
// without positions, so the lines are read from the text: a light scanner over HCL that knows
// comments (`#`, `//`, `/* */`), strings (with `${…}` nesting), heredocs and brace depth, so a
// header inside a comment or a heredoc is not taken for a block and `resource "a" "b"{` (no
// space) is. For `.tf.json`, a scan of the JSON text gives the line of each key.
//
// Positions are indexed by path: a block by its type and labels (`resource`, `aws_vpc`, `main`),
// an attribute by its block's path and its name (`terraform`, `required_version`). A path may
// occur more than once (two `provider "aws"` blocks, one with an alias): lines come in file order.
/** The line where `path` occurs the `nth` time, or the first time, or 1 when it never does. */
function lineOf(index, path, nth = 0) {
    const lines = index.lines(path);
    return lines[nth] ?? lines[0] ?? 1;
}
function positionIndex(file, text) {
    return file.toLowerCase().endsWith('.json') ? jsonPositions(text) : hclPositions(text);
}
const SEP = '\u0000';
function indexFrom(map) {
    return { lines: (path) => map.get(path.join(SEP)) ?? [] };
}
function record(map, path, line) {
    const key = path.join(SEP);
    const list = map.get(key);
    if (list)
        list.push(line);
    else
        map.set(key, [line]);
}
// ---------------------------------------------------------------- HCL
const IDENT = /[A-Za-z0-9_-]/;
function hclPositions(text) {
    const map = new Map();
    const s = new HclScanner(text);
    const stack = [[]];
    // Each statement of a body starts on its own line (or after `{`): read it, then its end.
    while (!s.done()) {
        s.blank();
        if (s.done())
            break;
        const c = text[s.pos];
        if (c === '}') {
            s.pos++;
            if (stack.length > 1)
                stack.pop();
            continue;
        }
        if (!IDENT.test(c)) {
            s.skipExpression(); // stray text: pass it to the end of its line
            continue;
        }
        const line = s.line();
        const name = s.word();
        s.inline();
        if (text[s.pos] === '=' && text[s.pos + 1] !== '=') {
            s.pos++;
            record(map, [...stack.at(-1), name], line);
            s.skipExpression();
            continue;
        }
        const labels = [];
        for (;;) {
            s.inline();
            const ch = text[s.pos];
            if (ch === '"')
                labels.push(s.quoted());
            else if (ch !== undefined && IDENT.test(ch))
                labels.push(s.word());
            else
                break;
        }
        if (text[s.pos] === '{') {
            s.pos++;
            const path = [...stack.at(-1), name, ...labels];
            record(map, path, line);
            stack.push(path);
            continue;
        }
        s.skipExpression();
    }
    return indexFrom(map);
}
class HclScanner {
    text;
    pos = 0;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
    }
    done() {
        return this.pos >= this.text.length;
    }
    line() {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= this.pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Spaces, newlines, commas and comments. */
    blank() {
        for (;;) {
            const c = this.text[this.pos];
            if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',' || c === ';')
                this.pos++;
            else if (!this.comment())
                return;
        }
    }
    /** Spaces and block comments on the same line. */
    inline() {
        for (;;) {
            const c = this.text[this.pos];
            if (c === ' ' || c === '\t')
                this.pos++;
            else if (!(c === '/' && this.text[this.pos + 1] === '*' && this.comment()))
                return;
        }
    }
    comment() {
        const t = this.text;
        const c = t[this.pos];
        if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
            const end = t.indexOf('\n', this.pos);
            this.pos = end === -1 ? t.length : end;
            return true;
        }
        if (c === '/' && t[this.pos + 1] === '*') {
            const end = t.indexOf('*/', this.pos + 2);
            this.pos = end === -1 ? t.length : end + 2;
            return true;
        }
        return false;
    }
    word() {
        const start = this.pos;
        while (this.pos < this.text.length && IDENT.test(this.text[this.pos]))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    /** A `"…"` label: its text, escapes kept as written (labels rarely hold any). */
    quoted() {
        const start = ++this.pos;
        this.skipString();
        return this.text.slice(start, this.pos - 1);
    }
    /** From inside a string's opening quote to past its closing one, `${…}` nesting included. */
    skipString() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === '\\')
                this.pos += 2;
            else if (c === '"') {
                this.pos++;
                return;
            }
            else if (c === '\n')
                return; // an unclosed string: HCL would reject it; stop at the line end
            else if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
                this.pos += 2;
                this.skipNested('}');
            }
            else
                this.pos++;
        }
    }
    /** Through balanced brackets to past `close`. */
    skipNested(close) {
        const t = this.text;
        const closers = [close];
        while (this.pos < t.length && closers.length > 0) {
            const c = t[this.pos];
            if (c === '"') {
                this.pos++;
                this.skipString();
            }
            else if (c === '<' && t[this.pos + 1] === '<' && this.heredoc()) {
                // skipped
            }
            else if (this.comment()) {
                // skipped
            }
            else {
                if (c === '{')
                    closers.push('}');
                else if (c === '[')
                    closers.push(']');
                else if (c === '(')
                    closers.push(')');
                else if (c === closers.at(-1))
                    closers.pop();
                this.pos++;
            }
        }
    }
    /** An attribute's value: to the end of its line, past any brackets, strings and heredocs it opens. */
    skipExpression() {
        const t = this.text;
        while (this.pos < t.length) {
            const c = t[this.pos];
            if (c === '\n' || c === '}')
                return;
            if (c === '"') {
                this.pos++;
                this.skipString();
            }
            else if (c === '<' && t[this.pos + 1] === '<' && this.heredoc()) {
                // skipped
            }
            else if (this.comment()) {
                // skipped
            }
            else if (c === '{' || c === '[' || c === '(') {
                this.pos++;
                this.skipNested(c === '{' ? '}' : c === '[' ? ']' : ')');
            }
            else
                this.pos++;
        }
    }
    /** `<<EOT` / `<<-EOT` through its closing line; false (nothing consumed) when it is not one. */
    heredoc() {
        const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 260));
        if (!m)
            return false;
        const closing = new RegExp(`^[ \\t]*${m[1]}[ \\t]*\\r?$`, 'gm');
        closing.lastIndex = this.pos + m[0].length;
        const end = closing.exec(this.text);
        this.pos = end ? end.index + end[0].length : this.text.length;
        return true;
    }
}
// ---------------------------------------------------------------- JSON
/**
 * Lines of the keys of a JSON document, by key path (array indexes left out, so a block written
 * as a list of objects is found at the same path). Tolerant: a malformed document yields what
 * was read before the fault (the JSON parser reports the fault itself).
 */
function jsonPositions(text) {
    const map = new Map();
    let pos = 0;
    let line = 1;
    const stack = [];
    const path = () => {
        const top = stack.at(-1);
        if (!top)
            return [];
        return top.isObject && top.key !== undefined ? [...top.path, top.key] : top.path;
    };
    while (pos < text.length) {
        const c = text[pos];
        if (c === '\n') {
            line++;
            pos++;
        }
        else if (c === '"') {
            const start = pos + 1;
            pos++;
            while (pos < text.length && text[pos] !== '"')
                pos += text[pos] === '\\' ? 2 : 1;
            const raw = text.slice(start, pos);
            pos++;
            let after = pos;
            while (after < text.length && /\s/.test(text[after]))
                after++;
            const top = stack.at(-1);
            if (top?.isObject && text[after] === ':') {
                let key = raw;
                try {
                    key = JSON.parse(`"${raw}"`);
                }
                catch {
                    // keep as written
                }
                top.key = key;
                record(map, [...top.path, key], line);
            }
        }
        else if (c === '{' || c === '[') {
            stack.push({ path: path(), isObject: c === '{' });
            pos++;
        }
        else if (c === '}' || c === ']') {
            stack.pop();
            pos++;
        }
        else
            pos++;
    }
    return indexFrom(map);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

;// CONCATENATED MODULE: ./lib/sources/terraform/parse-terraform-file.js
// One Terraform file to its configuration object: `.tf` through HashiCorp's HCL parser (WASM),
// `.tf.json` through JSON.parse (Terraform's JSON syntax has the same structure). A file that does
// not parse becomes a diagnostic with the parser's line and column, never a throw; a parse that
// does not answer in time is given up.
/** A parse that has not answered in this long will not: report it rather than hang the job. */
const PARSE_TIMEOUT_MS = 30_000;
function isJsonSyntax(file) {
    return file.toLowerCase().endsWith('.json');
}
async function parseTerraformFile(file, text, parse, diagnostics) {
    if (isJsonSyntax(file)) {
        try {
            return asRecord(JSON.parse(text)) ?? {};
        }
        catch (error) {
            diagnostics.push(jsonError(file, text, error));
            return undefined;
        }
    }
    if (!parse)
        return undefined;
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
        // The parser joins every diagnostic of the file into one message: keep the first.
        message: `HCL syntax error: ${firstDiagnostic(match[3], file)}`,
    };
}
function firstDiagnostic(text, file) {
    const next = text.indexOf(` ${file}:`);
    return (next === -1 ? text : text.slice(0, next)).trim();
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
        diagnostic.line = text.slice(0, Number(position[1])).split('\n').length;
    }
    return diagnostic;
}
function withTimeout(promise, ms, message) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
        timer.unref();
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
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

;// CONCATENATED MODULE: ./lib/sources/terraform/terraform-component.js
// One resource or module block as an infra component. `settings` keeps a whitelist of literal
// attributes that say what a resource is (see resource-settings.ts); a module call keeps its
// source and version. `deployable` is true only for resource types that run code someone ships
// (an ECS service, a Lambda function, a Kubernetes Deployment …), the same test Compose and
// Kubernetes use; a database or a bucket is infrastructure, not a deployable.


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
function terraformComponent(id, block) {
    const component = {
        id,
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
    if (block.type === 'module') {
        const settings = moduleSettings(block);
        if (Object.keys(settings).length)
            component.settings = settings;
    }
    else {
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
/** A module call's `source` (credentials dropped) and `version`, when literal. */
function moduleSettings(block) {
    const out = {};
    if (block.moduleSource && !block.moduleSource.text.includes('${'))
        out.source = block.moduleSource.text;
    if (typeof block.body.version === 'string' && !block.body.version.includes('${'))
        out.version = block.body.version;
    return out;
}
function blocksIn(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.map(asRecord).filter((b) => b !== undefined);
}

// EXTERNAL MODULE: ./lib/redaction/redact-secrets.js + 25 modules
var redact_secrets = __webpack_require__(67064);
;// CONCATENATED MODULE: ./lib/sources/terraform/hcl-expression.js
// Reads the traversals (`aws_vpc.main.id`, `var.region`, `module.vpc.private_subnets[0]`) out of
// the expression strings HashiCorp's parser hands back. hcl2json keeps every non-literal value as
// a template string (`"${aws_vpc.main.id}"`, `"arn:${aws_s3_bucket.logs.arn}/*"`) whose `${…}`
// parts hold the expression's source text, so what a block refers to has to be read from that text.
//
// This is a small recursive-descent parser for HCL's expression and template grammar, not a
// pattern search: text outside `${…}` / `%{…}` is literal (a policy document's prose naming a
// resource is no reference), object keys are not references, and the iterator names of `for`
// expressions and `%{ for }` directives are bound names, not references. It only collects
// traversals; it evaluates nothing. Input size and nesting depth are capped so a hostile file
// cannot make it slow or blow the stack.
/** Longer expression strings are not read: no real attribute is a megabyte of expression. */
const MAX_EXPRESSION_CHARS = 1_000_000;
const MAX_DEPTH = 100;
class ExpressionError extends Error {
}
/**
 * The traversals in a template string as hcl2json gives it (literal text with `${…}` and `%{…}`
 * sequences; `$${` and `%%{` are escapes for literal text). Names bound by `bound` (a dynamic
 * block's iterator, say) are not reported.
 */
function hcl_expression_templateTraversals(text, bound = []) {
    if (text.length > MAX_EXPRESSION_CHARS)
        return {
            traversals: [],
            error: `expression of ${text.length} characters is over the ${MAX_EXPRESSION_CHARS} read`,
        };
    const parser = new ExpressionParser(text, new Set(bound));
    try {
        parser.template(text.length, 'top');
        return { traversals: parser.found };
    }
    catch (error) {
        if (!(error instanceof ExpressionError))
            throw error;
        return { traversals: parser.found, error: error.message };
    }
}
/** A traversal as text: `aws_vpc.main.id`, `aws_subnet.private[*].id`. */
function traversalText(t) {
    return t.root + t.steps.map((s) => (s.startsWith('[') ? s : `.${s}`)).join('');
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
const BINARY_OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%'];
class ExpressionParser {
    text;
    found = [];
    pos = 0;
    depth = 0;
    scopes;
    constructor(text, bound) {
        this.text = text;
        this.scopes = [bound];
    }
    // ------------------------------------------------------------ templates
    /**
     * A template up to `end` (top level: the whole string) or up to its closing quote (`quoted`:
     * a string literal inside an expression, where `\` escapes apply).
     */
    template(end, mode) {
        const text = this.text;
        const forScopes = [];
        while (this.pos < end) {
            const c = text[this.pos];
            if (mode === 'quoted') {
                if (c === '"')
                    break;
                if (c === '\\') {
                    this.pos += 2;
                    continue;
                }
                if (c === '\n')
                    throw this.fail('a string literal ends at the end of its line');
            }
            if ((c === '$' || c === '%') && text[this.pos + 1] === c && text[this.pos + 2] === '{') {
                this.pos += 3; // `$${` / `%%{`: literal text
                continue;
            }
            if (c === '$' && text[this.pos + 1] === '{') {
                this.pos += 2;
                this.stripMarker();
                this.expression();
                this.stripMarker();
                this.expect('}');
                continue;
            }
            if (c === '%' && text[this.pos + 1] === '{') {
                this.pos += 2;
                this.directive(forScopes);
                continue;
            }
            this.pos++;
        }
        if (mode === 'quoted') {
            if (text[this.pos] !== '"')
                throw this.fail('a string literal is not closed');
            this.pos++;
        }
        // A `%{ for }` left open binds nothing past its template.
        for (let i = 0; i < forScopes.length; i++)
            this.scopes.pop();
    }
    /** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in c }`, `%{ endfor }` (after `%{`). */
    directive(forScopes) {
        this.stripMarker();
        this.space();
        const word = this.identifier();
        if (word === 'if')
            this.expression();
        else if (word === 'for') {
            const names = this.forNames();
            this.expression();
            this.scopes.push(new Set(names));
            forScopes.push(1);
        }
        else if (word === 'endfor') {
            if (forScopes.pop() !== undefined)
                this.scopes.pop();
        }
        else if (word !== 'else' && word !== 'endif')
            throw this.fail(`unknown template directive \`${word}\``);
        this.stripMarker();
        this.expect('}');
    }
    /** `k, v in` / `v in` of a for: the bound names. */
    forNames() {
        this.space();
        const names = [this.identifier()];
        this.space();
        if (this.text[this.pos] === ',') {
            this.pos++;
            this.space();
            names.push(this.identifier());
        }
        this.space();
        if (this.identifier() !== 'in')
            throw this.fail('`for` without `in`');
        this.space();
        return names;
    }
    // ------------------------------------------------------------ expressions
    expression() {
        if (++this.depth > MAX_DEPTH)
            throw this.fail(`expression nested more than ${MAX_DEPTH} deep`);
        this.operation();
        this.space();
        if (this.text[this.pos] === '?') {
            this.pos++;
            this.expression();
            this.expect(':');
            this.expression();
        }
        this.depth--;
    }
    /** Unary and binary operations: their operands are all that matters here. */
    operation() {
        for (;;) {
            this.space();
            while (this.text[this.pos] === '!' || (this.text[this.pos] === '-' && !this.startsWith('->'))) {
                this.pos++;
                this.space();
            }
            this.postfix();
            this.space();
            const op = BINARY_OPERATORS.find((o) => this.startsWith(o));
            // `=>` and `==` share a start; `=>` ends a for-expression's key.
            if (!op || this.startsWith('=>'))
                return;
            this.pos += op.length;
        }
    }
    /** A primary expression and its `.attr`, `[index]`, `[*]`, `.*` steps. */
    postfix() {
        const traversal = this.primary();
        // Steps are read whether or not the primary is a traversal (`s.arn` of a bound `s` too).
        const step = (text) => traversal?.steps.push(text);
        for (;;) {
            this.space();
            const c = this.text[this.pos];
            if (c === '.') {
                if (this.startsWith('...'))
                    return;
                this.pos++;
                this.space();
                const next = this.text[this.pos];
                if (next === '*') {
                    this.pos++;
                    step('[*]');
                }
                else if (next !== undefined && /[0-9]/.test(next))
                    step(`[${this.number()}]`);
                else
                    step(this.identifier());
            }
            else if (c === '[') {
                this.pos++;
                this.space();
                if (this.text[this.pos] === '*') {
                    this.pos++;
                    step('[*]');
                }
                else {
                    const start = this.pos;
                    this.expression();
                    const inner = this.text.slice(start, this.pos).trim();
                    step(/^(?:\d+|"[^"$%\\]*")$/.test(inner) ? `[${inner}]` : '[]');
                }
                this.expect(']');
            }
            else
                return;
        }
    }
    /** A primary; returns the traversal it starts, if it is a name that is not bound. */
    primary() {
        this.space();
        const c = this.text[this.pos];
        if (c === undefined)
            throw this.fail('an expression is missing');
        if (c === '"') {
            this.pos++;
            this.template(this.text.length, 'quoted');
            return undefined;
        }
        if (c === '<' && this.startsWith('<<')) {
            this.heredoc();
            return undefined;
        }
        if (/[0-9]/.test(c)) {
            this.number();
            return undefined;
        }
        if (c === '(') {
            this.pos++;
            this.expression();
            this.expect(')');
            return undefined;
        }
        if (c === '[') {
            this.pos++;
            this.collection(']');
            return undefined;
        }
        if (c === '{') {
            this.pos++;
            this.collection('}');
            return undefined;
        }
        if (!IDENT_START.test(c))
            throw this.fail(`unexpected \`${c}\``);
        let name = this.identifier();
        // `provider::aws::arn_parse(…)`: a provider-defined function.
        while (this.startsWith('::')) {
            this.pos += 2;
            name += `::${this.identifier()}`;
        }
        this.space();
        if (this.text[this.pos] === '(') {
            this.pos++;
            this.callArguments();
            return undefined;
        }
        if (name === 'true' || name === 'false' || name === 'null')
            return undefined;
        if (this.scopes.some((s) => s.has(name)))
            return undefined;
        const traversal = { root: name, steps: [] };
        this.found.push(traversal);
        return traversal;
    }
    callArguments() {
        this.space();
        while (this.text[this.pos] !== ')') {
            this.expression();
            this.space();
            if (this.startsWith('...')) {
                this.pos += 3;
                this.space();
            }
            if (this.text[this.pos] === ',')
                this.pos++;
            else if (this.text[this.pos] !== ')')
                throw this.fail('expected `,` or `)` in a function call');
            this.space();
        }
        this.pos++;
    }
    /** After `[` or `{`: a for-expression, or a tuple / object. */
    collection(close) {
        this.space();
        if (this.isForExpression()) {
            this.identifier(); // `for`
            this.space();
            const names = this.forNames();
            this.expression(); // the collection, outside the new scope
            this.expect(':');
            this.scopes.push(new Set(names));
            this.expression();
            this.space();
            if (close === '}') {
                this.expectText('=>');
                this.expression();
                this.space();
                if (this.startsWith('...'))
                    this.pos += 3;
            }
            this.space();
            if (this.keyword('if'))
                this.expression();
            this.scopes.pop();
            this.expect(close);
            return;
        }
        for (;;) {
            this.space();
            if (this.text[this.pos] === close) {
                this.pos++;
                return;
            }
            if (close === '}')
                this.objectKey();
            this.expression();
            this.space();
            if (this.text[this.pos] === ',')
                this.pos++;
            else if (this.text[this.pos] !== close && close === ']')
                throw this.fail('expected `,` or `]` in a list');
        }
    }
    /** An object item's key and its `=` or `:`. A bare name is a literal key, not a reference. */
    objectKey() {
        const start = this.pos;
        if (IDENT_START.test(this.text[this.pos] ?? '')) {
            this.identifier();
            this.space();
            if (this.isKeySeparator()) {
                this.pos++;
                return;
            }
            this.pos = start;
        }
        // An expression key (`(var.name)`, `"literal"`, `"${x}"`): its names are references.
        this.operation();
        this.space();
        if (!this.isKeySeparator())
            throw this.fail('expected `=` or `:` after an object key');
        this.pos++;
    }
    isKeySeparator() {
        const c = this.text[this.pos];
        return (c === '=' && this.text[this.pos + 1] !== '=' && this.text[this.pos + 1] !== '>') || c === ':';
    }
    isForExpression() {
        const save = this.pos;
        try {
            if (!this.keyword('for'))
                return false;
            this.space();
            if (!IDENT_START.test(this.text[this.pos] ?? ''))
                return false;
            this.identifier();
            this.space();
            return this.text[this.pos] === ',' || this.keyword('in');
        }
        catch {
            return false;
        }
        finally {
            this.pos = save;
        }
    }
    /** `<<EOT` / `<<-EOT` … a line holding only `EOT`: its body is a template. */
    heredoc() {
        this.pos += 2;
        if (this.text[this.pos] === '-')
            this.pos++;
        const marker = this.identifier();
        const lineEnd = this.text.indexOf('\n', this.pos);
        if (lineEnd === -1)
            throw this.fail('a heredoc has no body');
        const closing = new RegExp(`\\n[ \\t]*${marker}[ \\t]*(?=\\r?\\n|$)`, 'g');
        closing.lastIndex = lineEnd;
        const m = closing.exec(this.text);
        if (!m)
            throw this.fail(`heredoc \`${marker}\` is not closed`);
        this.pos = lineEnd + 1;
        this.template(m.index, 'top');
        this.pos = m.index + m[0].length;
    }
    // ------------------------------------------------------------ lexing
    identifier() {
        const start = this.pos;
        if (!IDENT_START.test(this.text[this.pos] ?? ''))
            throw this.fail('expected a name');
        this.pos++;
        while (IDENT_PART.test(this.text[this.pos] ?? ''))
            this.pos++;
        return this.text.slice(start, this.pos);
    }
    number() {
        const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 64));
        if (!m)
            throw this.fail('expected a number');
        this.pos += m[0].length;
        return m[0];
    }
    /** A whole word (`for`, `in`, `if`) at the position: consumed when present. */
    keyword(word) {
        if (!this.startsWith(word) || IDENT_PART.test(this.text[this.pos + word.length] ?? ''))
            return false;
        this.pos += word.length;
        return true;
    }
    /** Blanks, newlines and comments (`#`, `//`, `/* … *\/`) between tokens. */
    space() {
        const text = this.text;
        for (;;) {
            const c = text[this.pos];
            if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
                this.pos++;
            else if (c === '#' || (c === '/' && text[this.pos + 1] === '/')) {
                const end = text.indexOf('\n', this.pos);
                this.pos = end === -1 ? text.length : end;
            }
            else if (c === '/' && text[this.pos + 1] === '*') {
                const end = text.indexOf('*/', this.pos + 2);
                this.pos = end === -1 ? text.length : end + 2;
            }
            else
                return;
        }
    }
    /** `~` strip markers next to `${`, `%{` and `}`. */
    stripMarker() {
        this.space();
        if (this.text[this.pos] === '~')
            this.pos++;
        this.space();
    }
    startsWith(s) {
        return this.text.startsWith(s, this.pos);
    }
    expect(c) {
        this.space();
        if (this.text[this.pos] !== c) {
            const found = this.text[this.pos];
            throw this.fail(found === undefined ? `expected \`${c}\` before the end` : `expected \`${c}\`, found \`${found}\``);
        }
        this.pos++;
    }
    expectText(s) {
        this.space();
        if (!this.startsWith(s))
            throw this.fail(`expected \`${s}\``);
        this.pos += s.length;
    }
    fail(message) {
        return new ExpressionError(`${message} (at character ${this.pos + 1})`);
    }
}

;// CONCATENATED MODULE: ./lib/sources/terraform/module-source.js
// What a `module` block's `source` names. Terraform accepts a local path (`./modules/network`),
// a registry address (`terraform-aws-modules/vpc/aws`, optionally behind a host and with a
// `//sub/dir`), and remote sources (`git::…`, `github.com/…`, `https://….zip`, `s3::…`). Only
// local paths are read; remote ones are named in the facts and never fetched (no network here).
//
// A remote source may carry credentials (`git::https://user:token@host/…`, `?sshkey=…`): those
// parts are dropped from what is recorded.

const REGISTRY = /^(?:([a-z0-9.-]+\.[a-z]{2,}(?::\d+)?)\/)?([A-Za-z0-9][\w-]*)\/([A-Za-z0-9][\w-]*)\/([a-z0-9]+)(?:\/\/(.+))?$/;
/** Classifies `source` as written in a module block of the repo-relative folder `fromFolder`. */
function moduleSource(source, fromFolder) {
    const text = withoutCredentials(source.trim());
    if (text.startsWith('./') || text.startsWith('../') || text === '.' || text === '..') {
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(fromFolder, text));
        const inside = !joined.startsWith('../') && joined !== '..' && !external_node_path_.posix.isAbsolute(joined);
        return inside ? { kind: 'local', text, folder: joined.replace(/\/$/, '') || '.' } : { kind: 'local', text };
    }
    const forced = /^([a-z0-9]+)::/.exec(text)?.[1];
    if (forced === 'git')
        return { kind: 'git', text };
    if (forced === 'hg')
        return { kind: 'mercurial', text };
    if (forced === 's3')
        return { kind: 's3', text };
    if (forced === 'gcs')
        return { kind: 'gcs', text };
    if (/^(?:github\.com|bitbucket\.org)\//.test(text) || /^git@/.test(text))
        return { kind: 'git', text };
    if (/^https?:\/\//.test(text))
        return { kind: /\.git(?:$|[/?])/.test(text) ? 'git' : 'http', text };
    if (/\.s3[.-][\w.-]*amazonaws\.com\//.test(text))
        return { kind: 's3', text };
    const r = REGISTRY.exec(text);
    if (r && !text.includes('${')) {
        const registry = { namespace: r[2], name: r[3], provider: r[4] };
        if (r[1])
            registry.host = r[1];
        if (r[5])
            registry.subdir = r[5];
        return { kind: 'registry', text, registry };
    }
    return { kind: 'unknown', text };
}
/** Drops `user:password@` (and a lone token as user) from URLs and every query parameter but `ref` and `depth`. */
function withoutCredentials(source) {
    // `ssh://git@host/…` names the conventional SSH user, not a secret; any other user part may be a token.
    let out = source.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/@\s]*)@/gi, (_, scheme, user) => user === 'git' ? `${scheme}git@` : scheme);
    const q = out.indexOf('?');
    if (q !== -1) {
        const kept = out
            .slice(q + 1)
            .split('&')
            .filter((p) => /^(?:ref|depth)=/.test(p));
        out = out.slice(0, q) + (kept.length ? `?${kept.join('&')}` : '');
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/terraform-folder.js
// One Terraform module folder read into what it declares: its resources, data sources and module
// calls (the blocks that may become components), and its interface as terraform-docs shows it
// (variables, outputs, providers, backend, locals). Every expression is read once here, per
// folder, into the addresses it refers to (relative to the folder: `aws_vpc.main`, `var.region`,
// `data.aws_ami.ubuntu`, `module.vpc`, `local.tags`); a folder called by two module blocks is
// instantiated twice from this one reading.
//
// Values are read only where they say what something is (a module's source and version, a
// provider's source and version constraint, a variable's default when nothing about it looks
// secret). A backend's and a provider block's settings are never kept.





/** Traversal roots that never name a block (`each.value`, `count.index`, `path.module` …). */
const NOT_BLOCKS = new Set(['each', 'count', 'self', 'path', 'terraform']);
/** Module block arguments that are Terraform's own, not inputs of the module. */
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
function readFolder(dir, files, diagnostics) {
    const blocks = collectBlocks(files, diagnostics);
    const declared = declaredNames(files);
    for (const address of blocks.keys())
        declared.add(address);
    const reader = new ExpressionReader(declared, diagnostics);
    for (const block of blocks.values()) {
        block.readings = reader.readings(block.body, block.place, block.address);
    }
    const localRefs = new Map();
    const locals = [];
    const variables = [];
    const outputs = [];
    const providers = [];
    let requiredVersion;
    let backend;
    // Who reads each variable: the blocks, outputs, locals and provider configurations that name it.
    const users = new Map();
    const use = (user, refs) => {
        for (const ref of refs)
            if (ref.startsWith('var.'))
                setOf(users, ref.slice(4)).add(user);
    };
    for (const block of blocks.values())
        use(block.address, block.readings.flatMap((r) => r.refs));
    for (const { file, config, positions } of files) {
        for (const body of bodiesIn(config.locals)) {
            for (const [name, value] of Object.entries(body)) {
                const line = lineOf(positions, ['locals', name]);
                const at = { file, line, positions, path: ['locals', name] };
                const refs = unique(reader.readings(value, at, `local.${name}`).flatMap((r) => r.refs));
                if (!localRefs.has(name)) {
                    localRefs.set(name, refs);
                    locals.push({ name, references: refs, source: { file, line } });
                }
                use(`local.${name}`, refs);
            }
        }
        for (const [name, value] of entriesOf(config.variable)) {
            const body = firstBody(value) ?? {};
            variables.push(variableOf(name, body, { file, line: lineOf(positions, ['variable', name]) }));
        }
        for (const [name, value] of entriesOf(config.output)) {
            const body = firstBody(value) ?? {};
            const line = lineOf(positions, ['output', name]);
            const at = { file, line, positions, path: ['output', name] };
            const refs = unique(reader.readings(body, at, `output.${name}`).flatMap((r) => r.refs));
            use(`output.${name}`, refs);
            const output = {
                name,
                sensitive: body.sensitive === true,
                references: refs,
                source: { file, line },
            };
            if (typeof body.description === 'string')
                output.description = body.description;
            outputs.push(output);
        }
        for (const [name, value] of entriesOf(config.provider)) {
            bodiesIn(value).forEach((body, nth) => {
                const line = lineOf(positions, ['provider', name], nth);
                const provider = { name, declaredBy: 'configured', source: { file, line } };
                if (typeof body.alias === 'string')
                    provider.alias = body.alias;
                providers.push(provider);
                const at = { file, line, positions, path: ['provider', name] };
                use(`provider.${provider.alias ? `${name}.${provider.alias}` : name}`, refsOf(reader, body, at));
            });
        }
        for (const terraform of bodiesIn(config.terraform)) {
            if (typeof terraform.required_version === 'string' && requiredVersion === undefined)
                requiredVersion = terraform.required_version;
            for (const [type] of entriesOf(terraform.backend)) {
                backend ??= { type, source: { file, line: lineOf(positions, ['terraform', 'backend', type]) } };
            }
            if (terraform.cloud !== undefined)
                backend ??= { type: 'cloud', source: { file, line: lineOf(positions, ['terraform', 'cloud']) } };
            for (const required of bodiesIn(terraform.required_providers)) {
                for (const [name, spec] of Object.entries(required)) {
                    const line = lineOf(positions, ['terraform', 'required_providers', name]);
                    const provider = { name, declaredBy: 'required', source: { file, line } };
                    const record = asRecord(spec);
                    if (typeof spec === 'string')
                        provider.version = spec; // Terraform 0.12's `aws = "~> 2.0"`
                    if (typeof record?.source === 'string')
                        provider.providerSource = record.source;
                    if (typeof record?.version === 'string')
                        provider.version = record.version;
                    providers.push(provider);
                }
            }
        }
    }
    for (const v of variables)
        v.usedBy = [...(users.get(v.name) ?? [])].filter((u) => u !== `var.${v.name}`).sort(compareText);
    const facts = {
        module: dir,
        variables: sortBy(variables, (v) => v.name),
        outputs: sortBy(outputs, (o) => o.name),
        providers: sortBy(providers, (p) => `${p.name}\u0000${p.declaredBy}\u0000${p.alias ?? ''}`),
        moduleCalls: sortBy([...blocks.values()].filter((b) => b.mode === 'module').map(moduleCallOf), (m) => m.name),
        resources: sortBy([...blocks.values()].filter((b) => b.mode !== 'module').map(resourceOf), (r) => r.address),
        locals: sortBy(locals, (l) => l.name),
    };
    if (requiredVersion !== undefined)
        facts.requiredVersion = requiredVersion;
    if (backend)
        facts.backend = backend;
    moduleSourceDiagnostics(blocks, diagnostics);
    return { dir, blocks, localRefs, facts };
}
// ---------------------------------------------------------------- blocks
function collectBlocks(files, diagnostics) {
    const blocks = new Map();
    const add = (block) => {
        const first = blocks.get(block.address);
        if (first) {
            diagnostics.push({
                severity: 'warning',
                stage: 'infra',
                file: block.file,
                line: block.line,
                message: `${block.address} is declared again (first in ${first.file}:${first.line}); ` +
                    `only the first is documented`,
            });
            return;
        }
        blocks.set(block.address, block);
    };
    for (const { file, config, positions } of files) {
        const dir = folderOf(file);
        for (const [keyword, mode] of [
            ['resource', 'managed'],
            ['data', 'data'],
        ]) {
            for (const [type, byName] of entriesOf(config[keyword])) {
                for (const [name, bodies] of entriesOf(byName)) {
                    const body = firstBody(bodies);
                    if (!body)
                        continue;
                    const address = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
                    const path = [keyword, type, name];
                    const line = lineOf(positions, path);
                    add({ address, mode, type, name, body, file, line, place: { file, line, positions, path }, readings: [] });
                }
            }
        }
        for (const [name, bodies] of entriesOf(config.module)) {
            const body = firstBody(bodies);
            if (!body)
                continue;
            const path = ['module', name];
            const line = lineOf(positions, path);
            const block = {
                address: `module.${name}`,
                mode: 'module',
                type: 'module',
                name,
                body,
                file,
                line,
                place: { file, line, positions, path },
                readings: [],
            };
            if (typeof body.source === 'string')
                block.moduleSource = moduleSource(body.source, dir);
            add(block);
        }
    }
    return blocks;
}
/** `var.x`, `local.y` for every variable and local the folder declares. */
function declaredNames(files) {
    const names = new Set();
    for (const { config } of files) {
        for (const [name] of entriesOf(config.variable))
            names.add(`var.${name}`);
        for (const body of bodiesIn(config.locals))
            for (const name of Object.keys(body))
                names.add(`local.${name}`);
    }
    return names;
}
function moduleCallOf(block) {
    const source = block.moduleSource;
    const call = {
        name: block.name,
        moduleSource: source?.text ?? '',
        sourceKind: source?.kind ?? 'unknown',
        inputs: Object.keys(block.body)
            .filter((k) => !MODULE_META.has(k))
            .sort(compareText),
        references: unique(block.readings.flatMap((r) => r.refs)),
        source: { file: block.file, line: block.line },
    };
    if (source?.folder)
        call.folder = source.folder;
    if (source?.registry)
        call.registry = `${source.registry.namespace}/${source.registry.name}/${source.registry.provider}`;
    if (typeof block.body.version === 'string')
        call.version = block.body.version;
    const repeat = repeatOf(block.body);
    if (repeat)
        call.repeat = repeat;
    return call;
}
function resourceOf(block) {
    const resource = {
        address: block.address,
        mode: block.mode === 'data' ? 'data' : 'managed',
        type: block.type,
        name: block.name,
        references: unique(block.readings.flatMap((r) => r.refs)),
        source: { file: block.file, line: block.line },
    };
    const repeat = repeatOf(block.body);
    if (repeat)
        resource.repeat = repeat;
    return resource;
}
function repeatOf(body) {
    return body.for_each !== undefined ? 'for_each' : body.count !== undefined ? 'count' : undefined;
}
function moduleSourceDiagnostics(blocks, diagnostics) {
    for (const block of blocks.values()) {
        if (block.mode !== 'module')
            continue;
        const at = { severity: 'warning', stage: 'infra', file: block.file, line: block.line };
        const source = block.moduleSource;
        if (!source)
            diagnostics.push({ ...at, message: `module "${block.name}" has no literal \`source\`; not read` });
        else if (source.text.includes('${'))
            diagnostics.push({ ...at, message: `module "${block.name}": \`source\` must be a literal; not read` });
        else if (source.kind === 'local' && !source.folder)
            diagnostics.push({
                ...at,
                message: `module "${block.name}": source ${source.text} leaves the repository; not read`,
            });
    }
}
// ---------------------------------------------------------------- variables
function variableOf(name, body, source) {
    const sensitive = body.sensitive === true;
    const variable = {
        name,
        hasDefault: Object.hasOwn(body, 'default'),
        sensitive,
        validations: bodiesIn(body.validation).length,
        usedBy: [],
        source,
    };
    if (body.type !== undefined)
        variable.type = unwrapExpression(body.type);
    if (typeof body.description === 'string')
        variable.description = body.description;
    if (typeof body.nullable === 'boolean')
        variable.nullable = body.nullable;
    if (variable.hasDefault) {
        const text = defaultText(body.default);
        // Withheld whenever anything about it looks secret: the flag, the name, a key inside an
        // object default, or the value itself as the redaction rules judge it.
        if (sensitive || (0,redact_secrets/* classifyKey */.eL)(name) || hasSecretKey(body.default, 0) || (0,redact_secrets/* redactSecrets */.fp)(text).redactions.length > 0)
            variable.defaultWithheld = true;
        else
            variable.default = text;
    }
    return variable;
}
/** hcl2json writes a type constraint as an expression (`${map(string)}`): the text as written. */
function unwrapExpression(value) {
    if (typeof value !== 'string')
        return JSON.stringify(value);
    const m = /^\$\{([\s\S]*)\}$/.exec(value);
    return m ? m[1].trim() : value;
}
function defaultText(value) {
    return JSON.stringify(value) ?? 'null';
}
function hasSecretKey(value, depth) {
    if (depth > 20)
        return true; // too deep to judge: withhold
    if (Array.isArray(value))
        return value.some((v) => hasSecretKey(v, depth + 1));
    const record = asRecord(value);
    if (!record)
        return false;
    return Object.entries(record).some(([k, v]) => (0,redact_secrets/* classifyKey */.eL)(k) !== null || hasSecretKey(v, depth + 1));
}
// ---------------------------------------------------------------- expressions
class ExpressionReader {
    declared;
    diagnostics;
    constructor(declared, diagnostics) {
        this.declared = declared;
        this.diagnostics = diagnostics;
    }
    /** What each attribute under `value` refers to, declared names only. */
    readings(value, at, owner) {
        const out = [];
        for (const [attribute, text, bound] of expressionStrings(value, '', [], 0)) {
            const reading = hcl_expression_templateTraversals(text, bound);
            if (reading.error)
                this.diagnostics.push({
                    severity: 'warning',
                    stage: 'infra',
                    file: at.file,
                    line: attributeLine(at, attribute),
                    message: `could not read the expression of \`${attribute || owner}\` in ${owner}: ${reading.error}; ` +
                        `references after that point are left out`,
                });
            const refs = [];
            for (const t of reading.traversals) {
                const address = terraform_folder_addressOf(t);
                if (address === undefined || !this.declared.has(address))
                    continue;
                // A module's output is named too (`module.vpc.vpc_id`): the docs say which output is read.
                const output = t.root === 'module' ? t.steps[1] : undefined;
                refs.push(output && !output.startsWith('[') ? `${address}.${output}` : address);
            }
            if (refs.length === 0)
                continue;
            out.push({ attribute, kind: attribute === 'depends_on' ? 'depends_on' : 'reference', refs: unique(refs) });
        }
        return out;
    }
}
/** The address a traversal starts with: `var.x`, `local.y`, `data.t.n`, `module.m`, `t.n`. */
function terraform_folder_addressOf(t) {
    const [first, second] = t.steps;
    const named = (s) => s !== undefined && !s.startsWith('[');
    if (NOT_BLOCKS.has(t.root) || !named(first))
        return undefined;
    if (t.root === 'var' || t.root === 'local' || t.root === 'module')
        return `${t.root}.${first}`;
    if (t.root === 'data')
        return named(second) ? `data.${first}.${second}` : undefined;
    return `${t.root}.${first}`;
}
/**
 * Every string in a body with the attribute path it sits at (`ingress.cidr_blocks`; list
 * indexes dropped) and the names bound there: inside `dynamic "ingress" { content { … } }`,
 * `ingress` (or its `iterator`) is the iterator, not a reference.
 */
function expressionStrings(value, path, bound, depth) {
    if (depth > 64)
        return [];
    if (typeof value === 'string')
        return value.includes('${') || value.includes('%{') ? [[path, value, bound]] : [];
    if (Array.isArray(value))
        return value.flatMap((v) => expressionStrings(v, path, bound, depth + 1));
    const record = asRecord(value);
    if (!record)
        return [];
    const join = (key) => (path === '' ? key : `${path}.${key}`);
    return Object.entries(record).flatMap(([key, v]) => {
        if (key !== 'dynamic' || !asRecord(v))
            return expressionStrings(v, join(key), bound, depth + 1);
        return entriesOf(v).flatMap(([label, bodies]) => bodiesIn(bodies).flatMap((body) => {
            const iterator = typeof body.iterator === 'string' ? body.iterator : label;
            const { content, ...rest } = body;
            return [
                ...expressionStrings(rest, join(label), bound, depth + 1),
                ...expressionStrings(content, join(label), [...bound, iterator], depth + 1),
            ];
        }));
    });
}
function refsOf(reader, body, at) {
    return unique(reader.readings(body, at, 'provider').flatMap((r) => r.refs));
}
/** The line of an attribute (`ingress.cidr_blocks`) of the block at `at`, else the block's line. */
function attributeLine(at, attribute) {
    const steps = attribute === '' ? [] : attribute.split('.');
    for (let n = steps.length; n > 0; n--) {
        const lines = at.positions.lines([...at.path, ...steps.slice(0, n)]);
        if (lines.length === 1)
            return lines[0];
    }
    return at.line;
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
function bodiesIn(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.map(asRecord).filter((b) => b !== undefined);
}
function folderOf(file) {
    const at = file.lastIndexOf('/');
    return at === -1 ? '.' : file.slice(0, at);
}
function setOf(map, key) {
    const found = map.get(key);
    if (found)
        return found;
    const set = new Set();
    map.set(key, set);
    return set;
}
function unique(list) {
    return [...new Set(list)].sort(compareText);
}
function sortBy(list, key) {
    return list.sort((a, b) => compareText(key(a), key(b)));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/sources/terraform/extract-terraform.js
// Reads Terraform configuration (`.tf` and `.tf.json`) into infra facts.
//
// Folders: every folder of the files handed in is a module folder. A `module` block whose
// `source` is a local path (`./modules/network`) names another folder; that folder is read too
// (through the confined repo reader, even when discovery did not hand its files) and returned as
// `alsoRead`. Registry, git and HTTP sources are named, never fetched.
//
// Components: every resource of a root module (`tf:<type>.<name>`) and every module block
// (`tf:module.<name>`, kind `module`, settings `source`/`version`). Resources inside a local
// module are instantiated once per call, addressed the way Terraform addresses them:
// `tf:module.database.aws_db_instance.main`, `tf:module.database.module.kms.aws_kms_key.this`.
// Nesting is followed to MAX_MODULE_DEPTH and a folder already on the call path (a cycle) is not
// entered again. Data sources, variables, locals and outputs are no components; they are in
// `terraform` (per folder, see terraform-folder.ts).
//
// Edges: a resource or module that refers to another in an expression gets a `reference` edge,
// `via` the attribute(s); `depends_on` gives `depends_on` edges. Names resolve within the module
// instance, the way Terraform scopes them; `local.x` is followed to the blocks its value names.
//
// A root folder is one no module block of another folder calls. Two root folders may both declare
// `aws_vpc.main`; they are different resources, so the later folder's gets `tf:aws_vpc.main (<dir>)`.






/** How deep module calls are followed (Terraform itself has no limit; real trees are 2–4 deep). */
const MAX_MODULE_DEPTH = 8;
/** How many module folders one run reads at most. */
const MAX_FOLDERS = 500;
/** How many module instances one run makes at most (a wide tree repeated at every level grows fast). */
const MAX_INSTANCES = 5_000;
const TERRAFORM_FILE = /\.tf(?:\.json)?$/i;
async function extractTerraform(files, options = {}) {
    const empty = { components: [], edges: [] };
    if (files.length === 0)
        return { facts: empty, diagnostics: [] };
    const sorted = [...files].sort((a, b) => compareText(a.file, b.file));
    const handed = new Set(sorted.map((f) => f.file));
    const diagnostics = [];
    let parser;
    let parserError;
    const parse = async (file, text) => {
        if (!isJsonSyntax(file) && !parser && !parserError) {
            try {
                parser = await loadHclParser();
            }
            catch (error) {
                parserError = errorMessage(error);
            }
        }
        if (!isJsonSyntax(file) && !parser)
            return undefined;
        const config = await parseTerraformFile(file, text, parser, diagnostics);
        return config ? { file, config, positions: positionIndex(file, text) } : undefined;
    };
    // Handed files, by folder.
    const parsedBy = new Map();
    for (const { file, text } of sorted) {
        const parsed = await parse(file, text);
        if (!parsedBy.has(extract_terraform_folderOf(file)))
            parsedBy.set(extract_terraform_folderOf(file), []);
        if (parsed)
            parsedBy.get(extract_terraform_folderOf(file)).push(parsed);
    }
    if (parserError) {
        diagnostics.push({
            severity: 'error',
            stage: 'infra',
            file: sorted[0].file,
            message: `${parserError}; ${sorted.filter((f) => !isJsonSyntax(f.file)).length} Terraform file(s) not read`,
        });
    }
    const handedFolders = [...parsedBy.keys()].sort(compareText);
    const folders = new Map();
    for (const dir of handedFolders)
        folders.set(dir, readFolder(dir, parsedBy.get(dir), diagnostics));
    // Local module folders, breadth first, read from the repository when not handed.
    const queue = [...handedFolders];
    const missing = new Set();
    while (queue.length > 0) {
        const folder = folders.get(queue.shift());
        for (const block of folder.blocks.values()) {
            const target = block.moduleSource?.folder;
            if (!target || folders.has(target) || missing.has(target))
                continue;
            const loaded = await loadFolder(target, block, options.reader, parse, diagnostics, folders.size >= MAX_FOLDERS);
            if (!loaded) {
                missing.add(target);
                continue;
            }
            folders.set(target, readFolder(target, loaded, diagnostics));
            queue.push(target);
        }
    }
    // Root folders first (called by no other folder), then any handed folder only a cycle reaches.
    const calledFrom = new Map();
    for (const folder of folders.values())
        for (const block of folder.blocks.values()) {
            const target = block.moduleSource?.folder;
            if (target && target !== folder.dir) {
                if (!calledFrom.has(target))
                    calledFrom.set(target, new Set());
                calledFrom.get(target).add(folder.dir);
            }
        }
    const instances = [];
    const instantiated = new Set();
    const reported = new Set();
    const report = (d) => {
        const key = `${d.file}:${d.line}:${d.message}`;
        if (!reported.has(key))
            diagnostics.push(d);
        reported.add(key);
    };
    const instantiate = (folder, prefix, root, path) => {
        instantiated.add(folder.dir);
        for (const block of folder.blocks.values()) {
            if (block.mode === 'data')
                continue;
            if (instances.length >= MAX_INSTANCES) {
                report({
                    severity: 'warning',
                    stage: 'infra',
                    file: block.file,
                    line: block.line,
                    message: `more than ${MAX_INSTANCES} Terraform resources and module calls; the rest are left out`,
                });
                return;
            }
            instances.push({ block, folder, prefix, root, id: '' });
            const target = block.mode === 'module' ? block.moduleSource?.folder : undefined;
            const child = target ? folders.get(target) : undefined;
            if (!target || !child)
                continue;
            const at = { severity: 'warning', stage: 'infra', file: block.file, line: block.line };
            if (path.includes(target)) {
                const cycle = [...path.slice(path.indexOf(target)), target].join(' → ');
                report({
                    ...at,
                    message: `module "${block.name}" calls ${target}, which is already on the call path (${cycle}); not followed`,
                });
            }
            else if (path.length > MAX_MODULE_DEPTH) {
                report({ ...at, message: `module "${block.name}" is nested more than ${MAX_MODULE_DEPTH} deep; not followed` });
            }
            else
                instantiate(child, `${prefix}module.${block.name}.`, root, [...path, target]);
        }
    };
    const roots = handedFolders.filter((dir) => ![...(calledFrom.get(dir) ?? [])].some((from) => folders.has(from)));
    for (const dir of roots)
        instantiate(folders.get(dir), '', dir, [dir]);
    for (const dir of handedFolders)
        if (!instantiated.has(dir))
            instantiate(folders.get(dir), '', dir, [dir]);
    assignIds(instances, diagnostics);
    const components = instances
        .map((i) => terraformComponent(i.id, i.block))
        .sort((a, b) => compareText(a.id, b.id));
    const modules = [...folders.values()]
        .filter((f) => !isEmpty(f))
        .map((f) => ({ ...f.facts, called: calledFrom.has(f.dir) }))
        .sort((a, b) => compareText(a.module, b.module));
    const facts = { components, edges: referenceEdges(instances) };
    if (modules.length > 0)
        facts.terraform = { modules };
    const result = { facts, diagnostics: sortDiagnostics(diagnostics) };
    const alsoRead = new Map([...(options.reader?.readFiles ?? [])].filter(([file]) => !handed.has(file)));
    if (alsoRead.size > 0)
        result.alsoRead = alsoRead;
    return result;
}
/** The parsed Terraform files of a module folder, or undefined (with a diagnostic) when there are none. */
async function loadFolder(dir, call, reader, parse, diagnostics, full) {
    const at = { severity: 'warning', stage: 'infra', file: call.file, line: call.line };
    if (full) {
        diagnostics.push({ ...at, message: `more than ${MAX_FOLDERS} module folders; ${dir} is not read` });
        return undefined;
    }
    // Without a reader only the folders handed in are read (the call is still in `moduleCalls`).
    if (!reader)
        return undefined;
    if (!reader.isDirectory(dir)) {
        diagnostics.push({ ...at, message: `module "${call.name}": folder ${dir} does not exist in the repository` });
        return undefined;
    }
    const names = reader.list(dir).filter((f) => TERRAFORM_FILE.test(f));
    if (names.length === 0) {
        diagnostics.push({ ...at, message: `module "${call.name}": folder ${dir} holds no Terraform files` });
        return undefined;
    }
    const out = [];
    for (const file of names) {
        const read = reader.read(file);
        if ('error' in read) {
            diagnostics.push({ severity: 'warning', stage: 'infra', file, message: read.error });
            continue;
        }
        const parsed = await parse(file, read.text);
        if (parsed)
            out.push(parsed);
    }
    return out;
}
/**
 * Ids are `tf:<address>`. The same address in two root folders is two resources: the later root's
 * gets `tf:<address> (<root folder>)`.
 */
function assignIds(instances, diagnostics) {
    const owners = new Map();
    // Root folders are separate configurations (separate state): the same address in two is normal,
    // so it is said once for the whole repository, not once per resource.
    const renamed = [];
    for (const instance of instances) {
        const plain = `tf:${instance.prefix}${instance.block.address}`;
        const first = owners.get(plain);
        if (!first) {
            instance.id = plain;
            owners.set(plain, instance);
            continue;
        }
        instance.id = `${plain} (${instance.root})`;
        renamed.push(instance);
    }
    if (renamed.length === 0)
        return;
    const example = renamed[0];
    const roots = new Set(renamed.map((i) => i.root));
    diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file: example.block.file,
        line: example.block.line,
        message: `${renamed.length} address(es) repeat in ${roots.size} other root folder(s) (separate configurations): ` +
            `each later one is recorded with its folder, e.g. \`${example.id}\``,
    });
}
// ---------------------------------------------------------------- edges
function referenceEdges(instances) {
    const byKey = new Map();
    const key = (root, address) => `${root}\u0000${address}`;
    for (const i of instances)
        byKey.set(key(i.root, `${i.prefix}${i.block.address}`), i);
    const vias = new Map();
    for (const instance of instances) {
        for (const reading of instance.block.readings) {
            const targets = new Set();
            for (const ref of reading.refs)
                for (const address of blockAddresses(ref, instance.folder))
                    targets.add(address);
            for (const address of targets) {
                const target = byKey.get(key(instance.root, `${instance.prefix}${address}`));
                if (!target || target === instance)
                    continue;
                const k = `${instance.id}\u0000${reading.kind}\u0000${target.id}`;
                const entry = vias.get(k) ?? { from: instance.id, to: target.id, kind: reading.kind, via: new Set() };
                entry.via.add(reading.attribute);
                vias.set(k, entry);
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
/** The resource and module addresses a reference stands for: itself, or what a local's value names. */
function blockAddresses(ref, folder) {
    if (ref.startsWith('var.') || ref.startsWith('data.'))
        return [];
    if (ref.startsWith('module.'))
        return [ref.split('.').slice(0, 2).join('.')];
    if (!ref.startsWith('local.'))
        return [ref];
    const out = new Set();
    const seen = new Set();
    const follow = (name) => {
        if (seen.has(name) || seen.size > 1000)
            return;
        seen.add(name);
        for (const r of folder.localRefs.get(name) ?? []) {
            if (r.startsWith('local.'))
                follow(r.slice(6));
            else
                for (const address of blockAddresses(r, folder))
                    out.add(address);
        }
    };
    follow(ref.slice(6));
    return [...out];
}
/**
 * Resource (`type.name`) and module (`module.name`) addresses an expression string names, read by
 * the expression parser: text outside `${…}` / `%{…}` is literal, and `for` iterators are not names.
 */
function referencedAddresses(text) {
    const found = new Set();
    for (const t of templateTraversals(text).traversals) {
        const address = addressOf(t);
        if (!address || /^(?:var|local|data)\./.test(address))
            continue;
        if (address.startsWith('module.') || t.root.includes('_'))
            found.add(address);
    }
    return [...found];
}
// ---------------------------------------------------------------- helpers
/** A folder whose files declare nothing (or did not parse) has no interface to document. */
function isEmpty(folder) {
    const f = folder.facts;
    return (folder.blocks.size === 0 &&
        f.variables.length + f.outputs.length + f.providers.length + f.locals.length === 0 &&
        !f.backend &&
        f.requiredVersion === undefined);
}
function extract_terraform_folderOf(file) {
    const at = file.lastIndexOf('/');
    return at === -1 ? '.' : file.slice(0, at);
}
function sortDiagnostics(list) {
    return list.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message));
}


/***/ })

};
