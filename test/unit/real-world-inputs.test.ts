// What real repositories hold that our example does not: empty files, byte-order marks and CRLF,
// path items reached only through `$ref`, test folders with their own Compose files, and files a
// parser chokes on. Each test here failed before the fix it names.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { isolateBatch } from '../../src/sources/isolate-extractor.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';

const AUTO = { 'auto-discover': true, openapi: [], migrations: [], infra: [], exclude: [], 'include-test-folders': false };

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-real-'));
  for (const [path, content] of Object.entries(files)) write(dir, path, content);
  return dir;
}

function write(dir: string, path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

describe('empty and whitespace-only files are valid input with nothing in them', () => {
  test('empty migration files beside real ones: the run goes on and reads the tables', async () => {
    const root = repo({
      'migrations/000001_init.up.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n',
      'migrations/000002_noop.up.sql': '',
      'migrations/000003_blank.up.sql': '  \n\t\n',
      'migrations/000004_comment_only.up.sql': '-- nothing to do for this dialect\n',
      'migrations/000005_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts(id));\n',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.accounts', 'table:public.orders']);
    expect(facts.schema.migrations.map((m) => [m.file, m.statements, m.failed])).toEqual([
      ['migrations/000001_init.up.sql', 1, 0],
      ['migrations/000002_noop.up.sql', 0, 0],
      ['migrations/000003_blank.up.sql', 0, 0],
      ['migrations/000004_comment_only.up.sql', 0, 0],
      ['migrations/000005_orders.up.sql', 1, 0],
    ]);
    expect(facts.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('empty YAML, JSON and Terraform files are skipped without an error', async () => {
    const root = repo({ 'deploy/docker-compose.yml': '', 'k8s/empty.yaml': '\n', 'infra/main.tf': '', 'api/openapi.json': '' });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('byte-order marks and CRLF line endings', () => {
  const spec = 'openapi: 3.1.0\ninfo:\n  title: Pets\n  version: "1"\npaths:\n  /pets:\n    get:\n      responses:\n        "200":\n          description: ok\n';
  const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, '\r\n')}`;

  test('a spec saved with a BOM and CRLF is discovered and read, with the right lines', async () => {
    const root = repo({ 'api/openapi.yaml': crlf(spec) });
    const found = await discoverSources(root, AUTO, []);
    expect(found.files.openapi).toEqual(['api/openapi.yaml']);
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.api.operations.map((o) => [o.id, o.source.line])).toEqual([['op:GET /pets', 7]]);
  });

  test('Compose, Kubernetes and SQL files with a BOM and CRLF are read like any other', async () => {
    const root = repo({
      'docker-compose.yml': crlf('services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n'),
      'k8s/web.yaml': crlf('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n'),
      'db/migrations/001_init.sql': crlf('CREATE TABLE a (\n  id int PRIMARY KEY\n);\n\nCREATE TABLE b (id int);\n'),
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.infra.components.map((c) => c.id)).toEqual(expect.arrayContaining(['compose:service/web', 'compose:service/db', 'k8s:Deployment/default/web']));
    expect(facts.schema.tables.map((t) => [t.id, t.source?.line])).toEqual([
      ['table:public.a', 1],
      ['table:public.b', 5],
    ]);
    expect(facts.diagnostics.filter((d) => d.severity !== 'notice')).toEqual([]);
  });
});

describe('every file an extractor reads is an input', () => {
  const root = 'openapi: 3.1.0\ninfo: {title: Pets, version: "1"}\npaths:\n  /pets:\n    $ref: ./paths/pets.yaml\n';
  const pets = 'get:\n  operationId: listPets\n  responses:\n    "200": {description: ok}\n';

  test('a path item file reached only through $ref is hashed, and editing it refreshes the docs', async () => {
    const dir = repo({ 'api/openapi.yaml': root, 'api/paths/pets.yaml': pets });
    const first = await runPipeline(dir);
    expect(first.facts.inputs.map((i) => i.file)).toEqual(['api/openapi.yaml', 'api/paths/pets.yaml']);
    expect(first.facts.api.operations.map((o) => o.id)).toEqual(['op:GET /pets']);

    write(dir, 'api/paths/pets.yaml', `${pets}post:\n  operationId: createPet\n  responses:\n    "201": {description: created}\n`);
    const check = await runPipeline(dir, { mode: 'check' });
    expect(check.stale).toBe(true);
    const second = await runPipeline(dir);
    expect(second.extracted).toBe(true);
    expect(second.facts.api.operations.map((o) => o.id)).toEqual(['op:GET /pets', 'op:POST /pets']);
    expect(readFileSync(join(dir, DOCS, 'api.md'), 'utf8')).toContain('/pets');

    const third = await runPipeline(dir);
    expect(third.extracted).toBe(false);
    expect(third.changed).toEqual([]);
  });

  test('a referenced file that disappears refreshes the docs too', async () => {
    const dir = repo({ 'api/openapi.yaml': root, 'api/paths/pets.yaml': pets });
    await runPipeline(dir);
    write(dir, 'api/openapi.yaml', `${root}  /cats:\n    $ref: ./paths/cats.yaml\n`);
    write(dir, 'api/paths/cats.yaml', pets);
    const withCats = await runPipeline(dir);
    expect(withCats.facts.inputs.map((i) => i.file)).toEqual(['api/openapi.yaml', 'api/paths/cats.yaml', 'api/paths/pets.yaml']);
    write(dir, 'api/paths/cats.yaml', '');
    const after = await runPipeline(dir);
    expect(after.extracted).toBe(true);
  });
});

describe('test and fixture folders are not the system', () => {
  const files = {
    'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n',
    'tests/docker-compose.test.yml': 'services:\n  testdb:\n    image: postgres:16\n',
    'internal/store/testdata/openapi.yaml': 'openapi: 3.0.3\ninfo: {title: Fixture, version: "1"}\npaths: {/x: {get: {responses: {"200": {description: ok}}}}}\n',
    'e2e/k8s/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: e2e\n',
    'src/__tests__/fixtures/001_init.sql': 'CREATE TABLE fixture (id int);\n',
  };

  test('skipped by default, with one notice saying how many files and where', async () => {
    const facts = await extractFacts(await loadConfig(repo(files), {}));
    expect(facts.infra.components.map((c) => c.id)).toEqual(['compose:service/api']);
    expect(facts.api.operations).toEqual([]);
    expect(facts.schema.tables).toEqual([]);
    const notices = facts.diagnostics.filter((d) => /test and fixture folders/.test(d.message));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^4 files in test and fixture folders \(e2e\/, internal\/store\/testdata\/, src\/__tests__\/, tests\/\) were not read/);
  });

  test('the config file can include them', async () => {
    const dir = repo({ ...files, '.github/architect-docs.yml': 'sources:\n  include-test-folders: true\n' });
    const facts = await extractFacts(await loadConfig(dir, {}));
    expect(facts.infra.components.map((c) => c.id).sort()).toEqual(['compose:service/api', 'compose:service/testdb', 'k8s:Job/default/e2e']);
    expect(facts.api.operations.map((o) => o.id)).toEqual(['op:GET /x']);
  });

  test('a glob in the config file reads a test folder it names', async () => {
    const dir = repo({ ...files, '.github/architect-docs.yml': 'sources:\n  infra: ["tests/**"]\n' });
    const facts = await extractFacts(await loadConfig(dir, {}));
    expect(facts.infra.components.map((c) => c.id).sort()).toEqual(['compose:service/api', 'compose:service/testdb']);
  });
});

describe('an extractor that throws costs its own file, not the run', () => {
  const infra = (n: number) => ({ components: [{ id: `x:${n}` }], edges: [] });
  const merge = (parts: { components: { id: string }[]; edges: never[] }[]) => ({ components: parts.flatMap((p) => p.components), edges: [] });

  test('a batch that throws is read file by file, and the culprit is named without a stack trace', async () => {
    const extract = (files: string[]) => {
      if (files.includes('k8s/bad.yaml')) throw new TypeError("Cannot read properties of undefined (reading 'spec')\n    at extract (/runner/dist/index.js:1:1)");
      return { facts: merge(files.map((_, i) => infra(i))), diagnostics: [] };
    };
    const r = await isolateBatch('infra', ['k8s/a.yaml', 'k8s/bad.yaml', 'k8s/c.yaml'], extract, merge);
    expect(r.failed).toEqual(['k8s/bad.yaml']);
    expect(r.facts.components).toHaveLength(2);
    const crash = r.diagnostics.find((d) => d.severity === 'error')!;
    expect(crash).toMatchObject({ file: 'k8s/bad.yaml', stage: 'infra' });
    expect(crash.message).toContain("Cannot read properties of undefined (reading 'spec')");
    expect(crash.message).not.toContain('    at ');
  });

  test('a migration the scanner cannot tokenise still applies the statements before it', async () => {
    const root = repo({ 'db/migrations/001_init.sql': 'CREATE TABLE kept (id int);\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1' });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.kept']);
    expect(facts.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([['db/migrations/001_init.sql', 2, 'error']]);
    expect(facts.diagnostics[0]!.message).toMatch(/unterminated dollar-quoted string/);
  });

  test('UTF-16 files are read as text; invalid UTF-8 is read on with a warning', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CREATE TABLE wide (id int);\r\n', 'utf16le')]);
    const latin1 = Buffer.from('CREATE TABLE caf\xe9 (id int);\n', 'latin1');
    const root = repo({ 'db/migrations/001_wide.sql': utf16, 'db/migrations/002_latin.sql': latin1 });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.caf\ufffd', 'table:public.wide']);
    expect(facts.diagnostics.map((d) => [d.file, d.severity, d.message])).toEqual([['db/migrations/002_latin.sql', 'warning', expect.stringMatching(/not valid UTF-8/)]]);
  });
});
