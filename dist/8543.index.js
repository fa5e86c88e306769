export const id = 8543;
export const ids = [8543];
export const modules = {

/***/ 62179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NT: () => (/* binding */ FACT_RULES),
/* harmony export */   Nc: () => (/* binding */ isFactRule),
/* harmony export */   h8: () => (/* binding */ factFindings)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11062);

// Risks visible in the fact model itself (schema shape, API contract, deployment settings), in
// the spirit of tbls' lint, Spectral and kube-score. Migration statement rules live with the
// replay (src/sources/migrations/migration-rules.ts), where each statement's AST is at hand.
/**
 * The rules computed here, with what to do about a finding of each (plain text: the docs print it
 * in table cells). They are about the design as
 * it is now, so a finding of any of them is a current risk, whichever migration a table came from
 * (the triage, findings-triage.ts, tells them from migration-statement rules by this list).
 */
const FACT_RULES = {
    'table-without-primary-key': 'Add a primary key: a surrogate id, or the columns that are unique together.',
    'prefer-timestamptz': 'Use timestamp with time zone (timestamptz) and store instants in UTC.',
    'foreign-key-without-index': 'Index the foreign key columns (CREATE INDEX CONCURRENTLY on a live table).',
    'operation-without-security': "Require one of the API's security schemes on the operation.",
    'operation-without-4xx': 'Document the error responses: the 4xx statuses, or a default error body.',
    'missing-operation-id': 'Give the operation a unique, stable operationId.',
    'k8s-image-not-pinned': 'Deploy a fixed version tag, or better an image digest (@sha256:…).',
    'k8s-single-replica': 'Run two or more replicas, or add a HorizontalPodAutoscaler with a minimum of two.',
};
function isFactRule(rule) {
    return Object.hasOwn(FACT_RULES, rule);
}
function factFindings(facts) {
    const out = [];
    const add = (rule, severity, message, factIds, source) => {
        if (!source)
            return;
        out.push({ id: `finding:${rule}@${source.file}:${source.line}`, rule, severity, message, factIds, source });
    };
    for (const t of facts.schema.tables) {
        if (t.kind !== 'table')
            continue;
        if (t.primaryKey.length === 0)
            add('table-without-primary-key', 'medium', `${t.schema}.${t.name} has no primary key: ` +
                `rows cannot be addressed reliably and logical replication cannot update them`, [t.id], t.source);
        for (const c of t.columns) {
            if (c.type === 'timestamp without time zone')
                add('prefer-timestamptz', 'low', `${t.name}.${c.name} is timestamp without time zone: values are ambiguous across time zones`, [c.id], t.source);
        }
    }
    for (const fk of facts.schema.foreignKeys) {
        const indexed = facts.schema.indexes.some((i) => i.table === fk.table && fk.columns.every((col, n) => i.columns[n] === col));
        const table = facts.schema.tables.find((t) => t.id === fk.table);
        if (!indexed)
            add('foreign-key-without-index', 'medium', `${fk.name}: no index starts with (${fk.columns.join(', ')}), ` +
                `so deletes on the parent and joins scan ${table?.name ?? fk.table}`, [fk.id, fk.table], table?.source);
    }
    const specsWithSchemes = new Set(facts.api.securitySchemes.map((s) => s.spec));
    // These are OpenAPI's conventions: an rpc has no 4xx, a GraphQL field no operationId, an
    // AsyncAPI channel no HTTP security; their contracts say such things differently or not at all.
    for (const op of facts.api.operations.filter((o) => (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolOf */ .A)(o) === 'http')) {
        const isPublic = op.security.length === 0 || op.security.some((alt) => alt.length === 0);
        if (isPublic && specsWithSchemes.has(op.spec) && !['GET', 'HEAD', 'OPTIONS'].includes(op.method)) {
            add('operation-without-security', 'high', `${op.method} ${op.path} changes state and requires no credentials, though the API declares security schemes`, [op.id], op.source);
        }
        if (!op.responses.some((r) => /^4/.test(r.status) || r.status === 'default'))
            add('operation-without-4xx', 'low', `${op.method} ${op.path} documents no 4xx response: clients cannot tell how errors look`, [op.id], op.source);
        if (!op.operationId)
            add('missing-operation-id', 'low', `${op.method} ${op.path} has no operationId: generated clients get unstable method names`, [op.id], op.source);
    }
    const scaled = new Set(facts.infra.edges.filter((e) => e.from.startsWith('k8s:HorizontalPodAutoscaler/')).map((e) => e.to));
    for (const c of facts.infra.components) {
        if (c.platform !== 'kubernetes' || !c.deployable)
            continue;
        if (c.image && (!/:[^/]+$/.test(c.image) || c.image.endsWith(':latest')) && !c.image.includes('@sha256:')) {
            add('k8s-image-not-pinned', 'medium', `${c.kind} ${c.name} runs ${c.image}: a moving tag makes rollbacks and incidents unreproducible`, [c.id], c.source);
        }
        // `replicas: 0` is a workload parked on purpose (scaled up by hand or by an operator), not one pod.
        if (c.kind === 'Deployment' && (c.replicas ?? 1) === 1 && !scaled.has(c.id))
            add('k8s-single-replica', 'medium', `Deployment ${c.name} runs one replica and no autoscaler: every rollout or node loss is an outage`, [c.id], c.source);
    }
    return out;
}


