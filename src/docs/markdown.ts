// Markdown built from facts as mdast and printed by the one processor (`src/markdown`), so escaping
// is the stringifier's job (a `|` in a table cell, a `*` in a summary, a fence inside a code sample)
// and the output is byte-stable: one set of options, used for everything generated.

import type {
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { stringifyMarkdown } from '../markdown/processor.js';

export { STRINGIFY_OPTIONS } from '../markdown/processor.js';

/** Inline content: plain text (escaped as needed), phrasing nodes (inline code, links …), or a mix. */
export type Cell = Inline | ReadonlyArray<Inline>;
export type Inline = string | PhrasingContent;
/** What a section renderer returns: block content for one managed block. */
export type Section = RootContent[];

/** Print nodes as Markdown; the result ends with exactly one `\n` (or is empty). */
export function stringify(nodes: Root | RootContent | readonly RootContent[]): string {
  const root: Root = isRoot(nodes)
    ? nodes
    : { type: 'root', children: Array.isArray(nodes) ? [...nodes] : [nodes as RootContent] };
  if (root.children.length === 0) return '';
  return stringifyMarkdown(root);
}

function isRoot(x: unknown): x is Root {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && (x as { type?: unknown }).type === 'root';
}

// ---------------------------------------------------------------- nodes

/** Plain text on one line: line breaks (which would end a table row or a heading) become spaces. */
export function text(value: string): PhrasingContent {
  return { type: 'text', value: oneLine(value) };
}

export function inlineCode(value: string): PhrasingContent {
  return { type: 'inlineCode', value: oneLine(value) };
}

export function link(url: string, ...label: Cell[]): PhrasingContent {
  return { type: 'link', url, children: phrasing(label.flat()) };
}

export function strong(...label: Cell[]): PhrasingContent {
  return { type: 'strong', children: phrasing(label.flat()) };
}

export function emphasis(...label: Cell[]): PhrasingContent {
  return { type: 'emphasis', children: phrasing(label.flat()) };
}

export function heading(depth: 1 | 2 | 3 | 4 | 5 | 6, ...content: Cell[]): Heading {
  return { type: 'heading', depth, children: phrasing(content.flat()) };
}

/** Pieces given separately are joined as they are: `paragraph('Defined in ', link(…), '.')`. */
export function paragraph(...content: Cell[]): Paragraph {
  return { type: 'paragraph', children: phrasing(content.flat(), false) };
}

/** Inline pieces with a separator between them, e.g. several `inlineCode` names joined by ", ". */
export function joined(items: readonly Inline[], separator = ', '): Inline[] {
  return items.flatMap((x, i) => (i === 0 ? [x] : [separator, x]));
}

export function list(items: readonly Cell[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    ...(ordered ? { start: 1 } : {}),
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
  };
}

export function codeNode(lang: string | undefined, value: string): Code {
  return { type: 'code', lang: lang || null, meta: null, value: value.replace(/\r\n?/g, '\n').replace(/\n+$/, '') };
}

export function tableNode(headers: readonly Cell[], rows: readonly (readonly Cell[])[]): Table {
  const width = Math.max(headers.length, ...rows.map((r) => r.length));
  const row = (cells: readonly Cell[]): TableRow => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => {
      const cell = cells[i] ?? '';
      // GFM trims cell text anyway; trimming here keeps the printed row stable.
      return { type: 'tableCell', children: phrasing(typeof cell === 'string' ? oneLine(cell).trim() : cell) };
    }),
  });
  return { type: 'table', align: headers.map(() => null), children: [row(headers), ...rows.map(row)] };
}

// ---------------------------------------------------------------- strings

/** A GFM table. Plain-text cells are escaped (`|`, `*`, backticks …); line breaks become spaces. */
export function table(headers: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  return stringify(tableNode(headers, rows));
}

/** A fenced code block; the fence grows when the text itself contains backtick fences. */
export function codeBlock(lang: string | undefined, value: string): string {
  return stringify(codeNode(lang, value));
}

// ---------------------------------------------------------------- helpers

function oneLine(value: string): string {
  return value.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ');
}

function phrasing(content: Cell, singleLine = true): PhrasingContent[] {
  const parts =
    typeof content === 'string' || !Array.isArray(content)
      ? [content as string | PhrasingContent]
      : (content as ReadonlyArray<string | PhrasingContent>);
  const out: PhrasingContent[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') out.push(part);
    else if (part !== '') out.push({ type: 'text', value: singleLine ? oneLine(part) : part.replace(/\r\n?/g, '\n') });
  }
  return out;
}
