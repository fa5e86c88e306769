import type { MessageCreateParamsNonStreaming, Usage } from '@anthropic-ai/sdk/resources/messages/messages.js';
import { estimateTokens } from './fact-digest.js';
import { BATCH_PRICE_FACTOR, costUsd, priceFor, type Price } from './pricing.js';

export type Budget = { kind: 'tokens'; limit: number } | { kind: 'usd'; limit: number };

export interface UsageTotals {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  /** Of `calls`, those answered through the Message Batches API (billed at half price). */
  batchCalls: number;
}

/** How a call is sent: alone, or in a Message Batch (half the price). */
export interface CallKind {
  batch?: boolean;
}

/** Dollars are summed in whole picodollars: integer sums do not depend on the order calls finish in. */
const PICO = 1e12;

/**
 * Counts what the run spent and refuses a call that could exceed the budget: the check uses the
 * worst case (the whole request billed as fresh input, plus max_tokens of output), so a run
 * never goes over what the user allowed. Calls still in flight are counted by their worst case
 * (`reserved`, in the budget's unit), so concurrent calls cannot overshoot either.
 */
export class UsageMeter {
  readonly totals: UsageTotals = {
    calls: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    costUsd: 0,
    batchCalls: 0,
  };
  private costPico = 0;
  constructor(
    readonly budget: Budget | undefined,
    private readonly priceOverrides?: Record<string, Partial<Price>>,
  ) {}

  /** The most this call could count against the budget, in the budget's unit (0 without a budget). */
  worstCase(params: MessageCreateParamsNonStreaming, kind: CallKind = {}): number {
    if (!this.budget) return 0;
    const { input, output } = worstTokens(params);
    if (this.budget.kind === 'tokens') return input + output;
    // Billed as a cache write (1.25× input) when the cached prefix is (re)written: take that rate.
    return this.cost(
      params.model,
      { input_tokens: 0, cache_creation_input_tokens: input, output_tokens: output },
      kind,
    );
  }

  /** Why this call may not start, with `reserved` held by calls in flight; undefined when it fits. */
  refuse(params: MessageCreateParamsNonStreaming, reserved = 0, kind: CallKind = {}): string | undefined {
    if (!this.budget) return undefined;
    const worst = this.worstCase(params, kind);
    if (this.budget.kind === 'tokens') {
      const spent =
        this.totals.inputTokens + this.totals.cacheReadTokens + this.totals.cacheWriteTokens + this.totals.outputTokens;
      if (spent + reserved + worst > this.budget.limit)
        return (
          `the token budget (${this.budget.limit}) would be exceeded: ` +
          `${spent} spent${inFlight(reserved, String(reserved))}, this call could use ${worst}`
        );
    } else if (this.totals.costUsd + reserved + worst > this.budget.limit) {
      return (
        `the budget ($${this.budget.limit.toFixed(2)}) would be exceeded: ` +
        `$${this.totals.costUsd.toFixed(4)} spent${inFlight(reserved, `$${reserved.toFixed(4)}`)}, ` +
        `this call could cost $${worst.toFixed(4)}`
      );
    }
    return undefined;
  }

  record(model: string, usage: Usage, kind: CallKind = {}): void {
    this.totals.calls++;
    if (kind.batch) this.totals.batchCalls++;
    this.totals.inputTokens += usage.input_tokens;
    this.totals.outputTokens += usage.output_tokens;
    this.totals.cacheReadTokens += usage.cache_read_input_tokens ?? 0;
    this.totals.cacheWriteTokens += usage.cache_creation_input_tokens ?? 0;
    this.costPico += Math.round(this.cost(model, usage, kind) * PICO);
    this.totals.costUsd = this.costPico / PICO;
  }

  private cost(model: string, usage: Parameters<typeof costUsd>[0], kind: CallKind): number {
    const full = costUsd(usage, priceFor(model, this.priceOverrides));
    return kind.batch ? full * BATCH_PRICE_FACTOR : full;
  }
}

/** A sequential run never has calls in flight at a check, so its messages stay as they were. */
function inFlight(reserved: number, shown: string): string {
  return reserved > 0 ? ` and ${shown} held by calls in flight` : '';
}

function worstTokens(params: MessageCreateParamsNonStreaming): { input: number; output: number } {
  // chars/4 can undercount dense text, and the API adds its own tool-use and schema tokens:
  // a margin keeps the estimate a true worst case.
  const input =
    Math.ceil(
      estimateTokens(
        JSON.stringify({ s: params.system, m: params.messages, t: params.tools, o: params.output_config }),
      ) * 1.25,
    ) + 1_000;
  return { input, output: params.max_tokens };
}
