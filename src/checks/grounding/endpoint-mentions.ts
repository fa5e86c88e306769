import type { Existence } from './grounding-types.js';
import type { KnownFacts } from './known-facts.js';

// HTTP endpoints: `METHOD /path` or `METHOD https://host/path`, in prose, code spans and code.

export const METHODS = 'GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE|QUERY';
/** `METHOD /path` or `METHOD https://host/path` anywhere in a text. */
const BACKTICK = '`';
export const ENDPOINT_RE = new RegExp(
  String.raw`\b(${METHODS})\s+` + String.raw`((?:https?:\/\/[^\s/${BACKTICK}'"<>]+)?\/[^\s${BACKTICK}'"\[\]()|,;]*)`,
  'g',
);

/** The path of a `METHOD path` match, trailing punctuation dropped; undefined when it is not a path. */
export function endpointPath(written: string): string | undefined {
  let path = written;
  if (!/(\.\.\.|…)$/.test(path)) path = path.replace(/[.:!?'"]+$/, '');
  const url = /^https?:\/\/[^/]+(\/.*)?$/.exec(path);
  if (url) return url[1] ?? '/';
  return path.startsWith('/') ? path : undefined;
}

/** Whether an operation answers `method path` (method undefined: any method). */
export function endpointExists(known: KnownFacts, method: string | undefined, path: string): Existence {
  const op = known.index.operations.find(method, path);
  return { known: op !== undefined, ...(op ? { id: op.id } : {}) };
}
