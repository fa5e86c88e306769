// dbmate's default layout through the whole extraction: `db/migrations/` and the `db/schema.sql`
// dbmate writes after each run. The schema comes from the migrations once, with no warning, and
// the dump is neither replayed nor listed as a migration.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';

const files: Record<string, string> = {
  'db/migrations/20240101000000_users.sql':
    '-- migrate:up\nCREATE TABLE users (id int PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n',
  'db/migrations/20240102000000_email.sql':
    '-- migrate:up\nALTER TABLE users ADD COLUMN email text;\n-- migrate:down\n',
  'db/schema.sql': [
    'CREATE TABLE public.users (id integer NOT NULL, email text);',
    'CREATE TABLE public.schema_migrations (version character varying(128) NOT NULL);',
  ].join('\n'),
};

describe('a schema dump beside its migrations', () => {
  it('is left out with a notice; the migrations alone define the schema', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ad-dbmate-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, file)), { recursive: true });
      writeFileSync(join(repo, file), text);
    }
    const facts = await extractFacts(await loadConfig(repo, {}));
    expect(facts.diagnostics.map((d) => `${d.severity} ${d.file}: ${d.message}`)).toEqual([
      'notice db/schema.sql: a schema dump beside the migrations in db/migrations/: ' +
        'the schema is read from the migrations',
    ]);
    expect(facts.schema.migrations.map((m) => m.file)).toEqual([
      'db/migrations/20240101000000_users.sql',
      'db/migrations/20240102000000_email.sql',
    ]);
    expect(facts.schema.tables.map((t) => [t.name, t.columns.map((c) => c.name)])).toEqual([
      ['users', ['id', 'email']],
    ]);
    expect(facts.inputs.map((i) => i.file).sort()).toEqual(Object.keys(files).filter((f) => f !== 'db/schema.sql'));
  });
});
