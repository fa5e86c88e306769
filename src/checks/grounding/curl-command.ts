import { METHODS } from './endpoint-mentions.js';
import type { KnownFacts } from './known-facts.js';
import { shellTokens } from './shell-tokens.js';

// curl lines: the endpoints they call on this API. The method comes from `-X`/`--request`, else
// `-I` means HEAD and a body flag means POST, else GET.

const EXPLICIT_METHOD_RE = new RegExp(`(?:-X|--request)\\s*["']?(${METHODS})\\b`);
const BODY_FLAG_RE = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|--json|-F|--form)\b/;
const LOCAL_HOSTS = ['localhost', '127.0.0.1', '0.0.0.0'];

/**
 * Endpoints a curl line calls on this API: a URL on a server host, on localhost or a component
 * (on a known port, or none given), or `$VAR/…`.
 */
export function curlEndpoints(known: KnownFacts, line: string): { method: string; path: string }[] {
  const explicit = EXPLICIT_METHOD_RE.exec(line)?.[1];
  const implied = /(?:^|\s)(?:-I|--head)\b/.test(line) ? 'HEAD' : BODY_FLAG_RE.test(line) ? 'POST' : 'GET';
  const method = explicit ?? implied;
  const { operations, components } = known.index;
  const found: { method: string; path: string }[] = [];
  for (const t of shellTokens(line)) {
    const url = /^(?:https?:\/\/)?([A-Za-z0-9.-]+)(?::(\d+))?(\/[^\s?#]*)?/.exec(t.text);
    const viaVar = /^\$\{?\w+\}?(\/[^\s?#]*)/.exec(t.text);
    let path: string | undefined;
    if (viaVar) path = viaVar[1];
    else if (url?.[3] && /^https?:\/\/|^[A-Za-z0-9.-]+(:\d+)?\//.test(t.text)) {
      const host = url[1]!.toLowerCase();
      const port = url[2] ? Number(url[2]) : undefined;
      const local =
        LOCAL_HOSTS.includes(host) ||
        components.composeService(host) !== undefined ||
        components.exactReference(host) !== undefined;
      if (operations.isServerHost(host) || (local && (port === undefined || components.hasPort(port)))) path = url[3];
    }
    if (path) found.push({ method, path: path.replace(/[.,;:)]+$/, '') });
  }
  return found;
}
