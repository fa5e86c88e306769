export const id = 422;
export const ids = [422];
export const modules = {

/***/ 29422:
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
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
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
    /** Offset just past the value starting at `i`. */
    skipValue(i) {
        const c = this.text[i];
        if (c === '"')
            return this.skipString(i);
        if (c === '{' || c === '[') {
            let depth = 0;
            for (let j = i; j < this.text.length; j++) {
                const ch = this.text[j];
                if (ch === '"')
                    j = this.skipString(j) - 1;
                else if (ch === '{' || ch === '[')
                    depth++;
                else if ((ch === '}' || ch === ']') && --depth === 0)
                    return j + 1;
            }
            return this.text.length;
        }
        let j = i;
        while (j < this.text.length && !/[\s,\]}]/.test(this.text[j]))
            j++;
        return j;
    }
    /** Offset just past the string literal starting (at its quote) at `i`. */
    skipString(i) {
        for (let j = i + 1; j < this.text.length; j++) {
            const ch = this.text.charCodeAt(j);
            if (ch === 92)
                j++; // backslash: skip the escaped character
            else if (ch === 34)
                return j + 1;
        }
        return this.text.length;
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

;// CONCATENATED MODULE: ./lib/sources/openapi/collect-api-facts.js
// Reads one parsed, ref-resolved OpenAPI document (2.0, 3.0, 3.1 or 3.2) into API facts.
//
// It walks the document as written and follows `$ref`s through Redocly's resolved-ref map rather
// than working on a dereferenced copy, so it always knows which file and JSON pointer it is
// looking at. That is what lets an operation defined in `paths/orders.yaml` (through a path-item
// `$ref`) cite that file and line, and what keeps circular schemas harmless: only the few levels
// the facts need (path items, operations, parameters, bodies, responses) are ever followed.

/** Path-item keys that are operations, per version (`trace` arrived in 3.0, `query` in 3.2). */
const METHODS_BY_VERSION = {
    oas2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'],
    oas3_0: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
    oas3_1: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
    oas3_2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'],
};
const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header', 'cookie']);
/** A ref chain longer than this is treated as unresolvable (it is a loop Redocly let through). */
const MAX_REF_HOPS = 32;
function collectApiFacts(input) {
    const reader = new SpecReader(input);
    return reader.read();
}
class SpecReader {
    input;
    specId;
    constructor(input) {
        this.input = input;
        this.specId = `spec:${input.file}`;
    }
    read() {
        const root = { node: this.input.parsed, absoluteRef: this.input.absoluteRef, pointer: [] };
        return {
            specs: [this.spec(root)],
            operations: this.operations(root),
            securitySchemes: this.securitySchemes(root),
        };
    }
    spec(root) {
        const doc = this.input.parsed;
        const info = asRecord(doc.info) ?? {};
        const versionKey = this.input.version === 'oas2' ? 'swagger' : 'openapi';
        const lines = this.input.linesFor(this.input.absoluteRef);
        // YAML reads an unquoted `version: 1.10` as the number 1.1; the text as written is what was meant.
        const asWritten = (pointer, value) => typeof value === 'number' ? (lines?.scalarSource(pointer) ?? String(value)) : scalarText(value);
        return {
            id: this.specId,
            file: this.input.file,
            title: asString(info.title) ?? '',
            version: asWritten(['info', 'version'], info.version) ?? '',
            specVersion: asWritten([versionKey], doc[versionKey]) ?? '',
            servers: this.input.version === 'oas2' ? swaggerServers(doc) : openApiServers(doc.servers),
            source: this.source(child(root, versionKey), true),
        };
    }
    // ------------------------------------------------------------ operations
    operations(root) {
        const paths = this.follow(child(root, 'paths'));
        if (!paths || !asRecord(paths.node))
            return [];
        const out = [];
        for (const path of Object.keys(paths.node)) {
            if (path.startsWith('x-'))
                continue;
            const item = this.follow(child(paths, path));
            if (!item || !asRecord(item.node))
                continue;
            const pathParameters = this.parameterList(child(item, 'parameters'));
            for (const key of METHODS_BY_VERSION[this.input.version]) {
                const op = child(item, key);
                if (!asRecord(op.node))
                    continue;
                out.push(this.operation(path, key.toUpperCase(), op, pathParameters));
            }
        }
        return out;
    }
    operation(path, method, op, pathParameters) {
        const node = op.node;
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
            id: `op:${method} ${path}`,
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
        return operation;
    }
    /** The resolved entries of a `parameters` list; unresolvable ones are left out (lint reports them). */
    parameterList(list) {
        if (!Array.isArray(list.node))
            return [];
        const out = [];
        list.node.forEach((_, i) => {
            const p = this.follow(child(list, String(i)));
            if (p && asRecord(p.node))
                out.push(p);
        });
        return out;
    }
    parameter(p) {
        const node = p.node;
        const name = asString(node.name);
        const where = asString(node.in);
        // 2.0 `body`/`formData` are request bodies; 3.2 `querystring` has no place in the model.
        if (name === undefined || where === undefined || !PARAMETER_LOCATIONS.has(where))
            return undefined;
        const fact = { name, in: where, required: node.required === true };
        const type = this.input.version === 'oas2' ? swaggerParameterType(node) : this.parameterSchemaType(p);
        if (type)
            fact.type = type;
        return fact;
    }
    parameterSchemaType(p) {
        const node = p.node;
        if (node.schema !== undefined)
            return this.schemaType(child(p, 'schema'));
        // A parameter may describe itself with `content` (one media type) instead of `schema`.
        const content = asRecord(node.content);
        const first = content ? Object.keys(content)[0] : undefined;
        return first === undefined ? undefined : this.schemaType(child(child(child(p, 'content'), first), 'schema'));
    }
    /** A short type label: `integer`, `string|null` (3.1 type lists), `array<string>`, or a schema name. */
    schemaType(schema, depth = 0) {
        const resolved = this.follow(schema);
        const node = resolved ? asRecord(resolved.node) : undefined;
        if (!resolved || !node)
            return undefined;
        let type;
        if (typeof node.type === 'string')
            type = node.type;
        else if (Array.isArray(node.type))
            type = node.type.filter((t) => typeof t === 'string').join('|') || undefined;
        if (type === 'array' && depth < 3) {
            const items = this.schemaType(child(resolved, 'items'), depth + 1);
            return items ? `array<${items}>` : 'array';
        }
        // A schema with no `type` of its own (an object by convention, or a oneOf) is best named by its
        // component name when it was reached through a ref.
        if (type === undefined && resolved !== schema && resolved.pointer.length > 0)
            return resolved.pointer[resolved.pointer.length - 1];
        return type;
    }
    requestBody(body) {
        const resolved = this.follow(body);
        const node = resolved ? asRecord(resolved.node) : undefined;
        if (!node)
            return undefined;
        return { required: node.required === true, contentTypes: Object.keys(asRecord(node.content) ?? {}) };
    }
    /** 2.0 has no requestBody: a `body` parameter, or `formData` parameters, play its part. */
    swaggerRequestBody(op, parameters) {
        const params = parameters.map((p) => p.node);
        const body = params.find((p) => p.in === 'body');
        const form = params.filter((p) => p.in === 'formData');
        const consumes = mediaTypes(op.consumes) ?? mediaTypes(this.input.parsed.consumes);
        if (body)
            return { required: body.required === true, contentTypes: consumes ?? [] };
        if (form.length > 0) {
            // 2.0's defaults: a file upload is multipart, other forms are url-encoded.
            const fallback = form.some((p) => p.type === 'file')
                ? 'multipart/form-data'
                : 'application/x-www-form-urlencoded';
            return { required: form.some((p) => p.required === true), contentTypes: consumes ?? [fallback] };
        }
        return undefined;
    }
    responses(responses, op) {
        const resolvedResponses = this.follow(responses);
        const map = resolvedResponses ? asRecord(resolvedResponses.node) : undefined;
        if (!resolvedResponses || !map)
            return [];
        const produces = mediaTypes(op.produces) ?? mediaTypes(this.input.parsed.produces) ?? [];
        const out = [];
        for (const status of Object.keys(map)) {
            if (status.startsWith('x-'))
                continue;
            const response = this.follow(child(resolvedResponses, status));
            const node = response ? asRecord(response.node) : undefined;
            if (!node)
                continue;
            const fact = {
                status,
                contentTypes: this.input.version === 'oas2'
                    ? node.schema !== undefined
                        ? produces
                        : []
                    : Object.keys(asRecord(node.content) ?? {}),
            };
            const description = asString(node.description);
            if (description !== undefined)
                fact.description = description;
            out.push(fact);
        }
        return out;
    }
    // ------------------------------------------------------------ security schemes
    securitySchemes(root) {
        const container = this.input.version === 'oas2'
            ? child(root, 'securityDefinitions')
            : child(child(root, 'components'), 'securitySchemes');
        const schemes = this.follow(container);
        if (!schemes || !asRecord(schemes.node))
            return [];
        const out = [];
        for (const name of Object.keys(schemes.node)) {
            if (name.startsWith('x-'))
                continue;
            const at = child(schemes, name);
            const resolved = this.follow(at);
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
    // ------------------------------------------------------------ refs and positions
    /** Follows `$ref`s from a node to what they name, keeping track of file and pointer. */
    follow(at) {
        let current = at;
        for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
            const node = asRecord(current.node);
            if (!node || typeof node.$ref !== 'string')
                return current.node === undefined ? undefined : current;
            const hit = this.input.refMap.get(`${current.absoluteRef}::${node.$ref}`);
            if (!hit?.resolved || hit.node === undefined)
                return undefined;
            current = {
                node: hit.node,
                absoluteRef: hit.document.source.absoluteRef,
                pointer: pointerSegments(hit.nodePointer),
            };
        }
        return undefined;
    }
    source(at, onKey) {
        const lines = this.input.linesFor(at.absoluteRef);
        return { file: this.input.repoPath(at.absoluteRef), line: lines ? lines.lineOf(at.pointer, onKey) : 1 };
    }
}
// ---------------------------------------------------------------- helpers
function child(at, key) {
    const node = at.node;
    let value;
    if (Array.isArray(node))
        value = node[Number(key)];
    else if (asRecord(node))
        value = node[key];
    return { node: value, absoluteRef: at.absoluteRef, pointer: [...at.pointer, key] };
}
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
function swaggerParameterType(node) {
    const type = asString(node.type);
    if (type === 'array') {
        const items = asString(asRecord(node.items)?.type);
        return items ? `array<${items}>` : 'array';
    }
    return type;
}
function mediaTypes(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : undefined;
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
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

// EXTERNAL MODULE: ./lib/sources/common/decode-text.js
var decode_text = __webpack_require__(42556);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/sources/openapi/repo-confined-resolver.js
// A Redocly `$ref` resolver that reads only files inside the repository.
//
// Redocly's default resolver fetches `http(s)://` refs over the network and reads any path a spec
// names. In a CI job neither is wanted: the network may be absent (or slow, or hostile), a docs run
// must not depend on someone else's server, and a `$ref: ../../../../etc/passwd` in a pull
// request must not pull runner files into generated docs. Refused refs surface as Redocly's
// ordinary "can't resolve $ref" problems, which become diagnostics like any broken ref.




class RepoConfinedResolver extends lib/* BaseResolver */.YE {
    /** The root as given and with symlinks resolved: a missing file can only be judged by the former. */
    roots;
    constructor(repoRoot) {
        super({ http: { headers: [] } });
        this.roots = [(0,external_node_path_.resolve)(repoRoot), realRoot(repoRoot)];
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
    isInside(file) {
        let real;
        try {
            // Resolve symlinks too: a link inside the repo may point anywhere.
            real = (0,external_node_fs_.realpathSync)(file);
        }
        catch {
            // Missing file: judge the path as written and let the read report "not found".
            real = (0,external_node_path_.resolve)(file);
        }
        return this.roots.some((root) => {
            const rel = (0,external_node_path_.relative)(root, real);
            return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
        });
    }
}
function realRoot(repoRoot) {
    try {
        return (0,external_node_fs_.realpathSync)(repoRoot);
    }
    catch {
        return (0,external_node_path_.resolve)(repoRoot);
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
    let config;
    try {
        config = await structuralLintConfig();
    }
    catch (error) {
        const message = `OpenAPI reader could not start (${errorMessage(error)}); spec not read`;
        const diagnostics = files.map((file) => ({ severity: 'error', stage: 'openapi', file, message }));
        return { facts: { specs: [], operations: [], securitySchemes: [] }, diagnostics };
    }
    const run = new ExtractionRun(root, config);
    // Files in a fixed order, so that which of two clashing operations keeps the plain id is stable.
    for (const file of [...new Set(files)].sort(compareText)) {
        await run.readSpec(file);
    }
    return run.result();
}
class ExtractionRun {
    root;
    config;
    facts = { specs: [], operations: [], securitySchemes: [] };
    diagnostics = [];
    /** One resolver for the run: specs sharing schema files parse them once. */
    resolver;
    lines = new Map();
    bodies = new Map();
    opIds = new Map();
    schemeIds = new Map();
    constructor(root, config) {
        this.root = root;
        this.config = config;
        this.resolver = new RepoConfinedResolver(root);
    }
    async readSpec(file) {
        const absoluteRef = (0,external_node_path_.resolve)(this.root, file);
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
        if (!isRecord(parsed) || (!('openapi' in parsed) && !('swagger' in parsed))) {
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
        // Redocly parses the text itself (its own YAML reader); its objects are what its ref map
        // points into, so the walk uses them and `lines` only for positions.
        let document;
        try {
            document = (0,lib/* makeDocumentFromString */.tx)(text, absoluteRef);
        }
        catch (error) {
            this.error(file, `YAML/JSON syntax error: ${errorMessage(error)}`, 1);
            return;
        }
        // Redocly gives up on a whole document when one `$ref` points at itself (directly or through
        // a chain of bare refs). Such a ref names nothing anyway: report it, blank it, and go again,
        // so the rest of the spec is still documented.
        const types = (0,lib/* normalizeTypes */.Zs)((0,lib/* getTypes */.yE)(version));
        let problems;
        let refMap;
        for (let attempt = 0;; attempt++) {
            try {
                problems = await (0,lib/* lintDocument */.HL)({ document, config: this.config, externalRefResolver: this.resolver });
                refMap = await (0,lib/* resolveDocument */.AK)({
                    rootDocument: document,
                    externalRefResolver: this.resolver,
                    rootType: types.Root,
                });
                break;
            }
            catch (error) {
                const loop = /circular pointer/i.test(errorMessage(error)) && attempt < 10 ? findRefLoop(document.parsed) : undefined;
                if (!loop)
                    throw error;
                this.error(file, `$ref "${loop.ref}" is part of a loop of refs that never reaches a definition; it is ignored`, lines.lineOf([...loop.pointer, '$ref'], true));
                loop.holder[loop.key] = {};
            }
        }
        this.reportProblems(file, problems);
        for (const ref of refMap.values()) {
            if (ref.document)
                this.bodies.set(ref.document.source.absoluteRef, ref.document.source.body);
        }
        const facts = collectApiFacts({
            file,
            absoluteRef,
            parsed: document.parsed,
            version: version,
            refMap,
            linesFor: (abs) => this.linesFor(abs),
            repoPath: (abs) => this.repoPath(abs),
        });
        this.facts.specs.push(...facts.specs);
        for (const op of facts.operations)
            this.facts.operations.push(this.uniqueOperation(op));
        for (const scheme of facts.securitySchemes)
            this.facts.securitySchemes.push(this.uniqueScheme(scheme));
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
        this.diagnostics.push({
            severity: 'warning',
            stage: 'openapi',
            file: op.source.file,
            line: op.source.line,
            message: `${op.method} ${op.path} is also defined in ${first.source.file}:${first.source.line}; ` +
                `this one is recorded as \`${id}\``,
        });
        const unique = { ...op, id };
        this.opIds.set(id, unique);
        return unique;
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
        const diagnostics = [...this.diagnostics].sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message));
        const alsoRead = new Map();
        for (const [abs, text] of this.resolver.loaded)
            if (this.isInRepo(abs))
                alsoRead.set(this.repoPath(abs), text);
        return { facts: { specs, operations, securitySchemes }, diagnostics, alsoRead };
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
            if (!isRecord(node) && !Array.isArray(node))
                return undefined;
            node = node[segment];
        }
        return node;
    };
    const visit = (node, holder, key, pointer, depth) => {
        if (depth > 64 || (!isRecord(node) && !Array.isArray(node)))
            return undefined;
        if (isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
            const seen = new Set([node]);
            let next = node;
            while (isRecord(next) && typeof next.$ref === 'string' && next.$ref.startsWith('#')) {
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
    return isRecord(root) ? visit(root, { root }, 'root', [], 0) : undefined;
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
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
