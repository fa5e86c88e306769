// Turns the `model` setting (or an agent file's `model:`) into a model id the API accepts.
//
// `opus`, `sonnet` and `haiku` are Claude Code's aliases: they mean the newest model of that family.
// The Models API lists what the key can use, so the alias resolves to the newest listed model of the
// family; when listing fails or lists none of the family, a pinned id is used and the result says
// why. Anything else is taken as an exact model id and passed through without a network call.

import { parseModelId, type Family } from './pricing.js';

export const MODEL_ALIASES: readonly Family[] = ['opus', 'sonnet', 'haiku'];

/** Used when the Models API cannot tell us the newest model of a family. Anthropic API spelling. */
export const FALLBACK_MODELS: Readonly<Record<Family, string>> = {
  opus: 'claude-opus-5-5',
  sonnet: 'claude-sonnet-5-5',
  haiku: 'claude-haiku-5-5',
};

export interface ListedModel {
  id: string;
  created_at?: string | null;
}

/**
 * Lists the models the key can use: an async iterable (the SDK's `client.models.list()` is one,
 * and pages through the whole list), or a promise of an array, of an iterable, or of a page with `data`.
 */
export type ModelLister = () =>
  | AsyncIterable<ListedModel>
  | Promise<Iterable<ListedModel> | AsyncIterable<ListedModel> | { data: ListedModel[] }>;

export interface ResolvedModel {
  id: string;
  how: 'exact' | 'alias' | 'fallback';
  /** Why a fallback was used, or which listed model an alias chose. */
  note?: string;
}

/** Stop reading after this many listed models: a broken server must not page forever. */
const MAX_LISTED = 5_000;

export async function resolveModel(requested: string, lister?: ModelLister): Promise<ResolvedModel> {
  const wanted = (requested ?? '').trim();
  if (wanted === '')
    throw new Error('model is empty: give a model id (e.g. claude-sonnet-5-5) or an alias (opus, sonnet, haiku)');
  const family = MODEL_ALIASES.find((a) => a === wanted.toLowerCase());
  if (!family) return { id: wanted, how: 'exact' };

  const fallback = FALLBACK_MODELS[family];
  if (!lister) {
    return {
      id: fallback,
      how: 'fallback',
      note: `"${wanted}" → ${fallback}: this provider cannot list models, so the pinned ${family} model is used`,
    };
  }
  let listed: ListedModel[];
  try {
    listed = await collect(lister);
  } catch (err) {
    return {
      id: fallback,
      how: 'fallback',
      note:
        `"${wanted}" → ${fallback}: ` +
        `listing models failed (${describe(err)}), so the pinned ${family} model is used`,
    };
  }
  const best = newestOfFamily(listed, family);
  if (!best) {
    return {
      id: fallback,
      how: 'fallback',
      note:
        `"${wanted}" → ${fallback}: ` +
        `the Models API listed ${listed.length} model(s) ` +
        `but none of the ${family} family, so the pinned one is used`,
    };
  }
  return {
    id: best.id,
    how: 'alias',
    note: `"${wanted}" → ${best.id}: ` + `the newest ${family} model this key can list`,
  };
}

/** The newest model of `family` in `models`: the highest version in the id, then the latest `created_at`. */
export function newestOfFamily(models: ListedModel[], family: Family): ListedModel | undefined {
  let best: { model: ListedModel; version: number[]; created: number } | undefined;
  for (const model of models) {
    if (!model || typeof model.id !== 'string') continue;
    const parsed = familyVersion(model.id);
    if (!parsed || parsed.family !== family) continue;
    const created = Date.parse(model.created_at ?? '') || 0;
    const candidate = { model, version: parsed.version, created };
    if (!best || compareCandidates(candidate, best) > 0) best = candidate;
  }
  return best?.model;
}

function compareCandidates(
  a: { version: number[]; created: number },
  b: { version: number[]; created: number },
): number {
  for (let i = 0; i < Math.max(a.version.length, b.version.length); i++) {
    const d = (a.version[i] ?? 0) - (b.version[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.created - b.created;
}

/**
 * Family and version of an Anthropic API model id, or undefined for ids that are not a plain Claude
 * model of a family (so `claude-sonnet-5-5` → [5, 5], `claude-sonnet-4-5-20250929` → [4, 5],
 * `claude-3-5-sonnet-20241022` → [3, 5]).
 */
function familyVersion(id: string): { family: Family; version: number[] } | undefined {
  const lower = id.toLowerCase();
  if (!/^claude-/.test(lower)) return undefined;
  const parsed = parseModelId(lower);
  if (!parsed?.version) return undefined;
  return { family: parsed.family, version: parsed.version };
}

async function collect(lister: ModelLister): Promise<ListedModel[]> {
  const result = lister();
  const out: ListedModel[] = [];
  const take = async (source: AsyncIterable<ListedModel> | Iterable<ListedModel>) => {
    for await (const m of source) {
      out.push(m);
      if (out.length >= MAX_LISTED) break;
    }
  };
  // The SDK's PagePromise is both a promise and an async iterable: iterate it to get every page.
  if (result && typeof (result as AsyncIterable<ListedModel>)[Symbol.asyncIterator] === 'function') {
    await take(result as AsyncIterable<ListedModel>);
    return out;
  }
  const value = await result;
  if (value && typeof (value as AsyncIterable<ListedModel>)[Symbol.asyncIterator] === 'function')
    await take(value as AsyncIterable<ListedModel>);
  else if (value && typeof (value as Iterable<ListedModel>)[Symbol.iterator] === 'function')
    await take(value as Iterable<ListedModel>);
  else if (value && Array.isArray((value as { data?: unknown }).data))
    await take((value as { data: ListedModel[] }).data);
  else throw new Error('the model lister returned neither a list nor a page');
  return out;
}

function describe(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { status?: unknown; message?: unknown; name?: unknown };
    const status = typeof e.status === 'number' ? `HTTP ${e.status}: ` : '';
    const message = typeof e.message === 'string' ? e.message : String(err);
    return `${status}${oneLine(message)}`;
  }
  return oneLine(String(err));
}

function oneLine(s: string): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
