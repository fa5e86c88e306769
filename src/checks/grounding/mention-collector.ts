import type { Existence, FactHit, Mention, MentionKind, SqlParser } from './grounding-types.js';
import type { KnownFacts } from './known-facts.js';

/** Where mentions found in a piece of code are reported: the line of an offset in it, and its end. */
export interface CodePlace {
  line: (index: number) => number;
  /** The end offset of the code in the markdown (mentions in code are marked after the block). */
  end: number | undefined;
}

/**
 * Reads the names one line of a shell command mentions (`kubectl -n shop logs deploy/orders`),
 * for the platform it knows; each source kind brings its own.
 */
export type CommandMentions = (out: MentionCollector, line: string, at: number, place: CodePlace) => void;

/** The mentions of one markdown text, as they are found. */
export class MentionCollector {
  readonly mentions: Mention[] = [];
  constructor(
    readonly known: KnownFacts,
    readonly markdown: string,
    readonly commands: readonly CommandMentions[] = [],
    readonly sqlParser?: SqlParser,
  ) {}

  /** A mention; known when `result` is a hit or says it exists. */
  add(
    kind: MentionKind,
    text: string,
    line: number,
    result: Existence | FactHit | undefined,
    end: number | undefined,
  ): void {
    const known = result !== undefined && ('known' in result ? result.known : true);
    const id = result?.id;
    const m: Mention = { kind, text, line, known };
    if (known && id) m.factId = id;
    if (end !== undefined) m.end = end;
    this.mentions.push(m);
  }
}
