import type { ApiChange, ApiFacts, ApiSchema, Operation, Parameter, SchemaRef } from '../model.js';
import type { ApiChangeRules } from './api-changes.js';
import { operationMatcher, pathKey, pathParameterRenames } from './operation-matching.js';

// The OpenAPI change summary, with oasdiff's rule ids and levels (oasdiff's checker/rules.go and
// checker/localizations_src/en/messages.yaml), so a reviewer who knows oasdiff reads the same
// names here. Bodies are compared property by property: a named schema is followed into the
// schemas it names, so `owner.name` changing type is told as such, not as "Pet changed".
// One departure, on purpose: security added to an operation that was public is an error here
// (oasdiff reports every `api-security-added` at info), because every anonymous client breaks.

type Level = ApiChange['level'];

export const openApiChanges: ApiChangeRules = (before, after) => {
  const oldSchemas = schemaLookup(before);
  const newSchemas = schemaLookup(after);
  const find = operationMatcher(after.operations);
  const out: ApiChange[] = [];
  const matched = new Set<Operation>();
  const keptPaths = new Set(after.operations.map((o) => pathKey(o.path)));
  for (const old of sortedById(before.operations)) {
    const now = find(old);
    if (!now) {
      out.push(removal(old, keptPaths.has(pathKey(old.path))));
      continue;
    }
    matched.add(now);
    const pair: Pair = { old, now, oldSchemas, newSchemas, out };
    lifecycleChanges(pair);
    parameterChanges(pair);
    requestBodyChanges(pair);
    responseChanges(pair);
    securityChanges(pair);
  }
  for (const now of sortedById(after.operations))
    if (!matched.has(now)) out.push(change('endpoint-added', 'info', now, `${endpoint(now)} was added`));
  return out;
};

/** One operation of the change base and what it is now, and where their changes go. */
interface Pair {
  old: Operation;
  now: Operation;
  oldSchemas: SchemaLookup;
  newSchemas: SchemaLookup;
  out: ApiChange[];
}

function change(rule: string, level: Level, op: Operation, message: string): ApiChange {
  return { rule, level, protocol: 'http', id: op.id, message, source: op.source };
}

function report(pair: Pair, rule: string, level: Level, message: string): void {
  pair.out.push(change(rule, level, pair.now, `${endpoint(pair.now)}: ${message}`));
}

function endpoint(op: Operation): string {
  return `${op.method} ${op.path}`;
}

// ---------------------------------------------------------------- operations

/**
 * oasdiff tells a path that is gone (`api-path-removed-*`) from one method of a path that stays
 * (`api-removed-*`); either is the documented way out, not a break, once it was deprecated first.
 */
function removal(old: Operation, pathKept: boolean): ApiChange {
  const rule = `api${pathKept ? '' : '-path'}-removed-with${old.deprecated ? '' : 'out'}-deprecation`;
  const gone = pathKept ? '' : ' (no operation is left on its path)';
  const message = old.deprecated
    ? `${endpoint(old)} was removed after being deprecated${gone}`
    : `${endpoint(old)} was removed without being deprecated first${gone}`;
  return change(rule, old.deprecated ? 'info' : 'error', old, message);
}

function lifecycleChanges(pair: Pair): void {
  if (!pair.old.deprecated && pair.now.deprecated) report(pair, 'endpoint-deprecated', 'info', 'it was deprecated');
  if (pair.old.deprecated && !pair.now.deprecated)
    report(pair, 'endpoint-reactivated', 'info', 'it is no longer deprecated');
}

// ---------------------------------------------------------------- parameters

