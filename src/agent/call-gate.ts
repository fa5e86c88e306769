import type { MessageCreateParamsNonStreaming, Usage } from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { UsageMeter } from './usage-meter.js';

/** Leave to make one model call: `refusal` says why there is none; `done` must follow every granted call. */
export type CallPermit = { refusal: string } | { refusal?: undefined; done(model: string, usage?: Usage): void };

/** How one section asks for its calls. */
export interface SectionCalls {
  admit(params: MessageCreateParamsNonStreaming): Promise<CallPermit>;
}

interface Waiter {
  section: number;
  params: MessageCreateParamsNonStreaming;
  grant(permit: CallPermit): void;
}

/**
 * Admits the model calls of sections running side by side, under the budget. Sections are numbered
 * in plan order (the order a sequential run writes them in), and that order decides:
 * - a call starts when the budget has room for it on top of what was spent and the worst case of
 *   every call in flight; a call that would not fit waits, and no later section's call jumps it;
 * - a call is refused only once nothing is in flight and every running section waits here, so the
 *   refusal is decided on what was really spent, by the earliest section: when each section needs one
 *   call, that is exactly the decision, and the message, of a sequential run;
 * - the first refusal stops the budget: every later call is refused with the same reason.
 * Without a budget every call starts at once (the pool of sections bounds how many are open).
 */
export class CallGate {
  private readonly running = new Set<number>();
  private readonly waiting: Waiter[] = [];
  private inFlight = 0;
  private reserved = 0;
  private stopReason: string | undefined;

  constructor(private readonly meter: UsageMeter) {}

  /** The reason of the first refusal, once there was one. */
  get stopped(): string | undefined {
    return this.stopReason;
  }

  /** Runs one section as number `index` in plan order: its calls are admitted in that position. */
  async section<T>(index: number, body: (calls: SectionCalls) => Promise<T>): Promise<T> {
    this.running.add(index);
    try {
      return await body({ admit: (params) => this.admit(index, params) });
    } finally {
      this.running.delete(index);
      this.pump();
    }
  }

  private admit(section: number, params: MessageCreateParamsNonStreaming): Promise<CallPermit> {
    if (this.stopReason) return Promise.resolve({ refusal: this.stopReason });
    if (!this.meter.budget) return Promise.resolve(this.permit(0));
    return new Promise<CallPermit>((grant) => {
      this.waiting.push({ section, params, grant });
      this.waiting.sort((a, b) => a.section - b.section);
      this.pump();
    });
  }

  private permit(worst: number): CallPermit {
    this.inFlight++;
    this.reserved += worst;
    let settled = false;
    return {
      done: (model, usage) => {
        if (settled) return;
        settled = true;
        this.inFlight--;
        this.reserved = this.inFlight === 0 ? 0 : this.reserved - worst;
        if (usage) this.meter.record(model, usage);
        this.pump();
      },
    };
  }

  /** Grants what fits, earliest section first; refuses the earliest only when nothing can change. */
  private pump(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (this.stopReason) {
        this.waiting.shift();
        next.grant({ refusal: this.stopReason });
        continue;
      }
      const refusal = this.meter.refuse(next.params, this.reserved);
      if (!refusal) {
        this.waiting.shift();
        next.grant(this.permit(this.meter.worstCase(next.params)));
        continue;
      }
      // Something may still free room or come first: a call in flight, or a section working between calls.
      if (this.inFlight > 0 || this.waiting.length < this.running.size) return;
      this.stopReason = refusal;
    }
  }
}
