import { describe, expect, it } from 'vitest';
import { htmlSpans } from '../../src/docs/html-spans.js';
import { parseBlocks } from '../../src/docs/managed-blocks.js';
import { scanMarkers } from '../../src/docs/marker-scan.js';

// Pieces are only an economy: whatever the document, the HTML nodes found piece by piece must be the
// ones one parse of the whole document finds. `pieceChars = 1` parses every segment the cutter allows
// on its own, 64 joins a few, Infinity is the reference: one parse of the whole document.

const BEGIN = '<!-- architect-docs:begin id=a -->';
const END = '<!-- architect-docs:end id=a -->';

/** Fragments that keep the parser's state open across a blank line, or look as if they might. */
const FRAGMENTS = [
  '```\nunclosed fence\n\n<!-- architect-docs:begin id=in-fence -->\n',
  '```js\nclosed\n```\n',
  '~~~\n<!-- architect-docs:end id=tilde -->\n~~~\n',
  '<pre>\nopen pre\n\n<!-- architect-docs:begin id=in-pre -->\n',
  '<pre>\nclosed\n</pre>\n',
  '<!--\na comment\n\nstill the comment -->\n',
  '<div>\nhtml block 6\n</div>\n',
  '- item\n\n  continued <!-- architect-docs:begin id=li -->\n',
  '- item\n\n- next item <b>bold</b>\n',
  '1. one\n\n2. two\n',
  '> quote <i>x</i>\n\n> another quote\n',
  'Title\n\n===\n',
  'Para\n===\n',
  '    indented code\n\n    more code <!-- architect-docs:begin id=code -->\n',
  '| a | b |\n| - | - |\n| `x` | <br> <!-- architect-docs:begin id=cell --> |\n',
  'Text with `inline <!-- architect-docs:begin id=span -->` and <span>html</span>.\n',
  '_tag_\n',
  '[^1] footnote call, no definition\n',
  `${BEGIN}\n`,
  `${END}\n`,
  '\t\ttab-indented after blank\n',
  // Pieces with no `<` are not parsed unless a fence might open in them: these probe that shortcut.
  '- ```\nfence in a list item, open\n\n',
  '> ~~~\nfence in a quote, open\n\n',
  '   ```\nfence indented three spaces, open\n\n',
  '    ```\nindented code, not a fence\n',
  'a paragraph with no tag at all\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n',
];

/** Every document of `count` fragments drawn by a fixed sequence, joined by blank lines or not. */
function documents(count: number, eol: string): string[] {
  const docs: string[] = [];
  let seed = 7;
  for (let d = 0; d < 300; d++) {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      parts.push(FRAGMENTS[seed % FRAGMENTS.length]!);
      parts.push(seed % 3 === 0 ? '' : '\n');
    }
    docs.push(parts.join('').replace(/\n/g, eol));
  }
  return docs;
}

const spans = (md: string, pieceChars: number) => htmlSpans(md, scanMarkers(md).lines, pieceChars);

describe('htmlSpans', () => {
  it('finds in pieces exactly the nodes one parse of the whole document finds', () => {
    let found = 0;
    for (const eol of ['\n', '\r\n']) {
      for (const md of documents(12, eol)) {
        const whole = spans(md, Number.POSITIVE_INFINITY);
        found += whole.length;
        expect(spans(md, 1)).toEqual(whole);
        expect(spans(md, 64)).toEqual(whole);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('keeps offsets right after a leading byte order mark', () => {
    const md = `\uFEFF# T\n\n${BEGIN}\n\nbody <b>x</b>\n\n_tag_\n\n${END}\n`;
    expect(spans(md, 1)).toEqual(spans(md, Number.POSITIVE_INFINITY));
    const [first] = spans(md, 1);
    expect(md.slice(first!.from, first!.to)).toBe(BEGIN);
  });

  it('reads a document with a definition whole, since a defined label is not parsed for HTML', () => {
    const md = `[x][<b>y</b>]\n\n_cut here_\n\n[<b>y</b>]: https://example.invalid\n`;
    expect(spans(md, 1)).toEqual(spans(md, Number.POSITIVE_INFINITY));
    expect(spans(md, 1)).toEqual([]);
  });

  it('sees no markers after a fence left open, however far the document goes on', () => {
    const tables = Array.from({ length: 600 }, (_, i) => `_t${i}_\n\n| a |\n| - |\n| ${i} |\n`).join('\n');
    const md = `${BEGIN}\n\n${tables}\n${END}\n\n\`\`\`\nopen\n\n${tables}\n<!-- architect-docs:begin id=b -->\n`;
    expect(md.length).toBeGreaterThan(2 * 16_384);
    const { blocks, problems } = parseBlocks(md);
    expect(blocks.map((b) => b.id)).toEqual(['a']);
    expect(problems).toEqual([]);
    expect(spans(md, 1)).toEqual(spans(md, Number.POSITIVE_INFINITY));
  });
});
