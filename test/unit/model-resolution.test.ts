import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { FALLBACK_MODELS, newestOfFamily, resolveModel } from '../../src/agent/model-resolution.js';
import { startFakeAnthropic, type FakeAnthropic } from '../fakes/anthropic-server.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function fake(models?: string[]): Promise<FakeAnthropic> {
  const f = await startFakeAnthropic(models ? { models } : {});
  open.push(f);
  return f;
}

function sdk(baseURL: string): Anthropic {
  return new Anthropic({ baseURL, apiKey: 'sk-ant-test-not-a-key', maxRetries: 0, timeout: 5_000 });
}

const listRequests = (f: FakeAnthropic) => f.requests.filter((r) => r.method === 'GET' && r.path === '/v1/models');

/** A loopback server that answers every request with the given status. */
async function failingServer(status: number): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits++;
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'Internal server error' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const handle = {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  open.push(handle);
  return handle;
}

describe('resolveModel against the Models API (loopback fake, real SDK)', () => {
  it('resolves each alias to the newest listed model of its family, case-insensitively', async () => {
    const f = await fake();
    const client = sdk(f.url);
    const lister = () => client.models.list();
    expect(await resolveModel('sonnet', lister)).toMatchObject({ id: 'claude-sonnet-5-5', how: 'alias' });
    expect(await resolveModel('Opus', lister)).toMatchObject({ id: 'claude-opus-5-5', how: 'alias' });
    const haiku = await resolveModel('HAIKU', lister);
    expect(haiku).toMatchObject({ id: 'claude-haiku-5-5', how: 'alias' });
    expect(haiku.note).toContain('newest haiku model');
    expect(listRequests(f)).toHaveLength(3);
    // SDK 1.x sends the API key as a bearer token.
    expect(listRequests(f)[0]!.headers.authorization).toBe('Bearer sk-ant-test-not-a-key');
  });

  it('prefers the highest version in the id over a dated older one', async () => {
    let f = await fake([
      'claude-sonnet-4-5-20250929',
      'claude-sonnet-5',
      'claude-sonnet-5-5',
      'claude-opus-4-1-20250805',
    ]);
    expect((await resolveModel('sonnet', () => sdk(f.url).models.list())).id).toBe('claude-sonnet-5-5');
    f = await fake(['claude-sonnet-4-5-20250929', 'claude-sonnet-5']);
    expect((await resolveModel('sonnet', () => sdk(f.url).models.list())).id).toBe('claude-sonnet-5');
    f = await fake(['claude-3-5-sonnet-20241022', 'claude-sonnet-4-5-20250929']);
    expect((await resolveModel('sonnet', () => sdk(f.url).models.list())).id).toBe('claude-sonnet-4-5-20250929');
  });

  it('reads every page of the list', async () => {
    // 45 models: the fake lists them newest first, 20 to a page; the only sonnet is on the last page.
    const ids = [...Array.from({ length: 44 }, (_, i) => `claude-haiku-4-${i}`), 'claude-sonnet-5-1'];
    const f = await fake(ids);
    const resolved = await resolveModel('sonnet', () => sdk(f.url).models.list());
    expect(resolved).toMatchObject({ id: 'claude-sonnet-5-1', how: 'alias' });
    expect(listRequests(f).length).toBe(3);
    expect(listRequests(f)[1]!.query.after_id).toBeDefined();
  });

  it('falls back to the pinned model when none of the family is listed', async () => {
    const f = await fake(['claude-opus-5-5', 'claude-haiku-5-5']);
    const r = await resolveModel('sonnet', () => sdk(f.url).models.list());
    expect(r).toMatchObject({ id: FALLBACK_MODELS.sonnet, how: 'fallback' });
    expect(r.id).toBe('claude-sonnet-5-5');
    expect(r.note).toMatch(/listed 2 model\(s\) but none of the sonnet family/);
  });

  it('falls back when the server answers 500', async () => {
    const s = await failingServer(500);
    const r = await resolveModel('opus', () => sdk(s.url).models.list());
    expect(r).toMatchObject({ id: 'claude-opus-5-5', how: 'fallback' });
    expect(r.note).toMatch(/listing models failed \(HTTP 500/);
    expect(s.hits()).toBe(1);
  });

  it('falls back when nothing listens any more', async () => {
    const f = await fake();
    const url = f.url;
    await f.close();
    const r = await resolveModel('haiku', () => sdk(url).models.list());
    expect(r).toMatchObject({ id: 'claude-haiku-5-5', how: 'fallback' });
    expect(r.note).toMatch(/listing models failed \(.*Connection error/i);
  });

  it('falls back, saying so, when the provider cannot list models', async () => {
    const r = await resolveModel('sonnet');
    expect(r).toMatchObject({ id: 'claude-sonnet-5-5', how: 'fallback' });
    expect(r.note).toMatch(/cannot list models/);
  });

  it('passes any other string through as an exact id, without a network call', async () => {
    const f = await fake();
    const client = sdk(f.url);
    let calls = 0;
    const lister = () => {
      calls++;
      return client.models.list();
    };
    expect(await resolveModel('claude-sonnet-4-5-20250929', lister)).toEqual({
      id: 'claude-sonnet-4-5-20250929',
      how: 'exact',
    });
    expect(await resolveModel(' claude-opus-5-5 ', lister)).toEqual({ id: 'claude-opus-5-5', how: 'exact' });
    expect(await resolveModel('global.anthropic.claude-sonnet-5-5', lister)).toEqual({
      id: 'global.anthropic.claude-sonnet-5-5',
      how: 'exact',
    });
    expect(await resolveModel('sonnets', lister)).toEqual({ id: 'sonnets', how: 'exact' });
    expect(calls).toBe(0);
    expect(f.requests).toHaveLength(0);
  });

  it('rejects an empty model', async () => {
    await expect(resolveModel('  ')).rejects.toThrow(/model is empty/);
  });
});

describe('newestOfFamily', () => {
  it('breaks version ties by created_at and ignores other families and non-Claude ids', () => {
    const models = [
      { id: 'claude-sonnet-4-5', created_at: '2025-09-30T00:00:00Z' },
      { id: 'claude-sonnet-4-5-20250929', created_at: '2025-09-29T00:00:00Z' },
      { id: 'claude-opus-9', created_at: '2027-01-01T00:00:00Z' },
      { id: 'not-claude-sonnet-9', created_at: '2027-01-01T00:00:00Z' },
    ];
    expect(newestOfFamily(models, 'sonnet')?.id).toBe('claude-sonnet-4-5');
    expect(newestOfFamily([models[1]!, models[0]!], 'sonnet')?.id).toBe('claude-sonnet-4-5');
    expect(newestOfFamily(models, 'haiku')).toBeUndefined();
  });

  it('accepts a lister that resolves to an array', async () => {
    const r = await resolveModel('opus', async () => [
      { id: 'claude-opus-5' },
      { id: 'claude-opus-5-5' },
      { id: 'claude-opus-4-8' },
    ]);
    expect(r).toMatchObject({ id: 'claude-opus-5-5', how: 'alias' });
  });
});
