// protobufjs builds reflection objects without positions, so the lines of a file's declarations
// are read by a second pass over protobufjs's own tokenizer (which already knows comments and
// strings): scopes are followed by their braces, and a declaration is keyed by its dotted path
// inside the package (`Order`, `Order.id`, `Order.Status.OK`, `OrderService.GetOrder`).

type Tokenize = (source: string, alternateCommentMode: boolean) => { next(): string | null; line: number };

const SCOPES = new Set(['message', 'enum', 'service', 'extend', 'oneof']);
/** Statements inside a message or enum that hold an `=` but declare no field or value. */
const NOT_DECLARATIONS = new Set(['option', 'reserved', 'extensions', 'syntax', 'edition', 'package', 'import']);

export interface ProtoFileLines {
  /** Dotted path inside the package → 1-based line. */
  lines: Map<string, number>;
  /** `proto2`, `proto3`, or `editions 2023`; proto2 when the file says nothing, as protoc reads it. */
  syntax: string;
  /** The line of the `package` statement, else 1. */
  packageLine: number;
}

interface Scope {
  /** The path this scope adds (`Order`), or undefined for braces that are no declaration (options, rpc bodies). */
  path?: string;
  /** `oneof` is transparent: its fields belong to the enclosing message. */
  kind: string;
}

export function protoDeclarationLines(tokenize: Tokenize, source: string): ProtoFileLines {
  const tn = tokenize(source, true);
  const lines = new Map<string, number>();
  const scopes: Scope[] = [];
  let syntax = 'proto2';
  let packageLine = 1;
  // The tokens of the statement being read, with their lines: a statement ends at `;`, `{` or `}`.
  let statement: { token: string; line: number }[] = [];
  let bracketDepth = 0;
  let declared = false;
  const path = () => {
    for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.path !== undefined) return scopes[i]!.path!;
    return '';
  };
  const inside = (name: string) => (path() ? `${path()}.${name}` : name);
  const enclosingKind = () => {
    for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.kind !== 'oneof') return scopes[i]!.kind;
    return 'file';
  };

  for (let token = tn.next(); token !== null; token = tn.next()) {
    const line = tn.line;
    if (token === '{') {
      const [first, second] = statement;
      if (first && second && SCOPES.has(first.token)) {
        const name = first.token === 'extend' ? undefined : inside(second.token);
        if (name !== undefined && !lines.has(name)) lines.set(name, second.line);
        scopes.push({ path: first.token === 'oneof' ? undefined : name, kind: first.token });
      } else scopes.push({ kind: 'block' });
      statement = [];
      declared = false;
      continue;
    }
    if (token === '}') {
      scopes.pop();
      statement = [];
      declared = false;
      continue;
    }
    if (token === ';') {
      readTopLevel(statement);
      statement = [];
      declared = false;
      bracketDepth = 0;
      continue;
    }
    if (token === '[') bracketDepth++;
    else if (token === ']') bracketDepth--;
    const first = statement[0]?.token ?? token;
    if (token === '=' && !declared && bracketDepth === 0 && !NOT_DECLARATIONS.has(first)) {
      const kind = enclosingKind();
      const name = statement[statement.length - 1];
      if (name && (kind === 'message' || kind === 'enum' || kind === 'oneof' || kind === 'extend')) {
        if (kind !== 'extend' && !lines.has(inside(name.token))) lines.set(inside(name.token), name.line);
        declared = true;
      }
    }
    if (statement.length === 1 && statement[0]!.token === 'rpc' && enclosingKind() === 'service') {
      if (!lines.has(inside(token))) lines.set(inside(token), line);
    }
    statement.push({ token, line });
  }
  return { lines, syntax, packageLine };

  function readTopLevel(tokens: { token: string; line: number }[]): void {
    if (scopes.length > 0 || tokens.length === 0) return;
    const head = tokens[0]!.token;
    if (head === 'syntax' || head === 'edition') {
      // `syntax = "proto3"`: the tokenizer gives the quotes as tokens of their own.
      const value = tokens.find((t, i) => i > 1 && t.token !== '"' && t.token !== "'")?.token;
      if (value) syntax = head === 'edition' ? `editions ${value}` : value;
    } else if (head === 'package') packageLine = tokens[0]!.line;
  }
}
