/**
 * Tokens that identify a secret on their own by a vendor prefix (`AKIA…`, `ghp_…`, `xoxb-…`,
 * `sk_live_…`, `AIza…`, `sk-ant-…`, `npm_…`, `hvs.…`). All patterns run as one alternation, so the
 * text is scanned once however many vendors are listed.
 */

import { PRIO_TOKEN } from './priorities.js';
import type { Scanner } from './scanner.js';

function hasLowerUpperAndDigit(s: string): boolean {
  return /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9]/.test(s);
}

const TOKEN_PATTERNS: Array<{ rule: string; source: string; check?: (m: string) => boolean }> = [
  { rule: 'aws-access-key-id', source: '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])' },
  { rule: 'github-token', source: 'gh[pousr]_[A-Za-z0-9]{36,251}(?![A-Za-z0-9_])' },
  { rule: 'github-token', source: 'github_pat_[A-Za-z0-9_]{22,255}(?![A-Za-z0-9_])' },
  { rule: 'gitlab-token', source: 'glpat-[A-Za-z0-9_-]{20,64}(?![A-Za-z0-9_-])' },
  { rule: 'slack-token', source: 'xox[abeoprs]-[A-Za-z0-9-]{10,250}', check: (m) => /\d/.test(m) },
  { rule: 'slack-token', source: 'xapp-\\d-[A-Za-z0-9-]{10,250}' },
  { rule: 'stripe-key', source: '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])' },
  { rule: 'stripe-key', source: 'whsec_[A-Za-z0-9+\\/=]{20,128}' },
  { rule: 'google-api-key', source: 'AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])' },
  { rule: 'anthropic-api-key', source: 'sk-ant-[A-Za-z0-9_-]{20,300}' },
  {
    rule: 'openai-api-key',
    source: 'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}',
    check: (m) => hasLowerUpperAndDigit(m.slice(3)),
  },
  { rule: 'npm-token', source: 'npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])' },
  { rule: 'pypi-token', source: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}' },
  { rule: 'sendgrid-api-key', source: 'SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{16,64}' },
  { rule: 'vault-token', source: 'hv[sb]\\.[A-Za-z0-9_-]{24,300}' },
  { rule: 'age-secret-key', source: 'AGE-SECRET-KEY-1[0-9A-Z]{58}' },
];

const TOKEN_RE = new RegExp(`(?<![A-Za-z0-9])(?:${TOKEN_PATTERNS.map((p) => `(${p.source})`).join('|')})`, 'g');

/** Redacts every vendor token, and records where each AWS access key id starts in `awsKeyIds`. */
export function scanTokens(s: Scanner, awsKeyIds: number[]): void {
  const re = new RegExp(TOKEN_RE.source, 'g');
  for (const m of s.text.matchAll(re)) {
    let idx = -1;
    for (let i = 0; i < TOKEN_PATTERNS.length; i++) {
      if (m[i + 1] !== undefined) {
        idx = i;
        break;
      }
    }
    if (idx < 0) continue;
    const p = TOKEN_PATTERNS[idx]!;
    if (p.check && !p.check(m[0])) continue;
    s.add(m.index, m.index + m[0].length, p.rule, PRIO_TOKEN);
    if (p.rule === 'aws-access-key-id') awsKeyIds.push(m.index);
  }
}
