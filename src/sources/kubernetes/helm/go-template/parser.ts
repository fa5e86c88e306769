// Builds the parse tree of one template file from its segments: control structures (`if`, `with`,
// `range` with `else`/`else if`, `define`, `block`, `template`) and pipelines. `define`d templates
// are returned beside the file's own body so the set can register them by name.

import { segmentTemplate, type Segment, type Token } from './lexer.js';
import type { Command, Node, Operand, ParsedTemplate, Pipeline } from './parse-tree.js';
import { TemplateError } from './template-error.js';

export interface ParsedFile {
  main: ParsedTemplate;
  defines: ParsedTemplate[];
}

type Stop = { keyword: 'end' | 'else'; tokens: Token[]; line: number } | undefined;

const CONTROL = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

/** Parses `source` as the template `name`, written in `file`. Throws TemplateError on bad syntax. */
export function parseTemplate(name: string, file: string, source: string): ParsedFile {
  const segments = segmentTemplate(name, source);
  const defines: ParsedTemplate[] = [];
  let at = 0;
  let rangeDepth = 0;

  const parseList = (context: string | undefined): { nodes: Node[]; stop: Stop } => {
    const nodes: Node[] = [];
    while (at < segments.length) {
      const seg = segments[at++] as Segment;
      if (seg.kind === 'text') {
        nodes.push({ type: 'text', text: seg.text });
        continue;
      }
      const [first, ...rest] = seg.tokens;
      if (!first) throw new TemplateError(name, seg.line, 'missing value for command');
      const keyword = first.kind === 'ident' && CONTROL.has(first.text) ? first.text : undefined;
      if (keyword === 'end' || keyword === 'else') {
        if (!context) throw new TemplateError(name, seg.line, `unexpected {{${keyword}}}`);
        if (keyword === 'end' && rest.length) throw new TemplateError(name, seg.line, 'unexpected tokens after end');
        return { nodes, stop: { keyword, tokens: rest, line: seg.line } };
      }
      if (keyword) nodes.push(...parseControl(keyword, rest, seg.line));
      else nodes.push({ type: 'action', pipe: parsePipeline(name, seg.tokens, seg.line, true), line: seg.line });
    }
    if (context) throw new TemplateError(name, segments.length ? lastLine() : 1, `unexpected EOF in ${context}`);
    return { nodes, stop: undefined };
  };

  const lastLine = (): number => {
    for (let i = segments.length - 1; i >= 0; i--) {
      const s = segments[i]!;
      if (s.kind === 'action') return s.line;
    }
    return 1;
  };

  const parseBranch = (kind: 'if' | 'with' | 'range', tokens: Token[], line: number): Node => {
    const pipe = parsePipeline(name, tokens, line, kind !== 'range' ? true : 'range');
    if (kind === 'range') rangeDepth++;
    const body = parseList(kind);
    if (kind === 'range') rangeDepth--;
    let elseList: Node[] | undefined;
    if (body.stop?.keyword === 'else') {
      const [next, ...more] = body.stop.tokens;
      if (next && next.kind === 'ident' && (next.text === 'if' || next.text === 'with') && kind !== 'range') {
        elseList = [parseBranch(next.text, more, body.stop.line)];
      } else {
        if (next) throw new TemplateError(name, body.stop.line, 'unexpected tokens after else');
        const tail = parseList(kind);
        if (tail.stop?.keyword !== 'end') throw new TemplateError(name, body.stop.line, `expected end; found else`);
        elseList = tail.nodes;
      }
    }
    return { type: kind, pipe, list: body.nodes, elseList, line };
  };

  const parseControl = (keyword: string, tokens: Token[], line: number): Node[] => {
    switch (keyword) {
      case 'if':
      case 'with':
      case 'range':
        return [parseBranch(keyword, tokens, line)];
      case 'break':
      case 'continue':
        if (!rangeDepth) throw new TemplateError(name, line, `{{${keyword}}} outside {{range}}`);
        return [{ type: keyword, line }];
      case 'template': {
        const [nameToken, ...args] = tokens;
        if (nameToken?.kind !== 'string') throw new TemplateError(name, line, 'template name must be a string');
        const pipe = args.length ? parsePipeline(name, args, line, false) : undefined;
        return [{ type: 'template', name: nameToken.text, pipe, line }];
      }
      default: {
        // define / block
        const [nameToken, ...args] = tokens;
        if (nameToken?.kind !== 'string') throw new TemplateError(name, line, `${keyword} name must be a string`);
        if (keyword === 'define' && args.length) throw new TemplateError(name, line, 'unexpected tokens in define');
        const saved = rangeDepth;
        rangeDepth = 0;
        const body = parseList(keyword);
        rangeDepth = saved;
        if (body.stop?.keyword !== 'end') throw new TemplateError(name, line, `unexpected else in ${keyword}`);
        defines.push({ name: nameToken.text, file, body: body.nodes });
        if (keyword === 'define') return [];
        const pipe = args.length ? parsePipeline(name, args, line, false) : undefined;
        return [{ type: 'template', name: nameToken.text, pipe, line }];
      }
    }
  };

  const { nodes } = parseList(undefined);
  return { main: { name, file, body: nodes }, defines };
}

