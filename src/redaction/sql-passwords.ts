/** SQL `PASSWORD '…'` and `IDENTIFIED BY '…'` (CREATE USER / ALTER ROLE in migrations and seeds). */

import { PRIO_SQL } from './priorities.js';
import type { Scanner } from './scanner.js';
import { redactLiteralValue } from './value-redaction.js';

// Group 1 is the string literal's content (`''` and backslash escapes included).
const SQL_PASSWORD =
  String.raw`(?<![\w.'"])(?:PASSWORD|IDENTIFIED[ \t]+BY(?:[ \t]+PASSWORD)?)(?:[ \t]+|[ \t]*=[ \t]*)` +
  String.raw`(?:[EN](?='))?'((?:[^'\n\\]|''|\\.){0,1024})'`;

export function scanSql(s: Scanner): void {
  const re = new RegExp(SQL_PASSWORD, 'dgi');
  for (const m of s.text.matchAll(re)) {
    const [a, b] = m.indices![1]!;
    if (a === b) continue;
    redactLiteralValue(s, a, b, 'sql-password', PRIO_SQL, { quoted: true, heuristics: false });
  }
}