/***/ }),

/***/ 11062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ protocolOf),
/* harmony export */   J: () => (/* binding */ emptyFacts)
/* harmony export */ });
// The fact model: the one hub every source feeds and every doc, diff, finding and grounding
// check reads. Every fact carries a stable id (so state, diffs and prompts can point at it
// across runs) and the place it came from (so docs and diagnostics can cite file:line).
/** A spec's or operation's protocol; facts written before protocols existed hold OpenAPI's only. */
function protocolOf(x) {
    return x.protocol ?? 'http';
}
function emptyFacts() {
    return {
        modelVersion: 3,
        inputs: [],
        api: { specs: [], operations: [], securitySchemes: [] },
        schema: { dialect: 'postgres', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] },
        infra: { components: [], edges: [] },
        system: { components: [], edges: [], unknowns: [] },
        findings: [],
        diagnostics: [],
    };
}


/***/ }),

/***/ 45237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ buildFacts)
/* harmony export */ });
/* harmony import */ var _facts_fact_rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62179);
/* harmony import */ var _facts_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11062);
/* harmony import */ var _isolate_extractor_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99594);
/* harmony import */ var _referenced_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57549);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39848);





/**
 * Runs every kind's extractor over what discovery found and joins their parts into the one
 * model. Each runs isolated: an exception costs the facts of the file that raised it, and the
 * kinds run side by side (their parsers are independent).
 */
