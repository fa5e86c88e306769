/**
 * AWS secret access keys have no prefix: a 40-character base64-ish string is one only when an
 * access key id (found by the token rules) is nearby or the key name says so.
 */

import { lowerBound } from './lower-bound.js';
import { PRIO_TOKEN } from './priorities.js';
import type { Scanner } from './scanner.js';

/** A 40-character AWS secret access key written next to an access key id (CSV, INI, scripts). */
export function scanAwsSecretsNearKeyIds(s: Scanner, awsKeyIds: number[]): void {
  const re = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
  let lastEnd = 0;
  for (const pos of awsKeyIds) {
    const from = Math.max(lastEnd, pos - 400);
    const to = Math.min(s.len, pos + 600);
    if (from >= to) continue;
    re.lastIndex = from;
    for (let m = re.exec(s.text); m && m.index < to; m = re.exec(s.text)) {
      if (m.index + 40 > to) break;
      const v = m[0];
      if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /[0-9/+]/.test(v) && !/^[A-Z0-9]+$/.test(v)) {
        s.add(m.index, m.index + 40, 'aws-secret-access-key', PRIO_TOKEN);
      }
    }
    lastEnd = to;
  }
}

/**
 * Whether a position lies within 600 characters of an AWS access key id. `awsKeyIds` (filled by
 * the token rules, in text order) is read at call time, so the test may be built before the scan.
 */
export function nearAwsKeyId(awsKeyIds: number[]): (pos: number) => boolean {
  // awsKeyIds is in text order: binary-search the nearest one.
  return (pos: number): boolean => {
    const lo = lowerBound(awsKeyIds, pos);
    return (lo < awsKeyIds.length && awsKeyIds[lo]! - pos < 600) || (lo > 0 && pos - awsKeyIds[lo - 1]! < 600);
  };
}
