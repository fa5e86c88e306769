import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export const PROJECT_ROOT = join(import.meta.dirname, '../..');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface GitHubEventFixture {
  name: string;
  payload: object;
}

export interface RunOptions {
  /** The folder holding action.yml and what its `runs.main` names. Default: the project root. */
  actionDir?: string;
  timeoutMs?: number;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown } | null>;
  runs?: { using?: string; main?: string };
}

/** Stands in for the workflow token wherever a test did not give `github-token` itself. */
export const PLACEHOLDER_TOKEN = 'ghs_test';

const DEFAULT_EVENT: GitHubEventFixture = {
  name: 'push',
  payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/shop', default_branch: 'main' } },
};

/** A temporary git repository holding a copy of `examples/shop`, committed, as a checkout would be. */
export function exampleCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-e2e-'));
  cpSync(join(PROJECT_ROOT, 'examples/shop'), dir, {
    recursive: true,
    filter: (src) => !src.includes('/docs/') && !src.endsWith('/docs'),
  });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  // A fixed date: every checkout of the example is the same commit, so runs on two checkouts can be
  // compared byte for byte (the state file names the commit its facts were read from).
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'initial'], {
    cwd: dir,
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
  });
  return dir;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
}

export function readActionMetadata(actionDir: string = PROJECT_ROOT): ActionMetadata {
  return parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** The runner's name for an input's variable: spaces become `_`, hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The `INPUT_*` variables the runner would set for this step: every input action.yml declares, at
 * its default unless the workflow gave a value. An input the action does not declare is a typo in
 * the test (the runner would only warn, and the action would never see it), so it throws.
 */
export function runnerInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  github: Record<string, string>,
): Record<string, string> {
  const declared = metadata.inputs ?? {};
  const unknown = Object.keys(given).filter((name) => !Object.hasOwn(declared, name));
  if (unknown.length > 0) throw new Error(`action.yml declares no input ${unknown.map((n) => `"${n}"`).join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = spec?.default === undefined || spec.default === null ? '' : String(spec.default);
    env[inputVariable(name)] = given[name] ?? substituteExpressions(fallback, github);
  }
  return env;
}

/** Defaults may be expressions such as `${{ github.token }}`; only the `github` context is known here. */
function substituteExpressions(text: string, github: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (whole, expr: string) => {
    const m = /^github\.([A-Za-z_]+)$/.exec(expr);
    if (!m || !Object.hasOwn(github, m[1]!))
      throw new Error(`the harness cannot evaluate the default expression ${whole}`);
    return github[m[1]!]!;
  });
}

function headSha(workspace: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '0'.repeat(40);
  }
}

/** The ref the runner sets for an event: the pushed ref, a pull request's merge ref, else the default branch. */
function eventRef(event: GitHubEventFixture): string {
  const p = event.payload as {
    ref?: string;
    pull_request?: { number?: number };
    repository?: { default_branch?: string };
  };
  if (p.pull_request?.number !== undefined) return `refs/pull/${p.pull_request.number}/merge`;
  if (p.ref) return p.ref.startsWith('refs/') ? p.ref : `refs/heads/${p.ref}`;
  return `refs/heads/${p.repository?.default_branch ?? 'main'}`;
}

/**
 * The environment a GitHub-hosted runner gives a `node` action's step, built from action.yml:
 * the inputs, the `GITHUB_*` and `RUNNER_*` variables, the command files, and nothing inherited
 * from the machine running the tests but PATH. The API URLs point at a closed loopback port
 * unless the test passes a fake's URL, so no test can reach the real GitHub by accident.
 */
export function runnerEnvironment(
  workspace: string,
  inputs: Record<string, string>,
  event: GitHubEventFixture,
  runnerDir: string,
  actionDir: string,
): { env: NodeJS.ProcessEnv; files: { output: string; summary: string } } {
  const metadata = readActionMetadata(actionDir);
  const payload = event.payload as { repository?: { full_name?: string }; sender?: { login?: string } };
  const repository = payload.repository?.full_name ?? 'acme/shop';
  const ref = eventRef(event);
  const sha = headSha(workspace);
  const token = inputs['github-token'] ?? PLACEHOLDER_TOKEN;
  const dir = (name: string) => {
    const d = join(runnerDir, name);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const file = (name: string, text = '') => {
    const f = join(runnerDir, name);
    writeFileSync(f, text);
    return f;
  };
  const files = { output: file('output'), summary: file('step_summary') };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir('home'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: file('event.json', JSON.stringify(event.payload)),
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: file('env'),
    GITHUB_PATH: file('path'),
    GITHUB_STATE: file('state'),
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
    GITHUB_JOB: 'docs',
    GITHUB_WORKFLOW: 'Architect Docs',
    GITHUB_ACTION: '__acme_architect-docs',
    GITHUB_ACTION_PATH: actionDir,
    RUNNER_TEMP: dir('temp'),
    RUNNER_TOOL_CACHE: dir('tool-cache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    ...runnerInputs(metadata, inputs, { token, repository, ref, sha, event_name: event.name, workspace }),
  };
  return { env, files };
}

/**
 * Runs the built action as the runner does: `runs.main` of the action.yml in `actionDir`, with
 * this Node, in the workspace, with the environment of `runnerEnvironment`. `extraEnv` wins over
 * all of it (a fake API's URL, a ref the event does not imply).
 */
export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: NodeJS.ProcessEnv = {},
  event: GitHubEventFixture = DEFAULT_EVENT,
  options: RunOptions = {},
): Promise<ActionRun> {
  const actionDir = options.actionDir ?? PROJECT_ROOT;
  const { runs } = readActionMetadata(actionDir);
  if (!runs?.using?.startsWith('node') || !runs.main) throw new Error(`${actionDir}/action.yml is not a node action`);
  // A fresh folder per run: hosted runners start every job empty, so nothing may carry over.
  const runnerDir = mkdtempSync(join(tmpdir(), 'ad-runner-'));
  const { env, files } = runnerEnvironment(workspace, inputs, event, runnerDir, actionDir);
  const { code, stdout, stderr } = await runNode(
    [join(actionDir, runs.main)],
    { cwd: workspace, env: { ...env, ...extraEnv } },
    options.timeoutMs,
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** Runs the CLI (`bin/architect-docs.js` of `actionDir`), which starts the same bundle. */
export function runCli(
  args: string[],
  options: RunOptions & { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const actionDir = options.actionDir ?? PROJECT_ROOT;
  const home = mkdtempSync(join(tmpdir(), 'ad-cli-home-'));
  return runNode(
    [join(actionDir, 'bin/architect-docs.js'), ...args],
    { cwd: options.cwd ?? actionDir, env: { PATH: process.env.PATH, HOME: home, ...options.env } },
    options.timeoutMs,
  );
}

async function runNode(
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
  timeoutMs = 90_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // It must exit by itself: an open handle (say, an embedded database left open) would hang the job.
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args[0]} did not exit within ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    // 'close', not 'exit': the output streams are complete only then.
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  return { code, stdout, stderr };
}

/** Parses the `name<<delimiter … delimiter` format @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) body.push(lines[i]!);
    out[m[1]!] = body.join('\n');
  }
  return out;
}