async function buildFacts(repoRoot, found) {
    const text = (file) => found.texts.get(file) ?? '';
    const kinds = (0,_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .sourceKinds */ .Bb)().filter((k) => (found.files[k.name] ?? []).length > 0);
    const results = await Promise.all(kinds.map((kind) => (0,_isolate_extractor_js__WEBPACK_IMPORTED_MODULE_3__/* .isolateBatch */ .K)(kind.stage, found.files[kind.name], (files) => kind.extract({ repoRoot, files, text, settings: found.settings }), mergeContributions)));
    const facts = (0,_facts_model_js__WEBPACK_IMPORTED_MODULE_4__/* .emptyFacts */ .J)();
    const diagnostics = [...found.diagnostics];
    let inputs = found.inputs;
    const parts = [];
    results.forEach((r, i) => {
        parts.push(r.facts);
        diagnostics.push(...r.diagnostics);
        inputs = (0,_referenced_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .withReferencedInputs */ .r)(inputs, kinds[i].name, r.alsoRead);
    });
    const merged = mergeContributions(parts);
    facts.inputs = inputs;
    if (merged.api)
        facts.api = merged.api;
    if (merged.schema)
        facts.schema = merged.schema;
    facts.infra = mergeInfra(merged.infra ? [merged.infra] : [], diagnostics);
    const byId = new Map();
    for (const f of [...(merged.findings ?? []), ...(0,_facts_fact_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .factFindings */ .h8)(facts)]) {
        // Two findings of one rule on one line (say, two foreign keys of one table) stay distinct.
        let id = f.id;
        for (let n = 2; byId.has(id); n++)
            id = `${f.id}#${n}`;
        byId.set(id, { ...f, id });
    }
    facts.findings = [...byId.values()].sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.rule.localeCompare(b.rule));
    facts.diagnostics = sortDiagnostics(diagnostics);
    return facts;
}
/** Parts of the model from several kinds (or several files of one kind) as one part. */
function mergeContributions(parts) {
    const out = {};
    for (const p of parts) {
        if (p.api)
            out.api = out.api
                ? {
                    specs: [...out.api.specs, ...p.api.specs],
                    operations: [...out.api.operations, ...p.api.operations],
                    securitySchemes: [...out.api.securitySchemes, ...p.api.securitySchemes],
                    schemas: [...(out.api.schemas ?? []), ...(p.api.schemas ?? [])],
                }
                : p.api;
        if (p.schema) {
            const s = out.schema;
            out.schema = s
                ? {
                    ...s,
                    migrations: [...s.migrations, ...p.schema.migrations],
                    tables: [...s.tables, ...p.schema.tables],
                    foreignKeys: [...s.foreignKeys, ...p.schema.foreignKeys],
                    indexes: [...s.indexes, ...p.schema.indexes],
                    enums: [...s.enums, ...p.schema.enums],
                }
                : p.schema;
        }
        // Infrastructure parts are concatenated here and deduplicated once, with diagnostics, at the end.
        if (p.infra) {
            if (!out.infra)
                out.infra = p.infra;
            else {
                const joined = {
                    components: [...out.infra.components, ...p.infra.components],
                    edges: [...out.infra.edges, ...p.infra.edges],
                };
                const modules = [...(out.infra.terraform?.modules ?? []), ...(p.infra.terraform?.modules ?? [])];
                if (modules.length)
                    joined.terraform = { modules };
                out.infra = joined;
            }
        }
        if (p.findings)
            out.findings = [...(out.findings ?? []), ...p.findings];
    }
    return out;
}
function mergeInfra(parts, diagnostics) {
    const components = new Map();
    const edges = new Map();
    for (const part of parts) {
        for (const c of part.components) {
            const seen = components.get(c.id);
            if (seen) {
                diagnostics.push({
                    severity: 'warning',
                    stage: 'infra',
                    file: c.source.file,
                    line: c.source.line,
                    message: `${c.id} is also defined in ${seen.source.file}:${seen.source.line}; ` +
                        `the first definition is documented`,
                });
                continue;
            }
            components.set(c.id, c);
        }
        for (const e of part.edges)
            edges.set(`${e.from}|${e.kind}|${e.to}|${e.via ?? ''}`, e);
    }
    const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const merged = {
        components: [...components.values()].sort(byId),
        edges: [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e),
    };
    // Module interfaces (variables, outputs, providers), one entry per folder.
    const modules = new Map(parts.flatMap((p) => p.terraform?.modules ?? []).map((m) => [m.module, m]));
    if (modules.size)
        merged.terraform = { modules: [...modules.values()].sort((a, b) => (a.module < b.module ? -1 : 1)) };
    return merged;
}
function sortDiagnostics(list) {
    return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}


/***/ }),

