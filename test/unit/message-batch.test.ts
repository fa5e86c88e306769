import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, test } from 'vitest';
import { pollWaits, runMessageBatch } from '../../src/agent/message-batch.js';
import { type FakeAnthropic, startFakeAnthropic } from '../fakes/anthropic-server.js';

// runMessageBatch through the real SDK against the fake batches API, on a clock the test moves:
// an hour-long schedule is checked without waiting an hour.

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const request = (custom_id: string) => ({
  custom_id,
  params: {
    model: 'claude-sonnet-5-5',
    max_tokens: 256,
    messages: [{ role: 'user' as const, content: `Section: ${custom_id}\n- table:public.orders` }],
  },
});

/** A clock that only moves when the run sleeps. */
function clock() {
  let t = 0;
  return {
    now: () => t,
    sleep: async (ms: number) => {
      t += ms;
    },
  };
}

async function sdk(): Promise<Anthropic> {
  fake = await startFakeAnthropic();
  return new Anthropic({ apiKey: 'test', baseURL: fake.url, maxRetries: 0, timeout: 5_000 });
}

describe('runMessageBatch', () => {
  test('the default hour: 15 s, doubling, capped at 2 min; results by custom_id', async () => {
    const client = await sdk();
    fake!.setBatchProcessing({ polls: 6 });
    const run = await runMessageBatch(client.messages.batches, [request('a'), request('b')], {
      timeoutMs: 3_600_000,
      ...clock(),
    });
    expect(pollWaits(3_600_000)).toEqual({ first: 15_000, cap: 120_000 });
    expect(run.waits).toEqual([15_000, 30_000, 60_000, 120_000, 120_000, 120_000, 120_000]);
    expect(run.polls).toBe(7);
    expect(run.canceled).toBe(false);
    expect([...run.answers.keys()]).toEqual(['a', 'b']);
    expect([...run.answers.values()].map((a) => a.kind)).toEqual(['answered', 'answered']);
  });

  test('the last wait is cut to the limit, then the batch is canceled and nothing is left unanswered', async () => {
    const client = await sdk();
    fake!.setBatchProcessing({ polls: 1_000 });
    const run = await runMessageBatch(client.messages.batches, [request('a')], { timeoutMs: 100_000, ...clock() });
    // A sixteenth, doubling, capped at a quarter: 6.25 + 12.5 + 25 + 25 + 25 = 93.75 s, then 6.25 s to the limit.
    expect(run.waits).toEqual([6_250, 12_500, 25_000, 25_000, 25_000, 6_250]);
    expect(run.canceled).toBe(true);
    expect(fake!.batches()[0]!.canceled).toBe(true);
    expect(run.answers.get('a')).toEqual({
      kind: 'unanswered',
      reason:
        'the Message Batch had not answered it within the batch time limit (100 s) and was canceled; ' +
        'it waits for the next run',
    });
  });

  test('a batch that cannot be created errs every request; no throw', async () => {
    const client = await sdk();
    const run = await runMessageBatch(client.messages.batches, [request('a'), request('a')], {
      timeoutMs: 1_000,
      ...clock(),
    });
    expect(run.id).toBeUndefined();
    expect(run.answers.get('a')).toEqual({
      kind: 'errored',
      reason: 'the Message Batch could not be created: the model API answered 400 invalid_request_error after retries',
    });
  });

  test('a batch that can no longer be read leaves its requests unanswered; no throw', async () => {
    const client = await sdk();
    fake!.setBatchProcessing({ polls: 1_000 });
    const time = clock();
    const run = await runMessageBatch(client.messages.batches, [request('a')], {
      timeoutMs: 60_000,
      now: time.now,
      // The API goes away while the run waits.
      sleep: async (ms) => {
        await fake!.close();
        await time.sleep(ms);
      },
    });
    expect(run.id).toMatch(/^msgbatch_fake_/);
    expect(run.answers.get('a')!.kind).toBe('unanswered');
    expect((run.answers.get('a') as { reason: string }).reason).toMatch(/^the Message Batch could not be read: /);
  });
});
