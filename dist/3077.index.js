export const id = 3077;
export const ids = [3077,4900];
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

/***/ 90146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ importVendored),
/* harmony export */   e: () => (/* binding */ vendoredFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);



/**
 * Imports a WASM-backed package. In the bundle, ncc cannot carry these packages' .wasm/.data
 * files, so the build copies each package's own files to `dist/vendor/<name>/` and we load
 * them from there; from source (tests, `tsc` output) the ordinary node_modules copy is used.
 * The specifier is computed at run time so ncc does not try to inline the package.
 */
async function importVendored(vendorName, entry, packageName) {
    const candidate = vendoredFile(vendorName, entry);
    if (candidate !== undefined)
        return (await import(/* webpackIgnore: true */ (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(candidate).href));
    const specifier = [packageName][0];
    return (await import(/* webpackIgnore: true */ specifier));
}
/**
 * The path of a file the build put in `dist/vendor/<name>/`, found the way importVendored finds
 * entries; undefined when running from source (no vendor folder there) or when the file is absent.
 */
function vendoredFile(vendorName, file) {
    const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)), 'vendor', vendorName, file);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) ? candidate : undefined;
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

/***/ 56174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ BOOKKEEPING_TABLES)
/* harmony export */ });
/**
 * Tables migration tools keep for themselves (which migrations ran), lower-case: not part of the
 * documented model. golang-migrate and dbmate `schema_migrations`, Flyway, Prisma, goose, gorp,
 * Knex, sqlx, Diesel, and Rails' `ar_internal_metadata`.
 */
const BOOKKEEPING_TABLES = new Set([
    'schema_migrations',
    'flyway_schema_history',
    '_prisma_migrations',
    'goose_db_version',
    'gorp_migrations',
    'knex_migrations',
    'knex_migrations_lock',
    '_sqlx_migrations',
    '__diesel_schema_migrations',
    'ar_internal_metadata',
]);


/***/ }),

/***/ 96973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ forwardSection)
/* harmony export */ });
/* harmony import */ var _split_statements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85529);

/**
 * dbmate/goose files hold up and down in one file; only the up part is replayed. `lineOffset`
 * is what to add to a line of the returned text to get its line in the file.
 */
function forwardSection(text, section) {
    if (section === 'whole')
        return { text, lineOffset: 0 };
    const up = section === 'dbmate-up' ? /^--\s*migrate:up\b.*$/m : /^--\s*\+goose\s+Up\b.*$/im;
    const down = section === 'dbmate-up' ? /^--\s*migrate:down\b/m : /^--\s*\+goose\s+Down\b/im;
    const start = up.exec(text);
    if (!start)
        return { text, lineOffset: 0 };
    const bodyStart = start.index + start[0].length;
    const rest = text.slice(bodyStart);
    const end = down.exec(rest);
    const body = end ? rest.slice(0, end.index) : rest;
    const lineOffset = (0,_split_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .lineAt */ .mh)((0,_split_statements_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text), bodyStart) - 1;
    return { text: body, lineOffset };
}


/***/ }),

/***/ 73040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mergeCatalog)
/* harmony export */ });
/**
 * Adds one migration set's catalog to the facts of the sets merged before it. A table two folders
 * both define is documented from the one merged first (with a warning); `created` gives each table the
 * statement that created it. Every dialect's replay merges its sets
 * this way.
 */
function mergeCatalog(facts, catalog, created, dir, diagnostics) {
    const known = new Set(facts.tables.map((t) => t.id));
    for (const t of catalog.tables) {
        if (known.has(t.id)) {
            diagnostics.push({
                severity: 'warning',
                stage: 'migrations',
                file: dir,
                message: `${t.id} is also defined by another migration folder; one definition is documented ` +
                    '(PostgreSQL: the folder that replays cleanest)',
            });
            continue;
        }
        const source = created.get(t.id);
        facts.tables.push(source ? { ...t, source } : t);
    }
    const keep = (list, more) => {
        const ids = new Set(list.map((x) => x.id));
        for (const x of more)
            if (!ids.has(x.id))
                list.push(x);
    };
    keep(facts.foreignKeys, catalog.foreignKeys);
    keep(facts.indexes, catalog.indexes);
    keep(facts.enums, catalog.enums);
}


/***/ }),

/***/ 62973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ withPlaceholders)
/* harmony export */ });
/* unused harmony export substitutePlaceholders */
// Placeholders in migration files: Go templates (`{{ .Namespace }}`, `{{ index .Options "Namespace" }}`,
// `{{ identifier .Parameters.tableName }}`) and Flyway / Liquibase (`${schema}`, `${flyway:defaultSchema}`).
// Replayed as written they fail, and a set that creates its tables through them yields no tables
// at all. Each is replaced by the value the config file gives (`sources.migration-placeholders`),
// else by a documented default, and the run says which defaults it used:
//   - a placeholder that qualifies a name (`${schema}.orders`) → `public`;
//   - Flyway's built-ins: `flyway:defaultSchema` → `public`, `flyway:user` / `flyway:database` →
//     `postgres`, `flyway:timestamp` → a fixed timestamp, `flyway:filename` → the file's name;
//   - one named like a schema (`schema`, `namespace` …) → `public`;
//   - any other → its own name in lower case (`{{ .Prefix }}` → `prefix`), a valid identifier.
// Go template actions that produce no text (`{{ if … }}`, `{{ end }}`, `{{/* … */}}`) are removed.
// An action holds no brace: `{{` in plain SQL (Zabbix's `'…[{{#NAME}/{#SOURCE}]'` macros in string literals)
// must not run on to the next `}}`, which may be thousands of lines on, swallowing the statements between.
const GO_TEMPLATE = /\{\{-?\s*([^{}]*?)\s*-?\}\}/g;
const DOLLAR_PLACEHOLDER = /\$\{([A-Za-z_][\w.:-]*)\}/g;
const CONTROL_ACTION = /^(?:(?:if|else|end|range|with|define|block|template)\b|\/\*)/;
function substitutePlaceholders(text, file, values) {
    const defaults = new Map();
    const configured = new Set();
    if (!text.includes('{{') && !text.includes('${'))
        return { text, defaults, configured };
    const lower = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
    const placeholderValue = (name, qualifier) => {
        const given = values[name] ?? lower.get(name.toLowerCase());
        if (given !== undefined) {
            configured.add(name);
            return given;
        }
        const value = defaultValue(name, qualifier, file);
        defaults.set(name, value);
        return value;
    };
    const isQualifier = (after) => /^"?\s*\./.test(after);
    let out = text.replace(GO_TEMPLATE, (whole, action, at, all) => {
        if (CONTROL_ACTION.test(action.trim()))
            return '';
        const name = templateName(action);
        return name === undefined ? whole : placeholderValue(name, isQualifier(all.slice(at + whole.length)));
    });
    out = out.replace(DOLLAR_PLACEHOLDER, (_whole, name, at, all) => placeholderValue(name, isQualifier(all.slice(at + _whole.length))));
    return { text: out, defaults, configured };
}
/** The name a Go template action reads: the last quoted key, else the last `.Field`. */
function templateName(action) {
    const quoted = [...action.matchAll(/"([^"]+)"/g)].pop()?.[1];
    if (quoted)
        return quoted;
    return [...action.matchAll(/\.([A-Za-z_]\w*)/g)].pop()?.[1];
}
function defaultValue(name, qualifier, file) {
    const builtIn = {
        'flyway:defaultschema': 'public',
        'flyway:user': 'postgres',
        'flyway:database': 'postgres',
        'flyway:timestamp': '2000-01-01 00:00:00',
        'flyway:filename': file.split('/').pop() ?? file,
        'flyway:workingdirectory': '.',
        'flyway:table': 'flyway_schema_history',
    };
    const known = builtIn[name.toLowerCase()];
    if (known !== undefined)
        return known;
    if (qualifier || /^(schema|schemaname|namespace|defaultschema)$/i.test(name))
        return 'public';
    return name.replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
}
/**
 * The set's texts with their placeholders replaced (see migration-placeholders.ts), and one notice
 * naming the defaults used, so a schema read through defaults never passes silently.
 */
function withPlaceholders(set, texts, values, diagnostics) {
    const out = new Map(texts);
    const defaults = new Map();
    for (const mf of set.files) {
        const r = substitutePlaceholders(texts.get(mf.file) ?? '', mf.file, values);
        out.set(mf.file, r.text);
        for (const [k, v] of r.defaults)
            defaults.set(k, v);
    }
    if (defaults.size > 0) {
        const shown = [...defaults].map(([k, v]) => `${k} → ${v}`).join(', ');
        diagnostics.push({
            severity: 'notice',
            stage: 'migrations',
            file: set.dir,
            message: `placeholders replayed with default values: ${shown}; ` +
                'give the real values under sources.migration-placeholders in the config file',
        });
    }
    return out;
}


/***/ }),

/***/ 68685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ loadPgParser),
/* harmony export */   W: () => (/* binding */ parserErrorOffset)
/* harmony export */ });
/* harmony import */ var _common_vendor_import_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90146);

