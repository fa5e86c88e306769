/**
 * Redacting a value once a rule has found it: a single literal (only the literal default of
 * `${VAR:-literal}`), the lines of a YAML block scalar, or the body of a heredoc.
 */

import { type KeyClass, assignmentRule } from './key-names.js';
import { MAX_BLOCK_LINES } from './limits.js';
import { isNonSecretValue, type ValueOpts } from './non-secret-values.js';
import type { ParsedValue } from './parse-value.js';
import { PRIO_CONTEXT } from './priorities.js';
import type { Scanner } from './scanner.js';

// `${VAR:-literal}` (shell, Compose), `${VAR=literal}`, and Spring's `${some.property:literal}`.
const DEFAULT_VAR = /^\$\{([A-Za-z_][A-Za-z0-9_.]{0,100})(:-|:=|-|=|:(?![?+]))([^}\n]{0,2000})\}$/;

/**
 * Redact [start,end) unless it is a non-secret value; for `${VAR:-literal}` redact only the literal.
 */
export function redactLiteralValue(
  s: Scanner,
  start: number,
  end: number,
  rule: string,
  prio: number,
  opts: ValueOpts,
  group?: number,
): void {
  const v = s.text.slice(start, end);
  const dm = DEFAULT_VAR.exec(v.trim());
  if (dm) {
    const def = dm[3]!;
    if (!def || isNonSecretValue(def, { ...opts, quoted: true })) return;
    const offset = start + v.indexOf(dm[0]) + 2 + dm[1]!.length + dm[2]!.length;
    s.add(offset, offset + def.length, rule, prio, group);
    return;
  }
  if (isNonSecretValue(v, opts)) return;
  s.add(start, end, rule, prio, group);
}

/** Redact the lines of a block scalar: lines indented deeper than `column`, after line `after`. */
export function redactIndentedBlock(s: Scanner, after: number, column: number, rule: string, prio: number): number {
  let ls = s.nextLine(after);
  const g = s.group();
  let last = after;
  for (let n = 0; ls !== -1 && n < MAX_BLOCK_LINES; n++) {
    const le = s.lineEnd(ls);
    const indent = s.indentAt(ls);
    if (ls + indent >= le) {
      // blank line inside the block
    } else if (indent <= column) break;
    else s.add(ls + indent, le, rule, prio, g);
    last = le;
    ls = s.nextLine(le);
  }
  return last;
}

export function redactHeredoc(s: Scanner, after: number, terminator: string, rule: string, prio: number): number {
  let ls = s.nextLine(after);
  const g = s.group();
  for (let n = 0; ls !== -1 && n < MAX_BLOCK_LINES; n++) {
    const le = s.lineEnd(ls);
    const indent = s.skipBlanks(ls);
    if (s.text.slice(indent, le) === terminator) return le;
    if (indent < le) s.add(indent, le, rule, prio, g);
    ls = s.nextLine(le);
  }
  return after;
}

/**
 * Apply a parsed value for a sensitive name. Returns the position scanning may continue from.
 */
export function redactParsed(
  s: Scanner,
  v: ParsedValue,
  kc: KeyClass,
  column: number,
  nearAws: (pos: number) => boolean,
  prio = PRIO_CONTEXT,
): number {
  if (v.kind === 'scalar') {
    const raw = s.text.slice(v.start, v.end);
    const rule = assignmentRule(kc, raw.trim(), nearAws(v.start));
    redactLiteralValue(s, v.start, v.end, rule, prio, { quoted: v.quoted, weak: kc.weak, code: v.code === true });
    return v.end;
  }
  const rule = kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
  if (v.kind === 'block' && column >= 0) return redactIndentedBlock(s, v.after, column, rule, prio);
  if (v.kind === 'heredoc') return redactHeredoc(s, v.after, v.terminator, rule, prio);
  return -1;
}
