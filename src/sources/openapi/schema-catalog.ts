// The named schemas of one OpenAPI document, and the shape of every body, parameter and property.
//
// A named schema (`components/schemas/Order`, 2.0's `definitions/Order`, or a whole file reached
// by `$ref: ./schemas/order.yaml`) becomes one `ApiSchema` fact, described once; whatever refers
// to it only names it (`type: Order`). That is what keeps GitHub's description (900 schemas, each
// referred to from dozens of operations) small, and circular schemas finite. Inline objects are
// flattened into dotted property paths (`address.city`, `lines[].sku`) a few levels deep, which
// is what change rules compare and what a reader of the API doc wants to see.

import type { ApiSchema, SchemaProperty, SchemaRef, SourceLocation } from '../../facts/model.js';
import type { OpenApiVersion } from './collect-api-facts.js';
import { child, type Located, type SpecDocuments } from './spec-documents.js';

type Record_ = Record<string, unknown>;

/** Inline objects nested deeper than this are named `object`, their properties left out. */
const MAX_DEPTH = 3;
/** A schema with more rows than this is cut (a generated model with hundreds of fields). */
const MAX_PROPERTIES = 200;

/** A shape with what a property row also wants to know of it. */
interface Shape extends SchemaRef {
  enum?: string[];
  nullable?: boolean;
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  kind?: ApiSchema['kind'];
}

export interface CatalogInput {
  spec: string;
  version: OpenApiVersion;
  documents: SpecDocuments;
  source(at: Located, onKey: boolean): SourceLocation;
}

export class SchemaCatalog {
  /** Named schemas by location (`file#pointer`). */
  private readonly byLocation = new Map<string, ApiSchema>();
  private readonly names = new Set<string>();
  /** Shapes being described: a schema that contains itself is named, not described again. */
  private readonly describing = new Set<string>();

  constructor(private readonly input: CatalogInput) {}

