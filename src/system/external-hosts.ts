// Which hosts named in configuration are outside the system, and what the well-known ones are.
//
// An environment value that names `https://api.stripe.com` says the service calls Stripe: that is
// an integration an architect draws on the context diagram. Hosts that are not a component here and
// are not local (localhost, an IP literal, cluster DNS, a bare single-label name) are external.

/** Well-known integration hosts: a suffix match gives the technology and what it is for. */
const KNOWN_HOSTS: Array<[RegExp, string, string]> = [
  [/(^|\.)stripe\.com$/, 'stripe', 'payments'],
  [/(^|\.)paypal\.com$/, 'paypal', 'payments'],
  [/(^|\.)braintreegateway\.com$/, 'braintree', 'payments'],
  [/(^|\.)adyen\.com$/, 'adyen', 'payments'],
  [/(^|\.)sendgrid\.(net|com)$/, 'sendgrid', 'email'],
  [/(^|\.)mailgun\.(net|org)$/, 'mailgun', 'email'],
  [/(^|\.)postmarkapp\.com$/, 'postmark', 'email'],
  [/^email(-smtp)?\.[a-z0-9-]+\.amazonaws\.com$/, 'ses', 'email'],
  [/(^|\.)twilio\.com$/, 'twilio', 'messaging'],
  [/(^|\.)slack\.com$/, 'slack', 'messaging'],
  [/(^|\.)auth0\.com$/, 'auth0', 'identity'],
  [/(^|\.)okta\.com$/, 'okta', 'identity'],
  [/(^|\.)accounts\.google\.com$|(^|\.)googleapis\.com$/, 'google', 'cloud api'],
  [/(^|\.)login\.microsoftonline\.com$/, 'entra-id', 'identity'],
  [/(^|\.)github\.com$/, 'github', 'source control'],
  [/(^|\.)segment\.(io|com)$/, 'segment', 'analytics'],
  [/(^|\.)mixpanel\.com$/, 'mixpanel', 'analytics'],
  [/(^|\.)google-analytics\.com$/, 'google-analytics', 'analytics'],
  [/(^|\.)sentry\.io$/, 'sentry', 'error tracking'],
  [/(^|\.)datadoghq\.(com|eu)$/, 'datadog', 'monitoring'],
  [/(^|\.)newrelic\.com$/, 'newrelic', 'monitoring'],
  [/(^|\.)honeycomb\.io$/, 'honeycomb', 'tracing'],
  [/(^|\.)openai\.com$/, 'openai', 'ai api'],
  [/(^|\.)anthropic\.com$/, 'anthropic', 'ai api'],
  [/^sqs\.[a-z0-9-]+\.amazonaws\.com$/, 'sqs', 'queue'],
  [/(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com$/, 's3', 'object storage'],
  [/(^|\.)amazonaws\.com$/, 'aws', 'cloud api'],
];

/** Suffixes of names that resolve inside a cluster or a private network. */
const INTERNAL_SUFFIXES =
  /\.(svc|svc\.cluster\.local|cluster\.local|local|internal|localdomain|lan|home|test|invalid)$/;

/** Hosts no reader would call external: loopback, wildcard binds, IP literals, one-label names. */
export function isExternalHost(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost') || h === '0.0.0.0') return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(h)) return false;
  if (!h.includes('.')) return false;
  if (INTERNAL_SUFFIXES.test(h)) return false;
  if (h.includes('${') || h.includes('{{') || h.includes('%')) return false;

  // A `service.namespace` name (`redis.default`) is resolved to a component before this is asked.
  return /\.[a-z]{2,24}$/.test(h);
}

/** What a well-known host is: `{ technology: 'stripe', purpose: 'payments' }`. */
export function knownHost(host: string): { technology: string; purpose: string } | undefined {
  const h = host.toLowerCase();
  for (const [pattern, technology, purpose] of KNOWN_HOSTS) if (pattern.test(h)) return { technology, purpose };
  return undefined;
}

/** What an integration of a known technology is for (`stripe` → `payments`). */
export function technologyPurpose(technology: string | undefined): string | undefined {
  return technology ? KNOWN_HOSTS.find(([, t]) => t === technology)?.[2] : undefined;
}
