import { describe, expect, it } from 'vitest';
import { costUsd, FAMILY_PRICES, parseModelId, priceFor, UNKNOWN_MODEL_PRICE } from '../../src/agent/pricing.js';
import { parseBudget } from '../../src/config/parse-budget.js';

describe('priceFor', () => {
  it('prices the current models from the published table', () => {
    expect(priceFor('claude-opus-5-5')).toMatchObject({
      input: 4,
      output: 20,
      cacheWrite: 5,
      cacheWrite1h: 8,
      cacheRead: 0.2,
    });
    expect(priceFor('claude-sonnet-5-5')).toMatchObject({
      input: 2,
      output: 10,
      cacheWrite: 2.5,
      cacheWrite1h: 4,
      cacheRead: 0.2,
    });
    expect(priceFor('claude-haiku-5-5')).toMatchObject({ input: 0.1, output: 0.5, cacheWrite: 0.125, cacheRead: 0.01 });
    expect(priceFor('claude-haiku-5-5').longPrompt).toMatchObject({
      thresholdTokens: 100_000,
      input: 0.5,
      output: 2.5,
    });
  });

  it('applies the standard cache ratios where no cache price is published', () => {
    const opus45 = priceFor('claude-opus-4-5-20251101');
    expect(opus45).toMatchObject({ input: 5, output: 25, cacheWrite: 6.25, cacheWrite1h: 10, cacheRead: 0.5 });
    const sonnet45 = priceFor('claude-sonnet-4-5-20250929');
    expect(sonnet45).toMatchObject({ input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 });
  });

  it('recognises ids in every provider spelling and legacy order', () => {
    expect(priceFor('global.anthropic.claude-sonnet-5-5').input).toBe(2);
    expect(priceFor('anthropic.claude-opus-4-1-20250805-v1:0').input).toBe(15);
    expect(priceFor('claude-haiku-4-5@20251001').input).toBe(1);
    expect(priceFor('claude-3-5-haiku-20241022').input).toBe(0.8);
    expect(priceFor('claude-3-opus-20240229').output).toBe(75);
    expect(priceFor('claude-opus-4-20250514').input).toBe(15);
    expect(parseModelId('claude-opus-4-20250514')).toEqual({ family: 'opus', version: [4, 0] });
    expect(parseModelId('claude-sonnet-5')).toEqual({ family: 'sonnet', version: [5, 0] });
    expect(parseModelId('gpt-5')).toBeUndefined();
  });

  it("prices an unknown version at the family's dearest, and an unknown model at the dearest of all", () => {
    expect(priceFor('claude-sonnet-9-1')).toMatchObject({
      input: FAMILY_PRICES.sonnet.input,
      output: FAMILY_PRICES.sonnet.output,
    });
    expect(FAMILY_PRICES.sonnet.input).toBe(3);
    expect(priceFor('my-fine-tune')).toMatchObject({ input: 15, output: 75 });
    expect(UNKNOWN_MODEL_PRICE.output).toBeGreaterThanOrEqual(
      Math.max(FAMILY_PRICES.opus.output, FAMILY_PRICES.sonnet.output, FAMILY_PRICES.haiku.output),
    );
  });

  it('applies overrides by family, substring and exact id, the most specific last', () => {
    const overrides = { sonnet: { input: 4 }, 'sonnet-5': { output: 12 }, 'claude-sonnet-5-5': { cacheRead: 0.1 } };
    const p = priceFor('claude-sonnet-5-5', overrides);
    // input 2 → 4 doubles the cache write, the exact-id override sets the read.
    expect(p).toMatchObject({ input: 4, output: 12, cacheWrite: 5, cacheRead: 0.1 });
    expect(priceFor('claude-opus-5-5', overrides).input).toBe(4); // untouched
    expect(priceFor('claude-haiku-5-5', { haiku: { input: 0.2 } }).longPrompt).toBeUndefined();
    expect(() => priceFor('claude-opus-5-5', { opus: { input: -1 } })).toThrow(/input must be a number >= 0/);
  });
});

