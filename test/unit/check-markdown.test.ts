import { describe, expect, it } from 'vitest';
import { checkMarkdown, MAX_PARENT_SEGMENTS, type MarkdownProblem } from '../../src/checks/markdown/check-markdown.js';

const opts = { minHeadingDepth: 3 };
const rules = (problems: MarkdownProblem[]) => problems.map((p) => p.rule);
const only = (problems: MarkdownProblem[], rule: string) => problems.filter((p) => p.rule === rule);

/** A realistic section under a `##` template heading: it must pass every rule. */
const GOOD = `### Idempotency

\`POST /orders\` requires an \`Idempotency-Key\` header; see [the spec](../../api/openapi.yaml#L92)
and [RFC 9457](https://www.rfc-editor.org/rfc/rfc9457).

#### Retries

- Retry \`5xx\` responses with backoff.
- Never retry \`422\`.

| Status | Meaning |
| - | - |
| \`409\` | conflict |

\`\`\`sh
kubectl -n shop rollout undo deployment/orders-api
\`\`\`

![Request flow](./images/flow.png "flow")

Footnote reference[^1].

[^1]: See [the runbook](runbooks/orders-api.md).

[docs]: https://docs.github.com/actions
`;

describe('checkMarkdown', () => {
  it('accepts a well-formed section', () => {
    expect(checkMarkdown(GOOD, opts)).toEqual([]);
  });

  describe('empty', () => {
    it('rejects empty and blank text', () => {
      expect(rules(checkMarkdown('', opts))).toEqual(['empty']);
      expect(rules(checkMarkdown(' \n\n\t\n', opts))).toEqual(['empty']);
    });
    it('rejects text that is only link definitions', () => {
      expect(rules(checkMarkdown('[a]: https://example.com\n', opts))).toEqual(['empty']);
    });
    it('accepts one line of prose', () => {
      expect(checkMarkdown('The API has no public writes.', opts)).toEqual([]);
    });
  });

  describe('raw-html', () => {
    it('rejects block HTML with the tag, the line and a fix', () => {
      const problems = checkMarkdown('Intro.\n\n<details>\n<summary>More</summary>\n\nHidden.\n\n</details>\n', opts);
      expect(problems[0]).toEqual({
        rule: 'raw-html',
        line: 3,
        message: 'raw HTML `<details>` is not allowed; use a heading and ordinary paragraphs instead',
      });
      expect(rules(problems).every((r) => r === 'raw-html')).toBe(true);
    });
    it('rejects inline HTML', () => {
      const problems = checkMarkdown('Line one<br>line two and <span class="x">styled</span>.', opts);
      expect(rules(problems)).toEqual(['raw-html', 'raw-html', 'raw-html']);
      expect(problems[0]!.message).toBe(
        'raw HTML `<br>` is not allowed; end the line or start a new paragraph instead',
      );
      expect(problems[1]!.message).toMatch(/^raw HTML `<span>` is not allowed/);
    });
    it('rejects comments, and names a forged managed-block marker', () => {
      const forged = checkMarkdown(
        'Text.\n\n<!-- architect-docs:end id=api.design-notes -->\n\n' +
          '<!-- architect-docs:begin id=x hash=abcdef012345 -->\n',
        opts,
      );
      expect(forged.map((p) => [p.rule, p.line])).toEqual([
        ['raw-html', 3],
        ['raw-html', 5],
      ]);
      expect(forged[0]!.message).toContain('reserved for the managed blocks');
      const comment = checkMarkdown('Text <!-- todo --> more.', opts);
      expect(comment).toEqual([{ rule: 'raw-html', line: 1, message: expect.stringContaining('HTML comment') }]);
    });
    it('accepts HTML inside code and escaped angle brackets', () => {
      expect(
        checkMarkdown('Use `<details>` sparingly; a \\<br> is text.\n\n```html\n<details></details>\n```\n', opts),
      ).toEqual([]);
    });
  });

  describe('link-scheme', () => {
    it.each([
      ['[x](http://example.com)', '`http:`'],
      ['[x](javascript:alert(1))', '`javascript:`'],
      ['[x](JavaScript:alert(1))', '`javascript:`'],
      ['[x](java&#x09;script:alert(1))', '`javascript:`'],
      ['[x](data:text/html;base64,PHNjcmlwdD4=)', '`data:`'],
      ['[x](mailto:oncall@example.com)', '`mailto:`'],
      ['[x](file:///etc/passwd)', '`file:`'],
      ['[x](ftp://example.com/a)', '`ftp:`'],
      ['![x](http://example.com/a.png)', 'image'],
      ['[x](//evil.example.com/a)', 'protocol-relative'],
      ['[x](/docs/api.md)', 'is an absolute path'],
      ['[x](\\\\evil\\share)', 'is an absolute path'],
      ['[x](\\\\\\\\evil\\share)', 'protocol-relative'],
      ['[x]()', 'has no target'],
      ['[x](https:evil)', 'not a valid'],
      ['[x][ref]\n\n[ref]: http://example.com', 'link definition `[ref]:`'],
      ['Text[^1].\n\n[^1]: Source: [x](http://example.com).', '`http:`'],
      ['See <http://example.com>.', '`http:`'],
    ])('rejects %s', (md, expected) => {
      const problems = only(checkMarkdown(md, opts), 'link-scheme');
      expect(problems.length).toBeGreaterThan(0);
      expect(problems[0]!.message).toContain(expected);
    });

    it('explains bare URLs and addresses that GFM turns into links', () => {
      const problems = checkMarkdown(
        'Status at www.example.com.\n\nMail oncall@example.com.\n\nOr http://example.com/x.',
        opts,
      );
      expect(problems.map((p) => [p.rule, p.line])).toEqual([
        ['link-scheme', 1],
        ['link-scheme', 3],
        ['link-scheme', 5],
      ]);
      expect(problems[1]!.message).toBe(
        'the bare address `oncall@example.com` becomes a `mailto:` link; put it in backticks',
      );
      expect(problems[2]!.message).toContain('write it as `https://…` or put it in backticks');
    });

    it('accepts https, relative paths, fragments and bare https URLs', () => {
      const md =
        '[a](https://example.com/x?y=1#z) [b](../data-model.md#orders) [c](#retries) ' +
        '[d](runbooks/db.md) [e](./x.md) [f](?tab=1)\n\nhttps://example.com/bare\n\n' +
        '[g]: <https://example.com/with space>';
      expect(checkMarkdown(md, opts)).toEqual([]);
    });

    it(`without docFile, allows climbing at most ${MAX_PARENT_SEGMENTS} folders`, () => {
      expect(checkMarkdown('[src](../../../deploy/k8s/orders-api.yaml#L2)', opts)).toEqual([]);
      const deep = checkMarkdown('[x](../../../../etc/passwd)', opts);
      expect(deep).toEqual([
        { rule: 'link-scheme', line: 1, message: expect.stringContaining('climbs more than 3 folders up') },
      ]);
      // Climbing hidden behind a descent or percent-encoding is counted too.
      expect(rules(checkMarkdown('[x](a/../../../../../b)', opts))).toEqual(['link-scheme']);
      expect(rules(checkMarkdown('[x](%2e%2e/%2e%2e/..%2f..%2fetc)', opts))).toEqual(['link-scheme']);
    });

    it('with docFile, allows climbing exactly to the repository root', () => {
      const at = { ...opts, docFile: 'docs/architecture/runbooks/orders-api.md' };
      expect(checkMarkdown('[src](../../../deploy/k8s/orders-api.yaml#L2)', at)).toEqual([]);
      expect(checkMarkdown('[up](../../../../outside.md)', at)).toEqual([
        { rule: 'link-scheme', line: 1, message: expect.stringContaining('climbs above the repository root') },
      ]);
      expect(rules(checkMarkdown('[up](../../x.md)', { ...opts, docFile: 'README.md' }))).toEqual(['link-scheme']);
    });
  });

  describe('heading-depth', () => {
    it('rejects headings shallower than the minimum, saying which level to use', () => {
      const problems = checkMarkdown('## Overview\n\nText.\n\n# Title\n', opts);
      expect(problems).toEqual([
        {
          rule: 'heading-depth',
          line: 1,
          message:
            'heading "## Overview" is level 2, but this section sits under a level-2 heading; use ' +
            'level 3 (`###`) or deeper',
        },
        { rule: 'heading-depth', line: 5, message: expect.stringContaining('is level 1') },
      ]);
    });
    it('counts setext headings', () => {
      expect(rules(checkMarkdown('Title\n=====\n\nText.', opts))).toEqual(['heading-depth']);
    });
    it('accepts headings at or below the minimum', () => {
      expect(checkMarkdown('### A\n\n#### B\n\n### C\n', opts)).toEqual([]);
      expect(checkMarkdown('## A\n\n### B\n', { minHeadingDepth: 2 })).toEqual([]);
    });
  });

  describe('heading-skip', () => {
    it('rejects a jump of more than one level down', () => {
      const problems = checkMarkdown('### Checks\n\n##### Locks\n', opts);
      expect(problems).toEqual([
        {
          rule: 'heading-skip',
          line: 3,
          message: 'heading "##### Locks" jumps from level 3 to level 5; use level 4 (`####`)',
        },
      ]);
    });
    it('counts the template heading as the first level', () => {
      expect(checkMarkdown('#### Too deep to start\n', opts)).toEqual([
        { rule: 'heading-skip', line: 1, message: expect.stringContaining('jumps from level 2 to level 4') },
      ]);
    });
    it('accepts going back up any number of levels', () => {
      expect(checkMarkdown('### A\n\n#### B\n\n##### C\n\n### D\n\n#### E\n', opts)).toEqual([]);
    });
  });

  describe('model-diagram', () => {
    it('rejects mermaid (any case) and other diagram languages', () => {
      const problems = checkMarkdown(
        'Flow:\n\n```mermaid\nflowchart LR\n  a --> b\n```\n\n```PlantUML\n@startuml\n@enduml\n```\n',
        opts,
      );
      expect(problems.map((p) => [p.rule, p.line])).toEqual([
        ['model-diagram', 3],
        ['model-diagram', 8],
      ]);
      expect(problems[0]!.message).toContain('`mermaid` diagrams are generated from the facts');
    });
    it('accepts other code blocks, and the word mermaid in prose', () => {
      expect(checkMarkdown('No mermaid here.\n\n```sql\nSELECT 1;\n```\n', opts)).toEqual([]);
    });
  });

  describe('unclosed-fence', () => {
    it('rejects a fence that runs to the end of the text', () => {
      const problems = checkMarkdown('Run:\n\n```sql\nSELECT 1;\n', opts);
      expect(problems).toEqual([
        {
          rule: 'unclosed-fence',
          line: 3,
          message:
            'the code block opened with `` ```sql `` is never closed; add a closing `` ``` `` line after its last line',
        },
      ]);
    });
    it('rejects an unclosed fence at the very end, a tilde fence and one inside a list item', () => {
      expect(rules(checkMarkdown('Text.\n\n```', opts))).toEqual(['unclosed-fence']);
      expect(rules(checkMarkdown('~~~~\ncode\n~~~\n', opts))).toEqual(['unclosed-fence']);
      expect(rules(checkMarkdown('1. Check:\n\n   ```sh\n   kubectl get pods\n2. Next.\n', opts))).toEqual([
        'unclosed-fence',
      ]);
    });
    it('accepts closed fences, longer closing fences, and fences in lists and quotes', () => {
      expect(checkMarkdown('```sh\nls\n```\n\n````md\n```\n````\n\n~~~\nx\n~~~~~\n', opts)).toEqual([]);
      expect(
        checkMarkdown('1. Check:\n\n   ```sh\n   kubectl get pods\n   ```\n2. Next.\n\n> ```\n> quoted\n> ```\n', opts),
      ).toEqual([]);
      expect(checkMarkdown('```\n```\n', opts)).toEqual([]);
      expect(checkMarkdown('    indented code has no fence\n', opts)).toEqual([]);
    });
  });

  it('reports problems in line order with one rule each', () => {
    const md = '# Title\n\n<b>bold</b>\n\n[x](http://a.example)\n\n```mermaid\ngraph TD\n```\n';
    expect(checkMarkdown(md, opts).map((p) => [p.line, p.rule])).toEqual([
      [1, 'heading-depth'],
      [3, 'raw-html'],
      [3, 'raw-html'],
      [5, 'link-scheme'],
      [7, 'model-diagram'],
    ]);
  });
});
