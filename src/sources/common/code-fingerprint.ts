import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fingerprints = new Map<string, string>();

/**
 * A digest of the code files beside a module (its folder, files of its extension): part of the key
 * of anything a run caches from its own output, so that entries made by other code never match.
 * In the bundle that is every chunk of dist/; from source, the module's folder. Our version alone
 * would keep stale entries across changes that do not bump it. Hashed once per process (about
 * 70 ms for the bundle), and only by runs that extract.
 */
export function codeFingerprint(moduleUrl: string): string {
  const known = fingerprints.get(moduleUrl);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  try {
    const here = fileURLToPath(moduleUrl);
    const ext = extname(here);
    const dir = dirname(here);
    for (const name of readdirSync(dir).sort()) {
      if (extname(name) !== ext) continue;
      hash.update(`${name}\n`).update(readFileSync(join(dir, name)));
    }
  } catch {
    // Unreadable: a digest no stored entry can have.
    hash.update(`unknown code ${randomBytes(16).toString('hex')}`);
  }
  const digest = hash.digest('hex');
  fingerprints.set(moduleUrl, digest);
  return digest;
}
