import { type Block, parseBlocks } from './managed-blocks.js';

/**
 * Adds to an existing doc the blocks its template gained since the doc was last generated
 * (a new section in a new release), each with the template text that introduces it (its
 * heading), right after the block that precedes it in the template. Blocks the doc had before
 * and no longer has were deleted by a person: they are not brought back. Without a record of
 * what the doc had (`hadBefore` undefined), nothing is inserted.
 */
export function insertNewTemplateBlocks(
  doc: string,
  template: string,
  hadBefore: readonly string[] | undefined,
): string {
  if (!hadBefore) return doc;
  const had = new Set(hadBefore);
  const tpl = parseBlocks(template).blocks;
  let text = doc;
  // The doc's blocks are read again only after an insertion changed it: a parse of a large doc
  // (GitHub's api.md is 280 KB of tables) costs seconds and tens of MB.
  let present: Block[] | undefined;
  for (let i = 0; i < tpl.length; i++) {
    const block = tpl[i]!;
    if (had.has(block.id)) continue;
    present ??= parseBlocks(text).blocks;
    if (present.some((b) => b.id === block.id)) continue;
    // The template text from the end of the previous block up to the end of this one (for the
    // first block: the block alone, so the template's title is never copied in again).
    const prevTpl = tpl[i - 1];
    const chunk = prevTpl ? template.slice(prevTpl.end, block.end) : template.slice(block.start, block.end);
    // Anchor: after the nearest earlier template block the doc still has; else before the next one.
    let after: number | undefined;
    for (let j = i - 1; j >= 0 && after === undefined; j--) after = present.find((b) => b.id === tpl[j]!.id)?.end;
    let before: number | undefined;
    for (let j = i + 1; j < tpl.length && after === undefined && before === undefined; j++)
      before = present.find((b) => b.id === tpl[j]!.id)?.start;
    present = undefined;
    if (after !== undefined) text = `${text.slice(0, after)}${chunk}${text.slice(after)}`;
    else if (before !== undefined)
      text = `${text.slice(0, before)}${chunk.replace(/^\s*/, '')}\n\n${text.slice(before)}`;
    else text = `${text.replace(/\s*$/, '')}\n\n${chunk.replace(/^\s*/, '')}\n`;
  }
  return text;
}
