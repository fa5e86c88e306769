import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  codeNode,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  stringify,
  table,
  tableNode,
} from '../../src/docs/markdown.js';
import {
  beginMarker,
  endMarker,
  hashBody,
  normaliseBody,
  parseBlocks,
  renderBlock,
} from '../../src/docs/managed-blocks.js';
import { mergeDocument } from '../../src/docs/merge-document.js';

const TEMPLATE = [
  '# Orders service',
  '',
  'Written by people.',
  '',
  '## Endpoints',
  '',
  beginMarker('api.endpoints'),
  endMarker('api.endpoints'),
  '',
  '## Data',
  '',
  beginMarker('data.tables'),
  endMarker('data.tables'),
  '',
  '## Runbook',
  '',
  beginMarker('runbook.orders-api.summary'),
  endMarker('runbook.orders-api.summary'),
  '',
].join('\n');

const BODIES = new Map([
  ['api.endpoints', '| Method | Path |\n| - | - |\n| GET | /orders |\n'],
  ['data.tables', '- `orders`\n- `customers`\n'],
  ['runbook.orders-api.summary', 'Deploys as `orders-api`.'],
]);

/** Everything outside the managed blocks, in order. */
function outside(text: string): string[] {
  const { blocks } = parseBlocks(text);
  const parts: string[] = [];
  let cursor = 0;
  for (const b of blocks) {
    parts.push(text.slice(cursor, b.start));
    cursor = b.end;
  }
  parts.push(text.slice(cursor));
  return parts;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('renderBlock', () => {
  it('writes markers around the body with one blank line each side and the hash of the normalised body', () => {
    const out = renderBlock('api.endpoints', '\n\nhello  \nworld\n\n\n');
    const hash = hashBody('hello\nworld');
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(out).toBe(
      `<!-- architect-docs:begin id=api.endpoints hash=${hash} -->\n\nhello\nworld\n\n` +
        `<!-- architect-docs:end id=api.endpoints -->`,
    );
    expect(renderBlock('api.endpoints', 'hello\r\nworld')).toBe(out);
  });

  it('renders an empty body as two markers and a blank line', () => {
    expect(renderBlock('x', '')).toBe(
      `<!-- architect-docs:begin id=x hash=${hashBody('')} -->\n\n<!-- architect-docs:end id=x -->`,
    );
  });

  it('rejects ids outside [a-z0-9._-]', () => {
    expect(() => renderBlock('API endpoints', 'x')).toThrow(/invalid managed block id/);
  });

  it('neutralises a marker look-alike in a body, but not one inside a code fence', () => {
    const body = 'Before\n\n<!-- architect-docs:end id=x -->\n\n```md\n<!-- architect-docs:end id=x -->\n```';
    const out = renderBlock('x', body);
    expect(out).toContain('&lt;!-- architect-docs:end id=x -->\n\n```md\n<!-- architect-docs:end id=x -->\n```');
    const parsed = parseBlocks(out);
    expect(parsed.problems).toEqual([]);
    expect(parsed.blocks.map((b) => b.id)).toEqual(['x']);
  });

  it('neutralises marker look-alikes in prose and lists too, so a model-written body cannot break a block', () => {
    const body =
      'Blocks look like <!-- architect-docs:begin id=y --> in the source.\n\n' +
      '- <!-- architect-docs:end id=x -->\n- `<!-- architect-docs:end id=x -->`';
    const out = renderBlock('x', body);
    expect(out).toContain('Blocks look like &lt;!-- architect-docs:begin id=y --> in the source.');
    expect(out).toContain('- &lt;!-- architect-docs:end id=x -->\n- `<!-- architect-docs:end id=x -->`');
    const doc = `intro\n\n${out}\n\noutro\n`;
    expect(parseBlocks(doc).problems).toEqual([]);
    expect(mergeDocument(doc, '', new Map([['x', body]])).text).toBe(doc);
  });

  it('refuses a body that would swallow its end marker', () => {
    expect(() => renderBlock('x', '```js\nconst a = 1;')).toThrow(/breaks its markers/);
  });
});

describe('parseBlocks', () => {
  it('finds blocks with offsets into the original text', () => {
    const text = `intro\n\n${renderBlock('a.b', 'body of a')}\n\noutro\n`;
    const { blocks, problems } = parseBlocks(text);
    expect(problems).toEqual([]);
    expect(blocks).toHaveLength(1);
    const [b] = blocks;
    expect(b!.id).toBe('a.b');
    expect(b!.hash).toBe(hashBody('body of a'));
    expect(b!.line).toBe(3);
    expect(b!.endLine).toBe(7);
    expect(text.slice(b!.bodyStart, b!.bodyEnd)).toBe(b!.body);
    expect(normaliseBody(b!.body)).toBe('body of a');
  });

  it('ignores a marker inside a fenced code block (and inline code)', () => {
    const text = [
      'Use markers like this:',
      '',
      '```markdown',
      '<!-- architect-docs:begin id=api.endpoints -->',
      '<!-- architect-docs:end id=api.endpoints -->',
      '```',
      '',
      'or `<!-- architect-docs:begin id=x -->` inline.',
      '',
      '    <!-- architect-docs:end id=y -->',
      '',
    ].join('\n');
    expect(parseBlocks(text)).toEqual({ blocks: [], problems: [] });
    const merged = mergeDocument(text, TEMPLATE, BODIES);
    expect(merged.text).toBe(text);
    expect(merged.missing).toEqual([...BODIES.keys()].sort());
  });

  it('reports unmatched begin and end markers with their lines', () => {
    const text = [endMarker('c'), '', beginMarker('a'), '', 'x', '', endMarker('b'), ''].join('\n');
    const { blocks, problems } = parseBlocks(text);
    expect(blocks).toEqual([]);
    expect(problems).toEqual([
      { line: 1, message: 'end id=c without a begin marker' },
      { line: 3, message: 'begin id=a has no end marker' },
      { line: 7, message: 'end id=b does not match the open block id=a (line 3)' },
    ]);
  });

  it('reports nested and duplicated ids, and keeps only the first of a duplicate', () => {
    const text = [
      beginMarker('outer'),
      beginMarker('inner'),
      endMarker('inner'),
      endMarker('outer'),
      '',
      renderBlock('dup', 'one'),
      '',
      renderBlock('dup', 'two'),
      '',
    ].join('\n');
    const { blocks, problems } = parseBlocks(text);
    expect(blocks.map((b) => [b.id, normaliseBody(b.body)])).toEqual([['dup', 'one']]);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 6 + 6]);
    expect(problems[0]!.message).toMatch(/block id=outer has stray markers/);
    expect(problems[1]!.message).toMatch(/begin id=inner inside block id=outer .*cannot nest/);
    expect(problems[2]!.message).toMatch(/end id=inner does not match/);
    expect(problems[3]!.message).toMatch(/duplicate block id=dup \(first at line 6\)/);
  });

  it('reports markers that are not on a line of their own or not at the top level', () => {
    const text = [
      'text <!-- architect-docs:begin id=a --> more',
      '',
      '> <!-- architect-docs:begin id=b -->',
      '',
      '- <!-- architect-docs:end id=b -->',
      '',
    ].join('\n');
    const { blocks, problems } = parseBlocks(text);
    expect(blocks).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5]);
  });

  it('reports a marker without an id', () => {
    expect(parseBlocks('<!-- architect-docs:begin -->\n').problems).toEqual([
      { line: 1, message: 'architect-docs begin marker without a valid id (expected id=[a-z0-9._-]+)' },
    ]);
  });
});

