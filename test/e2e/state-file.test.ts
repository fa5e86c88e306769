// The state file beside the docs stays small and merges line by line: it records keys, the commit
// the facts were read from and what the model wrote, never the fact model. What a change is
// measured against comes from the facts cache, or, on a fresh runner, from that commit's sources
// (fetched when the checkout is shallow); a state of the earlier JSON format is read once and removed.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/publish/run-result.js';
import { LEGACY_STATE_FILE_NAME, STATE_FILE_NAME } from '../../src/state/state-path.js';
import { parseStateText } from '../../src/state/state-text.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { exampleCheckout, git } from '../support/action-runner.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';
import { tempRepo } from '../support/temp-repo.js';

const DROP = 'db/migrations/000013_drop_customers_phone.up.sql';
const stateText = (repo: string) => readFileSync(join(repo, DOCS, STATE_FILE_NAME), 'utf8');
const freshCache = () => {
  process.env.ARCHITECT_DOCS_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ad-cache-'));
};
const introduced = (r: RunResult) => r.findings.introduced.map((f) => f.id).sort();
const docTexts = (r: RunResult) => r.docs.map((d) => [d.file, d.text]);

beforeEach(freshCache);
afterAll(() => {
  delete process.env.ARCHITECT_DOCS_CACHE_DIR;
});

describe('the state file', () => {
  test('holds no fact model: 60 tables of 12 columns and 40 operations leave a few KB, no column named', async () => {
    const tables = Array.from({ length: 60 }, (_, t) => {
      const columns = Array.from({ length: 12 }, (_, c) => `  col_${t}_${c} text`).join(',\n');
      return `CREATE TABLE table_${t} (\n  id bigint PRIMARY KEY,\n${columns}\n);`;
    });
    const paths = Array.from(
      { length: 40 },
      (_, p) =>
        `  /things${p}:\n    get:\n      operationId: getThing${p}\n      responses: {"200": {description: ok}}`,
    );
    const repo = tempRepo({
      'db/migrations/001_init.up.sql': tables.join('\n'),
      'api/openapi.yaml': `openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths:\n${paths.join('\n')}\n`,
    });
    const result = await runPipeline(repo);
    expect(result.facts.schema.tables.length).toBe(60);
    const text = stateText(repo);
    expect(text.length).toBeLessThan(16 * 1024);
    expect(text).not.toContain('col_59_11');
    expect(text).not.toContain('getThing39');
    expect(text.length * 10).toBeLessThan(JSON.stringify(result.facts).length);
    expect(text.split('\n').filter((l) => l && !l.startsWith('#'))[0]).toBe('version 2');
  });

  test('records the commit the facts were read from, and none while an input is not committed', async () => {
    const repo = exampleCheckout();
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    await runPipeline(repo);
    expect(parseStateText(stateText(repo))!.commit).toBe(head);
    writeFileSync(join(repo, DROP), 'ALTER TABLE customers DROP COLUMN phone;\n');
    await runPipeline(repo);
    expect(parseStateText(stateText(repo))!.commit).toBeUndefined();
  });
});

describe('what a change is measured against', () => {
  let repo: string;
  let warmCache: string;
  beforeAll(async () => {
    freshCache();
    warmCache = process.env.ARCHITECT_DOCS_CACHE_DIR!;
    repo = exampleCheckout();
    await runPipeline(repo);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'docs');
    writeFileSync(join(repo, DROP), 'ALTER TABLE customers DROP COLUMN phone;\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'drop phone');
  });

  test('a fresh runner (empty cache) reads the recorded commit: the same findings and docs as a warm one', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'ad-copy-'));
    cpSync(repo, copy, { recursive: true });
    const cold = await runPipeline(copy); // beforeEach gave it an empty cache
    expect(introduced(cold)).toEqual([expect.stringMatching(new RegExp(`^finding:ban-drop-column@${DROP}:1$`))]);
    process.env.ARCHITECT_DOCS_CACHE_DIR = warmCache;
    const warm = await runPipeline(repo);
    expect(introduced(warm)).toEqual(introduced(cold));
    expect(docTexts(warm)).toEqual(docTexts(cold));
    expect(stateText(repo)).toBe(stateText(copy));
  });

  test('a shallow clone without that commit fetches it, once, and measures the change the same way', async () => {
    const remote = mkdtempSync(join(tmpdir(), 'ad-remote-'));
    git(remote, 'init', '-q', '--bare');
    git(repo, 'push', '-q', remote, 'HEAD:refs/heads/main');
    const clone = mkdtempSync(join(tmpdir(), 'ad-clone-'));
    git(clone, 'clone', '-q', '--depth=1', '-b', 'main', `file://${remote}`, '.');
    const recorded = parseStateText(stateText(clone))!.commit!;
    expect(() => git(clone, 'cat-file', '-e', `${recorded}^{commit}`)).toThrow();
    const result = await runPipeline(clone);
    expect(introduced(result)).toEqual([expect.stringMatching(new RegExp(`^finding:ban-drop-column@${DROP}:1$`))]);
    expect(git(clone, 'cat-file', '-t', recorded).trim()).toBe('commit');
  });
});

describe('a state file of the JSON format', () => {
  let fake: FakeAnthropic;
  beforeAll(async () => {
    fake = await startFakeAnthropic({ defaultBehaviour: 'architect' });
    process.env.ANTHROPIC_BASE_URL = fake.url;
  });
  afterAll(async () => {
    delete process.env.ANTHROPIC_BASE_URL;
    await fake.close();
  });

  test('carries its sections over (no model call), gives the change base, and is removed', async () => {
    const repo = exampleCheckout();
    const first = await runPipeline(repo, { apiKey: 'test-key' });
    expect(first.agent.outcome!.generated).toBeGreaterThan(0);
    const record = parseStateText(stateText(repo))!;
    const { system: _derived, ...facts } = first.facts;
    const legacy = {
      stateVersion: 1,
      generator: record.generator,
      extractionKey: record.extractionKey,
      factsDigest: 'f'.repeat(64),
      facts,
      sections: record.sections,
      blocks: record.blocks,
    };
    rmSync(join(repo, DOCS, STATE_FILE_NAME));
    writeFileSync(join(repo, DOCS, LEGACY_STATE_FILE_NAME), JSON.stringify(legacy, null, 2));
    writeFileSync(join(repo, DROP), 'ALTER TABLE customers DROP COLUMN phone;\n');
    freshCache();

    const before = fake.messageRequests().length;
    const upgraded = await runPipeline(repo, { apiKey: 'test-key' });
    // Only the sections whose facts the dropped column changed are asked again.
    const asked = fake.messageRequests().length - before;
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(first.agent.outcome!.generated);
    expect(introduced(upgraded)).toEqual([expect.stringMatching(new RegExp(`^finding:ban-drop-column@${DROP}:1$`))]);
    expect(existsSync(join(repo, DOCS, LEGACY_STATE_FILE_NAME))).toBe(false);
    expect(upgraded.changed.find((c) => c.file.endsWith(LEGACY_STATE_FILE_NAME))?.remove).toBe(true);
    const after = parseStateText(stateText(repo))!;
    for (const [key, section] of Object.entries(record.sections))
      if (!upgraded.agent.outcome!.sections[key] || after.sections[key]?.digest === section.digest)
        expect(after.sections[key]).toEqual(section);
  });
});
