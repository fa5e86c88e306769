export const id = 5725;
export const ids = [5725];
export const modules = {

/***/ 15725:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractPrisma: () => (/* binding */ extractPrisma)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/sources/isolate-extractor.js
var isolate_extractor = __webpack_require__(99594);
// EXTERNAL MODULE: ./lib/sources/common/vendor-import.js
var vendor_import = __webpack_require__(90146);
;// CONCATENATED MODULE: ./lib/sources/prisma/load-prisma-engine.js

let loading;
function loadPrismaEngine() {
    loading ??= (async () => {
        // The Rust side reports a panic's message through this global before it aborts; without it the
        // report itself would throw and hide the message.
        const registry = globalThis;
        registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => undefined };
        const mod = await (0,vendor_import/* importVendored */.D)('prisma-schema-wasm', 'prisma_schema_build.js', '@prisma/prisma-schema-wasm');
        const wasm = typeof mod.get_datamodel === 'function' ? mod : mod.default;
        return {
            dataModel: (files) => JSON.parse(wasm.get_datamodel(JSON.stringify({ prismaSchema: files }))),
            config: (files) => JSON.parse(wasm.get_config(JSON.stringify({ prismaSchema: files }))),
        };
    })();
    loading.catch(() => {
        loading = undefined;
    });
    return loading;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/sources/prisma/prisma-schemas.js


const DATASOURCE = /^\s*datasource\s+\w+\s*\{/m;
function groupPrismaSchemas(files, text) {
    const mains = [...files].filter((f) => DATASOURCE.test(text(f))).sort(byPath);
    const sets = new Map();
    for (const main of mains)
        sets.set(main, { dir: external_node_path_.posix.dirname(main), main, files: [main] });
    const orphans = new Map();
    for (const file of [...files].sort(byPath)) {
        if (sets.has(file))
            continue;
        const owner = ownerOf(file, mains);
        if (owner)
            sets.get(owner).files.push(file);
        else {
            const dir = external_node_path_.posix.dirname(file);
            const set = orphans.get(dir) ?? { dir, files: [] };
            set.files.push(file);
            orphans.set(dir, set);
        }
    }
    return [...sets.values(), ...orphans.values()].sort((a, b) => byPath(a.dir, b.dir) || byPath(a.files[0], b.files[0]));
}
/** The datasource file whose folder holds the file most closely; `schema.prisma` wins a tie. */
function ownerOf(file, mains) {
    const holding = mains.filter((m) => {
        const dir = external_node_path_.posix.dirname(m);
        return dir === '.' || file.startsWith(`${dir}/`);
    });
    holding.sort((a, b) => external_node_path_.posix.dirname(b).length - external_node_path_.posix.dirname(a).length ||
        Number(external_node_path_.posix.basename(b) === 'schema.prisma') - Number(external_node_path_.posix.basename(a) === 'schema.prisma') ||
        byPath(a, b));
    return holding[0];
}
/**
 * The Prisma migrations folder of a schema, when it holds migrations: `migrations/` beside the
 * schema file (or beside the `schema/` folder of a multi-file schema) with `<name>/migration.sql`
 * folders (`<timestamp>_<name>` when `prisma migrate` names them, any name when a team does:
 * Prisma applies them in the order of their names). Read from the file system, because those
 * files are another kind's.
 */
function prismaMigrationsFolder(repoRoot, set, 
/** The config's `sources.exclude`: excluded migrations are not read, so they document nothing. */
excluded = () => false) {
    const candidates = [external_node_path_.posix.join(set.dir, 'migrations')];
    if (external_node_path_.posix.basename(set.dir) === 'schema')
        candidates.push(external_node_path_.posix.join(external_node_path_.posix.dirname(set.dir), 'migrations'));
    return candidates.find((dir) => {
        const abs = (0,external_node_path_.join)(repoRoot, dir);
        try {
            return (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }).some((e) => e.isDirectory() &&
                (0,external_node_fs_.existsSync)((0,external_node_path_.join)(abs, e.name, 'migration.sql')) &&
                !excluded(external_node_path_.posix.join(dir, e.name, 'migration.sql')));
        }
        catch {
            return false;
        }
    });
}
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./lib/sources/migrations/replay-postgres.js + 9 modules
var replay_postgres = __webpack_require__(93077);
;// CONCATENATED MODULE: ./lib/sources/prisma/engine-errors.js
// The engine rejects an invalid schema with a JSON error (`{"error_code":"P1012","message":…}`)
// whose message is what `prisma validate` prints: one `error: <what>` a problem, each followed
// by `-->  <file>:<line>` and the lines around it, in terminal colours. Each problem becomes a
// diagnostic at its file:line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the engine's message carries ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;
function engineErrorDiagnostics(err, files) {
    const raw = err instanceof Error ? err.message : String(err);
    let message = raw;
    try {
        const parsed = JSON.parse(raw);
        if (typeof parsed.message === 'string')
            message = parsed.message;
    }
    catch {
        // not JSON: a panic or a runtime error, reported as it is
    }
    const text = message.replace(ANSI, '');
    const problems = text.split(/^error: /m).slice(1);
    const fallbackFile = files[0] ?? '.';
    if (problems.length === 0) {
        return [
            { severity: 'error', stage: 'migrations', file: fallbackFile, message: `Prisma schema: ${firstLine(text)}` },
        ];
    }
    return problems.map((p) => {
        const where = /^\s*-->\s+(.+?):(\d+)\s*$/m.exec(p);
        const file = where && files.includes(where[1]) ? where[1] : fallbackFile;
        return {
            severity: 'error',
            stage: 'migrations',
            file,
            ...(where ? { line: Number(where[2]) } : {}),
            message: `Prisma schema: ${firstLine(p)}; the schema's tables are not documented`,
        };
    });
}
function firstLine(text) {
    return text.trim().split('\n')[0].slice(0, 300);
}

;// CONCATENATED MODULE: ./lib/sources/prisma/engine-input.js
// The schema text as the engine gets it. Every edit keeps each line where it was (and each
// character's offset), so the engine's file:line still points into the file as written.
const DATASOURCE_START = /^\s*datasource\s+\w+\s*\{/;
const CONNECTION_SETTING = /^(\s*)(url|directUrl|shadowDatabaseUrl)(\s*=)/;
/**
 * Prisma 7's engine (the one packaged) refuses connection URLs in the datasource block (they
 * moved to `prisma.config.ts`), and nearly every schema written for Prisma ≤ 6 has one. They say
 * nothing about the data model, so they are turned into comments.
 */
function withoutConnectionUrls(files) {
    return files.map(([file, text]) => {
        let inDatasource = false;
        const lines = text.split('\n').map((line) => {
            if (!inDatasource) {
                inDatasource = DATASOURCE_START.test(line) && !/\}\s*$/.test(line);
                return line;
            }
            if (/^\s*\}/.test(line)) {
                inDatasource = false;
                return line;
            }
            return line.replace(CONNECTION_SETTING, '$1//$2$3');
        });
        return [file, lines.join('\n')];
    });
}
/**
 * `@ignore` / `@@ignore` hide a field or model from Prisma Client, but `prisma migrate` still
 * creates its column or table, and the DMMF leaves ignored things out. Blanking the attribute
 * keeps them in the data model; when the engine then rejects the schema (an ignored model without
 * a unique key, say) the schema is read as written and they are missing (the caller says so).
 */
