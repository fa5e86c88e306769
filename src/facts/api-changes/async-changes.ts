import type { ApiChange, ApiFacts, Operation, SourceLocation } from '../model.js';
import type { ApiChangeRules } from './api-changes.js';
import { type PayloadSide, payloadChanges, payloadProperties } from './async-payload-changes.js';
import { operationMatcher, pathKey } from './operation-matching.js';

// AsyncAPI event-contract changes between two fact models, named in oasdiff's kebab-case style
// (`channel-removed`, `payload-property-removed`). An operation is the application's own action on
// a channel (`async:send orders.created`), so every rule knows which side breaks: consumers of what
// it SENDs, producers of what it RECEIVEs (async-payload-changes.ts has the payload rules).
//
// Operations are paired as oasdiff pairs endpoints: action and channel address with the address
// parameters' names left out (`user/{id}` is `user/{userId}`). One not paired so is looked for by
// its channel's name, then its operationId, in the same document: those pairs are an address or
// an action that changed, not a removal and an addition.

type Level = ApiChange['level'];
type Add = (rule: string, level: Level, id: string, message: string, source?: SourceLocation) => void;

export const asyncChanges: ApiChangeRules = (before, after) => {
  const out: ApiChange[] = [];
  const add: Add = (rule, level, id, message, source) =>
    out.push({ rule, level, protocol: 'async', id, message, ...(source ? { source } : {}) });

  const pairs = pairOperations(before.operations, after.operations);
  const gone = before.operations.filter((o) => !pairs.has(o));
  removals(gone, after.operations, add);
  for (const [old, now] of pairs) operationChanges(old, now, before, after, add);
  return out;
};

/** Old operation → the operation it is now. */
function pairOperations(before: Operation[], after: Operation[]): Map<Operation, Operation> {
  const pairs = new Map<Operation, Operation>();
  const taken = new Set<Operation>();
  const match = operationMatcher(after);
  for (const old of before) {
    const now = match(old);
    if (now && !taken.has(now)) {
      pairs.set(old, now);
      taken.add(now);
    }
  }
  const channelName = (o: Operation) => o.channel ?? o.path;
  const fallbacks: Array<(a: Operation, b: Operation) => boolean> = [
    (a, b) => a.method === b.method && channelName(a) === channelName(b),
    (a, b) => a.operationId !== undefined && a.operationId === b.operationId,
  ];
  for (const same of fallbacks)
    for (const old of before) {
      if (pairs.has(old)) continue;
      const candidates = after.filter((o) => !taken.has(o) && o.spec === old.spec && same(old, o));
      if (candidates.length !== 1) continue;
      pairs.set(old, candidates[0]!);
      taken.add(candidates[0]!);
    }
  return pairs;
}

/** A channel no operation uses any more is one removal; otherwise each operation is. */
function removals(gone: Operation[], after: Operation[], add: Add): void {
  const stillUsed = new Set(after.map((o) => `${o.spec} ${pathKey(o.path)}`));
  const byChannel = new Map<string, Operation[]>();
  for (const o of gone) {
    if (stillUsed.has(`${o.spec} ${pathKey(o.path)}`)) {
      const note = o.deprecated ? ' (it was deprecated)' : '';
      add('operation-removed', o.deprecated ? 'warning' : 'error', o.id, `${describe(o)} was removed${note}`, o.source);
      continue;
    }
    const key = `${o.spec} ${pathKey(o.path)}`;
    byChannel.set(key, [...(byChannel.get(key) ?? []), o]);
  }
  for (const ops of byChannel.values()) {
    ops.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const first = ops[0]!;
    const deprecated = ops.every((o) => o.deprecated);
    const what = ops.map((o) => (o.method === 'SEND' ? 'sent' : 'received')).join(' and ');
    add(
      'channel-removed',
      deprecated ? 'warning' : 'error',
      first.id,
      `channel ${first.path} (${what} here) was removed${deprecated ? ' (it was deprecated)' : ''}`,
      first.source,
    );
  }
}