let loading;
function loadPgParser() {
    loading ??= (async () => {
        const lib = await (0,_common_vendor_import_js__WEBPACK_IMPORTED_MODULE_0__/* .importVendored */ .D)('libpg-query', 'index.mjs', 'libpg-query');
        await lib.loadModule();
        return { parse: (sql) => lib.parseSync(sql), scan: (sql) => lib.scanSync(sql) };
    })();
    return loading;
}
/** The parser's error position (1-based character offset into the statement), if it gave one. */
function parserErrorOffset(err) {
    const pos = err.sqlDetails?.cursorPosition;
    return typeof pos === 'number' && pos > 0 ? pos : undefined;
}


/***/ }),

/***/ 4900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KY: () => (/* binding */ storeCacheEntry),
/* harmony export */   ne: () => (/* binding */ longestCachedPrefix),
/* harmony export */   openReplayCache: () => (/* binding */ openReplayCache),
/* harmony export */   ud: () => (/* binding */ hashChain),
/* harmony export */   zq: () => (/* binding */ worthStoring)
/* harmony export */ });
/* unused harmony exports replayCacheDir, replayCodeFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(13411);
/* harmony import */ var _common_cache_dir_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43574);
/* harmony import */ var _common_code_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5168);








// A replay of a migration set is a pure function of the engine, of our code and of the files'
// applied text, in order. So the engine's state after migration i, stored under a hash that chains
// all of those up to i, is valid for any later run whose chain starts the same way: it loads that
// state and applies only the files after i. Editing an old migration changes its hash and every
// later one, so nothing stored matches and the set is replayed in full.
/**
 * Where entries live: under `ARCHITECT_DOCS_CACHE_DIR` when set (a folder actions/cache can keep
 * between jobs), else in the temp folder.
 */
function replayCacheDir(env = process.env) {
    return (0,_common_cache_dir_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheDir */ .e)('replay', env);
}
/**
 * A few entries per set (a branch and its base, a run or two of history; each one is a whole
 * database), so that the sets of a monorepo do not push each other out; and at most
 * {@link MAX_ENTRIES} in all.
 */
function openReplayCache(dir = replayCacheDir(), keep = 3, storeAfterMs = 0) {
    return { dir, keep, storeAfterMs };
}
/** Whether files applied since `startedMs` took long enough to be worth a stored state. */
function worthStoring(cache, startedMs) {
    return Date.now() - startedMs >= cache.storeAfterMs;
}
const MAX_ENTRIES = 24;
/** h0 = hash(seed), h_i = hash(h_{i-1}, step i): element i names the state after i steps. */
function hashChain(seed, steps) {
    const chain = [sha256(JSON.stringify(['architect-docs replay', _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x, replayCodeFingerprint(), ...seed]))];
    for (const step of steps)
        chain.push(sha256(`${chain.at(-1)}\n${step}`));
    return chain;
}
/**
 * The stored state with the most steps of `chain` applied (at least one), or undefined. An entry
 * that cannot be read or does not check out is passed over as if absent; a hit is marked used so
 * pruning keeps it.
 */
async function longestCachedPrefix(cache, set, chain) {
    let names;
    try {
        names = new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(cache.dir));
    }
    catch {
        return undefined;
    }
    for (let i = chain.length - 1; i >= 1; i--) {
        const name = entryName(set, chain[i]);
        if (!names.has(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache.dir, name);
        const entry = await readEntry(path, chain[i]);
        if (!entry)
            continue;
        const now = new Date();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.utimes)(path, now, now).catch(() => undefined);
        return { steps: i, entry };
    }
    return undefined;
}
/**
 * Stores `entry` of the migration set named `set` under `hash`, atomically; any failure (a read-only
 * or missing folder) is ignored.
 */
