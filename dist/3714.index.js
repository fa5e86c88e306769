export const id = 3714;
export const ids = [3714];
export const modules = {

/***/ 93714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dropRenderedTwins: () => (/* binding */ dropRenderedTwins)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
// One API description written out twice, as `swagger.json` and `swagger.yaml` side by side: what
// generators such as swaggo (`swag init`) and many build scripts leave in a repository. Reading both
// documented every operation twice and reported each one as defined twice. Files of one folder and
// one name, differing only in `.json`/`.yaml`/`.yml`, that hold the same value once parsed are one
// description: the JSON file is read (the cheaper of the two to parse and to cite line by line) and
// a notice says which files were left out. Twins that differ are both read, and the duplicate
// operations they define are reported, since one of them is stale.


const SPEC_EXTENSION = /\.(json|ya?ml)$/i;
/** Groups of files (folder and name without extension) with more than one member. */
function twinGroups(files) {
    const groups = new Map();
    for (const file of files) {
        const stem = file.replace(SPEC_EXTENSION, '');
        if (stem === file)
            continue;
        groups.set(stem, [...(groups.get(stem) ?? []), file]);
    }
    return [...groups.values()].filter((g) => g.length > 1);
}
/** `files` without the rendered twins of another, with a notice for each group of twins. */
function dropRenderedTwins(files, text) {
    const dropped = new Set();
    const diagnostics = [];
    for (const group of twinGroups(files)) {
        // JSON first, then by name: the file kept does not depend on the order discovery found them.
        const ordered = [...group].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
        const values = new Map(ordered.map((f) => [f, parsed(f, text(f))]));
        const kept = ordered[0];
        const keptValue = values.get(kept);
        if (keptValue === undefined)
            continue;
        const same = ordered.slice(1).filter((f) => {
            const v = values.get(f);
            return v !== undefined && (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(v, keptValue);
        });
        if (same.length === 0)
            continue;
        for (const f of same)
            dropped.add(f);
        diagnostics.push({
            severity: 'notice',
            stage: 'openapi',
            file: same[0],
            message: `${same.join(', ')} ${same.length === 1 ? 'holds' : 'hold'} the same API description as ${kept}, ` +
                `only written in another format; ${kept} was read`,
        });
    }
    return { files: files.filter((f) => !dropped.has(f)), diagnostics };
}
function rank(file) {
    return /\.json$/i.test(file) ? 0 : 1;
}
/** The file's value, or undefined when it does not parse (its own reader reports that). */
function parsed(file, source) {
    try {
        return /\.json$/i.test(file) ? JSON.parse(source) : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(source, { merge: true, maxAliasCount: 1000 });
    }
    catch {
        return undefined;
    }
}


/***/ })

};
