// How Go sees the values a template handles: truthiness (`if`), kinds (`kindIs`, `typeOf`), and
// printing as fmt's %v does (`map[a:1 b:2]`, `[x y]`, `<nil>`, floats as %g). Values are plain JS:
// null/undefined is nil, objects are maps, arrays are slices; an object with a GO_STRING method
// prints through it, as a Go value with a String() method does.

export const GO_STRING = Symbol('go-string');

export type GoMap = Record<string, unknown>;

export function isMap(v: unknown): v is GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isNil(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** Go's truth: false, 0, nil, and empty strings, slices and maps are false. */
export function truthy(v: unknown): boolean {
  if (isNil(v)) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (isMap(v)) return hasGoString(v) || Object.keys(v).length > 0;
  return true;
}

function hasGoString(v: object): v is { [GO_STRING]: () => string } {
  return typeof (v as { [GO_STRING]?: unknown })[GO_STRING] === 'function';
}

/** Go's kind name for `kindIs`/`kindOf`. Whole numbers are `int` only when they came from a literal. */
export function kindOf(v: unknown): string {
  if (isNil(v)) return 'invalid';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (Array.isArray(v)) return 'slice';
  if (isMap(v)) return hasGoString(v) ? 'struct' : 'map';
  return 'func';
}

export function typeOf(v: unknown): string {
  switch (kindOf(v)) {
    case 'invalid':
      return '<nil>';
    case 'slice':
      return '[]interface {}';
    case 'map':
      return 'map[string]interface {}';
    default:
      return kindOf(v);
  }
}

/** strconv.FormatFloat(f, 'g', -1, 64), which %v uses. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(n)));
  // Whole numbers print as integers: values files hold them as float64 in Helm (so 1000000 prints
  // `1e+06` there), but a count, port or replica number is what charts print and readers expect.
  if (Number.isInteger(n) && exp < 21) return n.toFixed(0);
  if (exp < -4 || exp >= 6) {
    const [mantissa, e] = n.toExponential().split('e') as [string, string];
    const sign = e.startsWith('-') ? '-' : '+';
    const abs = e.replace(/^[-+]/, '');
    return `${mantissa}e${sign}${abs.padStart(2, '0')}`;
  }
  return String(n);
}

/** fmt.Sprint of one value (%v). */
export function goString(v: unknown): string {
  if (isNil(v)) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goString).join(' ')}]`;
  if (isMap(v)) {
    if (hasGoString(v)) return v[GO_STRING]();
    const keys = Object.keys(v).sort();
    return `map[${keys.map((k) => `${k}:${goString(v[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** fmt.Sprint: a space between operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += goString(a);
  });
  return out;
}

export function sprintln(args: unknown[]): string {
  return `${args.map(goString).join(' ')}\n`;
}

/** Go's %q: a double-quoted string with Go escapes. */
export function goQuote(s: string): string {
  return JSON.stringify(s)
    .replace(/\\u007f/gi, '\\x7f')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Widths and precisions past this are refused (Go's own limit is 1e6). */
const MAX_WIDTH = 1_000_000;

/** fmt.Sprintf for the verbs charts use: %s %d %v %q %f %t %x %X %o %b %e %g %%, with flags, width, precision. */
export function sprintf(format: string, args: unknown[]): string {
  let argi = 0;
  const verb = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?([a-zA-Z%])/g;
  let out = format.replace(verb, (whole, flags: string, width: string | undefined, prec: string | undefined, v) => {
    if (v === '%') return '%';
    if (width === '*') width = String(Number(args[argi++]) || 0);
    if (prec === '*') prec = String(Number(args[argi++]) || 0);
    if (Number(width ?? 0) > MAX_WIDTH || Number(prec ?? 0) > MAX_WIDTH) {
      argi++;
      return `%!${v}(BADWIDTH)`;
    }
    if (argi >= args.length) return `%!${v}(MISSING)`;
    const arg = args[argi++];
    let s = formatVerb(v, arg, prec === undefined ? undefined : Number(prec || 0), flags);
    if (s === undefined) return `%!${v}(${typeOf(arg)}=${goString(arg)})`;
    const w = width ? Number(width) : 0;
    if (s.length < w) {
      if (flags.includes('-')) s = s.padEnd(w);
      else if (flags.includes('0') && /[dfxXobeg]/.test(v)) {
        const neg = s.startsWith('-');
        s = (neg ? '-' : '') + s.slice(neg ? 1 : 0).padStart(w - (neg ? 1 : 0), '0');
      } else s = s.padStart(w);
    }
    void whole;
    return s;
  });
  if (argi < args.length)
    out += `%!(EXTRA ${args
      .slice(argi)
      .map((a) => `${typeOf(a)}=${goString(a)}`)
      .join(', ')})`;
  return out;
}

function formatVerb(v: string, arg: unknown, prec: number | undefined, flags: string): string | undefined {
  const plus = flags.includes('+') ? '+' : '';
  const signed = (n: number, s: string) => (n >= 0 ? plus + s : s);
  switch (v) {
    case 'v':
      return goString(arg);
    case 's': {
      if (isNil(arg)) return '%!s(<nil>)';
      const s = goString(arg);
      return prec === undefined ? s : [...s].slice(0, prec).join('');
    }
    case 'q':
      return typeof arg === 'string'
        ? goQuote(arg)
        : typeof arg === 'number'
          ? `'${String.fromCodePoint(arg)}'`
          : undefined;
    case 't':
      return typeof arg === 'boolean' ? String(arg) : undefined;
    case 'd':
      return typeof arg === 'number' && Number.isInteger(arg) ? signed(arg, arg.toFixed(0)) : undefined;
    case 'x':
    case 'X': {
      let s: string | undefined;
      if (typeof arg === 'number' && Number.isInteger(arg)) s = arg.toString(16);
      else if (typeof arg === 'string') s = Buffer.from(arg, 'utf8').toString('hex');
      return v === 'X' ? s?.toUpperCase() : s;
    }
    case 'o':
      return typeof arg === 'number' && Number.isInteger(arg) ? arg.toString(8) : undefined;
    case 'b':
      return typeof arg === 'number' && Number.isInteger(arg) ? arg.toString(2) : undefined;
    case 'f':
    case 'F':
      return typeof arg === 'number' ? signed(arg, arg.toFixed(prec ?? 6)) : undefined;
    case 'e':
      return typeof arg === 'number'
        ? signed(arg, arg.toExponential(prec ?? 6).replace(/e([-+])(\d)$/, 'e$10$2'))
        : undefined;
    case 'g':
      return typeof arg === 'number'
        ? signed(arg, prec === undefined ? formatNumber(arg) : arg.toPrecision(prec))
        : undefined;
    default:
      return undefined;
  }
}