async function storeCacheEntry(cache, set, hash, entry) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(cache.dir, { recursive: true });
        const meta = Buffer.from(JSON.stringify({ hash, meta: entry.meta }), 'utf8');
        const state = await (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gzip)(entry.state, { level: 3 });
        const length = Buffer.alloc(4);
        length.writeUInt32BE(meta.length);
        const body = Buffer.concat([length, meta, state]);
        const file = Buffer.concat([MAGIC, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest(), body]);
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache.dir, entryName(set, hash));
        // Another run may read the folder at any moment: it sees the whole entry or none.
        const partial = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.partial`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(partial, file);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(partial, path).catch(async (err) => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(partial, { force: true });
            throw err;
        });
        await prune(cache, entryName(set, '').slice(0, -'.replay'.length));
        return true;
    }
    catch {
        return false; // the cache only saves time
    }
}
const MAGIC = Buffer.from('ADREPLAY1\n', 'utf8');
const ENTRY = /^[0-9a-f]{16}-[0-9a-f]{64}\.replay$/;
/** `<set>-<hash>.replay`: the set's part names it (its dialect and folder) so that pruning can go by set. */
const entryName = (set, hash) => `${sha256(set).slice(0, 16)}-${hash}.replay`;
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
async function readEntry(path, hash) {
    try {
        const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
        if (!file.subarray(0, MAGIC.length).equals(MAGIC))
            return undefined;
        const digest = file.subarray(MAGIC.length, MAGIC.length + 32);
        const body = file.subarray(MAGIC.length + 32);
        // Checked before anything is parsed: a damaged state must never reach the engine (PGlite
        // fails on a bad tar with an error that escapes and ends the process).
        if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest().equals(digest))
            return undefined;
        const length = body.readUInt32BE(0);
        const header = JSON.parse(body.subarray(4, 4 + length).toString('utf8'));
        if (header.hash !== hash)
            return undefined;
        const packed = body.subarray(4 + length);
        const state = async () => {
            const tar = await (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_4__.gunzip)(packed).catch(() => undefined);
            return tar && new Uint8Array(tar);
        };
        return { meta: header.meta, state };
    }
    catch {
        return undefined;
    }
}
/**
 * Least recently used first out: beyond `keep` of the set whose names start with `prefix`, beyond
 * MAX_ENTRIES in all; left-over partial files of crashed runs too.
 */
async function prune(cache, prefix) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(cache.dir);
    const entries = [];
    const hourAgo = Date.now() - 3_600_000;
    for (const name of names) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cache.dir, name);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
        if (!info)
            continue;
        if (name.endsWith('.partial') && info.mtimeMs < hourAgo)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
        else if (ENTRY.test(name))
            entries.push({ path, used: info.mtimeMs });
    }
    entries.sort((a, b) => b.used - a.used);
    const mine = entries.filter((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(e.path).startsWith(prefix));
    const old = [...mine.slice(cache.keep), ...entries.filter((e) => !mine.includes(e)).slice(MAX_ENTRIES - cache.keep)];
    for (const entry of old)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(entry.path, { force: true }).catch(() => undefined);
}
/**
 * Our code, as part of every key: a stored replay is only valid for the code that made it. From
 * source, the migration readers beside this module; in the bundle, every chunk of dist/.
 */
function replayCodeFingerprint() {
    return (0,_common_code_fingerprint_js__WEBPACK_IMPORTED_MODULE_6__/* .codeFingerprint */ .Q)(import.meta.url);
}


/***/ }),

/***/ 93077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ replayPostgres)
});

// EXTERNAL MODULE: ./lib/sources/isolate-extractor.js
var isolate_extractor = __webpack_require__(99594);
;// CONCATENATED MODULE: ./lib/sources/migrations/apply-statements.js
// A batch is sent as one query string, which PostgreSQL runs as one implicit transaction: all of
// it applies or none of it does. Bounded so a failure late in a long file redoes little.
const MAX_BATCH_STATEMENTS = 200;
const MAX_BATCH_CHARS = 1 << 20;
/**
 * Applies statements in order with the outcome of running each one alone in autocommit: a statement
 * that fails is reported and skipped, the rest still apply. Transaction control is skipped (it is
 * the migration tool's business). Runs of statements whose effect cannot depend on sharing a
 * transaction go to the engine as one query, saving a round trip and a commit per statement (most
 * of the replay's time); if such a batch fails, it was rolled back whole, and its statements are
 * applied one by one as before, so failures are still reported at their own statement.
 */
async function applyStatements(db, statements, hooks) {
    let batch = [];
    let chars = 0;
    const flush = async () => {
        const run = batch;
        batch = [];
        chars = 0;
        if (run.length > 1) {
            try {
                // A newline before each `;`: a statement may end in a `--` comment.
                await db.exec(run.map((st) => st.text).join('\n;\n'));
                for (const st of run)
                    hooks.applied(st);
                return;
            }
            catch {
                // rolled back whole: find the failing statements one by one below
            }
        }
        for (const st of run)
            await applyAlone(db, st, hooks);
    };
    for (const st of statements) {
        if (st.syntaxError) {
            await flush();
            hooks.syntaxError(st, st.syntaxError);
            continue;
        }
        if (st.ast && 'TransactionStmt' in st.ast)
            continue;
        if (!st.data && !batchable(st.ast)) {
            await flush();
            await applyAlone(db, st, hooks);
            continue;
        }
        if (batch.length >= MAX_BATCH_STATEMENTS || chars + st.text.length > MAX_BATCH_CHARS)
            await flush();
        batch.push(st);
        chars += st.text.length;
    }
    await flush();
}
async function applyAlone(db, st, hooks) {
    try {
        await db.exec(st.text);
    }
    catch (err) {
        hooks.failed(st, err);
        return;
    }
    hooks.applied(st);
}
// Statements that do the same whether they run alone or inside a transaction with the statements
// before them, whenever they succeed. Left out, and so always run alone: what cannot run in a
// transaction (CONCURRENTLY, VACUUM), what only means something in one (SET LOCAL, LOCK, cursors,
// ON COMMIT temp tables), and what may run arbitrary code (DO, SELECT, CALL). A statement that only
// fails inside a transaction (a new enum value used before commit) fails its batch, which is then
// applied one by one: the outcome is still the autocommit one.
const BATCHABLE = new Set([
    'CreateStmt',
    'IndexStmt',
    'AlterTableStmt',
    'CommentStmt',
    'ViewStmt',
    'CreateTableAsStmt',
    'CreateEnumStmt',
    'AlterEnumStmt',
    'CompositeTypeStmt',
    'CreateDomainStmt',
    'AlterDomainStmt',
    'CreateSeqStmt',
    'AlterSeqStmt',
    'DropStmt',
    'RenameStmt',
    'AlterObjectSchemaStmt',
    'CreateFunctionStmt',
    'AlterFunctionStmt',
    'CreateTrigStmt',
    'CreatePolicyStmt',
    'AlterPolicyStmt',
    'CreateSchemaStmt',
    'GrantStmt',
    'AlterOwnerStmt',
    'InsertStmt',
    'UpdateStmt',
    'DeleteStmt',
]);
function batchable(ast) {
    if (!ast)
        return false;
    const kind = Object.keys(ast)[0];
    if (kind === undefined || !BATCHABLE.has(kind))
        return false;
    const node = ast[kind];
    if (node.concurrent)
        return false; // CREATE/DROP INDEX CONCURRENTLY
    const relation = node.relation ?? node.view ?? node.into?.rel;
    return relation?.relpersistence !== 't'; // temp objects may be ON COMMIT DROP
}

// EXTERNAL MODULE: ./lib/sources/migrations/migration-layout.js + 3 modules
var migration_layout = __webpack_require__(39928);
// EXTERNAL MODULE: ./lib/sources/migrations/pg-parser.js
var pg_parser = __webpack_require__(68685);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./lib/sources/common/vendor-import.js
var vendor_import = __webpack_require__(90146);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/sources/migrations/shipped-snapshot.js





/**
 * The fresh-database snapshot scripts/build.mjs writes beside the vendored PGlite: the data
 * directory right after initdb, as a brotli-compressed tar, and the SHA-256 of that tar. The
 * build and this reader share the names through the compiled module.
 */
const SHIPPED_SNAPSHOT_FILE = 'fresh-datadir.tar.br';
const SHIPPED_SNAPSHOT_DIGEST_FILE = 'fresh-datadir.tar.sha256';
/**
 * The shipped snapshot's tar, or undefined when there is none (running from source) or it is not
 * the tar the build made. The digest is checked because PGlite must never see a damaged tar: it
 * then tries to gunzip it, and that failure escapes as an uncaught error that ends the process.
 */
async function readShippedSnapshot() {
    const path = (0,vendor_import/* vendoredFile */.e)('pglite', SHIPPED_SNAPSHOT_FILE);
    const digestPath = (0,vendor_import/* vendoredFile */.e)('pglite', SHIPPED_SNAPSHOT_DIGEST_FILE);
    if (path === undefined || digestPath === undefined)
        return undefined;
    try {
        const tar = await (0,external_node_util_.promisify)(external_node_zlib_.brotliDecompress)(await (0,promises_.readFile)(path));
        const expected = (await (0,promises_.readFile)(digestPath, 'utf8')).trim();
        if ((0,external_node_crypto_.createHash)('sha256').update(tar).digest('hex') !== expected)
            return undefined;
        return new Blob([tar]);
    }
    catch {
        return undefined; // unreadable: the caller boots another way
    }
}

;// CONCATENATED MODULE: ./lib/sources/migrations/boot-pglite.js










/**
 * A fresh embedded PostgreSQL. Creating one runs initdb (3–4 s here); booting from a snapshot of
 * a fresh data directory takes a fraction of that. First choice: the snapshot the build ships in
 * dist/vendor/pglite (made from the same PGlite, so it always fits; a hosted runner's temp folder
 * is empty every job, so only a shipped one helps real runs). Without it (running from source) or
 * when it fails to load: a snapshot in the temp folder keyed by our version, made on the first
 * boot that ran initdb. Any snapshot that fails to load is skipped, and initdb is the last resort.
 */
async function bootFreshDatabase(extensionNames = []) {
    const { PGlite } = await (0,vendor_import/* importVendored */.D)('pglite', 'index.js', '@electric-sql/pglite');
    const extensions = await loadExtensions(extensionNames);
    const shipped = await readShippedSnapshot();
    if (shipped) {
        const db = await bootFrom(PGlite, shipped, extensions);
        if (db)
            return db;
    }
    const snapshot = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `architect-docs-${version/* VERSION */.x}-pglite-fresh.tar.gz`);
    if ((0,external_node_fs_.existsSync)(snapshot)) {
        // Gunzipped here, where a damaged file is an error we catch (its CRC fails): handed to PGlite,
        // a tar it cannot read is gunzipped there, and that failure escapes and ends the process.
        const tar = await (0,external_node_util_.promisify)(external_node_zlib_.gunzip)(await (0,promises_.readFile)(snapshot)).catch(() => undefined);
        const db = tar && (await bootFrom(PGlite, new Blob([tar]), extensions));
        if (db)
            return db; // else unreadable or from another build: make a new one below
    }
    const db = await PGlite.create({ extensions });
    try {
        const blob = await db.dumpDataDir('gzip');
        const partial = `${snapshot}.${process.pid}.partial`;
        await (0,promises_.writeFile)(partial, Buffer.from(await blob.arrayBuffer()));
        await (0,promises_.rename)(partial, snapshot); // atomic: concurrent runs never read half a snapshot
    }
    catch {
        // a snapshot is an optimisation only
    }
    return db;
}
/**
 * A database booted from a data directory a replay dumped (an uncompressed tar whose integrity the
 * caller checked), or undefined when it does not load.
 */
async function bootFromDataDir(tar, extensionNames = []) {
    // PGlite takes bytes that are no tar for a gzip, and that gunzip's failure escapes uncaught.
    if (!startsWithTarHeader(tar))
        return undefined;
    const { PGlite } = await (0,vendor_import/* importVendored */.D)('pglite', 'index.js', '@electric-sql/pglite');
    return bootFrom(PGlite, new Blob([tar]), await loadExtensions(extensionNames));
}
/** A POSIX tar's first header: the `ustar` magic, and the checksum of the header's bytes as written in it. */
function startsWithTarHeader(bytes) {
    if (bytes.length < 512)
        return false;
    if (Buffer.from(bytes.subarray(257, 262)).toString('latin1') !== 'ustar')
        return false;
    let sum = 0;
    // The checksum field itself counts as eight spaces.
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : bytes[i];
    const written = Number.parseInt(Buffer.from(bytes.subarray(148, 156)).toString('latin1').trim(), 8);
    return written === sum;
}
/**
 * Which build of the engine this is, for keys of stored replays: the names and sizes of PGlite's
 * files (vendored, or the installed package's). Cheap, and any other release differs in them.
 */
function pgliteEngineId() {
    try {
        const vendored = (0,vendor_import/* vendoredFile */.e)('pglite', 'index.js');
        // Computed so that ncc does not try to bundle what it resolves.
        const entry = vendored ?? (0,external_node_module_.createRequire)(import.meta.url).resolve(['@electric-sql/pglite'][0]);
        const dir = (0,external_node_path_.dirname)(entry);
        return (0,external_node_fs_.readdirSync)(dir)
            .sort()
            .map((name) => `${name}:${(0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, name)).size}`)
            .join(' ');
    }
    catch {
        return 'unknown';
    }
}
/** A database booted from `dataDir`, or undefined when that snapshot does not load. */
async function bootFrom(PGlite, dataDir, extensions) {
    try {
        return await PGlite.create({ loadDataDir: dataDir, extensions });
    }
    catch {
        return undefined;
    }
}
/** PGlite's bundles of the named contrib extensions (`uuid-ossp` → `contrib/uuid_ossp.js`). */
async function loadExtensions(names) {
    const out = {};
    for (const name of names) {
        const file = name.replaceAll('-', '_');
        const module = await (0,vendor_import/* importVendored */.D)('pglite', `contrib/${file}.js`, `@electric-sql/pglite/contrib/${file}`);
        const extension = Object.values(module)[0];
        if (extension)
            out[name.replaceAll('-', '_')] = extension;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/pglite-session.js
// The replay runs every file on one PostgreSQL session, as a migration tool's connection does: a
// `SET search_path` or `SET ROLE` in one file holds for the next ones. A dumped data directory keeps
// the database, not the session, so a stored replay also keeps the session's settings and puts them
// back before the next file. What cannot be put back (temporary tables, prepared statements, open
// cursors) makes the state unfit to store.
async function sessionSettings(db) {
    const { rows } = await db.query("SELECT name, current_setting(name) AS value FROM pg_settings WHERE source = 'session' ORDER BY name");
    return rows.map((r) => [r.name, r.value]);
}
/** Whether the session holds anything besides settings that a later file could see. */
async function sessionIsStorable(db) {
    const { rows } = await db.query(`SELECT ((SELECT count(*) FROM pg_class WHERE relpersistence = 't')
           + (SELECT count(*) FROM pg_prepared_statements WHERE name <> '')
           + (SELECT count(*) FROM pg_cursors WHERE name <> ''))::int AS n`);
    // The unnamed statement and portal are this query's own.
    return rows[0]?.n === 0;
}
/**
 * Puts `settings` back on a session booted from a stored state; true when the session then shows
 * exactly them. Who the session is goes last: once it is not the superuser, it may no longer set
 * the others.
 */
async function restoreSessionSettings(db, settings) {
    const last = ['session_authorization', 'role'];
    const ordered = [
        ...settings.filter(([name]) => !last.includes(name)),
        ...last.flatMap((name) => settings.filter(([n]) => n === name)),
    ];
    try {
        for (const [name, value] of ordered)
            await db.query('SELECT set_config($1, $2, false)', [name, value]);
        return JSON.stringify(await sessionSettings(db)) === JSON.stringify(settings);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./lib/sources/migrations/replay-cache.js
var replay_cache = __webpack_require__(4900);
;// CONCATENATED MODULE: ./lib/sources/migrations/migration-rules.js
// Migration safety rules in the spirit of squawk and strong_migrations, read from the real
// parser's AST of each statement. A rule fires only for tables that existed before the migration
// file (changing a table created in the same file locks nothing anyone is using yet).
const ACCESS_EXCLUSIVE = 'ACCESS EXCLUSIVE (blocks reads and writes)';
const SHARE = 'SHARE (blocks writes)';
function migrationFindings(st, file, createdHere) {
    const ast = st.ast;
    if (!ast)
        return [];
    const out = [];
    const at = { file, line: st.line };
    const add = (rule, severity, message, table, lock) => out.push({
        id: `finding:${rule}@${file}:${st.line}`,
        rule,
        severity,
        message,
        factIds: table ? [`table:${table}`] : [],
        ...(lock ? { lock } : {}),
        source: at,
    });
    const qualified = (rel) => rel?.relname ? `${rel.schemaname ?? 'public'}.${rel.relname}` : undefined;
    const existing = (t) => t !== undefined && !createdHere.has(t);
    if (ast.IndexStmt) {
        const table = qualified(ast.IndexStmt.relation);
        if (existing(table) && !ast.IndexStmt.concurrent)
            add('require-concurrent-index-creation', 'medium', `CREATE INDEX on ${table} without CONCURRENTLY blocks writes while the index builds`, table, SHARE);
    }
    if (ast.AlterTableStmt) {
        const table = qualified(ast.AlterTableStmt.relation);
        for (const c of ast.AlterTableStmt.cmds ?? []) {
            const cmd = c.AlterTableCmd ?? {};
            if (!existing(table))
                continue;
            const constraints = cmd.def?.ColumnDef?.constraints ?? [];
            const has = (type) => constraints.some((k) => k.Constraint?.contype === type);
            if (cmd.subtype === 'AT_AddColumn' &&
                has('CONSTR_NOTNULL') &&
                !has('CONSTR_DEFAULT') &&
                !has('CONSTR_IDENTITY')) {
                add('adding-required-field', 'high', `adding NOT NULL column ${cmd.def.ColumnDef.colname} to ${table} ` +
                    `without a default fails on a table with rows`, table, ACCESS_EXCLUSIVE);
            }
            if (cmd.subtype === 'AT_DropColumn')
                add('ban-drop-column', 'high', `dropping column ${cmd.name} of ${table} breaks code still reading it; deploy the code change first`, table, ACCESS_EXCLUSIVE);
            if (cmd.subtype === 'AT_AlterColumnType')
                add('changing-column-type', 'high', `changing the type of ${table}.${cmd.name} may rewrite the table under an exclusive lock`, table, ACCESS_EXCLUSIVE);
            const con = cmd.def?.Constraint;
            if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_FOREIGN' && !con.skip_validation) {
                add('adding-foreign-key-constraint', 'medium', (`adding foreign key ${con.conname ?? ''} on ${table} without NOT VALID ` +
                    `scans the table while locking both tables`).replace('  ', ' '), table, 'SHARE ROW EXCLUSIVE on both tables');
            }
            if (cmd.subtype === 'AT_AddConstraint' && con?.contype === 'CONSTR_CHECK' && !con.skip_validation) {
                add('constraint-missing-not-valid', 'medium', (`adding check constraint ${con.conname ?? ''} on ${table} without NOT VALID ` +
                    `scans the table under an exclusive lock`).replace('  ', ' '), table, ACCESS_EXCLUSIVE);
            }
        }
    }
    if (ast.DropStmt?.removeType === 'OBJECT_TABLE') {
        for (const o of ast.DropStmt.objects ?? []) {
            const parts = (o.List?.items ?? []).map((i) => i.String?.sval);
            const table = parts.length === 2 ? `${parts[0]}.${parts[1]}` : `public.${parts[0]}`;
            if (existing(table))
                add('ban-drop-table', 'high', `dropping table ${table} loses its data and breaks code still using it`, undefined, ACCESS_EXCLUSIVE);
        }
    }
    if (ast.RenameStmt) {
        const table = qualified(ast.RenameStmt.relation);
        if (existing(table) && ast.RenameStmt.renameType === 'OBJECT_COLUMN')
            add('renaming-column', 'high', `renaming ${table}.${ast.RenameStmt.subname} to ${ast.RenameStmt.newname} ` +
                `breaks code using the old name until it is deployed`, table, ACCESS_EXCLUSIVE);
        if (existing(table) && ast.RenameStmt.renameType === 'OBJECT_TABLE')
            add('renaming-table', 'high', `renaming ${table} to ${ast.RenameStmt.newname} breaks code using the old name until it is deployed`, undefined, ACCESS_EXCLUSIVE);
    }
    return out;
}
/** Tables a statement creates (so later statements in the same file are not flagged for them). */
function tablesCreatedBy(st) {
    const rel = st.ast?.CreateStmt?.relation;
    return rel?.relname ? [`${rel.schemaname ?? 'public'}.${rel.relname}`] : [];
}

// EXTERNAL MODULE: ./lib/sources/migrations/bookkeeping-tables.js
var bookkeeping_tables = __webpack_require__(56174);
;// CONCATENATED MODULE: ./lib/sources/migrations/read-catalog.js

// System schemas and the tools' own bookkeeping are not part of the documented model.
const SKIP_SCHEMAS = `('pg_catalog', 'information_schema', 'pg_toast')`;
const TEMP_SCHEMAS = "n.nspname NOT LIKE 'pg_temp_%' AND n.nspname NOT LIKE 'pg_toast_temp_%'";
const USER_SCHEMA = `n.nspname NOT IN ${SKIP_SCHEMAS} AND ${TEMP_SCHEMAS}`;
// Pieces of the catalog queries below, named to keep their lines short.
const FK_REF_ATTRIBUTE = 'a.attrelid = con.confrelid AND a.attnum = k.attnum';
const INDEX_KEY_ATTRIBUTE = 'a.attrelid = i.indrelid AND a.attnum = i.indkey[k.i - 1] AND i.indkey[k.i - 1] <> 0';
const ENUM_LABELS = 'ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[]';
/**
 * Reads tables, views, columns, keys, indexes and enums from the catalog of a database the
 * migrations were replayed into. The catalog is the truth: renames, drops and ALTERs are
 * already applied, which no reading of the SQL text alone could promise.
 */
async function readCatalog(db) {
    // Partitions are tables of their own (they hold the rows and may have their own indexes), kept
    // with the parent they belong to.
    const rels = await db.query(`
    SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind,
           obj_description(c.oid, 'pg_class') AS comment,
           (SELECT pn.nspname || '.' || p.relname FROM pg_inherits inh
              JOIN pg_class p ON p.oid = inh.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE inh.inhrelid = c.oid AND c.relispartition LIMIT 1) AS parent
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${USER_SCHEMA}
    ORDER BY n.nspname, c.relname`);
    const kept = rels.rows.filter((r) => !bookkeeping_tables/* BOOKKEEPING_TABLES */.X.has(r.name));
    const oids = new Set(kept.map((r) => r.oid));
    const cols = await db.query(`
    SELECT a.attrelid::int AS oid, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS def,
           a.attidentity::text AS identity, a.attgenerated::text AS generated
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND ${USER_SCHEMA}
    ORDER BY a.attrelid, a.attnum`);
    const cons = await db.query(`
    SELECT con.conrelid::int AS oid, con.conname AS name, con.contype::text AS type,
           ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i)::text[] AS cols,
           NULLIF(con.confrelid::int, 0) AS refoid, rn.nspname AS refschema, rc.relname AS reftable,
           ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON ${FK_REF_ATTRIBUTE} ORDER BY k.i)::text[] AS refcols,
           con.confdeltype::text AS deltype, con.confupdtype::text AS updtype
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    WHERE con.contype IN ('p', 'u', 'f') AND ${USER_SCHEMA}
    ORDER BY con.conrelid, con.conname`);
    const idx = await db.query(`
    SELECT i.indrelid::int AS oid, n.nspname AS schema, ic.relname AS name,
           -- A key column by its name as stored (pg_get_indexdef quotes mixed-case names, and then
           -- "organisationId" would not match the column organisationId); an expression as written.
           ARRAY(SELECT COALESCE(a.attname, pg_get_indexdef(i.indexrelid, k.i::int, true))
                 FROM generate_series(1, i.indnkeyatts) AS k(i)
                 LEFT JOIN pg_attribute a ON ${INDEX_KEY_ATTRIBUTE}
                 ORDER BY k.i)::text[] AS cols,
           i.indisunique AS unique, i.indisprimary AS primary, pg_get_indexdef(i.indexrelid) AS def
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER_SCHEMA}
    ORDER BY n.nspname, ic.relname`);
    const enums = await db.query(`
    SELECT n.nspname AS schema, t.typname AS name, ${ENUM_LABELS} AS values
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND ${USER_SCHEMA}
    ORDER BY n.nspname, t.typname`);
    const byOid = new Map();
    const tables = kept.map((r) => {
        const t = {
            id: `table:${r.schema}.${r.name}`,
            schema: r.schema,
            name: r.name,
            kind: r.relkind === 'v' || r.relkind === 'm' ? 'view' : 'table',
            columns: [],
            primaryKey: [],
            ...(r.comment ? { comment: r.comment } : {}),
            ...(r.parent ? { partitionOf: `table:${r.parent}` } : {}),
            ...(r.relkind === 'p' ? { partitioned: true } : {}),
        };
        byOid.set(r.oid, t);
        return t;
    });
    for (const c of cols.rows) {
        const t = byOid.get(c.oid);
        if (!t)
            continue;
        t.columns.push({
            id: `column:${t.schema}.${t.name}.${c.name}`,
            name: c.name,
            type: c.type,
            nullable: !c.notnull,
            // A generated column's expression is stored where defaults are; it is no default.
            ...(c.def !== null && c.generated !== 's' ? { default: c.def } : {}),
            ...(c.identity === 'a'
                ? { identity: 'always' }
                : c.identity === 'd'
                    ? { identity: 'by default' }
                    : {}),
            ...(c.generated === 's' && c.def !== null ? { generated: c.def } : {}),
        });
    }
    // Unique column sets (from constraints and unique indexes) decide the FK child cardinality.
    const uniqueSets = new Map();
    const addUnique = (oid, columns) => uniqueSets.set(oid, [...(uniqueSets.get(oid) ?? []), columns]);
    for (const c of cons.rows) {
        if (c.type === 'p') {
            const t = byOid.get(c.oid);
            if (t)
                t.primaryKey = c.cols;
        }
        if (c.type === 'p' || c.type === 'u')
            addUnique(c.oid, c.cols);
    }
    for (const i of idx.rows)
        if (i.unique)
            addUnique(i.oid, i.cols);
    const foreignKeys = [];
    for (const c of cons.rows) {
        if (c.type !== 'f' || !oids.has(c.oid) || c.refoid === null)
            continue;
        const t = byOid.get(c.oid);
        const refId = `table:${c.refschema}.${c.reftable}`;
        const refCols = c.refcols ?? [];
        const unique = (uniqueSets.get(c.oid) ?? []).some((set) => set.length === c.cols.length && set.every((x) => c.cols.includes(x)));
        const allNotNull = c.cols.every((name) => t.columns.find((col) => col.name === name)?.nullable === false);
        foreignKeys.push({
            id: `fk:${t.schema}.${t.name}(${c.cols.join(',')})->${c.refschema}.${c.reftable}(${refCols.join(',')})`,
            name: c.name,
            table: t.id,
            columns: c.cols,
            refTable: refId,
            refColumns: refCols,
            onDelete: ACTIONS[c.deltype] ?? c.deltype,
            onUpdate: ACTIONS[c.updtype] ?? c.updtype,
            childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
            parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
        });
    }
    foreignKeys.sort((a, b) => a.id.localeCompare(b.id));
    const indexes = idx.rows
        .filter((i) => oids.has(i.oid))
        .map((i) => ({
        id: `index:${i.schema}.${i.name}`,
        name: i.name,
        table: byOid.get(i.oid).id,
        columns: i.cols,
        unique: i.unique,
        primary: i.primary,
        definition: i.def,
    }));
    const enumFacts = enums.rows.map((e) => ({
        id: `enum:${e.schema}.${e.name}`,
        schema: e.schema,
        name: e.name,
        values: e.values,
    }));
    return { tables, foreignKeys, indexes, enums: enumFacts };
}
const ACTIONS = {
    a: 'NO ACTION',
    r: 'RESTRICT',
    c: 'CASCADE',
    n: 'SET NULL',
    d: 'SET DEFAULT',
};

// EXTERNAL MODULE: ./lib/sources/migrations/split-statements.js
var split_statements = __webpack_require__(85529);
// EXTERNAL MODULE: ./lib/sources/migrations/migration-placeholders.js
var migration_placeholders = __webpack_require__(62973);
;// CONCATENATED MODULE: ./lib/sources/migrations/sql-comments.js
// SQL with its comments blanked, for the regular-expression scans that run before a replay (which
// extensions, roles and bookkeeping tables the migrations need). Without it a comment reads as
// SQL: "-- Create extension" above "CREATE EXTENSION pg_trgm;" scanned as an extension named
// "create", and pg_trgm was never loaded (hoppscotch's migrations). Comments become spaces, line
// breaks stay, so offsets and line numbers still point into the original text. String literals,
// quoted identifiers and dollar-quoted bodies are kept whole: a "--" inside them is not a comment.
const DOLLAR_TAG = /\$(?:[A-Za-z_][\w]*)?\$/y;
function blankSqlComments(sql) {
    let out = '';
    let i = 0;
    let kept = 0; // text before `kept` is already in `out`
    const blank = (from, to) => {
        out += sql.slice(kept, from) + sql.slice(from, to).replace(/[^\n]/g, ' ');
        kept = to;
    };
    while (i < sql.length) {
        const c = sql[i];
        if (c === '-' && sql[i + 1] === '-') {
            const end = sql.indexOf('\n', i);
            const to = end === -1 ? sql.length : end;
            blank(i, to);
            i = to;
        }
        else if (c === '/' && sql[i + 1] === '*') {
            // PostgreSQL's block comments nest.
            let depth = 1;
            let j = i + 2;
            while (j < sql.length && depth > 0) {
                const pair = sql.slice(j, j + 2);
                if (pair === '/*' || pair === '*/') {
                    depth += pair === '/*' ? 1 : -1;
                    j += 2;
                }
                else
                    j++;
            }
            blank(i, j);
            i = j;
        }
        else if (c === "'" || c === '"') {
            // A doubled quote inside is an escaped one: skipping to each next quote handles it.
            const end = sql.indexOf(c, i + 1);
            i = end === -1 ? sql.length : end + 1;
        }
        else if (c === '$') {
            DOLLAR_TAG.lastIndex = i;
            const tag = DOLLAR_TAG.exec(sql)?.[0];
            // `$1` (a parameter) is no tag; an unclosed body runs to the end, as PostgreSQL reads it.
            const end = tag ? sql.indexOf(tag, i + tag.length) : -1;
            i = tag ? (end === -1 ? sql.length : end + tag.length) : i + 1;
        }
        else
            i++;
    }
    return out + sql.slice(kept);
}

;// CONCATENATED MODULE: ./lib/sources/migrations/replay-prelude.js

// What a real database already has when the migrations run, and an empty embedded one lacks:
//   - the migration tool's bookkeeping table, when a migration reads or writes it (`INSERT INTO
//     schema_migrations …`, a data fix on `flyway_schema_history`);
//   - the roles named in GRANT / REVOKE / OWNER TO / SET ROLE / AUTHORIZATION (a cluster's roles
//     exist before any migration), unless the migrations create them;
//   - the extensions: those the embedded PostgreSQL ships are loaded; the others are reported.
// Bookkeeping tables are left out of the documented schema (read-catalog.ts) either way.
/** Extensions PGlite ships as loadable bundles (`@electric-sql/pglite/contrib/*`); plpgsql is built in. */
const LOADABLE_EXTENSIONS = new Set([
    'amcheck auto_explain bloom btree_gin btree_gist citext cube dict_int dict_xsyn earthdistance file_fdw',
    'fuzzystrmatch hstore intarray isn lo ltree pageinspect passwordcheck pg_buffercache pg_freespacemap',
    'pg_logicalinspect pg_overexplain pg_stat_statements pg_surgery pg_trgm pg_visibility pg_walinspect pgcrypto',
    'seg spi tablefunc tcn tsm_system_rows tsm_system_time unaccent uuid-ossp',
]
    .join(' ')
    .split(' '));
