// Where the managed-block markers of a document are: marker-looking comment lines found through the
// mdast of the one Markdown processor (`src/markdown`, parsed in pieces by `html-spans.ts`), so a
// marker inside a code fence or an inline code span is text, not a marker. Offsets are into the
// ORIGINAL text, for splicing.

import { htmlSpans } from './html-spans.js';
import type { BlockProblem } from './managed-blocks.js';
import { MARKER_HINT, MARKER_LINE } from './marker-patterns.js';

/** A comment line that claims to be a marker (well-formed or not): the patterns live apart. */
export { MARKER_HINT, MARKER_LINE } from './marker-patterns.js';

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just after the last character, before the line ending. */
  end: number;
  /** Offset just after the line ending (== end on the last line without one). */
  next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

export interface Candidate {
  /** 1-based line. */
  line: number;
  /** The line's text, trimmed. */
  text: string;
  /** Offset of `text` in the document. */
  textStart: number;
  lineInfo: Line;
}

export interface Scan {
  lines: Line[];
  /** Marker-looking comment lines that stand on their own line in a top-level HTML block. */
  candidates: Candidate[];
  problems: BlockProblem[];
  /** Offsets of every `<!-- architect-docs:` that is HTML (not code), well-formed or not. */
  hits: number[];
}

export function scanMarkers(markdown: string): Scan {
  const lines = splitLines(markdown);
  const candidates: Candidate[] = [];
  const problems: BlockProblem[] = [];
  const hits = new Set<number>();
  if (!MARKER_HINT.test(markdown)) return { lines, candidates, problems, hits: [] };

  const reported = new Set<number>();
  for (const node of htmlSpans(markdown, lines)) {
    const { from, to, topLevel } = node;
    for (let ln = node.startLine; ln <= node.endLine; ln++) {
      const info = lines[ln - 1];
      if (!info) continue;
      const raw = markdown.slice(info.start, info.end);
      const hint = new RegExp(MARKER_HINT.source, 'g');
      let found = false;
      for (let m = hint.exec(raw); m; m = hint.exec(raw)) {
        const at = info.start + m.index;
        if (at >= from && at < to) {
          hits.add(at);
          found = true;
        }
      }
      if (!found) continue;
      const text = raw.trim();
      if (topLevel && MARKER_LINE.test(text)) {
        candidates.push({ line: ln, text, textStart: info.start + raw.indexOf(text), lineInfo: info });
      } else if (!reported.has(ln)) {
        reported.add(ln);
        problems.push({
          line: ln,
          message: topLevel
            ? 'architect-docs marker ignored: it must stand alone on its line'
            : 'architect-docs marker ignored: it must be at the top level of the document ' +
              '(not in a list, quote or paragraph)',
        });
      }
    }
  }
  candidates.sort((a, b) => a.line - b.line);
  return { lines, candidates, problems, hits: [...hits].sort((a, b) => a - b) };
}
