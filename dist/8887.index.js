export const id = 8887;
export const ids = [8887];
export const modules = {

/***/ 98887:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replaySqlite: () => (/* binding */ replaySqlite)
});

// EXTERNAL MODULE: ./lib/sources/isolate-extractor.js
var isolate_extractor = __webpack_require__(99594);
// EXTERNAL MODULE: ./lib/sources/migrations/forward-section.js
var forward_section = __webpack_require__(96973);
// EXTERNAL MODULE: ./lib/sources/common/vendor-import.js
var vendor_import = __webpack_require__(90146);
;// CONCATENATED MODULE: ./lib/sources/migrations/load-sqljs.js

let loading;
/**
 * sql.js is an Emscripten build: in Node it finds `sql-wasm.wasm` beside `sql-wasm.js`, which
 * holds in node_modules and in the bundle's `vendor/sqljs/` (the build copies both there).
 */
function loadSqlJs() {
    loading ??= (async () => {
        const mod = await (0,vendor_import/* importVendored */.D)('sqljs', 'sql-wasm.js', 'sql.js');
        return mod.default();
    })().catch((err) => {
        loading = undefined; // a failed load is not cached: the next run may succeed
        throw err;
    });
    return loading;
}
/** Every row `sql` gives, as objects keyed by column name. */
function queryRows(db, sql, params = []) {
    const stmt = db.prepare(sql);
    try {
        if (params.length > 0)
            stmt.bind(params);
        const rows = [];
        while (stmt.step())
            rows.push(stmt.getAsObject());
        return rows;
    }
    finally {
        stmt.free();
    }
}

