export const id = 8543;
export const ids = [8543];
export const modules = {

/***/ 43574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ cacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);


/**
 * Where a run keeps what it can rebuild but would rather not (extracted facts, replayed
 * databases): `ARCHITECT_DOCS_CACHE_DIR` when set — a workflow persists it with actions/cache —
 * else a folder in the temp folder, which lives as long as the runner or the machine. Nothing in
 * it is trusted blindly: every entry is keyed by a digest of what produced it.
 */
function cacheDir(purpose, env = process.env) {
    const base = env.ARCHITECT_DOCS_CACHE_DIR?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'architect-docs-cache');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(base, purpose);
}


/***/ }),

/***/ 5168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ codeFingerprint)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);




const fingerprints = new Map();
/**
 * A digest of the code files beside a module (its folder, files of its extension): part of the key
 * of anything a run caches from its own output, so that entries made by other code never match.
 * In the bundle that is every chunk of dist/; from source, the module's folder. Our version alone
 * would keep stale entries across changes that do not bump it. Hashed once per process (about
 * 70 ms for the bundle), and only by runs that extract.
 */
function codeFingerprint(moduleUrl) {
    const known = fingerprints.get(moduleUrl);
    if (known !== undefined)
        return known;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    try {
        const here = (0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(moduleUrl);
        const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(here);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(here);
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir).sort()) {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.extname)(name) !== ext)
                continue;
            hash.update(`${name}\n`).update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name)));
        }
    }
    catch {
        // Unreadable: a digest no stored entry can have.
        hash.update(`unknown code ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`);
    }
    const digest = hash.digest('hex');
    fingerprints.set(moduleUrl, digest);
    return digest;
}


/***/ }),

/***/ 27145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readCached),
/* harmony export */   U: () => (/* binding */ writeCached)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38522);
/* harmony import */ var _cache_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43574);





