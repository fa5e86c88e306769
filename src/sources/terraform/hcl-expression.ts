// Reads the traversals (`aws_vpc.main.id`, `var.region`, `module.vpc.private_subnets[0]`) out of
// the expression strings HashiCorp's parser hands back. hcl2json keeps every non-literal value as
// a template string (`"${aws_vpc.main.id}"`, `"arn:${aws_s3_bucket.logs.arn}/*"`) whose `${…}`
// parts hold the expression's source text, so what a block refers to has to be read from that text.
//
// This is a small recursive-descent parser for HCL's expression and template grammar, not a
// pattern search: text outside `${…}` / `%{…}` is literal (a policy document's prose naming a
// resource is no reference), object keys are not references, and the iterator names of `for`
// expressions and `%{ for }` directives are bound names, not references. It only collects
// traversals; it evaluates nothing. Input size and nesting depth are capped so a hostile file
// cannot make it slow or blow the stack.

/** One traversal: its root name and the steps after it (`.name`, `[0]`, `[*]`). */
export interface Traversal {
  root: string;
  /** Attribute names as written; index steps as `[…]` (`[0]`, `["a"]`, `[*]`, `[]` for a computed one). */
  steps: string[];
}

export interface ExpressionReading {
  traversals: Traversal[];
  /** Why the text could not be read to its end (what was read before stays in `traversals`). */
  error?: string;
}

/** Longer expression strings are not read: no real attribute is a megabyte of expression. */
export const MAX_EXPRESSION_CHARS = 1_000_000;
const MAX_DEPTH = 100;

class ExpressionError extends Error {}

/**
 * The traversals in a template string as hcl2json gives it (literal text with `${…}` and `%{…}`
 * sequences; `$${` and `%%{` are escapes for literal text). Names bound by `bound` (a dynamic
 * block's iterator, say) are not reported.
 */
export function templateTraversals(text: string, bound: Iterable<string> = []): ExpressionReading {
  if (text.length > MAX_EXPRESSION_CHARS)
    return {
      traversals: [],
      error: `expression of ${text.length} characters is over the ${MAX_EXPRESSION_CHARS} read`,
    };
  const parser = new ExpressionParser(text, new Set(bound));
  try {
    parser.template(text.length, 'top');
    return { traversals: parser.found };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { traversals: parser.found, error: error.message };
  }
}

