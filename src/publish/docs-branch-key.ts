import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { statePath } from '../state/state-path.js';
import { parseStateText } from '../state/state-text.js';

const git = promisify(execFile);

/**
 * Pull-request mode's branch: one per base, unless the workflow names one. A job that runs one
 * system of a monorepo (a matrix job) gets a branch of that system's own, so parallel jobs never
 * rebuild each other's branch.
 */
export const docsBranchFor = (base: string, explicit?: string, system?: string) =>
  `${explicit || `architect-docs/${base}`}${system ? `-${system}` : ''}`;

/**
 * What the docs branch of pull-request mode holds, told with git alone (no API client): `absent`
 * when origin has no such branch, else the keys its state file carries (undefined when it has
 * none). Undefined when it cannot be told (no origin, no access): the caller then does a full run.
 */
export async function docsBranchRunKey(
  workspace: string,
  docsDir: string,
  branch: string,
): Promise<{ absent: true } | { absent: false; runKey?: string; docsKey?: string } | undefined> {
  const ref = `refs/heads/${branch}`;
  try {
    // --exit-code: 2 when the branch is not there, which is an answer, not a failure.
    await git('git', ['ls-remote', '--exit-code', '--heads', 'origin', ref], { cwd: workspace });
  } catch (err) {
    return (err as { code?: number }).code === 2 ? { absent: true } : undefined;
  }
  try {
    await git('git', ['fetch', '-q', '--no-tags', '--depth=1', 'origin', ref], { cwd: workspace });
    const { stdout } = await git('git', ['show', `FETCH_HEAD:${statePath(docsDir)}`], {
      cwd: workspace,
      maxBuffer: 16 * 1024 * 1024,
    });
    const state = parseStateText(stdout);
    return { absent: false, runKey: state?.runKey, docsKey: state?.docsKey };
  } catch {
    return { absent: false };
  }
}