const BUILT_IN_EXTENSIONS = new Set(['plpgsql']);
const BOOKKEEPING = {
    schema_migrations: (layout) => layout === 'golang-migrate'
        ? 'version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL DEFAULT false'
        : 'version varchar(255) NOT NULL PRIMARY KEY',
    flyway_schema_history: () => 'installed_rank int PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, ' +
        'type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum int, installed_by varchar(100) NOT NULL, ' +
        'installed_on timestamp NOT NULL DEFAULT now(), execution_time int NOT NULL, success boolean NOT NULL',
    goose_db_version: () => 'id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now()',
    ar_internal_metadata: () => 'key varchar NOT NULL PRIMARY KEY, value varchar, created_at timestamp NOT NULL, updated_at timestamp NOT NULL',
    _prisma_migrations: () => 'id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL, finished_at timestamptz, ' +
        'migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, ' +
        'started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count int NOT NULL DEFAULT 0',
    knex_migrations: () => 'id serial PRIMARY KEY, name varchar(255), batch int, migration_time timestamptz',
    gorp_migrations: () => 'id text PRIMARY KEY, applied_at timestamptz',
};
const ROLE = String.raw `(?:"[^"]+"|[A-Za-z_][\w$]*)`;
const ROLE_REFERENCE = new RegExp(String.raw `\b(?:OWNER\s+TO|SET\s+ROLE|AUTHORIZATION|GRANT\s+[^;]*?\bTO|REVOKE\s+[^;]*?\bFROM)\s+` +
    String.raw `(${ROLE}(?:\s*,\s*${ROLE})*)`, 'gi');
