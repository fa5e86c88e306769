import type { CommandMentions } from './mention-collector.js';

export type MentionKind = 'endpoint' | 'table' | 'column' | 'component' | 'name';

export interface Mention {
  kind: MentionKind;
  /** The name as written, without backticks (`POST /refunds`, `public.invoice_archive`, `billing-api`). */
  text: string;
  /** 1-based line in the markdown. */
  line: number;
  known: boolean;
  /** The fact it matched, when known and the fact has an id. */
  factId?: string;
  /** In a recommendation: not in the facts, but a new thing the recommendation declares. */
  proposed?: boolean;
  /**
   * Offset in the markdown just after the mention's source (after the closing backtick of an inline
   * code span; for a mention inside a code block, the end of the block). Used by `markUnknownMentions`.
   */
  end?: number;
}

export interface GroundingResult {
  mentions: Mention[];
  unknown: Mention[];
  /** known / total; 1 when there are no mentions. */
  ratio: number;
}

export interface GroundingOptions {
  /** More names to treat as known (e.g. names the caller knows the model read from a source file). */
  extraKnown?: Iterable<string>;
  /** Readers of platform commands in code (the source kinds' `commandMentions`). */
  commands?: readonly CommandMentions[];
  /** The real PostgreSQL parser, to read SQL in code by its tree (aliases resolved, columns checked). */
  sqlParser?: SqlParser;
}

/** A fact a name was found as: the kind of mention it makes, and the fact's id when it has one. */
export interface FactHit {
  kind: MentionKind;
  id?: string;
}

/** What a name was checked as; `kind` undefined when it turned out to be no mention of any kind. */
export interface Classified {
  kind?: MentionKind;
  known: boolean;
  id?: string;
}

/** Whether an endpoint, object or name exists, and the fact's id when it has one. */
export type { Existence } from '../../facts/index/fact-index.js';

/** What `markUnknownMentions` puts after an unknown mention. Plain text, so it is safe in any inline context. */
export const UNKNOWN_MARKER = ' (⚠ not in the sources)';
/** The note put after a code block holding unknown mentions (the code itself is never edited). */
export const UNKNOWN_CODE_NOTE = '⚠ Not in the sources:';
/** What a rendered recommendation puts after each name it declares as new. */
export const PROPOSED_MARKER = ' (proposed)';
/** The note after a code block in a recommendation that names new things. */
export const PROPOSED_CODE_NOTE = 'Proposed, not in the sources yet:';

/** The real PostgreSQL parser (libpg-query), for SQL in the text; without it SQL is read by keywords. */
export interface SqlParser {
  parse(sql: string): { stmts: unknown[] };
}
