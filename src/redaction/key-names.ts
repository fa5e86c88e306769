/**
 * Which key names hold a secret. A key is split into words (`DB_PASSWORD`, `apiKey`, `x-api-key`
 * and `DBPassword` all become lower-case words) and is sensitive when its last words are a
 * sensitive phrase, optionally followed by neutral words (`secret_key_base`, `password_hash`).
 * Keys that merely point at a secret (`existingSecret`, `password_file`) are not sensitive.
 */

import { MAX_KEY } from './limits.js';

export interface KeyClass {
  kind: 'password' | 'secret';
  /** `auth`, `credentials`: plain words assigned to such a key are not secrets. */
  weak: boolean;
  /** The key names an AWS secret (`aws_secret_access_key`). */
  aws: boolean;
}

/** Split `DB_PASSWORD`, `apiKey`, `x-api-key`, `DBPassword` into lower-case words. */
export function keySegments(key: string): string[] {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  const out: string[] = [];
  for (const seg of spaced.split(/[^a-z0-9]+/)) {
    if (!seg) continue;
    out.push(...normaliseSegment(seg));
  }
  return out;
}

// Single lower-case words that end in a sensitive word: `dbpassword`, `apikey`, `authtoken`.
const COMPOUND_SUFFIXES: Array<[string, string[]]> = [
  ['secretaccesskey', ['secret', 'access', 'key']],
  ['privatekey', ['private', 'key']],
  ['secretkey', ['secret', 'key']],
  ['accountkey', ['account', 'key']],
  ['apikey', ['api', 'key']],
  ['password', ['password']],
  ['passwd', ['passwd']],
  ['passphrase', ['passphrase']],
  ['requirepass', ['pass']], // redis
  ['masterauth', ['pass']], // redis
  ['secret', ['secret']],
  ['token', ['token']],
];

function normaliseSegment(seg: string): string[] {
  for (const [suffix, words] of COMPOUND_SUFFIXES) {
    if (seg === suffix) return words;
    if (seg.length > suffix.length && seg.endsWith(suffix)) return words;
  }
  return [seg];
}

const PHRASES: Array<{ words: string[]; kind: 'password' | 'secret'; weak?: boolean; aws?: boolean }> = [
  { words: ['secret', 'access', 'key'], kind: 'secret', aws: true },
  { words: ['password'], kind: 'password' },
  { words: ['passwd'], kind: 'password' },
  { words: ['pwd'], kind: 'password' },
  { words: ['pass'], kind: 'password' },
  { words: ['passphrase'], kind: 'password' },
  { words: ['secret'], kind: 'secret' },
  { words: ['token'], kind: 'secret' },
  { words: ['api', 'key'], kind: 'secret' },
  { words: ['private', 'key'], kind: 'secret' },
  { words: ['account', 'key'], kind: 'secret' },
  { words: ['signing', 'key'], kind: 'secret' },
  { words: ['encryption', 'key'], kind: 'secret' },
  { words: ['master', 'key'], kind: 'secret' },
  { words: ['credentials'], kind: 'secret', weak: true },
  { words: ['credential'], kind: 'secret', weak: true },
  { words: ['creds'], kind: 'secret', weak: true },
  { words: ['auth'], kind: 'secret', weak: true },
];

// Trailing words that keep a key sensitive: `secret_key`, `SECRET_KEY_BASE`, `password_hash`.
const NEUTRAL_SUFFIXES = new Set([
  'key',
  'value',
  'val',
  'base',
  'b64',
  'base64',
  'hex',
  'string',
  'str',
  'plain',
  'plaintext',
  'raw',
  'enc',
  'encrypted',
  'hash',
  'hashed',
  'digest',
  'data',
  'bytes',
  'content',
  'literal',
]);

// Words that make a key name a pointer to a secret rather than the secret itself:
// Drone `from_secret`, Helm `existingSecret`, `secret_arn`, `password_file`, `secretName`.
const REFERENCE_WORDS = new Set(['from', 'ref', 'existing', 'arn', 'path', 'file', 'name']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass']);

export function classifySegments(segs: string[]): KeyClass | null {
  for (const seg of segs) if (REFERENCE_WORDS.has(seg)) return null;
  let end = segs.length;
  while (end > 0) {
    for (const p of PHRASES) {
      const n = p.words.length;
      if (end < n) continue;
      let ok = true;
      for (let i = 0; i < n; i++) {
        if (segs[end - n + i] !== p.words[i]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return {
          kind: p.kind,
          weak: p.weak === true,
          aws: p.aws === true || segs.slice(0, end).includes('aws'),
        };
      }
    }
    const last = segs[end - 1]!;
    // `passwordKey: admin-password` names a key inside a Secret; `secret_key` is a secret.
    if (last === 'key' && end >= 2 && PASSWORD_WORDS.has(segs[end - 2]!)) return null;
    if (NEUTRAL_SUFFIXES.has(last)) end--;
    else return null;
  }
  return null;
}

/** Classify a key name (`db_password`, `"apiKey"`, `--password`), or null when not sensitive. */
export function classifyKey(key: string): KeyClass | null {
  const k = key.replace(/^[-.]+|[-.]+$/g, '');
  if (!k || k.length > MAX_KEY) return null;
  return classifySegments(keySegments(k));
}

/**
 * The rule a literal assigned to a sensitive key is reported under: a 40-character value under an
 * AWS-looking key (or near an access key id) is an AWS secret access key.
 */
export function assignmentRule(kc: KeyClass, value: string, nearAwsKeyId: boolean): string {
  if (/^[A-Za-z0-9/+]{40}$/.test(value) && (kc.aws || nearAwsKeyId) && kc.kind === 'secret') {
    return 'aws-secret-access-key';
  }
  return kc.kind === 'password' ? 'password-assignment' : 'secret-assignment';
}