function withIgnoredIncluded(files) {
    let changed = false;
    const out = files.map(([file, text]) => [
        file,
        // Strings and comments are matched too, so that an `@ignore` inside them is left alone.
        text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/.*$|@@?ignore\b/gm, (m) => {
            if (!m.startsWith('@'))
                return m;
            changed = true;
            return ' '.repeat(m.length);
        }),
    ]);
    return { files: out, changed };
}

;// CONCATENATED MODULE: ./lib/sources/prisma/dmmf.js
// The part of Prisma's DMMF (its data model as JSON, from `get_dmmf`) the SQL rendering reads. The
// package ships no types for it; these follow what the engine emits (Prisma 6/7 DMMF).
function isFunctionDefault(d) {
    return typeof d === 'object' && d !== null && !Array.isArray(d);
}

;// CONCATENATED MODULE: ./lib/sources/prisma/postgres-column-types.js

// A Prisma field as the PostgreSQL column `prisma migrate` creates: its type (the native type of
// `@db.…`, else Prisma's default for the scalar type) and its default, written as Prisma's SQL
// renderer writes them so that PostgreSQL's catalog then reads exactly as after the migration.
/** The type of each scalar when the field has no `@db.…` attribute. */
const SCALAR_TYPES = {
    String: 'TEXT',
    Int: 'INTEGER',
    BigInt: 'BIGINT',
    Float: 'DOUBLE PRECISION',
    Decimal: 'DECIMAL(65,30)',
    Boolean: 'BOOLEAN',
    DateTime: 'TIMESTAMP(3)',
    Json: 'JSONB',
    Bytes: 'BYTEA',
};
/** `@db.X` names whose SQL spelling is not the upper-cased name. */
const NATIVE_SPELLINGS = {
    DoublePrecision: 'DOUBLE PRECISION',
    // CockroachDB's names, as the PostgreSQL types they are.
    String: 'VARCHAR',
    Int2: 'SMALLINT',
    Int4: 'INTEGER',
    Int8: 'BIGINT',
    Float4: 'REAL',
    Float8: 'DOUBLE PRECISION',
    Bool: 'BOOLEAN',
    Bytes: 'BYTEA',
    CatalogSingleChar: '"char"',
};
const NUMERIC = new Set(['Int', 'BigInt', 'Float', 'Decimal']);
/** `autoincrement()` on an integer column is a serial column (an owned sequence as default). */
const SERIALS = { SMALLINT: 'SMALLSERIAL', INTEGER: 'SERIAL', BIGINT: 'BIGSERIAL' };
/** The column's type without the list suffix and without serial: what another column referencing it has. */
function baseColumnType(field, enumType) {
    if (field.kind === 'enum')
        return enumType(field.type);
    if (field.nativeType) {
        const [name, args] = field.nativeType;
        const spelled = NATIVE_SPELLINGS[name] ?? name.toUpperCase();
        if (spelled === 'VARCHAR' && name === 'String' && args.length === 0)
            return 'TEXT';
        return args.length > 0 ? `${spelled}(${args.join(',')})` : spelled;
    }
    return SCALAR_TYPES[field.type] ?? field.type;
}
/** The column's type as `CREATE TABLE` writes it: serial for autoincrement, `[]` for lists. */
function columnType(field, enumType) {
    const base = baseColumnType(field, enumType);
    const def = field.default;
    const serial = isFunctionDefault(def) && def.name === 'autoincrement' ? SERIALS[base] : undefined;
    return `${serial ?? base}${field.isList ? '[]' : ''}`;
}
/**
 * The SQL default, or undefined when the column has none in the database: `uuid()`, `cuid()`,
 * `nanoid()`, `ulid()` are computed by Prisma Client, `autoincrement()` is the serial type itself.
 */
