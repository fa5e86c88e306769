// Compose's variable interpolation (`docker compose config` without `--no-interpolate`), applied to
// every string value of a Compose file before anything else reads it, so a port written as
// `${WEB_PORT:-8080}:80` or an image `shop/api:${TAG:-latest}` reads as Compose would run it.
//
// Supported, as in the Compose Specification: `$VAR`, `${VAR}`, `${VAR:-default}` (unset or empty),
// `${VAR-default}` (unset), `${VAR:?error}` / `${VAR?error}`, `${VAR:+alt}` / `${VAR+alt}`, `$$` for
// a literal `$`, and defaults that hold further `${…}` (nested up to a depth cap).

/** Deeper nesting than this in a default is not expanded (a crafted file cannot recurse forever). */
const MAX_NESTING = 8;

const NAME = /^[_A-Za-z][_A-Za-z0-9]*/;

/** A problem found while interpolating: Compose warns about the first kind and stops on the second. */
export interface InterpolationIssue {
  kind: 'unset' | 'required' | 'syntax';
  variable: string;
  /** For `required`: the error text the file gives (`${DB_HOST:?set DB_HOST}`). */
  message?: string;
}

/** A variable's value, or undefined when it is unset (or its value must not be used). */
export type VariableLookup = (name: string) => string | undefined;

/** `text` with every variable replaced; problems are pushed to `issues`. Never throws. */
export function interpolate(text: string, lookup: VariableLookup, issues: InterpolationIssue[], depth = 0): string {
  if (!text.includes('$')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 2);
      if (close === -1) {
        issues.push({ kind: 'syntax', variable: text.slice(i, i + 40) });
        out += text.slice(i);
        break;
      }
      out += expandBraced(text.slice(i + 2, close), lookup, issues, depth);
      i = close + 1;
      continue;
    }
    const bare = NAME.exec(text.slice(i + 1));
    if (bare) {
      out += valueOrBlank(bare[0], lookup, issues);
      i += 1 + bare[0].length;
      continue;
    }
    out += '$'; // a lone `$` (`cost: 5$`) stays as written
    i++;
  }
  return out;
}

/** Index of the `}` that closes a `${` whose body starts at `from`, counting nested `${`. */
function matchingBrace(text: string, from: number): number {
  let open = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      open++;
      i++;
    } else if (text[i] === '}' && --open === 0) return i;
  }
  return -1;
}

function expandBraced(body: string, lookup: VariableLookup, issues: InterpolationIssue[], depth: number): string {
  const name = NAME.exec(body)?.[0];
  if (!name) {
    issues.push({ kind: 'syntax', variable: `\${${body}}` });
    return '';
  }
  const rest = body.slice(name.length);
  if (rest === '') return valueOrBlank(name, lookup, issues);
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    issues.push({ kind: 'syntax', variable: `\${${body}}` });
    return '';
  }
  const arg = rest.slice(op.length);
  const value = lookup(name);
  const emptyCounts = op.startsWith(':');
  const missing = value === undefined || (emptyCounts && value === '');
  // The argument is itself interpolated, but only when it is used (as Compose does).
  const expand = () => (depth >= MAX_NESTING ? arg : interpolate(arg, lookup, issues, depth + 1));
  switch (op) {
    case ':-':
    case '-':
      return missing ? expand() : value!;
    case ':?':
    case '?':
      if (missing) {
        issues.push({ kind: 'required', variable: name, message: expand() });
        return '';
      }
      return value!;
    default: // `:+` and `+`
      return missing ? '' : expand();
  }
}

function valueOrBlank(name: string, lookup: VariableLookup, issues: InterpolationIssue[]): string {
  const value = lookup(name);
  if (value !== undefined) return value;
  issues.push({ kind: 'unset', variable: name });
  return '';
}
