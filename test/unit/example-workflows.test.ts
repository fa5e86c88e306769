import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';

// The example workflows are copied as they are: every input they give the action must be one it
// declares, and the reusable workflow must take what its callers pass.

const root = join(import.meta.dirname, '../..');
const dir = join(root, 'examples/workflows');
const declared = Object.keys(parse(readFileSync(join(root, 'action.yml'), 'utf8')).inputs);
const workflows = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, parse(readFileSync(join(dir, f), 'utf8'))]),
);

interface Job {
  uses?: string;
  with?: Record<string, unknown>;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: { uses?: string; with?: Record<string, unknown> }[];
}

const jobs = (name: string) => Object.entries<Job>(workflows[name].jobs);

test('every step using the action gives it inputs action.yml declares', () => {
  const given = Object.values(workflows).flatMap((w) =>
    Object.values<Job>(w.jobs).flatMap((j) =>
      (j.steps ?? []).filter((s) => s.uses?.startsWith('architect-docs/')).flatMap((s) => Object.keys(s.with ?? {})),
    ),
  );
  expect(given).toContain('system');
  expect(given.filter((k) => !declared.includes(k))).toEqual([]);
});

test('the reusable workflow runs one job per system; its callers pass only inputs it declares', () => {
  const reusable = workflows['refresh-docs.yml'];
  expect(Object.keys(reusable.on)).toEqual(['workflow_call']);
  const [[, job]] = jobs('refresh-docs.yml');
  expect(job!.strategy?.matrix?.system).toBe('${{ fromJSON(inputs.systems) }}');
  const step = job!.steps!.find((s) => s.uses?.startsWith('architect-docs/'));
  expect(step?.with?.system).toBe('${{ matrix.system }}');

  const callInputs = Object.keys(reusable.on.workflow_call.inputs);
  const callers = Object.values(workflows).flatMap((w) =>
    Object.values<Job>(w.jobs).filter((j) => j.uses?.endsWith('/refresh-docs.yml@main')),
  );
  expect(callers.length).toBeGreaterThan(0);
  for (const caller of callers)
    expect(Object.keys(caller.with ?? {}).filter((k) => !callInputs.includes(k))).toEqual([]);
});

test('the organisation workflow fans out over repositories, one matrix job each', () => {
  const [[, job]] = jobs('organisation-refresh.yml');
  expect(Array.isArray(job!.strategy?.matrix?.repository)).toBe(true);
  expect(JSON.stringify(job!.steps)).toContain('gh workflow run architecture-docs.yml');
});
