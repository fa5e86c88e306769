/**
 * Whether a sensitive word followed by `:` or `=` is really a key, judged from what precedes it,
 * and in which syntax its value is written (a YAML line, a flow mapping, a query string, …).
 */

import { CR, isAlnum, isBlank, NL } from './char-codes.js';
import type { ValueSyntax } from './parse-value.js';
import type { Scanner } from './scanner.js';

const KEYWORDS = new Set([
  'export',
  'set',
  'setx',
  'declare',
  'readonly',
  'local',
  'const',
  'let',
  'var',
  'val',
  'ENV',
  'ARG',
  'define',
]);

export interface KeyContext {
  ctx: ValueSyntax;
  /** the key is the first thing on its line (YAML mapping key, .env line, HCL attribute) */
  lineKey: boolean;
  /** `ENV NAME value` in a Dockerfile */
  spaceSep: boolean;
}

/** Decide from what precedes a key whether it is really a key (not prose) and in what syntax. */
export function keyContext(s: Scanner, keyStart: number, sep: ':' | '=' | ' '): KeyContext | null {
  const text = s.text;
  const immediate = keyStart > 0 ? text.charCodeAt(keyStart - 1) : NL;
  if (sep === '=') {
    if (immediate === 63 || immediate === 38) return { ctx: 'query', lineKey: false, spaceSep: false };
    if (immediate === 59) return { ctx: 'conn', lineKey: false, spaceSep: false };
  }
  let i = keyStart - 1;
  const stop = Math.max(0, keyStart - 200);
  while (i >= stop && isBlank(text.charCodeAt(i))) i--;
  if (i < 0 || text.charCodeAt(i) === NL || text.charCodeAt(i) === CR) {
    return { ctx: 'line', lineKey: true, spaceSep: false };
  }
  const c = text.charCodeAt(i);
  if (c === 123 || c === 44 || c === 91 || c === 40) return { ctx: 'flow', lineKey: false, spaceSep: false };
  if (c === 45 /* - list item */ && i < keyStart - 1) {
    const j = i - 1;
    if (j < 0 || isBlank(text.charCodeAt(j)) || text.charCodeAt(j) === NL) {
      if (s.onlyBlanksBefore(i)) return { ctx: 'line', lineKey: true, spaceSep: false };
    }
  }
  if ((c === 36 /* $ */ || c === 64) /* @ */ && i === keyStart - 1) {
    if (s.onlyBlanksBefore(i)) return { ctx: 'line', lineKey: true, spaceSep: false };
    if (sep === '=') return { ctx: 'word', lineKey: false, spaceSep: false };
  }
  // .npmrc `//host/:_authToken=`
  if (c === 58 /* : */ && sep === '=' && i === keyStart - 1) return { ctx: 'line', lineKey: false, spaceSep: false };
  if (isAlnum(c)) {
    // A leading keyword: `export KEY=`, `ENV KEY=`, `const apiKey =`.
    let w = i;
    while (w > stop && isAlnum(text.charCodeAt(w - 1))) w--;
    const word = text.slice(w, i + 1);
    if (KEYWORDS.has(word) && s.onlyBlanksBefore(w)) {
      return { ctx: 'line', lineKey: true, spaceSep: (word === 'ENV' || word === 'ARG') && sep === ' ' };
    }
    // Code declarations `String password = "…"`, `my $password = '…'`: only with `=`.
    if (sep === '=' && i < keyStart - 1) return { ctx: 'word', lineKey: false, spaceSep: false };
    return null;
  }
  if (sep === '=' && i < keyStart - 1) return { ctx: 'word', lineKey: false, spaceSep: false };
  return null;
}
