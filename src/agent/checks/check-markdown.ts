// Structural checks on Markdown the model wrote, run before anything is saved. Deterministic: the
// text is parsed with the same parser the managed blocks use (remark-parse + GFM) and the mdast is
// walked. Each problem's message is short and says what to do instead, because the list is sent back
// to the model for its one retry (the caller prefixes `line N: `, so messages never repeat the line).
//
// Rules (`rule` ids):
//   empty           the text has no content.
//   raw-html        any HTML node, block or inline, comments included: no HTML in generated docs, and
//                   no way to forge our `<!-- architect-docs:… -->` managed-block markers.
//   link-scheme     links, images and link definitions must point at an `https://` URL or at a path
//                   relative to the document (no scheme, not `//host`, not `/rooted`), and a relative
//                   path must not climb out of the repository (see `MAX_PARENT_SEGMENTS`). GFM turns bare
//                   `www.x` / `http://x` / `a@b.c` text into links: those are checked too.
//   heading-depth   headings must be at least `minHeadingDepth` deep: the block sits under a template
//                   heading one level up.
//   heading-skip    a heading must not go more than one level deeper than the one before it (the
//                   template heading, `minHeadingDepth - 1`, counts as the first).
//   model-diagram   no ```mermaid (or other diagram-language) code blocks: diagrams are generated from
//                   the facts, never drawn by the model.
//   unclosed-fence  a fenced code block that runs to the end of the text (its closing fence is missing).
//                   Spliced into a document, it would swallow the managed block's end marker.

import { posix } from 'node:path';
import type { Code, Heading, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MarkdownProblem {
  rule: string;
  line?: number;
  message: string;
}

export interface CheckMarkdownOptions {
  /** The shallowest heading level the text may use: one deeper than the template heading it sits under. */
  minHeadingDepth: number;
  /**
   * Repository-relative path of the document the text goes into. When given, a relative link may
   * climb (`../`) exactly as far as the repository root; when not, at most `MAX_PARENT_SEGMENTS`.
   */
  docFile?: string;
}

/**
 * Without `docFile`, how many `..` segments a relative link may climb in total. Generated docs live
 * at most three folders down (`docs/architecture/runbooks/x.md`), and their generated source links
 * climb exactly that far to reach `deploy/…`, `db/…`; a deeper climb leaves any sane repository.
 */
export const MAX_PARENT_SEGMENTS = 3;

/** Fenced code languages that are diagrams. */
const DIAGRAM_LANGUAGES = new Set(['mermaid', 'plantuml', 'puml', 'dot', 'graphviz', 'd2', 'nomnoml', 'ditaa']);

const parser = unified().use(remarkParse).use(remarkGfm);

/** The mdast of a Markdown text, with positions; the one parser both checks use. */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

export function checkMarkdown(markdown: string, opts: CheckMarkdownOptions): MarkdownProblem[] {
  if (markdown.trim() === '') return [{ rule: 'empty', message: 'the section is empty; write its Markdown content' }];
  const tree = parseMarkdown(markdown);
  const problems: MarkdownProblem[] = [];
  const add = (rule: string, node: Nodes | undefined, message: string) => problems.push({ rule, ...(node?.position ? { line: node.position.start.line } : {}), message });
  if (!tree.children.some((n) => n.type !== 'definition')) add('empty', undefined, 'the section has no content (only link definitions); write its Markdown content');

  let previousDepth = opts.minHeadingDepth - 1;
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'html':
        add('raw-html', node, htmlMessage(node.value));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const what = node.type === 'image' ? 'image' : node.type === 'definition' ? `link definition \`[${node.label ?? node.identifier}]:\`` : 'link';
        const literal = node.type === 'link' && isAutolinkLiteral(markdown, node) ? plainText(node) : undefined;
        const message = urlProblem(node.url, what, literal, opts.docFile);
        if (message) add('link-scheme', node, message);
        break;
      }
      case 'heading': {
        const h = node as Heading;
        const shown = `${'#'.repeat(h.depth)} ${clip(plainText(h))}`.trimEnd();
        if (h.depth < opts.minHeadingDepth) {
          add('heading-depth', h, `heading "${shown}" is level ${h.depth}, but this section sits under a level-${opts.minHeadingDepth - 1} heading; use level ${opts.minHeadingDepth} (\`${'#'.repeat(opts.minHeadingDepth)}\`) or deeper`);
        } else if (h.depth > previousDepth + 1) {
          add('heading-skip', h, `heading "${shown}" jumps from level ${previousDepth} to level ${h.depth}; use level ${previousDepth + 1} (\`${'#'.repeat(previousDepth + 1)}\`)`);
        }
        previousDepth = Math.max(h.depth, opts.minHeadingDepth - 1);
        break;
      }
      case 'code': {
        const lang = (node.lang ?? '').toLowerCase();
        if (DIAGRAM_LANGUAGES.has(lang)) {
          add('model-diagram', node, `\`${lang}\` diagrams are generated from the facts, never written by hand; remove this code block (describe the point in prose instead)`);
        }
        const fence = unclosedFence(markdown, node);
        if (fence) add('unclosed-fence', node, `the code block opened with ${code(fence)} is never closed; add a closing ${code(fence.replace(/[^`~].*$/, ''))} line after its last line`);
        break;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

// ---------------------------------------------------------------- HTML

function htmlMessage(value: string): string {
  const text = value.trim();
  if (/^<!--\s*architect-docs:/i.test(text)) return 'the `<!-- architect-docs:… -->` marker is reserved for the managed blocks; remove it';
  if (text.startsWith('<!--')) return 'an HTML comment is not allowed; remove it (write a visible note in prose if it matters)';
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

// ---------------------------------------------------------------- links

/** A GFM autolink literal (`www.x`, `http://x`, `a@b.c` in plain text): its source is not `[…](…)` or `<…>`. */
function isAutolinkLiteral(markdown: string, node: Nodes): boolean {
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  const c = markdown[start];
  return c !== '[' && c !== '<';
}

