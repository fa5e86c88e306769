import { type ApiChange, type ApiFacts, type ApiProtocol, type InputFile, protocolOf } from '../model.js';
import { asyncChanges } from './async-changes.js';
import { graphqlChanges } from './graphql-changes.js';
import { openApiChanges } from './openapi-changes.js';
import { protobufChanges } from './protobuf-changes.js';

// The API change summary between a change base and now. Each protocol has its own rules, named
// as the tool its users already run names them (oasdiff, buf breaking, graphql-js); each rule
// set sees only its own protocol's operations and schemas, so a new protocol is one file and one
// line here.

/**
 * The files each side read (the fact model's `inputs`), when known. Facts alone cannot tell a
 * contract file that was emptied but kept from one that was deleted.
 */
export interface FilesRead {
  before: string[];
  after: string[];
}

/** A protocol's rules: what changed from `before` to `after`, both holding that protocol's facts only. */
export type ApiChangeRules = (before: ApiFacts, after: ApiFacts, read?: FilesRead) => ApiChange[];

const RULES: Partial<Record<ApiProtocol, ApiChangeRules>> = {
  http: openApiChanges,
  graphql: graphqlChanges,
  grpc: protobufChanges,
  async: asyncChanges,
};

const LEVEL_RANK: Record<ApiChange['level'], number> = { error: 0, warning: 1, info: 2 };

export function apiChanges(
  before: ApiFacts,
  after: ApiFacts,
  inputs?: { before: InputFile[]; after: InputFile[] },
): ApiChange[] {
  const read = inputs && { before: inputs.before.map((i) => i.file), after: inputs.after.map((i) => i.file) };
  const out: ApiChange[] = [];
  for (const [protocol, rules] of Object.entries(RULES) as [ApiProtocol, ApiChangeRules][])
    out.push(...rules(onlyProtocol(before, protocol), onlyProtocol(after, protocol), read));
  // Errors first, then by what they are about: the same two inputs always give the same list.
  return out.sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      compareText(a.id, b.id) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

function onlyProtocol(api: ApiFacts, protocol: ApiProtocol): ApiFacts {
  const of = (x: { protocol?: ApiProtocol }) => protocolOf(x) === protocol;
  return {
    specs: api.specs.filter(of),
    operations: api.operations.filter(of),
    securitySchemes: protocol === 'http' ? api.securitySchemes : [],
    schemas: (api.schemas ?? []).filter(of),
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
