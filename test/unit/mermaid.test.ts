import { beforeAll, describe, expect, it } from 'vitest';
import type { Column, ForeignKey, Index, SchemaFacts, Table } from '../../src/facts/model.js';
import { erAttributeName, erAttributeType, erDiagram, flowLabel } from '../../src/docs/mermaid.js';
import { renderFlowchart } from '../../src/docs/views/flowchart.js';
import { loadMermaidParse, type MermaidParse } from '../support/mermaid-parse.js';

let parse: MermaidParse;
beforeAll(async () => {
  parse = await loadMermaidParse();
}, 60_000);

async function expectValid(diagram: string): Promise<void> {
  await expect(parse(diagram)).resolves.toBeTruthy();
}

// ---------------------------------------------------------------- fixtures built by hand

const at = { file: 'migrations/001_init.sql', line: 1 };

function column(schema: string, table: string, name: string, type: string, nullable = false): Column {
  return { id: `column:${schema}.${table}.${name}`, name, type, nullable };
}

function table(
  schema: string,
  name: string,
  columns: Array<[string, string, boolean?]>,
  primaryKey: string[] = [],
): Table {
  return {
    id: `table:${schema}.${name}`,
    schema,
    name,
    kind: 'table',
    columns: columns.map(([n, t, nullable]) => column(schema, name, n, t, nullable)),
    primaryKey,
    source: at,
  };
}

function fk(
  child: [string, string],
  columns: string[],
  parent: [string, string],
  refColumns: string[],
  childCardinality: ForeignKey['childCardinality'],
  parentCardinality: ForeignKey['parentCardinality'],
): ForeignKey {
  return {
    id: `fk:${child.join('.')}(${columns.join(',')})->${parent.join('.')}(${refColumns.join(',')})`,
    name: `${child[1]}_${columns.join('_')}_fkey`,
    table: `table:${child.join('.')}`,
    columns,
    refTable: `table:${parent.join('.')}`,
    refColumns,
    onDelete: 'NO ACTION',
    onUpdate: 'NO ACTION',
    childCardinality,
    parentCardinality,
  };
}

function uniqueIndex(schema: string, tableName: string, name: string, columns: string[]): Index {
  return {
    id: `index:${schema}.${name}`,
    name,
    table: `table:${schema}.${tableName}`,
    columns,
    unique: true,
    primary: false,
    definition: '',
  };
}

const SCHEMA: SchemaFacts = {
  dialect: 'postgres',
  migrations: [],
  tables: [
    // Deliberately out of order: the output sorts.
    table(
      'public',
      'orders',
      [
        ['id', 'bigint'],
        ['customer_id', 'bigint'],
        ['coupon code', 'character varying(120)', true],
        ['created_at', 'timestamp with time zone'],
        ['tags', 'text[]', true],
        ['total', 'numeric(10,2)'],
        ['pk', 'integer', true],
        ['2fa', 'boolean', true],
        ['"quoted"', 'public.order_status'],
      ],
      ['id'],
    ),
    table(
      'public',
      'customers',
      [
        ['id', 'bigint'],
        ['email', 'text'],
        ['updated_at', 'timestamp(3) without time zone', true],
      ],
      ['id'],
    ),
    table(
      'billing',
      'invoice-lines',
      [
        ['id', 'uuid'],
        ['order_id', 'bigint'],
        ['amount', 'double precision'],
        ['period', 'interval day to second(3)', true],
      ],
      ['id'],
    ),
    table(
      'public',
      'order items',
      [
        ['order_id', 'bigint'],
        ['sku', 'character(12)'],
      ],
      ['order_id', 'sku'],
    ),
    table('public', 'end', [['id', 'integer']], ['id']),
    table(
      'public',
      'employees',
      [
        ['id', 'integer'],
        ['manager_id', 'integer', true],
      ],
      ['id'],
    ),
  ],
  foreignKeys: [
    fk(['public', 'orders'], ['customer_id'], ['public', 'customers'], ['id'], 'zero-or-more', 'exactly-one'),
    fk(['billing', 'invoice-lines'], ['order_id'], ['public', 'orders'], ['id'], 'zero-or-one', 'exactly-one'),
    fk(['public', 'order items'], ['order_id'], ['public', 'orders'], ['id'], 'zero-or-more', 'exactly-one'),
    fk(['public', 'employees'], ['manager_id'], ['public', 'employees'], ['id'], 'zero-or-more', 'zero-or-one'),
    fk(['public', 'orders'], ['"quoted"'], ['public', 'ghosts'], ['id'], 'zero-or-one', 'zero-or-one'),
  ],
  indexes: [uniqueIndex('public', 'customers', 'customers_email_key', ['email'])],
  enums: [],
};

