/**
 * Which values assigned to a sensitive name stay visible. The docs must show wiring (references,
 * templates, env var names, file paths, code), so only literals that could be a live credential
 * are redacted; empty values, booleans, small numbers, type names, prose and placeholders are not.
 */

import { classifySegments, classifyKey, keySegments } from './key-names.js';

// Also GitHub Actions permission levels (`id-token: write`).
export const BOOL_NULL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|~|n\/a|read|write|read-all|write-all)$/i;
const SMALL_NUMBER = /^[-+]?\d{1,5}(?:\.\d{1,6})?$/;
export const DUMMY = new RegExp(
  String.raw`^(?:change[-_ ]?me|change[-_ ]?it|changethis|replace[-_ ]?me|to[-_ ]?do|tbd|fixme|x{3,}|\*{3,}|` +
    String.raw`\.{3}|…|example|dummy|placeholder|redacted|\[redacted[^\]]{0,40}\]|your[-_ .][\w .-]{0,60}|` +
    String.raw`(?:insert|enter|put|add)[-_ ](?:your|the|a)[-_ ][\w .-]{0,60})$`,
  'i',
);
// Masked or fill-in values: `aio_XXXXXXXXXXXX`, `sk_live_xxxxxxxx`, `provide-password-here!`.
const MASKED = /x{6}|X{6}|\*{4}|•{3}|[-_ ]here!?$/;
const TYPE_WORD = new RegExp(
  '^(?:string|str|text|int|int32|int64|integer|number|float|double|decimal|bool|boolean|object|' +
    String.raw`array|any|bytes|byte|binary|date|date-?time|uuid|varchar(?:\(\d{1,5}\))?|char(?:\(\d{1,5}\))?)` +
    String.raw`[!?]?(?:\[\])?[;,]?$`,
  'i',
);
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const PATH_LIKE = /^(?:~|\.{1,2})?\/[\w.@/-]{0,300}$/;
const URL_NO_USERINFO = /^[a-z][a-z0-9+.-]{0,30}:\/\/[^\s@]{0,2000}$/i;
const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'is',
  'are',
  'be',
  'to',
  'of',
  'for',
  'in',
  'on',
  'with',
  'from',
  'this',
  'that',
  'must',
  'should',
  'will',
  'use',
  'used',
  'see',
  'and',
  'or',
  'not',
  'your',
  'you',
  'it',
  'by',
  'if',
  'when',
  'which',
]);

