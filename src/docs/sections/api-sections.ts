import { type ApiProtocol, type Operation, protocolOf } from '../../facts/model.js';
import { inlineCode, emphasis, heading, joined, paragraph, tableNode, type Inline, type Section } from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

const PROTOCOL_TITLE: Record<ApiProtocol, string> = {
  http: 'HTTP (OpenAPI)',
  grpc: 'gRPC (Protocol Buffers)',
  graphql: 'GraphQL',
  async: 'Events (AsyncAPI)',
};
const PROTOCOL_ORDER: ApiProtocol[] = ['http', 'grpc', 'graphql', 'async'];
/** A spec with more operations than this, and more than one tag, is listed tag by tag. */
const GROUP_BY_TAG_ABOVE = 12;

export function apiSpecs(ctx: SectionContext): Section {
  const { specs } = ctx.facts.api;
  if (specs.length === 0)
    return [paragraph(emphasis('No API contract (OpenAPI, protobuf, GraphQL, AsyncAPI) was found.'))];
  const ordered = [...specs].sort(
    (a, b) => PROTOCOL_ORDER.indexOf(protocolOf(a)) - PROTOCOL_ORDER.indexOf(protocolOf(b)),
  );
  return [
    tableNode(
      ['API', 'Protocol', 'Version', 'Format', 'Servers', 'Operations', 'Source'],
      ordered.map((s) => [
        [s.title || s.file],
        [PROTOCOL_TITLE[protocolOf(s)]],
        [s.version || '—'],
        [s.specVersion],
        s.servers.length ? joined(s.servers.map(inlineCode)) : ['—'],
        [String(ctx.facts.api.operations.filter((o) => o.spec === s.id).length)],
        [sourceLink(ctx, s.source, s.file)],
      ]),
    ),
  ];
}

export function apiEndpoints(ctx: SectionContext): Section {
  const { specs, operations } = ctx.facts.api;
  if (operations.length === 0) return [paragraph(emphasis('No operations are defined.'))];
  const out: Section = [];
  const protocols = PROTOCOL_ORDER.filter((p) => specs.some((s) => protocolOf(s) === p));
  for (const protocol of protocols) {
    if (protocols.length > 1) out.push(heading(3, PROTOCOL_TITLE[protocol]));
    const ofProtocol = specs.filter((s) => protocolOf(s) === protocol);
    for (const spec of ofProtocol) {
      const ops = operations.filter((o) => o.spec === spec.id);
      if (ops.length === 0) continue;
      if (ofProtocol.length > 1 || protocols.length > 1) out.push(heading(4, spec.title || spec.file));
      const tags = [...new Set(ops.map((o) => o.tags[0] ?? ''))];
      if (ops.length > GROUP_BY_TAG_ABOVE && tags.length > 1) {
        for (const tag of tags.sort()) {
          out.push(paragraph(emphasis(tag === '' ? 'Untagged' : tag)));
          out.push(
            operationTable(
              ctx,
              protocol,
              ops.filter((o) => (o.tags[0] ?? '') === tag),
            ),
          );
        }
      } else out.push(operationTable(ctx, protocol, ops));
    }
  }
  return out;
}

