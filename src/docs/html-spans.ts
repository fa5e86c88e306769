// The HTML nodes of a Markdown document (where the marker scan looks for markers), found by parsing
// the document in pieces. One micromark parse holds every event of its input at once: about 400
// bytes of heap per byte of a docs page full of tables (GitHub's REST description gives a 280 KB
// api.md, whose single parse took 120 MB). Pieces of ~16 KB keep that small, and each piece's
// nodes are the ones a parse of the whole document finds, because a piece only ends where the
// parser's state cannot reach across:
//   - before a line that follows a blank line and starts in column 0 with no list marker, quote
//     or setext underline: after a blank line no paragraph continues lazily, no table or heading
//     underline attaches to what came before, and an unindented line closes every list item and
//     indented code block;
//   - only when the piece's own parse shows that its last node ended before that blank line: a
//     fenced code block or a <pre>/<script>/comment HTML block still open runs to the piece's end,
//     and then the rest of the document is parsed as one piece, as before;
//   - never in a document with a `]:` anywhere: link and footnote definitions reach the whole
//     document (a defined `[label]` is not parsed for HTML), so such a document is parsed whole.

import { type Root, visit } from '../markdown/mdast.js';
import { parseMarkdown } from '../markdown/processor.js';

export interface HtmlSpan {
  /** Offsets in the document: the node's first character and just after its last. */
  from: number;
  to: number;
  /** 1-based lines of the node's first and last character. */
  startLine: number;
  endLine: number;
  /** The node is a child of the document's root (not in a list, quote, paragraph or table). */
  topLevel: boolean;
}

export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/** Pieces are cut at the first safe line after this many characters. */
const PIECE_CHARS = 16_384;
const BLANK = /^[ \t]*$/;
/** A line that starts a fresh construct after a blank line, whatever was open before it. */
const FRESH_START = /^[^\s\-+*>=\d]/;

/**
 * Every HTML node (flow or inline) of `markdown`, in document order. `pieceChars` is how long a
 * piece grows before it may be cut (Infinity: one parse of the whole document).
 */
export function htmlSpans(markdown: string, lines: readonly LineSpan[], pieceChars = PIECE_CHARS): HtmlSpan[] {
  const spans: HtmlSpan[] = [];
  const whole = markdown.includes(']:');
  let startLine = 0;
  while (startLine < lines.length) {
    const endLine = whole ? lines.length : nextCut(markdown, lines, startLine, pieceChars);
    const from = lines[startLine]!.start;
    const to = endLine < lines.length ? lines[endLine]!.start : markdown.length;
    const piece = collect(markdown.slice(from, to), from, startLine, from === 0 && markdown.startsWith('\uFEFF'));
    if (endLine < lines.length && !closedBeforeBlank(piece.lastEnd, markdown, lines, endLine)) {
      // Something stays open across the blank line: the rest is one piece, exactly as parsed whole.
      spans.push(...collect(markdown.slice(from), from, startLine, from === 0 && markdown.startsWith('\uFEFF')).spans);
      break;
    }
    spans.push(...piece.spans);
    startLine = endLine;
  }
  return spans;
}

/** The line index where the piece starting at `first` ends: a safe line past `pieceChars`, or the end. */
function nextCut(markdown: string, lines: readonly LineSpan[], first: number, pieceChars: number): number {
  const limit = lines[first]!.start + pieceChars;
  for (let i = first + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start < limit) continue;
    const before = lines[i - 1]!;
    if (!BLANK.test(markdown.slice(before.start, before.end))) continue;
    if (FRESH_START.test(markdown.slice(line.start, line.end))) return i;
  }
  return lines.length;
}

/** The last top-level node ended at or before the line ending of the last non-blank line before `cut`. */
function closedBeforeBlank(lastEnd: number | undefined, markdown: string, lines: readonly LineSpan[], cut: number) {
  if (lastEnd === undefined) return true;
  let i = cut - 1;
  while (i > 0 && BLANK.test(markdown.slice(lines[i]!.start, lines[i]!.end))) i--;
  return lastEnd <= lines[i]!.end;
}

function collect(
  text: string,
  offset: number,
  lineOffset: number,
  bom: boolean,
): { spans: HtmlSpan[]; lastEnd: number | undefined } {
  const tree: Root = parseMarkdown(text);
  // micromark leaves a leading BOM out of its offsets (lines are unaffected).
  const shift = offset + (bom ? 1 : 0);
  const spans: HtmlSpan[] = [];
  visit(tree, 'html', (node, _index, parent) => {
    if (!node.position) return;
    spans.push({
      from: (node.position.start.offset ?? 0) + shift,
      to: (node.position.end.offset ?? text.length) + shift,
      startLine: node.position.start.line + lineOffset,
      endLine: node.position.end.line + lineOffset,
      topLevel: parent === tree,
    });
  });
  const last = tree.children.at(-1)?.position?.end.offset;
  return { spans, lastEnd: last === undefined ? undefined : last + shift };
}