describe('mergeDocument', () => {
  it('starts from the template when there is no document, and fills every block', () => {
    const r = mergeDocument(undefined, TEMPLATE, BODIES);
    expect(r.conflicts).toEqual([]);
    expect(r.updated).toEqual(['api.endpoints', 'data.tables', 'runbook.orders-api.summary']);
    expect(r.text).toContain(renderBlock('api.endpoints', BODIES.get('api.endpoints')!));
    expect(r.text).toContain(renderBlock('runbook.orders-api.summary', 'Deploys as `orders-api`.'));
    expect(r.text.startsWith('# Orders service\n\nWritten by people.\n')).toBe(true);
    expect(outside(r.text)).toEqual(outside(TEMPLATE));
  });

  it('leaves template blocks without a body empty', () => {
    const r = mergeDocument(undefined, TEMPLATE, new Map([['data.tables', 'x']]));
    expect(r.updated).toEqual(['data.tables']);
    expect(r.text).toContain(`${beginMarker('api.endpoints')}\n${endMarker('api.endpoints')}`);
  });

  it('keeps every byte outside the blocks exactly as it was', () => {
    const first = mergeDocument(undefined, TEMPLATE, BODIES).text;
    // A person adds prose everywhere, with odd spacing, trailing spaces and a table of their own.
    const human = first
      .replace(
        'Written by people.',
        'Written by people.  \nWith a *second* line\t\n\n| mine | x |\n|---|:-:|\n| 1 | 2 |',
      )
      .replace('## Data', '## Data   \n\n\n\nNotes   between')
      .concat('\n\nTrailing words without newline');
    const next = new Map(BODIES);
    next.set('api.endpoints', '| Method | Path |\n| - | - |\n| GET | /orders |\n| POST | /orders |');
    next.set('data.tables', '- `orders`');
    const r = mergeDocument(human, TEMPLATE, next);
    expect(r.conflicts).toEqual([]);
    expect(r.updated).toEqual(['api.endpoints', 'data.tables']);
    expect(r.unchanged).toEqual(['runbook.orders-api.summary']);
    expect(outside(r.text)).toEqual(outside(human));
    expect(r.text).toContain('| POST | /orders |');
  });

  it('is idempotent: merging the same bodies twice gives identical text', () => {
    const once = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const twice = mergeDocument(once, TEMPLATE, BODIES);
    expect(twice.text).toBe(once);
    expect(twice.updated).toEqual([]);
    expect(twice.unchanged).toEqual([...BODIES.keys()]);
    expect(mergeDocument(twice.text, TEMPLATE, BODIES).text).toBe(once);
  });

  it('keeps a hand-edited block, reports a conflict with its line, and stays stable', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const edited = generated.replace('- `customers`', '- `customers` (owned by the billing team)');
    const next = new Map(BODIES).set('data.tables', '- `orders`\n- `customers`\n- `payments`');
    const r = mergeDocument(edited, TEMPLATE, next);
    const line = lineOf(edited, beginMarker('data.tables').slice(0, -4));
    expect(r.conflicts).toEqual([{ id: 'data.tables', line, outputLine: line }]);
    expect(r.text).toContain('(owned by the billing team)');
    expect(r.text).not.toContain('payments');
    expect(r.updated).toEqual([]);
    // The conflict persists, and the text does not move, run after run.
    const again = mergeDocument(r.text, TEMPLATE, next);
    expect(again.text).toBe(r.text);
    expect(again.conflicts).toHaveLength(1);
  });

  it('reports the conflict line in the merged text too, when earlier blocks grew', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const edited = generated.replace('Deploys as', 'Deploys (by hand) as');
    const next = new Map(BODIES).set(
      'api.endpoints',
      `${BODIES.get('api.endpoints')}| POST | /orders |\n| GET | /orders/{id} |\n`,
    );
    const r = mergeDocument(edited, TEMPLATE, next);
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0]!;
    expect(c.id).toBe('runbook.orders-api.summary');
    expect(c.outputLine).toBe(c.line + 2);
    expect(r.text.split('\n')[c.outputLine - 1]).toMatch(/^<!-- architect-docs:begin id=runbook\.orders-api\.summary /);
  });

  it('is no conflict when the person wrote exactly what would be generated', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const edited = generated.replace('- `customers`', '- `customers`\n- `payments`');
    const r = mergeDocument(
      edited,
      TEMPLATE,
      new Map(BODIES).set('data.tables', '- `orders`\n- `customers`\n- `payments`'),
    );
    expect(r.conflicts).toEqual([]);
    expect(r.updated).toEqual(['data.tables']);
    expect(
      mergeDocument(r.text, TEMPLATE, new Map(BODIES).set('data.tables', '- `orders`\n- `customers`\n- `payments`'))
        .updated,
    ).toEqual([]);
  });

  it('overwrites a hand-edited block with force', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const edited = generated.replace('- `customers`', '- `customers` (edited)');
    const r = mergeDocument(edited, TEMPLATE, BODIES, { force: true });
    expect(r.conflicts).toEqual([]);
    expect(r.updated).toEqual(['data.tables']);
    expect(r.text).toBe(generated);
  });

  it('does not count trailing whitespace as an edit', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const touched = generated.replace('- `customers`', '- `customers`   ');
    const r = mergeDocument(touched, TEMPLATE, BODIES);
    expect(r.conflicts).toEqual([]);
    expect(r.text).toBe(generated);
  });

  it('leaves a block the person deleted deleted, and blocks without a body as they are', () => {
    const generated = mergeDocument(undefined, TEMPLATE, BODIES).text;
    const { blocks } = parseBlocks(generated);
    const api = blocks.find((b) => b.id === 'api.endpoints')!;
    const withoutApi = `${generated.slice(0, api.start)}We list endpoints elsewhere.${generated.slice(api.end)}`;
    const next = new Map(BODIES).set('api.endpoints', 'new endpoints').set('runbook.orders-api.summary', 'new summary');
    next.delete('data.tables');
    const r = mergeDocument(withoutApi, TEMPLATE, next);
    expect(r.missing).toEqual(['api.endpoints']);
    expect(r.updated).toEqual(['runbook.orders-api.summary']);
    expect(r.text).not.toContain('architect-docs:begin id=api.endpoints');
    expect(r.text).not.toContain('new endpoints');
    expect(r.text).toContain('We list endpoints elsewhere.');
    expect(r.text).toContain(renderBlock('data.tables', BODIES.get('data.tables')!));
    expect(r.text).toContain('new summary');
  });

  it('keeps CRLF files CRLF, byte for byte outside blocks, and idempotently', () => {
    const crlf = mergeDocument(undefined, TEMPLATE, BODIES).text.replace(/\n/g, '\r\n');
    const next = new Map(BODIES).set('data.tables', '- `orders`\n- `invoices`\n');
    const r = mergeDocument(crlf, TEMPLATE, next);
    expect(r.conflicts).toEqual([]);
    expect(r.updated).toEqual(['data.tables']);
    expect(r.text).toContain('- `orders`\r\n- `invoices`\r\n');
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(outside(r.text)).toEqual(outside(crlf));
    expect(mergeDocument(r.text, TEMPLATE, next).text).toBe(r.text);
    // And the unchanged blocks are untouched bytes.
    expect(mergeDocument(crlf, TEMPLATE, BODIES).text).toBe(crlf);
  });

  it('keeps a leading BOM and finds blocks after it', () => {
    const doc = `\uFEFF${mergeDocument(undefined, TEMPLATE, BODIES).text}`;
    const r = mergeDocument(doc, TEMPLATE, new Map(BODIES).set('data.tables', 'changed'));
    expect(r.updated).toEqual(['data.tables']);
    expect(r.text.startsWith('\uFEFF# Orders service')).toBe(true);
    expect(r.text).toContain(renderBlock('data.tables', 'changed'));
  });

  it('leaves a malformed region untouched and reports it', () => {
    const doc = ['# T', '', beginMarker('api.endpoints'), 'old', '', renderBlock('data.tables', 'x'), ''].join('\n');
    const r = mergeDocument(doc, TEMPLATE, BODIES);
    expect(r.text).toBe(doc);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.missing).toEqual([...BODIES.keys()].sort());
  });

  it('treats a begin marker with a hash that is not hex as edited', () => {
    const doc = ['<!-- architect-docs:begin id=x hash=zz -->', '', 'text', '', endMarker('x'), ''].join('\n');
    const r = mergeDocument(doc, '', new Map([['x', 'new']]));
    expect(r.conflicts.map((c) => c.id)).toEqual(['x']);
    expect(r.problems[0]!.message).toMatch(/not hex/);
  });
});

