import type { MessageCreateParamsNonStreaming, Usage } from '@anthropic-ai/sdk/resources/messages/messages.js';
import { estimateTokens } from './fact-digest.js';
import { costUsd, priceFor, type Price } from './pricing.js';

export type Budget = { kind: 'tokens'; limit: number } | { kind: 'usd'; limit: number };

export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
}

/**
 * Counts what the run spent and refuses a call that could exceed the budget: the check uses the
 * worst case (the whole request billed as fresh input, plus max_tokens of output), so a run
 * never goes over what the user allowed.
 */
export class UsageMeter {
  readonly totals: UsageTotals = {
    calls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    costUsd: 0,
  };
  constructor(
    private readonly budget: Budget | undefined,
    private readonly priceOverrides?: Record<string, Partial<Price>>,
  ) {}

  refuse(params: MessageCreateParamsNonStreaming): string | undefined {
    if (!this.budget) return undefined;
    // chars/4 can undercount dense text, and the API adds its own tool-use and schema tokens:
    // a margin keeps the estimate a true worst case.
    const input =
      Math.ceil(
        estimateTokens(
          JSON.stringify({ s: params.system, m: params.messages, t: params.tools, o: params.output_config }),
        ) * 1.25,
      ) + 1_000;
    const output = params.max_tokens;
    if (this.budget.kind === 'tokens') {
      const spent =
        this.totals.inputTokens + this.totals.cacheReadTokens + this.totals.cacheWriteTokens + this.totals.outputTokens;
      if (spent + input + output > this.budget.limit)
        return (
          `the token budget (${this.budget.limit}) would be exceeded: ` +
          `${spent} spent, this call could use ${input + output}`
        );
    } else {
      // Billed as a cache write (1.25× input) when the cached prefix is (re)written: take that rate.
      const worst = costUsd(
        { input_tokens: 0, cache_creation_input_tokens: input, output_tokens: output },
        priceFor(params.model, this.priceOverrides),
      );
      if (this.totals.costUsd + worst > this.budget.limit)
        return (
          `the budget ($${this.budget.limit.toFixed(2)}) would be exceeded: ` +
          `$${this.totals.costUsd.toFixed(4)} spent, this call could cost $${worst.toFixed(4)}`
        );
    }
    return undefined;
  }

  record(model: string, usage: Usage): void {
    this.totals.calls++;
    this.totals.inputTokens += usage.input_tokens;
    this.totals.outputTokens += usage.output_tokens;
    this.totals.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
    this.totals.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
    this.totals.costUsd += costUsd(usage, priceFor(model, this.priceOverrides));
  }
}
