// A fake Anthropic Messages API on loopback, for tests that drive the real `@anthropic-ai/sdk`
// (give `fake.url` to the SDK as `baseURL`). It only ever binds 127.0.0.1 on an ephemeral port.
//
// Endpoints: POST /v1/messages, POST /v1/messages/count_tokens, GET /v1/models, GET /v1/models/{id},
// and the Message Batches API: POST /v1/messages/batches, GET /v1/messages/batches/{id},
// GET /v1/messages/batches/{id}/results (JSONL), POST /v1/messages/batches/{id}/cancel.
// A batch stays `in_progress` for `setBatchProcessing`'s number of polls and delay, then ends; each
// of its requests is answered like POST /v1/messages (one queued behaviour each, in request order,
// taken when the batch is created; the same usage numbers and prompt cache), an error behaviour
// giving an `errored` result. A batch canceled before it ends ends at once, every result `canceled`.
// Every request is recorded, in order, with how many message requests were open when it came and
// when it was answered; the server keeps the most message requests ever open at once. Each valid
// POST /v1/messages consumes one queued behaviour (FIFO), falling back to the default behaviour;
// requests rejected by validation (401, 400, 404 for an unknown model) are recorded but consume
// nothing. `delayMs` holds every answer back, like a model taking its time.
//
// Answers are deterministic: the same request body gives the same content. The 'architect' answer
// is grounded in fact ids found in the request's `system` and `messages` text (tool_result content
// included): `op:GET /orders`, `table:public.orders`, `column:public.orders.id`,
// `k8s:Deployment/prod/api`, `compose:service/api`.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  | 'architect'
  | 'hallucinate'
  | 'broken-json'
  | 'max-tokens'
  | 'rate-limit'
  | 'overloaded'
  | 'server-error'
  | 'slow'
  | 'tool-user';

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/messages`. */
  path: string;
  /** Query string parameters (empty object when none). */
  query: Record<string, string>;
  /** Lower-cased header names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw string when it was not JSON; undefined when empty. */
  body: any;
  /** `Date.now()` when the request arrived. */
  at: number;
  /** For POST /v1/messages that passed validation: the behaviour that answered it. */
  behaviour?: Behaviour;
  /** POST /v1/messages only: message requests open when it arrived, itself included. */
  openOnArrival?: number;
  /** `Date.now()` when its answer was sent (or the client went away); undefined while open. */
  answeredAt?: number;
  /** POST /v1/messages answered with a message: the usage the answer reported. */
  usage?: InputUsage & { output_tokens: number };
}

/** An answer as the API would send it: status, JSON body, extra headers. */
interface Reply {
  status: number;
  payload: unknown;
  headers?: Record<string, string>;
}

export interface BatchProcessing {
  /** GET /v1/messages/batches/{id} answers `in_progress` this many times before the batch ends (default 0). */
  polls?: number;
  /** Nor does it end before this many ms after it was created (default 0). */
  delayMs?: number;
  /** Requests (by custom_id) the batch runs out of time for: their result is `expired`. */
  expire?: (customId: string) => boolean;
}

/** What the fake knows of one batch. */
export interface FakeBatchView {
  id: string;
  status: 'in_progress' | 'canceling' | 'ended';
  /** The custom_id of each request, in the order they were sent. */
  customIds: string[];
  /** The behaviour each request was given, in the same order. */
  behaviours: Behaviour[];
  /** GET /v1/messages/batches/{id} calls so far. */
  polls: number;
  canceled: boolean;
}

export type AnswerOverride = (req: RecordedRequest) => string | undefined;
export type StructuredOverride = (req: RecordedRequest) => Record<string, unknown> | undefined;
export type ToolCallOverride = (req: RecordedRequest) => { name: string; input: Record<string, unknown> } | undefined;

export interface FakeAnthropic {
  /** e.g. `http://127.0.0.1:43123` — give this to the SDK as `baseURL`. */
  url: string;
  /** Every request, in order (including /v1/models and count_tokens, and rejected ones). */
  requests: RecordedRequest[];
  /** Only POST /v1/messages. */
  messageRequests(): RecordedRequest[];
  /** Consumed one per valid POST /v1/messages, FIFO; when empty the default behaviour applies. */
  queue(...behaviours: Behaviour[]): void;
  setDefault(b: Behaviour): void;
  /**
   * Override the Markdown of architect-like answers ('architect', 'hallucinate', 'slow', the final
   * 'tool-user' answer, and the text that 'broken-json' / 'max-tokens' mangle). Returning undefined
   * falls back to the generated Markdown; calling with no argument removes the override.
   */
  setAnswer(fn?: AnswerOverride): void;
  /**
   * Script the whole structured answer (the JSON object) of 'architect' answers to requests with a
   * JSON schema; undefined falls back to `setAnswer` / the generated answer. No argument removes it.
   */
  setStructuredAnswer(fn?: StructuredOverride): void;
  /** Script the tool call of 'tool-user' answers (name and input); undefined falls back to the first tool. */
  setToolCall(fn?: ToolCallOverride): void;
  /** How batches created from now on are processed (how long they stay in progress, what expires). */
  setBatchProcessing(p: BatchProcessing): void;
  /** Every batch created, in order. */
  batches(): FakeBatchView[];
  /** Delay before every answer to a valid POST /v1/messages ('slow' waits `slowMs` instead); 0 for none. */
  setDelay(ms: number): void;
  /** The most POST /v1/messages ever open at once (since the start or the last reset). */
  maxOpenMessages(): number;
  /** Starts counting `maxOpenMessages` afresh, from the requests open now. */
  resetMaxOpen(): void;
  /** Stops listening, cancels pending slow answers and destroys open sockets. Idempotent. */
  close(): Promise<void>;
}

