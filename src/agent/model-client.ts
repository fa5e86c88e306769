// One way to reach Claude, whichever cloud serves it: the Anthropic API, Amazon Bedrock or Google
// Vertex AI, each through Anthropic's own SDK for it. Callers use `client.messages.create(...)` the
// same way on all three; only the Anthropic API serves Message Batches here and lists models
// (Bedrock and Vertex resolve aliases from the pinned table in model-resolution.ts, spelled for the
// provider by `modelId`).
//
// Credentials:
// - anthropic: `apiKey`, else the SDK's own chain (ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN, profiles).
//   `baseURL` defaults to the SDK's default, which honours ANTHROPIC_BASE_URL.
// - bedrock: never the Anthropic key. A Bedrock API key in AWS_BEARER_TOKEN_BEDROCK, else AWS
//   credentials (env, shared files, OIDC web identity, instance roles), resolved by the SDK on the
//   first request, not at construction. Region: `awsRegion`, else AWS_REGION, else us-east-1.
// - vertex: Google Application Default Credentials (e.g. GOOGLE_APPLICATION_CREDENTIALS written by
//   google-github-actions/auth), looked up on the first request, not at construction. Region:
//   `vertexRegion`, else CLOUD_ML_REGION; project: `vertexProjectId`, else ANTHROPIC_VERTEX_PROJECT_ID,
//   else the credentials' project.
// The key is never logged: the SDK masks auth headers in its debug logs, and this wrapper hides the
// SDK client (which holds the key) from JSON.stringify and util.inspect.

