import { describe, expect, test } from 'vitest';
import { formatState, parseStateText, type StateRecord } from '../../src/state/state-text.js';

const record: StateRecord = {
  generator: '1.2.3',
  extractionKey: 'e'.repeat(64),
  commit: 'c'.repeat(40),
  diagnostics: 3,
  referenced: [{ file: 'api/common schemas/100%.yaml', kind: 'openapi', sha256: 'a'.repeat(64), referenced: true }],
  sections: {
    'docs/architecture/runbooks/orders api.md#runbook.overview': { digest: 'd1', model: 'claude-sonnet-5-5' },
    'docs/architecture/README.md#overview.summary': { digest: 'd2', model: 'claude-sonnet-5-5' },
  },
  blocks: { 'docs/architecture/README.md': ['overview.summary', 'overview.findings'], 'docs/x.md': [] },
  runKey: 'r'.repeat(64),
  docsKey: 'k'.repeat(64),
  modelPending: true,
};

describe('the state file text', () => {
  test('reads back as it was written, paths with spaces and percent signs included', () => {
    const text = formatState(record);
    expect(parseStateText(text)).toEqual(record);
    expect(text).toContain('referenced openapi');
    expect(text).toContain('api/common%20schemas/100%25.yaml');
    // One fact per line: no line holds two sections.
    expect(text.split('\n').filter((l) => l.startsWith('section '))).toHaveLength(2);
  });

  test('is the same bytes whatever order the sections were recorded in', () => {
    const reversed = {
      ...record,
      sections: Object.fromEntries(Object.entries(record.sections).reverse()),
      blocks: Object.fromEntries(Object.entries(record.blocks).reverse()),
    };
    expect(formatState(reversed)).toBe(formatState(record));
  });

  test('one section rewritten changes one line, so two branches that each rewrote one merge cleanly', () => {
    const key = 'docs/architecture/README.md#overview.summary';
    const after = formatState({ ...record, sections: { ...record.sections, [key]: { digest: 'd9', model: 'm' } } });
    const before = formatState(record).split('\n');
    const changed = after.split('\n').filter((line, i) => line !== before[i]);
    expect(changed).toEqual([`section d9 m ${key}`]);
  });

  test('optional fields are left out when unset, and read back as unset', () => {
    const bare: StateRecord = { ...record, commit: undefined, runKey: undefined, docsKey: undefined };
    delete bare.modelPending;
    const text = formatState(bare);
    expect(text).not.toMatch(/^(commit|run-key|docs-key|model-pending)/m);
    const back = parseStateText(text)!;
    expect([back.commit, back.runKey, back.docsKey, back.modelPending]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('lines a later release adds are skipped; what this one knows still holds', () => {
    const text = `${formatState(record)}tables-digest 1234\n`;
    expect(parseStateText(text)).toEqual(record);
  });

  test('another version, the JSON of earlier releases, or a file missing its keys is not a state', () => {
    expect(parseStateText(formatState(record).replace('version 2', 'version 3'))).toBeUndefined();
    expect(parseStateText(JSON.stringify({ stateVersion: 1, extractionKey: 'x' }))).toBeUndefined();
    expect(parseStateText('version 2\ngenerator 1\n')).toBeUndefined();
    expect(parseStateText('')).toBeUndefined();
  });
});