const ROLE_CREATED = /\bCREATE\s+(?:ROLE|USER|GROUP)\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|[A-Za-z_][\w$]*)/gi;
const NOT_ROLES = new Set(['public', 'current_user', 'session_user', 'current_role', 'postgres', 'group']);
const EXTENSION = /\bCREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|[\w-]+)/gi;
function replayPrelude(set, texts) {
    // Comments are blanked: one reads as SQL to these patterns ("-- Create extension" on its own line).
    const all = texts.map(blankSqlComments).join('\n;\n');
    const unquote = (name) => (name.startsWith('"') ? name.slice(1, -1) : name.toLowerCase());
    const bookkeeping = Object.keys(BOOKKEEPING).filter((table) => new RegExp(`\\b${table}\\b`, 'i').test(all) &&
        !new RegExp(`\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:\\w+\\.)?"?${table}\\b`, 'i').test(all));
    const created = new Set([...all.matchAll(ROLE_CREATED)].map((m) => unquote(m[1])));
    const roles = new Set();
    for (const m of all.matchAll(ROLE_REFERENCE)) {
        for (const part of m[1].split(',')) {
            const role = unquote(part.trim());
            if (role && !NOT_ROLES.has(role.toLowerCase()) && !created.has(role))
                roles.add(role);
        }
    }
    const wanted = [...new Set([...all.matchAll(EXTENSION)].map((m) => unquote(m[1])))];
    const quote = (name) => `"${name.replaceAll('"', '""')}"`;
    return {
        statements: [
            ...[...roles].sort().map((r) => `CREATE ROLE ${quote(r)}`),
            ...bookkeeping.map((t) => `CREATE TABLE IF NOT EXISTS ${t} (${BOOKKEEPING[t](set.layout)})`),
        ],
        extensions: wanted.filter((e) => LOADABLE_EXTENSIONS.has(e)),
        unavailable: wanted.filter((e) => !LOADABLE_EXTENSIONS.has(e) && !BUILT_IN_EXTENSIONS.has(e)),
        roles: [...roles].sort(),
        bookkeeping,
    };
}

