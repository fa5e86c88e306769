import type { FieldDefinitionNode } from 'graphql';
import type { Diagnostic, Operation, OperationMethod } from '../../facts/model.js';
import type { CollectedSchema, MergedType, RootOperation, TypePart } from './collect-types.js';
import { argumentOf, type PrintValue } from './graphql-arguments.js';
import { authDirectiveNames, isDeprecated } from './graphql-directives.js';
import { paginationOf } from './graphql-pagination.js';
import { firstLine, namedTypeOf, typeText } from './graphql-type-text.js';

// The operations of a schema: one per field of its root types. Ids use the canonical root names
// (`gql:Query.orders`) even when `schema { query: RootQuery }` names the type otherwise, so a
// renamed root type is not every operation removed and added.

const ROOTS: { operation: RootOperation; canonical: string; method: OperationMethod }[] = [
  { operation: 'query', canonical: 'Query', method: 'QUERY' },
  { operation: 'mutation', canonical: 'Mutation', method: 'MUTATION' },
  { operation: 'subscription', canonical: 'Subscription', method: 'SUBSCRIPTION' },
];

/** The root type names: the `schema { … }` block's, else the types named Query, Mutation, Subscription. */
export function rootTypeNames(schema: CollectedSchema): Map<RootOperation, string> {
  const names = new Map<RootOperation, string>();
  for (const { operation, canonical } of ROOTS) {
    const name = schema.roots[operation] ?? (schema.types.has(canonical) ? canonical : undefined);
    if (name) names.set(operation, name);
  }
  return names;
}

export function operationsOf(
  schema: CollectedSchema,
  spec: string,
  printValue: PrintValue,
): { operations: Operation[]; diagnostics: Diagnostic[] } {
  const operations: Operation[] = [];
  const diagnostics: Diagnostic[] = [];
  const roots = rootTypeNames(schema);
  for (const { operation, canonical, method } of ROOTS) {
    const rootName = roots.get(operation);
    if (!rootName) continue;
    const root = schema.types.get(rootName);
    if (root?.kind !== 'object') {
      const at = schema.schemaSource;
      if (at)
        diagnostics.push({
          severity: 'warning',
          stage: 'openapi',
          file: at.file,
          line: at.line,
          message:
            `the schema's ${operation} type ${rootName} is not an object type of this schema: ` +
            `no ${operation} operations`,
        });
      continue;
    }
    for (const { field, part } of uniqueFields(root, diagnostics)) {
      const op = operationOf(field, part, root, schema, { canonical, method, spec }, printValue);
      operations.push(op);
    }
  }
  const rank = (m: OperationMethod) => ROOTS.findIndex((r) => r.method === m);
  operations.sort((a, b) => rank(a.method) - rank(b.method) || compareText(a.path, b.path));
  return { operations, diagnostics };
}

/** A type's fields over all its parts; a field given twice keeps its first place. */
export function uniqueFields(
  type: MergedType,
  diagnostics: Diagnostic[],
): { field: FieldDefinitionNode; part: TypePart }[] {
  const seen = new Map<string, TypePart>();
  const out: { field: FieldDefinitionNode; part: TypePart }[] = [];
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

function operationOf(
  field: FieldDefinitionNode,
  part: TypePart,
  root: MergedType,
  schema: CollectedSchema,
  at: { canonical: string; method: OperationMethod; spec: string },
  printValue: PrintValue,
): Operation {
  const name = field.name.value;
  const parameters = (field.arguments ?? []).map((a) => argumentOf(a, schema.types, printValue));
  const result = typeText(field.type);
  // A directive on the type (or on the `extend type Query @auth { … }` holding the field) guards its fields.
  const auth = [...new Set([...authDirectiveNames(part.directives), ...authDirectiveNames(field.directives ?? [])])];
  const op: Operation = {
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
  if (summary) op.summary = summary;
  if (at.method === 'SUBSCRIPTION') op.streaming = 'server';
  const pagination = paginationOf(parameters, namedTypeOf(field.type), schema.types);
  if (pagination) op.pagination = pagination;
  return op;
}

export function lineOf(node: { name: { loc?: { startToken: { line: number } } } }): number {
  return node.name.loc?.startToken.line ?? 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