function columnDefault(field, type, enumValue, 
/** The field's attributes as written, for a number's digits as the schema gives them. */
attributes = '') {
    const def = field.default;
    if (def === undefined)
        return undefined;
    // The DMMF gives numbers as JSON numbers (1.50 → 1.5); Prisma writes them as the schema does, and
    // PostgreSQL keeps a default's digits (`DEFAULT 1.50` reads back as 1.50).
    const written = /@default\(\s*(-?\d[\d.eE+-]*)\s*\)/.exec(attributes)?.[1];
    if (written !== undefined && typeof def === 'number' && Number(written) === def)
        return written;
    if (isFunctionDefault(def)) {
        if (def.name === 'now')
            return 'CURRENT_TIMESTAMP';
        if (def.name === 'dbgenerated')
            return typeof def.args[0] === 'string' && def.args[0] !== '' ? def.args[0] : undefined;
        return undefined;
    }
    const literal = (value) => {
        if (field.kind === 'enum')
            return quoted(enumValue(field.type, String(value)));
        // Numbers are written bare (BigInt defaults come as strings, to keep their digits).
        if (typeof value !== 'string' || NUMERIC.has(field.type))
            return String(value);
        if (field.type === 'Bytes')
            return `'\\x${Buffer.from(value, 'base64').toString('hex')}'`;
        return quoted(value);
    };
    if (Array.isArray(def))
        return `ARRAY[${def.map(literal).join(', ')}]::${type}`;
    return literal(def);
}
function quoted(text) {
    // The replay reads `${…}` and `{{…}}` as Flyway / Go-template placeholders. A default holding
    // them (a message template) is written with Unicode escapes: the same constant to PostgreSQL.
    if (/\$\{|\{\{/.test(text)) {
        const escaped = text
            .replaceAll('\\', '\\\\')
            .replaceAll("'", "''")
            .replace(/[{$]/g, (c) => (c === '{' ? '\\007B' : '\\0024'));
        return `U&'${escaped}'`;
    }
    return `'${text.replaceAll("'", "''")}'`;
}

;// CONCATENATED MODULE: ./lib/sources/prisma/prisma-naming.js
// The names `prisma migrate` gives constraints and indexes the schema does not name (`map:`),
// after PostgreSQL's own convention: `<table>_pkey`, `<table>_<columns>_key` (unique),
// `<table>_<columns>_idx`, `<table>_<columns>_fkey`. Table and column names are the database ones
// (after `@@map`/`@map`). Prisma cuts the stem, counted in bytes, so the whole name fits
// PostgreSQL's 63-byte identifiers.
const MAX_IDENTIFIER_BYTES = 63;
function primaryKeyName(table) {
    return `${cut(table, MAX_IDENTIFIER_BYTES - 5)}_pkey`;
}
function uniqueIndexName(table, columns) {
    return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 4)}_key`;
}
function indexName(table, columns) {
    return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 4)}_idx`;
}
function foreignKeyName(table, columns) {
    return `${cut(`${table}_${columns.join('_')}`, MAX_IDENTIFIER_BYTES - 5)}_fkey`;
}
/**
 * The join table of an implicit many-to-many relation and its constraints. Prisma names these by
 * the relation and its own, slightly different, cut (in characters), so two relations cannot
 * collide: `_<Relation>`, columns A and B, `_<Relation>_AB_pkey`, `_<Relation>_B_index`,
 * `_<Relation>_A_fkey` / `_B_fkey`.
 */
function joinTableNames(relationName) {
    const table = chars(`_${relationName}`, MAX_IDENTIFIER_BYTES);
    const fkStem = MAX_IDENTIFIER_BYTES - '_fkey'.length - 2;
    return {
        table,
        primaryKey: `${chars(table, MAX_IDENTIFIER_BYTES - '_AB_pkey'.length)}_AB_pkey`,
        indexOnB: `${chars(table, MAX_IDENTIFIER_BYTES - '_B_index'.length)}_B_index`,
        foreignKeyA: `${table.length > fkStem ? table.slice(0, fkStem) : table}_A_fkey`,
        foreignKeyB: `${table.length >= fkStem ? table.slice(0, fkStem) : table}_B_fkey`,
    };
}
/** At most `limit` bytes of UTF-8, never splitting a character. */
function cut(text, limit) {
    if (Buffer.byteLength(text) < limit)
        return text;
    let out = '';
    let bytes = 0;
    for (const ch of text) {
        const size = Buffer.byteLength(ch);
        if (bytes + size > limit)
            break;
        out += ch;
        bytes += size;
    }
    return out;
}
function chars(text, limit) {
    return [...text].slice(0, limit).join('');
}

;// CONCATENATED MODULE: ./lib/sources/prisma/model-table.js
/** Where a field is written, else its model. */
function fieldOrigin(t, field) {
    const f = t.block?.fields.find((x) => x.name === field);
    return f ? { file: t.at.file, line: f.line } : t.at;
}

;// CONCATENATED MODULE: ./lib/sources/prisma/join-tables.js



/**
 * Implicit many-to-many relations (a list on both sides, no `fields:`): Prisma keeps them in a
 * join table `_<Relation>` whose column A references the model first in alphabetical order, B the
 * other, each typed like the primary key it references; the table lives in A's schema.
 */
function joinTables(dmmf, tables, enumType) {
    const out = [];
    const seen = new Set();
    for (const t of tables.values()) {
        for (const f of t.model.fields) {
            if (f.kind !== 'object' || !f.isList || f.relationFromFields?.length || !f.relationName)
                continue;
            const other = tables.get(f.type);
            const back = other?.model.fields.find((g) => g.kind === 'object' && g.relationName === f.relationName && g.type === t.model.name && g !== f);
            if (!other || !back?.isList)
                continue;
            const [a, b] = [t, other].sort((x, y) => x.model.name < y.model.name ? -1 : x.model.name > y.model.name ? 1 : 0);
            const key = `${f.relationName}|${a.model.name}|${b.model.name}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const idOf = (side) => {
                const pk = dmmf.datamodel.indexes.find((i) => i.model === side.model.name && i.type === 'id');
                const field = side.model.fields.find((x) => x.name === pk?.fields[0]?.name);
                return field ? { field, column: side.columns.get(field.name) ?? field.name } : undefined;
            };
            const idA = idOf(a);
            const idB = idOf(b);
            if (!idA || !idB)
                continue;
            const fieldOfA = a === t ? f : back;
            out.push({
                names: joinTableNames(f.relationName),
                schema: a.schema,
                typeA: baseColumnType(idA.field, enumType),
                typeB: baseColumnType(idB.field, enumType),
                refA: { table: a, column: idA.column },
                refB: { table: b, column: idB.column },
                origin: fieldOrigin(a, fieldOfA.name),
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/prisma/schema-outline.js
const BLOCK_START = /^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{/;
const FIELD = /^(\w+)\s+(Unsupported\("(?:[^"\\]|\\.)*"\)(?:\?|\[\])?|[\w.]+(?:\?|\[\])?)\s*(.*)$/;
function outlineSchema(files) {
    const blocks = [];
    for (const [file, text] of files)
        blocks.push(...outlineFile(file, text));
    const find = (keywords, name) => blocks.find((b) => keywords.includes(b.keyword) && (name === undefined || b.name === name));
    return {
        blocks,
        model: (name) => find(['model', 'view'], name),
        enumBlock: (name) => find(['enum'], name),
        datasource: () => find(['datasource']),
    };
}
function outlineFile(file, text) {
    const out = [];
    let block;
    // An attribute may run over several lines (`@@index([\n a,\n b\n])`): its lines are joined.
    let pending;
    let depth = 0;
    text.split('\n').forEach((raw, i) => {
        const code = withoutComment(raw);
        if (!block) {
            const start = BLOCK_START.exec(code);
            if (!start)
                return;
            block = {
                keyword: start[1],
                name: start[2],
                file,
                line: i + 1,
                fields: [],
                blockAttributes: [],
                entries: [],
            };
            out.push(block);
            if (/\}\s*$/.test(code.slice(code.indexOf('{') + 1)))
                block = undefined;
            return;
        }
        if (depth === 0 && code.trim() === '}') {
            block = undefined;
            return;
        }
        pending = pending
            ? { text: `${pending.text} ${code.trim()}`, line: pending.line }
            : { text: code.trim(), line: i + 1 };
        depth += nesting(code);
        if (depth > 0)
            return;
        depth = 0;
        const entry = pending;
        pending = undefined;
        if (entry.text === '')
            return;
        block.entries.push(entry);
        if (entry.text.startsWith('@@')) {
            block.blockAttributes.push(entry);
            return;
        }
        const field = FIELD.exec(entry.text);
        if (field)
            block.fields.push({ name: field[1], line: entry.line, type: field[2], attributes: field[3] ?? '' });
    });
    return out;
}
/** The line without its `//` comment (a `//` inside a string is text). */
function withoutComment(line) {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '/' && line[i + 1] === '/')
            return line.slice(0, i);
    }
    return line;
}
/** Opened minus closed brackets and parentheses outside strings. */
function nesting(code) {
    let n = 0;
    let inString = false;
    for (let i = 0; i < code.length; i++) {
        const c = code[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '(' || c === '[')
            n++;
        else if (c === ')' || c === ']')
            n--;
    }
    return n;
}
/** A Prisma string literal's value (`"a\"b"` → `a"b`). */
function unquotePrismaString(literal) {
    try {
        return JSON.parse(literal);
    }
    catch {
        return literal.slice(1, -1);
    }
}
const STRING = String.raw `"(?:[^"\\]|\\.)*"`;
/** The `map:` of a relation field's `@relation(…)`: the foreign key's name, when the schema gives it. */
function relationMapName(attributes) {
    const at = attributes.indexOf('@relation(');
    if (at < 0)
        return undefined;
    const args = balanced(attributes, at + '@relation'.length);
    const m = new RegExp(String.raw `\bmap\s*:\s*(${STRING})`).exec(args);
    return m ? unquotePrismaString(m[1]) : undefined;
}
/** The argument of a single-string attribute: `@map("x")`, `@@schema("audit")`. */
function stringArgument(attributes, attribute) {
    const m = new RegExp(String.raw `${attribute}\(\s*(?:name\s*:\s*)?(${STRING})\s*\)`).exec(attributes);
    return m ? unquotePrismaString(m[1]) : undefined;
}
/** `@default(dbgenerated("…"))`: the SQL expression. */
function dbGeneratedDefault(attributes) {
    const m = new RegExp(String.raw `@default\(\s*dbgenerated\(\s*(${STRING})\s*\)\s*\)`).exec(attributes);
    return m ? unquotePrismaString(m[1]) : undefined;
}
/** The text from an opening parenthesis at `from` to its match, both included. */
function balanced(text, from) {
    let depth = 0;
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return text.slice(from, i + 1);
    }
    return text.slice(from);
}
/** The datasource's settings the SQL depends on. */
function datasourceSettings(block) {
    const settings = { extensions: [] };
    if (!block)
        return settings;
    const text = block.entries.map((e) => e.text).join('\n');
    const modeAt = /\b(?:relationMode|referentialIntegrity)\s*=\s*"(\w+)"/;
    const modeEntry = block.entries.find((e) => modeAt.test(e.text));
    if (modeEntry) {
        settings.relationMode = modeAt.exec(modeEntry.text)[1];
        settings.relationModeAt = { file: block.file, line: modeEntry.line };
    }
    const list = /\bextensions\s*=\s*\[([^\]]*)\]/.exec(text);
    for (const item of list?.[1]?.split(/,(?![^(]*\))/) ?? []) {
        const m = /^\s*(\w+)\s*(?:\((.*)\))?\s*$/.exec(item);
        if (!m)
            continue;
        const args = m[2] ?? '';
        const map = new RegExp(String.raw `\bmap\s*:\s*(${STRING})`).exec(args);
        const schema = new RegExp(String.raw `\bschema\s*:\s*(${STRING})`).exec(args);
        settings.extensions.push({
            name: map ? unquotePrismaString(map[1]) : m[1],
            ...(schema ? { schema: unquotePrismaString(schema[1]) } : {}),
        });
    }
    return settings;
}

;// CONCATENATED MODULE: ./lib/sources/prisma/render-postgres-ddl.js





const ACTIONS = {
    Cascade: 'CASCADE',
    Restrict: 'RESTRICT',
    NoAction: 'NO ACTION',
    SetNull: 'SET NULL',
    SetDefault: 'SET DEFAULT',
};
/** Operator classes and types that only exist once an extension is created. */
const NEEDS_EXTENSION = [
    [/_trgm_ops$/, 'pg_trgm'],
    [/^CITEXT/, 'citext'],
    [/\buuid_generate_v\d/, 'uuid-ossp'],
];
function renderPostgresDdl(dmmf, outline, options) {
    const statements = [];
    const tableSources = new Map();
    const fallback = outline.datasource() ?? outline.blocks[0] ?? { file: '', line: 1 };
    const at = (b) => b ? { file: b.file, line: b.line } : { file: fallback.file, line: fallback.line };
    const enums = new Map(dmmf.datamodel.enums.map((e) => [e.name, e]));
    // The DMMF gives an enum no schema: its `@@schema` is read from the text.
    const enumSchema = (name) => {
        const attributes = outline.enumBlock(name)?.blockAttributes ?? [];
        return stringArgument(attributes.map((a) => a.text).join(' '), '@@schema') ?? options.defaultSchema;
    };
    const enumType = (name) => qualified(enumSchema(name), enums.get(name)?.dbName ?? name);
    const enumValue = (enumName, value) => enums.get(enumName)?.values.find((v) => v.name === value)?.dbName ?? value;
    const tables = new Map();
    for (const model of dmmf.datamodel.models) {
        const block = outline.model(model.name);
        if (block?.keyword === 'view')
            continue; // views are not created by migrate
        const columns = new Map();
        for (const f of model.fields)
            if (f.kind !== 'object')
                columns.set(f.name, f.dbName ?? f.name);
        for (const f of unsupportedFields(block))
            columns.set(f.name, stringArgument(f.attributes, '@map') ?? f.name);
        tables.set(model.name, {
            model,
            block,
            schema: model.schema ?? options.defaultSchema,
            name: model.dbName ?? model.name,
            columns,
            at: at(block),
        });
    }
    const ds = outline.datasource();
    for (const schema of options.schemas)
        statements.push({ sql: `CREATE SCHEMA IF NOT EXISTS ${quote(schema)}`, origin: at(ds) });
    for (const ext of extensionsNeeded(dmmf, options)) {
        const where = ext.schema ? ` WITH SCHEMA ${quote(ext.schema)}` : '';
        statements.push({ sql: `CREATE EXTENSION IF NOT EXISTS ${quote(ext.name)}${where}`, origin: at(ds) });
    }
    for (const e of dmmf.datamodel.enums) {
        const values = e.values.map((v) => `'${(v.dbName ?? v.name).replaceAll("'", "''")}'`).join(', ');
        statements.push({
            sql: `CREATE TYPE ${qualified(enumSchema(e.name), e.dbName ?? e.name)} AS ENUM (${values})`,
            origin: at(outline.enumBlock(e.name)),
        });
    }
    const indexesOf = (model) => dmmf.datamodel.indexes.filter((i) => i.model === model);
    for (const t of tables.values()) {
        tableSources.set(`table:${t.schema}.${t.name}`, t.at);
        const pk = indexesOf(t.model.name).find((i) => i.type === 'id');
        const key = pk
            ? `CONSTRAINT ${quote(pk.dbName ?? primaryKeyName(t.name))} PRIMARY KEY ` +
                `(${pk.fields.map((f) => quote(t.columns.get(f.name) ?? f.name)).join(',')})`
            : undefined;
        const sql = createTable(qualified(t.schema, t.name), orderedColumns(t, enumType, enumValue), key);
        statements.push({ sql, origin: t.at });
    }
    const joins = joinTables(dmmf, tables, enumType);
    for (const j of joins) {
        tableSources.set(`table:${j.schema}.${j.names.table}`, j.origin);
        const columns = [`    "A" ${j.typeA} NOT NULL`, `    "B" ${j.typeB} NOT NULL`];
        const key = `CONSTRAINT ${quote(j.names.primaryKey)} PRIMARY KEY ("A","B")`;
        statements.push({ sql: createTable(qualified(j.schema, j.names.table), columns, key), origin: j.origin });
    }
    for (const t of tables.values()) {
        for (const index of indexesOf(t.model.name)) {
            if (index.type !== 'unique' && index.type !== 'normal')
                continue;
            statements.push({ sql: createIndex(t, index), origin: indexOrigin(t, index) });
        }
    }
    for (const j of joins) {
        const table = qualified(j.schema, j.names.table);
        statements.push({ sql: `CREATE INDEX ${quote(j.names.indexOnB)} ON ${table}("B")`, origin: j.origin });
    }
    if (options.foreignKeys) {
        for (const t of tables.values()) {
            for (const f of t.model.fields) {
                if (f.kind !== 'object' || !f.relationFromFields?.length)
                    continue;
                const target = tables.get(f.type);
                if (!target)
                    continue;
                statements.push({ sql: addForeignKey(t, f, target), origin: fieldOrigin(t, f.name) });
            }
        }
        for (const j of joins) {
            const table = qualified(j.schema, j.names.table);
            for (const [column, name, ref] of [
                ['A', j.names.foreignKeyA, j.refA],
                ['B', j.names.foreignKeyB, j.refB],
            ]) {
                statements.push({
                    sql: `ALTER TABLE ${table} ADD CONSTRAINT ${quote(name)} FOREIGN KEY (${quote(column)}) ` +
                        `REFERENCES ${qualified(ref.table.schema, ref.table.name)}(${quote(ref.column)}) ` +
                        'ON DELETE CASCADE ON UPDATE CASCADE',
                    origin: j.origin,
                });
            }
        }
    }
    return { statements, tableSources };
}
function createTable(name, columns, primaryKey) {
    // Prisma's layout: one column a line, a blank line, then the key.
    const body = columns.map((c, i) => (i < columns.length - 1 || primaryKey ? `${c},` : c));
    if (primaryKey)
        body.push('', `    ${primaryKey}`);
    return `CREATE TABLE ${name} (\n${body.join('\n')}\n)`;
}
/** Scalar fields in the model's order, Unsupported fields (left out of the DMMF) in their place. */
function orderedColumns(t, enumType, enumValue) {
    const scalar = new Map(t.model.fields.filter((f) => f.kind !== 'object').map((f) => [f.name, f]));
    const out = [];
    const done = new Set();
    const emit = (f) => {
        const type = columnType(f, enumType);
        const def = columnDefault(f, type, enumValue, t.block?.fields.find((w) => w.name === f.name)?.attributes);
        // A list column is never NOT NULL in Prisma's SQL, even when the field is required.
        out.push(columnLine(f.dbName ?? f.name, type, f.isRequired && !f.isList, def));
        done.add(f.name);
    };
    for (const written of t.block?.fields ?? []) {
        const f = scalar.get(written.name);
        if (f)
            emit(f);
        else if (written.type.startsWith('Unsupported('))
            out.push(unsupportedColumn(written));
    }
    for (const f of scalar.values())
        if (!done.has(f.name))
            emit(f);
    return out;
}
function unsupportedFields(block) {
    return (block?.fields ?? []).filter((f) => f.type.startsWith('Unsupported('));
}
function unsupportedColumn(f) {
    const m = /^Unsupported\(("(?:[^"\\]|\\.)*")\)(\?|\[\])?$/.exec(f.type);
    const type = m ? JSON.parse(m[1]) : f.type;
    const suffix = m?.[2];
    const def = dbGeneratedDefault(f.attributes);
    const name = stringArgument(f.attributes, '@map') ?? f.name;
    return columnLine(name, `${type}${suffix === '[]' ? '[]' : ''}`, !suffix, def);
}
function columnLine(name, type, notNull, def) {
    return `    ${quote(name)} ${type}${notNull ? ' NOT NULL' : ''}${def === undefined ? '' : ` DEFAULT ${def}`}`;
}
function createIndex(t, index) {
    const columns = index.fields.map((f) => t.columns.get(f.name) ?? f.name);
    const name = index.dbName ?? (index.type === 'unique' ? uniqueIndexName(t.name, columns) : indexName(t.name, columns));
    const using = index.algorithm && index.algorithm !== 'BTree' ? ` USING ${index.algorithm.toUpperCase()}` : '';
    const parts = index.fields.map((f, i) => {
        const opclass = f.operatorClass ? ` ${operatorClass(f.operatorClass)}` : '';
        const order = f.sortOrder === 'desc' ? ' DESC' : '';
        return `${quote(columns[i])}${opclass}${order}`;
    });
    const unique = index.type === 'unique' ? 'UNIQUE ' : '';
    return `CREATE ${unique}INDEX ${quote(name)} ON ${qualified(t.schema, t.name)}${using}(${parts.join(', ')})`;
}
/** `JsonbPathOps` → `jsonb_path_ops`, `Int4MinMaxMultiOps` → `int4_minmax_multi_ops`; a `raw("…")` class as is. */
function operatorClass(name) {
    if (!/[A-Z]/.test(name))
        return name;
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .replaceAll('min_max', 'minmax')
        .replaceAll('timestamp_tz', 'timestamptz')
        .replaceAll('time_tz', 'timetz')
        .replaceAll('var_bit', 'varbit');
}
function addForeignKey(t, f, target) {
    const from = f.relationFromFields.map((n) => t.columns.get(n) ?? n);
    const to = (f.relationToFields ?? []).map((n) => target.columns.get(n) ?? n);
    const name = relationMapName(t.block?.fields.find((of) => of.name === f.name)?.attributes ?? '') ?? foreignKeyName(t.name, from);
    // Prisma's defaults: a required relation restricts deletes, an optional one sets null; updates cascade.
    const required = f.isRequired || f.relationFromFields.some((n) => t.model.fields.find((x) => x.name === n)?.isRequired);
    const onDelete = ACTIONS[f.relationOnDelete ?? (required ? 'Restrict' : 'SetNull')] ?? 'RESTRICT';
    const onUpdate = ACTIONS[f.relationOnUpdate ?? 'Cascade'] ?? 'CASCADE';
    return (`ALTER TABLE ${qualified(t.schema, t.name)} ADD CONSTRAINT ${quote(name)} ` +
        `FOREIGN KEY (${from.map(quote).join(', ')}) ` +
        `REFERENCES ${qualified(target.schema, target.name)}(${to.map(quote).join(', ')}) ` +
        `ON DELETE ${onDelete} ON UPDATE ${onUpdate}`);
}
/** The `@unique`/`@index` field line, or the `@@index([...])`/`@@unique([...])` naming the same fields. */
function indexOrigin(t, index) {
    const names = index.fields.map((f) => f.name);
    if (names.length === 1) {
        const onField = t.block?.fields.find((f) => f.name === names[0] && /@unique\b/.test(f.attributes));
        if (onField && index.type === 'unique')
            return { file: t.at.file, line: onField.line };
    }
    const attribute = index.type === 'unique' ? '@@unique' : '@@index';
    const hit = t.block?.blockAttributes.find((a) => {
        if (!a.text.startsWith(attribute))
            return false;
        const list = /\[([^\]]*)\]/.exec(a.text)?.[1] ?? '';
        const listed = list.split(/,(?![^(]*\))/).map((s) => /^\s*(\w+)/.exec(s)?.[1]);
        return listed.length === names.length && listed.every((n, i) => n === names[i]);
    });
    return hit ? { file: t.at.file, line: hit.line } : t.at;
}
/** Extensions the datasource declares, and those the schema's own types need (declared or not). */
function extensionsNeeded(dmmf, options) {
    const out = [...options.extensions];
    const used = [
        ...dmmf.datamodel.indexes.flatMap((i) => i.fields.map((f) => f.operatorClass ?? '')),
        ...dmmf.datamodel.models.flatMap((m) => m.fields.flatMap((f) => [
            f.nativeType?.[0]?.toUpperCase() ?? '',
            typeof f.default === 'object' && f.default && !Array.isArray(f.default) ? String(f.default.args[0] ?? '') : '',
        ])),
    ];
    for (const [pattern, name] of NEEDS_EXTENSION)
        if (!out.some((e) => e.name === name) && used.some((u) => pattern.test(u)))
            out.push({ name });
    return out;
}
function quote(name) {
    return `"${name.replaceAll('"', '""')}"`;
}
function qualified(schema, name) {
    return `${quote(schema)}.${quote(name)}`;
}