import { inspect } from 'node:util';
import Anthropic from '@anthropic-ai/sdk';
import type { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import type { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { PROVIDERS } from '../config/config-values.js';
import type { ListedModel } from './model-resolution.js';
import type { BatchesClient } from './message-batch.js';

export type Provider = (typeof PROVIDERS)[number];

export interface ModelClientOptions {
  provider: Provider;
  /** Anthropic API key (provider `anthropic` only; ignored for Bedrock and Vertex). */
  apiKey?: string;
  /** Overrides the provider's endpoint (a proxy, or a loopback fake in tests). */
  baseURL?: string;
  awsRegion?: string;
  vertexProjectId?: string;
  vertexRegion?: string;
  timeoutMs: number;
  maxRetries: number;
}

type AnthropicMessages = Anthropic['messages'];

/** What all three SDK clients share: create, stream and parse Messages. */
export type ModelMessages = Pick<AnthropicMessages, 'create' | 'stream' | 'parse'>;

export interface ModelClient {
  readonly provider: Provider;
  readonly messages: ModelMessages;
  /** Token counting; the Anthropic API and Vertex serve it, Bedrock does not. */
  readonly countTokens?: AnthropicMessages['countTokens'];
  /**
   * The Message Batches API (Anthropic API only: Bedrock and Vertex batch through their own cloud
   * jobs and storage, which this action does not drive).
   */
  readonly batches?: BatchesClient;
  /** The models the key can use (Anthropic API only), every page. */
  readonly listModels?: () => AsyncIterable<ListedModel>;
  /** A model id spelled for this provider (see `providerModelId`). */
  modelId(id: string): string;
  /** The SDK client itself, for anything not wrapped here. */
  readonly sdk: Anthropic | AnthropicBedrock | AnthropicVertex;
}

/**
 * The SDK client for the provider. Bedrock and Vertex SDKs (and their AWS/Google auth stacks) are
 * imported only when chosen, so the common case does not load them at start-up.
 */
export async function createModelClient(opts: ModelClientOptions): Promise<ModelClient> {
  const common = {
    timeout: positive(opts.timeoutMs, 'timeoutMs'),
    maxRetries: nonNegativeInt(opts.maxRetries, 'maxRetries'),
    ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
  };
  switch (opts.provider) {
    case 'anthropic': {
      const sdk = new Anthropic({ ...common, ...(opts.apiKey ? { apiKey: opts.apiKey } : {}) });
      return wrap('anthropic', sdk, {
        countTokens: sdk.messages.countTokens.bind(sdk.messages),
        listModels: () => sdk.models.list({ limit: 1000 }),
        batches: sdk.messages.batches,
      });
    }
    case 'bedrock': {
      // `apiKey` is left unset on purpose: the SDK then reads AWS_BEARER_TOKEN_BEDROCK or signs with
      // AWS credentials. The Anthropic key must never be sent to AWS.
      const { AnthropicBedrock } = await import('@anthropic-ai/bedrock-sdk');
      const sdk = new AnthropicBedrock({ ...common, ...(opts.awsRegion ? { awsRegion: opts.awsRegion } : {}) });
      return wrap('bedrock', sdk, {});
    }
    case 'vertex': {
      const { AnthropicVertex } = await import('@anthropic-ai/vertex-sdk');
      const { LazyGoogleAuth } = await import('./vertex-lazy-auth.js');
      const sdk = new AnthropicVertex({
        ...common,
        ...(opts.vertexRegion ? { region: opts.vertexRegion } : {}),
        ...(opts.vertexProjectId ? { projectId: opts.vertexProjectId } : {}),
        googleAuth: new LazyGoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform' }),
      });
      return wrap('vertex', sdk, { countTokens: sdk.messages.countTokens.bind(sdk.messages) });
    }
    default:
      throw new Error(
        `unknown model provider "${String((opts as { provider?: unknown }).provider)}": ` +
          `use one of ${PROVIDERS.join(', ')}`,
      );
  }
}

function wrap(
  provider: Provider,
  sdk: Anthropic | AnthropicBedrock | AnthropicVertex,
  extra: {
    countTokens?: AnthropicMessages['countTokens'];
    listModels?: () => AsyncIterable<ListedModel>;
    batches?: BatchesClient;
  },
): ModelClient {
  const client = {
    provider,
    messages: sdk.messages as ModelMessages,
    ...(extra.countTokens ? { countTokens: extra.countTokens } : {}),
    ...(extra.listModels ? { listModels: extra.listModels } : {}),
    ...(extra.batches ? { batches: extra.batches } : {}),
    modelId: (id: string) => providerModelId(provider, id),
    toJSON: () => ({ provider }),
    [inspect.custom]: () => `ModelClient(${provider})`,
  };
  // Not enumerable: a stray console.log or JSON.stringify of the wrapper must not print the key.
  Object.defineProperty(client, 'sdk', { value: sdk, enumerable: false });
  return client as typeof client & { sdk: typeof sdk };
}

/**
 * A model id in the provider's spelling. The Anthropic API takes ids as they are.
 *
 * Bedrock: current models (no date in the id, e.g. `claude-sonnet-5-5`) are served through the
 * global cross-region inference profile, `global.anthropic.claude-sonnet-5-5` (the id the
 * @anthropic-ai/bedrock-sdk README uses; Bedrock lists 5.x models as `anthropic.claude-opus-5-5`
 * with inference profiles only). Older, dated ids (`claude-sonnet-4-5-20250929`) are passed through:
 * Bedrock spells them `anthropic.claude-sonnet-4-5-20250929-v1:0` with regional profiles
 * (`us.`, `eu.`, ...) that we cannot guess, so give Bedrock's own id for those. Any id already in
 * Bedrock's spelling (a profile id or an ARN) is passed through.
 *
 * Vertex: current models use the bare id (`claude-sonnet-5-5`); dated ids take an `@` before the
 * date (`claude-sonnet-4-5@20250929`), as Google's Vertex model garden spells them.
 */
export function providerModelId(provider: Provider, id: string): string {
  const trimmed = id.trim();
  if (provider === 'bedrock') {
    if (/^claude-[a-z]+(-\d{1,2}){1,2}$/.test(trimmed)) return `global.anthropic.${trimmed}`;
    return trimmed;
  }
  if (provider === 'vertex') {
    const dated = /^(claude-[a-z0-9-]+?)-(\d{8})$/.exec(trimmed);
    return dated ? `${dated[1]}@${dated[2]}` : trimmed;
  }
  return trimmed;
}

function positive(n: number, name: string): number {
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number of milliseconds, got ${String(n)}`);
  return n;
}

function nonNegativeInt(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number >= 0, got ${String(n)}`);
  return n;
}
