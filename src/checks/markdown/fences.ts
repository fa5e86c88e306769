// Rule `unclosed-fence`: a fenced code block that runs to the end of the text (its closing fence is
// missing). Spliced into a document, it would swallow the managed block's end marker.

import type { Code } from '../../markdown/mdast.js';
import { clip, code } from './text.js';

/** What to say about a fenced code block that is never closed, or undefined when it is closed. */
export function unclosedFenceMessage(markdown: string, node: Code): string | undefined {
  const fence = unclosedFence(markdown, node);
  if (!fence) return undefined;
  const close = code(fence.replace(/[^`~].*$/, ''));
  return `the code block opened with ${code(fence)} is never closed; add a closing ${close} line after its last line`;
}

/**
 * The opening fence (e.g. ```` ```sql ````) of a fenced code block whose closing fence is missing, or
 * undefined. The parser ends such a block at the end of its container, so it is unclosed when the last
 * line of its source is not a closing fence (container prefixes like `> ` and indentation stripped).
 */
function unclosedFence(markdown: string, node: Code): string | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return undefined;
  const source = markdown.slice(start.offset, end.offset);
  const open = /^([`~]{3,})([^\n]*)/.exec(source);
  if (!open) return undefined; // an indented code block: it has no fence to close
  const lines = source.split('\n');
  if (lines.length > 1) {
    const last = lines[lines.length - 1]!.replace(/^[ \t>]*/, '').trimEnd();
    const marker = open[1]!;
    const close = new RegExp(`^\\${marker[0]}{${marker.length},}$`);
    if (close.test(last)) return undefined;
  }
  return clip(`${open[1]}${open[2]!.trim()}`, 30);
}
