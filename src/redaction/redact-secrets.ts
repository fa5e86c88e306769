/**
 * Secret redaction for repository text before it is sent to a model.
 *
 * Repository content is untrusted and may hold live credentials. Every piece of repository text
 * that goes into a prompt passes through `redactSecrets` first. A redacted span becomes
 * `[REDACTED:<rule>]`; every other byte is kept, and no newline is ever added or removed, so line
 * numbers quoted back by the model still point at the right line (a multi-line PEM block or YAML
 * block scalar keeps its line count: each line's content is replaced).
 *
 * Two families of rules:
 * - Token patterns that identify a secret on their own (AWS access key ids, GitHub/Slack/Stripe/
 *   Google/Anthropic/OpenAI/npm/… tokens, JWTs, PEM private keys, passwords in URLs, webhook URLs,
 *   `Authorization:` header values).
 * - Context rules: a literal value assigned to a sensitive name (`db_password: x`, `"apiKey": "x"`,
 *   `SECRET_KEY=x`, `password = "x"`), Kubernetes env `name: DB_PASSWORD` / `value: x` pairs,
 *   Terraform `variable "db_password" { default = "x" }` (or `sensitive = true`), CloudFormation
 *   style `DbPassword: { Default: x }`, every value under `data:`/`stringData:` of a Kubernetes
 *   `kind: Secret`, and SQL `PASSWORD '…'` / `IDENTIFIED BY '…'`.
 *
 * Deliberately NOT redacted, because they are wiring the docs must show and not secrets:
 * - empty values, booleans, null, `read`/`write` (Actions permissions), numbers of at most five
 *   digits (`password_min_length: 12`), type names (`password: string`, `token: Token`), prose;
 * - references and templates: `${DB_PASSWORD}`, `$(cat x)`, `{{ .Values.x }}`, `${{ secrets.X }}`,
 *   `var.db_password`, `random_password.db.result`, `!Ref DbPassword`, `secretKeyRef`/`valueFrom`
 *   blocks, ALL_CAPS env var names, code (`process.env.X`, `getToken()`, `new Auth({`, a bare
 *   identifier in a JS object), file paths (`/run/secrets/db_password`), `arn:aws:…`, `vault:…`;
 *   for `${VAR:-literal}` (and Spring's `${prop:literal}`) only the literal default is redacted;
 * - placeholders and dummies: `<password>`, `changeme`, `changeit`, `replace-me`, `your-api-key-here`,
 *   masked values (`xxxxxx`, `****`, `aio_XXXXXXXX`), and a value that is only a secret's name
 *   (`token: "TOKEN"`, `apiKey: 'my-api-key'`, `postgres://user:password@host`);
 * - keys whose last word is not the secret (`token_url`, `password_min_length`, `secretName`,
 *   `privateKeyPath`, `DB_PASSWORD_FILE`, `passwordKey`) or that point at a secret
 *   (`from_secret`, `existingSecret`, `secret_arn`);
 * - public material: certificates and public keys, `securitySchemes` header names (`name: X-Api-Key`).
 *
 * Known gaps (not redacted): a bare high-entropy string with no telling name, prefix or nearby AWS
 * key id; secrets in escaped JSON-inside-a-string (`\"password\": \"x\"`); Kubernetes Secrets
 * written as JSON or nested in a `List`; Terraform `.tf.json` and object-valued defaults;
 * `.pgpass` lines; `-p` flags other than mysql and `docker login`; passwords inside YAML flow
 * mappings written as bare words without digits (`{user: a, password: hunter}`, read as code);
 * values that are dotted identifier chains (`password: my.pass.word`, read as a reference).
 *
 * Performance: linear in the input. Regexes have bounded quantifiers and a literal or single-class
 * start; line lookups use a table of newline offsets built once; every forward/backward scan
 * (block scalars, sibling `value:` keys, Terraform blocks) is capped. The GitHub REST OpenAPI
 * description (13 MB of JSON) redacts in about 0.4 s on one core.
 *
 * Layout: `rules.ts` lists the rule ids and runs the rule scans in order; each rule (family) has
 * its own file; `key-names.ts` decides which keys are sensitive and `non-secret-values.ts` which
 * of their values stay visible; `scanner.ts` holds the spans found and the line lookups;
 * `apply-spans.ts` merges the spans and writes the markers.
 */

import { applySpans } from './apply-spans.js';
import { nearAwsKeyId } from './aws-secrets-near-key-ids.js';
import { BOOL_NULL, DUMMY, isReference } from './non-secret-values.js';
import { redactionMarker, type RedactionResult } from './redaction-result.js';
import { RULE_SCANS, type ScanContext } from './rules.js';
import { Scanner } from './scanner.js';

export { classifyKey, type KeyClass } from './key-names.js';
export { type Redaction, redactionMarker, type RedactionResult } from './redaction-result.js';
export { REDACTION_RULES, type RedactionRule } from './rules.js';

/**
 * Redact secrets from repository text. `file` (a repo-relative path) is accepted for diagnostics
 * and future file-type specific rules; every rule currently runs on every file, since secrets
 * turn up in any kind of file (SQL inside Go, YAML inside Markdown, JSON inside YAML).
 */
export function redactSecrets(text: string, file?: string): RedactionResult {
  void file;
  if (text.length === 0) return { text, redactions: [] };
  const s = new Scanner(text);
  const awsKeyIds: number[] = [];
  const ctx: ScanContext = { awsKeyIds, nearAws: nearAwsKeyId(awsKeyIds) };
  for (const rule of RULE_SCANS) {
    if (rule.appliesTo && !rule.appliesTo(text)) continue;
    rule.scan(s, ctx);
  }
  return applySpans(text, s.spans);
}

/**
 * Redact one configuration value already known to be sensitive (for example the value of an
 * input named `*_password`). References and placeholders (`${DB_PASSWORD}`, `{{ … }}`, `<token>`,
 * `var.x`, `changeme`), empty values, booleans and null stay visible; a URL keeps everything but
 * its password; anything else becomes `[REDACTED:sensitive-value]` (newlines are preserved).
 */
export function redactValue(value: string): string {
  const v = value.trim();
  if (v.length === 0 || BOOL_NULL.test(v) || DUMMY.test(v) || isReference(v, true)) return value;
  if (/^[a-z][a-z0-9+.-]{0,30}:\/\//i.test(v) && !/\n/.test(value)) {
    const r = redactSecrets(value);
    if (r.redactions.length > 0) return r.text;
  }
  const lines = value.split('\n');
  return lines.map((l) => (l.trim() === '' ? l : redactionMarker('sensitive-value'))).join('\n');
}
