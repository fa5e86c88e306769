// Runs parsed templates the way Go's text/template does: dot and `$`, variables scoped to their
// control structure, pipelines feeding the previous value as the last argument, `range` over
// slices, maps (sorted keys), integers, `and`/`or` short-circuiting. Every run is bounded: nesting
// of `template`/`include`/`tpl`, steps, range iterations and output bytes.

import { goString, isMap, isNil, truthy, typeOf } from './go-values.js';
import type { Command, Node, Operand, ParsedTemplate, Pipeline } from './parse-tree.js';
import { parseTemplate } from './parser.js';
import { ChartFailure, TemplateError } from './template-error.js';

/** What a function sees beyond its arguments: how to run other templates (`include`, `tpl`). */
export interface FuncContext {
  include(name: string, data: unknown): string;
  tpl(text: string, data: unknown): string;
  template: string;
  line: number;
}

export type TemplateFunc = (ctx: FuncContext, ...args: unknown[]) => unknown;

export interface TemplateLimits {
  /** Nesting of `template`, `include` and `tpl`. */
  maxDepth: number;
  /** Bytes written, counting `include` results, over one budget (a chart). */
  maxOutputBytes: number;
  /** Iterations of one `range`. */
  maxRangeIterations: number;
  /** Nodes and commands evaluated over one budget. */
  maxSteps: number;
}

export const DEFAULT_LIMITS: TemplateLimits = {
  maxDepth: 100,
  maxOutputBytes: 16 * 1024 * 1024,
  maxRangeIterations: 10_000,
  maxSteps: 5_000_000,
};

/** What is left to spend; shared by every execution that draws on it. */
export interface Budget {
  outputBytes: number;
  steps: number;
}

export function newBudget(limits: TemplateLimits): Budget {
  return { outputBytes: limits.maxOutputBytes, steps: limits.maxSteps };
}

/** Longest list a function may return. */
const MAX_LIST_LENGTH = 1_000_000;

class BreakSignal {}
class ContinueSignal {}

/** A set of named templates (files and `define`s) with the functions they may call. */
export class TemplateSet {
  readonly templates = new Map<string, ParsedTemplate>();
  budget: Budget;

  constructor(
    readonly funcs: Record<string, TemplateFunc>,
    readonly limits: TemplateLimits = DEFAULT_LIMITS,
  ) {
    this.budget = newBudget(limits);
  }

  /** Parses and adds a file; its `define`s replace earlier ones of the same name, as in Go. */
  add(name: string, file: string, source: string): void {
    const parsed = parseTemplate(name, file, source);
    // Go checks function names when it parses, so a call in a branch never taken fails too.
    for (const t of [parsed.main, ...parsed.defines]) checkFunctions(name, t.body, this.funcs);
    this.templates.set(name, parsed.main);
    for (const d of parsed.defines) this.templates.set(d.name, d);
  }

  /** Runs the named template with `data` as dot and `$`. Throws TemplateError. */
  execute(name: string, data: unknown): string {
    const out: string[] = [];
    this.run(name, data, out, 0, { template: name, line: 0 });
    return out.join('');
  }

  run(name: string, data: unknown, out: string[], depth: number, from: { template: string; line: number }): void {
    const t = this.templates.get(name);
    if (!t) throw new TemplateError(from.template, from.line, `no template ${JSON.stringify(name)} associated`);
    if (depth > this.limits.maxDepth)
      throw new TemplateError(
        from.template,
        from.line,
        `template nesting exceeds ${this.limits.maxDepth} (recursive include?)`,
      );
    new Execution(this, t.file, data, out, depth).list(t.body, data);
  }
}

interface Variable {
  name: string;
  value: unknown;
}

class Execution {
  private vars: Variable[];
  private line = 0;

  constructor(
    private readonly set: TemplateSet,
    private readonly file: string,
    root: unknown,
    private readonly out: string[],
    private readonly depth: number,
  ) {
    this.vars = [{ name: '$', value: root }];
  }

  private fail(detail: string, line = this.line): never {
    throw new TemplateError(this.file, line, detail);
  }

  private step(): void {
    if (--this.set.budget.steps < 0) this.fail(`execution exceeds ${this.set.limits.maxSteps} steps`);
  }

  private write(text: string): void {
    this.set.budget.outputBytes -= text.length;
    if (this.set.budget.outputBytes < 0)
      this.fail(`output exceeds ${Math.round(this.set.limits.maxOutputBytes / 1024 / 1024)} MB`);
    this.out.push(text);
  }

  list(nodes: Node[], dot: unknown): void {
    for (const node of nodes) this.node(node, dot);
  }

  private scoped(run: () => void): void {
    const mark = this.vars.length;
    try {
      run();
    } finally {
      this.vars.length = mark;
    }
  }

