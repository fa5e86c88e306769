import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { configOverrides } from '../../src/action/main.js';
import { main } from '../../src/cli/main.js';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { readGitHubEvent } from '../../src/publish/github-event.js';
import { readActionMetadata, runnerInputs } from '../support/action-runner.js';

// `model-concurrency` comes from the action input, the CLI flag or the config file; each path
// checks it by the same rule and names where a bad value came from.
function repo(configText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-concurrency-'));
  if (configText !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/architect-docs.yml'), configText);
  }
  return dir;
}

const RULE = /model-concurrency must be a whole number from 1 to 16 \(1 writes the sections one after another\)/;

describe('model-concurrency', () => {
  test('defaults to 4; a value from 1 to 16 is taken from the input, else from the file', async () => {
    expect((await loadConfig(repo(), {})).agent.modelConcurrency).toBe(4);
    expect((await loadConfig(repo(), { modelConcurrency: '1' })).agent.modelConcurrency).toBe(1);
    expect((await loadConfig(repo(), { modelConcurrency: ' 16 ' })).agent.modelConcurrency).toBe(16);
    const withFile = repo('agent:\n  model-concurrency: 8\n');
    expect((await loadConfig(withFile, {})).agent.modelConcurrency).toBe(8);
    expect((await loadConfig(withFile, { modelConcurrency: '2' })).agent.modelConcurrency).toBe(2);
  });

  test.each(['0', '17', 'four', '2.5', '-1', '4 calls'])(
    'input "%s" is refused, saying what is accepted',
    async (v) => {
      const err = await loadConfig(repo(), { modelConcurrency: v }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).message).toMatch(RULE);
      expect((err as ConfigError).message).toMatch(new RegExp(`^inputs: .*got "${v.replace('.', '\\.')}"$`));
    },
  );

  test.each(['0', '32', '2.5', '"four"'])('config file value %s is refused on its line', async (v) => {
    const err = await loadConfig(repo(`agent:\n  model: sonnet\n  model-concurrency: ${v}\n`), {}).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).line).toBe(3);
    expect((err as ConfigError).message).toMatch(
      /^\.github\/architect-docs\.yml:3: "agent\.model-concurrency": must be a whole number from 1 to 16/,
    );
  });
});

describe('model-concurrency as the runner passes it', () => {
  const set: string[] = [];
  const workflowSays = (given: Record<string, string>) => {
    for (const [k, v] of Object.entries(runnerInputs(readActionMetadata(), given, { token: 'ghs_test' }))) {
      process.env[k] = v;
      set.push(k);
    }
  };
  afterEach(() => {
    for (const k of set.splice(0)) delete process.env[k];
  });
  const overrides = () => ({ ...configOverrides(readGitHubEvent({}), ''), mode: 'write' });

  test("a silent workflow leaves the file in charge (the input's default reads as not given)", async () => {
    workflowSays({});
    expect((await loadConfig(repo('agent:\n  model-concurrency: 2\n'), overrides())).agent.modelConcurrency).toBe(2);
    expect((await loadConfig(repo(), overrides())).agent.modelConcurrency).toBe(4);
  });

  test('a bad input fails the run with the rule', async () => {
    workflowSays({ 'model-concurrency': '64' });
    await expect(loadConfig(repo(), overrides())).rejects.toThrow(RULE);
  });
});

test('the CLI flag: a bad value exits 2 with the rule on stderr', async () => {
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main(['generate', '--repo', repo(), '--offline', '--model-concurrency', '0']);
  } finally {
    process.stderr.write = write;
  }
  expect(code).toBe(2);
  expect(written.join('')).toMatch(/^architect-docs: command line: model-concurrency must be a whole number/);
});