// EXTERNAL MODULE: ./lib/sources/migrations/merge-catalog.js
var merge_catalog = __webpack_require__(73040);
// EXTERNAL MODULE: ./lib/sources/migrations/migration-layout.js + 3 modules
var migration_layout = __webpack_require__(39928);
// EXTERNAL MODULE: ./lib/sources/migrations/replay-cache.js
var replay_cache = __webpack_require__(4900);
// EXTERNAL MODULE: ./lib/sources/migrations/bookkeeping-tables.js
var bookkeeping_tables = __webpack_require__(56174);
;// CONCATENATED MODULE: ./lib/sources/migrations/sqlite-tokens.js
// A scanner for SQLite's lexical structure: just enough to find where statements end, which
// keyword a statement starts with, and the pieces of stored DDL the catalog pragmas do not give.
// It follows SQLite's own rules (tokenize.c): '…' strings, "…" `…` […] quoted names, -- and /* */
// comments, and identifier characters that include `$`, `_` and every non-ASCII character.
/** SQLite's whitespace is ASCII only (tab, newline, vertical tab, form feed, carriage return, space). */
function isSpace(code) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d);
}
function isWordChar(code) {
    return ((code >= 0x30 && code <= 0x39) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x61 && code <= 0x7a) ||
        code === 0x5f || // _
        code === 0x24 || // $
        code >= 0x80);
}
/** The token starting at `i` (which must be < text.length). */
function tokenAt(text, i) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
        let j = i + 1;
        while (j < text.length && isSpace(text.charCodeAt(j)))
            j++;
        return { kind: 'space', start: i, end: j };
    }
    if (c === '-' && text[i + 1] === '-') {
        const nl = text.indexOf('\n', i);
        return { kind: 'comment', start: i, end: nl < 0 ? text.length : nl };
    }
    if (c === '/' && text[i + 1] === '*') {
        const close = text.indexOf('*/', i + 2);
        return close < 0
            ? { kind: 'comment', start: i, end: text.length, unterminated: true }
            : { kind: 'comment', start: i, end: close + 2 };
    }
    if (c === "'" || c === '"' || c === '`') {
        // A doubled quote inside is the quote character itself, not the end.
        let j = i + 1;
        for (;;) {
            const close = text.indexOf(c, j);
            if (close < 0)
                return { kind: c === "'" ? 'string' : 'quoted', start: i, end: text.length, unterminated: true };
            if (text[close + 1] === c)
                j = close + 2;
            else
                return { kind: c === "'" ? 'string' : 'quoted', start: i, end: close + 1 };
        }
    }
    if (c === '[') {
        const close = text.indexOf(']', i + 1);
        return close < 0
            ? { kind: 'quoted', start: i, end: text.length, unterminated: true }
            : { kind: 'quoted', start: i, end: close + 1 };
    }
    if (c === ';')
        return { kind: 'semi', start: i, end: i + 1 };
    if (isWordChar(code)) {
        let j = i + 1;
        while (j < text.length && isWordChar(text.charCodeAt(j)))
            j++;
        return { kind: 'word', start: i, end: j };
    }
    return { kind: 'other', start: i, end: i + 1 };
}
/** Every token of `text` except spaces and comments. */
function codeTokens(text) {
    const out = [];
    for (let i = 0; i < text.length;) {
        const t = tokenAt(text, i);
        if (t.kind !== 'space' && t.kind !== 'comment')
            out.push(t);
        i = t.end;
    }
    return out;
}
/** A name as SQLite reads it: quotes removed (and doubled quotes undone); bare words as written. */
function unquoteName(raw) {
    const q = raw[0];
    if (q === '[' && raw.endsWith(']'))
        return raw.slice(1, -1);
    if ((q === '"' || q === '`' || q === "'") && raw.length >= 2 && raw.endsWith(q))
        return raw.slice(1, -1).replaceAll(q + q, q);
    return raw;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/sqlite-ddl-text.js

// What SQLite's catalog pragmas do not say, read from the CREATE text SQLite stores in
// sqlite_schema (its own normalised copy, already rewritten by every RENAME): the names of
// foreign key constraints, and the expressions of expression indexes.
/** The items of the first parenthesised list after token `from`, each as its tokens. */
function listItems(tokens, sql, from) {
    const open = tokens.findIndex((t, i) => i >= from && sql.slice(t.start, t.end) === '(');
    if (open < 0)
        return [];
    const items = [];
    let current = [];
    let depth = 0;
    for (const t of tokens.slice(open)) {
        const s = t.kind === 'other' ? sql.slice(t.start, t.end) : '';
        if (s === '(' && depth++ === 0)
            continue;
        if (s === ')' && --depth === 0)
            break;
        if (s === ',' && depth === 1) {
            items.push(current);
            current = [];
        }
        else
            current.push(t);
    }
    if (current.length > 0)
        items.push(current);
    return items;
}
const word = (sql, t) => t?.kind === 'word' ? sql.slice(t.start, t.end).toUpperCase() : '';
const nameOf = (sql, t) => unquoteName(sql.slice(t.start, t.end));
/**
 * Foreign keys given a name with `CONSTRAINT <name>` in a CREATE TABLE, by their child columns:
 * the table-level `CONSTRAINT n FOREIGN KEY (a, b) REFERENCES …` and the column-level
 * `a INTEGER CONSTRAINT n REFERENCES …`.
 */
function namedForeignKeys(createTableSql) {
    const sql = createTableSql;
    const tokens = codeTokens(sql);
    const out = [];
    for (const item of listItems(tokens, sql, 0)) {
        const head = word(sql, item[0]);
        if (head === 'CONSTRAINT' && item.length > 2 && word(sql, item[2]) === 'FOREIGN') {
            const columns = listItems(item, sql, 3).map((c) => nameOf(sql, c[0]));
            out.push({ name: nameOf(sql, item[1]), columns });
            continue;
        }
        if (['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN'].includes(head) || item.length === 0)
            continue;
        for (let k = 1; k + 2 < item.length; k++) {
            if (word(sql, item[k]) === 'CONSTRAINT' && word(sql, item[k + 2]) === 'REFERENCES')
                out.push({ name: nameOf(sql, item[k + 1]), columns: [nameOf(sql, item[0])] });
        }
    }
    return out;
}
/** The key items of a CREATE INDEX as written (`lower(email)`), without ASC/DESC. */
function indexKeyTexts(createIndexSql) {
    const sql = createIndexSql;
    const tokens = codeTokens(sql);
    const on = tokens.findIndex((t) => word(sql, t) === 'ON');
    if (on < 0)
        return [];
    return listItems(tokens, sql, on).map((item) => {
        const last = item[item.length - 1];
        const keep = ['ASC', 'DESC'].includes(word(sql, last)) ? item.slice(0, -1) : item;
        return keep.length === 0 ? '' : sql.slice(keep[0].start, keep[keep.length - 1].end);
    });
}

;// CONCATENATED MODULE: ./lib/sources/migrations/read-sqlite-catalog.js



/** SQLite has one schema per attached database; migrations create theirs in `main`. */
const SQLITE_SCHEMA = 'main';
/**
 * Reads tables, views, columns, keys, foreign keys and indexes from SQLite's own catalog
 * (sqlite_schema and the table-valued pragmas) after the migrations were replayed into it:
 * renames, drops, rebuilt tables and ALTERs are already applied. `problems` are what the
 * catalog holds that cannot be documented as is (a foreign key to a table that does not exist).
 */
function readSqliteCatalog(db) {
    const problems = [];
    // Internal tables (sqlite_schema, sqlite_sequence, sqlite_stat1: the prefix is reserved) and a
    // virtual table's shadow tables (its storage) are SQLite's, not the application's.
    const rels = queryRows(db, `SELECT l.name, l.type, l.wr, s.sql FROM pragma_table_list l
     LEFT JOIN sqlite_schema s ON s.name = l.name AND s.type IN ('table', 'view')
     WHERE l.schema = 'main' AND l.type <> 'shadow' AND lower(substr(l.name, 1, 7)) <> 'sqlite_'
     ORDER BY l.name`).filter((r) => !bookkeeping_tables/* BOOKKEEPING_TABLES */.X.has(r.name.toLowerCase()));
    const tables = [];
    const indexes = [];
    const uniqueSets = new Map();
    const byName = new Map();
    for (const r of rels) {
        const t = {
            id: `table:${SQLITE_SCHEMA}.${r.name}`,
            schema: SQLITE_SCHEMA,
            name: r.name,
            kind: r.type === 'view' ? 'view' : 'table',
            columns: [],
            primaryKey: [],
        };
        let cols = [];
        try {
            cols = queryRows(db, 'SELECT * FROM pragma_table_xinfo(?) ORDER BY cid', [r.name]);
        }
        catch (err) {
            // A view over a table a later migration dropped has no columns SQLite can name.
            problems.push(`${t.id}: its columns cannot be read (${err.message})`);
        }
        const tableIndexes = t.kind === 'table' ? readIndexes(db, r.name, t.id) : [];
        // An INTEGER PRIMARY KEY is the rowid itself (never NULL, though the pragma says notnull 0);
        // any other primary key of a rowid table, and every WITHOUT ROWID one, has an index of origin pk.
        const pkColumns = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
        const rowidAlias = r.wr === 0 && pkColumns.length === 1 && !tableIndexes.some((i) => i.primary);
        for (const c of cols) {
            if (c.hidden === 1)
                continue; // a virtual table's hidden column; 2 and 3 are generated columns
            const column = {
                id: `column:${SQLITE_SCHEMA}.${r.name}.${c.name}`,
                name: c.name,
                type: c.type,
                nullable: c.notnull === 0 && !(rowidAlias && c.pk > 0),
            };
            if (c.dflt_value !== null)
                column.default = c.dflt_value;
            t.columns.push(column);
        }
        t.primaryKey = pkColumns.map((c) => c.name);
        const unique = t.primaryKey.length > 0 ? [t.primaryKey] : [];
        for (const i of tableIndexes)
            if (i.unique)
                unique.push(i.columns);
        uniqueSets.set(r.name, unique);
        indexes.push(...tableIndexes);
        tables.push(t);
        byName.set(r.name.toLowerCase(), t);
    }
    indexes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const foreignKeys = [];
    const seen = new Set();
    for (const r of rels) {
        if (r.type === 'view')
            continue;
        const t = byName.get(r.name.toLowerCase());
        const rows = queryRows(db, 'SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq', [r.name]);
        const named = r.sql ? namedForeignKeys(r.sql) : [];
        for (const group of groupById(rows)) {
            const head = group[0];
            // SQLite accepts a reference to a table that does not exist (yet): there is no parent to draw.
            const parent = byName.get(head.table.toLowerCase());
            if (!parent) {
                problems.push(`${t.id} has a foreign key to ${head.table}, which the migrations never create`);
                continue;
            }
            const columns = group.map((g) => canonical(t, g.from));
            // `REFERENCES parent` without columns means the parent's primary key.
            const refColumns = group.every((g) => g.to !== null)
                ? group.map((g) => canonical(parent, g.to))
                : parent.primaryKey;
            const side = (table, cols) => `${SQLITE_SCHEMA}.${table.name}(${cols.join(',')})`;
            const id = `fk:${side(t, columns)}->${side(parent, refColumns)}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            const sameColumns = (set) => set.length === columns.length && set.every((x) => columns.some((c) => c.toLowerCase() === x.toLowerCase()));
            const declared = named.find((n) => sameColumns(n.columns));
            const unique = (uniqueSets.get(r.name) ?? []).some(sameColumns);
            const allNotNull = columns.every((name) => t.columns.find((col) => col.name === name)?.nullable === false);
            foreignKeys.push({
                id,
                // SQLite names a foreign key only when the DDL does (CONSTRAINT <name>); none is invented.
                name: declared?.name ?? '',
                table: t.id,
                columns,
                refTable: parent.id,
                refColumns,
                onDelete: head.on_delete,
                onUpdate: head.on_update,
                childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
                parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
            });
        }
    }
    foreignKeys.sort((a, b) => a.id.localeCompare(b.id));
    return { schema: { tables, foreignKeys, indexes, enums: [] }, problems };
}
function readIndexes(db, table, tableId) {
    const list = queryRows(db, 'SELECT * FROM pragma_index_list(?) ORDER BY name', [table]);
    return list.map((i) => {
        const keys = queryRows(db, 'SELECT * FROM pragma_index_info(?) ORDER BY seqno', [i.name]);
        const sql = queryRows(db, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?", [
            i.name,
        ])[0]?.sql ?? null;
        // An expression key has no column name (cid -2): its text as written in the CREATE INDEX.
        const written = sql && keys.some((k) => k.name === null) ? indexKeyTexts(sql) : [];
        const columns = keys.map((k, n) => k.name ?? (k.cid === -1 ? 'rowid' : (written[n] ?? '?')));
        // The automatic index behind a PRIMARY KEY or UNIQUE constraint has no CREATE text of its own.
        const definition = sql ?? `${i.origin === 'pk' ? 'PRIMARY KEY' : 'UNIQUE'} (${columns.join(', ')})`;
        return {
            id: `index:${SQLITE_SCHEMA}.${i.name}`,
            name: i.name,
            table: tableId,
            columns,
            unique: i.unique === 1,
            primary: i.origin === 'pk',
            definition,
        };
    });
}
function groupById(rows) {
    const groups = new Map();
    for (const r of rows)
        groups.set(r.id, [...(groups.get(r.id) ?? []), r]);
    // The pragma numbers a table's foreign keys from the last declared: first declared first, so a
    // duplicate keeps the first one's name.
    return [...groups.entries()].sort(([a], [b]) => b - a).map(([, g]) => g);
}
/** A column name as the table spells it (SQLite matches names without regard to case). */
function canonical(t, name) {
    return t.columns.find((c) => c.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/sqlite-data-batch.js
/** Statements that read or write rows only; a trigger they fire cannot change the schema either. */
const DATA_ONLY = new Set(['INSERT', 'UPDATE', 'DELETE', 'SELECT', 'REPLACE', 'WITH', 'VALUES']);
// Enough to make a 50 MB file of INSERTs cheap, few enough that a re-run (below) stays short.
const MAX_BATCH = 10_000;
/**
 * Runs consecutive data statements (seed rows, a table rebuild's copy) in one transaction: in
 * sql.js every autocommit writes the database file in Emscripten's file system, which made a
 * file of INSERTs several times slower than the same file in one transaction. The outcome must
 * be what autocommit gives, statement by statement, so:
 * - a statement that fails inside the transaction is undone alone (SQLite's rule for ordinary
 *   errors) and reported once the batch commits;
 * - when a failure took the whole transaction with it (ON CONFLICT ROLLBACK, RAISE(ROLLBACK)) or
 *   the COMMIT fails (a deferred foreign key), the batch is rolled back and run again one
 *   statement at a time in autocommit, and only that run's failures are reported.
 */
class DataBatch {
    db;
    onFailure;
    statements = [];
    failures = [];
    broken = false;
    constructor(db, onFailure) {
        this.db = db;
        this.onFailure = onFailure;
    }
    add(st) {
        if (this.statements.length === 0)
            this.db.run('BEGIN');
        this.statements.push(st);
        if (!this.broken) {
            try {
                this.db.run(st.text);
            }
            catch (err) {
                this.failures.push({ st, err });
                if (!this.inTransaction())
                    this.broken = true;
            }
        }
        if (this.statements.length >= MAX_BATCH)
            this.flush();
    }
    /** Commits what was added; call before any other statement runs and at the end of a file. */
    flush() {
        if (this.statements.length === 0)
            return;
        const { statements, failures, broken } = this;
        this.statements = [];
        this.failures = [];
        this.broken = false;
        if (!broken) {
            try {
                this.db.run('COMMIT');
                for (const f of failures)
                    this.onFailure(f.st, f.err);
                return;
            }
            catch {
                // a deferred constraint failed at COMMIT: find the statement that broke it, below
            }
        }
        try {
            this.db.run('ROLLBACK');
        }
        catch {
            // the transaction is already gone
        }
        for (const st of statements) {
            try {
                this.db.run(st.text);
            }
            catch (err) {
                this.onFailure(st, err);
            }
        }
    }
    /** SQLite refuses BEGIN inside a transaction: the one question sql.js lets us ask about it. */
    inTransaction() {
        try {
            this.db.run('BEGIN');
        }
        catch {
            return true;
        }
        this.db.run('ROLLBACK');
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/sources/migrations/sqlite-errors.js

const NEAR = /^near "(.*)": syntax error$/s;
const UNRECOGNIZED = /^unrecognized token: "(.*)"$/s;
/**
 * Explains an error SQLite raised for a statement. SQLite's messages carry no position (sql.js
 * does not expose sqlite3_error_offset), so the line of a syntax error is found by asking SQLite
 * again: the error is at the first occurrence of the token it names such that the statement cut
 * just after that token already fails with the same message (before it, the cut only reads as
 * incomplete). Compiling a cut runs nothing. Every cut past the error fails the same way, so the
 * occurrences are binary-searched: a 50 MB INSERT repeating the token costs a few compiles.
 */
function describeFailure(db, st, err) {
    const raw = err instanceof Error ? err.message : String(err);
    const lineOf = (offset) => st.line + (st.text.slice(0, offset).match(/\n/g)?.length ?? 0);
    const near = NEAR.exec(raw);
    if (near) {
        const token = near[1];
        const candidates = codeTokens(st.text).filter((t) => st.text.slice(t.start, t.end) === token);
        const at = firstFailing(candidates, (t) => failsWith(db, st.text.slice(0, t.end), raw)) ?? candidates[0];
        return { syntax: true, message: `syntax error near "${token}"`, line: at ? lineOf(at.start) : st.line };
    }
    if (raw === 'incomplete input') {
        const tokens = codeTokens(st.text);
        const last = tokens[tokens.length - 1];
        return {
            syntax: true,
            message: 'syntax error: the statement is incomplete (a missing closing parenthesis, quote, `;` or END?)',
            line: last ? lineOf(last.start) : st.line,
        };
    }
    const unrecognized = UNRECOGNIZED.exec(raw);
    if (unrecognized) {
        const at = st.text.indexOf(unrecognized[1]);
        return {
            syntax: true,
            message: `syntax error: unrecognized token "${unrecognized[1].slice(0, 80)}"`,
            line: at >= 0 ? lineOf(at) : st.line,
        };
    }
    return { syntax: false, message: raw.split('\n')[0].slice(0, 300), line: st.line };
}
function failsWith(db, sql, message) {
    try {
        db.prepare(sql).free();
        return false;
    }
    catch (err) {
        return err instanceof Error && err.message === message;
    }
}
/** The first item for which `fails` holds, given that it holds for every item after it too. */
function firstFailing(items, fails) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fails(items[mid]))
            hi = mid;
        else
            lo = mid + 1;
    }
    return items[lo];
}

;// CONCATENATED MODULE: ./lib/sources/migrations/sqlite-migration-rules.js

/** Reads CREATE TABLE, DROP TABLE and the ALTER TABLE forms SQLite has. Names are unquoted. */
function schemaChangeOf(st) {
    if (!['CREATE', 'DROP', 'ALTER'].includes(st.keyword))
        return undefined;
    const sql = st.text;
    const tokens = codeTokens(sql);
    const text = (t) => (t ? sql.slice(t.start, t.end) : '');
    const word = (k) => (tokens[k]?.kind === 'word' ? text(tokens[k]).toUpperCase() : '');
    let k = 1;
    /** A name at k, `schema.name` read as name; advances k past it. */
    const name = () => {
        if (text(tokens[k + 1]) === '.')
            k += 2;
        return unquoteName(text(tokens[k++]));
    };
    if (st.keyword === 'CREATE') {
        if (word(k) === 'TEMP' || word(k) === 'TEMPORARY')
            k++;
        if (word(k) === 'VIRTUAL')
            k++;
        if (word(k++) !== 'TABLE')
            return undefined;
        if (word(k) === 'IF')
            k += 3; // IF NOT EXISTS
        return { kind: 'create-table', table: name() };
    }
    if (st.keyword === 'DROP') {
        if (word(k++) !== 'TABLE')
            return undefined;
        if (word(k) === 'IF')
            k += 2; // IF EXISTS
        return { kind: 'drop-table', table: name() };
    }
    if (word(k++) !== 'TABLE')
        return undefined;
    const table = name();
    const action = word(k++);
    if (action === 'RENAME') {
        if (word(k) === 'TO') {
            k++;
            return { kind: 'rename-table', table, newName: name() };
        }
        if (word(k) === 'COLUMN')
            k++;
        const column = name();
        if (word(k++) !== 'TO')
            return undefined;
        return { kind: 'rename-column', table, column, newName: name() };
    }
    if (action === 'DROP') {
        if (word(k) === 'COLUMN')
            k++;
        return { kind: 'drop-column', table, column: name() };
    }
    return undefined;
}
/**
 * Findings for a statement that applied. `existedBefore`: whether its table existed before this
 * migration file (one created in the same file is not in anyone's use yet); `tableId` gives the
 * fact id of a table by the name the statement used. A dropped table is returned apart: it is a
 * finding only if the file does not create a table of that name again (SQLite's table rebuild:
 * create new, copy, drop old, rename new to old), which only the end of the file can tell.
 */
function sqliteFindings(change, st, file, existedBefore, tableId) {
    if (!change || change.kind === 'create-table' || !existedBefore)
        return { findings: [] };
    const make = (rule, message, factIds) => ({
        id: `finding:${rule}@${file}:${st.line}`,
        rule,
        severity: 'high',
        message,
        factIds,
        source: { file, line: st.line },
    });
    const t = change.table;
    switch (change.kind) {
        case 'drop-table':
            return {
                findings: [],
                dropped: {
                    table: t,
                    finding: make('ban-drop-table', `dropping table ${t} loses its data and breaks code still using it`, []),
                },
            };
        case 'rename-table':
            return {
                findings: [
                    make('renaming-table', `renaming ${t} to ${change.newName} breaks code using the old name until it is deployed`, []),
                ],
            };
        case 'rename-column':
            return {
                findings: [
                    make('renaming-column', `renaming ${t}.${change.column} to ${change.newName} breaks code using the old name until it is deployed`, [tableId(t)]),
                ],
            };
        case 'drop-column':
            return {
                findings: [
                    make('ban-drop-column', `dropping column ${change.column} of ${t} breaks code still reading it; deploy the code change first`, [tableId(t)]),
                ],
            };
    }
}

// EXTERNAL MODULE: ./lib/sources/migrations/split-statements.js
var split_statements = __webpack_require__(85529);
;// CONCATENATED MODULE: ./lib/sources/migrations/split-sqlite-statements.js


function afterWord(state, word) {
    switch (word) {
        case 'EXPLAIN':
            return state === 'start' ? 'explain' : inTrigger(state) ? 'trigger' : 'normal';
        case 'CREATE':
            return state === 'start' || state === 'explain' ? 'create' : inTrigger(state) ? 'trigger' : 'normal';
        case 'TEMP':
        case 'TEMPORARY':
            return state === 'create' ? 'create' : inTrigger(state) ? 'trigger' : 'normal';
        case 'TRIGGER':
            return state === 'create' || inTrigger(state) ? 'trigger' : 'normal';
        case 'END':
            return state === 'semi' ? 'end' : inTrigger(state) ? 'trigger' : 'normal';
        default:
            return afterOther(state);
    }
}
function afterOther(state) {
    if (state === 'explain')
        return 'explain';
    return inTrigger(state) ? 'trigger' : 'normal';
}
const MATTERS_IN_NORMAL = /[;'"`[\-/]/g;
function inTrigger(state) {
    return state === 'trigger' || state === 'semi' || state === 'end';
}
/**
 * Splits SQLite SQL into statements and sqlite3 shell commands, in the order they appear. A
 * statement the text ends inside is returned too (marked `incomplete`): the shell runs it as
 * well, and it fails there just as it fails here, at its own line.
 */
function splitSqliteStatements(sql, lineOffset = 0) {
    const lines = (0,split_statements/* lineStarts */._$)(sql);
    const statements = [];
    const shellCommands = [];
    let state = 'start';
    let first;
    let keyword = '';
    const finish = (end, incomplete) => {
        if (!first)
            return;
        const st = {
            text: sql.slice(first.start, end),
            start: first.start,
            line: (0,split_statements/* lineAt */.mh)(lines, first.start) + lineOffset,
            keyword,
        };
        if (incomplete)
            st.incomplete = true;
        statements.push(st);
        first = undefined;
        keyword = '';
    };
    for (let i = 0; i < sql.length;) {
        // The shell reads a line starting with `.` between statements as one of its own commands.
        if (state === 'start' && sql[i] === '.' && (i === 0 || sql[i - 1] === '\n')) {
            const nl = sql.indexOf('\n', i);
            const end = nl < 0 ? sql.length : nl;
            shellCommands.push({ command: sql.slice(i, end).trim(), line: (0,split_statements/* lineAt */.mh)(lines, i) + lineOffset });
            i = end;
            continue;
        }
        if (state === 'normal') {
            // In an ordinary statement only a `;`, a quote or a comment can matter: jump to the next.
            MATTERS_IN_NORMAL.lastIndex = i;
            const next = MATTERS_IN_NORMAL.exec(sql);
            if (!next)
                break;
            i = next.index;
        }
        const t = tokenAt(sql, i);
        i = t.end;
        // An open quote or comment runs to the end of the text, so no `;` can follow it: the
        // statement it is in ends up `incomplete` below.
        if (t.kind === 'space' || t.kind === 'comment')
            continue;
        if (t.kind === 'semi') {
            if (state === 'trigger' || state === 'semi')
                state = 'semi';
            else {
                state = 'start';
                finish(t.end, false);
            }
            continue;
        }
        if (!first) {
            first = t;
            keyword = t.kind === 'word' ? sql.slice(t.start, t.end).toUpperCase() : '';
        }
        state = t.kind === 'word' ? afterWord(state, sql.slice(t.start, t.end).toUpperCase()) : afterOther(state);
    }
    finish(sql.length, true);
    return { statements, shellCommands };
}

;// CONCATENATED MODULE: ./lib/sources/migrations/replay-sqlite.js












/**
 * Replays each migration set, statement by statement, into a fresh in-memory SQLite (the real
 * engine, in WASM) and reads the resulting schema from its catalog. A statement that fails is
 * reported with file:line and skipped; the rest still apply, so one bad migration does not blank
 * the model. The files are replayed on one connection, as a migration tool runs them.
 */
async function replaySqlite(sets, texts, options = {}) {
    const facts = { dialect: 'sqlite', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] };
    const diagnostics = [];
    const findings = [];
    const stats = [];
    if (sets.length === 0)
        return { facts, diagnostics, findings, stats };
    let sqlite;
    try {
        sqlite = await loadSqlJs();
    }
    catch (err) {
        for (const set of sets)
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
        return { facts, diagnostics, findings, stats };
    }
    let order = 0;
    for (const set of sets) {
        const chain = options.cache && progressChain(sqlite, set, texts);
        let resumed = options.cache && chain ? await storedProgress(options.cache, `sqlite ${set.dir}`, chain) : undefined;
        let db;
        try {
            const stored = resumed && (await openStored(sqlite, resumed));
            if (!stored)
                resumed = undefined; // none, or it did not open: replay in full
            db = stored || new sqlite.Database();
            // sql.js keeps its database as a file in Emscripten's in-memory file system: a rollback
            // journal in memory and no syncs halve the cost of each autocommit, and nothing here needs
            // to survive a crash.
            db.run('PRAGMA journal_mode = MEMORY');
            db.run('PRAGMA synchronous = OFF');
        }
        catch (err) {
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
            continue;
        }
        try {
            const schema = new SchemaTracker(db, resumed?.progress.created);
            const done = [];
            const record = (outcome) => {
                done.push(outcome);
                facts.migrations.push({ ...outcome.migration, order: ++order });
                diagnostics.push(...outcome.diagnostics);
                findings.push(...outcome.findings);
            };
            // The stored files' outcomes are reported again, in place: as a full replay reports them.
            for (const outcome of resumed?.progress.files ?? [])
                record(outcome);
            const applyStarted = Date.now();
            for (const mf of set.files.slice(done.length)) {
                const outcome = {
                    migration: { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 },
                    diagnostics: [],
                    findings: [],
                };
                try {
                    const text = texts.get(mf.file) ?? '';
                    outcome.migration = applyFile(db, schema, mf, text, outcome.diagnostics, outcome.findings);
                }
                catch (err) {
                    // One file the engine cannot cope with costs that file, not the set.
                    outcome.diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', mf.file, err));
                }
                record(outcome);
            }
            const { schema: catalog, problems } = readSqliteCatalog(db);
            for (const message of problems)
                diagnostics.push({ severity: 'warning', stage: 'migrations', file: set.dir, message });
            (0,merge_catalog/* mergeCatalog */.W)(facts, catalog, schema.created, set.dir, diagnostics);
            const restored = resumed?.progress.files.length ?? 0;
            stats.push({ dir: set.dir, files: set.files.length, restored, applied: done.length - restored });
            if (options.cache && chain && done.length > restored && (0,replay_cache/* worthStoring */.zq)(options.cache, applyStarted)) {
                await store(options.cache, `sqlite ${set.dir}`, chain[done.length], db, {
                    files: done,
                    created: [...schema.created],
                });
            }
        }
        catch (err) {
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
        }
        finally {
            db.close();
        }
    }
    return { facts, diagnostics, findings, stats };
}
// Settings of the connection, not of the database file, that a migration may set and that change
// what later statements do; a stored database is reopened with them.
const CONNECTION_PRAGMAS = [
    'foreign_keys',
    'legacy_alter_table',
    'recursive_triggers',
    'defer_foreign_keys',
    'ignore_check_constraints',
    'automatic_index',
    'reverse_unordered_selects',
    'trusted_schema',
];
const readPragmas = (db) => CONNECTION_PRAGMAS.map((name) => [name, Number(Object.values(queryRows(db, `PRAGMA ${name}`)[0] ?? {})[0] ?? 0)]);
/** The set's hash chain: engine and set first, then each file's place, applied text and rollback. */
function progressChain(sqlite, set, texts) {
    const probe = new sqlite.Database();
    const version = queryRows(probe, 'SELECT sqlite_version() AS v')[0]?.v;
    probe.close();
    const steps = set.files.map((mf) => {
        const fullText = texts.get(mf.file) ?? '';
        const { text, lineOffset } = (0,forward_section/* forwardSection */.V)(fullText, mf.section);
        const rollback = mf.down ?? ((0,migration_layout/* hasDownSection */.Ct)(fullText, mf.section) ? mf.file : null);
        return JSON.stringify([mf.file, lineOffset, rollback, text]);
    });
    return (0,replay_cache/* hashChain */.ud)(['sqlite', version, set.dir, set.layout], steps);
}
async function storedProgress(cache, group, chain) {
    const hit = await (0,replay_cache/* longestCachedPrefix */.ne)(cache, group, chain);
    const progress = hit?.entry.meta;
    if (!hit || !Array.isArray(progress?.files) || progress.files.length !== hit.steps)
        return undefined;
    return { progress, state: hit.entry.state };
}
/** The stored database on a connection set as the stored one was; undefined when it does not open. */
async function openStored(sqlite, resumed) {
    const bytes = await resumed.state();
    if (!bytes)
        return undefined;
    let db;
    try {
        db = new sqlite.Database(bytes);
        queryRows(db, 'SELECT count(*) FROM sqlite_schema'); // a file that is no database fails here
        for (const [name, value] of resumed.progress.pragmas ?? []) {
            if (CONNECTION_PRAGMAS.includes(name))
                db.run(`PRAGMA ${name} = ${Number(value)}`);
        }
        if (JSON.stringify(readPragmas(db)) === JSON.stringify(resumed.progress.pragmas))
            return db;
    }
    catch {
        // unreadable: replay in full
    }
    db?.close();
    return undefined;
}
/** Stores the database after the files in `progress`, unless the connection holds temporary objects. */
async function store(cache, group, hash, db, progress) {
    try {
        if (queryRows(db, 'SELECT 1 FROM sqlite_temp_schema LIMIT 1').length > 0)
            return;
        const pragmas = readPragmas(db);
        // Last: export() closes and reopens the connection, which resets its settings.
        const bytes = new Uint8Array(db.export());
        await (0,replay_cache/* storeCacheEntry */.KY)(cache, group, hash, { meta: { ...progress, pragmas }, state: bytes });
    }
    catch {
        // storing only saves a later run time
    }
}
// Transactions are the migration tool's business; statement-by-statement autocommit lets one
// failure be skipped without leaving a transaction open over everything after it.
const TRANSACTION_CONTROL = new Set(['BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE']);
// sqlite3 shell commands that only change how the shell prints or reacts to errors.
const SHELL_SETTINGS = new Set([
    'bail',
    'changes',
    'echo',
    'eqp',
    'explain',
    'headers',
    'mode',
    'nullvalue',
    'output',
    'print',
    'separator',
    'show',
    'stats',
    'timeout',
    'timer',
    'width',
]);
function applyFile(db, schema, mf, fullText, diagnostics, findings) {
    const { text, lineOffset } = (0,forward_section/* forwardSection */.V)(fullText, mf.section);
    const migration = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
    const rollback = mf.down ?? ((0,migration_layout/* hasDownSection */.Ct)(fullText, mf.section) ? mf.file : undefined);
    if (rollback !== undefined)
        migration.rollback = rollback;
    const report = (severity, line, message) => diagnostics.push({ severity, stage: 'migrations', file: mf.file, line, message });
    const template = /\{\{[^{}]*\}\}/.exec(text);
    if (template)
        report('warning', lineOffset + (0,split_statements/* lineAt */.mh)((0,split_statements/* lineStarts */._$)(text), template.index), 'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written');
    const { statements, shellCommands } = splitSqliteStatements(text, lineOffset);
    for (const c of shellCommands) {
        const name = /^\.(\w+)/.exec(c.command)?.[1]?.toLowerCase() ?? '';
        if (!SHELL_SETTINGS.has(name))
            report('notice', c.line, `sqlite3 shell command "${c.command.slice(0, 80)}" is not replayed (only SQL is)`);
    }
    // Tables this file creates: changing them locks nothing anyone is using yet.
    const createdHere = new Set();
    const drops = [];
    const failed = (st, err) => {
        migration.failed++;
        const failure = describeFailure(db, st, err);
        if (failure.syntax)
            report('error', failure.line, failure.message);
        else
            report('warning', failure.line, `statement failed in replay and was skipped: ${failure.message}`);
    };
    const rows = new DataBatch(db, failed);
    try {
        for (const st of statements)
            applyStatement(st);
    }
    finally {
        rows.flush(); // never leave a transaction open over the next file
    }
    // A table dropped and made again in the same file (SQLite's table rebuild) was not dropped.
    for (const d of drops)
        if (!schema.has(d.table))
            findings.push(d.finding);
    return migration;
    function applyStatement(st) {
        migration.statements++;
        if (TRANSACTION_CONTROL.has(st.keyword))
            return;
        if (st.text.includes('\0')) {
            // SQLite reads text up to a NUL only: what follows would silently not run.
            migration.failed++;
            report('error', st.line, 'statement holds a NUL character (is the file binary or mis-encoded?); skipped');
            return;
        }
        if (DATA_ONLY.has(st.keyword)) {
            rows.add(st);
            return;
        }
        rows.flush();
        const change = schemaChangeOf(st);
        const existedBefore = change !== undefined && schema.has(change.table) && !createdHere.has(lower(change.table));
        try {
            schema.run(st, mf.file);
        }
        catch (err) {
            failed(st, err);
            return;
        }
        const tableId = (t) => `table:${SQLITE_SCHEMA}.${schema.nameOf(t) ?? t}`;
        const r = sqliteFindings(change, st, mf.file, existedBefore, tableId);
        findings.push(...r.findings);
        if (r.dropped)
            drops.push(r.dropped);
        if (change?.kind === 'create-table')
            createdHere.add(lower(change.table));
        if (change?.kind === 'rename-table' && createdHere.has(lower(change.table)))
            createdHere.add(lower(change.newName));
    }
}
const lower = (s) => s.toLowerCase();
/**
 * Runs statements and remembers which one created (or renamed into being) each table and view,
 * for file:line in the docs — by watching SQLite's schema cookie rather than parsing the SQL, so
 * `CREATE TABLE … AS`, quoted names and renames are all seen as SQLite saw them.
 */
class SchemaTracker {
    db;
    created;
    names = new Map();
    version;
    /** `created`: what a stored replay of the earlier files had seen made, when resuming one. */
    constructor(db, created = []) {
        this.db = db;
        this.created = new Map(created);
        this.version = this.readVersion();
        // A resumed database already holds tables: they are not new to the next statement.
        this.names = this.readNames();
    }
    /** Whether a table or view of this name (any case) is in the main schema now. */
    has(name) {
        return this.names.has(lower(name));
    }
    /** The name as the schema spells it. */
    nameOf(name) {
        return this.names.get(lower(name));
    }
    run(st, file) {
        this.db.run(st.text);
        const version = this.readVersion();
        if (version === this.version)
            return;
        this.version = version;
        const before = this.names;
        this.names = this.readNames();
        // As in the PostgreSQL replay: a table keeps the statement that first created it, unless a
        // rename brought it into being (a rebuilt table's source is the rename that finished it).
        const at = { file, line: st.line };
        for (const [key, name] of this.names) {
            if (before.has(key))
                continue;
            const id = `table:${SQLITE_SCHEMA}.${name}`;
            if (!this.created.has(id) || st.keyword === 'ALTER')
                this.created.set(id, at);
        }
    }
    readNames() {
        const rows = queryRows(this.db, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')");
        return new Map(rows.map((r) => [lower(r.name), r.name]));
    }
    readVersion() {
        return Number(queryRows(this.db, 'PRAGMA schema_version')[0]?.schema_version ?? 0);
    }
}


/***/ })

};