export interface FakeAnthropicOptions {
  defaultBehaviour?: Behaviour;
  /** Model ids served by /v1/models and accepted by /v1/messages. */
  models?: string[];
  /** Delay of the 'slow' behaviour, in ms (default 5000). */
  slowMs?: number;
  /** Delay of every other answer to a valid POST /v1/messages, in ms (default 0): a model taking its time. */
  delayMs?: number;
  /** The shortest prefix, in tokens, that a cache breakpoint caches (default 1024, as for Sonnet and Opus). */
  minCacheableTokens?: number;
}

export const DEFAULT_MODELS = [
  'claude-opus-5-5',
  'claude-sonnet-5-5',
  'claude-haiku-5-5',
  'claude-sonnet-4-5-20250929',
  'claude-haiku-4-5-20251001',
];

/** The table the 'hallucinate' behaviour invents. */
export const HALLUCINATED_TABLE = 'public.invoice_archive';

const KNOWN_CREATED_AT: Record<string, string> = {
  'claude-opus-5-5': '2026-09-02T00:00:00Z',
  'claude-sonnet-5-5': '2026-09-01T00:00:00Z',
  'claude-haiku-5-5': '2026-08-15T00:00:00Z',
  'claude-haiku-4-5-20251001': '2025-10-01T00:00:00Z',
  'claude-sonnet-4-5-20250929': '2025-09-29T00:00:00Z',
};

// ---------------------------------------------------------------------------------------------
// Token estimates and prompt caching

interface Segment {
  text: string;
  breakpoint?: { ttl: '5m' | '1h' };
}

