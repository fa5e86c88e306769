import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';
import { vendoredFile } from '../common/vendor-import.js';

/**
 * The fresh-database snapshot scripts/build.mjs writes beside the vendored PGlite: the data
 * directory right after initdb, as a brotli-compressed tar, and the SHA-256 of that tar. The
 * build and this reader share the names through the compiled module.
 */
export const SHIPPED_SNAPSHOT_FILE = 'fresh-datadir.tar.br';
export const SHIPPED_SNAPSHOT_DIGEST_FILE = 'fresh-datadir.tar.sha256';

/**
 * The shipped snapshot's tar, or undefined when there is none (running from source) or it is not
 * the tar the build made. The digest is checked because PGlite must never see a damaged tar: it
 * then tries to gunzip it, and that failure escapes as an uncaught error that ends the process.
 */
export async function readShippedSnapshot(): Promise<Blob | undefined> {
  const path = vendoredFile('pglite', SHIPPED_SNAPSHOT_FILE);
  const digestPath = vendoredFile('pglite', SHIPPED_SNAPSHOT_DIGEST_FILE);
  if (path === undefined || digestPath === undefined) return undefined;
  try {
    const tar = await promisify(brotliDecompress)(await readFile(path));
    const expected = (await readFile(digestPath, 'utf8')).trim();
    if (createHash('sha256').update(tar).digest('hex') !== expected) return undefined;
    return new Blob([tar]);
  } catch {
    return undefined; // unreadable: the caller boots another way
  }
}
