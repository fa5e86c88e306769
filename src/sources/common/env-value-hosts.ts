// Finds the host names an environment variable's value points at.
//
// `DATABASE_URL=postgres://app:secret@db:5432/shop` says the service talks to `db`; so does
// `REDIS_ADDR=cache:6379` and `KAFKA_BROKERS=kafka-1:9092,kafka-2:9092`. These are the edges
// people draw by hand on architecture diagrams, and the config already states them. Only the
// host, the URL scheme and the port are returned: credentials, paths and query strings in the
// value never leave this module.

import type { EnvHost } from '../../facts/model.js';

/** Variable names whose bare value (no scheme, no port) is a host name by convention. */
const HOST_VARIABLE = /(?:^|_)(?:HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|SERVER|SERVERS|ENDPOINT|BROKERS?)$/i;

const URL_AUTHORITY = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9_.-]*):(\d{1,5})(?:\/\S*)?$/i;
const BARE_HOST = /^[a-z0-9][a-z0-9_.-]*$/i;

/**
 * Lower-cased host names found in `value`: from URLs (`scheme://[user@]host[:port]`), from
 * `host:port` tokens, and, when the variable's name says it holds a host (`DB_HOST`), from a
 * bare name. Lists separated by commas, semicolons or spaces are split first.
 */
export function hostsInEnvValue(name: string, value: string): string[] {
  return [...new Set(envHostsInValue(name, value).map((h) => h.host))];
}

/**
 * The same hosts as `hostsInEnvValue`, each with the URL's lower-cased scheme and the port when
 * the value states them (`postgres://…@db:5432/x` → `db`, `postgres`, 5432). One entry per
 * distinct host, scheme and port, in the order the value names them.
 */
export function envHostsInValue(name: string, value: string): EnvHost[] {
  const found = new Map<string, EnvHost>();
  const add = (host: string, scheme?: string, port?: number) => {
    const entry: EnvHost = { variable: name, host };
    if (scheme !== undefined) entry.scheme = scheme;
    if (port !== undefined) entry.port = port;
    found.set(`${host}\u0000${scheme ?? ''}\u0000${port ?? ''}`, entry);
  };
  for (const token of value.split(/[\s,;]+/)) {
    if (token === '') continue;
    const url = URL_AUTHORITY.exec(token);
    // An interpolated password (`postgres://u:${DB_PASSWORD}@db:5432`) still names its host;
    // an interpolated host does not.
    if (url && !url[2]!.includes('${')) {
      // The authority may itself be a list (`mongodb://a:27017,b:27017` was split above, so only one here).
      const authority = splitAuthority(url[2]!);
      if (authority) add(authority.host, url[1]!.toLowerCase(), authority.port);
      continue;
    }
    if (url || token.includes('${')) continue; // interpolated: the host is not known here
    const hostPort = HOST_PORT.exec(token);
    if (hostPort) {
      add(hostPort[1]!.toLowerCase(), undefined, portNumber(hostPort[2]!));
      continue;
    }
    if (HOST_VARIABLE.test(name) && BARE_HOST.test(token)) add(token.toLowerCase());
  }
  return [...found.values()];
}

function splitAuthority(authority: string): { host: string; port?: number } | undefined {
  if (authority.startsWith('[')) return undefined; // an IPv6 literal never names a service
  const match = /^(.*?)(?::(\d*))?$/.exec(authority)!;
  const host = match[1]!.toLowerCase();
  if (host === '') return undefined;
  const port = match[2] ? portNumber(match[2]) : undefined;
  return port === undefined ? { host } : { host, port };
}

function portNumber(text: string): number | undefined {
  const port = Number(text);
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}