describe('costUsd', () => {
  it('adds input, output, cache writes and cache reads at their rates', () => {
    const price = priceFor('claude-sonnet-5-5');
    const usd = costUsd(
      {
        input_tokens: 1_000_000,
        output_tokens: 100_000,
        cache_creation_input_tokens: 200_000,
        cache_read_input_tokens: 500_000,
      },
      price,
    );
    // 2 + 1 + 0.5 + 0.1
    expect(usd).toBeCloseTo(3.6, 10);
  });

  it('bills 1-hour cache writes at their own rate, and treats null as zero', () => {
    const price = priceFor('claude-opus-5-5');
    const usage = {
      input_tokens: 0,
      output_tokens: 0,
      cache_creation_input_tokens: 300_000,
      cache_read_input_tokens: null,
      cache_creation: { ephemeral_5m_input_tokens: 100_000, ephemeral_1h_input_tokens: 200_000 },
    };
    // 0.1M * $5 + 0.2M * $8
    expect(costUsd(usage, price)).toBeCloseTo(2.1, 10);
  });

  it('switches Haiku 5.5 to the long-prompt band over 100k prompt tokens, output included', () => {
    const price = priceFor('claude-haiku-5-5');
    expect(costUsd({ input_tokens: 100_000, output_tokens: 10_000 }, price)).toBeCloseTo(0.01 + 0.005, 10);
    expect(
      costUsd({ input_tokens: 60_000, cache_read_input_tokens: 50_000, output_tokens: 10_000 }, price),
    ).toBeCloseTo(0.03 + 0.0025 + 0.025, 10);
  });
});

describe('parseBudget', () => {
  it('reads token counts', () => {
    expect(parseBudget('50000')).toEqual({ kind: 'tokens', limit: 50_000 });
    expect(parseBudget('50k tokens')).toEqual({ kind: 'tokens', limit: 50_000 });
    expect(parseBudget('50K')).toEqual({ kind: 'tokens', limit: 50_000 });
    expect(parseBudget('200000 tokens')).toEqual({ kind: 'tokens', limit: 200_000 });
    expect(parseBudget('200,000 tokens')).toEqual({ kind: 'tokens', limit: 200_000 });
    expect(parseBudget('1.5m tokens')).toEqual({ kind: 'tokens', limit: 1_500_000 });
    expect(parseBudget(' 1 token ')).toEqual({ kind: 'tokens', limit: 1 });
    expect(parseBudget(75_000)).toEqual({ kind: 'tokens', limit: 75_000 });
  });

  it('reads dollar amounts', () => {
    expect(parseBudget('$2.50')).toEqual({ kind: 'usd', limit: 2.5 });
    expect(parseBudget('2.5 usd')).toEqual({ kind: 'usd', limit: 2.5 });
    expect(parseBudget('2.50USD')).toEqual({ kind: 'usd', limit: 2.5 });
    expect(parseBudget('$ 10')).toEqual({ kind: 'usd', limit: 10 });
    expect(parseBudget('$0.75 USD')).toEqual({ kind: 'usd', limit: 0.75 });
    expect(parseBudget('3 dollars')).toEqual({ kind: 'usd', limit: 3 });
  });

  it('treats empty as no budget', () => {
    expect(parseBudget('')).toBeUndefined();
    expect(parseBudget('   ')).toBeUndefined();
    expect(parseBudget(undefined)).toBeUndefined();
  });

  it('rejects garbage with a message that shows the accepted forms', () => {
    expect(() => parseBudget('lots')).toThrow(/budget "lots" is not understood: write a token count .*\$2\.50/);
    expect(() => parseBudget('€5')).toThrow(/not understood/);
    expect(() => parseBudget('-5')).toThrow(/not understood/);
    expect(() => parseBudget('5 euros')).toThrow(/not understood/);
    expect(() => parseBudget('0')).toThrow(/greater than zero/);
    expect(() => parseBudget('$0')).toThrow(/greater than zero/);
    expect(() => parseBudget('12.5 tokens')).toThrow(/whole number/);
  });
});
