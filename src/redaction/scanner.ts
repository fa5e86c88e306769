import { CR, isBlank, NL, SPACE } from './char-codes.js';
import { classifyKey, type KeyClass } from './key-names.js';
import { lowerBound } from './lower-bound.js';

/** One finding: a range of a single line to be replaced by the marker of `rule`. */
export interface Span {
  start: number;
  end: number;
  rule: string;
  prio: number;
  /**
   * Spans of one finding share a group (the lines of a PEM block or block scalar), so that the
   * finding is reported once, on its first line.
   */
  group: number;
}

const ALREADY_REDACTED = /^\[REDACTED:[a-z0-9-]{1,40}\]$/;

/**
 * The text being redacted, the spans found so far, and the line lookups the rules share. Line
 * lookups use a table of newline offsets built once, so that each is O(log lines) rather than a
 * scan back to the previous newline (which is quadratic on minified or single-line files).
 */
export class Scanner {
  readonly spans: Span[] = [];
  private groups = 0;
  readonly len: number;

  constructor(readonly text: string) {
    this.len = text.length;
  }

  group(): number {
    return this.groups++;
  }

  /** Add one span; it must lie within a single line (callers guarantee it). */
  add(start: number, end: number, rule: string, prio: number, group = this.group()): void {
    // Never include a line terminator in a span.
    for (let i = start; i < end; i++) {
      if (this.text.charCodeAt(i) === NL) {
        end = i;
        break;
      }
    }
    if (end > start && this.text.charCodeAt(end - 1) === CR) end--;
    if (end <= start) return;
    // Already-redacted text stays as it is (redaction is idempotent).
    if (this.text.charCodeAt(start) === 91 && end - start < 64 && ALREADY_REDACTED.test(this.text.slice(start, end))) {
      return;
    }
    this.spans.push({ start, end, rule, prio, group });
  }

  /** Add a range that may span lines: each line's content (after its indentation) is redacted. */
  addMultiline(start: number, end: number, rule: string, prio: number): void {
    const g = this.group();
    let s = start;
    while (s < end) {
      let nl = s;
      while (nl < end && this.text.charCodeAt(nl) !== NL) nl++;
      let e = nl;
      if (e > s && this.text.charCodeAt(e - 1) === CR) e--;
      if (e > s) this.spans.push({ start: s, end: e, rule, prio, group: g });
      if (nl >= end) break;
      s = nl + 1;
      while (s < end && isBlank(this.text.charCodeAt(s))) s++;
    }
  }

  /** Positions of every '\n', built on first use: line lookups are then O(log lines). */
  private newlines: Int32Array | null = null;

  private table(): Int32Array {
    if (this.newlines) return this.newlines;
    let buf = new Int32Array(1024);
    let n = 0;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) {
      if (n === buf.length) {
        const bigger = new Int32Array(buf.length * 2);
        bigger.set(buf);
        buf = bigger;
      }
      buf[n++] = i;
    }
    this.newlines = buf.subarray(0, n);
    return this.newlines;
  }

  /** Index of the first '\n' at or after pos (or -1). */
  private nlAtOrAfter(pos: number): number {
    const t = this.table();
    const i = this.firstNewlineIndexAtOrAfter(pos);
    return i < t.length ? t[i]! : -1;
  }

  /** Index into the newline table of the first newline at or after pos. */
  private firstNewlineIndexAtOrAfter(pos: number): number {
    return lowerBound(this.table(), pos);
  }

  /** Start of the line containing pos. */
  lineStart(pos: number): number {
    const i = this.firstNewlineIndexAtOrAfter(pos);
    return i === 0 ? 0 : this.table()[i - 1]! + 1;
  }

  /**
   * End of the line containing pos (index of its '\n', or of a '\r' before it, or text end),
   * capped at pos+cap.
   */
  lineEnd(pos: number, cap = Infinity): number {
    const nl = this.nlAtOrAfter(pos);
    let end = nl === -1 ? this.len : nl;
    if (end > pos && nl !== -1 && this.text.charCodeAt(end - 1) === CR) end--;
    return Math.min(end, pos + cap);
  }

  /** Index just after the '\n' ending the line that contains pos, or -1 on the last line. */
  nextLine(pos: number): number {
    const nl = this.nlAtOrAfter(pos);
    return nl === -1 ? -1 : nl + 1;
  }

  /** True when only blanks stand between the start of pos's line and pos. */
  onlyBlanksBefore(pos: number): boolean {
    let i = pos - 1;
    while (i >= 0 && isBlank(this.text.charCodeAt(i))) i--;
    return (
      i < 0 || this.text.charCodeAt(i) === NL || (this.text.charCodeAt(i) === CR && this.text.charCodeAt(i + 1) === NL)
    );
  }

  /** The same key names recur thousands of times in a large spec: classify each one once. */
  private keyCache = new Map<string, KeyClass | null>();

  classify(key: string): KeyClass | null {
    let c = this.keyCache.get(key);
    if (c === undefined) {
      c = classifyKey(key);
      this.keyCache.set(key, c);
    }
    return c;
  }

  skipBlanks(pos: number): number {
    while (pos < this.len && isBlank(this.text.charCodeAt(pos))) pos++;
    return pos;
  }

  indentAt(lineStart: number): number {
    let i = lineStart;
    while (i < this.len && this.text.charCodeAt(i) === SPACE) i++;
    return i - lineStart;
  }

  isLineEnd(pos: number): boolean {
    if (pos >= this.len) return true;
    const c = this.text.charCodeAt(pos);
    return c === NL || (c === CR && this.text.charCodeAt(pos + 1) === NL);
  }
}
