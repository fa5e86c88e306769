/** What `redactSecrets` returns, and how a redacted span is written. */

export interface Redaction {
  /** 1-based line of the first redacted character. */
  line: number;
  /** Rule id, e.g. `aws-access-key-id`, `password-assignment`. */
  rule: string;
}

export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}

export function redactionMarker(rule: string): string {
  return `[REDACTED:${rule}]`;
}
