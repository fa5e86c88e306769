// Structural checks on Markdown the model wrote, run before anything is saved. Deterministic: the
// text is parsed with the one Markdown processor the managed blocks use (`src/markdown`) and the
// mdast is walked. Each problem's message is short and says what to do instead, because the list is
// sent back to the model for its one retry (the caller prefixes `line N: `, so messages never repeat
// the line).
//
// Rules (`rule` ids), one file each:
//   empty           the text has no content.
//   raw-html        any HTML node, comments and forged managed-block markers included (raw-html.ts).
//   link-scheme     links, images and definitions: `https://` or relative, not out of the repo (links.ts).
//   heading-depth   headings at least `minHeadingDepth` deep (headings.ts).
//   heading-skip    no heading more than one level deeper than the one before it (headings.ts).
//   model-diagram   no ```mermaid (or other diagram-language) code blocks (diagrams.ts).
//   unclosed-fence  no fenced code block that runs to the end of the text (fences.ts).

import { visit, type Nodes } from '../../markdown/mdast.js';
import { parseMarkdown } from '../../markdown/processor.js';
import { diagramMessage } from './diagrams.js';
import { unclosedFenceMessage } from './fences.js';
import { headingChecker } from './headings.js';
import { linkMessage } from './links.js';
import { htmlMessage } from './raw-html.js';

export { MAX_PARENT_SEGMENTS } from './links.js';
export { code, plainText } from './text.js';
/** The mdast of a Markdown text, with positions; the one parser both checks use. */
export { parseMarkdown };

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

export function checkMarkdown(markdown: string, opts: CheckMarkdownOptions): MarkdownProblem[] {
  if (markdown.trim() === '') return [{ rule: 'empty', message: 'the section is empty; write its Markdown content' }];
  const tree = parseMarkdown(markdown);
  const problems: MarkdownProblem[] = [];
  const add = (rule: string, node: Nodes | undefined, message: string | undefined) => {
    if (message) problems.push({ rule, ...(node?.position ? { line: node.position.start.line } : {}), message });
  };
  if (!tree.children.some((n) => n.type !== 'definition')) {
    add('empty', undefined, 'the section has no content (only link definitions); write its Markdown content');
  }
  const heading = headingChecker(opts.minHeadingDepth);
  visit(tree, (node) => {
    switch (node.type) {
      case 'html':
        add('raw-html', node, htmlMessage(node.value));
        break;
      case 'link':
      case 'image':
      case 'definition':
        add('link-scheme', node, linkMessage(node, markdown, opts.docFile));
        break;
      case 'heading': {
        const problem = heading(node);
        if (problem) add(problem.rule, node, problem.message);
        break;
      }
      case 'code':
        add('model-diagram', node, diagramMessage(node));
        add('unclosed-fence', node, unclosedFenceMessage(markdown, node));
        break;
    }
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
