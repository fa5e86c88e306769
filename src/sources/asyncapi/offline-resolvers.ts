// `$ref` readers for @asyncapi/parser that never touch the network and read only repository files.
//
// The parser's own readers fetch `http(s)://` refs (node-fetch) and read any path. Ours run first
// (lower `order`), and they must answer with text even when they refuse: the parser treats a
// thrown error as "try the next reader", and the next one is the default that fetches or reads
// anything. So a refused ref becomes an empty object and a note, which the extractor turns into a
// diagnostic at the line that names the ref.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { RepoReader } from '../common/repo-reader.js';

/** What the parser's resolver options take (`__unstable.resolver.resolvers`). */
export interface ParserRefReader {
  schema: 'file' | 'http' | 'https';
  order: number;
  canRead: boolean;
  read(uri: { toString(): string; path?(): string }): Promise<string>;
}

/** A ref the readers would not or could not read, with why. */
export interface RefusedRef {
  ref: string;
  reason: string;
}

const EMPTY = '{}';

export function offlineRefReaders(repoRoot: string, reader: RepoReader, refused: RefusedRef[]): ParserRefReader[] {
  const root = resolve(repoRoot);
  const remote = (schema: 'http' | 'https'): ParserRefReader => ({
    schema,
    order: 1,
    canRead: true,
    read: async (uri) => {
      refused.push({
        ref: uri.toString(),
        reason: 'remote reference not fetched: only files in the repository are read',
      });
      return EMPTY;
    },
  });
  const file: ParserRefReader = {
    schema: 'file',
    order: 1,
    canRead: true,
    read: async (uri) => {
      const absolute = decodeURIComponent(uri.path ? uri.path() : uri.toString().replace(/^file:\/\//, ''));
      const rel = relative(root, absolute);
      const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
      const got = outside
        ? { error: `${absolute} is outside the repository; not read` }
        : reader.read(rel.split(sep).join('/'));
      if ('text' in got) return got.text;
      refused.push({ ref: outside ? absolute : rel, reason: got.error });
      return EMPTY;
    },
  };
  return [file, remote('http'), remote('https')];
}
