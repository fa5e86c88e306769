// Reads one parsed, ref-resolved OpenAPI document (2.0, 3.0, 3.1 or 3.2) into API facts.
//
// It walks the document as written and follows `$ref`s through Redocly's resolved-ref map rather
// than working on a dereferenced copy, so it always knows which file and JSON pointer it is
// looking at. That is what lets an operation defined in `paths/orders.yaml` (through a path-item
// `$ref`) cite that file and line, and what keeps circular schemas harmless: only the few levels
// the facts need (path items, operations, parameters, bodies, responses) are ever followed.

import type { ResolvedRefMap } from '@redocly/openapi-core';
import type {
  ApiFacts,
  ApiSpec,
  HttpMethod,
  Operation,
  Parameter,
  ResponseFact,
  SecurityScheme,
} from '../../facts/model.js';
import { pointerSegments, type PointerLines } from './pointer-lines.js';

export type OpenApiVersion = 'oas2' | 'oas3_0' | 'oas3_1' | 'oas3_2';

export interface SpecInput {
  /** Repo-relative path of the root document. */
  file: string;
  /** Absolute path of the root document (Redocly's name for it). */
  absoluteRef: string;
  parsed: Record<string, unknown>;
  version: OpenApiVersion;
  refMap: ResolvedRefMap;
  /** Positions for any file the document reaches; `undefined` if the file cannot be parsed. */
  linesFor(absoluteRef: string): PointerLines | undefined;
  /** Repo-relative path for an absolute one. */
  repoPath(absoluteRef: string): string;
}

/** A node together with where it was found: needed to resolve refs relative to it and to cite it. */
interface Located {
  node: unknown;
  absoluteRef: string;
  pointer: string[];
}

type Record_ = Record<string, unknown>;

/** Path-item keys that are operations, per version (`trace` arrived in 3.0, `query` in 3.2). */
const METHODS_BY_VERSION: Record<OpenApiVersion, readonly string[]> = {
  oas2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'],
  oas3_0: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
  oas3_1: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
  oas3_2: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'],
};

const PARAMETER_LOCATIONS = new Set<Parameter['in']>(['path', 'query', 'header', 'cookie']);

/** A ref chain longer than this is treated as unresolvable (it is a loop Redocly let through). */
const MAX_REF_HOPS = 32;

export function collectApiFacts(input: SpecInput): ApiFacts {
  const reader = new SpecReader(input);
  return reader.read();
}

class SpecReader {
  private readonly specId: string;

  constructor(private readonly input: SpecInput) {
    this.specId = `spec:${input.file}`;
  }

  read(): ApiFacts {
    const root: Located = { node: this.input.parsed, absoluteRef: this.input.absoluteRef, pointer: [] };
    return {
      specs: [this.spec(root)],
      operations: this.operations(root),
      securitySchemes: this.securitySchemes(root),
    };
  }

  private spec(root: Located): ApiSpec {
    const doc = this.input.parsed;
    const info = asRecord(doc.info) ?? {};
    const versionKey = this.input.version === 'oas2' ? 'swagger' : 'openapi';
    const lines = this.input.linesFor(this.input.absoluteRef);
    // YAML reads an unquoted `version: 1.10` as the number 1.1; the text as written is what was meant.
    const asWritten = (pointer: string[], value: unknown) =>
      typeof value === 'number' ? (lines?.scalarSource(pointer) ?? String(value)) : scalarText(value);
    return {
      id: this.specId,
      protocol: 'http',
      file: this.input.file,
      title: asString(info.title) ?? '',
      version: asWritten(['info', 'version'], info.version) ?? '',
      specVersion: asWritten([versionKey], doc[versionKey]) ?? '',
      servers: this.input.version === 'oas2' ? swaggerServers(doc) : openApiServers(doc.servers),
      source: this.source(child(root, versionKey), true),
    };
  }

  // ------------------------------------------------------------ operations

  private operations(root: Located): Operation[] {
    const paths = this.follow(child(root, 'paths'));
    if (!paths || !asRecord(paths.node)) return [];
    const out: Operation[] = [];
    for (const path of Object.keys(paths.node as Record_)) {
      if (path.startsWith('x-')) continue;
      const item = this.follow(child(paths, path));
      if (!item || !asRecord(item.node)) continue;
      const pathParameters = this.parameterList(child(item, 'parameters'));
      for (const key of METHODS_BY_VERSION[this.input.version]) {
        const op = child(item, key);
        if (!asRecord(op.node)) continue;
        out.push(this.operation(path, key.toUpperCase() as HttpMethod, op, pathParameters));
      }
    }
    return out;
  }

  private operation(path: string, method: HttpMethod, op: Located, pathParameters: Located[]): Operation {
    const node = op.node as Record_;
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
      id: `op:${method} ${path}`,
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
    return operation;
  }

  /** The resolved entries of a `parameters` list; unresolvable ones are left out (lint reports them). */
  private parameterList(list: Located): Located[] {
    if (!Array.isArray(list.node)) return [];
    const out: Located[] = [];
    list.node.forEach((_, i) => {
      const p = this.follow(child(list, String(i)));
      if (p && asRecord(p.node)) out.push(p);
    });
    return out;
  }

