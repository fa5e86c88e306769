import type { InlineCode, Nodes, Text } from 'mdast';
import { inlineCodeMentions } from './inline-code-mentions.js';
import { phraseOf, PHRASE_AFTER, PHRASE_BEFORE, SEPARATOR_RE } from './kind-words.js';
import type { MentionCollector } from './mention-collector.js';
import { proseMentions } from './prose-mentions.js';

// Phrasing content (a paragraph, heading or table cell): its text and its code spans in reading
// order, so a kind word in the text next to a span can make the span a claim of that kind.

/** Kind words after a span that claim a running workload of that name. */
const WORKLOAD_AFTER = /^\s*(deployments?|statefulsets?|daemonsets?|cronjobs?)\b/i;

type Token = { type: 'text'; node: Text } | { type: 'code'; node: InlineCode } | { type: 'break' };

function flatten(node: Nodes, into: Token[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    if (child.type === 'text') into.push({ type: 'text', node: child });
    else if (child.type === 'inlineCode') into.push({ type: 'code', node: child });
    else if ('children' in child && child.type !== 'footnoteDefinition') flatten(child, into);
    else into.push({ type: 'break' });
  }
}

function textAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  return t?.type === 'text' ? t.node.value : undefined;
}

/** The code span after the one at `j` when only a list separator (`, `, ` and `) is between them. */
function nextInRun(tokens: Token[], j: number): InlineCode | undefined {
  const separator = textAt(tokens, j + 1);
  const next = tokens[j + 2];
  return separator !== undefined && SEPARATOR_RE.test(separator) && next?.type === 'code' ? next.node : undefined;
}

export function phrasingMentions(out: MentionCollector, container: Nodes): void {
  const tokens: Token[] = [];
  flatten(container, tokens);
  for (const t of tokens) if (t.type === 'text') proseMentions(out, t.node);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.type !== 'code') continue;
    // A run: `a`, `b` and `c` — codes joined only by list separators share the kind word around them.
    const run: InlineCode[] = [first.node];
    let j = i;
    for (let next = nextInRun(tokens, j); next; next = nextInRun(tokens, j)) {
      run.push(next);
      j += 2;
    }
    const before = textAt(tokens, i - 1) ?? '';
    const after = textAt(tokens, j + 1) ?? '';
    // "`x` table" is a firm claim; "table `x`" less so ("the orders table `status` column"): a name
    // known as another kind is then taken as that kind.
    const firm = phraseOf(PHRASE_AFTER.exec(after));
    const phrase = firm ?? phraseOf(PHRASE_BEFORE.exec(before));
    // "the `pgbouncer` deployment" claims a workload even when the name is a common word.
    const strict = firm === 'component' && WORKLOAD_AFTER.test(after);
    for (const code of run) inlineCodeMentions(out, code, phrase, firm === undefined, strict);
    i = j;
  }
}
