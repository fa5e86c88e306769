import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { insertNewTemplateBlocks } from '../../src/docs/insert-new-blocks.js';
import { STATE_FILE_NAME } from '../../src/state/state-path.js';
import { formatState, parseStateText } from '../../src/state/state-text.js';
import { exampleCheckout } from '../support/action-runner.js';
import { DOCS, readDoc, runPipeline } from '../support/in-process-run.js';

const block = (id: string) => `<!-- architect-docs:begin id=${id} -->\n<!-- architect-docs:end id=${id} -->`;
const template = `# T\n\n${block('a')}\n\n## New section\n\n${block('b')}\n\n## C\n\n${block('c')}\n`;
const doc = `# T\n\nOur intro.\n\n${block('a')}\n\nNotes a person wrote.\n\n## C\n\n${block('c')}\n`;

describe('insertNewTemplateBlocks', () => {
  test('a block the template gained is inserted, with its heading, after the block before it', () => {
    const out = insertNewTemplateBlocks(doc, template, ['a', 'c']);
    expect(out).toBe(
      `# T\n\nOur intro.\n\n${block('a')}\n\n## New section\n\n${block('b')}\n\n` +
        `Notes a person wrote.\n\n## C\n\n${block('c')}\n`,
    );
  });

  test('a block the doc had and lost was deleted by a person: it stays deleted', () => {
    expect(insertNewTemplateBlocks(doc, template, ['a', 'b', 'c'])).toBe(doc);
  });

  test('without a record of the doc’s blocks nothing is inserted', () => {
    expect(insertNewTemplateBlocks(doc, template, undefined)).toBe(doc);
  });
});

test('a doc generated before a template gained a section gets the section on the next run', async () => {
  const repo = exampleCheckout();
  await runPipeline(repo);
  // Make the overview look as an older release left it: no findings section, and a state that never had it.
  const readme = join(repo, DOCS, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('## Risks found in the sources');
  const end = text.indexOf('## Context, data flows');
  writeFileSync(readme, text.slice(0, start) + text.slice(end));
  const statePath = join(repo, DOCS, STATE_FILE_NAME);
  const state = parseStateText(readFileSync(statePath, 'utf8'))!;
  state.blocks[`${DOCS}/README.md`] = state.blocks[`${DOCS}/README.md`].filter(
    (id: string) => id !== 'overview.findings',
  );
  writeFileSync(statePath, formatState(state));

  await runPipeline(repo);
  expect(readDoc(repo, 'README.md')).toBe(text);
});