/***/ 99594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ isolateBatch),
/* harmony export */   P: () => (/* binding */ crashDiagnostic)
/* harmony export */ });
async function isolateBatch(stage, files, extract, merge) {
    try {
        return { ...(await extract(files)), failed: [] };
    }
    catch (batchError) {
        if (files.length <= 1)
            return { facts: merge([]), diagnostics: files.map((f) => crashDiagnostic(stage, f, batchError)), failed: files };
    }
    const parts = [];
    const diagnostics = [];
    const failed = [];
    for (const file of files) {
        try {
            parts.push(await extract([file]));
        }
        catch (err) {
            failed.push(file);
            diagnostics.push(crashDiagnostic(stage, file, err));
        }
    }
    diagnostics.push({
        severity: 'warning',
        stage,
        file: failed[0] ?? files[0] ?? '.',
        message: `the other ${stage} files were read one by one after this failure, ` +
            `so references between files may be missing`,
    });
    const alsoRead = new Map();
    for (const p of parts)
        for (const [k, v] of p.alsoRead ?? [])
            alsoRead.set(k, v);
    return {
        facts: merge(parts.map((p) => p.facts)),
        diagnostics: [...parts.flatMap((p) => p.diagnostics), ...diagnostics],
        alsoRead,
        failed,
    };
}
/** An unexpected exception as a diagnostic: the file, where known the line, and the message (no stack). */
function crashDiagnostic(stage, file, err, line) {
    const message = err instanceof Error ? err.message : String(err);
    const firstLine = message.split('\n')[0].slice(0, 300);
    return {
        severity: 'error',
        stage,
        file,
        ...(line ? { line } : {}),
        message: `could not be read (the ${stage} reader failed: ${firstLine}); its facts are missing`,
    };
}


/***/ }),

/***/ 18664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ treeAtCommit),
/* harmony export */   q: () => (/* binding */ cleanSourceCommit)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);





const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The repository's files as they were at a commit, in a temp folder: what a change is measured
 * against when no cached facts say it (a fresh runner, a pull request's base). `git archive`
 * writes the tree without touching the checkout or its index. When the repository is a folder of
 * a larger git repository, only that folder is written, so paths stay relative to it as in the
 * checkout. A shallow checkout that lacks the commit fetches that one commit, once.
 */
async function treeAtCommit(repoRoot, ref) {
    if (!/^[\w./@^~-]+$/.test(ref) || ref.startsWith('-'))
        throw new Error(`"${ref}" is not a commit name`);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'architect-docs-base-'));
    const remove = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    try {
        if (!(await hasCommit(repoRoot, ref)))
            await run('git', ['fetch', '-q', '--no-tags', '--depth=1', 'origin', ref], { cwd: repoRoot }).catch(() => undefined);
        const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: repoRoot })).stdout.trim();
        const treeish = prefix ? `${ref}:${prefix.replace(/\/$/, '')}` : `${ref}^{tree}`;
        const archive = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, '.tree.tar');
        await run('git', ['archive', '--format=tar', '-o', archive, treeish], { cwd: repoRoot });
        await run('tar', ['-xf', archive, '-C', dir]);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(archive);
        return { dir, remove };
    }
    catch (error) {
        await remove();
        const detail = error.stderr?.trim() || error.message;
        throw new Error(`cannot read the sources at ${ref}: ${detail.split('\n')[0]}`);
    }
}
async function hasCommit(repoRoot, ref) {
    return run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: repoRoot }).then(() => true, () => false);
}
/**
 * The commit checked out, when every one of `files` (repository-relative) is as committed there:
 * then that commit's sources are the ones the facts were read from. Undefined outside git, on an
 * unborn branch, or when an input is modified or not committed.
 */
