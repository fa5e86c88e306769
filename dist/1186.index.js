export const id = 1186;
export const ids = [1186];
export const modules = {

/***/ 61186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  apiChanges: () => (/* binding */ apiChanges)
});

// EXTERNAL MODULE: ./lib/facts/model.js
var model = __webpack_require__(11062);
;// CONCATENATED MODULE: ./lib/facts/api-changes/async-payload-changes.js
/** The payload's properties: its own when inline, else those of the named schema of its spec. */
function payloadProperties(payload, schemas, spec) {
    if (!payload)
        return undefined;
    if (payload.properties)
        return payload.properties;
    const named = schemas.find((s) => s.name === payload.type && s.spec === spec);
    return named?.properties;
}
/** A payload that is not an object: its type label (`string`, `array<Line>`), else undefined. */
function scalarType(payload, properties) {
    if (!payload || properties)
        return undefined;
    return payload.type;
}
const PRIMITIVE = /^(string|number|integer|boolean)$/;
/**
 * Whether a property's type is the same on both sides. A property typed by a named schema on one
 * side and written inline on the other (`sentAt` → `string`) is the same when the named schema is
 * of that kind: the facts keep a schema's kind, not its primitive type, so a scalar named schema
 * is taken to match any primitive.
 */
function sameType(a, b, before, after) {
    if (a === b)
        return true;
    const named = before.get(a) ?? after.get(b);
    const other = before.has(a) ? b : a;
    if (!named || before.has(a) === after.has(b))
        return false;
    if (named.kind === 'object')
        return other === 'object';
    if (named.kind === 'scalar' || named.kind === 'enum')
        return PRIMITIVE.test(other);
    return named.kind === 'array' && other.startsWith('array');
}
function payloadChanges(method, old, now, report) {
    const sends = method === 'SEND';
    const name = now.message.name;
    const oldType = scalarType(old.message.payload, old.properties);
    const newType = scalarType(now.message.payload, now.properties);
    // A named schema renamed (Order → OrderV2) with the same properties is no change on the wire:
    // only the shapes are compared, and a type label only where there are no properties to compare.
    // `any` is a payload the facts cannot read (an Avro or multi-format schema): no change is seen.
    if (oldType === 'any' || newType === 'any')
        return;
    if ((oldType || newType) && oldType !== newType && old.message.payload && now.message.payload) {
        const from = oldType ?? 'object';
        const to = newType ?? 'object';
        report('payload-type-changed', 'error', `the payload of ${name} changed type from ${from} to ${to}`);
        return;
    }
    const before = new Map((old.properties ?? []).map((p) => [p.name, p]));
    const after = new Map((now.properties ?? []).map((p) => [p.name, p]));
    const reader = sends ? 'consumers' : 'producers';
    for (const [key, was] of before) {
        const is = after.get(key);
        const prop = `${name}.${key}`;
        if (!is) {
            if (sends) {
                const level = was.deprecated ? 'warning' : 'error';
                const note = was.deprecated ? ' (it was deprecated)' : '';
                report('payload-property-removed', level, `${prop} was removed from a message consumers read${note}`);
            }
            else
                report('payload-property-removed', 'info', `${prop} was removed; producers may still send it`);
            continue;
        }
        if (!sameType(was.type, is.type, old.schemas, now.schemas))
            report('payload-property-type-changed', 'error', `${prop} changed type from ${was.type} to ${is.type}`);
        if (was.required && !is.required)
            report('payload-property-became-optional', sends ? 'error' : 'info', `${prop} became optional${sends ? ': consumers may rely on it being present' : ''}`);
        if (!was.required && is.required)
            report('payload-property-became-required', sends ? 'info' : 'error', `${prop} became required${sends ? '' : ': producers that leave it out are refused'}`);
        if (!was.nullable && is.nullable)
            report('payload-property-became-nullable', sends ? 'error' : 'info', `${prop} became nullable`);
        if (was.nullable && !is.nullable)
            report('payload-property-became-not-nullable', sends ? 'info' : 'error', `${prop} no longer allows null`);
        enumChanges(prop, was.enum, is.enum, sends, reader, report);
    }
    for (const [key, is] of after) {
        if (before.has(key))
            continue;
        const prop = `${name}.${key}`;
        if (is.required)
            report('payload-required-property-added', sends ? 'info' : 'error', `required property ${prop} was added${sends ? '' : ': producers do not send it yet'}`);
        else
            report('payload-optional-property-added', 'info', `optional property ${prop} was added`);
    }
}
function enumChanges(prop, before, after, sends, reader, report) {
    // An enum added where there was none narrows what is allowed; one dropped widens it.
    if (!before && after) {
        report('payload-property-enum-added', sends ? 'info' : 'error', `${prop} is now limited to ${after.join(', ')}`);
        return;
    }
    if (!before || !after)
        return;
    for (const v of before.filter((v) => !after.includes(v)))
        report('payload-enum-value-removed', sends ? 'info' : 'error', `value ${v} was removed from ${prop}${sends ? '' : `: ${reader} may still send it`}`);
    for (const v of after.filter((v) => !before.includes(v)))
        report('payload-enum-value-added', sends ? 'warning' : 'info', `value ${v} was added to ${prop}${sends ? `: ${reader} may not know it` : ''}`);
}

// EXTERNAL MODULE: ./lib/facts/api-changes/operation-matching.js
var operation_matching = __webpack_require__(73977);
;// CONCATENATED MODULE: ./lib/facts/api-changes/async-changes.js


