// The `.env` file beside a Compose project: where `${VAR}` gets its value when the docs are built.
//
// The runner's own environment is never consulted: it holds the workflow's tokens, and the docs
// must not depend on the machine that built them. A `.env` value is used only when the variable's
// name is not secret-like (`DB_PASSWORD`, `STRIPE_API_KEY` …): a secret variable is treated as unset,
// so its default (or a blank) is interpolated and its value never reaches a fact.

import { classifyKey } from '../../redaction/key-names.js';
import { interpolate, type InterpolationIssue } from './interpolate.js';

export interface DotEnv {
  /** Values the docs may use, by name. */
  usable: Map<string, string>;
  /** Names set in `.env` whose values are withheld because the name is secret-like. */
  withheld: Set<string>;
  /** The withheld values themselves, only so a tool's output can be scrubbed of them. */
  withheldValues: string[];
}

export const NO_DOT_ENV: DotEnv = { usable: new Map(), withheld: new Set(), withheldValues: [] };

/** Whether a variable's value must never be kept: its name says it holds a secret. */
export function isSecretName(name: string): boolean {
  return classifyKey(name) !== null;
}

/**
 * Reads `KEY=value` lines the way Compose's dotenv reader does: `export ` prefixes, `#` comments
 * (inline only after whitespace in unquoted values), single quotes taken literally, double quotes
 * with `\n`-style escapes, and `${…}` in unquoted and double-quoted values expanded from the lines
 * above.
 */
export function parseDotEnv(text: string): DotEnv {
  const all = new Map<string, string>();
  const env: DotEnv = { usable: new Map(), withheld: new Set(), withheldValues: [] };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const name = m[1]!;
    let raw = m[2]!.trimStart();
    let value: string;
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may run over several lines.
      while (!closesQuote(raw, quote) && i + 1 < lines.length) raw += `\n${lines[++i]}`;
      const body = raw.slice(1, closingQuoteAt(raw, quote));
      value = quote === "'" ? body : expand(unescapeDoubleQuoted(body), all, env);
    } else {
      value = expand(raw.replace(/\s+#.*$/, '').trim(), all, env);
    }
    all.set(name, value);
    if (isSecretName(name)) {
      env.withheld.add(name);
      env.usable.delete(name);
      if (value !== '') env.withheldValues.push(value);
    } else {
      env.withheld.delete(name);
      env.usable.set(name, value);
    }
  }
  return env;
}

function closingQuoteAt(raw: string, quote: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (raw[i] === '\\' && quote === '"') i++;
    else if (raw[i] === quote) return i;
  }
  return -1;
}

function closesQuote(raw: string, quote: string): boolean {
  return closingQuoteAt(raw, quote) !== -1;
}

function unescapeDoubleQuoted(body: string): string {
  return body.replace(/\\([nrt"\\$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

/** `${…}` in a `.env` value, from the variables above it; a secret one stays unexpanded-blank. */
function expand(value: string, all: Map<string, string>, env: DotEnv): string {
  const ignored: InterpolationIssue[] = [];
  return interpolate(value, (n) => (env.withheld.has(n) ? undefined : all.get(n)), ignored);
}

/**
 * The `.env` text as the run may hash it: every withheld value cut out. A secret's value changes
 * no fact, so its change need not re-extract, and not even a hash of it leaves this reader.
 */
export function dotEnvWithoutSecrets(text: string): string {
  const values = [...new Set(parseDotEnv(text).withheldValues)].sort((a, b) => b.length - a.length);
  return values.reduce((t, v) => t.split(v).join(''), text);
}
