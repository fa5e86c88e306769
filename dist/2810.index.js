export const id = 2810;
export const ids = [2810];
export const modules = {

/***/ 12810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractOpenApi: () => (/* binding */ extractOpenApi)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@redocly/openapi-core/lib/index.js + 258 modules
var lib = __webpack_require__(14552);
;// CONCATENATED MODULE: ./lib/sources/openapi/operation-traits.js
// What an architect asks of every HTTP operation beyond its shape: can a client retry it safely
// (idempotency), how does it page, what does it say about rate limits, and what do its errors
// look like. All of it is read from the operation's parameters, response statuses and headers,
// so it is computed from the facts already collected, never guessed.
/** Request headers that carry a client-chosen key so a retried write is applied once. */
const IDEMPOTENCY_HEADER = /^(x-)?(idempotency[-_]?(key|token)|idempotent[-_]?key)$/i;
// Query parameters by the paging style they belong to.
const CURSOR = new RegExp('^(cursor|after|before|starting[-_]?after|ending[-_]?before|page[-_]?token|next[-_]?(token|cursor)|' +
    'continuation([-_]?token)?|marker|since[-_]?id|from[-_]?cursor)$', 'i');
const PAGE = /^(page|page[-_]?(number|no|index))$/i;
const OFFSET = /^(offset|skip|start|start[-_]?index)$/i;
const SIZE = /^(limit|per[-_]?page|page[-_]?size|size|max[-_]?results|max[-_]?items|count|first|last|top)$/i;
const RATE_LIMIT_HEADER = /^((x-)?rate-?limit(-[a-z-]+)?|ratelimit(-[a-z-]+)?)$/i;
function operationTraits(o) {
    const out = {};
    const key = o.parameters.find((p) => p.in === 'header' && IDEMPOTENCY_HEADER.test(p.name));
    if (key)
        out.idempotencyKey = key.name;
    const pagination = paginationOf(o);
    if (pagination)
        out.pagination = pagination;
    const rateLimit = rateLimitOf(o);
    if (rateLimit)
        out.rateLimit = rateLimit;
    const errors = errorFormatOf(o);
    if (errors)
        out.errors = errors;
    return out;
}
function paginationOf(o) {
    const query = o.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    const size = query.filter((n) => SIZE.test(n));
    const link = o.responses.some((r) => /^2/.test(r.status) && (r.headers ?? []).some((h) => /^link$/i.test(h)));
    const style = ['cursor', 'page', 'offset'].find((s) => query.some((n) => (s === 'cursor' ? CURSOR : s === 'page' ? PAGE : OFFSET).test(n)));
    // A `Link` header is how GitHub-style APIs page even when the parameters are page numbers:
    // the client is meant to follow the links, so that is the style a client must implement.
    if (link)
        return { style: 'link', via: ['Link', ...query.filter((n) => PAGE.test(n) || CURSOR.test(n)), ...size] };
    if (!style)
        return undefined;
    const pattern = style === 'cursor' ? CURSOR : style === 'page' ? PAGE : OFFSET;
    return { style, via: [...query.filter((n) => pattern.test(n)), ...size] };
}
function rateLimitOf(o) {
    const headers = new Set();
    let retryAfter = false;
    for (const r of o.responses)
        for (const h of r.headers ?? []) {
            if (RATE_LIMIT_HEADER.test(h))
                headers.add(h);
            if (/^retry-after$/i.test(h))
                retryAfter = true;
        }
    const tooManyRequests = o.responses.some((r) => r.status === '429');
    if (headers.size === 0 && !retryAfter && !tooManyRequests)
        return undefined;
    return { headers: [...headers].sort(), tooManyRequests, retryAfter };
}
function errorFormatOf(o) {
    const errors = o.responses.filter((r) => /^[45]/.test(r.status) || r.status === 'default');
    if (errors.length === 0)
        return undefined;
    const schemas = new Set();
    for (const r of errors)
        if (r.schema && r.schema.type !== 'object')
            schemas.add(r.schema.type);
    const problemJson = errors.some((r) => r.contentTypes.some((t) => /^application\/problem\+(json|xml)/i.test(t)));
    return { statuses: errors.map((r) => r.status), schemas: [...schemas].sort(), problemJson };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/sources/common/decode-text.js
var decode_text = __webpack_require__(42556);
;// CONCATENATED MODULE: ./lib/sources/common/repo-containment.js


/**
 * Whether absolute paths lie inside a repository, symlinks resolved: a reference in untrusted
 * content (`$ref: ../../../../etc/passwd`, a link inside the repo pointing anywhere) must not pull
 * runner files into the facts.
 */
function repoContainment(repoRoot) {
    // The root as given and with symlinks resolved: a missing file can only be judged by the former.
    const roots = [(0,external_node_path_.resolve)(repoRoot), realOrResolved(repoRoot)];
    return (file) => {
        // Missing file: judge the path as written and let the read report "not found".
        const real = realOrResolved(file);
        return roots.some((root) => {
            const rel = (0,external_node_path_.relative)(root, real);
            return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
        });
    };
}
function realOrResolved(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return (0,external_node_path_.resolve)(path);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/sources/openapi/json-pointer-lines.js
// Line numbers for JSON pointers in a JSON file, without building a syntax tree.
//
// Big API descriptions are JSON (GitHub's is 13 MB). The `yaml` package parses JSON too, but
// keeping every node's range costs ~8 s for 18 MB, while the facts need the lines of only a few
// thousand nodes (path items, operations, schemes). So JSON files get this instead: the text is
// validated with `JSON.parse`, and a pointer is followed by scanning just the containers on its
// way, each scanned once and remembered. Everything the scanner meets has already been validated.
class JsonPointerLines {
    text;
    value;
    lineStarts = [0];
    /** Container start offset → its members: key (or index) → where the key and the value start. */
    members = new Map();
    /** `value` is `JSON.parse(text)`, already done by the caller to know the text is JSON. */
    constructor(text, value) {
        this.text = text;
        this.value = value;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.lineStarts.push(i + 1);
    }
    errors() {
        return [];
    }
    toJS() {
        return this.value;
    }
    /** Same contract as `PointerLines.lineOf`: the line of the node at `pointer`, or of its key with `onKey`. */
    lineOf(pointer, onKey = false) {
        let valueStart = this.skipSpace(0);
        let keyStart;
        for (const segment of pointer) {
            const member = this.membersOf(valueStart).get(segment);
            if (!member)
                return this.line(keyStart ?? valueStart);
            keyStart = member.keyStart;
            valueStart = member.valueStart;
        }
        return this.line(onKey ? (keyStart ?? valueStart) : valueStart);
    }
    /** The scalar at `pointer` as written (a number's digits, a string's decoded text). */
    scalarSource(pointer) {
        let valueStart = this.skipSpace(0);
        for (const segment of pointer) {
            const member = this.membersOf(valueStart).get(segment);
            if (!member)
                return undefined;
            valueStart = member.valueStart;
        }
        const c = this.text[valueStart];
        if (c === '{' || c === '[')
            return undefined;
        const raw = this.text.slice(valueStart, this.skipValue(valueStart));
        return c === '"' ? JSON.parse(raw) : raw;
    }
    membersOf(start) {
        const cached = this.members.get(start);
        if (cached)
            return cached;
        const out = new Map();
        const open = this.text[start];
        if (open === '{' || open === '[') {
            let i = this.skipSpace(start + 1);
            let index = 0;
            while (i < this.text.length && this.text[i] !== '}' && this.text[i] !== ']') {
                let keyStart = i;
                let key = String(index++);
                if (open === '{') {
                    const keyEnd = this.skipString(i);
                    key = JSON.parse(this.text.slice(i, keyEnd));
                    i = this.skipSpace(keyEnd) + 1; // past ':'
                }
                else {
                    keyStart = i;
                }
                const valueStart = this.skipSpace(i);
                if (!out.has(key))
                    out.set(key, { keyStart, valueStart });
                i = this.skipSpace(this.skipValue(valueStart));
                if (this.text[i] === ',')
                    i = this.skipSpace(i + 1);
            }
        }
        this.members.set(start, out);
        return out;
    }
    /** Offset just past the value starting at `i`. Character codes, not strings: this loop is the hot one. */
    skipValue(i) {
        const text = this.text;
        const c = text.charCodeAt(i);
        if (c === 34)
            return this.skipString(i);
        if (c === 123 || c === 91) {
            let depth = 0;
            for (let j = i; j < text.length; j++) {
                const ch = text.charCodeAt(j);
                if (ch === 34)
                    j = this.skipString(j) - 1;
                else if (ch === 123 || ch === 91)
                    depth++;
                else if ((ch === 125 || ch === 93) && --depth === 0)
                    return j + 1;
            }
            return text.length;
        }
        let j = i;
        for (; j < text.length; j++) {
            const ch = text.charCodeAt(j);
            // whitespace , ] }
            if (ch === 32 || ch === 10 || ch === 13 || ch === 9 || ch === 44 || ch === 93 || ch === 125)
                break;
        }
        return j;
    }
    /** Offset just past the string literal starting (at its quote) at `i`: jumps from quote to quote. */
    skipString(i) {
        const text = this.text;
        for (let from = i + 1;;) {
            const quote = text.indexOf('"', from);
            if (quote < 0)
                return text.length;
            // Escaped when preceded by an odd number of backslashes.
            let slashes = 0;
            for (let k = quote - 1; text.charCodeAt(k) === 92; k--)
                slashes++;
            if (slashes % 2 === 0)
                return quote + 1;
            from = quote + 1;
        }
    }
    skipSpace(i) {
        while (i < this.text.length) {
            const ch = this.text.charCodeAt(i);
            if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9)
                break;
            i++;
        }
        return i;
    }
    line(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
}

;// CONCATENATED MODULE: ./lib/sources/openapi/pointer-lines.js
// Maps JSON pointers to 1-based line numbers in a YAML or JSON file.
//
// Redocly hands back plain objects (and problems as JSON pointers), which carry no positions.
// Every fact must cite file:line, so each spec file is also parsed with the `yaml` package, whose
// nodes keep their source ranges (JSON is YAML, so it serves both; big strict-JSON files take a
// faster path).


/**
 * Positions for a spec file's text. Strict JSON takes a fast path (see json-pointer-lines.ts);
 * anything else, including JSON with a syntax error, goes through the YAML parser, which reports
 * errors with their line.
 */
function pointerLinesFor(text) {
    if (/^\s*[{[]/.test(text)) {
        try {
            return new JsonPointerLines(text, JSON.parse(text));
        }
        catch {
            // Not strict JSON: let the YAML parser say where it breaks (or read it as YAML flow style).
        }
    }
    return new YamlPointerLines(text);
}
/** YAML (and JSON) through the `yaml` package, whose nodes keep their source ranges. */
class YamlPointerLines {
    text;
    lineCounter = new dist/* LineCounter */.HN();
    doc;
    constructor(text) {
        this.text = text;
        // `uniqueKeys` stays on: a duplicated key in a spec is a real error worth reporting.
        this.doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lineCounter, prettyErrors: false, merge: true });
    }
    errors() {
        return this.doc.errors.map((e) => {
            const pos = this.lineCounter.linePos(e.pos[0]);
            return { message: e.message, line: pos.line, column: pos.col };
        });
    }
    toJS() {
        return this.doc.toJS({ maxAliasCount: 1000 });
    }
    lineOf(pointer, onKey = false) {
        let node = this.doc.contents;
        let keyOffset;
        for (const segment of pointer) {
            node = this.deref(node);
            let next;
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyText(p.key) === segment);
                if (pair) {
                    keyOffset = rangeStart(pair.key);
                    next = pair.value ?? null;
                }
            }
            else if ((0,dist/* isSeq */.oP)(node)) {
                const item = node.items[Number(segment)];
                if (item !== undefined && /^\d+$/.test(segment)) {
                    keyOffset = rangeStart(item);
                    next = item;
                }
            }
            if (next === undefined)
                return this.line(keyOffset ?? rangeStart(node));
            node = next;
        }
        const valueOffset = rangeStart(this.deref(node));
        return this.line(onKey ? (keyOffset ?? valueOffset) : (valueOffset ?? keyOffset));
    }
    scalarSource(pointer) {
        let node = this.doc.contents;
        for (const segment of pointer) {
            node = this.deref(node);
            if ((0,dist/* isMap */.jh)(node))
                node = node.items.find((p) => (0,dist/* isPair */.tO)(p) && keyText(p.key) === segment)?.value;
            else if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(segment))
                node = node.items[Number(segment)];
            else
                return undefined;
        }
        node = this.deref(node);
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return undefined;
        const raw = this.text.slice(node.range[0], node.range[1]).trim();
        return raw.replace(/^(["'])(.*)\1$/s, '$2');
    }
    deref(node) {
        return (0,dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
    }
    line(offset) {
        return offset === undefined ? 1 : this.lineCounter.linePos(offset).line;
    }
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    return undefined;
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/** Splits a `#/a/b~1c` pointer (as Redocly writes them) into unescaped segments. */
function pointerSegments(pointer) {
    const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    if (body === '' || body === '/')
        return [];
    return body
        .replace(/^\//, '')
        .split('/')
        .map((s) => {
        // Same order as Redocly's own unescaping, so the same pointer names the same node.
        const unescaped = s.replace(/~1/g, '/').replace(/~0/g, '~');
        try {
            return decodeURIComponent(unescaped);
        }
        catch {
            return unescaped; // a literal `%` that is not an escape
        }
    });
}

;// CONCATENATED MODULE: ./lib/sources/openapi/spec-documents.js
// The files one extraction run reads for its OpenAPI documents, and `$ref` resolution among them.
//
// The facts need a few levels of each document (path items, operations, parameters, bodies,
// responses, named schemas), reached through refs. Resolving those refs on demand, over the
// plain objects `JSON.parse` (or the YAML reader) made, is what keeps a 13 MB description cheap:
// Redocly's bundler builds its own YAML tree of the whole text and walks every node, which costs
// more than everything else together and tells the facts nothing more.
//
// Only files inside the repository are read, never the network: a docs run must not depend on
// somebody else's server, and `$ref: ../../../../etc/passwd` in a pull request must not pull
// runner files into generated docs.





/** A ref chain longer than this is a loop (`a` → `b` → `a`) or as good as one. */
const MAX_REF_HOPS = 32;
class SpecDocuments {
    files = new Map();
    isInside;
    /**
     * Every failed resolution, counted each time (a spec meeting a known-bad ref again is flagged
     * too). The reader only needs to know that one failed: the lint it then runs says which and why.
     */
    failureCount = 0;
    constructor(repoRoot) {
        this.isInside = repoContainment(repoRoot);
    }
    /** Registers a root document the caller has already read and parsed. */
    add(absoluteRef, file) {
        this.files.set(absoluteRef, file);
    }
    /** Every file read, by absolute path (roots and referenced ones). */
    loaded() {
        const out = new Map();
        for (const [path, file] of this.files)
            if (!('error' in file))
                out.set(path, file);
        return out;
    }
    file(absoluteRef) {
        const found = this.files.get(absoluteRef) ?? this.load(absoluteRef);
        return 'error' in found ? undefined : found;
    }
    /**
     * Follows `$ref`s from a node to what they name, keeping track of file and pointer. `undefined`
     * when the node is absent or a ref on the way names nothing (counted in `failureCount`).
     */
    follow(at) {
        let current = at;
        for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
            const node = current.node;
            if (node === undefined)
                return undefined;
            if (!isRecord(node) || typeof node.$ref !== 'string')
                return current;
            const next = this.target(current, node.$ref);
            if (!next)
                return undefined;
            current = next;
        }
        // the chain of refs never reaches a definition
        this.fail();
        return undefined;
    }
    /** One step: what the `$ref` at `at` names, or `at` itself when it holds no ref. */
    hop(at) {
        const node = at.node;
        if (!isRecord(node) || typeof node.$ref !== 'string')
            return at;
        return this.target(at, node.$ref);
    }
    /** What one `$ref` (written in the object at `at`) names. */
    target(at, ref) {
        const hash = ref.indexOf('#');
        const path = hash < 0 ? ref : ref.slice(0, hash);
        const fragment = hash < 0 ? '' : ref.slice(hash + 1);
        let absoluteRef = at.absoluteRef;
        if (path !== '') {
            if (/^[a-z][a-z0-9+.-]*:/i.test(path)) {
                // remote reference not fetched: only files in the repository are read
                this.fail();
                return undefined;
            }
            let decoded = path;
            try {
                decoded = decodeURI(path);
            }
            catch {
                // a literal `%`: use the path as written
            }
            absoluteRef = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(at.absoluteRef), decoded);
            if (!this.isInside(absoluteRef)) {
                // the file is outside the repository; not read
                this.fail();
                return undefined;
            }
        }
        const file = this.files.get(absoluteRef) ?? this.load(absoluteRef);
        if ('error' in file) {
            this.fail();
            return undefined;
        }
        const pointer = pointerSegments(fragment);
        let node = file.parsed;
        for (const segment of pointer) {
            if (Array.isArray(node))
                node = /^\d+$/.test(segment) ? node[Number(segment)] : undefined;
            else if (isRecord(node))
                node = Object.hasOwn(node, segment) ? node[segment] : undefined;
            else
                node = undefined;
            if (node === undefined) {
                // no such location in the document
                this.fail();
                return undefined;
            }
        }
        return { node, absoluteRef, pointer };
    }
    load(absoluteRef) {
        let loaded;
        try {
            // A byte-order mark is legal in the file but not in JSON; lines are unaffected by dropping it.
            const text = (0,decode_text/* normalizeText */.fQ)((0,external_node_fs_.readFileSync)(absoluteRef, 'utf8'));
            const lines = pointerLinesFor(text);
            const errors = lines.errors();
            loaded =
                errors.length > 0
                    ? { error: `the file is not valid YAML/JSON (line ${errors[0].line ?? 1}: ${errors[0].message})` }
                    : { text, lines, parsed: lines.toJS() };
        }
        catch (error) {
            const code = error.code;
            loaded = {
                error: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'a folder, not a file' : 'unreadable',
            };
        }
        this.files.set(absoluteRef, loaded);
        return loaded;
    }
    fail() {
        this.failureCount++;
    }
}
function child(at, key) {
    const node = at.node;
    let value;
    if (Array.isArray(node))
        value = node[Number(key)];
    else if (isRecord(node))
        value = Object.hasOwn(node, key) ? node[key] : undefined;
    return { node: value, absoluteRef: at.absoluteRef, pointer: [...at.pointer, key] };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/sources/openapi/schema-catalog.js
// The named schemas of one OpenAPI document, and the shape of every body, parameter and property.
//
// A named schema (`components/schemas/Order`, 2.0's `definitions/Order`, or a whole file reached
// by `$ref: ./schemas/order.yaml`) becomes one `ApiSchema` fact, described once; whatever refers
// to it only names it (`type: Order`). That is what keeps GitHub's description (900 schemas, each
// referred to from dozens of operations) small, and circular schemas finite. Inline objects are
// flattened into dotted property paths (`address.city`, `lines[].sku`) a few levels deep, which
// is what change rules compare and what a reader of the API doc wants to see.

/** Inline objects nested deeper than this are named `object`, their properties left out. */
const MAX_DEPTH = 3;
/** A schema with more rows than this is cut (a generated model with hundreds of fields). */
const MAX_PROPERTIES = 200;
class SchemaCatalog {
    input;
    /** Named schemas by location (`file#pointer`). */
    byLocation = new Map();
    names = new Set();
    /** Shapes being described: a schema that contains itself is named, not described again. */
    describing = new Set();
    constructor(input) {
        this.input = input;
    }
    all() {
        return [...this.byLocation.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    /** The shape of a body or property schema: a named schema by name, anything else described. */
    shape(at, depth = 0) {
        const s = this.shapeOf(at, depth);
        if (!s)
            return undefined;
        const out = { type: s.type };
        if (s.properties && s.properties.length > 0)
            out.properties = s.properties;
        if (s.oneOf)
            out.oneOf = s.oneOf;
        return out;
    }
    /** A parameter's type and enum: primitive types see through refs (a `Limit` schema is `integer`). */
    inline(at) {
        const resolved = this.input.documents.follow(at);
        if (!resolved || !schema_catalog_isRecord(resolved.node))
            return undefined;
        const primitive = typeLabel(resolved.node, this.input.version);
        const s = primitive && primitive !== 'object' && primitive !== 'array'
            ? this.describeNode(resolved, MAX_DEPTH)
            : this.shapeOf(at, MAX_DEPTH);
        if (!s)
            return undefined;
        return s.enum ? { type: s.type, enum: s.enum } : { type: s.type };
    }
    /** 2.0 `formData` parameters as the properties of the body they make up. */
    formFields(form) {
        return form.map((p) => {
            const node = p.node;
            const s = this.describeNode(p, MAX_DEPTH);
            const row = { name: String(node.name), type: s.type, required: node.required === true };
            if (s.enum)
                row.enum = s.enum;
            return row;
        });
    }
    // ------------------------------------------------------------ named schemas
    shapeOf(at, depth) {
        if (at.node === undefined)
            return undefined;
        const named = this.namedTarget(at);
        if (named) {
            const schema = this.describeNamed(named.at, named.name);
            const s = { type: schema.name };
            const resolved = this.input.documents.follow(named.at);
            if (resolved && schema_catalog_isRecord(resolved.node))
                Object.assign(s, flags(resolved.node, this.input.version));
            return s;
        }
        const resolved = this.input.documents.follow(at);
        return resolved ? this.describeNode(resolved, depth) : undefined;
    }
    /** Whether `at` is, or refers (through refs) to, a named schema; with the name it goes by. */
    namedTarget(at) {
        let current = at;
        for (let hop = 0; current && hop < 32; hop++) {
            const name = this.nameAt(current, current !== at);
            if (name)
                return { at: current, name };
            const node = current.node;
            if (!schema_catalog_isRecord(node) || typeof node.$ref !== 'string')
                return undefined;
            current = this.input.documents.hop(current);
        }
        return undefined;
    }
    /** The name of the schema at a location, when it is a named one. */
    nameAt(at, reachedByRef) {
        const p = at.pointer;
        if (p.length === 3 && p[0] === 'components' && p[1] === 'schemas')
            return p[2];
        if (p.length === 2 && p[0] === 'definitions')
            return p[1];
        if (!reachedByRef)
            return undefined;
        // A whole file, or a top-level entry of a file of schemas (`schemas.yaml#/Order`).
        if (p.length === 0)
            return baseName(at.absoluteRef);
        if (p.length === 1)
            return p[0];
        return undefined;
    }
    describeNamed(at, name) {
        const key = `${at.absoluteRef}#${at.pointer.join('/')}`;
        const known = this.byLocation.get(key);
        if (known)
            return known;
        const source = this.input.source(at, true);
        // The same name in two files (an `Error` schema each) keeps both: the later one qualified.
        const unique = this.names.has(name) ? `${name} (${source.file})` : name;
        this.names.add(unique);
        const schema = {
            id: `schema:${source.file}#${unique}`,
            name: unique,
            protocol: 'http',
            spec: this.input.spec,
            kind: 'other',
            properties: [],
            source,
        };
        // Registered before it is described: a schema that refers to itself finds itself named.
        this.byLocation.set(key, schema);
        const resolved = this.input.documents.follow(at);
        if (resolved && schema_catalog_isRecord(resolved.node)) {
            this.describing.add(key);
            const s = this.describeNode(resolved, 0);
            this.describing.delete(key);
            schema.kind = s.kind ?? 'other';
            if (s.properties)
                schema.properties = s.properties;
            if (s.enum)
                schema.values = s.enum;
            else if (s.oneOf)
                schema.values = s.oneOf;
            if (s.deprecated)
                schema.deprecated = true;
        }
        return schema;
    }
    // ------------------------------------------------------------ describing a schema object
    describeNode(at, depth) {
        const node = at.node;
        if (!schema_catalog_isRecord(node))
            return { type: node === true ? 'any' : 'unknown' };
        const base = flags(node, this.input.version);
        const composed = this.composition(at, node, depth);
        if (composed)
            return { ...composed, ...base, ...(composed.nullable ? { nullable: true } : {}) };
        const type = typeLabel(node, this.input.version);
        if (type === 'array' || (type === undefined && node.items !== undefined)) {
            const items = this.shapeOf(child(at, 'items'), depth + 1);
            const s = { ...base, type: `array<${items?.type ?? 'unknown'}>`, kind: 'array' };
            if (items?.properties && !this.isNamed(child(at, 'items')))
                s.properties = items.properties.map((p) => ({ ...p, name: `[].${p.name}` }));
            return s;
        }
        if (type === 'object' || node.properties !== undefined) {
            const s = { ...base, type: 'object', kind: 'object' };
            if (depth < MAX_DEPTH) {
                const rows = this.properties(at, depth);
                if (rows.length > 0)
                    s.properties = rows;
            }
            return s;
        }
        const s = { ...base, type: type ?? 'any', kind: base.enum ? 'enum' : type ? 'scalar' : 'other' };
        if (base.nullable && type && !type.includes('null'))
            s.type = `${type}|null`;
        return s;
    }
    /** allOf merges its parts' properties; oneOf/anyOf name the alternatives. */
    composition(at, node, depth) {
        if (Array.isArray(node.allOf)) {
            const parts = node.allOf.map((_, i) => child(child(at, 'allOf'), String(i)));
            // `allOf: [$ref]` with nothing else is a named schema with a local description.
            if (parts.length === 1 && node.properties === undefined)
                return this.shapeOf(parts[0], depth);
            const rows = [];
            for (const part of parts)
                rows.push(...this.partProperties(part, depth));
            if (node.properties !== undefined && depth < MAX_DEPTH)
                rows.push(...this.properties(at, depth));
            const required = new Set([node, ...parts.map((p) => this.input.documents.follow(p)?.node)]
                .flatMap((n) => (schema_catalog_isRecord(n) && Array.isArray(n.required) ? n.required : []))
                .filter((r) => typeof r === 'string'));
            const merged = new Map();
            for (const row of rows)
                merged.set(row.name, required.has(row.name) ? { ...row, required: true } : row);
            const s = { type: 'object', kind: 'object' };
            if (merged.size > 0)
                s.properties = [...merged.values()].slice(0, MAX_PROPERTIES);
            return s;
        }
        const alternatives = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
        if (!alternatives)
            return undefined;
        const list = node[alternatives];
        const types = list.map((_, i) => this.shapeOf(child(child(at, alternatives), String(i)), depth + 1)?.type ?? 'unknown');
        const nonNull = types.filter((t) => t !== 'null');
        // `oneOf: [X, {type: null}]` is how 3.1 writes "an X or null".
        if (nonNull.length === 1) {
            const only = list.findIndex((_, i) => types[i] !== 'null');
            const s = this.shapeOf(child(child(at, alternatives), String(only)), depth);
            return s ? { ...s, nullable: s.nullable || nonNull.length < types.length } : undefined;
        }
        const s = { type: `${alternatives}<${nonNull.join('|')}>`, oneOf: nonNull, kind: 'union' };
        if (nonNull.length < types.length)
            s.nullable = true;
        return s;
    }
    /** The rows an allOf part contributes: a named part's properties, an inline part's own. */
    partProperties(part, depth) {
        const named = this.namedTarget(part);
        if (named) {
            const key = `${named.at.absoluteRef}#${named.at.pointer.join('/')}`;
            if (this.describing.has(key))
                return [];
            return this.describeNamed(named.at, named.name).properties;
        }
        const resolved = this.input.documents.follow(part);
        return resolved ? (this.describeNode(resolved, depth).properties ?? []) : [];
    }
    properties(at, depth) {
        const node = at.node;
        const props = this.input.documents.follow(child(at, 'properties'));
        if (!props || !schema_catalog_isRecord(props.node))
            return [];
        const required = new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === 'string') : []);
        const rows = [];
        for (const name of Object.keys(props.node)) {
            if (rows.length >= MAX_PROPERTIES)
                break;
            const propAt = child(props, name);
            const s = this.shapeOf(propAt, depth + 1);
            if (!s)
                continue;
            const row = { name, type: s.type, required: required.has(name) };
            if (s.nullable)
                row.nullable = true;
            if (s.enum)
                row.enum = s.enum;
            if (s.deprecated)
                row.deprecated = true;
            if (s.readOnly)
                row.readOnly = true;
            if (s.writeOnly)
                row.writeOnly = true;
            rows.push(row);
            // A named schema's properties are its own fact; an inline object's are listed under it.
            if (s.properties && !this.isNamed(propAt))
                for (const nested of s.properties)
                    rows.push({ ...nested, name: `${name}${nested.name.startsWith('[]') ? '' : '.'}${nested.name}` });
        }
        return rows.slice(0, MAX_PROPERTIES);
    }
    isNamed(at) {
        return this.namedTarget(at) !== undefined;
    }
}
/** The schema's type as a label: `integer`, `string|null` (3.1 type lists), `undefined` when untyped. */
function typeLabel(node, version) {
    if (typeof node.type === 'string')
        return node.type === 'file' && version === 'oas2' ? 'file' : node.type;
    if (Array.isArray(node.type)) {
        const types = node.type.filter((t) => typeof t === 'string');
        // `[string, null]` is a nullable string: the row says `nullable`, the type stays `string|null`.
        return types.length > 0 ? types.join('|') : undefined;
    }
    return undefined;
}
/** What a property row keeps of a schema besides its type. */
function flags(node, version) {
    const out = {};
    if (Array.isArray(node.enum)) {
        const values = node.enum.filter((v) => v !== null).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
        if (values.length > 0)
            out.enum = values;
    }
    const typeList = Array.isArray(node.type) && node.type.includes('null');
    // 3.0's `nullable: true`, 2.0's `x-nullable`, 3.1's `null` in the type list.
    if (node.nullable === true || node['x-nullable'] === true || typeList)
        out.nullable = true;
    if (node.deprecated === true)
        out.deprecated = true;
    if (node.readOnly === true)
        out.readOnly = true;
    if (node.writeOnly === true && version !== 'oas2')
        out.writeOnly = true;
    return out;
}
function baseName(absoluteRef) {
    const file = absoluteRef.split(/[\\/]/).pop() ?? absoluteRef;
    return file.replace(/\.(ya?ml|json)$/i, '');
}
function schema_catalog_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/sources/openapi/collect-api-facts.js
// Reads one parsed OpenAPI document (2.0, 3.0, 3.1 or 3.2) into API facts.
//
// It walks the document as written and follows `$ref`s on demand (spec-documents.ts) rather than
// working on a dereferenced copy, so it always knows which file and JSON pointer it is looking
// at. That is what lets an operation defined in `paths/orders.yaml` (through a path-item `$ref`)
// cite that file and line, and what keeps circular schemas harmless: a named schema is described
// once, and what refers to it only names it.
//
// While walking, it notes anything structurally off in the objects the facts come from (an
// unknown key in an operation, a parameter without `in`): the reader then has the document
// linted, so the problem is reported precisely, while a clean document is never linted.



/** Path-item keys that are operations, per version (`trace` arrived in 3.0, `query` in 3.2). */
const METHODS_BY_VERSION = {
    oas2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'],
    oas3_0: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
    oas3_1: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
    oas3_2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'],
};
const PATH_ITEM_KEYS = new Set([
    '$ref',
    'summary',
    'description',
    'servers',
    'parameters',
    'additionalOperations',
    'get',
    'put',
    'post',
    'delete',
    'options',
    'head',
    'patch',
    'trace',
    'query',
]);
const OPERATION_KEYS = new Set([
    'tags',
    'summary',
    'description',
    'externalDocs',
    'operationId',
    'parameters',
    'requestBody',
    'responses',
    'callbacks',
    'deprecated',
    'security',
    'servers',
    // 2.0
    'consumes',
    'produces',
    'schemes',
]);
const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
const PARAMETER_LOCATIONS_2 = new Set(['path', 'query', 'header', 'body', 'formData']);
const PARAMETER_LOCATIONS_3 = new Set(['path', 'query', 'header', 'cookie', 'querystring']);
function collectApiFacts(input) {
    return new SpecReader(input).read();
}
class SpecReader {
    input;
    specId;
    schemas;
    suspect;
    notices = [];
    failuresBefore;
    constructor(input) {
        this.input = input;
        this.failuresBefore = input.documents.failureCount;
        this.specId = `spec:${input.file}`;
        this.schemas = new SchemaCatalog({
            spec: this.specId,
            version: input.version,
            documents: input.documents,
            source: (at, onKey) => this.source(at, onKey),
        });
    }
    read() {
        const root = { node: this.input.parsed, absoluteRef: this.input.absoluteRef, pointer: [] };
        const spec = this.spec(root);
        const operations = [...this.operations(root, 'paths'), ...this.operations(root, 'webhooks')];
        const securitySchemes = this.securitySchemes(root);
        // Every component schema is a fact, referred to or not (a spec is often read for its models).
        const container = this.input.version === 'oas2' ? child(root, 'definitions') : child(child(root, 'components'), 'schemas');
        const defined = this.input.documents.follow(container);
        if (defined && collect_api_facts_isRecord(defined.node))
            for (const name of Object.keys(defined.node))
                this.schemas.shape(child(defined, name));
        const facts = { specs: [spec], operations, securitySchemes, schemas: this.schemas.all() };
        const failed = this.input.documents.failureCount > this.failuresBefore;
        const suspect = this.suspect ?? (failed ? 'unresolvable $ref' : undefined);
        return { facts, notices: this.notices, ...(suspect ? { suspect } : {}) };
    }
    flag(reason) {
        this.suspect ??= reason;
    }
    spec(root) {
        const doc = this.input.parsed;
        const info = asRecord(doc.info);
        if (!info || typeof info.title !== 'string' || info.version === undefined)
            this.flag('info incomplete');
        const versionKey = this.input.version === 'oas2' ? 'swagger' : 'openapi';
        const lines = this.input.documents.file(this.input.absoluteRef)?.lines;
        // YAML reads an unquoted `version: 1.10` as the number 1.1; the text as written is what was meant.
        const asWritten = (pointer, value) => typeof value === 'number' ? (lines?.scalarSource(pointer) ?? String(value)) : scalarText(value);
        return {
            id: this.specId,
            protocol: 'http',
            file: this.input.file,
            title: asString(info?.title) ?? '',
            version: asWritten(['info', 'version'], info?.version) ?? '',
            specVersion: asWritten([versionKey], doc[versionKey]) ?? '',
            servers: this.input.version === 'oas2' ? swaggerServers(doc) : openApiServers(doc.servers),
            source: this.source(child(root, versionKey), true),
        };
    }
    // ------------------------------------------------------------ operations
    /** The operations of `paths`, or of 3.1's `webhooks` (keyed by name, called by the API). */
    operations(root, key) {
        if (key === 'webhooks' && this.input.version !== 'oas3_1' && this.input.version !== 'oas3_2')
            return [];
        const paths = this.input.documents.follow(child(root, key));
        if (!paths)
            return [];
        if (!collect_api_facts_isRecord(paths.node)) {
            this.flag(`${key} is not an object`);
            return [];
        }
        const out = [];
        for (const path of Object.keys(paths.node)) {
            if (path.startsWith('x-'))
                continue;
            out.push(...this.pathItem(paths, path, key === 'webhooks' ? 'webhook' : undefined));
        }
        return out;
    }
    pathItem(container, path, outbound) {
        const at = child(container, path);
        const item = this.input.documents.follow(at);
        if (!item)
            return [];
        const reused = item !== at && item.pointer[0] === 'paths' && item.pointer.length === 2;
        if (reused && item.absoluteRef === this.input.absoluteRef) {
            // One path item serving two paths is legal and means what it says, but a count of the
            // document's path × method entries misses it: say why this path has operations.
            this.notices.push({
                message: `${path} reuses the path item of ${item.pointer[1]} ($ref): ` +
                    'its operations are recorded under both paths',
                line: this.source(at, true).line,
            });
        }
        if (!collect_api_facts_isRecord(item.node)) {
            this.flag('path item is not an object');
            return [];
        }
        for (const k of Object.keys(item.node))
            if (!PATH_ITEM_KEYS.has(k) && !k.startsWith('x-'))
                this.flag(`path key ${k}`);
        const pathParameters = this.parameterList(child(item, 'parameters'));
        const out = [];
        for (const key of METHODS_BY_VERSION[this.input.version]) {
            const op = child(item, key);
            if (op.node === undefined)
                continue;
            if (!collect_api_facts_isRecord(op.node)) {
                this.flag('operation is not an object');
                continue;
            }
            out.push(this.operation(path, key.toUpperCase(), op, pathParameters, outbound));
        }
        return out;
    }
    operation(path, method, op, pathParameters, outbound) {
        const node = op.node;
        for (const k of Object.keys(node))
            if (!OPERATION_KEYS.has(k) && !k.startsWith('x-'))
                this.flag(`operation key ${k}`);
        if (node.responses === undefined && (this.input.version === 'oas2' || this.input.version === 'oas3_0'))
            this.flag('no responses');
        const doc = this.input.parsed;
        const merged = mergeParameters(pathParameters, this.parameterList(child(op, 'parameters')));
        const parameters = [];
        for (const p of merged) {
            const fact = this.parameter(p);
            if (fact)
                parameters.push(fact);
        }
        const requestBody = this.input.version === 'oas2'
            ? this.swaggerRequestBody(node, merged)
            : this.requestBody(child(op, 'requestBody'));
        const operation = {
            id: outbound === 'webhook' ? `webhook:${method} ${path}` : `op:${method} ${path}`,
            protocol: 'http',
            method,
            path,
            tags: Array.isArray(node.tags) ? node.tags.filter((t) => typeof t === 'string') : [],
            // `security: []` on the operation means "public" and wins over the document's default.
            security: securityAlternatives(node.security) ?? securityAlternatives(doc.security) ?? [],
            parameters,
            responses: this.responses(child(op, 'responses'), node),
            deprecated: node.deprecated === true,
            spec: this.specId,
            source: this.source(op, true),
        };
        const operationId = asString(node.operationId);
        if (operationId !== undefined)
            operation.operationId = operationId;
        const summary = asString(node.summary);
        if (summary !== undefined)
            operation.summary = summary;
        if (requestBody)
            operation.requestBody = requestBody;
        if (outbound)
            operation.outbound = outbound;
        const callbacks = this.callbacks(child(op, 'callbacks'));
        if (callbacks.length > 0)
            operation.callbacks = callbacks;
        const extensions = Object.entries(node).filter(([k]) => k.startsWith('x-'));
        if (extensions.length > 0)
            operation.extensions = Object.fromEntries(extensions);
        Object.assign(operation, operationTraits(operation));
        return operation;
    }
    /** `name: METHOD expression` for each operation of each callback the operation registers. */
    callbacks(at) {
        const callbacks = this.input.documents.follow(at);
        if (!callbacks || !collect_api_facts_isRecord(callbacks.node))
            return [];
        const out = [];
        for (const name of Object.keys(callbacks.node)) {
            if (name.startsWith('x-'))
                continue;
            const callback = this.input.documents.follow(child(callbacks, name));
            if (!callback || !collect_api_facts_isRecord(callback.node))
                continue;
            for (const expression of Object.keys(callback.node)) {
                const item = this.input.documents.follow(child(callback, expression));
                if (!item || !collect_api_facts_isRecord(item.node))
                    continue;
                for (const key of METHODS_BY_VERSION[this.input.version])
                    if (collect_api_facts_isRecord(item.node[key]))
                        out.push(`${name}: ${key.toUpperCase()} ${expression}`);
            }
        }
        return out;
    }
    /** The resolved entries of a `parameters` list; unresolvable ones are left out (and reported). */
    parameterList(list) {
        if (list.node === undefined)
            return [];
        if (!Array.isArray(list.node)) {
            this.flag('parameters is not a list');
            return [];
        }
        const out = [];
        list.node.forEach((_, i) => {
            const p = this.input.documents.follow(child(list, String(i)));
            if (p && collect_api_facts_isRecord(p.node))
                out.push(p);
        });
        return out;
    }
    parameter(p) {
        const node = p.node;
        const name = asString(node.name);
        const where = asString(node.in);
        const known = this.input.version === 'oas2' ? PARAMETER_LOCATIONS_2 : PARAMETER_LOCATIONS_3;
        if (name === undefined || where === undefined || !known.has(where))
            this.flag('parameter name or location');
        if (this.input.version !== 'oas2' && node.schema === undefined && node.content === undefined)
            this.flag('parameter without schema or content');
        // 2.0 `body`/`formData` are request bodies; 3.2 `querystring` has no place in the model.
        if (name === undefined || where === undefined || !PARAMETER_LOCATIONS.has(where))
            return undefined;
        const fact = { name, in: where, required: node.required === true };
        const schema = this.input.version === 'oas2' ? p : this.parameterSchema(p);
        const shape = schema ? this.schemas.inline(schema) : undefined;
        if (shape) {
            fact.type = shape.type;
            if (shape.enum)
                fact.enum = shape.enum;
        }
        if (node.deprecated === true)
            fact.deprecated = true;
        return fact;
    }
    parameterSchema(p) {
        const node = p.node;
        if (node.schema !== undefined)
            return child(p, 'schema');
        // A parameter may describe itself with `content` (one media type) instead of `schema`.
        const content = asRecord(node.content);
        const first = content ? Object.keys(content)[0] : undefined;
        return first === undefined ? undefined : child(child(child(p, 'content'), first), 'schema');
    }
    requestBody(body) {
        const resolved = this.input.documents.follow(body);
        const node = resolved ? asRecord(resolved.node) : undefined;
        if (!resolved || !node)
            return undefined;
        const out = {
            required: node.required === true,
            contentTypes: Object.keys(asRecord(node.content) ?? {}),
        };
        const schema = this.mediaSchema(child(resolved, 'content'));
        if (schema)
            out.schema = schema;
        return out;
    }
    /** The shape of a `content` map: its JSON media type's schema, else the first that has one. */
    mediaSchema(content) {
        const map = asRecord(content.node);
        if (!map)
            return undefined;
        const types = Object.keys(map).filter((t) => collect_api_facts_isRecord(map[t]) && map[t].schema !== undefined);
        const chosen = types.find((t) => /[/+]json\b/i.test(t)) ?? types[0];
        return chosen === undefined ? undefined : this.schemas.shape(child(child(content, chosen), 'schema'));
    }
    /** 2.0 has no requestBody: a `body` parameter, or `formData` parameters, play its part. */
    swaggerRequestBody(op, parameters) {
        const body = parameters.find((p) => p.node.in === 'body');
        const form = parameters.filter((p) => p.node.in === 'formData');
        const consumes = mediaTypes(op.consumes) ?? mediaTypes(this.input.parsed.consumes);
        if (body) {
            const out = {
                required: body.node.required === true,
                contentTypes: consumes ?? [],
            };
            const schema = this.schemas.shape(child(body, 'schema'));
            if (schema)
                out.schema = schema;
            return out;
        }
        if (form.length > 0) {
            // 2.0's defaults: a file upload is multipart, other forms are url-encoded.
            const fallback = form.some((p) => p.node.type === 'file')
                ? 'multipart/form-data'
                : 'application/x-www-form-urlencoded';
            return {
                required: form.some((p) => p.node.required === true),
                contentTypes: consumes ?? [fallback],
                schema: { type: 'object', properties: this.schemas.formFields(form) },
            };
        }
        return undefined;
    }
    responses(responses, op) {
        const resolvedResponses = this.input.documents.follow(responses);
        const map = resolvedResponses ? asRecord(resolvedResponses.node) : undefined;
        if (!resolvedResponses || !map)
            return [];
        const produces = mediaTypes(op.produces) ?? mediaTypes(this.input.parsed.produces) ?? [];
        const out = [];
        for (const status of Object.keys(map)) {
            if (status.startsWith('x-'))
                continue;
            const response = this.input.documents.follow(child(resolvedResponses, status));
            const node = response ? asRecord(response.node) : undefined;
            if (!response || !node)
                continue;
            if (node.description === undefined && this.input.version !== 'oas3_2')
                this.flag('response description');
            const oas2 = this.input.version === 'oas2';
            const fact = {
                status,
                contentTypes: oas2 ? (node.schema !== undefined ? produces : []) : Object.keys(asRecord(node.content) ?? {}),
            };
            const description = asString(node.description);
            if (description !== undefined)
                fact.description = description;
            const schema = oas2
                ? this.schemas.shape(child(response, 'schema'))
                : this.mediaSchema(child(response, 'content'));
            if (schema)
                fact.schema = schema;
            const headers = Object.keys(asRecord(node.headers) ?? {});
            if (headers.length > 0)
                fact.headers = headers;
            out.push(fact);
        }
        return out;
    }
    // ------------------------------------------------------------ security schemes
    securitySchemes(root) {
        const container = this.input.version === 'oas2'
            ? child(root, 'securityDefinitions')
            : child(child(root, 'components'), 'securitySchemes');
        const schemes = this.input.documents.follow(container);
        if (!schemes || !collect_api_facts_isRecord(schemes.node))
            return [];
        const out = [];
        for (const name of Object.keys(schemes.node)) {
            if (name.startsWith('x-'))
                continue;
            const at = child(schemes, name);
            const resolved = this.input.documents.follow(at);
            const node = resolved ? asRecord(resolved.node) : undefined;
            if (!node)
                continue;
            const { type, detail } = describeScheme(node);
            const fact = {
                id: `scheme:${name}`,
                name,
                type,
                spec: this.specId,
                source: this.source(at, true),
            };
            if (detail !== undefined)
                fact.detail = detail;
            out.push(fact);
        }
        return out;
    }
    // ------------------------------------------------------------ positions
    source(at, onKey) {
        const lines = this.input.documents.file(at.absoluteRef)?.lines;
        return { file: this.input.repoPath(at.absoluteRef), line: lines ? lines.lineOf(at.pointer, onKey) : 1 };
    }
}
// ---------------------------------------------------------------- helpers
/** Path-level parameters overridden by operation-level ones with the same name and location. */
function mergeParameters(pathLevel, opLevel) {
    const key = (p) => {
        const n = p.node;
        return `${String(n.in)}\u0000${String(n.name)}`;
    };
    const merged = new Map();
    for (const p of pathLevel)
        merged.set(key(p), p);
    for (const p of opLevel)
        merged.set(key(p), p);
    return [...merged.values()];
}
/** `[{a: [], b: []}, {c: []}]` → `[['a', 'b'], ['c']]`; `undefined` when not given at this level. */
function securityAlternatives(value) {
    if (!Array.isArray(value))
        return undefined;
    return value.map((requirement) => Object.keys(asRecord(requirement) ?? {}));
}
function describeScheme(node) {
    const type = asString(node.type) ?? 'unknown';
    switch (type) {
        case 'basic': // Swagger 2.0
            return { type: 'http', detail: 'basic' };
        case 'http': {
            // Auth scheme names are case-insensitive (RFC 7235): `Bearer` and `bearer` are one scheme.
            const scheme = asString(node.scheme)?.toLowerCase();
            return scheme === undefined ? { type } : { type, detail: scheme };
        }
        case 'apiKey': {
            const where = asString(node.in);
            const name = asString(node.name);
            return where && name ? { type, detail: `${where}: ${name}` } : { type };
        }
        case 'oauth2': {
            // 2.0 names one flow; 3.x a map of them.
            const flow = asString(node.flow);
            if (flow)
                return { type, detail: `flow: ${flow}` };
            const flows = Object.keys(asRecord(node.flows) ?? {});
            return flows.length > 0 ? { type, detail: `flows: ${flows.join(', ')}` } : { type };
        }
        case 'openIdConnect': {
            const url = asString(node.openIdConnectUrl);
            return url ? { type, detail: url } : { type };
        }
        default:
            return { type };
    }
}
function openApiServers(value) {
    if (!Array.isArray(value))
        return [];
    return value.map((s) => asString(asRecord(s)?.url)).filter((u) => u !== undefined);
}
/** 2.0 spreads the base URL over `schemes`, `host` and `basePath`. */
function swaggerServers(doc) {
    const host = asString(doc.host);
    const basePath = asString(doc.basePath) ?? '';
    if (!host)
        return basePath ? [basePath] : [];
    const schemes = Array.isArray(doc.schemes) ? doc.schemes.filter((s) => typeof s === 'string') : [];
    // Without `schemes` the API uses the scheme the spec was fetched with: a scheme-relative URL says so.
    if (schemes.length === 0)
        return [`//${host}${basePath}`];
    return schemes.map((scheme) => `${scheme}://${host}${basePath}`);
}
function mediaTypes(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : undefined;
}
function collect_api_facts_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function asRecord(value) {
    return collect_api_facts_isRecord(value) ? value : undefined;
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/sources/openapi/repo-confined-resolver.js
// A Redocly `$ref` resolver that reads only files inside the repository.
//
// Redocly's default resolver fetches `http(s)://` refs over the network and reads any path a spec
// names. In a CI job neither is wanted: the network may be absent (or slow, or hostile), a docs run
// must not depend on someone else's server, and a `$ref: ../../../../etc/passwd` in a pull
// request must not pull runner files into generated docs. Refused refs surface as Redocly's
// ordinary "can't resolve $ref" problems, which become diagnostics like any broken ref.



class RepoConfinedResolver extends lib/* BaseResolver */.YE {
    isInside;
    constructor(repoRoot) {
        super({ http: { headers: [] } });
        this.isInside = repoContainment(repoRoot);
    }
    /** Every file loaded through a `$ref`, by absolute path, with the text the facts came from. */
    loaded = new Map();
    async loadExternalRef(absoluteRef) {
        if ((0,lib/* isAbsoluteUrl */.vh)(absoluteRef)) {
            throw new lib/* ResolveError */.JT(new Error(`remote reference ${absoluteRef} not fetched: only files in the repository are read`));
        }
        if (!this.isInside(absoluteRef)) {
            throw new lib/* ResolveError */.JT(new Error(`${absoluteRef} is outside the repository; not read`));
        }
        const source = await super.loadExternalRef(absoluteRef);
        // A referenced file is an input like the root: its changes must change the facts.
        const body = (0,decode_text/* normalizeText */.fQ)(source.body);
        this.loaded.set(absoluteRef, body);
        return body === source.body ? source : new lib/* Source */.kL(absoluteRef, body, source.mimeType);
    }
}

;// CONCATENATED MODULE: ./lib/sources/openapi/extract-openapi.js
// Reads a repository's OpenAPI / Swagger documents into API facts.
//
// Per file: read it, parse it for positions (so every fact and diagnostic can cite a line), check
// it is an OpenAPI document at all, let Redocly lint it for structural errors and unresolvable
// `$ref`s, resolve its refs (files inside the repository only, never the network), then collect
// the facts. Every failure becomes a diagnostic for that file and the other files are read as
// usual. Finally ids are made unique across specs and everything is sorted, so the same inputs
// always give byte-identical JSON.








/** Order of methods within one path, as most API references list them. */
const METHOD_ORDER = [
    'GET',
    'PUT',
    'POST',
    'DELETE',
    'OPTIONS',
    'HEAD',
    'PATCH',
    'TRACE',
    'QUERY',
];
/** A spec with hundreds of problems needs fixing, not hundreds of annotations. */
const MAX_PROBLEMS_PER_FILE = 25;
const OPENAPI_VERSIONS = new Set(['oas2', 'oas3_0', 'oas3_1', 'oas3_2']);
/**
 * Only the checks that say whether the facts can be trusted: the document's structure and its
 * refs. Style rules (summaries, 4xx responses …) are findings, made elsewhere from the facts.
 */
let lintConfig;
function structuralLintConfig() {
    lintConfig ??= (0,lib/* createConfig */.Z3)({ rules: { struct: 'error', 'no-unresolved-refs': 'error' } }).catch((error) => {
        lintConfig = undefined; // let a later run try again
        throw error;
    });
    return lintConfig;
}
/**
 * Extracts API facts from the given spec files (repo-relative, `/`-separated). Never throws for
 * bad input: what cannot be read is returned as diagnostics (stage `openapi`).
 */
async function extractOpenApi(repoRoot, files) {
    const root = (0,external_node_path_.resolve)(repoRoot);
    const run = new ExtractionRun(root);
    // Files in a fixed order, so that which of two clashing operations keeps the plain id is stable.
    for (const file of [...new Set(files)].sort(compareText)) {
        await run.readSpec(file);
    }
    return run.result();
}
class ExtractionRun {
    root;
    facts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
    diagnostics = [];
    /** One resolver for the run: specs sharing schema files parse them once. */
    resolver;
    /** The files the facts are read from, parsed once for the run. */
    documents;
    lines = new Map();
    bodies = new Map();
    opIds = new Map();
    /** Operations defined again, by the two files: said once per pair (an API's editions share hundreds). */
    duplicates = new Map();
    schemeIds = new Map();
    constructor(root) {
        this.root = root;
        this.resolver = new RepoConfinedResolver(root);
        this.documents = new SpecDocuments(root);
    }
    /** The documents discovery handed over (referenced files are the others read). */
    roots = new Set();
    async readSpec(file) {
        const absoluteRef = (0,external_node_path_.resolve)(this.root, file);
        this.roots.add(absoluteRef);
        try {
            await this.readSpecAt(file, absoluteRef);
        }
        catch (error) {
            // Redocly or the walk failed in a way the checks above did not foresee: keep the run going.
            this.error(file, `could not read this OpenAPI document: ${this.clean(errorMessage(error))}`);
        }
    }
    async readSpecAt(file, absoluteRef) {
        let text;
        try {
            // A byte-order mark is legal in the file but not in JSON; lines are unaffected by dropping it.
            text = (0,decode_text/* normalizeText */.fQ)(await (0,promises_.readFile)(absoluteRef, 'utf8'));
        }
        catch (error) {
            this.error(file, `cannot read file: ${this.clean(errorMessage(error))}`);
            return;
        }
        const lines = pointerLinesFor(text);
        this.bodies.set(absoluteRef, text);
        this.lines.set(absoluteRef, lines);
        const syntaxErrors = lines.errors();
        if (syntaxErrors.length > 0) {
            for (const e of syntaxErrors.slice(0, 5))
                this.error(file, `YAML/JSON syntax error: ${e.message}`, e.line, e.column);
            return;
        }
        const parsed = lines.toJS();
        if (!extract_openapi_isRecord(parsed) || (!('openapi' in parsed) && !('swagger' in parsed))) {
            this.error(file, 'not an OpenAPI document: no top-level `openapi` or `swagger` key', 1);
            return;
        }
        let version;
        try {
            version = (0,lib/* detectSpec */.xm)(parsed);
        }
        catch (error) {
            const key = 'openapi' in parsed ? 'openapi' : 'swagger';
            this.error(file, `${errorMessage(error)} (write the version as a quoted string, e.g. "3.1.0")`, lines.lineOf([key], true));
            return;
        }
        if (!OPENAPI_VERSIONS.has(version)) {
            this.error(file, `not an OpenAPI 2.0 or 3.x document (detected ${version})`, 1);
            return;
        }
        this.documents.add(absoluteRef, { text, lines, parsed });
        const collected = collectApiFacts({
            file,
            absoluteRef,
            parsed,
            version: version,
            documents: this.documents,
            repoPath: (abs) => this.repoPath(abs),
        });
        // Linting walks every node of the document; a clean walk of what the facts come from is
        // enough to trust them, so only a document where something looked off is linted, for
        // Redocly's precise account of what is wrong.
        if (collected.suspect)
            await this.lint(file, absoluteRef, text);
        const { facts } = collected;
        for (const n of collected.notices)
            this.diagnostics.push({ severity: 'notice', stage: 'openapi', file, line: n.line, message: n.message });
        this.facts.specs.push(...facts.specs);
        for (const op of facts.operations)
            this.facts.operations.push(this.uniqueOperation(op));
        for (const scheme of facts.securitySchemes)
            this.facts.securitySchemes.push(this.uniqueScheme(scheme));
        this.facts.schemas.push(...(facts.schemas ?? []));
    }
    async lint(file, absoluteRef, text) {
        // Made on first use: building Redocly's config takes ~0.1 s, and most runs lint nothing.
        let config;
        try {
            config = await structuralLintConfig();
        }
        catch (error) {
            this.error(file, `OpenAPI linter could not start (${errorMessage(error)}); what is wrong here is not known`, 1);
            return;
        }
        let document;
        try {
            document = (0,lib/* makeDocumentFromString */.tx)(text, absoluteRef);
        }
        catch (error) {
            this.error(file, `YAML/JSON syntax error: ${errorMessage(error)}`, 1);
            return;
        }
        const lines = this.linesFor(absoluteRef);
        // Redocly gives up on a whole document when one `$ref` points at itself (directly or through
        // a chain of bare refs). Such a ref names nothing anyway: report it, blank it, and go again,
        // so the rest of the spec is still checked.
        let problems;
        for (let attempt = 0;; attempt++) {
            try {
                problems = await (0,lib/* lintDocument */.HL)({ document, config, externalRefResolver: this.resolver });
                break;
            }
            catch (error) {
                const loop = /circular pointer/i.test(errorMessage(error)) && attempt < 10 ? findRefLoop(document.parsed) : undefined;
                if (!loop)
                    throw error;
                this.error(file, `$ref "${loop.ref}" is part of a loop of refs that never reaches a definition; it is ignored`, lines?.lineOf([...loop.pointer, '$ref'], true));
                loop.holder[loop.key] = {};
            }
        }
        this.reportProblems(file, problems);
    }
    // ------------------------------------------------------------ unique ids
    /** A second definition of `GET /pets` (in another spec) keeps its facts under a qualified id. */
    uniqueOperation(op) {
        const first = this.opIds.get(op.id);
        if (!first) {
            this.opIds.set(op.id, op);
            return op;
        }
        const id = `${op.id} (${op.source.file})`;
        const pair = `${op.source.file}\n${first.source.file}`;
        const list = this.duplicates.get(pair) ?? [];
        list.push({ op, first });
        this.duplicates.set(pair, list);
        const unique = { ...op, id };
        this.opIds.set(id, unique);
        return unique;
    }
    /**
     * One warning per pair of files: the operation and where it was first defined when it is one,
     * else how many, the first few, and how their ids are qualified. OpenMeter's `openapi.yaml` and
     * `openapi.cloud.yaml` (two editions of one API) made 153 warnings of one fact.
     */
    duplicateWarnings() {
        return [...this.duplicates.values()].map((list) => {
            const { op, first } = list[0];
            const at = {
                severity: 'warning',
                stage: 'openapi',
                file: op.source.file,
                line: op.source.line,
            };
            if (list.length === 1)
                return {
                    ...at,
                    message: `${op.method} ${op.path} is also defined in ${first.source.file}:${first.source.line}; ` +
                        `this one is recorded as \`${op.id} (${op.source.file})\``,
                };
            const named = list.slice(0, 3).map((d) => `${d.op.method} ${d.op.path}`);
            const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
            return {
                ...at,
                message: `${list.length} operations (${named.join(', ')}${more}) are also defined in ${first.source.file}; ` +
                    `these are recorded with this file in their ids (\`${op.id} (${op.source.file})\`)`,
            };
        });
    }
    /** Specs often share scheme names (`bearerAuth`); each spec's definition is kept, the later ones qualified. */
    uniqueScheme(scheme) {
        const first = this.schemeIds.get(scheme.id);
        if (!first) {
            this.schemeIds.set(scheme.id, scheme);
            return scheme;
        }
        const id = `${scheme.id} (${scheme.source.file})`;
        this.diagnostics.push({
            severity: 'notice',
            stage: 'openapi',
            file: scheme.source.file,
            line: scheme.source.line,
            message: `security scheme \`${scheme.name}\` is also defined in ${first.source.file}:${first.source.line}; ` +
                `this one is recorded as \`${id}\``,
        });
        const unique = { ...scheme, id };
        this.schemeIds.set(id, unique);
        return unique;
    }
    // ------------------------------------------------------------ Redocly problems
    reportProblems(file, problems) {
        const shown = problems.filter((p) => !p.ignored);
        for (const problem of shown.slice(0, MAX_PROBLEMS_PER_FILE))
            this.diagnostics.push(this.problemDiagnostic(file, problem));
        if (shown.length > MAX_PROBLEMS_PER_FILE) {
            this.diagnostics.push({
                severity: 'notice',
                stage: 'openapi',
                file,
                message: `${shown.length - MAX_PROBLEMS_PER_FILE} more problems in this spec are not listed`,
            });
        }
    }
    problemDiagnostic(specFile, problem) {
        const location = problem.location[0];
        const severity = problem.severity === 'error' ? 'error' : 'warning';
        if (!location)
            return {
                severity,
                stage: 'openapi',
                file: specFile,
                message: `${this.clean(problem.message)} [${problem.ruleId}]`,
            };
        const absoluteRef = location.source.absoluteRef;
        const inRepo = this.isInRepo(absoluteRef);
        const file = inRepo ? this.repoPath(absoluteRef) : specFile;
        if (!this.bodies.has(absoluteRef))
            this.bodies.set(absoluteRef, location.source.body);
        const lines = inRepo ? this.linesFor(absoluteRef) : undefined;
        let line;
        let message = `${this.clean(problem.message)} [${problem.ruleId}]`;
        if (location.pointer !== undefined) {
            const pointer = pointerSegments(location.pointer);
            if (problem.ruleId === 'no-unresolved-refs') {
                // Cite the `$ref` itself and say which one: the pointer names the object holding it.
                const ref = lines?.scalarSource([...pointer, '$ref']);
                line = lines?.lineOf([...pointer, '$ref'], true);
                message = `unresolvable $ref${ref ? ` "${ref}"` : ''}: ${refFailureReason(this.clean(problem.message))}`;
            }
            else {
                line = lines?.lineOf(pointer, location.reportOnKey === true);
            }
        }
        else if ('start' in location && location.start) {
            line = location.start.line;
        }
        const diagnostic = { severity, stage: 'openapi', file, message };
        if (line !== undefined)
            diagnostic.line = line;
        return diagnostic;
    }
    // ------------------------------------------------------------ paths and positions
    linesFor(absoluteRef) {
        const read = this.documents.file(absoluteRef);
        if (read)
            return read.lines;
        if (!this.lines.has(absoluteRef)) {
            const body = this.bodies.get(absoluteRef);
            const lines = body === undefined ? undefined : pointerLinesFor(body);
            this.lines.set(absoluteRef, lines && lines.errors().length === 0 ? lines : undefined);
        }
        return this.lines.get(absoluteRef);
    }
    repoPath(absoluteRef) {
        return (0,external_node_path_.relative)(this.root, absoluteRef).split(external_node_path_.sep).join('/');
    }
    isInRepo(absoluteRef) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef))
            return false;
        const rel = (0,external_node_path_.relative)(this.root, absoluteRef);
        return rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
    }
    /** Messages must not carry the runner's absolute paths into logs and docs. */
    clean(message) {
        return message.split(this.root + external_node_path_.sep).join('');
    }
    error(file, message, line, column) {
        const d = { severity: 'error', stage: 'openapi', file, message };
        if (line !== undefined)
            d.line = line;
        if (column !== undefined)
            d.column = column;
        this.diagnostics.push(d);
    }
    // ------------------------------------------------------------ result
    result() {
        const methodRank = (m) => METHOD_ORDER.indexOf(m);
        const operations = [...this.facts.operations].sort((a, b) => compareText(a.path, b.path) || methodRank(a.method) - methodRank(b.method) || compareText(a.spec, b.spec));
        const specs = [...this.facts.specs].sort((a, b) => compareText(a.file, b.file));
        const securitySchemes = [...this.facts.securitySchemes].sort((a, b) => compareText(a.name, b.name) || compareText(a.spec, b.spec));
        const diagnostics = [...this.diagnostics, ...this.duplicateWarnings()].sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message));
        const alsoRead = new Map();
        for (const [abs, read] of this.documents.loaded())
            if (this.isInRepo(abs) && !this.roots.has(abs))
                alsoRead.set(this.repoPath(abs), read.text);
        for (const [abs, text] of this.resolver.loaded)
            if (this.isInRepo(abs))
                alsoRead.set(this.repoPath(abs), text);
        const schemas = [...this.facts.schemas].sort((a, b) => compareText(a.id, b.id));
        return { facts: { specs, operations, securitySchemes, schemas }, diagnostics, alsoRead };
    }
}
/**
 * The first `$ref` in the document whose chain of bare internal refs comes back to itself, with what
 * is needed to report it (pointer) and to blank it (holder + key).
 */
function findRefLoop(root) {
    const targetOf = (ref) => {
        let node = root;
        for (const segment of pointerSegments(ref)) {
            if (!extract_openapi_isRecord(node) && !Array.isArray(node))
                return undefined;
            node = node[segment];
        }
        return node;
    };
    const visit = (node, holder, key, pointer, depth) => {
        if (depth > 64 || (!extract_openapi_isRecord(node) && !Array.isArray(node)))
            return undefined;
        if (extract_openapi_isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
            const seen = new Set([node]);
            let next = node;
            while (extract_openapi_isRecord(next) && typeof next.$ref === 'string' && next.$ref.startsWith('#')) {
                next = targetOf(next.$ref);
                // Only a ref that is itself on the loop is reported and blanked; refs that merely lead
                // into a loop resolve once the loop is broken.
                if (next === node)
                    return { ref: node.$ref, pointer, holder, key };
                if (seen.has(next))
                    break;
                seen.add(next);
            }
        }
        const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
        for (const [k, v] of entries) {
            const found = visit(v, node, k, [...pointer, k], depth + 1);
            if (found)
                return found;
        }
        return undefined;
    };
    return extract_openapi_isRecord(root) ? visit(root, { root }, 'root', [], 0) : undefined;
}
/** Redocly says "Can't resolve $ref: ENOENT: no such file …"; say it the way a reader needs it. */
function refFailureReason(message) {
    const detail = message.replace(/^Can't resolve \$ref:?\s*/, '');
    if (detail === '')
        return 'no such location in the document';
    if (/ENOENT/.test(detail))
        return 'file not found';
    return detail;
}
/** Code-unit order: independent of the machine's locale, unlike `localeCompare`. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function extract_openapi_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