  private parameter(p: Located): Parameter | undefined {
    const node = p.node as Record_;
    const name = asString(node.name);
    const where = asString(node.in) as Parameter['in'] | undefined;
    // 2.0 `body`/`formData` are request bodies; 3.2 `querystring` has no place in the model.
    if (name === undefined || where === undefined || !PARAMETER_LOCATIONS.has(where)) return undefined;
    const fact: Parameter = { name, in: where, required: node.required === true };
    const type = this.input.version === 'oas2' ? swaggerParameterType(node) : this.parameterSchemaType(p);
    if (type) fact.type = type;
    return fact;
  }

  private parameterSchemaType(p: Located): string | undefined {
    const node = p.node as Record_;
    if (node.schema !== undefined) return this.schemaType(child(p, 'schema'));
    // A parameter may describe itself with `content` (one media type) instead of `schema`.
    const content = asRecord(node.content);
    const first = content ? Object.keys(content)[0] : undefined;
    return first === undefined ? undefined : this.schemaType(child(child(child(p, 'content'), first), 'schema'));
  }

  /** A short type label: `integer`, `string|null` (3.1 type lists), `array<string>`, or a schema name. */
  private schemaType(schema: Located, depth = 0): string | undefined {
    const resolved = this.follow(schema);
    const node = resolved ? asRecord(resolved.node) : undefined;
    if (!resolved || !node) return undefined;
    let type: string | undefined;
    if (typeof node.type === 'string') type = node.type;
    else if (Array.isArray(node.type)) type = node.type.filter((t) => typeof t === 'string').join('|') || undefined;
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

  private requestBody(body: Located): Operation['requestBody'] {
    const resolved = this.follow(body);
    const node = resolved ? asRecord(resolved.node) : undefined;
    if (!node) return undefined;
    return { required: node.required === true, contentTypes: Object.keys(asRecord(node.content) ?? {}) };
  }

  /** 2.0 has no requestBody: a `body` parameter, or `formData` parameters, play its part. */
  private swaggerRequestBody(op: Record_, parameters: Located[]): Operation['requestBody'] {
    const params = parameters.map((p) => p.node as Record_);
    const body = params.find((p) => p.in === 'body');
    const form = params.filter((p) => p.in === 'formData');
    const consumes = mediaTypes(op.consumes) ?? mediaTypes(this.input.parsed.consumes);
    if (body) return { required: body.required === true, contentTypes: consumes ?? [] };
    if (form.length > 0) {
      // 2.0's defaults: a file upload is multipart, other forms are url-encoded.
      const fallback = form.some((p) => p.type === 'file')
        ? 'multipart/form-data'
        : 'application/x-www-form-urlencoded';
      return { required: form.some((p) => p.required === true), contentTypes: consumes ?? [fallback] };
    }
    return undefined;
  }

  private responses(responses: Located, op: Record_): ResponseFact[] {
    const resolvedResponses = this.follow(responses);
    const map = resolvedResponses ? asRecord(resolvedResponses.node) : undefined;
    if (!resolvedResponses || !map) return [];
    const produces = mediaTypes(op.produces) ?? mediaTypes(this.input.parsed.produces) ?? [];
    const out: ResponseFact[] = [];
    for (const status of Object.keys(map)) {
      if (status.startsWith('x-')) continue;
      const response = this.follow(child(resolvedResponses, status));
      const node = response ? asRecord(response.node) : undefined;
      if (!node) continue;
      const fact: ResponseFact = {
        status,
        contentTypes:
          this.input.version === 'oas2'
            ? node.schema !== undefined
              ? produces
              : []
            : Object.keys(asRecord(node.content) ?? {}),
      };
      const description = asString(node.description);
      if (description !== undefined) fact.description = description;
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
    const schemes = this.follow(container);
    if (!schemes || !asRecord(schemes.node)) return [];
    const out: SecurityScheme[] = [];
    for (const name of Object.keys(schemes.node as Record_)) {
      if (name.startsWith('x-')) continue;
      const at = child(schemes, name);
      const resolved = this.follow(at);
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

  // ------------------------------------------------------------ refs and positions

  /** Follows `$ref`s from a node to what they name, keeping track of file and pointer. */
  private follow(at: Located): Located | undefined {
    let current = at;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const node = asRecord(current.node);
      if (!node || typeof node.$ref !== 'string') return current.node === undefined ? undefined : current;
      const hit = this.input.refMap.get(`${current.absoluteRef}::${node.$ref}`);
      if (!hit?.resolved || hit.node === undefined) return undefined;
      current = {
        node: hit.node,
        absoluteRef: hit.document.source.absoluteRef,
        pointer: pointerSegments(hit.nodePointer),
      };
    }
    return undefined;
  }

  private source(at: Located, onKey: boolean): { file: string; line: number } {
    const lines = this.input.linesFor(at.absoluteRef);
    return { file: this.input.repoPath(at.absoluteRef), line: lines ? lines.lineOf(at.pointer, onKey) : 1 };
  }
}

// ---------------------------------------------------------------- helpers

function child(at: Located, key: string): Located {
  const node = at.node;
  let value: unknown;
  if (Array.isArray(node)) value = node[Number(key)];
  else if (asRecord(node)) value = (node as Record_)[key];
  return { node: value, absoluteRef: at.absoluteRef, pointer: [...at.pointer, key] };
}

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

function swaggerParameterType(node: Record_): string | undefined {
  const type = asString(node.type);
  if (type === 'array') {
    const items = asString(asRecord(node.items)?.type);
    return items ? `array<${items}>` : 'array';
  }
  return type;
}

function mediaTypes(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function asRecord(value: unknown): Record_ | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record_) : undefined;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
