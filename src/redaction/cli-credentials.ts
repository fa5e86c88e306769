/** Passwords given on a command line or in `.netrc`: curl `-u`, mysql `-p`, `docker login -p`. */

import { PRIO_URL } from './priorities.js';
import type { Scanner } from './scanner.js';
import { redactLiteralValue } from './value-redaction.js';

// Group 1 of each pattern is the password.
const CLI_CREDENTIALS: Array<[string, string]> = [
  // `curl -u user:password`, `--user user:password`
  [
    String.raw`(?:^|[\s"'])(?:-u|--user|--proxy-user|-U)[ \t=]+["']?[^\s:"'@\/]{1,100}:([^\s"'@]{1,256})`,
    'url-credentials',
  ],
  // `.netrc`: `machine h login u password p`
  [
    String.raw`\bmachine[ \t]+\S{1,200}[ \t]+login[ \t]+\S{1,200}[ \t]+password[ \t]+(\S{1,256})`,
    'password-assignment',
  ],
  [String.raw`\bmysql(?:dump|admin|sh)?\b[^\n]{0,200}?[ \t]-p([^\s-][^\s]{0,255})`, 'password-assignment'],
  [
    String.raw`\b(?:docker|podman|helm[ \t]+registry|oras)[ \t]+login\b[^\n]{0,200}?[ \t]-p[ \t]+["']?([^\s"']{1,256})`,
    'password-assignment',
  ],
];

export function scanCliCredentials(s: Scanner): void {
  const res: Array<[RegExp, string]> = CLI_CREDENTIALS.map(([source, rule]) => [new RegExp(source, 'dg'), rule]);
  for (const [re, rule] of res) {
    for (const m of s.text.matchAll(re)) {
      const [a, b] = m.indices![1]!;
      redactLiteralValue(s, a, b, rule, PRIO_URL, { quoted: true, heuristics: false });
    }
  }
}
