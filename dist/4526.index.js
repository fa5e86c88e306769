export const id = 4526;
export const ids = [4526];
export const modules = {

/***/ 44526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractAsyncApi: () => (/* binding */ extractAsyncApi)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/sources/common/repo-reader.js
var repo_reader = __webpack_require__(76054);
;// CONCATENATED MODULE: ./lib/sources/asyncapi/payload-properties.js
// A message payload's JSON Schema, as the fact model's properties: nested inline objects flattened
// with dots (`address.city`), array items with `[]` (`lines[].sku`). A property that is a named
// component schema is named by its type, not unfolded: that schema is a fact of its own.
/** Inline objects deeper than this are cut: payloads that deep are generated, and cycles stop here. */
const MAX_DEPTH = 6;
/** @asyncapi/parser marks every schema with its component name, or `<anonymous-schema-N>`. */
function schemaName(schema) {
    const id = isObject(schema) ? schema['x-parser-schema-id'] : undefined;
    return typeof id === 'string' && !id.startsWith('<') ? id : undefined;
}
/** The payload as a SchemaRef: a named schema by name, an inline one with its properties. */
function payloadRef(schema) {
    if (!isObject(schema))
        return undefined;
    const name = schemaName(schema);
    if (name)
        return { type: name };
    const ref = { type: typeLabel(schema, false) };
    const alternatives = (schema.oneOf ?? schema.anyOf);
    if (Array.isArray(alternatives))
        ref.oneOf = alternatives.map((a) => typeLabel(a, true));
    const properties = schemaProperties(schema);
    if (properties.length > 0)
        ref.properties = properties;
    return ref;
}
/** The properties of an object schema, flattened, sorted by name. */
function schemaProperties(schema) {
    const out = [];
    collect(schema, '', out, 0);
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** `object`, `string`, `array<Order>`, a component name when `named`. */
function typeLabel(schema, named) {
    if (!isObject(schema))
        return 'any';
    const name = named ? schemaName(schema) : undefined;
    if (name)
        return name;
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t) => typeof t === 'string' && t !== 'null');
    const type = types[0] ?? (schema.properties ? 'object' : schema.enum ? 'string' : 'any');
    if (type === 'array')
        return `array<${typeLabel(schema.items, true)}>`;
    return types.length > 1 ? types.join('|') : type;
}
function collect(schema, prefix, out, depth) {
    if (!isObject(schema) || depth > MAX_DEPTH)
        return;
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const props = isObject(schema.properties) ? schema.properties : {};
    for (const [key, value] of Object.entries(props)) {
        if (!isObject(value))
            continue;
        const name = `${prefix}${key}`;
        const property = { name, type: typeLabel(value, true), required: required.has(key) };
        if (value.nullable === true || (Array.isArray(value.type) && value.type.includes('null')))
            property.nullable = true;
        if (Array.isArray(value.enum))
            property.enum = value.enum.map(String);
        if (value.deprecated === true)
            property.deprecated = true;
        out.push(property);
        if (schemaName(value))
            continue;
        if (isObject(value.properties))
            collect(value, `${name}.`, out, depth + 1);
        else if (isObject(value.items) && !schemaName(value.items))
            collect(value.items, `${name}[].`, out, depth + 1);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./lib/sources/asyncapi/channel-bindings.js
// The few binding fields that name where a message travels: a Kafka topic, an AMQP queue or
// exchange, an SQS queue, an SNS topic, a NATS queue, a Pub/Sub topic. The system model matches
// them against the infrastructure's queues and topics; the rest of a binding is left out.

/** Channel bindings first, then the operation's (which say more about this operation). */
function bindingNames(channelBindings, operationBindings) {
    const out = {};
    for (const bindings of [channelBindings, operationBindings]) {
        if (!isObject(bindings))
            continue;
        for (const [protocol, binding] of Object.entries(bindings)) {
            if (!isObject(binding))
                continue;
            const names = namesOf(protocol, binding);
            if (Object.keys(names).length > 0)
                out[protocol] = { ...out[protocol], ...names };
        }
    }
    return out;
}
function namesOf(protocol, b) {
    const out = {};
    const put = (key, value) => {
        if (typeof value === 'string' && value !== '')
            out[key] = value;
    };
    const nameOf = (v) => (isObject(v) ? v.name : undefined);
    switch (protocol) {
        case 'kafka':
            put('topic', b.topic);
            break;
        case 'amqp':
        case 'amqp1':
            put('queue', nameOf(b.queue));
            put('exchange', nameOf(b.exchange));
            break;
        case 'sqs':
            put('queue', nameOf(b.queue));
            break;
        case 'sns':
            put('topic', b.name ?? nameOf(b.topic));
            break;
        case 'nats':
            put('queue', b.queue);
            break;
        case 'googlepubsub':
            put('topic', b.topic);
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/asyncapi/offline-resolvers.js
// `$ref` readers for @asyncapi/parser that never touch the network and read only repository files.
//
// The parser's own readers fetch `http(s)://` refs (node-fetch) and read any path. Ours run first
// (lower `order`), and they must answer with text even when they refuse: the parser treats a
// thrown error as "try the next reader", and the next one is the default that fetches or reads
// anything. So a refused ref becomes an empty object and a note, which the extractor turns into a
// diagnostic at the line that names the ref.

const EMPTY = '{}';
function offlineRefReaders(repoRoot, reader, refused) {
    const root = (0,external_node_path_.resolve)(repoRoot);
    const remote = (schema) => ({
        schema,
        order: 1,
        canRead: true,
        read: async (uri) => {
            refused.push({
                ref: uri.toString(),
                reason: 'remote reference not fetched: only files in the repository are read',
            });
            return EMPTY;
        },
    });
    const file = {
        schema: 'file',
        order: 1,
        canRead: true,
        read: async (uri) => {
            const absolute = decodeURIComponent(uri.path ? uri.path() : uri.toString().replace(/^file:\/\//, ''));
            const rel = (0,external_node_path_.relative)(root, absolute);
            const outside = rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel);
            const got = outside
                ? { error: `${absolute} is outside the repository; not read` }
                : reader.read(rel.split(external_node_path_.sep).join('/'));
            if ('text' in got)
                return got.text;
            refused.push({ ref: outside ? absolute : rel, reason: got.error });
            return EMPTY;
        },
    };
    return [file, remote('http'), remote('https')];
}

// EXTERNAL MODULE: ./lib/sources/common/yaml-positions.js
var yaml_positions = __webpack_require__(44370);
;// CONCATENATED MODULE: ./lib/sources/asyncapi/pointer-line.js
// The line a JSON pointer into an AsyncAPI document starts at, from the YAML parse of its text.
//
// @asyncapi/parser gives each model its pointer into the resolved document (`/operations/send`,
// `/channels/orders/publish/message/payload`). The YAML Document keeps every node's range, so the
// pointer is walked there; an in-document `$ref` met on the way is followed, because the resolved
// document has the referenced content where the written one has the ref.


/** Segments of a JSON pointer, unescaped (`/a~1b` → `a/b`). */
function pointerSegments(pointer) {
    return pointer
        .replace(/^#?\//, '')
        .split('/')
        .filter((s) => s !== '')
        .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** The YAML node at a pointer (the deepest one reached when the rest is in another file). */
function nodeAtPointer(doc, pointer) {
    let node = doc.contents;
    for (const segment of pointerSegments(pointer)) {
        node = followLocalRef(doc, node);
        const next = childOf(node, segment);
        if (next === undefined)
            return node;
        node = next;
    }
    return node;
}
/**
 * 1-based line of what a pointer names: the line of its key (`chargeOrder:`, `Order:`), which is
 * where a reader looks for it, else of the node itself.
 */
function lineOfPointer(doc, lineCounter, pointer) {
    const segments = pointerSegments(pointer);
    const last = segments.pop();
    const parent = followLocalRef(doc, nodeAtPointer(doc, segments.map(pointerSegment).join('/')));
    const pair = last === undefined ? undefined : (0,yaml_positions/* pairOf */.cF)(parent, last);
    return (0,yaml_positions/* lineOfNode */.o2)(lineCounter, pair ? pair.key : nodeAtPointer(doc, pointer));
}
function pointerSegment(segment) {
    return `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
/** The `$ref` string of a map written as `{ $ref: ... }`, if it is one. */
function refOf(node) {
    const ref = (0,yaml_positions/* pairOf */.cF)(node, '$ref')?.value;
    return (0,dist/* isScalar */.jn)(ref) && typeof ref.value === 'string' ? ref.value : undefined;
}
function childOf(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = (0,yaml_positions/* pairOf */.cF)(node, segment);
        // A key with an empty value (`bindings:`) still has a position: its key's.
        return pair ? (pair.value ?? pair.key) : undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(segment))
        return node.items[Number(segment)];
    return undefined;
}
/** In-document refs only (`#/components/...`); a ref to another file stays where it is written. */
function followLocalRef(doc, node, depth = 0) {
    const ref = refOf(node);
    if (!ref?.startsWith('#/') || depth > 16)
        return node;
    let target = doc.contents;
    for (const segment of pointerSegments(ref)) {
        target = childOf(followLocalRef(doc, target, depth + 1), segment);
        if (target === undefined)
            return node;
    }
    return followLocalRef(doc, target, depth + 1);
}

;// CONCATENATED MODULE: ./lib/sources/asyncapi/extract-asyncapi.js
// Reads a repository's AsyncAPI 2.x / 3.x documents into API facts.
//
// @asyncapi/parser validates each document and resolves its `$ref`s (repository files only, never
// the network: offline-resolvers.ts), and gives one model for both major versions. Errors do not
// stop a document: the parser is told to hand back what it could read, its problems become
// diagnostics at their lines, and the facts cite lines from our own YAML parse of the text.








/** A document with hundreds of problems needs fixing, not hundreds of annotations. */
const MAX_PROBLEMS_PER_FILE = 25;
async function extractAsyncApi(repoRoot, files, text) {
    const facts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
    const diagnostics = [];
    const known = new Set(files);
    const reader = (0,repo_reader/* repoReader */.Q)(repoRoot, (f) => (known.has(f) ? text(f) : undefined));
    let ParserClass;
    try {
        ({ Parser: ParserClass } = await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(3231)]).then(__webpack_require__.t.bind(__webpack_require__, 33231, 19)));
    }
    catch (error) {
        for (const file of files)
            diagnostics.push(problem(file, 1, `AsyncAPI reader could not start (${message(error)})`));
        return { facts, diagnostics };
    }
    // One parser for every document (22 documents: 272 MB peak against 347 MB with one each, same
    // facts). The list of refused references is emptied before each document; they are read one at
    // a time.
    const refused = [];
    const parser = new ParserClass({
        __unstable: { resolver: { resolvers: offlineRefReaders(repoRoot, reader, refused) } },
    });
    for (const file of files) {
        refused.length = 0;
        try {
            await readDocument(parser, (0,external_node_path_.resolve)(repoRoot, file), file, text(file), refused, facts, diagnostics);
        }
        catch (error) {
            diagnostics.push(problem(file, 1, `AsyncAPI document not read: ${message(error)}`));
        }
    }
    sortFacts(facts);
    const alsoRead = new Map([...reader.readFiles].filter(([f]) => !known.has(f)));
    return { facts, diagnostics, alsoRead };
}
async function readDocument(parser, absolute, file, body, refused, facts, diagnostics) {
    if (body.trim() === '') {
        diagnostics.push({ ...problem(file, 1, 'empty file: no AsyncAPI document'), severity: 'warning' });
        return;
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(body, { lineCounter: lines, merge: true, uniqueKeys: false });
    // A document that is not well-formed YAML/JSON is reported where it breaks and not read further:
    // what the parser would make of the half it understood is a guess.
    if (doc.errors.length > 0) {
        diagnostics.push(...(0,yaml_positions/* syntaxErrorDiagnostics */.KE)(file, doc, lines).map((d) => ({ ...d, stage: 'openapi' })));
        return;
    }
    const { document, diagnostics: found } = await parser.parse(body, {
        source: absolute,
        // Hand back the document even when it has errors: one broken ref must not hide the rest.
        validateOptions: { allowedSeverity: { error: true, warning: true, info: true, hint: true } },
    });
    const seen = new Set();
    for (const d of found) {
        if (d.severity !== 0)
            continue; // warnings and hints are style advice, not facts' trust
        const line = d.range.start.line + 1;
        const key = `${line}:${d.message}`;
        if (seen.has(key) || seen.size >= MAX_PROBLEMS_PER_FILE)
            continue;
        seen.add(key);
        // The parser's "uncaught error" diagnostics carry a stack trace: the first sentence says it.
        const text = d.message.replace(/, stack:[\s\S]*$/, '');
        diagnostics.push({ ...problem(file, line, text), column: d.range.start.character + 1 });
    }
    for (const r of refused)
        diagnostics.push(problem(file, lineNaming(body, r.ref), `$ref ${r.ref} not resolved: ${r.reason}`));
    if (!document)
        return;
    collectFacts({ file, spec: `spec:${file}`, doc, lines }, document, facts);
}
function collectFacts(src, document, facts) {
    const raw = document.json();
    const info = isObject(raw.info) ? raw.info : {};
    const spec = {
        id: src.spec,
        protocol: 'async',
        file: src.file,
        title: String(info.title ?? ''),
        version: String(info.version ?? ''),
        specVersion: document.version(),
        servers: serverUrls(raw.servers),
        source: { file: src.file, line: lineOfPointer(src.doc, src.lines, '/asyncapi') },
    };
    facts.specs.push(spec);
    const schemas = new Map();
    for (const s of document.components().schemas().all()) {
        const name = s.id();
        addSchema(src, schemas, name, s.json(), s.meta().pointer ?? `/components/schemas/${name}`);
    }
    const operations = [];
    for (const op of document.operations().all())
        operations.push(operationFact(src, document, op, schemas));
    facts.operations.push(...uniqueIds(operations));
    facts.schemas.push(...schemas.values());
}
function operationFact(src, document, op, schemas) {
    const json = op.json();
    const channel = op.channels().all()[0];
    const channelKey = channel?.id() ?? '';
    const address = channel?.address() ?? channelKey;
    // AsyncAPI 2.x describes operations from the other side: `publish` means other applications
    // publish to this one (so it RECEIVEs), `subscribe` means they subscribe to what it SENDs. 3.x
    // says the application's own action. The fact model speaks the application's view throughout.
    const action = op.action();
    const method = action === 'send' || action === 'subscribe' ? 'SEND' : 'RECEIVE';
    const pointer = op.meta().pointer ?? '';
    const fact = {
        id: `async:${method.toLowerCase()} ${address}`,
        protocol: 'async',
        method,
        path: address,
        tags: op
            .tags()
            .all()
            .map((t) => t.name())
            .sort(),
        security: securityOf(document, op),
        parameters: channel ? channelParameters(channel.parameters().all()) : [],
        responses: [],
        messages: [],
        deprecated: json.deprecated === true || json['x-deprecated'] === true,
        spec: src.spec,
        source: { file: src.file, line: lineOfPointer(src.doc, src.lines, pointer) },
    };
    if (channelKey && channelKey !== address)
        fact.channel = channelKey;
    const operationId = document.version().startsWith('2.') ? json.operationId : op.id();
    if (typeof operationId === 'string')
        fact.operationId = operationId;
    if (op.summary())
        fact.summary = op.summary();
    for (const m of op.messages().all()) {
        const mjson = m.json();
        const name = m.name() ?? (m.id().startsWith('<') ? String(mjson.messageId ?? 'message') : m.id());
        const message = { name };
        const contentType = m.contentType() ?? document.defaultContentType();
        if (contentType)
            message.contentType = contentType;
        const payload = mjson.payload;
        const ref = payloadRef(payload);
        if (ref)
            message.payload = ref;
        if (isObject(payload)) {
            const named = schemaName(payload);
            addSchema(src, schemas, named ?? `${name}.payload`, payload, `${m.meta().pointer ?? pointer}/payload`);
        }
        fact.messages.push(message);
    }
    fact.messages.sort((a, b) => compare(a.name, b.name));
    const extensions = {};
    for (const [k, v] of Object.entries(json))
        if (k.startsWith('x-') && !k.startsWith('x-parser-'))
            extensions[k] = v;
    const bindings = bindingNames(channel?.json().bindings, json.bindings);
    if (Object.keys(bindings).length > 0)
        extensions.bindings = bindings;
    if (Object.keys(extensions).length > 0)
        fact.extensions = extensions;
    return fact;
}
function addSchema(src, schemas, name, json, pointer) {
    const id = `schema:${src.file}#${name}`;
    if (schemas.has(id) || !isObject(json))
        return;
    const schema = {
        id,
        name,
        protocol: 'async',
        spec: src.spec,
        kind: schemaKind(json),
        properties: schemaProperties(json),
        source: { file: src.file, line: lineOfPointer(src.doc, src.lines, pointer) },
    };
    if (Array.isArray(json.enum))
        schema.values = json.enum.map(String);
    if (json.deprecated === true)
        schema.deprecated = true;
    schemas.set(id, schema);
}
function schemaKind(json) {
    if (Array.isArray(json.enum))
        return 'enum';
    if (json.oneOf || json.anyOf)
        return 'union';
    if (json.type === 'array')
        return 'array';
    if (json.type === 'object' || json.properties)
        return 'object';
    return typeof json.type === 'string' ? 'scalar' : 'other';
}
/** `<protocol>://<host><pathname>`: 3.x `host` + `pathname`, 2.x `url` (with its scheme, or the protocol's). */
function serverUrls(servers) {
    if (!isObject(servers))
        return [];
    const out = [];
    for (const s of Object.values(servers)) {
        if (!isObject(s))
            continue;
        const protocol = typeof s.protocol === 'string' ? s.protocol : '';
        if (typeof s.host === 'string')
            out.push(`${protocol}://${s.host}${typeof s.pathname === 'string' ? s.pathname : ''}`);
        else if (typeof s.url === 'string')
            out.push(s.url.includes('://') ? s.url : `${protocol}://${s.url}`);
    }
    return [...new Set(out)].sort();
}
/** The operation's own security, else that of the servers its channel is on: scheme names. */
function securityOf(document, op) {
    // 3.x lists the scheme objects themselves (by `$ref`), so the resolved ones have no name of their
    // own: the component they equal gives it.
    const components = document.components().securitySchemes().all();
    const nameOf = (scheme) => scheme.id() ||
        components.find((c) => JSON.stringify(c.json()) === JSON.stringify(scheme.json()))?.id() ||
        scheme.type();
    const names = (reqs) => reqs
        .map((r) => r
        .all()
        .map((s) => nameOf(s.scheme()))
        .sort())
        .filter((alt) => alt.length > 0);
    const own = names(op.security());
    if (own.length > 0)
        return own;
    const fromServers = op
        .servers()
        .all()
        .flatMap((s) => names(s.security()));
    const unique = new Map(fromServers.map((alt) => [alt.join(' '), alt]));
    return [...unique.values()].sort((a, b) => compare(a.join(' '), b.join(' ')));
}
function channelParameters(params) {
    return params
        .map((p) => {
        const json = p.json();
        // 3.x parameters are strings with an optional `enum`; 2.x ones carry a `schema`.
        const schema = isObject(json.schema) ? json.schema : json;
        const out = {
            name: p.id(),
            in: 'path',
            required: true,
            type: typeof schema.type === 'string' ? schema.type : 'string',
        };
        if (Array.isArray(schema.enum))
            out.enum = schema.enum.map(String);
        return out;
    })
        .sort((a, b) => compare(a.name, b.name));
}
/** Two operations on one channel with one action (a 3.x document may have several): told apart by operationId. */
function uniqueIds(operations) {
    const count = new Map();
    for (const o of operations)
        count.set(o.id, (count.get(o.id) ?? 0) + 1);
    for (const o of operations)
        if (count.get(o.id) > 1 && o.operationId)
            o.id = `${o.id}#${o.operationId}`;
    return operations;
}
function sortFacts(facts) {
    facts.specs.sort((a, b) => compare(a.id, b.id));
    facts.operations.sort((a, b) => compare(a.id, b.id) || compare(a.spec, b.spec));
    facts.schemas.sort((a, b) => compare(a.id, b.id));
}
/** The first line that writes a `$ref` naming the refused file (its last path segment). */
function lineNaming(body, ref) {
    const tail = ref.split(/[/\\]/).filter(Boolean).pop() ?? ref;
    const at = body.split('\n').findIndex((l) => l.includes('$ref') && l.includes(tail));
    return at >= 0 ? at + 1 : 1;
}
function problem(file, line, msg) {
    return { severity: 'error', stage: 'openapi', file, line, message: msg };
}
function message(error) {
    return error instanceof Error ? error.message : String(error);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 44370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KE: () => (/* binding */ syntaxErrorDiagnostics),
/* harmony export */   cF: () => (/* binding */ pairOf),
/* harmony export */   o2: () => (/* binding */ lineOfNode)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// Positions and syntax errors for the YAML infra readers (Compose, Kubernetes).
//
// Both read YAML with the `yaml` package's Document API, which keeps every node's source range;
// a LineCounter turns those offsets into the 1-based lines facts and diagnostics cite.

/** A file with many syntax errors is one problem to fix; the first few say where. */
const MAX_SYNTAX_ERRORS = 5;
/** 1-based line of a node's first character (1 when the node has no range). */
function lineOfNode(lineCounter, node) {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
}
/** The map pair under `key`, if the node is a map that has it. */
function pairOf(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
}
/** The document's syntax errors as `infra` diagnostics, with line and column. */
function syntaxErrorDiagnostics(file, doc, lineCounter) {
    return doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
            severity: 'error',
            stage: 'infra',
            file,
            line: pos.line,
            column: pos.col,
            message: `YAML syntax error: ${e.message}`,
        };
    });
}


/***/ })

};
