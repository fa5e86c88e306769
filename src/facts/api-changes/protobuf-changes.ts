import type { ApiChange, ApiSchema, Operation, SchemaProperty, SourceLocation } from '../model.js';
import type { ApiChangeRules, FilesRead } from './api-changes.js';
import { pairByKey, wasDeprecated } from './pair-by-key.js';

// Protocol Buffers changes, named as `buf breaking` names them, read from the facts: services and
// rpcs are operations (`rpc:shop.v1.OrderService/GetOrder`), messages and enums are schemas with
// numbered fields. Fields are matched by number, as the wire matches them, so a number given to a
// new field is caught as FIELD_SAME_NAME / FIELD_SAME_TYPE. Declarations are matched by full name
// wherever they live (buf's PACKAGE view); a file gone is one FILE_NO_DELETE and what it held is
// not repeated, as buf does. Not covered, because the facts do not hold them: file options
// (FILE_SAME_GO_PACKAGE …), json_name, defaults, extensions and C++/Java string options.

type Level = ApiChange['level'];
type Add = (rule: string, level: Level, id: string, message: string, source?: SourceLocation) => void;

export const protobufChanges: ApiChangeRules = (before, after, read) => {
  const out: ApiChange[] = [];
  const add: Add = (rule, level, id, message, source) =>
    out.push({ rule, level, protocol: 'grpc', id, message, ...(source ? { source } : {}) });

  const filesNow = filesOf(after.operations, after.schemas ?? [], read?.after);
  const filesThen = filesOf(before.operations, before.schemas ?? [], read?.before);
  const goneFiles = new Set([...filesThen].filter((f) => !filesNow.has(f)));
  for (const file of [...goneFiles].sort(compareText))
    add('FILE_NO_DELETE', 'error', `spec:${file}`, `${file} was deleted`, { file, line: 1 });
  const inGoneFile = (s: SourceLocation) => goneFiles.has(s.file);

  for (const spec of after.specs) {
    const old = before.specs.find((s) => s.file === spec.file);
    if (old && (old.servers[0] ?? '') !== (spec.servers[0] ?? ''))
      add(
        'FILE_SAME_PACKAGE',
        'error',
        spec.id,
        `${spec.file} moved from package ${old.servers[0] || '(none)'} to ${spec.servers[0] || '(none)'}`,
        spec.source,
      );
  }

  const servicesNow = new Set(after.operations.map(serviceOf));
  const reportedServices = new Set<string>();
  for (const [old, now] of pairByKey(before.operations, after.operations, (o) => o.id)) {
    if (!now) {
      const service = serviceOf(old!);
      if (inGoneFile(old!.source)) continue;
      if (!servicesNow.has(service)) {
        if (!reportedServices.has(service))
          add('SERVICE_NO_DELETE', 'error', `service:${service}`, `service ${service} was deleted`, old!.source);
        reportedServices.add(service);
        continue;
      }
      const level = old!.deprecated ? 'warning' : 'error';
      add(
        'RPC_NO_DELETE',
        level,
        old!.id,
        `rpc ${old!.path} was deleted${wasDeprecated(old!.deprecated)}`,
        old!.source,
      );
      continue;
    }
    if (old) rpcChanges(old, now, add);
  }

  for (const [old, now] of pairByKey(before.schemas ?? [], after.schemas ?? [], (s) => s.name)) {
    if (!now) {
      if (inGoneFile(old!.source)) continue;
      const rule = old!.kind === 'enum' ? 'ENUM_NO_DELETE' : 'MESSAGE_NO_DELETE';
      const what = old!.kind === 'enum' ? 'enum' : 'message';
      add(rule, 'error', old!.id, `${what} ${old!.name} was deleted`, old!.source);
      continue;
    }
    if (!old) continue;
    if (old.kind === 'enum' && now.kind === 'enum') enumChanges(old, now, add);
    else if (old.kind !== 'enum' && now.kind !== 'enum') messageChanges(old, now, add);
    reservedChanges(old, now, add);
  }
  return out;
};

