// The per-kind facts cache: a changed file re-reads exactly its kind, every other kind's facts
// come back from the cache, and the facts always equal those read with no cache at all.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import type { FactModel } from '../../src/facts/model.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { buildFacts } from '../../src/sources/extract-facts.js';
import { AUTO_SOURCES, tempRepo, writeRepoFile } from '../support/temp-repo.js';

const FILES = {
  'db/migrations/001_init.up.sql': 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);\n',
  'db/migrations/002_orders.up.sql':
    'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));\n',
  'api/openapi.yaml': [
    'openapi: 3.1.0',
    'info: {title: Shop, version: "1"}',
    'paths:',
    '  /orders:',
    "    $ref: './paths/orders.yaml'",
  ].join('\n'),
  'api/paths/orders.yaml': 'get:\n  operationId: listOrders\n  responses: {"200": {description: ok}}\n',
  'compose.yaml': 'services:\n  api:\n    image: shop/api:1.0\n  db:\n    image: postgres:16\n',
};

async function extract(repo: string): Promise<{ facts: FactModel; reused: Record<string, boolean> }> {
  const reused: Record<string, boolean> = {};
  const found = await discoverSources(repo, AUTO_SOURCES, ['docs']);
  const facts = await buildFacts(repo, found, (kind, hit) => {
    reused[kind] = hit;
  });
  return { facts, reused };
}

/** The same repository read with an empty cache: what the facts must equal. */
async function uncached(repo: string): Promise<FactModel> {
  const kept = process.env.ARCHITECT_DOCS_CACHE_DIR;
  process.env.ARCHITECT_DOCS_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ad-nocache-'));
  try {
    return (await extract(repo)).facts;
  } finally {
    process.env.ARCHITECT_DOCS_CACHE_DIR = kept;
  }
}

beforeEach(() => {
  process.env.ARCHITECT_DOCS_CACHE_DIR = mkdtempSync(join(tmpdir(), 'ad-kinds-'));
});

describe('the per-kind facts cache', () => {
  test('a second read with nothing changed reuses every kind, with the same facts', async () => {
    const repo = tempRepo(FILES);
    const first = await extract(repo);
    expect(first.reused).toEqual({ openapi: false, migration: false, compose: false });
    const second = await extract(repo);
    expect(second.reused).toEqual({ openapi: true, migration: true, compose: true });
    expect(second.facts).toEqual(first.facts);
  });

  test('a changed migration re-reads the migrations only; the facts equal an uncached read', async () => {
    const repo = tempRepo(FILES);
    await extract(repo);
    writeRepoFile(repo, 'db/migrations/003_note.up.sql', 'ALTER TABLE orders ADD COLUMN note text;\n');
    const after = await extract(repo);
    expect(after.reused).toEqual({ openapi: true, migration: false, compose: true });
    expect(after.facts.schema.tables.find((t) => t.name === 'orders')!.columns.map((c) => c.name)).toContain('note');
    expect(after.facts).toEqual(await uncached(repo));
  });

  test('a file read through $ref is part of its kind: changing it re-reads the specs', async () => {
    const repo = tempRepo(FILES);
    await extract(repo);
    writeRepoFile(
      repo,
      'api/paths/orders.yaml',
      'get:\n  operationId: listAllOrders\n  responses: {"200": {description: ok}}\n',
    );
    const after = await extract(repo);
    expect(after.reused).toEqual({ openapi: false, migration: true, compose: true });
    expect(after.facts.api.operations.map((o) => o.operationId)).toEqual(['listAllOrders']);
    expect(after.facts).toEqual(await uncached(repo));
  });

  test('a damaged entry is read again, never trusted', async () => {
    const repo = tempRepo(FILES);
    const first = await extract(repo);
    const dir = join(process.env.ARCHITECT_DOCS_CACHE_DIR!, 'kinds');
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'not brotli');
    const again = await extract(repo);
    expect(again.reused).toEqual({ openapi: false, migration: false, compose: false });
    expect(again.facts).toEqual(first.facts);
  });

  test('a cache folder that cannot be written costs only the reuse', async () => {
    const repo = tempRepo(FILES);
    const blocker = join(mkdtempSync(join(tmpdir(), 'ad-blocked-')), 'file');
    writeFileSync(blocker, '');
    process.env.ARCHITECT_DOCS_CACHE_DIR = blocker; // a file: no folder can be made under it
    const first = await extract(repo);
    const second = await extract(repo);
    expect(second.reused).toEqual({ openapi: false, migration: false, compose: false });
    expect(second.facts).toEqual(first.facts);
  });
});
