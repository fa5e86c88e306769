export const id = 5145;
export const ids = [5145];
export const modules = {

/***/ 45145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractProtobuf: () => (/* binding */ extractProtobuf)
});

;// CONCATENATED MODULE: ./lib/sources/protobuf/proto-declaration-lines.js
// protobufjs builds reflection objects without positions, so the lines of a file's declarations
// are read by a second pass over protobufjs's own tokenizer (which already knows comments and
// strings): scopes are followed by their braces, and a declaration is keyed by its dotted path
// inside the package (`Order`, `Order.id`, `Order.Status.OK`, `OrderService.GetOrder`).
const SCOPES = new Set(['message', 'enum', 'service', 'extend', 'oneof']);
/** Statements inside a message or enum that hold an `=` but declare no field or value. */
const NOT_DECLARATIONS = new Set(['option', 'reserved', 'extensions', 'syntax', 'edition', 'package', 'import']);
function protoDeclarationLines(tokenize, source) {
    const tn = tokenize(source, true);
    const lines = new Map();
    const scopes = [];
    let syntax = 'proto2';
    let packageLine = 1;
    // The tokens of the statement being read, with their lines: a statement ends at `;`, `{` or `}`.
    let statement = [];
    let bracketDepth = 0;
    let declared = false;
    const path = () => {
        for (let i = scopes.length - 1; i >= 0; i--)
            if (scopes[i].path !== undefined)
                return scopes[i].path;
        return '';
    };
    const inside = (name) => (path() ? `${path()}.${name}` : name);
    const enclosingKind = () => {
        for (let i = scopes.length - 1; i >= 0; i--)
            if (scopes[i].kind !== 'oneof')
                return scopes[i].kind;
        return 'file';
    };
    for (let token = tn.next(); token !== null; token = tn.next()) {
        const line = tn.line;
        if (token === '{') {
            const [first, second] = statement;
            if (first && second && SCOPES.has(first.token)) {
                const name = first.token === 'extend' ? undefined : inside(second.token);
                if (name !== undefined && !lines.has(name))
                    lines.set(name, second.line);
                scopes.push({ path: first.token === 'oneof' ? undefined : name, kind: first.token });
            }
            else
                scopes.push({ kind: 'block' });
            statement = [];
            declared = false;
            continue;
        }
        if (token === '}') {
            scopes.pop();
            statement = [];
            declared = false;
            continue;
        }
        if (token === ';') {
            readTopLevel(statement);
            statement = [];
            declared = false;
            bracketDepth = 0;
            continue;
        }
        if (token === '[')
            bracketDepth++;
        else if (token === ']')
            bracketDepth--;
        const first = statement[0]?.token ?? token;
        if (token === '=' && !declared && bracketDepth === 0 && !NOT_DECLARATIONS.has(first)) {
            const kind = enclosingKind();
            const name = statement[statement.length - 1];
            if (name && (kind === 'message' || kind === 'enum' || kind === 'oneof' || kind === 'extend')) {
                if (kind !== 'extend' && !lines.has(inside(name.token)))
                    lines.set(inside(name.token), name.line);
                declared = true;
            }
        }
        if (statement.length === 1 && statement[0].token === 'rpc' && enclosingKind() === 'service') {
            if (!lines.has(inside(token)))
                lines.set(inside(token), line);
        }
        statement.push({ token, line });
    }
    return { lines, syntax, packageLine };
    function readTopLevel(tokens) {
        if (scopes.length > 0 || tokens.length === 0)
            return;
        const head = tokens[0].token;
        if (head === 'syntax' || head === 'edition') {
            // `syntax = "proto3"`: the tokenizer gives the quotes as tokens of their own.
            const value = tokens.find((t, i) => i > 1 && t.token !== '"' && t.token !== "'")?.token;
            if (value)
                syntax = head === 'edition' ? `editions ${value}` : value;
        }
        else if (head === 'package')
            packageLine = tokens[0].line;
    }
}

;// CONCATENATED MODULE: ./lib/sources/protobuf/parse-proto-file.js

/**
 * Parses one file with protobufjs. Each file gets a root of its own: real repositories hold the
 * same package twice (a copy under `examples/`, two API versions side by side) and one shared root
 * would make that a hard error. A syntax error or an empty file is a diagnostic, never a throw.
 */
