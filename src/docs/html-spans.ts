// The HTML nodes of a Markdown document (where the marker scan looks for markers), found by parsing
// the document in pieces. One micromark parse holds every event of its input at once: about 400
// bytes of heap per byte of a docs page full of tables (GitHub's REST description gives a 280 KB
// api.md, whose single parse took 120 MB). Pieces of at most ~16 KB keep that small, and each
// piece's nodes are the ones a parse of the whole document finds, because a piece only ends where
// the parser's state cannot reach across:
//   - before a line that follows a blank line and starts in column 0 with no list marker, quote
//     or setext underline: after a blank line no paragraph continues lazily, no table or heading
//     underline attaches to what came before, and an unindented line closes every list item and
//     indented code block;
//   - only when the piece's own parse shows that its last node ended before that blank line: a
//     fenced code block or a <pre>/<script>/comment HTML block still open runs to the piece's end,
//     and then the rest of the document is parsed as one piece, as before;
//   - never in a document with a `]:` anywhere: link and footnote definitions reach the whole
//     document (a defined `[label]` is not parsed for HTML), so such a document is parsed whole.
// The document is cut at every such line. A segment with no `<` holds no HTML node, and without a
// fence line either it leaves nothing open for the next one (an HTML block needs a `<` to start),
// so it is not parsed at all; the others are parsed, joined up to ~16 KB. Generated docs are mostly
// such segments (api.md of GitHub's description: 8 `<` in 280 KB, all markers): parsing them had
// allocated 0.9 GB in one run, and the heap grew by ~150 MB before collecting it.

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

/** Consecutive segments that need a parse are parsed together up to this many characters. */
const PIECE_CHARS = 16_384;
const BLANK = /^[ \t]*$/;
/** A line that starts a fresh construct after a blank line, whatever was open before it. */
const FRESH_START = /^[^\s\-+*>=\d]/;
/** A line that may open a fenced code block, at the top level (in a list item or a quote it ends with them). */
const FENCE_LINE = /^ {0,3}(?:`{3,}|~{3,})/m;

/**
 * Every HTML node (flow or inline) of `markdown`, in document order. The document is cut at every
 * safe line; the segments that need a parse are parsed together up to `pieceChars` (Infinity: one
 * parse of the whole document, nothing skipped).
 */
export function htmlSpans(markdown: string, lines: readonly LineSpan[], pieceChars = PIECE_CHARS): HtmlSpan[] {
  const spans: HtmlSpan[] = [];
  const whole = pieceChars === Number.POSITIVE_INFINITY || markdown.includes(']:');
  const offsetOf = (line: number) => (line < lines.length ? lines[line]!.start : markdown.length);
  const inert = inertTest(markdown);
  const bom = markdown.startsWith('\uFEFF');
  let startLine = 0;
  while (startLine < lines.length) {
    const from = offsetOf(startLine);
    let endLine = whole ? lines.length : nextCut(markdown, lines, startLine);
    if (!whole && inert(from, offsetOf(endLine))) {
      startLine = endLine;
      continue;
    }
    // The segments after it that need a parse too join this one, up to pieceChars.
    while (endLine < lines.length && offsetOf(endLine) - from < pieceChars) {
      const next = nextCut(markdown, lines, endLine);
      if (inert(offsetOf(endLine), offsetOf(next))) break;
      endLine = next;
    }
    const to = offsetOf(endLine);
    const piece = collect(markdown.slice(from, to), from, startLine, from === 0 && bom);
    if (endLine < lines.length && !closedBeforeBlank(piece.lastEnd, markdown, lines, endLine)) {
      // Something stays open across the blank line: the rest is one piece, exactly as parsed whole.
      spans.push(...collect(markdown.slice(from), from, startLine, from === 0 && bom).spans);
      break;
    }
    spans.push(...piece.spans);
    startLine = endLine;
  }
  return spans;
}

/**
 * Whether `markdown[from, to)` holds no HTML node and nothing that stays open past its end. Calls
 * come in document order, so the next `<` is searched for once, not once per segment.
 */
function inertTest(markdown: string): (from: number, to: number) => boolean {
  let nextLt = -2;
  return (from, to) => {
    if (nextLt !== -1 && nextLt < from) nextLt = markdown.indexOf('<', from);
    if (nextLt !== -1 && nextLt < to) return false;
    return !FENCE_LINE.test(markdown.slice(from, to));
  };
}

/** The first line after `first` where the document may be cut (a safe line), or the end. */
function nextCut(markdown: string, lines: readonly LineSpan[], first: number): number {
  for (let i = first + 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    if (!BLANK.test(markdown.slice(before.start, before.end))) continue;
    if (FRESH_START.test(markdown.slice(lines[i]!.start, lines[i]!.end))) return i;
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
