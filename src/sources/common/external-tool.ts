// Runs a tool GitHub's Ubuntu runners ship (`helm`, `kubectl`, `docker`) when it is on PATH, so
// what the docs say matches what the tool itself would deploy; every caller keeps a built-in
// fallback for machines without it (our CI has no Helm).
//
// The tool sees repository content, which is untrusted: it runs with a minimal environment (no
// tokens, no cloud credentials, no kubeconfig), a time limit and an output cap, and never through
// a shell.

import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** A render that has not finished in this long is abandoned for the built-in one. */
export const TOOL_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** The executable's path when `name` is on PATH, else undefined. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type ToolResult = { stdout: string } | { error: string };

/** Runs `tool args…` in `cwd` with a minimal environment; never throws. */
export function runTool(tool: string, args: string[], cwd: string, timeoutMs = TOOL_TIMEOUT_MS): Promise<ToolResult> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.RUNNER_TEMP ?? process.env.TMPDIR ?? '/tmp',
    LANG: 'C.UTF-8',
    // Keep Helm and kubectl from reading the runner's caches, registries or clusters.
    KUBECONFIG: '/dev/null',
    HELM_CACHE_HOME: join(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-cache'),
    HELM_CONFIG_HOME: join(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-config'),
    HELM_DATA_HOME: join(process.env.RUNNER_TEMP ?? '/tmp', 'architect-docs-helm-data'),
  };
  return new Promise((resolve) => {
    execFile(
      tool,
      args,
      { cwd, env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const why = (stderr || error.message).trim().split('\n').slice(0, 5).join(' ');
          resolve({ error: why || `${tool} failed` });
        } else resolve({ stdout });
      },
    );
  });
}
