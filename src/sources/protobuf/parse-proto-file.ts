import type { Diagnostic } from '../../facts/model.js';
import { type ProtoFileLines, protoDeclarationLines } from './proto-declaration-lines.js';

type Protobuf = typeof import('protobufjs');
type Root = import('protobufjs').Root;

/** One `.proto` file read on its own: its package, its declarations, and their lines. */
export interface ParsedProtoFile {
  file: string;
  /** `shop.v1`, or '' for a file without a package statement. */
  package: string;
  imports: string[];
  /** A root holding this file's declarations only: files are resolved against each other by name, not by import. */
  root: Root;
  lines: ProtoFileLines;
}

/**
 * Parses one file with protobufjs. Each file gets a root of its own: real repositories hold the
 * same package twice (a copy under `examples/`, two API versions side by side) and one shared root
 * would make that a hard error. A syntax error or an empty file is a diagnostic, never a throw.
 */
export function parseProtoFile(
  protobuf: Protobuf,
  file: string,
  text: string,
): { parsed?: ParsedProtoFile; diagnostics: Diagnostic[] } {
  const note = (severity: Diagnostic['severity'], message: string, line?: number): Diagnostic => ({
    severity,
    stage: 'openapi',
    file,
    ...(line ? { line } : {}),
    message,
  });
  if (/^(\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*$/.test(text))
    return { diagnostics: [note('notice', 'empty Protocol Buffers file (no declarations): nothing read')] };
  try {
    const result = protobuf.parse(text, new protobuf.Root(), { keepCase: true, alternateCommentMode: true });
    return {
      parsed: {
        file,
        package: result.package ?? '',
        imports: [...(result.imports ?? []), ...(result.weakImports ?? [])],
        root: result.root,
        lines: protoDeclarationLines(protobuf.tokenize, text),
      },
      diagnostics: [],
    };
  } catch (err) {
    // protobufjs says `illegal token 'x' (line 3)`: the line goes where a reader looks for it.
    const message = (err as Error).message;
    const line = Number(/\(line (\d+)\)/.exec(message)?.[1] ?? /line (\d+)/.exec(message)?.[1] ?? 0);
    const reason = message.replace(/\s*\((?:[^()]*, )?line \d+\)\s*$/, '');
    return {
      diagnostics: [note('error', `Protocol Buffers syntax error: ${reason}; file not read`, line || undefined)],
    };
  }
}