function withoutCacheControl(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { cache_control: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

function breakpointOf(block: unknown): Segment['breakpoint'] {
  const cc = block && typeof block === 'object' ? (block as Record<string, unknown>).cache_control : undefined;
  if (!cc || typeof cc !== 'object') return undefined;
  return { ttl: (cc as Record<string, unknown>).ttl === '1h' ? '1h' : '5m' };
}

function blockText(block: unknown): string {
  if (typeof block === 'string') return block;
  if (!block || typeof block !== 'object') return '';
  const b = block as Record<string, any>;
  if (b.type === 'text' && typeof b.text === 'string') return b.text;
  if (b.type === 'tool_result') {
    if (typeof b.content === 'string') return b.content;
    if (Array.isArray(b.content)) return b.content.map(blockText).join('\n');
    return '';
  }
  if (b.type === 'tool_use') return `${b.name ?? ''} ${JSON.stringify(b.input ?? {})}`;
  return JSON.stringify(withoutCacheControl(b));
}

/** The prompt in the API's caching order: tools, then system, then messages. */
function segments(body: Record<string, any>): Segment[] {
  const out: Segment[] = [];
  for (const tool of Array.isArray(body.tools) ? body.tools : []) {
    out.push({ text: JSON.stringify(withoutCacheControl(tool)), breakpoint: breakpointOf(tool) });
  }
  if (typeof body.system === 'string') out.push({ text: body.system });
  else if (Array.isArray(body.system)) {
    for (const block of body.system) out.push({ text: blockText(block), breakpoint: breakpointOf(block) });
  }
  for (const message of Array.isArray(body.messages) ? body.messages : []) {
    if (typeof message?.content === 'string') out.push({ text: message.content });
    else if (Array.isArray(message?.content)) {
      for (const block of message.content) out.push({ text: blockText(block), breakpoint: breakpointOf(block) });
    }
  }
  // Top-level `cache_control` marks the last cacheable block.
  const top = breakpointOf(body);
  if (top && out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, breakpoint: top };
  return out;
}

const tokens = (chars: number) => Math.ceil(chars / 4);
const charsOf = (segs: Segment[]) => segs.reduce((n, s) => n + s.text.length, 0);

interface InputUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

/**
 * Prompt caching as the API describes it: every `cache_control` breakpoint marks a prefix (tools,
 * then system, then messages, up to and including that block) that the answer writes to the cache,
 * when it is at least `minTokens` long. A request reads the longest prefix, ending at a breakpoint
 * or at one of the 20 blocks before it, that an earlier request wrote and whose answer has started
 * (`available`: a request that arrives while the writing one is still open writes it again); what
 * follows up to the last breakpoint is written, what follows that is plain input.
 */
interface CacheLookup {
  usage: InputUsage;
  /** The prefixes this request writes once it is answered. */
  writes: string[];
}

const LOOKBACK_BLOCKS = 20;

function cacheLookup(body: Record<string, any>, available: ReadonlySet<string>, minTokens: number): CacheLookup {
  const segs = segments(body);
  const none = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
  const breakpoints = segs.flatMap((s, i) => (s.breakpoint ? [i] : []));
  const last = breakpoints.at(-1) ?? -1;
  // Prefix sums in characters and a rolling key per block, so each prefix is named by its content.
  const chars: number[] = [];
  const keys: string[] = [];
  let sum = 0;
  const hash = createHash('sha256').update(String(body.model));
  segs.forEach((s, i) => {
    sum += s.text.length;
    chars[i] = sum;
    hash.update(`\u0000${s.text.length}:${s.text}`);
    keys[i] = hash.copy().digest('hex');
  });
  const cacheable = (i: number) => tokens(chars[i]!) >= minTokens;
  let read = -1;
  for (const bp of breakpoints)
    for (let i = bp; i >= Math.max(0, bp - LOOKBACK_BLOCKS) && i > read; i--)
      if (cacheable(i) && available.has(keys[i]!)) {
        read = i;
        break;
      }
  const at = (i: number) => (i < 0 ? 0 : chars[i]!);
  // A prefix too short to cache is billed as plain input.
  const cachedEnd = cacheable(last) ? last : read;
  const readTokens = tokens(at(read));
  const createdTokens = tokens(at(cachedEnd) - at(read));
  const input_tokens = tokens(charsOf(segs) - at(cachedEnd));
  const ttl = last >= 0 ? segs[last]!.breakpoint!.ttl : '5m';
  return {
    usage: {
      input_tokens,
      cache_creation_input_tokens: createdTokens,
      cache_read_input_tokens: readTokens,
      cache_creation:
        createdTokens === 0
          ? none
          : {
              ephemeral_5m_input_tokens: ttl === '5m' ? createdTokens : 0,
              ephemeral_1h_input_tokens: ttl === '1h' ? createdTokens : 0,
            },
    },
    writes: breakpoints.filter((bp) => bp > read && cacheable(bp)).map((bp) => keys[bp]!),
  };
}

// ---------------------------------------------------------------------------------------------
// Grounded answers

interface Facts {
  /** Every fact id, in order of first appearance. */
  ids: string[];
  /** `GET /orders` */
  ops: string[];
  /** `orders` */
  tables: string[];
  /** `orders.id` */
  columns: string[];
  /** `api` */
  services: string[];
  section?: string;
}

const N = '[A-Za-z0-9_$]+';
const N2 = '[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?';
const FACT_RE = new RegExp(
  [
    `op:(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE|QUERY) (/[^\\s\`"'<>()\\[\\],;|]*)`,
    `column:(${N})\\.(${N})\\.(${N})`,
    `table:(${N})\\.(${N})`,
    `k8s:([A-Za-z][A-Za-z0-9]*)/(${N2})/(${N2})`,
    `compose:service/(${N2})`,
  ]
    .map((alt) => `(?<![\\w$])${alt}`)
    .join('|'),
  'g',
);
const SECTION_RE = /^[ \t>*_-]*Section:[ \t]*`?([^\s`]+)`?/m;

/** The text the answer is grounded in: system and messages (tool_result content included). */
function requestText(body: Record<string, any>): string {
  const parts: string[] = [];
  if (typeof body.system === 'string') parts.push(body.system);
  else if (Array.isArray(body.system)) parts.push(...body.system.map(blockText));
  for (const message of Array.isArray(body.messages) ? body.messages : []) {
    if (typeof message?.content === 'string') parts.push(message.content);
    else if (Array.isArray(message?.content)) parts.push(...message.content.map(blockText));
  }
  return parts.join('\n');
}

function findFacts(text: string): Facts {
  const facts: Facts = { ids: [], ops: [], tables: [], columns: [], services: [] };
  const add = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
  };
  for (const m of text.matchAll(FACT_RE)) {
    if (m[1] !== undefined) {
      const path = m[2]!.replace(/[.:]+$/, '');
      add(facts.ids, `op:${m[1]} ${path}`);
      add(facts.ops, `${m[1]} ${path}`);
    } else if (m[3] !== undefined) {
      add(facts.ids, `column:${m[3]}.${m[4]}.${m[5]}`);
      add(facts.columns, `${m[4]}.${m[5]}`);
    } else if (m[6] !== undefined) {
      add(facts.ids, `table:${m[6]}.${m[7]}`);
      add(facts.tables, m[7]!);
    } else if (m[8] !== undefined) {
      add(facts.ids, `k8s:${m[8]}/${m[9]}/${m[10]}`);
      add(facts.services, m[10]!);
    } else if (m[11] !== undefined) {
      add(facts.ids, `compose:service/${m[11]}`);
      add(facts.services, m[11]!);
    }
  }
  const section = SECTION_RE.exec(text)?.[1];
  if (section) facts.section = section;
  return facts;
}

function englishList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const MAX_PER_KIND = 3;

function architectMarkdown(facts: Facts): string {
  const ops = facts.ops.slice(0, MAX_PER_KIND).map((o) => `\`${o}\``);
  const tables = facts.tables.slice(0, MAX_PER_KIND).map((t) => `the \`${t}\` table`);
  const columns = facts.columns.slice(0, MAX_PER_KIND).map((c) => `\`${c}\``);
  const services = facts.services.slice(0, MAX_PER_KIND).map((s) => `the \`${s}\` service`);

  const paragraphs: string[] = [];
  if (facts.section) {
    const topic = facts.section
      .split(/[._/:-]+/)
      .filter(Boolean)
      .join(' ');
    paragraphs.push(`This section covers the ${topic}, using only the facts supplied with the request.`);
  } else {
    paragraphs.push('This page summarises the architecture described by the facts supplied with the request.');
  }
  const sentences: string[] = [];
  if (ops.length) sentences.push(`The API exposes ${englishList(ops)}.`);
  if (tables.length) sentences.push(`Data is stored in ${englishList(tables)}.`);
  if (columns.length) sentences.push(`Notable columns include ${englishList(columns)}.`);
  if (services.length) sentences.push(`It runs as ${englishList(services)}.`);
  if (sentences.length === 0)
    sentences.push('No architecture facts were found in the request, so there is nothing more to describe.');
  paragraphs.push(sentences.join(' '));
  const bullets = [...ops, ...tables, ...columns, ...services];
  if (bullets.length) paragraphs.push(bullets.map((b) => `- ${b}`).join('\n'));
  return `${paragraphs.join('\n\n')}\n`;
}

