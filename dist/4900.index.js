export const id = 4900;
export const ids = [4900];
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


/***/ })

};
