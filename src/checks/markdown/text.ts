// Text helpers for the problem messages.

import { visit, type Nodes } from '../../markdown/mdast.js';

/** The text of a node's content (inline code included), for messages. */
export function plainText(node: Nodes): string {
  let text = '';
  visit(node, (n) => {
    if ('value' in n && typeof n.value === 'string' && n.type !== 'html') text += n.value;
  });
  return text;
}

/** An inline code span for a message: the shortest fence (two at least, around backticks) no run inside has. */
export function code(text: string): string {
  const runs = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
  let n = runs.size > 0 ? 2 : 1;
  while (runs.has(n)) n++;
  const fence = '`'.repeat(n);
  return runs.size > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

export function clip(text: string, max = 50): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
