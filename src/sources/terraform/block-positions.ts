// Where each block and attribute of a Terraform file starts. hcl2json returns the configuration
// without positions, so the lines are read from the text: a light scanner over HCL that knows
// comments (`#`, `//`, `/* */`), strings (with `${…}` nesting), heredocs and brace depth, so a
// header inside a comment or a heredoc is not taken for a block and `resource "a" "b"{` (no
// space) is. For `.tf.json`, a scan of the JSON text gives the line of each key.
//
// Positions are indexed by path: a block by its type and labels (`resource`, `aws_vpc`, `main`),
// an attribute by its block's path and its name (`terraform`, `required_version`). A path may
// occur more than once (two `provider "aws"` blocks, one with an alias): lines come in file order.

export interface PositionIndex {
  /** Lines (1-based) where `path` occurs, in file order; [] when never. */
  lines(path: string[]): number[];
}

/** The line where `path` occurs the `nth` time, or the first time, or 1 when it never does. */
export function lineOf(index: PositionIndex, path: string[], nth = 0): number {
  const lines = index.lines(path);
  return lines[nth] ?? lines[0] ?? 1;
}

export function positionIndex(file: string, text: string): PositionIndex {
  return file.toLowerCase().endsWith('.json') ? jsonPositions(text) : hclPositions(text);
}

const SEP = '\u0000';

function indexFrom(map: Map<string, number[]>): PositionIndex {
  return { lines: (path) => map.get(path.join(SEP)) ?? [] };
}

function record(map: Map<string, number[]>, path: string[], line: number): void {
  const key = path.join(SEP);
  const list = map.get(key);
  if (list) list.push(line);
  else map.set(key, [line]);
}

// ---------------------------------------------------------------- HCL

const IDENT = /[A-Za-z0-9_-]/;