// EXTERNAL MODULE: ./lib/sources/migrations/forward-section.js
var forward_section = __webpack_require__(96973);
// EXTERNAL MODULE: ./lib/sources/migrations/merge-catalog.js
var merge_catalog = __webpack_require__(73040);
;// CONCATENATED MODULE: ./lib/sources/migrations/statement-changes.js
const statement_changes_name = (rel) => (rel?.relname ? (rel.schemaname ? `${rel.schemaname}.${rel.relname}` : rel.relname) : '?');
const str = (nodes) => (nodes ?? [])
    .map((n) => n?.String?.sval)
    .filter((s) => typeof s === 'string')
    .join('.');
const OBJECT_WORDS = {
    OBJECT_TABLE: 'table',
    OBJECT_VIEW: 'view',
    OBJECT_MATVIEW: 'view',
    OBJECT_INDEX: 'index',
    OBJECT_TYPE: 'type',
    OBJECT_SEQUENCE: 'other',
    OBJECT_FUNCTION: 'function',
    OBJECT_TRIGGER: 'trigger',
    OBJECT_EXTENSION: 'extension',
    OBJECT_SCHEMA: 'other',
};
function statementChanges(ast) {
    if (!ast)
        return [];
    const [type] = Object.keys(ast);
    const s = ast[type];
    switch (type) {
        case 'CreateStmt':
            return [{ action: 'create', what: 'table', name: statement_changes_name(s.relation) }];
        case 'ViewStmt':
            return [{ action: 'create', what: 'view', name: statement_changes_name(s.view) }];
        case 'CreateTableAsStmt':
            return [{ action: 'create', what: s.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', name: statement_changes_name(s.into?.rel) }];
        case 'IndexStmt':
            return [{ action: 'create', what: 'index', name: s.idxname ?? '?', detail: `on ${statement_changes_name(s.relation)}` }];
        case 'CreateEnumStmt':
            return [{ action: 'create', what: 'type', name: str(s.typeName) }];
        case 'AlterEnumStmt':
            return [{ action: 'alter', what: 'type', name: str(s.typeName), detail: `adds value ${s.newVal ?? '?'}` }];
        case 'CreateExtensionStmt':
            return [{ action: 'create', what: 'extension', name: s.extname ?? '?' }];
        case 'CreateFunctionStmt':
            return [{ action: 'create', what: 'function', name: str(s.funcname) }];
        case 'CreateTrigStmt':
            return [{ action: 'create', what: 'trigger', name: s.trigname ?? '?', detail: `on ${statement_changes_name(s.relation)}` }];
        case 'DropStmt': {
            const what = OBJECT_WORDS[s.removeType] ?? 'other';
            return (s.objects ?? []).map((o) => ({
                action: 'drop',
                what,
                name: o.List ? str(o.List.items) : (o.String?.sval ?? str(o.TypeName?.names) ?? '?'),
            }));
        }
        case 'RenameStmt': {
            if (s.renameType === 'OBJECT_COLUMN')
                return [
                    { action: 'rename', what: 'column', name: `${statement_changes_name(s.relation)}.${s.subname}`, detail: `to ${s.newname}` },
                ];
            const what = OBJECT_WORDS[s.renameType] ?? 'other';
            return [
                {
                    action: 'rename',
                    what,
                    name: s.relation ? statement_changes_name(s.relation) : str(s.object?.List?.items),
                    detail: `to ${s.newname}`,
                },
            ];
        }
        case 'AlterTableStmt':
            return (s.cmds ?? []).flatMap((c) => alterTableChange(statement_changes_name(s.relation), c.AlterTableCmd));
        case 'InsertStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
            return [{ action: 'data', what: 'rows', name: statement_changes_name(s.relation) }];
        default:
            return [];
    }
}
function alterTableChange(table, cmd) {
    if (!cmd)
        return [];
    const column = (detail, action = 'alter') => ({
        action,
        what: 'column',
        name: `${table}.${cmd.def?.ColumnDef?.colname ?? cmd.name ?? '?'}`,
        ...(detail ? { detail } : {}),
    });
    switch (cmd.subtype) {
        case 'AT_AddColumn':
            return [column(undefined, 'create')];
        case 'AT_DropColumn':
            return [column(undefined, 'drop')];
        case 'AT_AlterColumnType':
            return [column('changes type')];
        case 'AT_SetNotNull':
            return [column('sets NOT NULL')];
        case 'AT_DropNotNull':
            return [column('drops NOT NULL')];
        case 'AT_ColumnDefault':
            return [column(cmd.def ? 'sets default' : 'drops default')];
        case 'AT_AddConstraint': {
            const con = cmd.def?.Constraint;
            const kind = String(con?.contype ?? '')
                .replace('CONSTR_', '')
                .toLowerCase()
                .replace('foreign', 'foreign key');
            return [
                {
                    action: 'create',
                    what: 'constraint',
                    name: con?.conname ?? `${kind} on ${table}`,
                    detail: `${kind} on ${table}`,
                },
            ];
        }
        case 'AT_DropConstraint':
            return [{ action: 'drop', what: 'constraint', name: cmd.name ?? '?', detail: `on ${table}` }];
        default:
            return [{ action: 'alter', what: 'table', name: table }];
    }
}

;// CONCATENATED MODULE: ./lib/sources/migrations/replay-postgres.js















/**
 * Replays each migration set, statement by statement, into a fresh embedded PostgreSQL (PGlite)
 * and reads the resulting schema from its catalog. A statement that fails is reported with
 * file:line and skipped; the rest still apply, so one bad migration does not blank the model.
 */
async function replayPostgres(sets, rawTexts, options = {}) {
    const facts = {
        dialect: 'postgres',
        migrations: [],
        tables: [],
        foreignKeys: [],
        indexes: [],
        enums: [],
    };
    const diagnostics = [];
    const findings = [];
    const stats = [];
    if (sets.length === 0)
        return { facts, diagnostics, findings, stats };
    let parser;
    try {
        parser = await (0,pg_parser/* loadPgParser */.D)();
    }
    catch (err) {
        for (const set of sets)
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
        return { facts, diagnostics, findings, stats };
    }
    let order = 0;
    const replayed = [];
    for (const set of sets) {
        const texts = (0,migration_placeholders/* withPlaceholders */.r)(set, rawTexts, options.placeholders ?? {}, diagnostics);
        const prelude = replayPrelude(set, set.files.map((f) => texts.get(f.file) ?? ''));
        if (prelude.unavailable.length > 0) {
            diagnostics.push({
                severity: 'warning',
                stage: 'migrations',
                file: set.dir,
                message: `extension${prelude.unavailable.length === 1 ? '' : 's'} ${prelude.unavailable.join(', ')} ` +
                    'not available in the embedded PostgreSQL: statements that need them fail and are reported below',
            });
        }
        // The prelude is made from every file, so it is part of the chain's start: a new file that names
        // a new role replays the set in full.
        const chain = options.cache && progressChain(set, texts, prelude);
        let resumed = options.cache && chain ? await storedProgress(options.cache, `postgres ${set.dir}`, chain) : undefined;
        // Every file stored, and the catalog with them: nothing to apply, so no engine to boot.
        const restoredAll = resumed?.progress.files.length === set.files.length && resumed.progress.catalog !== undefined;
        let db;
        try {
            if (resumed && !restoredAll) {
                db = await bootStored(resumed, prelude.extensions);
                if (!db)
                    resumed = undefined; // that state does not load: replay in full
            }
            if (!restoredAll)
                db ??= await bootFreshDatabase(prelude.extensions);
        }
        catch (err) {
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
            continue;
        }
        try {
            // Roles and the tool's bookkeeping table exist in a real database before the first migration.
            if (db && !resumed)
                for (const statement of prelude.statements)
                    await db.exec(statement).catch(() => undefined);
            const created = new Map(resumed?.progress.created ?? []);
            const done = [];
            const record = (outcome) => {
                done.push(outcome);
                facts.migrations.push({ ...outcome.migration, order: ++order });
                diagnostics.push(...outcome.diagnostics);
                findings.push(...outcome.findings);
            };
            // What the stored files reported is reported again, in the same place: the facts and
            // diagnostics of a resumed replay are those of a full one.
            for (const outcome of resumed?.progress.files ?? [])
                record(outcome);
            const applyStarted = Date.now();
            for (const mf of set.files.slice(done.length)) {
                if (!db)
                    break; // not reached: files are left only when an engine was booted
                const outcome = { migration: emptyMigration(mf), diagnostics: [], findings: [] };
                try {
                    const text = texts.get(mf.file) ?? '';
                    outcome.migration = await applyFile(db, parser, mf, text, created, outcome.diagnostics, outcome.findings);
                }
                catch (err) {
                    // One file the parser or the engine cannot cope with costs that file, not the set.
                    outcome.diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', mf.file, err));
                }
                record(outcome);
            }
            const catalog = db ? await readCatalog(db) : resumed.progress.catalog;
            const mine = facts.migrations.filter((m) => set.files.some((f) => f.file === m.file));
            const statements = mine.reduce((n, m) => n + m.statements, 0);
            const failed = mine.reduce((n, m) => n + m.failed, 0);
            replayed.push({ dir: set.dir, catalog, created, failedShare: statements === 0 ? 0 : failed / statements });
            const restored = resumed?.progress.files.length ?? 0;
            stats.push({ dir: set.dir, files: set.files.length, restored, applied: done.length - restored });
            if (db && options.cache && chain && done.length > restored && (0,replay_cache/* worthStoring */.zq)(options.cache, applyStarted)) {
                await store(options.cache, `postgres ${set.dir}`, chain[done.length], db, {
                    files: done,
                    created: [...created],
                    catalog,
                });
            }
        }
        catch (err) {
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
        }
        finally {
            // An open PGlite keeps the event loop alive: the process would never exit.
            await db?.close().catch(() => undefined);
        }
    }
    // A table two folders define (a full schema and the upgrade scripts that led to it) is documented
    // from the folder that replays cleanest: upgrades replayed onto nothing fail, a schema does not.
    const cleanestFirst = [...replayed].sort((a, b) => a.failedShare - b.failedShare);
    for (const r of cleanestFirst)
        (0,merge_catalog/* mergeCatalog */.W)(facts, r.catalog, r.created, r.dir, diagnostics);
    return { facts, diagnostics, findings, stats };
}
const emptyMigration = (mf) => ({
    id: `migration:${mf.file}`,
    file: mf.file,
    statements: 0,
    failed: 0,
});
/**
 * The set's hash chain: the start names the engine, the set and its prelude; each step is what of
 * the file shapes its outcome — where it is, its forward section as applied, and its rollback.
 */
function progressChain(set, texts, prelude) {
    const seed = ['postgres', pgliteEngineId(), set.dir, set.layout, prelude.statements, prelude.extensions];
    const steps = set.files.map((mf) => {
        const fullText = texts.get(mf.file) ?? '';
        const { text, lineOffset } = (0,forward_section/* forwardSection */.V)(fullText, mf.section);
        const rollback = mf.down ?? ((0,migration_layout/* hasDownSection */.Ct)(fullText, mf.section) ? mf.file : null);
        return JSON.stringify([mf.file, lineOffset, rollback, text]);
    });
    return (0,replay_cache/* hashChain */.ud)(seed, steps);
}
/** The outcomes of the longest stored prefix of `chain`, or undefined (replay in full). */
async function storedProgress(cache, group, chain) {
    const hit = await (0,replay_cache/* longestCachedPrefix */.ne)(cache, group, chain);
    if (!hit)
        return undefined;
    const progress = hit.entry.meta;
    if (!Array.isArray(progress?.files) || progress.files.length !== hit.steps)
        return undefined;
    return { progress, state: hit.entry.state };
}
/** The engine as the stored replay left it, session included; undefined when it does not load. */
async function bootStored(resumed, extensions) {
    const tar = await resumed.state();
    const db = tar && (await bootFromDataDir(tar, extensions));
    if (!db)
        return undefined;
    if (await restoreSessionSettings(db, resumed.progress.session ?? []))
        return db;
    await db.close().catch(() => undefined);
    return undefined;
}
/** Stores the state after the files in `progress`, unless the session holds what a dump loses. */
async function store(cache, group, hash, db, progress) {
    try {
        if (!(await sessionIsStorable(db)))
            return;
        const session = await sessionSettings(db);
        // A data directory dumped right after a checkpoint boots without replaying the WAL of every
        // migration before it.
        await db.exec('CHECKPOINT');
        const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
        await (0,replay_cache/* storeCacheEntry */.KY)(cache, group, hash, { meta: { ...progress, session }, state: tar });
    }
    catch {
        // storing only saves a later run time
    }
}
async function applyFile(db, parser, mf, fullText, created, diagnostics, findings) {
    const createdHere = new Set();
    const { text, lineOffset } = (0,forward_section/* forwardSection */.V)(fullText, mf.section);
    const migration = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
    const rollback = mf.down ?? ((0,migration_layout/* hasDownSection */.Ct)(fullText, mf.section) ? mf.file : undefined);
    if (rollback !== undefined)
        migration.rollback = rollback;
    const template = /\{\{[^{}]*\}\}/.exec(text);
    if (template) {
        diagnostics.push({
            severity: 'warning',
            stage: 'migrations',
            file: mf.file,
            line: lineOffset + (0,split_statements/* lineAt */.mh)((0,split_statements/* lineStarts */._$)(text), template.index),
            message: 'template syntax ({{ }}) left in SQL after placeholders: statements using it cannot be replayed',
        });
    }
    const statements = (0,split_statements/* splitStatements */.Xd)(parser, text, lineOffset);
    migration.statements += statements.length;
    // Statement by statement as if in autocommit, so one failure is skipped without aborting
    // everything after it (transactions are the migration tool's business).
    await applyStatements(db, statements, {
        syntaxError: (_st, error) => {
            migration.failed++;
            diagnostics.push({
                severity: 'error',
                stage: 'migrations',
                file: mf.file,
                line: error.line,
                message: `syntax error: ${error.message}`,
            });
        },
        applied: (st) => {
            const changes = st.data
                ? [{ action: 'data', what: 'rows', name: st.data.table }]
                : statementChanges(st.ast);
            if (changes.length > 0 && !lastIsSame(migration.changes, changes)) {
                migration.changes = [...(migration.changes ?? []), ...changes];
            }
            findings.push(...migrationFindings(st, mf.file, createdHere));
            for (const t of tablesCreatedBy(st))
                createdHere.add(t);
            recordCreation(st, mf.file, created);
        },
        failed: (st, err) => {
            migration.failed++;
            const e = err;
            diagnostics.push({
                severity: 'warning',
                stage: 'migrations',
                file: mf.file,
                line: errorLine(st, e.position),
                message: `statement failed in replay and was skipped: ${e.message}`,
            });
        },
    });
    return migration;
}
/** A run of INSERTs into one table is one change ("changes rows of `countries`"), not thousands. */
function lastIsSame(list, next) {
    const last = list?.at(-1);
    return (next.length === 1 &&
        last !== undefined &&
        last.action === 'data' &&
        JSON.stringify(last) === JSON.stringify(next[0]));
}
function errorLine(st, position) {
    const pos = Number(position);
    if (!Number.isFinite(pos) || pos < 1)
        return st.line;
    return st.line + (st.text.slice(0, pos - 1).match(/\n/g)?.length ?? 0);
}
/** Remembers which statement created (or renamed into being) each table, for file:line in docs. */
function recordCreation(st, file, created) {
    const ast = st.ast;
    if (!ast)
        return;
    const at = { file, line: st.line };
    const key = (rel) => rel?.relname ? `table:${rel.schemaname ?? 'public'}.${rel.relname}` : undefined;
    let id;
    if (ast.CreateStmt)
        id = key(ast.CreateStmt.relation);
    else if (ast.ViewStmt)
        id = key(ast.ViewStmt.view);
    else if (ast.CreateTableAsStmt)
        id = key(ast.CreateTableAsStmt.into?.rel);
    else if (ast.RenameStmt &&
        ['OBJECT_TABLE', 'OBJECT_VIEW'].includes(ast.RenameStmt.renameType) &&
        ast.RenameStmt.newname) {
        const rel = ast.RenameStmt.relation;
        id = key({ schemaname: rel?.schemaname, relname: ast.RenameStmt.newname });
    }
    if (id && !created.has(id))
        created.set(id, at);
    else if (id && ast.RenameStmt)
        created.set(id, at);
}


/***/ }),