;// CONCATENATED MODULE: ./lib/sources/prisma/read-prisma-schema.js






// One Prisma schema → its tables: the engine validates it and gives the data model, the model is
// rendered as the SQL `prisma migrate` would write, and that SQL is replayed into the embedded
// PostgreSQL exactly as migrations are, so the catalog reader describes it. The facts are then
// pointed back at the schema: each table at its `model X {` line, each failure at the line of
// the model, field or attribute whose SQL failed.
const RENDERED_PROVIDERS = new Set(['postgresql', 'postgres', 'cockroachdb']);
async function readPrismaSchema(engine, set, text) {
    const diagnostics = [];
    const written = set.files.map((f) => [f, text(f)]);
    const files = withoutConnectionUrls(written);
    // Validation first: a schema the engine rejects is reported where it is wrong, whatever its provider.
    const dmmf = readDataModel(engine, files, set, diagnostics);
    if (!dmmf)
        return { facts: undefined, diagnostics };
    const datasource = engine.config(files).config.datasources[0];
    const provider = datasource?.activeProvider ?? '';
    if (!RENDERED_PROVIDERS.has(provider)) {
        diagnostics.push({
            severity: 'notice',
            stage: 'migrations',
            file: set.main,
            message: `Prisma schema for ${provider || 'an unknown provider'}: only PostgreSQL (postgresql, cockroachdb) ` +
                'schemas are rendered to tables for now; its models are not documented',
        });
        return { facts: undefined, diagnostics };
    }
    if (provider === 'cockroachdb')
        diagnostics.push({
            severity: 'notice',
            stage: 'migrations',
            file: set.main,
            message: 'CockroachDB schema rendered as PostgreSQL: column types carry their PostgreSQL names',
        });
    const outline = outlineSchema(written);
    const ds = datasourceSettings(outline.datasource());
    // relationMode = "prisma": the database has no foreign keys, but the relations are the data model
    // all the same. They are rendered as constraints to be read like any other, then marked as kept
    // by Prisma Client, so the docs draw them and say that nothing in the database enforces them.
    const keptByClient = ds.relationMode === 'prisma' ? ds.relationModeAt : undefined;
    const rendered = renderPostgresDdl(dmmf, outline, {
        defaultSchema: 'public',
        schemas: datasource?.schemas ?? [],
        foreignKeys: true,
        extensions: ds.extensions,
    });
    const sql = sqlText(rendered.statements);
    const virtual = `${set.main} (as SQL)`;
    const replaySet = {
        dir: set.dir,
        layout: 'dump',
        files: [{ file: virtual, version: '0', section: 'whole' }],
        dialect: 'postgres',
    };
    const replay = await (0,replay_postgres/* replayPostgres */.n)([replaySet], new Map([[virtual, sql.text]]));
    for (const d of replay.diagnostics) {
        if (d.file !== virtual && d.file !== set.dir) {
            diagnostics.push(d);
            continue;
        }
        const origin = d.line === undefined ? undefined : sql.originAt(d.line);
        diagnostics.push({
            ...d,
            file: origin?.file ?? set.main,
            ...(origin ? { line: origin.line } : {}),
            message: `Prisma schema rendered as SQL: ${d.message}`,
        });
    }
    const facts = replay.facts;
    // Not migrations: nothing was migrated, and migration findings (locks, NOT VALID) do not apply.
    facts.migrations = [];
    if (keptByClient)
        facts.foreignKeys = facts.foreignKeys.map((fk) => ({
            ...fk,
            keptBy: { client: 'Prisma Client', source: keptByClient },
        }));
    facts.tables = facts.tables.map(({ source: _replayed, ...t }) => {
        const source = rendered.tableSources.get(t.id);
        return source ? { ...t, source } : t;
    });
    return { facts, diagnostics };
}
/**
 * The data model with `@ignore`d fields and models included (migrate creates them); when the
 * engine only accepts the schema with them ignored, without them and a notice; when it accepts
 * neither, its errors at their file:line.
 */