/** Why a link target is not allowed, or undefined when it is fine. */
function urlProblem(rawUrl: string, what: string, literal: string | undefined, docFile: string | undefined): string | undefined {
  // Browsers drop ASCII whitespace and control characters from URLs (`java\tscript:` is `javascript:`).
  const url = rawUrl.replace(/[\u0000-\u0020\u007f]+/g, '');
  const shown = clip(rawUrl, 60);
  const allowed = 'only `https://` URLs and paths relative to this document are allowed';
  if (url === '') return `${what} has no target; link to a repository file by relative path or to an \`https://\` URL`;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'https') {
      if (/^https:\/\/[^/\\?#]+/i.test(url)) return undefined;
      return `${what} ${code(shown)} is not a valid \`https://host/…\` URL`;
    }
    if (literal !== undefined) {
      return scheme === 'mailto'
        ? `the bare address ${code(clip(literal, 60))} becomes a \`mailto:\` link; put it in backticks`
        : `the bare URL ${code(clip(literal, 60))} becomes an \`${scheme}:\` link; write it as \`https://…\` or put it in backticks`;
    }
    return `${what} ${code(shown)} uses the \`${scheme}:\` scheme; ${allowed}${scheme === 'http' ? ' (use `https://`)' : ''}`;
  }
  if (/^[/\\]{2}/.test(url)) return `${what} ${code(shown)} is protocol-relative; write the full \`https://\` URL`;
  if (/^[/\\]/.test(url)) return `${what} ${code(shown)} is an absolute path; use a path relative to this document (\`../…\`) or an \`https://\` URL`;
  return climbProblem(url, what, shown, docFile);
}

/** A relative path that climbs out of the repository (or, without `docFile`, too far up). */
function climbProblem(url: string, what: string, shown: string, docFile: string | undefined): string | undefined {
  let path = url.replace(/[?#].*$/s, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written; it cannot decode to `..` then.
  }
  const segments = path.split(/[/\\]+/);
  const base = docFile ? posix.dirname(docFile.replace(/\\/g, '/')).split('/').filter((s) => s !== '' && s !== '.') : [];
  let depth = base.length;
  let lowest = depth;
  for (const s of segments) {
    if (s === '..') depth--;
    else if (s !== '' && s !== '.') depth++;
    lowest = Math.min(lowest, depth);
  }
  const floor = docFile ? 0 : -MAX_PARENT_SEGMENTS;
  if (lowest >= floor) return undefined;
  return docFile
    ? `${what} ${code(shown)} climbs above the repository root; link to a file inside the repository`
    : `${what} ${code(shown)} climbs more than ${MAX_PARENT_SEGMENTS} folders up; link to a file inside the repository`;
}

// ---------------------------------------------------------------- code fences

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

// ---------------------------------------------------------------- helpers

/** The text of a node's content (inline code included), for messages. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

/** An inline code span for a message: the shortest fence (two at least, around backticks) no run inside has. */
export function code(text: string): string {
  const runs = new Set([...text.matchAll(/`+/g)].map((m) => m[0].length));
  let n = runs.size > 0 ? 2 : 1;
  while (runs.has(n)) n++;
  const fence = '`'.repeat(n);
  return runs.size > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function clip(text: string, max = 50): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
