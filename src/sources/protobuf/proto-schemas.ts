import type { ApiSchema, SchemaProperty } from '../../facts/model.js';
import { type ProtoDeclaration, type ProtoTypeIndex, SCALAR_TYPES } from './proto-type-index.js';

type Type = import('protobufjs').Type;
type Enum = import('protobufjs').Enum;
type Field = import('protobufjs').Field;
type MapField = import('protobufjs').MapField;

/** Resolves a field's type as written to the full name the facts use; names no file declares are collected. */
export class FieldTypes {
  readonly unresolved = new Set<string>();
  constructor(private readonly index: ProtoTypeIndex) {}

  /** Whether a resolved name is an enum (a scalar on the wire); names no file declares are taken for messages. */
  isEnum(fullName: string): boolean {
    return this.index.kindOf(fullName) === 'enum';
  }

  fullName(written: string, scope: string): string {
    if (SCALAR_TYPES.has(written)) return written;
    const resolved = this.index.resolve(written, scope);
    if (resolved) return resolved;
    this.unresolved.add(written.replace(/^\./, ''));
    return written.replace(/^\./, '');
  }
}

/** A message or enum as a schema of the facts: fields with numbers, labels and types by full name. */
export function schemaOf(d: ProtoDeclaration, types: FieldTypes): ApiSchema {
  const line = (local: string) => d.file.lines.lines.get(local) ?? d.file.lines.packageLine;
  const base = {
    id: `schema:${d.file.file}#${d.fullName}`,
    name: d.fullName,
    protocol: 'grpc' as const,
    spec: `spec:${d.file.file}`,
    source: { file: d.file.file, line: line(d.localName) },
  };
  const reserved = reservedOf((d.object as Type | Enum).reserved);
  const deprecated = (d.object.options as { deprecated?: boolean } | undefined)?.deprecated === true;
  if (d.kind === 'enum') {
    const e = d.object as Enum;
    const properties: SchemaProperty[] = Object.entries(e.values).map(([name, number]) => ({
      name,
      type: 'enum value',
      required: false,
      number,
      ...((e.valuesOptions?.[name] as { deprecated?: boolean } | undefined)?.deprecated ? { deprecated: true } : {}),
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
  const message = d.object as Type;
  const properties = message.fieldsArray.map((f) => propertyOf(f, d, types, line(`${d.localName}.${f.name}`)));
  return {
    ...base,
    kind: 'object',
    properties,
    ...(reserved.length ? { reserved } : {}),
    ...(deprecated ? { deprecated } : {}),
  };
}

function propertyOf(f: Field, d: ProtoDeclaration, types: FieldTypes, line: number): SchemaProperty {
  const options = (f.options ?? {}) as { deprecated?: boolean; proto3_optional?: boolean };
  const valueType = types.fullName(f.type, d.fullName);
  const keyType = (f as unknown as Partial<MapField>).keyType;
  let type: string;
  if (keyType) type = `map<${keyType}, ${valueType}>`;
  else if (f.repeated) type = `repeated ${valueType}`;
  else if (f.required) type = `required ${valueType}`;
  else if (options.proto3_optional || f.rule === 'optional') type = `optional ${valueType}`;
  else type = valueType;
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
function hasPresence(f: Field, d: ProtoDeclaration, types: FieldTypes, valueType: string, keyType?: string): boolean {
  if (keyType || f.repeated || f.required) return false;
  if (d.file.lines.syntax !== 'proto3') return true;
  if (f.partOf) return true;
  return !SCALAR_TYPES.has(valueType) && !types.isEnum(valueType);
}

/** Reserved numbers and names; a range is kept as written (`9 to 11`, `1000 to max`). */
function reservedOf(reserved: (number[] | string)[] | undefined): (number | string)[] {
  const out: (number | string)[] = [];
  for (const r of reserved ?? []) {
    if (typeof r === 'string') out.push(r);
    else if (r[0] === r[1]) out.push(r[0]!);
    else out.push(`${r[0]} to ${r[1]! >= 536870911 ? 'max' : r[1]}`);
  }
  return out;
}
