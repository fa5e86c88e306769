import { sha256 } from '../../facts/hash.js';

// Backstage rejects a whole catalog file when one entity is invalid, so every name and tag it is
// given is made valid here, by construction, whatever the sources called things.

const MAX_LENGTH = 63;
const HASH_LENGTH = 8;

/**
 * A valid Backstage entity name for any text: letters, digits and `-_.`, starting and ending with
 * a letter or digit, at most 63 characters. Lower-cased, because Backstage compares references
 * without case: `Orders` and `orders` would be one entity there. A name cut to fit ends with a
 * hash of the whole text, so two long names that share a prefix stay two entities.
 */
export function entityName(text: string, fallback = 'unnamed'): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // `café` → `cafe`, not `caf-`
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[-_.]{2,}/g, (run) => run[0]!)
    .replace(/^[-_.]+|[-_.]+$/g, '');
  if (cleaned === '') return fallback;
  if (cleaned.length <= MAX_LENGTH) return cleaned;
  const kept = cleaned.slice(0, MAX_LENGTH - HASH_LENGTH - 1).replace(/[-_.]+$/, '');
  return `${kept}-${sha256(text).slice(0, HASH_LENGTH)}`;
}

/**
 * A valid Backstage tag (`[a-z0-9:+#]` runs joined by `-`, at most 63 characters), or undefined
 * when nothing of the text is left.
 */
export function entityTag(text: string): string | undefined {
  const tag = text
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return tag === '' ? undefined : tag;
}

/**
 * Hands out names that are unique within one entity kind: the second `orders-api` becomes
 * `orders-api-2`. Callers claim in a stable order, so the same facts give the same names.
 */
export class UniqueNames {
  private readonly taken = new Set<string>();

  claim(name: string): string {
    let candidate = name;
    for (let n = 2; this.taken.has(candidate); n++) {
      const suffix = `-${n}`;
      candidate = `${name.slice(0, MAX_LENGTH - suffix.length).replace(/[-_.]+$/, '')}${suffix}`;
    }
    this.taken.add(candidate);
    return candidate;
  }
}
