import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { configOverrides } from '../../src/action/main.js';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';
import { readGitHubEvent } from '../../src/publish/github-event.js';
import { runKey } from '../../src/state/run-key.js';
import { readActionMetadata, runnerInputs } from '../support/action-runner.js';

// `batch` and `batch-timeout-seconds` come from the action inputs, the CLI flags or the config file.
function repo(configText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-batch-'));
  if (configText !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/architect-docs.yml'), configText);
  }
  return dir;
}

describe('batch settings', () => {
  test('off by default with an hour to wait; the input wins over the file', async () => {
    const none = await loadConfig(repo(), {});
    expect(none.agent).toMatchObject({ batch: false, batchTimeoutMs: 3_600_000 });
    const file = repo('agent:\n  batch: true\n  batch-timeout-seconds: 900\n');
    expect((await loadConfig(file, {})).agent).toMatchObject({ batch: true, batchTimeoutMs: 900_000 });
    const given = await loadConfig(file, { batch: false, batchTimeoutSeconds: '0.25' });
    expect(given.agent).toMatchObject({ batch: false, batchTimeoutMs: 250 });
  });

  test.each(['0', '-5', 'an hour'])('batch-timeout-seconds "%s" is refused, naming where it came from', async (v) => {
    const err = await loadConfig(repo(), { batchTimeoutSeconds: v }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe(
      `inputs: batch-timeout-seconds must be a positive number of seconds, got "${v}"`,
    );
  });

  test('the config file value is checked on its line', async () => {
    const err = await loadConfig(repo('agent:\n  model: sonnet\n  batch-timeout-seconds: 0\n'), {}).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).line).toBe(3);
  });

  test('the run key leaves them out: a batch run of unchanged inputs is a no-op like any other', async () => {
    const plain = await loadConfig(repo(), {});
    const batched = { ...plain, agent: { ...plain.agent, batch: true, batchTimeoutMs: 60_000 } };
    const parts = { inputs: [], templatesDigest: 't', agentFileText: undefined };
    expect(runKey({ ...parts, config: batched })).toBe(runKey({ ...parts, config: plain }));
    const otherModel = { ...plain, agent: { ...plain.agent, model: 'opus' } };
    expect(runKey({ ...parts, config: otherModel })).not.toBe(runKey({ ...parts, config: plain }));
  });
});

describe('batch inputs as the runner passes them', () => {
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

  test('a silent workflow leaves the file in charge; `batch: true` turns it on', async () => {
    workflowSays({});
    const file = repo('agent:\n  batch: true\n  batch-timeout-seconds: 120\n');
    expect((await loadConfig(file, overrides())).agent).toMatchObject({ batch: true, batchTimeoutMs: 120_000 });
    expect((await loadConfig(repo(), overrides())).agent.batch).toBe(false);
    for (const k of set.splice(0)) delete process.env[k];
    workflowSays({ batch: 'true', 'batch-timeout-seconds': '600' });
    expect((await loadConfig(repo(), overrides())).agent).toMatchObject({ batch: true, batchTimeoutMs: 600_000 });
  });
});
