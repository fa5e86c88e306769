// Request validation against GitHub's own OpenAPI description (`@octokit/openapi`,
// generated/api.github.com.json), for the fake GitHub REST API in ./github-server.ts.
//
// The ~13 MB description is read and indexed once per process, lazily, on the first call.
// What is checked, per request:
//   - method + path match a documented operation. Path templates become regexes; a parameter
//     marked `x-multi-segment: true` in the spec (git refs, `basehead`, `tree_sha`, `path`, ...)
//     may span slashes, the others match one segment. Octokit sends `heads%2Fmain`, git users
//     send `heads/main`: both match. When several templates match, the most literal one wins.
//   - path parameters against their schema (e.g. `pull_number` must be an integer),
//   - query parameters: required ones present, values coerced from strings and checked against
//     their schema; with `strict`, undocumented query parameters are reported too,
//   - the JSON request body against the operation's requestBody schema, with the subset of
//     JSON Schema the spec uses: $ref, type, nullable, enum, properties, required,
//     additionalProperties, min/maxProperties, items, min/maxItems, uniqueItems, min/maxLength,
//     pattern, minimum/maximum, oneOf/anyOf/allOf. `format` is an annotation only. `oneOf` is
//     checked as "at least one alternative matches": GitHub's alternatives overlap in places and
//     GitHub itself accepts such bodies. With `strict`, object schemas that list `properties` and
//     say nothing about `additionalProperties` reject unknown properties (GitHub would silently
//     ignore them; for a test fake, a misspelt field is a bug worth failing on).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Schema = Record<string, any>;

export interface Operation {
  method: string; // lower-case, as in the spec
  template: string; // e.g. /repos/{owner}/{repo}/git/ref/{ref}
  operationId: string;
  docsUrl: string | undefined;
  regex: RegExp;
  paramNames: string[];
  literalLength: number;
  multiSegmentCount: number;
  raw: any;
}

export interface ValidationResult {
  /** Undefined when no documented operation matches method + path. */
  operation?: Operation;
  /** Decoded path parameters. */
  params: Record<string, string>;
  /** Where the first problem was found: path params give 404 on GitHub, query/body 422. */
  kind?: 'unknown-route' | 'path-param' | 'query' | 'body';
  errors: string[];
}

export interface ValidateInput {
  method: string;
  /** Raw (still percent-encoded) path, without the query string. */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body, or undefined when the request had no body. */
  body: unknown;
  hasBody: boolean;
  strict?: boolean;
}

interface Spec {
  doc: any;
  byMethod: Map<string, Operation[]>;
  allTemplates: Set<string>;
}

let cached: Spec | undefined;

export function specPath(): string {
  const require = createRequire(import.meta.url);
  // The package has no "exports" map, so its package.json resolves; its index.js would load
  // every variant of the description (~400 MB), so it is never imported.
  const pkg = require.resolve('@octokit/openapi/package.json');
  return join(dirname(pkg), 'generated', 'api.github.com.json');
}

export function loadSpec(): Spec {
  if (cached) return cached;
  const doc = JSON.parse(readFileSync(specPath(), 'utf8'));
  const byMethod = new Map<string, Operation[]>();
  const allTemplates = new Set<string>();
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    allTemplates.add(template);
    const pathLevelParams: any[] = item.parameters ?? [];
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
      const params = [...pathLevelParams, ...(op.parameters ?? [])].map((p) => deref(doc, p));
      const multi = new Set(
        params
          .filter((p) => p.in === 'path' && (p['x-multi-segment'] || p.schema?.['x-multi-segment']))
          .map((p) => p.name),
      );
      const paramNames: string[] = [];
      let literalLength = 0;
      let multiSegmentCount = 0;
      const source = template.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
        if (name === undefined) {
          literalLength += m.length;
          return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
        paramNames.push(name);
        if (multi.has(name)) {
          multiSegmentCount++;
          return '(.+?)';
        }
        return '([^/]+?)';
      });
      const operation: Operation = {
        method,
        template,
        operationId: op.operationId,
        docsUrl: op.externalDocs?.url,
        regex: new RegExp(`^${source}$`),
        paramNames,
        literalLength,
        multiSegmentCount,
        raw: { ...op, parameters: params },
      };
      const list = byMethod.get(method) ?? [];
      list.push(operation);
      byMethod.set(method, list);
    }
  }
  // Most specific first: more literal characters, then fewer multi-segment parameters.
  for (const list of byMethod.values()) {
    list.sort((a, b) => b.literalLength - a.literalLength || a.multiSegmentCount - b.multiSegmentCount);
  }
  cached = { doc, byMethod, allTemplates };
  return cached;
}

