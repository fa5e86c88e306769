/**
 * A literal assigned to a sensitive name: `db_password: x`, `"apiKey": "x"`, `SECRET_KEY=x`,
 * `password = "x"`, `<password>x</password>`, `--token x`, `ENV DB_PASSWORD x`. Candidates are
 * found by a sensitive word, widened to the whole key, then checked for a separator and a value.
 */

import { DQ, isBlank, isKeyChar, NL, SQ } from './char-codes.js';
import { redactChildDefault } from './child-defaults.js';
import { type KeyContext, keyContext } from './key-context.js';
import { MAX_KEY, MAX_VALUE } from './limits.js';
import { handleNameValue } from './name-value-pairs.js';
import { parseValue } from './parse-value.js';
import { PRIO_CONTEXT } from './priorities.js';
import type { Scanner } from './scanner.js';
import { redactLiteralValue, redactParsed } from './value-redaction.js';

// A sensitive word anywhere in a key; the key around it is then read and classified as a whole.
const SENSITIVE_WORD =
  'pass|pwd|secret|token|api[-_]?key|private[-_]?key|credential|creds|auth|' +
  '(?:account|signing|encryption|master)[-_]?key';

export function scanAssignments(s: Scanner, nearAws: (pos: number) => boolean): void {
  const text = s.text;
  const re = new RegExp(SENSITIVE_WORD, 'gi');
  // The body moves `re.lastIndex` past each candidate, so this stays an `exec` loop rather than `matchAll`.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let ks = m.index;
    let ke = m.index + m[0].length;
    const lo = Math.max(0, ks - MAX_KEY);
    while (ks > lo && isKeyChar(text.charCodeAt(ks - 1))) ks--;
    const hi = Math.min(s.len, ke + MAX_KEY);
    while (ke < hi && isKeyChar(text.charCodeAt(ke))) ke++;
    re.lastIndex = ke;
    if ((ks === lo && ks > 0) || ke === hi) continue; // absurdly long token: not a key
    const next = handleCandidate(s, ks, ke, nearAws);
    if (next > re.lastIndex) re.lastIndex = next;
  }
}

function handleCandidate(s: Scanner, ks: number, ke: number, nearAws: (pos: number) => boolean): number {
  const text = s.text;
  // Trailing dots/dashes are punctuation, not key ("… the password." / "token-").
  while (ke > ks && (text.charCodeAt(ke - 1) === 46 || text.charCodeAt(ke - 1) === 45)) ke--;
  if (ke <= ks) return -1;
  const key = text.slice(ks, ke);
  const before = ks > 0 ? text.charCodeAt(ks - 1) : -1;
  const after = text.charCodeAt(ke);

  // XML element: <password>value</password>
  if (before === 60 /* < */ && after === 62 /* > */) {
    const kc = s.classify(key);
    if (!kc) return -1;
    const vs = ke + 1;
    const le = s.lineEnd(vs, MAX_VALUE);
    const rel = text.slice(vs, le).indexOf('</');
    if (rel === -1) return -1;
    const close = vs + rel;
    const rule = kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
    redactLiteralValue(s, vs, close, rule, PRIO_CONTEXT, { quoted: true, weak: kc.weak });
    return close;
  }

  let keyStart = ks;
  let p = ke;
  let quoted = false;
  if ((before === DQ || before === SQ) && after === before) {
    keyStart = ks - 1;
    p = ke + 1;
    quoted = true;
  }
  let q = s.skipBlanks(p);
  let sep: ':' | '=' | ' ' | null = null;
  const c = text.charCodeAt(q);
  if (c === 58 /* : */) {
    const d = text.charCodeAt(q + 1);
    if (d === 61 /* := */) {
      sep = '=';
      q += 2;
    } else if (d !== 58) {
      if (quoted || isBlank(d) || s.isLineEnd(q + 1) || d === DQ || d === SQ) {
        sep = ':';
        q += 1;
      }
    }
  } else if (c === 61 /* = */) {
    const d = text.charCodeAt(q + 1);
    if (d !== 61 && d !== 126 /* ~ */) {
      sep = '=';
      q += d === 62 /* => */ ? 2 : 1;
    }
  } else if (!quoted && q > p && !s.isLineEnd(q) && (key.startsWith('--') || /^[A-Z][A-Z0-9_]*$/.test(key))) {
    sep = ' '; // `--password hunter2`, Dockerfile `ENV DB_PASSWORD hunter2`
  }

  if (sep === null) {
    // Maybe the token is the value of a `name:` key (Kubernetes env, ECS): `- name: DB_PASSWORD`.
    return handleNameValue(s, ks, ke, keyStart, quoted ? ke + 1 : ke, nearAws);
  }

  let kctx: KeyContext | null;
  if (key.startsWith('--')) {
    const prev = ks > 0 ? text.charCodeAt(ks - 1) : NL;
    const flagStart = isBlank(prev) || prev === NL || prev === DQ || prev === SQ;
    kctx = flagStart ? { ctx: 'word', lineKey: false, spaceSep: sep === ' ' } : null;
  } else {
    kctx = keyContext(s, keyStart, sep);
  }
  if (!kctx) return -1;
  if (sep === ' ' && !kctx.spaceSep && !key.startsWith('--')) return -1;
  const kc = s.classify(key);
  if (!kc) return -1;

  const v = parseValue(s, q, kctx.ctx);
  const ls = kctx.lineKey ? s.lineStart(keyStart) : -1;
  const column = ls === -1 ? -1 : keyStart - ls;
  if (v.kind === 'open') {
    if (column >= 0 && sep !== ' ') redactChildDefault(s, v.after, column, kc, nearAws);
    return -1;
  }
  return redactParsed(s, v, kc, column, nearAws);
}
