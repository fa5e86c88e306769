import type { Message } from '@anthropic-ai/sdk/resources/messages/messages.js';
import type { SectionJob } from './prompt.js';
import type { UsageMeter } from './usage-meter.js';
import { firstRequest, type WriteOptions } from './write-section.js';
import { runMessageBatch, type BatchesClient, type BatchRun, type BatchTiming } from './message-batch.js';

// Why only the first request of each section goes into the batch: a section is a conversation. Its
// model may call the read-only tools (each answer needs the tool results of the last), and an
// answer the checks reject is asked again with the list of problems. Those requests depend on
// answers that a batch gives only once it has ended, so batching them would mean one batch (and one
// wait of minutes to hours) per turn. The first request is the whole request for a section that
// answers at once, which is the common case and the bulk of the tokens; what follows it is sent as
// normal calls, through the same budget gate, as the sequential run would send it.

/** What the batch decided for one section before it is written. */
export type BatchedStart =
  /** Write it with this answer to its first request (already counted in the meter). */
  | { firstAnswer: Message }
  /** Not written in this run; no call is made for it. */
  | {
      outcome: {
        ok: false;
        kind: 'model-error' | 'budget' | 'unanswered';
        reason: string;
        attempts: number;
        check?: undefined;
      };
    }
  /** Not sent in the batch (its request is over max-input-tokens): `writeSection` reports that. */
  | { direct: true };

export interface BatchedSections {
  starts: BatchedStart[];
  /** Undefined when no request was sent. */
  run?: BatchRun;
  /** Requests sent in the batch. */
  sent: number;
}

/**
 * Sends the first request of every section that fits the budget as one Message Batch and hands
 * back how each section starts. The budget is checked before sending, at the batch price, in plan
 * order on the worst case of every request before it: the first that does not fit, and every
 * section after it, is skipped with the refusal's reason, as a sequential run would skip them.
 */
export async function startSectionsInBatch(
  jobs: SectionJob[],
  options: Omit<WriteOptions, 'calls'>,
  meter: UsageMeter,
  client: BatchesClient,
  timing: BatchTiming,
): Promise<BatchedSections> {
  // `sent` marks a section whose first request went into the batch: its start is its answer.
  const slots: (BatchedStart | 'sent')[] = [];
  const requests: Parameters<typeof runMessageBatch>[1] = [];
  let reserved = 0;
  let refusal: string | undefined;
  for (const [index, job] of jobs.entries()) {
    const params = firstRequest(job, options);
    if (!params) {
      slots.push({ direct: true });
      continue;
    }
    refusal ??= meter.refuse(params, reserved, { batch: true });
    if (refusal) {
      slots.push({ outcome: { ok: false, kind: 'budget', reason: refusal, attempts: 0 } });
      continue;
    }
    reserved += meter.worstCase(params, { batch: true });
    requests.push({ custom_id: customId(index), params });
    slots.push('sent');
  }
  if (requests.length === 0) return { starts: slots as BatchedStart[], sent: 0 };

  const run = await runMessageBatch(client, requests, timing);
  const starts = slots.map((slot, index): BatchedStart => {
    if (slot !== 'sent') return slot;
    const answer = run.answers.get(customId(index))!;
    if (answer.kind === 'answered') {
      // Paid as soon as the batch answered, whatever becomes of the section: counted now, in plan order.
      meter.record(options.model, answer.message.usage, { batch: true });
      return { firstAnswer: answer.message };
    }
    const kind = answer.kind === 'errored' ? 'model-error' : 'unanswered';
    return { outcome: { ok: false, kind, reason: answer.reason, attempts: 1 } };
  });
  return { starts, run, sent: requests.length };
}

/** The batch's name for a section: its place in the plan (custom_id allows 1-64 of [A-Za-z0-9_-]). */
function customId(index: number): string {
  return `section-${index}`;
}