/** A traversal as text: `aws_vpc.main.id`, `aws_subnet.private[*].id`. */
export function traversalText(t: Traversal): string {
  return t.root + t.steps.map((s) => (s.startsWith('[') ? s : `.${s}`)).join('');
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
const BINARY_OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%'];

class ExpressionParser {
  readonly found: Traversal[] = [];
  private pos = 0;
  private depth = 0;
  private readonly scopes: Set<string>[];

  constructor(
    private readonly text: string,
    bound: Set<string>,
  ) {
    this.scopes = [bound];
  }

  // ------------------------------------------------------------ templates

  /**
   * A template up to `end` (top level: the whole string) or up to its closing quote (`quoted`:
   * a string literal inside an expression, where `\` escapes apply).
   */
  template(end: number, mode: 'top' | 'quoted'): void {
    const text = this.text;
    const forScopes: number[] = [];
    while (this.pos < end) {
      const c = text[this.pos]!;
      if (mode === 'quoted') {
        if (c === '"') break;
        if (c === '\\') {
          this.pos += 2;
          continue;
        }
        if (c === '\n') throw this.fail('a string literal ends at the end of its line');
      }
      if ((c === '$' || c === '%') && text[this.pos + 1] === c && text[this.pos + 2] === '{') {
        this.pos += 3; // `$${` / `%%{`: literal text
        continue;
      }
      if (c === '$' && text[this.pos + 1] === '{') {
        this.pos += 2;
        this.stripMarker();
        this.expression();
        this.stripMarker();
        this.expect('}');
        continue;
      }
      if (c === '%' && text[this.pos + 1] === '{') {
        this.pos += 2;
        this.directive(forScopes);
        continue;
      }
      this.pos++;
    }
    if (mode === 'quoted') {
      if (text[this.pos] !== '"') throw this.fail('a string literal is not closed');
      this.pos++;
    }
    // A `%{ for }` left open binds nothing past its template.
    for (let i = 0; i < forScopes.length; i++) this.scopes.pop();
  }

  /** `%{ if c }`, `%{ else }`, `%{ endif }`, `%{ for k, v in c }`, `%{ endfor }` (after `%{`). */
  private directive(forScopes: number[]): void {
    this.stripMarker();
    this.space();
    const word = this.identifier();
    if (word === 'if') this.expression();
    else if (word === 'for') {
      const names = this.forNames();
      this.expression();
      this.scopes.push(new Set(names));
      forScopes.push(1);
    } else if (word === 'endfor') {
      if (forScopes.pop() !== undefined) this.scopes.pop();
    } else if (word !== 'else' && word !== 'endif') throw this.fail(`unknown template directive \`${word}\``);
    this.stripMarker();
    this.expect('}');
  }

  /** `k, v in` / `v in` of a for: the bound names. */
  private forNames(): string[] {
    this.space();
    const names = [this.identifier()];
    this.space();
    if (this.text[this.pos] === ',') {
      this.pos++;
      this.space();
      names.push(this.identifier());
    }
    this.space();
    if (this.identifier() !== 'in') throw this.fail('`for` without `in`');
    this.space();
    return names;
  }

  // ------------------------------------------------------------ expressions

  private expression(): void {
    if (++this.depth > MAX_DEPTH) throw this.fail(`expression nested more than ${MAX_DEPTH} deep`);
    this.operation();
    this.space();
    if (this.text[this.pos] === '?') {
      this.pos++;
      this.expression();
      this.expect(':');
      this.expression();
    }
    this.depth--;
  }

  /** Unary and binary operations: their operands are all that matters here. */
  private operation(): void {
    for (;;) {
      this.space();
      while (this.text[this.pos] === '!' || (this.text[this.pos] === '-' && !this.startsWith('->'))) {
        this.pos++;
        this.space();
      }
      this.postfix();
      this.space();
      const op = BINARY_OPERATORS.find((o) => this.startsWith(o));
      // `=>` and `==` share a start; `=>` ends a for-expression's key.
      if (!op || this.startsWith('=>')) return;
      this.pos += op.length;
    }
  }

  /** A primary expression and its `.attr`, `[index]`, `[*]`, `.*` steps. */
  private postfix(): void {
    const traversal = this.primary();
    // Steps are read whether or not the primary is a traversal (`s.arn` of a bound `s` too).
    const step = (text: string) => traversal?.steps.push(text);
    for (;;) {
      this.space();
      const c = this.text[this.pos];
      if (c === '.') {
        if (this.startsWith('...')) return;
        this.pos++;
        this.space();
        const next = this.text[this.pos];
        if (next === '*') {
          this.pos++;
          step('[*]');
        } else if (next !== undefined && /[0-9]/.test(next)) step(`[${this.number()}]`);
        else step(this.identifier());
      } else if (c === '[') {
        this.pos++;
        this.space();
        if (this.text[this.pos] === '*') {
          this.pos++;
          step('[*]');
        } else {
          const start = this.pos;
          this.expression();
          const inner = this.text.slice(start, this.pos).trim();
          step(/^(?:\d+|"[^"$%\\]*")$/.test(inner) ? `[${inner}]` : '[]');
        }
        this.expect(']');
      } else return;
    }
  }

  /** A primary; returns the traversal it starts, if it is a name that is not bound. */
  private primary(): Traversal | undefined {
    this.space();
    const c = this.text[this.pos];
    if (c === undefined) throw this.fail('an expression is missing');
    if (c === '"') {
      this.pos++;
      this.template(this.text.length, 'quoted');
      return undefined;
    }
    if (c === '<' && this.startsWith('<<')) {
      this.heredoc();
      return undefined;
    }
    if (/[0-9]/.test(c)) {
      this.number();
      return undefined;
    }
    if (c === '(') {
      this.pos++;
      this.expression();
      this.expect(')');
      return undefined;
    }
    if (c === '[') {
      this.pos++;
      this.collection(']');
      return undefined;
    }
    if (c === '{') {
      this.pos++;
      this.collection('}');
      return undefined;
    }
    if (!IDENT_START.test(c)) throw this.fail(`unexpected \`${c}\``);
    let name = this.identifier();
    // `provider::aws::arn_parse(…)`: a provider-defined function.
    while (this.startsWith('::')) {
      this.pos += 2;
      name += `::${this.identifier()}`;
    }
    this.space();
    if (this.text[this.pos] === '(') {
      this.pos++;
      this.callArguments();
      return undefined;
    }
    if (name === 'true' || name === 'false' || name === 'null') return undefined;
    if (this.scopes.some((s) => s.has(name))) return undefined;
    const traversal: Traversal = { root: name, steps: [] };
    this.found.push(traversal);
    return traversal;
  }

  private callArguments(): void {
    this.space();
    while (this.text[this.pos] !== ')') {
      this.expression();
      this.space();
      if (this.startsWith('...')) {
        this.pos += 3;
        this.space();
      }
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== ')') throw this.fail('expected `,` or `)` in a function call');
      this.space();
    }
    this.pos++;
  }

  /** After `[` or `{`: a for-expression, or a tuple / object. */
  private collection(close: ']' | '}'): void {
    this.space();
    if (this.isForExpression()) {
      this.identifier(); // `for`
      this.space();
      const names = this.forNames();
      this.expression(); // the collection, outside the new scope
      this.expect(':');
      this.scopes.push(new Set(names));
      this.expression();
      this.space();
      if (close === '}') {
        this.expectText('=>');
        this.expression();
        this.space();
        if (this.startsWith('...')) this.pos += 3;
      }
      this.space();
      if (this.keyword('if')) this.expression();
      this.scopes.pop();
      this.expect(close);
      return;
    }
    for (;;) {
      this.space();
      if (this.text[this.pos] === close) {
        this.pos++;
        return;
      }
      if (close === '}') this.objectKey();
      this.expression();
      this.space();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== close && close === ']') throw this.fail('expected `,` or `]` in a list');
    }
  }

  /** An object item's key and its `=` or `:`. A bare name is a literal key, not a reference. */
  private objectKey(): void {
    const start = this.pos;
    if (IDENT_START.test(this.text[this.pos] ?? '')) {
      this.identifier();
      this.space();
      if (this.isKeySeparator()) {
        this.pos++;
        return;
      }
      this.pos = start;
    }
    // An expression key (`(var.name)`, `"literal"`, `"${x}"`): its names are references.
    this.operation();
    this.space();
    if (!this.isKeySeparator()) throw this.fail('expected `=` or `:` after an object key');
    this.pos++;
  }

  private isKeySeparator(): boolean {
    const c = this.text[this.pos];
    return (c === '=' && this.text[this.pos + 1] !== '=' && this.text[this.pos + 1] !== '>') || c === ':';
  }

  private isForExpression(): boolean {
    const save = this.pos;
    try {
      if (!this.keyword('for')) return false;
      this.space();
      if (!IDENT_START.test(this.text[this.pos] ?? '')) return false;
      this.identifier();
      this.space();
      return this.text[this.pos] === ',' || this.keyword('in');
    } catch {
      return false;
    } finally {
      this.pos = save;
    }
  }

  /** `<<EOT` / `<<-EOT` … a line holding only `EOT`: its body is a template. */
  private heredoc(): void {
    this.pos += 2;
    if (this.text[this.pos] === '-') this.pos++;
    const marker = this.identifier();
    const lineEnd = this.text.indexOf('\n', this.pos);
    if (lineEnd === -1) throw this.fail('a heredoc has no body');
    const closing = new RegExp(`\\n[ \\t]*${marker}[ \\t]*(?=\\r?\\n|$)`, 'g');
    closing.lastIndex = lineEnd;
    const m = closing.exec(this.text);
    if (!m) throw this.fail(`heredoc \`${marker}\` is not closed`);
    this.pos = lineEnd + 1;
    this.template(m.index, 'top');
    this.pos = m.index + m[0].length;
  }

  // ------------------------------------------------------------ lexing

  private identifier(): string {
    const start = this.pos;
    if (!IDENT_START.test(this.text[this.pos] ?? '')) throw this.fail('expected a name');
    this.pos++;
    while (IDENT_PART.test(this.text[this.pos] ?? '')) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private number(): string {
    const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!m) throw this.fail('expected a number');
    this.pos += m[0].length;
    return m[0];
  }

  /** A whole word (`for`, `in`, `if`) at the position: consumed when present. */
  private keyword(word: string): boolean {
    if (!this.startsWith(word) || IDENT_PART.test(this.text[this.pos + word.length] ?? '')) return false;
    this.pos += word.length;
    return true;
  }

  /** Blanks, newlines and comments (`#`, `//`, `/* … *\/`) between tokens. */
  private space(): void {
    const text = this.text;
    for (;;) {
      const c = text[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#' || (c === '/' && text[this.pos + 1] === '/')) {
        const end = text.indexOf('\n', this.pos);
        this.pos = end === -1 ? text.length : end;
      } else if (c === '/' && text[this.pos + 1] === '*') {
        const end = text.indexOf('*/', this.pos + 2);
        this.pos = end === -1 ? text.length : end + 2;
      } else return;
    }
  }

  /** `~` strip markers next to `${`, `%{` and `}`. */
  private stripMarker(): void {
    this.space();
    if (this.text[this.pos] === '~') this.pos++;
    this.space();
  }

  private startsWith(s: string): boolean {
    return this.text.startsWith(s, this.pos);
  }

  private expect(c: string): void {
    this.space();
    if (this.text[this.pos] !== c) {
      const found = this.text[this.pos];
      throw this.fail(
        found === undefined ? `expected \`${c}\` before the end` : `expected \`${c}\`, found \`${found}\``,
      );
    }
    this.pos++;
  }

  private expectText(s: string): void {
    this.space();
    if (!this.startsWith(s)) throw this.fail(`expected \`${s}\``);
    this.pos += s.length;
  }

  private fail(message: string): ExpressionError {
    return new ExpressionError(`${message} (at character ${this.pos + 1})`);
  }
}