function parameterChanges(pair: Pair): void {
  const renames = pathParameterRenames(pair.old, pair.now);
  // Header names are case-insensitive; a path parameter is the same one under a new name.
  const key = (p: Parameter, rename: Map<string, string>) =>
    `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.in === 'path' ? (rename.get(p.name) ?? p.name) : p.name}`;
  const oldParams = new Map(pair.old.parameters.map((p) => [key(p, renames), p]));
  const newParams = new Map(pair.now.parameters.map((p) => [key(p, new Map()), p]));
  for (const [k, p] of sortedEntries(newParams)) {
    if (oldParams.has(k) || p.in === 'path') continue;
    if (p.required)
      report(pair, 'new-required-request-parameter', 'error', `new required ${p.in} parameter \`${p.name}\``);
    else report(pair, 'new-optional-request-parameter', 'info', `new optional ${p.in} parameter \`${p.name}\``);
  }
  for (const [k, old] of sortedEntries(oldParams)) {
    const now = newParams.get(k);
    const what = `${old.in} parameter \`${now?.name ?? old.name}\``;
    if (!now) {
      if (old.deprecated)
        report(
          pair,
          'request-parameter-removed-with-deprecation',
          'info',
          `${what} was removed after being deprecated`,
        );
      else report(pair, 'request-parameter-removed', 'warning', `${what} was removed`);
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

function requestBodyChanges(pair: Pair): void {
  const oldBody = pair.old.requestBody;
  const newBody = pair.now.requestBody;
  if (!oldBody && newBody) {
    if (newBody.required) report(pair, 'request-body-added-required', 'error', 'a required request body was added');
    else report(pair, 'request-body-added-optional', 'info', 'an optional request body was added');
    return;
  }
  if (!oldBody || !newBody) {
    if (oldBody) report(pair, 'request-body-removed', 'error', 'the request body was removed');
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
    report(
      pair,
      'request-body-type-changed',
      'error',
      `the request body changed type from ${oldBody.schema?.type} to ${newBody.schema?.type}`,
    );
    return;
  }
  if (!shapes) return;
  // What the server fills in (readOnly) is never sent by a client.
  const { removed, added, kept } = comparePaths(shapes.old, shapes.now, (p) => p.readOnly);
  for (const p of added) {
    if (p.required)
      report(pair, 'new-required-request-property', 'error', `new required request property \`${p.path}\``);
    else report(pair, 'new-optional-request-property', 'info', `new optional request property \`${p.path}\``);
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

function responseChanges(pair: Pair): void {
  const byStatus = (op: Operation) => new Map(op.responses.map((r) => [r.status.toUpperCase(), r]));
  const oldResponses = byStatus(pair.old);
  const newResponses = byStatus(pair.now);
  for (const [status, old] of sortedEntries(oldResponses)) {
    const now = newResponses.get(status);
    if (!now) {
      if (status.startsWith('2'))
        report(pair, 'response-success-status-removed', 'error', `the success response ${old.status} was removed`);
      else report(pair, 'response-non-success-status-removed', 'info', `the response ${old.status} was removed`);
      continue;
    }
    for (const type of removedValues(old.contentTypes, now.contentTypes))
      report(pair, 'response-media-type-removed', 'error', `the ${now.status} response no longer returns \`${type}\``);
    const shapes = bodyShapes(pair, old.schema, now.schema);
    if (shapes === 'type-changed') {
      const from = old.schema?.type;
      const to = now.schema?.type;
      report(
        pair,
        'response-body-type-changed',
        'error',
        `the ${now.status} response changed type from ${from} to ${to}`,
      );
      continue;
    }
    if (!shapes) continue;
    // What only a client sends (writeOnly) never comes back.
    const { removed, kept } = comparePaths(shapes.old, shapes.now, (p) => p.writeOnly);
    for (const p of removed) {
      if (p.required)
        report(
          pair,
          'response-required-property-removed',
          'error',
          `required property \`${p.path}\` was removed from the ${now.status} response`,
        );
      else
        report(
          pair,
          'response-optional-property-removed',
          'warning',
          `optional property \`${p.path}\` was removed from the ${now.status} response`,
        );
    }
    for (const [old, cur] of kept) {
      const what = `response property \`${cur.path}\` (${now.status})`;
      if (old.required && !cur.required)
        report(pair, 'response-property-became-optional', 'error', `${what} became optional`);
      if (!old.nullable && cur.nullable)
        report(pair, 'response-property-became-nullable', 'error', `${what} may now be null`);
      const typeChange = compareLabels(old.type, cur.type);
      if (typeChange === 'widened')
        report(
          pair,
          'response-property-type-generalized',
          'error',
          `${what} was widened from ${old.type} to ${cur.type}`,
        );
      else if (typeChange === 'changed')
        report(pair, 'response-property-type-changed', 'error', `${what} changed type from ${old.type} to ${cur.type}`);
      if (old.enum && cur.enum)
        for (const value of removedValues(cur.enum, old.enum))
          report(pair, 'response-property-enum-value-added', 'warning', `${what} may now be \`${value}\``);
    }
  }
}

// ---------------------------------------------------------------- security

function securityChanges(pair: Pair): void {
  // An alternative is the set of schemes that must all hold; scopes are not in the facts.
  const alternatives = (op: Operation) => [...new Set(op.security.map((a) => [...a].sort().join(' + ')))].sort();
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

// ---------------------------------------------------------------- schemas and types

type SchemaLookup = (spec: string, name: string) => ApiSchema | undefined;

/** A schema by name: the one of the same spec, else the only one of that name in any spec. */
function schemaLookup(api: ApiFacts): SchemaLookup {
  const bySpec = new Map<string, ApiSchema>();
  const byName = new Map<string, ApiSchema[]>();
  for (const s of api.schemas ?? []) {
    bySpec.set(`${s.spec} ${s.name}`, s);
    byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  }
  return (spec, name) => {
    const same = bySpec.get(`${spec} ${name}`);
    if (same) return same;
    const anywhere = byName.get(name);
    return anywhere?.length === 1 ? anywhere[0] : undefined;
  };
}

/** `string|null` is a `string` that may be null. */
function withoutNull(type: string): { type: string; nullable: boolean } {
  const parts = type.split('|').map((t) => t.trim());
  const rest = parts.filter((t) => t !== 'null');
  return { type: rest.join('|'), nullable: rest.length < parts.length };
}

function arrayItems(type: string): string | undefined {
  return /^array<(.*)>$/.exec(type)?.[1];
}

/**
 * What a type is, for comparing: a named object schema is `object` (a schema renamed is no type
 * change; its properties are compared one by one), a named enum is `enum`, arrays by their items.
 */
function typeLabel(type: string, spec: string, schemas: SchemaLookup): string {
  const bare = withoutNull(type).type;
  const items = arrayItems(bare);
  if (items !== undefined) return `array<${typeLabel(items, spec, schemas)}>`;
  const named = schemas(spec, bare);
  if (!named) return bare;
  if (named.kind === 'input') return 'object';
  return named.kind;
}

/** Values a named enum schema or the property's own `enum` allows. */
function enumOf(type: string | undefined, own: string[] | undefined, spec: string, schemas: SchemaLookup) {
  if (own && own.length > 0) return own;
  if (type === undefined) return undefined;
  const named = schemas(spec, withoutNull(type).type);
  return named?.kind === 'enum' && named.values && named.values.length > 0 ? named.values : undefined;
}

function compareTypes(old: string | undefined, now: string | undefined, pair: Pair): 'same' | 'widened' | 'changed' {
  if (old === undefined || now === undefined) return 'same';
  return compareLabels(typeLabel(old, pair.old.spec, pair.oldSchemas), typeLabel(now, pair.now.spec, pair.newSchemas));
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

function compareLabels(old: string, now: string): 'same' | 'widened' | 'changed' {
  if (old === now) return 'same';
  // A scalar turned into a named enum (or back) keeps its wire type: the enum rules tell the rest.
  // A named scalar schema (`ldap-dn: {type: string}`) is labelled `scalar`, its own type not being
  // in the facts: moving a property's type into one (or back out) is not told as a type change.
  const named = (label: string) => label === 'enum' || label === 'scalar';
  if ((named(old) && SCALARS.has(now)) || (named(now) && SCALARS.has(old))) return 'same';
  // Every integer is a number: oasdiff calls that a widening (`*-type-generalized`).
  if (old.replace(/\binteger\b/g, 'number') === now) return 'widened';
  return 'changed';
}

/** A body or response property as compared: its full path (`owner.name`, `lines[].sku`). */
interface FlatProperty {
  path: string;
  type: string;
  required: boolean;
  nullable: boolean;
  enum?: string[];
  readOnly: boolean;
  writeOnly: boolean;
}

/** Nested schemas are followed this deep: enough for `order.customer.address.city`. */
const MAX_DEPTH = 4;

/**
 * The properties of a body, flattened by path; `'type-changed'` when the body itself turned
 * into another kind of thing (an object into an array); nothing to compare for oneOf bodies or
 * when either side has no schema.
 */
function bodyShapes(
  pair: Pair,
  oldRef: SchemaRef | undefined,
  newRef: SchemaRef | undefined,
): { old: Map<string, FlatProperty>; now: Map<string, FlatProperty> } | 'type-changed' | undefined {
  if (!oldRef || !newRef || oldRef.oneOf?.length || newRef.oneOf?.length) return undefined;
  // Inline properties make the body an object, or an array of objects when it is `array<object>`
  // (its properties then named `[].x`): the same label a named item schema gets.
  const label = (ref: SchemaRef, spec: string, schemas: SchemaLookup) =>
    ref.properties
      ? arrayItems(ref.type) !== undefined
        ? 'array<object>'
        : 'object'
      : typeLabel(ref.type, spec, schemas);
  const oldLabel = label(oldRef, pair.old.spec, pair.oldSchemas);
  const newLabel = label(newRef, pair.now.spec, pair.newSchemas);
  if (compareLabels(oldLabel, newLabel) === 'changed') return 'type-changed';
  return {
    old: flatten(oldRef, pair.old.spec, pair.oldSchemas),
    now: flatten(newRef, pair.now.spec, pair.newSchemas),
  };
}

/** Bodies flattened once per named type: a large API's operations share a few hundred schemas. */
const flattenedByLookup = new WeakMap<SchemaLookup, Map<string, Map<string, FlatProperty>>>();

function flatten(ref: SchemaRef, spec: string, schemas: SchemaLookup): Map<string, FlatProperty> {
  if (ref.properties) return flattenNow(ref, spec, schemas);
  const cache = flattenedByLookup.get(schemas) ?? new Map<string, Map<string, FlatProperty>>();
  flattenedByLookup.set(schemas, cache);
  const key = `${spec} ${ref.type}`;
  const flat = cache.get(key) ?? flattenNow(ref, spec, schemas);
  cache.set(key, flat);
  return flat;
}

function flattenNow(ref: SchemaRef, spec: string, schemas: SchemaLookup): Map<string, FlatProperty> {
  const out = new Map<string, FlatProperty>();
  const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name);
  const walk = (properties: ApiSchema['properties'], prefix: string, chain: Set<string>) => {
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
  const into = (type: string, path: string, chain: Set<string>) => {
    const items = arrayItems(type);
    const name = withoutNull(items ?? type).type;
    const named = schemas(spec, name);
    if (!named || named.kind === 'enum' || chain.has(name) || chain.size >= MAX_DEPTH) return;
    walk(named.properties, items !== undefined ? `${path}[]` : path, new Set([...chain, name]));
  };
  if (ref.properties) walk(ref.properties, '', new Set());
  else into(withoutNull(ref.type).type, '', new Set());
  return out;
}

/**
 * Properties only one side has, and the pairs both have. A property under a parent that is new
 * (or gone) too is told by its parent alone: a new optional `address` with a required `city` is
 * one optional addition, not a new required property.
 */
function comparePaths(
  old: Map<string, FlatProperty>,
  now: Map<string, FlatProperty>,
  ignored: (p: FlatProperty) => boolean,
): { removed: FlatProperty[]; added: FlatProperty[]; kept: [FlatProperty, FlatProperty][] } {
  const onlyIn = (a: Map<string, FlatProperty>, b: Map<string, FlatProperty>) =>
    sortedEntries(a)
      .filter(([path, p]) => !b.has(path) && !ignored(p))
      .filter(([path]) => !ancestors(path).some((parent) => a.has(parent) && !b.has(parent)))
      .map(([, p]) => p);
  const kept: [FlatProperty, FlatProperty][] = [];
  for (const [path, p] of sortedEntries(old)) {
    const q = now.get(path);
    if (q && !ignored(p) && !ignored(q)) kept.push([p, q]);
  }
  return { removed: onlyIn(old, now), added: onlyIn(now, old), kept };
}

/** `lines[].sku` is under `lines`; `owner.address.city` under `owner.address` and `owner`. */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let i = path.lastIndexOf('.'); i > 0; i = path.lastIndexOf('.', i - 1)) {
    const parent = path.slice(0, i);
    out.push(parent.endsWith('[]') ? parent.slice(0, -2) : parent);
  }
  return out;
}

// ---------------------------------------------------------------- helpers

/** What `old` has and `now` does not, in a stable order. */
function removedValues(old: string[], now: string[]): string[] {
  const kept = new Set(now);
  return [...new Set(old.filter((v) => !kept.has(v)))].sort();
}

function quoted(values: string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

function sortedById(ops: Operation[]): Operation[] {
  return [...ops].sort((a, b) => compareText(`${a.spec} ${a.id}`, `${b.spec} ${b.id}`));
}

function sortedEntries<T>(map: Map<string, T>): [string, T][] {
  return [...map].sort(([a], [b]) => compareText(a, b));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
