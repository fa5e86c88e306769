import type { Token } from './mysql-lexer.js';

// The text node-sql-parser is given for a statement: the statement with its comments blanked
// out and executable comments opened (the parser would drop `/*!40101 … *\/` as a comment, the
// server runs it), and with the spans read by our own readers (data types, defaults) replaced by
// something the grammar accepts. Every edit keeps the length and the line breaks, so an offset
// the parser reports is an offset in the statement as written.

export class ParserText {
  private readonly chars: string[];

  constructor(sql: string, tokens: Token[]) {
    this.chars = sql.split('').map((c) => (c === '\n' ? '\n' : ' '));
    for (const t of tokens) for (let i = t.start; i < t.end; i++) this.chars[i] = sql[i]!;
  }

  /** Blanks [start, end). */
  blank(start: number, end: number): this {
    for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = ' ';
    return this;
  }

  /** Puts `text` at `start`, blanking the rest of [start, end); `text` must fit. */
  replace(start: number, end: number, text: string): this {
    if (text.length > end - start) throw new Error(`replacement "${text}" longer than the span it replaces`);
    this.blank(start, end);
    for (let i = 0; i < text.length; i++) this.chars[start + i] = text[i]!;
    return this;
  }

  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  toString(): string {
    return this.chars.join('');
  }
}