// ---------------------------------------------------------------- erDiagram

describe('erAttributeType', () => {
  it.each([
    ['character varying(120)', 'varchar(120)'],
    ['character varying', 'varchar'],
    ['character(12)', 'char(12)'],
    ['timestamp with time zone', 'timestamptz'],
    ['timestamp(3) without time zone', 'timestamp(3)'],
    ['time with time zone', 'timetz'],
    ['double precision', 'float8'],
    ['bit varying(5)', 'varbit(5)'],
    ['interval day to second(3)', 'interval'],
    ['text[]', 'text[]'],
    ['character varying(20)[]', 'varchar(20)[]'],
    ['timestamp with time zone[]', 'timestamptz[]'],
    ['numeric(10,2)', 'numeric(10,2)'],
    ['"char"', 'char'],
    ['public.order_status', 'public.order_status'],
    ['"My Type"', 'My_Type'],
    ['pk', '_pk'],
    ['', 'unknown'],
  ])('%j → %j', (input, expected) => {
    expect(erAttributeType(input)).toBe(expected);
  });
});

describe('erAttributeName', () => {
  it.each([
    ['id', 'id'],
    ['coupon code', 'coupon_code'],
    ['PK', '_PK'],
    ['uk', '_uk'],
    ['2fa', '_2fa'],
    ['"quoted"', '_quoted_'],
    ['straße', 'straße'],
  ])('%j → %j', (input, expected) => {
    expect(erAttributeName(input)).toBe(expected);
  });
});