const TEMPLATE_MARKERS = new RegExp(
  String.raw`\$\{[^}\n]{0,200}\}|\{\{[^}\n]{0,300}\}\}|\$\([^)\n]{0,300}\)|#\{[^}\n]{0,200}\}|` +
    String.raw`%\{[^}\n]{0,200}\}|\$\{\{`,
);
const REFERENCE_VALUE = new RegExp(
  [
    // Terraform / HCL references and expressions.
    String.raw`^(?:var|local|module|data|each|count|self|path|terraform)\.[\w.\[\]"*-]{1,300}$`,
    String.raw`^[a-z][a-z0-9]{0,40}_[a-z0-9_]{1,80}\.[\w-]{1,100}(?:\.[\w\[\]"*-]{1,100}){0,10}$`,
    // Code and CI contexts.
    String.raw`^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|System\.getenv|` +
      String.raw`Environment\.GetEnvironmentVariable|ENV|env|secrets|vars|inputs|steps|needs|matrix|github|` +
      String.raw`config|settings|context|ctx|props|this|self|params|values|Values|request|req)[.\[(]`,
    // CloudFormation / YAML tags and cloud secret stores.
    String.raw`^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap|Select|Join|If|Base64|secret|env|env_var|vault|include)\b`,
    String.raw`^arn:aws[\w-]{0,20}:`,
    '^(?:vault|ssm|op|secretsmanager|awssm|gcpsm|azkv|sops|akv|k8s|file|env|secretref|secret|ref)' +
      String.raw`(?::\/\/|:)[\w\/]`,
    String.raw`^projects\/[^\/\s]{1,100}\/secrets\/`,
  ].join('|'),
);
// Code: a call (`getToken()`, `new GoogleAuth({`, `await provider()`), an arrow function, or a
// property chain (`process.env.X`, `keys.web.client_secret`, `auth[1]`).
const CODE_CALL = new RegExp(
  String.raw`^(?:(?:new|await|yield|typeof|async)\s+)?[A-Za-z_$][\w$]{0,100}` +
    String.raw`(?:\s?\??\.\s?[A-Za-z_$][\w$]{0,100}|\[[^\]\n]{0,100}\]){0,20}\s?\(`,
);
const CODE_CHAIN = /^[A-Za-z_$][\w$]{0,100}(?:\??\.[A-Za-z_$][\w$]{0,100}|\[[^\]\n]{0,100}\]){1,20}$/;
const CODE_LAMBDA = /^(?:function\b|\([^)\n]{0,200}\)\s?=>)/;
const IDENT_CHAIN = /^[A-Za-z_][A-Za-z0-9_]{0,100}$/;
const HCL_REFERENCE_INSIDE = /(?:^|[\s(,?:![])(?:var|local|module|data|each|count|self)\.[A-Za-z_]/;
const PASCAL_TYPE = /^[A-Z][a-z]{1,20}(?:[A-Z][a-z]{1,20}){0,3}$/;
// Shell `$VAR`, PowerShell `$env:VAR`, Windows `%VAR%`.
const SHELL_VARIABLE = /^\$[A-Za-z_]\w{0,100}$/;
const POWERSHELL_VARIABLE = /^\$env:\w{1,100}$/i;
const WINDOWS_VARIABLE = /^%[A-Za-z_]\w{0,100}%$/;

/** True for values that reference a secret rather than contain one (kept visible). */
export function isReference(v: string, quoted: boolean, code = false): boolean {
  if (v.length === 0) return true;
  if (TEMPLATE_MARKERS.test(v)) return true;
  if (SHELL_VARIABLE.test(v) || POWERSHELL_VARIABLE.test(v) || WINDOWS_VARIABLE.test(v)) return true;
  if (/^<[^<>\n]{1,80}>$/.test(v)) return true;
  if (v.startsWith('[REDACTED')) return true;
  if (ENV_NAME.test(v)) return true;
  if (REFERENCE_VALUE.test(v)) return true;
  if (!quoted) {
    if (CODE_CALL.test(v) || CODE_CHAIN.test(v) || CODE_LAMBDA.test(v)) return true;
    // An HCL/code expression that uses a reference somewhere (`cond ? random_password.x.result : var.p`).
    if (HCL_REFERENCE_INSIDE.test(v) || /\s\?\s[^\n]{0,300}\s:\s/.test(v)) return true;
    // In code (`{ password: pass }`, `secret = token;`) a bare identifier is a variable.
    if (code && /^[A-Za-z_$][A-Za-z_$]{0,100}$/.test(v)) return true;
    // A variable named like a secret (`apiKey`, `db_password`, `GITHUB_TOKEN`) is a reference.
    if (IDENT_CHAIN.test(v)) {
      const segs = keySegments(v);
      if (segs.length >= 2 && classifySegments(segs) !== null) return true;
    }
  }
  return false;
}

function looksLikeProse(v: string): boolean {
  if (v.endsWith('.') && v.split(/\s+/).length >= 3) return true;
  const words = v.toLowerCase().split(/\s+/);
  if (words.length < 3) return false;
  let stop = 0;
  for (const w of words) if (STOPWORDS.has(w.replace(/[^a-z]/g, ''))) stop++;
  return stop >= 1;
}

export interface ValueOpts {
  quoted: boolean;
  /** the value sits in code-like syntax (JS/Python object, statement ending in `,`/`;`) */
  code?: boolean;
  /** the key is only weakly sensitive (`auth`, `credentials`): plain words are not secrets */
  weak?: boolean;
  /** allow the prose/type-name heuristics (assignments, not dedicated secret containers) */
  heuristics?: boolean;
}

/** True when a value assigned to a sensitive name should stay visible. */
export function isNonSecretValue(raw: string, opts: ValueOpts): boolean {
  const v = raw.trim();
  if (v.length === 0) return true;
  if (isReference(v, opts.quoted, opts.code)) return true;
  if (BOOL_NULL.test(v) || SMALL_NUMBER.test(v)) return true;
  if (DUMMY.test(v) || MASKED.test(v)) return true;
  if (!/[A-Za-z0-9]/.test(v)) return true; // punctuation only: `'{`, `"**"`
  // The value is itself only a secret's name: `token: "TOKEN"`, `apiKey: 'my-api-key'`, `password: password`.
  if (/^[A-Za-z][A-Za-z_-]{0,60}$/.test(v) && classifyKey(v) !== null) return true;
  if (PATH_LIKE.test(v) && v.includes('/') && v.length > 1) return true;
  if (URL_NO_USERINFO.test(v)) return true; // URL rules handle secrets embedded in URLs
  if (opts.heuristics !== false) {
    if (TYPE_WORD.test(v)) return true;
    if (!opts.quoted && PASCAL_TYPE.test(v)) return true; // `token: Token` in a signature
    if (/\s/.test(v) && looksLikeProse(v)) return true;
  }
  if (opts.weak && /^[a-z]{1,20}(?:[-_][a-z]{1,20}){0,3}[0-9]?$/.test(v)) return true;
  return false;
}
