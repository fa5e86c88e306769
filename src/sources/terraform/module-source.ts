// What a `module` block's `source` names. Terraform accepts a local path (`./modules/network`),
// a registry address (`terraform-aws-modules/vpc/aws`, optionally behind a host and with a
// `//sub/dir`), and remote sources (`git::…`, `github.com/…`, `https://….zip`, `s3::…`). Only
// local paths are read; remote ones are named in the facts and never fetched (no network here).
//
// A remote source may carry credentials (`git::https://user:token@host/…`, `?sshkey=…`): those
// parts are dropped from what is recorded.

import { posix } from 'node:path';

export type ModuleSourceKind = 'local' | 'registry' | 'git' | 'mercurial' | 'http' | 's3' | 'gcs' | 'unknown';

export interface ModuleSource {
  kind: ModuleSourceKind;
  /** The source as written, minus any credentials. */
  text: string;
  /** `local`: the repo-relative folder it resolves to; absent when it leaves the repository. */
  folder?: string;
  /** `registry`: the parts of the address. */
  registry?: { host?: string; namespace: string; name: string; provider: string; subdir?: string };
}

const REGISTRY =
  /^(?:([a-z0-9.-]+\.[a-z]{2,}(?::\d+)?)\/)?([A-Za-z0-9][\w-]*)\/([A-Za-z0-9][\w-]*)\/([a-z0-9]+)(?:\/\/(.+))?$/;

/** Classifies `source` as written in a module block of the repo-relative folder `fromFolder`. */
export function moduleSource(source: string, fromFolder: string): ModuleSource {
  const text = withoutCredentials(source.trim());
  if (text.startsWith('./') || text.startsWith('../') || text === '.' || text === '..') {
    const joined = posix.normalize(posix.join(fromFolder, text));
    const inside = !joined.startsWith('../') && joined !== '..' && !posix.isAbsolute(joined);
    return inside ? { kind: 'local', text, folder: joined.replace(/\/$/, '') || '.' } : { kind: 'local', text };
  }
  const forced = /^([a-z0-9]+)::/.exec(text)?.[1];
  if (forced === 'git') return { kind: 'git', text };
  if (forced === 'hg') return { kind: 'mercurial', text };
  if (forced === 's3') return { kind: 's3', text };
  if (forced === 'gcs') return { kind: 'gcs', text };
  if (/^(?:github\.com|bitbucket\.org)\//.test(text) || /^git@/.test(text)) return { kind: 'git', text };
  if (/^https?:\/\//.test(text)) return { kind: /\.git(?:$|[/?])/.test(text) ? 'git' : 'http', text };
  if (/\.s3[.-][\w.-]*amazonaws\.com\//.test(text)) return { kind: 's3', text };
  const r = REGISTRY.exec(text);
  if (r && !text.includes('${')) {
    const registry: NonNullable<ModuleSource['registry']> = { namespace: r[2]!, name: r[3]!, provider: r[4]! };
    if (r[1]) registry.host = r[1];
    if (r[5]) registry.subdir = r[5];
    return { kind: 'registry', text, registry };
  }
  return { kind: 'unknown', text };
}

/** Drops `user:password@` (and a lone token as user) from URLs and every query parameter but `ref` and `depth`. */
function withoutCredentials(source: string): string {
  // `ssh://git@host/…` names the conventional SSH user, not a secret; any other user part may be a token.
  let out = source.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)([^/@\s]*)@/gi, (_, scheme: string, user: string) =>
    user === 'git' ? `${scheme}git@` : scheme,
  );
  const q = out.indexOf('?');
  if (q !== -1) {
    const kept = out
      .slice(q + 1)
      .split('&')
      .filter((p) => /^(?:ref|depth)=/.test(p));
    out = out.slice(0, q) + (kept.length ? `?${kept.join('&')}` : '');
  }
  return out;
}
