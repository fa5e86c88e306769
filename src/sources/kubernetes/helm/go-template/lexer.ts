// Splits a Go template into text and actions (honouring `{{-`/`-}}` trim markers and `{{/* */}}`
// comments), and an action into tokens. Quotes are tracked while looking for `}}`, so `{{ "}}" }}`
// stays one action.

import { TemplateError } from './template-error.js';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'action'; tokens: Token[]; line: number; source: string };

export type TokenKind =
  | 'field'
  | 'dot'
  | 'variable'
  | 'ident'
  | 'string'
  | 'number'
  | 'pipe'
  | 'lparen'
  | 'rparen'
  | 'declare'
  | 'assign'
  | 'comma';

export interface Token {
  kind: TokenKind;
  /** Name (without `.`/`$` for fields), the string's value, the number's source text. */
  text: string;
  line: number;
  /** Whether whitespace came before it: `.a .b` is two operands, `.a.b` one chain. */
  spaced: boolean;
}

const SPACE = /[ \t\r\n]/;

export function segmentTemplate(name: string, source: string): Segment[] {
  const segments: Segment[] = [];
  let pos = 0;
  let line = 1;
  let trimNext = false;
  const pushText = (text: string) => {
    let t = text;
    if (trimNext) t = t.replace(/^[ \t\r\n]+/, '');
    trimNext = false;
    if (t) segments.push({ kind: 'text', text: t });
  };
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    if (open < 0) {
      pushText(source.slice(pos));
      break;
    }
    let text = source.slice(pos, open);
    line += countLines(text);
    let start = open + 2;
    const trimLeft = source[start] === '-' && SPACE.test(source[start + 1] ?? '');
    if (trimLeft) {
      text = text.replace(/[ \t\r\n]+$/, '');
      start += 2;
    }
    pushText(text);
    const actionLine = line;
    const close = findClose(source, start);
    if (close < 0) throw new TemplateError(name, actionLine, 'unclosed action');
    let end = close;
    const trimRight = source[close - 1] === '-' && close - 2 >= start && SPACE.test(source[close - 2] ?? '');
    if (trimRight) end = close - 2;
    const content = source.slice(start, end);
    line += countLines(source.slice(open, close + 2));
    pos = close + 2;
    trimNext = trimRight;
    const trimmed = content.trim();
    if (trimmed.startsWith('/*')) {
      if (!trimmed.endsWith('*/')) throw new TemplateError(name, actionLine, 'unclosed comment');
      continue;
    }
    segments.push({ kind: 'action', tokens: tokenize(name, content, actionLine), line: actionLine, source: trimmed });
  }
  return segments;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the `}}` ending the action that starts at `from`, skipping strings and comments. */
function findClose(source: string, from: number): number {
  let i = from;
  const rest = source.slice(from).trimStart();
  if (rest.startsWith('/*')) {
    const endComment = source.indexOf('*/', source.indexOf('/*', from) + 2);
    if (endComment < 0) return -1;
    i = endComment + 2;
  }
  while (i < source.length) {
    const c = source[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < source.length && source[i] !== c) {
        if (source[i] === '\\') i++;
        if (source[i] === '\n') return -1;
        i++;
      }
      i++;
    } else if (c === '`') {
      const endRaw = source.indexOf('`', i + 1);
      if (endRaw < 0) return -1;
      i = endRaw + 1;
    } else if (c === '}' && source[i + 1] === '}') {
      return i;
    } else i++;
  }
  return -1;
}

const IDENT = /[A-Za-z0-9_]/;

function tokenize(name: string, content: string, firstLine: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = firstLine;
  let spaced = true;
  const push = (kind: TokenKind, text: string) => {
    tokens.push({ kind, text, line, spaced });
    spaced = false;
  };
  const word = (from: number) => {
    let j = from;
    while (j < content.length && IDENT.test(content[j]!)) j++;
    return j;
  };
  while (i < content.length) {
    const c = content[i]!;
    if (SPACE.test(c)) {
      if (c === '\n') line++;
      spaced = true;
      i++;
    } else if (c === '.') {
      const j = word(i + 1);
      if (j === i + 1) {
        if (/[0-9]/.test(content[i + 1] ?? '')) {
          const n = numberEnd(content, i);
          push('number', content.slice(i, n));
          i = n;
          continue;
        }
        push('dot', '.');
      } else push('field', content.slice(i + 1, j));
      i = j;
    } else if (c === '$') {
      const j = word(i + 1);
      push('variable', content.slice(i, j));
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      while (j < content.length && content[j] !== '"') j += content[j] === '\\' ? 2 : 1;
      if (j >= content.length) throw new TemplateError(name, line, 'unterminated quoted string');
      push('string', unquote(name, line, content.slice(i, j + 1)));
      i = j + 1;
    } else if (c === '`') {
      const j = content.indexOf('`', i + 1);
      if (j < 0) throw new TemplateError(name, line, 'unterminated raw quoted string');
      const raw = content.slice(i + 1, j);
      push('string', raw);
      line += countLines(raw);
      i = j + 1;
    } else if (c === "'") {
      const j = content.indexOf("'", i + 2);
      if (j < 0) throw new TemplateError(name, line, 'unterminated character constant');
      const ch = unquote(name, line, `"${content.slice(i + 1, j)}"`);
      push('number', String(ch.codePointAt(0) ?? 0));
      i = j + 1;
    } else if (/[0-9]/.test(c) || ((c === '-' || c === '+') && /[0-9.]/.test(content[i + 1] ?? ''))) {
      const n = numberEnd(content, i);
      push('number', content.slice(i, n));
      i = n;
    } else if (IDENT.test(c)) {
      const j = word(i);
      push('ident', content.slice(i, j));
      i = j;
    } else if (c === '|') {
      push('pipe', '|');
      i++;
    } else if (c === '(') {
      push('lparen', '(');
      i++;
    } else if (c === ')') {
      push('rparen', ')');
      i++;
    } else if (c === ',') {
      push('comma', ',');
      i++;
    } else if (c === ':' && content[i + 1] === '=') {
      push('declare', ':=');
      i += 2;
    } else if (c === '=') {
      push('assign', '=');
      i++;
    } else throw new TemplateError(name, line, `unexpected ${JSON.stringify(c)} in command`);
  }
  return tokens;
}

function numberEnd(content: string, from: number): number {
  let j = from;
  if (content[j] === '-' || content[j] === '+') j++;
  while (j < content.length && /[0-9A-Za-z_.]/.test(content[j]!)) {
    if ((content[j] === 'e' || content[j] === 'E') && (content[j + 1] === '-' || content[j + 1] === '+')) j++;
    j++;
  }
  return j;
}

function unquote(name: string, line: number, quoted: string): string {
  try {
    // Go's escapes are JSON's plus \a \v \x.. \' and octal; map the common extra ones first.
    const json = quoted
      .replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')
      .replace(/\\a/g, '\\u0007')
      .replace(/\\v/g, '\\u000b')
      .replace(/\\'/g, "'")
      .replace(/\t/g, '\\t');
    return JSON.parse(json) as string;
  } catch {
    throw new TemplateError(name, line, `bad quoted string ${quoted}`);
  }
}
