/**
 * Reading the value that follows a key and its separator: a quoted or plain scalar, a YAML block
 * scalar, a heredoc, or nothing (a nested mapping follows). Where a plain value ends depends on the
 * syntax around the key (`ValueSyntax`): a query string ends at `&`, a connection string at `;`.
 */

import { BT, CR, DQ, isAlnum, isBlank, NL, SPACE, SQ } from './char-codes.js';
import { MAX_VALUE } from './limits.js';
import type { Scanner } from './scanner.js';

export type ParsedValue =
  | { kind: 'scalar'; start: number; end: number; quoted: boolean; code?: boolean }
  | { kind: 'block'; after: number } // YAML `|` / `>` block scalar: content on the following lines
  | { kind: 'heredoc'; after: number; terminator: string }
  | { kind: 'open'; after: number } // nothing (or `{`) on this line: a nested mapping follows
  | { kind: 'none' }; // structure, alias, tag or anything we do not treat as a literal

export type ValueSyntax = 'line' | 'flow' | 'query' | 'conn' | 'word';

/** Blanks, `&`, `#`, quotes, `<`, `>` and `)` end a value in a query string or URL. */
function endsQueryValue(d: number): boolean {
  return d <= SPACE || d === 38 || d === 35 || d === DQ || d === SQ || d === 60 || d === 62 || d === 41;
}

/** Blanks, `;`, `,`, `)`, `}`, `]` and quotes end a value assigned in running code or a command. */
function endsWordValue(d: number): boolean {
  return d <= SPACE || d === 59 || d === 44 || d === 41 || d === 125 || d === 93 || d === DQ || d === SQ;
}

export function parseValue(s: Scanner, pos: number, ctx: ValueSyntax): ParsedValue {
  const text = s.text;
  pos = s.skipBlanks(pos);
  if (s.isLineEnd(pos)) return { kind: 'open', after: pos };
  let c = text.charCodeAt(pos);
  if (c === 35 /* # */) return ctx === 'line' || ctx === 'flow' ? { kind: 'open', after: pos } : { kind: 'none' };
  // YAML anchors and the !!str / !!binary tags precede the value itself.
  for (let n = 0; n < 2; n++) {
    if (c === 38 /* & */ && ctx !== 'query' && ctx !== 'conn') {
      let i = pos + 1;
      while (i < s.len && !isBlank(text.charCodeAt(i)) && !s.isLineEnd(i) && i - pos < 100) i++;
      pos = s.skipBlanks(i);
    } else if (text.startsWith('!!', pos)) {
      let i = pos + 2;
      while (i < s.len && isAlnum(text.charCodeAt(i)) && i - pos < 30) i++;
      pos = s.skipBlanks(i);
    } else break;
    if (s.isLineEnd(pos)) return { kind: 'open', after: pos };
    c = text.charCodeAt(pos);
  }
  if (c === DQ || c === SQ || c === BT) {
    const stop = Math.min(s.len, pos + 1 + MAX_VALUE);
    let i = pos + 1;
    let interp = 0; // inside `${ … }` of an HCL/JS template, quotes do not close the string
    for (; i < stop; i++) {
      const d = text.charCodeAt(i);
      if (d === NL) break;
      if (d === 92 /* \ */ && c !== SQ) {
        i++;
        continue;
      }
      if (c !== SQ && d === 36 /* $ */ && text.charCodeAt(i + 1) === 123) {
        interp++;
        i++;
        continue;
      }
      if (interp > 0) {
        if (d === 125 /* } */) interp--;
        continue;
      }
      if (d === c) {
        if (c === SQ && text.charCodeAt(i + 1) === SQ) {
          i++;
          continue;
        }
        break;
      }
    }
    let end = i;
    if (end > pos + 1 && text.charCodeAt(end - 1) === CR && text.charCodeAt(end) === NL) end--;
    return { kind: 'scalar', start: pos + 1, end, quoted: true };
  }
  if (c === 123 /* { */ || c === 91 /* [ */) {
    const rest = s.skipBlanks(pos + 1);
    if (s.isLineEnd(rest) || text.charCodeAt(rest) === 35) return { kind: 'open', after: rest };
    return { kind: 'none' };
  }
  if ((c === 124 /* | */ || c === 62) /* > */ && ctx === 'line') {
    const le = s.lineEnd(pos, 64);
    if (/^[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$/.test(text.slice(pos, le))) return { kind: 'block', after: le };
  }
  if (c === 60 /* < */ && text.startsWith('<<', pos)) {
    const hm = /^<<[-~]?["']?([A-Za-z_][A-Za-z0-9_]{0,40})["']?[ \t]*$/.exec(text.slice(pos, s.lineEnd(pos, 64)));
    if (hm) return { kind: 'heredoc', after: s.lineEnd(pos, 64), terminator: hm[1]! };
  }
  if (c === 42 /* * alias */ && isAlnum(text.charCodeAt(pos + 1))) return { kind: 'none' };
  if (c === 33 /* ! tag like !Ref */) return { kind: 'none' };
  // Unquoted scalar.
  const stop = Math.min(s.len, pos + MAX_VALUE);
  let i = pos;
  for (; i < stop; i++) {
    const d = text.charCodeAt(i);
    if (d === NL || (d === CR && text.charCodeAt(i + 1) === NL)) break;
    if (d === 35 /* # */ && i > pos && isBlank(text.charCodeAt(i - 1))) break;
    // Inside a JSON/JS string an escaped newline, tab or quote ends the value: `--token TOKEN\n```…`.
    if (d === 92 /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (e === 110 /* n */ || e === 114 /* r */ || e === 116 /* t */ || e === DQ) break;
    }
    if (ctx === 'flow' && (d === 44 || d === 125 || d === 93 || d === 41)) break;
    if (ctx === 'query' && endsQueryValue(d)) break;
    if (ctx === 'conn' && (d === 59 || d === DQ || d === SQ)) break;
    if (ctx === 'word' && endsWordValue(d)) break;
  }
  let end = i;
  while (end > pos && isBlank(text.charCodeAt(end - 1))) end--;
  // Shell `PGPASSWORD=x psql -h db` / `A=x B=y cmd`: the value ends at the first blank when what
  // follows is a command with flags or another assignment.
  if (ctx === 'line' && text.charCodeAt(pos - 1) === 61 /* = */) {
    const raw = text.slice(pos, end);
    const blank = raw.search(/[ \t]/);
    if (blank > 0 && /^[ \t]+(?:[A-Za-z_][A-Za-z0-9_]*=|[^\n]*[ \t]--?[A-Za-z])/.test(raw.slice(blank))) {
      end = pos + blank;
    }
  }
  let code = ctx === 'flow'; // a JS/Python object literal rather than shell `X=y cmd`
  if (ctx === 'line' && end > pos && (text.charCodeAt(end - 1) === 44 || text.charCodeAt(end - 1) === 59)) {
    end--;
    code = true;
  }
  if (end <= pos) return { kind: 'none' };
  return { kind: 'scalar', start: pos, end, quoted: false, code };
}
