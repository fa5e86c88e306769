import { type ColumnType, INTEGER_TYPES, isLob } from './mysql-column-types.js';
import { ServerError } from './mysql-errors.js';
import { isOp, isWord, type Token, tokenize } from './mysql-lexer.js';

// A column default as MariaDB stores and reports it in information_schema.COLUMNS.COLUMN_DEFAULT:
// numbers unquoted and in the column's own format (`0.00` for DECIMAL(4,2), `5` for INT
// DEFAULT '5'), strings and dates quoted (`'x'`, `'2020-01-01 00:00:00'`), bits as `b'101'`,
// CURRENT_TIMESTAMP as `current_timestamp()`, a NULL default as `NULL`. A value the column cannot
// hold is refused, as the server refuses it in its default (strict) SQL mode.

const INTEGER_RANGES: Record<string, [bigint, bigint, bigint]> = {
  // [signed min, signed max, unsigned max]
  tinyint: [-128n, 127n, 255n],
  smallint: [-32768n, 32767n, 65535n],
  mediumint: [-8388608n, 8388607n, 16777215n],
  int: [-2147483648n, 2147483647n, 4294967295n],
  bigint: [-9223372036854775808n, 9223372036854775807n, 18446744073709551615n],
};
const TIME_FUNCTIONS = new Set(['CURRENT_TIMESTAMP', 'NOW', 'LOCALTIME', 'LOCALTIMESTAMP']);

type Literal =
  | { kind: 'null' }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: string }
  | { kind: 'bits'; value: bigint }
  | { kind: 'now'; precision: number }
  | { kind: 'expression'; text: string };

/** COLUMN_DEFAULT for `DEFAULT <written>` on a column of `type`; throws when the server would refuse it. */
export function formatDefault(written: string, type: ColumnType, column: string, length?: number): string {
  const invalid = () => new ServerError(`Invalid default value for '${column}'`);
  const literal = readLiteral(tokenize(written));
  if (literal.kind === 'null') return 'NULL';
  if (literal.kind === 'expression') return literal.text;
  if (literal.kind === 'now') {
    if (!['datetime', 'timestamp'].includes(type.base)) throw invalid();
    return `current_timestamp(${literal.precision || ''})`;
  }
  const { base } = type;
  if (INTEGER_TYPES.has(base)) return String(integerValue(literal, type, invalid));
  if (base === 'decimal') return decimalValue(literal, type, invalid);
  if (base === 'float' || base === 'double') {
    const n = numberOf(literal, invalid);
    return base === 'float' ? String(Number(n.toPrecision(6))) : String(n);
  }
  if (base === 'bit') {
    const v = literal.kind === 'bits' ? literal.value : BigInt(Math.trunc(numberOf(literal, invalid)));
    if (v < 0n || v >= 1n << BigInt(type.length ?? 1)) throw invalid();
    return `b'${v.toString(2)}'`;
  }
  if (base === 'year') {
    const n = Math.trunc(numberOf(literal, invalid));
    const year = n === 0 ? 0 : n < 70 ? 2000 + n : n < 100 ? 1900 + n : n;
    if (year !== 0 && (year < 1901 || year > 2155)) throw invalid();
    return String(year);
  }
  const text = literal.kind === 'bits' ? bitsToString(literal.value) : literal.value;
  if (base === 'date') return quote(dateValue(text, invalid));
  if (base === 'datetime' || base === 'timestamp') return quote(dateTimeValue(text, type, invalid));
  if (base === 'time') return quote(timeValue(text, type.length ?? 0, invalid));
  if (base === 'enum') {
    const member = memberOf(text, literal, type.values ?? []);
    if (member === undefined) throw invalid();
    return quote(member);
  }
  if (base === 'set') {
    const values = type.values ?? [];
    const wanted = text === '' ? [] : text.split(',');
    const at = wanted.map((w) => values.findIndex((v) => v.toLowerCase() === w.toLowerCase()));
    if (at.some((n) => n < 0)) throw invalid();
    return quote(
      [...new Set(at)]
        .sort((a, b) => a - b)
        .map((n) => values[n])
        .join(','),
    );
  }
  if (base === 'binary') {
    if (text.length > (length ?? 1)) throw invalid();
    return quote(text.padEnd(length ?? 1, '\0'));
  }
  if (length !== undefined && !isLob(type) && [...text].length > length) throw invalid();
  return quote(text);
}

