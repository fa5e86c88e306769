// The GraphQL change rules against graphql-js's own findBreakingChanges/findDangerousChanges: for
// each hand-made before/after pair, the rules we report must be the types graphql-js reports.
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiChanges } from '../../src/facts/api-changes/api-changes.js';
import { isSafeInputChange, isSafeResultChange } from '../../src/facts/api-changes/graphql-type-safety.js';
import type { ApiChange } from '../../src/facts/model.js';
import { extractGraphql } from '../../src/sources/graphql/extract-graphql.js';

/** Directive definitions are not facts; standard scalars are never defined in SDL. */
const OUT_OF_SCOPE = /^DIRECTIVE_|^REQUIRED_DIRECTIVE_ARG_ADDED$/;

async function changes(before: string, after: string): Promise<ApiChange[]> {
  const facts = async (sdl: string) => (await extractGraphql(['schema.graphql'], () => sdl)).facts;
  return apiChanges(await facts(before), await facts(after));
}

function oracle(before: string, after: string): string[] {
  const [a, b] = [buildSchema(before), buildSchema(after)];
  const found = [
    ...findBreakingChanges(a, b).map((c) => ({ ...c, level: 'error' })),
    ...findDangerousChanges(a, b).map((c) => ({ ...c, level: 'warning' })),
  ];
  return found
    .filter((c) => !OUT_OF_SCOPE.test(c.type) && !c.description.startsWith('Standard scalar'))
    .map((c) => `${c.level} ${c.type}`)
    .sort();
}

const BASE = `
  type Query {
    orders(first: Int, after: String, status: Status = OPEN): [Order!]!
    order(id: ID!): Order
    legacy: String @deprecated
  }
  type Mutation { place(input: PlaceInput!): Order! }
  interface Node { id: ID! }
  type Order implements Node {
    id: ID!
    total: Int!
    note: String
    lines(first: Int = 10): [Line!]!
  }
  type Line { sku: String! }
  enum Status { OPEN PAID }
  union Result = Order | Line
  input PlaceInput { sku: String! qty: Int note: String }
  type Unused { a: Int }
`;

/** Each pair: a name, the edit, the rules it must yield (as graphql-js names and levels them). */
const PAIRS: [string, (s: string) => string, string[]][] = [
  ['root field removed', (s) => s.replace('order(id: ID!): Order\n', ''), ['error FIELD_REMOVED']],
  ['deprecated root field removed', (s) => s.replace('legacy: String @deprecated\n', ''), ['error FIELD_REMOVED']],
  ['object field removed', (s) => s.replace('note: String\n', ''), ['error FIELD_REMOVED']],
  ['root result loosened', (s) => s.replace('[Order!]!', '[Order]!'), ['error FIELD_CHANGED_KIND']],
  ['object field made nullable', (s) => s.replace('total: Int!', 'total: Int'), ['error FIELD_CHANGED_KIND']],
  ['object field type changed', (s) => s.replace('total: Int!', 'total: String!'), ['error FIELD_CHANGED_KIND']],
  ['result made stricter (safe)', (s) => s.replace('note: String', 'note: String!'), []],
  [
    'required argument added',
    (s) => s.replace('after: String,', 'after: String, region: ID!,'),
    ['error REQUIRED_ARG_ADDED'],
  ],
  [
    'optional argument added',
    (s) => s.replace('after: String,', 'after: String, region: ID,'),
    ['warning OPTIONAL_ARG_ADDED'],
  ],
  ['argument became required', (s) => s.replace('first: Int,', 'first: Int!,'), ['error ARG_CHANGED_KIND']],
  ['argument type changed', (s) => s.replace('order(id: ID!)', 'order(id: Int!)'), ['error ARG_CHANGED_KIND']],
  ['argument made optional (safe)', (s) => s.replace('order(id: ID!)', 'order(id: ID)'), []],
  ['argument removed', (s) => s.replace('after: String, ', ''), ['error ARG_REMOVED']],
  ['argument default changed', (s) => s.replace('= OPEN', '= PAID'), ['warning ARG_DEFAULT_VALUE_CHANGE']],
  ['argument default dropped', (s) => s.replace(' = OPEN', ''), ['warning ARG_DEFAULT_VALUE_CHANGE']],
  ['field argument removed', (s) => s.replace('lines(first: Int = 10)', 'lines'), ['error ARG_REMOVED']],
  ['field argument default changed', (s) => s.replace('= 10', '= 20'), ['warning ARG_DEFAULT_VALUE_CHANGE']],
  ['type removed', (s) => s.replace('type Unused { a: Int }', ''), ['error TYPE_REMOVED']],
  [
    'type changed kind',
    (s) => s.replace('type Unused { a: Int }', 'input Unused { a: Int }'),
    ['error TYPE_CHANGED_KIND'],
  ],
  ['enum value removed', (s) => s.replace('OPEN PAID', 'OPEN'), ['error VALUE_REMOVED_FROM_ENUM']],
  ['enum value added', (s) => s.replace('OPEN PAID', 'OPEN PAID SHIPPED'), ['warning VALUE_ADDED_TO_ENUM']],
  ['union member removed', (s) => s.replace('Order | Line', 'Order'), ['error TYPE_REMOVED_FROM_UNION']],
  ['union member added', (s) => s.replace('Order | Line', 'Order | Line | Unused'), ['warning TYPE_ADDED_TO_UNION']],
  [
    'required input field added',
    (s) => s.replace('qty: Int', 'qty: Int coupon: String!'),
    ['error REQUIRED_INPUT_FIELD_ADDED'],
  ],
  [
    'input field with a default added',
    (s) => s.replace('qty: Int', 'qty: Int n: Int! = 1'),
    ['warning OPTIONAL_INPUT_FIELD_ADDED'],
  ],
  [
    'optional input field added',
    (s) => s.replace('qty: Int', 'qty: Int coupon: String'),
    ['warning OPTIONAL_INPUT_FIELD_ADDED'],
  ],
  ['input field removed', (s) => s.replace('note: String }', '}'), ['error FIELD_REMOVED']],
  ['input field made required', (s) => s.replace('qty: Int', 'qty: Int!'), ['error FIELD_CHANGED_KIND']],
  ['input field made optional (safe)', (s) => s.replace('sku: String! qty', 'sku: String qty'), []],
  ['interface removed', (s) => s.replace('Order implements Node', 'Order'), ['error IMPLEMENTED_INTERFACE_REMOVED']],
  [
    'interface added',
    (s) => s.replace('type Line {', 'type Line implements Node { id: ID!'),
    ['warning IMPLEMENTED_INTERFACE_ADDED'],
  ],
  ['nothing changed', (s) => s, []],
];

