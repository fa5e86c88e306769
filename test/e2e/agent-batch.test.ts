import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Overrides } from '../../src/config/load-config.js';
import type { RunResult } from '../../src/publish/run-result.js';
import { runSummaryMarkdown } from '../../src/report/run-summary.js';
import {
  type BatchProcessing,
  type Behaviour,
  type FakeAnthropic,
  startFakeAnthropic,
} from '../fakes/anthropic-server.js';
import { exampleCheckout } from '../support/action-runner.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';

// The real Anthropic SDK against the fake Messages and Message Batches API on 127.0.0.1. Each run
// gets its own fake (its own prompt cache) and its own checkout of the example, so a batch run and
// a run of normal calls can be compared byte for byte.

/** Agent blocks of the example's docs: 4 in the overview, api/data/infrastructure notes, 4 runbooks. */
const AGENT_SECTIONS = 11;
/** The overview's sections come first in the plan. */
const OVERVIEW_SECTIONS = 4;

const fakes: FakeAnthropic[] = [];
afterEach(async () => {
  delete process.env.ANTHROPIC_BASE_URL;
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

interface Observed {
  result: RunResult;
  fake: FakeAnthropic;
  /** Every file of the docs folder (state file included), by path. */
  docs: Map<string, string>;
}

async function firstRun(
  overrides: Overrides,
  behaviour: Behaviour = 'architect',
  setUp: (fake: FakeAnthropic) => void = () => {},
): Promise<Observed> {
  const fake = await startFakeAnthropic({ defaultBehaviour: behaviour });
  fakes.push(fake);
  setUp(fake);
  process.env.ANTHROPIC_BASE_URL = fake.url;
  const repo = exampleCheckout();
  const result = await runPipeline(repo, overrides.offline ? overrides : { apiKey: 'test-key', ...overrides });
  return { result, fake, docs: filesUnder(join(repo, DOCS)) };
}

const batchRun = (seconds: number, processing: BatchProcessing, behaviour: Behaviour = 'architect') =>
  firstRun({ batch: true, batchTimeoutSeconds: String(seconds) }, behaviour, (f) => f.setBatchProcessing(processing));

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

function expectSameDocs(a: Observed, b: Observed, except: string[] = []): void {
  const keep = (m: Map<string, string>) => [...m.keys()].filter((k) => !except.includes(k));
  expect(keep(a.docs)).toEqual(keep(b.docs));
  for (const file of keep(b.docs)) expect(a.docs.get(file), file).toBe(b.docs.get(file));
}

const batchPath = (o: Observed) => o.fake.requests.filter((r) => r.path.startsWith('/v1/messages/batches'));

describe('a batch run', () => {
  test('one batch of every section, polled with backoff, gives the docs of a run of normal calls', async () => {
    // One call at a time: its requests arrive in plan order.
    const normal = await firstRun({ modelConcurrency: '1' });
    // Two status checks answer in_progress; the third finds the batch ended.
    const batched = await batchRun(1.6, { polls: 2 });

    const outcome = batched.result.agent.outcome!;
    expect(batched.fake.messageRequests()).toHaveLength(0);
    const [view] = batched.fake.batches();
    expect(batched.fake.batches()).toHaveLength(1);
    expect(view!.customIds).toHaveLength(AGENT_SECTIONS);
    expect(view!.canceled).toBe(false);
    // The batch carries the requests the normal run sent, in plan order, with the same cached prefix.
    const sent = batchPath(batched).find((r) => r.method === 'POST')!.body.requests;
    expect(sent.map((r: { params: unknown }) => r.params)).toEqual(normal.fake.messageRequests().map((r) => r.body));
    expect(sent[0].params.system.at(-1).cache_control).toEqual({ type: 'ephemeral' });

    // Backoff: a sixteenth of the limit, then doubling, capped at a quarter of it.
    expect(outcome.batch).toMatchObject({ sent: AGENT_SECTIONS, answered: AGENT_SECTIONS, polls: 3, canceled: false });
    expect(outcome.batch!.waits).toEqual([100, 200, 400]);
    const polls = batchPath(batched).filter((r) => r.method === 'GET' && !r.path.endsWith('/results'));
    const created = batchPath(batched)[0]!.at;
    const gaps = polls.slice(0, 3).map((p, i) => p.at - (i === 0 ? created : polls[i - 1]!.at));
    for (const [i, gap] of gaps.entries()) expect(gap).toBeGreaterThanOrEqual(outcome.batch!.waits[i]! - 2);

    expect(outcome.generated).toBe(AGENT_SECTIONS);
    expect(outcome.skipped).toEqual([]);
    expect(Object.keys(outcome.sections)).toEqual(Object.keys(normal.result.agent.outcome!.sections));
    expectSameDocs(batched, normal);

    // The same tokens (the first request writes the cache, the rest read it), at half the price.
    const { batchCalls, costUsd, ...tokens } = outcome.usage;
    const { batchCalls: none, costUsd: fullPrice, ...normalTokens } = normal.result.agent.outcome!.usage;
    expect(tokens).toEqual(normalTokens);
    expect(batchCalls).toBe(AGENT_SECTIONS);
    expect(none).toBe(0);
    expect(costUsd).toBeCloseTo(fullPrice / 2, 9);
    expect(costUsd).toBeGreaterThan(0);
    const summary = runSummaryMarkdown(batched.result);
    expect(summary).toContain(`$${costUsd.toFixed(4)} (batch)`);
    expect(summary).toMatch(/Message Batch `msgbatch_fake_\d+`: 11 sections sent, 11 answered, 0 errored/);
    expect(summary).toContain('billed at half price');
  });

  test('a section that calls a tool: its first turn in the batch, the rest as normal calls; same docs', async () => {
    const normal = await firstRun({}, 'tool-user');
    const batched = await batchRun(1, {}, 'tool-user');

    const outcome = batched.result.agent.outcome!;
    // Every first turn answered with a tool call in the batch; each follow-up carries the tool result.
    expect(batched.fake.batches()[0]!.customIds).toHaveLength(AGENT_SECTIONS);
    const followUps = batched.fake.messageRequests();
    expect(followUps).toHaveLength(AGENT_SECTIONS);
    for (const r of followUps) expect(r.body.messages.at(-1).content[0].type).toBe('tool_result');
    expect(outcome.usage.calls).toBe(2 * AGENT_SECTIONS);
    expect(outcome.usage.batchCalls).toBe(AGENT_SECTIONS);
    expect(outcome.generated).toBe(AGENT_SECTIONS);
    expectSameDocs(batched, normal);
    // The batched half at half price: dearer than half the normal run, cheaper than all of it.
    expect(outcome.usage.costUsd).toBeLessThan(normal.result.agent.outcome!.usage.costUsd);
    expect(outcome.usage.costUsd).toBeGreaterThan(normal.result.agent.outcome!.usage.costUsd / 2);
  });

  test('at the time limit the batch is canceled; the run goes on and the sections wait, as offline', async () => {
    const offline = await firstRun({ offline: true });
    const batched = await batchRun(0.4, { polls: 1_000 });

    const outcome = batched.result.agent.outcome!;
    const [view] = batched.fake.batches();
    expect(view!.canceled).toBe(true);
    expect(batchPath(batched).some((r) => r.method === 'POST' && r.path.endsWith('/cancel'))).toBe(true);
    expect(outcome.batch).toMatchObject({
      sent: AGENT_SECTIONS,
      answered: 0,
      unanswered: AGENT_SECTIONS,
      canceled: true,
    });
    // Canceled once the limit was reached, and not much later: the last wait ends at the limit.
    const created = batchPath(batched)[0]!.at;
    const cancel = batchPath(batched).find((r) => r.path.endsWith('/cancel'))!.at;
    expect(cancel - created).toBeGreaterThanOrEqual(398);
    expect(cancel - created).toBeLessThan(400 + 150);
    expect(outcome.batch!.waits.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(400);
    expect(outcome.generated).toBe(0);
    expect(outcome.usage.calls).toBe(0);
    expect(outcome.skipped).toHaveLength(AGENT_SECTIONS);
    for (const s of outcome.skipped) {
      expect(s.kind).toBe('unanswered');
      expect(s.reason).toMatch(/within the batch time limit \(0\.4 s\) and was canceled; it waits for the next run/);
    }
    expect(outcome.frozenDocs.size).toBe(0);
    const diagnostics = batched.result.diagnostics.filter((d) => /Message Batch/.test(d.message));
    expect(diagnostics.some((d) => /had not ended after 0\.4 s .* 0 of 11 sections answered/.test(d.message))).toBe(
      true,
    );
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
    // Every doc is what an offline run writes: the sections say they are not written yet.
    expectSameDocs(batched, offline, ['.architect-docs-state.json']);
  });

  test('an errored request fails its section (its doc left as is), an expired one waits, the rest apply', async () => {
    const normal = await firstRun({});
    // (The queue is read as the batch is created: the second section's request errs.)
    const errored = await firstRun({ batch: true, batchTimeoutSeconds: '1' }, 'architect', (f) => {
      f.queue('architect', 'server-error');
      f.setBatchProcessing({ expire: (id) => id === 'section-6' });
    });
    const outcome = errored.result.agent.outcome!;
    expect(outcome.batch).toMatchObject({ sent: AGENT_SECTIONS, answered: 9, errored: 1, unanswered: 1 });
    const failed = outcome.skipped.filter((s) => s.kind === 'model-error');
    const overview = failed[0]!.file;
    expect(failed[0]!.reason).toBe('the Message Batch answered api_error for it');
    // The rest of that doc counts as not attempted, as after a failed call in a run of normal calls.
    expect(failed.slice(1).map((s) => s.reason)).toEqual(
      Array(OVERVIEW_SECTIONS - 2).fill('not attempted: an earlier section of this doc failed'),
    );
    expect(failed.every((s) => s.file === overview)).toBe(true);
    expect(outcome.frozenDocs.has(overview)).toBe(true);
    const waiting = outcome.skipped.filter((s) => s.kind === 'unanswered');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.reason).toBe('the Message Batch expired before answering it');
    expect(outcome.generated).toBe(AGENT_SECTIONS - OVERVIEW_SECTIONS - 1);
    expect(
      errored.result.diagnostics.filter((d) => d.severity === 'error' && /api_error/.test(d.message)),
    ).toHaveLength(1);

    // The sections of the other docs are the normal run's, word for word.
    const body = (o: Observed) => o.result.agent.outcome!.bodies;
    for (const [file, blocks] of body(errored)) {
      expect(file).not.toBe(overview);
      for (const [block, text] of blocks) expect(text, `${file}#${block}`).toBe(body(normal).get(file)!.get(block));
    }
  });

  test('the budget is checked before sending, at the batch price: only the plan’s head is sent', async () => {
    const budget = '80000 tokens';
    const batched = await firstRun({ batch: true, batchTimeoutSeconds: '1', budget });
    const outcome = batched.result.agent.outcome!;
    const sent = outcome.batch!.sent;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(AGENT_SECTIONS);
    expect(batched.fake.batches()[0]!.customIds).toEqual(Array.from({ length: sent }, (_, i) => `section-${i}`));
    expect(outcome.generated).toBe(sent);
    expect(outcome.skipped).toHaveLength(AGENT_SECTIONS - sent);
    for (const s of outcome.skipped) {
      expect(s.kind).toBe('budget');
      expect(s.reason).toMatch(/token budget \(80000\) would be exceeded/);
    }
    const u = outcome.usage;
    expect(u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens + u.outputTokens).toBeLessThanOrEqual(80_000);
  });
});
