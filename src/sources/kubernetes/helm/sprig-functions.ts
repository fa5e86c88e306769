// The Sprig functions charts use, written to Sprig's semantics: argument order (the piped value
// last: `trimSuffix "-" $name`), integer arithmetic through int64 (`div 5 2` is 2), `default`
// and `empty` by Go's zero values, `merge` filling only what is missing or empty.

import type { FuncContext, TemplateFunc } from './go-template/executor.js';
import {
  type GoMap,
  goQuote,
  goString,
  isMap,
  isNil,
  kindOf,
  sprint,
  sprintf,
  sprintln,
  truthy,
  typeOf,
} from './go-template/go-values.js';
import { semverCompare } from './semver-compare.js';

/** Longest list `until`, `repeat` and friends may build: a chart never needs more. */
const MAX_BUILT = 100_000;

export const empty = (v: unknown): boolean => !truthy(v);

/** cast.ToInt64 as Sprig uses it: strings parse (base prefixes allowed), anything else is 0. */
export function toInt64(v: unknown): number {
  if (typeof v === 'number') return Math.trunc(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const s = v.trim();
    const n = /^[-+]?(0x[0-9a-f]+|0o?[0-7]+|0b[01]+|\d+)$/i.test(s)
      ? Number(s.replace(/^([-+]?)0(?=[0-7])/, '$10o'))
      : NaN;
    return Number.isNaN(n) ? 0 : Math.trunc(n);
  }
  return 0;
}

export function toFloat64(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = Number(v.trim());
    return Number.isNaN(n) ? 0 : n;
  }
  return 0;
}

/** Sprig's strval. */
export const strval = (v: unknown): string => (typeof v === 'string' ? v : goString(v));

function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => !isNil(x)).map(strval);
  if (isNil(v)) return [];
  return [strval(v)];
}

function list(v: unknown, fn: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (isNil(v)) return [];
  throw new Error(`cannot ${fn} on type ${typeOf(v)}`);
}

function dictArg(v: unknown, fn: string): GoMap {
  if (isMap(v)) return v;
  throw new Error(`${fn} expects a dict, got ${typeOf(v)}`);
}

export function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (isMap(v) && kindOf(v) === 'map') {
    const out: GoMap = {};
    for (const k of Object.keys(v)) out[k] = deepCopy(v[k]);
    return out;
  }
  return v;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (isNil(a) || isNil(b)) return isNil(a) && isNil(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return a === b;
}

/** mergo.Merge: fill keys missing (or empty) in dst; mergo.Merge WithOverride: non-empty src wins. */
function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): void {
  for (const k of Object.keys(src)) {
    const s = src[k];
    const d = dst[k];
    if (isMap(d) && isMap(s)) mergeInto(d, s, overwrite);
    else if (!Object.hasOwn(dst, k) || empty(d) || (overwrite && !empty(s))) dst[k] = deepCopy(s);
  }
}

function compare(fn: string, a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new Error(`incompatible types for comparison (${fn} ${typeOf(a)} ${typeOf(b)})`);
}

function goTitle(s: string): string {
  let out = '';
  let prevLetter = false;
  for (const ch of s) {
    const wordChar = /[\p{L}\p{N}_]/u.test(ch);
    out += wordChar && !prevLetter ? ch.toUpperCase() : ch;
    prevLetter = wordChar;
  }
  return out;
}

function bounded(n: number, what: string): number {
  if (n > MAX_BUILT) throw new Error(`${what} of ${n} exceeds the limit of ${MAX_BUILT}`);
  return Math.max(0, n);
}

/**
 * Go's RE2 runs in linear time; JavaScript's engine backtracks, so a quantified group holding
 * nothing but one quantified atom (`(a+)+`, `(\\w*)*`, `([a-z]+)*`) could hang the run on a crafted
 * input. Those are refused; charts match tags and names and do not need them.
 */
