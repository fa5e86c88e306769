import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { exampleCheckout } from '../support/action-runner.js';
import { runPipeline, sectionsAsked } from '../support/in-process-run.js';

// Issue 14's token targets on examples/shop, counted with the usage the fake Messages API reports
// (it models prompt caching: a prefix an earlier answered request wrote is read, else written).
// Token counts, not timings: the same on any machine. bench/token-economy.mjs prints the figures.

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  delete process.env.ANTHROPIC_BASE_URL;
  await fake?.close();
});

/** One run against a fresh fake (runs are hours apart: the previous run's cache has expired). */
async function modelRun(repo: string) {
  await fake?.close();
  fake = await startFakeAnthropic();
  process.env.ANTHROPIC_BASE_URL = fake.url;
  const result = await runPipeline(repo, { apiKey: 'test-key' });
  expect(result.agent.outcome!.skipped).toEqual([]);
  const requests = fake.messageRequests();
  let read = 0;
  let input = 0;
  for (const r of requests) {
    const u = r.usage!;
    read += u.cache_read_input_tokens;
    input += u.input_tokens + u.cache_read_input_tokens + u.cache_creation_input_tokens;
  }
  // The meter of the run counts what the fake reported.
  const usage = result.agent.outcome!.usage;
  expect(usage.inputTokens + usage.cacheReadTokens + usage.cacheWriteTokens).toBe(input);
  return { read, input, sections: sectionsAsked(requests), requests };
}

test('a full run reads ≥ 80% of its input from the cache; one migration costs ≤ 25% of it', async () => {
  const repo = exampleCheckout();
  const full = await modelRun(repo);
  expect(full.sections).toHaveLength(11);
  expect(full.read / full.input).toBeGreaterThanOrEqual(0.8);
  // The shared facts are in the prefix, written once by the first call: each later call's own part is small.
  for (const r of full.requests.slice(1))
    expect(r.usage!.input_tokens).toBeLessThan(r.usage!.cache_read_input_tokens / 4);

  writeFileSync(
    join(repo, 'db/migrations/000013_add_customers_locale.up.sql'),
    "ALTER TABLE customers ADD COLUMN locale text NOT NULL DEFAULT 'en';\n",
  );
  writeFileSync(
    join(repo, 'db/migrations/000013_add_customers_locale.down.sql'),
    'ALTER TABLE customers DROP COLUMN locale;\n',
  );
  const migration = await modelRun(repo);
  expect(migration.sections).toEqual(['data.notes']);
  expect(migration.input / full.input).toBeLessThanOrEqual(0.25);
});