const HALLUCINATION =
  'Settled invoices are copied nightly into the `invoice_archive` table (`public.invoice_archive`) for auditing.';

function hallucinate(markdown: string): string {
  const trimmed = markdown.replace(/\s+$/, '');
  const firstBreak = trimmed.indexOf('\n\n');
  // After the opening paragraph, so the answer still starts with a paragraph.
  if (firstBreak < 0) return `${trimmed}\n\n${HALLUCINATION}\n`;
  return `${trimmed.slice(0, firstBreak)}\n\n${HALLUCINATION}${trimmed.slice(firstBreak)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Structured output

type Schema = Record<string, any>;

function resolveRef(schema: Schema, root: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 16 && s && typeof s.$ref === 'string'; i++) {
    const m = /^#\/(\$defs|definitions)\/(.+)$/.exec(s.$ref);
    s = m ? (root[m[1]!]?.[m[2]!] ?? {}) : {};
  }
  return s ?? {};
}

function valueFor(schemaIn: Schema | undefined, key: string, markdown: string, root: Schema, depth: number): unknown {
  const schema = resolveRef(schemaIn ?? {}, root);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const alts = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alts) && alts.length) {
    const pick = alts.find((a: Schema) => resolveRef(a, root).type !== 'null') ?? alts[0];
    return valueFor(pick, key, markdown, root, depth);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length) {
    return valueFor(
      Object.assign({}, ...schema.allOf.map((a: Schema) => resolveRef(a, root))),
      key,
      markdown,
      root,
      depth,
    );
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t: string) => t !== 'null') ?? type[0];
  if (!type) type = schema.properties ? 'object' : 'string';
  switch (type) {
    case 'object':
      return depth > 8 ? {} : objectFor(schema, markdown, root, depth + 1);
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: min }, () => valueFor(schema.items, key, markdown, root, depth + 1));
    }
    case 'string': {
      if (key === 'markdown') return markdown;
      let text = `Fake ${key || 'value'}.`;
      if (typeof schema.minLength === 'number') while (text.length < schema.minLength) text += ' More.';
      if (typeof schema.maxLength === 'number') text = text.slice(0, schema.maxLength);
      return text;
    }
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}

function objectFor(schema: Schema, markdown: string, root: Schema, depth: number): Record<string, unknown> {
  const props: Record<string, Schema> = schema.properties ?? {};
  const keys: string[] = Array.isArray(schema.required) ? [...schema.required] : [];
  if ('markdown' in props && !keys.includes('markdown')) keys.push('markdown');
  keys.sort((a, b) => Number(b === 'markdown') - Number(a === 'markdown')); // markdown first
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = valueFor(props[key], key, markdown, root, depth);
  return out;
}

function structuredAnswer(schema: Schema | undefined, markdown: string): Record<string, unknown> {
  if (!schema || typeof schema !== 'object') return { markdown };
  const root = resolveRef(schema, schema);
  if (root.type !== 'object' && !root.properties) return { markdown };
  return objectFor(root, markdown, schema, 0);
}

/** JSON that stops half-way through the first string value (the markdown when present). */
function truncatedJson(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys[0] !== undefined && typeof value[keys[0]] === 'string') {
    const s = value[keys[0]] as string;
    const half = s.slice(0, Math.max(1, Math.floor(s.length / 2)));
    return `{${JSON.stringify(keys[0])}:${JSON.stringify(half).slice(0, -1)}`;
  }
  const full = JSON.stringify(value);
  return full.slice(0, Math.max(1, Math.floor(full.length / 2)));
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

function displayName(id: string): string {
  const m = /^claude-([a-z]+)-(\d+)(?:-(\d))?(?:-\d{8})?$/.exec(id);
  if (!m) return id;
  const line = m[1]![0]!.toUpperCase() + m[1]!.slice(1);
  return `Claude ${line} ${m[2]}${m[3] !== undefined ? `.${m[3]}` : ''}`;
}

interface ModelEntry {
  type: 'model';
  id: string;
  display_name: string;
  created_at: string;
  capabilities: null;
  deprecated_at: null;
  lifecycle: 'active';
  line: string | null;
  max_input_tokens: number;
  max_tokens: number;
  retires_at: null;
}

function modelEntries(ids: string[]): ModelEntry[] {
  const entries = ids.map((id, index) => {
    const dated = /-(\d{4})(\d{2})(\d{2})$/.exec(id);
    const created_at =
      KNOWN_CREATED_AT[id] ??
      (dated
        ? `${dated[1]}-${dated[2]}-${dated[3]}T00:00:00Z`
        : new Date(Date.UTC(2026, 5, 1) - index * 86_400_000).toISOString().replace('.000Z', 'Z'));
    const line = /^claude-(haiku|sonnet|opus|fable|mythos)\b/.exec(id)?.[1] ?? null;
    return {
      type: 'model' as const,
      id,
      display_name: displayName(id),
      created_at,
      capabilities: null,
      deprecated_at: null,
      lifecycle: 'active' as const,
      line,
      max_input_tokens: 200_000,
      max_tokens: 64_000,
      retires_at: null,
    };
  });
  return entries.sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/** Exact id, or an alias: `claude-sonnet-4-5` → `claude-sonnet-4-5-20250929`. */
function resolveModel(models: ModelEntry[], id: unknown): ModelEntry | undefined {
  if (typeof id !== 'string') return undefined;
  return (
    models.find((m) => m.id === id) ??
    models.find((m) => m.id.startsWith(`${id}-`) && /^-\d{8}$/.test(m.id.slice(id.length)))
  );
}

const BEHAVIOURS: readonly Behaviour[] = [
  'architect',
  'hallucinate',
  'broken-json',
  'max-tokens',
  'rate-limit',
  'overloaded',
  'server-error',
  'slow',
  'tool-user',
];

function assertBehaviour(b: unknown): asserts b is Behaviour {
  if (!BEHAVIOURS.includes(b as Behaviour)) throw new TypeError(`Unknown fake Anthropic behaviour: ${String(b)}`);
}

export async function startFakeAnthropic(opts: FakeAnthropicOptions = {}): Promise<FakeAnthropic> {
  const models = modelEntries(opts.models ?? DEFAULT_MODELS);
  const slowMs = opts.slowMs ?? 5000;
  let delayMs = opts.delayMs ?? 0;
  let openMessages = 0;
  let maxOpen = 0;
  let defaultBehaviour: Behaviour = opts.defaultBehaviour ?? 'architect';
  assertBehaviour(defaultBehaviour);
  const pending: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  /** Cached prefixes whose writing answer has started, by key. */
  const cache = new Set<string>();
  /** What each open message request found in the cache when it arrived. */
  const lookups = new WeakMap<RecordedRequest, CacheLookup>();
  const minCacheTokens = opts.minCacheableTokens ?? 1024;
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let answerOverride: AnswerOverride | undefined;
  let structuredOverride: StructuredOverride | undefined;
  let toolCallOverride: ToolCallOverride | undefined;
  let counter = 0;
  let closed: Promise<void> | undefined;
  let baseUrl = '';
  let batchProcessing: BatchProcessing = {};
  const batches: FakeBatch[] = [];

  const requestId = () => `req_fake_${String(++counter).padStart(6, '0')}`;

  function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    if (res.destroyed || res.writableEnded) return;
    const body = JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'request-id': requestId(),
      ...headers,
    });
    res.end(body);
  }

  function sendError(
    res: ServerResponse,
    status: number,
    type: string,
    message: string,
    headers?: Record<string, string>,
  ): void {
    send(res, status, { type: 'error', error: { type, message } }, headers);
  }

  /** Runs `answer` after `ms` unless the client goes away first (at once for 0). */
  function later(res: ServerResponse, ms: number, answer: () => void): void {
    if (ms <= 0) {
      answer();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer();
    }, ms);
    timer.unref();
    timers.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  function markdownFor(rec: RecordedRequest): string {
    return answerOverride?.(rec) ?? architectMarkdown(findFacts(requestText(rec.body)));
  }

  function message(rec: RecordedRequest, content: unknown[], stopReason: string, outputChars: number) {
    const body = rec.body as Record<string, any>;
    const lookup = lookups.get(rec) ?? cacheLookup(body, cache, minCacheTokens);
    for (const key of lookup.writes) cache.add(key);
    const usage = lookup.usage;
    const id = createHash('sha256')
      .update(`${counter}:${JSON.stringify(body)}`)
      .digest('hex')
      .slice(0, 24);
    const output_tokens = stopReason === 'max_tokens' ? Number(body.max_tokens) : Math.max(1, tokens(outputChars));
    rec.usage = { ...usage, output_tokens };
    return {
      id: `msg_fake_${id}`,
      type: 'message',
      role: 'assistant',
      model: body.model,
      content,
      stop_reason: stopReason,
      stop_sequence: null,
      stop_details: null,
      container: null,
      usage: {
        input_tokens: usage.input_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
        cache_creation: usage.cache_creation,
        output_tokens,
        service_tier: 'standard',
      },
    };
  }

  function textMessage(rec: RecordedRequest, text: string, stopReason = 'end_turn') {
    return message(rec, [{ type: 'text', text }], stopReason, text.length);
  }

  function architectAnswer(rec: RecordedRequest, mangle: (md: string) => string = (md) => md) {
    const body = rec.body as Record<string, any>;
    const format = body.output_config?.format;
    const scripted = format?.type === 'json_schema' ? structuredOverride?.(rec) : undefined;
    if (scripted) return textMessage(rec, JSON.stringify(scripted));
    const markdown = mangle(markdownFor(rec));
    if (format?.type === 'json_schema')
      return textMessage(rec, JSON.stringify(structuredAnswer(format.schema, markdown)));
    return textMessage(rec, markdown);
  }

  function lastUserHasToolResult(body: Record<string, any>): boolean {
    const msgs = Array.isArray(body.messages) ? body.messages : [];
    const last = msgs[msgs.length - 1];
    return (
      last?.role === 'user' && Array.isArray(last.content) && last.content.some((b: any) => b?.type === 'tool_result')
    );
  }

  function toolUseAnswer(rec: RecordedRequest) {
    const body = rec.body as Record<string, any>;
    const tool = body.tools[0] as Record<string, any>;
    const props: Record<string, unknown> = tool.input_schema?.properties ?? {};
    const facts = findFacts(requestText(body));
    const input: Record<string, string> = {};
    if ('query' in props) {
      input.query = facts.tables[0] ?? facts.ops[0]?.split(' ')[1] ?? facts.services[0] ?? facts.columns[0] ?? 'orders';
    } else if ('id' in props) {
      input.id = facts.ids[0] ?? 'table:public.orders';
    }
    const id = `toolu_fake_${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 20)}`;
    const call = toolCallOverride?.(rec) ?? { name: String(tool.name), input };
    const block = { type: 'tool_use', id, name: call.name, input: call.input, caller: { type: 'direct' } };
    return message(rec, [block], 'tool_use', JSON.stringify(call.input).length + call.name.length);
  }

  /** Why a Messages request body is refused, as the API would answer; undefined when it is valid. */
  function invalidMessages(body: any): Reply | undefined {
    const invalid = (message: string): Reply => ({
      status: 400,
      payload: { type: 'error', error: { type: 'invalid_request_error', message } },
    });
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return invalid('The request body must be a JSON object.');
    if (typeof body.model !== 'string') return invalid('model: Field required');
    if (typeof body.max_tokens !== 'number') return invalid('max_tokens: Field required');
    if (!Array.isArray(body.messages)) return invalid('messages: Field required');
    if (body.stream === true) return invalid('stream: streaming is not supported by the fake Anthropic server');
    if (!resolveModel(models, body.model))
      return {
        status: 404,
        payload: { type: 'error', error: { type: 'not_found_error', message: `model: ${body.model}` } },
      };
    return undefined;
  }

  function answerMessages(rec: RecordedRequest, res: ServerResponse): void {
    const invalid = invalidMessages(rec.body);
    if (invalid) {
      send(res, invalid.status, invalid.payload);
      return;
    }
    const behaviour = pending.shift() ?? defaultBehaviour;
    rec.behaviour = behaviour;
    // The cache is looked up when the request arrives; what it writes is there once it is answered.
    lookups.set(rec, cacheLookup(rec.body as Record<string, any>, cache, minCacheTokens));
    if (behaviour === 'slow') later(res, slowMs, () => send(res, 200, architectAnswer(rec)));
    else later(res, delayMs, () => answerAs(behaviour, rec, res));
  }

  function answerAs(behaviour: Exclude<Behaviour, 'slow'>, rec: RecordedRequest, res: ServerResponse): void {
    const reply = replyAs(behaviour, rec);
    send(res, reply.status, reply.payload, reply.headers);
  }

  /** The answer of one behaviour, apart from how it is sent (a response, or one result of a batch). */
  function replyAs(behaviour: Behaviour, rec: RecordedRequest): Reply {
    const body = rec.body;
    const ok = (payload: unknown): Reply => ({ status: 200, payload });
    const error = (status: number, type: string, message: string, headers?: Record<string, string>): Reply => ({
      status,
      payload: { type: 'error', error: { type, message } },
      ...(headers ? { headers } : {}),
    });
    switch (behaviour) {
      case 'architect':
      case 'slow':
        return ok(architectAnswer(rec));
      case 'hallucinate':
        return ok(architectAnswer(rec, hallucinate));
      case 'broken-json': {
        const md = markdownFor(rec);
        const text = `Here is the documentation you asked for:\n\n{"markdown": ${JSON.stringify(md)},}\n`;
        return ok(textMessage(rec, text));
      }
      case 'max-tokens': {
        const md = markdownFor(rec);
        const format = body.output_config?.format;
        const text =
          format?.type === 'json_schema'
            ? truncatedJson(structuredAnswer(format.schema, md))
            : md.slice(0, Math.max(1, Math.floor(md.length / 2)));
        return ok(textMessage(rec, text, 'max_tokens'));
      }
      case 'rate-limit':
        return error(
          429,
          'rate_limit_error',
          'This request would exceed the rate limit for your organization (fake). Please retry after 1 second.',
          { 'retry-after': '1' },
        );
      case 'overloaded':
        return error(529, 'overloaded_error', 'Overloaded');
      case 'server-error':
        return error(500, 'api_error', 'Internal server error');
      case 'tool-user':
        if (Array.isArray(body.tools) && body.tools.length > 0 && !lastUserHasToolResult(body))
          return ok(toolUseAnswer(rec));
        return ok(architectAnswer(rec));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Message Batches

  interface FakeBatch {
    view: FakeBatchView;
    processing: BatchProcessing;
    createdAt: number;
    cancelInitiatedAt?: number;
    endedAt?: number;
    /** The request of each item, as POST /v1/messages would have recorded it. */
    items: RecordedRequest[];
    results?: { custom_id: string; result: unknown }[];
  }

  const CUSTOM_ID = /^[a-zA-Z0-9_-]{1,64}$/;
  const iso = (ms: number) => new Date(ms).toISOString();

  function createBatch(rec: RecordedRequest): Reply {
    const requests = (rec.body as Record<string, any> | undefined)?.requests;
    const invalid = (message: string): Reply => ({
      status: 400,
      payload: { type: 'error', error: { type: 'invalid_request_error', message } },
    });
    if (!Array.isArray(requests) || requests.length === 0) return invalid('requests: must be a non-empty list');
    const ids = new Set<string>();
    for (const r of requests) {
      if (typeof r?.custom_id !== 'string' || !CUSTOM_ID.test(r.custom_id))
        return invalid('requests.custom_id: must be 1 to 64 letters, digits, hyphens or underscores');
      if (ids.has(r.custom_id)) return invalid(`requests.custom_id: "${r.custom_id}" is used twice`);
      ids.add(r.custom_id);
      if (!r.params || typeof r.params !== 'object') return invalid('requests.params: Field required');
    }
    const id = `msgbatch_fake_${String(batches.length + 1).padStart(6, '0')}`;
    const items = requests.map(
      (r: { custom_id: string; params: unknown }): RecordedRequest => ({
        method: 'POST',
        path: '/v1/messages',
        query: {},
        headers: rec.headers,
        body: r.params,
        at: rec.at,
      }),
    );
    // Behaviours are handed out as the batch is created, in request order, so a test can queue them.
    const behaviours = items.map((item: RecordedRequest) => {
      if (invalidMessages(item.body)) return defaultBehaviour;
      item.behaviour = pending.shift() ?? defaultBehaviour;
      return item.behaviour;
    });
    const batch: FakeBatch = {
      view: {
        id,
        status: 'in_progress',
        customIds: requests.map((r: { custom_id: string }) => r.custom_id),
        behaviours,
        polls: 0,
        canceled: false,
      },
      processing: batchProcessing,
      createdAt: Date.now(),
      items,
    };
    batches.push(batch);
    return { status: 200, payload: batchObject(batch) };
  }

  /** Ends the batch once it was polled and waited for enough; its answers are made then, in order. */
  function advance(batch: FakeBatch): void {
    if (batch.view.status === 'ended') return;
    const polls = batch.processing.polls ?? 0;
    const delay = batch.processing.delayMs ?? 0;
    if (batch.view.polls <= polls || Date.now() - batch.createdAt < delay) return;
    batch.results = batch.items.map((item, i) => ({
      custom_id: batch.view.customIds[i]!,
      result: itemResult(batch, item, i),
    }));
    batch.view.status = 'ended';
    batch.endedAt = Date.now();
  }

  function itemResult(batch: FakeBatch, item: RecordedRequest, index: number): unknown {
    if (batch.processing.expire?.(batch.view.customIds[index]!)) return { type: 'expired' };
    const reply = invalidMessages(item.body) ?? replyAs(item.behaviour!, item);
    if (reply.status !== 200) return { type: 'errored', error: reply.payload };
    // The Batches API reports its own tier in the usage; the token numbers are the normal ones.
    const message = reply.payload as { usage: Record<string, unknown> };
    return { type: 'succeeded', message: { ...message, usage: { ...message.usage, service_tier: 'batch' } } };
  }

  function cancelBatch(batch: FakeBatch): void {
    if (batch.view.status === 'ended') return;
    batch.view.canceled = true;
    batch.cancelInitiatedAt = Date.now();
    // Nothing of a fake batch is half done: canceling ends it at once with every request canceled.
    batch.results = batch.view.customIds.map((custom_id) => ({ custom_id, result: { type: 'canceled' } }));
    batch.view.status = 'ended';
    batch.endedAt = Date.now();
  }

  function batchObject(batch: FakeBatch) {
    const counts = { processing: 0, succeeded: 0, errored: 0, canceled: 0, expired: 0 };
    if (batch.results) {
      for (const r of batch.results) counts[(r.result as { type: keyof typeof counts }).type]++;
    } else counts.processing = batch.items.length;
    const ended = batch.view.status === 'ended';
    return {
      id: batch.view.id,
      type: 'message_batch',
      processing_status: batch.view.status,
      request_counts: counts,
      created_at: iso(batch.createdAt),
      expires_at: iso(batch.createdAt + 24 * 3_600_000),
      ended_at: batch.endedAt === undefined ? null : iso(batch.endedAt),
      cancel_initiated_at: batch.cancelInitiatedAt === undefined ? null : iso(batch.cancelInitiatedAt),
      archived_at: null,
      results_url: ended ? `${baseUrl}/v1/messages/batches/${batch.view.id}/results` : null,
    };
  }

  /** The Batches routes; false when the request is not one of them. */
  function handleBatches(rec: RecordedRequest, res: ServerResponse): boolean {
    const route = `${rec.method} ${rec.path}`;
    if (route === 'POST /v1/messages/batches') {
      const reply = createBatch(rec);
      send(res, reply.status, reply.payload);
      return true;
    }
    const m = /^\/v1\/messages\/batches\/([^/]+)(\/results|\/cancel)?$/.exec(rec.path);
    if (!m) return false;
    const action = m[2] ?? '';
    const batch = batches.find((b) => b.view.id === decodeURIComponent(m[1]!));
    if (!batch) {
      sendError(res, 404, 'not_found_error', `message batch ${m[1]} not found`);
      return true;
    }
    if (action === '') {
      batch.view.polls++;
      advance(batch);
    } else if (action === '/cancel') cancelBatch(batch);
    else {
      if (!batch.results) {
        sendError(res, 400, 'invalid_request_error', `message batch ${batch.view.id} has not ended yet`);
        return true;
      }
      const body = batch.results.map((r) => `${JSON.stringify(r)}\n`).join('');
      res.writeHead(200, {
        'content-type': 'application/x-jsonl',
        'content-length': String(Buffer.byteLength(body)),
        'request-id': requestId(),
      });
      res.end(body);
      return true;
    }
    send(res, 200, batchObject(batch));
    return true;
  }

  function handle(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    let body: any;
    let badJson = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      at: Date.now(),
    };
    requests.push(rec);

    const route = `${rec.method} ${rec.path}`;
    const isMessages = route === 'POST /v1/messages';
    const isCount = route === 'POST /v1/messages/count_tokens';
    const isList = route === 'GET /v1/models';
    const modelMatch = rec.method === 'GET' ? /^\/v1\/models\/([^/]+)$/.exec(rec.path) : null;
    const isBatch =
      route === 'POST /v1/messages/batches' ||
      (rec.method === 'GET' && /^\/v1\/messages\/batches\/[^/]+(\/results)?$/.test(rec.path)) ||
      (rec.method === 'POST' && /^\/v1\/messages\/batches\/[^/]+\/cancel$/.test(rec.path));
    if (!isMessages && !isCount && !isList && !modelMatch && !isBatch) {
      sendError(res, 404, 'not_found_error', `Not found: ${route}`);
      return;
    }
    const apiKey = headers['x-api-key'];
    const bearer = /^Bearer\s+(\S+)/i.exec(headers.authorization ?? '')?.[1];
    if (!apiKey && !bearer) {
      sendError(res, 401, 'authentication_error', 'x-api-key header is required');
      return;
    }
    if (!headers['anthropic-version']) {
      sendError(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
      return;
    }
    if (badJson) {
      sendError(res, 400, 'invalid_request_error', 'The request body is not valid JSON.');
      return;
    }

    if (isBatch && handleBatches(rec, res)) return;
    if (isMessages) {
      openMessages++;
      maxOpen = Math.max(maxOpen, openMessages);
      rec.openOnArrival = openMessages;
      res.on('close', () => {
        openMessages--;
        rec.answeredAt = Date.now();
      });
      answerMessages(rec, res);
      return;
    }
    if (isCount) {
      if (!body || typeof body !== 'object' || !Array.isArray(body.messages)) {
        sendError(res, 400, 'invalid_request_error', 'messages: Field required');
        return;
      }
      send(res, 200, { input_tokens: tokens(charsOf(segments(body))) });
      return;
    }
    if (modelMatch) {
      const model = resolveModel(models, decodeURIComponent(modelMatch[1]!));
      if (!model) {
        sendError(res, 404, 'not_found_error', `model: ${decodeURIComponent(modelMatch[1]!)}`);
        return;
      }
      send(res, 200, model);
      return;
    }
    // GET /v1/models with the API's cursor pagination.
    const limit = Math.min(1000, Math.max(1, Number(rec.query.limit ?? 20) || 20));
    let list = models;
    let hasMore: boolean;
    if (rec.query.before_id) {
      const end = list.findIndex((m) => m.id === rec.query.before_id);
      list = end < 0 ? [] : list.slice(0, end);
      hasMore = list.length > limit;
      list = list.slice(-limit);
    } else {
      if (rec.query.after_id) {
        const start = list.findIndex((m) => m.id === rec.query.after_id);
        list = start < 0 ? [] : list.slice(start + 1);
      }
      hasMore = list.length > limit;
      list = list.slice(0, limit);
    }
    send(res, 200, {
      data: list,
      has_more: hasMore,
      first_id: list[0]?.id ?? null,
      last_id: list[list.length - 1]?.id ?? null,
    });
    return;
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        sendError(res, 500, 'api_error', `Fake Anthropic server failure: ${(err as Error).message}`);
      }
    });
    req.on('error', () => res.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    messageRequests: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages'),
    queue: (...behaviours: Behaviour[]) => {
      behaviours.forEach(assertBehaviour);
      pending.push(...behaviours);
    },
    setDefault: (b: Behaviour) => {
      assertBehaviour(b);
      defaultBehaviour = b;
    },
    setAnswer: (fn?: AnswerOverride) => {
      answerOverride = fn;
    },
    setStructuredAnswer: (fn?: StructuredOverride) => {
      structuredOverride = fn;
    },
    setToolCall: (fn?: ToolCallOverride) => {
      toolCallOverride = fn;
    },
    setBatchProcessing: (p: BatchProcessing) => {
      batchProcessing = { ...p };
    },
    batches: () =>
      batches.map((b) => ({ ...b.view, customIds: [...b.view.customIds], behaviours: [...b.view.behaviours] })),
    setDelay: (ms: number) => {
      delayMs = ms;
    },
    maxOpenMessages: () => maxOpen,
    resetMaxOpen: () => {
      maxOpen = openMessages;
    },
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
        sockets.clear();
      });
      return closed;
    },
  };
}