/** Parses the tokens of one pipeline; `declare` says whether `$x :=` (and for range `$i, $v :=`) may lead. */
function parsePipeline(name: string, tokens: Token[], line: number, declare: boolean | 'range'): Pipeline {
  let i = 0;
  const decl: string[] = [];
  let assign = false;
  if (declare && tokens[0]?.kind === 'variable') {
    const t1 = tokens[1];
    if (t1 && (t1.kind === 'declare' || t1.kind === 'assign')) {
      decl.push(tokens[0].text);
      assign = t1.kind === 'assign';
      i = 2;
    } else if (declare === 'range' && t1?.kind === 'comma' && tokens[2]?.kind === 'variable') {
      const t3 = tokens[3];
      if (t3 && (t3.kind === 'declare' || t3.kind === 'assign')) {
        decl.push(tokens[0].text, tokens[2].text);
        assign = t3.kind === 'assign';
        i = 4;
      }
    }
  }
  const cmds: Command[] = [];
  let args: Operand[] = [];
  let cmdLine = tokens[i]?.line ?? line;
  const endCommand = (at: Token | undefined) => {
    if (!args.length) throw new TemplateError(name, at?.line ?? line, 'missing command in pipeline');
    cmds.push({ args, line: cmdLine });
    args = [];
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'pipe') {
      endCommand(t);
      i++;
      cmdLine = tokens[i]?.line ?? t.line;
      continue;
    }
    const [operand, next] = parseOperand(name, tokens, i);
    args.push(operand);
    i = next;
  }
  endCommand(tokens[tokens.length - 1]);
  return { decl, assign, cmds, line };
}

function parseOperand(name: string, tokens: Token[], at: number): [Operand, number] {
  const t = tokens[at]!;
  let i = at + 1;
  const chain = (): string[] => {
    const fields: string[] = [];
    while (tokens[i]?.kind === 'field' && !tokens[i]!.spaced) fields.push(tokens[i++]!.text);
    return fields;
  };
  switch (t.kind) {
    case 'dot':
      return [{ type: 'dot' }, i];
    case 'field': {
      const fields = [t.text, ...chain()];
      return [{ type: 'field', chain: fields }, i];
    }
    case 'variable':
      return [{ type: 'variable', name: t.text, chain: chain() }, i];
    case 'string':
      return [{ type: 'string', value: t.text }, i];
    case 'number': {
      const value = Number(t.text.replace(/_/g, ''));
      if (Number.isNaN(value)) throw new TemplateError(name, t.line, `bad number syntax: "${t.text}"`);
      return [{ type: 'number', value }, i];
    }
    case 'ident':
      if (t.text === 'true' || t.text === 'false') return [{ type: 'bool', value: t.text === 'true' }, i];
      if (t.text === 'nil') return [{ type: 'nil' }, i];
      if (CONTROL.has(t.text)) throw new TemplateError(name, t.line, `unexpected <${t.text}> in command`);
      return [{ type: 'identifier', name: t.text }, i];
    case 'lparen': {
      let depth = 1;
      let j = i;
      while (j < tokens.length && depth) {
        if (tokens[j]!.kind === 'lparen') depth++;
        else if (tokens[j]!.kind === 'rparen') depth--;
        j++;
      }
      if (depth) throw new TemplateError(name, t.line, 'unclosed left paren');
      const pipe = parsePipeline(name, tokens.slice(i, j - 1), t.line, false);
      i = j;
      return [{ type: 'pipe', pipe, chain: chain() }, i];
    }
    default:
      throw new TemplateError(name, t.line, `unexpected "${t.text}" in operand`);
  }
}