function hclPositions(text: string): PositionIndex {
  const map = new Map<string, number[]>();
  const s = new HclScanner(text);
  const stack: string[][] = [[]];
  // Each statement of a body starts on its own line (or after `{`): read it, then its end.
  while (!s.done()) {
    s.blank();
    if (s.done()) break;
    const c = text[s.pos]!;
    if (c === '}') {
      s.pos++;
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (!IDENT.test(c)) {
      s.skipExpression(); // stray text: pass it to the end of its line
      continue;
    }
    const line = s.line();
    const name = s.word();
    s.inline();
    if (text[s.pos] === '=' && text[s.pos + 1] !== '=') {
      s.pos++;
      record(map, [...stack.at(-1)!, name], line);
      s.skipExpression();
      continue;
    }
    const labels: string[] = [];
    for (;;) {
      s.inline();
      const ch = text[s.pos];
      if (ch === '"') labels.push(s.quoted());
      else if (ch !== undefined && IDENT.test(ch)) labels.push(s.word());
      else break;
    }
    if (text[s.pos] === '{') {
      s.pos++;
      const path = [...stack.at(-1)!, name, ...labels];
      record(map, path, line);
      stack.push(path);
      continue;
    }
    s.skipExpression();
  }
  return indexFrom(map);
}

class HclScanner {
  pos = 0;
  private lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  done(): boolean {
    return this.pos >= this.text.length;
  }

  line(): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= this.pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Spaces, newlines, commas and comments. */
  blank(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',' || c === ';') this.pos++;
      else if (!this.comment()) return;
    }
  }

  /** Spaces and block comments on the same line. */
  inline(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (!(c === '/' && this.text[this.pos + 1] === '*' && this.comment())) return;
    }
  }

  private comment(): boolean {
    const t = this.text;
    const c = t[this.pos];
    if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
      const end = t.indexOf('\n', this.pos);
      this.pos = end === -1 ? t.length : end;
      return true;
    }
    if (c === '/' && t[this.pos + 1] === '*') {
      const end = t.indexOf('*/', this.pos + 2);
      this.pos = end === -1 ? t.length : end + 2;
      return true;
    }
    return false;
  }

  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && IDENT.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /** A `"…"` label: its text, escapes kept as written (labels rarely hold any). */
  quoted(): string {
    const start = ++this.pos;
    this.skipString();
    return this.text.slice(start, this.pos - 1);
  }

  /** From inside a string's opening quote to past its closing one, `${…}` nesting included. */
  private skipString(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\\') this.pos += 2;
      else if (c === '"') {
        this.pos++;
        return;
      } else if (c === '\n')
        return; // an unclosed string: HCL would reject it; stop at the line end
      else if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
        this.pos += 2;
        this.skipNested('}');
      } else this.pos++;
    }
  }

  /** Through balanced brackets to past `close`. */
  private skipNested(close: string): void {
    const t = this.text;
    const closers = [close];
    while (this.pos < t.length && closers.length > 0) {
      const c = t[this.pos]!;
      if (c === '"') {
        this.pos++;
        this.skipString();
      } else if (c === '<' && t[this.pos + 1] === '<' && this.heredoc()) {
        // skipped
      } else if (this.comment()) {
        // skipped
      } else {
        if (c === '{') closers.push('}');
        else if (c === '[') closers.push(']');
        else if (c === '(') closers.push(')');
        else if (c === closers.at(-1)) closers.pop();
        this.pos++;
      }
    }
  }

  /** An attribute's value: to the end of its line, past any brackets, strings and heredocs it opens. */
  skipExpression(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '\n' || c === '}') return;
      if (c === '"') {
        this.pos++;
        this.skipString();
      } else if (c === '<' && t[this.pos + 1] === '<' && this.heredoc()) {
        // skipped
      } else if (this.comment()) {
        // skipped
      } else if (c === '{' || c === '[' || c === '(') {
        this.pos++;
        this.skipNested(c === '{' ? '}' : c === '[' ? ']' : ')');
      } else this.pos++;
    }
  }

  /** `<<EOT` / `<<-EOT` through its closing line; false (nothing consumed) when it is not one. */
  private heredoc(): boolean {
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 260));
    if (!m) return false;
    const closing = new RegExp(`^[ \\t]*${m[1]}[ \\t]*\\r?$`, 'gm');
    closing.lastIndex = this.pos + m[0].length;
    const end = closing.exec(this.text);
    this.pos = end ? end.index + end[0].length : this.text.length;
    return true;
  }
}

// ---------------------------------------------------------------- JSON

/**
 * Lines of the keys of a JSON document, by key path (array indexes left out, so a block written
 * as a list of objects is found at the same path). Tolerant: a malformed document yields what
 * was read before the fault (the JSON parser reports the fault itself).
 */
function jsonPositions(text: string): PositionIndex {
  const map = new Map<string, number[]>();
  let pos = 0;
  let line = 1;
  const stack: Array<{ path: string[]; isObject: boolean; key?: string }> = [];
  const path = (): string[] => {
    const top = stack.at(-1);
    if (!top) return [];
    return top.isObject && top.key !== undefined ? [...top.path, top.key] : top.path;
  };
  while (pos < text.length) {
    const c = text[pos]!;
    if (c === '\n') {
      line++;
      pos++;
    } else if (c === '"') {
      const start = pos + 1;
      pos++;
      while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
      const raw = text.slice(start, pos);
      pos++;
      let after = pos;
      while (after < text.length && /\s/.test(text[after]!)) after++;
      const top = stack.at(-1);
      if (top?.isObject && text[after] === ':') {
        let key = raw;
        try {
          key = JSON.parse(`"${raw}"`) as string;
        } catch {
          // keep as written
        }
        top.key = key;
        record(map, [...top.path, key], line);
      }
    } else if (c === '{' || c === '[') {
      stack.push({ path: path(), isObject: c === '{' });
      pos++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      pos++;
    } else pos++;
  }
  return indexFrom(map);
}
