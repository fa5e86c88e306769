import type { Code, InlineCode, Nodes, Text } from 'mdast';
import { code as codeSpan, parseMarkdown } from '../markdown/check-markdown.js';
import {
  PROPOSED_CODE_NOTE,
  PROPOSED_MARKER,
  UNKNOWN_CODE_NOTE,
  UNKNOWN_MARKER,
  type Mention,
} from './grounding-types.js';

/**
 * For `grounding: warn`: the markdown with `UNKNOWN_MARKER` after each unknown mention (after the
 * closing backtick of an inline code span), and, for mentions inside a code block, a note paragraph
 * after the block listing them (code is never edited). Everything else is kept byte for byte.
 */
export function markUnknownMentions(markdown: string, unknown: Mention[]): string {
  return markMentions(markdown, [{ mentions: unknown, marker: UNKNOWN_MARKER, note: UNKNOWN_CODE_NOTE }]);
}

/**
 * For a recommendation: `PROPOSED_MARKER` after each name it declares as new (and, when `unknown`
 * is given, `UNKNOWN_MARKER` after the names that are neither in the facts nor declared).
 */
export function markProposedMentions(markdown: string, proposed: Mention[], unknown: Mention[] = []): string {
  return markMentions(markdown, [
    { mentions: proposed, marker: PROPOSED_MARKER, note: PROPOSED_CODE_NOTE },
    { mentions: unknown, marker: UNKNOWN_MARKER, note: UNKNOWN_CODE_NOTE },
  ]);
}

interface MarkGroup {
  mentions: Mention[];
  /** Put after an inline mention. */
  marker: string;
  /** Starts the note put after a code block holding mentions. */
  note: string;
}

function markMentions(markdown: string, groups: MarkGroup[]): string {
  if (groups.every((g) => g.mentions.length === 0)) return markdown;
  const tree = parseMarkdown(markdown);
  const codes: Code[] = [];
  const inlines: (InlineCode | Text)[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'code') codes.push(node);
    else if (node.type === 'inlineCode' || node.type === 'text') inlines.push(node);
    if ('children' in node) for (const c of node.children) collect(c as Nodes);
  };
  collect(tree);

  const edits: { at: number; text: string; order: number }[] = [];
  groups.forEach((group, order) => {
    const marks = new Map<number, string>();
    const notes = new Map<Code, string[]>();
    for (const m of group.mentions) {
      const end = m.end ?? locate(markdown, m, codes, inlines);
      if (end === undefined) continue;
      const code = codes.find((c) => c.position && c.position.start.offset! < end && end <= c.position.end.offset!);
      if (code) {
        const list = notes.get(code) ?? [];
        if (!list.includes(m.text)) list.push(m.text);
        notes.set(code, list);
      } else if (!markdown.startsWith(group.marker.slice(0, -1), end)) {
        // In a span of several words (an inline command or statement) the marker names the mention.
        const span = inlines.find((n) => n.type === 'inlineCode' && n.position?.end.offset === end);
        // The name inside such a label is the label, not another mention.
        const opening = `${group.marker.slice(0, -1)}: `;
        if (span && markdown.slice(0, span.position!.start.offset).endsWith(opening)) continue;
        const named = span && span.value.trim() !== m.text;
        const text = named ? `${group.marker.slice(0, -1)}: ${codeSpan(m.text)})` : group.marker;
        const before = marks.get(end);
        if (before === undefined || (named && !before.includes(text))) marks.set(end, (before ?? '') + text);
      }
    }
    for (const [at, text] of marks) edits.push({ at, text, order });
    for (const [code, names] of notes) {
      const at = code.position!.end.offset!;
      const lineStart = markdown.lastIndexOf('\n', code.position!.start.offset! - 1) + 1;
      // The note goes inside the same list item or quote as the block: its prefix, markers blanked.
      const blockPrefix = markdown.slice(lineStart, code.position!.start.offset!);
      const prefix = blockPrefix.replace(/[-*+]|\d+[.)]/g, (s) => ' '.repeat(s.length));
      const note = `${group.note} ${names.map(codeSpan).join(', ')}.`;
      // Already marked (a second pass over marked text must not add a second note).
      const noted =
        markdown.startsWith(`\n${prefix.trimEnd()}\n${prefix}${group.note}`, at) ||
        markdown.startsWith(`\n\n${prefix}${group.note}`, at);
      if (noted) continue;
      edits.push({ at, text: `\n${prefix.trimEnd()}\n${prefix}${note}`, order });
    }
  });
  // From the end backwards; at one offset the first group's text comes first.
  let result = markdown;
  for (const e of edits.sort((a, b) => b.at - a.at || b.order - a.order)) {
    result = result.slice(0, e.at) + e.text + result.slice(e.at);
  }
  return result;
}

/** The end offset of a mention made without one: an inline code span or text on its line holding it. */
function locate(markdown: string, m: Mention, codes: Code[], inlines: (InlineCode | Text)[]): number | undefined {
  for (const n of inlines) {
    if (n.position?.start.line !== m.line || !n.value.includes(m.text)) continue;
    if (n.type === 'inlineCode') return n.position.end.offset;
    const s = n.position.start.offset!;
    const at = markdown.slice(s, n.position.end.offset).indexOf(m.text);
    return at >= 0 ? s + at + m.text.length : n.position.end.offset;
  }
  const code = codes.find((c) => c.position && c.position.start.line <= m.line && m.line <= c.position.end.line);
  return code?.position?.end.offset;
}
