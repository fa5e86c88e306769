// The `budget` setting is part of the configuration (an input, a config key), so it is parsed and
// checked with the rest of it; the agent only reads the result.

export type Budget = { kind: 'tokens'; limit: number } | { kind: 'usd'; limit: number };

const BUDGET_HELP = 'write a token count (`50000`, `50k tokens`, `1.5m tokens`) or US dollars (`$2.50`, `2.5 usd`)';

/**
 * Parses the `budget` setting. Empty → undefined (no budget). Tokens: `50000`, `50,000`, `50k`,
 * `50k tokens`, `1.5m tokens`. Dollars: `$2.50`, `2.5 usd`, `2.50USD`, `$2.50 USD`.
 */
export function parseBudget(text: string | number | undefined | null): Budget | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'number') return tokenBudget(text, String(text));
  const raw = text.trim();
  if (raw === '') return undefined;
  const s = raw.toLowerCase().replace(/\s+/g, ' ');

  const usd = /^(?:\$\s?(\d[\d,_]*(?:\.\d+)?|\.\d+)(?: ?usd)?|(\d[\d,_]*(?:\.\d+)?|\.\d+) ?(?:usd|\$|dollars?))$/.exec(
    s,
  );
  if (usd) {
    const limit = Number((usd[1] ?? usd[2])!.replace(/[,_]/g, ''));
    if (!Number.isFinite(limit) || limit <= 0)
      throw new Error(`budget "${raw}": the amount must be greater than zero; ${BUDGET_HELP}`);
    return { kind: 'usd', limit };
  }

  const tok = /^(\d[\d,_]*(?:\.\d+)?|\.\d+) ?(k|m)? ?(?:tokens?|tok)?$/.exec(s);
  if (tok) {
    const n = Number(tok[1]!.replace(/[,_]/g, ''));
    const mult = tok[2] === 'k' ? 1_000 : tok[2] === 'm' ? 1_000_000 : 1;
    return tokenBudget(n * mult, raw);
  }
  throw new Error(`budget "${raw}" is not understood: ${BUDGET_HELP}`);
}

function tokenBudget(n: number, raw: string): Budget {
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`budget "${raw}": the token count must be greater than zero; ${BUDGET_HELP}`);
  const limit = Math.round(n);
  if (Math.abs(limit - n) > 1e-9)
    throw new Error(`budget "${raw}": a token count must be a whole number; ${BUDGET_HELP}`);
  return { kind: 'tokens', limit };
}
