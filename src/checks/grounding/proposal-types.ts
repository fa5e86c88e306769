// What the architect may recommend. A recommendation is judgement, not description: it may name
// things that do not exist yet, but only when it declares each of them (`proposed`), and every
// existing thing it changes must be real (`touches`). The grounding check enforces both.

/** The kinds of thing a recommendation may propose. */
export const PROPOSED_KINDS = [
  'table',
  'column',
  'index',
  'constraint',
  'view',
  'endpoint',
  'field',
  'queue',
  'topic',
  'service',
  'datastore',
  'cache',
  'bucket',
  'job',
  'metric',
  'alert',
  'dashboard',
  'setting',
  'other',
] as const;

export type ProposedKind = (typeof PROPOSED_KINDS)[number];

/** One new thing a recommendation introduces. A column is written `table.column`, an endpoint `METHOD /path`. */
export interface ProposedName {
  kind: ProposedKind;
  name: string;
  why: string;
}

/** One recommendation, as the model gives it. */
export interface Proposal {
  /** A short imperative title: "Make payment retries idempotent". */
  title: string;
  /** The recommendation: what to change, why, and what it costs. */
  markdown: string;
  proposed: ProposedName[];
  /** Existing names (from the facts) the change touches. */
  touches: string[];
}
