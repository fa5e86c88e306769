// Line numbers for JSON pointers in a JSON file, without building a syntax tree.
//
// Big API descriptions are JSON (GitHub's is 13 MB). The `yaml` package parses JSON too, but
// keeping every node's range costs ~8 s for 18 MB, while the facts need the lines of only a few
// thousand nodes (path items, operations, schemes). So JSON files get this instead: the text is
// validated with `JSON.parse`, and a pointer is followed by scanning just the containers on its
// way, each scanned once and remembered. Everything the scanner meets has already been validated.

import type { PointerLines, YamlProblem } from './pointer-lines.js';

export class JsonPointerLines implements PointerLines {
  private readonly lineStarts: number[] = [0];
  /** Container start offset → its members: key (or index) → where the key and the value start. */
  private readonly members = new Map<number, Map<string, { keyStart: number; valueStart: number }>>();

  /** `value` is `JSON.parse(text)`, already done by the caller to know the text is JSON. */
  constructor(
    private readonly text: string,
    private readonly value: unknown,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  errors(): YamlProblem[] {
    return [];
  }

  toJS(): unknown {
    return this.value;
  }

  /** Same contract as `PointerLines.lineOf`: the line of the node at `pointer`, or of its key with `onKey`. */
  lineOf(pointer: readonly string[], onKey = false): number {
    let valueStart = this.skipSpace(0);
    let keyStart: number | undefined;
    for (const segment of pointer) {
      const member = this.membersOf(valueStart).get(segment);
      if (!member) return this.line(keyStart ?? valueStart);
      keyStart = member.keyStart;
      valueStart = member.valueStart;
    }
    return this.line(onKey ? (keyStart ?? valueStart) : valueStart);
  }

  /** The scalar at `pointer` as written (a number's digits, a string's decoded text). */
  scalarSource(pointer: readonly string[]): string | undefined {
    let valueStart = this.skipSpace(0);
    for (const segment of pointer) {
      const member = this.membersOf(valueStart).get(segment);
      if (!member) return undefined;
      valueStart = member.valueStart;
    }
    const c = this.text[valueStart];
    if (c === '{' || c === '[') return undefined;
    const raw = this.text.slice(valueStart, this.skipValue(valueStart));
    return c === '"' ? (JSON.parse(raw) as string) : raw;
  }

  private membersOf(start: number): Map<string, { keyStart: number; valueStart: number }> {
    const cached = this.members.get(start);
    if (cached) return cached;
    const out = new Map<string, { keyStart: number; valueStart: number }>();
    const open = this.text[start];
    if (open === '{' || open === '[') {
      let i = this.skipSpace(start + 1);
      let index = 0;
      while (i < this.text.length && this.text[i] !== '}' && this.text[i] !== ']') {
        let keyStart = i;
        let key = String(index++);
        if (open === '{') {
          const keyEnd = this.skipString(i);
          key = JSON.parse(this.text.slice(i, keyEnd)) as string;
          i = this.skipSpace(keyEnd) + 1; // past ':'
        } else {
          keyStart = i;
        }
        const valueStart = this.skipSpace(i);
        if (!out.has(key)) out.set(key, { keyStart, valueStart });
        i = this.skipSpace(this.skipValue(valueStart));
        if (this.text[i] === ',') i = this.skipSpace(i + 1);
      }
    }
    this.members.set(start, out);
    return out;
  }

  /** Offset just past the value starting at `i`. Character codes, not strings: this loop is the hot one. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34) return this.skipString(i);
    if (c === 123 || c === 91) {
      let depth = 0;
      for (let j = i; j < text.length; j++) {
        const ch = text.charCodeAt(j);
        if (ch === 34) j = this.skipString(j) - 1;
        else if (ch === 123 || ch === 91) depth++;
        else if ((ch === 125 || ch === 93) && --depth === 0) return j + 1;
      }
      return text.length;
    }
    let j = i;
    for (; j < text.length; j++) {
      const ch = text.charCodeAt(j);
      // whitespace , ] }
      if (ch === 32 || ch === 10 || ch === 13 || ch === 9 || ch === 44 || ch === 93 || ch === 125) break;
    }
    return j;
  }

  /** Offset just past the string literal starting (at its quote) at `i`: jumps from quote to quote. */
  private skipString(i: number): number {
    const text = this.text;
    for (let from = i + 1; ; ) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return text.length;
      // Escaped when preceded by an odd number of backslashes.
      let slashes = 0;
      for (let k = quote - 1; text.charCodeAt(k) === 92; k--) slashes++;
      if (slashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  private skipSpace(i: number): number {
    while (i < this.text.length) {
      const ch = this.text.charCodeAt(i);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) break;
      i++;
    }
    return i;
  }

  private line(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
