import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { readStatement } from '../../src/sources/migrations/mysql-read-statement.js';
test('dbg2', () => {
  for (const sql of readFileSync(process.env.SQL_FILE!, 'utf8').split('\n----\n')) {
    try {
      const d = readStatement(sql);
      console.log('OK ', sql.slice(0, 70).replace(/\n/g, ' '), '=>', d.kind);
    } catch (e) {
      console.log('ERR', sql.slice(0, 70).replace(/\n/g, ' '), '=>', (e as Error).message.slice(0, 120));
    }
  }
});
