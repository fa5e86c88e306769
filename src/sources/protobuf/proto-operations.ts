import type { ApiSchema, Operation } from '../../facts/model.js';
import type { ProtoDeclaration } from './proto-type-index.js';
import type { FieldTypes } from './proto-schemas.js';

type Service = import('protobufjs').Service;
type Method = import('protobufjs').Method;

const GRPC = ['application/grpc'];

/**
 * A service's rpcs as operations: `rpc:<package.Service>/<Method>`, addressed as gRPC addresses
 * them on the wire (`/shop.v1.OrderService/GetOrder`). What a proto file cannot say (who may call
 * it: gRPC credentials live in code and interceptors) is left empty rather than guessed.
 */
export function operationsOf(
  service: ProtoDeclaration,
  types: FieldTypes,
  schemas: ReadonlyMap<string, ApiSchema>,
): Operation[] {
  const s = service.object as Service;
  const serviceDeprecated = (s.options as { deprecated?: boolean } | undefined)?.deprecated === true;
  const line = (local: string) => service.file.lines.lines.get(local) ?? service.file.lines.packageLine;
  return s.methodsArray.map((m) => {
    const request = types.fullName(m.requestType, service.fullName);
    const response = types.fullName(m.responseType, service.fullName);
    const op: Operation = {
      id: `rpc:${service.fullName}/${m.name}`,
      protocol: 'grpc',
      method: 'RPC',
      path: `/${service.fullName}/${m.name}`,
      operationId: m.name,
      tags: [s.name],
      security: [],
      parameters: [],
      requestBody: { required: true, contentTypes: GRPC, schema: { type: request } },
      responses: [{ status: 'OK', contentTypes: GRPC, schema: { type: response } }],
      deprecated: serviceDeprecated || (m.options as { deprecated?: boolean } | undefined)?.deprecated === true,
      spec: `spec:${service.file.file}`,
      source: { file: service.file.file, line: line(`${service.localName}.${m.name}`) },
    };
    const summary = firstLine(m.comment);
    if (summary) op.summary = summary;
    const streaming = streamingOf(m);
    if (streaming) op.streaming = streaming;
    const extensions = optionsOf(m);
    if (extensions) op.extensions = extensions;
    const pagination = paginationOf(schemas.get(request), schemas.get(response));
    if (pagination) op.pagination = pagination;
    const requestId = schemas.get(request)?.properties.find((p) => p.name === 'request_id' && p.type === 'string');
    if (requestId) op.idempotencyKey = requestId.name;
    return op;
  });
}

function streamingOf(m: Method): Operation['streaming'] {
  if (m.requestStream && m.responseStream) return 'bidirectional';
  if (m.requestStream) return 'client';
  if (m.responseStream) return 'server';
  return undefined;
}

/**
 * The rpc's options but `deprecated` (already a fact), as written: `(google.api.http)` carries
 * the REST mapping grpc-gateway serves, `idempotency_level` whether a retry is safe.
 */
function optionsOf(m: Method): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const entry of (m.parsedOptions ?? []) as Record<string, unknown>[])
    for (const [key, value] of Object.entries(entry)) if (key !== 'deprecated') out[key] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Google's API design guide (AIP-158): `page_token` in, `next_page_token` out. */
function paginationOf(request?: ApiSchema, response?: ApiSchema): Operation['pagination'] {
  const has = (s: ApiSchema | undefined, name: string) => s?.properties.some((p) => p.name === name) ?? false;
  if (!has(request, 'page_token') || !has(response, 'next_page_token')) return undefined;
  const size = ['page_size', 'max_page_size'].filter((n) => has(request, n));
  return { style: 'cursor', via: ['page_token', ...size] };
}

function firstLine(comment: string | null | undefined): string | undefined {
  const line = comment
    ?.split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return line || undefined;
}