function rpcChanges(old: Operation, now: Operation, add: Add): void {
  const request = [old.requestBody?.schema?.type, now.requestBody?.schema?.type];
  const response = [old.responses[0]?.schema?.type, now.responses[0]?.schema?.type];
  if (request[0] !== request[1])
    add(
      'RPC_SAME_REQUEST_TYPE',
      'error',
      now.id,
      `${now.path} takes ${request[1]} instead of ${request[0]}`,
      now.source,
    );
  if (response[0] !== response[1])
    add(
      'RPC_SAME_RESPONSE_TYPE',
      'error',
      now.id,
      `${now.path} returns ${response[1]} instead of ${response[0]}`,
      now.source,
    );
  const streams = (o: Operation) => ({
    client: o.streaming === 'client' || o.streaming === 'bidirectional',
    server: o.streaming === 'server' || o.streaming === 'bidirectional',
  });
  const [was, is] = [streams(old), streams(now)];
  if (was.client !== is.client)
    add(
      'RPC_SAME_CLIENT_STREAMING',
      'error',
      now.id,
      `${now.path} ${is.client ? 'now' : 'no longer'} streams its requests`,
      now.source,
    );
  if (was.server !== is.server)
    add(
      'RPC_SAME_SERVER_STREAMING',
      'error',
      now.id,
      `${now.path} ${is.server ? 'now' : 'no longer'} streams its responses`,
      now.source,
    );
  const level = (o: Operation) => String(o.extensions?.idempotency_level ?? 'IDEMPOTENCY_UNKNOWN');
  if (level(old) !== level(now))
    add(
      'RPC_SAME_IDEMPOTENCY_LEVEL',
      'error',
      now.id,
      `${now.path} changed idempotency_level from ${level(old)} to ${level(now)}`,
      now.source,
    );
}

function messageChanges(old: ApiSchema, now: ApiSchema, add: Add): void {
  const at = (p: SchemaProperty) => p.source ?? now.source;
  const byNumber = new Map(now.properties.filter((p) => p.number !== undefined).map((p) => [p.number!, p]));
  for (const was of old.properties) {
    if (was.number === undefined) continue;
    const is = byNumber.get(was.number);
    const field = `field ${was.number} of ${now.name}`;
    if (!is) {
      add(
        'FIELD_NO_DELETE',
        'error',
        now.id,
        `${field} (${was.name}) was deleted${reservedNote(now, was)}`,
        now.source,
      );
      continue;
    }
    if (is.name !== was.name) {
      add('FIELD_SAME_NAME', 'error', now.id, `${field} was renamed from ${was.name} to ${is.name}`, at(is));
      // The JSON mapping names a field by its lowerCamelCase name: a rename breaks JSON clients too.
      if (jsonName(is.name) !== jsonName(was.name))
        add(
          'FIELD_SAME_JSON_NAME',
          'error',
          now.id,
          `${field} is ${jsonName(is.name)} in JSON, was ${jsonName(was.name)}`,
          at(is),
        );
    }
    const [a, b] = [fieldShape(was), fieldShape(is)];
    if (a.cardinality !== b.cardinality)
      add(
        'FIELD_SAME_CARDINALITY',
        'error',
        now.id,
        `${field} (${is.name}) changed from ${a.cardinality} to ${b.cardinality}`,
        at(is),
      );
    if (a.type !== b.type)
      add('FIELD_SAME_TYPE', 'error', now.id, `${field} (${is.name}) changed type from ${a.type} to ${b.type}`, at(is));
    if ((was.oneof ?? '') !== (is.oneof ?? ''))
      add(
        'FIELD_SAME_ONEOF',
        'error',
        now.id,
        `${field} (${is.name}) ${is.oneof ? `moved into oneof ${is.oneof}` : `left oneof ${was.oneof}`}`,
        at(is),
      );
  }
}

