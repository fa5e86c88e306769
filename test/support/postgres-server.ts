import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

// A real PostgreSQL server for oracle tests: a throwaway cluster in a temp folder, listening only
// on a Unix socket there. initdb refuses to run as root, so as root it runs as `postgres`.

declare module 'vitest' {
  export interface ProvidedContext {
    postgresSocketDir: string;
  }
}

function pgBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

export default function setup(project: TestProject): () => void {
  const bin = pgBinDir();
  if (!bin) {
    // .ci/run installs PostgreSQL; a developer machine without it is told so by the oracle test.
    project.provide('postgresSocketDir', '');
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'architect-docs-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  const pg = (tool: string, args: string[]) => {
    const cmd = asRoot ? 'runuser' : join(bin, tool);
    const full = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, full, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout}`);
  };
  pg('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  pg('pg_ctl', ['-D', join(dir, 'data'), '-o', `-k ${dir} -c listen_addresses='' -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  project.provide('postgresSocketDir', dir);
  return () => {
    try {
      pg('pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
