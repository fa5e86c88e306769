// Rule `raw-html`: any HTML node, block or inline, comments included. No HTML in generated docs, and
// in particular no way to forge our `<!-- architect-docs:… -->` managed-block markers.

import { clip, code } from './text.js';

/** What to say about an HTML node with this source text. */
export function htmlMessage(value: string): string {
  const text = value.trim();
  if (/^<!--\s*architect-docs:/i.test(text)) {
    return 'the `<!-- architect-docs:… -->` marker is reserved for the managed blocks; remove it';
  }
  if (text.startsWith('<!--')) {
    return 'an HTML comment is not allowed; remove it (write a visible note in prose if it matters)';
  }
  const tag = /^<\/?[A-Za-z][A-Za-z0-9-]*/.exec(text);
  const shown = tag ? `${tag[0]}>` : clip(text, 30);
  const hint = htmlHint(tag?.[0].replace(/^<\/?/, '').toLowerCase());
  return `raw HTML ${code(shown)} is not allowed; ${hint}`;
}

function htmlHint(tag: string | undefined): string {
  switch (tag) {
    case 'br':
      return 'end the line or start a new paragraph instead';
    case 'details':
    case 'summary':
      return 'use a heading and ordinary paragraphs instead';
    case 'a':
      return 'use a Markdown link `[text](url)` instead';
    case 'img':
      return 'use Markdown image syntax `![alt](path)` instead';
    case 'b':
    case 'strong':
    case 'i':
    case 'em':
      return 'use Markdown emphasis (`**bold**`, `_italic_`) instead';
    case 'code':
    case 'pre':
      return 'use backticks or a fenced code block instead';
    case 'table':
    case 'tr':
    case 'td':
    case 'th':
      return 'use a Markdown (GFM) table instead';
    default:
      return 'use Markdown instead (write a literal `<` inside backticks)';
  }
}
