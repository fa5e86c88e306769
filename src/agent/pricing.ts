// Prices of Claude models in USD per million tokens, the cost of a call from its `usage`, and
// the `budget` setting.
//
// Where the numbers come from (read 2026-11, through stored copies of the pages):
// - Claude Opus 5.5, Sonnet 5.5 and Haiku 5.5: Anthropic's model overview pages,
//   https://platform.claude.com/docs/en/models/{opus-5-5,sonnet-5-5,haiku-5-5}/overview
//   ("Pricing": input, output, 5m cache write, 1h cache write, cache read).
//     Opus 5.5 (released 2026-09-22):   $4 / $20,  5m write $5,     1h write $8,    read $0.20 (0.05x input)
//     Sonnet 5.5:                       $2 / $10,  5m write $2.50,  1h write $4,    read $0.20
//     Haiku 5.5 (released 2026-10-07):  prompts up to 100,000 tokens $0.10 / $0.50, 5m write $0.125,
//                                       1h write $0.20, read $0.01; longer prompts $0.50 / $2.50,
//                                       $0.625, $1.00, $0.05 - on every token of that request.
//   Several price trackers' changelogs (claudit v1.9.2, PromptFuel v1.0.23, token-stats 0.3.2) report
//   that Sonnet 5.5 cache reads were cut to $0.10 on 2026-10-07; the copy of the official page we
//   could read still says $0.20, so $0.20 is kept: it can only over-estimate, which keeps budgets safe.
// - Claude Opus 5 / 4.5-4.8 ($5 / $25) and Sonnet 5 ($2 / $10): the same site's pages for those models.
// - Older models (Opus 4 / 4.1 / 3 $15 / $75, Sonnet 3.7-4.6 $3 / $15, Haiku 4.5 $1 / $5, Haiku 3.5
//   $0.80 / $4, Haiku 3 $0.25 / $1.25): https://docs.anthropic.com/en/docs/about-claude/pricing and
//   the per-model pages.
// Where a page gives no cache price, Anthropic's published ratios are used: a 5-minute cache write
// costs 1.25x the input price, a 1-hour write 2x, a cache read 0.1x.
//
// The Message Batches API bills every token of a batched request at half these rates, cache writes
// and reads included (the discount stacks with the cache multipliers): `BATCH_PRICE_FACTOR`.
// Not modelled: fast mode, data-residency surcharges, server-tool fees. Bedrock and Vertex list
// their own prices, usually the same as Anthropic's; override them with `prices`.

/** What a request sent through the Message Batches API costs, against the same request sent alone. */
export const BATCH_PRICE_FACTOR = 0.5;

export interface PriceBand {
  /** USD per million fresh input tokens. */
  input: number;
  /** USD per million output tokens. */
  output: number;
  /** USD per million tokens written to the 5-minute prompt cache. */
  cacheWrite: number;
  /** USD per million tokens read from the prompt cache. */
  cacheRead: number;
  /** USD per million tokens written to the 1-hour prompt cache (2x input when not given). */
  cacheWrite1h?: number;
}

export interface Price extends PriceBand {
  /**
   * A dearer band for long prompts (Haiku 5.5): when input + cache reads + cache writes of ONE request
   * exceed `thresholdTokens`, every token of that request is billed at these rates.
   */
  longPrompt?: PriceBand & { thresholdTokens: number };
  /** What the price was taken for, e.g. `Claude Sonnet 5.5` or `unknown model (priced as the dearest)`. */
  label?: string;
}

export interface UsageLike {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  /** Split of the cache writes by TTL, as the API returns it. */
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
}

export type Family = 'opus' | 'sonnet' | 'haiku';

const CACHE_WRITE_5M = 1.25;
const CACHE_WRITE_1H = 2;
const CACHE_READ = 0.1;

