import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages/messages.js';
import { describe, expect, test } from 'vitest';
import { CallGate, type CallPermit, type SectionCalls } from '../../src/agent/call-gate.js';
import { UsageMeter } from '../../src/agent/usage-meter.js';

// The gate's decisions, one event at a time: sections are driven by hand, so what may start, what
// must wait and what is refused is seen at each step (no timing involved).
const request = (chars: number): MessageCreateParamsNonStreaming => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 1_000,
  messages: [{ role: 'user', content: 'x'.repeat(chars) }],
});
const usage = (input: number) => ({
  input_tokens: input,
  output_tokens: 10,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  cache_creation: null,
  inference_geo: null,
  server_tool_use: null,
  service_tier: 'standard' as const,
});

/** A section held open by the test: its calls are asked for from outside, and it ends when told. */
function openSection(gate: CallGate, index: number) {
  let calls!: SectionCalls;
  let end!: () => void;
  const started = new Promise<void>((ready) => {
    void gate.section(index, (c) => {
      calls = c;
      ready();
      return new Promise<void>((resolve) => {
        end = resolve;
      });
    });
  });
  return { started, ask: (p: MessageCreateParamsNonStreaming) => calls.admit(p), end: () => end() };
}

/** The permit if it was decided by now, else 'waiting'. */
async function state(p: Promise<CallPermit>): Promise<CallPermit | 'waiting'> {
  return Promise.race([p, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), 5))]);
}
const granted = (p: CallPermit | 'waiting') => (p !== 'waiting' && p.refusal === undefined ? p : undefined);

describe('the call gate', () => {
  test('without a budget every call starts at once', async () => {
    const gate = new CallGate(new UsageMeter(undefined));
    const sections = [0, 1, 2].map((i) => openSection(gate, i));
    await Promise.all(sections.map((s) => s.started));
    const permits = await Promise.all(sections.map((s) => s.ask(request(400_000))));
    expect(permits.every((p) => p.refusal === undefined)).toBe(true);
  });

  test('calls in flight hold their worst case; the earliest section waiting goes first', async () => {
    const meter = new UsageMeter({ kind: 'tokens', limit: 0 });
    const worst = meter.worstCase(request(4_000));
    const gate = new CallGate(new UsageMeter({ kind: 'tokens', limit: Math.floor(2.5 * worst) }));
    const [s0, s1, s2] = [0, 1, 2].map((i) => openSection(gate, i));
    await Promise.all([s0!.started, s1!.started, s2!.started]);

    const a = granted(await state(s0!.ask(request(4_000))))!;
    const b = granted(await state(s1!.ask(request(4_000))))!;
    expect(a && b).toBeTruthy();
    // Two worst cases held: a third does not fit, though nothing was spent yet.
    const c = s2!.ask(request(4_000));
    expect(await state(c)).toBe('waiting');
    // The first call spent far less than its worst case: room for the third.
    if (a.refusal === undefined) a.done('claude-sonnet-5-5', usage(100));
    expect(granted(await state(c))).toBeTruthy();
  });

  test('a later section never jumps an earlier one that waits, even with a call that would fit', async () => {
    const small = request(400);
    const big = request(8_000);
    const probe = new UsageMeter({ kind: 'tokens', limit: 0 });
    const limit = probe.worstCase(big) + probe.worstCase(small);
    const gate = new CallGate(new UsageMeter({ kind: 'tokens', limit }));
    const [s0, s1, s2] = [0, 1, 2].map((i) => openSection(gate, i));
    await Promise.all([s0!.started, s1!.started, s2!.started]);

    const first = granted(await state(s0!.ask(big)))!;
    const early = s1!.ask(big);
    const late = s2!.ask(small);
    expect(await state(early)).toBe('waiting');
    expect(await state(late)).toBe('waiting');
    if (first.refusal === undefined) first.done('claude-sonnet-5-5', usage(100));
    const second = granted(await state(early))!;
    expect(second).toBeTruthy();
    expect(await state(late)).toBe('waiting');
    if (second.refusal === undefined) second.done('claude-sonnet-5-5', usage(100));
    expect(granted(await state(late))).toBeTruthy();
  });

  test('refused only when nothing can change, in a sequential run’s words; then every later call too', async () => {
    const probe = new UsageMeter({ kind: 'tokens', limit: 0 });
    const worst = probe.worstCase(request(4_000));
    const meter = new UsageMeter({ kind: 'tokens', limit: worst + 50 });
    const gate = new CallGate(meter);
    const [s0, s1, s2] = [0, 1, 2].map((i) => openSection(gate, i));
    await Promise.all([s0!.started, s1!.started, s2!.started]);

    const first = granted(await state(s0!.ask(request(4_000))))!;
    const next = s1!.ask(request(4_000));
    if (first.refusal === undefined) first.done('claude-sonnet-5-5', usage(100));
    // Section 0 still works between calls: it might ask again, before section 1 in plan order.
    // Section 2 is working too. Nothing is decided yet.
    expect(await state(next)).toBe('waiting');
    s0!.end();
    expect(await state(next)).toBe('waiting');
    const later = s2!.ask(request(40));
    const refused = await state(next);
    expect(refused).toEqual({ refusal: expect.stringMatching(/^the token budget \(\d+\) would be exceeded: /) });
    const reason = (refused as { refusal: string }).refusal;
    expect(reason).toBe(meter.refuse(request(4_000)));
    expect(reason).not.toContain('in flight');
    expect(await state(later)).toEqual({ refusal: reason });
    expect(gate.stopped).toBe(reason);
  });
});
