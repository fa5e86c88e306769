// Positions and syntax errors for the YAML infra readers (Compose, Kubernetes).
//
// Both read YAML with the `yaml` package's Document API, which keeps every node's source range;
// a LineCounter turns those offsets into the 1-based lines facts and diagnostics cite.

import { isMap, isPair, isScalar, type Document, type LineCounter, type Node, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../facts/model.js';

/** A file with many syntax errors is one problem to fix; the first few say where. */
const MAX_SYNTAX_ERRORS = 5;

/** 1-based line of a node's first character (1 when the node has no range). */
export function lineOfNode(lineCounter: LineCounter, node: unknown): number {
  const range = (node as Node | null | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : 1;
}

/** The map pair under `key`, if the node is a map that has it. */
export function pairOf(map: unknown, key: string): { key: unknown; value: unknown } | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap).items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

/** The document's syntax errors as `infra` diagnostics, with line and column. */
export function syntaxErrorDiagnostics(file: string, doc: Document, lineCounter: LineCounter): Diagnostic[] {
  return doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      severity: 'error',
      stage: 'infra',
      file,
      line: pos.line,
      column: pos.col,
      message: `YAML syntax error: ${e.message}`,
    };
  });
}
