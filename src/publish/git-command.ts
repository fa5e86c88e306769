import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * git in the workspace, with the checkout's own credentials (actions/checkout persists them).
 * Commits are attributed to the Actions bot unless the workflow sets an identity.
 */
export async function git(cwd: string, args: string[]): Promise<string> {
  const identity = [
    '-c',
    `user.name=${process.env.GIT_AUTHOR_NAME ?? 'github-actions[bot]'}`,
    '-c',
    `user.email=${process.env.GIT_AUTHOR_EMAIL ?? '41898282+github-actions[bot]@users.noreply.github.com'}`,
  ];
  const { stdout } = await run('git', [...identity, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function tryGit(
  cwd: string,
  args: string[],
): Promise<{ ok: true; stdout: string } | { ok: false; stderr: string }> {
  try {
    return { ok: true, stdout: await git(cwd, args) };
  } catch (err) {
    return { ok: false, stderr: String((err as { stderr?: string }).stderr ?? (err as Error).message) };
  }
}
