// Finds the host names an environment variable's value points at.
//
// `DATABASE_URL=postgres://app:secret@db:5432/shop` says the service talks to `db`; so does
// `REDIS_ADDR=cache:6379` and `KAFKA_BROKERS=kafka-1:9092,kafka-2:9092`. These are the edges
// people draw by hand on architecture diagrams, and the config already states them. Only the
// host is returned: credentials in the value never leave this function.

/** Variable names whose bare value (no scheme, no port) is a host name by convention. */
const HOST_VARIABLE = /(?:^|_)(?:HOST|HOSTS|HOSTNAME|ADDR|ADDRESS|SERVER|SERVERS|ENDPOINT|BROKERS?)$/i;

const URL_AUTHORITY = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#\s]*@)?([^/?#\s]+)/i;
const HOST_PORT = /^([a-z0-9][a-z0-9_.-]*):(\d{1,5})(?:\/\S*)?$/i;
const BARE_HOST = /^[a-z0-9][a-z0-9_.-]*$/i;

/**
 * Lower-cased host names found in `value`: from URLs (`scheme://[user@]host[:port]`), from
 * `host:port` tokens, and, when the variable's name says it holds a host (`DB_HOST`), from a
 * bare name. Lists separated by commas, semicolons or spaces are split first.
 */
export function hostsInEnvValue(name: string, value: string): string[] {
  const hosts = new Set<string>();
  for (const token of value.split(/[\s,;]+/)) {
    if (token === '') continue;
    const url = URL_AUTHORITY.exec(token);
    // An interpolated password (`postgres://u:${DB_PASSWORD}@db:5432`) still names its host;
    // an interpolated host does not.
    if (url && !url[1]!.includes('${')) {
      // The authority may itself be a list (`mongodb://a:27017,b:27017` was split above, so only one here).
      const host = stripPort(url[1]!);
      if (host) hosts.add(host);
      continue;
    }
    if (url || token.includes('${')) continue; // interpolated: the host is not known here
    const hostPort = HOST_PORT.exec(token);
    if (hostPort) {
      hosts.add(hostPort[1]!.toLowerCase());
      continue;
    }
    if (HOST_VARIABLE.test(name) && BARE_HOST.test(token)) hosts.add(token.toLowerCase());
  }
  return [...hosts];
}

function stripPort(authority: string): string | undefined {
  if (authority.startsWith('[')) return undefined; // an IPv6 literal never names a service
  const host = authority.replace(/:\d*$/, '').toLowerCase();
  return host === '' ? undefined : host;
}