function readDataModel(engine, files, set, diagnostics) {
    const included = withIgnoredIncluded(files);
    if (included.changed) {
        try {
            return { datamodel: engine.dataModel(included.files) };
        }
        catch {
            // read as written below
        }
    }
    try {
        const dmmf = { datamodel: engine.dataModel(files) };
        if (included.changed)
            diagnostics.push({
                severity: 'notice',
                stage: 'migrations',
                file: set.main,
                message: 'Prisma schema has @ignore/@@ignore fields or models: their columns and tables exist in the ' +
                    'database but are not documented (the schema is only valid with them ignored)',
            });
        return dmmf;
    }
    catch (err) {
        const found = engineErrorDiagnostics(err, set.files);
        diagnostics.push(...(found.length > 0 ? found : [(0,isolate_extractor/* crashDiagnostic */.P)('migrations', set.main, err)]));
        return undefined;
    }
}
/** The statements as one SQL text, and which schema line each SQL line comes from. */
function sqlText(statements) {
    const starts = [];
    let line = 1;
    const parts = [];
    for (const st of statements) {
        starts.push({ line, origin: st.origin });
        parts.push(`${st.sql};\n`);
        line += st.sql.split('\n').length + 1;
    }
    return {
        text: parts.join('\n'),
        originAt(at) {
            let hit;
            for (const s of starts)
                if (s.line <= at)
                    hit = s.origin;
            return hit;
        },
    };
}

