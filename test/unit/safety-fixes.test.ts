import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runTool } from '../../src/agent/agent-tools.js';
import { insertNewTemplateBlocks } from '../../src/docs/insert-new-blocks.js';
import { renderBlock } from '../../src/docs/managed-blocks.js';
import { transplantGeneratedBlocks } from '../../src/docs/transplant-blocks.js';
import { emptyFacts } from '../../src/facts/model.js';
import { exampleCheckout } from '../support/action-runner.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';

describe('read_source stays inside the repository', () => {
  test('a path outside the repo is refused even when the facts list it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ad-tools-'));
    mkdirSync(join(root, 'repo'));
    writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
    writeFileSync(join(root, 'repo/api.yaml'), 'openapi: 3.1.0\n');
    const facts = emptyFacts();
    facts.inputs.push(
      { file: '../secret.txt', kind: 'openapi', sha256: 'x' },
      { file: 'api.yaml', kind: 'openapi', sha256: 'y' },
    );
    const ctx = { repoRoot: join(root, 'repo'), facts, byId: new Map() };
    const escaped = await runTool('read_source', { file: '../secret.txt' }, ctx);
    expect(escaped.isError).toBe(true);
    expect(escaped.text).not.toContain('TOP SECRET');
    expect((await runTool('read_source', { file: 'api.yaml' }, ctx)).text).toContain('openapi: 3.1.0');
  });
});

describe('transplantGeneratedBlocks', () => {
  test("takes the other side's generated blocks, keeps the base's prose and hand-edited blocks", () => {
    const base =
      `# Doc\n\nWritten on main.\n\n${renderBlock('a', 'old a')}\n\n` +
      `${renderBlock('b', 'old b').replace('old b', 'edited by a person')}\n`;
    const other = `# Doc\n\n${renderBlock('a', 'new a')}\n\n${renderBlock('b', 'new b')}\n`;
    const out = transplantGeneratedBlocks(base, other);
    expect(out).toContain('Written on main.');
    expect(out).toContain('new a');
    expect(out).toContain('edited by a person');
    expect(out).not.toContain('new b');
  });
});

test('a block gained at the very start of a template does not copy the title again', () => {
  const block = (id: string) => `<!-- architect-docs:begin id=${id} -->\n<!-- architect-docs:end id=${id} -->`;
  const template = `# Title\n\nIntro.\n\n${block('first')}\n\n## B\n\n${block('b')}\n`;
  const doc = `# Title\n\nIntro.\n\n## B\n\n${block('b')}\n`;
  const out = insertNewTemplateBlocks(doc, template, ['b']);
  expect(out.match(/# Title/g)).toHaveLength(1);
  expect(out.indexOf('id=first')).toBeLessThan(out.indexOf('id=b'));
});

test('decision records of earlier runs stay owned, so a rebuilt docs branch keeps them', async () => {
  const repo = exampleCheckout();
  mkdirSync(join(repo, DOCS, 'adr'), { recursive: true });
  writeFileSync(join(repo, DOCS, 'adr/0001-add-search.md'), '# 0001. Add search\n');
  const result = await runPipeline(repo);
  expect(result.owned.find((f) => f.file === `${DOCS}/adr/0001-add-search.md`)?.text).toBe('# 0001. Add search\n');
});
