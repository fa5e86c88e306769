/**
 * JSON Web Tokens: `eyJ…` header, payload and signature. The header must decode to JSON with an
 * `alg`, so that a base64 blob that happens to start with `eyJ` stays visible.
 */

import { isAlnum } from './char-codes.js';
import { PRIO_TOKEN } from './priorities.js';
import type { Scanner } from './scanner.js';

export function scanJwts(s: Scanner): void {
  const text = s.text;
  let from = 0;
  const isB64u = (c: number): boolean => isAlnum(c) || c === 45 || c === 95;
  for (;;) {
    const start = text.indexOf('eyJ', from);
    if (start === -1) return;
    from = start + 3;
    if (start > 0 && (isB64u(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) continue;
    let i = start;
    const stop1 = Math.min(s.len, start + 2000);
    while (i < stop1 && isB64u(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 46) {
      from = i;
      continue;
    }
    const header = text.slice(start, i);
    let j = i + 1;
    const stop2 = Math.min(s.len, j + 100000);
    while (j < stop2 && isB64u(text.charCodeAt(j))) j++;
    if (j - (i + 1) < 2 || text.charCodeAt(j) !== 46) {
      from = j;
      continue;
    }
    let k = j + 1;
    const stop3 = Math.min(s.len, k + 4000);
    while (k < stop3 && isB64u(text.charCodeAt(k))) k++;
    from = k;
    if (!jwtHeaderOk(header)) continue;
    s.add(start, k, 'jwt', PRIO_TOKEN);
  }
}

function jwtHeaderOk(header: string): boolean {
  try {
    const json: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof json === 'object' && json !== null && typeof (json as Record<string, unknown>).alg === 'string';
  } catch {
    return false;
  }
}
