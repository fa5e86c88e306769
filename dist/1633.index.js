export const id = 1633;
export const ids = [1633];
export const modules = {

/***/ 11633:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  replayMysql: () => (/* binding */ replayMysql)
});

// UNUSED EXPORTS: DEFAULT_MYSQL_DATABASE, replayMysqlSet

// EXTERNAL MODULE: ./lib/sources/isolate-extractor.js
var isolate_extractor = __webpack_require__(99594);
// EXTERNAL MODULE: ./lib/sources/migrations/migration-layout.js + 3 modules
var migration_layout = __webpack_require__(39928);
// EXTERNAL MODULE: ./lib/sources/migrations/forward-section.js
var forward_section = __webpack_require__(96973);
// EXTERNAL MODULE: ./lib/sources/migrations/bookkeeping-tables.js
var bookkeeping_tables = __webpack_require__(56174);
// EXTERNAL MODULE: ./lib/sources/migrations/split-statements.js
var split_statements = __webpack_require__(85529);
;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-statements.js

// `DELIMITER //` is a client command, read at the start of a line when no statement is open.
const DELIMITER_COMMAND = /^[ \t]*delimiter[ \t]+(\S+)[^\n]*/i;
/**
 * Splits a script into statements. `lineOffset` is added to every line (a dbmate/goose up
 * section starts below line 1 of its file).
 */
function splitMysqlStatements(sql, lineOffset = 0) {
    const lines = (0,split_statements/* lineStarts */._$)(sql);
    const out = [];
    let delimiter = ';';
    let start = -1; // offset of the open statement's first code character, -1 when none is open
    const close = (end) => {
        if (start >= 0) {
            const text = sql.slice(start, end).trimEnd();
            if (text)
                out.push({ text, offset: start, line: (0,split_statements/* lineAt */.mh)(lines, start) + lineOffset });
        }
        start = -1;
    };
    const routine = new RoutineBody();
    let i = 0;
    while (i < sql.length) {
        if (start < 0 && (i === 0 || sql[i - 1] === '\n')) {
            const command = DELIMITER_COMMAND.exec(sql.slice(i, endOfLine(sql, i)));
            if (command) {
                delimiter = command[1];
                i += command[0].length;
                continue;
            }
        }
        const c = sql[i];
        if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
            i++;
        }
        else if (c === '#' || isDashComment(sql, i)) {
            i = endOfLine(sql, i);
        }
        else if (c === '/' && sql[i + 1] === '*') {
            // An executable comment (`/*!40101 … */`) is code the server runs; a plain one is not.
            if (sql[i + 2] === '!' || (sql[i + 2] === 'M' && sql[i + 3] === '!'))
                start = start < 0 ? i : start;
            const end = sql.indexOf('*/', i + 2);
            i = end < 0 ? sql.length : end + 2;
        }
        else if (sql.startsWith(delimiter, i) && !(delimiter === ';' && routine.open())) {
            close(i);
            routine.reset();
            i += delimiter.length;
        }
        else if (c === "'" || c === '"' || c === '`') {
            if (start < 0)
                start = i;
            i = endOfQuoted(sql, i);
        }
        else if (/[A-Za-z_]/.test(c)) {
            if (start < 0)
                start = i;
            let j = i + 1;
            // A name may hold `$`, but `END$$` ends at a `$$` delimiter.
            while (j < sql.length && /[A-Za-z0-9_$]/.test(sql[j]) && !sql.startsWith(delimiter, j))
                j++;
            routine.word(sql.slice(i, j).toUpperCase());
            i = j;
        }
        else {
            if (start < 0)
                start = i;
            i++;
        }
    }
    close(sql.length);
    return out;
}
const ROUTINES = new Set(['PROCEDURE', 'FUNCTION', 'TRIGGER', 'EVENT']);
const NOT_CLOSING = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT', 'FOR']);
/**
 * Follows the words of the open statement: whether it is a stored routine, and how deep in
 * BEGIN … END (and CASE … END) blocks it is. END IF / END LOOP / END WHILE / END REPEAT close
 * blocks that were never counted; END CASE closes a CASE statement like END closes a CASE expression.
 */
class RoutineBody {
    words = [];
    isRoutine = false;
    depth = 0;
    afterEnd = false;
    reset() {
        this.words = [];
        this.isRoutine = false;
        this.depth = 0;
        this.afterEnd = false;
    }
    open() {
        // An END just read closes its block unless an IF/LOOP/… follows: at a delimiter, nothing does.
        return this.isRoutine && this.depth - (this.afterEnd ? 1 : 0) > 0;
    }
    word(w) {
        if (this.words.length < 8) {
            this.words.push(w);
            if (!this.isRoutine && this.words[0] === 'CREATE' && ROUTINES.has(w)) {
                // CREATE [OR REPLACE] [DEFINER = user [@host]] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT
                const between = this.words.slice(1, -1);
                const modifiers = new Set(['OR', 'REPLACE', 'DEFINER', 'AGGREGATE', 'CURRENT_USER']);
                this.isRoutine =
                    between.length <= 4 && between.every((x, n) => modifiers.has(x) || between[n - 1] === 'DEFINER');
            }
        }
        if (!this.isRoutine)
            return;
        if (this.afterEnd) {
            this.afterEnd = false;
            if (NOT_CLOSING.has(w))
                return;
            this.depth = Math.max(0, this.depth - 1);
            if (w === 'CASE')
                return; // END CASE closes the CASE counted when it opened
        }
        if (w === 'BEGIN' || w === 'CASE')
            this.depth++;
        else if (w === 'END')
            this.afterEnd = true;
    }
}
/** `--` starts a comment only when followed by a space, a control character or the end. */
function isDashComment(sql, i) {
    if (sql[i] !== '-' || sql[i + 1] !== '-')
        return false;
    const next = sql.charCodeAt(i + 2);
    return Number.isNaN(next) || next <= 32;
}
function endOfLine(sql, i) {
    const nl = sql.indexOf('\n', i);
    return nl < 0 ? sql.length : nl;
}
/**
 * Offset just past a quoted string or identifier starting at `i`. Strings take backslash escapes
 * (MySQL's default SQL mode); every quote kind may be doubled to stand for itself.
 */
