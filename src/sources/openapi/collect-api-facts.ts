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

import type {
  ApiFacts,
  ApiSpec,
  HttpMethod,
  Operation,
  Parameter,
  ResponseFact,
  SchemaRef,
  SecurityScheme,
} from '../../facts/model.js';
import { operationTraits } from './operation-traits.js';
import { SchemaCatalog } from './schema-catalog.js';
import { child, type Located, type SpecDocuments } from './spec-documents.js';

export type OpenApiVersion = 'oas2' | 'oas3_0' | 'oas3_1' | 'oas3_2';

export interface SpecInput {
  /** Repo-relative path of the root document. */
  file: string;
  /** Absolute path of the root document. */
  absoluteRef: string;
  parsed: Record<string, unknown>;
  version: OpenApiVersion;
  documents: SpecDocuments;
  /** Repo-relative path for an absolute one. */
  repoPath(absoluteRef: string): string;
}

export interface CollectedSpec {
  facts: ApiFacts;
  /** The first structural oddity met, if any: the caller has the document linted when there is one. */
  suspect?: string;
  /** What a reader of the facts should know about the document (lines in the root file). */
  notices: { message: string; line: number }[];
}

type Record_ = Record<string, unknown>;

/** Path-item keys that are operations, per version (`trace` arrived in 3.0, `query` in 3.2). */
const METHODS_BY_VERSION: Record<OpenApiVersion, readonly string[]> = {
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

const PARAMETER_LOCATIONS = new Set<Parameter['in']>(['path', 'query', 'header', 'cookie']);
const PARAMETER_LOCATIONS_2 = new Set(['path', 'query', 'header', 'body', 'formData']);
const PARAMETER_LOCATIONS_3 = new Set(['path', 'query', 'header', 'cookie', 'querystring']);

export function collectApiFacts(input: SpecInput): CollectedSpec {
  return new SpecReader(input).read();
}

class SpecReader {
  private readonly specId: string;
  private readonly schemas: SchemaCatalog;
  private suspect: string | undefined;
  private readonly notices: { message: string; line: number }[] = [];

  private readonly failuresBefore: number;

  constructor(private readonly input: SpecInput) {
    this.failuresBefore = input.documents.failureCount;
    this.specId = `spec:${input.file}`;
    this.schemas = new SchemaCatalog({
      spec: this.specId,
      version: input.version,
      documents: input.documents,
      source: (at, onKey) => this.source(at, onKey),
    });
  }

  read(): CollectedSpec {
    const root: Located = { node: this.input.parsed, absoluteRef: this.input.absoluteRef, pointer: [] };
    const spec = this.spec(root);
    const operations = [...this.operations(root, 'paths'), ...this.operations(root, 'webhooks')];
    const securitySchemes = this.securitySchemes(root);
    // Every component schema is a fact, referred to or not (a spec is often read for its models).
    const container =
      this.input.version === 'oas2' ? child(root, 'definitions') : child(child(root, 'components'), 'schemas');
    const defined = this.input.documents.follow(container);
    if (defined && isRecord(defined.node))
      for (const name of Object.keys(defined.node)) this.schemas.shape(child(defined, name));
    const facts: ApiFacts = { specs: [spec], operations, securitySchemes, schemas: this.schemas.all() };
    const failed = this.input.documents.failureCount > this.failuresBefore;
    const suspect = this.suspect ?? (failed ? 'unresolvable $ref' : undefined);
    return { facts, notices: this.notices, ...(suspect ? { suspect } : {}) };
  }

  private flag(reason: string): void {
    this.suspect ??= reason;
  }

  private spec(root: Located): ApiSpec {
    const doc = this.input.parsed;
    const info = asRecord(doc.info);
    if (!info || typeof info.title !== 'string' || info.version === undefined) this.flag('info incomplete');
    const versionKey = this.input.version === 'oas2' ? 'swagger' : 'openapi';
    const lines = this.input.documents.file(this.input.absoluteRef)?.lines;
    // YAML reads an unquoted `version: 1.10` as the number 1.1; the text as written is what was meant.
    const asWritten = (pointer: string[], value: unknown) =>
      typeof value === 'number' ? (lines?.scalarSource(pointer) ?? String(value)) : scalarText(value);
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
  private operations(root: Located, key: 'paths' | 'webhooks'): Operation[] {
    if (key === 'webhooks' && this.input.version !== 'oas3_1' && this.input.version !== 'oas3_2') return [];
    const paths = this.input.documents.follow(child(root, key));
    if (!paths) return [];
    if (!isRecord(paths.node)) {
      this.flag(`${key} is not an object`);
      return [];
    }
    const out: Operation[] = [];
    for (const path of Object.keys(paths.node)) {
      if (path.startsWith('x-')) continue;
      out.push(...this.pathItem(paths, path, key === 'webhooks' ? 'webhook' : undefined));
    }
    return out;
  }

  private pathItem(container: Located, path: string, outbound?: 'webhook' | 'callback'): Operation[] {
    const at = child(container, path);
    const item = this.input.documents.follow(at);
    if (!item) return [];
    const reused = item !== at && item.pointer[0] === 'paths' && item.pointer.length === 2;
    if (reused && item.absoluteRef === this.input.absoluteRef) {
      // One path item serving two paths is legal and means what it says, but a count of the
      // document's path × method entries misses it: say why this path has operations.
      this.notices.push({
        message:
          `${path} reuses the path item of ${item.pointer[1]} ($ref): ` +
          'its operations are recorded under both paths',
        line: this.source(at, true).line,
      });
    }
    if (!isRecord(item.node)) {
      this.flag('path item is not an object');
      return [];
    }
    for (const k of Object.keys(item.node))
      if (!PATH_ITEM_KEYS.has(k) && !k.startsWith('x-')) this.flag(`path key ${k}`);
    const pathParameters = this.parameterList(child(item, 'parameters'));
    const out: Operation[] = [];
    for (const key of METHODS_BY_VERSION[this.input.version]) {
      const op = child(item, key);
      if (op.node === undefined) continue;
      if (!isRecord(op.node)) {
        this.flag('operation is not an object');
        continue;
      }
      out.push(this.operation(path, key.toUpperCase() as HttpMethod, op, pathParameters, outbound));
    }
    return out;
  }

  private operation(
    path: string,
    method: HttpMethod,
    op: Located,
    pathParameters: Located[],
    outbound?: 'webhook' | 'callback',
  ): Operation {
    const node = op.node as Record_;
    for (const k of Object.keys(node))
      if (!OPERATION_KEYS.has(k) && !k.startsWith('x-')) this.flag(`operation key ${k}`);
    if (node.responses === undefined && (this.input.version === 'oas2' || this.input.version === 'oas3_0'))
      this.flag('no responses');
    const doc = this.input.parsed;
    const merged = mergeParameters(pathParameters, this.parameterList(child(op, 'parameters')));
    const parameters: Parameter[] = [];
    for (const p of merged) {
      const fact = this.parameter(p);
      if (fact) parameters.push(fact);
    }
    const requestBody =
      this.input.version === 'oas2'
        ? this.swaggerRequestBody(node, merged)
        : this.requestBody(child(op, 'requestBody'));
    const operation: Operation = {
      id: outbound === 'webhook' ? `webhook:${method} ${path}` : `op:${method} ${path}`,
      protocol: 'http',
      method,
      path,
      tags: Array.isArray(node.tags) ? node.tags.filter((t): t is string => typeof t === 'string') : [],
      // `security: []` on the operation means "public" and wins over the document's default.
      security: securityAlternatives(node.security) ?? securityAlternatives(doc.security) ?? [],
      parameters,
      responses: this.responses(child(op, 'responses'), node),
      deprecated: node.deprecated === true,
      spec: this.specId,
      source: this.source(op, true),
    };
    const operationId = asString(node.operationId);
    if (operationId !== undefined) operation.operationId = operationId;
    const summary = asString(node.summary);
    if (summary !== undefined) operation.summary = summary;
    if (requestBody) operation.requestBody = requestBody;
    if (outbound) operation.outbound = outbound;
    const callbacks = this.callbacks(child(op, 'callbacks'));
    if (callbacks.length > 0) operation.callbacks = callbacks;
    const extensions = Object.entries(node).filter(([k]) => k.startsWith('x-'));
    if (extensions.length > 0) operation.extensions = Object.fromEntries(extensions);
    Object.assign(operation, operationTraits(operation));
    return operation;
  }

  /** `name: METHOD expression` for each operation of each callback the operation registers. */
  private callbacks(at: Located): string[] {
    const callbacks = this.input.documents.follow(at);
    if (!callbacks || !isRecord(callbacks.node)) return [];
    const out: string[] = [];
    for (const name of Object.keys(callbacks.node)) {
      if (name.startsWith('x-')) continue;
      const callback = this.input.documents.follow(child(callbacks, name));
      if (!callback || !isRecord(callback.node)) continue;
      for (const expression of Object.keys(callback.node)) {
        const item = this.input.documents.follow(child(callback, expression));
        if (!item || !isRecord(item.node)) continue;
        for (const key of METHODS_BY_VERSION[this.input.version])
          if (isRecord(item.node[key])) out.push(`${name}: ${key.toUpperCase()} ${expression}`);
      }
    }
    return out;
  }

  /** The resolved entries of a `parameters` list; unresolvable ones are left out (and reported). */
  private parameterList(list: Located): Located[] {
    if (list.node === undefined) return [];
    if (!Array.isArray(list.node)) {
      this.flag('parameters is not a list');
      return [];
    }
    const out: Located[] = [];
    list.node.forEach((_, i) => {
      const p = this.input.documents.follow(child(list, String(i)));
      if (p && isRecord(p.node)) out.push(p);
    });
    return out;
  }

  private parameter(p: Located): Parameter | undefined {
    const node = p.node as Record_;
    const name = asString(node.name);
    const where = asString(node.in);
    const known = this.input.version === 'oas2' ? PARAMETER_LOCATIONS_2 : PARAMETER_LOCATIONS_3;
    if (name === undefined || where === undefined || !known.has(where)) this.flag('parameter name or location');
    if (this.input.version !== 'oas2' && node.schema === undefined && node.content === undefined)
      this.flag('parameter without schema or content');
    // 2.0 `body`/`formData` are request bodies; 3.2 `querystring` has no place in the model.
    if (name === undefined || where === undefined || !PARAMETER_LOCATIONS.has(where as Parameter['in']))
      return undefined;
    const fact: Parameter = { name, in: where as Parameter['in'], required: node.required === true };
    const schema = this.input.version === 'oas2' ? p : this.parameterSchema(p);
    const shape = schema ? this.schemas.inline(schema) : undefined;
    if (shape) {
      fact.type = shape.type;
      if (shape.enum) fact.enum = shape.enum;
    }
    if (node.deprecated === true) fact.deprecated = true;
    return fact;
  }

  private parameterSchema(p: Located): Located | undefined {
    const node = p.node as Record_;
    if (node.schema !== undefined) return child(p, 'schema');
    // A parameter may describe itself with `content` (one media type) instead of `schema`.
    const content = asRecord(node.content);
    const first = content ? Object.keys(content)[0] : undefined;
    return first === undefined ? undefined : child(child(child(p, 'content'), first), 'schema');
  }

  private requestBody(body: Located): Operation['requestBody'] {
    const resolved = this.input.documents.follow(body);
    const node = resolved ? asRecord(resolved.node) : undefined;
    if (!resolved || !node) return undefined;
    const out: NonNullable<Operation['requestBody']> = {
      required: node.required === true,
      contentTypes: Object.keys(asRecord(node.content) ?? {}),
    };
    const schema = this.mediaSchema(child(resolved, 'content'));
    if (schema) out.schema = schema;
    return out;
  }

  /** The shape of a `content` map: its JSON media type's schema, else the first that has one. */
  private mediaSchema(content: Located): SchemaRef | undefined {
    const map = asRecord(content.node);
    if (!map) return undefined;
    const types = Object.keys(map).filter((t) => isRecord(map[t]) && (map[t] as Record_).schema !== undefined);
    const chosen = types.find((t) => /[/+]json\b/i.test(t)) ?? types[0];
    return chosen === undefined ? undefined : this.schemas.shape(child(child(content, chosen), 'schema'));
  }

  /** 2.0 has no requestBody: a `body` parameter, or `formData` parameters, play its part. */
  private swaggerRequestBody(op: Record_, parameters: Located[]): Operation['requestBody'] {
    const body = parameters.find((p) => (p.node as Record_).in === 'body');
    const form = parameters.filter((p) => (p.node as Record_).in === 'formData');
    const consumes = mediaTypes(op.consumes) ?? mediaTypes(this.input.parsed.consumes);
    if (body) {
      const out: NonNullable<Operation['requestBody']> = {
        required: (body.node as Record_).required === true,
        contentTypes: consumes ?? [],
      };
      const schema = this.schemas.shape(child(body, 'schema'));
      if (schema) out.schema = schema;
      return out;
    }
    if (form.length > 0) {
      // 2.0's defaults: a file upload is multipart, other forms are url-encoded.
      const fallback = form.some((p) => (p.node as Record_).type === 'file')
        ? 'multipart/form-data'
        : 'application/x-www-form-urlencoded';
      return {
        required: form.some((p) => (p.node as Record_).required === true),
        contentTypes: consumes ?? [fallback],
        schema: { type: 'object', properties: this.schemas.formFields(form) },
      };
    }
    return undefined;
  }

  private responses(responses: Located, op: Record_): ResponseFact[] {
    const resolvedResponses = this.input.documents.follow(responses);
    const map = resolvedResponses ? asRecord(resolvedResponses.node) : undefined;
    if (!resolvedResponses || !map) return [];
    const produces = mediaTypes(op.produces) ?? mediaTypes(this.input.parsed.produces) ?? [];
    const out: ResponseFact[] = [];
    for (const status of Object.keys(map)) {
      if (status.startsWith('x-')) continue;
      const response = this.input.documents.follow(child(resolvedResponses, status));
      const node = response ? asRecord(response.node) : undefined;
      if (!response || !node) continue;
      if (node.description === undefined && this.input.version !== 'oas3_2') this.flag('response description');
      const oas2 = this.input.version === 'oas2';
      const fact: ResponseFact = {
        status,
        contentTypes: oas2 ? (node.schema !== undefined ? produces : []) : Object.keys(asRecord(node.content) ?? {}),
      };
      const description = asString(node.description);
      if (description !== undefined) fact.description = description;
      const schema = oas2
        ? this.schemas.shape(child(response, 'schema'))
        : this.mediaSchema(child(response, 'content'));
      if (schema) fact.schema = schema;
      const headers = Object.keys(asRecord(node.headers) ?? {});
      if (headers.length > 0) fact.headers = headers;
      out.push(fact);
    }
    return out;
  }

  // ------------------------------------------------------------ security schemes

  private securitySchemes(root: Located): SecurityScheme[] {
    const container =
      this.input.version === 'oas2'
        ? child(root, 'securityDefinitions')
        : child(child(root, 'components'), 'securitySchemes');
    const schemes = this.input.documents.follow(container);
    if (!schemes || !isRecord(schemes.node)) return [];
    const out: SecurityScheme[] = [];
    for (const name of Object.keys(schemes.node)) {
      if (name.startsWith('x-')) continue;
      const at = child(schemes, name);
      const resolved = this.input.documents.follow(at);
      const node = resolved ? asRecord(resolved.node) : undefined;
      if (!node) continue;
      const { type, detail } = describeScheme(node);
      const fact: SecurityScheme = {
        id: `scheme:${name}`,
        name,
        type,
        spec: this.specId,
        source: this.source(at, true),
      };
      if (detail !== undefined) fact.detail = detail;
      out.push(fact);
    }
    return out;
  }

  // ------------------------------------------------------------ positions

  private source(at: Located, onKey: boolean): { file: string; line: number } {
    const lines = this.input.documents.file(at.absoluteRef)?.lines;
    return { file: this.input.repoPath(at.absoluteRef), line: lines ? lines.lineOf(at.pointer, onKey) : 1 };
  }
}

// ---------------------------------------------------------------- helpers

/** Path-level parameters overridden by operation-level ones with the same name and location. */
function mergeParameters(pathLevel: Located[], opLevel: Located[]): Located[] {
  const key = (p: Located) => {
    const n = p.node as Record_;
    return `${String(n.in)}\u0000${String(n.name)}`;
  };
  const merged = new Map<string, Located>();
  for (const p of pathLevel) merged.set(key(p), p);
  for (const p of opLevel) merged.set(key(p), p);
  return [...merged.values()];
}

/** `[{a: [], b: []}, {c: []}]` → `[['a', 'b'], ['c']]`; `undefined` when not given at this level. */
function securityAlternatives(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((requirement) => Object.keys(asRecord(requirement) ?? {}));
}

function describeScheme(node: Record_): { type: string; detail?: string } {
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
      if (flow) return { type, detail: `flow: ${flow}` };
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

function openApiServers(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((s) => asString(asRecord(s)?.url)).filter((u): u is string => u !== undefined);
}

/** 2.0 spreads the base URL over `schemes`, `host` and `basePath`. */
function swaggerServers(doc: Record_): string[] {
  const host = asString(doc.host);
  const basePath = asString(doc.basePath) ?? '';
  if (!host) return basePath ? [basePath] : [];
  const schemes = Array.isArray(doc.schemes) ? doc.schemes.filter((s): s is string => typeof s === 'string') : [];
  // Without `schemes` the API uses the scheme the spec was fetched with: a scheme-relative URL says so.
  if (schemes.length === 0) return [`//${host}${basePath}`];
  return schemes.map((scheme) => `${scheme}://${host}${basePath}`);
}

function mediaTypes(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record_ | undefined {
  return isRecord(value) ? value : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
