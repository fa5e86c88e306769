// The nodes of a parsed Go text/template, shaped like Go's text/template/parse package: a list of
// text and actions, control structures holding lists, pipelines of commands, commands of operands.

export type Operand =
  | { type: 'dot' }
  | { type: 'nil' }
  | { type: 'bool'; value: boolean }
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  /** `.a.b`: fields of dot. */
  | { type: 'field'; chain: string[] }
  /** `$x.a.b`, `$`. */
  | { type: 'variable'; name: string; chain: string[] }
  /** A function's name. */
  | { type: 'identifier'; name: string }
  /** `(pipeline).a.b` */
  | { type: 'pipe'; pipe: Pipeline; chain: string[] };

export interface Command {
  args: Operand[];
  line: number;
}

export interface Pipeline {
  /** Variables declared (`:=`) or assigned (`=`), in order. */
  decl: string[];
  assign: boolean;
  cmds: Command[];
  line: number;
}

export type Node =
  | { type: 'text'; text: string }
  | { type: 'action'; pipe: Pipeline; line: number }
  | { type: 'if' | 'with'; pipe: Pipeline; list: Node[]; elseList?: Node[]; line: number }
  | { type: 'range'; pipe: Pipeline; list: Node[]; elseList?: Node[]; line: number }
  | { type: 'template'; name: string; pipe?: Pipeline; line: number }
  | { type: 'break' | 'continue'; line: number };

/** A template as parsed: its name (the file or the `define`), the file it is written in, its body. */
export interface ParsedTemplate {
  name: string;
  file: string;
  body: Node[];
}