;// CONCATENATED MODULE: ./lib/sources/prisma/extract-prisma.js







/**
 * The tables of every Prisma schema that has no SQL migrations. A schema with a `migrations/`
 * folder of Prisma migrations beside it is documented by those (the migrations kind replays
 * them: they are what the database really ran), so it yields nothing here but a notice.
 */
async function extractPrisma({ repoRoot, files, text, settings, }) {
    const diagnostics = [];
    const schema = {
        dialect: 'postgres',
        migrations: [],
        tables: [],
        foreignKeys: [],
        indexes: [],
        enums: [],
    };
    const excluded = settings.exclude?.length ? picomatch(settings.exclude, { dot: true }) : () => false;
    let engine;
    let rendered = 0;
    /** Relations of schemas whose tables the migrations give (see keepsRelationsInClient). */
    const relationsOnly = [];
    const sets = groupPrismaSchemas(files, text);
    const copies = copiesOf(sets, text, (set) => prismaMigrationsFolder(repoRoot, set, excluded) !== undefined);
    for (const set of sets) {
        const { main } = set;
        const original = copies.get(set);
        if (original) {
            diagnostics.push({
                severity: 'notice',
                stage: 'migrations',
                file: set.files[0],
                message: `the same Prisma schema as ${original.main ?? original.files[0]} ` +
                    "(a generated client's copy, say): read once",
            });
            continue;
        }
        if (main === undefined) {
            diagnostics.push({
                severity: 'notice',
                stage: 'migrations',
                file: set.files[0],
                message: `${set.files.length === 1 ? 'Prisma schema file' : `${set.files.length} Prisma schema files`} ` +
                    'without a datasource block (and under no folder with one): the provider is unknown, not rendered',
            });
            continue;
        }
        const migrations = prismaMigrationsFolder(repoRoot, set, excluded);
        if (migrations !== undefined) {
            const clientKept = keepsRelationsInClient(set, text);
            diagnostics.push({
                severity: 'notice',
                stage: 'migrations',
                file: main,
                message: `Prisma schema with SQL migrations in ${migrations}/: the tables are read from the migrations` +
                    (clientKept
                        ? '; the relations, which have no foreign keys there (relationMode = "prisma"), from the schema'
                        : ''),
            });
            if (!clientKept)
                continue;
            // The migrations hold no trace of these relations: the schema is their only source.
            try {
                engine ??= await loadPrismaEngine();
                const r = await readPrismaSchema(engine, { ...set, main }, text);
                diagnostics.push(...r.diagnostics);
                if (!r.facts)
                    continue;
                relationsOnly.push(...r.facts.foreignKeys);
            }
            catch (err) {
                diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', main, err));
            }
            continue;
        }
        try {
            engine ??= await loadPrismaEngine();
            const r = await readPrismaSchema(engine, { ...set, main }, text);
            diagnostics.push(...r.diagnostics);
            if (!r.facts)
                continue;
            rendered++;
            schema.tables.push(...r.facts.tables);
            schema.foreignKeys.push(...r.facts.foreignKeys);
            schema.indexes.push(...r.facts.indexes);
            schema.enums.push(...r.facts.enums);
        }
        catch (err) {
            // The engine missing or panicking costs this schema, not the run.
            diagnostics.push((0,isolate_extractor/* crashDiagnostic */.P)('migrations', main, err));
        }
    }
    if (relationsOnly.length > 0)
        schema.foreignKeys.push(...relationsOnly);
    return { facts: rendered > 0 || relationsOnly.length > 0 ? { schema } : {}, diagnostics };
}
/** `relationMode = "prisma"` in the schema's datasource: no foreign key reaches the database. */
function keepsRelationsInClient(set, text) {
    const outline = outlineSchema(set.files.map((f) => [f, text(f)]));
    return datasourceSettings(outline.datasource()).relationMode === 'prisma';
}
/**
 * Schemas that are byte-for-byte copies of another: Prisma Client's generator writes the schema
 * into its output folder (`src/generated/prisma/schema.prisma`), and some repositories commit it.
 * Read once: from the copy with migrations beside it when there is one (so the migrations still
 * stand in for it), else the first. Maps each copy left out to the one read.
 */
function copiesOf(sets, text, hasMigrations) {
    const byContent = new Map();
    for (const set of sets) {
        const key = JSON.stringify(set.files.map((f) => [external_node_path_.posix.basename(f), text(f)]));
        byContent.set(key, [...(byContent.get(key) ?? []), set]);
    }
    const out = new Map();
    for (const same of byContent.values()) {
        if (same.length < 2)
            continue;
        const kept = same.find(hasMigrations) ?? same[0];
        for (const set of same)
            if (set !== kept)
                out.set(set, kept);
    }
    return out;
}


/***/ })

};
