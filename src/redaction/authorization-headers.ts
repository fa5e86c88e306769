/** `Authorization:` header values (`Bearer …`, `Basic …`, `token …`), wherever they are written. */

import { isNonSecretValue } from './non-secret-values.js';
import { PRIO_URL } from './priorities.js';
import type { Scanner } from './scanner.js';

// `Authorization: Bearer x`, `"authorization": "token x"`, `authorization=x`; group 1 is the credential.
const AUTHORIZATION_HEADER =
  String.raw`\bauthorization["']?[ \t]*[:=][ \t]*["']?` +
  String.raw`(?:(?:bearer|basic|token|bot|digest|apikey|sso-key)[ \t]+)?([A-Za-z0-9._~+\/=:-]{8,4096})`;

export function scanAuthorizationHeaders(s: Scanner): void {
  const re = new RegExp(AUTHORIZATION_HEADER, 'dgi');
  for (const m of s.text.matchAll(re)) {
    const v = m[1]!;
    const [a, b] = m.indices![1]!;
    if (/^(?:bearer|basic|token|digest)$/i.test(v)) continue;
    if (isNonSecretValue(v, { quoted: true, heuristics: false })) continue;
    if (v.length < 20 && !/\d/.test(v)) continue;
    s.add(a, b, 'authorization-header', PRIO_URL);
  }
}
