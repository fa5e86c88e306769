import type { ParsedProtoFile } from './parse-proto-file.js';

type Reflection = import('protobufjs').ReflectionObject;
type Type = import('protobufjs').Type;
type Enum = import('protobufjs').Enum;
type Service = import('protobufjs').Service;

/** A message, enum or service of a file, with the names the facts and the line index use. */
export interface ProtoDeclaration {
  kind: 'message' | 'enum' | 'service';
  /** `shop.v1.Order.Line`, without protobufjs's leading dot. */
  fullName: string;
  /** The path inside the package, the line index's key: `Order.Line`. */
  localName: string;
  object: Type | Enum | Service;
  file: ParsedProtoFile;
}

/** Google's well-known types: every protoc and buf knows them without the repository holding them. */
const WELL_KNOWN = [
  'Any',
  'Api',
  'BoolValue',
  'BytesValue',
  'DoubleValue',
  'Duration',
  'Empty',
  'Enum',
  'EnumValue',
  'Field',
  'FieldMask',
  'FloatValue',
  'Int32Value',
  'Int64Value',
  'ListValue',
  'Method',
  'Mixin',
  'NullValue',
  'Option',
  'SourceContext',
  'StringValue',
  'Struct',
  'Syntax',
  'Timestamp',
  'Type',
  'UInt32Value',
  'UInt64Value',
  'Value',
].map((n) => `google.protobuf.${n}`);

export const SCALAR_TYPES = new Set([
  'double',
  'float',
  'int32',
  'int64',
  'uint32',
  'uint64',
  'sint32',
  'sint64',
  'fixed32',
  'fixed64',
  'sfixed32',
  'sfixed64',
  'bool',
  'string',
  'bytes',
]);

/** Every message, enum and service a file declares, nested ones included, in declaration order. */
export function declarationsOf(protobuf: typeof import('protobufjs'), file: ParsedProtoFile): ProtoDeclaration[] {
  const out: ProtoDeclaration[] = [];
  const prefix = file.package ? `${file.package}.` : '';
  const visit = (node: Reflection) => {
    const fullName = node.fullName.replace(/^\./, '');
    const localName = fullName.startsWith(prefix) ? fullName.slice(prefix.length) : fullName;
    if (node instanceof protobuf.Type) out.push({ kind: 'message', fullName, localName, object: node, file });
    else if (node instanceof protobuf.Enum) out.push({ kind: 'enum', fullName, localName, object: node, file });
    else if (node instanceof protobuf.Service) out.push({ kind: 'service', fullName, localName, object: node, file });
    const nested = (node as { nestedArray?: Reflection[] }).nestedArray;
    for (const child of nested ?? []) visit(child);
  };
  for (const child of file.root.nestedArray) visit(child);
  return out;
}

/**
 * Type names across all files of the repository, resolved as protoc resolves them: a relative
 * name is looked up in the enclosing scope, then each scope further out. Files are not resolved
 * through their imports (an import path depends on the include roots a build passes to protoc,
 * which the repository does not say); a name any file declares is found.
 */
export class ProtoTypeIndex {
  private readonly kinds = new Map<string, 'message' | 'enum'>(WELL_KNOWN.map((n) => [n, 'message']));

  constructor(declarations: ProtoDeclaration[]) {
    this.kinds.set('google.protobuf.NullValue', 'enum');
    for (const d of declarations)
      if (d.kind !== 'service' && !this.kinds.has(d.fullName)) this.kinds.set(d.fullName, d.kind);
  }

  /** The full name a reference written in `scope` (a message's or the package's full name) means, if known. */
  resolve(reference: string, scope: string): string | undefined {
    if (reference.startsWith('.')) return this.kinds.has(reference.slice(1)) ? reference.slice(1) : undefined;
    const parts = scope ? scope.split('.') : [];
    for (let i = parts.length; i >= 0; i--) {
      const candidate = i > 0 ? `${parts.slice(0, i).join('.')}.${reference}` : reference;
      if (this.kinds.has(candidate)) return candidate;
    }
    return undefined;
  }

  kindOf(fullName: string): 'message' | 'enum' | undefined {
    return this.kinds.get(fullName);
  }
}