async function cleanSourceCommit(repoRoot, files) {
    try {
        const head = (await run('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: repoRoot })).stdout.trim();
        const prefix = (await run('git', ['rev-parse', '--show-prefix'], { cwd: repoRoot })).stdout.trim();
        // Porcelain paths are relative to the top of the git repository, whatever the working folder.
        const { stdout } = await run('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.'], {
            cwd: repoRoot,
            maxBuffer: 64 * 1024 * 1024,
        });
        const wanted = new Set(files.map((f) => prefix + f));
        const entries = stdout.split('\0');
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry.length < 4)
                continue;
            if (wanted.has(entry.slice(3)))
                return undefined;
            // A rename's entry is followed by its source path.
            if (entry[0] === 'R' || entry[0] === 'C')
                if (wanted.has(entries[++i] ?? ''))
                    return undefined;
        }
        return /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 18543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q6: () => (/* binding */ extractAtCommit),
/* harmony export */   Tk: () => (/* binding */ extractWithSystem),
/* harmony export */   factsOfRecord: () => (/* binding */ factsOfRecord),
/* harmony export */   k3: () => (/* binding */ factsAtBase)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var _sources_discover_sources_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90555);
/* harmony import */ var _sources_extract_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45237);
/* harmony import */ var _sources_tree_at_commit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18664);
/* harmony import */ var _system_derive_system_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83751);
/* harmony import */ var _extraction_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71846);
/* harmony import */ var _facts_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16812);
/* harmony import */ var _state_path_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(41938);
/* harmony import */ var _state_text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(99258);










// What a change is measured against: the facts an earlier run documented. The state file keeps
// only their key and the commit they were read from; the facts come from the cache when this
// machine (or a restored actions/cache) has them, else from that commit's sources, read again.
/** Extracted facts with their logical system model (the system stage). */
async function extractWithSystem(config, repoRoot = config.repoRoot) {
    const found = await (0,_sources_discover_sources_js__WEBPACK_IMPORTED_MODULE_2__/* .discoverSources */ .w)(repoRoot, config.sources, [config.docsDir]);
    const facts = await (0,_sources_extract_facts_js__WEBPACK_IMPORTED_MODULE_3__/* .buildFacts */ ._)(repoRoot, found);
    return { ...facts, system: (0,_system_derive_system_js__WEBPACK_IMPORTED_MODULE_5__/* .deriveSystem */ .B)(facts) };
}
/** The facts of the sources at a commit, with today's config; throws when the commit cannot be read. */
async function extractAtCommit(config, ref) {
    const tree = await (0,_sources_tree_at_commit_js__WEBPACK_IMPORTED_MODULE_4__/* .treeAtCommit */ .j)(config.repoRoot, ref);
    try {
        const facts = await extractWithSystem(config, tree.dir);
        await (0,_facts_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .cacheFacts */ .s)((0,_extraction_key_js__WEBPACK_IMPORTED_MODULE_6__/* .extractionKey */ .P)(config, facts.inputs), facts);
        return facts;
    }
    finally {
        await tree.remove();
    }
}
/**
 * The facts a state record describes: this run's when its key is this run's, the cached ones, or
 * those of the commit it names. Undefined when none can be had (that commit is gone).
 */
async function factsOfRecord(config, record, current) {
    if (record.extractionKey === current.extractionKey)
        return current.facts;
    const cached = await (0,_facts_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .cachedFacts */ .E)(record.extractionKey);
    if (cached)
        return cached;
    if (!record.commit)
        return undefined;
    return extractAtCommit(config, record.commit).catch(() => undefined);
}
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * The facts at a pull request's base commit: the cached ones its state file names, else the
 * facts of its sources. Undefined when the commit cannot be read even after fetching it.
 */
async function factsAtBase(config, sha, current) {
    const show = (file) => run('git', ['show', `${sha}:./${file}`], { cwd: config.repoRoot, maxBuffer: 64 * 1024 * 1024 }).then((r) => r.stdout, () => undefined);
    const text = await show((0,_state_path_js__WEBPACK_IMPORTED_MODULE_8__/* .statePath */ .BQ)(config.docsDir));
    const record = text === undefined ? undefined : (0,_state_text_js__WEBPACK_IMPORTED_MODULE_9__/* .parseStateText */ .A6)(text);
    if (record) {
        if (record.extractionKey === current.extractionKey)
            return current.facts;
        const cached = await (0,_facts_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .cachedFacts */ .E)(record.extractionKey);
        if (cached)
            return cached;
    }
    return extractAtCommit(config, sha).catch(() => undefined);
}


