import { describe, expect, test } from 'vitest';
import { apiChanges } from '../../src/facts/api-changes/api-changes.js';
import type { ApiFacts, ApiSchema, Operation, ResponseFact, SchemaProperty } from '../../src/facts/model.js';

// A type written inline on one side and as a named schema on the other is the same type. Both
// cases were false errors on GitHub's REST description (test/smoke/api-change-pairs.test.ts):
// GHEC's `array<organization-fine-grained-permission>` against api.github.com's inline array of
// the same objects, and `ldap_dn: {type: string}` moved into a named `ldap-dn` string schema.

const getPermissions = (responses: ResponseFact[]): Operation => ({
  id: 'op:GET /permissions',
  protocol: 'http',
  method: 'GET',
  path: '/permissions',
  tags: [],
  security: [],
  parameters: [],
  responses,
  deprecated: false,
  spec: 'spec:openapi.json',
  source: { file: 'openapi.json', line: 10 },
});

const prop = (name: string, type: string, required = false): SchemaProperty => ({ name, type, required });

const schema = (name: string, kind: ApiSchema['kind'], properties: SchemaProperty[] = []): ApiSchema => ({
  id: `schema:openapi.json#${name}`,
  name,
  protocol: 'http',
  spec: 'spec:openapi.json',
  kind,
  properties,
  source: { file: 'openapi.json', line: 100 },
});

const api = (operations: Operation[], schemas: ApiSchema[] = []): ApiFacts => ({
  specs: [],
  operations,
  securitySchemes: [],
  schemas,
});

const ok = (schemaRef: ResponseFact['schema']): ResponseFact => ({
  status: '200',
  contentTypes: ['application/json'],
  schema: schemaRef,
});

const changed = (before: ApiFacts, after: ApiFacts) =>
  apiChanges(before, after).map(({ rule, message }) => ({ rule, message }));

describe('an array body of a named object schema against the same array written inline', () => {
  const permission = schema('permission', 'object', [
    prop('name', 'string', true),
    prop('description', 'string', true),
  ]);
  const named = api([getPermissions([ok({ type: 'array<permission>' })])], [permission]);
  const inline = (properties: SchemaProperty[]) => api([getPermissions([ok({ type: 'array<object>', properties })])]);

  test('the same properties: no change, in either direction', () => {
    const same = inline([prop('[].name', 'string', true), prop('[].description', 'string', true)]);
    expect(changed(named, same)).toEqual([]);
    expect(changed(same, named)).toEqual([]);
  });

  test('a property gone from the inline items is told by its path, not as a body type change', () => {
    expect(changed(named, inline([prop('[].name', 'string', true)]))).toEqual([
      {
        rule: 'response-required-property-removed',
        message: 'GET /permissions: required property `[].description` was removed from the 200 response',
      },
    ]);
  });

  test('an inline object body against an array of objects is still a body type change', () => {
    const object = api([getPermissions([ok({ type: 'object', properties: [prop('name', 'string', true)] })])]);
    expect(changed(object, named).map((c) => c.rule)).toEqual(['response-body-type-changed']);
  });
});

describe('a property typed by a named scalar schema', () => {
  const team = (ldapDn: string, extra: ApiSchema[] = []) =>
    api([getPermissions([ok({ type: 'team' })])], [schema('team', 'object', [prop('ldap_dn', ldapDn)]), ...extra]);
  const ldapDn = schema('ldap-dn', 'scalar');

  test('moving `string` into a named scalar schema (or back) is no type change', () => {
    expect(changed(team('string'), team('ldap-dn', [ldapDn]))).toEqual([]);
    expect(changed(team('ldap-dn', [ldapDn]), team('string'))).toEqual([]);
  });

  test('a named scalar turned into an object still is', () => {
    const dn = schema('dn', 'object', [prop('uid', 'string')]);
    expect(changed(team('ldap-dn', [ldapDn]), team('dn', [dn]))).toEqual([
      {
        rule: 'response-property-type-changed',
        message: 'GET /permissions: response property `ldap_dn` (200) changed type from scalar to object',
      },
    ]);
  });
});
