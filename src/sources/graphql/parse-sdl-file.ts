import type { DefinitionNode, DocumentNode, GraphQLError } from 'graphql';
import type { Diagnostic } from '../../facts/model.js';

type GraphQL = typeof import('graphql');

/** A file's type-system definitions, or why it gave none. */
export interface ParsedSdlFile {
  file: string;
  /** Type, schema and directive definitions and extensions, in file order. */
  definitions: DefinitionNode[];
  /** Only operations and fragments: client code, not part of any schema. */
  clientOnly: boolean;
  diagnostics: Diagnostic[];
}

const EXECUTABLE_KINDS = new Set(['OperationDefinition', 'FragmentDefinition']);

/** Parses one file; a syntax error or an empty file is a diagnostic, never a throw. */
export function parseSdlFile(graphql: GraphQL, file: string, text: string): ParsedSdlFile {
  const result: ParsedSdlFile = { file, definitions: [], clientOnly: false, diagnostics: [] };
  const note = (severity: Diagnostic['severity'], message: string, line?: number, column?: number) =>
    result.diagnostics.push({ severity, stage: 'openapi', file, line, column, message });
  // graphql-js reports an empty document as `Unexpected <EOF>`; a reader needs to hear it is empty.
  if (/^(\s|,|#[^\n]*)*$/.test(text)) {
    note('notice', 'empty GraphQL file (no definitions): nothing read');
    return result;
  }
  let document: DocumentNode;
  try {
    document = graphql.parse(text, { noLocation: false });
  } catch (err) {
    const location = (err as GraphQLError).locations?.[0];
    const reason = (err as Error).message.replace(/^Syntax Error: /, '');
    note('error', `GraphQL syntax error: ${reason}; file not read`, location?.line, location?.column);
    return result;
  }
  const executable = document.definitions.filter((d) => EXECUTABLE_KINDS.has(d.kind));
  result.definitions = document.definitions.filter((d) => !EXECUTABLE_KINDS.has(d.kind));
  if (result.definitions.length === 0) {
    result.clientOnly = true;
    note('notice', 'holds only client operations and fragments (no type definitions): not read as a schema');
  } else if (executable.length > 0) {
    note(
      'notice',
      `${executable.length} client operation${executable.length === 1 ? '' : 's'} or fragments beside the ` +
        'type definitions: not part of the schema, ignored',
      executable[0]!.loc?.startToken.line,
    );
  }
  return result;
}
