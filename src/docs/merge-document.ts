// Merging freshly generated bodies into a document: only managed blocks are rewritten, every byte
// outside them is kept, and a block a person edited is kept and reported as a conflict.

import {
  hashBody,
  parseBlocks,
  prepareBody,
  renderBlock,
  type BlockProblem,
  type ParsedBlocks,
} from './managed-blocks.js';

export interface MergeConflict {
  id: string;
  /** 1-based line of the block's begin marker in the existing document. */
  line: number;
  /** 1-based line of the same marker in the merged text. */
  outputLine: number;
}

export interface MergeResult {
  text: string;
  /** Blocks a person edited since they were generated: kept as they are (unless `force`). */
  conflicts: MergeConflict[];
  /** Ids whose block was (re)written. */
  updated: string[];
  /** Ids given a body whose block already held it. */
  unchanged: string[];
  /** Ids given a body that the document has no (well-formed) block for: a person deleted it, or never had it. */
  missing: string[];
  /** Malformed markers in the document (those regions are left untouched). */
  problems: BlockProblem[];
}

export interface MergeOptions {
  /** Overwrite blocks a person edited. */
  force?: boolean;
  /**
   * `parseBlocks(existing)` when the caller has it already: a large doc's parse is the costliest
   * step of a run's rendering (seconds and tens of MB for GitHub's 280 KB api.md).
   */
  existingBlocks?: ParsedBlocks;
}

/** The line ending a document mostly uses (CRLF only when it dominates). */
export function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m && m.index < offset; m = re.exec(text)) line++;
  return line;
}

/**
 * Merge freshly generated bodies into a document.
 *
 * - `existing === undefined`: start from `template` (which holds begin/end markers for each block)
 *   and fill every block that `bodies` has.
 * - Otherwise only the blocks the document still contains are rewritten; blocks a person deleted
 *   stay deleted (`missing`), blocks absent from `bodies` stay as they are, and a block whose body
 *   no longer matches its hash is kept and reported as a conflict unless `opts.force`.
 *
 * Every byte outside rewritten blocks is kept. Merging the same bodies again gives the same text.
 */
export function mergeDocument(
  existing: string | undefined,
  template: string,
  bodies: ReadonlyMap<string, string>,
  opts: MergeOptions = {},
): MergeResult {
  const fromTemplate = existing === undefined;
  const source = existing ?? template;
  const eol = detectEol(source);
  const { blocks, problems } = (existing !== undefined && opts.existingBlocks) || parseBlocks(source);

  const conflicts: Array<MergeConflict & { outOffset: number }> = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const present = new Set<string>();
  let out = '';
  let cursor = 0;

  for (const block of blocks) {
    present.add(block.id);
    const body = bodies.get(block.id);
    if (body === undefined) continue;
    const rendered = renderBlock(block.id, body, eol);
    const current = source.slice(block.start, block.end);
    out += source.slice(cursor, block.start);
    cursor = block.end;

    if (current === rendered) {
      unchanged.push(block.id);
      out += current;
      continue;
    }
    const newHash = hashBody(prepareBody(body));
    const currentHash = hashBody(block.body);
    const untouched =
      block.hash === undefined || currentHash.startsWith(block.hash) || block.hash.startsWith(currentHash);
    // A person's edit that already equals the new body is no conflict.
    const edited = !fromTemplate && !untouched && currentHash !== newHash;
    if (edited && !opts.force) {
      conflicts.push({ id: block.id, line: block.line, outputLine: 0, outOffset: out.length });
      out += current;
      continue;
    }
    updated.push(block.id);
    out += rendered;
  }
  out += source.slice(cursor);

  const missing = [...bodies.keys()].filter((id) => !present.has(id)).sort();
  return {
    text: out,
    conflicts: conflicts.map(({ outOffset, ...c }) => ({ ...c, outputLine: lineAt(out, outOffset) })),
    updated,
    unchanged,
    missing,
    problems,
  };
}