  private node(node: Node, dot: unknown): void {
    this.step();
    switch (node.type) {
      case 'text':
        this.write(node.text);
        return;
      case 'action': {
        this.line = node.line;
        const value = this.pipeline(node.pipe, dot);
        if (!node.pipe.decl.length) this.write(isNil(value) ? '<no value>' : goString(value));
        return;
      }
      case 'if':
      case 'with':
        this.scoped(() => {
          this.line = node.line;
          const value = this.pipeline(node.pipe, dot);
          if (truthy(value)) this.scoped(() => this.list(node.list, node.type === 'with' ? value : dot));
          else if (node.elseList) this.scoped(() => this.list(node.elseList!, dot));
        });
        return;
      case 'range':
        this.scoped(() => this.range(node, dot));
        return;
      case 'template': {
        this.line = node.line;
        const data = node.pipe ? this.pipeline(node.pipe, dot) : undefined;
        this.set.run(node.name, data, this.out, this.depth + 1, { template: this.file, line: node.line });
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
    }
  }

  private range(node: Extract<Node, { type: 'range' }>, dot: unknown): void {
    this.line = node.line;
    const value = this.pipeline(node.pipe, dot, false);
    let items: [unknown, unknown][];
    if (isNil(value)) items = [];
    else if (Array.isArray(value)) items = value.map((v, i) => [i, v]);
    else if (isMap(value))
      items = Object.keys(value)
        .sort()
        .map((k) => [k, value[k]]);
    else if (typeof value === 'number' && Number.isInteger(value)) {
      if (value > this.set.limits.maxRangeIterations) this.rangeTooLong(value, node.line);
      items = Array.from({ length: Math.max(0, value) }, (_, i) => [i, i]);
    } else this.fail(`range can't iterate over ${goString(value)}`, node.line);
    if (items.length > this.set.limits.maxRangeIterations) this.rangeTooLong(items.length, node.line);
    if (!items.length) {
      if (node.elseList) this.scoped(() => this.list(node.elseList!, dot));
      return;
    }
    const mark = this.vars.length;
    for (const [key, item] of items) {
      this.vars.length = mark;
      const decl = node.pipe.decl;
      if (decl.length === 1) this.bind(decl[0]!, item, node.pipe.assign);
      if (decl.length === 2) {
        this.bind(decl[0]!, key, node.pipe.assign);
        this.bind(decl[1]!, item, node.pipe.assign);
      }
      try {
        this.scoped(() => this.list(node.list, item));
      } catch (e) {
        if (e instanceof BreakSignal) break;
        if (e instanceof ContinueSignal) continue;
        throw e;
      }
    }
  }

  /** A value no chart needs and memory cannot afford: a string doubled in a loop, a list concatenated with itself. */
  private bounded(name: string, value: unknown): unknown {
    if (typeof value === 'string' && value.length > this.set.limits.maxOutputBytes)
      this.fail(`${name} built a string over the ${this.set.limits.maxOutputBytes}-byte output limit`);
    if (Array.isArray(value) && value.length > MAX_LIST_LENGTH)
      this.fail(`${name} built a list of ${value.length} items, over the limit of ${MAX_LIST_LENGTH}`);
    return value;
  }

  private rangeTooLong(n: number, line: number): never {
    return this.fail(`range over ${n} items exceeds the limit of ${this.set.limits.maxRangeIterations}`, line);
  }

  private bind(name: string, value: unknown, assign: boolean): void {
    if (!assign) {
      this.vars.push({ name, value });
      return;
    }
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i]!.name === name) {
        this.vars[i]!.value = value;
        return;
      }
    }
    this.fail(`undefined variable: ${name}`);
  }

  private pipeline(pipe: Pipeline, dot: unknown, declare = true): unknown {
    let value: unknown;
    pipe.cmds.forEach((cmd, i) => {
      value = this.command(cmd, dot, i > 0, value);
    });
    if (declare) for (const name of pipe.decl) this.bind(name, value, pipe.assign);
    return value;
  }

  private command(cmd: Command, dot: unknown, piped: boolean, final: unknown): unknown {
    this.step();
    this.line = cmd.line;
    const [first, ...rest] = cmd.args as [Operand, ...Operand[]];
    const extra = piped ? [final] : [];
    switch (first.type) {
      case 'identifier':
        return this.call(first.name, rest, dot, extra);
      case 'field':
        return this.chain(dot, first.chain, this.args(rest, dot, extra), '');
      case 'variable':
        if (first.chain.length)
          return this.chain(this.variable(first.name), first.chain, this.args(rest, dot, extra), first.name);
        break;
      case 'pipe':
        if (first.chain.length)
          return this.chain(this.pipeline(first.pipe, dot, false), first.chain, this.args(rest, dot, extra), '');
        break;
    }
    if (rest.length || piped) this.fail(`can't give argument to non-function ${describe(first)}`);
    return this.operand(first, dot);
  }

  private args(ops: Operand[], dot: unknown, extra: unknown[]): unknown[] {
    return [...ops.map((o) => this.operand(o, dot)), ...extra];
  }

  private operand(op: Operand, dot: unknown): unknown {
    switch (op.type) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'bool':
      case 'number':
      case 'string':
        return op.value;
      case 'field':
        return this.chain(dot, op.chain, [], '');
      case 'variable':
        return this.chain(this.variable(op.name), op.chain, [], op.name);
      case 'identifier':
        return this.call(op.name, [], dot, []);
      case 'pipe': {
        const line = this.line;
        const v = this.pipeline(op.pipe, dot, false);
        this.line = line;
        return this.chain(v, op.chain, [], '');
      }
    }
  }

  private variable(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i]!.name === name) return this.vars[i]!.value;
    return this.fail(`undefined variable: ${name}`);
  }

  /**
   * `.a.b.c` on `receiver`; a function at the end (a method such as `.Files.Get`) gets `args`.
   * As in Go: a nil met inside the chain (a missing key, a `null`) fails the next field, but a
   * chain that starts from nil (`(.Values.a).b`, `$x.b` with `$x` nil) is nil all along: Go unwraps
   * a pipeline's or variable's nil to "no value", on which a field is no value too. Charts rely on
   * `(.Values.resources.limits).cpu` for this.
   */
  private chain(receiver: unknown, chain: string[], args: unknown[], start: string): unknown {
    if (isNil(receiver) && chain.length) {
      if (args.length) this.fail(`${start}.${chain.join('.')} is not a method but has arguments`);
      return null;
    }
    let value = receiver;
    let path = start;
    chain.forEach((name, i) => {
      const last = i === chain.length - 1;
      if (isNil(value)) this.fail(`nil pointer evaluating interface {}.${name}`);
      if (!isMap(value)) this.fail(`can't evaluate field ${name} in type ${typeOf(value)}`);
      path += `.${name}`;
      const field = Object.hasOwn(value, name) ? value[name] : undefined;
      if (typeof field === 'function') {
        try {
          value = (field as (...a: unknown[]) => unknown).apply(value, last ? args : []);
        } catch (e) {
          if (e instanceof TemplateError) throw e;
          this.fail(`error calling ${name}: ${(e as Error).message}`);
        }
        if (last) args = [];
      } else value = field;
    });
    if (args.length) this.fail(`${path || '.'} is not a method but has arguments`);
    return value;
  }

  private call(name: string, argOps: Operand[], dot: unknown, extra: unknown[]): unknown {
    if (name === 'and' || name === 'or') {
      if (!argOps.length && !extra.length) this.fail(`wrong number of args for ${name}: want at least 1 got 0`);
      let v: unknown;
      for (const op of argOps) {
        v = this.operand(op, dot);
        if (name === 'and' ? !truthy(v) : truthy(v)) return v;
      }
      return extra.length ? extra[0] : v;
    }
    const fn = Object.hasOwn(this.set.funcs, name) ? this.set.funcs[name] : undefined;
    if (!fn) return this.fail(`function "${name}" not defined`);
    const args = this.args(argOps, dot, extra);
    const line = this.line;
    const ctx: FuncContext = {
      template: this.file,
      line,
      include: (tname, data) => {
        const buf: string[] = [];
        this.set.run(tname, data, buf, this.depth + 1, { template: this.file, line });
        return buf.join('');
      },
      tpl: (text, data) => {
        if (this.depth + 1 > this.set.limits.maxDepth)
          this.fail(`template nesting exceeds ${this.set.limits.maxDepth} (recursive tpl?)`, line);
        const parsed = parseTemplate(this.file, this.file, text);
        for (const d of parsed.defines) this.set.templates.set(d.name, d);
        const buf: string[] = [];
        new Execution(this.set, this.file, data, buf, this.depth + 1).list(parsed.main.body, data);
        return buf.join('');
      },
    };
    try {
      return this.bounded(name, fn(ctx, ...args));
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      if (e instanceof ChartFailure) throw new TemplateError(this.file, line, e.message);
      return this.fail(`error calling ${name}: ${(e as Error).message}`, line);
    }
  }
}

function describe(op: Operand): string {
  switch (op.type) {
    case 'string':
      return JSON.stringify(op.value);
    case 'number':
    case 'bool':
      return String(op.value);
    default:
      return `<${op.type}>`;
  }
}

const BUILTIN_NAMES = new Set(['and', 'or']);

function checkFunctions(template: string, nodes: Node[], funcs: Record<string, TemplateFunc>): void {
  const known = (name: string) => BUILTIN_NAMES.has(name) || Object.hasOwn(funcs, name);
  const operand = (op: Operand, line: number): void => {
    if (op.type === 'identifier' && !known(op.name))
      throw new TemplateError(template, line, `function "${op.name}" not defined`);
    if (op.type === 'pipe') pipeline(op.pipe);
  };
  const pipeline = (pipe: Pipeline): void => {
    for (const cmd of pipe.cmds) for (const op of cmd.args) operand(op, cmd.line);
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'action':
        pipeline(node.pipe);
        break;
      case 'if':
      case 'with':
      case 'range':
        pipeline(node.pipe);
        checkFunctions(template, node.list, funcs);
        if (node.elseList) checkFunctions(template, node.elseList, funcs);
        break;
      case 'template':
        if (node.pipe) pipeline(node.pipe);
        break;
    }
  }
}
