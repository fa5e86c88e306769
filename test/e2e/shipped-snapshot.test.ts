import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT, runCli } from '../support/action-runner.js';

// A hosted runner's temp folder is empty every job: the built action must boot PostgreSQL from
// the snapshot the build ships, not run initdb and leave a snapshot in a folder nobody sees again.
// The observable: booting without a usable snapshot runs initdb and then writes the temp folder's
// snapshot (architect-docs-<version>-pglite-fresh.tar.gz); booting from the shipped one writes nothing.

const SNAPSHOT = 'dist/vendor/pglite/fresh-datadir.tar.br';

let action: string;
beforeAll(() => {
  action = realpathSync(mkdtempSync(join(tmpdir(), 'ad-shipped-snapshot-')));
  for (const part of ['action.yml', 'dist', 'bin'])
    cpSync(join(PROJECT_ROOT, part), join(action, part), { recursive: true });
});

/** Runs the CLI of `actionDir` on a copy of examples/shop with an empty temp folder. */
async function generateWithEmptyTemp(actionDir: string): Promise<{ dataModel: string; tempFiles: string[] }> {
  const temp = mkdtempSync(join(tmpdir(), 'ad-empty-tmp-'));
  const repo = join(mkdtempSync(join(tmpdir(), 'ad-shipped-repo-')), 'shop');
  cpSync(join(PROJECT_ROOT, 'examples/shop'), repo, { recursive: true, filter: (s) => !s.includes('/docs') });
  const run = await runCli(['generate', '--repo', repo, '--offline'], {
    actionDir,
    cwd: actionDir,
    env: { TMPDIR: temp },
  });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  const dataModel = readFileSync(join(repo, 'docs/architecture/data-model.md'), 'utf8');
  expect(dataModel).toContain('after replaying 12 migrations in PostgreSQL');
  expect(dataModel).toContain('`display_name`'); // 000009 renamed customers.full_name
  return { dataModel, tempFiles: readdirSync(temp) };
}

let fromShipped: string;
test('the dist ships the snapshot; an empty temp folder stays empty (no initdb)', async () => {
  expect(existsSync(join(action, SNAPSHOT)), 'run `npm run build` and commit dist/').toBe(true);
  const run = await generateWithEmptyTemp(action);
  // The run's caches (facts by kind, README "Incremental runs") live in the temp folder by
  // default; no fresh-database snapshot may be there.
  expect(run.tempFiles.filter((f) => f !== 'architect-docs-cache')).toEqual([]);
  fromShipped = run.dataModel;
}, 120_000);

for (const [damage, corrupt] of [
  ['not brotli at all', () => Buffer.from('not a snapshot')],
  // Brotli that decodes, to a tar that is not the one the build made: PGlite must never get it.
  [
    'a damaged tar inside',
    (shipped: Buffer) => {
      const tar = brotliDecompressSync(shipped);
      tar.fill(0x41, 1024, 1024 + 4096);
      // Quality 1: the default (11) takes ~20 s on 40 MB, and what is tested is the reader.
      return brotliCompressSync(tar, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } });
    },
  ],
] as const) {
  test(`a corrupt shipped snapshot (${damage}) falls back to initdb with the same schema`, async () => {
    const copy = realpathSync(mkdtempSync(join(tmpdir(), 'ad-corrupt-snapshot-')));
    cpSync(action, copy, { recursive: true });
    writeFileSync(join(copy, SNAPSHOT), corrupt(readFileSync(join(action, SNAPSHOT))));
    const run = await generateWithEmptyTemp(copy);
    // initdb ran: it left the temp folder's snapshot behind.
    expect(run.tempFiles.filter((f) => /^architect-docs-.*-pglite-fresh\.tar\.gz$/.test(f))).toHaveLength(1);
    if (fromShipped) expect(run.dataModel).toBe(fromShipped);
  }, 120_000);
}