// src/docs/markdown.ts builds the bodies these blocks hold; its output must be as stable as the merge.
describe('markdown helpers', () => {
  it('prints a GFM table with cells escaped and no column padding', () => {
    const out = table(
      ['Method', 'Path', 'Summary'],
      [
        ['GET', '/orders/{id}', 'a | b\nnext line with `tick` and *star*'],
        [[inlineCode('a|b`c')], ['see ', link('https://example.com/x', 'docs')], ''],
      ],
    );
    expect(out).toBe(
      [
        '| Method | Path | Summary |',
        '| - | - | - |',
        '| GET | /orders/{id} | a \\| b next line with \\`tick\\` and \\*star\\* |',
        '| ``a\\|b`c`` | see [docs](https://example.com/x) | |',
        '',
      ].join('\n'),
    );
    // It reads back as one table of three rows, the cells' text intact.
    const reparsed = mergeDocument(undefined, `${beginMarker('t')}\n${endMarker('t')}\n`, new Map([['t', out]]));
    expect(parseBlocks(reparsed.text).blocks[0]!.body).toContain('| GET |');
  });

  it('pads short rows to the header width', () => {
    expect(table(['a', 'b'], [['  1  ']])).toBe('| a | b |\n| - | - |\n| 1 | |\n');
  });

  it('fences code, growing the fence when the code holds one', () => {
    expect(codeBlock('sql', 'select 1;\r\n')).toBe('```sql\nselect 1;\n```\n');
    expect(codeBlock('md', 'x\n```\ny')).toBe('````md\nx\n```\ny\n````\n');
    expect(codeBlock(undefined, 'plain')).toBe('```\nplain\n```\n');
  });

  it('prints lists with "-" and headings ATX, the same every time', () => {
    const nodes = [
      heading(2, 'Orders *API*'),
      paragraph(['Base ', inlineCode('/v1')]),
      list(['one', 'two']),
      list(['first', 'second'], true),
    ];
    const out = stringify(nodes);
    expect(out).toBe('## Orders \\*API\\*\n\nBase `/v1`\n\n- one\n- two\n\n1. first\n2. second\n');
    expect(stringify(nodes)).toBe(out);
    expect(stringify([])).toBe('');
  });

  it('gives bodies that merge idempotently', () => {
    const body = stringify([
      heading(3, 'Tables'),
      tableNode(['t'], [['x|y'], ['a\r\nb']]),
      codeNode('sql', 'select 1;'),
    ]);
    const once = mergeDocument(undefined, TEMPLATE, new Map([['data.tables', body]])).text;
    expect(mergeDocument(once, TEMPLATE, new Map([['data.tables', body]])).text).toBe(once);
  });
});
