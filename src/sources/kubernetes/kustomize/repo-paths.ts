// Paths a kustomization writes, resolved against its folder: repo-relative when they stay inside
// the repository, undefined when they leave it. Remote references are recognised so they can be
// reported instead of being looked for on disk (they are never fetched).

import { posix } from 'node:path';

/** Repo-relative path of `entry` written in folder `dir`, or undefined when it leaves the repository. */
export function resolveRepoPath(dir: string, entry: string): string | undefined {
  if (posix.isAbsolute(entry)) return undefined;
  const joined = posix.normalize(posix.join(dir || '.', entry));
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined.replace(/\/$/, '');
}

/** URLs, `github.com/owner/repo//path?ref=…`, `git@host:…`: what kustomize would download. */
export function isRemoteReference(entry: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) return true;
  if (/^git@/.test(entry) || entry.startsWith('git::')) return true;
  if (/^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)\//i.test(entry)) return true;
  if (/\?ref=|\?version=/.test(entry)) return true;
  // `host.tld/owner/repo…`: a host name as the first segment.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\/[^/]+\/[^/]+/i.test(entry) && !entry.startsWith('.');
}
