import type { ApiChange, ApiSchema, Operation, SchemaProperty, SchemaRef } from '../model.js';

// What changed in one message's payload, told from the side that breaks. An operation the
// application SENDs is read by consumers: a property removed, made optional or nullable, or a new
// enum value breaks them. One it RECEIVEs is written by producers: a new required property, an
// enum value removed or null refused breaks them. The same change the other way round breaks no
// one and is reported as `info`, so the summary still says what moved.

type Level = ApiChange['level'];
type Message = NonNullable<Operation['messages']>[number];

/** Reports one payload change about the operation being compared. */
export type PayloadReport = (rule: string, level: Level, message: string) => void;

/** The payload's properties: its own when inline, else those of the named schema of its spec. */
export function payloadProperties(
  payload: SchemaRef | undefined,
  schemas: ApiSchema[],
  spec: string,
): SchemaProperty[] | undefined {
  if (!payload) return undefined;
  if (payload.properties) return payload.properties;
  const named = schemas.find((s) => s.name === payload.type && s.spec === spec);
  return named?.properties;
}

/** A payload that is not an object: its type label (`string`, `array<Line>`), else undefined. */
function scalarType(payload: SchemaRef | undefined, properties: SchemaProperty[] | undefined): string | undefined {
  if (!payload || properties) return undefined;
  return payload.type;
}

export interface PayloadSide {
  message: Message;
  properties: SchemaProperty[] | undefined;
  /** The named schemas of the side's document, by name: a property may be typed by one. */
  schemas: Map<string, ApiSchema>;
}

const PRIMITIVE = /^(string|number|integer|boolean)$/;

/**
 * Whether a property's type is the same on both sides. A property typed by a named schema on one
 * side and written inline on the other (`sentAt` → `string`) is the same when the named schema is
 * of that kind: the facts keep a schema's kind, not its primitive type, so a scalar named schema
 * is taken to match any primitive.
 */
function sameType(a: string, b: string, before: Map<string, ApiSchema>, after: Map<string, ApiSchema>): boolean {
  if (a === b) return true;
  const named = before.get(a) ?? after.get(b);
  const other = before.has(a) ? b : a;
  if (!named || before.has(a) === after.has(b)) return false;
  if (named.kind === 'object') return other === 'object';
  if (named.kind === 'scalar' || named.kind === 'enum') return PRIMITIVE.test(other);
  return named.kind === 'array' && other.startsWith('array');
}

export function payloadChanges(
  method: Operation['method'],
  old: PayloadSide,
  now: PayloadSide,
  report: PayloadReport,
): void {
  const sends = method === 'SEND';
  const name = now.message.name;
  const oldType = scalarType(old.message.payload, old.properties);
  const newType = scalarType(now.message.payload, now.properties);
  // A named schema renamed (Order → OrderV2) with the same properties is no change on the wire:
  // only the shapes are compared, and a type label only where there are no properties to compare.
  // `any` is a payload the facts cannot read (an Avro or multi-format schema): no change is seen.
  if (oldType === 'any' || newType === 'any') return;
  if ((oldType || newType) && oldType !== newType && old.message.payload && now.message.payload) {
    const from = oldType ?? 'object';
    const to = newType ?? 'object';
    report('payload-type-changed', 'error', `the payload of ${name} changed type from ${from} to ${to}`);
    return;
  }
  const before = new Map((old.properties ?? []).map((p) => [p.name, p]));
  const after = new Map((now.properties ?? []).map((p) => [p.name, p]));
  const reader = sends ? 'consumers' : 'producers';
  for (const [key, was] of before) {
    const is = after.get(key);
    const prop = `${name}.${key}`;
    if (!is) {
      if (sends) {
        const level = was.deprecated ? 'warning' : 'error';
        const note = was.deprecated ? ' (it was deprecated)' : '';
        report('payload-property-removed', level, `${prop} was removed from a message consumers read${note}`);
      } else report('payload-property-removed', 'info', `${prop} was removed; producers may still send it`);
      continue;
    }
    if (!sameType(was.type, is.type, old.schemas, now.schemas))
      report('payload-property-type-changed', 'error', `${prop} changed type from ${was.type} to ${is.type}`);
    if (was.required && !is.required)
      report(
        'payload-property-became-optional',
        sends ? 'error' : 'info',
        `${prop} became optional${sends ? ': consumers may rely on it being present' : ''}`,
      );
    if (!was.required && is.required)
      report(
        'payload-property-became-required',
        sends ? 'info' : 'error',
        `${prop} became required${sends ? '' : ': producers that leave it out are refused'}`,
      );
    if (!was.nullable && is.nullable)
      report('payload-property-became-nullable', sends ? 'error' : 'info', `${prop} became nullable`);
    if (was.nullable && !is.nullable)
      report('payload-property-became-not-nullable', sends ? 'info' : 'error', `${prop} no longer allows null`);
    enumChanges(prop, was.enum, is.enum, sends, reader, report);
  }
  for (const [key, is] of after) {
    if (before.has(key)) continue;
    const prop = `${name}.${key}`;
    if (is.required)
      report(
        'payload-required-property-added',
        sends ? 'info' : 'error',
        `required property ${prop} was added${sends ? '' : ': producers do not send it yet'}`,
      );
    else report('payload-optional-property-added', 'info', `optional property ${prop} was added`);
  }
}

function enumChanges(
  prop: string,
  before: string[] | undefined,
  after: string[] | undefined,
  sends: boolean,
  reader: string,
  report: PayloadReport,
): void {
  // An enum added where there was none narrows what is allowed; one dropped widens it.
  if (!before && after) {
    report('payload-property-enum-added', sends ? 'info' : 'error', `${prop} is now limited to ${after.join(', ')}`);
    return;
  }
  if (!before || !after) return;
  for (const v of before.filter((v) => !after.includes(v)))
    report(
      'payload-enum-value-removed',
      sends ? 'info' : 'error',
      `value ${v} was removed from ${prop}${sends ? '' : `: ${reader} may still send it`}`,
    );
  for (const v of after.filter((v) => !before.includes(v)))
    report(
      'payload-enum-value-added',
      sends ? 'warning' : 'info',
      `value ${v} was added to ${prop}${sends ? `: ${reader} may not know it` : ''}`,
    );
}
