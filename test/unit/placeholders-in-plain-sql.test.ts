import { describe, expect, test } from 'vitest';
import { groupMigrations } from '../../src/sources/migrations/migration-layout.js';
import { substitutePlaceholders } from '../../src/sources/migrations/migration-placeholders.js';
import { replayPostgres } from '../../src/sources/migrations/replay-postgres.js';
import { replaySqlite } from '../../src/sources/migrations/replay-sqlite.js';

// Found by the schema oracle on Zabbix's data.sql: its string literals hold macros such as
// `{{#NAME}/{#SOURCE}]` and `{{#JSON}.regsub(…)}`, and a Go-template pattern that let an action run
// on to the next `}}` swallowed 10,672 lines of INSERTs (21,674 statements then failed).

const ZABBIX_LIKE = [
  "INSERT INTO items (itemid, key_) VALUES (1, 'sdwan_path[{{#NAME}/{#SOURCE}/{#DESTINATION}]');",
  'CREATE TABLE kept (id int PRIMARY KEY);',
  'INSERT INTO items (itemid, key_) VALUES (2, \'{{#JSON_PATH}.regsub("(.*)", \\1)}.meta\');',
  "INSERT INTO items (itemid, key_) VALUES (3, 'x}}');",
].join('\n');

describe('placeholders in SQL that is not a template', () => {
  test('braces in string literals are not Go template actions: the text is left as it is', () => {
    const r = substitutePlaceholders(ZABBIX_LIKE, 'db/migrations/0003_data.sql', {});
    expect(r.text).toBe(ZABBIX_LIKE);
    expect([...r.defaults]).toEqual([]);
  });

  test('a real action beside them is still replaced', () => {
    const text = `${ZABBIX_LIKE}\nCREATE TABLE {{ .Prefix }}_users (id int);`;
    const r = substitutePlaceholders(text, 'db/migrations/0003_data.sql', {});
    expect(r.text).toBe(`${ZABBIX_LIKE}\nCREATE TABLE prefix_users (id int);`);
    expect([...r.defaults]).toEqual([['Prefix', 'prefix']]);
  });

  test('every statement of such a file replays, with no template warning', async () => {
    const texts = new Map([
      ['db/migrations/0001_schema.sql', 'CREATE TABLE items (itemid int PRIMARY KEY, key_ text);'],
      ['db/migrations/0002_data.sql', ZABBIX_LIKE],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole');
    const { facts, diagnostics } = await replayPostgres(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.migrations.map((m) => [m.statements, m.failed])).toEqual([
      [1, 0],
      [4, 0],
    ]);
    expect(facts.tables.map((t) => t.name)).toEqual(['items', 'kept']);
  });

  test('SQLite: no template warning either', async () => {
    const texts = new Map([
      ['db/migrations/0001_schema.sql', 'CREATE TABLE items (itemid integer PRIMARY KEY, key_ text);'],
      ['db/migrations/0002_data.sql', ZABBIX_LIKE],
    ]);
    const { sets } = groupMigrations([...texts.keys()], () => 'whole', { dialect: 'sqlite' });
    const { facts, diagnostics } = await replaySqlite(sets, texts);
    expect(diagnostics).toEqual([]);
    expect(facts.tables.map((t) => t.name)).toEqual(['items', 'kept']);
  });
});