export function deref(doc: any, node: any, depth = 0): any {
  let cur = node;
  while (cur && typeof cur === 'object' && typeof cur.$ref === 'string') {
    if (depth++ > 50) throw new Error(`$ref loop at ${cur.$ref}`);
    const parts = cur.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    cur = parts.reduce((o: any, k: string) => (o == null ? undefined : o[k]), doc);
    if (cur === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
  }
  return cur;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function findOperation(
  method: string,
  rawPath: string,
): { operation?: Operation; params: Record<string, string> } {
  const spec = loadSpec();
  const list = spec.byMethod.get(method.toLowerCase()) ?? [];
  for (const operation of list) {
    const m = operation.regex.exec(rawPath);
    if (!m) continue;
    const params: Record<string, string> = {};
    operation.paramNames.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1]!);
    });
    return { operation, params };
  }
  return { params: {} };
}

/** Coerce a query/path string to what the parameter's schema expects; undefined when impossible. */
function coerce(doc: any, schema: Schema | undefined, value: string): { ok: boolean; value: unknown } {
  const s = schema ? deref(doc, schema) : undefined;
  const type = s?.type;
  if (type === 'integer') return /^-?\d+$/.test(value) ? { ok: true, value: Number(value) } : { ok: false, value };
  if (type === 'number')
    return value.trim() !== '' && !Number.isNaN(Number(value))
      ? { ok: true, value: Number(value) }
      : { ok: false, value };
  if (type === 'boolean')
    return value === 'true' || value === 'false' ? { ok: true, value: value === 'true' } : { ok: false, value };
  if (type === 'array') return { ok: true, value: value.split(',') };
  return { ok: true, value };
}

export function validateRequest(input: ValidateInput): ValidationResult {
  const spec = loadSpec();
  const { operation, params } = findOperation(input.method, input.rawPath);
  if (!operation) {
    return {
      params,
      kind: 'unknown-route',
      errors: [`${input.method.toUpperCase()} ${input.rawPath} matches no operation in GitHub's REST API description`],
    };
  }
  const doc = spec.doc;
  const declared: any[] = operation.raw.parameters ?? [];

  const pathErrors: string[] = [];
  for (const p of declared.filter((p) => p.in === 'path')) {
    const v = params[p.name];
    if (v === undefined || v === '') {
      pathErrors.push(`path parameter "${p.name}" is missing`);
      continue;
    }
    const c = coerce(doc, p.schema, v);
    if (!c.ok)
      pathErrors.push(`path parameter "${p.name}": ${JSON.stringify(v)} is not of type ${deref(doc, p.schema).type}`);
    else if (p.schema) pathErrors.push(...validateSchema(doc, p.schema, c.value, `path.${p.name}`, false));
  }
  if (pathErrors.length) return { operation, params, kind: 'path-param', errors: pathErrors };

  const queryErrors: string[] = [];
  const queryParams = declared.filter((p) => p.in === 'query');
  for (const p of queryParams) {
    const v = input.query[p.name];
    if (v === undefined) {
      if (p.required) queryErrors.push(`query parameter "${p.name}" is required`);
      continue;
    }
    const c = coerce(doc, p.schema, v);
    if (!c.ok)
      queryErrors.push(`query parameter "${p.name}": ${JSON.stringify(v)} is not of type ${deref(doc, p.schema).type}`);
    else if (p.schema) queryErrors.push(...validateSchema(doc, p.schema, c.value, `query.${p.name}`, false));
  }
  if (input.strict) {
    const known = new Set(queryParams.map((p) => p.name));
    for (const k of Object.keys(input.query)) {
      if (!known.has(k)) queryErrors.push(`query parameter "${k}" is not documented for ${operation.operationId}`);
    }
  }
  if (queryErrors.length) return { operation, params, kind: 'query', errors: queryErrors };

  const bodyErrors: string[] = [];
  const rb = operation.raw.requestBody ? deref(doc, operation.raw.requestBody) : undefined;
  if (!rb) {
    const empty =
      !input.hasBody || (input.body && typeof input.body === 'object' && Object.keys(input.body).length === 0);
    if (input.strict && !empty) bodyErrors.push(`${operation.operationId} takes no request body`);
  } else if (!input.hasBody) {
    if (rb.required) bodyErrors.push('request body is required');
  } else {
    const media = rb.content?.['application/json'] ?? rb.content?.[Object.keys(rb.content ?? {})[0] ?? ''];
    if (media?.schema) bodyErrors.push(...validateSchema(doc, media.schema, input.body, 'body', !!input.strict));
  }
  if (bodyErrors.length) return { operation, params, kind: 'body', errors: bodyErrors };
  return { operation, params, errors: [] };
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(expected: string, v: unknown): boolean {
  const t = typeOf(v);
  if (expected === 'number') return t === 'number' || t === 'integer';
  return t === expected;
}

const patternCache = new Map<string, RegExp | null>();
function compilePattern(p: string): RegExp | null {
  if (!patternCache.has(p)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(p, 'u');
    } catch {
      try {
        re = new RegExp(p);
      } catch {
        re = null;
      }
    }
    patternCache.set(p, re);
  }
  return patternCache.get(p)!;
}