function operationChanges(old: Operation, now: Operation, before: ApiFacts, after: ApiFacts, add: Add): void {
  const at = now.source;
  if (pathKey(old.path) !== pathKey(now.path))
    add('channel-address-changed', 'error', now.id, `channel address ${old.path} became ${now.path}`, at);
  if (old.method !== now.method)
    add(
      'operation-action-changed',
      'error',
      now.id,
      `${old.operationId ?? old.path} changed from ${old.method} to ${now.method}`,
      at,
    );
  if (!old.deprecated && now.deprecated)
    add('operation-deprecated', 'info', now.id, `${describe(now)} is deprecated`, at);
  parameterChanges(old, now, add);
  securityChanges(old, now, add);
  // A changed action turns the payload rules around; compared by the new action, which is what
  // the other side must now match.
  for (const [was, is] of pairMessages(old.messages ?? [], now.messages ?? [])) {
    if (!is) {
      const what = `message ${was!.name} was removed from ${describe(now)}`;
      add('message-removed-from-operation', 'error', now.id, what, at);
      continue;
    }
    if (!was) {
      const sends = now.method === 'SEND';
      const what = `message ${is.name} was added to ${describe(now)}${sends ? ': consumers may not know it' : ''}`;
      add('message-added-to-operation', sends ? 'warning' : 'info', now.id, what, at);
      continue;
    }
    if ((was.contentType ?? '') !== (is.contentType ?? ''))
      add(
        'message-content-type-changed',
        'error',
        now.id,
        `message ${is.name} changed content type from ${was.contentType ?? 'none'} to ${is.contentType ?? 'none'}`,
        at,
      );
    payloadChanges(
      now.method,
      payloadSide(was, before, old.spec),
      payloadSide(is, after, now.spec),
      (rule, level, message) => add(rule, level, now.id, message, at),
    );
  }
}

type Message = NonNullable<Operation['messages']>[number];

function payloadSide(message: Message, api: ApiFacts, spec: string): PayloadSide {
  const schemas = (api.schemas ?? []).filter((s) => s.spec === spec);
  return {
    message,
    properties: payloadProperties(message.payload, schemas, spec),
    schemas: new Map(schemas.map((s) => [s.name, s])),
  };
}

/**
 * An operation's messages, paired by name. A name is only a label on the wire: an operation that
 * had one message nobody else matched and has one now carries the same message, renamed (2.x
 * documents without `name` call it `message`; their 3.0 rewrite names it by its key).
 */
function pairMessages(before: Message[], after: Message[]): [Message?, Message?][] {
  const now = new Map(after.map((m) => [m.name, m]));
  const was = new Set(before.map((m) => m.name));
  const pairs: [Message?, Message?][] = before.map((m) => [m, now.get(m.name)]);
  const added = after.filter((m) => !was.has(m.name));
  const removed = pairs.filter(([, is]) => !is);
  if (removed.length === 1 && added.length === 1) {
    removed[0]![1] = added[0];
    return pairs;
  }
  return [...pairs, ...added.map((m): [Message?, Message?] => [undefined, m])];
}

/** Channel parameters (`{region}`): a value no longer allowed is a channel that no longer exists. */
function parameterChanges(old: Operation, now: Operation, add: Add): void {
  // Parameters are named by position, as the address is matched without their names.
  const names = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const oldNames = names(old.path);
  const newNames = names(now.path);
  oldNames.forEach((name, i) => {
    const was = old.parameters.find((p) => p.name === name);
    const is = now.parameters.find((p) => p.name === (newNames[i] ?? name));
    if (!was?.enum || !is) return;
    for (const v of was.enum.filter((v) => !(is.enum ?? was.enum!).includes(v)))
      add(
        'channel-parameter-enum-value-removed',
        'error',
        now.id,
        `value ${v} of channel parameter ${is.name} was removed: ${old.path.replace(`{${name}}`, v)} is gone`,
        now.source,
      );
  });
}

function securityChanges(old: Operation, now: Operation, add: Add): void {
  const text = (o: Operation) =>
    o.security
      .map((alt) => alt.join(' + '))
      .sort()
      .join(' | ');
  const [was, is] = [text(old), text(now)];
  if (was === is) return;
  if (!was) add('operation-security-added', 'error', now.id, `${describe(now)} now requires ${is}`, now.source);
  else if (!is)
    add('operation-security-removed', 'info', now.id, `${describe(now)} no longer requires ${was}`, now.source);
  else
    add(
      'operation-security-changed',
      'warning',
      now.id,
      `${describe(now)} security changed from ${was} to ${is}`,
      now.source,
    );
}

function describe(o: Operation): string {
  const action = o.method === 'SEND' ? 'sending' : 'receiving';
  return `${o.operationId ? `${o.operationId} (${action} on ${o.path})` : `${action} on ${o.path}`}`;
}
