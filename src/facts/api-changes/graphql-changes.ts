import type { ApiChange, ApiSchema, Operation, Parameter, SourceLocation } from '../model.js';
import type { ApiChangeRules } from './api-changes.js';
import { pairByKey, wasDeprecated } from './pair-by-key.js';
import { isSafeInputChange, isSafeResultChange } from './graphql-type-safety.js';

// GraphQL schema changes, named as graphql-js's `findBreakingChanges` (level `error`) and
// `findDangerousChanges` (level `warning`) name them, read from the facts rather than from two
// built schemas: root fields are operations (`gql:Query.orders`), the other types are schemas.
// Not covered, because the facts do not hold them: directive definitions (DIRECTIVE_*).
// A root type removed as a whole is told as each of its operations removed (FIELD_REMOVED), which
// says more to a reviewer than graphql-js's one TYPE_REMOVED.

type Level = ApiChange['level'];

export const graphqlChanges: ApiChangeRules = (before, after) => {
  const out: ApiChange[] = [];
  const add = (rule: string, level: Level, id: string, message: string, source?: SourceLocation) =>
    out.push({ rule, level, protocol: 'graphql', id, message, ...(source ? { source } : {}) });

  for (const [old, now] of pairByKey(before.operations, after.operations, (o) => o.id)) {
    if (!now) {
      add('FIELD_REMOVED', 'error', old!.id, `${old!.path} was removed${wasDeprecated(old!.deprecated)}`, old!.source);
      continue;
    }
    if (!old) continue; // a new operation breaks no one
    operationChanges(old, now, add);
  }

  for (const [old, now] of pairByKey(before.schemas ?? [], after.schemas ?? [], (s) => s.name)) {
    if (!now) {
      add(
        'TYPE_REMOVED',
        'error',
        old!.id,
        `type ${old!.name} was removed${wasDeprecated(old!.deprecated)}`,
        old!.source,
      );
      continue;
    }
    if (!old) continue;
    if (old.kind !== now.kind) {
      add(
        'TYPE_CHANGED_KIND',
        'error',
        now.id,
        `${now.name} changed from ${an(old.kind)} to ${an(now.kind)}`,
        now.source,
      );
      continue;
    }
    schemaChanges(old, now, add);
  }
  return out;
};

type Add = (rule: string, level: Level, id: string, message: string, source?: SourceLocation) => void;

function operationChanges(old: Operation, now: Operation, add: Add): void {
  const before = old.responses[0]?.schema?.type;
  const after = now.responses[0]?.schema?.type;
  if (before && after && !isSafeResultChange(before, after))
    add('FIELD_CHANGED_KIND', 'error', now.id, `${now.path} changed type from ${before} to ${after}`, now.source);
  argumentChanges(old.parameters, now.parameters, now.path, now.id, now.source, add);
}

function schemaChanges(old: ApiSchema, now: ApiSchema, add: Add): void {
  if (now.kind === 'enum' || now.kind === 'union') {
    const { removed, added } = setDiff(old.values ?? [], now.values ?? []);
    const [gone, come] =
      now.kind === 'enum'
        ? (['VALUE_REMOVED_FROM_ENUM', 'VALUE_ADDED_TO_ENUM'] as const)
        : (['TYPE_REMOVED_FROM_UNION', 'TYPE_ADDED_TO_UNION'] as const);
    const what = now.kind === 'enum' ? 'value' : 'member';
    for (const v of removed)
      add(gone, 'error', now.id, `${what} ${v} was removed from ${now.kind} ${now.name}`, now.source);
    for (const v of added)
      add(come, 'warning', now.id, `${what} ${v} was added to ${now.kind} ${now.name}`, now.source);
    return;
  }
  const interfaces = setDiff(old.interfaces ?? [], now.interfaces ?? []);
  for (const i of interfaces.removed)
    add('IMPLEMENTED_INTERFACE_REMOVED', 'error', now.id, `${now.name} no longer implements ${i}`, now.source);
  for (const i of interfaces.added)
    add('IMPLEMENTED_INTERFACE_ADDED', 'warning', now.id, `${now.name} now implements ${i}`, now.source);

  const input = now.kind === 'input';
  for (const [was, is] of pairByKey(old.properties, now.properties, (p) => p.name)) {
    const name = `${now.name}.${(is ?? was)!.name}`;
    if (!is) {
      const field = was!;
      add(
        'FIELD_REMOVED',
        'error',
        now.id,
        `${name} was removed${wasDeprecated(field.deprecated)}`,
        field.source ?? now.source,
      );
      continue;
    }
    const at = is.source ?? now.source;
    if (!was) {
      if (input && is.required)
        add('REQUIRED_INPUT_FIELD_ADDED', 'error', now.id, `required input field ${name} was added`, at);
      else if (input)
        add('OPTIONAL_INPUT_FIELD_ADDED', 'warning', now.id, `optional input field ${name} was added`, at);
      continue;
    }
    const safe = input ? isSafeInputChange(was.type, is.type) : isSafeResultChange(was.type, is.type);
    if (!safe) add('FIELD_CHANGED_KIND', 'error', now.id, `${name} changed type from ${was.type} to ${is.type}`, at);
    if (!input) argumentChanges(was.arguments ?? [], is.arguments ?? [], name, now.id, at, add);
  }
}

function argumentChanges(
  before: Parameter[],
  after: Parameter[],
  field: string,
  id: string,
  source: SourceLocation | undefined,
  add: Add,
): void {
  for (const [old, now] of pairByKey(before, after, (p) => p.name)) {
    const arg = `argument ${(now ?? old)!.name} of ${field}`;
    if (!now) {
      add('ARG_REMOVED', 'error', id, `${arg} was removed${wasDeprecated(old!.deprecated)}`, source);
      continue;
    }
    if (!old) {
      if (now.required) add('REQUIRED_ARG_ADDED', 'error', id, `required ${arg} was added`, source);
      else add('OPTIONAL_ARG_ADDED', 'warning', id, `optional ${arg} was added`, source);
      continue;
    }
    if (old.type && now.type && !isSafeInputChange(old.type, now.type)) {
      const stricter = !old.required && now.required ? ': it is now required' : '';
      add('ARG_CHANGED_KIND', 'error', id, `${arg} changed type from ${old.type} to ${now.type}${stricter}`, source);
    } else if (old.default !== undefined && old.default !== now.default) {
      const to = now.default === undefined ? 'no default' : now.default;
      add('ARG_DEFAULT_VALUE_CHANGE', 'warning', id, `${arg} changed its default from ${old.default} to ${to}`, source);
    }
  }
}

function setDiff(before: string[], after: string[]): { removed: string[]; added: string[] } {
  const was = new Set(before);
  const is = new Set(after);
  return { removed: before.filter((v) => !is.has(v)), added: after.filter((v) => !was.has(v)) };
}

function an(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
