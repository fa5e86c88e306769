import type {
  ConstDirectiveNode,
  DefinitionNode,
  EnumValueDefinitionNode,
  FieldDefinitionNode,
  InputValueDefinitionNode,
  NamedTypeNode,
  StringValueNode,
} from 'graphql';
import type { ApiSchema, Diagnostic, SourceLocation } from '../../facts/model.js';
import type { ParsedSdlFile } from './parse-sdl-file.js';

// One schema's types, gathered over all its files: a type's definition and every `extend type` of
// it, wherever they are. The facts are read from these merged types, not from one file's AST,
// because split schemas put `type Query` in one file and `extend type Query { … }` in each module.

export type TypeKind = Exclude<ApiSchema['kind'], 'array' | 'other'>;

/** One definition or extension of a type: its fields (or values, or members) and where it is. */
export interface TypePart {
  file: string;
  line: number;
  extension: boolean;
  directives: readonly ConstDirectiveNode[];
  fields: readonly FieldDefinitionNode[];
  inputFields: readonly InputValueDefinitionNode[];
  values: readonly EnumValueDefinitionNode[];
  members: readonly NamedTypeNode[];
  interfaces: readonly NamedTypeNode[];
}

export interface MergedType {
  name: string;
  kind: TypeKind;
  /** False when the schema only extends it: it is defined elsewhere, or nowhere. */
  defined: boolean;
  description?: string;
  /** Definition first, then extensions in file order. */
  parts: TypePart[];
  source: SourceLocation;
}

export type RootOperation = 'query' | 'mutation' | 'subscription';

export interface CollectedSchema {
  types: Map<string, MergedType>;
  /** Root type names from `schema { … }` blocks and extensions; absent when the schema has none. */
  roots: Partial<Record<RootOperation, string>>;
  /** The `schema { … }` block's place, if there is one. */
  schemaSource?: SourceLocation;
  /** Directives on `schema` and `extend schema` (federation's `@link`). */
  schemaDirectives: ConstDirectiveNode[];
  diagnostics: Diagnostic[];
}

const KIND_OF: Record<string, TypeKind> = {
  ObjectTypeDefinition: 'object',
  ObjectTypeExtension: 'object',
  InterfaceTypeDefinition: 'interface',
  InterfaceTypeExtension: 'interface',
  UnionTypeDefinition: 'union',
  UnionTypeExtension: 'union',
  EnumTypeDefinition: 'enum',
  EnumTypeExtension: 'enum',
  InputObjectTypeDefinition: 'input',
  InputObjectTypeExtension: 'input',
  ScalarTypeDefinition: 'scalar',
  ScalarTypeExtension: 'scalar',
};

/**
 * `federated`: a subgraph extends the types other services own (`extend type User @key(…)`,
 * Federation 1's `extend type Query`), so a type only extended is no problem there.
 */
export function collectTypes(files: ParsedSdlFile[], federated = false): CollectedSchema {
  const out: CollectedSchema = { types: new Map(), roots: {}, schemaDirectives: [], diagnostics: [] };
  const warn = (file: string, line: number, message: string, severity: Diagnostic['severity'] = 'warning') =>
    out.diagnostics.push({ severity, stage: 'openapi', file, line, message });
  for (const { file, definitions } of files) {
    for (const node of definitions) {
      if (node.kind === 'SchemaDefinition' || node.kind === 'SchemaExtension') {
        const line = node.loc?.startToken.line ?? 1;
        if (node.kind === 'SchemaDefinition') out.schemaSource ??= { file, line };
        out.schemaDirectives.push(...(node.directives ?? []));
        for (const op of node.operationTypes ?? []) {
          const known = out.roots[op.operation];
          if (known && known !== op.type.name.value)
            warn(
              file,
              line,
              `schema ${op.operation} type given twice (${known}, ${op.type.name.value}): ${known} kept`,
            );
          else out.roots[op.operation] = op.type.name.value;
        }
        continue;
      }
      const kind = KIND_OF[node.kind];
      if (!kind) continue; // directive definitions: not facts of the API's shape
      addPart(out, file, node, kind, warn);
    }
  }
  for (const type of out.types.values())
    if (!type.defined && !federated)
      warn(
        type.source.file,
        type.source.line,
        `type ${type.name} is extended but never defined in this schema: read from its extensions alone`,
      );
  return out;
}

type Warn = (file: string, line: number, message: string, severity?: Diagnostic['severity']) => void;

function addPart(out: CollectedSchema, file: string, node: DefinitionNode, kind: TypeKind, warn: Warn): void {
  const n = node as unknown as TypeNodeShape;
  const name = n.name.value;
  const line = n.name.loc?.startToken.line ?? node.loc?.startToken.line ?? 1;
  const extension = node.kind.endsWith('Extension');
  const part: TypePart = {
    file,
    line,
    extension,
    directives: n.directives ?? [],
    fields: kind === 'object' || kind === 'interface' ? ((n.fields as FieldDefinitionNode[] | undefined) ?? []) : [],
    inputFields: kind === 'input' ? ((n.fields as InputValueDefinitionNode[] | undefined) ?? []) : [],
    values: n.values ?? [],
    members: n.types ?? [],
    interfaces: n.interfaces ?? [],
  };
  const known = out.types.get(name);
  if (!known) {
    out.types.set(name, {
      name,
      kind,
      defined: !extension,
      description: n.description?.value,
      parts: [part],
      source: { file, line },
    });
    return;
  }
  if (known.kind !== kind) {
    warn(
      file,
      line,
      `${name} is a ${known.kind} (${known.source.file}:${known.source.line}) but is ${kind} here: ignored`,
    );
    return;
  }
  if (!extension && known.defined)
    // graphql-tools' mergeTypeDefs (NestJS, Apollo's loadFiles) merges a type defined in several
    // files; graphql-js alone would refuse the schema. Read it the way those servers do.
    warn(
      file,
      line,
      `type ${name} is defined again (first at ${known.source.file}:${known.source.line}): ` +
        'its fields are merged, as graphql-tools does',
      'notice',
    );
  if (!extension && !known.defined) {
    // The definition comes after an extension in file order: it is still the type's home.
    known.defined = true;
    known.description = n.description?.value;
    known.source = { file, line };
    known.parts.unshift(part);
    return;
  }
  known.parts.push(part);
}

/** The members every type-system definition or extension node may have. */
interface TypeNodeShape {
  name: NamedTypeNode['name'];
  description?: StringValueNode;
  directives?: readonly ConstDirectiveNode[];
  fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[];
  values?: readonly EnumValueDefinitionNode[];
  types?: readonly NamedTypeNode[];
  interfaces?: readonly NamedTypeNode[];
}
