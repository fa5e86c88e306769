// What an architect asks of every HTTP operation beyond its shape: can a client retry it safely
// (idempotency), how does it page, what does it say about rate limits, and what do its errors
// look like. All of it is read from the operation's parameters, response statuses and headers,
// so it is computed from the facts already collected, never guessed.

import type { ErrorFormat, Operation, Pagination, RateLimit } from '../../facts/model.js';

/** Request headers that carry a client-chosen key so a retried write is applied once. */
const IDEMPOTENCY_HEADER = /^(x-)?(idempotency[-_]?(key|token)|idempotent[-_]?key)$/i;

// Query parameters by the paging style they belong to.
const CURSOR = new RegExp(
  '^(cursor|after|before|starting[-_]?after|ending[-_]?before|page[-_]?token|next[-_]?(token|cursor)|' +
    'continuation([-_]?token)?|marker|since[-_]?id|from[-_]?cursor)$',
  'i',
);
const PAGE = /^(page|page[-_]?(number|no|index))$/i;
const OFFSET = /^(offset|skip|start|start[-_]?index)$/i;
const SIZE = /^(limit|per[-_]?page|page[-_]?size|size|max[-_]?results|max[-_]?items|count|first|last|top)$/i;

const RATE_LIMIT_HEADER = /^((x-)?rate-?limit(-[a-z-]+)?|ratelimit(-[a-z-]+)?)$/i;

export function operationTraits(
  o: Operation,
): Partial<Pick<Operation, 'idempotencyKey' | 'pagination' | 'rateLimit' | 'errors'>> {
  const out: Partial<Pick<Operation, 'idempotencyKey' | 'pagination' | 'rateLimit' | 'errors'>> = {};
  const key = o.parameters.find((p) => p.in === 'header' && IDEMPOTENCY_HEADER.test(p.name));
  if (key) out.idempotencyKey = key.name;
  const pagination = paginationOf(o);
  if (pagination) out.pagination = pagination;
  const rateLimit = rateLimitOf(o);
  if (rateLimit) out.rateLimit = rateLimit;
  const errors = errorFormatOf(o);
  if (errors) out.errors = errors;
  return out;
}

function paginationOf(o: Operation): Pagination | undefined {
  const query = o.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const size = query.filter((n) => SIZE.test(n));
  const link = o.responses.some((r) => /^2/.test(r.status) && (r.headers ?? []).some((h) => /^link$/i.test(h)));
  const style = (['cursor', 'page', 'offset'] as const).find((s) =>
    query.some((n) => (s === 'cursor' ? CURSOR : s === 'page' ? PAGE : OFFSET).test(n)),
  );
  // A `Link` header is how GitHub-style APIs page even when the parameters are page numbers:
  // the client is meant to follow the links, so that is the style a client must implement.
  if (link) return { style: 'link', via: ['Link', ...query.filter((n) => PAGE.test(n) || CURSOR.test(n)), ...size] };
  if (!style) return undefined;
  const pattern = style === 'cursor' ? CURSOR : style === 'page' ? PAGE : OFFSET;
  return { style, via: [...query.filter((n) => pattern.test(n)), ...size] };
}

function rateLimitOf(o: Operation): RateLimit | undefined {
  const headers = new Set<string>();
  let retryAfter = false;
  for (const r of o.responses)
    for (const h of r.headers ?? []) {
      if (RATE_LIMIT_HEADER.test(h)) headers.add(h);
      if (/^retry-after$/i.test(h)) retryAfter = true;
    }
  const tooManyRequests = o.responses.some((r) => r.status === '429');
  if (headers.size === 0 && !retryAfter && !tooManyRequests) return undefined;
  return { headers: [...headers].sort(), tooManyRequests, retryAfter };
}

function errorFormatOf(o: Operation): ErrorFormat | undefined {
  const errors = o.responses.filter((r) => /^[45]/.test(r.status) || r.status === 'default');
  if (errors.length === 0) return undefined;
  const schemas = new Set<string>();
  for (const r of errors) if (r.schema && r.schema.type !== 'object') schemas.add(r.schema.type);
  const problemJson = errors.some((r) => r.contentTypes.some((t) => /^application\/problem\+(json|xml)/i.test(t)));
  return { statuses: errors.map((r) => r.status), schemas: [...schemas].sort(), problemJson };
}
