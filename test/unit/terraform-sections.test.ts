// The infrastructure doc's Terraform modules section, terraform-docs style, on the platform fixture:
// what a reader sees for inputs, outputs, providers and module calls.

import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { stringify } from '../../src/docs/markdown.js';
import { infraTerraformModules } from '../../src/docs/sections/terraform-sections.js';
import { extractFacts } from '../../src/pipeline.js';

async function rendered(): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), 'ad-tf-docs-'));
  cpSync(join(import.meta.dirname, '../fixtures/infra/terraform/platform'), join(repo, 'infra'), { recursive: true });
  const facts = await extractFacts(await loadConfig(repo, {}));
  return stringify(
    infraTerraformModules({
      facts,
      docFile: 'docs/architecture/infrastructure.md',
      docsDir: 'docs/architecture',
      services: [],
    }),
  );
}

describe('Terraform modules in the docs', () => {
  it('one heading per folder: the root module, then the modules it calls', async () => {
    const md = await rendered();
    expect(md.split('\n').filter((l) => l.startsWith('### '))).toEqual([
      '### `infra` (root module)',
      '### `infra/modules/database` (called as a module)',
      '### `infra/modules/kms` (called as a module)',
      '### `infra/modules/network` (called as a module)',
    ]);
  });

  it('inputs with type and default; secrets withheld, never shown', async () => {
    const md = await rendered();
    const row = (name: string) => md.split('\n').find((l) => l.startsWith(`| \`${name}\``));
    expect(row('region')).toContain('| `string` | `"eu-west-1"` | AWS region of the platform. |');
    expect(row('db_master_password')).toContain('(sensitive) | `string` | _withheld (secret)_ |');
    expect(row('api_token')).toContain('| `string` | _withheld (secret)_ |');
    // An object type is one line, its comments gone.
    expect(row('alerting')).toMatch(/\| `object\(\{ channel = string admin_password = string \}\)` \|/);
    expect(md).not.toContain('hunter2-platform-root');
    expect(md).not.toContain('tok-fake-statuspage-8812');
  });

  it('a provider block and its required_providers entry are one row; an alias is its own', async () => {
    const md = await rendered();
    expect(md.split('\n').filter((l) => l.startsWith('| `aws`'))).toEqual([
      '| `aws` | — | — | `us_east_1` | [infra/providers.tf:10](../../infra/providers.tf#L10) |',
      '| `aws` | `hashicorp/aws` | `>= 5.40, < 6.0` | — | [infra/versions.tf:5](../../infra/versions.tf#L5) |',
    ]);
  });

  it('module calls name their source and version', async () => {
    const md = await rendered();
    expect(md).toContain('| `vpc` | `terraform-aws-modules/vpc/aws` (registry) | `~> 5.0` |');
    expect(md).toContain('| `network` | `infra/modules/network` (local) | — |');
  });
});
