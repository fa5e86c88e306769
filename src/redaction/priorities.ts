// Priorities when two findings overlap: the union is redacted under the most specific rule.

/** A token that identifies a secret on its own (`ghp_…`, `AKIA…`, a PEM block, a JWT). */
export const PRIO_TOKEN = 4;
/** Inside a Secret manifest the dedicated rule names the finding (over url-credentials). */
export const PRIO_K8S = 3.5;
/** Passwords in URLs and command lines, `Authorization:` header values. */
export const PRIO_URL = 3;
/** A literal assigned to a sensitive name. */
export const PRIO_CONTEXT = 2;
/** SQL `PASSWORD '…'`: lowest, so a span another rule also found is reported under that rule. */
export const PRIO_SQL = 1;
