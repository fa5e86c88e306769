import type { ApiFacts, ApiSpec, Diagnostic, Operation } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { collectTypes } from './collect-types.js';
import { isFederated } from './graphql-directives.js';
import { operationsOf, rootTypeNames } from './graphql-operations.js';
import { schemasOf } from './graphql-schemas.js';
import { type ParsedSdlFile, parseSdlFile } from './parse-sdl-file.js';
import { schemaFileTraits } from './schema-file-traits.js';
import { groupSchemaFiles, refineSchemaGroups, schemaTitle } from './schema-groups.js';

// GraphQL schemas (SDL) into API facts: every file parsed by graphql-js, client documents dropped,
// the rest grouped into schemas (schema-groups.ts), each schema's definitions and extensions
// merged (collect-types.ts) and read into one spec, its root fields' operations and its types.

export async function extractGraphql(files: string[], text: (file: string) => string): Promise<Extracted<ApiFacts>> {
  const graphql = await import('graphql');
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, ParsedSdlFile>();
  for (const file of [...files].sort(compareText)) {
    let source: string;
    try {
      source = text(file);
    } catch (err) {
      diagnostics.push({
        severity: 'error',
        stage: 'openapi',
        file,
        message: `could not read: ${(err as Error).message}`,
      });
      continue;
    }
    const result = parseSdlFile(graphql, file, source);
    diagnostics.push(...result.diagnostics);
    if (!result.clientOnly) parsed.set(file, result);
  }

  const facts: ApiFacts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
  const seen = new Map<string, Operation>();
  const federatedSpecs = new Set<string>();
  const printValue = (node: Parameters<typeof graphql.print>[0]) => graphql.print(node);
  const traits = new Map([...parsed].map(([file, p]) => [file, schemaFileTraits(p.definitions)]));
  for (const group of refineSchemaGroups(groupSchemaFiles([...parsed.keys()]), (f) => traits.get(f)!)) {
    const federated = group.files.some((f) => traits.get(f)!.federated);
    const schema = collectTypes(
      group.files.map((f) => parsed.get(f)!),
      federated,
    );
    diagnostics.push(...schema.diagnostics);
    if (schema.types.size === 0 && !schema.schemaSource) continue; // only empty or unreadable files
    const first = group.files[0]!;
    const specId = `spec:${first}`;
    const queryType = schema.types.get(rootTypeNames(schema).get('query') ?? '');
    const spec: ApiSpec = {
      id: specId,
      protocol: 'graphql',
      file: first,
      files: group.files,
      title: group.title ?? schemaTitle(group.root),
      version: '',
      specVersion: isFederated(schema) ? 'SDL (federation)' : 'SDL',
      servers: [],
      source: schema.schemaSource ?? queryType?.source ?? { file: first, line: 1 },
    };
    const ops = operationsOf(schema, specId, printValue);
    const types = schemasOf(schema, specId, printValue);
    diagnostics.push(...ops.diagnostics, ...types.diagnostics);
    facts.specs.push(spec);
    if (federated) federatedSpecs.add(specId);
    facts.operations.push(...ops.operations.map((op) => uniqueOperation(op, seen, federatedSpecs, diagnostics)));
    facts.schemas!.push(...types.schemas);
  }
  return { facts, diagnostics };
}

/**
 * Two schemas in one repository (a gateway's and a service's, two API versions) often share root
 * fields: the first keeps `gql:Query.orders`, a later one is qualified by its schema's file, as a
 * second OpenAPI spec defining the same path is. Where a subgraph is one of the two, the repeat is
 * federation composing it into a supergraph: a notice, not a warning.
 */
function uniqueOperation(
  op: Operation,
  seen: Map<string, Operation>,
  federatedSpecs: Set<string>,
  diagnostics: Diagnostic[],
): Operation {
  const first = seen.get(op.id);
  if (!first) {
    seen.set(op.id, op);
    return op;
  }
  const id = `${op.id} (${op.spec.replace(/^spec:/, '')})`;
  diagnostics.push({
    severity: federatedSpecs.has(first.spec) || federatedSpecs.has(op.spec) ? 'notice' : 'warning',
    stage: 'openapi',
    file: op.source.file,
    line: op.source.line,
    message:
      `${op.path} is also defined in ${first.source.file}:${first.source.line}; ` + `this one is recorded as \`${id}\``,
  });
  const unique = { ...op, id };
  seen.set(id, unique);
  return unique;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