describe('erDiagram', () => {
  const out = erDiagram(SCHEMA);

  it('draws entities, attributes and relationships in a deterministic order', () => {
    expect(out).toBe(
      [
        'erDiagram',
        '  billing_invoice_lines["billing.invoice-lines"] {',
        '    uuid id PK',
        '    bigint order_id FK',
        '    float8 amount',
        '    interval period',
        '  }',
        '  customers {',
        '    bigint id PK',
        '    text email UK',
        '    timestamp(3) updated_at',
        '  }',
        '  employees {',
        '    integer id PK',
        '    integer manager_id FK',
        '  }',
        '  t_end["end"] {',
        '    integer id PK',
        '  }',
        '  order_items["order items"] {',
        '    bigint order_id PK, FK',
        '    char(12) sku PK',
        '  }',
        '  orders {',
        '    bigint id PK',
        '    bigint customer_id FK',
        '    varchar(120) coupon_code "coupon code"',
        '    timestamptz created_at',
        '    text[] tags',
        '    numeric(10,2) total',
        '    integer _pk "pk"',
        '    boolean _2fa "2fa"',
        '    public.order_status _quoted_ FK "\'quoted\'"',
        '  }',
        '  ghosts',
        '  orders ||--o| billing_invoice_lines : "order_id"',
        '  employees |o--o{ employees : "manager_id"',
        '  orders ||--o{ order_items : "order_id"',
        '  ghosts |o--o| orders : "\'quoted\'"',
        '  customers ||--o{ orders : "customer_id"',
        '',
      ].join('\n'),
    );
  });

  it('does not depend on the order of the facts', () => {
    const shuffled: SchemaFacts = {
      ...SCHEMA,
      tables: [...SCHEMA.tables].reverse(),
      foreignKeys: [...SCHEMA.foreignKeys].reverse(),
    };
    expect(erDiagram(shuffled)).toBe(out);
  });

  it('is accepted by mermaid.parse', async () => {
    await expectValid(out);
  });

  it('draws an empty schema as a bare, valid diagram', async () => {
    const empty = erDiagram({
      dialect: 'postgres',
      migrations: [],
      tables: [],
      foreignKeys: [],
      indexes: [],
      enums: [],
    });
    expect(empty).toBe('erDiagram\n');
    await expectValid(empty);
  });

  it('keeps entity ids unique when names sanitise alike, and clear of every keyword', async () => {
    const words = [
      'one',
      'many',
      'only',
      'zero',
      'to',
      'optionally',
      'u',
      'style',
      'class',
      'classDef',
      'subgraph',
      'end',
      'direction',
      'title',
      'accTitle',
      'accDescr',
      'erDiagram',
      'PK',
      '1',
      '1+',
      'one-x',
    ];
    const tables = [
      table('public', 'a-b', [['id', 'int']], ['id']),
      table('public', 'a b', [['id', 'int']], ['id']),
      table('a', 'b', [['id', 'int']], ['id']),
      ...words.map((w) =>
        table('public', w, [
          ['x', 'int'],
          ['pk', 'pk'],
          ['fk', 'uk'],
        ]),
      ),
    ];
    const schema: SchemaFacts = {
      dialect: 'postgres',
      migrations: [],
      tables,
      foreignKeys: words.map((w) => fk(['public', w], ['x'], ['public', 'a-b'], ['id'], 'zero-or-more', 'exactly-one')),
      indexes: [],
      enums: [],
    };
    const diagram = erDiagram(schema);
    const entityIds = diagram
      .split('\n')
      .filter((l) => /^ {2}\S+.*\{$/.test(l))
      .map((l) => l.trim().split(/[\s[]/)[0]);
    expect(new Set(entityIds).size).toBe(tables.length);
    expect(entityIds.filter((id) => id!.startsWith('a_b_'))).toHaveLength(3);
    await expectValid(diagram);
  });
});

describe('erDiagram of a scope (one cluster of a large schema)', () => {
  const scope = { tables: ['table:public.orders', 'table:public.order items', 'table:public.employees'] };
  const out = erDiagram(SCHEMA, scope);

  it('draws key columns only, its own foreign keys, and key-only stubs of what they reference', () => {
    expect(out).toBe(
      [
        'erDiagram',
        '  employees {',
        '    integer id PK',
        '    integer manager_id FK',
        '  }',
        '  order_items["order items"] {',
        '    bigint order_id PK, FK',
        '    char(12) sku PK',
        '  }',
        '  orders {',
        '    bigint id PK',
        '    bigint customer_id FK',
        '    public.order_status _quoted_ FK "\'quoted\'"',
        '  }',
        // A table of another cluster: its primary key and the referenced column; its UK email is not.
        '  customers {',
        '    bigint id PK',
        '  }',
        // Only a foreign key names it: bare, as in the full diagram.
        '  ghosts',
        '  employees |o--o{ employees : "manager_id"',
        '  orders ||--o{ order_items : "order_id"',
        '  ghosts |o--o| orders : "\'quoted\'"',
        '  customers ||--o{ orders : "customer_id"',
        '',
      ].join('\n'),
    );
    // billing.invoice-lines references orders, but its foreign key belongs to its own diagram.
    expect(out).not.toContain('invoice');
  });

  it('keeps a unique column of a table in the scope, and is accepted by mermaid.parse', async () => {
    const customers = erDiagram(SCHEMA, { tables: ['table:public.customers'] });
    expect(customers).toBe('erDiagram\n  customers {\n    bigint id PK\n    text email UK\n  }\n');
    await expectValid(out);
    await expectValid(customers);
  });

  it('draws a table with no key column as a bare entity', async () => {
    const bare = erDiagram(
      { ...SCHEMA, tables: [table('public', 'log', [['line', 'text']])] },
      { tables: ['table:public.log'] },
    );
    expect(bare).toBe('erDiagram\n  log\n');
    await expectValid(bare);
  });
});

describe('renderFlowchart', () => {
  it('draws each node in its shape, labels escaped, edges to unknown nodes left out, and parses', async () => {
    const out = renderFlowchart({
      direction: 'LR',
      nodes: [
        { key: 'billing', label: 'billing_* (3 tables)', shape: 'group' },
        { key: 'end', label: 'Other "x" <tables>', shape: 'datastore' },
      ],
      edges: [
        { from: 'billing', to: 'end', label: '2 foreign keys' },
        { from: 'billing', to: 'ghost', label: '1 foreign key' },
      ],
    });
    expect(out).toBe(
      [
        'flowchart LR',
        '  c_billing["billing_* (3 tables)"]',
        '  c_end[("Other #quot;x#quot; #lt;tables#gt;")]',
        '  c_billing -->|"2 foreign keys"| c_end',
        '  classDef data fill:#eef5ff,stroke:#4a76b8',
        '  class c_end data',
        '',
      ].join('\n'),
    );
    await expectValid(out);
  });
});

// ---------------------------------------------------------------- flowchart

describe('flowLabel', () => {
  it('uses entity codes for characters that would end or mark up a label', () => {
    expect(flowLabel('odd "name" <b>#1`\nnext')).toBe('odd #quot;name#quot; #lt;b#gt;#35;1#96; next');
  });
});
