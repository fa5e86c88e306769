import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/publish/run-result.js';
import { startFakeAnthropic, type Behaviour, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { exampleCheckout } from '../support/action-runner.js';
import { DOCS, runPipeline, sectionsAsked } from '../support/in-process-run.js';

// The real Anthropic SDK against the fake Messages API on 127.0.0.1, with every answer held back a
// little, so calls that may overlap do. Each run gets its own fake (its own prompt cache) and its own
// checkout of the example, so a concurrent run and a sequential one can be compared byte for byte.
const DELAY_MS = 200;
/** Agent blocks of the example's docs: 4 in the overview, api/data/infrastructure notes, 4 runbooks. */
const AGENT_SECTIONS = 11;

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

async function firstRun(concurrency: number, behaviour: Behaviour, budget?: string): Promise<Observed> {
  const fake = await startFakeAnthropic({ defaultBehaviour: behaviour, delayMs: DELAY_MS });
  fakes.push(fake);
  process.env.ANTHROPIC_BASE_URL = fake.url;
  const repo = exampleCheckout();
  const result = await runPipeline(repo, {
    apiKey: 'test-key',
    modelConcurrency: String(concurrency),
    ...(budget ? { budget } : {}),
  });
  return { result, fake, docs: filesUnder(join(repo, DOCS)) };
}

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), readFileSync(path, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** What a run wrote and decided, apart from how long each call took. */
function decisions(o: Observed) {
  const outcome = o.result.agent.outcome!;
  return {
    skipped: outcome.skipped,
    generated: outcome.generated,
    frozen: [...outcome.frozenDocs],
    sections: outcome.sections,
    groundingRatio: outcome.groundingRatio,
    retried: outcome.retried,
    diagnostics: o.result.diagnostics,
  };
}

const spentTokens = (o: Observed) => {
  const u = o.result.agent.outcome!.usage;
  return u.inputTokens + u.cacheReadTokens + u.cacheWriteTokens + u.outputTokens;
};

describe('sections written side by side give the docs of a sequential run', () => {
  test.each<[string, Behaviour, number]>([
    ['one call per section', 'architect', AGENT_SECTIONS],
    ['a tool call, then the answer', 'tool-user', 2 * AGENT_SECTIONS],
  ])('%s: the first call alone, then 4 open at once; same docs and state as concurrency 1', async (_n, b, calls) => {
    const sequential = await firstRun(1, b);
    const concurrent = await firstRun(4, b);

    expect(sequential.fake.maxOpenMessages()).toBe(1);
    expect(concurrent.fake.maxOpenMessages()).toBe(4);
    const requests = concurrent.fake.messageRequests();
    expect(requests).toHaveLength(calls);
    // The first section (every call of it) ran alone and was answered before any other section asked:
    // it wrote the prompt cache, the others read it.
    const first = sectionsAsked(requests)[0];
    const firstSection = requests.filter((r) => sectionsAsked([r])[0] === first);
    const rest = requests.filter((r) => sectionsAsked([r])[0] !== first);
    for (const r of firstSection) expect(r.openOnArrival).toBe(1);
    const firstDone = Math.max(...firstSection.map((r) => r.answeredAt!));
    for (const r of rest) expect(r.at).toBeGreaterThanOrEqual(firstDone);
    expect(firstSection[0]!.body.system.at(-1).cache_control).toEqual({ type: 'ephemeral' });

    // Written once (by the first call), read by every other: the same tokens and cost as in sequence.
    const usage = concurrent.result.agent.outcome!.usage;
    expect(usage.cacheWriteTokens).toBeGreaterThan(0);
    expect(usage.cacheReadTokens).toBeGreaterThan((calls - 2) * usage.cacheWriteTokens);
    expect(usage).toEqual(sequential.result.agent.outcome!.usage);
    expect(concurrent.result.agent.outcome!.generated).toBe(AGENT_SECTIONS);
    expect(decisions(concurrent)).toEqual(decisions(sequential));
    expect([...concurrent.docs.keys()]).toEqual([...sequential.docs.keys()]);
    for (const [file, text] of sequential.docs) expect(concurrent.docs.get(file), file).toBe(text);
  });
});

describe('the budget under concurrency', () => {
  test('calls in flight held at their worst case: never over, and skipped as in a sequential run', async () => {
    // Room for the first section and a few more, not for all: calls overlap, then the budget binds.
    const budget = '40000 tokens';
    const sequential = await firstRun(1, 'architect', budget);
    const concurrent = await firstRun(4, 'architect', budget);

    const skipped = concurrent.result.agent.outcome!.skipped;
    expect(concurrent.result.agent.outcome!.generated).toBeGreaterThan(1);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((s) => s.kind === 'budget' && s.reason.includes('token budget (40000)'))).toBe(true);
    expect(concurrent.fake.maxOpenMessages()).toBeGreaterThan(1);
    expect(spentTokens(concurrent)).toBeLessThanOrEqual(40_000);
    // One call per section: the decisions, their messages and the docs are exactly a sequential run's.
    expect(decisions(concurrent)).toEqual(decisions(sequential));
    expect(spentTokens(concurrent)).toBe(spentTokens(sequential));
    for (const [file, text] of sequential.docs) expect(concurrent.docs.get(file), file).toBe(text);
  });

  test('sections of several calls: never over the budget either, and what is skipped is the plan’s tail', async () => {
    const budget = '60000 tokens';
    const concurrent = await firstRun(4, 'tool-user', budget);
    const outcome = concurrent.result.agent.outcome!;
    expect(spentTokens(concurrent)).toBeLessThanOrEqual(60_000);
    expect(outcome.generated).toBeGreaterThan(1);
    expect(outcome.skipped.length).toBeGreaterThan(0);
    expect(outcome.skipped.length).toBe(AGENT_SECTIONS - outcome.generated);
    expect(outcome.skipped.every((s) => s.kind === 'budget')).toBe(true);
    expect(concurrent.fake.maxOpenMessages()).toBeGreaterThan(1);
    // A budget stop skips everything after it, as in a sequential run: the written sections are a
    // prefix of the plan (the order a sequential run without a budget records them in).
    const sequential = await firstRun(1, 'tool-user');
    const planOrder = Object.keys(sequential.result.agent.outcome!.sections);
    expect(planOrder).toHaveLength(AGENT_SECTIONS);
    expect(Object.keys(outcome.sections)).toEqual(planOrder.slice(0, outcome.generated));
  });
});
