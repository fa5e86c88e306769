/**
 * Every rule id a redaction can be reported under, and the order the rule scans run in. The order
 * only decides which of two overlapping findings of equal priority names the redaction.
 */

import { scanAssignments } from './assignments.js';
import { scanAuthorizationHeaders } from './authorization-headers.js';
import { scanAwsSecretsNearKeyIds } from './aws-secrets-near-key-ids.js';
import { scanCliCredentials } from './cli-credentials.js';
import { scanJwts } from './jwts.js';
import { scanKubernetesSecrets } from './kubernetes-secrets.js';
import { scanPem } from './pem-private-keys.js';
import type { Scanner } from './scanner.js';
import { scanSql } from './sql-passwords.js';
import { scanTerraformVariables } from './terraform-variables.js';
import { scanTokens } from './token-prefixes.js';
import { scanUrlCredentials } from './url-credentials.js';
import { scanWebhooks } from './webhook-urls.js';

/** Every rule id this module can report. */
export const REDACTION_RULES = [
  'private-key',
  'aws-access-key-id',
  'aws-secret-access-key',
  'github-token',
  'gitlab-token',
  'slack-token',
  'slack-webhook-url',
  'discord-webhook-url',
  'stripe-key',
  'google-api-key',
  'anthropic-api-key',
  'openai-api-key',
  'npm-token',
  'pypi-token',
  'sendgrid-api-key',
  'vault-token',
  'age-secret-key',
  'jwt',
  'url-credentials',
  'authorization-header',
  'password-assignment',
  'secret-assignment',
  'kubernetes-secret-data',
  'terraform-sensitive-default',
  'sql-password',
  'sensitive-value', // redactValue()
] as const;

export type RedactionRule = (typeof REDACTION_RULES)[number];

/** State the rule scans share within one `redactSecrets` call. */
export interface ScanContext {
  /** Offsets of the AWS access key ids found so far, in text order. */
  awsKeyIds: number[];
  /** True within 600 characters of an AWS access key id. */
  nearAws: (pos: number) => boolean;
}

export interface RuleScan {
  name: string;
  /** A cheap test on the whole text that lets a rule that cannot match be skipped. */
  appliesTo?: (text: string) => boolean;
  scan: (s: Scanner, ctx: ScanContext) => void;
}

/**
 * The rule scans in the order they run. The token rules run first because the AWS rules and the
 * assignment rules read the access key ids they record.
 */
export const RULE_SCANS: readonly RuleScan[] = [
  { name: 'pem-private-keys', scan: (s) => scanPem(s) },
  { name: 'token-prefixes', scan: (s, ctx) => scanTokens(s, ctx.awsKeyIds) },
  { name: 'aws-secrets-near-key-ids', scan: (s, ctx) => scanAwsSecretsNearKeyIds(s, ctx.awsKeyIds) },
  { name: 'jwts', scan: (s) => scanJwts(s) },
  { name: 'webhook-urls', scan: (s) => scanWebhooks(s) },
  { name: 'url-credentials', scan: (s) => scanUrlCredentials(s) },
  { name: 'authorization-headers', scan: (s) => scanAuthorizationHeaders(s) },
  { name: 'cli-credentials', scan: (s) => scanCliCredentials(s) },
  { name: 'assignments', scan: (s, ctx) => scanAssignments(s, ctx.nearAws) },
  {
    name: 'kubernetes-secrets',
    appliesTo: (text) => text.includes('Secret'),
    scan: (s) => scanKubernetesSecrets(s),
  },
  {
    name: 'terraform-variables',
    appliesTo: (text) => text.includes('variable'),
    scan: (s, ctx) => scanTerraformVariables(s, ctx.nearAws),
  },
  { name: 'sql-passwords', scan: (s) => scanSql(s) },
];
