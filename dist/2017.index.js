export const id = 2017;
export const ids = [2017];
export const modules = {

/***/ 22017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   replaySets: () => (/* binding */ replaySets)
/* harmony export */ });
/* harmony import */ var _migration_placeholders_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62973);
/* harmony import */ var _replay_postgres_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93077);


async function replaySets(sets, texts, options) {
    const diagnostics = [];
    for (const set of sets) {
        if (!set.otherDialects)
            continue;
        const { tags, files } = set.otherDialects;
        diagnostics.push({
            severity: 'notice',
            stage: 'migrations',
            file: set.dir,
            message: `${files.length} migration file${files.length === 1 ? '' : 's'} for ${tags.join(', ')} not replayed: ` +
                `the ${set.dialect} files and the dialect-neutral ones are ` +
                '(set sources.migration-dialect in the config file to choose another)',
        });
    }
    for (const set of sets) {
        if (!set.unsupported)
            continue;
        diagnostics.push({
            severity: 'notice',
            stage: 'migrations',
            file: set.dir,
            message: `${set.files.length} migration file${set.files.length === 1 ? '' : 's'} written for ${set.unsupported} ` +
                'not replayed: there is no engine for it here (PostgreSQL, MySQL/MariaDB and SQLite are read)',
        });
    }
    const results = [];
    const of = (d) => sets.filter((s) => s.dialect === d && !s.unsupported);
    if (of('postgres').length > 0)
        results.push(await (0,_replay_postgres_js__WEBPACK_IMPORTED_MODULE_0__/* .replayPostgres */ .n)(of('postgres'), texts, options));
    const others = [...of('sqlite'), ...of('mysql')];
    // The other engines read placeholders the same way (PostgreSQL's replay does its own).
    const substituted = new Map(texts);
    for (const set of others) {
        for (const [file, text] of (0,_migration_placeholders_js__WEBPACK_IMPORTED_MODULE_1__/* .withPlaceholders */ .r)(set, texts, options.placeholders, diagnostics)) {
            substituted.set(file, text);
        }
    }
    if (of('sqlite').length > 0) {
        const { replaySqlite } = await __webpack_require__.e(/* import() */ 8887).then(__webpack_require__.bind(__webpack_require__, 98887));
        results.push(await replaySqlite(of('sqlite'), substituted, options));
    }
    if (of('mysql').length > 0) {
        const { replayMysql } = await Promise.all(/* import() */[__webpack_require__.e(1681), __webpack_require__.e(1633)]).then(__webpack_require__.bind(__webpack_require__, 11633));
        results.push(await replayMysql(of('mysql'), substituted));
    }
    return { ...joinReplays(results, diagnostics), stats: results.flatMap((r) => r.stats ?? []) };
}
/** Schemas of several engines as one: tables in set order, migrations numbered through. */
function joinReplays(results, diagnostics) {
    const facts = {
        dialect: 'postgres',
        migrations: [],
        tables: [],
        foreignKeys: [],
        indexes: [],
        enums: [],
    };
    const findings = [];
    let most = -1;
    for (const r of results) {
        // The dialect the docs name is the one most of the tables come from.
        if (r.facts.tables.length > most) {
            most = r.facts.tables.length;
            facts.dialect = r.facts.dialect;
        }
        const offset = facts.migrations.length;
        facts.migrations.push(...r.facts.migrations.map((m) => ({ ...m, order: m.order + offset })));
        const known = new Set(facts.tables.map((t) => t.id));
        facts.tables.push(...r.facts.tables.filter((t) => !known.has(t.id)));
        facts.foreignKeys.push(...r.facts.foreignKeys);
        facts.indexes.push(...r.facts.indexes);
        facts.enums.push(...r.facts.enums);
        findings.push(...r.findings);
        diagnostics.push(...r.diagnostics);
    }
    return { facts, findings, diagnostics };
}


/***/ })

};