const asyncChanges = (before, after) => {
    const out = [];
    const add = (rule, level, id, message, source) => out.push({ rule, level, protocol: 'async', id, message, ...(source ? { source } : {}) });
    const pairs = pairOperations(before.operations, after.operations);
    const gone = before.operations.filter((o) => !pairs.has(o));
    removals(gone, after.operations, add);
    for (const [old, now] of pairs)
        operationChanges(old, now, before, after, add);
    return out;
};
/** Old operation → the operation it is now. */
function pairOperations(before, after) {
    const pairs = new Map();
    const taken = new Set();
    const match = (0,operation_matching/* operationMatcher */.aA)(after);
    for (const old of before) {
        const now = match(old);
        if (now && !taken.has(now)) {
            pairs.set(old, now);
            taken.add(now);
        }
    }
    const channelName = (o) => o.channel ?? o.path;
    const fallbacks = [
        (a, b) => a.method === b.method && channelName(a) === channelName(b),
        (a, b) => a.operationId !== undefined && a.operationId === b.operationId,
    ];
    for (const same of fallbacks)
        for (const old of before) {
            if (pairs.has(old))
                continue;
            const candidates = after.filter((o) => !taken.has(o) && o.spec === old.spec && same(old, o));
            if (candidates.length !== 1)
                continue;
            pairs.set(old, candidates[0]);
            taken.add(candidates[0]);
        }
    return pairs;
}
/** A channel no operation uses any more is one removal; otherwise each operation is. */
function removals(gone, after, add) {
    const stillUsed = new Set(after.map((o) => `${o.spec} ${(0,operation_matching/* pathKey */.Pn)(o.path)}`));
    const byChannel = new Map();
    for (const o of gone) {
        if (stillUsed.has(`${o.spec} ${(0,operation_matching/* pathKey */.Pn)(o.path)}`)) {
            const note = o.deprecated ? ' (it was deprecated)' : '';
            add('operation-removed', o.deprecated ? 'warning' : 'error', o.id, `${describe(o)} was removed${note}`, o.source);
            continue;
        }
        const key = `${o.spec} ${(0,operation_matching/* pathKey */.Pn)(o.path)}`;
        byChannel.set(key, [...(byChannel.get(key) ?? []), o]);
    }
    for (const ops of byChannel.values()) {
        ops.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        const first = ops[0];
        const deprecated = ops.every((o) => o.deprecated);
        const what = ops.map((o) => (o.method === 'SEND' ? 'sent' : 'received')).join(' and ');
        add('channel-removed', deprecated ? 'warning' : 'error', first.id, `channel ${first.path} (${what} here) was removed${deprecated ? ' (it was deprecated)' : ''}`, first.source);
    }
}
function operationChanges(old, now, before, after, add) {
    const at = now.source;
    if ((0,operation_matching/* pathKey */.Pn)(old.path) !== (0,operation_matching/* pathKey */.Pn)(now.path))
        add('channel-address-changed', 'error', now.id, `channel address ${old.path} became ${now.path}`, at);
    if (old.method !== now.method)
        add('operation-action-changed', 'error', now.id, `${old.operationId ?? old.path} changed from ${old.method} to ${now.method}`, at);
    if (!old.deprecated && now.deprecated)
        add('operation-deprecated', 'info', now.id, `${describe(now)} is deprecated`, at);
    parameterChanges(old, now, add);
    securityChanges(old, now, add);
    // A changed action turns the payload rules around; compared by the new action, which is what
    // the other side must now match.
    for (const [was, is] of pairMessages(old.messages ?? [], now.messages ?? [])) {
        if (!is) {
            const what = `message ${was.name} was removed from ${describe(now)}`;
            add('message-removed-from-operation', 'error', now.id, what, at);
            continue;
        }
        if (!was) {
            const sends = now.method === 'SEND';
            const what = `message ${is.name} was added to ${describe(now)}${sends ? ': consumers may not know it' : ''}`;
            add('message-added-to-operation', sends ? 'warning' : 'info', now.id, what, at);
            continue;
        }
        if ((was.contentType ?? '') !== (is.contentType ?? ''))
            add('message-content-type-changed', 'error', now.id, `message ${is.name} changed content type from ${was.contentType ?? 'none'} to ${is.contentType ?? 'none'}`, at);
        payloadChanges(now.method, payloadSide(was, before, old.spec), payloadSide(is, after, now.spec), (rule, level, message) => add(rule, level, now.id, message, at));
    }
}
function payloadSide(message, api, spec) {
    const schemas = (api.schemas ?? []).filter((s) => s.spec === spec);
    return {
        message,
        properties: payloadProperties(message.payload, schemas, spec),
        schemas: new Map(schemas.map((s) => [s.name, s])),
    };
}
/**
 * An operation's messages, paired by name. A name is only a label on the wire: an operation that
 * had one message nobody else matched and has one now carries the same message, renamed (2.x
 * documents without `name` call it `message`; their 3.0 rewrite names it by its key).
 */
