// Managed blocks: the generated parts of a document, fenced by HTML comments, so that everything a
// person writes around them survives every run.
//
//   <!-- architect-docs:begin id=api.endpoints hash=3f2a9c01b7de -->
//
//   …generated Markdown…
//
//   <!-- architect-docs:end id=api.endpoints -->
//
// Markers are found through the mdast of the one Markdown processor (`marker-scan.ts`): a marker
// inside a code fence or an inline code span is text, not a marker. The document is then edited by
// splicing the ORIGINAL text at line offsets (`merge-document.ts`): every byte outside the replaced
// blocks is kept exactly as it was.
//
// The hash in the begin marker is the sha256 (first 12 hex digits) of the body as it was generated,
// after `normaliseBody`. When the body in the file no longer has that hash, a person edited it: their
// text is kept and a conflict is reported, unless the caller forces the update.

import { createHash } from 'node:crypto';
import { MARKER_HINT, MARKER_LINE, scanMarkers, type Candidate, type Line } from './marker-scan.js';

const BLOCK_ID = /^[a-z0-9._-]+$/;
const HASH = /^[0-9a-f]{8,64}$/;
const HASH_LENGTH = 12;

export interface Block {
  id: string;
  /** The hash written in the begin marker; `undefined` when it has none (an empty template block). */
  hash: string | undefined;
  /** Offset in the document of the first character after the begin marker's line ending. */
  bodyStart: number;
  /** Offset in the document of the start of the end marker's line. */
  bodyEnd: number;
  /** `markdown.slice(bodyStart, bodyEnd)` */
  body: string;
  /** 1-based line of the begin marker. */
  line: number;
  /** 1-based line of the end marker. */
  endLine: number;
  /** Offset of the start of the begin marker's line. */
  start: number;
  /** Offset just after the end marker's text (before its line ending). */
  end: number;
}

export interface BlockProblem {
  line: number;
  message: string;
}

export interface ParsedBlocks {
  /** Well-formed blocks, in document order; a duplicated id keeps its first block only. */
  blocks: Block[];
  problems: BlockProblem[];
}

// ---------------------------------------------------------------- body, hash, rendering

/**
 * The canonical form of a body, which the hash is computed over: LF line endings, no trailing
 * whitespace on any line, no blank lines at either end. Pure text (no Markdown re-formatting), so the
 * hash of an untouched block does not change when a library's output style changes.
 */
export function normaliseBody(body: string): string {
  const lines = body
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t]+$/, ''));
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a] === '') a++;
  while (b > a && lines[b - 1] === '') b--;
  return lines.slice(a, b).join('\n');
}