function enumChanges(old: ApiSchema, now: ApiSchema, add: Add): void {
  const byNumber = new Map<number, SchemaProperty[]>();
  for (const p of now.properties)
    if (p.number !== undefined) byNumber.set(p.number, [...(byNumber.get(p.number) ?? []), p]);
  for (const was of old.properties) {
    if (was.number === undefined) continue;
    const is = byNumber.get(was.number);
    if (!is) {
      add(
        'ENUM_VALUE_NO_DELETE',
        'error',
        now.id,
        `value ${was.number} (${was.name}) was deleted from ${now.name}${reservedNote(now, was)}`,
        now.source,
      );
      continue;
    }
    // An alias (allow_alias) may give a number a second name; the old name must still be one of them.
    if (!is.some((p) => p.name === was.name))
      add(
        'ENUM_VALUE_SAME_NAME',
        'error',
        now.id,
        `value ${was.number} of ${now.name} was renamed from ${was.name} to ${is[0]!.name}`,
        is[0]!.source ?? now.source,
      );
  }
}

/** A reserved number or name taken back: a later field may reuse it and misread old data. */
function reservedChanges(old: ApiSchema, now: ApiSchema, add: Add): void {
  const rule = now.kind === 'enum' ? 'RESERVED_ENUM_NO_DELETE' : 'RESERVED_MESSAGE_NO_DELETE';
  for (const r of old.reserved ?? []) {
    const kept =
      typeof r === 'string' && !/^\d+ to /.test(r) ? (now.reserved ?? []).includes(r) : rangeKept(r, now.reserved);
    if (!kept) add(rule, 'error', now.id, `reserved ${r} was removed from ${now.name}`, now.source);
  }
}

function rangeKept(r: number | string, reserved: readonly (number | string)[] | undefined): boolean {
  const [from, to] = bounds(r);
  return (reserved ?? []).some((x) => {
    if (typeof x === 'string' && !/^\d+ to /.test(x)) return false;
    const [a, b] = bounds(x);
    return a <= from && to <= b;
  });
}

function bounds(r: number | string): [number, number] {
  if (typeof r === 'number') return [r, r];
  const m = /^(\d+) to (\d+|max)$/.exec(r)!;
  return [Number(m[1]), m[2] === 'max' ? Number.MAX_SAFE_INTEGER : Number(m[2])];
}

function reservedNote(now: ApiSchema, was: SchemaProperty): string {
  const numberReserved = rangeKept(was.number!, now.reserved);
  const nameReserved = (now.reserved ?? []).includes(was.name);
  if (numberReserved && nameReserved) return '; its number and name are reserved';
  if (numberReserved) return '; its number is reserved';
  return '; its number is not reserved, so a later field may reuse it';
}

/**
 * A field's cardinality as buf words it (a map is a repeated entry message) and its element type:
 * `repeated shop.v1.Line` → repeated, `shop.v1.Line`.
 */
function fieldShape(p: SchemaProperty): { cardinality: string; type: string } {
  const map = /^map<([^,]+),\s*(.+)>$/.exec(p.type);
  if (map) return { cardinality: 'repeated', type: `map<${map[1]}, ${map[2]}>` };
  const label = /^(repeated|optional|required) (.+)$/.exec(p.type);
  const type = label ? label[2]! : p.type;
  if (label?.[1] === 'repeated' || label?.[1] === 'required') return { cardinality: label[1], type };
  return { cardinality: p.nullable ? 'optional with explicit presence' : 'optional with implicit presence', type };
}

/** protoc's default json_name: lowerCamelCase of the field name (`buyer_id` → `buyerId`). */
function jsonName(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function serviceOf(o: Operation): string {
  return o.path.split('/')[1] ?? o.path;
}

/**
 * The .proto files a side holds: those it read, when known (a file emptied of declarations is
 * still there: what it held is reported one by one, not as FILE_NO_DELETE), and those its facts
 * come from.
 */
function filesOf(ops: Operation[], schemas: ApiSchema[], read: FilesRead['after'] | undefined): Set<string> {
  const files = new Set([...ops.map((o) => o.source.file), ...schemas.map((s) => s.source.file)]);
  for (const f of read ?? []) if (PROTO.test(f)) files.add(f);
  return files;
}

const PROTO = /\.proto$/i;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
