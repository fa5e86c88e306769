// What real repositories hold that our example does not: empty files, byte-order marks and CRLF,
// path items reached only through `$ref`, test folders with their own Compose files, and files a
// parser chokes on. Each test here failed before the fix it names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { isolateBatch } from '../../src/sources/isolate-extractor.js';
import { DOCS, runPipeline } from '../support/in-process-run.js';
import { AUTO_SOURCES, tempRepo, writeRepoFile } from '../support/temp-repo.js';

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'ad-real-');

describe('empty and whitespace-only files are valid input with nothing in them', () => {
  test('empty migration files beside real ones: the run goes on and reads the tables', async () => {
    const root = repo({
      'migrations/000001_init.up.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n',
      'migrations/000002_noop.up.sql': '',
      'migrations/000003_blank.up.sql': '  \n\t\n',
      'migrations/000004_comment_only.up.sql': '-- nothing to do for this dialect\n',
      'migrations/000005_orders.up.sql':
        'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts(id));\n',
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
    const root = repo({
      'deploy/docker-compose.yml': '',
      'k8s/empty.yaml': '\n',
      'infra/main.tf': '',
      'api/openapi.json': '',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('byte-order marks and CRLF line endings', () => {
  const spec =
    'openapi: 3.1.0\ninfo:\n  title: Pets\n  version: "1"\npaths:\n  /pets:\n    get:\n' +
    '      responses:\n        "200":\n          description: ok\n';
  const crlf = (s: string) => `\uFEFF${s.replace(/\n/g, '\r\n')}`;

  test('a spec saved with a BOM and CRLF is discovered and read, with the right lines', async () => {
    const root = repo({ 'api/openapi.yaml': crlf(spec) });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.openapi).toEqual(['api/openapi.yaml']);
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.api.operations.map((o) => [o.id, o.source.line])).toEqual([['op:GET /pets', 7]]);
  });

  test('Compose, Kubernetes and SQL files with a BOM and CRLF are read like any other', async () => {
    const root = repo({
      'docker-compose.yml': crlf(
        'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
      ),
      'k8s/web.yaml': crlf('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n'),
      'db/migrations/001_init.sql': crlf('CREATE TABLE a (\n  id int PRIMARY KEY\n);\n\nCREATE TABLE b (id int);\n'),
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.infra.components.map((c) => c.id)).toEqual(
      expect.arrayContaining(['compose:service/web', 'compose:service/db', 'k8s:Deployment/default/web']),
    );
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

    writeRepoFile(
      dir,
      'api/paths/pets.yaml',
      `${pets}post:\n  operationId: createPet\n  responses:\n    "201": {description: created}\n`,
    );
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
    writeRepoFile(dir, 'api/openapi.yaml', `${root}  /cats:\n    $ref: ./paths/cats.yaml\n`);
    writeRepoFile(dir, 'api/paths/cats.yaml', pets);
    const withCats = await runPipeline(dir);
    expect(withCats.facts.inputs.map((i) => i.file)).toEqual([
      'api/openapi.yaml',
      'api/paths/cats.yaml',
      'api/paths/pets.yaml',
    ]);
    writeRepoFile(dir, 'api/paths/cats.yaml', '');
    const after = await runPipeline(dir);
    expect(after.extracted).toBe(true);
  });
});

describe('test and fixture folders are not the system', () => {
  const files = {
    'docker-compose.yml': 'services:\n  api:\n    image: acme/api:1.0\n',
    'tests/docker-compose.test.yml': 'services:\n  testdb:\n    image: postgres:16\n',
    'internal/store/testdata/openapi.yaml':
      'openapi: 3.0.3\ninfo: {title: Fixture, version: "1"}\n' +
      'paths: {/x: {get: {responses: {"200": {description: ok}}}}}\n',
    'e2e/k8s/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: e2e\n',
    'src/__tests__/fixtures/001_init.sql': 'CREATE TABLE fixture (id int);\n',
  };

  test('skipped by default, with one notice saying how many files and where', async () => {
    const facts = await extractFacts(await loadConfig(repo(files), {}));
    expect(facts.infra.components.map((c) => c.id)).toEqual(['compose:service/api']);
    expect(facts.api.operations).toEqual([]);
    expect(facts.schema.tables).toEqual([]);
    const notices = facts.diagnostics.filter((d) => /test, fixture, example and CI folders/.test(d.message));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(
      new RegExp(
        '^4 files in test, fixture, example and CI folders ' +
          String.raw`\(e2e\/, internal\/store\/testdata\/, src\/__tests__\/, tests\/\) were not read`,
      ),
    );
  });

  test('the config file can include them', async () => {
    const dir = repo({ ...files, '.github/architect-docs.yml': 'sources:\n  include-test-folders: true\n' });
    const facts = await extractFacts(await loadConfig(dir, {}));
    expect(facts.infra.components.map((c) => c.id).sort()).toEqual([
      'compose:service/api',
      'compose:service/testdb',
      'k8s:Job/default/e2e',
    ]);
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
  const merge = (parts: { components: { id: string }[]; edges: never[] }[]) => ({
    components: parts.flatMap((p) => p.components),
    edges: [],
  });

  test('a batch that throws is read file by file, and the culprit is named without a stack trace', async () => {
    const extract = (files: string[]) => {
      if (files.includes('k8s/bad.yaml'))
        throw new TypeError(
          "Cannot read properties of undefined (reading 'spec')\n    at extract (/runner/dist/index.js:1:1)",
        );
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
    const root = repo({
      'db/migrations/001_init.sql': 'CREATE TABLE kept (id int);\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.kept']);
    expect(facts.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ['db/migrations/001_init.sql', 2, 'error'],
    ]);
    expect(facts.diagnostics[0]!.message).toMatch(/unterminated dollar-quoted string/);
  });

  test('UTF-16 files are read as text; invalid UTF-8 is read on with a warning', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CREATE TABLE wide (id int);\r\n', 'utf16le')]);
    const latin1 = Buffer.from('CREATE TABLE caf\xe9 (id int);\n', 'latin1');
    const root = repo({ 'db/migrations/001_wide.sql': utf16, 'db/migrations/002_latin.sql': latin1 });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.tables.map((t) => t.id)).toEqual(['table:public.caf\ufffd', 'table:public.wide']);
    expect(facts.diagnostics.map((d) => [d.file, d.severity, d.message])).toEqual([
      ['db/migrations/002_latin.sql', 'warning', expect.stringMatching(/not valid UTF-8/)],
    ]);
  });
});

describe('sources real repositories keep where discovery did not look', () => {
  test('a JSON spec with sorted keys, its `openapi` key past the first 64 KiB, is found', async () => {
    const schemas = Object.fromEntries(
      Array.from({ length: 3000 }, (_, i) => [
        `Model${String(i).padStart(4, '0')}`,
        { type: 'object', description: 'x'.repeat(40) },
      ]),
    );
    const spec = {
      components: { schemas },
      info: { title: 'Sorted', version: '1' },
      openapi: '3.0.3',
      paths: { '/health': { get: { responses: { 200: { description: 'ok' } } } } },
    };
    const text = JSON.stringify(spec, null, 2);
    expect(text.indexOf('"openapi"')).toBeGreaterThan(64 * 1024);
    const root = repo({ 'spec/api.json': text });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.openapi).toEqual(['spec/api.json']);
  });

  test('in a git checkout, a tracked file is read even when a .gitignore pattern matches it', async () => {
    const root = repo({
      '.gitignore': 'hanko\n',
      'deploy/k8s/base/hanko/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: hanko\n',
      hanko: 'built binary',
    });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.gitignore');
    git('add', '-f', 'deploy/k8s/base/hanko/deployment.yaml');
    git('commit', '-qm', 'x');
    writeRepoFile(root, 'untracked/docker-compose.yml', 'services:\n  web:\n    image: nginx:1\n');
    writeRepoFile(root, 'hanko-build/hanko', 'ignored and untracked');
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.kubernetes).toEqual(['deploy/k8s/base/hanko/deployment.yaml']);
    expect(found.files.compose).toEqual(['untracked/docker-compose.yml']);
  });

  test('Compose files not named compose*.yml are recognised by their services; GitLab CI is not', async () => {
    const root = repo({
      'quickstart.yml':
        'version: "3.7"\nservices:\n  kratos:\n    image: oryd/kratos:v1\n' +
        '    depends_on: [postgres]\n  postgres:\n    image: postgres:16\n',
      'deploy/docker-compose/base.yaml': 'services:\n\n  # the API\n  api:\n    build: ../..\n',
      '.gitlab-ci.yml': 'services:\n  - postgres:15\ntest:\n  image: node:20\n  script: [npm test]\n',
    });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.compose).toEqual(['deploy/docker-compose/base.yaml', 'quickstart.yml']);
  });

  test(
    "tools' configuration shaped like manifests is not the cluster: " +
      'Skaffold, kind, kubeconfig; a Kustomization is claimed (the kind builds it)',
    async () => {
      const root = repo({
        'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nmetadata:\n  name: app\n',
        'kind-cluster.yaml': 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\n',
        'kubeconfig.yaml': 'apiVersion: v1\nkind: Config\nclusters:\n- name: c\n',
        'kustomize/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../k8s/app.yaml]\n',
        'k8s/app.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\n',
      });
      const found = await discoverSources(root, AUTO_SOURCES, []);
      expect(found.files.kubernetes).toEqual(['k8s/app.yaml', 'kustomize/kustomization.yaml']);
      expect(found.diagnostics).toEqual([]);
    },
  );

  test("a vendored tool's stub migrations, examples and CI folders are not the system", async () => {
    const root = repo({
      'persistence/sql/migrations/20200101000000_identities.up.sql': 'CREATE TABLE identities (id uuid PRIMARY KEY);\n',
      'oryx/popx/stub/migrations/20190101000000_identities.up.sql': 'CREATE TABLE identities (nope int);\n',
      'examples/complete/main.tf': 'module "eks" {\n  source = "../.."\n}\n',
      '.github/release-cluster/ingress.yaml':
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: frontend\n',
    });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(Object.values(found.files).flat()).toEqual(['persistence/sql/migrations/20200101000000_identities.up.sql']);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^3 files in test, fixture, example and CI folders \(\.github\/, examples\/, oryx\/popx\/stub\/\)/,
      ),
    ]);
  });
});

describe('Prisma-style mixed-case names', () => {
  test('index columns are the column names, so an index or primary key covering a foreign key is seen', async () => {
    const root = repo({
      'prisma/migrations/20240101000000_init/migration.sql': [
        'CREATE TABLE "Organisation" ("id" TEXT NOT NULL, CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id"));',
        'CREATE TABLE "Subscription" ("id" SERIAL NOT NULL, "organisationId" TEXT NOT NULL, ' +
          'CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id"));',
        'CREATE INDEX "Subscription_organisationId_idx" ON "Subscription"("organisationId");',
        'CREATE TABLE "TeamEmail" ("teamId" TEXT NOT NULL, "email" TEXT NOT NULL, CONSTRAINT ' +
          '"TeamEmail_pkey" PRIMARY KEY ("teamId"));',
        'CREATE INDEX "lower_email" ON "TeamEmail"(lower("email"));',
        'ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_organisationId_fkey" FOREIGN ' +
          'KEY ("organisationId") REFERENCES "Organisation"("id") NOT VALID;',
        'ALTER TABLE "TeamEmail" ADD CONSTRAINT "TeamEmail_teamId_fkey" FOREIGN KEY ("teamId") ' +
          'REFERENCES "Organisation"("id") NOT VALID;',
      ].join('\n'),
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    expect(facts.schema.indexes.map((i) => [i.name, i.columns])).toEqual([
      ['Organisation_pkey', ['id']],
      ['Subscription_organisationId_idx', ['organisationId']],
      ['Subscription_pkey', ['id']],
      ['TeamEmail_pkey', ['teamId']],
      ['lower_email', ['lower(email)']],
    ]);
    expect(facts.findings.filter((f) => f.rule === 'foreign-key-without-index')).toEqual([]);
  });
});

describe('a service defined in two Compose files', () => {
  test('is two environments: each file documented with its own dependencies, no warning', async () => {
    const root = repo({
      'docker/development/compose.yml':
        'services:\n  app:\n    image: acme/app:dev\n    depends_on: [database]\n  database:\n    image: postgres:16\n',
      'docker/production/compose.yml':
        'services:\n  app:\n    image: acme/app:1.0\n    depends_on: [database, inbucket]\n' +
        '    environment:\n      SMTP_HOST: inbucket\n  database:\n    image: postgres:16\n' +
        '  inbucket:\n    image: inbucket/inbucket\n',
    });
    const facts = await extractFacts(await loadConfig(root, {}));
    const prod = (name: string) => `compose:service/${name}@docker/production/compose.yml`;
    expect(facts.infra.edges.map((e) => `${e.from} -${e.kind}-> ${e.to}`)).toEqual([
      `${prod('app')} -depends_on-> ${prod('database')}`,
      `${prod('app')} -depends_on-> ${prod('inbucket')}`,
      `${prod('app')} -env-> ${prod('inbucket')}`,
      'compose:service/app -depends_on-> compose:service/database',
    ]);
    expect(facts.diagnostics.filter((d) => /also defined/.test(d.message))).toEqual([]);
    // One logical app and one database, deployed two ways.
    expect(facts.system.components.map((c) => [c.id, c.runsAs.length])).toEqual([
      ['system:app', 2],
      ['system:database', 2],
      ['system:inbucket', 1],
    ]);
  });
});