function pairMessages(before, after) {
    const now = new Map(after.map((m) => [m.name, m]));
    const was = new Set(before.map((m) => m.name));
    const pairs = before.map((m) => [m, now.get(m.name)]);
    const added = after.filter((m) => !was.has(m.name));
    const removed = pairs.filter(([, is]) => !is);
    if (removed.length === 1 && added.length === 1) {
        removed[0][1] = added[0];
        return pairs;
    }
    return [...pairs, ...added.map((m) => [undefined, m])];
}
/** Channel parameters (`{region}`): a value no longer allowed is a channel that no longer exists. */
function parameterChanges(old, now, add) {
    // Parameters are named by position, as the address is matched without their names.
    const names = (path) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    const oldNames = names(old.path);
    const newNames = names(now.path);
    oldNames.forEach((name, i) => {
        const was = old.parameters.find((p) => p.name === name);
        const is = now.parameters.find((p) => p.name === (newNames[i] ?? name));
        if (!was?.enum || !is)
            return;
        for (const v of was.enum.filter((v) => !(is.enum ?? was.enum).includes(v)))
            add('channel-parameter-enum-value-removed', 'error', now.id, `value ${v} of channel parameter ${is.name} was removed: ${old.path.replace(`{${name}}`, v)} is gone`, now.source);
    });
}
function securityChanges(old, now, add) {
    const text = (o) => o.security
        .map((alt) => alt.join(' + '))
        .sort()
        .join(' | ');
    const [was, is] = [text(old), text(now)];
    if (was === is)
        return;
    if (!was)
        add('operation-security-added', 'error', now.id, `${describe(now)} now requires ${is}`, now.source);
    else if (!is)
        add('operation-security-removed', 'info', now.id, `${describe(now)} no longer requires ${was}`, now.source);
    else
        add('operation-security-changed', 'warning', now.id, `${describe(now)} security changed from ${was} to ${is}`, now.source);
}
function describe(o) {
    const action = o.method === 'SEND' ? 'sending' : 'receiving';
    return `${o.operationId ? `${o.operationId} (${action} on ${o.path})` : `${action} on ${o.path}`}`;
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/pair-by-key.js
// What the rule sets of every protocol share: the two sides of a change paired by a key, and how
// a removal says that clients had been warned.
/**
 * Pairs the two sides by key, in key order; a key used twice on either side (the same type name
 * in two schemas of one repository) is paired within its spec instead. Linear: GitHub's and
 * Google's descriptions hold tens of thousands of schemas.
 */
function pairByKey(before, after, key) {
    const uses = new Map();
    for (const list of [before, after]) {
        const seen = new Map();
        for (const t of list)
            seen.set(key(t), (seen.get(key(t)) ?? 0) + 1);
        for (const [k, n] of seen)
            uses.set(k, Math.max(uses.get(k) ?? 0, n));
    }
    const fullKey = (t) => {
        const k = key(t);
        return (uses.get(k) ?? 0) > 1 ? `${k}\u0000${t.spec ?? ''}` : k;
    };
    const old = new Map(before.map((t) => [fullKey(t), t]));
    const now = new Map(after.map((t) => [fullKey(t), t]));
    const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
    return keys.map((k) => [old.get(k), now.get(k)]);
}
function wasDeprecated(deprecated) {
    return deprecated ? ' (it was deprecated)' : '';
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/graphql-type-safety.js
// Whether a GraphQL type may change from one spelling to another without breaking clients, read
// from the types as the facts write them (`[Order!]!`). The rules are graphql-js's: a result may
// become stricter (gain a `!`), an input may become looser (lose one); anything else breaks.
/** Parses `[Order!]!`; a spelling it cannot read is taken as a name, so it only equals itself. */
function parseTypeText(text) {
    const t = text.replace(/\s+/g, '');
    if (t.endsWith('!'))
        return { of: 'nonNull', inner: parseTypeText(t.slice(0, -1)) };
    if (t.startsWith('[') && t.endsWith(']'))
        return { of: 'list', inner: parseTypeText(t.slice(1, -1)) };
    return { of: 'named', name: t };
}
/** A field's result type (object or interface field, root field): safe when it only got stricter. */
function isSafeResultChange(before, after) {
    return safeForResult(parseTypeText(before), parseTypeText(after));
}
/** An argument's or input field's type: safe when it only got looser. */
function isSafeInputChange(before, after) {
    return safeForInput(parseTypeText(before), parseTypeText(after));
}
function safeForResult(before, after) {
    if (before.of === 'list')
        return ((after.of === 'list' && safeForResult(before.inner, after.inner)) ||
            (after.of === 'nonNull' && safeForResult(before, after.inner)));
    if (before.of === 'nonNull')
        return after.of === 'nonNull' && safeForResult(before.inner, after.inner);
    return ((after.of === 'named' && after.name === before.name) ||
        (after.of === 'nonNull' && safeForResult(before, after.inner)));
}
function safeForInput(before, after) {
    if (before.of === 'list')
        return after.of === 'list' && safeForInput(before.inner, after.inner);
    if (before.of === 'nonNull')
        return ((after.of === 'nonNull' && safeForInput(before.inner, after.inner)) ||
            (after.of !== 'nonNull' && safeForInput(before.inner, after)));
    return after.of === 'named' && after.name === before.name;
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/graphql-changes.js


const graphqlChanges = (before, after) => {
    const out = [];
    const add = (rule, level, id, message, source) => out.push({ rule, level, protocol: 'graphql', id, message, ...(source ? { source } : {}) });
    for (const [old, now] of pairByKey(before.operations, after.operations, (o) => o.id)) {
        if (!now) {
            add('FIELD_REMOVED', 'error', old.id, `${old.path} was removed${wasDeprecated(old.deprecated)}`, old.source);
            continue;
        }
        if (!old)
            continue; // a new operation breaks no one
        graphql_changes_operationChanges(old, now, add);
    }
    for (const [old, now] of pairByKey(before.schemas ?? [], after.schemas ?? [], (s) => s.name)) {
        if (!now) {
            add('TYPE_REMOVED', 'error', old.id, `type ${old.name} was removed${wasDeprecated(old.deprecated)}`, old.source);
            continue;
        }
        if (!old)
            continue;
        if (old.kind !== now.kind) {
            add('TYPE_CHANGED_KIND', 'error', now.id, `${now.name} changed from ${an(old.kind)} to ${an(now.kind)}`, now.source);
            continue;
        }
        schemaChanges(old, now, add);
    }
    return out;
};
function graphql_changes_operationChanges(old, now, add) {
    const before = old.responses[0]?.schema?.type;
    const after = now.responses[0]?.schema?.type;
    if (before && after && !isSafeResultChange(before, after))
        add('FIELD_CHANGED_KIND', 'error', now.id, `${now.path} changed type from ${before} to ${after}`, now.source);
    argumentChanges(old.parameters, now.parameters, now.path, now.id, now.source, add);
}
function schemaChanges(old, now, add) {
    if (now.kind === 'enum' || now.kind === 'union') {
        const { removed, added } = setDiff(old.values ?? [], now.values ?? []);
        const [gone, come] = now.kind === 'enum'
            ? ['VALUE_REMOVED_FROM_ENUM', 'VALUE_ADDED_TO_ENUM']
            : ['TYPE_REMOVED_FROM_UNION', 'TYPE_ADDED_TO_UNION'];
        const what = now.kind === 'enum' ? 'value' : 'member';
        for (const v of removed)
            add(gone, 'error', now.id, `${what} ${v} was removed from ${now.kind} ${now.name}`, now.source);
        for (const v of added)
            add(come, 'warning', now.id, `${what} ${v} was added to ${now.kind} ${now.name}`, now.source);
        return;
    }
    const interfaces = setDiff(old.interfaces ?? [], now.interfaces ?? []);
    for (const i of interfaces.removed)
        add('IMPLEMENTED_INTERFACE_REMOVED', 'error', now.id, `${now.name} no longer implements ${i}`, now.source);
    for (const i of interfaces.added)
        add('IMPLEMENTED_INTERFACE_ADDED', 'warning', now.id, `${now.name} now implements ${i}`, now.source);
    const input = now.kind === 'input';
    for (const [was, is] of pairByKey(old.properties, now.properties, (p) => p.name)) {
        const name = `${now.name}.${(is ?? was).name}`;
        if (!is) {
            const field = was;
            add('FIELD_REMOVED', 'error', now.id, `${name} was removed${wasDeprecated(field.deprecated)}`, field.source ?? now.source);
            continue;
        }
        const at = is.source ?? now.source;
        if (!was) {
            if (input && is.required)
                add('REQUIRED_INPUT_FIELD_ADDED', 'error', now.id, `required input field ${name} was added`, at);
            else if (input)
                add('OPTIONAL_INPUT_FIELD_ADDED', 'warning', now.id, `optional input field ${name} was added`, at);
            continue;
        }
        const safe = input ? isSafeInputChange(was.type, is.type) : isSafeResultChange(was.type, is.type);
        if (!safe)
            add('FIELD_CHANGED_KIND', 'error', now.id, `${name} changed type from ${was.type} to ${is.type}`, at);
        if (!input)
            argumentChanges(was.arguments ?? [], is.arguments ?? [], name, now.id, at, add);
    }
}
function argumentChanges(before, after, field, id, source, add) {
    for (const [old, now] of pairByKey(before, after, (p) => p.name)) {
        const arg = `argument ${(now ?? old).name} of ${field}`;
        if (!now) {
            add('ARG_REMOVED', 'error', id, `${arg} was removed${wasDeprecated(old.deprecated)}`, source);
            continue;
        }
        if (!old) {
            if (now.required)
                add('REQUIRED_ARG_ADDED', 'error', id, `required ${arg} was added`, source);
            else
                add('OPTIONAL_ARG_ADDED', 'warning', id, `optional ${arg} was added`, source);
            continue;
        }
        if (old.type && now.type && !isSafeInputChange(old.type, now.type)) {
            const stricter = !old.required && now.required ? ': it is now required' : '';
            add('ARG_CHANGED_KIND', 'error', id, `${arg} changed type from ${old.type} to ${now.type}${stricter}`, source);
        }
        else if (old.default !== undefined && old.default !== now.default) {
            const to = now.default === undefined ? 'no default' : now.default;
            add('ARG_DEFAULT_VALUE_CHANGE', 'warning', id, `${arg} changed its default from ${old.default} to ${to}`, source);
        }
    }
}
function setDiff(before, after) {
    const was = new Set(before);
    const is = new Set(after);
    return { removed: before.filter((v) => !is.has(v)), added: after.filter((v) => !was.has(v)) };
}
function an(kind) {
    return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/openapi-changes.js

const openApiChanges = (before, after) => {
    const oldSchemas = schemaLookup(before);
    const newSchemas = schemaLookup(after);
    const find = (0,operation_matching/* operationMatcher */.aA)(after.operations);
    const out = [];
    const matched = new Set();
    const keptPaths = new Set(after.operations.map((o) => (0,operation_matching/* pathKey */.Pn)(o.path)));
    for (const old of sortedById(before.operations)) {
        const now = find(old);
        if (!now) {
            out.push(removal(old, keptPaths.has((0,operation_matching/* pathKey */.Pn)(old.path))));
            continue;
        }
        matched.add(now);
        const pair = { old, now, oldSchemas, newSchemas, out };
        lifecycleChanges(pair);
        openapi_changes_parameterChanges(pair);
        requestBodyChanges(pair);
        responseChanges(pair);
        openapi_changes_securityChanges(pair);
    }
    for (const now of sortedById(after.operations))
        if (!matched.has(now))
            out.push(change('endpoint-added', 'info', now, `${endpoint(now)} was added`));
    return out;
};
function change(rule, level, op, message) {
    return { rule, level, protocol: 'http', id: op.id, message, source: op.source };
}
function report(pair, rule, level, message) {
    pair.out.push(change(rule, level, pair.now, `${endpoint(pair.now)}: ${message}`));
}
function endpoint(op) {
    return `${op.method} ${op.path}`;
}
// ---------------------------------------------------------------- operations
/**
 * oasdiff tells a path that is gone (`api-path-removed-*`) from one method of a path that stays
 * (`api-removed-*`); either is the documented way out, not a break, once it was deprecated first.
 */
function removal(old, pathKept) {
    const rule = `api${pathKept ? '' : '-path'}-removed-with${old.deprecated ? '' : 'out'}-deprecation`;
    const gone = pathKept ? '' : ' (no operation is left on its path)';
    const message = old.deprecated
        ? `${endpoint(old)} was removed after being deprecated${gone}`
        : `${endpoint(old)} was removed without being deprecated first${gone}`;
    return change(rule, old.deprecated ? 'info' : 'error', old, message);
}
function lifecycleChanges(pair) {
    if (!pair.old.deprecated && pair.now.deprecated)
        report(pair, 'endpoint-deprecated', 'info', 'it was deprecated');
    if (pair.old.deprecated && !pair.now.deprecated)
        report(pair, 'endpoint-reactivated', 'info', 'it is no longer deprecated');
}
// ---------------------------------------------------------------- parameters
function openapi_changes_parameterChanges(pair) {
    const renames = (0,operation_matching/* pathParameterRenames */.as)(pair.old, pair.now);
    // Header names are case-insensitive; a path parameter is the same one under a new name.
    const key = (p, rename) => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.in === 'path' ? (rename.get(p.name) ?? p.name) : p.name}`;
    const oldParams = new Map(pair.old.parameters.map((p) => [key(p, renames), p]));
    const newParams = new Map(pair.now.parameters.map((p) => [key(p, new Map()), p]));
    for (const [k, p] of sortedEntries(newParams)) {
        if (oldParams.has(k) || p.in === 'path')
            continue;
        if (p.required)
            report(pair, 'new-required-request-parameter', 'error', `new required ${p.in} parameter \`${p.name}\``);
        else
            report(pair, 'new-optional-request-parameter', 'info', `new optional ${p.in} parameter \`${p.name}\``);
    }
    for (const [k, old] of sortedEntries(oldParams)) {
        const now = newParams.get(k);
        const what = `${old.in} parameter \`${now?.name ?? old.name}\``;
        if (!now) {
            if (old.deprecated)
                report(pair, 'request-parameter-removed-with-deprecation', 'info', `${what} was removed after being deprecated`);
            else
                report(pair, 'request-parameter-removed', 'warning', `${what} was removed`);
            continue;
        }
        if (!old.required && now.required)
            report(pair, 'request-parameter-became-required', 'error', `${what} became required`);
        if (old.required && !now.required)
            report(pair, 'request-parameter-became-optional', 'info', `${what} became optional`);
        const typeChange = compareTypes(old.type, now.type, pair);
        if (typeChange === 'widened')
            report(pair, 'request-parameter-type-generalized', 'info', `${what} was widened from ${old.type} to ${now.type}`);
        else if (typeChange === 'changed')
            report(pair, 'request-parameter-type-changed', 'error', `${what} changed type from ${old.type} to ${now.type}`);
        const oldEnum = enumOf(old.type, old.enum, pair.old.spec, pair.oldSchemas);
        const newEnum = enumOf(now.type, now.enum, pair.now.spec, pair.newSchemas);
        if (!oldEnum && newEnum)
            report(pair, 'request-parameter-became-enum', 'error', `${what} was restricted to ${quoted(newEnum)}`);
        if (oldEnum && newEnum)
            for (const value of removedValues(oldEnum, newEnum))
                report(pair, 'request-parameter-enum-value-removed', 'error', `${what} no longer accepts \`${value}\``);
    }
}
// ---------------------------------------------------------------- request body
function requestBodyChanges(pair) {
    const oldBody = pair.old.requestBody;
    const newBody = pair.now.requestBody;
    if (!oldBody && newBody) {
        if (newBody.required)
            report(pair, 'request-body-added-required', 'error', 'a required request body was added');
        else
            report(pair, 'request-body-added-optional', 'info', 'an optional request body was added');
        return;
    }
    if (!oldBody || !newBody) {
        if (oldBody)
            report(pair, 'request-body-removed', 'error', 'the request body was removed');
        return;
    }
    if (!oldBody.required && newBody.required)
        report(pair, 'request-body-became-required', 'error', 'the request body became required');
    if (oldBody.required && !newBody.required)
        report(pair, 'request-body-became-optional', 'info', 'the request body became optional');
    for (const type of removedValues(oldBody.contentTypes, newBody.contentTypes))
        report(pair, 'request-body-media-type-removed', 'error', `the request body no longer accepts \`${type}\``);
    const shapes = bodyShapes(pair, oldBody.schema, newBody.schema);
    if (shapes === 'type-changed') {
        report(pair, 'request-body-type-changed', 'error', `the request body changed type from ${oldBody.schema?.type} to ${newBody.schema?.type}`);
        return;
    }
    if (!shapes)
        return;
    // What the server fills in (readOnly) is never sent by a client.
    const { removed, added, kept } = comparePaths(shapes.old, shapes.now, (p) => p.readOnly);
    for (const p of added) {
        if (p.required)
            report(pair, 'new-required-request-property', 'error', `new required request property \`${p.path}\``);
        else
            report(pair, 'new-optional-request-property', 'info', `new optional request property \`${p.path}\``);
    }
    for (const p of removed)
        report(pair, 'request-property-removed', 'warning', `request property \`${p.path}\` was removed`);
    for (const [old, now] of kept) {
        const what = `request property \`${now.path}\``;
        if (!old.required && now.required)
            report(pair, 'request-property-became-required', 'error', `${what} became required`);
        if (old.required && !now.required)
            report(pair, 'request-property-became-optional', 'info', `${what} became optional`);
        if (old.nullable && !now.nullable)
            report(pair, 'request-property-became-not-nullable', 'error', `${what} no longer accepts null`);
        if (!old.nullable && now.nullable)
            report(pair, 'request-property-became-nullable', 'info', `${what} now accepts null`);
        const typeChange = compareLabels(old.type, now.type);
        if (typeChange === 'widened')
            report(pair, 'request-property-type-generalized', 'info', `${what} was widened from ${old.type} to ${now.type}`);
        else if (typeChange === 'changed')
            report(pair, 'request-property-type-changed', 'error', `${what} changed type from ${old.type} to ${now.type}`);
        if (!old.enum && now.enum)
            report(pair, 'request-property-became-enum', 'error', `${what} was restricted to ${quoted(now.enum)}`);
        if (old.enum && now.enum)
            for (const value of removedValues(old.enum, now.enum))
                report(pair, 'request-property-enum-value-removed', 'error', `${what} no longer accepts \`${value}\``);
    }
}
// ---------------------------------------------------------------- responses
function responseChanges(pair) {
    const byStatus = (op) => new Map(op.responses.map((r) => [r.status.toUpperCase(), r]));
    const oldResponses = byStatus(pair.old);
    const newResponses = byStatus(pair.now);
    for (const [status, old] of sortedEntries(oldResponses)) {
        const now = newResponses.get(status);
        if (!now) {
            if (status.startsWith('2'))
                report(pair, 'response-success-status-removed', 'error', `the success response ${old.status} was removed`);
            else
                report(pair, 'response-non-success-status-removed', 'info', `the response ${old.status} was removed`);
            continue;
        }
        for (const type of removedValues(old.contentTypes, now.contentTypes))
            report(pair, 'response-media-type-removed', 'error', `the ${now.status} response no longer returns \`${type}\``);
        const shapes = bodyShapes(pair, old.schema, now.schema);
        if (shapes === 'type-changed') {
            const from = old.schema?.type;
            const to = now.schema?.type;
            report(pair, 'response-body-type-changed', 'error', `the ${now.status} response changed type from ${from} to ${to}`);
            continue;
        }
        if (!shapes)
            continue;
        // What only a client sends (writeOnly) never comes back.
        const { removed, kept } = comparePaths(shapes.old, shapes.now, (p) => p.writeOnly);
        for (const p of removed) {
            if (p.required)
                report(pair, 'response-required-property-removed', 'error', `required property \`${p.path}\` was removed from the ${now.status} response`);
            else
                report(pair, 'response-optional-property-removed', 'warning', `optional property \`${p.path}\` was removed from the ${now.status} response`);
        }
        for (const [old, cur] of kept) {
            const what = `response property \`${cur.path}\` (${now.status})`;
            if (old.required && !cur.required)
                report(pair, 'response-property-became-optional', 'error', `${what} became optional`);
            if (!old.nullable && cur.nullable)
                report(pair, 'response-property-became-nullable', 'error', `${what} may now be null`);
            const typeChange = compareLabels(old.type, cur.type);
            if (typeChange === 'widened')
                report(pair, 'response-property-type-generalized', 'error', `${what} was widened from ${old.type} to ${cur.type}`);
            else if (typeChange === 'changed')
                report(pair, 'response-property-type-changed', 'error', `${what} changed type from ${old.type} to ${cur.type}`);
            if (old.enum && cur.enum)
                for (const value of removedValues(cur.enum, old.enum))
                    report(pair, 'response-property-enum-value-added', 'warning', `${what} may now be \`${value}\``);
        }
    }
}
// ---------------------------------------------------------------- security
function openapi_changes_securityChanges(pair) {
    // An alternative is the set of schemes that must all hold; scopes are not in the facts.
    const alternatives = (op) => [...new Set(op.security.map((a) => [...a].sort().join(' + ')))].sort();
    const oldAlternatives = alternatives(pair.old);
    const newAlternatives = alternatives(pair.now);
    if (oldAlternatives.length === 0 && newAlternatives.length > 0) {
        const schemes = newAlternatives.join(' or ');
        report(pair, 'api-security-added', 'error', `it now requires authentication (${schemes}); it was public`);
        return;
    }
    if (oldAlternatives.length > 0 && newAlternatives.length === 0) {
        const schemes = oldAlternatives.join(' or ');
        report(pair, 'api-security-removed', 'info', `it no longer requires authentication (it required ${schemes})`);
        return;
    }
    for (const a of removedValues(newAlternatives, oldAlternatives))
        report(pair, 'api-security-added', 'info', `it now also accepts ${a}`);
    for (const a of removedValues(oldAlternatives, newAlternatives))
        report(pair, 'api-security-removed', 'info', `it no longer accepts ${a}`);
}
/** A schema by name: the one of the same spec, else the only one of that name in any spec. */
function schemaLookup(api) {
    const bySpec = new Map();
    const byName = new Map();
    for (const s of api.schemas ?? []) {
        bySpec.set(`${s.spec} ${s.name}`, s);
        byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    }
    return (spec, name) => {
        const same = bySpec.get(`${spec} ${name}`);
        if (same)
            return same;
        const anywhere = byName.get(name);
        return anywhere?.length === 1 ? anywhere[0] : undefined;
    };
}
/** `string|null` is a `string` that may be null. */
function withoutNull(type) {
    const parts = type.split('|').map((t) => t.trim());
    const rest = parts.filter((t) => t !== 'null');
    return { type: rest.join('|'), nullable: rest.length < parts.length };
}
function arrayItems(type) {
    return /^array<(.*)>$/.exec(type)?.[1];
}
/**
 * What a type is, for comparing: a named object schema is `object` (a schema renamed is no type
 * change; its properties are compared one by one), a named enum is `enum`, arrays by their items.
 */
function typeLabel(type, spec, schemas) {
    const bare = withoutNull(type).type;
    const items = arrayItems(bare);
    if (items !== undefined)
        return `array<${typeLabel(items, spec, schemas)}>`;
    const named = schemas(spec, bare);
    if (!named)
        return bare;
    if (named.kind === 'input')
        return 'object';
    return named.kind;
}
/** Values a named enum schema or the property's own `enum` allows. */
function enumOf(type, own, spec, schemas) {
    if (own && own.length > 0)
        return own;
    if (type === undefined)
        return undefined;
    const named = schemas(spec, withoutNull(type).type);
    return named?.kind === 'enum' && named.values && named.values.length > 0 ? named.values : undefined;
}
function compareTypes(old, now, pair) {
    if (old === undefined || now === undefined)
        return 'same';
    return compareLabels(typeLabel(old, pair.old.spec, pair.oldSchemas), typeLabel(now, pair.now.spec, pair.newSchemas));
}
const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
function compareLabels(old, now) {
    if (old === now)
        return 'same';
    // A scalar turned into a named enum (or back) keeps its wire type: the enum rules tell the rest.
    // A named scalar schema (`ldap-dn: {type: string}`) is labelled `scalar`, its own type not being
    // in the facts: moving a property's type into one (or back out) is not told as a type change.
    const named = (label) => label === 'enum' || label === 'scalar';
    if ((named(old) && SCALARS.has(now)) || (named(now) && SCALARS.has(old)))
        return 'same';
    // Every integer is a number: oasdiff calls that a widening (`*-type-generalized`).
    if (old.replace(/\binteger\b/g, 'number') === now)
        return 'widened';
    return 'changed';
}
/** Nested schemas are followed this deep: enough for `order.customer.address.city`. */
const MAX_DEPTH = 4;
/**
 * The properties of a body, flattened by path; `'type-changed'` when the body itself turned
 * into another kind of thing (an object into an array); nothing to compare for oneOf bodies or
 * when either side has no schema.
 */
function bodyShapes(pair, oldRef, newRef) {
    if (!oldRef || !newRef || oldRef.oneOf?.length || newRef.oneOf?.length)
        return undefined;
    // Inline properties make the body an object, or an array of objects when it is `array<object>`
    // (its properties then named `[].x`): the same label a named item schema gets.
    const label = (ref, spec, schemas) => ref.properties
        ? arrayItems(ref.type) !== undefined
            ? 'array<object>'
            : 'object'
        : typeLabel(ref.type, spec, schemas);
    const oldLabel = label(oldRef, pair.old.spec, pair.oldSchemas);
    const newLabel = label(newRef, pair.now.spec, pair.newSchemas);
    if (compareLabels(oldLabel, newLabel) === 'changed')
        return 'type-changed';
    return {
        old: flatten(oldRef, pair.old.spec, pair.oldSchemas),
        now: flatten(newRef, pair.now.spec, pair.newSchemas),
    };
}
/** Bodies flattened once per named type: a large API's operations share a few hundred schemas. */
const flattenedByLookup = new WeakMap();
function flatten(ref, spec, schemas) {
    if (ref.properties)
        return flattenNow(ref, spec, schemas);
    const cache = flattenedByLookup.get(schemas) ?? new Map();
    flattenedByLookup.set(schemas, cache);
    const key = `${spec} ${ref.type}`;
    const flat = cache.get(key) ?? flattenNow(ref, spec, schemas);
    cache.set(key, flat);
    return flat;
}
function flattenNow(ref, spec, schemas) {
    const out = new Map();
    const join = (prefix, name) => (prefix ? `${prefix}.${name}` : name);
    const walk = (properties, prefix, chain) => {
        for (const p of properties) {
            const path = join(prefix, p.name);
            const { type, nullable } = withoutNull(p.type);
            out.set(path, {
                path,
                type: typeLabel(type, spec, schemas),
                required: p.required,
                nullable: nullable || p.nullable === true,
                enum: enumOf(type, p.enum, spec, schemas),
                readOnly: p.readOnly === true,
                writeOnly: p.writeOnly === true,
            });
            into(type, path, chain);
        }
    };
    // A property (or the body) whose type names an object schema: its properties, under its path.
    const into = (type, path, chain) => {
        const items = arrayItems(type);
        const name = withoutNull(items ?? type).type;
        const named = schemas(spec, name);
        if (!named || named.kind === 'enum' || chain.has(name) || chain.size >= MAX_DEPTH)
            return;
        walk(named.properties, items !== undefined ? `${path}[]` : path, new Set([...chain, name]));
    };
    if (ref.properties)
        walk(ref.properties, '', new Set());
    else
        into(withoutNull(ref.type).type, '', new Set());
    return out;
}
/**
 * Properties only one side has, and the pairs both have. A property under a parent that is new
 * (or gone) too is told by its parent alone: a new optional `address` with a required `city` is
 * one optional addition, not a new required property.
 */
function comparePaths(old, now, ignored) {
    const onlyIn = (a, b) => sortedEntries(a)
        .filter(([path, p]) => !b.has(path) && !ignored(p))
        .filter(([path]) => !ancestors(path).some((parent) => a.has(parent) && !b.has(parent)))
        .map(([, p]) => p);
    const kept = [];
    for (const [path, p] of sortedEntries(old)) {
        const q = now.get(path);
        if (q && !ignored(p) && !ignored(q))
            kept.push([p, q]);
    }
    return { removed: onlyIn(old, now), added: onlyIn(now, old), kept };
}
/** `lines[].sku` is under `lines`; `owner.address.city` under `owner.address` and `owner`. */
function ancestors(path) {
    const out = [];
    for (let i = path.lastIndexOf('.'); i > 0; i = path.lastIndexOf('.', i - 1)) {
        const parent = path.slice(0, i);
        out.push(parent.endsWith('[]') ? parent.slice(0, -2) : parent);
    }
    return out;
}
// ---------------------------------------------------------------- helpers
/** What `old` has and `now` does not, in a stable order. */
function removedValues(old, now) {
    const kept = new Set(now);
    return [...new Set(old.filter((v) => !kept.has(v)))].sort();
}
function quoted(values) {
    return values.map((v) => `\`${v}\``).join(', ');
}
function sortedById(ops) {
    return [...ops].sort((a, b) => compareText(`${a.spec} ${a.id}`, `${b.spec} ${b.id}`));
}
function sortedEntries(map) {
    return [...map].sort(([a], [b]) => compareText(a, b));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/protobuf-changes.js

const protobufChanges = (before, after, read) => {
    const out = [];
    const add = (rule, level, id, message, source) => out.push({ rule, level, protocol: 'grpc', id, message, ...(source ? { source } : {}) });
    const filesNow = filesOf(after.operations, after.schemas ?? [], read?.after);
    const filesThen = filesOf(before.operations, before.schemas ?? [], read?.before);
    const goneFiles = new Set([...filesThen].filter((f) => !filesNow.has(f)));
    for (const file of [...goneFiles].sort(protobuf_changes_compareText))
        add('FILE_NO_DELETE', 'error', `spec:${file}`, `${file} was deleted`, { file, line: 1 });
    const inGoneFile = (s) => goneFiles.has(s.file);
    for (const spec of after.specs) {
        const old = before.specs.find((s) => s.file === spec.file);
        if (old && (old.servers[0] ?? '') !== (spec.servers[0] ?? ''))
            add('FILE_SAME_PACKAGE', 'error', spec.id, `${spec.file} moved from package ${old.servers[0] || '(none)'} to ${spec.servers[0] || '(none)'}`, spec.source);
    }
    const servicesNow = new Set(after.operations.map(serviceOf));
    const reportedServices = new Set();
    for (const [old, now] of pairByKey(before.operations, after.operations, (o) => o.id)) {
        if (!now) {
            const service = serviceOf(old);
            if (inGoneFile(old.source))
                continue;
            if (!servicesNow.has(service)) {
                if (!reportedServices.has(service))
                    add('SERVICE_NO_DELETE', 'error', `service:${service}`, `service ${service} was deleted`, old.source);
                reportedServices.add(service);
                continue;
            }
            const level = old.deprecated ? 'warning' : 'error';
            add('RPC_NO_DELETE', level, old.id, `rpc ${old.path} was deleted${wasDeprecated(old.deprecated)}`, old.source);
            continue;
        }
        if (old)
            rpcChanges(old, now, add);
    }
    for (const [old, now] of pairByKey(before.schemas ?? [], after.schemas ?? [], (s) => s.name)) {
        if (!now) {
            if (inGoneFile(old.source))
                continue;
            const rule = old.kind === 'enum' ? 'ENUM_NO_DELETE' : 'MESSAGE_NO_DELETE';
            const what = old.kind === 'enum' ? 'enum' : 'message';
            add(rule, 'error', old.id, `${what} ${old.name} was deleted`, old.source);
            continue;
        }
        if (!old)
            continue;
        if (old.kind === 'enum' && now.kind === 'enum')
            protobuf_changes_enumChanges(old, now, add);
        else if (old.kind !== 'enum' && now.kind !== 'enum')
            messageChanges(old, now, add);
        reservedChanges(old, now, add);
    }
    return out;
};
function rpcChanges(old, now, add) {
    const request = [old.requestBody?.schema?.type, now.requestBody?.schema?.type];
    const response = [old.responses[0]?.schema?.type, now.responses[0]?.schema?.type];
    if (request[0] !== request[1])
        add('RPC_SAME_REQUEST_TYPE', 'error', now.id, `${now.path} takes ${request[1]} instead of ${request[0]}`, now.source);
    if (response[0] !== response[1])
        add('RPC_SAME_RESPONSE_TYPE', 'error', now.id, `${now.path} returns ${response[1]} instead of ${response[0]}`, now.source);
    const streams = (o) => ({
        client: o.streaming === 'client' || o.streaming === 'bidirectional',
        server: o.streaming === 'server' || o.streaming === 'bidirectional',
    });
    const [was, is] = [streams(old), streams(now)];
    if (was.client !== is.client)
        add('RPC_SAME_CLIENT_STREAMING', 'error', now.id, `${now.path} ${is.client ? 'now' : 'no longer'} streams its requests`, now.source);
    if (was.server !== is.server)
        add('RPC_SAME_SERVER_STREAMING', 'error', now.id, `${now.path} ${is.server ? 'now' : 'no longer'} streams its responses`, now.source);
    const level = (o) => String(o.extensions?.idempotency_level ?? 'IDEMPOTENCY_UNKNOWN');
    if (level(old) !== level(now))
        add('RPC_SAME_IDEMPOTENCY_LEVEL', 'error', now.id, `${now.path} changed idempotency_level from ${level(old)} to ${level(now)}`, now.source);
}
function messageChanges(old, now, add) {
    const at = (p) => p.source ?? now.source;
    const byNumber = new Map(now.properties.filter((p) => p.number !== undefined).map((p) => [p.number, p]));
    for (const was of old.properties) {
        if (was.number === undefined)
            continue;
        const is = byNumber.get(was.number);
        const field = `field ${was.number} of ${now.name}`;
        if (!is) {
            add('FIELD_NO_DELETE', 'error', now.id, `${field} (${was.name}) was deleted${reservedNote(now, was)}`, now.source);
            continue;
        }
        if (is.name !== was.name) {
            add('FIELD_SAME_NAME', 'error', now.id, `${field} was renamed from ${was.name} to ${is.name}`, at(is));
            // The JSON mapping names a field by its lowerCamelCase name: a rename breaks JSON clients too.
            if (jsonName(is.name) !== jsonName(was.name))
                add('FIELD_SAME_JSON_NAME', 'error', now.id, `${field} is ${jsonName(is.name)} in JSON, was ${jsonName(was.name)}`, at(is));
        }
        const [a, b] = [fieldShape(was), fieldShape(is)];
        if (a.cardinality !== b.cardinality)
            add('FIELD_SAME_CARDINALITY', 'error', now.id, `${field} (${is.name}) changed from ${a.cardinality} to ${b.cardinality}`, at(is));
        if (a.type !== b.type)
            add('FIELD_SAME_TYPE', 'error', now.id, `${field} (${is.name}) changed type from ${a.type} to ${b.type}`, at(is));
        if ((was.oneof ?? '') !== (is.oneof ?? ''))
            add('FIELD_SAME_ONEOF', 'error', now.id, `${field} (${is.name}) ${is.oneof ? `moved into oneof ${is.oneof}` : `left oneof ${was.oneof}`}`, at(is));
    }
}
function protobuf_changes_enumChanges(old, now, add) {
    const byNumber = new Map();
    for (const p of now.properties)
        if (p.number !== undefined)
            byNumber.set(p.number, [...(byNumber.get(p.number) ?? []), p]);
    for (const was of old.properties) {
        if (was.number === undefined)
            continue;
        const is = byNumber.get(was.number);
        if (!is) {
            add('ENUM_VALUE_NO_DELETE', 'error', now.id, `value ${was.number} (${was.name}) was deleted from ${now.name}${reservedNote(now, was)}`, now.source);
            continue;
        }
        // An alias (allow_alias) may give a number a second name; the old name must still be one of them.
        if (!is.some((p) => p.name === was.name))
            add('ENUM_VALUE_SAME_NAME', 'error', now.id, `value ${was.number} of ${now.name} was renamed from ${was.name} to ${is[0].name}`, is[0].source ?? now.source);
    }
}
/** A reserved number or name taken back: a later field may reuse it and misread old data. */
function reservedChanges(old, now, add) {
    const rule = now.kind === 'enum' ? 'RESERVED_ENUM_NO_DELETE' : 'RESERVED_MESSAGE_NO_DELETE';
    for (const r of old.reserved ?? []) {
        const kept = typeof r === 'string' && !/^\d+ to /.test(r) ? (now.reserved ?? []).includes(r) : rangeKept(r, now.reserved);
        if (!kept)
            add(rule, 'error', now.id, `reserved ${r} was removed from ${now.name}`, now.source);
    }
}
function rangeKept(r, reserved) {
    const [from, to] = bounds(r);
    return (reserved ?? []).some((x) => {
        if (typeof x === 'string' && !/^\d+ to /.test(x))
            return false;
        const [a, b] = bounds(x);
        return a <= from && to <= b;
    });
}
function bounds(r) {
    if (typeof r === 'number')
        return [r, r];
    const m = /^(\d+) to (\d+|max)$/.exec(r);
    return [Number(m[1]), m[2] === 'max' ? Number.MAX_SAFE_INTEGER : Number(m[2])];
}
function reservedNote(now, was) {
    const numberReserved = rangeKept(was.number, now.reserved);
    const nameReserved = (now.reserved ?? []).includes(was.name);
    if (numberReserved && nameReserved)
        return '; its number and name are reserved';
    if (numberReserved)
        return '; its number is reserved';
    return '; its number is not reserved, so a later field may reuse it';
}
/**
 * A field's cardinality as buf words it (a map is a repeated entry message) and its element type:
 * `repeated shop.v1.Line` → repeated, `shop.v1.Line`.
 */
function fieldShape(p) {
    const map = /^map<([^,]+),\s*(.+)>$/.exec(p.type);
    if (map)
        return { cardinality: 'repeated', type: `map<${map[1]}, ${map[2]}>` };
    const label = /^(repeated|optional|required) (.+)$/.exec(p.type);
    const type = label ? label[2] : p.type;
    if (label?.[1] === 'repeated' || label?.[1] === 'required')
        return { cardinality: label[1], type };
    return { cardinality: p.nullable ? 'optional with explicit presence' : 'optional with implicit presence', type };
}
/** protoc's default json_name: lowerCamelCase of the field name (`buyer_id` → `buyerId`). */
function jsonName(name) {
    return name.replace(/_+([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function serviceOf(o) {
    return o.path.split('/')[1] ?? o.path;
}
/**
 * The .proto files a side holds: those it read, when known (a file emptied of declarations is
 * still there: what it held is reported one by one, not as FILE_NO_DELETE), and those its facts
 * come from.
 */
function filesOf(ops, schemas, read) {
    const files = new Set([...ops.map((o) => o.source.file), ...schemas.map((s) => s.source.file)]);
    for (const f of read ?? [])
        if (PROTO.test(f))
            files.add(f);
    return files;
}
const PROTO = /\.proto$/i;
function protobuf_changes_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./lib/facts/api-changes/api-changes.js





const RULES = {
    http: openApiChanges,
    graphql: graphqlChanges,
    grpc: protobufChanges,
    async: asyncChanges,
};
const LEVEL_RANK = { error: 0, warning: 1, info: 2 };
function apiChanges(before, after, inputs) {
    const read = inputs && { before: inputs.before.map((i) => i.file), after: inputs.after.map((i) => i.file) };
    const out = [];
    for (const [protocol, rules] of Object.entries(RULES))
        out.push(...rules(onlyProtocol(before, protocol), onlyProtocol(after, protocol), read));
    // Errors first, then by what they are about: the same two inputs always give the same list.
    return out.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        api_changes_compareText(a.id, b.id) ||
        api_changes_compareText(a.rule, b.rule) ||
        api_changes_compareText(a.message, b.message));
}
function onlyProtocol(api, protocol) {
    const of = (x) => (0,model/* protocolOf */.A)(x) === protocol;
    return {
        specs: api.specs.filter(of),
        operations: api.operations.filter(of),
        securitySchemes: protocol === 'http' ? api.securitySchemes : [],
        schemas: (api.schemas ?? []).filter(of),
    };
}
function api_changes_compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 73977:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   aA: () => (/* binding */ operationMatcher),
/* harmony export */   as: () => (/* binding */ pathParameterRenames),
/* harmony export */   t2: () => (/* binding */ operationKey)
/* harmony export */ });
// Which operation of now is which operation of the change base. Endpoints are matched as oasdiff
// matches them: by method and path with the path parameters' names left out, so renaming
// `/orders/{id}` to `/orders/{orderId}` is the same endpoint, not a removal and an addition.
/** The path with its parameters' names left out: `/orders/{id}` and `/orders/{orderId}` are `/orders/{}`. */
function pathKey(path) {
    return path.replace(/\{[^}]*\}/g, '{}');
}
/** The endpoint an operation is: its method and its path without parameter names. */
function operationKey(o) {
    return `${o.method} ${pathKey(o.path)}`;
}
/**
 * The operation that is `old` now: the same endpoint in the same spec, else the same endpoint in
 * whichever spec, when only one spec has it (a spec file renamed or split). Two specs defining
 * one endpoint are never compared with each other.
 */
function operationMatcher(after) {
    const bySpec = new Map(after.map((o) => [`${o.spec} ${operationKey(o)}`, o]));
    const byKey = new Map();
    for (const o of after)
        byKey.set(operationKey(o), [...(byKey.get(operationKey(o)) ?? []), o]);
    return (old) => {
        const same = bySpec.get(`${old.spec} ${operationKey(old)}`);
        if (same)
            return same;
        const anywhere = byKey.get(operationKey(old));
        return anywhere?.length === 1 ? anywhere[0] : undefined;
    };
}
/**
 * The names of `old`'s path parameters as `now` calls them, by position: `{id}` in
 * `/orders/{id}` is `{orderId}` in `/orders/{orderId}`.
 */
function pathParameterRenames(old, now) {
    const names = (path) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
    const before = names(old.path);
    const after = names(now.path);
    return new Map(before.map((name, i) => [name, after[i] ?? name]));
}


/***/ }),

/***/ 11062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ protocolOf),
/* harmony export */   J: () => (/* binding */ emptyFacts)
/* harmony export */ });
// The fact model: the one hub every source feeds and every doc, diff, finding and grounding
// check reads. Every fact carries a stable id (so state, diffs and prompts can point at it
// across runs) and the place it came from (so docs and diagnostics can cite file:line).
/** A spec's or operation's protocol; facts written before protocols existed hold OpenAPI's only. */
function protocolOf(x) {
    return x.protocol ?? 'http';
}
function emptyFacts() {
    return {
        modelVersion: 3,
        inputs: [],
        api: { specs: [], operations: [], securitySchemes: [] },
        schema: { dialect: 'postgres', migrations: [], tables: [], foreignKeys: [], indexes: [], enums: [] },
        infra: { components: [], edges: [] },
        system: { components: [], edges: [], unknowns: [] },
        findings: [],
        diagnostics: [],
    };
}


/***/ })

};
