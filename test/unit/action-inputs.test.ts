import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { configOverrides } from '../../src/action/main.js';
import { loadConfig } from '../../src/config/load-config.js';
import { readGitHubEvent } from '../../src/publish/github-event.js';
import { readActionMetadata, runnerInputs } from '../support/action-runner.js';

// The runner sets every input action.yml declares, at its default when the workflow is silent.
// These read the inputs exactly as a real step would see them.
const set: string[] = [];
function workflowSays(given: Record<string, string>): void {
  const env = runnerInputs(readActionMetadata(), given, { token: 'ghs_test' });
  for (const [k, v] of Object.entries(env)) {
    process.env[k] = v;
    set.push(k);
  }
}
afterEach(() => {
  for (const k of set.splice(0)) delete process.env[k];
});

const noEvent = readGitHubEvent({});
const overrides = () => ({ ...configOverrides(noEvent, ''), mode: 'write' });

function repo(configText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-inputs-'));
  if (configText !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/architect-docs.yml'), configText);
  }
  return dir;
}

describe('action inputs at their defaults mean "not given"', () => {
  test('no config file and a silent workflow: the first run loads the defaults', async () => {
    workflowSays({});
    const config = await loadConfig(repo(), overrides());
    expect(config.configFile).toBeUndefined();
    expect(config.agent).toMatchObject({
      provider: 'anthropic',
      grounding: 'strict',
      maxInputTokens: 60_000,
      failOnModelError: false,
    });
  });

  test('the config file decides what the workflow left at its defaults', async () => {
    workflowSays({});
    const config = await loadConfig(
      repo('agent:\n  provider: bedrock\n  grounding: warn\n  max-input-tokens: 9000\n  fail-on-model-error: true\n'),
      overrides(),
    );
    expect(config.configFile).toBe('.github/architect-docs.yml');
    expect(config.agent).toMatchObject({
      provider: 'bedrock',
      grounding: 'warn',
      maxInputTokens: 9000,
      failOnModelError: true,
    });
  });

  test('a value the workflow gives still wins over the file, and a config-file it names must exist', async () => {
    workflowSays({ provider: 'vertex', grounding: 'warn', 'max-input-tokens': '8000', 'fail-on-model-error': 'true' });
    const config = await loadConfig(
      repo('agent:\n  provider: bedrock\n  grounding: strict\n  max-input-tokens: 9000\n'),
      overrides(),
    );
    expect(config.agent).toMatchObject({
      provider: 'vertex',
      grounding: 'warn',
      maxInputTokens: 8000,
      failOnModelError: true,
    });
    workflowSays({ 'config-file': 'ci/architect-docs.yml' });
    await expect(loadConfig(repo(), overrides())).rejects.toThrow(
      /ci\/architect-docs\.yml: cannot read the config file/,
    );
  });
});