/** Validate `value` against an OpenAPI 3.0 schema; returns error strings (empty when valid). */
export function validateSchema(doc: any, schemaNode: Schema, value: unknown, at: string, strict: boolean): string[] {
  const s = deref(doc, schemaNode);
  if (!s || typeof s !== 'object') return [];
  const errors: string[] = [];

  if (value === null) {
    if (s.nullable === true) return [];
    if (Array.isArray(s.enum) && s.enum.includes(null)) return [];
    if (s.type === 'null') return [];
    if (!s.type && !s.oneOf && !s.anyOf && !s.allOf && !s.enum) return [];
    // fall through to report the type error below (oneOf etc. may still allow null)
  }

  if (s.allOf) for (const sub of s.allOf) errors.push(...validateSchema(doc, sub, value, at, false));

  for (const key of ['oneOf', 'anyOf'] as const) {
    if (!s[key]) continue;
    const results = (s[key] as Schema[]).map((sub) => validateSchema(doc, sub, value, at, strict));
    if (results.length === 1) errors.push(...results[0]!);
    else if (!results.some((r) => r.length === 0)) {
      const detail = results.map((r, i) => `  alternative ${i + 1}: ${r.join('; ')}`).join('\n');
      errors.push(`${at}: matches none of the ${key} alternatives\n${detail}`);
    }
  }

  if (s.type) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(t, value))) {
      errors.push(`${at}: ${JSON.stringify(value)} is not of type ${types.join('|')}`);
      return errors;
    }
  } else if (value === null && !s.oneOf && !s.anyOf) {
    errors.push(`${at}: null is not allowed`);
    return errors;
  }

  if (Array.isArray(s.enum) && !s.enum.some((e: unknown) => e === value)) {
    errors.push(
      `${at}: ${JSON.stringify(value)} is not one of ${s.enum.map((e: unknown) => JSON.stringify(e)).join(', ')}`,
    );
  }

  if (typeof value === 'string') {
    const len = [...value].length;
    if (typeof s.minLength === 'number' && len < s.minLength)
      errors.push(`${at}: shorter than ${s.minLength} characters`);
    if (typeof s.maxLength === 'number' && len > s.maxLength)
      errors.push(`${at}: longer than ${s.maxLength} characters`);
    if (typeof s.pattern === 'string') {
      const re = compilePattern(s.pattern);
      if (re && !re.test(value)) errors.push(`${at}: ${JSON.stringify(value)} does not match /${s.pattern}/`);
    }
  }

  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && (s.exclusiveMinimum === true ? value <= s.minimum : value < s.minimum))
      errors.push(`${at}: ${value} is below the minimum ${s.minimum}`);
    if (typeof s.maximum === 'number' && (s.exclusiveMaximum === true ? value >= s.maximum : value > s.maximum))
      errors.push(`${at}: ${value} is above the maximum ${s.maximum}`);
  }

  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems)
      errors.push(`${at}: fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems)
      errors.push(`${at}: more than ${s.maxItems} items`);
    if (s.uniqueItems === true) {
      const seen = new Set(value.map((v) => JSON.stringify(v)));
      if (seen.size !== value.length) errors.push(`${at}: items are not unique`);
    }
    if (s.items) {
      value.forEach((item, i) => {
        errors.push(...validateSchema(doc, s.items, item, `${at}[${i}]`, strict));
      });
    }
  }

  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props: Record<string, Schema> = s.properties ?? {};
    for (const r of s.required ?? []) {
      if (!(r in obj) || obj[r] === undefined) errors.push(`${at}: "${r}" wasn't supplied`);
    }
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined) continue;
      if (props[k]) errors.push(...validateSchema(doc, props[k], v, `${at}.${k}`, strict));
      else if (s.additionalProperties === false) errors.push(`${at}: "${k}" is not a permitted key`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        errors.push(...validateSchema(doc, s.additionalProperties, v, `${at}.${k}`, strict));
      } else if (strict && s.additionalProperties === undefined && s.properties && !s.oneOf && !s.anyOf && !s.allOf) {
        errors.push(`${at}: "${k}" is not a documented property`);
      }
    }
    const n = Object.keys(obj).length;
    if (typeof s.maxProperties === 'number' && n > s.maxProperties)
      errors.push(`${at}: more than ${s.maxProperties} properties`);
    if (typeof s.minProperties === 'number' && n < s.minProperties)
      errors.push(`${at}: fewer than ${s.minProperties} properties`);
  }
  return errors;
}
