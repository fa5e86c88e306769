// `docker compose config --format json`: the project exactly as Docker Compose resolves it, used
// when `render-tools: auto` and the Compose plugin answers on this machine (GitHub's Ubuntu
// runners have it). The built-in resolver is the fallback and gives the lines facts cite.
//
// The tool inlines every value it interpolates, `.env` secrets included. Its output is scrubbed of
// every value a secret-like `.env` variable holds before anything reads it, and the facts keep only
// variable names and hosts from environments, as with the built-in reader.

import { join } from 'node:path';
import { findOnPath, runTool } from '../common/external-tool.js';
import type { DotEnv } from './dot-env.js';
import type { Json } from './merge-services.js';

let available: Promise<string | undefined> | undefined;

/** The `docker` executable when it has the Compose plugin, else undefined (asked once a process). */
export function dockerCompose(): Promise<string | undefined> {
  available ??= (async () => {
    const docker = findOnPath('docker');
    if (!docker) return undefined;
    const version = await runTool(docker, ['compose', 'version', '--short'], process.cwd(), 15_000);
    return 'stdout' in version && /\d+\.\d+/.test(version.stdout) ? docker : undefined;
  })();
  return available;
}

/** The services `docker compose config` prints for a project, scrubbed of `.env` secrets. */
export async function composeConfigServices(
  docker: string,
  repoRoot: string,
  project: { dir: string; files: string[]; env: DotEnv },
  profiles: string[] | undefined,
): Promise<{ services: Record<string, Json> } | { error: string }> {
  const args = ['compose', '--project-directory', join(repoRoot, project.dir)];
  for (const f of project.files) args.push('-f', join(repoRoot, f));
  // No profile setting documents every service, as the built-in reader does.
  for (const p of profiles ?? ['*']) args.push('--profile', p);
  args.push('config', '--format', 'json');
  const out = await runTool(docker, args, join(repoRoot, project.dir));
  if ('error' in out) return { error: out.error };
  let parsed: unknown;
  try {
    parsed = JSON.parse(out.stdout);
  } catch {
    return { error: 'docker compose config printed no JSON' };
  }
  const services = (parsed as { services?: unknown })?.services;
  if (typeof services !== 'object' || services === null) return { services: {} };
  return { services: scrub(services, project.env.withheldValues) as Record<string, Json> };
}

/** Every string with each withheld value cut out (longest first, so none leaves a tail behind). */
export function scrub(value: unknown, secrets: string[]): unknown {
  const list = [...new Set(secrets.filter((s) => s.length > 0))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return list.reduce((s, secret) => s.split(secret).join(''), v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value);
}