function regex(pattern: string, flags: string): RegExp {
  if (/\((?:\?:)?(?:\\.|\[(?:[^\]\\]|\\.)*\]|[^()|\\[])[+*]\)[+*{]/.test(pattern))
    throw new Error(`regular expression ${pattern} nests quantifiers; not run`);
  return new RegExp(pattern, flags);
}

/** Go's regexp replacement template (`${1}`, `$name`) in JS's spelling. */
function jsReplacement(repl: string): string {
  return repl.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced: string | undefined, bare: string | undefined) => {
    const name = (braced ?? bare)!;
    return /^\d+$/.test(name) ? `$${name}` : `$<${name}>`;
  });
}

type Fn = (...args: unknown[]) => unknown;
const plain =
  (fn: Fn): TemplateFunc =>
  (_ctx: FuncContext, ...args: unknown[]) =>
    fn(...args);

const s = (v: unknown) => strval(v);

const SPRIG: Record<string, Fn> = {
  // strings
  trim: (v) => s(v).trim(),
  trimAll: (cut, v) => {
    const set = new Set(s(cut));
    const chars = [...s(v)];
    let a = 0;
    let b = chars.length;
    while (a < b && set.has(chars[a]!)) a++;
    while (b > a && set.has(chars[b - 1]!)) b--;
    return chars.slice(a, b).join('');
  },
  trimSuffix: (suffix, v) => (s(v).endsWith(s(suffix)) && s(suffix) ? s(v).slice(0, -s(suffix).length) : s(v)),
  trimPrefix: (prefix, v) => (s(v).startsWith(s(prefix)) ? s(v).slice(s(prefix).length) : s(v)),
  trunc: (n, v) => {
    const c = toInt64(n);
    const str = s(v);
    if (c < 0 && str.length + c > 0) return str.slice(str.length + c);
    if (c >= 0 && str.length > c) return str.slice(0, c);
    return str;
  },
  lower: (v) => s(v).toLowerCase(),
  upper: (v) => s(v).toUpperCase(),
  title: (v) => goTitle(s(v)),
  replace: (old, neu, v) => s(v).split(s(old)).join(s(neu)),
  contains: (sub, v) => s(v).includes(s(sub)),
  hasPrefix: (p, v) => s(v).startsWith(s(p)),
  hasSuffix: (p, v) => s(v).endsWith(s(p)),
  quote: (...args) =>
    args
      .filter((a) => !isNil(a))
      .map((a) => goQuote(strval(a)))
      .join(' '),
  squote: (...args) =>
    args
      .filter((a) => !isNil(a))
      .map((a) => `'${strval(a)}'`)
      .join(' '),
  cat: (...args) =>
    args
      .filter((a) => !isNil(a))
      .map(strval)
      .join(' '),
  indent: (n, v) => {
    const pad = ' '.repeat(bounded(toInt64(n), 'indent'));
    return pad + s(v).split('\n').join(`\n${pad}`);
  },
  nindent: (n, v) => {
    const pad = ' '.repeat(bounded(toInt64(n), 'indent'));
    return `\n${pad}${s(v).split('\n').join(`\n${pad}`)}`;
  },
  repeat: (n, v) => {
    const count = toInt64(n);
    bounded(count * s(v).length, 'repeat');
    return s(v).repeat(Math.max(0, count));
  },
  substr: (start, end, v) => {
    const str = s(v);
    const a = toInt64(start);
    const b = toInt64(end);
    if (a < 0) return str.slice(0, b);
    if (b < 0 || b > str.length) return str.slice(a);
    return str.slice(a, b);
  },
  nospace: (v) => s(v).replace(/\s+/g, ''),
  toString: (v: unknown) => strval(v),
  toStrings: (v) => strslice(v),
  printf: (format, ...args) => sprintf(s(format), args),
  print: (...args) => sprint(args),
  println: (...args) => sprintln(args),
  join: (sep, v) => strslice(v).join(s(sep)),
  split: (sep, v) => {
    const out: GoMap = {};
    s(v)
      .split(s(sep))
      .forEach((part, i) => {
        out[`_${i}`] = part;
      });
    return out;
  },
  splitList: (sep, v) => s(v).split(s(sep)),
  b64enc: (v) => Buffer.from(s(v), 'utf8').toString('base64'),
  b64dec: (v) => Buffer.from(s(v), 'base64').toString('utf8'),
  regexMatch: (re, v) => regex(s(re), 'u').test(s(v)),
  regexFind: (re, v) => regex(s(re), 'u').exec(s(v))?.[0] ?? '',
  regexReplaceAll: (re, v, repl) => s(v).replace(regex(s(re), 'gu'), jsReplacement(s(repl))),
  regexReplaceAllLiteral: (re, v, repl) => s(v).replace(regex(s(re), 'gu'), () => s(repl)),
  semverCompare: (constraint, version) => semverCompare(s(constraint), s(version)),

  // defaults and logic
  default: (d, ...given) => (given.length && !empty(given[0]) ? given[0] : d),
  empty: (v) => empty(v),
  coalesce: (...args) => args.find((a) => !empty(a)) ?? null,
  ternary: (a, b, cond) => (truthy(cond) ? a : b),
  not: (v) => !truthy(v),
  eq: (a, ...bs) => {
    if (!bs.length) throw new Error('missing argument for comparison');
    return bs.some((b) => deepEqual(a, b));
  },
  ne: (a, b) => !deepEqual(a, b),
  lt: (a, b) => compare('lt', a, b) < 0,
  le: (a, b) => compare('le', a, b) <= 0,
  gt: (a, b) => compare('gt', a, b) > 0,
  ge: (a, b) => compare('ge', a, b) >= 0,
  kindIs: (kind, v) => kindOf(v) === s(kind) || (s(kind) === 'float64' && typeof v === 'number'),
  kindOf: (v) => kindOf(v),
  typeOf: (v) => typeOf(v),
  typeIs: (t, v) => typeOf(v) === s(t),

  // numbers
  int: (v) => toInt64(v),
  int64: (v) => toInt64(v),
  atoi: (v) => toInt64(v),
  float64: (v) => toFloat64(v),
  add: (...args) => args.reduce<number>((sum, a) => sum + toInt64(a), 0),
  add1: (v) => toInt64(v) + 1,
  sub: (a, b) => toInt64(a) - toInt64(b),
  mul: (...args) => args.reduce<number>((p, a) => p * toInt64(a), 1),
  div: (a, b) => {
    if (toInt64(b) === 0) throw new Error('integer divide by zero');
    return Math.trunc(toInt64(a) / toInt64(b));
  },
  mod: (a, b) => {
    if (toInt64(b) === 0) throw new Error('integer divide by zero');
    return toInt64(a) % toInt64(b);
  },
  max: (a, ...rest) => rest.reduce<number>((m, x) => Math.max(m, toInt64(x)), toInt64(a)),
  min: (a, ...rest) => rest.reduce<number>((m, x) => Math.min(m, toInt64(x)), toInt64(a)),
  until: (n) => Array.from({ length: bounded(toInt64(n), 'until') }, (_, i) => i),

  // collections
  len: (v) => {
    if (typeof v === 'string') return Buffer.byteLength(v, 'utf8');
    if (Array.isArray(v)) return v.length;
    if (isMap(v)) return Object.keys(v).length;
    throw new Error(isNil(v) ? 'len of nil pointer' : `len of type ${typeOf(v)}`);
  },
  index: (v, ...keys) => {
    let cur = v;
    for (const k of keys) {
      if (isNil(cur)) throw new Error('index of untyped nil');
      if (Array.isArray(cur)) {
        const i = toInt64(k);
        if (typeof k !== 'number' || i < 0 || i >= cur.length) throw new Error(`index out of range: ${goString(k)}`);
        cur = cur[i];
      } else if (isMap(cur)) cur = Object.hasOwn(cur, s(k)) ? cur[s(k)] : null;
      else throw new Error(`can't index item of type ${typeOf(cur)}`);
    }
    return cur;
  },
  list: (...items) => items,
  dict: (...kv) => {
    const out: GoMap = {};
    for (let i = 0; i < kv.length; i += 2) out[strval(kv[i])] = i + 1 < kv.length ? kv[i + 1] : '';
    return out;
  },
  get: (d, k) => {
    const m = dictArg(d, 'get');
    return Object.hasOwn(m, s(k)) ? m[s(k)] : '';
  },
  set: (d, k, v) => {
    const m = dictArg(d, 'set');
    m[s(k)] = v;
    return m;
  },
  unset: (d, k) => {
    const m = dictArg(d, 'unset');
    delete m[s(k)];
    return m;
  },
  hasKey: (d, k) => Object.hasOwn(dictArg(d, 'hasKey'), s(k)),
  keys: (...ds) => ds.flatMap((d) => Object.keys(dictArg(d, 'keys'))),
  pick: (d, ...ks) => {
    const m = dictArg(d, 'pick');
    const out: GoMap = {};
    for (const k of ks.map(s)) if (Object.hasOwn(m, k)) out[k] = m[k];
    return out;
  },
  omit: (d, ...ks) => {
    const m = dictArg(d, 'omit');
    const drop = new Set(ks.map(s));
    const out: GoMap = {};
    for (const k of Object.keys(m)) if (!drop.has(k)) out[k] = m[k];
    return out;
  },
  merge: (dst, ...srcs) => {
    const m = dictArg(dst, 'merge');
    for (const src of srcs) if (isMap(src)) mergeInto(m, src, false);
    return m;
  },
  mergeOverwrite: (dst, ...srcs) => {
    const m = dictArg(dst, 'mergeOverwrite');
    for (const src of srcs) if (isMap(src)) mergeInto(m, src, true);
    return m;
  },
  deepCopy: (v) => deepCopy(v),
  first: (v) => list(v, 'first')[0] ?? null,
  last: (v) => {
    const l = list(v, 'last');
    return l.length ? l[l.length - 1] : null;
  },
  rest: (v) => list(v, 'rest').slice(1),
  initial: (v) => list(v, 'initial').slice(0, -1),
  append: (v, item) => [...list(v, 'append'), item],
  prepend: (v, item) => [item, ...list(v, 'prepend')],
  concat: (...ls) => ls.flatMap((l) => list(l, 'concat')),
  reverse: (v) => [...list(v, 'reverse')].reverse(),
  uniq: (v) => list(v, 'uniq').filter((x, i, all) => all.findIndex((y) => deepEqual(x, y)) === i),
  has: (needle, v) => list(v, 'has').some((x) => deepEqual(x, needle)),
  without: (v, ...omit) => list(v, 'without').filter((x) => !omit.some((o) => deepEqual(o, x))),
  compact: (v) => list(v, 'compact').filter((x) => !empty(x)),
  sortAlpha: (v) => strslice(v).sort(),
  dig: (...args) => {
    if (args.length < 3) throw new Error('dig needs keys, a default and a dict');
    const dict = args[args.length - 1];
    const fallback = args[args.length - 2];
    let cur: unknown = dictArg(dict, 'dig');
    for (const k of args.slice(0, -2).map(s)) {
      if (!isMap(cur) || !Object.hasOwn(cur, k)) return fallback;
      cur = cur[k];
    }
    return cur;
  },

  // more strings
  snakecase: (v) => words(s(v)).join('_'),
  kebabcase: (v) => words(s(v)).join('-'),
  camelcase: (v) =>
    s(v)
      .split(/[_\s-]+/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
  regexFindAll: (re, v, n) => {
    const all = s(v).match(regex(s(re), 'gu')) ?? [];
    return toInt64(n) < 0 ? all : all.slice(0, toInt64(n));
  },
  regexSplit: (re, v, n) => {
    const parts = s(v).split(regex(s(re), 'u'));
    return toInt64(n) < 0 ? parts : parts.slice(0, toInt64(n));
  },

  // float arithmetic
  addf: (...args) => args.reduce<number>((sum, a) => sum + toFloat64(a), 0),
  subf: (a, ...rest) => rest.reduce<number>((d, x) => d - toFloat64(x), toFloat64(a)),
  mulf: (a, ...rest) => rest.reduce<number>((p, x) => p * toFloat64(x), toFloat64(a)),
  divf: (a, ...rest) => rest.reduce<number>((q, x) => q / toFloat64(x), toFloat64(a)),
  floor: (v) => Math.floor(toFloat64(v)),
  ceil: (v) => Math.ceil(toFloat64(v)),
  round: (v, places) => {
    const p = 10 ** toInt64(places);
    return Math.round(toFloat64(v) * p) / p;
  },

  // Random values would make every run's docs differ: a fixed string of the asked length stands in.
  randAlphaNum: (n) => 'x'.repeat(bounded(toInt64(n), 'randAlphaNum')),
  randAlpha: (n) => 'x'.repeat(bounded(toInt64(n), 'randAlpha')),
  randNumeric: (n) => '0'.repeat(bounded(toInt64(n), 'randNumeric')),
  randAscii: (n) => 'x'.repeat(bounded(toInt64(n), 'randAscii')),
  uuidv4: () => '00000000-0000-4000-8000-000000000000',
};

function words(v: string): string[] {
  return v
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

Object.assign(SPRIG, {
  values: (d: unknown) => Object.values(dictArg(d, 'values')),
  pluck: (k: unknown, ...ds: unknown[]) => ds.filter(isMap).flatMap((d) => (Object.hasOwn(d, s(k)) ? [d[s(k)]] : [])),
  tuple: (...items: unknown[]) => items,
  chunk: (n: unknown, v: unknown) => {
    const size = Math.max(1, toInt64(n));
    const l = list(v, 'chunk');
    return Array.from({ length: Math.ceil(l.length / size) }, (_, i) => l.slice(i * size, (i + 1) * size));
  },
  slice: (v: unknown, ...idx: unknown[]) => {
    if (typeof v === 'string') return v.slice(toInt64(idx[0] ?? 0), idx.length > 1 ? toInt64(idx[1]) : undefined);
    return list(v, 'slice').slice(toInt64(idx[0] ?? 0), idx.length > 1 ? toInt64(idx[1]) : undefined);
  },
  seq: (...args: unknown[]) => {
    const n = args.map(toInt64);
    const [start, step, end] =
      n.length === 1 ? [1, 1, n[0]!] : n.length === 2 ? [n[0]!, 1, n[1]!] : [n[0]!, n[1]!, n[2]!];
    const out: number[] = [];
    for (let i = start; step > 0 ? i <= end : i >= end; i += step || 1) {
      out.push(i);
      bounded(out.length, 'seq');
    }
    return out.join(' ');
  },
  untilStep: (start: unknown, stop: unknown, step: unknown) => {
    const out: number[] = [];
    const st = toInt64(step);
    if (st === 0) return out;
    for (let i = toInt64(start); st > 0 ? i < toInt64(stop) : i > toInt64(stop); i += st) {
      out.push(i);
      bounded(out.length, 'untilStep');
    }
    return out;
  },
  biggest: (a: unknown, ...rest: unknown[]) => rest.reduce<number>((m, x) => Math.max(m, toInt64(x)), toInt64(a)),
  toDecimal: (v: unknown) => Number.parseInt(s(v), 8) || 0,
  randInt: (min: unknown) => toInt64(min),
  shuffle: (v: unknown) => s(v),
  swapcase: (v: unknown) => [...s(v)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
  initials: (v: unknown) =>
    s(v)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0])
      .join(''),
  abbrev: (n: unknown, v: unknown) => {
    const w = toInt64(n);
    const str = s(v);
    return w < 4 || str.length <= w ? str : `${str.slice(0, w - 3)}...`;
  },
  wrap: (_n: unknown, v: unknown) => s(v),
  plural: (one: unknown, many: unknown, n: unknown) => (toInt64(n) === 1 ? one : many),
  base: (v: unknown) => s(v).split('/').pop() ?? '',
  dir: (v: unknown) => s(v).split('/').slice(0, -1).join('/') || '.',
  ext: (v: unknown) => /\.[^./]*$/.exec(s(v))?.[0] ?? '',
  clean: (v: unknown) => s(v).replace(/\/+/g, '/').replace(/\/$/, '') || '.',
  isAbs: (v: unknown) => s(v).startsWith('/'),
  regexQuoteMeta: (v: unknown) => s(v).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'),
  urlquery: (...args: unknown[]) => encodeURIComponent(sprint(args)),
  html: (...args: unknown[]) => {
    const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
    return sprint(args).replace(/[&<>"']/g, (c) => entities[c]!);
  },
  js: (...args: unknown[]) => JSON.stringify(sprint(args)).slice(1, -1),
  // The run's environment is not the chart's business: `env` reads nothing.
  env: () => '',
  expandenv: (v: unknown) => s(v),
  // No clock: the docs of one commit must not change between runs.
  now: () => '1970-01-01T00:00:00Z',
  date: () => '1970-01-01',
  dateInZone: () => '1970-01-01',
  unixEpoch: () => '0',
  toDate: (_layout: unknown, v: unknown) => s(v),
  htmlDate: () => '1970-01-01',
  ago: () => '0s',
  duration: (v: unknown) => `${toInt64(v)}s`,
});
SPRIG.mustRegexFind = SPRIG.regexFind!;
SPRIG.mustRegexFindAll = SPRIG.regexFindAll!;
SPRIG.mustRegexSplit = SPRIG.regexSplit!;
SPRIG.mustSlice = SPRIG.slice!;
SPRIG.mustChunk = SPRIG.chunk!;
SPRIG.mustReverse = SPRIG.reverse!;
SPRIG.mustRest = SPRIG.rest!;
SPRIG.mustInitial = SPRIG.initial!;
SPRIG.mustPush = SPRIG.append!;
SPRIG.mustDateModify = () => '1970-01-01';
SPRIG.dateModify = () => '1970-01-01';
SPRIG.untitle = (v) =>
  s(v).replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_, pre: string, ch: string) => pre + ch.toLowerCase());
SPRIG.push = SPRIG.append!;
SPRIG.mustUniq = SPRIG.uniq!;
SPRIG.mustRegexReplaceAllLiteral = SPRIG.regexReplaceAllLiteral!;
SPRIG.mustRegexMatch = SPRIG.regexMatch!;
SPRIG.mustAppend = SPRIG.append!;
SPRIG.mustPrepend = SPRIG.prepend!;
SPRIG.mustFirst = SPRIG.first!;
SPRIG.mustLast = SPRIG.last!;
SPRIG.mustHas = SPRIG.has!;
SPRIG.mustWithout = SPRIG.without!;
SPRIG.mustCompact = SPRIG.compact!;
SPRIG.mustDeepCopy = SPRIG.deepCopy!;
SPRIG.mustMerge = SPRIG.merge!;
SPRIG.mustMergeOverwrite = SPRIG.mergeOverwrite!;
SPRIG.mustRegexReplaceAll = SPRIG.regexReplaceAll!;

export const SPRIG_FUNCTIONS: Record<string, TemplateFunc> = Object.fromEntries(
  Object.entries(SPRIG).map(([name, fn]) => [name, plain(fn)]),
);
