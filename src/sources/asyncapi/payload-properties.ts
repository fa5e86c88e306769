// A message payload's JSON Schema, as the fact model's properties: nested inline objects flattened
// with dots (`address.city`), array items with `[]` (`lines[].sku`). A property that is a named
// component schema is named by its type, not unfolded: that schema is a fact of its own.

import type { SchemaProperty, SchemaRef } from '../../facts/model.js';

type Json = Record<string, unknown>;

/** Inline objects deeper than this are cut: payloads that deep are generated, and cycles stop here. */
const MAX_DEPTH = 6;

/** @asyncapi/parser marks every schema with its component name, or `<anonymous-schema-N>`. */
export function schemaName(schema: unknown): string | undefined {
  const id = isObject(schema) ? schema['x-parser-schema-id'] : undefined;
  return typeof id === 'string' && !id.startsWith('<') ? id : undefined;
}

/** The payload as a SchemaRef: a named schema by name, an inline one with its properties. */
export function payloadRef(schema: unknown): SchemaRef | undefined {
  if (!isObject(schema)) return undefined;
  const name = schemaName(schema);
  if (name) return { type: name };
  const ref: SchemaRef = { type: typeLabel(schema, false) };
  const alternatives = (schema.oneOf ?? schema.anyOf) as unknown;
  if (Array.isArray(alternatives)) ref.oneOf = alternatives.map((a) => typeLabel(a, true));
  const properties = schemaProperties(schema);
  if (properties.length > 0) ref.properties = properties;
  return ref;
}

/** The properties of an object schema, flattened, sorted by name. */
export function schemaProperties(schema: unknown): SchemaProperty[] {
  const out: SchemaProperty[] = [];
  collect(schema, '', out, 0);
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `object`, `string`, `array<Order>`, a component name when `named`. */
export function typeLabel(schema: unknown, named: boolean): string {
  if (!isObject(schema)) return 'any';
  const name = named ? schemaName(schema) : undefined;
  if (name) return name;
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === 'string' && t !== 'null',
  );
  const type = types[0] ?? (schema.properties ? 'object' : schema.enum ? 'string' : 'any');
  if (type === 'array') return `array<${typeLabel(schema.items, true)}>`;
  return types.length > 1 ? types.join('|') : type;
}

function collect(schema: unknown, prefix: string, out: SchemaProperty[], depth: number): void {
  if (!isObject(schema) || depth > MAX_DEPTH) return;
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const props = isObject(schema.properties) ? schema.properties : {};
  for (const [key, value] of Object.entries(props)) {
    if (!isObject(value)) continue;
    const name = `${prefix}${key}`;
    const property: SchemaProperty = { name, type: typeLabel(value, true), required: required.has(key) };
    if (value.nullable === true || (Array.isArray(value.type) && value.type.includes('null'))) property.nullable = true;
    if (Array.isArray(value.enum)) property.enum = value.enum.map(String);
    if (value.deprecated === true) property.deprecated = true;
    out.push(property);
    if (schemaName(value)) continue;
    if (isObject(value.properties)) collect(value, `${name}.`, out, depth + 1);
    else if (isObject(value.items) && !schemaName(value.items)) collect(value.items, `${name}[].`, out, depth + 1);
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
