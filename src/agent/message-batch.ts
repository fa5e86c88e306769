import type { MessageBatch, MessageBatchIndividualResponse } from '@anthropic-ai/sdk/resources/messages/batches.js';
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages/messages.js';
import { describeError } from './write-section.js';

/** The part of the SDK's `messages.batches` a batch run uses (the Anthropic API serves it). */
export interface BatchesClient {
  create(params: {
    requests: { custom_id: string; params: MessageCreateParamsNonStreaming }[];
  }): PromiseLike<MessageBatch>;
  retrieve(id: string): PromiseLike<MessageBatch>;
  results(id: string): PromiseLike<AsyncIterable<MessageBatchIndividualResponse>>;
  cancel(id: string): PromiseLike<MessageBatch>;
}

export type BatchAnswer =
  | { kind: 'answered'; message: Message }
  /** The API answered this request with an error (the batch's counterpart of a failed call). */
  | { kind: 'errored'; reason: string }
  /** No answer in time: the batch was canceled at the time limit, or the request expired. */
  | { kind: 'unanswered'; reason: string };

export interface BatchRun {
  /** Undefined when the batch could not be created. */
  id?: string;
  /** One answer per request, by custom_id. */
  answers: Map<string, BatchAnswer>;
  /** Status checks made while waiting. */
  polls: number;
  /** The waits between them, in ms, in order. */
  waits: number[];
  /** True when the time limit was reached and the batch canceled. */
  canceled: boolean;
}

export interface BatchTiming {
  /** How long to wait for the batch to end before canceling it. */
  timeoutMs: number;
  /** Waits for `ms`; the run's own timer unless a caller passes another. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * The waits between status checks: the first is a sixteenth of the time limit (at most 15 s), each
 * next one twice the last, up to a quarter of the limit (at most 2 min). A batch usually takes
 * minutes, so polling eagerly buys nothing; the cap keeps an ended batch from sitting unnoticed for
 * long, and tying both to the limit makes a short limit poll quickly. Deterministic: no jitter, one
 * client polls one batch.
 */
export function pollWaits(timeoutMs: number): { first: number; cap: number } {
  return { first: Math.min(15_000, timeoutMs / 16), cap: Math.min(120_000, timeoutMs / 4) };
}

/**
 * Sends the requests as one Message Batch, waits for it to end within the time limit (checking its
 * status with the backoff of `pollWaits`), and reads every result. At the time limit the batch is
 * canceled and whatever it had answered by then is kept; the rest is unanswered. Nothing here
 * throws for an API failure: a batch that cannot be created errs every request, and one that can no
 * longer be read leaves them unanswered.
 */
export async function runMessageBatch(
  client: BatchesClient,
  requests: { custom_id: string; params: MessageCreateParamsNonStreaming }[],
  timing: BatchTiming,
): Promise<BatchRun> {
  const sleep = timing.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = timing.now ?? Date.now;
  const run: BatchRun = { answers: new Map(), polls: 0, waits: [], canceled: false };
  const all = (answer: BatchAnswer) => {
    for (const r of requests) if (!run.answers.has(r.custom_id)) run.answers.set(r.custom_id, answer);
  };
  let batch: MessageBatch;
  try {
    batch = await client.create({ requests });
  } catch (err) {
    all({ kind: 'errored', reason: `the Message Batch could not be created: ${describeError(err)}` });
    return run;
  }
  run.id = batch.id;
  const deadline = now() + timing.timeoutMs;
  const { first, cap } = pollWaits(timing.timeoutMs);
  let wait = first;
  const seconds = Math.round(timing.timeoutMs / 100) / 10;
  const canceledReason =
    `the Message Batch had not answered it within the batch time limit (${seconds} s) and was canceled; ` +
    'it waits for the next run';
  try {
    while (batch.processing_status !== 'ended') {
      const left = deadline - now();
      if (left <= 0) break;
      const ms = Math.min(wait, left);
      run.waits.push(ms);
      await sleep(ms);
      wait = Math.min(wait * 2, cap);
      batch = await client.retrieve(batch.id);
      run.polls++;
    }
    if (batch.processing_status !== 'ended') {
      run.canceled = true;
      // Cancelling ends the batch once the requests in flight finish; what ended by then is read.
      batch = await client.cancel(batch.id);
    }
    if (batch.processing_status === 'ended') await readResults(client, batch.id, run, canceledReason);
  } catch (err) {
    if (!run.canceled && batch.processing_status !== 'ended') {
      run.canceled = true;
      await Promise.resolve(client.cancel(batch.id)).catch(() => undefined);
    }
    all({ kind: 'unanswered', reason: `the Message Batch could not be read: ${describeError(err)}` });
  }
  all({ kind: 'unanswered', reason: run.canceled ? canceledReason : 'the Message Batch ended without answering it' });
  return run;
}

async function readResults(client: BatchesClient, id: string, run: BatchRun, canceledReason: string): Promise<void> {
  for await (const item of await client.results(id)) {
    const r = item.result;
    if (r.type === 'succeeded') run.answers.set(item.custom_id, { kind: 'answered', message: r.message });
    else if (r.type === 'errored')
      run.answers.set(item.custom_id, {
        kind: 'errored',
        reason: `the Message Batch answered ${r.error?.error?.type ?? 'an error'} for it`,
      });
    else if (r.type === 'expired')
      run.answers.set(item.custom_id, { kind: 'unanswered', reason: 'the Message Batch expired before answering it' });
    else
      run.answers.set(item.custom_id, {
        kind: 'unanswered',
        reason: run.canceled ? canceledReason : 'the Message Batch was canceled before answering it',
      });
  }
}
