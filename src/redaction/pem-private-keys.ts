/**
 * PEM private key blocks (`-----BEGIN … PRIVATE KEY-----`). Certificates and public keys are
 * public material and stay visible. Each line of the block is replaced, so line counts stay.
 */

import { MAX_BLOCK_LINES, MAX_PEM } from './limits.js';
import { PRIO_TOKEN } from './priorities.js';
import type { Scanner } from './scanner.js';

export function scanPem(s: Scanner): void {
  const text = s.text;
  let from = 0;
  let nextEnd = -2; // cached position of the next '-----END ' (-1: none left)
  for (;;) {
    const begin = text.indexOf('-----BEGIN ', from);
    if (begin === -1) return;
    const labelStart = begin + 11;
    from = labelStart;
    const rel = text.slice(labelStart, labelStart + 64).indexOf('-----');
    if (rel === -1) continue;
    const labelEnd = labelStart + rel;
    const label = text.slice(labelStart, labelEnd);
    if (!/^(?:[A-Z0-9]+ ){0,3}PRIVATE KEY(?: BLOCK)?$/.test(label)) continue;
    if (nextEnd !== -1 && nextEnd < labelEnd + 5) nextEnd = text.indexOf('-----END ', labelEnd + 5);
    const endMarker = nextEnd;
    let stop: number;
    if (endMarker !== -1 && endMarker - begin <= MAX_PEM) {
      const closeRel = text.slice(endMarker + 9, endMarker + 80).indexOf('-----');
      stop = closeRel !== -1 ? endMarker + 9 + closeRel + 5 : s.lineEnd(endMarker);
    } else {
      // Truncated block: redact the BEGIN line and the base64-looking lines after it.
      stop = s.lineEnd(begin);
      let ls = s.nextLine(begin);
      for (let n = 0; ls !== -1 && n < MAX_BLOCK_LINES; n++) {
        const le = s.lineEnd(ls);
        if (le - ls > 200) break;
        const line = text.slice(ls, le).trim();
        if (!/^[A-Za-z0-9+/=:\- ,"']{1,200}$/.test(line)) break;
        stop = le;
        ls = s.nextLine(le);
      }
    }
    s.addMultiline(begin, stop, 'private-key', PRIO_TOKEN);
    from = stop;
  }
}
