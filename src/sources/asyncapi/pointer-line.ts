// The line a JSON pointer into an AsyncAPI document starts at, from the YAML parse of its text.
//
// @asyncapi/parser gives each model its pointer into the resolved document (`/operations/send`,
// `/channels/orders/publish/message/payload`). The YAML Document keeps every node's range, so the
// pointer is walked there; an in-document `$ref` met on the way is followed, because the resolved
// document has the referenced content where the written one has the ref.

import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { lineOfNode, pairOf } from '../common/yaml-positions.js';

/** Segments of a JSON pointer, unescaped (`/a~1b` → `a/b`). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#?\//, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The YAML node at a pointer (the deepest one reached when the rest is in another file). */
export function nodeAtPointer(doc: Document, pointer: string): unknown {
  let node: unknown = doc.contents;
  for (const segment of pointerSegments(pointer)) {
    node = followLocalRef(doc, node);
    const next = childOf(node, segment);
    if (next === undefined) return node;
    node = next;
  }
  return node;
}

/**
 * 1-based line of what a pointer names: the line of its key (`chargeOrder:`, `Order:`), which is
 * where a reader looks for it, else of the node itself.
 */
export function lineOfPointer(doc: Document, lineCounter: LineCounter, pointer: string): number {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  const parent = followLocalRef(doc, nodeAtPointer(doc, segments.map(pointerSegment).join('/')));
  const pair = last === undefined ? undefined : pairOf(parent, last);
  return lineOfNode(lineCounter, pair ? pair.key : nodeAtPointer(doc, pointer));
}

function pointerSegment(segment: string): string {
  return `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The `$ref` string of a map written as `{ $ref: ... }`, if it is one. */
export function refOf(node: unknown): string | undefined {
  const ref = pairOf(node, '$ref')?.value;
  return isScalar(ref) && typeof ref.value === 'string' ? ref.value : undefined;
}

function childOf(node: unknown, segment: string): unknown {
  if (isMap(node)) {
    const pair = pairOf(node, segment);
    // A key with an empty value (`bindings:`) still has a position: its key's.
    return pair ? (pair.value ?? pair.key) : undefined;
  }
  if (isSeq(node) && /^\d+$/.test(segment)) return node.items[Number(segment)];
  return undefined;
}

/** In-document refs only (`#/components/...`); a ref to another file stays where it is written. */
function followLocalRef(doc: Document, node: unknown, depth = 0): unknown {
  const ref = refOf(node);
  if (!ref?.startsWith('#/') || depth > 16) return node;
  let target: unknown = doc.contents;
  for (const segment of pointerSegments(ref)) {
    target = childOf(followLocalRef(doc, target, depth + 1), segment);
    if (target === undefined) return node;
  }
  return followLocalRef(doc, target as Node, depth + 1);
}
