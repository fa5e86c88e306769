import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a run keeps what it can rebuild but would rather not (extracted facts, replayed
 * databases): `ARCHITECT_DOCS_CACHE_DIR` when set — a workflow persists it with actions/cache —
 * else a folder in the temp folder, which lives as long as the runner or the machine. Nothing in
 * it is trusted blindly: every entry is keyed by a digest of what produced it.
 */
export function cacheDir(purpose: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.ARCHITECT_DOCS_CACHE_DIR?.trim() || join(tmpdir(), 'architect-docs-cache');
  return join(base, purpose);
}