/** A band from the input and output prices, with Anthropic's standard cache ratios unless given. */
function band(
  input: number,
  output: number,
  cache: { write?: number; write1h?: number; read?: number } = {},
): PriceBand {
  return {
    input,
    output,
    cacheWrite: cache.write ?? round(input * CACHE_WRITE_5M),
    cacheWrite1h: cache.write1h ?? round(input * CACHE_WRITE_1H),
    cacheRead: cache.read ?? round(input * CACHE_READ),
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

interface Row {
  family: Family;
  /** Inclusive version range [major, minor]. */
  from: [number, number];
  to: [number, number];
  label: string;
  price: Omit<Price, 'label'>;
}

const ROWS: Row[] = [
  {
    family: 'opus',
    from: [5, 5],
    to: [5, 5],
    label: 'Claude Opus 5.5',
    price: band(4, 20, { write: 5, write1h: 8, read: 0.2 }),
  },
  { family: 'opus', from: [4, 5], to: [5, 0], label: 'Claude Opus 4.5-5', price: band(5, 25) },
  { family: 'opus', from: [3, 0], to: [4, 1], label: 'Claude Opus 3-4.1', price: band(15, 75) },
  {
    family: 'sonnet',
    from: [5, 5],
    to: [5, 5],
    label: 'Claude Sonnet 5.5',
    price: band(2, 10, { write: 2.5, write1h: 4, read: 0.2 }),
  },
  { family: 'sonnet', from: [5, 0], to: [5, 0], label: 'Claude Sonnet 5', price: band(2, 10) },
  { family: 'sonnet', from: [3, 0], to: [4, 9], label: 'Claude Sonnet 3-4.x', price: band(3, 15) },
  {
    family: 'haiku',
    from: [5, 5],
    to: [5, 5],
    label: 'Claude Haiku 5.5',
    price: {
      ...band(0.1, 0.5, { write: 0.125, write1h: 0.2, read: 0.01 }),
      longPrompt: { thresholdTokens: 100_000, ...band(0.5, 2.5, { write: 0.625, write1h: 1, read: 0.05 }) },
    },
  },
  { family: 'haiku', from: [4, 5], to: [4, 5], label: 'Claude Haiku 4.5', price: band(1, 5) },
  {
    family: 'haiku',
    from: [3, 5],
    to: [3, 5],
    label: 'Claude Haiku 3.5',
    price: band(0.8, 4, { write: 1, read: 0.08 }),
  },
  {
    family: 'haiku',
    from: [3, 0],
    to: [3, 0],
    label: 'Claude Haiku 3',
    price: band(0.25, 1.25, { write: 0.3, read: 0.03 }),
  },
];

/** Base prices per family: the family's dearest known row, used when the version is not in the table. */
export const FAMILY_PRICES: Record<Family, Price> = {
  opus: dearest(ROWS.filter((r) => r.family === 'opus')),
  sonnet: dearest(ROWS.filter((r) => r.family === 'sonnet')),
  haiku: dearest(ROWS.filter((r) => r.family === 'haiku')),
};

/** The price used for a model we cannot place: the dearest we know, so a budget is never under-counted. */
export const UNKNOWN_MODEL_PRICE: Price = { ...dearest(ROWS), label: 'unknown model (priced as the dearest known)' };

function dearest(rows: Row[]): Price {
  const top = rows.reduce((a, b) => (b.price.output + b.price.input > a.price.output + a.price.input ? b : a));
  return { ...top.price, label: top.label };
}

/** Family and version of a Claude model id in any provider's spelling. */
export function parseModelId(modelId: string): { family: Family; version?: [number, number] } | undefined {
  const id = modelId.toLowerCase();
  // claude-sonnet-5-5, claude-opus-4-1-20250805, global.anthropic.claude-haiku-5-5, claude-sonnet-4-5@20250929,
  // anthropic.claude-sonnet-4-5-20250929-v1:0. The minor version is one or two digits, never the date.
  const modern = /claude-(opus|sonnet|haiku)(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![0-9])/.exec(id);
  if (modern) {
    const family = modern[1] as Family;
    if (modern[2] === undefined) return { family };
    return { family, version: [Number(modern[2]), Number(modern[3] ?? 0)] };
  }
  // Legacy spelling: claude-3-5-sonnet-20241022, claude-3-opus@20240229.
  const legacy = /claude-(\d)(?:-(\d))?-(opus|sonnet|haiku)/.exec(id);
  if (legacy) return { family: legacy[3] as Family, version: [Number(legacy[1]), Number(legacy[2] ?? 0)] };
  const bare = /(opus|sonnet|haiku)/.exec(id);
  return bare ? { family: bare[1] as Family } : undefined;
}

const cmp = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

function basePrice(modelId: string): Price {
  const parsed = parseModelId(modelId);
  if (!parsed) return UNKNOWN_MODEL_PRICE;
  const { family, version } = parsed;
  if (version) {
    const row = ROWS.find((r) => r.family === family && cmp(version, r.from) >= 0 && cmp(version, r.to) <= 0);
    if (row) return { ...row.price, label: row.label };
  }
  return {
    ...FAMILY_PRICES[family],
    label: `${family} (version not in the price table; priced as ${FAMILY_PRICES[family].label})`,
  };
}

/**
 * The price of a model. `overrides` are keyed by family (`opus`, `sonnet`, `haiku`), by a substring
 * of the id, or by the exact id; the more specific key wins, and each only replaces the fields it
 * names. An override of `input` without cache prices scales the cache prices with it; an override
 * of `input` or `output` drops the long-prompt band (the user's price is taken as flat).
 */
export function priceFor(modelId: string, overrides?: Record<string, Partial<Price>>): Price {
  let price = basePrice(modelId);
  if (!overrides) return price;
  const id = modelId.toLowerCase();
  const family = parseModelId(modelId)?.family;
  const keys = Object.keys(overrides)
    .filter((k) => {
      const key = k.toLowerCase().trim();
      return key.length > 0 && (key === family || key === id || id.includes(key));
    })
    // family first, then substrings (shorter first), exact id last: the most specific applies last.
    .sort((a, b) => rank(a) - rank(b) || a.length - b.length);
  function rank(k: string): number {
    const key = k.toLowerCase().trim();
    return key === id ? 2 : key === family ? 0 : 1;
  }
  for (const key of keys) price = applyOverride(price, overrides[key]!);
  return price;
}

function applyOverride(base: Price, o: Partial<Price>): Price {
  const defined = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Price>;
  for (const [k, v] of Object.entries(defined)) {
    if (k === 'label' || k === 'longPrompt') continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      throw new Error(`price override ${k} must be a number >= 0, got ${String(v)}`);
  }
  const next: Price = { ...base, ...defined };
  if (defined.input !== undefined && base.input > 0) {
    const scale = defined.input / base.input;
    if (defined.cacheWrite === undefined) next.cacheWrite = round(base.cacheWrite * scale);
    if (defined.cacheRead === undefined) next.cacheRead = round(base.cacheRead * scale);
    if (defined.cacheWrite1h === undefined)
      next.cacheWrite1h = round((base.cacheWrite1h ?? base.input * CACHE_WRITE_1H) * scale);
  }
  if ((defined.input !== undefined || defined.output !== undefined) && defined.longPrompt === undefined)
    delete next.longPrompt;
  next.label = `${base.label ?? 'model'} (overridden)`;
  return next;
}

/** USD cost of one call's usage at `price`. */
export function costUsd(usage: UsageLike, price: Price): number {
  const input = nonNegative(usage.input_tokens);
  const output = nonNegative(usage.output_tokens);
  const cacheWrite = nonNegative(usage.cache_creation_input_tokens);
  const cacheRead = nonNegative(usage.cache_read_input_tokens);
  const split1h = nonNegative(usage.cache_creation?.ephemeral_1h_input_tokens);
  // Tokens written to the 1-hour cache are part of cache_creation_input_tokens; the rest are 5-minute writes.
  const write1h = Math.min(split1h, cacheWrite);
  const write5m = cacheWrite - write1h;
  const long = price.longPrompt;
  const rates: PriceBand = long && input + cacheWrite + cacheRead > long.thresholdTokens ? long : price;
  const perMillion =
    input * rates.input +
    output * rates.output +
    write5m * rates.cacheWrite +
    write1h * (rates.cacheWrite1h ?? rates.input * CACHE_WRITE_1H) +
    cacheRead * rates.cacheRead;
  return perMillion / 1_000_000;
}

function nonNegative(n: number | null | undefined): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}
