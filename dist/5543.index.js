export const id = 5543;
export const ids = [5543];
export const modules = {

/***/ 55543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  extractGraphql: () => (/* binding */ extractGraphql)
});

;// CONCATENATED MODULE: ./lib/sources/graphql/collect-types.js
const KIND_OF = {
    ObjectTypeDefinition: 'object',
    ObjectTypeExtension: 'object',
    InterfaceTypeDefinition: 'interface',
    InterfaceTypeExtension: 'interface',
    UnionTypeDefinition: 'union',
    UnionTypeExtension: 'union',
    EnumTypeDefinition: 'enum',
    EnumTypeExtension: 'enum',
    InputObjectTypeDefinition: 'input',
    InputObjectTypeExtension: 'input',
    ScalarTypeDefinition: 'scalar',
    ScalarTypeExtension: 'scalar',
};
/**
 * `federated`: a subgraph extends the types other services own (`extend type User @key(…)`,
 * Federation 1's `extend type Query`), so a type only extended is no problem there.
 */
function collectTypes(files, federated = false) {
    const out = { types: new Map(), roots: {}, schemaDirectives: [], diagnostics: [] };
    const warn = (file, line, message, severity = 'warning') => out.diagnostics.push({ severity, stage: 'openapi', file, line, message });
    for (const { file, definitions } of files) {
        for (const node of definitions) {
            if (node.kind === 'SchemaDefinition' || node.kind === 'SchemaExtension') {
                const line = node.loc?.startToken.line ?? 1;
                if (node.kind === 'SchemaDefinition')
                    out.schemaSource ??= { file, line };
                out.schemaDirectives.push(...(node.directives ?? []));
                for (const op of node.operationTypes ?? []) {
                    const known = out.roots[op.operation];
                    if (known && known !== op.type.name.value)
                        warn(file, line, `schema ${op.operation} type given twice (${known}, ${op.type.name.value}): ${known} kept`);
                    else
                        out.roots[op.operation] = op.type.name.value;
                }
                continue;
            }
            const kind = KIND_OF[node.kind];
            if (!kind)
                continue; // directive definitions: not facts of the API's shape
            addPart(out, file, node, kind, warn);
        }
    }
    for (const type of out.types.values())
        if (!type.defined && !federated)
            warn(type.source.file, type.source.line, `type ${type.name} is extended but never defined in this schema: read from its extensions alone`);
    return out;
}
function addPart(out, file, node, kind, warn) {
    const n = node;
    const name = n.name.value;
    const line = n.name.loc?.startToken.line ?? node.loc?.startToken.line ?? 1;
    const extension = node.kind.endsWith('Extension');
    const part = {
        file,
        line,
        extension,
        directives: n.directives ?? [],
        fields: kind === 'object' || kind === 'interface' ? (n.fields ?? []) : [],
        inputFields: kind === 'input' ? (n.fields ?? []) : [],
        values: n.values ?? [],
        members: n.types ?? [],
        interfaces: n.interfaces ?? [],
    };
    const known = out.types.get(name);
    if (!known) {
        out.types.set(name, {
            name,
            kind,
            defined: !extension,
            description: n.description?.value,
            parts: [part],
            source: { file, line },
        });
        return;
    }
    if (known.kind !== kind) {
        warn(file, line, `${name} is a ${known.kind} (${known.source.file}:${known.source.line}) but is ${kind} here: ignored`);
        return;
    }
    if (!extension && known.defined)
        // graphql-tools' mergeTypeDefs (NestJS, Apollo's loadFiles) merges a type defined in several
        // files; graphql-js alone would refuse the schema. Read it the way those servers do.
        warn(file, line, `type ${name} is defined again (first at ${known.source.file}:${known.source.line}): ` +
            'its fields are merged, as graphql-tools does', 'notice');
    if (!extension && !known.defined) {
        // The definition comes after an extension in file order: it is still the type's home.
        known.defined = true;
        known.description = n.description?.value;
        known.source = { file, line };
        known.parts.unshift(part);
        return;
    }
    known.parts.push(part);
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-directives.js
// What the directives of a schema say about its API: deprecations, who may call a field, and
// whether it is an Apollo federation subgraph.
function isDeprecated(directives) {
    return (directives ?? []).some((d) => d.name.value === 'deprecated');
}
/**
 * Directives that guard a field: Apollo's `@authenticated`/`@requiresScopes`/`@policy`, the common
 * `@auth`/`@hasRole`/`@hasScope`, AWS AppSync's `@aws_iam`/`@aws_cognito_user_pools`. `@skipAuth`
 * (RedwoodJS) and the like say the opposite and are left out.
 */
const AUTH_NAMES = new Set([
    'policy',
    'requiresScopes',
    'hasRole',
    'hasRoles',
    'hasScope',
    'hasScopes',
    'hasPermission',
    'hasPermissions',
    'secured',
    'requireRole',
    'requiresRole',
]);
const AUTH_WORD = /auth/i;
const NOT_AUTH = /^(skip|no|without|public|optional)/i;
function authDirectiveNames(directives) {
    return directives
        .map((d) => d.name.value)
        .filter((name) => AUTH_NAMES.has(name) || name.startsWith('aws_') || (AUTH_WORD.test(name) && !NOT_AUTH.test(name)))
        .map((name) => `@${name}`);
}
/** `@key` on an entity, or `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3")`. */
function isFederated(schema) {
    const links = schema.schemaDirectives.filter((d) => d.name.value === 'link');
    const linksFederation = links.some((d) => (d.arguments ?? []).some((a) => a.name.value === 'url' && a.value.kind === 'StringValue' && /federation/i.test(a.value.value)));
    if (linksFederation)
        return true;
    for (const type of schema.types.values())
        if (type.parts.some((p) => p.directives.some((d) => d.name.value === 'key')))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-type-text.js
/** A type as written in SDL: `[Order!]!`. */
function typeText(node) {
    if (node.kind === 'NonNullType')
        return `${typeText(node.type)}!`;
    if (node.kind === 'ListType')
        return `[${typeText(node.type)}]`;
    return node.name.value;
}
/** The named type under the lists and non-nulls: `[Order!]!` → `Order`. */
function namedTypeOf(node) {
    return node.kind === 'NamedType' ? node.name.value : namedTypeOf(node.type);
}
/** The first line of a description, for a summary. */
function firstLine(description) {
    const line = description
        ?.split('\n')
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line || undefined;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-arguments.js


/** A field argument: required when non-null without a default, as graphql-js counts it. */
function argumentOf(arg, types, printValue) {
    const param = {
        name: arg.name.value,
        in: 'argument',
        required: arg.type.kind === 'NonNullType' && !arg.defaultValue,
        type: typeText(arg.type),
    };
    if (isDeprecated(arg.directives))
        param.deprecated = true;
    const named = types.get(namedTypeOf(arg.type));
    if (named?.kind === 'enum')
        param.enum = enumValues(named);
    if (arg.defaultValue)
        param.default = printValue(arg.defaultValue);
    return param;
}
function enumValues(type) {
    return type.parts.flatMap((p) => p.values.map((v) => v.name.value));
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-pagination.js
// How a GraphQL field pages: a Relay connection (its result type is a `…Connection` with
// `pageInfo` and `edges` or `nodes`), else what its argument names say (`after`, `page`, `offset`).
const CONNECTION_ARGS = ['first', 'after', 'last', 'before'];
const CURSOR_ARGS = new Set(['cursor', 'after', 'before', 'startingafter', 'nexttoken', 'pagetoken']);
const PAGE_ARGS = new Set(['page', 'pagenumber']);
const OFFSET_ARGS = new Set(['offset', 'skip']);
const SIZE_ARGS = new Set(['limit', 'first', 'last', 'take', 'count', 'size', 'pagesize', 'perpage']);
function paginationOf(args, resultType, types) {
    const result = types.get(resultType);
    if (result && /Connection$/.test(resultType) && isConnection(result))
        return { style: 'connection', via: CONNECTION_ARGS.filter((name) => args.some((a) => a.name === name)) };
    const named = (set) => args.filter((a) => set.has(a.name.toLowerCase().replace(/_/g, ''))).map((a) => a.name);
    const sizes = named(SIZE_ARGS);
    for (const [style, set] of [
        ['cursor', CURSOR_ARGS],
        ['page', PAGE_ARGS],
        ['offset', OFFSET_ARGS],
    ]) {
        const carriers = named(set);
        if (carriers.length > 0)
            return { style, via: [...carriers, ...sizes] };
    }
    return undefined;
}
function isConnection(type) {
    const fields = new Set(type.parts.flatMap((p) => p.fields.map((f) => f.name.value)));
    return fields.has('pageInfo') && (fields.has('edges') || fields.has('nodes'));
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-operations.js




// The operations of a schema: one per field of its root types. Ids use the canonical root names
// (`gql:Query.orders`) even when `schema { query: RootQuery }` names the type otherwise, so a
// renamed root type is not every operation removed and added.
const ROOTS = [
    { operation: 'query', canonical: 'Query', method: 'QUERY' },
    { operation: 'mutation', canonical: 'Mutation', method: 'MUTATION' },
    { operation: 'subscription', canonical: 'Subscription', method: 'SUBSCRIPTION' },
];
/** The root type names: the `schema { … }` block's, else the types named Query, Mutation, Subscription. */
function rootTypeNames(schema) {
    const names = new Map();
    for (const { operation, canonical } of ROOTS) {
        const name = schema.roots[operation] ?? (schema.types.has(canonical) ? canonical : undefined);
        if (name)
            names.set(operation, name);
    }
    return names;
}
function operationsOf(schema, spec, printValue) {
    const operations = [];
    const diagnostics = [];
    const roots = rootTypeNames(schema);
    for (const { operation, canonical, method } of ROOTS) {
        const rootName = roots.get(operation);
        if (!rootName)
            continue;
        const root = schema.types.get(rootName);
        if (root?.kind !== 'object') {
            const at = schema.schemaSource;
            if (at)
                diagnostics.push({
                    severity: 'warning',
                    stage: 'openapi',
                    file: at.file,
                    line: at.line,
                    message: `the schema's ${operation} type ${rootName} is not an object type of this schema: ` +
                        `no ${operation} operations`,
                });
            continue;
        }
        for (const { field, part } of uniqueFields(root, diagnostics)) {
            const op = operationOf(field, part, root, schema, { canonical, method, spec }, printValue);
            operations.push(op);
        }
    }
    const rank = (m) => ROOTS.findIndex((r) => r.method === m);
    operations.sort((a, b) => rank(a.method) - rank(b.method) || compareText(a.path, b.path));
    return { operations, diagnostics };
}
/** A type's fields over all its parts; a field given twice keeps its first place. */
function uniqueFields(type, diagnostics) {
    const seen = new Map();
    const out = [];
    for (const part of type.parts)
        for (const field of part.fields) {
            const name = field.name.value;
            const first = seen.get(name);
            if (first) {
                diagnostics.push({
                    severity: 'warning',
                    stage: 'openapi',
                    file: part.file,
                    line: lineOf(field),
                    message: `field ${type.name}.${name} is defined twice (first at ${first.file}): the first is kept`,
                });
                continue;
            }
            seen.set(name, part);
            out.push({ field, part });
        }
    return out;
}
function operationOf(field, part, root, schema, at, printValue) {
    const name = field.name.value;
    const parameters = (field.arguments ?? []).map((a) => argumentOf(a, schema.types, printValue));
    const result = typeText(field.type);
    // A directive on the type (or on the `extend type Query @auth { … }` holding the field) guards its fields.
    const auth = [...new Set([...authDirectiveNames(part.directives), ...authDirectiveNames(field.directives ?? [])])];
    const op = {
        id: `gql:${at.canonical}.${name}`,
        protocol: 'graphql',
        method: at.method,
        path: `${at.canonical}.${name}`,
        tags: [root.name],
        security: auth.length > 0 ? [auth.sort(compareText)] : [],
        parameters,
        responses: [{ status: 'data', contentTypes: ['application/json'], schema: { type: result } }],
        deprecated: isDeprecated(field.directives),
        spec: at.spec,
        source: { file: part.file, line: lineOf(field) },
    };
    const summary = firstLine(field.description?.value);
    if (summary)
        op.summary = summary;
    if (at.method === 'SUBSCRIPTION')
        op.streaming = 'server';
    const pagination = paginationOf(parameters, namedTypeOf(field.type), schema.types);
    if (pagination)
        op.pagination = pagination;
    return op;
}
function lineOf(node) {
    return node.name.loc?.startToken.line ?? 1;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/graphql-schemas.js




// The named types of a schema (objects, inputs, enums, interfaces, unions, scalars): the vocabulary
// its operations speak. The root types are its operations instead and are left out here.
function schemasOf(schema, spec, printValue) {
    const diagnostics = [];
    const roots = new Set(rootTypeNames(schema).values());
    const schemas = [];
    for (const type of schema.types.values()) {
        if (roots.has(type.name))
            continue;
        const out = {
            id: `schema:${type.source.file}#${type.name}`,
            name: type.name,
            protocol: 'graphql',
            spec,
            kind: type.kind,
            properties: propertiesOf(type, schema, printValue, diagnostics),
            source: type.source,
        };
        if (type.kind === 'enum')
            out.values = enumValues(type);
        if (type.kind === 'union')
            out.values = type.parts.flatMap((p) => p.members.map((m) => m.name.value));
        const interfaces = [...new Set(type.parts.flatMap((p) => p.interfaces.map((i) => i.name.value)))];
        if (interfaces.length > 0)
            out.interfaces = interfaces;
        if (type.parts.some((p) => !p.extension && isDeprecated(p.directives)))
            out.deprecated = true;
        schemas.push(out);
    }
    schemas.sort((a, b) => graphql_schemas_compareText(a.name, b.name) || graphql_schemas_compareText(a.id, b.id));
    return { schemas, diagnostics };
}
function propertiesOf(type, schema, printValue, diagnostics) {
    if (type.kind === 'input')
        return type.parts.flatMap((part) => part.inputFields.map((field) => {
            // An input field with a default may be left out, like an argument: graphql-js counts it optional.
            const property = {
                name: field.name.value,
                type: typeText(field.type),
                required: field.type.kind === 'NonNullType' && !field.defaultValue,
            };
            if (isDeprecated(field.directives))
                property.deprecated = true;
            property.source = { file: part.file, line: lineOf(field) };
            return property;
        }));
    return uniqueFields(type, diagnostics).map(({ field, part }) => {
        const property = {
            name: field.name.value,
            type: typeText(field.type),
            required: field.type.kind === 'NonNullType',
        };
        if (isDeprecated(field.directives))
            property.deprecated = true;
        const args = (field.arguments ?? []).map((a) => argumentOf(a, schema.types, printValue));
        if (args.length > 0)
            property.arguments = args;
        property.source = { file: part.file, line: lineOf(field) };
        return property;
    });
}
function graphql_schemas_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/parse-sdl-file.js
const EXECUTABLE_KINDS = new Set(['OperationDefinition', 'FragmentDefinition']);
/** Parses one file; a syntax error or an empty file is a diagnostic, never a throw. */
function parseSdlFile(graphql, file, text) {
    const result = { file, definitions: [], clientOnly: false, diagnostics: [] };
    const note = (severity, message, line, column) => result.diagnostics.push({ severity, stage: 'openapi', file, line, column, message });
    // graphql-js reports an empty document as `Unexpected <EOF>`; a reader needs to hear it is empty.
    if (/^(\s|,|#[^\n]*)*$/.test(text)) {
        note('notice', 'empty GraphQL file (no definitions): nothing read');
        return result;
    }
    let document;
    try {
        document = graphql.parse(text, { noLocation: false });
    }
    catch (err) {
        const location = err.locations?.[0];
        const reason = err.message.replace(/^Syntax Error: /, '');
        note('error', `GraphQL syntax error: ${reason}; file not read`, location?.line, location?.column);
        return result;
    }
    const executable = document.definitions.filter((d) => EXECUTABLE_KINDS.has(d.kind));
    result.definitions = document.definitions.filter((d) => !EXECUTABLE_KINDS.has(d.kind));
    if (result.definitions.length === 0) {
        result.clientOnly = true;
        note('notice', 'holds only client operations and fragments (no type definitions): not read as a schema');
    }
    else if (executable.length > 0) {
        note('notice', `${executable.length} client operation${executable.length === 1 ? '' : 's'} or fragments beside the ` +
            'type definitions: not part of the schema, ignored', executable[0].loc?.startToken.line);
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/schema-file-traits.js
function schemaFileTraits(definitions) {
    const traits = {
        supergraph: false,
        federated: false,
        defines: new Set(),
        extends: new Set(),
        entityExtends: new Set(),
    };
    for (const node of definitions) {
        if (node.kind === 'DirectiveDefinition') {
            if (node.name.value.startsWith('join__'))
                traits.supergraph = true;
            continue;
        }
        const directives = 'directives' in node ? (node.directives ?? []) : [];
        for (const d of directives) {
            if (d.name.value.startsWith('join__'))
                traits.supergraph = true;
            if (d.name.value === 'key')
                traits.federated = true;
            const url = d.arguments?.find((a) => a.name.value === 'url')?.value;
            if (d.name.value === 'link' && url?.kind === 'StringValue' && /federation/i.test(url.value))
                traits.federated = true;
        }
        if (node.kind === 'SchemaDefinition' || node.kind === 'SchemaExtension')
            continue;
        if (!('name' in node) || !node.name)
            continue;
        if (node.kind.endsWith('Extension')) {
            traits.extends.add(node.name.value);
            if (directives.some((d) => d.name.value === 'key'))
                traits.entityExtends.add(node.name.value);
        }
        else
            traits.defines.add(node.name.value);
    }
    return traits;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/sources/graphql/schema-groups.js

// Which files make one schema. Public projects split a schema over files in a few ways:
// `schema/*.graphql` (root types in one, `extend type Query` in the others), `src/**/*.graphql`
// per module (NestJS, graphql-tools' `loadFiles`), `src/main/resources/schema/*.graphqls` (Netflix
// DGS, Spring for GraphQL), or one `schema.graphql`. A monorepo holds several such schemas, one per
// service (Apollo federation subgraphs), each in its own folder.
//
// The rule: a file belongs to the schema rooted at the first `src`/`schema`/`graphql` folder on its
// path (everything below it is that project's schema), else to its own folder; a root folder that
// lies inside another root folder joins it (`api/schema.graphql` with `api/types/*.graphql`).
// Files at the repository root stay their own schema: a composed `supergraph.graphql` there is not
// part of every service's schema below it.
/** Folder names that hold one project's whole schema below them. */
const SCHEMA_ROOT_FOLDERS = new Set(['src', 'schema', 'schemas', 'graphql', 'gql', 'typedefs', 'type-defs']);
/** Folder names that say nothing about which API a schema is: titles look past them. */
const GENERIC_FOLDERS = new Set([...SCHEMA_ROOT_FOLDERS, 'main', 'resources', 'api', 'app', 'lib']);
function groupSchemaFiles(files) {
    const byRoot = new Map();
    for (const file of files) {
        const root = rootFolderOf(file);
        byRoot.set(root, [...(byRoot.get(root) ?? []), file]);
    }
    const roots = [...byRoot.keys()].sort(schema_groups_compareText);
    // Sorted, an enclosing folder comes before the folders inside it.
    const outermost = (root) => roots.find((r) => r !== '' && (root === r || root.startsWith(`${r}/`))) ?? root;
    const merged = new Map();
    for (const root of roots) {
        const into = outermost(root);
        merged.set(into, [...(merged.get(into) ?? []), ...byRoot.get(root)]);
    }
    return [...merged.entries()]
        .map(([root, list]) => ({ root, files: [...list].sort(schema_groups_compareText) }))
        .sort((a, b) => schema_groups_compareText(a.files[0], b.files[0]));
}
/** `services/orders/src/main/resources/schema/x.graphqls` → `services/orders/src`. */
function rootFolderOf(file) {
    const folders = external_node_path_.posix.dirname(file).split('/');
    if (folders[0] === '.')
        return '';
    const at = folders.findIndex((f) => SCHEMA_ROOT_FOLDERS.has(f.toLowerCase()));
    return (at < 0 ? folders : folders.slice(0, at + 1)).join('/');
}
/** A schema's name for the docs: the nearest folder of its root that names something. */
function schemaTitle(root) {
    const named = root
        .split('/')
        .filter((f) => f !== '' && !GENERIC_FOLDERS.has(f.toLowerCase()))
        .pop();
    return named ?? 'GraphQL schema';
}
/**
 * Corrects the folder rule with what the files say. A composed supergraph is a schema of its own.
 * Federation subgraphs kept side by side in one folder are one schema each (areSeparateSubgraphs).
 * A module folder that only extends types (`extend type Query`) joins the nearest
 * schema that defines them (`modules/users/` into `modules/common/`); a subgraph that does so is
 * left alone, since federation lets it extend what another service defines.
 */
function refineSchemaGroups(groups, traits) {
    const split = [];
    for (const group of groups) {
        const supergraphs = group.files.filter((f) => traits(f).supergraph);
        const rest = group.files.filter((f) => !traits(f).supergraph);
        for (const f of supergraphs)
            split.push({ root: group.root, files: [f], title: fileStem(f) });
        if (rest.some((f) => traits(f).federated) && areSeparateSubgraphs(rest, traits))
            for (const f of rest)
                split.push({ root: group.root, files: [f], title: fileStem(f) });
        else if (rest.length > 0)
            split.push({ root: group.root, files: rest });
    }
    const defines = (g) => new Set(g.files.flatMap((f) => [...traits(f).defines]));
    const isFederated = (g) => g.files.some((f) => traits(f).federated || traits(f).supergraph);
    const merged = [...split];
    for (let changed = true; changed;) {
        changed = false;
        for (const group of merged) {
            if (isFederated(group))
                continue;
            const own = defines(group);
            const missing = new Set(group.files.flatMap((f) => [...traits(f).extends]).filter((t) => !own.has(t)));
            if (missing.size === 0)
                continue;
            const home = nearest(group, merged.filter((g) => g !== group && !isFederated(g) && [...defines(g)].some((t) => missing.has(t))));
            if (!home)
                continue;
            home.files = [...home.files, ...group.files].sort(schema_groups_compareText);
            home.root = commonFolder(home.root, group.root);
            merged.splice(merged.indexOf(group), 1);
            changed = true;
            break;
        }
    }
    return merged.sort((a, b) => schema_groups_compareText(a.files[0], b.files[0]));
}
/**
 * Federation files that cannot be one subgraph: two define the same type (each its own `type
 * Query`, a shared value type), or one extends as an entity (`extend type User @key`) what another
 * defines — that is how a subgraph refers to a type another service owns.
 */
function areSeparateSubgraphs(files, traits) {
    const definedIn = new Map();
    for (const f of files)
        for (const t of traits(f).defines) {
            if (definedIn.has(t))
                return true;
            definedIn.set(t, f);
        }
    return files.some((f) => [...traits(f).entityExtends].some((t) => definedIn.has(t) && definedIn.get(t) !== f));
}
/** The candidate whose root shares the longest folder prefix with the group's (none shared: none). */
function nearest(group, candidates) {
    let best;
    let bestDepth = 0;
    for (const c of [...candidates].sort((a, b) => schema_groups_compareText(a.files[0], b.files[0]))) {
        const shared = commonFolder(group.root, c.root);
        const depth = shared === '' ? 0 : shared.split('/').length;
        if (depth > bestDepth)
            [best, bestDepth] = [c, depth];
    }
    return best;
}
function fileStem(file) {
    return external_node_path_.posix.basename(file).replace(/\.[^.]+$/, '');
}
function commonFolder(a, b) {
    const x = a.split('/');
    const y = b.split('/');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return x.slice(0, i).join('/');
}
function schema_groups_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/sources/graphql/extract-graphql.js







// GraphQL schemas (SDL) into API facts: every file parsed by graphql-js, client documents dropped,
// the rest grouped into schemas (schema-groups.ts), each schema's definitions and extensions
// merged (collect-types.ts) and read into one spec, its root fields' operations and its types.
async function extractGraphql(files, text) {
    const graphql = await __webpack_require__.e(/* import() */ 7645).then(__webpack_require__.t.bind(__webpack_require__, 17645, 19));
    const diagnostics = [];
    const parsed = new Map();
    for (const file of [...files].sort(extract_graphql_compareText)) {
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
        const result = parseSdlFile(graphql, file, source);
        diagnostics.push(...result.diagnostics);
        if (!result.clientOnly)
            parsed.set(file, result);
    }
    const facts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
    const seen = new Map();
    const federatedSpecs = new Set();
    const printValue = (node) => graphql.print(node);
    const traits = new Map([...parsed].map(([file, p]) => [file, schemaFileTraits(p.definitions)]));
    for (const group of refineSchemaGroups(groupSchemaFiles([...parsed.keys()]), (f) => traits.get(f))) {
        const federated = group.files.some((f) => traits.get(f).federated);
        const schema = collectTypes(group.files.map((f) => parsed.get(f)), federated);
        diagnostics.push(...schema.diagnostics);
        if (schema.types.size === 0 && !schema.schemaSource)
            continue; // only empty or unreadable files
        const first = group.files[0];
        const specId = `spec:${first}`;
        const queryType = schema.types.get(rootTypeNames(schema).get('query') ?? '');
        const spec = {
            id: specId,
            protocol: 'graphql',
            file: first,
            files: group.files,
            title: group.title ?? schemaTitle(group.root),
            version: '',
            specVersion: isFederated(schema) ? 'SDL (federation)' : 'SDL',
            servers: [],
            source: schema.schemaSource ?? queryType?.source ?? { file: first, line: 1 },
        };
        const ops = operationsOf(schema, specId, printValue);
        const types = schemasOf(schema, specId, printValue);
        diagnostics.push(...ops.diagnostics, ...types.diagnostics);
        facts.specs.push(spec);
        if (federated)
            federatedSpecs.add(specId);
        facts.operations.push(...ops.operations.map((op) => uniqueOperation(op, seen, federatedSpecs, diagnostics)));
        facts.schemas.push(...types.schemas);
    }
    return { facts, diagnostics };
}
/**
 * Two schemas in one repository (a gateway's and a service's, two API versions) often share root
 * fields: the first keeps `gql:Query.orders`, a later one is qualified by its schema's file, as a
 * second OpenAPI spec defining the same path is. Where a subgraph is one of the two, the repeat is
 * federation composing it into a supergraph: a notice, not a warning.
 */
function uniqueOperation(op, seen, federatedSpecs, diagnostics) {
    const first = seen.get(op.id);
    if (!first) {
        seen.set(op.id, op);
        return op;
    }
    const id = `${op.id} (${op.spec.replace(/^spec:/, '')})`;
    diagnostics.push({
        severity: federatedSpecs.has(first.spec) || federatedSpecs.has(op.spec) ? 'notice' : 'warning',
        stage: 'openapi',
        file: op.source.file,
        line: op.source.line,
        message: `${op.path} is also defined in ${first.source.file}:${first.source.line}; ` + `this one is recorded as \`${id}\``,
    });
    const unique = { ...op, id };
    seen.set(id, unique);
    return unique;
}
function extract_graphql_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ })

};
