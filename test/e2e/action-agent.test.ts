import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';
import { exampleCheckout, runAction } from '../support/action-runner.js';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ defaultBehaviour: 'architect' });
});
afterAll(() => fake.close());

test('the built action with an API key: model sections, cost outputs, the key never printed', async () => {
  const repo = exampleCheckout();
  const secret = 'sk-ant-test-0123456789abcdef';
  const run = await runAction(
    repo,
    { mode: 'write', 'anthropic-api-key': secret, budget: '$5' },
    { ANTHROPIC_BASE_URL: fake.url },
  );
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(Number(run.outputs['sections-generated'])).toBe(11);
  expect(Number(run.outputs['tokens-input'])).toBeGreaterThan(0);
  expect(Number(run.outputs['tokens-output'])).toBeGreaterThan(0);
  expect(Number(run.outputs['cost-usd'])).toBeGreaterThan(0);
  expect(run.outputs['grounding-ratio']).toBe('1.000');
  expect(run.summary).toContain('### Architect model');
  expect(run.summary).toMatch(/\| 11 \| 0 \| 0 \| 11 \|/);
  // The only place the key may appear is the runner's own masking command, which hides it from the log.
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
  expect(run.stdout).toContain(`::add-mask::${secret}`);
  for (const text of [stdout.join('\n'), run.stderr, run.summary]) expect(text).not.toContain(secret);
  // The key went to the API (and only there), as a header.
  expect(fake.messageRequests().every((r) => JSON.stringify(r.body).includes(secret) === false)).toBe(true);
});
