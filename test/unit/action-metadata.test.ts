import { mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { PLACEHOLDER_TOKEN, runAction } from '../support/action-runner.js';

const root = join(import.meta.dirname, '../..');
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
const source = readdirSync(join(root, 'src/action'))
  .map((f) => readFileSync(join(root, 'src/action', f), 'utf8'))
  .join('\n');
const used = (re: RegExp) => [...source.matchAll(re)].map((m) => m[1]!).sort();

// action.yml is the contract users read: every input it lists must be read, every output set,
// and nothing read or set may be missing from it.
test('action.yml lists exactly the inputs the action reads and the outputs it sets', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  const inputsRead = [...new Set(used(/(?:getInput|optionalInput|booleanInput|listInput)\(\s*'([a-z-]+)'/g))];
  expect(Object.keys(action.inputs).sort()).toEqual(inputsRead);
  const outputsSet = [...new Set(used(/setOutput\(\s*'([a-z-]+)'/g))];
  expect(Object.keys(action.outputs).sort()).toEqual(outputsSet);
  for (const [name, input] of Object.entries<{ description?: string }>(action.inputs))
    expect(input.description, name).toBeTruthy();
});

test("the code knows action.yml's literal defaults, so an input left at its default reads as not given", async () => {
  const { INPUT_DEFAULTS } = await import('../../src/action/inputs.js');
  const literal = Object.entries<{ default?: string }>(action.inputs).filter(
    ([, i]) => i.default && !i.default.includes('${{'),
  );
  expect(INPUT_DEFAULTS).toEqual(Object.fromEntries(literal.map(([name, i]) => [name, i.default])));
});

// The e2e tests are only as faithful as their harness: it must pass what the runner passes.
describe('the action harness', () => {
  /** A copy of action.yml whose `runs.main` reports the environment it was started with. */
  function probeAction(): string {
    const dir = mkdtempSync(join(tmpdir(), 'ad-probe-'));
    writeFileSync(join(dir, 'action.yml'), stringify({ ...action, runs: { using: 'node24', main: 'probe.mjs' } }));
    writeFileSync(
      join(dir, 'probe.mjs'),
      "import { appendFileSync } from 'node:fs';\n" +
        'appendFileSync(process.env.GITHUB_OUTPUT, ' +
        '`env<<EOF\\n${JSON.stringify({ env: process.env, cwd: process.cwd() })}\\nEOF\\n`);\n',
    );
    return dir;
  }
  const probe = async (inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) => {
    const workspace = mkdtempSync(join(tmpdir(), 'ad-probe-ws-'));
    const run = await runAction(workspace, inputs, extraEnv, undefined, { actionDir: probeAction() });
    expect(run.code, run.stderr).toBe(0);
    return { workspace, ...(JSON.parse(run.outputs.env!) as { env: Record<string, string>; cwd: string }) };
  };

  test(
    'sets exactly the inputs action.yml declares, at their defaults, ' + 'with the token expression substituted',
    async () => {
      const { env } = await probe({});
      const inputs = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('INPUT_')));
      const expected = Object.fromEntries(
        Object.entries<{ default?: string }>(action.inputs).map(([name, i]) => [
          `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
          i.default === '${{ github.token }}' ? PLACEHOLDER_TOKEN : (i.default ?? ''),
        ]),
      );
      expect(inputs).toEqual(expected);
      expect(inputs['INPUT_CONFIG-FILE']).toBe('.github/architect-docs.yml');
      expect(inputs['INPUT_GITHUB-TOKEN']).toBe(PLACEHOLDER_TOKEN);
    },
  );

  test('a given input replaces its default; the runner variables are there; overrides win', async () => {
    const { env, cwd, workspace } = await probe(
      { mode: 'write', 'github-token': 'ghs_given' },
      { GITHUB_API_URL: 'http://127.0.0.1:1234' },
    );
    expect(env.INPUT_MODE).toBe('write');
    expect(env['INPUT_GITHUB-TOKEN']).toBe('ghs_given');
    expect(env.GITHUB_API_URL).toBe('http://127.0.0.1:1234');
    expect(realpathSync(cwd)).toBe(realpathSync(workspace));
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_ENVIRONMENT: 'github-hosted',
    });
    for (const name of [
      'GITHUB_EVENT_PATH',
      'GITHUB_OUTPUT',
      'GITHUB_STEP_SUMMARY',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_STATE',
      'GITHUB_REPOSITORY',
      'GITHUB_REPOSITORY_OWNER',
      'GITHUB_SHA',
      'GITHUB_REF',
      'GITHUB_REF_NAME',
      'GITHUB_SERVER_URL',
      'GITHUB_GRAPHQL_URL',
      'GITHUB_RUN_ID',
      'GITHUB_RUN_NUMBER',
      'GITHUB_RUN_ATTEMPT',
      'GITHUB_ACTOR',
      'GITHUB_JOB',
      'GITHUB_WORKFLOW',
      'GITHUB_ACTION',
      'GITHUB_ACTION_PATH',
      'RUNNER_TEMP',
      'RUNNER_TOOL_CACHE',
      'RUNNER_NAME',
      'HOME',
      'PATH',
    ]) {
      expect(env[name], name).toBeTruthy();
    }
    expect(readdirSync(env.RUNNER_TEMP!)).toEqual([]);
  });

  test('an input action.yml does not declare is a typo: the harness throws', async () => {
    await expect(runAction(tmpdir(), { 'confg-file': 'x.yml' })).rejects.toThrow(/declares no input "confg-file"/);
  });
});
