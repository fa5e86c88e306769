import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load-config.js';

function repoWith(configText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-config-'));
  if (configText !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/architect-docs.yml'), configText);
  }
  return dir;
}

describe('loadConfig', () => {
  test('defaults without a config file', async () => {
    const c = await loadConfig(repoWith(), {});
    expect(c).toMatchObject({ docsDir: 'docs/architecture', mode: 'write', force: false, configFile: undefined });
    expect(c.sources).toEqual({
      'auto-discover': true,
      openapi: [],
      contracts: [],
      migrations: [],
      infra: [],
      exclude: [],
      'include-test-folders': false,
      'migration-placeholders': {},
      helm: [],
      'render-tools': 'auto',
    });
  });

  test('reads the config file; inputs override it', async () => {
    const repo = repoWith('docs-dir: docs/design\nsources:\n  openapi: [api/*.yaml]\n  exclude: ["legacy/**"]\n');
    const c = await loadConfig(repo, {});
    expect(c.docsDir).toBe('docs/design');
    expect(c.sources.openapi).toEqual(['api/*.yaml']);
    expect(c.sources['auto-discover']).toBe(true);
    expect((await loadConfig(repo, { docsDir: 'other/docs' })).docsDir).toBe('other/docs');
  });

  test('an unknown key is an error naming the key, the file and the line', async () => {
    const repo = repoWith('docs-dir: docs\nsources:\n  openapi: []\n  migratons: [db]\n');
    const err = await loadConfig(repo, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).message).toBe('.github/architect-docs.yml:4: unknown key "sources.migratons"');
  });

  test('a wrong type is an error naming the key and its line', async () => {
    const repo = repoWith('docs-dir: docs\nsources:\n  openapi: api.yaml\n');
    const err = (await loadConfig(repo, {}).catch((e: unknown) => e)) as ConfigError;
    expect(err.file).toBe('.github/architect-docs.yml');
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/"sources\.openapi": .*array/i);
  });

  test('invalid YAML is reported with its line', async () => {
    const err = (await loadConfig(repoWith('docs-dir: [unclosed\n'), {}).catch((e: unknown) => e)) as ConfigError;
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/^\.github\/architect-docs\.yml:\d+: invalid YAML/);
  });

  test('a docs folder outside the repository is refused', async () => {
    await expect(loadConfig(repoWith(), { docsDir: '../elsewhere' })).rejects.toThrow(
      /docs-dir must be a folder inside the repository/,
    );
    await expect(loadConfig(repoWith(), { docsDir: '/etc' })).rejects.toThrow(/inside the repository/);
  });

  test('an unknown mode is refused', async () => {
    await expect(loadConfig(repoWith(), { mode: 'publish' })).rejects.toThrow(
      'inputs: mode must be one of write, check, pull-request, commit, got "publish"',
    );
  });

  test('a config file named explicitly must exist', async () => {
    await expect(loadConfig(repoWith(), { configFile: 'conf/ad.yml' })).rejects.toThrow(
      /conf\/ad\.yml: cannot read the config file/,
    );
  });
});

describe('loadConfig: the Backstage catalog', () => {
  test('off by default, with the documented defaults', async () => {
    const repo = repoWith();
    expect((await loadConfig(repo, {})).catalog).toEqual({
      backstage: false,
      file: 'docs/architecture/catalog-info.yaml',
      owner: 'unknown',
      lifecycle: 'production',
      system: basename(repo),
      sourceLocation: undefined,
    });
  });

  test('every setting from the file; the path is relative to the docs folder', async () => {
    const repo = repoWith(
      'docs-dir: docs/design\n' +
        'catalog:\n  backstage: true\n  owner: group:default/checkout\n  lifecycle: experimental\n' +
        '  system: shop\n  path: backstage/catalog.yml\n  source-location: https://github.com/acme/shop/tree/main/\n',
    );
    expect((await loadConfig(repo, {})).catalog).toEqual({
      backstage: true,
      file: 'docs/design/backstage/catalog.yml',
      owner: 'group:default/checkout',
      lifecycle: 'experimental',
      system: 'shop',
      sourceLocation: 'https://github.com/acme/shop/tree/main/',
    });
    // The docs folder given as an input moves the catalog with it.
    expect((await loadConfig(repo, { docsDir: 'other' })).catalog.file).toBe('other/backstage/catalog.yml');
  });

  test('a path leaving the docs folder, or not a YAML file, is refused at its line', async () => {
    const outside = (await loadConfig(
      repoWith('catalog:\n  backstage: true\n  path: ../catalog-info.yaml\n'),
      {},
    ).catch((e: unknown) => e)) as ConfigError;
    expect(outside).toBeInstanceOf(ConfigError);
    expect(outside.message).toBe('.github/architect-docs.yml:3: "catalog.path": must be a file inside the docs folder');
    const absolute = (await loadConfig(repoWith('catalog:\n  path: /tmp/x.yaml\n'), {}).catch(
      (e: unknown) => e,
    )) as Error;
    expect(absolute.message).toMatch(/catalog\.path": must be a file inside the docs folder/);
    const markdown = (await loadConfig(repoWith('catalog:\n  path: catalog.md\n'), {}).catch(
      (e: unknown) => e,
    )) as Error;
    expect(markdown.message).toMatch(/catalog\.path": must name a \.yaml or \.yml file/);
  });

  test('an owner or system Backstage would reject is refused', async () => {
    await expect(loadConfig(repoWith('catalog:\n  owner: "checkout team"\n'), {})).rejects.toThrow(
      /:2: "catalog\.owner": must be a Backstage entity reference/,
    );
    await expect(loadConfig(repoWith('catalog:\n  system: -shop\n'), {})).rejects.toThrow(
      /:2: "catalog\.system": must be a Backstage entity name/,
    );
  });
});

describe('a repository without a config file', () => {
  test('gets the same sources the schema gives an empty file, without loading the schema', async () => {
    const { sourcesSchema } = await import('../../src/config/config-schema.js');
    const none = await loadConfig(repoWith(), {});
    const empty = await loadConfig(repoWith('sources: {}\n'), {});
    expect(none.sources).toEqual(sourcesSchema.parse(undefined));
    expect(none.sources).toEqual(empty.sources);
    expect(none.configFile).toBeUndefined();
  });
});
