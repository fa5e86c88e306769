import { describe, expect, test } from 'vitest';
import { describeSchemaChange, schemaChanges } from '../../src/facts/schema-changes.js';
import { schemaChangeLines } from '../../src/publish/pull-request-body.js';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';

// A pull request's schema change, told as a reviewer reads it: from two real replays (the base's
// migrations and the head's), not from the SQL text.

const BASE = new Map([
  [
    'db/migrations/001_init.up.sql',
    [
      'CREATE TABLE customers (id bigint PRIMARY KEY, full_name text NOT NULL, email text);',
      'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric(10,2), note text);',
      'CREATE TABLE legacy_carts (id bigint PRIMARY KEY, items jsonb);',
      'CREATE INDEX orders_note_idx ON orders (note);',
    ].join('\n'),
  ],
  ['db/migrations/001_init.down.sql', 'DROP TABLE orders; DROP TABLE customers; DROP TABLE legacy_carts;'],
]);
const HEAD = new Map([
  ...BASE,
  [
    'db/migrations/002_change.up.sql',
    [
      'ALTER TABLE customers RENAME COLUMN full_name TO display_name;',
      'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
      'ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;',
      "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';",
      'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);',
      'DROP INDEX orders_note_idx;',
      'CREATE INDEX orders_status_idx ON orders (status);',
      'ALTER TABLE legacy_carts RENAME TO carts;',
      'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
      "UPDATE orders SET status = 'paid' WHERE total > 0;",
    ].join('\n'),
  ],
]);

async function replay(texts: Map<string, string>) {
  const { sets } = groupMigrations([...texts.keys()], () => 'whole');
  return (await replayPostgres(sets, texts)).facts;
}

describe('schema changes between a base and a head', () => {
  test('renames, type and nullability changes, indexes, foreign keys, and rollback of new migrations', async () => {
    const before = await replay(BASE);
    const after = await replay(HEAD);
    const diff = schemaChanges(before, after);
    expect(diff.changes.map(describeSchemaChange).sort()).toEqual(
      [
        'table `legacy_carts` renamed to `carts`',
        'table `payments` added',
        'column `customers.full_name` renamed to `display_name`',
        'column `orders.status` added',
        'column `orders.customer_id` now NOT NULL',
        'column `orders.total` type `numeric(10,2)` → `numeric(12,2)`',
        'index `orders_note_idx` on `orders` dropped',
        'index `orders_status_idx` on `orders` added',
        'foreign key `orders(customer_id)` → `customers` added',
        'foreign key `payments(order_id)` → `orders` added',
      ].sort(),
    );
    expect(diff.newMigrations.map((m) => m.file)).toEqual(['db/migrations/002_change.up.sql']);
    expect(diff.withoutRollback).toHaveLength(1);
    const body = schemaChangeLines(diff).join('\n');
    expect(body).toContain('### Schema');
    expect(body).toContain(
      '1 new migration; 1 without a rollback (no down migration): `db/migrations/002_change.up.sql`.',
    );
  });

  test('nothing changed: no schema section', async () => {
    const facts = await replay(BASE);
    expect(schemaChangeLines(schemaChanges(facts, facts))).toEqual([]);
  });

  test('each migration says what its applied statements changed', async () => {
    const after = await replay(HEAD);
    const change = after.migrations.find((m) => m.file.endsWith('002_change.up.sql'))!;
    expect(change.changes).toEqual([
      { action: 'rename', what: 'column', name: 'customers.full_name', detail: 'to display_name' },
      { action: 'alter', what: 'column', name: 'orders.total', detail: 'changes type' },
      { action: 'alter', what: 'column', name: 'orders.customer_id', detail: 'sets NOT NULL' },
      { action: 'create', what: 'column', name: 'orders.status' },
      { action: 'create', what: 'constraint', name: 'orders_customer_fk', detail: 'foreign key on orders' },
      { action: 'drop', what: 'index', name: 'orders_note_idx' },
      { action: 'create', what: 'index', name: 'orders_status_idx', detail: 'on orders' },
      { action: 'rename', what: 'table', name: 'legacy_carts', detail: 'to carts' },
      { action: 'create', what: 'table', name: 'payments' },
      { action: 'data', what: 'rows', name: 'orders' },
    ]);
    expect(after.migrations[0]!.rollback).toBe('db/migrations/001_init.down.sql');
  });
});
