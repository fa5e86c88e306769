import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { APIConnectionError, APIConnectionTimeoutError, RateLimitError } from '@anthropic-ai/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createModelClient, providerModelId } from '../../src/agent/model-client.js';
import { resolveModel } from '../../src/agent/model-resolution.js';
import { startFakeAnthropic, type FakeAnthropicOptions } from '../fakes/anthropic-server.js';

const KEY = 'sk-ant-test-secret-0123456789';
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(opts: FakeAnthropicOptions = {}) {
  const f = await startFakeAnthropic(opts);
  cleanups.push(() => f.close());
  return f;
}

interface Hit {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback server that records requests and answers each with a minimal Messages response. */
async function recorder() {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      hits.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'msg_loopback',
          type: 'message',
          role: 'assistant',
          model: 'claude-sonnet-5-5',
          content: [{ type: 'text', text: 'ok' }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 3, output_tokens: 1 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return { url: `http://127.0.0.1:${port}`, host: `127.0.0.1:${port}`, hits };
}

const tick = () => new Promise((r) => setTimeout(r, 100));
const ask = { max_tokens: 16, messages: [{ role: 'user' as const, content: 'Hello' }] };

describe('createModelClient: anthropic', () => {
  it('sends Messages requests, counts tokens and lists models through the real SDK', async () => {
    const f = await fake();
    const client = await createModelClient({
      provider: 'anthropic',
      apiKey: KEY,
      baseURL: f.url,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    expect(client.provider).toBe('anthropic');
    expect(client.modelId('claude-sonnet-5-5')).toBe('claude-sonnet-5-5');

    const message = await client.messages.create({ model: 'claude-sonnet-5-5', ...ask });
    expect(message.type).toBe('message');
    expect(message.content[0]?.type).toBe('text');
    const sent = f.messageRequests()[0]!;
    expect(sent.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.body.model).toBe('claude-sonnet-5-5');

    const count = await client.countTokens!({ model: 'claude-sonnet-5-5', messages: ask.messages });
    expect(count.input_tokens).toBeGreaterThan(0);

    expect(await resolveModel('opus', client.listModels)).toMatchObject({ id: 'claude-opus-5-5', how: 'alias' });
    expect(f.requests.find((r) => r.path === '/v1/models')?.query.limit).toBe('1000');
  });

  it('never shows the key when the client is printed or serialised', async () => {
    const client = await createModelClient({
      provider: 'anthropic',
      apiKey: KEY,
      baseURL: 'http://127.0.0.1:9',
      timeoutMs: 1_000,
      maxRetries: 0,
    });
    expect(JSON.stringify(client)).not.toContain(KEY);
    expect(inspect(client, { depth: 10, showHidden: false })).not.toContain(KEY);
    expect(`${String(client)} ${Object.values(client).map(String).join(' ')}`).not.toContain(KEY);
    expect(client.sdk).toBeDefined();
  });

  it('uses ANTHROPIC_BASE_URL when no baseURL is given', async () => {
    const f = await fake();
    vi.stubEnv('ANTHROPIC_BASE_URL', f.url);
    const client = await createModelClient({ provider: 'anthropic', apiKey: KEY, timeoutMs: 5_000, maxRetries: 0 });
    await client.messages.create({ model: 'claude-haiku-5-5', ...ask });
    expect(f.messageRequests()).toHaveLength(1);
  });

  it('retries per maxRetries, honouring retry-after', async () => {
    const f = await fake();
    f.queue('rate-limit');
    const once = await createModelClient({
      provider: 'anthropic',
      apiKey: KEY,
      baseURL: f.url,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    await expect(once.messages.create({ model: 'claude-sonnet-5-5', ...ask })).rejects.toBeInstanceOf(RateLimitError);
    expect(f.messageRequests()).toHaveLength(1);

    f.queue('rate-limit');
    const retrying = await createModelClient({
      provider: 'anthropic',
      apiKey: KEY,
      baseURL: f.url,
      timeoutMs: 5_000,
      maxRetries: 1,
    });
    const started = Date.now();
    const message = await retrying.messages.create({ model: 'claude-sonnet-5-5', ...ask });
    expect(message.type).toBe('message');
    expect(f.messageRequests()).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('gives up after timeoutMs', async () => {
    const f = await fake({ slowMs: 3_000 });
    f.queue('slow');
    const client = await createModelClient({
      provider: 'anthropic',
      apiKey: KEY,
      baseURL: f.url,
      timeoutMs: 200,
      maxRetries: 0,
    });
    const started = Date.now();
    await expect(client.messages.create({ model: 'claude-sonnet-5-5', ...ask })).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('rejects bad options', async () => {
    await expect(createModelClient({ provider: 'azure' as never, timeoutMs: 1, maxRetries: 0 })).rejects.toThrow(
      /unknown model provider "azure"/,
    );
    await expect(createModelClient({ provider: 'anthropic', timeoutMs: 0, maxRetries: 0 })).rejects.toThrow(
      /timeoutMs/,
    );
    await expect(createModelClient({ provider: 'anthropic', timeoutMs: 10, maxRetries: -1 })).rejects.toThrow(
      /maxRetries/,
    );
  });
});

describe('createModelClient: bedrock', () => {
  it('does nothing at construction, then signs with AWS credentials and never sends the Anthropic key', async () => {
    const server = await recorder();
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY');
    vi.stubEnv('AWS_SESSION_TOKEN', undefined);
    vi.stubEnv('AWS_BEARER_TOKEN_BEDROCK', undefined);
    vi.stubEnv('AWS_PROFILE', undefined);
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    vi.stubEnv('ANTHROPIC_BEDROCK_BASE_URL', undefined);

    const client = await createModelClient({
      provider: 'bedrock',
      apiKey: KEY,
      awsRegion: 'us-west-2',
      baseURL: server.url,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    await tick();
    expect(server.hits).toHaveLength(0);
    expect(client.listModels).toBeUndefined();
    expect(client.countTokens).toBeUndefined();

    const message = await client.messages.create({ model: client.modelId('claude-sonnet-5-5'), ...ask });
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'ok' });
    expect(server.hits).toHaveLength(1);
    const hit = server.hits[0]!;
    expect(hit.url).toBe('/model/global.anthropic.claude-sonnet-5-5/invoke');
    expect(hit.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/bedrock\/aws4_request/,
    );
    const body = JSON.parse(hit.body);
    expect(body.model).toBeUndefined();
    expect(body.anthropic_version).toBeDefined();
    expect(JSON.stringify(hit.headers) + hit.body).not.toContain(KEY);
  });
});

describe('createModelClient: vertex', () => {
  function tempDir() {
    const dir = mkdtempSync(join(tmpdir(), 'architect-vertex-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  it('looks for Google credentials only on the first request, not at construction', async () => {
    const server = await recorder();
    // Any metadata-server probe would land on the loopback recorder, never on the network.
    vi.stubEnv('GCE_METADATA_HOST', server.host);
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', join(tempDir(), 'missing.json'));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    cleanups.push(() => process.off('unhandledRejection', onUnhandled));

    const client = await createModelClient({
      provider: 'vertex',
      apiKey: KEY,
      vertexRegion: 'us-east5',
      vertexProjectId: 'demo',
      baseURL: `${server.url}/v1`,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    await tick();
    expect(server.hits).toHaveLength(0);
    expect(unhandled).toHaveLength(0);

    const err = await client.messages.create({ model: 'claude-sonnet-5-5', ...ask }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(APIConnectionError);
    expect(String((err as Error).message)).toMatch(/Google OAuth credentials/);
    expect(server.hits).toHaveLength(0);
  });

  it('sends Messages to the Vertex path with a Google bearer token (self-signed, all on loopback)', async () => {
    const server = await recorder();
    const dir = tempDir();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    // A non-default universe makes google-auth-library sign its own JWT instead of calling Google's token endpoint.
    const credentials = {
      type: 'service_account',
      project_id: 'project-from-credentials',
      private_key_id: 'test-key',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      client_email: 'docs@project-from-credentials.iam.gserviceaccount.com',
      universe_domain: 'loopback.test',
    };
    writeFileSync(join(dir, 'sa.json'), JSON.stringify(credentials));
    vi.stubEnv('GOOGLE_APPLICATION_CREDENTIALS', join(dir, 'sa.json'));
    vi.stubEnv('GCE_METADATA_HOST', server.host);
    vi.stubEnv('ANTHROPIC_VERTEX_PROJECT_ID', undefined);

    const client = await createModelClient({
      provider: 'vertex',
      apiKey: KEY,
      vertexRegion: 'us-east5',
      baseURL: `${server.url}/v1`,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    expect(client.listModels).toBeUndefined();
    expect(client.countTokens).toBeDefined();
    const message = await client.messages.create({ model: client.modelId('claude-sonnet-5-5'), ...ask });
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'ok' });
    expect(server.hits).toHaveLength(1);
    const hit = server.hits[0]!;
    expect(hit.url).toBe(
      '/v1/projects/project-from-credentials/locations/us-east5' +
        '/publishers/anthropic/models/claude-sonnet-5-5:rawPredict',
    );
    expect(hit.headers.authorization).toMatch(/^Bearer eyJ/);
    expect(JSON.stringify(hit.headers) + hit.body).not.toContain(KEY);
  });

  it('needs a region', async () => {
    vi.stubEnv('CLOUD_ML_REGION', undefined);
    await expect(
      createModelClient({ provider: 'vertex', vertexProjectId: 'demo', timeoutMs: 1_000, maxRetries: 0 }),
    ).rejects.toThrow(/region/);
  });
});

describe('providerModelId', () => {
  it('spells ids for each provider', () => {
    expect(providerModelId('anthropic', 'claude-opus-5-5')).toBe('claude-opus-5-5');
    expect(providerModelId('bedrock', 'claude-opus-5-5')).toBe('global.anthropic.claude-opus-5-5');
    expect(providerModelId('bedrock', 'claude-sonnet-5')).toBe('global.anthropic.claude-sonnet-5');
    expect(providerModelId('bedrock', 'claude-sonnet-4-5-20250929')).toBe('claude-sonnet-4-5-20250929');
    expect(providerModelId('bedrock', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe(
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(providerModelId('bedrock', 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/x')).toBe(
      'arn:aws:bedrock:us-east-1:123456789012:inference-profile/x',
    );
    expect(providerModelId('vertex', 'claude-haiku-5-5')).toBe('claude-haiku-5-5');
    expect(providerModelId('vertex', 'claude-sonnet-4-5-20250929')).toBe('claude-sonnet-4-5@20250929');
    expect(providerModelId('vertex', 'claude-3-5-haiku-20241022')).toBe('claude-3-5-haiku@20241022');
  });
});
