// The one Markdown processor: remark-parse + GFM + remark-stringify, configured once. Managed
// blocks, the Markdown checks and the rendered docs all read and print Markdown through it, so what
// the checks parse is what the managed blocks parse, and every generated block is printed alike.

import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/** The one style every generated block is printed in. Changing any of these changes every doc. */
export const STRINGIFY_OPTIONS: Readonly<StringifyOptions> = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  listItemIndent: 'one',
  incrementListMarker: true,
  quote: '"',
  resourceLink: false,
  tightDefinitions: true,
};

/**
 * No column padding: a table whose widest cell grows does not rewrite every row, so regenerated docs
 * diff by the rows that changed. (These options only affect printing; parsing is plain GFM.)
 */
const GFM_OPTIONS = { tablePipeAlign: false, tableCellPadding: true } as const;

const processor = unified().use(remarkParse).use(remarkGfm, GFM_OPTIONS).use(remarkStringify, STRINGIFY_OPTIONS);

/** The mdast of a Markdown text (GFM), with positions. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** Print an mdast tree as Markdown in `STRINGIFY_OPTIONS` style. */
export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