function readLiteral(tokens: Token[]): Literal {
  let t = tokens;
  // DEFAULT (literal) is the literal; DEFAULT (expression) is kept as the expression.
  if (isOp(t[0], '(') && isOp(t[t.length - 1], ')')) {
    const inner = t.slice(1, -1);
    const literal = inner.length === 1 || (inner.length === 2 && isOp(inner[0], '-')) ? readLiteral(inner) : undefined;
    if (literal && literal.kind !== 'expression') return literal;
    // The server prints a function call as it is, any other expression in parentheses.
    const call = inner[0]?.kind === 'word' && isOp(inner[1], '(') && groupCloses(inner, 1);
    const text = expressionText(inner);
    return { kind: 'expression', text: call ? text : `(${text})` };
  }
  const negative = isOp(t[0], '-');
  if (negative || isOp(t[0], '+')) t = t.slice(1);
  if (t[0]?.kind === 'word' && t[0].text.startsWith('_') && t[1]?.kind === 'string') t = t.slice(1);
  const first = t[0];
  if (!first) return { kind: 'expression', text: '' };
  if (isWord(first, 'NULL')) return { kind: 'null' };
  if (isWord(first, 'TRUE', 'FALSE')) return { kind: 'number', value: isWord(first, 'TRUE') ? '1' : '0' };
  if (first.kind === 'word' && TIME_FUNCTIONS.has(first.upper)) {
    const precision = isOp(t[1], '(') && t[2]?.kind === 'number' ? Number(t[2].value) : 0;
    return { kind: 'now', precision };
  }
  if (first.kind === 'string') return { kind: 'string', value: t.map((x) => x.value).join('') };
  if (first.kind === 'number') {
    if (/^0x/i.test(first.text)) return { kind: 'bits', value: BigInt(first.text) };
    if (/^0b/i.test(first.text)) return { kind: 'bits', value: BigInt(first.text) };
    return { kind: 'number', value: negative ? `-${first.text}` : first.text };
  }
  if (first.kind === 'hex') return { kind: 'bits', value: BigInt(`0x${first.value || '0'}`) };
  if (first.kind === 'bit') return { kind: 'bits', value: BigInt(`0b${first.value || '0'}`) };
  return { kind: 'expression', text: expressionText(t) };
}

/** An expression default as MariaDB prints it back: function names lower-cased, operators spaced. */
function expressionText(tokens: Token[]): string {
  let out = '';
  tokens.forEach((t, n) => {
    const next = tokens[n + 1];
    const piece = t.kind === 'word' && isOp(next, '(') ? t.text.toLowerCase() : t.text;
    out += piece;
    if (next && !isOp(next, '(') && !isOp(next, ')') && !isOp(next, ',') && !isOp(t, '(')) out += ' ';
    else if (isOp(t, ',')) out += ' ';
  });
  return out;
}

/** Whether the group opening at tokens[i] closes at the last token. */
function groupCloses(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    if (isOp(tokens[k], '(')) depth++;
    else if (isOp(tokens[k], ')') && --depth === 0) return k === tokens.length - 1;
  }
  return false;
}

function numberOf(literal: Literal, invalid: () => Error): number {
  if (literal.kind === 'bits') return Number(literal.value);
  if (literal.kind !== 'number' && literal.kind !== 'string') throw invalid();
  const text = literal.value.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) throw invalid();
  return Number(text);
}

function integerValue(literal: Literal, type: ColumnType, invalid: () => Error): bigint {
  const n = literal.kind === 'bits' ? literal.value : BigInt(Math.round(numberOf(literal, invalid)));
  const [min, max, umax] = INTEGER_RANGES[type.base]!;
  if (type.unsigned ? n < 0n || n > umax : n < min || n > max) throw invalid();
  return n;
}