describe('graphql change rules agree with graphql-js', () => {
  for (const [name, edit, expected] of PAIRS)
    it(name, async () => {
      const after = edit(BASE);
      if (name !== 'nothing changed') expect(after).not.toBe(BASE); // the edit applied
      const ours = (await changes(BASE, after)).map((c) => `${c.level} ${c.rule}`).sort();
      expect(ours).toEqual(expected);
      expect(oracle(BASE, after)).toEqual(expected);
    });

  it('agrees on many changes at once', async () => {
    // The other pair of each "required or optional added" couple would add the same name twice.
    const clashing = new Set(['optional argument added', 'optional input field added']);
    const after = PAIRS.filter(([name]) => !clashing.has(name)).reduce((s, [, edit]) => edit(s), BASE);
    const ours = (await changes(BASE, after)).map((c) => `${c.level} ${c.rule}`).sort();
    expect(ours).toEqual(oracle(BASE, after));
    expect(ours.length).toBeGreaterThan(15);
  });
});

describe('graphql changes as a reviewer reads them', () => {
  it('names the operation or type, says what changed and where', async () => {
    const after = BASE.replace('order(id: ID!): Order\n', '')
      .replace('first: Int,', 'first: Int!,')
      .replace('OPEN PAID', 'OPEN PAID SHIPPED')
      .replace('total: Int!', 'total: String!');
    expect(await changes(BASE, after)).toEqual([
      {
        rule: 'FIELD_REMOVED',
        level: 'error',
        protocol: 'graphql',
        id: 'gql:Query.order',
        message: 'Query.order was removed',
        source: { file: 'schema.graphql', line: 4 },
      },
      {
        rule: 'ARG_CHANGED_KIND',
        level: 'error',
        protocol: 'graphql',
        id: 'gql:Query.orders',
        message: 'argument first of Query.orders changed type from Int to Int!: it is now required',
        source: { file: 'schema.graphql', line: 3 },
      },
      {
        rule: 'FIELD_CHANGED_KIND',
        level: 'error',
        protocol: 'graphql',
        id: 'schema:schema.graphql#Order',
        message: 'Order.total changed type from Int! to String!',
        source: { file: 'schema.graphql', line: 10 },
      },
      {
        rule: 'VALUE_ADDED_TO_ENUM',
        level: 'warning',
        protocol: 'graphql',
        id: 'schema:schema.graphql#Status',
        message: 'value SHIPPED was added to enum Status',
        source: { file: 'schema.graphql', line: 15 },
      },
    ]);
  });

  it('sees no change when a schema is split over files differently', async () => {
    const one = 'type Query { a: Int }\ntype T { x: Int }';
    const split: Record<string, string> = {
      'schema/a.graphql': 'type Query { a: Int }',
      'schema/t.graphql': 'type T { x: Int }',
    };
    const before = (await extractGraphql(['schema/schema.graphql'], () => one)).facts;
    const after = (await extractGraphql(Object.keys(split), (f) => split[f]!)).facts;
    expect(apiChanges(before, after)).toEqual([]);
  });
});

describe('graphql type safety', () => {
  it('lets results get stricter and inputs looser, nothing else', () => {
    expect(isSafeResultChange('[Order]', '[Order!]!')).toBe(true);
    expect(isSafeResultChange('[Order!]!', '[Order]!')).toBe(false);
    expect(isSafeResultChange('Order', '[Order]')).toBe(false);
    expect(isSafeInputChange('[ID!]!', '[ID]')).toBe(true);
    expect(isSafeInputChange('[ID]', '[ID!]')).toBe(false);
    expect(isSafeInputChange('ID', 'String')).toBe(false);
  });
});
