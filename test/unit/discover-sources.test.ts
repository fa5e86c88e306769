import { describe, expect, test } from 'vitest';
import { discoverSources, type DiscoveredSources } from '../../src/sources/discover-sources.js';
import { groupMigrations, sectionFromContent } from '../../src/sources/migrations/migration-layout.js';
import { AUTO_SOURCES, tempRepo } from '../support/temp-repo.js';

/** The migration sets the migrations kind will replay from what discovery handed it. */
const migrationSets = (found: DiscoveredSources) =>
  groupMigrations(found.files.migration!, (f) => sectionFromContent(found.texts.get(f) ?? '')).sets;

const repo = (files: Record<string, string | Buffer>) => tempRepo(files, 'ad-discover-');

const K8S = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n';

describe('discoverSources', () => {
  test('finds each kind by name and by content', async () => {
    const root = repo({
      'api/spec.yaml': 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n',
      'api/swagger.json': '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}',
      'api/not-a-spec.yaml': 'name: something else\n',
      'db/migrations/001_a.up.sql': 'create table a (id int);',
      'db/migrations/001_a.down.sql': 'drop table a;',
      'deploy/docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
      'deploy/k8s/app.yaml': K8S,
      'infra/main.tf': 'resource "aws_s3_bucket" "b" {}\n',
      'package.json': '{"name": "x"}',
    });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.openapi).toEqual(['api/spec.yaml', 'api/swagger.json']);
    expect(migrationSets(found).map((s) => [s.dir, s.files.map((f) => f.file)])).toEqual([
      ['db/migrations', ['db/migrations/001_a.up.sql']],
    ]);
    expect(found.files.compose).toEqual(['deploy/docker-compose.yml']);
    expect(found.files.kubernetes).toEqual(['deploy/k8s/app.yaml']);
    expect(found.files.terraform).toEqual(['infra/main.tf']);
    expect(found.inputs.map((i) => `${i.kind}:${i.file}`)).toEqual([
      'openapi:api/spec.yaml',
      'openapi:api/swagger.json',
      // Not replayed, but an input: the runbook says whether the migration can be rolled back.
      'migration:db/migrations/001_a.down.sql',
      'migration:db/migrations/001_a.up.sql',
      'compose:deploy/docker-compose.yml',
      'kubernetes:deploy/k8s/app.yaml',
      'terraform:infra/main.tf',
    ]);
    expect(found.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
    expect(found.diagnostics).toEqual([]);
  });

  test('reads a description written out as both JSON and YAML once, and twins that differ twice', async () => {
    const spec = {
      swagger: '2.0',
      info: { title: 'Bookmarks', version: '1' },
      paths: { '/bookmarks': { get: { responses: { 200: { description: 'ok' } } } } },
    };
    const yaml = [
      'swagger: "2.0"',
      'info:',
      '  version: "1"',
      '  title: Bookmarks',
      'paths:',
      '  /bookmarks:',
      '    get:',
      '      responses:',
      '        "200":',
      '          description: ok',
      '',
    ].join('\n');
    const root = repo({
      'docs/swagger/swagger.json': JSON.stringify(spec, null, 2),
      'docs/swagger/swagger.yaml': yaml,
      // One operation more in the YAML: one of the two is stale, both are read and the clash is told.
      'api/v2/openapi.json': JSON.stringify(spec),
      'api/v2/openapi.yml': yaml.replace(
        'paths:\n',
        'paths:\n  /tags:\n    get: {responses: {"200": {description: ok}}}\n',
      ),
      // Same name in another folder: not a twin.
      'other/swagger.yaml': yaml,
    });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.files.openapi).toEqual([
      'api/v2/openapi.json',
      'api/v2/openapi.yml',
      'docs/swagger/swagger.json',
      'other/swagger.yaml',
    ]);
    expect(found.inputs.map((i) => i.file)).not.toContain('docs/swagger/swagger.yaml');
    expect(found.diagnostics).toEqual([
      {
        severity: 'notice',
        stage: 'openapi',
        file: 'docs/swagger/swagger.yaml',
        message:
          'docs/swagger/swagger.yaml holds the same API description as docs/swagger/swagger.json, ' +
          'only written in another format; docs/swagger/swagger.json was read',
      },
    ]);
  });

  test('a repository with no source of any kind is told so, with how to name the sources', async () => {
    const root = repo({ 'main.go': 'package main\n', 'README.md': '# x\n', 'config.yaml': 'port: 8080\n' });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    expect(found.inputs).toEqual([]);
    expect(found.diagnostics).toHaveLength(1);
    expect(found.diagnostics[0]).toMatchObject({ severity: 'warning', stage: 'discovery', file: '.' });
    expect(found.diagnostics[0]!.message).toMatch(
      /^no API contract, migration or infrastructure file found among the 3 files/,
    );
    expect(found.diagnostics[0]!.message).toContain('sources.openapi');
    expect(found.diagnostics[0]!.message.length).toBeLessThanOrEqual(240);
  });

  test('honours .gitignore (nested too), skips node_modules, vendor and the docs folder', async () => {
    const root = repo({
      '.gitignore': 'generated/\n',
      'generated/openapi.yaml': 'openapi: 3.0.0\n',
      'svc/.gitignore': 'local.yaml\n',
      'svc/local.yaml': 'openapi: 3.0.0\n',
      'svc/api.yaml': 'openapi: 3.0.0\n',
      'node_modules/pkg/openapi.yaml': 'openapi: 3.0.0\n',
      'vendor/x/openapi.yaml': 'openapi: 3.0.0\n',
      'docs/architecture/copy.yaml': 'openapi: 3.0.0\n',
    });
    const found = await discoverSources(root, AUTO_SOURCES, ['docs/architecture']);
    expect(found.files.openapi).toEqual(['svc/api.yaml']);
  });

  test('globs add files discovery would not find, and exclude removes files', async () => {
    const root = repo({
      'contracts/orders.api': 'openapi: 3.0.0\n',
      'legacy/openapi.yaml': 'openapi: 3.0.0\n',
      'schema/changes/a.sql': 'create table a (id int);',
    });
    const found = await discoverSources(
      root,
      { ...AUTO_SOURCES, openapi: ['contracts/*.api'], migrations: ['schema/changes'], exclude: ['legacy/**'] },
      [],
    );
    expect(found.files.openapi).toEqual(['contracts/orders.api']);
    expect(migrationSets(found).flatMap((s) => s.files.map((f) => f.file))).toEqual(['schema/changes/a.sql']);
    const onlyGlobs = await discoverSources(
      root,
      { ...AUTO_SOURCES, 'auto-discover': false, openapi: ['contracts/*.api'] },
      [],
    );
    expect(onlyGlobs.inputs.map((i) => i.file)).toEqual(['contracts/orders.api']);
  });

  test('paths bound auto-discovery to their folders; globs still name files anywhere', async () => {
    const spec = 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n';
    const root = repo({
      'services/billing/api/openapi.yaml': spec,
      'services/billing/tests/compose.yaml': 'services:\n  db:\n    image: postgres\n',
      'services/billing-legacy/api/openapi.yaml': spec,
      'services/shipping/api/openapi.yaml': spec,
      'shared/api/billing-events.yaml': spec,
    });
    const found = await discoverSources(
      root,
      { ...AUTO_SOURCES, paths: ['services/billing'], openapi: ['shared/api/billing-*.yaml'] },
      [],
    );
    // A folder is a folder: services/billing-legacy is not inside services/billing.
    expect(found.inputs.map((i) => i.file)).toEqual([
      'services/billing/api/openapi.yaml',
      'shared/api/billing-events.yaml',
    ]);
    // The skipped-test-folder notice counts only the system's own test folders.
    expect(found.diagnostics.map((d) => d.message).join('\n')).toContain('services/billing/tests/');
    const all = await discoverSources(root, AUTO_SOURCES, []);
    expect(all.files.openapi).toHaveLength(4);
  });

  test('a binary file with a .sql name gets a diagnostic, not a crash; a Helm template is claimed', async () => {
    const root = repo({
      'db/migrations/001_dump.up.sql': Buffer.from([0x50, 0x47, 0x00, 0x01, 0x02]),
      'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
    });
    const found = await discoverSources(root, AUTO_SOURCES, []);
    // The template goes to the Kubernetes kind, whose chart rendering decides (here: no Chart.yaml
    // above it, so a notice at extraction).
    expect(found.inputs.map((i) => [i.file, i.kind])).toEqual([['chart/templates/deploy.yaml', 'kubernetes']]);
    expect(found.diagnostics.map((d) => [d.severity, d.file])).toEqual([['warning', 'db/migrations/001_dump.up.sql']]);
    expect(found.diagnostics[0]!.message).toMatch(/binary file/);
  });
});