function operationTable(ctx: SectionContext, protocol: ApiProtocol, ops: Operation[]): Section[number] {
  const source = (o: Operation) => [sourceLink(ctx, o.source, `L${o.source.line}`)];
  const name = (o: Operation) => (o.deprecated ? [inlineCode(o.path), ' (deprecated)'] : [inlineCode(o.path)]);
  const shape = (r?: { type: string }) => (r ? inlineCode(r.type) : '—');
  switch (protocol) {
    case 'grpc':
      return tableNode(
        ['RPC', 'Request', 'Response', 'Streaming', 'Source'],
        ops.map((o) => [
          name(o),
          [shape(o.requestBody?.schema)],
          [shape(o.responses[0]?.schema)],
          [o.streaming ?? 'unary'],
          source(o),
        ]),
      );
    case 'graphql':
      return tableNode(
        ['Field', 'Arguments', 'Returns', 'Paging', 'Auth', 'Source'],
        ops.map((o) => [
          name(o),
          o.parameters.length ? joined(o.parameters.map((p) => inlineCode(`${p.name}: ${p.type ?? '?'}`))) : ['—'],
          [shape(o.responses[0]?.schema)],
          [o.pagination?.style ?? '—'],
          authCell(o),
          source(o),
        ]),
      );
    case 'async':
      return tableNode(
        ['Action', 'Channel', 'Messages', 'Source'],
        ops.map((o) => [
          [inlineCode(o.method.toLowerCase())],
          name(o),
          o.messages?.length ? joined(o.messages.map((m) => inlineCode(m.name))) : ['—'],
          source(o),
        ]),
      );
    default:
      return tableNode(
        ['Method', 'Path', 'Operation', 'Auth', 'Responses', 'Contract', 'Source'],
        ops.map((o) => [
          [inlineCode(o.method)],
          name(o),
          [o.operationId ? inlineCode(o.operationId) : '—', ...(o.summary ? [` ${o.summary}`] : [])],
          authCell(o),
          [o.responses.map((r) => r.status).join(' ') || '—'],
          [contractTraits(o)],
          source(o),
        ]),
      );
  }
}

/** What a client must know to call it well: paging, idempotent retries, rate limits, error format. */
function contractTraits(o: Operation): string {
  const traits: string[] = [];
  if (o.pagination) traits.push(`pages by ${o.pagination.style} (${o.pagination.via.join(', ')})`);
  if (o.idempotencyKey) traits.push(`idempotency key ${o.idempotencyKey}`);
  if (o.rateLimit)
    traits.push(
      o.rateLimit.tooManyRequests
        ? `429 on rate limit${o.rateLimit.retryAfter ? ' with Retry-After' : ''}`
        : 'rate-limit headers',
    );
  if (o.errors?.problemJson) traits.push('problem+json errors');
  if (o.callbacks?.length) traits.push(`callbacks: ${o.callbacks.length}`);
  return traits.join('; ') || '—';
}

/** `public`, a scheme, or alternatives of schemes ("a + b" all required, "or" between alternatives). */
function authCell(o: Operation): Inline[] {
  if (protocolOf(o) !== 'http' && o.security.length === 0) return ['—'];
  if (o.security.length === 0 || o.security.some((alt) => alt.length === 0)) return ['public'];
  return joined(o.security.map((alt) => alt.join(' + ')).map(inlineCode), ' or ');
}

export function apiSecuritySchemes(ctx: SectionContext): Section {
  const { securitySchemes, operations } = ctx.facts.api;
  if (securitySchemes.length === 0) {
    const silent = operations.some((o) => protocolOf(o) !== 'http');
    // A proto file or an SDL has no place to declare credentials: saying "none declared" alone would read as "open".
    return [
      paragraph(
        emphasis(
          silent
            ? 'No security schemes are declared. gRPC, GraphQL and AsyncAPI contracts do not say who may call ' +
                'them: credentials are checked in code (interceptors, middleware), which these sources do not show.'
            : 'No security schemes are declared.',
        ),
      ),
    ];
  }
  // Only OpenAPI says who may call an operation; a proto or an SDL is silent, not public.
  const publicOps = operations.filter(
    (o) => protocolOf(o) === 'http' && (o.security.length === 0 || o.security.some((alt) => alt.length === 0)),
  );
  const out: Section = [
    tableNode(
      ['Scheme', 'Type', 'Detail', 'Used by', 'Source'],
      securitySchemes.map((s) => [
        [inlineCode(s.name)],
        [s.type],
        [s.detail ?? '—'],
        [
          `${operations.filter((o) => o.spec === s.spec && o.security.some((alt) => alt.includes(s.name))).length}` +
            ' operations',
        ],
        [sourceLink(ctx, s.source, `${s.source.file}:${s.source.line}`)],
      ]),
    ),
  ];
  if (publicOps.length > 0) {
    out.push(
      paragraph(
        'Operations that need no credentials: ',
        ...joined(publicOps.map((o) => inlineCode(`${o.method} ${o.path}`))),
        '.',
      ),
    );
  }
  return out;
}