function endOfQuoted(sql, i) {
    const q = sql[i];
    let j = i + 1;
    while (j < sql.length) {
        const c = sql[j];
        if (c === '\\' && q !== '`')
            j += 2;
        else if (c === q && sql[j + 1] === q)
            j += 2;
        else if (c === q)
            return j + 1;
        else
            j++;
    }
    return sql.length;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-lexer.js

/**
 * The newest server version whose executable comments run: MariaDB 10.11 runs `/*!NNNNN … *\/`
 * and `/*M!NNNNNN … *\/` when NNNNN is at most its own version (101199 covers every 10.11.x).
 */
const SERVER_VERSION = 101199;
const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;
const TWO_CHAR_OPS = new Set([':=', '<=', '>=', '<>', '!=', '||', '&&', '->', '<<', '>>']);
/** The tokens of one statement; comments are dropped, executable comments opened. */
function tokenize(sql) {
    const out = [];
    let inExecutable = false;
    let i = 0;
    const push = (kind, start, end, value) => {
        const text = sql.slice(start, end);
        out.push({ kind, text, value: value ?? text, upper: kind === 'word' ? text.toUpperCase() : '', start, end });
    };
    while (i < sql.length) {
        const c = sql[i];
        const next = sql[i + 1];
        if (/\s/.test(c)) {
            i++;
        }
        else if (c === '#' || isDashComment(sql, i)) {
            const nl = sql.indexOf('\n', i);
            i = nl < 0 ? sql.length : nl + 1;
        }
        else if (c === '/' && next === '*') {
            const executable = /^\/\*M?!(\d{5,6})?/.exec(sql.slice(i, i + 10));
            const version = executable?.[1] ? Number(executable[1]) : 0;
            if (executable && version <= SERVER_VERSION && !inExecutable) {
                inExecutable = true;
                i += executable[0].length;
            }
            else {
                const close = sql.indexOf('*/', i + 2);
                i = close < 0 ? sql.length : close + 2;
            }
        }
        else if (c === '*' && next === '/' && inExecutable) {
            inExecutable = false;
            i += 2;
        }
        else if (c === "'" || c === '"') {
            const end = endOfQuoted(sql, i);
            push('string', i, end, unescapeString(sql.slice(i + 1, Math.max(i + 1, end - 1)), c));
            i = end;
        }
        else if (c === '`') {
            const end = endOfQuoted(sql, i);
            push('ident', i, end, sql.slice(i + 1, Math.max(i + 1, end - 1)).replaceAll('``', '`'));
            i = end;
        }
        else if ((c === 'x' || c === 'X' || c === 'b' || c === 'B') && next === "'") {
            const end = endOfQuoted(sql, i + 1);
            push(c === 'x' || c === 'X' ? 'hex' : 'bit', i, end, sql.slice(i + 2, end - 1));
            i = end;
        }
        else if ((c === 'n' || c === 'N') && next === "'") {
            // National string N'…': the same string in the national character set.
            const end = endOfQuoted(sql, i + 1);
            push('string', i, end, unescapeString(sql.slice(i + 2, end - 1), "'"));
            i = end;
        }
        else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next ?? ''))) {
            const end = numberEnd(sql, i);
            // A name may start with digits (`1st_column`): then it is a word, not a number.
            if (end < sql.length && WORD_CHAR.test(sql[end]) && !/^0[xb]/i.test(sql.slice(i, end))) {
                let j = end;
                while (j < sql.length && WORD_CHAR.test(sql[j]))
                    j++;
                push('word', i, j);
                i = j;
            }
            else {
                push('number', i, end);
                i = end;
            }
        }
        else if (WORD_CHAR.test(c)) {
            let j = i + 1;
            while (j < sql.length && WORD_CHAR.test(sql[j]))
                j++;
            push('word', i, j);
            i = j;
        }
        else if (c === '@') {
            let j = i + 1;
            if (sql[j] === '@')
                j++;
            if (sql[j] === "'" || sql[j] === '"' || sql[j] === '`')
                j = endOfQuoted(sql, j);
            else
                while (j < sql.length && (WORD_CHAR.test(sql[j]) || sql[j] === '.'))
                    j++;
            push('var', i, j);
            i = j;
        }
        else {
            const two = sql.slice(i, i + 2);
            const three = sql.slice(i, i + 3);
            const len = three === '<=>' || three === '->>' ? 3 : TWO_CHAR_OPS.has(two) ? 2 : 1;
            push('op', i, i + len);
            i += len;
        }
    }
    return out;
}
function numberEnd(sql, i) {
    const hex = /^0x[0-9a-f]+|^0b[01]+/i.exec(sql.slice(i, i + 200));
    if (hex)
        return i + hex[0].length;
    const m = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/i.exec(sql.slice(i, i + 400));
    return i + (m ? m[0].length : 1);
}
const ESCAPES = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a' };
function unescapeString(body, quote) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\' && i + 1 < body.length) {
            const e = body[++i];
            // `\%` and `\_` keep their backslash (they are LIKE escapes); others stand for themselves.
            out += ESCAPES[e] ?? (e === '%' || e === '_' ? `\\${e}` : e);
        }
        else if (c === quote && body[i + 1] === quote) {
            out += quote;
            i++;
        }
        else
            out += c;
    }
    return out;
}
/** Whether a token is the (unquoted) keyword `word`. */
function isWord(t, ...words) {
    return t !== undefined && t.kind === 'word' && words.includes(t.upper);
}
/** Whether a token is the punctuation `op`. */
function isOp(t, op) {
    return t !== undefined && t.kind === 'op' && t.text === op;
}
/** A name as written: a word, a back-quoted identifier or (where MySQL allows it) a string. */
function isName(t) {
    return t !== undefined && (t.kind === 'word' || t.kind === 'ident');
}
/** Index just past the parenthesised group opening at `tokens[i]` (which must be `(`). */
function groupEnd(tokens, i) {
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
        if (isOp(tokens[j], '('))
            depth++;
        else if (isOp(tokens[j], ')') && --depth === 0)
            return j + 1;
    }
    return tokens.length;
}
/** Splits tokens[from, to) at commas outside parentheses. */
function splitAtCommas(tokens, from, to) {
    const parts = [];
    let depth = 0;
    let start = from;
    for (let j = from; j < to; j++) {
        const t = tokens[j];
        if (isOp(t, '('))
            depth++;
        else if (isOp(t, ')'))
            depth--;
        else if (depth === 0 && isOp(t, ',')) {
            parts.push([start, j]);
            start = j + 1;
        }
    }
    if (start < to)
        parts.push([start, to]);
    return parts;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-catalog.js


const quoteName = (name) => `\`${name.replaceAll('`', '``')}\``;
/**
 * Facts from a catalog. Ids follow the PostgreSQL path with the database as the schema
 * (`table:main.orders`); index ids name their table too (`index:main.orders.status_idx`),
 * since MySQL index names are unique per table, not per database. ENUM columns keep their
 * `enum('a','b')` type and are listed as enums named `<table>.<column>`.
 */
function catalogToFacts(catalog, created) {
    const tables = new Map();
    for (const t of catalog.tables) {
        if (bookkeeping_tables/* BOOKKEEPING_TABLES */.X.has(t.name))
            continue;
        const table = {
            id: `table:${t.schema}.${t.name}`,
            schema: t.schema,
            name: t.name,
            kind: t.kind,
            columns: [],
            primaryKey: [],
            ...(t.comment ? { comment: t.comment } : {}),
        };
        const source = created.get(`${t.schema}.${t.name}`);
        if (source)
            table.source = source;
        tables.set(table.id, table);
    }
    const enums = [];
    for (const c of catalog.columns) {
        const t = tables.get(`table:${c.schema}.${c.table}`);
        if (!t)
            continue;
        const column = {
            id: `column:${c.schema}.${c.table}.${c.name}`,
            name: c.name,
            type: c.type,
            nullable: c.nullable,
        };
        if (c.default !== null && c.default !== 'NULL')
            column.default = c.default;
        if (/\bauto_increment\b/i.test(c.extra))
            column.identity = 'auto-increment';
        t.columns.push(column);
        if (t.kind === 'table' && c.type.startsWith('enum(')) {
            enums.push({
                id: `enum:${c.schema}.${c.table}.${c.name}`,
                schema: c.schema,
                name: `${c.table}.${c.name}`,
                values: tokenize(c.type.slice(4))
                    .filter((x) => x.kind === 'string')
                    .map((x) => x.value),
            });
        }
    }
    const uniqueSets = new Map();
    const indexes = [];
    for (const i of catalog.indexes) {
        const t = tables.get(`table:${i.schema}.${i.table}`);
        if (!t)
            continue;
        const columns = i.parts.map((p) => p.column);
        const primary = i.name === 'PRIMARY';
        if (primary)
            t.primaryKey = columns;
        if (i.unique)
            uniqueSets.set(t.id, [...(uniqueSets.get(t.id) ?? []), columns]);
        indexes.push({
            id: `index:${i.schema}.${i.table}.${i.name}`,
            name: i.name,
            table: t.id,
            columns,
            unique: i.unique,
            primary,
            definition: indexDefinition(i),
        });
    }
    const foreignKeys = [];
    const seen = new Set();
    for (const f of catalog.foreignKeys) {
        const t = tables.get(`table:${f.schema}.${f.table}`);
        if (!t)
            continue;
        const from = `${f.schema}.${f.table}(${f.columns.join(',')})`;
        const id = `fk:${from}->${f.refSchema}.${f.refTable}(${f.refColumns.join(',')})`;
        // MariaDB allows the same foreign key twice under two names; the model has one id for both.
        if (seen.has(id))
            continue;
        seen.add(id);
        const unique = (uniqueSets.get(t.id) ?? []).some((set) => set.length === f.columns.length && set.every((x) => f.columns.includes(x)));
        const allNotNull = f.columns.every((name) => t.columns.find((c) => c.name === name)?.nullable === false);
        foreignKeys.push({
            id,
            name: f.name,
            table: t.id,
            columns: f.columns,
            refTable: `table:${f.refSchema}.${f.refTable}`,
            refColumns: f.refColumns,
            onDelete: f.onDelete,
            onUpdate: f.onUpdate,
            childCardinality: unique ? 'zero-or-one' : 'zero-or-more',
            parentCardinality: allNotNull ? 'exactly-one' : 'zero-or-one',
        });
    }
    foreignKeys.sort((a, b) => a.id.localeCompare(b.id));
    indexes.sort((a, b) => a.id.localeCompare(b.id));
    return { tables: [...tables.values()], foreignKeys, indexes, enums };
}
/** An index as SHOW CREATE TABLE writes it: `UNIQUE KEY \`u\` (\`a\`,\`b\`(10))`. */
function indexDefinition(i) {
    const parts = i.parts.map((p) => `${quoteName(p.column)}${p.subPart !== null ? `(${p.subPart})` : ''}`).join(',');
    if (i.name === 'PRIMARY')
        return `PRIMARY KEY (${parts})`;
    const kind = i.type === 'FULLTEXT' ? 'FULLTEXT KEY' : i.type === 'SPATIAL' ? 'SPATIAL KEY' : i.unique ? 'UNIQUE KEY' : 'KEY';
    return `${kind} ${quoteName(i.name)} (${parts})${i.type === 'HASH' ? ' USING HASH' : ''}`;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-errors.js
/** A statement that cannot be read: a syntax error, or a form neither reader knows. */
class MysqlError extends Error {
    at;
    offset;
    constructor(message, 
    /** The token where reading stopped, for the line of the diagnostic. */
    at, 
    /** Or, when node-sql-parser stopped, the offset in the statement. */
    offset) {
        super(message);
        this.at = at;
        this.offset = offset;
    }
}
/** What a MariaDB server would refuse, said as the server says it (`Table 'main.x' doesn't exist`). */
class ServerError extends Error {
}
/** What the server would do but the model cannot follow without running the statement (a notice). */
class ModelNotice extends Error {
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-column-types.js


const INTEGER_WIDTHS = {
    tinyint: [4, 3],
    smallint: [6, 5],
    mediumint: [9, 8],
    int: [11, 10],
    bigint: [20, 20],
};
const INTEGER_TYPES = new Set(Object.keys(INTEGER_WIDTHS));
const TEXT_TYPES = ['tinytext', 'text', 'mediumtext', 'longtext'];
const BLOB_TYPES = ['tinyblob', 'blob', 'mediumblob', 'longblob'];
/** Bytes each TINY/-/MEDIUM/LONG text or blob type holds. */
const LOB_CAPACITY = [255, 65_535, 16_777_215, 4_294_967_295];
const TEMPORAL = new Set(['time', 'datetime', 'timestamp']);
const SPATIAL = new Set([
    'geometry',
    'point',
    'linestring',
    'polygon',
    'multipoint',
    'multilinestring',
    'multipolygon',
    'geometrycollection',
]);
const PLAIN = new Set(['date', 'uuid', 'inet4', 'inet6', ...SPATIAL, ...TEXT_TYPES, ...BLOB_TYPES]);
/** Synonyms, by their words, for the base type and a character set they imply. */
const SYNONYMS = [
    [['DOUBLE', 'PRECISION'], 'double'],
    [['LONG', 'VARCHAR'], 'mediumtext'],
    [['LONG', 'VARBINARY'], 'mediumblob'],
    [['LONG', 'CHARACTER', 'VARYING'], 'mediumtext'],
    [['LONG', 'CHAR', 'VARYING'], 'mediumtext'],
    [['NATIONAL', 'CHARACTER', 'VARYING'], 'varchar', 'utf8mb3'],
    [['NATIONAL', 'CHAR', 'VARYING'], 'varchar', 'utf8mb3'],
    [['NATIONAL', 'VARCHAR'], 'varchar', 'utf8mb3'],
    [['NATIONAL', 'CHARACTER'], 'char', 'utf8mb3'],
    [['NATIONAL', 'CHAR'], 'char', 'utf8mb3'],
    [['NCHAR', 'VARCHAR'], 'varchar', 'utf8mb3'],
    [['NCHAR', 'VARYING'], 'varchar', 'utf8mb3'],
    [['CHARACTER', 'VARYING'], 'varchar'],
    [['CHAR', 'VARYING'], 'varchar'],
    [['NVARCHAR'], 'varchar', 'utf8mb3'],
    [['NCHAR'], 'char', 'utf8mb3'],
    [['CHARACTER'], 'char'],
    [['VARCHARACTER'], 'varchar'],
    [['INTEGER'], 'int'],
    [['INT1'], 'tinyint'],
    [['INT2'], 'smallint'],
    [['INT3'], 'mediumint'],
    [['MIDDLEINT'], 'mediumint'],
    [['INT4'], 'int'],
    [['INT8'], 'bigint'],
    [['BOOL'], 'bool'],
    [['BOOLEAN'], 'bool'],
    [['DEC'], 'decimal'],
    [['NUMERIC'], 'decimal'],
    [['FIXED'], 'decimal'],
    [['REAL'], 'double'],
    [['LONG'], 'mediumtext'],
    [['JSON'], 'json'],
    [['SERIAL'], 'serial'],
];
const KNOWN = new Set([
    ...INTEGER_TYPES,
    'decimal',
    'float',
    'double',
    'bit',
    'char',
    'varchar',
    'binary',
    'varbinary',
    'enum',
    'set',
    'year',
    ...TEMPORAL,
    ...PLAIN,
]);
/** Character sets by the most bytes one character takes. */
const CHARSET_MAX_BYTES = {
    big5: 2,
    ujis: 3,
    sjis: 2,
    euckr: 2,
    gb2312: 2,
    gbk: 2,
    utf8: 3,
    utf8mb3: 3,
    ucs2: 2,
    utf8mb4: 4,
    utf16: 4,
    utf16le: 4,
    utf32: 4,
    cp932: 2,
    eucjpms: 3,
};
/** Bytes per character in a character set (1 for the single-byte sets, which are most). */
function charsetMaxBytes(charset) {
    return CHARSET_MAX_BYTES[charset.toLowerCase()] ?? 1;
}
/** The character set a collation belongs to (`utf8mb4_unicode_ci` → `utf8mb4`). */
function charsetOfCollation(collation) {
    const c = collation.toLowerCase();
    return c === 'binary' ? 'binary' : c.split('_')[0];
}
/**
 * Reads the data type starting at tokens[i], with the attributes that belong to it (UNSIGNED,
 * ZEROFILL, CHARACTER SET, COLLATE, BINARY, ASCII, UNICODE, BYTE); returns the index after it.
 */
function readColumnType(tokens, i, column) {
    const first = tokens[i];
    if (first?.kind !== 'word')
        throw new MysqlError(`a data type is missing for column '${column}'`, first);
    let base = first.value.toLowerCase();
    let charset;
    let j = i + 1;
    for (const [words, to, impliedCharset] of SYNONYMS) {
        if (words.every((w, k) => isWord(tokens[i + k], w))) {
            base = to;
            charset = impliedCharset;
            j = i + words.length;
            break;
        }
    }
    if (!KNOWN.has(base) && !['bool', 'json', 'serial'].includes(base))
        throw new MysqlError(`unknown data type '${first.text}' for column '${column}'`, first);
    const type = { base, unsigned: false, zerofill: false };
    if (charset)
        type.charset = charset;
    // Arguments: (M), (M,D), or the member list of ENUM/SET.
    if (isOp(tokens[j], '(')) {
        const args = [];
        let k = j + 1;
        for (; k < tokens.length && !isOp(tokens[k], ')'); k++)
            if (!isOp(tokens[k], ','))
                args.push(tokens[k]);
        j = k + 1;
        if (base === 'enum' || base === 'set') {
            if (args.some((a) => a.kind !== 'string'))
                throw new MysqlError(`the members of ${base.toUpperCase()} must be strings`, args[0]);
            // The server drops trailing spaces of members.
            type.values = args.map((a) => a.value.replace(/ +$/, ''));
        }
        else {
            if (args.some((a) => a.kind !== 'number'))
                throw new MysqlError(`a size must be a number`, args[0]);
            type.length = Number(args[0]?.value);
            if (args[1])
                type.scale = Number(args[1].value);
        }
    }
    else if (base === 'enum' || base === 'set') {
        throw new MysqlError(`${base.toUpperCase()} needs its members`, tokens[j]);
    }
    for (;;) {
        const t = tokens[j];
        if (isWord(t, 'UNSIGNED'))
            type.unsigned = true;
        else if (isWord(t, 'SIGNED'))
            type.unsigned = false;
        else if (isWord(t, 'ZEROFILL'))
            type.zerofill = type.unsigned = true;
        else if (isWord(t, 'BINARY') && !isOp(tokens[j + 1], '('))
            type.collation ??= 'binary-of-charset';
        else if (isWord(t, 'ASCII'))
            type.charset = 'latin1';
        else if (isWord(t, 'UNICODE'))
            type.charset = 'ucs2';
        else if (isWord(t, 'BYTE'))
            type.charset = 'binary';
        else if ((isWord(t, 'CHARACTER', 'CHAR') && isWord(tokens[j + 1], 'SET')) || isWord(t, 'CHARSET')) {
            j += isWord(t, 'CHARSET') ? 1 : 2;
            if (isOp(tokens[j], '='))
                j++;
            type.charset = nameValue(tokens[j], column).toLowerCase();
        }
        else if (isWord(t, 'COLLATE')) {
            j++;
            if (isOp(tokens[j], '='))
                j++;
            type.collation = nameValue(tokens[j], column).toLowerCase();
        }
        else
            break;
        j++;
    }
    return { type: settle(type, column, tokens[i]), end: j };
}
function nameValue(t, column) {
    if (!t || !['word', 'ident', 'string'].includes(t.kind))
        throw new MysqlError(`a character set or collation name is missing for column '${column}'`, t);
    return t.value;
}
/** Applies the rules that turn what was written into the type the server stores. */
function settle(type, column, at) {
    const { base } = type;
    if (base === 'bool')
        return { ...type, base: 'tinyint', length: 1 };
    if (base === 'serial')
        return { ...type, base: 'bigint', unsigned: true, serial: true };
    if (base === 'json')
        return { ...type, base: 'longtext', json: true };
    if (base === 'float' && type.length !== undefined && type.scale === undefined) {
        // FLOAT(p) is a precision in bits: single up to 24, double up to 53.
        if (type.length > 53)
            throw new MysqlError(`Too-big precision ${type.length} specified for '${column}'`, at);
        const { length: _length, ...rest } = type;
        return { ...rest, base: type.length > 24 ? 'double' : 'float' };
    }
    if (base === 'decimal') {
        const length = type.length ?? 10;
        const scale = type.scale ?? 0;
        if (length > 65)
            throw new MysqlError(`Too big precision ${length} specified for '${column}'. Maximum is 65`, at);
        if (scale > 38)
            throw new MysqlError(`Too big scale ${scale} specified for '${column}'. Maximum is 38`, at);
        if (scale > length)
            throw new MysqlError(`For float(M,D), double(M,D) or decimal(M,D), M must be >= D (column '${column}')`, at);
        return { ...type, length, scale };
    }
    if ((base === 'text' || base === 'blob') && type.length !== undefined) {
        const { length, ...rest } = type;
        return { ...rest, sizedText: length };
    }
    if ((base === 'char' || base === 'binary' || base === 'bit') && type.length === undefined)
        return { ...type, length: 1 };
    if ((base === 'varchar' || base === 'varbinary') && type.length === undefined)
        throw new MysqlError(`${base.toUpperCase()} needs a length (column '${column}')`, at);
    if (base === 'bit' && (type.length ?? 1) > 64)
        throw new MysqlError(`Column length too big for column '${column}' (max = 64); use BLOB or TEXT instead`, at);
    if (TEMPORAL.has(base) && (type.length ?? 0) > 6)
        throw new MysqlError(`Too big precision ${type.length} specified for '${column}'. Maximum is 6`, at);
    return type;
}
/** COLUMN_TYPE as MariaDB reports it. */
function spellType(type) {
    const { base } = type;
    const sign = type.zerofill ? ' unsigned zerofill' : type.unsigned ? ' unsigned' : '';
    const widths = INTEGER_WIDTHS[base];
    if (widths)
        return `${base}(${type.length ?? (type.unsigned ? widths[1] : widths[0])})${sign}`;
    if (base === 'decimal')
        return `decimal(${type.length},${type.scale})${sign}`;
    if (base === 'float' || base === 'double')
        return `${base}${type.length !== undefined ? `(${type.length},${type.scale ?? 0})` : ''}${sign}`;
    if (base === 'enum' || base === 'set')
        return `${base}(${type.values.map(quoteMember).join(',')})`;
    if (base === 'year')
        return 'year(4)';
    if (TEMPORAL.has(base))
        return type.length ? `${base}(${type.length})` : base;
    if (['char', 'varchar', 'binary', 'varbinary', 'bit'].includes(base))
        return `${base}(${type.length})`;
    return base;
}
function quoteMember(v) {
    return `'${v.replaceAll("'", "''")}'`;
}
function isTextual(type) {
    return ['char', 'varchar', 'enum', 'set', ...TEXT_TYPES].includes(type.base);
}
function isLob(type) {
    return TEXT_TYPES.includes(type.base) || BLOB_TYPES.includes(type.base);
}
function isNumeric(type) {
    return INTEGER_TYPES.has(type.base) || ['decimal', 'float', 'double'].includes(type.base);
}
function isTemporal(type) {
    return TEMPORAL.has(type.base) || type.base === 'date' || type.base === 'year';
}
/** The smallest TEXT/BLOB type holding `bytes`. */
function lobFor(family, bytes) {
    const names = family === 'text' ? TEXT_TYPES : BLOB_TYPES;
    const at = LOB_CAPACITY.findIndex((cap) => cap >= bytes);
    return names[at < 0 ? 3 : at];
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-defaults.js



// A column default as MariaDB stores and reports it in information_schema.COLUMNS.COLUMN_DEFAULT:
// numbers unquoted and in the column's own format (`0.00` for DECIMAL(4,2), `5` for INT
// DEFAULT '5'), strings and dates quoted (`'x'`, `'2020-01-01 00:00:00'`), bits as `b'101'`,
// CURRENT_TIMESTAMP as `current_timestamp()`, a NULL default as `NULL`. A value the column cannot
// hold is refused, as the server refuses it in its default (strict) SQL mode.
const INTEGER_RANGES = {
    // [signed min, signed max, unsigned max]
    tinyint: [-128n, 127n, 255n],
    smallint: [-32768n, 32767n, 65535n],
    mediumint: [-8388608n, 8388607n, 16777215n],
    int: [-2147483648n, 2147483647n, 4294967295n],
    bigint: [-9223372036854775808n, 9223372036854775807n, 18446744073709551615n],
};
const TIME_FUNCTIONS = new Set(['CURRENT_TIMESTAMP', 'NOW', 'LOCALTIME', 'LOCALTIMESTAMP']);
/** COLUMN_DEFAULT for `DEFAULT <written>` on a column of `type`; throws when the server would refuse it. */
function formatDefault(written, type, column, length) {
    const invalid = () => new ServerError(`Invalid default value for '${column}'`);
    const literal = readLiteral(tokenize(written));
    if (literal.kind === 'null')
        return 'NULL';
    if (literal.kind === 'expression')
        return literal.text;
    if (literal.kind === 'now') {
        if (!['datetime', 'timestamp'].includes(type.base))
            throw invalid();
        return `current_timestamp(${literal.precision || ''})`;
    }
    const { base } = type;
    if (INTEGER_TYPES.has(base))
        return String(integerValue(literal, type, invalid));
    if (base === 'decimal')
        return decimalValue(literal, type, invalid);
    if (base === 'float' || base === 'double') {
        const n = numberOf(literal, invalid);
        return base === 'float' ? String(Number(n.toPrecision(6))) : String(n);
    }
    if (base === 'bit') {
        const v = literal.kind === 'bits' ? literal.value : BigInt(Math.trunc(numberOf(literal, invalid)));
        if (v < 0n || v >= 1n << BigInt(type.length ?? 1))
            throw invalid();
        return `b'${v.toString(2)}'`;
    }
    if (base === 'year') {
        const n = Math.trunc(numberOf(literal, invalid));
        const year = n === 0 ? 0 : n < 70 ? 2000 + n : n < 100 ? 1900 + n : n;
        if (year !== 0 && (year < 1901 || year > 2155))
            throw invalid();
        return String(year);
    }
    const text = literal.kind === 'bits' ? bitsToString(literal.value) : literal.value;
    if (base === 'date')
        return quote(dateValue(text, invalid));
    if (base === 'datetime' || base === 'timestamp')
        return quote(dateTimeValue(text, type, invalid));
    if (base === 'time')
        return quote(timeValue(text, type.length ?? 0, invalid));
    if (base === 'enum') {
        const member = memberOf(text, literal, type.values ?? []);
        if (member === undefined)
            throw invalid();
        return quote(member);
    }
    if (base === 'set') {
        const values = type.values ?? [];
        const wanted = text === '' ? [] : text.split(',');
        const at = wanted.map((w) => values.findIndex((v) => v.toLowerCase() === w.toLowerCase()));
        if (at.some((n) => n < 0))
            throw invalid();
        return quote([...new Set(at)]
            .sort((a, b) => a - b)
            .map((n) => values[n])
            .join(','));
    }
    if (base === 'binary') {
        if (text.length > (length ?? 1))
            throw invalid();
        return quote(text.padEnd(length ?? 1, '\0'));
    }
    if (length !== undefined && !isLob(type) && [...text].length > length)
        throw invalid();
    return quote(text);
}
function readLiteral(tokens) {
    let t = tokens;
    // DEFAULT (literal) is the literal; DEFAULT (expression) is kept as the expression.
    if (isOp(t[0], '(') && isOp(t[t.length - 1], ')')) {
        const inner = t.slice(1, -1);
        const literal = inner.length === 1 || (inner.length === 2 && isOp(inner[0], '-')) ? readLiteral(inner) : undefined;
        if (literal && literal.kind !== 'expression')
            return literal;
        // The server prints a function call as it is, any other expression in parentheses.
        const call = inner[0]?.kind === 'word' && isOp(inner[1], '(') && groupCloses(inner, 1);
        const text = expressionText(inner);
        return { kind: 'expression', text: call ? text : `(${text})` };
    }
    const negative = isOp(t[0], '-');
    if (negative || isOp(t[0], '+'))
        t = t.slice(1);
    if (t[0]?.kind === 'word' && t[0].text.startsWith('_') && t[1]?.kind === 'string')
        t = t.slice(1);
    const first = t[0];
    if (!first)
        return { kind: 'expression', text: '' };
    if (isWord(first, 'NULL'))
        return { kind: 'null' };
    if (isWord(first, 'TRUE', 'FALSE'))
        return { kind: 'number', value: isWord(first, 'TRUE') ? '1' : '0' };
    if (first.kind === 'word' && TIME_FUNCTIONS.has(first.upper)) {
        const precision = isOp(t[1], '(') && t[2]?.kind === 'number' ? Number(t[2].value) : 0;
        return { kind: 'now', precision };
    }
    if (first.kind === 'string')
        return { kind: 'string', value: t.map((x) => x.value).join('') };
    if (first.kind === 'number') {
        if (/^0x/i.test(first.text))
            return { kind: 'bits', value: BigInt(first.text) };
        if (/^0b/i.test(first.text))
            return { kind: 'bits', value: BigInt(first.text) };
        return { kind: 'number', value: negative ? `-${first.text}` : first.text };
    }
    if (first.kind === 'hex')
        return { kind: 'bits', value: BigInt(`0x${first.value || '0'}`) };
    if (first.kind === 'bit')
        return { kind: 'bits', value: BigInt(`0b${first.value || '0'}`) };
    return { kind: 'expression', text: expressionText(t) };
}
/** An expression default as MariaDB prints it back: function names lower-cased, operators spaced. */
function expressionText(tokens) {
    let out = '';
    tokens.forEach((t, n) => {
        const next = tokens[n + 1];
        const piece = t.kind === 'word' && isOp(next, '(') ? t.text.toLowerCase() : t.text;
        out += piece;
        if (next && !isOp(next, '(') && !isOp(next, ')') && !isOp(next, ',') && !isOp(t, '('))
            out += ' ';
        else if (isOp(t, ','))
            out += ' ';
    });
    return out;
}
/** Whether the group opening at tokens[i] closes at the last token. */
function groupCloses(tokens, i) {
    let depth = 0;
    for (let k = i; k < tokens.length; k++) {
        if (isOp(tokens[k], '('))
            depth++;
        else if (isOp(tokens[k], ')') && --depth === 0)
            return k === tokens.length - 1;
    }
    return false;
}
function numberOf(literal, invalid) {
    if (literal.kind === 'bits')
        return Number(literal.value);
    if (literal.kind !== 'number' && literal.kind !== 'string')
        throw invalid();
    const text = literal.value.trim();
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text))
        throw invalid();
    return Number(text);
}
function integerValue(literal, type, invalid) {
    const n = literal.kind === 'bits' ? literal.value : BigInt(Math.round(numberOf(literal, invalid)));
    const [min, max, umax] = INTEGER_RANGES[type.base];
    if (type.unsigned ? n < 0n || n > umax : n < min || n > max)
        throw invalid();
    return n;
}
function decimalValue(literal, type, invalid) {
    const n = numberOf(literal, invalid);
    const scale = type.scale ?? 0;
    const fixed = n.toFixed(scale);
    const digits = fixed
        .replace(/^-/, '')
        .split('.')[0]
        .replace(/^0+(?=\d)/, '');
    if (digits.length > (type.length ?? 10) - scale || (type.unsigned && n < 0))
        throw invalid();
    return fixed === `-${(0).toFixed(scale)}` ? fixed.slice(1) : fixed;
}
function bitsToString(v) {
    let hex = v.toString(16);
    if (hex.length % 2)
        hex = `0${hex}`;
    return hex.replace(/../g, (h) => String.fromCharCode(Number.parseInt(h, 16)));
}
function quote(s) {
    return `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''").replaceAll('\0', '\\0')}'`;
}
function memberOf(text, literal, values) {
    if (literal.kind === 'number') {
        const n = Number(literal.value);
        return Number.isInteger(n) && n >= 1 ? values[n - 1] : undefined;
    }
    const trimmed = text.replace(/ +$/, '');
    return values.find((v) => v.toLowerCase() === trimmed.toLowerCase());
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
function validDate(y, m, d) {
    if (y === 0 && m === 0 && d === 0)
        return true; // the zero date, allowed by the default SQL mode
    if (m < 1 || m > 12 || d < 1)
        return false;
    const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return d <= days[m - 1];
}
function dateParts(text) {
    const t = text.trim();
    const delimited = /^(\d{2,4})[-/.:](\d{1,2})[-/.:](\d{1,2})(.*)$/.exec(t);
    if (delimited) {
        const y = Number(delimited[1].length === 2
            ? Number(delimited[1]) < 70
                ? `20${delimited[1]}`
                : `19${delimited[1]}`
            : delimited[1]);
        return [y, Number(delimited[2]), Number(delimited[3]), delimited[4]];
    }
    const compact = /^(\d{4})(\d{2})(\d{2})(\d*)$/.exec(t);
    if (compact)
        return [Number(compact[1]), Number(compact[2]), Number(compact[3]), compact[4]];
    return undefined;
}
function dateValue(text, invalid) {
    const p = dateParts(text);
    if (!p || !validDate(p[0], p[1], p[2]) || (p[3].trim() !== '' && !/^[ T]/.test(p[3])))
        throw invalid();
    return `${pad(p[0], 4)}-${pad(p[1])}-${pad(p[2])}`;
}
function dateTimeValue(text, type, invalid) {
    const p = dateParts(text);
    if (!p || !validDate(p[0], p[1], p[2]))
        throw invalid();
    const rest = p[3].trim().replace(/^T/, '');
    const time = rest === '' ? [0, 0, 0, ''] : timeParts(rest);
    if (!time)
        throw invalid();
    const [h, mi, s, frac] = time;
    if (h > 23 || mi > 59 || s > 59)
        throw invalid();
    const zero = p[0] === 0 && p[1] === 0 && p[2] === 0;
    if (type.base === 'timestamp' && !zero && (p[0] < 1970 || p[0] > 2038))
        throw invalid();
    const fsp = type.length ?? 0;
    const fraction = fsp > 0 ? `.${frac.padEnd(fsp, '0').slice(0, fsp)}` : '';
    return `${pad(p[0], 4)}-${pad(p[1])}-${pad(p[2])} ${pad(h)}:${pad(mi)}:${pad(s)}${fraction}`;
}
function timeParts(text) {
    const m = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/.exec(text.trim());
    if (m)
        return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4] ?? ''];
    const compact = /^(\d{1,7})(?:\.(\d+))?$/.exec(text.trim());
    if (!compact)
        return undefined;
    const n = compact[1].padStart(6, '0');
    return [Number(n.slice(0, -4)), Number(n.slice(-4, -2)), Number(n.slice(-2)), compact[2] ?? ''];
}
function timeValue(text, fsp, invalid) {
    const negative = text.trim().startsWith('-');
    const parts = timeParts(text.trim().replace(/^-/, ''));
    if (!parts || parts[1] > 59 || parts[2] > 59 || parts[0] > 838)
        throw invalid();
    const [h, mi, s, frac] = parts;
    const fraction = fsp > 0 ? `.${frac.padEnd(fsp, '0').slice(0, fsp)}` : '';
    return `${negative ? '-' : ''}${pad(h)}:${pad(mi)}:${pad(s)}${fraction}`;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-column-rules.js



const INTEGER_BYTES = { tinyint: 1, smallint: 2, mediumint: 3, int: 4, bigint: 8 };
const BINARY_OF = { char: 'binary', varchar: 'varbinary' };
/** The column a definition makes in a table whose default character set is `tableCharset`. */
function buildColumn(spec, tableCharset) {
    const type = { ...spec.type, ...(spec.type.values ? { values: [...spec.type.values] } : {}) };
    const name = spec.name;
    let charset;
    const wantsText = isTextual(type) || type.base === 'text';
    if (wantsText) {
        const collation = type.collation && type.collation !== 'binary-of-charset' ? type.collation : undefined;
        charset = type.charset ?? (collation ? charsetOfCollation(collation) : undefined) ?? tableCharset;
        if (charset === 'binary') {
            // CHAR … CHARACTER SET binary is BINARY; VARCHAR is VARBINARY; TEXT is BLOB.
            if (BINARY_OF[type.base])
                type.base = BINARY_OF[type.base];
            else if (TEXT_TYPES.includes(type.base))
                type.base = BLOB_TYPES[TEXT_TYPES.indexOf(type.base)];
            charset = undefined;
        }
    }
    if (type.sizedText !== undefined) {
        const bytes = type.base === 'text' ? type.sizedText * charsetMaxBytes(charset ?? tableCharset) : type.sizedText;
        type.base = lobFor(type.base === 'text' && charset ? 'text' : 'blob', bytes);
        delete type.sizedText;
    }
    checkLength(name, type, charset);
    if (spec.autoIncrement && !(INTEGER_TYPES.has(type.base) || type.base === 'float' || type.base === 'double'))
        throw new ServerError(`Incorrect column specifier for column '${name}'`);
    const nullable = spec.autoIncrement || spec.key === 'primary' ? false : (spec.nullable ?? true);
    const column = { name, type, nullable, default: null, autoIncrement: spec.autoIncrement };
    if (charset)
        column.charset = charset;
    if (spec.generated) {
        column.generated = spec.generated;
        column.default = nullable ? 'NULL' : null;
    }
    else if (spec.default !== undefined) {
        if (spec.autoIncrement)
            throw new ServerError(`Invalid default value for '${name}'`);
        const value = formatDefault(spec.default, type, name, type.length);
        if (value === 'NULL' && !nullable)
            throw new ServerError(`Invalid default value for '${name}'`);
        column.default = value;
    }
    else if (nullable)
        column.default = 'NULL';
    if (spec.onUpdate !== undefined) {
        if (type.base !== 'datetime' && type.base !== 'timestamp')
            throw new ServerError(`Invalid ON UPDATE clause for '${name}' column`);
        const precision = /\(\s*(\d+)\s*\)/.exec(spec.onUpdate)?.[1];
        column.onUpdate = `current_timestamp(${precision && precision !== '0' ? precision : ''})`;
    }
    if (spec.invisible)
        column.invisible = true;
    if (spec.comment)
        column.comment = spec.comment;
    return column;
}
function checkLength(name, type, charset) {
    const tooBig = (max) => new ServerError(`Column length too big for column '${name}' (max = ${max}); use BLOB or TEXT instead`);
    const length = type.length ?? 0;
    if ((type.base === 'char' || type.base === 'binary') && length > 255)
        throw tooBig(255);
    if (type.base === 'varchar') {
        const max = Math.floor(65_532 / charsetMaxBytes(charset ?? 'utf8mb4'));
        if (length > max)
            throw tooBig(max);
    }
    if (type.base === 'varbinary' && length > 65_532)
        throw tooBig(65_532);
}
/** information_schema.COLUMNS.EXTRA. */
function extraOf(c) {
    const parts = [];
    if (c.autoIncrement)
        parts.push('auto_increment');
    if (c.onUpdate)
        parts.push(`on update ${c.onUpdate}`);
    if (c.generated)
        parts.push(`${c.generated} GENERATED`);
    if (c.invisible)
        parts.push('INVISIBLE');
    return parts.join(' ');
}
/** Makes a column NOT NULL (a PRIMARY KEY does that): a NULL default goes with it. */
function makeNotNull(c) {
    c.nullable = false;
    if (c.default === 'NULL')
        c.default = null;
}
/** Bytes of a key part on the column: characters × bytes per character for character types. */
function keyPartBytes(c, length) {
    const { base } = c.type;
    const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
    if (length !== undefined)
        return length * perChar;
    if (base === 'char' || base === 'varchar')
        return (c.type.length ?? 1) * perChar;
    if (base === 'binary' || base === 'varbinary')
        return c.type.length ?? 1;
    if (isLob(c.type))
        return Number.POSITIVE_INFINITY;
    return storageBytes(c);
}
/** Bytes a value takes in the row, as the 65,535-byte row limit counts them (LOBs by their pointer). */
function storageBytes(c) {
    const { base } = c.type;
    const length = c.type.length ?? 0;
    const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
    if (INTEGER_BYTES[base])
        return INTEGER_BYTES[base];
    if (base === 'varchar' || base === 'varbinary') {
        const bytes = base === 'varchar' ? length * perChar : length;
        return bytes + (bytes > 255 ? 2 : 1);
    }
    if (base === 'char')
        return length * perChar;
    if (base === 'binary')
        return length;
    const lob = [...TEXT_TYPES, ...BLOB_TYPES].indexOf(base);
    if (lob >= 0)
        return 9 + (lob % LOB_CAPACITY.length);
    if (base === 'decimal')
        return Math.ceil((c.type.length ?? 10) / 2) + 1;
    if (base === 'float')
        return 4;
    if (base === 'double')
        return 8;
    const fsp = Math.ceil(length / 2);
    if (base === 'datetime')
        return 5 + fsp;
    if (base === 'timestamp')
        return 4 + fsp;
    if (base === 'time')
        return 3 + fsp;
    if (base === 'date')
        return 3;
    if (base === 'year')
        return 1;
    if (base === 'bit')
        return Math.ceil((length || 1) / 8);
    if (base === 'enum')
        return (c.type.values?.length ?? 0) > 255 ? 2 : 1;
    if (base === 'set')
        return Math.min(8, Math.ceil((c.type.values?.length ?? 1) / 8));
    if (base === 'uuid' || base === 'inet6')
        return 16;
    if (base === 'inet4')
        return 4;
    return 12; // spatial types are stored like BLOBs
}
/** The row-size check CREATE and ALTER make: every column but LOBs counts in full. */
function checkRowSize(columns) {
    const nullBytes = Math.ceil(columns.filter((c) => c.nullable).length / 8);
    const total = columns.reduce((sum, c) => sum + storageBytes(c), nullBytes);
    if (total > 65_535)
        throw new ServerError('Row size too large. The maximum row size for the used table type, not counting BLOBs, is 65535. ' +
            'This includes storage overhead, check the manual. You have to change some columns to TEXT or BLOBs');
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-key-rules.js



const MAX_KEY_BYTES = 3072;
/**
 * The indexes of a table with `columns` made from `pending` keys in order (the table's own first
 * when altering). Columns of a PRIMARY KEY are made NOT NULL in place.
 */
function settleKeys(columns, pending) {
    const keys = pending.map((p) => 'index' in p
        ? { kind: p.index.kind, name: p.index.name, parts: p.index.parts, generated: p.index.generated, index: p.index }
        : { kind: p.spec.kind, name: p.spec.name, parts: p.spec.parts, generated: p.generated, spec: p.spec });
    const find = (name) => columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
    for (const k of keys) {
        if ('index' in k)
            continue;
        const seen = new Set();
        for (const part of k.parts) {
            if (!find(part.column))
                throw new ServerError(`Key column '${part.column}' doesn't exist in table`);
            if (seen.has(part.column.toLowerCase()))
                throw new ServerError(`Duplicate column name '${part.column}'`);
            seen.add(part.column.toLowerCase());
        }
    }
    if (keys.filter((k) => k.kind === 'primary').length > 1)
        throw new ServerError('Multiple primary key defined');
    // Pass 1: a generated key whose columns start another key is not needed.
    const ignored = new Set();
    keys.forEach((key, i) => {
        for (let j = 0; j < i; j++) {
            const other = keys[j];
            if (ignored.has(j) || !coversGenerated(key, other))
                continue;
            if (!other.generated || (key.generated && key.parts.length < other.parts.length))
                ignored.add(i);
            else
                ignored.add(j);
            break;
        }
    });
    // Pass 2: names, then the server's per-key rules.
    const out = [];
    const used = new Set();
    keys.forEach((key, i) => {
        if (ignored.has(i))
            return;
        if ('index' in key && key.index) {
            used.add(key.index.name.toLowerCase());
            out.push(key.index);
            return;
        }
        const spec = key.spec;
        let name = key.kind === 'primary' ? 'PRIMARY' : key.name;
        if (name === undefined)
            name = uniqueName(key.parts[0].column, used);
        else if (used.has(name.toLowerCase()))
            throw new ServerError(`Duplicate key name '${name}'`);
        used.add(name.toLowerCase());
        out.push(settleIndex(name, spec, key.generated, find));
    });
    return out;
}
/** Whether one of the two is generated and its parts begin the other's (MariaDB's foreign_key_prefix). */
function coversGenerated(a, b) {
    if (a.kind === 'fulltext' || a.kind === 'spatial' || b.kind === 'fulltext' || b.kind === 'spatial')
        return false;
    let [short, long] = [a, b];
    if (a.generated) {
        if (b.generated && a.parts.length > b.parts.length)
            [short, long] = [b, a];
    }
    else {
        if (!b.generated)
            return false;
        [short, long] = [b, a];
    }
    if (short.parts.length > long.parts.length)
        return false;
    return short.parts.every((p, n) => p.column.toLowerCase() === long.parts[n].column.toLowerCase() && p.length === long.parts[n].length);
}
function uniqueName(column, used) {
    if (!used.has(column.toLowerCase()) && column.toLowerCase() !== 'primary')
        return column;
    for (let n = 2;; n++)
        if (!used.has(`${column}_${n}`.toLowerCase()))
            return `${column}_${n}`;
}
function settleIndex(name, spec, generated, find) {
    const index = { name, kind: spec.kind, parts: [], algorithm: 'BTREE', generated };
    if (spec.comment)
        index.comment = spec.comment;
    if (spec.kind === 'fulltext' || spec.kind === 'spatial') {
        index.algorithm = spec.kind === 'fulltext' ? 'FULLTEXT' : 'SPATIAL';
        for (const part of spec.parts) {
            const c = find(part.column);
            if (spec.kind === 'fulltext' && !c.charset)
                throw new ServerError(`Column '${c.name}' cannot be part of FULLTEXT index`);
            if (spec.kind === 'spatial' && c.nullable)
                throw new ServerError('All parts of a SPATIAL index must be NOT NULL');
            index.parts.push({ column: c.name, ...(spec.kind === 'spatial' ? { length: 32 } : {}) });
        }
        return index;
    }
    let hash = false;
    let total = 0;
    for (const part of spec.parts) {
        const c = find(part.column);
        const out = { column: c.name };
        const stringy = c.charset !== undefined || ['binary', 'varbinary'].includes(c.type.base) || isLob(c.type);
        const lengthOf = ['char', 'varchar', 'binary', 'varbinary'].includes(c.type.base) ? c.type.length : undefined;
        if (part.length !== undefined) {
            if (!stringy || (lengthOf !== undefined && part.length > lengthOf) || ['enum', 'set'].includes(c.type.base))
                throw new ServerError("Incorrect prefix key; the used key part isn't a string, the used length is longer than the key part, " +
                    "or the storage engine doesn't support unique prefix keys");
            if (part.length !== lengthOf)
                out.length = part.length;
        }
        if (spec.kind === 'primary')
            makeNotNull(c);
        const perChar = c.charset ? charsetMaxBytes(c.charset) : 1;
        let bytes = keyPartBytes(c, out.length);
        if (bytes > MAX_KEY_BYTES) {
            if (spec.kind === 'primary') {
                if (isLob(c.type) && out.length === undefined)
                    throw new ServerError(`BLOB/TEXT column '${c.name}' used in key specification without a key length`);
                throw new ServerError(`Specified key was too long; max key length is ${MAX_KEY_BYTES} bytes`);
            }
            if (spec.kind === 'unique')
                hash = true;
            else {
                out.length = Math.floor(MAX_KEY_BYTES / perChar);
                bytes = out.length * perChar;
            }
        }
        total += bytes;
        index.parts.push(out);
    }
    if (total > MAX_KEY_BYTES && !hash) {
        if (spec.kind !== 'unique')
            throw new ServerError(`Specified key was too long; max key length is ${MAX_KEY_BYTES} bytes`);
        hash = true;
    }
    if (hash) {
        // A long unique key is checked through a hash of the whole values, no prefix.
        index.algorithm = 'HASH';
        index.parts = spec.parts.map((p) => ({ column: find(p.column).name }));
    }
    return index;
}
/**
 * Whether some index of the table starts with `columns` (whole columns, in order): what a foreign
 * key needs on both of its tables.
 */
function hasIndexOn(indexes, columns) {
    return indexes.some((i) => i.algorithm === 'BTREE' &&
        i.parts.length >= columns.length &&
        columns.every((c, n) => i.parts[n].column.toLowerCase() === c.toLowerCase() && i.parts[n].length === undefined));
}
/** The server's rule for AUTO_INCREMENT: one column at most, the first part of some index. */
function checkAutoIncrement(columns, indexes) {
    const auto = columns.filter((c) => c.autoIncrement);
    if (auto.length === 0)
        return;
    const keyed = auto.length === 1 && indexes.some((i) => i.kind !== 'fulltext' && eqName(i.parts[0]?.column, auto[0].name));
    if (!keyed)
        throw new ServerError('Incorrect table definition; there can be only one auto column and it must be defined as a key');
}
function eqName(a, b) {
    return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-migration-rules.js

// Migration risks in a MySQL/MariaDB migration, the rules of the PostgreSQL path where they mean
// the same on MariaDB: dropping or renaming a table or column breaks code still using the old
// name, and a column type change copies the table (ALGORITHM=COPY), blocking writes meanwhile.
// As there, a rule fires only for tables that existed before the migration file. (Adding a NOT
// NULL column without a default does not fail on MariaDB, which fills in the type's zero value,
// and its indexes are built online: those PostgreSQL rules have no MariaDB counterpart.)
const COPY_LOCK = 'ALGORITHM=COPY: writes blocked while the table is copied';
function mysqlFindings(ddl, model, session, tablesBefore, at) {
    const out = [];
    const qualified = (r) => `${r.db ?? session.db}.${r.name}`;
    const existing = (r) => tablesBefore.has(qualified(r));
    const add = (rule, message, table, lock) => out.push({
        id: `finding:${rule}@${at.file}:${at.line}`,
        rule,
        severity: 'high',
        message,
        factIds: table ? [`table:${table}`] : [],
        ...(lock ? { lock } : {}),
        source: at,
    });
    if (ddl.kind === 'dropTable') {
        for (const t of ddl.tables)
            if (existing(t))
                add('ban-drop-table', `dropping table ${qualified(t)} loses its data and breaks code still using it`, undefined);
    }
    if (ddl.kind === 'renameTable') {
        for (const [from, to] of ddl.pairs)
            if (existing(from))
                add('renaming-table', `renaming ${qualified(from)} to ${to.name} breaks code using the old name until it is deployed`, undefined);
    }
    if (ddl.kind !== 'alterTable' || !existing(ddl.table))
        return out;
    const table = qualified(ddl.table);
    const current = model.table(ddl.table.db ?? session.db ?? '', ddl.table.name, false);
    for (const op of ddl.ops) {
        if (op.op === 'dropColumn')
            add('ban-drop-column', `dropping column ${op.name} of ${table} breaks code still reading it; deploy the code change first`, table);
        const renamedFrom = op.op === 'renameColumn' ? op.from : op.op === 'changeColumn' ? op.from : undefined;
        const renamedTo = op.op === 'renameColumn' ? op.to : op.op === 'changeColumn' ? op.column.name : undefined;
        if (renamedFrom !== undefined && renamedTo !== undefined && renamedFrom !== renamedTo)
            add('renaming-column', `renaming ${table}.${renamedFrom} to ${renamedTo} breaks code using the old name until it is deployed`, table);
        if (op.op === 'modifyColumn' || op.op === 'changeColumn') {
            const name = op.op === 'changeColumn' ? op.from : op.column.name;
            const before = current?.columns.find((c) => eqName(c.name, name));
            if (before && before.type.base !== op.column.type.base)
                add('changing-column-type', `changing the type of ${table}.${name} copies the table`, table, COPY_LOCK);
        }
        if (op.op === 'renameTable')
            add('renaming-table', `renaming ${table} to ${op.to.name} breaks code using the old name until it is deployed`, undefined);
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/node-sql-parser/build/mariadb.js
var mariadb = __webpack_require__(30932);
// EXTERNAL MODULE: ./node_modules/node-sql-parser/build/mysql.js
var mysql = __webpack_require__(56442);
;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-parser.js



const grammars = [
    [new mariadb.Parser(), 'MariaDB'],
    [new mysql.Parser(), 'MySQL'],
];
/**
 * Parses one statement; throws a MysqlError with the offset where MariaDB's grammar stopped
 * (its message is the one reported: MariaDB is the dialect the migrations are replayed in).
 */
function parseStatement(sql) {
    let first;
    for (const [parser, database] of grammars) {
        try {
            const ast = parser.astify(sql, { database });
            const list = Array.isArray(ast) ? ast : [ast];
            if (list.length !== 1 || !list[0])
                throw new Error('expected exactly one statement');
            return list[0];
        }
        catch (err) {
            first ??= err;
        }
    }
    const e = first;
    throw new MysqlError(shortMessage(e.message ?? String(first)), undefined, e.location?.start?.offset);
}
/** The grammar's message lists every token it expected; the tail ("but X found") says the most. */
function shortMessage(message) {
    const found = /but (.*) found\.?$/.exec(message);
    return found ? `unexpected ${found[1]}` : message.slice(0, 200);
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-parser-text.js
// The text node-sql-parser is given for a statement: the statement with its comments blanked
// out and executable comments opened (the parser would drop `/*!40101 … *\/` as a comment, the
// server runs it), and with the spans read by our own readers (data types, defaults) replaced by
// something the grammar accepts. Every edit keeps the length and the line breaks, so an offset
// the parser reports is an offset in the statement as written.
class ParserText {
    chars;
    constructor(sql, tokens) {
        this.chars = sql.split('').map((c) => (c === '\n' ? '\n' : ' '));
        for (const t of tokens)
            for (let i = t.start; i < t.end; i++)
                this.chars[i] = sql[i];
    }
    /** Blanks [start, end). */
    blank(start, end) {
        for (let i = start; i < end; i++)
            if (this.chars[i] !== '\n')
                this.chars[i] = ' ';
        return this;
    }
    /** Puts `text` at `start`, blanking the rest of [start, end); `text` must fit. */
    replace(start, end, text) {
        if (text.length > end - start)
            throw new Error(`replacement "${text}" longer than the span it replaces`);
        this.blank(start, end);
        for (let i = 0; i < text.length; i++)
            this.chars[start + i] = text[i];
        return this;
    }
    slice(start, end) {
        return this.chars.slice(start, end).join('');
    }
    toString() {
        return this.chars.join('');
    }
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-read-keys.js

// Keys, foreign keys, table names and table options, from node-sql-parser's AST.
/** A string the AST holds directly, as `{ value }`, or as a quoted literal (`'x'`). */
function stringValue(v) {
    if (typeof v === 'string')
        return /^'.*'$/s.test(v) ? v.slice(1, -1).replaceAll("''", "'") : v;
    if (typeof v === 'number')
        return String(v);
    if (v && typeof v === 'object' && 'value' in v)
        return stringValue(v.value);
    return undefined;
}
/** A column name from a column_ref, whose `column` is a string or `{ expr: { value } }`. */
function columnName(ref) {
    const c = ref.column;
    const name = typeof c === 'string' ? c : (c?.expr?.value ?? c?.value);
    if (typeof name !== 'string')
        throw new MysqlError('a column name was expected in a key');
    return name;
}
function tableRef(ast) {
    const name = ast?.table ?? ast?.view;
    if (typeof name !== 'string')
        throw new MysqlError('a table name was expected');
    return ast?.db ? { db: String(ast.db), name } : { name };
}
/** One part of a key: a column_ref, or (CREATE INDEX's reading of `name(10)`) a function call. */
function keyPart(d) {
    if (d.type === 'function') {
        const name = d.name?.name?.[0]?.value;
        const length = d.args?.value?.[0]?.value;
        if (typeof name !== 'string' || typeof length !== 'number')
            throw new MysqlError('expressions in keys are not supported by MariaDB');
        return { column: name, length };
    }
    if (d.type !== 'column_ref')
        throw new MysqlError('expressions in keys are not supported by MariaDB');
    const part = { column: columnName(d) };
    const prefix = /^\((\d+)\)$/.exec(String(d.suffix ?? ''));
    if (prefix)
        part.length = Number(prefix[1]);
    return part;
}
function usingOf(ast) {
    const options = [ast.index_type, ast.index_using, ...(ast.index_options ?? [])].filter(Boolean);
    const using = options.find((o) => o.keyword === 'using')?.type;
    return typeof using === 'string' ? using.toUpperCase() : undefined;
}
function commentOf(ast) {
    return stringValue((ast.index_options ?? []).find((o) => o?.type === 'comment')?.value);
}
/** A key definition (CREATE TABLE element, ALTER … ADD), or undefined for a CHECK. */
function keyFromAst(ast) {
    const constraintType = String(ast.constraint_type ?? '').toLowerCase();
    if (constraintType === 'check')
        return undefined;
    if (constraintType === 'foreign key')
        return foreignKeyFromAst(ast, ast.reference_definition);
    let kind;
    if (constraintType === 'primary key')
        kind = 'primary';
    else if (constraintType.startsWith('unique'))
        kind = 'unique';
    else if (ast.resource === 'index') {
        const keyword = String(ast.keyword ?? '').toLowerCase();
        kind = keyword.startsWith('fulltext') ? 'fulltext' : keyword.startsWith('spatial') ? 'spatial' : 'index';
    }
    else
        throw new MysqlError(`a key of kind "${constraintType || ast.keyword}" is not understood`);
    const key = { kind, parts: (ast.definition ?? []).map(keyPart) };
    // MariaDB names a key by its index name, else by its CONSTRAINT name (`CONSTRAINT c UNIQUE (x)` → c).
    const name = ast.index ?? ast.constraint;
    if (kind !== 'primary' && typeof name === 'string')
        key.name = name;
    const using = usingOf(ast);
    if (using)
        key.using = using;
    const comment = commentOf(ast);
    if (comment !== undefined)
        key.comment = comment;
    return key;
}
/** The key CREATE INDEX describes. */
function keyFromCreateIndex(ast) {
    const type = String(ast.index_type ?? '').toLowerCase();
    const kind = type === 'unique' ? 'unique' : type === 'fulltext' ? 'fulltext' : type === 'spatial' ? 'spatial' : 'index';
    const key = { kind, name: String(ast.index), parts: (ast.index_columns ?? []).map(keyPart) };
    const using = usingOf(ast);
    if (using)
        key.using = using;
    const comment = commentOf(ast);
    if (comment !== undefined)
        key.comment = comment;
    return key;
}
const ACTIONS = new Set(['CASCADE', 'SET NULL', 'RESTRICT', 'NO ACTION', 'SET DEFAULT']);
function foreignKeyFromAst(ast, ref) {
    if (!ref)
        throw new MysqlError('a foreign key needs REFERENCES');
    const fk = {
        columns: (ast.definition ?? []).map(columnName),
        ref: tableRef(ref.table?.[0]),
        refColumns: (ref.definition ?? []).map(columnName),
        onDelete: 'RESTRICT',
        onUpdate: 'RESTRICT',
    };
    if (typeof ast.constraint === 'string')
        fk.constraint = ast.constraint;
    if (typeof ast.index === 'string')
        fk.indexName = ast.index;
    for (const action of ref.on_action ?? []) {
        const value = String(stringValue(action.value) ?? '').toUpperCase();
        if (!ACTIONS.has(value))
            throw new MysqlError(`unknown referential action ${value}`);
        if (/delete/i.test(action.type))
            fk.onDelete = value;
        else if (/update/i.test(action.type))
            fk.onUpdate = value;
    }
    return fk;
}
/** ENGINE, character set, collation and comment from a CREATE TABLE's options. */
function optionsFromAst(list) {
    const options = {};
    for (const o of list ?? []) {
        const keyword = String(o.keyword ?? '').toLowerCase();
        const value = stringValue(o.value);
        if (value === undefined)
            continue;
        if (keyword === 'engine')
            options.engine = value;
        else if (keyword.includes('charset') || keyword.includes('character set'))
            options.charset = value.toLowerCase();
        else if (keyword.includes('collate'))
            options.collation = value.toLowerCase();
        else if (keyword === 'comment')
            options.comment = value;
    }
    return options;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-read-column.js




const mysql_read_column_TIME_FUNCTIONS = ['CURRENT_TIMESTAMP', 'NOW', 'LOCALTIME', 'LOCALTIMESTAMP'];
/**
 * Reads the name, type, default and ON UPDATE of the column definition tokens[from, to), and
 * edits `text` (the parser's copy) so node-sql-parser's grammar accepts the rest.
 */
function readColumnTokens(sql, tokens, from, to, text) {
    const nameToken = tokens[from];
    if (!isName(nameToken))
        throw new MysqlError('a column name was expected', nameToken);
    const name = nameToken.value;
    const { type, end: typeEnd } = readColumnType(tokens, from + 1, name);
    text.replace(tokens[from + 1].start, tokens[typeEnd - 1].end, 'INT');
    const out = { name, type, invisible: false, serialDefault: false };
    let i = typeEnd;
    while (i < to) {
        const t = tokens[i];
        if (isWord(t, 'REFERENCES'))
            break; // the rest is the reference, for the parser
        if (isOp(t, '(')) {
            i = groupEnd(tokens, i);
        }
        else if (isWord(t, 'DEFAULT') && !isWord(tokens[i - 1], 'SET')) {
            const end = defaultEnd(tokens, i + 1, to);
            out.default = sql.slice(tokens[i + 1].start, tokens[end - 1].end);
            text.blank(t.start, tokens[end - 1].end);
            i = end;
        }
        else if (isWord(t, 'ON') && isWord(tokens[i + 1], 'UPDATE') && isWord(tokens[i + 2], ...mysql_read_column_TIME_FUNCTIONS)) {
            const end = isOp(tokens[i + 3], '(') ? groupEnd(tokens, i + 3) : i + 3;
            out.onUpdate = sql.slice(tokens[i + 2].start, tokens[end - 1].end);
            text.blank(t.start, tokens[end - 1].end);
            i = end;
        }
        else if (isWord(t, 'PERSISTENT')) {
            text.replace(t.start, t.end, 'STORED');
            i++;
        }
        else if (isWord(t, 'INVISIBLE')) {
            out.invisible = true;
            text.blank(t.start, t.end);
            i++;
        }
        else if (isWord(t, 'SERIAL') && isWord(tokens[i + 1], 'DEFAULT') && isWord(tokens[i + 2], 'VALUE')) {
            out.serialDefault = true;
            text.blank(t.start, tokens[i + 2].end);
            i += 3;
        }
        else if ((isWord(t, 'CHARACTER') && isWord(tokens[i + 1], 'SET')) || isWord(t, 'CHARSET', 'COLLATE')) {
            // A character set or collation after other attributes: read like the ones after the type.
            const skip = isWord(t, 'CHARACTER') ? 2 : 1;
            let v = i + skip;
            if (isOp(tokens[v], '='))
                v++;
            const value = tokens[v];
            if (!value)
                throw new MysqlError(`a name is missing after ${t.text}`, t);
            if (isWord(t, 'COLLATE'))
                out.type.collation = value.value.toLowerCase();
            else
                out.type.charset = value.value.toLowerCase();
            text.blank(t.start, value.end);
            i = v + 1;
        }
        else if (isWord(t, 'CHECK') || (isWord(t, 'CONSTRAINT') && isWord(tokens[i + 2], 'CHECK'))) {
            // CHECK constraints are not part of the documented model.
            const open = tokens.findIndex((x, k) => k > i && isOp(x, '('));
            const end = open < 0 ? to : groupEnd(tokens, open);
            text.blank(t.start, tokens[end - 1].end);
            i = end;
        }
        else
            i++;
    }
    return out;
}
/** Index just past a DEFAULT's value starting at tokens[i]. */
function defaultEnd(tokens, i, to) {
    if (i >= to)
        throw new MysqlError('DEFAULT needs a value', tokens[i - 1]);
    if (isOp(tokens[i], '('))
        return groupEnd(tokens, i);
    let k = i;
    if (isOp(tokens[k], '-') || isOp(tokens[k], '+'))
        k++;
    // A character set introducer: _utf8mb4'text'.
    if (tokens[k]?.kind === 'word' && tokens[k].text.startsWith('_') && tokens[k + 1]?.kind === 'string')
        k++;
    const value = tokens[k];
    if (!value)
        throw new MysqlError('DEFAULT needs a value', tokens[i - 1]);
    k++;
    // Adjacent strings are one string: 'a' 'b' is 'ab'.
    while (value.kind === 'string' && tokens[k]?.kind === 'string' && k < to)
        k++;
    if (value.kind === 'word' && isOp(tokens[k], '('))
        k = groupEnd(tokens, k);
    return k;
}
/** The column a definition describes: tokens for the type and default, the AST for the rest. */
function columnFromAst(read, ast) {
    const column = { name: read.name, type: read.type, autoIncrement: Boolean(ast.auto_increment) };
    const nullable = ast.nullable?.type;
    if (nullable === 'not null')
        column.nullable = false;
    else if (nullable === 'null')
        column.nullable = true;
    if (read.default !== undefined)
        column.default = read.default;
    if (read.onUpdate !== undefined)
        column.onUpdate = read.onUpdate;
    if (ast.primary_key)
        column.key = 'primary';
    else if (ast.unique)
        column.key = 'unique';
    const comment = stringValue(ast.comment?.value);
    if (comment !== undefined)
        column.comment = comment;
    const collate = ast.collate?.collate?.name;
    if (typeof collate === 'string')
        column.type.collation = collate.toLowerCase();
    const charset = stringValue(ast.character_set?.value);
    if (charset !== undefined)
        column.type.charset = charset.toLowerCase();
    if (ast.generated)
        column.generated = /stored/i.test(String(ast.generated.storage_type)) ? 'STORED' : 'VIRTUAL';
    if (read.invisible)
        column.invisible = true;
    if (read.serialDefault || read.type.serial) {
        // SERIAL (and SERIAL DEFAULT VALUE) add a UNIQUE key of their own, even beside a PRIMARY KEY.
        column.nullable = false;
        column.autoIncrement = true;
        column.serialUnique = true;
    }
    if (ast.reference_definition) {
        column.references = foreignKeyFromAst({ ...ast, definition: [{ column: read.name }] }, ast.reference_definition);
    }
    return column;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-read-table.js






/** Words that start a key, constraint or period element of a table definition, not a column. */
const ELEMENT_KEYWORDS = ['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'FOREIGN', 'CHECK'];
/** `name` or `db.name` at tokens[i]. */
function readTableName(tokens, i) {
    const first = tokens[i];
    if (!isName(first))
        throw new MysqlError('a table name was expected', first);
    if (isOp(tokens[i + 1], '.') && isName(tokens[i + 2]))
        return { ref: { db: first.value, name: tokens[i + 2].value }, end: i + 3 };
    return { ref: { name: first.value }, end: i + 1 };
}
function isColumnElement(t, next) {
    if (t === undefined)
        return false;
    return !(t.kind === 'word' && (ELEMENT_KEYWORDS.includes(t.upper) || isPeriod(t, next)));
}
/** `PERIOD FOR …` (system-time or application-time periods); `period` alone is a column name. */
function isPeriod(t, next) {
    return isWord(t, 'PERIOD') && isWord(next, 'FOR');
}
/** CREATE [OR REPLACE] [TEMPORARY] TABLE [IF NOT EXISTS] name (…) [options] [LIKE x | [AS] SELECT …]. */
function readCreateTable(sql, tokens) {
    const text = new ParserText(sql, tokens);
    let i = 1;
    let orReplace = false;
    if (isWord(tokens[i], 'OR') && isWord(tokens[i + 1], 'REPLACE')) {
        orReplace = true;
        text.blank(tokens[i].start, tokens[i + 1].end);
        i += 2;
    }
    // Temporary tables live for one session: they are never part of the schema.
    if (isWord(tokens[i], 'TEMPORARY'))
        return { kind: 'skip' };
    i++; // TABLE
    let ifNotExists = false;
    if (isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'NOT') && isWord(tokens[i + 2], 'EXISTS')) {
        ifNotExists = true;
        i += 3;
    }
    const { ref: table, end } = readTableName(tokens, i);
    i = end;
    const base = { kind: 'createTable', table, ifNotExists, orReplace, elements: [] };
    const likeAt = isWord(tokens[i], 'LIKE') ? i + 1 : isOp(tokens[i], '(') && isWord(tokens[i + 1], 'LIKE') ? i + 2 : -1;
    if (likeAt >= 0)
        return { ...base, options: {}, like: readTableName(tokens, likeAt).ref };
    const columnTokens = [];
    let afterBody = i;
    if (isOp(tokens[i], '(')) {
        afterBody = groupEnd(tokens, i);
        for (const [from, to] of splitAtCommas(tokens, i + 1, afterBody - 1)) {
            const first = tokens[from];
            if (isPeriod(first, tokens[from + 1]))
                text.blank(first.start, tokens[to - 1].end);
            else if (isColumnElement(first, tokens[from + 1]))
                columnTokens.push(readColumnTokens(sql, tokens, from, to, text));
        }
    }
    // After the options: partitioning (nothing the model holds) and CREATE … SELECT.
    let select;
    for (let k = afterBody; k < tokens.length; k++) {
        const t = tokens[k];
        if (isWord(t, 'WITH') && isWord(tokens[k + 1], 'SYSTEM') && isWord(tokens[k + 2], 'VERSIONING')) {
            // System versioning keeps history in hidden columns information_schema does not list.
            text.blank(t.start, tokens[k + 2].end);
            k += 2;
        }
        else if (isWord(t, 'PARTITION') && isWord(tokens[k + 1], 'BY')) {
            const selectAt = tokens.findIndex((x, n) => n > k && isWord(x, 'SELECT'));
            text.blank(t.start, selectAt < 0 ? sql.length : tokens[selectAt].start);
            if (selectAt < 0)
                break;
            k = selectAt - 1;
        }
        else if (isWord(t, 'SELECT') || (isOp(t, '(') && isWord(tokens[k + 1], 'SELECT'))) {
            const start = isWord(tokens[k - 1], 'AS', 'IGNORE', 'REPLACE') ? tokens[k - 1].start : t.start;
            select = parseStatement(sql.slice(t.start));
            text.blank(start, sql.length);
            break;
        }
    }
    if (!isOp(tokens[i], '(') && !select)
        throw new MysqlError('CREATE TABLE needs columns, LIKE or SELECT', tokens[i]);
    // The parser needs a column list: a CREATE … SELECT without one gets a placeholder.
    const parserSql = isOp(tokens[i], '(') ? text.toString() : `${text.toString().slice(0, tokens[i]?.start)}(x int)`;
    const ast = parseStatement(parserSql);
    const definitions = isOp(tokens[i], '(') ? (ast.create_definitions ?? []) : [];
    if (definitions.filter((d) => d.resource === 'column').length !== columnTokens.length)
        throw new MysqlError('the column definitions could not be matched with the parse', tokens[i]);
    const elements = [];
    let column = 0;
    for (const d of definitions) {
        if (d.resource === 'column') {
            elements.push({ column: columnFromAst(columnTokens[column++], d) });
            continue;
        }
        const key = keyFromAst(d);
        if (key)
            elements.push('refColumns' in key ? { foreignKey: key } : { key });
    }
    const ddl = { ...base, elements, options: optionsFromAst(ast.table_options) };
    if (select)
        ddl.select = select;
    return ddl;
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-read-alter.js







// ALTER TABLE, clause by clause. Column definitions and key definitions are parsed by
// node-sql-parser, each clause on its own (`ALTER TABLE t <clause>`), so a clause its grammar
// lacks costs only the statement it is in. The clauses its grammar has no rule for at all
// (ALTER COLUMN … SET/DROP DEFAULT, CONVERT TO CHARACTER SET, RENAME INDEX, DROP … IF EXISTS,
// ADD COLUMN (a, b)) are read from the tokens; they are small and fixed.
const IGNORED_CLAUSES = [
    'ALGORITHM',
    'LOCK',
    'FORCE',
    'ORDER',
    'ENABLE',
    'DISABLE',
    'DISCARD',
    'IMPORT',
    'WITH',
    'WITHOUT',
    'COALESCE',
    'REORGANIZE',
    'EXCHANGE',
    'ANALYZE',
    'CHECK',
    'OPTIMIZE',
    'REBUILD',
    'REPAIR',
    'TRUNCATE',
    'REMOVE',
    'PARTITION',
    'AUTO_INCREMENT',
    'ROW_FORMAT',
    'KEY_BLOCK_SIZE',
    'AVG_ROW_LENGTH',
    'MAX_ROWS',
    'MIN_ROWS',
    'PACK_KEYS',
    'CHECKSUM',
    'DELAY_KEY_WRITE',
    'STATS_PERSISTENT',
    'STATS_AUTO_RECALC',
    'STATS_SAMPLE_PAGES',
    'PAGE_CHECKSUM',
    'TRANSACTIONAL',
    'INSERT_METHOD',
    'DATA',
    'INDEX',
    'CONNECTION',
    'PASSWORD',
    'COMPRESSION',
    'ENCRYPTED',
    'ENCRYPTION_KEY_ID',
    'PAGE_COMPRESSED',
    'PAGE_COMPRESSION_LEVEL',
    'SEQUENCE',
    'TABLESPACE',
    'UNION',
];
const KEY_WORDS = ['INDEX', 'KEY', 'UNIQUE', 'PRIMARY', 'FULLTEXT', 'SPATIAL', 'CONSTRAINT', 'FOREIGN'];
function readAlterTable(sql, tokens) {
    const text = new ParserText(sql, tokens);
    let i = 1;
    while (isWord(tokens[i], 'ONLINE', 'OFFLINE', 'IGNORE'))
        i++;
    i++; // TABLE
    if (isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'EXISTS'))
        i += 2;
    const { ref: table, end } = readTableName(tokens, i);
    const ops = [];
    for (const [from, to] of splitAtCommas(tokens, end, tokens.length)) {
        ops.push(...readClause(sql, tokens, from, cutPartitioning(tokens, from, to), text));
    }
    return { kind: 'alterTable', table, ops };
}
/** `… PARTITION BY …` may follow the last clause without a comma. */
function cutPartitioning(tokens, from, to) {
    for (let k = from + 1; k < to; k++)
        if (isWord(tokens[k], 'PARTITION') && isWord(tokens[k + 1], 'BY'))
            return k;
    return to;
}
function readClause(sql, tokens, from, to, text) {
    if (from >= to)
        return [];
    const t = tokens[from];
    const at = (k) => tokens[from + k];
    const name = (k) => {
        const n = at(k);
        if (!isName(n) && n?.kind !== 'string')
            throw new MysqlError('a name was expected', n ?? t);
        return n.value;
    };
    const ifFlag = (k, words) => words.every((w, n) => isWord(at(k + n), w));
    if (isWord(t, 'ADD')) {
        let k = 1;
        const column = isWord(at(k), 'COLUMN');
        if (column)
            k++;
        const ifNotExists = ifFlag(k, ['IF', 'NOT', 'EXISTS']);
        if (ifNotExists) {
            text.blank(at(k).start, at(k + 2).end);
            k += 3;
        }
        if (!column && isWord(at(k), 'PARTITION', 'PERIOD', 'SYSTEM'))
            return [];
        if (!column && isWord(at(k), 'CHECK'))
            return [];
        if (!column && isWord(at(k), 'CONSTRAINT') && (isWord(at(k + 1), 'CHECK') || isWord(at(k + 2), 'CHECK')))
            return [];
        if (!column && isWord(at(k), ...KEY_WORDS)) {
            // MariaDB also takes IF NOT EXISTS after the key's kind: ADD INDEX IF NOT EXISTS i (…).
            let keyIfNotExists = ifNotExists;
            for (let n = from + k; n < to && !isOp(tokens[n], '('); n++) {
                if (isWord(tokens[n], 'IF') && isWord(tokens[n + 1], 'NOT') && isWord(tokens[n + 2], 'EXISTS')) {
                    text.blank(tokens[n].start, tokens[n + 2].end);
                    keyIfNotExists = true;
                }
            }
            const ast = parseClause(text, tokens[from + k].start, tokens[to - 1].end, 'ADD ');
            const def = ast.create_definitions ?? ast;
            const key = keyFromAst(def);
            if (!key)
                return [];
            return 'refColumns' in key
                ? [{ op: 'addForeignKey', fk: key, ifNotExists: keyIfNotExists }]
                : [{ op: 'addKey', key, ifNotExists: keyIfNotExists }];
        }
        if (isOp(at(k), '(')) {
            // ADD COLUMN (a INT, b INT): several columns, each added at the end.
            const close = groupEnd(tokens, from + k) - 1;
            return splitAtCommas(tokens, from + k + 1, close).map(([a, b]) => ({
                op: 'addColumn',
                column: readDefinition(sql, tokens, a, b, text),
                ifNotExists,
            }));
        }
        const { end, position } = positionOf(tokens, from + k, to);
        const op = { op: 'addColumn', column: readDefinition(sql, tokens, from + k, end, text), ifNotExists };
        if (position)
            op.position = position;
        return [op];
    }
    if (isWord(t, 'MODIFY', 'CHANGE')) {
        let k = 1;
        if (isWord(at(k), 'COLUMN'))
            k++;
        const ifExists = ifFlag(k, ['IF', 'EXISTS']);
        if (ifExists)
            k += 2;
        const { end, position } = positionOf(tokens, from + k + (isWord(t, 'CHANGE') ? 1 : 0), to);
        const op = isWord(t, 'CHANGE')
            ? {
                op: 'changeColumn',
                from: name(k),
                column: readDefinition(sql, tokens, from + k + 1, end, text),
                ifExists,
            }
            : { op: 'modifyColumn', column: readDefinition(sql, tokens, from + k, end, text), ifExists };
        if (position)
            op.position = position;
        return [op];
    }
    if (isWord(t, 'DROP')) {
        let k = 1;
        if (isWord(at(k), 'PRIMARY') && isWord(at(k + 1), 'KEY'))
            return [{ op: 'dropPrimaryKey' }];
        if (isWord(at(k), 'CHECK', 'PARTITION', 'PERIOD', 'SYSTEM'))
            return [];
        const kind = isWord(at(k), 'INDEX', 'KEY')
            ? 'dropKey'
            : isWord(at(k), 'FOREIGN') && isWord(at(k + 1), 'KEY')
                ? 'dropForeignKey'
                : isWord(at(k), 'CONSTRAINT')
                    ? 'dropConstraint'
                    : 'dropColumn';
        k += kind === 'dropForeignKey' ? 2 : kind === 'dropColumn' ? (isWord(at(k), 'COLUMN') ? 1 : 0) : 1;
        const ifExists = ifFlag(k, ['IF', 'EXISTS']);
        if (ifExists)
            k += 2;
        const n = name(k);
        // DROP COLUMN's optional RESTRICT / CASCADE do nothing in MariaDB.
        if (from + k + 1 < to && !isWord(at(k + 1), 'RESTRICT', 'CASCADE'))
            throw new MysqlError('unexpected words after the name in DROP', at(k + 1));
        return [{ op: kind, name: n, ifExists }];
    }
    if (isWord(t, 'ALTER')) {
        let k = 1;
        if (isWord(at(k), 'INDEX', 'KEY'))
            return []; // [NOT] IGNORED / VISIBLE: no change to the model
        if (isWord(at(k), 'COLUMN'))
            k++;
        const column = name(k);
        if (isWord(at(k + 1), 'DROP') && isWord(at(k + 2), 'DEFAULT'))
            return [{ op: 'dropDefault', name: column }];
        if (isWord(at(k + 1), 'SET') && isWord(at(k + 2), 'DEFAULT') && from + k + 3 < to)
            return [{ op: 'setDefault', name: column, default: sql.slice(at(k + 3).start, tokens[to - 1].end) }];
        if (isWord(at(k + 1), 'SET') && isWord(at(k + 2), 'VISIBLE', 'INVISIBLE'))
            return [];
        throw new MysqlError('ALTER COLUMN takes SET DEFAULT or DROP DEFAULT', at(k + 1) ?? t);
    }
    if (isWord(t, 'RENAME')) {
        if (isWord(at(1), 'COLUMN')) {
            if (!isWord(at(3), 'TO'))
                throw new MysqlError('RENAME COLUMN a TO b', at(3) ?? t);
            return [{ op: 'renameColumn', from: name(2), to: name(4) }];
        }
        if (isWord(at(1), 'INDEX', 'KEY')) {
            if (!isWord(at(3), 'TO'))
                throw new MysqlError('RENAME INDEX a TO b', at(3) ?? t);
            return [{ op: 'renameKey', from: name(2), to: name(4) }];
        }
        const k = isWord(at(1), 'TO', 'AS') ? 2 : 1;
        return [{ op: 'renameTable', to: readTableName(tokens, from + k).ref }];
    }
    if (isWord(t, 'CONVERT') && isWord(at(1), 'TO')) {
        let k = isWord(at(2), 'CHARSET') ? 3 : 4;
        if (isOp(at(k), '='))
            k++;
        const charset = name(k).toLowerCase();
        const op = { op: 'convertCharset', charset };
        if (isWord(at(k + 1), 'COLLATE'))
            op.collation = name(isOp(at(k + 2), '=') ? k + 3 : k + 2).toLowerCase();
        return [op];
    }
    if (isWord(t, 'DEFAULT', 'CHARACTER', 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT', 'TYPE', ...IGNORED_CLAUSES))
        return readOptions(tokens, from, to);
    throw new MysqlError(`ALTER TABLE clause starting with "${t.text}" is not understood`, t);
}
/** A trailing FIRST or AFTER col. */
function positionOf(tokens, from, to) {
    if (to - 1 > from && isWord(tokens[to - 1], 'FIRST'))
        return { end: to - 1, position: { first: true } };
    if (to - 2 > from && isWord(tokens[to - 2], 'AFTER') && isName(tokens[to - 1]))
        return { end: to - 2, position: { after: tokens[to - 1].value } };
    return { end: to };
}
/** A column definition in an ALTER clause, parsed on its own by node-sql-parser. */
function readDefinition(sql, tokens, from, to, text) {
    const read = readColumnTokens(sql, tokens, from, to, text);
    const ast = parseClause(text, tokens[from].start, tokens[to - 1].end, 'ADD COLUMN ');
    const def = Array.isArray(ast.create_definitions) ? ast.create_definitions[0] : ast;
    return columnFromAst(read, def);
}
/**
 * Parses `ALTER TABLE t <lead><text[start, end)>` and returns its one clause. An error offset
 * is moved back to the statement's own offsets.
 */
function parseClause(text, start, end, lead) {
    const prefix = `ALTER TABLE t ${lead}`;
    try {
        const ast = parseStatement(prefix + text.slice(start, end));
        const clause = ast.expr?.[0];
        if (!clause)
            throw new MysqlError('the clause could not be read');
        return clause;
    }
    catch (err) {
        if (err instanceof MysqlError && err.offset !== undefined)
            throw new MysqlError(err.message, undefined, Math.max(start, start + err.offset - prefix.length));
        throw err;
    }
}
/** Table options: [DEFAULT] CHARACTER SET [=] x, [DEFAULT] COLLATE [=] y, ENGINE [=] z, COMMENT [=] '…'. */
function readOptions(tokens, from, to) {
    const options = {};
    let k = from;
    while (k < to) {
        if (isWord(tokens[k], 'DEFAULT'))
            k++;
        const t = tokens[k];
        let key;
        if (isWord(t, 'CHARACTER', 'CHAR') && isWord(tokens[k + 1], 'SET')) {
            key = 'charset';
            k += 2;
        }
        else if (isWord(t, 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT', 'TYPE')) {
            key = t.upper === 'TYPE' ? 'engine' : t.upper.toLowerCase();
            k++;
        }
        else if (isWord(t, ...IGNORED_CLAUSES)) {
            // An option or clause the model holds nothing of: skip to the next option word.
            k++;
            while (k < to && !isWord(tokens[k], 'DEFAULT', 'CHARACTER', 'CHARSET', 'COLLATE', 'ENGINE', 'COMMENT'))
                k++;
            continue;
        }
        else
            throw new MysqlError(`table option "${t?.text}" is not understood`, t);
        if (isOp(tokens[k], '='))
            k++;
        const value = tokens[k];
        if (!value || isOp(value, ','))
            throw new MysqlError('a value was expected', t);
        const v = key === 'comment' ? value.value : value.value.toLowerCase();
        if (key === 'charset')
            options.charset = v;
        else if (key === 'collate')
            options.collation = v;
        else if (key === 'engine')
            options.engine = value.value;
        else
            options.comment = v;
        k++;
    }
    return [{ op: 'options', options }];
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-read-statement.js







// What one statement does to the schema. Which statement it is comes from its first words; the
// schema statements are then parsed by node-sql-parser (with our readers for the parts its
// grammar lacks); data, session, privilege and routine statements change nothing the model holds.
/** Statements that change no table, column, key or view. */
const HARMLESS = new Set([
    'INSERT',
    'REPLACE',
    'UPDATE',
    'DELETE',
    'SELECT',
    'WITH',
    'VALUES',
    'TABLE',
    'TRUNCATE',
    'LOCK',
    'UNLOCK',
    'START',
    'BEGIN',
    'COMMIT',
    'ROLLBACK',
    'SAVEPOINT',
    'RELEASE',
    'XA',
    'GRANT',
    'REVOKE',
    'FLUSH',
    'ANALYZE',
    'OPTIMIZE',
    'CHECK',
    'CHECKSUM',
    'REPAIR',
    'DO',
    'LOAD',
    'HANDLER',
    'SHOW',
    'DESCRIBE',
    'DESC',
    'EXPLAIN',
    'KILL',
    'RESET',
    'PURGE',
    'INSTALL',
    'UNINSTALL',
    'SIGNAL',
    'RESIGNAL',
    'DEALLOCATE',
    'HELP',
    'BINLOG',
    'CACHE',
    'BACKUP',
]);
/** Objects whose CREATE / ALTER / DROP change nothing the model holds. */
const OTHER_OBJECTS = new Set([
    'PROCEDURE',
    'FUNCTION',
    'TRIGGER',
    'EVENT',
    'USER',
    'ROLE',
    'SERVER',
    'AGGREGATE',
    'PACKAGE',
    'TABLESPACE',
    'LOGFILE',
    'SEQUENCE',
]);
function readStatement(sql) {
    const tokens = tokenize(sql);
    const first = tokens[0];
    if (!first)
        return { kind: 'skip' };
    // `(SELECT …) UNION (…)`: a query, which changes nothing.
    if (isOp(first, '('))
        return { kind: 'skip' };
    if (first.kind !== 'word')
        throw new MysqlError(`a statement cannot start with "${first.text}"`, first);
    const word = first.upper;
    if (HARMLESS.has(word))
        return { kind: 'skip' };
    if (word === 'SET')
        return readSet(tokens);
    if (word === 'CALL' || word === 'PREPARE' || word === 'EXECUTE')
        return {
            kind: 'notice',
            message: `${word} runs code the replay does not follow; any schema change it makes is missing`,
        };
    if (word === 'USE')
        return { kind: 'use', db: nameAt(tokens, 1) };
    if (word === 'CREATE')
        return readCreate(sql, tokens);
    if (word === 'ALTER') {
        const object = objectWord(tokens, 1);
        if (object === 'TABLE')
            return readAlterTable(sql, tokens);
        if (object === 'VIEW')
            return readView(sql, tokens, true);
        return { kind: 'skip' };
    }
    if (word === 'DROP')
        return readDrop(sql, tokens);
    if (word === 'RENAME') {
        if (!isWord(tokens[1], 'TABLE', 'TABLES'))
            return { kind: 'skip' };
        const ast = parseStatement(new ParserText(sql, tokens).toString().replace(/^(\s*rename\s+)tables/i, '$1table'));
        const pairs = (ast.table ?? []).map((p) => [tableRef(p[0]), tableRef(p[1])]);
        return { kind: 'renameTable', pairs };
    }
    throw new MysqlError(`"${first.text}" does not start a statement MariaDB knows`, first);
}
/** The object keyword after CREATE/ALTER/DROP and their modifiers (OR REPLACE, DEFINER=… …). */
function objectWord(tokens, i) {
    for (let k = i; k < tokens.length; k++) {
        const t = tokens[k];
        if (isWord(t, 'OR', 'REPLACE', 'ONLINE', 'OFFLINE', 'IGNORE', 'TEMPORARY', 'UNIQUE', 'FULLTEXT', 'DEFAULT'))
            continue;
        if (isWord(t, 'SPATIAL') && isWord(tokens[k + 1], 'INDEX'))
            continue;
        if (isWord(t, 'ALGORITHM', 'DEFINER', 'SQL')) {
            // ALGORITHM = x, DEFINER = user@host, SQL SECURITY x
            k += isWord(t, 'SQL') ? 2 : 1;
            while (k + 1 < tokens.length &&
                (isOp(tokens[k], '=') || isOp(tokens[k + 1], '@') || tokens[k + 1]?.kind === 'var'))
                k++;
            continue;
        }
        return t.kind === 'word' ? t.upper : undefined;
    }
    return undefined;
}
function nameAt(tokens, i) {
    const t = tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'ident'))
        throw new MysqlError('a name was expected', t ?? tokens[0]);
    return t.value;
}
function readCreate(sql, tokens) {
    const object = objectWord(tokens, 1);
    if (object === 'TABLE')
        return readCreateTable(sql, tokens);
    if (object === 'VIEW')
        return readView(sql, tokens, false);
    if (object === 'INDEX') {
        const text = new ParserText(sql, tokens);
        const ifAt = tokens.findIndex((t, k) => isWord(t, 'IF') && isWord(tokens[k + 1], 'NOT') && isWord(tokens[k + 2], 'EXISTS'));
        if (ifAt > 0)
            text.blank(tokens[ifAt].start, tokens[ifAt + 2].end);
        const orReplace = isWord(tokens[1], 'OR') ? 2 : 0;
        if (orReplace)
            text.blank(tokens[1].start, tokens[2].end);
        const ast = parseStatement(text.toString());
        return { kind: 'createIndex', table: tableRef(ast.table), key: keyFromCreateIndex(ast), ifNotExists: ifAt > 0 };
    }
    if (object === 'DATABASE' || object === 'SCHEMA') {
        const ast = parseStatement(new ParserText(sql, tokens).toString());
        const spec = ast.database ?? ast.schema;
        const name = typeof spec === 'string' ? spec : stringValue(spec?.schema?.[0]);
        if (!name)
            throw new MysqlError('a database name was expected', tokens[2]);
        const ddl = { kind: 'createDatabase', name, ifNotExists: Boolean(ast.if_not_exists) };
        const charset = (ast.create_definitions ?? []).find((d) => /char/i.test(String(d.keyword)));
        const value = stringValue(charset?.value);
        if (value)
            ddl.charset = value.toLowerCase();
        return ddl;
    }
    if (object && OTHER_OBJECTS.has(object))
        return { kind: 'skip' };
    throw new MysqlError(`CREATE ${object ?? ''} is not a statement MariaDB knows`.replace('  ', ' '), tokens[1]);
}
function readView(sql, tokens, alter) {
    const text = new ParserText(sql, tokens);
    const ifAt = tokens.findIndex((t, k) => isWord(t, 'IF') && isWord(tokens[k + 1], 'NOT') && isWord(tokens[k + 2], 'EXISTS'));
    if (ifAt > 0)
        text.blank(tokens[ifAt].start, tokens[ifAt + 2].end);
    // ALTER VIEW replaces the view's definition: the parser reads it as CREATE OR REPLACE.
    const parserSql = alter
        ? text
            .toString()
            .replace(/^(\s*)alter/i, '$1CREATE OR REPLACE')
            .slice(0)
        : text.toString();
    const ast = parseStatement(parserSql);
    const ddl = {
        kind: 'createView',
        view: tableRef(ast.view),
        orReplace: alter || Boolean(ast.replace),
        ifNotExists: ifAt > 0,
        select: ast.select,
    };
    if (Array.isArray(ast.columns) && ast.columns.length > 0)
        ddl.columns = ast.columns.map((c) => stringValue(c) ?? String(c));
    return ddl;
}
function readDrop(sql, tokens) {
    let i = 1;
    if (isWord(tokens[i], 'TEMPORARY'))
        return { kind: 'skip' };
    const object = tokens[i]?.upper;
    if (object === 'TABLE' || object === 'TABLES' || object === 'VIEW') {
        const text = new ParserText(sql, tokens);
        if (object === 'TABLES')
            text.replace(tokens[i].start, tokens[i].end, 'TABLE');
        // RESTRICT / CASCADE after the names do nothing in MariaDB.
        const last = tokens[tokens.length - 1];
        if (isWord(last, 'RESTRICT', 'CASCADE'))
            text.blank(last.start, last.end);
        const ast = parseStatement(text.toString());
        const names = (ast.name ?? []).map(tableRef);
        const ifExists = /if exists/i.test(String(ast.prefix ?? ''));
        return object === 'VIEW'
            ? { kind: 'dropView', views: names, ifExists }
            : { kind: 'dropTable', tables: names, ifExists };
    }
    if (object === 'INDEX') {
        const text = new ParserText(sql, tokens);
        const ifExists = isWord(tokens[2], 'IF') && isWord(tokens[3], 'EXISTS');
        if (ifExists)
            text.blank(tokens[2].start, tokens[3].end);
        const ast = parseStatement(text.toString());
        const name = ast.name?.column ?? stringValue(ast.name);
        return { kind: 'dropIndex', table: tableRef(ast.table), name: String(name), ifExists };
    }
    if (object === 'DATABASE' || object === 'SCHEMA') {
        i = 2;
        const ifExists = isWord(tokens[i], 'IF') && isWord(tokens[i + 1], 'EXISTS');
        return { kind: 'dropDatabase', name: nameAt(tokens, ifExists ? 4 : 2), ifExists };
    }
    return { kind: 'skip' };
}
/** SET FOREIGN_KEY_CHECKS = 0|1 (also @@, @@session., SESSION); other settings change no schema. */
function readSet(tokens) {
    for (let k = 1; k < tokens.length; k++) {
        const t = tokens[k];
        const name = t.kind === 'var' ? t.text.replace(/^@@(session\.|local\.)?/i, '') : t.kind === 'word' ? t.text : '';
        if (name.toLowerCase() !== 'foreign_key_checks')
            continue;
        const value = tokens[isOp(tokens[k + 1], '=') || isOp(tokens[k + 1], ':=') ? k + 2 : k + 1];
        const v = value?.value.toUpperCase();
        if (v === '0' || v === 'OFF' || v === 'FALSE')
            return { kind: 'setForeignKeyChecks', on: false };
        if (v === '1' || v === 'ON' || v === 'TRUE' || v === 'DEFAULT')
            return { kind: 'setForeignKeyChecks', on: true };
    }
    return { kind: 'skip' };
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-foreign-keys.js



function isInnodb(table) {
    return table.engine.toLowerCase() === 'innodb';
}
function incorrectlyFormed(table) {
    return new ServerError(`Can't create table \`${table.db}\`.\`${table.name}\` (errno: 150 "Foreign key constraint is incorrectly formed")`);
}
/**
 * The foreign key `spec` makes on `table` (the table being created or altered, not yet in the
 * model), or undefined when the engine ignores foreign keys.
 */
function buildForeignKey(model, table, spec, session) {
    if (!isInnodb(table))
        return undefined;
    const child = spec.columns.map((name) => {
        const c = table.columns.find((x) => eqName(x.name, name));
        if (!c)
            throw new ServerError(`Key column '${name}' doesn't exist in table`);
        return c;
    });
    const label = spec.constraint ?? spec.indexName ?? spec.columns.join(',');
    if (spec.refColumns.length !== spec.columns.length)
        throw new ServerError(`Incorrect foreign key definition for '${label}': Key reference and table reference don't match`);
    const name = spec.constraint ?? spec.indexName ?? nextGeneratedName(table);
    const taken = model.foreignKeyNames(table.db, table);
    if (taken.has(name.toLowerCase()) || table.foreignKeys.some((f) => eqName(f.name, name)))
        throw new ServerError(`Can't create table \`${table.db}\`.\`${table.name}\` (errno: 121 "Duplicate key on write or update")`);
    for (const c of child)
        if (!c.nullable && (spec.onDelete === 'SET NULL' || spec.onUpdate === 'SET NULL'))
            throw incorrectlyFormed(table);
    const refDb = spec.ref.db ?? session.db ?? table.db;
    const parent = eqName(refDb, table.db) && spec.ref.name === table.name ? table : model.table(refDb, spec.ref.name, false);
    if (parent) {
        const refs = spec.refColumns.map((name) => parent.columns.find((x) => eqName(x.name, name)));
        if (refs.some((r) => !r))
            throw incorrectlyFormed(table);
        if (session.foreignKeyChecks && !hasIndexOn(parent.indexes, spec.refColumns))
            throw incorrectlyFormed(table);
        child.forEach((c, n) => {
            if (!sameKeyType(c, refs[n]))
                throw incorrectlyFormed(table);
        });
    }
    else if (session.foreignKeyChecks)
        throw incorrectlyFormed(table);
    return {
        name,
        columns: child.map((c) => c.name),
        refDb,
        refTable: parent?.name ?? spec.ref.name,
        refColumns: parent
            ? spec.refColumns.map((r) => parent.columns.find((x) => eqName(x.name, r)).name)
            : [...spec.refColumns],
        onDelete: spec.onDelete,
        onUpdate: spec.onUpdate,
    };
}
/** `<table>_ibfk_<n>`, one past the highest n the table's foreign keys already use. */
function nextGeneratedName(table) {
    const prefix = `${table.name}_ibfk_`.toLowerCase();
    let n = 0;
    for (const fk of table.foreignKeys) {
        const lower = fk.name.toLowerCase();
        if (lower.startsWith(prefix) && /^\d+$/.test(lower.slice(prefix.length)))
            n = Math.max(n, Number(lower.slice(prefix.length)));
    }
    return `${table.name}_ibfk_${n + 1}`;
}
/** InnoDB's rule for the two columns of a foreign key: one type (and sign), strings of one character set. */
function sameKeyType(a, b) {
    const strings = ['char', 'varchar'];
    const bytes = ['binary', 'varbinary'];
    if (strings.includes(a.type.base) && strings.includes(b.type.base))
        return a.charset === b.charset;
    if (bytes.includes(a.type.base) && bytes.includes(b.type.base))
        return true;
    if (a.type.base !== b.type.base)
        return false;
    if (INTEGER_TYPES.has(a.type.base))
        return a.type.unsigned === b.type.unsigned;
    if (a.type.base === 'decimal')
        return a.type.length === b.type.length && a.type.scale === b.type.scale && a.type.unsigned === b.type.unsigned;
    return !['tinytext', 'text', 'mediumtext', 'longtext', 'tinyblob', 'blob', 'mediumblob', 'longblob'].includes(a.type.base);
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-alter-table.js







// ALTER TABLE as MariaDB runs it: on a copy of the table, all clauses or none. Column clauses
// apply in the order written (`ADD b AFTER a, ADD a` fails on `a`); then foreign keys and indexes
// are dropped, new ones added, and every key settled again against the new columns (a prefix no
// shorter than its column becomes the whole column, a generated foreign-key index covered by a new
// key goes); the checks come last, when the foreign keys must still find their columns and indexes.
function alterTable(model, original, ops, session, at) {
    const t = structuredClone(original);
    const renamed = [];
    const changed = new Set();
    const removedIndexes = [];
    /** Indexes that went with their last column (DROP COLUMN): a DROP INDEX of one of them is no error. */
    const emptied = [];
    const newKeys = [];
    const newForeignKeys = [];
    let renameTo;
    const find = (name) => t.columns.find((c) => eqName(c.name, name));
    const unknownColumn = (name) => new ServerError(`Unknown column '${name}' in '${t.name}'`);
    const columnKeys = (spec) => {
        const parts = [{ column: spec.name }];
        if (spec.key)
            newKeys.push({ spec: { kind: spec.key, parts }, generated: false });
        if (spec.serialUnique)
            newKeys.push({ spec: { kind: 'unique', parts }, generated: false });
        if (spec.references)
            addForeignKey({ ...spec.references, columns: [spec.name] });
    };
    const addForeignKey = (fk) => {
        const key = { kind: 'index', parts: fk.columns.map((column) => ({ column })) };
        const name = fk.constraint ?? fk.indexName;
        if (name !== undefined)
            key.name = name;
        newKeys.push({ spec: key, generated: true });
        newForeignKeys.push(fk);
    };
    const place = (c, position, at) => {
        if (position && 'first' in position)
            t.columns.unshift(c);
        else if (position) {
            const after = t.columns.findIndex((x) => eqName(x.name, position.after));
            if (after < 0)
                throw unknownColumn(position.after);
            t.columns.splice(after + 1, 0, c);
        }
        else
            t.columns.splice(at, 0, c);
    };
    const renameColumn = (from, to) => {
        if (eqName(from, to) && from === to)
            return;
        for (const i of t.indexes)
            for (const p of i.parts)
                if (eqName(p.column, from))
                    p.column = to;
        for (const fk of t.foreignKeys) {
            fk.columns = fk.columns.map((c) => (eqName(c, from) ? to : c));
            if (fk.refDb === t.db && fk.refTable === original.name)
                fk.refColumns = fk.refColumns.map((c) => (eqName(c, from) ? to : c));
        }
        renamed.push([from, to]);
    };
    // A new default character set applies to the columns this statement adds.
    for (const op of ops) {
        if (op.op !== 'options')
            continue;
        if (op.options.charset)
            t.charset = op.options.charset;
        else if (op.options.collation)
            t.charset = op.options.collation.split('_')[0];
    }
    for (const op of ops) {
        switch (op.op) {
            case 'addColumn': {
                if (find(op.column.name)) {
                    if (op.ifNotExists)
                        break;
                    throw new ServerError(`Duplicate column name '${op.column.name}'`);
                }
                place(buildColumn(op.column, t.charset), op.position, t.columns.length);
                columnKeys(op.column);
                break;
            }
            case 'dropColumn': {
                const c = find(op.name);
                if (!c) {
                    if (op.ifExists)
                        break;
                    throw new ServerError(`Can't DROP COLUMN \`${op.name}\`; check that it exists`);
                }
                t.columns.splice(t.columns.indexOf(c), 1);
                for (const i of t.indexes)
                    i.parts = i.parts.filter((p) => !eqName(p.column, c.name));
                for (const i of t.indexes.filter((x) => x.parts.length === 0)) {
                    removedIndexes.push(i.name);
                    emptied.push(i.name);
                }
                t.indexes = t.indexes.filter((i) => i.parts.length > 0);
                break;
            }
            case 'modifyColumn':
            case 'changeColumn': {
                const fromName = op.op === 'changeColumn' ? op.from : op.column.name;
                const old = find(fromName);
                if (!old) {
                    if (op.ifExists)
                        break;
                    throw unknownColumn(fromName);
                }
                const other = find(op.column.name);
                if (other && other !== old)
                    throw new ServerError(`Duplicate column name '${op.column.name}'`);
                const c = buildColumn(op.column, t.charset);
                checkForeignKeyTypes(model, original, t, old, c, session);
                const at = t.columns.indexOf(old);
                t.columns.splice(at, 1);
                place(c, op.position, at);
                if (c.name !== old.name)
                    renameColumn(old.name, c.name);
                changed.add(c.name.toLowerCase());
                columnKeys(op.column);
                break;
            }
            case 'renameColumn': {
                const c = find(op.from);
                if (!c)
                    throw unknownColumn(op.from);
                const other = find(op.to);
                if (other && other !== c)
                    throw new ServerError(`Duplicate column name '${op.to}'`);
                c.name = op.to;
                renameColumn(op.from, op.to);
                break;
            }
            case 'setDefault': {
                const c = find(op.name);
                if (!c)
                    throw unknownColumn(op.name);
                const value = formatDefault(op.default, c.type, c.name, c.type.length);
                if (value === 'NULL' && !c.nullable)
                    throw new ServerError(`Invalid default value for '${c.name}'`);
                c.default = value;
                break;
            }
            case 'dropDefault': {
                const c = find(op.name);
                if (!c)
                    throw unknownColumn(op.name);
                c.default = c.nullable ? 'NULL' : null;
                break;
            }
            default:
                break;
        }
    }
    for (const op of ops) {
        if (op.op === 'dropForeignKey') {
            const at = t.foreignKeys.findIndex((f) => eqName(f.name, op.name));
            if (at < 0) {
                if (op.ifExists)
                    continue;
                throw new ServerError(`Can't DROP FOREIGN KEY \`${op.name}\`; check that it exists`);
            }
            t.foreignKeys.splice(at, 1);
        }
        else if (op.op === 'dropConstraint') {
            // DROP CONSTRAINT drops a foreign key, a unique key or a CHECK (not modelled) by its name.
            const fk = t.foreignKeys.findIndex((f) => eqName(f.name, op.name));
            const key = t.indexes.findIndex((i) => i.kind === 'unique' && eqName(i.name, op.name));
            if (fk >= 0)
                t.foreignKeys.splice(fk, 1);
            else if (key >= 0)
                removedIndexes.push(...t.indexes.splice(key, 1).map((i) => i.name));
        }
    }
    for (const op of ops) {
        if (op.op !== 'dropKey' && op.op !== 'dropPrimaryKey')
            continue;
        const name = op.op === 'dropKey' ? op.name : 'PRIMARY';
        const at = t.indexes.findIndex((i) => eqName(i.name, name));
        if (at < 0) {
            // Gone with its columns earlier in this statement (DROP COLUMN a, DROP INDEX a_idx): fine.
            const gone = emptied.findIndex((n) => eqName(n, name));
            if (gone >= 0) {
                emptied.splice(gone, 1);
                continue;
            }
            if (op.op === 'dropKey' && op.ifExists)
                continue;
            throw new ServerError(`Can't DROP INDEX \`${name}\`; check that it exists`);
        }
        removedIndexes.push(...t.indexes.splice(at, 1).map((i) => i.name));
    }
    for (const op of ops) {
        if (op.op === 'addKey') {
            const exists = t.indexes.some((i) => op.key.name !== undefined && eqName(i.name, op.key.name));
            if (!(op.ifNotExists && exists))
                newKeys.push({ spec: op.key, generated: false });
        }
        else if (op.op === 'addForeignKey') {
            const name = op.fk.constraint ?? op.fk.indexName;
            const exists = name !== undefined && t.foreignKeys.some((f) => eqName(f.name, name));
            if (!(op.ifNotExists && exists))
                addForeignKey(op.fk);
        }
    }
    // Every key is settled again: the columns under it may have changed.
    const existing = t.indexes.map((i) => ({
        spec: respec(i, t.columns, changed),
        generated: i.generated,
    }));
    t.indexes = settleKeys(t.columns, [...existing, ...newKeys]);
    for (const spec of newForeignKeys) {
        const fk = buildForeignKey(model, t, spec, session);
        if (fk)
            t.foreignKeys.push(fk);
    }
    for (const op of ops) {
        if (op.op === 'renameKey') {
            const index = t.indexes.find((i) => eqName(i.name, op.from));
            if (!index || index.name === 'PRIMARY')
                throw new ServerError(`Key '${op.from}' doesn't exist in table '${t.name}'`);
            if (t.indexes.some((i) => i !== index && eqName(i.name, op.to)))
                throw new ServerError(`Duplicate key name '${op.to}'`);
            index.name = op.to;
        }
        else if (op.op === 'options') {
            if (op.options.engine)
                t.engine = engineName(op.options.engine);
            if (op.options.comment !== undefined)
                t.comment = op.options.comment;
        }
        else if (op.op === 'convertCharset') {
            convertCharset(t, op.charset === 'default' ? t.charset : op.charset);
        }
        else if (op.op === 'renameTable') {
            renameTo = { db: op.to.db ?? session.db, name: op.to.name };
        }
    }
    if (t.columns.length === 0)
        throw new ServerError("You can't delete all columns with ALTER TABLE; use DROP TABLE instead");
    checkAutoIncrement(t.columns, t.indexes);
    checkRowSize(t.columns);
    checkForeignKeysStillHold(model, original, t, removedIndexes, renamed, session);
    if (renameTo && !(renameTo.db === t.db && renameTo.name === t.name)) {
        model.database(renameTo.db);
        if (model.databases.get(renameTo.db).objects.has(renameTo.name))
            throw new ServerError(`Table '${renameTo.name}' already exists`);
    }
    // Commit: the new table replaces the old, and what other tables say of it follows.
    model.databases.get(t.db).objects.set(t.name, t);
    for (const { table, fk } of model.referencing(t.db, t.name)) {
        if (table === t)
            continue;
        for (const [from, to] of renamed)
            fk.refColumns = fk.refColumns.map((c) => (eqName(c, from) ? to : c));
    }
    if (renameTo && !(renameTo.db === t.db && renameTo.name === t.name))
        model.moveTable({ db: t.db, name: t.name }, renameTo, at);
}
/** An index as a key definition again, its prefixes checked against the columns as they now are. */
function respec(index, columns, changed) {
    const spec = { kind: index.kind, name: index.name, parts: [] };
    if (index.comment)
        spec.comment = index.comment;
    for (const p of index.parts) {
        const c = columns.find((x) => eqName(x.name, p.column));
        const part = { column: p.column, ...(p.length !== undefined ? { length: p.length } : {}) };
        if (c && part.length !== undefined && changed.has(c.name.toLowerCase())) {
            // A prefix no shorter than the column, or on a column no longer a string, becomes the whole column.
            const stringy = c.charset !== undefined || ['binary', 'varbinary'].includes(c.type.base) || isLob(c.type);
            const length = ['char', 'varchar', 'binary', 'varbinary'].includes(c.type.base) ? c.type.length : undefined;
            if (!stringy || (length !== undefined && part.length >= length))
                delete part.length;
        }
        if (index.kind === 'spatial')
            delete part.length;
        spec.parts.push(part);
    }
    return spec;
}
/** CONVERT TO CHARACTER SET: every character column takes it, TEXT types grown to hold as many characters. */
function convertCharset(t, charset) {
    for (const c of t.columns) {
        if (!c.charset)
            continue;
        const lob = TEXT_TYPES.indexOf(c.type.base);
        if (lob >= 0) {
            const chars = Math.floor(LOB_CAPACITY[lob] / charsetMaxBytes(c.charset));
            c.type.base = lobFor('text', chars * charsetMaxBytes(charset));
        }
        c.charset = charset;
    }
    t.charset = charset;
}
/** MODIFY/CHANGE of a foreign key's column must keep its type while FOREIGN_KEY_CHECKS=1. */
function checkForeignKeyTypes(model, original, t, old, next, session) {
    if (!session.foreignKeyChecks)
        return;
    for (const fk of t.foreignKeys) {
        const at = fk.columns.findIndex((c) => eqName(c, old.name));
        if (at < 0)
            continue;
        const parent = fk.refDb === t.db && fk.refTable === original.name ? t : model.table(fk.refDb, fk.refTable, false);
        const ref = parent?.columns.find((c) => eqName(c.name, fk.refColumns[at]));
        if (ref && ref !== old && !sameKeyType(next, ref))
            throw new ServerError(`Cannot change column '${old.name}': used in a foreign key constraint '${fk.name}'`);
    }
    for (const { table, fk } of model.referencing(original.db, original.name)) {
        const at = fk.refColumns.findIndex((c) => eqName(c, old.name));
        if (at < 0)
            continue;
        const childTable = table === original ? t : table;
        const child = childTable.columns.find((c) => eqName(c.name, fk.columns[at]));
        if (child && child !== old && !sameKeyType(child, next))
            throw new ServerError(`Cannot change column '${old.name}': used in a foreign key constraint '${fk.name}' ` +
                `of table '${table.db}.${table.name}'`);
    }
}
/** After the change, each foreign key of and to the table must still find its columns and an index. */
function checkForeignKeysStillHold(model, original, t, removedIndexes, renamed, session) {
    const newName = (c) => renamed.reduce((name, [from, to]) => (eqName(name, from) ? to : name), c);
    const neededIndex = () => new ServerError(`Cannot drop index '${removedIndexes[0] ?? ''}': needed in a foreign key constraint`);
    for (const fk of t.foreignKeys) {
        const missing = fk.columns.find((c) => !t.columns.some((x) => eqName(x.name, c)));
        if (missing !== undefined) {
            if (removedIndexes.length > 0)
                throw neededIndex();
            throw new ServerError(`Cannot drop column '${missing}': needed in a foreign key constraint '${fk.name}'`);
        }
        if (!hasIndexOn(t.indexes, fk.columns))
            throw neededIndex();
    }
    const referencing = model.referencing(original.db, original.name).map(({ table, fk }) => ({
        fk: table === original ? t.foreignKeys.find((f) => f.name === fk.name) : fk,
        table,
    }));
    for (const { fk, table } of referencing) {
        if (!fk)
            continue;
        const refColumns = table === original ? fk.refColumns : fk.refColumns.map(newName);
        const missing = refColumns.find((c) => !t.columns.some((x) => eqName(x.name, c)));
        if (missing !== undefined)
            throw new ServerError(`Cannot drop column '${missing}': needed in a foreign key constraint '${fk.name}' of table '${table.name}'`);
        if (session.foreignKeyChecks && !hasIndexOn(t.indexes, refColumns))
            throw neededIndex();
    }
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-view-columns.js


const MAX_DEPTH = 16;
function viewColumns(model, view, depth = 0) {
    const select = view.select;
    if (depth > MAX_DEPTH || !select || select.type !== 'select' || select._next || select.with)
        return undefined;
    const sources = [];
    for (const item of select.from ?? []) {
        if (typeof item.table !== 'string' || item.expr)
            return undefined;
        const dbName = item.db ?? view.defaultDb;
        const object = model.databases.get(dbName)?.objects.get(item.table);
        if (!object)
            return undefined;
        const columns = object.kind === 'table' ? object.columns : viewColumns(model, object, depth + 1);
        if (!columns)
            return undefined;
        const join = String(item.join ?? '').toUpperCase();
        if (item.using && selectsStar(select))
            return undefined; // USING merges columns under *
        if (join.startsWith('RIGHT'))
            for (const s of sources)
                s.nullable = true;
        sources.push({ alias: stringValue(item.as) ?? item.table, columns, nullable: join.startsWith('LEFT') });
    }
    if (sources.length === 0)
        return undefined;
    const out = [];
    const take = (s, c, as) => out.push({ ...structuredClone(c), name: as ?? c.name, nullable: c.nullable || s.nullable });
    const items = select.columns === '*' ? [{ expr: { type: 'column_ref', column: '*' } }] : select.columns;
    for (const item of items ?? []) {
        const expr = item.expr;
        if (expr?.type !== 'column_ref')
            return undefined;
        const column = typeof expr.column === 'string' ? expr.column : stringValue(expr.column?.expr ?? expr.column);
        if (typeof column !== 'string')
            return undefined;
        const qualifier = stringValue(expr.table);
        const scope = qualifier !== undefined ? sources.filter((s) => eqName(s.alias, qualifier)) : sources;
        if (scope.length === 0)
            return undefined;
        if (column === '*') {
            for (const s of scope)
                for (const c of s.columns)
                    take(s, c);
            continue;
        }
        const found = scope.flatMap((s) => s.columns.filter((c) => eqName(c.name, column)).map((c) => [s, c]));
        if (found.length !== 1)
            return undefined; // unknown or ambiguous
        take(found[0][0], found[0][1], stringValue(item.as));
    }
    if (view.columns) {
        if (view.columns.length !== out.length)
            return undefined;
        out.forEach((c, n) => {
            c.name = view.columns[n];
        });
    }
    return out;
}
function selectsStar(select) {
    return select.columns === '*' || (select.columns ?? []).some((c) => c.expr?.column === '*');
}

;// CONCATENATED MODULE: ./lib/sources/migrations/mysql-schema-model.js







/** The server's default character set (Debian's MariaDB packages set utf8mb4). */
const SERVER_CHARSET = 'utf8mb4';
class MysqlSchemaModel {
    databases = new Map();
    /** Where each table and view was created or last renamed, by `db.name`. */
    created = new Map();
    constructor(defaultDatabase) {
        this.databases.set(defaultDatabase, { name: defaultDatabase, charset: SERVER_CHARSET, objects: new Map() });
    }
    database(name) {
        if (name === undefined)
            throw new ServerError('No database selected');
        const db = this.databases.get(name);
        if (!db)
            throw new ServerError(`Unknown database '${name}'`);
        return db;
    }
    table(db, name, required) {
        const found = this.databases.get(db)?.objects.get(name);
        if (found?.kind === 'table')
            return found;
        if (required)
            throw new ServerError(`Table '${db}.${name}' doesn't exist`);
        return undefined;
    }
    /** Every base table, in every database. */
    *tables() {
        for (const db of this.databases.values())
            for (const o of db.objects.values())
                if (o.kind === 'table')
                    yield o;
    }
    /** Names of the foreign keys of a database (lower case), but those of `except`. */
    foreignKeyNames(db, except) {
        const names = new Set();
        for (const t of this.tables())
            if (t.db === db && t !== except)
                for (const fk of t.foreignKeys)
                    names.add(fk.name.toLowerCase());
        return names;
    }
    /** Foreign keys of other tables (and its own) that reference `db.name`. */
    referencing(db, name) {
        const out = [];
        for (const t of this.tables())
            for (const fk of t.foreignKeys)
                if (fk.refDb === db && fk.refTable === name)
                    out.push({ table: t, fk });
        return out;
    }
    /** Applies a statement; `at` is where it is, for the table's source. */
    apply(ddl, session, at) {
        const ref = (r) => ({ db: r.db ?? session.db, name: r.name, given: r.db ?? session.db });
        switch (ddl.kind) {
            case 'createTable':
                this.createTable(ddl, session, at);
                return;
            case 'alterTable': {
                const r = ref(ddl.table);
                this.database(r.given);
                alterTable(this, this.table(r.db, r.name, true), ddl.ops, session, at);
                return;
            }
            case 'createIndex': {
                const r = ref(ddl.table);
                this.database(r.given);
                const op = { op: 'addKey', key: ddl.key, ifNotExists: ddl.ifNotExists };
                alterTable(this, this.table(r.db, r.name, true), [op], session, at);
                return;
            }
            case 'dropIndex': {
                const r = ref(ddl.table);
                this.database(r.given);
                const op = ddl.name.toUpperCase() === 'PRIMARY'
                    ? { op: 'dropPrimaryKey' }
                    : { op: 'dropKey', name: ddl.name, ifExists: ddl.ifExists };
                alterTable(this, this.table(r.db, r.name, true), [op], session, at);
                return;
            }
            case 'dropTable':
                this.dropTables(ddl.tables.map(ref), ddl.ifExists, session);
                return;
            case 'renameTable':
                this.renameTables(ddl.pairs.map(([a, b]) => [ref(a), ref(b)]), at);
                return;
            case 'createView':
                this.createView(ddl, session, at);
                return;
            case 'dropView':
                this.dropViews(ddl.views.map(ref), ddl.ifExists);
                return;
            case 'createDatabase': {
                if (this.databases.has(ddl.name)) {
                    if (ddl.ifNotExists)
                        return;
                    throw new ServerError(`Can't create database '${ddl.name}'; database exists`);
                }
                this.databases.set(ddl.name, { name: ddl.name, charset: ddl.charset ?? SERVER_CHARSET, objects: new Map() });
                return;
            }
            case 'dropDatabase': {
                if (!this.databases.has(ddl.name)) {
                    if (ddl.ifExists)
                        return;
                    throw new ServerError(`Can't drop database '${ddl.name}'; database doesn't exist`);
                }
                this.databases.delete(ddl.name);
                if (session.db === ddl.name)
                    session.db = undefined;
                return;
            }
            case 'use':
                this.database(ddl.db);
                session.db = ddl.db;
                return;
            case 'setForeignKeyChecks':
                session.foreignKeyChecks = ddl.on;
                return;
            case 'skip':
            case 'notice':
                return;
        }
    }
    createTable(ddl, session, at) {
        const dbName = ddl.table.db ?? session.db;
        const db = this.database(dbName);
        const existing = db.objects.get(ddl.table.name);
        if (existing && ddl.ifNotExists)
            return;
        if (existing && !(ddl.orReplace && existing.kind === 'table'))
            throw new ServerError(`Table '${ddl.table.name}' already exists`);
        let table;
        if (ddl.like) {
            const source = this.table(ddl.like.db ?? session.db, ddl.like.name, true);
            // LIKE copies columns, indexes and options; never foreign keys.
            table = structuredClone({ ...source, foreignKeys: [] });
            table.db = db.name;
            table.name = ddl.table.name;
        }
        else if (ddl.select) {
            table = this.tableFromSelect(ddl, db, session);
        }
        else {
            table = this.buildTable(db, ddl.table.name, ddl.elements, ddl.options, session);
        }
        if (existing)
            this.dropTables([{ db: db.name, name: ddl.table.name }], false, session);
        db.objects.set(table.name, table);
        this.created.set(`${table.db}.${table.name}`, at);
    }
    buildTable(db, name, elements, options, session) {
        const charset = tableCharset(options, db.charset);
        const table = {
            kind: 'table',
            db: db.name,
            name,
            columns: [],
            indexes: [],
            foreignKeys: [],
            engine: options.engine ? engineName(options.engine) : 'InnoDB',
            charset,
        };
        if (options.comment)
            table.comment = options.comment;
        const pending = [];
        const foreignKeys = [];
        const addForeignKey = (fk) => {
            // A foreign key brings a key of its own, named by its CONSTRAINT (else its index name).
            const name = fk.constraint ?? fk.indexName;
            const key = { kind: 'index', parts: fk.columns.map((column) => ({ column })) };
            if (name !== undefined)
                key.name = name;
            pending.push({ spec: key, generated: true });
            foreignKeys.push(fk);
        };
        for (const e of elements) {
            if ('column' in e) {
                const spec = e.column;
                if (table.columns.some((c) => eqName(c.name, spec.name)))
                    throw new ServerError(`Duplicate column name '${spec.name}'`);
                table.columns.push(buildColumn(spec, charset));
                const parts = [{ column: spec.name }];
                if (spec.key)
                    pending.push({ spec: { kind: spec.key, parts }, generated: false });
                if (spec.serialUnique)
                    pending.push({ spec: { kind: 'unique', parts }, generated: false });
                if (spec.references)
                    addForeignKey({ ...spec.references, columns: [spec.name] });
            }
            else if ('key' in e)
                pending.push({ spec: e.key, generated: false });
            else
                addForeignKey(e.foreignKey);
        }
        if (table.columns.length === 0)
            throw new ServerError('A table must have at least 1 column');
        table.indexes = settleKeys(table.columns, pending);
        checkAutoIncrement(table.columns, table.indexes);
        checkRowSize(table.columns);
        for (const spec of foreignKeys) {
            const fk = buildForeignKey(this, table, spec, session);
            if (fk)
                table.foreignKeys.push(fk);
        }
        return table;
    }
    /** CREATE TABLE … SELECT: the select's columns, typed like a view's; no keys. */
    tableFromSelect(ddl, db, session) {
        if (ddl.elements.length > 0)
            throw new ModelNotice(`CREATE TABLE ${ddl.table.name} (…) SELECT: columns both defined and selected are not followed; ` +
                'the table is missing from the schema');
        const source = {
            kind: 'view',
            db: db.name,
            name: ddl.table.name,
            select: ddl.select,
            defaultDb: session.db ?? db.name,
        };
        const columns = viewColumns(this, source);
        if (!columns)
            throw new ModelNotice(`CREATE TABLE ${ddl.table.name} … SELECT: its columns cannot be known without running the select; ` +
                'the table is missing from the schema');
        const table = {
            kind: 'table',
            db: db.name,
            name: ddl.table.name,
            // The select's columns keep their defaults; an AUTO_INCREMENT one becomes a plain column
            // whose default is 0, as the server makes it.
            columns: columns.map((c) => ({ ...c, default: c.autoIncrement ? '0' : c.default, autoIncrement: false })),
            indexes: [],
            foreignKeys: [],
            engine: ddl.options.engine ? engineName(ddl.options.engine) : 'InnoDB',
            charset: tableCharset(ddl.options, db.charset),
        };
        return table;
    }
    /** DROP TABLE a, b: drops what it can, in order; a missing table is reported after. */
    dropTables(refs, ifExists, session) {
        const unknown = [];
        const dropping = new Set(refs.map((r) => `${r.db}.${r.name}`));
        for (const r of refs) {
            const db = this.databases.get(r.db);
            const t = db?.objects.get(r.name);
            if (t?.kind !== 'table') {
                unknown.push(`${r.db}.${r.name}`);
                continue;
            }
            if (session.foreignKeyChecks) {
                const blocked = this.referencing(r.db, r.name).some(({ table }) => table !== t && !dropping.has(`${table.db}.${table.name}`));
                if (blocked)
                    throw new ServerError('Cannot delete or update a parent row: a foreign key constraint fails');
            }
            db.objects.delete(r.name);
            this.created.delete(`${r.db}.${r.name}`);
        }
        if (unknown.length > 0 && !ifExists)
            throw new ServerError(`Unknown table '${unknown.join(',')}'`);
    }
    renameTables(pairs, at) {
        // All or nothing: check the whole chain against a scratch list of names first.
        const names = new Map();
        const exists = (db, name) => names.get(`${db}.${name}`) ?? this.databases.get(db)?.objects.has(name) ?? false;
        for (const [from, to] of pairs) {
            this.database(from.db);
            this.database(to.db);
            if (!exists(from.db, from.name))
                throw new ServerError(`Table '${from.db}.${from.name}' doesn't exist`);
            if (exists(to.db, to.name))
                throw new ServerError(`Table '${to.name}' already exists`);
            names.set(`${from.db}.${from.name}`, false);
            names.set(`${to.db}.${to.name}`, true);
        }
        for (const [from, to] of pairs)
            this.moveTable(from, to, at);
    }
    /** Moves a table or view to a new name, with what InnoDB renames along: foreign keys and their names. */
    moveTable(from, to, at) {
        const source = this.databases.get(from.db);
        const object = source.objects.get(from.name);
        source.objects.delete(from.name);
        const oldName = object.name;
        object.db = to.db;
        object.name = to.name;
        this.databases.get(to.db).objects.set(to.name, object);
        this.created.delete(`${from.db}.${from.name}`);
        this.created.set(`${to.db}.${to.name}`, at);
        if (object.kind !== 'table')
            return;
        for (const t of this.tables())
            for (const fk of t.foreignKeys)
                if (fk.refDb === from.db && fk.refTable === from.name) {
                    fk.refDb = to.db;
                    fk.refTable = to.name;
                }
        // InnoDB renames the generated constraint names with their table: a_ibfk_1 becomes b_ibfk_1.
        const prefix = `${oldName}_ibfk_`;
        for (const fk of object.foreignKeys)
            if (fk.name.startsWith(prefix))
                fk.name = `${to.name}_ibfk_${fk.name.slice(prefix.length)}`;
    }
    createView(ddl, session, at) {
        const db = this.database(ddl.view.db ?? session.db);
        const existing = db.objects.get(ddl.view.name);
        if (existing) {
            if (ddl.ifNotExists)
                return;
            if (existing.kind === 'table')
                throw new ServerError(`Table '${ddl.view.name}' already exists`);
            if (!ddl.orReplace)
                throw new ServerError(`Table '${ddl.view.name}' already exists`);
        }
        const view = {
            kind: 'view',
            db: db.name,
            name: ddl.view.name,
            select: ddl.select,
            defaultDb: session.db ?? db.name,
        };
        if (ddl.columns)
            view.columns = ddl.columns;
        for (const from of ddl.select?.from ?? []) {
            if (typeof from.table !== 'string')
                continue;
            const dbName = from.db ?? session.db;
            if (!this.databases.get(dbName)?.objects.has(from.table))
                throw new ServerError(`Table '${dbName}.${from.table}' doesn't exist`);
        }
        const derived = viewColumns(this, view);
        if (derived && view.columns && view.columns.length !== derived.length)
            throw new ServerError("View's SELECT and view's field list have different column counts");
        db.objects.set(view.name, view);
        this.created.set(`${view.db}.${view.name}`, at);
    }
    dropViews(refs, ifExists) {
        const unknown = [];
        for (const r of refs) {
            const o = this.databases.get(r.db)?.objects.get(r.name);
            if (o?.kind !== 'view') {
                unknown.push(`${r.db}.${r.name}`);
                continue;
            }
            this.databases.get(r.db).objects.delete(r.name);
            this.created.delete(`${r.db}.${r.name}`);
        }
        if (unknown.length > 0 && !ifExists)
            throw new ServerError(`Unknown VIEW: '${unknown.join(',')}'`);
    }
    /** What information_schema would show for the schema as it now is. */
    catalog() {
        const catalog = { tables: [], columns: [], indexes: [], foreignKeys: [] };
        for (const db of this.databases.values()) {
            for (const o of db.objects.values()) {
                catalog.tables.push({
                    schema: o.db,
                    name: o.name,
                    kind: o.kind,
                    ...(o.kind === 'table' && o.comment ? { comment: o.comment } : {}),
                });
                const columns = o.kind === 'table' ? o.columns : (viewColumns(this, o) ?? []);
                columns.forEach((c, n) => {
                    catalog.columns.push({
                        schema: o.db,
                        table: o.name,
                        name: c.name,
                        position: n + 1,
                        type: spellType(c.type),
                        nullable: c.nullable,
                        // A view's columns have no defaults of their own to document.
                        default: o.kind === 'view' ? null : c.default,
                        extra: o.kind === 'view' ? '' : extraOf(c),
                    });
                });
                if (o.kind !== 'table')
                    continue;
                for (const i of o.indexes)
                    catalog.indexes.push({
                        schema: o.db,
                        table: o.name,
                        name: i.name,
                        unique: i.kind === 'primary' || i.kind === 'unique',
                        type: i.algorithm,
                        parts: i.parts.map((p) => ({ column: p.column, subPart: p.length ?? null })),
                    });
                for (const fk of o.foreignKeys)
                    catalog.foreignKeys.push({
                        schema: o.db,
                        table: o.name,
                        name: fk.name,
                        columns: fk.columns,
                        refSchema: fk.refDb,
                        refTable: fk.refTable,
                        refColumns: fk.refColumns,
                        onDelete: fk.onDelete,
                        onUpdate: fk.onUpdate,
                    });
            }
        }
        return sortCatalog(catalog);
    }
}
function tableCharset(options, fallback) {
    if (options.charset && options.charset !== 'default')
        return options.charset;
    if (options.collation)
        return options.collation.split('_')[0];
    return fallback;
}
/** The engine as the server names it (ENGINE=innodb is `InnoDB`). */
function engineName(engine) {
    const known = ['InnoDB', 'MyISAM', 'Aria', 'MEMORY', 'CSV', 'ARCHIVE', 'BLACKHOLE'];
    return known.find((k) => k.toLowerCase() === engine.toLowerCase()) ?? engine;
}
function sortCatalog(c) {
    const by = (...keys) => (a, b) => {
        for (const k of keys) {
            const x = a[k];
            const y = b[k];
            if (x !== y)
                return x < y ? -1 : 1;
        }
        return 0;
    };
    return {
        tables: [...c.tables].sort(by('schema', 'name')),
        columns: [...c.columns].sort(by('schema', 'table', 'position')),
        indexes: [...c.indexes].sort(by('schema', 'table', 'name')),
        foreignKeys: [...c.foreignKeys].sort(by('schema', 'table', 'name')),
    };
}

;// CONCATENATED MODULE: ./lib/sources/migrations/replay-mysql.js










/**
 * The database unqualified names land in when the migrations never say `USE db`. MySQL has no
 * `public` schema: a connection is to some database, named in the tool's config, not the SQL.
 * `main` stands for it (SQLite's name for the same idea); a `USE shop` in the files replaces it.
 */
const DEFAULT_MYSQL_DATABASE = 'main';
/**
 * Replays each MySQL/MariaDB migration set into an in-memory model of a MariaDB 10.11 schema,
 * statement by statement: each is parsed (node-sql-parser) and applied with the server's rules.
 * A statement that does not parse, or that the server would refuse, is reported with file:line
 * and skipped; the rest still apply. The current database (`USE`) carries from one file to the
 * next, as the migration tool's connection does; FOREIGN_KEY_CHECKS starts at 1 in every file.
 */
async function replayMysql(sets, texts) {
    const facts = { dialect: 'mysql', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] };
    const diagnostics = [];
    const findings = [];
    for (const set of sets) {
        try {
            const replayed = replayMysqlSet(set, texts, facts.migrations.length);
            facts.migrations.push(...replayed.migrations);
            diagnostics.push(...replayed.diagnostics);
            findings.push(...replayed.findings);
            mergeInto(facts, catalogToFacts(replayed.catalog, replayed.created), set, diagnostics);
        }
        catch (err) {
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.dir, err));
        }
    }
    return { facts, diagnostics, findings };
}
function replayMysqlSet(set, texts, orderFrom = 0) {
    const model = new MysqlSchemaModel(DEFAULT_MYSQL_DATABASE);
    const session = { db: DEFAULT_MYSQL_DATABASE, foreignKeyChecks: true };
    const out = {
        catalog: model.catalog(),
        created: model.created,
        migrations: [],
        diagnostics: [],
        findings: [],
    };
    let order = orderFrom;
    for (const mf of set.files) {
        try {
            const migration = applyFile(model, session, mf, texts.get(mf.file) ?? '', out.diagnostics, out.findings);
            out.migrations.push({ ...migration, order: ++order });
        }
        catch (err) {
            // One file the reader or the model cannot cope with costs that file, not the set.
            out.diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', mf.file, err));
            out.migrations.push({ id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0, order: ++order });
        }
    }
    out.catalog = model.catalog();
    return out;
}
function applyFile(model, session, mf, fullText, diagnostics, findings) {
    const { text, lineOffset } = (0,forward_section/* forwardSection */.V)(fullText, mf.section);
    const migration = { id: `migration:${mf.file}`, file: mf.file, statements: 0, failed: 0 };
    const rollback = mf.down ?? ((0,migration_layout/* hasDownSection */.Ct)(fullText, mf.section) ? mf.file : undefined);
    if (rollback !== undefined)
        migration.rollback = rollback;
    const warn = (line, message, severity = 'warning') => diagnostics.push({ severity, stage: 'migrations', file: mf.file, line, message });
    if (/\{\{.*?\}\}/s.test(text))
        warn(lineOffset + (0,split_statements/* lineAt */.mh)((0,split_statements/* lineStarts */._$)(text), text.indexOf('{{')), 'template syntax ({{ }}) in SQL: statements using it cannot be replayed as written');
    // Every migration is its own session: a SET FOREIGN_KEY_CHECKS=0 does not outlive its file.
    session.foreignKeyChecks = true;
    const tablesBefore = new Set(model.created.keys());
    for (const st of splitMysqlStatements(text, lineOffset)) {
        migration.statements++;
        let ddl;
        try {
            ddl = readStatement(st.text);
        }
        catch (err) {
            migration.failed++;
            if (err instanceof MysqlError)
                warn(errorLine(st, err), `syntax error (the statement was skipped): ${err.message}`);
            else
                warn(st.line, `the statement could not be read and was skipped: ${messageOf(err)}`);
            continue;
        }
        if (ddl.kind === 'notice')
            warn(st.line, ddl.message, 'notice');
        const at = { file: mf.file, line: st.line };
        try {
            // Read against the schema before the statement, kept only if the statement applies.
            const found = mysqlFindings(ddl, model, session, tablesBefore, at);
            model.apply(ddl, session, at);
            findings.push(...found);
        }
        catch (err) {
            if (err instanceof ModelNotice) {
                warn(st.line, err.message, 'notice');
                continue;
            }
            migration.failed++;
            // A statement the server would refuse; or one the model trips on, which costs that statement only.
            if (err instanceof ServerError)
                warn(st.line, `statement failed in replay and was skipped: ${err.message}`);
            else
                warn(st.line, `the replay could not apply this statement and skipped it: ${messageOf(err)}`);
        }
    }
    return migration;
}
function messageOf(err) {
    return err instanceof Error ? err.message.split('\n')[0].slice(0, 300) : String(err);
}
/** The line of a reading error: at its token or parser offset, else the statement's first line. */
function errorLine(st, e) {
    const offset = e.at?.start ?? e.offset;
    if (offset === undefined)
        return st.line;
    return st.line + (st.text.slice(0, offset).match(/\n/g)?.length ?? 0);
}
function mergeInto(facts, catalog, set, diagnostics) {
    const known = new Set(facts.tables.map((t) => t.id));
    for (const t of catalog.tables) {
        if (known.has(t.id)) {
            diagnostics.push({
                severity: 'warning',
                stage: 'migrations',
                file: set.dir,
                message: `${t.id} is also defined by another migration folder; the first one is documented`,
            });
            continue;
        }
        facts.tables.push(t);
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


/***/ })

};
