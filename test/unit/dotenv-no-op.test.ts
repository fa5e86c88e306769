// A Compose file whose `.env` holds a secret: the value is withheld from every hash (no hash of a
// secret in the state file), and the next run still finds the docs current. Extraction and the
// no-op check must hash the referenced file the same way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { sha256 } from '../../src/facts/hash.js';
import { upToDate } from '../../src/up-to-date.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';
import { tempRepo, writeRepoFile } from '../support/temp-repo.js';

test('a .env with a secret-named variable: the second run is a no-op, and the state holds no hash of it', async () => {
  const env = 'DB_PASSWORD=hunter2\nAPI_PORT=8080\n';
  const repo = tempRepo({
    'compose.yaml': [
      'services:',
      '  api:',
      '    image: shop/api:1.0',
      '    ports: ["${API_PORT}:8080"]',
      '    environment:',
      '      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app',
      '  db:',
      '    image: postgres:16',
    ].join('\n'),
    '.env': env,
  });
  await runPipeline(repo);
  const state = readFileSync(join(repo, DOCS, '.architect-docs-state'), 'utf8');
  expect(state).toMatch(/^referenced compose [0-9a-f]{64} \.env$/m);
  expect(state).not.toContain(sha256(env));
  expect((await upToDate(await loadConfig(repo, {}))).current).toBe(true);

  writeRepoFile(repo, '.env', 'DB_PASSWORD=hunter3\nAPI_PORT=8080\n');
  // The secret changed: nothing the docs show did, and no hash says it did.
  expect((await upToDate(await loadConfig(repo, {}))).current).toBe(true);
  writeRepoFile(repo, '.env', 'DB_PASSWORD=hunter3\nAPI_PORT=9090\n');
  expect((await upToDate(await loadConfig(repo, {}))).current).toBe(false);
});
