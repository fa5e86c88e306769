import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { MigrationSet } from '../../src/sources/migrations/migration-layout.js';
import { replayMysqlSet } from '../../src/sources/migrations/replay-mysql.js';
import { startMariadb } from '../support/mariadb-server.js';

test('ad hoc oracle', async () => {
  const dir = process.env.SET_DIR!;
  const files = readdirSync(dir).sort();
  const texts = new Map(files.map((f) => [`${dir}/${f}`, readFileSync(join(dir, f), 'utf8')]));
  const set: MigrationSet = {
    dir,
    layout: 'folder',
    files: files.map((f, n) => ({ file: `${dir}/${f}`, version: String(n), section: 'whole' })),
  };
  const t0 = performance.now();
  const ours = replayMysqlSet(set, texts);
  console.log(`replay ${(performance.now() - t0).toFixed(0)} ms`);
  const server = await startMariadb();
  try {
    await server.script('CREATE DATABASE main');
    const errors: string[] = [];
    const s0 = performance.now();
    for (const f of set.files)
      for (const e of (await server.script(texts.get(f.file)!, 'main')).errors)
        errors.push(`${f.file.split('/').pop()}: ${e}`);
    console.log(`server ${(performance.now() - s0).toFixed(0)} ms`);
    const theirs = await server.catalog('main');
    console.log('server errors', errors.length);
    for (const e of errors.filter((x) => x.includes(process.env.GREP ?? '')).slice(0, 15))
      console.log('  ', e.slice(0, 220));
    console.log('our diagnostics', ours.diagnostics.length);
    for (const d of ours.diagnostics.filter((x) => x.file.includes(process.env.GREP ?? '')).slice(0, 15))
      console.log('  ', d.file.split('/').pop(), d.line, d.message.slice(0, 200));
    const underived = ours.catalog.tables
      .filter((t) => t.kind === 'view' && !ours.catalog.columns.some((c) => c.table === t.name))
      .map((t) => t.name);
    theirs.columns = theirs.columns.filter((c) => !underived.includes(c.table));
    console.log(
      `tables ${ours.catalog.tables.length}/${theirs.tables.length}, columns ${ours.catalog.columns.length}/${theirs.columns.length}, indexes ${ours.catalog.indexes.length}/${theirs.indexes.length}, fks ${ours.catalog.foreignKeys.length}/${theirs.foreignKeys.length}`,
    );
    expect(ours.catalog).toEqual(theirs);
  } finally {
    await server.stop();
  }
}, 600_000);
