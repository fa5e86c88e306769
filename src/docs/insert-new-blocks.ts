import { parseBlocks } from './managed-blocks.js';

/**
 * Adds to an existing doc the blocks its template gained since the doc was last generated
 * (a new section in a new release), each with the template text that introduces it (its
 * heading), right after the block that precedes it in the template. Blocks the doc had before
 * and no longer has were deleted by a person: they are not brought back. Without a record of
 * what the doc had (`hadBefore` undefined), nothing is inserted.
 */
export function insertNewTemplateBlocks(doc: string, template: string, hadBefore: readonly string[] | undefined): string {
  if (!hadBefore) return doc;
  const had = new Set(hadBefore);
  const tpl = parseBlocks(template).blocks;
  let text = doc;
  for (let i = 0; i < tpl.length; i++) {
    const block = tpl[i]!;
    const present = parseBlocks(text).blocks;
    if (had.has(block.id) || present.some((b) => b.id === block.id)) continue;
    // The template text from the end of the previous block up to the end of this one.
    const prevTpl = tpl[i - 1];
    const chunk = template.slice(prevTpl ? prevTpl.end : 0, block.end);
    // Anchor: the nearest earlier template block the doc still has.
    let anchor: number | undefined;
    for (let j = i - 1; j >= 0 && anchor === undefined; j--) anchor = present.find((b) => b.id === tpl[j]!.id)?.end;
    if (anchor === undefined) text = `${text.replace(/\s*$/, '')}\n\n${chunk.replace(/^\s*/, '')}\n`;
    else text = `${text.slice(0, anchor)}${chunk}${text.slice(anchor)}`;
  }
  return text;
}
