import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig, type Overrides } from '../../src/config/load-config.js';
import { resolveSystems } from '../../src/config/resolve-systems.js';

function repoWith(configText?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ad-systems-'));
  if (configText !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/architect-docs.yml'), configText);
  }
  return dir;
}

async function resolve(configText: string | undefined, system?: string, overrides: Overrides = {}) {
  return resolveSystems(await loadConfig(repoWith(configText), overrides), system);
}

async function resolveError(configText: string | undefined, system?: string, overrides: Overrides = {}) {
  const err = await resolve(configText, system, overrides).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return (err as ConfigError).message;
}

const TWO_SYSTEMS = `
sources:
  exclude: ["**/legacy/**"]
  migration-dialect: postgres
agent:
  model: haiku
  max-input-tokens: 30000
catalog:
  owner: group:platform
systems:
  billing:
    docs-dir: services/billing/docs
    sources:
      paths: [services/billing]
    agent:
      model: opus
  shipping:
    docs-dir: services/shipping/docs
    templates-dir: services/shipping/templates
    sources:
      paths: [services/shipping/]
      auto-discover: false
      openapi: [services/shipping/api/*.yaml]
    catalog:
      system: logistics
`;

describe('resolveSystems', () => {
  test('without systems: the loaded config, exactly', async () => {
    const repo = repoWith('docs-dir: docs/design\nsources:\n  openapi: [api/*.yaml]\n');
    const loaded = await loadConfig(repo, {});
    expect(resolveSystems(loaded)).toEqual([loaded]);
    expect(loaded.system).toBeUndefined();
    expect(loaded.systems).toBeUndefined();
    // No config file at all is one system too.
    const none = await loadConfig(repoWith(), {});
    expect(resolveSystems(none)).toEqual([none]);
  });

  test('each system inherits what it leaves out and replaces what it sets', async () => {
    const [billing, shipping] = await resolve(TWO_SYSTEMS);
    expect(billing!.system).toBe('billing');
    expect(billing!.docsDir).toBe('services/billing/docs');
    expect(billing!.sources).toMatchObject({
      'auto-discover': true,
      paths: ['services/billing'],
      exclude: ['**/legacy/**'],
      'migration-dialect': 'postgres',
      openapi: [],
    });
    expect(billing!.agent).toMatchObject({ model: 'opus', maxInputTokens: 30_000 });
    expect(billing!.catalog).toMatchObject({
      system: 'billing',
      owner: 'group:platform',
      file: 'services/billing/docs/catalog-info.yaml',
    });
    expect(billing!.templatesDir).toBeUndefined();
    expect(billing!.systems).toBeUndefined();

    expect(shipping!.system).toBe('shipping');
    expect(shipping!.templatesDir).toBe('services/shipping/templates');
    // A trailing slash is the same folder; the top level's keys stay where the system is silent.
    expect(shipping!.sources).toMatchObject({
      'auto-discover': false,
      paths: ['services/shipping'],
      openapi: ['services/shipping/api/*.yaml'],
      exclude: ['**/legacy/**'],
    });
    expect(shipping!.agent.model).toBe('haiku');
    expect(shipping!.catalog.system).toBe('logistics');
  });

  test('inputs still win over both levels of the file', async () => {
    const [billing, shipping] = await resolve(TWO_SYSTEMS, undefined, { model: 'sonnet', mode: 'check' });
    expect([billing!.agent.model, shipping!.agent.model]).toEqual(['sonnet', 'sonnet']);
    expect([billing!.mode, shipping!.mode]).toEqual(['check', 'check']);
  });

  test('a name runs that system only; a docs-dir override then applies to it', async () => {
    const only = await resolve(TWO_SYSTEMS, 'shipping');
    expect(only.map((c) => c.system)).toEqual(['shipping']);
    const moved = await resolve(TWO_SYSTEMS, 'billing', { docsDir: 'elsewhere/docs' });
    expect(moved.map((c) => c.docsDir)).toEqual(['elsewhere/docs']);
    expect(await resolveError(TWO_SYSTEMS, undefined, { docsDir: 'elsewhere/docs' })).toContain(
      'docs-dir cannot be given for all systems at once',
    );
  });

  test('an unknown name is an error naming the known systems', async () => {
    expect(await resolveError(TWO_SYSTEMS, 'payments')).toBe(
      'inputs: unknown system "payments": .github/architect-docs.yml defines "billing", "shipping"',
    );
    expect(await resolveError('docs-dir: docs\n', 'billing')).toContain(
      'system "billing" was asked for, but .github/architect-docs.yml defines no systems',
    );
  });

  test('a name that is not a lowercase slug is an error, in the file and as an input', async () => {
    expect(await resolveError(TWO_SYSTEMS, 'Billing')).toContain('system "Billing" must be a lowercase slug');
    const message = await resolveError('systems:\n  Billing_API:\n    docs-dir: docs/billing\n');
    expect(message).toContain('.github/architect-docs.yml:');
    expect(message).toContain('system name must be a lowercase slug');
  });

  test('two systems sharing or nesting a docs folder is an error', async () => {
    const shared = 'systems:\n  a:\n    docs-dir: docs/arch\n  b:\n    docs-dir: docs/arch/\n';
    expect(await resolveError(shared)).toBe(
      '.github/architect-docs.yml: systems "a" and "b" share the docs-dir "docs/arch": each system needs its own',
    );
    // Even a job that runs only one of them fails: the config is wrong for every job.
    expect(await resolveError(shared, 'a')).toContain('share the docs-dir');
    const nested = 'systems:\n  a:\n    docs-dir: docs\n  b:\n    docs-dir: docs/b\n';
    expect(await resolveError(nested)).toContain('are nested');
  });

  test('a system needs a docs-dir; the top level may not set one', async () => {
    expect(await resolveError('systems:\n  a:\n    sources:\n      paths: [a]\n')).toContain('"systems.a.docs-dir"');
    expect(await resolveError('docs-dir: docs\nsystems:\n  a:\n    docs-dir: docs/a\n')).toContain(
      'docs-dir at the top level has no use with systems',
    );
    expect(await resolveError('systems:\n  a:\n    docs-dir: ../outside\n')).toContain(
      'docs-dir must be a folder inside the repository',
    );
    expect(await resolveError('systems: {}\n')).toContain('must name at least one system');
  });
});
