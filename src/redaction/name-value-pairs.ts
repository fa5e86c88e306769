/**
 * Secrets whose name is a value, not a key: Kubernetes env `- name: DB_PASSWORD` / `value: x`,
 * ECS task definitions `{"name": "DB_PASSWORD", "value": "x"}`. The sibling `value:` is redacted.
 */

import { isBlank } from './char-codes.js';
import type { KeyClass } from './key-names.js';
import { parseValue } from './parse-value.js';
import type { Scanner } from './scanner.js';
import { redactParsed } from './value-redaction.js';

const VALUE_KEY_RE = /(["']?)(?:value|Value|VALUE)\1[ \t]*[:=](?![=:])[ \t]*/y;

/**
 * For a `name: DB_PASSWORD` entry, find the sibling `value:` of the same item (Kubernetes env,
 * ECS task definitions) on the same line, or on nearby lines at the same column.
 */
function redactSiblingValue(
  s: Scanner,
  nameKeyStart: number,
  after: number,
  kc: KeyClass,
  nearAws: (p: number) => boolean,
): void {
  const text = s.text;
  const le = s.lineEnd(after);
  // Same line: `{"name": "DB_PASSWORD", "value": "x"}` (looked for within the same object).
  const sameLine = /(?:^|[{,\s])(["']?)(?:value|Value|VALUE)\1[ \t]*[:=](?![=:])[ \t]*/g;
  const rest = text.slice(after, Math.min(le, after + 1024));
  const close = rest.indexOf('}');
  const m = sameLine.exec(rest);
  if (m && (close === -1 || m.index < close)) {
    const pos = after + m.index + m[0].length;
    redactParsed(s, parseValue(s, pos, 'flow'), kc, -1, nearAws);
    return;
  }
  const ls = s.lineStart(nameKeyStart);
  const col = nameKeyStart - ls;
  if (col > 200 || le - after > 1024) return; // not an indented YAML/JSON line
  const blankLine = (start: number, end: number): boolean => start + s.indentAt(start) >= end;
  // Following lines of the same item.
  let l = s.nextLine(le);
  for (let n = 0; l !== -1 && n < 6; n++) {
    const e = s.lineEnd(l);
    const indent = s.indentAt(l);
    if (!blankLine(l, e)) {
      if (indent < col) break;
      if (indent === col) {
        VALUE_KEY_RE.lastIndex = l + indent;
        const vm = VALUE_KEY_RE.exec(text);
        if (vm) {
          redactParsed(s, parseValue(s, l + indent + vm[0].length, 'line'), kc, col, nearAws);
          return;
        }
      }
    }
    l = s.nextLine(e);
  }
  // Preceding lines: `- value: x` then `  name: DB_PASSWORD`.
  if (text.charCodeAt(ls + s.indentAt(ls)) === 45) return; // `- name:` starts the item
  let p = ls;
  for (let n = 0; n < 6 && p > 0; n++) {
    const pl = s.lineStart(p - 1);
    const pe = s.lineEnd(pl);
    const indent = s.indentAt(pl);
    if (!blankLine(pl, pe)) {
      let keyAt = -1;
      if (indent === col) keyAt = pl + indent;
      else if (indent === col - 2 && text.charCodeAt(pl + indent) === 45) keyAt = pl + col;
      if (keyAt !== -1) {
        VALUE_KEY_RE.lastIndex = keyAt;
        const vm = VALUE_KEY_RE.exec(text);
        if (vm) {
          redactParsed(s, parseValue(s, keyAt + vm[0].length, 'line'), kc, col, nearAws);
          return;
        }
      }
      if (indent < col) return;
    }
    p = pl;
  }
}

const NAME_KEY_BEFORE = /(?:^|[\s{,-])(["']?)(?:name|Name|NAME|key|Key)\1[ \t]*[:=][ \t]*["']?$/;

export function handleNameValue(
  s: Scanner,
  ks: number,
  ke: number,
  tokenStart: number,
  tokenEnd: number,
  nearAws: (pos: number) => boolean,
): number {
  const text = s.text;
  const look = text.slice(Math.max(0, tokenStart - 40), tokenStart + (tokenStart < ks ? 1 : 0));
  const m = NAME_KEY_BEFORE.exec(look);
  if (!m) return -1;
  // The token must be the whole value (a closing quote shows that it is).
  const e = s.skipBlanks(tokenEnd);
  const c = text.charCodeAt(e);
  if (tokenEnd === ke && !(s.isLineEnd(e) || c === 44 || c === 125 || c === 35)) return -1;
  const kc = s.classify(text.slice(ks, ke));
  if (!kc) return -1;
  const keyAt = skipListMarker(text, Math.max(0, tokenStart - 40) + m.index);
  redactSiblingValue(s, keyAt, tokenEnd, kc, nearAws);
  return -1;
}

function skipListMarker(text: string, pos: number): number {
  // `m[0]` may start with the separator char we matched (`{`, `,`, `-`); move to the key itself.
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 44 || c === 45 || isBlank(c)) pos++;
    else break;
  }
  return pos;
}
