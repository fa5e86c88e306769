import { describe, expect, test } from 'vitest';
import { factFindings } from '../../src/facts/fact-rules.js';
import { emptyFacts } from '../../src/facts/model.js';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';

describe('migration safety rules (from each statement AST)', () => {
  test('each risky statement on an existing table is a finding with its line and lock', async () => {
    const texts = new Map([
      [
        'db/migrations/001_init.up.sql',
        'CREATE TABLE customers (id bigint PRIMARY KEY, name text);\nCREATE INDEX customers_name ON customers (name);',
      ],
      [
        'db/migrations/002_change.up.sql',
        [
          'CREATE INDEX customers_name2 ON customers (name);',
          'CREATE INDEX CONCURRENTLY customers_name3 ON customers (name);',
          'ALTER TABLE customers ADD COLUMN tier text NOT NULL;',
          "ALTER TABLE customers ADD COLUMN region text NOT NULL DEFAULT 'eu';",
          'ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);',
          'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint);',
          'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);',
          'ALTER TABLE customers RENAME COLUMN name TO full_name;',
          'ALTER TABLE customers DROP COLUMN region;',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { findings, diagnostics } = await replayPostgres(sets, texts);
    expect(diagnostics).toEqual([]); // on an empty replay database every statement applies
    expect(findings.map((f) => [f.rule, f.source.line, f.lock])).toEqual([
      ['require-concurrent-index-creation', 1, 'SHARE (blocks writes)'],
      ['adding-required-field', 3, 'ACCESS EXCLUSIVE (blocks reads and writes)'],
      ['changing-column-type', 5, 'ACCESS EXCLUSIVE (blocks reads and writes)'],
      ['renaming-column', 8, 'ACCESS EXCLUSIVE (blocks reads and writes)'],
      ['ban-drop-column', 9, 'ACCESS EXCLUSIVE (blocks reads and writes)'],
    ]);
    // The foreign key is added to a table created in the same file: nobody uses it yet, no finding.
    expect(findings.every((f) => f.source.file === 'db/migrations/002_change.up.sql')).toBe(true);
  });
});

describe('migration safety rules: the negative of each', () => {
  test('the same statements on a table created in the same file, or written the safe way, are no finding', async () => {
    const texts = new Map([
      [
        'db/migrations/001_init.up.sql',
        [
          'CREATE TABLE customers (id bigint PRIMARY KEY, name text, region text);',
          'CREATE INDEX customers_name ON customers (name);',
          'ALTER TABLE customers ADD COLUMN tier text NOT NULL;',
          'ALTER TABLE customers ALTER COLUMN name TYPE varchar(200);',
          'ALTER TABLE customers RENAME COLUMN name TO full_name;',
          'ALTER TABLE customers DROP COLUMN region;',
        ].join('\n'),
      ],
      [
        'db/migrations/002_safe.up.sql',
        [
          'CREATE INDEX CONCURRENTLY customers_tier ON customers (tier);',
          "ALTER TABLE customers ADD COLUMN plan text NOT NULL DEFAULT 'free';",
          'ALTER TABLE customers ADD COLUMN note text;',
        ].join('\n'),
      ],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { findings, diagnostics } = await replayPostgres(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe('rules on the fact model', () => {
  test('missing primary key, unindexed foreign key, public writes, unpinned images, single replicas', () => {
    const facts = emptyFacts();
    const src = (line: number) => ({ file: 'x', line });
    facts.schema.tables.push(
      {
        id: 'table:public.a',
        schema: 'public',
        name: 'a',
        kind: 'table',
        primaryKey: [],
        columns: [{ id: 'column:public.a.at', name: 'at', type: 'timestamp without time zone', nullable: true }],
        source: src(1),
      },
      {
        id: 'table:public.b',
        schema: 'public',
        name: 'b',
        kind: 'table',
        primaryKey: ['id'],
        columns: [],
        source: src(2),
      },
    );
    facts.schema.foreignKeys.push({
      id: 'fk:x',
      name: 'b_a_fk',
      table: 'table:public.b',
      columns: ['a_id'],
      refTable: 'table:public.a',
      refColumns: ['id'],
      onDelete: 'NO ACTION',
      onUpdate: 'NO ACTION',
      childCardinality: 'zero-or-more',
      parentCardinality: 'exactly-one',
    });
    facts.api.securitySchemes.push({
      id: 'scheme:bearer',
      name: 'bearer',
      type: 'http',
      spec: 'spec:s',
      source: src(3),
    });
    facts.api.operations.push({
      id: 'op:POST /things',
      method: 'POST',
      path: '/things',
      tags: [],
      security: [],
      parameters: [],
      responses: [{ status: '201', contentTypes: [] }],
      deprecated: false,
      spec: 'spec:s',
      source: src(4),
    });
    facts.infra.components.push({
      id: 'k8s:Deployment/ns/w',
      platform: 'kubernetes',
      kind: 'Deployment',
      name: 'w',
      deployable: true,
      image: 'w:latest',
      replicas: 1,
      ports: [],
      env: [],
      source: src(5),
    });
    expect(
      factFindings(facts)
        .map((f) => f.rule)
        .sort(),
    ).toEqual(
      [
        'foreign-key-without-index',
        'k8s-image-not-pinned',
        'k8s-single-replica',
        'missing-operation-id',
        'operation-without-4xx',
        'operation-without-security',
        'prefer-timestamptz',
        'table-without-primary-key',
      ].sort(),
    );
  });
});