function parseProtoFile(protobuf, file, text) {
    const note = (severity, message, line) => ({
        severity,
        stage: 'openapi',
        file,
        ...(line ? { line } : {}),
        message,
    });
    if (/^(\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*$/.test(text))
        return { diagnostics: [note('notice', 'empty Protocol Buffers file (no declarations): nothing read')] };
    try {
        const result = protobuf.parse(text, new protobuf.Root(), { keepCase: true, alternateCommentMode: true });
        return {
            parsed: {
                file,
                package: result.package ?? '',
                imports: [...(result.imports ?? []), ...(result.weakImports ?? [])],
                root: result.root,
                lines: protoDeclarationLines(protobuf.tokenize, text),
            },
            diagnostics: [],
        };
    }
    catch (err) {
        // protobufjs says `illegal token 'x' (line 3)`: the line goes where a reader looks for it.
        const message = err.message;
        const line = Number(/\(line (\d+)\)/.exec(message)?.[1] ?? /line (\d+)/.exec(message)?.[1] ?? 0);
        const reason = message.replace(/\s*\((?:[^()]*, )?line \d+\)\s*$/, '');
        return {
            diagnostics: [note('error', `Protocol Buffers syntax error: ${reason}; file not read`, line || undefined)],
        };
    }
}

;// CONCATENATED MODULE: ./lib/sources/protobuf/proto-operations.js
const GRPC = ['application/grpc'];
/**
 * A service's rpcs as operations: `rpc:<package.Service>/<Method>`, addressed as gRPC addresses
 * them on the wire (`/shop.v1.OrderService/GetOrder`). What a proto file cannot say (who may call
 * it: gRPC credentials live in code and interceptors) is left empty rather than guessed.
 */
function operationsOf(service, types, schemas) {
    const s = service.object;
    const serviceDeprecated = s.options?.deprecated === true;
    const line = (local) => service.file.lines.lines.get(local) ?? service.file.lines.packageLine;
    return s.methodsArray.map((m) => {
        const request = types.fullName(m.requestType, service.fullName);
        const response = types.fullName(m.responseType, service.fullName);
        const op = {
            id: `rpc:${service.fullName}/${m.name}`,
            protocol: 'grpc',
            method: 'RPC',
            path: `/${service.fullName}/${m.name}`,
            operationId: m.name,
            tags: [s.name],
            security: [],
            parameters: [],
            requestBody: { required: true, contentTypes: GRPC, schema: { type: request } },
            responses: [{ status: 'OK', contentTypes: GRPC, schema: { type: response } }],
            deprecated: serviceDeprecated || m.options?.deprecated === true,
            spec: `spec:${service.file.file}`,
            source: { file: service.file.file, line: line(`${service.localName}.${m.name}`) },
        };
        const summary = firstLine(m.comment);
        if (summary)
            op.summary = summary;
        const streaming = streamingOf(m);
        if (streaming)
            op.streaming = streaming;
        const extensions = optionsOf(m);
        if (extensions)
            op.extensions = extensions;
        const pagination = paginationOf(schemas.get(request), schemas.get(response));
        if (pagination)
            op.pagination = pagination;
        const requestId = schemas.get(request)?.properties.find((p) => p.name === 'request_id' && p.type === 'string');
        if (requestId)
            op.idempotencyKey = requestId.name;
        return op;
    });
}
function streamingOf(m) {
    if (m.requestStream && m.responseStream)
        return 'bidirectional';
    if (m.requestStream)
        return 'client';
    if (m.responseStream)
        return 'server';
    return undefined;
}
/**
 * The rpc's options but `deprecated` (already a fact), as written: `(google.api.http)` carries
 * the REST mapping grpc-gateway serves, `idempotency_level` whether a retry is safe.
 */
function optionsOf(m) {
    const out = {};
    for (const entry of (m.parsedOptions ?? []))
        for (const [key, value] of Object.entries(entry))
            if (key !== 'deprecated')
                out[key] = value;
    return Object.keys(out).length > 0 ? out : undefined;
}
/** Google's API design guide (AIP-158): `page_token` in, `next_page_token` out. */
function paginationOf(request, response) {
    const has = (s, name) => s?.properties.some((p) => p.name === name) ?? false;
    if (!has(request, 'page_token') || !has(response, 'next_page_token'))
        return undefined;
    const size = ['page_size', 'max_page_size'].filter((n) => has(request, n));
    return { style: 'cursor', via: ['page_token', ...size] };
}
function firstLine(comment) {
    const line = comment
        ?.split('\n')
        .map((l) => l.trim())
        .find((l) => l.length > 0);
    return line || undefined;
}

;// CONCATENATED MODULE: ./lib/sources/protobuf/proto-type-index.js
/** Google's well-known types: every protoc and buf knows them without the repository holding them. */
const WELL_KNOWN = [
    'Any',
    'Api',
    'BoolValue',
    'BytesValue',
    'DoubleValue',
    'Duration',
    'Empty',
    'Enum',
    'EnumValue',
    'Field',
    'FieldMask',
    'FloatValue',
    'Int32Value',
    'Int64Value',
    'ListValue',
    'Method',
    'Mixin',
    'NullValue',
    'Option',
    'SourceContext',
    'StringValue',
    'Struct',
    'Syntax',
    'Timestamp',
    'Type',
    'UInt32Value',
    'UInt64Value',
    'Value',
].map((n) => `google.protobuf.${n}`);
const SCALAR_TYPES = new Set([
    'double',
    'float',
    'int32',
    'int64',
    'uint32',
    'uint64',
    'sint32',
    'sint64',
    'fixed32',
    'fixed64',
    'sfixed32',
    'sfixed64',
    'bool',
    'string',
    'bytes',
]);
/** Every message, enum and service a file declares, nested ones included, in declaration order. */
function declarationsOf(protobuf, file) {
    const out = [];
    const prefix = file.package ? `${file.package}.` : '';
    const visit = (node) => {
        const fullName = node.fullName.replace(/^\./, '');
        const localName = fullName.startsWith(prefix) ? fullName.slice(prefix.length) : fullName;
        if (node instanceof protobuf.Type)
            out.push({ kind: 'message', fullName, localName, object: node, file });
        else if (node instanceof protobuf.Enum)
            out.push({ kind: 'enum', fullName, localName, object: node, file });
        else if (node instanceof protobuf.Service)
            out.push({ kind: 'service', fullName, localName, object: node, file });
        const nested = node.nestedArray;
        for (const child of nested ?? [])
            visit(child);
    };
    for (const child of file.root.nestedArray)
        visit(child);
    return out;
}
/**
 * Type names across all files of the repository, resolved as protoc resolves them: a relative
 * name is looked up in the enclosing scope, then each scope further out. Files are not resolved
 * through their imports (an import path depends on the include roots a build passes to protoc,
 * which the repository does not say); a name any file declares is found.
 */
class ProtoTypeIndex {
    kinds = new Map(WELL_KNOWN.map((n) => [n, 'message']));
    constructor(declarations) {
        this.kinds.set('google.protobuf.NullValue', 'enum');
        for (const d of declarations)
            if (d.kind !== 'service' && !this.kinds.has(d.fullName))
                this.kinds.set(d.fullName, d.kind);
    }
    /** The full name a reference written in `scope` (a message's or the package's full name) means, if known. */
    resolve(reference, scope) {
        if (reference.startsWith('.'))
            return this.kinds.has(reference.slice(1)) ? reference.slice(1) : undefined;
        const parts = scope ? scope.split('.') : [];
        for (let i = parts.length; i >= 0; i--) {
            const candidate = i > 0 ? `${parts.slice(0, i).join('.')}.${reference}` : reference;
            if (this.kinds.has(candidate))
                return candidate;
        }
        return undefined;
    }
    kindOf(fullName) {
        return this.kinds.get(fullName);
    }
}

;// CONCATENATED MODULE: ./lib/sources/protobuf/proto-schemas.js

/** Resolves a field's type as written to the full name the facts use; names no file declares are collected. */
class FieldTypes {
    index;
    unresolved = new Set();
    constructor(index) {
        this.index = index;
    }
    /** Whether a resolved name is an enum (a scalar on the wire); names no file declares are taken for messages. */
    isEnum(fullName) {
        return this.index.kindOf(fullName) === 'enum';
    }
    fullName(written, scope) {
        if (SCALAR_TYPES.has(written))
            return written;
        const resolved = this.index.resolve(written, scope);
        if (resolved)
            return resolved;
        this.unresolved.add(written.replace(/^\./, ''));
        return written.replace(/^\./, '');
    }
}
/** A message or enum as a schema of the facts: fields with numbers, labels and types by full name. */
function schemaOf(d, types) {
    const line = (local) => d.file.lines.lines.get(local) ?? d.file.lines.packageLine;
    const base = {
        id: `schema:${d.file.file}#${d.fullName}`,
        name: d.fullName,
        protocol: 'grpc',
        spec: `spec:${d.file.file}`,
        source: { file: d.file.file, line: line(d.localName) },
    };
    const reserved = reservedOf(d.object.reserved);
    const deprecated = d.object.options?.deprecated === true;
    if (d.kind === 'enum') {
        const e = d.object;
        const properties = Object.entries(e.values).map(([name, number]) => ({
            name,
            type: 'enum value',
            required: false,
            number,
            ...(e.valuesOptions?.[name]?.deprecated ? { deprecated: true } : {}),
            source: { file: d.file.file, line: line(`${d.localName}.${name}`) },
        }));
        return {
            ...base,
            kind: 'enum',
            properties,
            values: properties.map((p) => p.name),
            ...(reserved.length ? { reserved } : {}),
            ...(deprecated ? { deprecated } : {}),
        };
    }
    const message = d.object;
    const properties = message.fieldsArray.map((f) => propertyOf(f, d, types, line(`${d.localName}.${f.name}`)));
    return {
        ...base,
        kind: 'object',
        properties,
        ...(reserved.length ? { reserved } : {}),
        ...(deprecated ? { deprecated } : {}),
    };
}
function propertyOf(f, d, types, line) {
    const options = (f.options ?? {});
    const valueType = types.fullName(f.type, d.fullName);
    const keyType = f.keyType;
    let type;
    if (keyType)
        type = `map<${keyType}, ${valueType}>`;
    else if (f.repeated)
        type = `repeated ${valueType}`;
    else if (f.required)
        type = `required ${valueType}`;
    else if (options.proto3_optional || f.rule === 'optional')
        type = `optional ${valueType}`;
    else
        type = valueType;
    const oneof = f.partOf && !options.proto3_optional ? f.partOf.name : undefined;
    return {
        name: f.name,
        type,
        required: f.required,
        ...(hasPresence(f, d, types, valueType, keyType) ? { nullable: true } : {}),
        number: f.id,
        ...(oneof ? { oneof } : {}),
        ...(options.deprecated ? { deprecated: true } : {}),
        source: { file: d.file.file, line },
    };
}
/**
 * Whether a reader can tell "not set" from the default: a message, a oneof member, proto3
 * `optional`, any singular field of proto2 and of editions (whose default is explicit presence).
 * Changing that changes generated code (`hasNote()`), so buf's FIELD_SAME_CARDINALITY checks it.
 */
function hasPresence(f, d, types, valueType, keyType) {
    if (keyType || f.repeated || f.required)
        return false;
    if (d.file.lines.syntax !== 'proto3')
        return true;
    if (f.partOf)
        return true;
    return !SCALAR_TYPES.has(valueType) && !types.isEnum(valueType);
}
/** Reserved numbers and names; a range is kept as written (`9 to 11`, `1000 to max`). */
function reservedOf(reserved) {
    const out = [];
    for (const r of reserved ?? []) {
        if (typeof r === 'string')
            out.push(r);
        else if (r[0] === r[1])
            out.push(r[0]);
        else
            out.push(`${r[0]} to ${r[1] >= 536870911 ? 'max' : r[1]}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/sources/protobuf/extract-protobuf.js




// Protocol Buffers into API facts: every file parsed by protobufjs on its own, type names resolved
// across all of them, each file declaring a service one spec (its rpcs the operations), and the
// messages and enums of the repository's own packages its schemas. Files of the annotation and
// validation packages a repository copies in (google/api/http.proto, validate.proto) are read for
// their names only: their messages are the tooling's vocabulary, not the system's.
const SUPPORT_PACKAGES = /^(google\.(api|protobuf|rpc|type|longrunning)|validate|buf\.validate|gogoproto|grpc\.gateway\.)/;
/** How many names a notice lists before it counts the rest. */
const NAMED_IN_NOTICE = 5;
async function extractProtobuf(files, text) {
    const protobuf = (await __webpack_require__.e(/* import() */ 1853).then(__webpack_require__.t.bind(__webpack_require__, 81853, 19))).default;
    const diagnostics = [];
    const parsed = [];
    for (const file of [...files].sort(compareText)) {
        let source;
        try {
            source = text(file);
        }
        catch (err) {
            diagnostics.push({
                severity: 'error',
                stage: 'openapi',
                file,
                message: `could not read: ${err.message}`,
            });
            continue;
        }
        const result = parseProtoFile(protobuf, file, source);
        diagnostics.push(...result.diagnostics);
        if (result.parsed)
            parsed.push(result.parsed);
    }
    const declarations = parsed.flatMap((p) => declarationsOf(protobuf, p));
    const index = new ProtoTypeIndex(declarations);
    const facts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
    const firstOf = new Map();
    const copies = new Map();
    for (const d of declarations) {
        const first = firstOf.get(d.fullName);
        if (!first) {
            firstOf.set(d.fullName, d);
            continue;
        }
        if (first.file === d.file)
            continue;
        const entry = copies.get(d.file) ?? { same: [], different: [] };
        entry[declarationShape(d) === declarationShape(first) ? 'same' : 'different'].push(d);
        copies.set(d.file, entry);
    }
    diagnostics.push(...copyDiagnostics(copies, firstOf));
    const schemas = new Map();
    const ownByFile = new Map(parsed.map((p) => [p, []]));
    for (const d of declarations)
        if (firstOf.get(d.fullName) === d)
            ownByFile.get(d.file).push(d);
    const servicesOf = (p) => ownByFile.get(p).filter((d) => d.kind === 'service');
    // Every file's schemas before any operation: an rpc's request may be declared in a file that
    // sorts after its service's, and paging and request ids are read from the request's fields.
    const typesOf = new Map();
    for (const p of parsed) {
        const types = new FieldTypes(index);
        typesOf.set(p, types);
        if (servicesOf(p).length === 0 && SUPPORT_PACKAGES.test(p.package))
            continue;
        for (const d of ownByFile.get(p)) {
            if (d.kind === 'service')
                continue;
            const schema = schemaOf(d, types);
            schemas.set(schema.name, schema);
            facts.schemas.push(schema);
        }
    }
    for (const p of parsed) {
        const types = typesOf.get(p);
        const services = servicesOf(p);
        if (services.length > 0)
            facts.specs.push(specOf(p, services));
        for (const s of services)
            facts.operations.push(...operationsOf(s, types, schemas));
        if (types.unresolved.size > 0)
            diagnostics.push(unresolvedNotice(p, [...types.unresolved]));
    }
    return { facts, diagnostics };
}
/**
 * Copies of one package are common (microservices-demo gives every service its own copy of
 * demo.proto): identical ones are one notice for all; a copy that differs is a warning naming what
 * differs, since then the repository holds two contracts under one name and only the first is read.
 */
function copyDiagnostics(copies, firstOf) {
    const out = [];
    const identical = [...copies].filter(([, c]) => c.different.length === 0);
    if (identical.length > 0) {
        const files = identical.map(([f]) => f.file);
        const origin = firstOf.get(identical[0][1].same[0].fullName).file.file;
        out.push({
            severity: 'notice',
            stage: 'openapi',
            file: files[0],
            message: `${listed(files)} ${files.length === 1 ? 'repeats' : 'repeat'} declarations of ${origin} ` +
                'unchanged: read once, from there',
        });
    }
    for (const [file, c] of copies) {
        if (c.different.length === 0)
            continue;
        const names = c.different.map((d) => d.fullName);
        out.push({
            severity: 'warning',
            stage: 'openapi',
            file: file.file,
            message: `${listed(names)} ${names.length === 1 ? 'differs' : 'differ'} from the declaration in ` +
                `${firstOf.get(names[0]).file.file}: two contracts under one name; only that first one is read`,
        });
    }
    return out;
}
/** What a declaration says on the wire and to generated code, without positions or comments. */
function declarationShape(d) {
    const o = d.object;
    return JSON.stringify([
        d.kind,
        o.fieldsArray?.map((f) => [f.name, f.type, f.id, f.rule ?? '']),
        o.values,
        o.methodsArray?.map((m) => [m.name, m.requestType, m.responseType, !!m.requestStream, !!m.responseStream]),
    ]);
}
function specOf(p, services) {
    const names = services.map((s) => s.object.name);
    return {
        id: `spec:${p.file}`,
        protocol: 'grpc',
        file: p.file,
        // A file of many services (one per deployable) is named by its package, not a list of nine names.
        title: names.length > 3
            ? `${p.package || p.file} (${names.length} services)`
            : p.package
                ? `${names.join(', ')} (${p.package})`
                : names.join(', '),
        // Packages carry the API's major version by convention (`shop.v1`, `foo.v2beta1`).
        version: /(?:^|\.)(v\d+[a-z0-9]*)$/.exec(p.package)?.[1] ?? '',
        specVersion: p.lines.syntax,
        servers: p.package ? [p.package] : [],
        source: { file: p.file, line: p.lines.lines.get(services[0].localName) ?? p.lines.packageLine },
    };
}
function unresolvedNotice(p, names) {
    return {
        severity: 'notice',
        stage: 'openapi',
        file: p.file,
        message: `${listed(names.sort(compareText))} ${names.length === 1 ? 'is' : 'are'} declared in no .proto file read ` +
            '(an import from a buf dependency or a folder left out): kept as written',
    };
}
function listed(names) {
    const shown = names.slice(0, NAMED_IN_NOTICE).join(', ');
    return names.length > NAMED_IN_NOTICE ? `${shown} and ${names.length - NAMED_IN_NOTICE} more` : shown;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
