/**
 * Writing the findings into the text: overlapping spans are merged (the union is redacted under
 * the rule of highest priority) and each finding is reported once, on the line where it starts.
 */

import { NL } from './char-codes.js';
import { type Redaction, type RedactionResult, redactionMarker } from './redaction-result.js';
import type { Span } from './scanner.js';

export function applySpans(text: string, spans: Span[]): RedactionResult {
  if (spans.length === 0) return { text, redactions: [] };
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const sp of spans) {
    const cur = merged[merged.length - 1];
    if (cur && sp.start < cur.end) {
      if (sp.end > cur.end) cur.end = sp.end;
      if (sp.prio > cur.prio) {
        cur.prio = sp.prio;
        cur.rule = sp.rule;
        cur.group = sp.group;
      }
    } else merged.push({ ...sp });
  }
  const out: string[] = [];
  const redactions: Redaction[] = [];
  let pos = 0;
  let line = 1;
  let lastGroup = -1;
  for (const sp of merged) {
    for (let i = pos; i < sp.start; i++) if (text.charCodeAt(i) === NL) line++;
    out.push(text.slice(pos, sp.start), redactionMarker(sp.rule));
    if (sp.group !== lastGroup) redactions.push({ line, rule: sp.rule });
    lastGroup = sp.group;
    pos = sp.end;
  }
  out.push(text.slice(pos));
  return { text: out.join(''), redactions };
}