/** sha256 of the normalised body, first 12 hex digits. */
export function hashBody(body: string): string {
  return createHash('sha256').update(normaliseBody(body), 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

export function beginMarker(id: string, hash?: string): string {
  assertId(id);
  return hash === undefined
    ? `<!-- architect-docs:begin id=${id} -->`
    : `<!-- architect-docs:begin id=${id} hash=${hash} -->`;
}

export function endMarker(id: string): string {
  assertId(id);
  return `<!-- architect-docs:end id=${id} -->`;
}

/**
 * A whole block: begin marker, a blank line, the normalised body, a blank line, end marker (no line
 * ending after it). A body line that would read as a marker is neutralised first, so a generated
 * body can never open or close a block.
 */
export function renderBlock(id: string, body: string, eol: '\n' | '\r\n' = '\n'): string {
  const normal = prepareBody(body);
  const lines = [beginMarker(id, hashBody(normal)), ''];
  if (normal !== '') lines.push(...normal.split('\n'), '');
  lines.push(endMarker(id));
  const rendered = lines.join(eol);
  // Valid by construction, or not at all: a body that swallows its end marker (an unclosed code
  // fence, an unclosed <pre>) would corrupt the document on the next run.
  const check = parseBlocks(rendered);
  if (check.blocks.length !== 1 || check.blocks[0]!.id !== id || check.problems.length > 0) {
    const why =
      check.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ') ||
      'the end marker is not recognised (unclosed code fence or HTML block?)';
    throw new Error(`managed block id=${id}: the generated body breaks its markers: ${why}`);
  }
  return rendered;
}

/** The body as it is written: normalised, with marker look-alikes neutralised. */
export function prepareBody(body: string): string {
  return normaliseBody(neutraliseMarkers(normaliseBody(body)));
}

/** Turn every marker look-alike outside code into visible text: `&lt;!-- architect-docs:…`. */
function neutraliseMarkers(body: string): string {
  if (!MARKER_HINT.test(body)) return body;
  let out = body;
  for (const at of [...scanMarkers(body).hits].reverse()) out = `${out.slice(0, at)}&lt;${out.slice(at + 1)}`;
  return out;
}

function assertId(id: string): void {
  if (!BLOCK_ID.test(id)) throw new Error(`invalid managed block id ${JSON.stringify(id)}: use [a-z0-9._-]`);
}

// ---------------------------------------------------------------- parsing

interface Marker {
  kind: 'begin' | 'end';
  id: string;
  hash: string | undefined;
  line: number;
  lineInfo: Line;
}

function readMarker(c: Candidate, problems: BlockProblem[]): Marker | undefined {
  const m = MARKER_LINE.exec(c.text)!;
  const kind = m[1] as 'begin' | 'end';
  const attrs = new Map<string, string>();
  for (const part of m[2]!.trim().split(/\s+/).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      problems.push({
        line: c.line,
        message: `architect-docs ${kind} marker: cannot read ${JSON.stringify(part)} (expected key=value)`,
      });
      return undefined;
    }
    attrs.set(part.slice(0, eq), part.slice(eq + 1));
  }
  const id = attrs.get('id');
  if (id === undefined || !BLOCK_ID.test(id)) {
    problems.push({
      line: c.line,
      message: `architect-docs ${kind} marker without a valid id (expected id=[a-z0-9._-]+)`,
    });
    return undefined;
  }
  let hash = attrs.get('hash')?.toLowerCase();
  if (hash !== undefined && !HASH.test(hash)) {
    problems.push({
      line: c.line,
      message:
        `architect-docs begin marker id=${id}: hash ${JSON.stringify(hash)} is not hex; ` +
        `the block is treated as edited`,
    });
    hash = '!invalid';
  }
  return { kind, id, hash: kind === 'begin' ? hash : undefined, line: c.line, lineInfo: c.lineInfo };
}

/** Find the managed blocks of a document, and what is wrong with its markers. */
export function parseBlocks(markdown: string): ParsedBlocks {
  const scan = scanMarkers(markdown);
  const problems = [...scan.problems];
  const blocks: Block[] = [];
  const ids = new Map<string, number>();
  let open: { marker: Marker; damaged: boolean } | undefined;

  for (const c of scan.candidates) {
    const marker = readMarker(c, problems);
    if (!marker) {
      if (open) open.damaged = true;
      continue;
    }
    if (marker.kind === 'begin') {
      if (open) {
        problems.push({
          line: marker.line,
          message:
            `begin id=${marker.id} inside block id=${open.marker.id} (opened at line ${open.marker.line}): ` +
            `blocks cannot nest`,
        });
        open.damaged = true;
        continue;
      }
      open = { marker, damaged: false };
      continue;
    }
    if (!open) {
      problems.push({ line: marker.line, message: `end id=${marker.id} without a begin marker` });
      continue;
    }
    if (marker.id !== open.marker.id) {
      problems.push({
        line: marker.line,
        message: `end id=${marker.id} does not match the open block id=${open.marker.id} (line ${open.marker.line})`,
      });
      open.damaged = true;
      continue;
    }
    const begin = open.marker;
    const damaged = open.damaged;
    open = undefined;
    if (damaged) {
      problems.push({
        line: begin.line,
        message: `block id=${begin.id} has stray markers inside: it is left untouched`,
      });
      continue;
    }
    const first = ids.get(begin.id);
    if (first !== undefined) {
      problems.push({
        line: begin.line,
        message: `duplicate block id=${begin.id} (first at line ${first}): only the first is managed`,
      });
      continue;
    }
    ids.set(begin.id, begin.line);
    const bodyStart = begin.lineInfo.next;
    const bodyEnd = Math.max(bodyStart, marker.lineInfo.start);
    blocks.push({
      id: begin.id,
      hash: begin.hash,
      bodyStart,
      bodyEnd,
      body: markdown.slice(bodyStart, bodyEnd),
      line: begin.line,
      endLine: marker.line,
      start: begin.lineInfo.start,
      end: marker.lineInfo.end,
    });
  }
  if (open) problems.push({ line: open.marker.line, message: `begin id=${open.marker.id} has no end marker` });
  problems.sort((a, b) => a.line - b.line);
  return { blocks, problems };
}