/***/ }),

/***/ 71846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ extractionKey)
/* harmony export */ });
/* harmony import */ var _facts_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2711);
/* harmony import */ var _facts_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11062);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13411);



/** Everything extraction depends on; equal keys mean equal facts. */
function extractionKey(config, inputs) {
    return (0,_facts_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .digest */ .br)({ generator: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x, model: (0,_facts_model_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyFacts */ .J)().modelVersion, sources: config.sources, inputs });
}


/***/ }),

/***/ 16812:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ cacheFacts),
  E: () => (/* binding */ cachedFacts)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./lib/sources/common/cache-dir.js


/**
 * Where a run keeps what it can rebuild but would rather not (extracted facts, replayed
 * databases): `ARCHITECT_DOCS_CACHE_DIR` when set — a workflow persists it with actions/cache —
 * else a folder in the temp folder, which lives as long as the runner or the machine. Nothing in
 * it is trusted blindly: every entry is keyed by a digest of what produced it.
 */
function cacheDir(purpose) {
    const base = process.env.ARCHITECT_DOCS_CACHE_DIR || (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'architect-docs-cache');
    return (0,external_node_path_.join)(base, purpose);
}

// EXTERNAL MODULE: ./lib/system/derive-system.js + 6 modules
var derive_system = __webpack_require__(83751);
;// CONCATENATED MODULE: ./lib/state/facts-cache.js






// Extracted fact models by extraction key, off the repository: the state file names the key, this
// cache holds the model. A miss (a fresh runner, an evicted entry, a damaged file) costs an
// extraction, never a wrong answer, since the key digests everything extraction depends on.
const KEEP = 8;
const compress = (0,external_node_util_.promisify)(external_node_zlib_.brotliCompress);
const decompress = (0,external_node_util_.promisify)(external_node_zlib_.brotliDecompress);
function entryPath(key) {
    return (0,external_node_path_.join)(cacheDir('facts'), `${key.replace(/[^\w-]/g, '_')}.json.br`);
}
/** The cached facts for a key, their system model derived again; undefined on a miss or a damaged entry. */
async function cachedFacts(key) {
    const path = entryPath(key);
    try {
        const facts = JSON.parse((await decompress(await (0,promises_.readFile)(path))).toString('utf8'));
        if (!Array.isArray(facts.inputs) || !facts.api)
            return undefined;
        const now = new Date();
        await (0,promises_.utimes)(path, now, now).catch(() => undefined);
        return { ...facts, system: (0,derive_system/* deriveSystem */.B)(facts) };
    }
    catch {
        return undefined;
    }
}
/** Keeps the facts for a key (the system model is left out: it is derived from the rest). Best effort. */
async function cacheFacts(key, facts) {
    const dir = cacheDir('facts');
    const path = entryPath(key);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const { system: _derived, ...stored } = facts;
        const bytes = await compress(Buffer.from(JSON.stringify(stored), 'utf8'), {
            params: { [external_node_zlib_.constants.BROTLI_PARAM_QUALITY]: 4 },
        });
        const tmp = `${path}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, bytes);
        await (0,promises_.rename)(tmp, path);
        await evict(dir);
    }
    catch {
        // A read-only or full disk makes the next run extract again; it must not fail this one.
    }
}
/** The oldest entries beyond KEEP go: one repository's history needs a few, not all. */
async function evict(dir) {
    const names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json.br'));
    if (names.length <= KEEP)
        return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await (0,promises_.stat)((0,external_node_path_.join)(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(KEEP).map((e) => (0,promises_.rm)((0,external_node_path_.join)(dir, e.n), { force: true })));
}


/***/ })

};
