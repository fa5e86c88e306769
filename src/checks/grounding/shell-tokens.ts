/** Shell-ish tokens with their offsets (quotes stripped from the token, not from the offset). */
export function shellTokens(line: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  for (const m of line.matchAll(/"[^"]*"|'[^']*'|[^\s"']+/g)) {
    out.push({ text: m[0].replace(/^["']|["']$/g, ''), index: m.index });
  }
  return out;
}

/** The tokens of `line` from offset `start` on, with offsets in `line`. */
export function shellTokensFrom(line: string, start: number): { text: string; index: number }[] {
  return shellTokens(line.slice(start)).map((t) => ({ ...t, index: t.index + start }));
}
