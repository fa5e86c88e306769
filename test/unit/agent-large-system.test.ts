import { afterAll, beforeAll, expect, test } from 'vitest';
import Anthropic from '@anthropic-ai/sdk';
import { estimateTokens } from '../../src/agent/fact-digest.js';
import { ARCHITECT_PERSONA } from '../../src/agent/persona.js';
import { runAgent } from '../../src/agent/run-agent.js';
import { planDocs } from '../../src/docs/plan-docs.js';
import { loadTemplates } from '../../src/docs/templates.js';
import { emptyFacts, type FactModel } from '../../src/facts/model.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic({ defaultBehaviour: 'architect' });
});
afterAll(() => fake.close());

/** A system far larger than any prompt: 3,000 operations, 800 tables, 300 components. */
function hugeFacts(): FactModel {
  const facts = emptyFacts();
  const src = { file: 'api/openapi.json', line: 1 };
  facts.api.specs.push({
    id: 'spec:api/openapi.json',
    file: 'api/openapi.json',
    title: 'Huge',
    version: '1',
    specVersion: '3.1.0',
    servers: [],
    source: src,
  });
  for (let i = 0; i < 3000; i++) {
    const path = `/resource${i % 300}/items${i}/{id}`;
    facts.api.operations.push({
      id: `op:GET ${path}`,
      method: 'GET',
      path,
      tags: [`t${i % 20}`],
      security: [['bearer']],
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      responses: [{ status: '200', contentTypes: ['application/json'] }],
      deprecated: false,
      spec: 'spec:api/openapi.json',
      source: src,
    });
  }
  for (let t = 0; t < 800; t++) {
    const name = `table_${t}`;
    facts.schema.tables.push({
      id: `table:public.${name}`,
      schema: 'public',
      name,
      kind: 'table',
      primaryKey: ['id'],
      columns: Array.from({ length: 10 }, (_, c) => ({
        id: `column:public.${name}.col_${c}`,
        name: `col_${c}`,
        type: 'text',
        nullable: c > 0,
      })),
    });
  }
  for (let c = 0; c < 300; c++) {
    facts.infra.components.push({
      id: `k8s:Deployment/ns/svc-${c}`,
      platform: 'kubernetes',
      kind: 'Deployment',
      name: `svc-${c}`,
      namespace: 'ns',
      deployable: c < 3,
      ports: [8080],
      env: ['DATABASE_URL'],
      replicas: 2,
      source: { file: 'k8s/all.yaml', line: c + 1 },
    });
  }
  return facts;
}

test('a huge system: every request stays under max-input-tokens, and the sections are still written', async () => {
  const facts = hugeFacts();
  const templates = await loadTemplates('/nonexistent', undefined);
  const { docs } = planDocs(facts, 'docs/architecture', templates);
  const before = fake.messageRequests().length;
  const maxInputTokens = 20_000;
  const outcome = await runAgent({
    repoRoot: '/nonexistent',
    facts,
    docs,
    existing: new Map(),
    sections: {},
    templatesDigest: templates.digest,
    persona: ARCHITECT_PERSONA,
    model: 'claude-sonnet-5-5',
    client: new Anthropic({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 }),
    force: false,
    maxInputTokens,
    maxOutputTokens: 2_000,
    grounding: 'strict',
  });
  const requests = fake.messageRequests().slice(before);
  expect(outcome.digestLevel).toBe(2);
  expect(outcome.skipped).toEqual([]);
  expect(outcome.generated).toBe(4 + 3 + 3); // overview ×4, api/data/infra notes, 3 runbooks
  for (const r of requests) {
    expect(estimateTokens(JSON.stringify([r.body.system, r.body.tools, r.body.messages]))).toBeLessThanOrEqual(
      maxInputTokens,
    );
  }
  // What was left out is said, not silently dropped.
  expect(JSON.stringify(requests[0]!.body)).toContain('use lookup_facts');
});
