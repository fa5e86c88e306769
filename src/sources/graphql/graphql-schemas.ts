import type { ApiSchema, Diagnostic, SchemaProperty } from '../../facts/model.js';
import type { CollectedSchema, MergedType } from './collect-types.js';
import { argumentOf, enumValues, type PrintValue } from './graphql-arguments.js';
import { isDeprecated } from './graphql-directives.js';
import { lineOf, rootTypeNames, uniqueFields } from './graphql-operations.js';
import { typeText } from './graphql-type-text.js';

// The named types of a schema (objects, inputs, enums, interfaces, unions, scalars): the vocabulary
// its operations speak. The root types are its operations instead and are left out here.

export function schemasOf(
  schema: CollectedSchema,
  spec: string,
  printValue: PrintValue,
): { schemas: ApiSchema[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const roots = new Set(rootTypeNames(schema).values());
  const schemas: ApiSchema[] = [];
  for (const type of schema.types.values()) {
    if (roots.has(type.name)) continue;
    const out: ApiSchema = {
      id: `schema:${type.source.file}#${type.name}`,
      name: type.name,
      protocol: 'graphql',
      spec,
      kind: type.kind,
      properties: propertiesOf(type, schema, printValue, diagnostics),
      source: type.source,
    };
    if (type.kind === 'enum') out.values = enumValues(type);
    if (type.kind === 'union') out.values = type.parts.flatMap((p) => p.members.map((m) => m.name.value));
    const interfaces = [...new Set(type.parts.flatMap((p) => p.interfaces.map((i) => i.name.value)))];
    if (interfaces.length > 0) out.interfaces = interfaces;
    if (type.parts.some((p) => !p.extension && isDeprecated(p.directives))) out.deprecated = true;
    schemas.push(out);
  }
  schemas.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  return { schemas, diagnostics };
}

function propertiesOf(
  type: MergedType,
  schema: CollectedSchema,
  printValue: PrintValue,
  diagnostics: Diagnostic[],
): SchemaProperty[] {
  if (type.kind === 'input')
    return type.parts.flatMap((part) =>
      part.inputFields.map((field) => {
        // An input field with a default may be left out, like an argument: graphql-js counts it optional.
        const property: SchemaProperty = {
          name: field.name.value,
          type: typeText(field.type),
          required: field.type.kind === 'NonNullType' && !field.defaultValue,
        };
        if (isDeprecated(field.directives)) property.deprecated = true;
        property.source = { file: part.file, line: lineOf(field) };
        return property;
      }),
    );
  return uniqueFields(type, diagnostics).map(({ field, part }) => {
    const property: SchemaProperty = {
      name: field.name.value,
      type: typeText(field.type),
      required: field.type.kind === 'NonNullType',
    };
    if (isDeprecated(field.directives)) property.deprecated = true;
    const args = (field.arguments ?? []).map((a) => argumentOf(a, schema.types, printValue));
    if (args.length > 0) property.arguments = args;
    property.source = { file: part.file, line: lineOf(field) };
    return property;
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
