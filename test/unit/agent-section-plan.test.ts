import { beforeAll, describe, expect, test } from 'vitest';
import { planSections, sectionKey, type PlanInput } from '../../src/agent/plan-sections.js';
import { parseBlocks, renderBlock } from '../../src/docs/managed-blocks.js';
import { planDocs, type PlannedDoc } from '../../src/docs/plan-docs.js';
import { loadTemplates, type Templates } from '../../src/docs/templates.js';
import { emptyFacts, type FactModel } from '../../src/facts/model.js';
import type { SectionState } from '../../src/state/state-file.js';
import { UNKNOWN_MARKER } from '../../src/checks/grounding/index.js';

let templates: Templates;
beforeAll(async () => {
  templates = await loadTemplates('/nonexistent', undefined);
});

/** One table, `addresses`, with these columns, and one endpoint that reads it. */
function facts(columns: string[]): FactModel {
  const f = emptyFacts();
  f.api.operations.push({
    id: 'op:GET /addresses',
    protocol: 'http',
    method: 'GET',
    path: '/addresses',
    tags: [],
    security: [],
    parameters: [],
    responses: [{ status: '200', contentTypes: ['application/json'] }],
    deprecated: false,
    spec: 'spec:api.yaml',
    source: { file: 'api.yaml', line: 1 },
  });
  f.schema.tables.push({
    id: 'table:public.addresses',
    schema: 'public',
    name: 'addresses',
    kind: 'table',
    primaryKey: ['id'],
    columns: columns.map((name) => ({ id: `column:public.addresses.${name}`, name, type: 'text', nullable: true })),
  });
  return f;
}

/** Every agent block of the docs written with `body` (the overview's context with `context`). */
function written(docs: PlannedDoc[], context: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of docs) {
    let text = doc.template;
    for (const block of [...parseBlocks(text).blocks].reverse()) {
      const body = block.id === 'overview.context' ? context : 'Text written by the model earlier.';
      text = `${text.slice(0, block.start)}${renderBlock(block.id, body)}${text.slice(block.end)}`;
    }
    out.set(doc.file, text);
  }
  return out;
}

function plan(f: FactModel, more: Partial<PlanInput> = {}) {
  const docs = planDocs(f, 'docs/architecture', templates).docs;
  return planSections({
    facts: f,
    docs,
    existing: new Map(),
    sections: {},
    personaDigest: 'persona',
    templatesDigest: templates.digest,
    model: 'claude-sonnet-5-5',
    force: false,
    inlineFactsTokens: 50_000,
    factsInPrefix: true,
    ...more,
  });
}

describe('which sections a schema change re-asks', () => {
  /** The docs and state after a first run on `before`, with the overview's context text given. */
  function firstRun(before: FactModel, context: string) {
    const first = plan(before);
    const sections: Record<string, SectionState> = {};
    for (const job of first.jobs)
      sections[sectionKey(job.file, job.blockId)] = { digest: job.inputsDigest, model: 'claude-sonnet-5-5' };
    const docs = planDocs(before, 'docs/architecture', templates).docs;
    return { sections, existing: written(docs, context), previousFacts: before };
  }
  const asked = (p: ReturnType<typeof plan>) => p.jobs.map((j) => j.blockId).sort();

  test('a new column: the data notes only; the overview reads tables by name', () => {
    const state = firstRun(facts(['id', 'kind']), 'Addresses live in the `addresses` table.');
    const next = plan(facts(['id', 'kind', 'locale']), state);
    expect(asked(next)).toEqual(['data.notes']);
    expect(next.jobs[0]!.changeSummary).toBe('- changed: table:public.addresses');
  });

  test('a renamed column the overview names: it is asked again, told which name went away', () => {
    const state = firstRun(facts(['id', 'kind']), 'The `addresses.kind` column tells billing from shipping.');
    const next = plan(facts(['id', 'address_kind']), state);
    expect(asked(next)).toEqual(['data.notes', 'overview.context']);
    const context = next.jobs.find((j) => j.blockId === 'overview.context')!;
    expect(context.changeSummary).toContain('- no longer in the facts, named by the current text: addresses.kind');
    // A name the text already marks as not in the sources was accepted so (grounding: warn).
    const marked = firstRun(facts(['id', 'kind']), `The \`addresses.flavour\`${UNKNOWN_MARKER} column is unknown.`);
    expect(asked(plan(facts(['id', 'address_kind']), marked))).toEqual(['data.notes']);
  });

  test('a new table changes what the overview is about: every whole-system section is asked', () => {
    const state = firstRun(facts(['id']), 'Addresses live in the `addresses` table.');
    const more = facts(['id']);
    more.schema.tables.push({ ...more.schema.tables[0]!, id: 'table:public.cities', name: 'cities' });
    expect(asked(plan(more, state))).toEqual([
      'data.notes',
      'overview.context',
      'overview.observability',
      'overview.reliability',
    ]);
  });
});

describe('what a section request carries', () => {
  test('with every fact in the cached prefix, a section names its facts instead of repeating them', () => {
    const f = facts(['id', 'kind']);
    const inPrefix = plan(f).jobs.find((j) => j.blockId === 'data.notes')!;
    expect(inPrefix.factsText).toContain('- table:public.addresses\n');
    expect(inPrefix.factsText).not.toContain('"columns"');
    // Without them in the prefix (a coarse digest), the section's facts are inlined.
    const inlined = plan(f, { factsInPrefix: false }).jobs.find((j) => j.blockId === 'data.notes')!;
    expect(inlined.factsText).toContain('"columns"');
  });
});
