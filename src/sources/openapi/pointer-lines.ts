// Maps JSON pointers to 1-based line numbers in a YAML or JSON file.
//
// Redocly hands back plain objects (and problems as JSON pointers), which carry no positions.
// Every fact must cite file:line, so each spec file is also parsed with the `yaml` package, whose
// nodes keep their source ranges (JSON is YAML, so it serves both; big strict-JSON files take a
// faster path).

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { JsonPointerLines } from './json-pointer-lines.js';

export interface YamlProblem {
  message: string;
  line?: number;
  column?: number;
}

/** One file's text, parsed once, answering "which line is this pointer on?". */
export interface PointerLines {
  /** Syntax errors, each with the line and column where the parser stopped. */
  errors(): YamlProblem[];
  /** The parsed value, as plain JavaScript. */
  toJS(): unknown;
  lineOf(pointer: readonly string[], onKey?: boolean): number;
  /**
   * A scalar exactly as written: YAML reads an unquoted `version: 1.10` as the number 1.1, but
   * the document meant the text.
   */
  scalarSource(pointer: readonly string[]): string | undefined;
}

/**
 * Positions for a spec file's text. Strict JSON takes a fast path (see json-pointer-lines.ts);
 * anything else, including JSON with a syntax error, goes through the YAML parser, which reports
 * errors with their line.
 */
export function pointerLinesFor(text: string): PointerLines {
  if (/^\s*[{[]/.test(text)) {
    try {
      return new JsonPointerLines(text, JSON.parse(text));
    } catch {
      // Not strict JSON: let the YAML parser say where it breaks (or read it as YAML flow style).
    }
  }
  return new YamlPointerLines(text);
}

/** YAML (and JSON) through the `yaml` package, whose nodes keep their source ranges. */
class YamlPointerLines implements PointerLines {
  private readonly lineCounter = new LineCounter();
  private readonly doc: Document;

  constructor(private readonly text: string) {
    // `uniqueKeys` stays on: a duplicated key in a spec is a real error worth reporting.
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false, merge: true });
  }

  errors(): YamlProblem[] {
    return this.doc.errors.map((e) => {
      const pos = this.lineCounter.linePos(e.pos[0]);
      return { message: e.message, line: pos.line, column: pos.col };
    });
  }

  toJS(): unknown {
    return this.doc.toJS({ maxAliasCount: 1000 });
  }

  lineOf(pointer: readonly string[], onKey = false): number {
    let node: unknown = this.doc.contents;
    let keyOffset: number | undefined;
    for (const segment of pointer) {
      node = this.deref(node);
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && keyText(p.key) === segment);
        if (pair) {
          keyOffset = rangeStart(pair.key);
          next = pair.value ?? null;
        }
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item !== undefined && /^\d+$/.test(segment)) {
          keyOffset = rangeStart(item);
          next = item;
        }
      }
      if (next === undefined) return this.line(keyOffset ?? rangeStart(node));
      node = next;
    }
    const valueOffset = rangeStart(this.deref(node));
    return this.line(onKey ? (keyOffset ?? valueOffset) : (valueOffset ?? keyOffset));
  }

  scalarSource(pointer: readonly string[]): string | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of pointer) {
      node = this.deref(node);
      if (isMap(node)) node = node.items.find((p) => isPair(p) && keyText(p.key) === segment)?.value;
      else if (isSeq(node) && /^\d+$/.test(segment)) node = node.items[Number(segment)];
      else return undefined;
    }
    node = this.deref(node);
    if (!isScalar(node) || !node.range) return undefined;
    const raw = this.text.slice(node.range[0], node.range[1]).trim();
    return raw.replace(/^(["'])(.*)\1$/s, '$2');
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  private line(offset: number | undefined): number {
    return offset === undefined ? 1 : this.lineCounter.linePos(offset).line;
  }
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** Splits a `#/a/b~1c` pointer (as Redocly writes them) into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '' || body === '/') return [];
  return body
    .replace(/^\//, '')
    .split('/')
    .map((s) => {
      // Same order as Redocly's own unescaping, so the same pointer names the same node.
      const unescaped = s.replace(/~1/g, '/').replace(/~0/g, '~');
      try {
        return decodeURIComponent(unescaped);
      } catch {
        return unescaped; // a literal `%` that is not an escape
      }
    });
}
