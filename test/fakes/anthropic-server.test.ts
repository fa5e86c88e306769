// Tests of the fake Anthropic server itself, driven by the real SDK over loopback.

import Anthropic, {
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  OverloadedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from './anthropic-server.js';

const MODEL = 'claude-sonnet-5-5';

const FACTS = [
  'Section: api.endpoints',
  '',
  'Facts:',
  '- op:GET /orders — list orders',
  '- op:POST /orders — create an order',
  '- op:GET /orders/{id} — fetch one order',
  '- op:DELETE /orders/{id} — cancel an order',
  '- table:public.orders',
  '- table:public.customers',
  '- column:public.orders.customer_id',
  '- k8s:Deployment/prod/orders-api',
  '- compose:service/worker',
].join('\n');

const SCHEMA = {
  type: 'object',
  properties: { markdown: { type: 'string' } },
  required: ['markdown'],
  additionalProperties: false,
};

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(opts?: Parameters<typeof startFakeAnthropic>[0]): Promise<FakeAnthropic> {
  fake = await startFakeAnthropic(opts);
  return fake;
}

function client(f: FakeAnthropic, extra: Partial<ConstructorParameters<typeof Anthropic>[0]> = {}): Anthropic {
  return new Anthropic({ apiKey: 'test', baseURL: f.url, maxRetries: 0, timeout: 10_000, ...extra });
}

function structuredRequest(text = FACTS): Anthropic.MessageCreateParamsNonStreaming {
  return {
    model: MODEL,
    max_tokens: 2048,
    system: 'You write architecture docs. Use only the facts given.',
    messages: [{ role: 'user', content: text }],
    output_config: { format: { type: 'json_schema', schema: SCHEMA } },
  };
}

function textOf(message: Anthropic.Message): string {
  const block = message.content[0];
  if (block?.type !== 'text') throw new Error(`expected a text block, got ${block?.type}`);
  return block.text;
}

describe('fake Anthropic server', () => {
  it('binds 127.0.0.1 on an ephemeral port', async () => {
    const f = await start();
    expect(f.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(f.url).port)).toBeGreaterThan(0);
  });

  it('architect: structured answer parses and names the facts from the request', async () => {
    const f = await start();
    const anthropic = client(f);
    const message = await anthropic.messages.create(structuredRequest());
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: MODEL,
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(message.id).toMatch(/^msg_/);
    expect(message.content).toHaveLength(1);
    const parsed = JSON.parse(textOf(message)) as { markdown: string };
    expect(Object.keys(parsed)).toEqual(['markdown']);
    const md = parsed.markdown;
    expect(md).not.toMatch(/^#/);
    expect(md.split('\n')[0]).toMatch(/api endpoints/);
    expect(md).toContain('`GET /orders`');
    expect(md).toContain('`POST /orders`');
    expect(md).toContain('`GET /orders/{id}`');
    expect(md).not.toContain('DELETE'); // at most three of each kind
    expect(md).toContain('the `orders` table');
    expect(md).toContain('the `customers` table');
    expect(md).toContain('`orders.customer_id`');
    expect(md).toContain('the `orders-api` service');
    expect(md).toContain('the `worker` service');
    expect(md).toMatch(/^- /m);
    expect(md).not.toContain('invoice_archive');
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    expect(message.usage.cache_creation_input_tokens).toBe(0);
    expect(message.usage.cache_read_input_tokens).toBe(0);

    // Deterministic, and usable through the SDK's structured-output parser.
    const again = await anthropic.messages.parse(structuredRequest());
    expect(textOf(again)).toBe(textOf(message));
    expect(again.parsed_output).toEqual(parsed);

    const [rec] = f.messageRequests();
    expect(rec!.body.model).toBe(MODEL);
    expect(rec!.headers['anthropic-version']).toBeTruthy();
    expect(rec!.behaviour).toBe('architect');
  });

  it('architect: plain Markdown without output_config, and extra required schema fields filled', async () => {
    const f = await start();
    const anthropic = client(f);
    const plain = await anthropic.messages.create({
      model: MODEL,
      max_tokens: 512,
      messages: [{ role: 'user', content: 'Describe table:public.users' }],
    });
    expect(textOf(plain)).toMatch(/^This page summarises/);
    expect(textOf(plain)).toContain('the `users` table');

    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        markdown: { type: 'string' },
        citations: { type: 'array', items: { type: 'string' } },
        confidence: { type: 'string', enum: ['high', 'low'] },
        optional: { type: 'string' },
      },
      required: ['title', 'markdown', 'citations', 'confidence'],
      additionalProperties: false,
    };
    const structured = await anthropic.messages.create({
      ...structuredRequest(),
      output_config: { format: { type: 'json_schema', schema } },
    });
    const parsed = JSON.parse(textOf(structured));
    expect(Object.keys(parsed).sort()).toEqual(['citations', 'confidence', 'markdown', 'title']);
    expect(typeof parsed.title).toBe('string');
    expect(parsed.citations).toEqual([]);
    expect(parsed.confidence).toBe('high');
    expect(parsed.markdown).toContain('`GET /orders`');
  });

  it('setAnswer overrides the markdown', async () => {
    const f = await start();
    const anthropic = client(f);
    f.setAnswer((req) => (JSON.stringify(req.body).includes('override me') ? 'Overridden paragraph.\n' : undefined));
    const a = await anthropic.messages.create(structuredRequest('override me'));
    expect(JSON.parse(textOf(a)).markdown).toBe('Overridden paragraph.\n');
    const b = await anthropic.messages.create(structuredRequest());
    expect(JSON.parse(textOf(b)).markdown).toContain('`GET /orders`');
    f.setAnswer();
    const c = await anthropic.messages.create(structuredRequest('override me'));
    expect(JSON.parse(textOf(c)).markdown).not.toBe('Overridden paragraph.\n');
  });

  it('hallucinate, broken-json and max-tokens', async () => {
    const f = await start();
    const anthropic = client(f);
    f.queue('hallucinate', 'broken-json', 'max-tokens', 'broken-json');

    const h = JSON.parse(textOf(await anthropic.messages.create(structuredRequest()))).markdown as string;
    expect(h).toContain('`invoice_archive` table');
    expect(h).toContain('`public.invoice_archive`');
    expect(h).toContain('the `orders` table');
    expect(h).not.toMatch(/^#/);

    const broken = await anthropic.messages.create(structuredRequest());
    expect(broken.stop_reason).toBe('end_turn');
    expect(() => JSON.parse(textOf(broken))).toThrow();

    const cut = await anthropic.messages.create(structuredRequest());
    expect(cut.stop_reason).toBe('max_tokens');
    expect(cut.usage.output_tokens).toBe(2048);
    expect(textOf(cut)).toMatch(/^\{"markdown":"/);
    expect(textOf(cut)).not.toMatch(/"\}$/);
    expect(() => JSON.parse(textOf(cut))).toThrow();

    await expect(anthropic.messages.parse(structuredRequest())).rejects.toThrow(/Failed to parse structured output/);
    expect(f.messageRequests().map((r) => r.behaviour)).toEqual([
      'hallucinate',
      'broken-json',
      'max-tokens',
      'broken-json',
    ]);
  });

  it('reports cache creation, then a cache read for the same cached prefix', async () => {
    const f = await start();
    const anthropic = client(f);
    const system = [
      { type: 'text' as const, text: 'S'.repeat(4000) },
      {
        type: 'text' as const,
        text: 'Facts: table:public.orders '.repeat(40),
        cache_control: { type: 'ephemeral' as const },
      },
    ];
    const req = (question: string): Anthropic.MessageCreateParamsNonStreaming => ({
      ...structuredRequest(question),
      system,
    });
    const first = await anthropic.messages.create(req('Section: data.tables\nFirst question'));
    const prefixTokens = Math.ceil((4000 + system[1]!.text.length) / 4);
    expect(first.usage.cache_creation_input_tokens).toBe(prefixTokens);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation).toEqual({
      ephemeral_5m_input_tokens: prefixTokens,
      ephemeral_1h_input_tokens: 0,
    });
    expect(first.usage.input_tokens).toBe(Math.ceil('Section: data.tables\nFirst question'.length / 4));

    const second = await anthropic.messages.create(req('Section: data.columns\nA different question'));
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(prefixTokens);
    expect(second.usage.input_tokens).toBe(Math.ceil('Section: data.columns\nA different question'.length / 4));

    // A changed prefix is a new cache entry.
    const changed = await anthropic.messages.create({
      ...req('x'),
      system: [system[0]!, { ...system[1]!, text: 'other '.repeat(40) }],
    });
    expect(changed.usage.cache_creation_input_tokens).toBe(Math.ceil((4000 + 240) / 4));
    expect(changed.usage.cache_read_input_tokens).toBe(0);

    // Without any cache_control everything is plain input.
    const uncached = await anthropic.messages.create(structuredRequest());
    expect(uncached.usage.cache_creation_input_tokens).toBe(0);
    expect(uncached.usage.cache_read_input_tokens).toBe(0);
  });

  it('caching: a prefix under the minimum is not cached; of two breakpoints the unchanged first is read', async () => {
    const f = await start();
    const anthropic = client(f);
    const short = [{ type: 'text' as const, text: 'S'.repeat(4000), cache_control: { type: 'ephemeral' as const } }];
    for (let i = 0; i < 2; i++) {
      const tiny = await anthropic.messages.create({ ...structuredRequest('q'), system: short });
      // 1,000 tokens: below the 1,024 a breakpoint needs, so never written, never read.
      expect(tiny.usage.cache_creation_input_tokens).toBe(0);
      expect(tiny.usage.cache_read_input_tokens).toBe(0);
      expect(tiny.usage.input_tokens).toBe(1001);
    }
    const stable = { type: 'text' as const, text: 'P'.repeat(6000), cache_control: { type: 'ephemeral' as const } };
    const facts = (text: string) => ({ type: 'text' as const, text, cache_control: { type: 'ephemeral' as const } });
    const req = (text: string) => ({ ...structuredRequest('question'), system: [stable, facts(text)] });
    const first = await anthropic.messages.create(req('F'.repeat(2000)));
    expect(first.usage.cache_creation_input_tokens).toBe(2000);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    // The facts changed: the stable block is read, the new facts written.
    const next = await anthropic.messages.create(req('G'.repeat(2000)));
    expect(next.usage.cache_read_input_tokens).toBe(1500);
    expect(next.usage.cache_creation_input_tokens).toBe(500);
    expect(next.usage.input_tokens).toBe(Math.ceil('question'.length / 4));
    const again = await anthropic.messages.create(req('G'.repeat(2000)));
    expect(again.usage.cache_read_input_tokens).toBe(2000);
    expect(again.usage.cache_creation_input_tokens).toBe(0);
    // Each request records the usage it was answered with.
    expect(f.messageRequests().at(-1)!.usage).toMatchObject({ cache_read_input_tokens: 2000, input_tokens: 2 });
  });

  it('caching: a request that arrives while the writing one is open writes the prefix again', async () => {
    const f = await start({ delayMs: 200 });
    const anthropic = client(f);
    const system = [{ type: 'text' as const, text: 'P'.repeat(8000), cache_control: { type: 'ephemeral' as const } }];
    const req = { ...structuredRequest('question'), system };
    const together = await Promise.all([anthropic.messages.create(req), anthropic.messages.create(req)]);
    expect(together.map((m) => m.usage.cache_creation_input_tokens)).toEqual([2000, 2000]);
    const after = await anthropic.messages.create(req);
    expect(after.usage.cache_read_input_tokens).toBe(2000);
    expect(after.usage.cache_creation_input_tokens).toBe(0);
  });

  it('429 with retry-after: 1 is retried by the SDK, then succeeds', async () => {
    const f = await start();
    const anthropic = client(f, { maxRetries: 2 });
    f.queue('rate-limit', 'architect');
    const t0 = Date.now();
    const message = await anthropic.messages.create(structuredRequest());
    const elapsed = Date.now() - t0;
    expect(JSON.parse(textOf(message)).markdown).toContain('`GET /orders`');
    const recs = f.messageRequests();
    expect(recs).toHaveLength(2);
    expect(recs.map((r) => r.behaviour)).toEqual(['rate-limit', 'architect']);
    expect(recs[1]!.at - recs[0]!.at).toBeGreaterThanOrEqual(900); // waited the retry-after second
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(recs[0]!.headers['x-stainless-retry-count']).toBe('0');
    expect(recs[1]!.headers['x-stainless-retry-count']).toBe('1');
    expect(recs[1]!.body).toEqual(recs[0]!.body);
  });

  it('429 without retries surfaces as RateLimitError with the retry-after header', async () => {
    const f = await start();
    f.queue('rate-limit');
    const err = await client(f)
      .messages.create(structuredRequest())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    const e = err as RateLimitError;
    expect(e.status).toBe(429);
    expect(e.type).toBe('rate_limit_error');
    expect(e.headers?.get('retry-after')).toBe('1');
    expect(e.requestID).toMatch(/^req_fake_/);
  });

  it('529 and 500 surface as the SDK error classes', async () => {
    const f = await start();
    const anthropic = client(f);
    f.queue('overloaded', 'server-error');
    const overloaded = await anthropic.messages.create(structuredRequest()).catch((e: unknown) => e);
    expect(overloaded).toBeInstanceOf(OverloadedError);
    expect(overloaded).toBeInstanceOf(InternalServerError);
    expect((overloaded as OverloadedError).status).toBe(529);
    expect((overloaded as OverloadedError).type).toBe('overloaded_error');

    const server = await anthropic.messages.create(structuredRequest()).catch((e: unknown) => e);
    expect(server).toBeInstanceOf(InternalServerError);
    expect(server).not.toBeInstanceOf(OverloadedError);
    expect((server as InternalServerError).status).toBe(500);
    expect((server as InternalServerError).type).toBe('api_error');
    expect(f.messageRequests()).toHaveLength(2);
  });

  it('slow + client timeout → APIConnectionTimeoutError, and close() returns promptly', async () => {
    const f = await start({ slowMs: 30_000 });
    f.queue('slow');
    const err = await client(f, { timeout: 300 })
      .messages.create(structuredRequest())
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionTimeoutError);
    const t0 = Date.now();
    await f.close();
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('close() is prompt even while a slow answer is still pending', async () => {
    const f = await start({ slowMs: 30_000, defaultBehaviour: 'slow' });
    const pending = client(f, { timeout: 60_000 })
      .messages.create(structuredRequest())
      .catch((e: unknown) => e);
    while (f.messageRequests().length === 0) await new Promise((r) => setTimeout(r, 10));
    const t0 = Date.now();
    await f.close();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('slow answers like architect once the delay has passed', async () => {
    const f = await start({ slowMs: 200 });
    f.queue('slow');
    const t0 = Date.now();
    const message = await client(f).messages.create(structuredRequest());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(180);
    expect(JSON.parse(textOf(message)).markdown).toContain('the `orders` table');
  });

  it('delayMs holds every answer back; requests open at once are counted, and when each was answered', async () => {
    const f = await start({ delayMs: 150 });
    const anthropic = client(f);
    const t0 = Date.now();
    const answers = await Promise.all([1, 2, 3].map(() => anthropic.messages.create(structuredRequest())));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    for (const m of answers) expect(JSON.parse(textOf(m)).markdown).toContain('the `orders` table');
    expect(f.maxOpenMessages()).toBe(3);
    expect(f.messageRequests().map((r) => r.openOnArrival)).toEqual([1, 2, 3]);
    for (const r of f.messageRequests()) expect(r.answeredAt! - r.at).toBeGreaterThanOrEqual(140);

    // One after another: never more than one open; a reset counts from what is open now.
    f.resetMaxOpen();
    f.setDelay(0);
    await anthropic.messages.create(structuredRequest());
    await anthropic.messages.create(structuredRequest());
    expect(f.maxOpenMessages()).toBe(1);
  });

  it('tool-user: tool_use with a query, then an architect answer after the tool_result', async () => {
    const f = await start({ defaultBehaviour: 'tool-user' });
    const anthropic = client(f);
    const tools: Anthropic.Tool[] = [
      {
        name: 'lookup_fact',
        description: 'Look up a fact by name',
        input_schema: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      },
      { name: 'unused', description: 'never called', input_schema: { type: 'object', properties: {} } },
    ];
    const first: Anthropic.MessageCreateParamsNonStreaming = { ...structuredRequest(), tools };
    const call = await anthropic.messages.create(first);
    expect(call.stop_reason).toBe('tool_use');
    const toolUse = call.content.find((b) => b.type === 'tool_use');
    expect(toolUse).toMatchObject({ type: 'tool_use', name: 'lookup_fact', input: { query: 'orders' } });
    expect(toolUse!.id).toMatch(/^toolu_/);

    const followUp: Anthropic.MessageCreateParamsNonStreaming = {
      ...first,
      messages: [
        ...first.messages,
        { role: 'assistant', content: call.content as Anthropic.ContentBlockParam[] },
        {
          role: 'user',
          content: [{ type: 'tool_result', tool_use_id: toolUse!.id, content: 'Found: table:public.order_items' }],
        },
      ],
    };
    const answer = await anthropic.messages.create(followUp);
    expect(answer.stop_reason).toBe('end_turn');
    const md = JSON.parse(textOf(answer)).markdown as string;
    expect(md).toContain('the `order_items` table');
    expect(md).toContain('`GET /orders`');
    expect(f.messageRequests().map((r) => r.behaviour)).toEqual(['tool-user', 'tool-user']);
  });

  it('tool-user: input {id} when the tool schema has `id`', async () => {
    const f = await start();
    f.queue('tool-user');
    const call = await client(f).messages.create({
      ...structuredRequest('Look at compose:service/worker and table:public.orders'),
      tools: [
        {
          name: 'get_fact',
          input_schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        },
      ],
    });
    expect(call.content[0]).toMatchObject({
      type: 'tool_use',
      name: 'get_fact',
      input: { id: 'compose:service/worker' },
    });
  });

  it('models.list returns the ids newest first; models.retrieve resolves ids and aliases', async () => {
    const f = await start();
    const anthropic = client(f);
    const ids: string[] = [];
    for await (const model of anthropic.models.list()) ids.push(model.id);
    expect(ids).toEqual([
      'claude-opus-5-5',
      'claude-sonnet-5-5',
      'claude-haiku-5-5',
      'claude-haiku-4-5-20251001',
      'claude-sonnet-4-5-20250929',
    ]);
    const page = await anthropic.models.list({ limit: 2 });
    expect(page.data.map((m) => m.id)).toEqual(ids.slice(0, 2));
    expect(page.has_more).toBe(true);
    const all: string[] = [];
    for await (const model of anthropic.models.list({ limit: 2 })) all.push(model.id);
    expect(all).toEqual(ids);

    const one = await anthropic.models.retrieve('claude-sonnet-4-5-20250929');
    expect(one).toMatchObject({
      type: 'model',
      id: 'claude-sonnet-4-5-20250929',
      display_name: 'Claude Sonnet 4.5',
      created_at: '2025-09-29T00:00:00Z',
    });
    expect((await anthropic.models.retrieve('claude-haiku-4-5')).id).toBe('claude-haiku-4-5-20251001');
    await expect(anthropic.models.retrieve('claude-nope')).rejects.toBeInstanceOf(NotFoundError);
    expect(f.requests.filter((r) => r.path.startsWith('/v1/models')).length).toBeGreaterThanOrEqual(5);
    expect(f.messageRequests()).toHaveLength(0);
  });

  it('custom model list; unknown model in messages → NotFoundError and no behaviour consumed', async () => {
    const f = await start({ models: ['claude-test-1'] });
    const anthropic = client(f);
    const ids: string[] = [];
    for await (const model of anthropic.models.list()) ids.push(model.id);
    expect(ids).toEqual(['claude-test-1']);
    f.queue('server-error');
    await expect(anthropic.messages.create(structuredRequest())).rejects.toBeInstanceOf(NotFoundError);
    await expect(anthropic.messages.create({ ...structuredRequest(), model: 'claude-test-1' })).rejects.toBeInstanceOf(
      InternalServerError,
    );
  });

  it('count_tokens estimates chars / 4', async () => {
    const f = await start();
    const system = 'You write docs.';
    const tools: Anthropic.Tool[] = [{ name: 't', input_schema: { type: 'object', properties: {} } }];
    const { input_tokens } = await client(f).messages.countTokens({
      model: MODEL,
      system,
      tools,
      messages: [{ role: 'user', content: FACTS }],
    });
    const chars = JSON.stringify(tools[0]).length + system.length + FACTS.length;
    expect(input_tokens).toBe(Math.ceil(chars / 4));
    expect(f.requests.at(-1)!.path).toBe('/v1/messages/count_tokens');
    expect(f.messageRequests()).toHaveLength(0);
  });

  it('authentication: the SDK sends a key; a request without one gets 401', async () => {
    const f = await start();
    await client(f).messages.create(structuredRequest());
    const sent = f.requests[0]!.headers;
    expect(sent['x-api-key'] === 'test' || sent.authorization === 'Bearer test').toBe(true);

    const noKey = client(f, { defaultHeaders: { 'X-Api-Key': null, Authorization: null } });
    const err = await noKey.messages.create(structuredRequest()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as AuthenticationError).status).toBe(401);
    expect((err as AuthenticationError).type).toBe('authentication_error');
    const last = f.requests.at(-1)!;
    expect(last.headers['x-api-key']).toBeUndefined();
    expect(last.headers.authorization).toBeUndefined();
    expect(last.behaviour).toBeUndefined();

    // x-api-key alone is accepted too.
    const viaHeader = client(f, { defaultHeaders: { Authorization: null, 'X-Api-Key': 'k' } });
    await expect(viaHeader.messages.create(structuredRequest())).resolves.toMatchObject({ type: 'message' });
  });

  it('rejects streaming, a missing anthropic-version, and unknown paths', async () => {
    const f = await start();
    const anthropic = client(f);
    await expect(anthropic.messages.create({ ...structuredRequest(), stream: true })).rejects.toBeInstanceOf(
      BadRequestError,
    );

    const noVersion = await fetch(`${f.url}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'k', 'content-type': 'application/json' },
      body: JSON.stringify(structuredRequest()),
    });
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });

    const unknown = await fetch(`${f.url}/v1/nope`, {
      headers: { 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ type: 'error', error: { type: 'not_found_error' } });
    expect(f.requests.map((r) => r.path)).toEqual(['/v1/messages', '/v1/messages', '/v1/nope']);
  });

  it('queue is FIFO and falls back to the default; setDefault changes it', async () => {
    const f = await start();
    const anthropic = client(f);
    f.queue('hallucinate');
    await anthropic.messages.create(structuredRequest());
    await anthropic.messages.create(structuredRequest());
    f.setDefault('broken-json');
    await anthropic.messages.create(structuredRequest());
    expect(f.messageRequests().map((r) => r.behaviour)).toEqual(['hallucinate', 'architect', 'broken-json']);
    expect(() => f.queue('nonsense' as never)).toThrow(TypeError);
  });
});

describe('fake Message Batches API', () => {
  const request = (custom_id: string, text = FACTS) => ({ custom_id, params: structuredRequest(text) });
  async function resultsOf(anthropic: Anthropic, id: string) {
    const out: Anthropic.Messages.MessageBatchIndividualResponse[] = [];
    for await (const r of await anthropic.messages.batches.results(id)) out.push(r);
    return out;
  }

  it('in progress for the polls it was told, then ended with each answer and its usage', async () => {
    const f = await start();
    f.setBatchProcessing({ polls: 2 });
    const anthropic = client(f);
    const created = await anthropic.messages.batches.create({
      requests: [request('a'), request('b', FACTS.replace('api.endpoints', 'data.tables'))],
    });
    expect(created).toMatchObject({ type: 'message_batch', processing_status: 'in_progress', results_url: null });
    expect(created.request_counts.processing).toBe(2);
    const statuses: string[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await anthropic.messages.batches.retrieve(created.id)).processing_status);
    expect(statuses).toEqual(['in_progress', 'in_progress', 'ended']);

    const ended = await anthropic.messages.batches.retrieve(created.id);
    expect(ended.request_counts).toEqual({ processing: 0, succeeded: 2, errored: 0, canceled: 0, expired: 0 });
    expect(ended.results_url).toBe(`${f.url}/v1/messages/batches/${created.id}/results`);
    const results = await resultsOf(anthropic, created.id);
    expect(results.map((r) => r.custom_id)).toEqual(['a', 'b']);
    // The same answer, token for token, as the Messages endpoint gives the same request.
    const direct = await anthropic.messages.create(structuredRequest());
    const first = results[0]!.result;
    if (first.type !== 'succeeded') throw new Error(`expected succeeded, got ${first.type}`);
    expect(textOf(first.message)).toBe(textOf(direct));
    expect(first.message.usage).toMatchObject({
      input_tokens: direct.usage.input_tokens,
      output_tokens: direct.usage.output_tokens,
      service_tier: 'batch',
    });
    expect(JSON.parse(textOf(first.message)).markdown).toMatch(/api endpoints/);
    const second = results[1]!.result;
    expect(second.type === 'succeeded' && JSON.parse(textOf(second.message)).markdown).toMatch(/data tables/);
    expect(f.batches()).toMatchObject([{ id: created.id, customIds: ['a', 'b'], polls: 5, status: 'ended' }]);
  });

  it('a delay holds the batch in progress however often it is polled', async () => {
    const f = await start();
    f.setBatchProcessing({ delayMs: 150 });
    const anthropic = client(f);
    const { id } = await anthropic.messages.batches.create({ requests: [request('only')] });
    expect((await anthropic.messages.batches.retrieve(id)).processing_status).toBe('in_progress');
    // Results are refused until the batch ends (the SDK looks for `results_url` first).
    await expect(anthropic.messages.batches.results(id)).rejects.toThrow(/results_url/);
    await new Promise((r) => setTimeout(r, 200));
    expect((await anthropic.messages.batches.retrieve(id)).processing_status).toBe('ended');
  });

  it('the prompt cache is written by the first request of a batch and read by the next', async () => {
    const f = await start();
    const anthropic = client(f);
    const cached = (text: string) => ({
      ...structuredRequest(text),
      system: [{ type: 'text' as const, text: 'x'.repeat(8000), cache_control: { type: 'ephemeral' as const } }],
    });
    const { id } = await anthropic.messages.batches.create({
      requests: [
        { custom_id: 's1', params: cached('Section: one') },
        { custom_id: 's2', params: cached('Section: two') },
      ],
    });
    await anthropic.messages.batches.retrieve(id);
    const usage = (await resultsOf(anthropic, id)).map((r) =>
      r.result.type === 'succeeded' ? r.result.message.usage : undefined,
    );
    expect(usage[0]).toMatchObject({ cache_creation_input_tokens: 2000, cache_read_input_tokens: 0 });
    expect(usage[1]).toMatchObject({ cache_creation_input_tokens: 0, cache_read_input_tokens: 2000 });
  });

  it('queued error behaviours and expired requests are per-request results; the rest succeed', async () => {
    const f = await start();
    f.queue('architect', 'server-error', 'overloaded');
    f.setBatchProcessing({ expire: (id) => id === 'late' });
    const anthropic = client(f);
    const { id } = await anthropic.messages.batches.create({
      requests: [request('ok'), request('boom'), request('busy'), request('late'), request('bad')].map((r) =>
        r.custom_id === 'bad' ? { ...r, params: { ...r.params, model: 'claude-nope' } } : r,
      ),
    });
    const ended = await anthropic.messages.batches.retrieve(id);
    expect(ended.request_counts).toEqual({ processing: 0, succeeded: 1, errored: 3, canceled: 0, expired: 1 });
    const results = Object.fromEntries((await resultsOf(anthropic, id)).map((r) => [r.custom_id, r.result]));
    expect(results.ok!.type).toBe('succeeded');
    expect(results.boom).toEqual({
      type: 'errored',
      error: { type: 'error', error: { type: 'api_error', message: 'Internal server error' } },
    });
    expect(results.busy).toMatchObject({ type: 'errored', error: { error: { type: 'overloaded_error' } } });
    expect(results.late).toEqual({ type: 'expired' });
    expect(results.bad).toMatchObject({ type: 'errored', error: { error: { type: 'not_found_error' } } });
    expect(f.batches()[0]!.behaviours.slice(0, 3)).toEqual(['architect', 'server-error', 'overloaded']);
    // No request of the batch went through POST /v1/messages.
    expect(f.messageRequests()).toHaveLength(0);
  });

  it('cancel ends an unfinished batch with every request canceled; an unknown batch is 404', async () => {
    const f = await start();
    f.setBatchProcessing({ polls: 100 });
    const anthropic = client(f);
    const { id } = await anthropic.messages.batches.create({ requests: [request('a'), request('b')] });
    const canceled = await anthropic.messages.batches.cancel(id);
    expect(canceled.processing_status).toBe('ended');
    expect(canceled.cancel_initiated_at).not.toBeNull();
    expect(canceled.request_counts.canceled).toBe(2);
    expect((await resultsOf(anthropic, id)).map((r) => r.result.type)).toEqual(['canceled', 'canceled']);
    expect(f.batches()[0]!.canceled).toBe(true);
    await expect(anthropic.messages.batches.retrieve('msgbatch_nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a batch with no requests or a repeated custom_id', async () => {
    const f = await start();
    const anthropic = client(f);
    await expect(anthropic.messages.batches.create({ requests: [] })).rejects.toBeInstanceOf(BadRequestError);
    await expect(anthropic.messages.batches.create({ requests: [request('same'), request('same')] })).rejects.toThrow(
      /used twice/,
    );
    expect(f.batches()).toHaveLength(0);
  });
});
