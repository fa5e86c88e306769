/** The password in a URL's userinfo: `postgres://user:password@host`, `redis://:password@cache`. */

import { BT, DQ, isAlnum, SPACE, SQ } from './char-codes.js';
import { PRIO_URL } from './priorities.js';
import type { Scanner } from './scanner.js';
import { redactLiteralValue } from './value-redaction.js';

/** `/`, `?`, `#`, blanks and control characters, quotes, `<`, `>` and `\` end a URL's authority. */
function endsAuthority(c: number): boolean {
  return (
    c === 47 ||
    c === 63 ||
    c === 35 ||
    c <= SPACE ||
    c === DQ ||
    c === SQ ||
    c === BT ||
    c === 60 ||
    c === 62 ||
    c === 92
  );
}

export function scanUrlCredentials(s: Scanner): void {
  const text = s.text;
  let from = 0;
  for (;;) {
    const sep = text.indexOf('://', from);
    if (sep === -1) return;
    from = sep + 3;
    // scheme
    let a = sep;
    const stopA = Math.max(0, sep - 32);
    while (a > stopA) {
      const c = text.charCodeAt(a - 1);
      if (isAlnum(c) || c === 43 || c === 45 || c === 46) a--;
      else break;
    }
    if (a === sep || !/[A-Za-z]/.test(text[a]!)) continue;
    // authority: up to the first / ? # whitespace quote or bracket
    const authStart = sep + 3;
    let i = authStart;
    const stop = Math.min(s.len, authStart + 1024);
    let lastAt = -1;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 64) lastAt = i;
      else if (endsAuthority(c)) break;
    }
    if (lastAt === -1) continue;
    const userinfo = text.slice(authStart, lastAt);
    const colon = userinfo.indexOf(':');
    if (colon === -1) continue;
    // The host must follow the '@'.
    const h = text.charCodeAt(lastAt + 1);
    if (!(isAlnum(h) || h === 91 || h === 95 || h === 36 || h === 123 || h === 37)) continue;
    const pwStart = authStart + colon + 1;
    const password = text.slice(pwStart, lastAt);
    if (!password) continue;
    redactLiteralValue(s, pwStart, lastAt, 'url-credentials', PRIO_URL, { quoted: true, heuristics: false });
    from = lastAt + 1;
  }
}