  all(): ApiSchema[] {
    return [...this.byLocation.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The shape of a body or property schema: a named schema by name, anything else described. */
  shape(at: Located, depth = 0): SchemaRef | undefined {
    const s = this.shapeOf(at, depth);
    if (!s) return undefined;
    const out: SchemaRef = { type: s.type };
    if (s.properties && s.properties.length > 0) out.properties = s.properties;
    if (s.oneOf) out.oneOf = s.oneOf;
    return out;
  }

  /** A parameter's type and enum: primitive types see through refs (a `Limit` schema is `integer`). */
  inline(at: Located): { type: string; enum?: string[] } | undefined {
    const resolved = this.input.documents.follow(at);
    if (!resolved || !isRecord(resolved.node)) return undefined;
    const primitive = typeLabel(resolved.node, this.input.version);
    const s =
      primitive && primitive !== 'object' && primitive !== 'array'
        ? this.describeNode(resolved, MAX_DEPTH)
        : this.shapeOf(at, MAX_DEPTH);
    if (!s) return undefined;
    return s.enum ? { type: s.type, enum: s.enum } : { type: s.type };
  }

  /** 2.0 `formData` parameters as the properties of the body they make up. */
  formFields(form: Located[]): SchemaProperty[] {
    return form.map((p) => {
      const node = p.node as Record_;
      const s = this.describeNode(p, MAX_DEPTH);
      const row: SchemaProperty = { name: String(node.name), type: s.type, required: node.required === true };
      if (s.enum) row.enum = s.enum;
      return row;
    });
  }

  // ------------------------------------------------------------ named schemas

  private shapeOf(at: Located, depth: number): Shape | undefined {
    if (at.node === undefined) return undefined;
    const named = this.namedTarget(at);
    if (named) {
      const schema = this.describeNamed(named.at, named.name);
      const s: Shape = { type: schema.name };
      const resolved = this.input.documents.follow(named.at);
      if (resolved && isRecord(resolved.node)) Object.assign(s, flags(resolved.node, this.input.version));
      return s;
    }
    const resolved = this.input.documents.follow(at);
    return resolved ? this.describeNode(resolved, depth) : undefined;
  }

  /** Whether `at` is, or refers (through refs) to, a named schema; with the name it goes by. */
  private namedTarget(at: Located): { at: Located; name: string } | undefined {
    let current: Located | undefined = at;
    for (let hop = 0; current && hop < 32; hop++) {
      const name = this.nameAt(current, current !== at);
      if (name) return { at: current, name };
      const node = current.node;
      if (!isRecord(node) || typeof node.$ref !== 'string') return undefined;
      current = this.input.documents.hop(current);
    }
    return undefined;
  }

  /** The name of the schema at a location, when it is a named one. */
  private nameAt(at: Located, reachedByRef: boolean): string | undefined {
    const p = at.pointer;
    if (p.length === 3 && p[0] === 'components' && p[1] === 'schemas') return p[2];
    if (p.length === 2 && p[0] === 'definitions') return p[1];
    if (!reachedByRef) return undefined;
    // A whole file, or a top-level entry of a file of schemas (`schemas.yaml#/Order`).
    if (p.length === 0) return baseName(at.absoluteRef);
    if (p.length === 1) return p[0];
    return undefined;
  }

  private describeNamed(at: Located, name: string): ApiSchema {
    const key = `${at.absoluteRef}#${at.pointer.join('/')}`;
    const known = this.byLocation.get(key);
    if (known) return known;
    const source = this.input.source(at, true);
    // The same name in two files (an `Error` schema each) keeps both: the later one qualified.
    const unique = this.names.has(name) ? `${name} (${source.file})` : name;
    this.names.add(unique);
    const schema: ApiSchema = {
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
    if (resolved && isRecord(resolved.node)) {
      this.describing.add(key);
      const s = this.describeNode(resolved, 0);
      this.describing.delete(key);
      schema.kind = s.kind ?? 'other';
      if (s.properties) schema.properties = s.properties;
      if (s.enum) schema.values = s.enum;
      else if (s.oneOf) schema.values = s.oneOf;
      if (s.deprecated) schema.deprecated = true;
    }
    return schema;
  }

  // ------------------------------------------------------------ describing a schema object

  private describeNode(at: Located, depth: number): Shape {
    const node = at.node;
    if (!isRecord(node)) return { type: node === true ? 'any' : 'unknown' };
    const base = flags(node, this.input.version);
    const composed = this.composition(at, node, depth);
    if (composed) return { ...composed, ...base, ...(composed.nullable ? { nullable: true } : {}) };
    const type = typeLabel(node, this.input.version);
    if (type === 'array' || (type === undefined && node.items !== undefined)) {
      const items = this.shapeOf(child(at, 'items'), depth + 1);
      const s: Shape = { ...base, type: `array<${items?.type ?? 'unknown'}>`, kind: 'array' };
      if (items?.properties && !this.isNamed(child(at, 'items')))
        s.properties = items.properties.map((p) => ({ ...p, name: `[].${p.name}` }));
      return s;
    }
    if (type === 'object' || node.properties !== undefined) {
      const s: Shape = { ...base, type: 'object', kind: 'object' };
      if (depth < MAX_DEPTH) {
        const rows = this.properties(at, depth);
        if (rows.length > 0) s.properties = rows;
      }
      return s;
    }
    const s: Shape = { ...base, type: type ?? 'any', kind: base.enum ? 'enum' : type ? 'scalar' : 'other' };
    if (base.nullable && type && !type.includes('null')) s.type = `${type}|null`;
    return s;
  }

  /** allOf merges its parts' properties; oneOf/anyOf name the alternatives. */
  private composition(at: Located, node: Record_, depth: number): Shape | undefined {
    if (Array.isArray(node.allOf)) {
      const parts = node.allOf.map((_, i) => child(child(at, 'allOf'), String(i)));
      // `allOf: [$ref]` with nothing else is a named schema with a local description.
      if (parts.length === 1 && node.properties === undefined) return this.shapeOf(parts[0]!, depth);
      const rows: SchemaProperty[] = [];
      for (const part of parts) rows.push(...this.partProperties(part, depth));
      if (node.properties !== undefined && depth < MAX_DEPTH) rows.push(...this.properties(at, depth));
      const required = new Set(
        [node, ...parts.map((p) => this.input.documents.follow(p)?.node)]
          .flatMap((n) => (isRecord(n) && Array.isArray(n.required) ? n.required : []))
          .filter((r): r is string => typeof r === 'string'),
      );
      const merged = new Map<string, SchemaProperty>();
      for (const row of rows) merged.set(row.name, required.has(row.name) ? { ...row, required: true } : row);
      const s: Shape = { type: 'object', kind: 'object' };
      if (merged.size > 0) s.properties = [...merged.values()].slice(0, MAX_PROPERTIES);
      return s;
    }
    const alternatives = Array.isArray(node.oneOf) ? 'oneOf' : Array.isArray(node.anyOf) ? 'anyOf' : undefined;
    if (!alternatives) return undefined;
    const list = node[alternatives] as unknown[];
    const types = list.map(
      (_, i) => this.shapeOf(child(child(at, alternatives), String(i)), depth + 1)?.type ?? 'unknown',
    );
    const nonNull = types.filter((t) => t !== 'null');
    // `oneOf: [X, {type: null}]` is how 3.1 writes "an X or null".
    if (nonNull.length === 1) {
      const only = list.findIndex((_, i) => types[i] !== 'null');
      const s = this.shapeOf(child(child(at, alternatives), String(only)), depth);
      return s ? { ...s, nullable: s.nullable || nonNull.length < types.length } : undefined;
    }
    const s: Shape = { type: `${alternatives}<${nonNull.join('|')}>`, oneOf: nonNull, kind: 'union' };
    if (nonNull.length < types.length) s.nullable = true;
    return s;
  }

  /** The rows an allOf part contributes: a named part's properties, an inline part's own. */
  private partProperties(part: Located, depth: number): SchemaProperty[] {
    const named = this.namedTarget(part);
    if (named) {
      const key = `${named.at.absoluteRef}#${named.at.pointer.join('/')}`;
      if (this.describing.has(key)) return [];
      return this.describeNamed(named.at, named.name).properties;
    }
    const resolved = this.input.documents.follow(part);
    return resolved ? (this.describeNode(resolved, depth).properties ?? []) : [];
  }

  private properties(at: Located, depth: number): SchemaProperty[] {
    const node = at.node as Record_;
    const props = this.input.documents.follow(child(at, 'properties'));
    if (!props || !isRecord(props.node)) return [];
    const required = new Set(Array.isArray(node.required) ? node.required.filter((r) => typeof r === 'string') : []);
    const rows: SchemaProperty[] = [];
    for (const name of Object.keys(props.node)) {
      if (rows.length >= MAX_PROPERTIES) break;
      const propAt = child(props, name);
      const s = this.shapeOf(propAt, depth + 1);
      if (!s) continue;
      const row: SchemaProperty = { name, type: s.type, required: required.has(name) };
      if (s.nullable) row.nullable = true;
      if (s.enum) row.enum = s.enum;
      if (s.deprecated) row.deprecated = true;
      if (s.readOnly) row.readOnly = true;
      if (s.writeOnly) row.writeOnly = true;
      rows.push(row);
      // A named schema's properties are its own fact; an inline object's are listed under it.
      if (s.properties && !this.isNamed(propAt))
        for (const nested of s.properties)
          rows.push({ ...nested, name: `${name}${nested.name.startsWith('[]') ? '' : '.'}${nested.name}` });
    }
    return rows.slice(0, MAX_PROPERTIES);
  }

  private isNamed(at: Located): boolean {
    return this.namedTarget(at) !== undefined;
  }
}

/** The schema's type as a label: `integer`, `string|null` (3.1 type lists), `undefined` when untyped. */
function typeLabel(node: Record_, version: OpenApiVersion): string | undefined {
  if (typeof node.type === 'string') return node.type === 'file' && version === 'oas2' ? 'file' : node.type;
  if (Array.isArray(node.type)) {
    const types = node.type.filter((t): t is string => typeof t === 'string');
    // `[string, null]` is a nullable string: the row says `nullable`, the type stays `string|null`.
    return types.length > 0 ? types.join('|') : undefined;
  }
  return undefined;
}

/** What a property row keeps of a schema besides its type. */
function flags(node: Record_, version: OpenApiVersion): Omit<Shape, 'type'> {
  const out: Omit<Shape, 'type'> = {};
  if (Array.isArray(node.enum)) {
    const values = node.enum.filter((v) => v !== null).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
    if (values.length > 0) out.enum = values;
  }
  const typeList = Array.isArray(node.type) && node.type.includes('null');
  // 3.0's `nullable: true`, 2.0's `x-nullable`, 3.1's `null` in the type list.
  if (node.nullable === true || node['x-nullable'] === true || typeList) out.nullable = true;
  if (node.deprecated === true) out.deprecated = true;
  if (node.readOnly === true) out.readOnly = true;
  if (node.writeOnly === true && version !== 'oas2') out.writeOnly = true;
  return out;
}

function baseName(absoluteRef: string): string {
  const file = absoluteRef.split(/[\\/]/).pop() ?? absoluteRef;
  return file.replace(/\.(ya?ml|json)$/i, '');
}

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
