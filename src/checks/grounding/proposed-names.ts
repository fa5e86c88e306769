import { normalisePathParam, pathSegments } from '../../facts/index/api-paths.js';
import type { Mention } from './grounding-types.js';
import type { ProposedName } from './proposal-types.js';

// Whether a mention the facts do not know names something a recommendation declared as new.
// Models spell the same new thing a few ways: `payment_attempts` and "payment attempt", a new
// table's columns as `payment_attempts.payment_id`, a new endpoint with other parameter names.

const SPLIT_RE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE|QUERY)\s+(\S+)$/i;

/** `payment_attempts` ~ `payment_attempt`; `public.x` ~ `x`. */
function variants(name: string): string[] {
  const lower = name
    .toLowerCase()
    .replace(/^public\./, '')
    .replaceAll('"', '');
  const out = new Set([lower]);
  if (lower.endsWith('es')) out.add(lower.slice(0, -2));
  if (lower.endsWith('s')) out.add(lower.slice(0, -1));
  else out.add(`${lower}s`);
  return [...out];
}

function endpointKey(method: string, path: string): string {
  return `${method.toUpperCase()} /${pathSegments(path.toLowerCase()).map(normalisePathParam).join('/')}`;
}

export class ProposedNames {
  private readonly names = new Set<string>();
  /** New tables (and other containers): `x.y` below one of them is new too. */
  private readonly parents = new Set<string>();
  private readonly endpoints = new Set<string>();

  constructor(proposed: readonly ProposedName[]) {
    for (const p of proposed) {
      const name = p.name.trim().replaceAll('`', '');
      const ep = SPLIT_RE.exec(name);
      if (ep) {
        this.endpoints.add(endpointKey(ep[1]!, ep[2]!));
        continue;
      }
      for (const v of variants(name)) this.names.add(v);
      if (p.kind === 'table' || p.kind === 'view' || p.kind === 'queue' || p.kind === 'topic' || p.kind === 'service') {
        for (const v of variants(name)) this.parents.add(v);
      }
      // A new column `orders.refund_id` is also written bare, as `refund_id`.
      if (p.kind === 'column' || p.kind === 'field') {
        const bare = name.split('.').pop()!;
        for (const v of variants(bare)) this.names.add(v);
      }
    }
  }

  get size(): number {
    return this.names.size + this.endpoints.size;
  }

  /** Whether `m` (unknown to the facts) names a declared new thing. */
  matches(m: Mention): boolean {
    const text = m.text.trim();
    const ep = SPLIT_RE.exec(text);
    if (ep) return this.endpoints.has(endpointKey(ep[1]!, ep[2]!));
    if (text.startsWith('/')) {
      const key = pathSegments(text.toLowerCase()).map(normalisePathParam).join('/');
      return [...this.endpoints].some((e) => e.endsWith(` /${key}`));
    }
    if (variants(text).some((v) => this.names.has(v))) return true;
    // `payment_attempts.payment_id`, `public.payment_attempts.id`: a part of a new table.
    const parts = text
      .toLowerCase()
      .replace(/^public\./, '')
      .split('.');
    return parts.length > 1 && variants(parts[0]!).some((v) => this.parents.has(v));
  }
}