/***/ 85529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony exports LARGE_SQL_CHARS, statementEnds, firstCodeOffset */
/* harmony import */ var _pg_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68685);

/** Above this size a file is split without parsing it whole, and its INSERTs are not parsed. */
const LARGE_SQL_CHARS = 4 * 1024 * 1024;
const INSERT_INTO = /^INSERT\s+INTO\s+((?:"[^"]+"|[\w$]+)(?:\s*\.\s*(?:"[^"]+"|[\w$]+))?)/i;
/**
 * Splits SQL into statements. The whole text is parsed first: when it parses, the parser's own
 * statement offsets are exact (even for function bodies holding semicolons). When it does not,
 * the scanner's `;` tokens split it (quoting and dollar-quoting are tokens, so their semicolons
 * do not count) and each piece is parsed alone, so one bad statement does not hide the rest.
 */
function splitStatements(parser, sql, lineOffset = 0) {
    // Empty, blank and comment-only files are common (a step one dialect needs and another does
    // not) and hold no statement; the WASM scanner throws on empty input, so they never reach it.
    if (firstCodeOffset(sql) < 0)
        return [];
    const lines = lineStarts(sql);
    if (sql.length > LARGE_SQL_CHARS)
        return splitLarge(parser, sql, lines, lineOffset);
    const toChar = byteToCharOffsets(sql);
    try {
        const { stmts } = parser.parse(sql);
        return stmts.map((s) => fromRaw(sql, s, lines, lineOffset, toChar));
    }
    catch {
        // fall through to piecewise splitting
    }
    const pieces = [];
    let start = 0;
    let semicolons;
    try {
        semicolons = parser
            .scan(sql)
            .tokens.filter((t) => t.text === ';')
            .map((t) => toChar(t.end));
    }
    catch {
        // libpg-query's scanner throws on some malformed input (an unterminated dollar quote makes
        // it emit invalid JSON): split with our own quote-aware scan so the good statements still apply.
        semicolons = statementEnds(sql);
    }
    for (const end of semicolons) {
        pieces.push({ start, end });
        start = end;
    }
    if (sql.slice(start).trim())
        pieces.push({ start, end: sql.length });
    const out = [];
    for (const piece of pieces)
        parsePiece(parser, sql, piece, lines, lineOffset, out);
    return out;
}
/** One `;`-delimited piece of the text, parsed alone (a syntax error costs that piece only). */
function parsePiece(parser, sql, piece, lines, lineOffset, out) {
    const text = sql.slice(piece.start, piece.end);
    const first = firstCodeOffset(text);
    if (first < 0)
        return;
    const begin = piece.start + first;
    const line = lineAt(lines, begin) + lineOffset;
    try {
        const { stmts } = parser.parse(text);
        const pieceToChar = byteToCharOffsets(text);
        for (const s of stmts) {
            const loc = pieceToChar(s.stmt_location ?? 0);
            const len = s.stmt_len ? pieceToChar((s.stmt_location ?? 0) + s.stmt_len) - loc : undefined;
            out.push(fromRaw(sql, { ...s, stmt_location: loc + piece.start, stmt_len: len }, lines, lineOffset, (n) => n));
        }
    }
    catch (err) {
        const offset = (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .parserErrorOffset */ .W)(err);
        const errLine = offset !== undefined ? lineAt(lines, piece.start + offset - 1) + lineOffset : line;
        out.push({
            text: sql.slice(begin, piece.end).trim(),
            line,
            syntaxError: { message: parserMessage(err), line: errLine },
        });
    }
}
/**
 * A very large file (a data dump in a migration): split at top-level semicolons by our own scan
 * (the parser's JSON for the whole text would take minutes and gigabytes), every statement but
 * an INSERT parsed alone as usual, each INSERT kept unparsed as a data statement.
 */
