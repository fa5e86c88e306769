import { expect, test } from 'vitest';
import { factDigest } from '../../src/agent/fact-digest.js';
import { emptyFacts } from '../../src/facts/model.js';

test('the digest shows the latest migrations with what they changed, and counts the earlier ones', () => {
  const facts = emptyFacts();
  for (let i = 1; i <= 150; i++) {
    const file = `db/migrations/${String(i).padStart(4, '0')}_m.up.sql`;
    facts.schema.migrations.push({
      id: `migration:${file}`,
      file,
      order: i,
      statements: 1,
      failed: 0,
      changes: [{ action: 'create', what: 'column', name: `t.c${i}` }],
    });
  }
  const { text, level } = factDigest(facts, 100_000);
  expect(level).toBe(0);
  expect(text).toContain('- 50 earlier migrations (lookup_facts with query "migration:")');
  expect(text).toContain(
    '- migration:db/migrations/0150_m.up.sql #150, 1 statement, no rollback: create column t.c150',
  );
  expect(text).toContain('migration:db/migrations/0051_m.up.sql');
  expect(text).not.toContain('migration:db/migrations/0050_m.up.sql');
});
