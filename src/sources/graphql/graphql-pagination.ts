import type { Pagination, Parameter } from '../../facts/model.js';
import type { MergedType } from './collect-types.js';

// How a GraphQL field pages: a Relay connection (its result type is a `…Connection` with
// `pageInfo` and `edges` or `nodes`), else what its argument names say (`after`, `page`, `offset`).

const CONNECTION_ARGS = ['first', 'after', 'last', 'before'];
const CURSOR_ARGS = new Set(['cursor', 'after', 'before', 'startingafter', 'nexttoken', 'pagetoken']);
const PAGE_ARGS = new Set(['page', 'pagenumber']);
const OFFSET_ARGS = new Set(['offset', 'skip']);
const SIZE_ARGS = new Set(['limit', 'first', 'last', 'take', 'count', 'size', 'pagesize', 'perpage']);

export function paginationOf(
  args: Parameter[],
  resultType: string,
  types: ReadonlyMap<string, MergedType>,
): Pagination | undefined {
  const result = types.get(resultType);
  if (result && /Connection$/.test(resultType) && isConnection(result))
    return { style: 'connection', via: CONNECTION_ARGS.filter((name) => args.some((a) => a.name === name)) };
  const named = (set: Set<string>) =>
    args.filter((a) => set.has(a.name.toLowerCase().replace(/_/g, ''))).map((a) => a.name);
  const sizes = named(SIZE_ARGS);
  for (const [style, set] of [
    ['cursor', CURSOR_ARGS],
    ['page', PAGE_ARGS],
    ['offset', OFFSET_ARGS],
  ] as const) {
    const carriers = named(set);
    if (carriers.length > 0) return { style, via: [...carriers, ...sizes] };
  }
  return undefined;
}

function isConnection(type: MergedType): boolean {
  const fields = new Set(type.parts.flatMap((p) => p.fields.map((f) => f.name.value)));
  return fields.has('pageInfo') && (fields.has('edges') || fields.has('nodes'));
}