function splitLarge(parser, sql, lines, lineOffset) {
    const out = [];
    let start = 0;
    const ends = statementEnds(sql);
    if (sql.slice(ends.at(-1) ?? 0).trim())
        ends.push(sql.length);
    for (const end of ends) {
        const piece = { start, end };
        start = end;
        const text = sql.slice(piece.start, piece.end);
        const first = firstCodeOffset(text);
        if (first < 0)
            continue;
        const insert = INSERT_INTO.exec(text.slice(first, first + 300));
        if (!insert) {
            parsePiece(parser, sql, piece, lines, lineOffset, out);
            continue;
        }
        const statement = text.slice(first).trim();
        out.push({
            text: statement.endsWith(';') ? statement.slice(0, -1) : statement,
            line: lineAt(lines, piece.start + first) + lineOffset,
            data: { table: insert[1].replace(/\s+/g, '').replaceAll('"', '') },
        });
    }
    return out;
}
function fromRaw(sql, s, lines, lineOffset, toChar) {
    const loc = toChar(s.stmt_location ?? 0);
    const raw = s.stmt_len ? sql.slice(loc, toChar((s.stmt_location ?? 0) + s.stmt_len)) : sql.slice(loc);
    const first = Math.max(0, firstCodeOffset(raw));
    return { text: raw.slice(first).trim(), line: lineAt(lines, loc + first) + lineOffset, ast: s.stmt };
}
/**
 * The parser reports statement locations in UTF-8 bytes; JavaScript strings index UTF-16 units.
 * Pure-ASCII text (the common case) needs no mapping.
 */
function byteToCharOffsets(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the class is all of ASCII, NUL included
    if (!/[^\x00-\x7f]/.test(text))
        return (n) => n;
    const map = [];
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i);
        const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        for (let b = 0; b < width; b++)
            map[bytes + b] = i;
        bytes += width;
        if (code >= 0x10000)
            i++;
    }
    map[bytes] = text.length;
    return (n) => map[n] ?? text.length;
}
/** The parser's message; its internal failures (JSON it could not decode) said as what they mean. */
function parserMessage(err) {
    if (err instanceof SyntaxError && /JSON/.test(err.message))
        return 'the SQL scanner could not read this statement (an unterminated quote, dollar quote or comment?)';
    return err instanceof Error ? err.message : String(err);
}
/**
 * Offsets just past each top-level `;`, skipping quoted strings, quoted identifiers, dollar
 * quotes and comments. Only used when the real scanner fails, so it need not be perfect, only
 * never worse than treating the whole file as one statement.
 */
function statementEnds(sql) {
    const ends = [];
    let i = 0;
    while (i < sql.length) {
        const c = sql[i];
        if (c === "'" || c === '"') {
            const close = sql.indexOf(c, i + 1);
            i = close < 0 ? sql.length : close + 1;
        }
        else if (c === '-' && sql[i + 1] === '-') {
            const nl = sql.indexOf('\n', i);
            i = nl < 0 ? sql.length : nl + 1;
        }
        else if (c === '/' && sql[i + 1] === '*') {
            const close = sql.indexOf('*/', i + 2);
            i = close < 0 ? sql.length : close + 2;
        }
        else if (c === '$') {
            const tag = /^\$[A-Za-z_]?\w*\$/.exec(sql.slice(i, i + 64))?.[0];
            if (tag) {
                const close = sql.indexOf(tag, i + tag.length);
                i = close < 0 ? sql.length : close + tag.length;
            }
            else
                i++;
        }
        else if (c === ';') {
            ends.push(++i);
        }
        else
            i++;
    }
    return ends;
}
/** Offset of the first character that is not whitespace or a comment; -1 if none. */
function firstCodeOffset(text) {
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c))
            i++;
        else if (text.startsWith('--', i)) {
            const nl = text.indexOf('\n', i);
            i = nl < 0 ? text.length : nl + 1;
        }
        else if (text.startsWith('/*', i)) {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 2;
        }
        else if (c === ';')
            i++;
        else
            return i;
    }
    return -1;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            starts.push(i + 1);
    return starts;
}
/** 1-based line of a character offset. */
function lineAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}


/***/ })

};
