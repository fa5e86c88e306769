import { hashBody, parseBlocks } from './managed-blocks.js';

/**
 * `base` with the generated blocks of `other` put in place of its own, block by block. Text
 * outside blocks, and any block of `base` a person edited (its body no longer matches its hash),
 * stay as they are in `base`.
 */
export function transplantGeneratedBlocks(base: string, other: string): string {
  const theirs = new Map(parseBlocks(other).blocks.map((b) => [b.id, other.slice(b.start, b.end)]));
  let out = '';
  let cursor = 0;
  for (const block of parseBlocks(base).blocks) {
    const replacement = theirs.get(block.id);
    const untouched = block.hash === undefined || hashBody(block.body).startsWith(block.hash);
    if (replacement === undefined || !untouched) continue;
    out += base.slice(cursor, block.start) + replacement;
    cursor = block.end;
  }
  return out + base.slice(cursor);
}
