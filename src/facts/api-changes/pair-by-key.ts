// What the rule sets of every protocol share: the two sides of a change paired by a key, and how
// a removal says that clients had been warned.

/**
 * Pairs the two sides by key, in key order; a key used twice on either side (the same type name
 * in two schemas of one repository) is paired within its spec instead. Linear: GitHub's and
 * Google's descriptions hold tens of thousands of schemas.
 */
export function pairByKey<T>(before: T[], after: T[], key: (t: T) => string): [T?, T?][] {
  const uses = new Map<string, number>();
  for (const list of [before, after]) {
    const seen = new Map<string, number>();
    for (const t of list) seen.set(key(t), (seen.get(key(t)) ?? 0) + 1);
    for (const [k, n] of seen) uses.set(k, Math.max(uses.get(k) ?? 0, n));
  }
  const fullKey = (t: T) => {
    const k = key(t);
    return (uses.get(k) ?? 0) > 1 ? `${k}\u0000${(t as { spec?: string }).spec ?? ''}` : k;
  };
  const old = new Map(before.map((t) => [fullKey(t), t]));
  const now = new Map(after.map((t) => [fullKey(t), t]));
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  return keys.map((k) => [old.get(k), now.get(k)]);
}

export function wasDeprecated(deprecated: boolean | undefined): string {
  return deprecated ? ' (it was deprecated)' : '';
}