function decimalValue(literal: Literal, type: ColumnType, invalid: () => Error): string {
  const n = numberOf(literal, invalid);
  const scale = type.scale ?? 0;
  const fixed = n.toFixed(scale);
  const digits = fixed
    .replace(/^-/, '')
    .split('.')[0]!
    .replace(/^0+(?=\d)/, '');
  if (digits.length > (type.length ?? 10) - scale || (type.unsigned && n < 0)) throw invalid();
  return fixed === `-${(0).toFixed(scale)}` ? fixed.slice(1) : fixed;
}

function bitsToString(v: bigint): string {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return hex.replace(/../g, (h) => String.fromCharCode(Number.parseInt(h, 16)));
}

function quote(s: string): string {
  return `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''").replaceAll('\0', '\\0')}'`;
}

function memberOf(text: string, literal: Literal, values: string[]): string | undefined {
  if (literal.kind === 'number') {
    const n = Number(literal.value);
    return Number.isInteger(n) && n >= 1 ? values[n - 1] : undefined;
  }
  const trimmed = text.replace(/ +$/, '');
  return values.find((v) => v.toLowerCase() === trimmed.toLowerCase());
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y === 0 && m === 0 && d === 0) return true; // the zero date, allowed by the default SQL mode
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

function dateParts(text: string): [number, number, number, string] | undefined {
  const t = text.trim();
  const delimited = /^(\d{2,4})[-/.:](\d{1,2})[-/.:](\d{1,2})(.*)$/.exec(t);
  if (delimited) {
    const y = Number(
      delimited[1]!.length === 2
        ? Number(delimited[1]) < 70
          ? `20${delimited[1]}`
          : `19${delimited[1]}`
        : delimited[1],
    );
    return [y, Number(delimited[2]), Number(delimited[3]), delimited[4]!];
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(\d*)$/.exec(t);
  if (compact) return [Number(compact[1]), Number(compact[2]), Number(compact[3]), compact[4]!];
  return undefined;
}

function dateValue(text: string, invalid: () => Error): string {
  const p = dateParts(text);
  if (!p || !validDate(p[0], p[1], p[2]) || (p[3].trim() !== '' && !/^[ T]/.test(p[3]))) throw invalid();
  return `${pad(p[0], 4)}-${pad(p[1])}-${pad(p[2])}`;
}

function dateTimeValue(text: string, type: ColumnType, invalid: () => Error): string {
  const p = dateParts(text);
  if (!p || !validDate(p[0], p[1], p[2])) throw invalid();
  const rest = p[3].trim().replace(/^T/, '');
  const time = rest === '' ? [0, 0, 0, ''] : timeParts(rest);
  if (!time) throw invalid();
  const [h, mi, s, frac] = time as [number, number, number, string];
  if (h > 23 || mi > 59 || s > 59) throw invalid();
  const zero = p[0] === 0 && p[1] === 0 && p[2] === 0;
  if (type.base === 'timestamp' && !zero && (p[0] < 1970 || p[0] > 2038)) throw invalid();
  const fsp = type.length ?? 0;
  const fraction = fsp > 0 ? `.${frac.padEnd(fsp, '0').slice(0, fsp)}` : '';
  return `${pad(p[0], 4)}-${pad(p[1])}-${pad(p[2])} ${pad(h)}:${pad(mi)}:${pad(s)}${fraction}`;
}

function timeParts(text: string): [number, number, number, string] | undefined {
  const m = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d+))?$/.exec(text.trim());
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4] ?? ''];
  const compact = /^(\d{1,7})(?:\.(\d+))?$/.exec(text.trim());
  if (!compact) return undefined;
  const n = compact[1]!.padStart(6, '0');
  return [Number(n.slice(0, -4)), Number(n.slice(-4, -2)), Number(n.slice(-2)), compact[2] ?? ''];
}

function timeValue(text: string, fsp: number, invalid: () => Error): string {
  const negative = text.trim().startsWith('-');
  const parts = timeParts(text.trim().replace(/^-/, ''));
  if (!parts || parts[1] > 59 || parts[2] > 59 || parts[0] > 838) throw invalid();
  const [h, mi, s, frac] = parts;
  const fraction = fsp > 0 ? `.${frac.padEnd(fsp, '0').slice(0, fsp)}` : '';
  return `${negative ? '-' : ''}${pad(h)}:${pad(mi)}:${pad(s)}${fraction}`;
}