// JSON values a run can rebuild but would rather not, one brotli file per key under a folder of
// the cache (cache-dir.ts). Every failure is a miss: a damaged, evicted or unreadable entry costs
// the work it would have saved, never the run.
const compress = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.brotliCompress);
const decompress = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_3__.brotliDecompress);
function entryPath(purpose, key) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheDir */ .e)(purpose), `${key.replace(/[^\w-]/g, '_')}.json.br`);
}
/** The value stored under a key, or undefined; a hit marks the entry as recently used. */
async function readCached(purpose, key) {
    const path = entryPath(purpose, key);
    try {
        const value = JSON.parse((await decompress(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path))).toString('utf8'));
        const now = new Date();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.utimes)(path, now, now).catch(() => undefined);
        return value;
    }
    catch {
        return undefined;
    }
}
/** Stores a value (written whole, then renamed into place); the least recently used beyond `keep` go. */
async function writeCached(purpose, key, value, keep) {
    const dir = (0,_cache_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheDir */ .e)(purpose);
    const path = entryPath(purpose, key);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const bytes = await compress(Buffer.from(JSON.stringify(value), 'utf8'), {
            params: { [node_zlib__WEBPACK_IMPORTED_MODULE_3__.constants.BROTLI_PARAM_QUALITY]: 4 },
        });
        const tmp = `${path}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, bytes);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
        await evict(dir, keep);
    }
    catch {
        // A read-only or full disk makes the next run do the work again; it must not fail this one.
    }
}
async function evict(dir, keep) {
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((n) => n.endsWith('.json.br'));
    if (names.length <= keep)
        return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(keep).map((e) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.n), { force: true })));
}


/***/ }),

/***/ 31754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* binding */ buildFacts)
});

// EXTERNAL MODULE: ./lib/facts/fact-rules.js
var fact_rules = __webpack_require__(62179);
// EXTERNAL MODULE: ./lib/facts/model.js
var model = __webpack_require__(11062);
;// CONCATENATED MODULE: ./lib/sources/client-kept-relations.js
// Relations an ORM keeps in application code (`relationMode = "prisma"`) come from the ORM's schema,
// while the tables may come from the SQL migrations beside it: the two can disagree. A relation is
// kept only when both of its tables, and their columns, are in the model, and not when the database
// holds the same constraint already (older migrations may have created it before the mode changed).
function joinClientKeptRelations(schema, diagnostics) {
    if (!schema.foreignKeys.some((fk) => fk.keptBy))
        return schema;
    const columns = new Map(schema.tables.map((t) => [t.id, new Set(t.columns.map((c) => c.name))]));
    const enforced = new Set(schema.foreignKeys.filter((fk) => !fk.keptBy).map((fk) => fk.id));
    const has = (table, cols) => {
        const known = columns.get(table);
        return known !== undefined && cols.every((c) => known.has(c));
    };
    const unresolved = [];
    const foreignKeys = schema.foreignKeys.filter((fk) => {
        if (!fk.keptBy)
            return true;
        if (enforced.has(fk.id))
            return false;
        if (has(fk.table, fk.columns) && has(fk.refTable, fk.refColumns))
            return true;
        unresolved.push(fk);
        return false;
    });
    const first = unresolved[0];
    if (first?.keptBy)
        diagnostics.push({
            severity: 'warning',
            stage: 'migrations',
            file: first.keptBy.source.file,
            line: first.keptBy.source.line,
            message: `${unresolved.length} relation${unresolved.length === 1 ? '' : 's'} of this schema (${first.name}` +
                `${unresolved.length > 1 ? ' …' : ''}) name a table or column the migrations do not create: ` +
                'the schema is ahead of its migrations, and those relations are not documented',
        });
    return { ...schema, foreignKeys };
}

// EXTERNAL MODULE: ./lib/sources/isolate-extractor.js
var isolate_extractor = __webpack_require__(99594);
;// CONCATENATED MODULE: ./lib/sources/one-at-a-time.js
// A queue of one: each task starts when the one before it has settled. The kinds that load a
// WebAssembly engine (PGlite, Prisma's schema engine, the HCL parser) hold hundreds of MB each
// while they run; side by side their memory adds up (umami, Prisma relations read beside SQL
// migrations: 0.72–0.90 GB peak, one after another 0.62–0.66 GB) and nothing is gained, since
// their work runs on the one main thread anyway. Kinds without an engine still run beside them.
function oneAtATime() {
    let last = Promise.resolve();
    return (task) => {
        const run = last.then(task, task);
        // A failed task must not stop the next one; its caller still gets the rejection.
        last = run.catch(() => undefined);
        return run;
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/facts/hash.js
var hash = __webpack_require__(2711);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/sources/common/code-fingerprint.js
var code_fingerprint = __webpack_require__(5168);
// EXTERNAL MODULE: ./lib/sources/common/decode-text.js
var decode_text = __webpack_require__(42556);
// EXTERNAL MODULE: ./lib/sources/common/json-cache.js
var json_cache = __webpack_require__(27145);
// EXTERNAL MODULE: ./lib/sources/referenced-inputs.js
var referenced_inputs = __webpack_require__(57549);
;// CONCATENATED MODULE: ./lib/sources/kind-cache.js









/** A few entries per kind for a few repositories. */
const KEEP = 64;
/** The key of one kind's extraction: what it reads and how. */
function kindKey(kind, settings, files) {
    return (0,hash/* digest */.br)({
        generator: version/* VERSION */.x,
        code: (0,code_fingerprint/* codeFingerprint */.Q)(import.meta.url),
        model: (0,model/* emptyFacts */.J)().modelVersion,
        kind,
        settings,
        files,
    });
}
/** A kind's cached result, when every file it read through references is as it was; else undefined. */
async function cachedKind(repoRoot, kind, key) {
    const entry = (await (0,json_cache/* readCached */.J)('kinds', key));
    if (!entry || !Array.isArray(entry.alsoRead) || !Array.isArray(entry.diagnostics))
        return undefined;
    const alsoRead = new Map();
    for (const ref of entry.alsoRead) {
        // A referenced file gone or changed: the kind is read again.
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(repoRoot, ref.file)).catch(() => undefined);
        if (!bytes)
            return undefined;
        const text = (0,referenced_inputs/* referencedText */.zN)(kind, (0,decode_text/* decodeText */.g7)(bytes));
        if ((0,hash/* sha256 */.sc)(text) !== ref.sha256)
            return undefined;
        alsoRead.set(ref.file, text);
    }
    return { facts: entry.facts, diagnostics: entry.diagnostics, alsoRead };
}
/** Keeps a kind's result. Best effort: a full or read-only disk costs the next run an extraction. */
async function cacheKind(key, result) {
    const entry = {
        facts: result.facts,
        diagnostics: result.diagnostics,
        alsoRead: [...(result.alsoRead ?? [])].map(([file, text]) => ({ file, sha256: (0,hash/* sha256 */.sc)(text) })),
    };
    await (0,json_cache/* writeCached */.U)('kinds', key, entry, KEEP);
}

// EXTERNAL MODULE: ./lib/sources/registry.js + 17 modules
var registry = __webpack_require__(39848);
;// CONCATENATED MODULE: ./lib/sources/extract-facts.js








/**
 * Runs every kind's extractor over what discovery found and joins their parts into the one
 * model. Each runs isolated: an exception costs the facts of the file that raised it, and the
 * kinds run side by side (their parsers are independent), but those that load an engine one at a time.
 */
async function buildFacts(repoRoot, found, onKind) {
    const text = (file) => found.texts.get(file) ?? '';
    const hashes = new Map(found.inputs.map((i) => [i.file, i.sha256]));
    const kinds = (0,registry/* sourceKinds */.Bb)().filter((k) => (found.files[k.name] ?? []).length > 0);
    const engineTurn = oneAtATime();
    const results = await Promise.all(kinds.map(async (kind) => {
        const files = found.files[kind.name];
        const key = kindKey(kind.name, found.settings, [
            ...files.map((file) => ({ file, sha256: hashes.get(file) ?? '' })),
            ...(kind.readsPathsOf ?? []).flatMap((other) => (found.files[other] ?? []).map((file) => ({ file, sha256: '' }))),
        ]);
        const cached = await cachedKind(repoRoot, kind.name, key);
        onKind?.(kind.name, cached !== undefined);
        if (cached)
            return cached;
        const extract = () => (0,isolate_extractor/* isolateBatch */.K)(kind.stage, files, (batch) => kind.extract({ repoRoot, files: batch, text, settings: found.settings }), mergeContributions);
        const result = await (kind.loadsEngine ? engineTurn(extract) : extract());
        // A file whose extraction threw may have hit a limit of this machine: it is tried again next run.
        if (result.failed.length === 0)
            await cacheKind(key, result);
        return result;
    }));
    const facts = (0,model/* emptyFacts */.J)();
    const diagnostics = [...found.diagnostics];
    let inputs = found.inputs;
    const parts = [];
    results.forEach((r, i) => {
        parts.push(r.facts);
        diagnostics.push(...r.diagnostics);
        inputs = (0,referenced_inputs/* withReferencedInputs */.rO)(inputs, kinds[i].name, r.alsoRead);
    });
    const merged = mergeContributions(parts);
    facts.inputs = inputs;
    if (merged.api)
        facts.api = merged.api;
    if (merged.schema)
        facts.schema = joinClientKeptRelations(merged.schema, diagnostics);
    facts.infra = mergeInfra(merged.infra ? [merged.infra] : [], diagnostics);
    const byId = new Map();
    for (const f of [...(merged.findings ?? []), ...(0,fact_rules/* factFindings */.h8)(facts)]) {
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
/* harmony import */ var _sources_extract_facts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31754);
/* harmony import */ var _sources_tree_at_commit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18664);
/* harmony import */ var _system_derive_system_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83751);
/* harmony import */ var _extraction_key_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71846);
/* harmony import */ var _facts_cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58165);
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

/***/ 58165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ cachedFacts),
/* harmony export */   s: () => (/* binding */ cacheFacts)
/* harmony export */ });
/* harmony import */ var _sources_common_code_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5168);
/* harmony import */ var _sources_common_json_cache_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27145);
/* harmony import */ var _system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83751);



// Extracted fact models by extraction key, off the repository: the state file names the key, this
// cache holds the model. A miss (a fresh runner, an evicted entry, a damaged file) costs an
// extraction, never a wrong answer, since the key digests everything extraction depends on.
/** One repository's history needs a few, not all. */
const KEEP = 8;
// The extraction key names our version, not our code: entries of other code never match.
const entryKey = (key) => `${(0,_sources_common_code_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .codeFingerprint */ .Q)(import.meta.url).slice(0, 16)}-${key}`;
/** The cached facts for a key, their system model derived again; undefined on a miss or a damaged entry. */
async function cachedFacts(key) {
    const facts = (await (0,_sources_common_json_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .readCached */ .J)('facts', entryKey(key)));
    if (!facts || !Array.isArray(facts.inputs) || !facts.api)
        return undefined;
    return { ...facts, system: (0,_system_derive_system_js__WEBPACK_IMPORTED_MODULE_2__/* .deriveSystem */ .B)(facts) };
}
/** Keeps the facts for a key (the system model is left out: it is derived from the rest). Best effort. */
async function cacheFacts(key, facts) {
    const { system: _derived, ...stored } = facts;
    await (0,_sources_common_json_cache_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCached */ .U)('facts', entryKey(key), stored, KEEP);
}


/***/ })

};
