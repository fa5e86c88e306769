import type { ApiFacts, Operation } from '../model.js';
import { normalisePathParam, pathSegments, segmentMatches } from './api-paths.js';

interface IndexedOperation {
  operation: Operation;
  /** The path's segments, parameters normalised to `{}`. */
  segments: string[];
}

/** A server URL's host (with any port) and path; either may be missing (`/v1`, `https://h`). */
export function serverParts(server: string): { host?: string; path: string } {
  const m = /^(?:[A-Za-z{}][\w+.{}-]*:\/\/([^/]*))?(\/[^?#]*)?/.exec(server);
  return { ...(m?.[1] ? { host: m[1] } : {}), path: m?.[2] ?? '' };
}

/**
 * Operations by method and path, matched the way a reader means a written path: parameter names
 * do not matter, a concrete value (`/orders/42`) matches a parameter, a server base path (`/v1`)
 * may be included or left out, and `/x/*` or `/x/...` stands for every operation below `/x`.
 */
export class OperationIndex {
  private readonly operations: IndexedOperation[] = [];
  /** The servers' path prefixes (`/v1` → `['v1']`), each once. */
  private readonly basePaths: string[][] = [];
  /** The servers' host names, lower-case, without the port. */
  private readonly hosts = new Set<string>();
  /** The operations' first path segments: a bare `/orders` in the text is then an API path. */
  private readonly firstSegments = new Set<string>();

  constructor(api: ApiFacts) {
    for (const spec of api.specs) {
      for (const server of spec.servers) {
        const { host, path } = serverParts(server);
        if (host) this.hosts.add(host.toLowerCase().replace(/:\d+$/, ''));
        const base = pathSegments(path);
        const known = this.basePaths.some((b) => b.join('/') === base.join('/'));
        if (base.length > 0 && !known) this.basePaths.push(base);
      }
    }
    for (const operation of api.operations) {
      const segments = pathSegments(operation.path).map(normalisePathParam);
      this.operations.push({ operation, segments });
      if (segments[0] && segments[0] !== '{}') this.firstSegments.add(segments[0]);
    }
  }

  /** The operation a `METHOD path` names (method undefined: any method), or undefined. */
  find(method: string | undefined, writtenPath: string): Operation | undefined {
    let path = writtenPath.replace(/[?#].*$/s, '');
    let prefix = false;
    const wild = /(?:\/\*+|\*+|\.\.\.|…)$/.exec(path);
    if (wild) {
      prefix = true;
      path = path.slice(0, wild.index);
    }
    const segments = pathSegments(path).map(normalisePathParam);
    const candidates = [segments];
    for (const base of this.basePaths) {
      if (base.length <= segments.length && base.every((b, i) => b === segments[i])) {
        candidates.push(segments.slice(base.length));
      }
    }
    for (const candidate of candidates) {
      for (const { operation, segments: spec } of this.operations) {
        if (method !== undefined && operation.method !== method) continue;
        if (prefix ? spec.length < candidate.length : spec.length !== candidate.length) continue;
        if (candidate.every((s, i) => segmentMatches(spec[i]!, s))) return operation;
      }
    }
    return undefined;
  }

  /** A path of this API rather than a file: it has a parameter, an API first segment or a base path. */
  isApiPath(path: string): boolean {
    const segments = pathSegments(path.replace(/[?#].*$/s, ''));
    if (segments.some((s) => normalisePathParam(s).includes('{}'))) return true;
    if (segments[0] && this.firstSegments.has(segments[0])) return true;
    return this.basePaths.some((b) => b.length < segments.length && b.every((x, i) => x === segments[i]));
  }

  /** A host one of the servers is on (lower-case, no port). */
  isServerHost(host: string): boolean {
    return this.hosts.has(host);
  }
}
