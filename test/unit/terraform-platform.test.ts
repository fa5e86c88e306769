// The platform fixture read end to end: a root module with local modules (one nesting another),
// registry modules, variables (one sensitive with a fake default), outputs, providers and a
// backend. Every expectation here was written from reading the fixture's files, not from output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InfraFacts, TerraformModuleFacts } from '../../src/facts/model.js';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { extractTerraform } from '../../src/sources/terraform/extract-terraform.js';
import { terraformSource } from '../../src/sources/terraform/terraform-source.js';

const ROOT = fileURLToPath(new URL('../fixtures/infra/terraform/platform', import.meta.url));
const ROOT_FILES = ['main.tf', 'monitoring.tf.json', 'outputs.tf', 'providers.tf', 'variables.tf', 'versions.tf'];
const read = (file: string) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });

function allTerraformFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return allTerraformFiles(path);
    return /\.tf(\.json)?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** Root files only: the module folders come through the reader. */
async function extractRoot() {
  return extractTerraform(ROOT_FILES.map(read), { reader: repoReader(ROOT, () => undefined) });
}

function moduleFacts(facts: InfraFacts, folder: string): TerraformModuleFacts {
  const found = facts.terraform?.modules.find((m) => m.module === folder);
  if (!found) throw new Error(`no module folder ${folder}`);
  return found;
}

describe('Terraform platform fixture', () => {
  it('makes root resources, module calls and the resources inside local modules components', async () => {
    const { facts, diagnostics } = await extractRoot();
    expect(diagnostics).toEqual([]);
    expect(facts.components.map((c) => `${c.id} @${c.source.file}:${c.source.line}`)).toEqual([
      'tf:aws_cloudwatch_log_group.app @monitoring.tf.json:4',
      'tf:aws_iam_role.app @main.tf:58',
      'tf:aws_s3_bucket.assets @main.tf:52',
      'tf:aws_security_group.app @main.tf:66',
      'tf:module.database @main.tf:25',
      'tf:module.database.aws_db_instance.this @modules/database/main.tf:11',
      'tf:module.database.aws_db_subnet_group.this @modules/database/main.tf:6',
      'tf:module.database.module.kms @modules/database/main.tf:1',
      'tf:module.database.module.kms.aws_kms_alias.this @modules/kms/main.tf:10',
      'tf:module.database.module.kms.aws_kms_key.this @modules/kms/main.tf:5',
      'tf:module.eks @main.tf:43',
      'tf:module.network @main.tf:17',
      'tf:module.network.aws_route_table.private @modules/network/main.tf:16',
      'tf:module.network.aws_route_table_association.private @modules/network/main.tf:20',
      'tf:module.network.aws_subnet.private @modules/network/main.tf:9',
      'tf:module.network.aws_vpc.this @modules/network/main.tf:1',
      'tf:module.vpc @main.tf:33',
    ]);
    // Commented-out headers are not blocks.
    expect(JSON.stringify(facts)).not.toContain('aws_fake');
  });

  it('keeps a registry module as one component with its source and version', async () => {
    const { facts } = await extractRoot();
    const byId = new Map(facts.components.map((c) => [c.id, c]));
    expect(byId.get('tf:module.vpc')).toMatchObject({
      kind: 'module',
      name: 'vpc',
      settings: { source: 'terraform-aws-modules/vpc/aws', version: '~> 5.0' },
    });
    expect(byId.get('tf:module.eks')?.settings).toEqual({ source: 'terraform-aws-modules/eks/aws', version: '20.8.4' });
    expect(byId.get('tf:module.network')?.settings).toEqual({ source: './modules/network' });
    expect(byId.get('tf:module.database.aws_db_instance.this')?.settings).toEqual({
      engine: 'postgres',
      engine_version: '16.3',
      instance_class: 'db.t4g.medium',
    });
  });

  it('resolves references within each module instance, and through locals', async () => {
    const { facts } = await extractRoot();
    expect(facts.edges).toEqual([
      { from: 'tf:aws_security_group.app', to: 'tf:module.network', kind: 'reference', via: 'vpc_id' },
      // `subnet_ids = local.private_subnets`, and that local is `module.network.private_subnet_ids`.
      { from: 'tf:module.database', to: 'tf:module.network', kind: 'reference', via: 'subnet_ids' },
      {
        from: 'tf:module.database.aws_db_instance.this',
        to: 'tf:module.database.aws_db_subnet_group.this',
        kind: 'reference',
        via: 'db_subnet_group_name',
      },
      {
        from: 'tf:module.database.aws_db_instance.this',
        to: 'tf:module.database.module.kms',
        kind: 'reference',
        via: 'kms_key_id',
      },
      {
        from: 'tf:module.database.module.kms.aws_kms_alias.this',
        to: 'tf:module.database.module.kms.aws_kms_key.this',
        kind: 'reference',
        via: 'target_key_id',
      },
      { from: 'tf:module.eks', to: 'tf:module.vpc', kind: 'reference', via: 'subnet_ids, vpc_id' },
      {
        from: 'tf:module.network.aws_route_table.private',
        to: 'tf:module.network.aws_vpc.this',
        kind: 'reference',
        via: 'vpc_id',
      },
      {
        from: 'tf:module.network.aws_route_table_association.private',
        to: 'tf:module.network.aws_route_table.private',
        kind: 'reference',
        via: 'route_table_id',
      },
      {
        from: 'tf:module.network.aws_route_table_association.private',
        to: 'tf:module.network.aws_subnet.private',
        kind: 'reference',
        via: 'count, subnet_id',
      },
      {
        from: 'tf:module.network.aws_subnet.private',
        to: 'tf:module.network.aws_vpc.this',
        kind: 'reference',
        via: 'vpc_id',
      },
    ]);
  });

  it('records the root variables, withholding every secret default', async () => {
    const { facts } = await extractRoot();
    const at = (line: number) => ({ file: 'variables.tf', line });
    expect(moduleFacts(facts, '.').variables).toEqual([
      {
        name: 'alerting',
        type: 'object({\n    channel        = string\n    admin_password = string\n  })',
        hasDefault: true,
        defaultWithheld: true, // `admin_password` inside the default
        sensitive: false,
        validations: 0,
        usedBy: [],
        source: at(53),
      },
      {
        name: 'api_token',
        type: 'string',
        description: 'Token for the status page.',
        hasDefault: true,
        defaultWithheld: true, // the name is secret-like
        sensitive: false,
        validations: 0,
        usedBy: [],
        source: at(47),
      },
      {
        name: 'asset_buckets',
        type: 'list(string)',
        description: 'Suffixes of the asset buckets.',
        hasDefault: true,
        default: '["media","exports"]',
        sensitive: false,
        validations: 0,
        usedBy: ['aws_s3_bucket.assets'],
        source: at(23),
      },
      {
        name: 'create_app_role',
        type: 'bool',
        hasDefault: true,
        default: 'true',
        sensitive: false,
        validations: 0,
        usedBy: ['aws_iam_role.app'],
        source: at(29),
      },
      {
        name: 'db_master_password',
        type: 'string',
        description: 'Master password of the database.',
        hasDefault: true,
        defaultWithheld: true,
        sensitive: true,
        validations: 0,
        usedBy: ['module.database', 'output.database_url'],
        source: at(40),
      },
      {
        name: 'environment',
        type: 'string',
        description: 'Deployment environment (staging or production).',
        hasDefault: true,
        default: '"staging"',
        sensitive: false,
        validations: 1,
        usedBy: ['local.common_tags', 'local.name'],
        source: at(1),
      },
      {
        name: 'ingress_ports',
        type: 'list(number)',
        hasDefault: true,
        default: '[443]',
        sensitive: false,
        nullable: false,
        validations: 0,
        usedBy: ['aws_security_group.app'],
        source: at(34),
      },
      {
        name: 'region',
        type: 'string',
        description: 'AWS region of the platform.',
        hasDefault: true,
        default: '"eu-west-1"',
        sensitive: false,
        validations: 0,
        usedBy: ['provider.aws'],
        source: at(12),
      },
      {
        name: 'vpc_cidr',
        type: 'string',
        hasDefault: true,
        default: '"10.0.0.0/16"',
        sensitive: false,
        validations: 0,
        usedBy: ['aws_security_group.app', 'module.network'],
        source: at(18),
      },
    ]);
  });

  it('never lets a secret default (or the tfvars file) into the facts', async () => {
    for (const run of [await extractRoot(), await extractTerraform(allTerraformFiles(ROOT).map(read))]) {
      const json = JSON.stringify(run.facts);
      for (const secret of ['hunter2', 'tok-fake-statuspage', 'nested-fake-pw', 'tfvars-fake-secret', 'acme-tf-state'])
        expect(json).not.toContain(secret);
    }
  });

  it('records outputs with the blocks (and module outputs) their values read', async () => {
    const { facts } = await extractRoot();
    expect(moduleFacts(facts, '.').outputs).toEqual([
      {
        name: 'asset_bucket_arns',
        sensitive: false,
        references: ['aws_s3_bucket.assets'],
        source: { file: 'outputs.tf', line: 15 },
      },
      {
        name: 'database_endpoint',
        description: 'Where the application connects.',
        sensitive: false,
        references: ['module.database.endpoint'],
        source: { file: 'outputs.tf', line: 6 },
      },
      {
        name: 'database_url',
        sensitive: true,
        references: ['module.database.endpoint', 'var.db_master_password'],
        source: { file: 'outputs.tf', line: 19 },
      },
      {
        name: 'eks_cluster_name',
        sensitive: false,
        references: ['module.eks.cluster_name'],
        source: { file: 'outputs.tf', line: 11 },
      },
      {
        name: 'log_group',
        sensitive: false,
        references: ['aws_cloudwatch_log_group.app'],
        source: { file: 'monitoring.tf.json', line: 11 },
      },
      {
        name: 'vpc_id',
        description: 'The platform VPC.',
        sensitive: false,
        references: ['module.network.vpc_id'],
        source: { file: 'outputs.tf', line: 1 },
      },
    ]);
  });

  it('records providers, the required version and the backend type (not its settings)', async () => {
    const { facts } = await extractRoot();
    const root = moduleFacts(facts, '.');
    expect(root.requiredVersion).toBe('>= 1.6.0');
    expect(root.backend).toEqual({ type: 's3', source: { file: 'versions.tf', line: 15 } });
    expect(root.providers).toEqual([
      { name: 'aws', declaredBy: 'configured', source: { file: 'providers.tf', line: 1 } },
      { name: 'aws', declaredBy: 'configured', alias: 'us_east_1', source: { file: 'providers.tf', line: 10 } },
      {
        name: 'aws',
        declaredBy: 'required',
        providerSource: 'hashicorp/aws',
        version: '>= 5.40, < 6.0',
        source: { file: 'versions.tf', line: 5 },
      },
      {
        name: 'random',
        declaredBy: 'required',
        providerSource: 'hashicorp/random',
        version: '~> 3.6',
        source: { file: 'versions.tf', line: 9 },
      },
    ]);
  });

  it('records module calls, local ones resolved to their folder, and which folders are called', async () => {
    const { facts } = await extractRoot();
    expect(moduleFacts(facts, '.').moduleCalls).toEqual([
      {
        name: 'database',
        moduleSource: './modules/database',
        sourceKind: 'local',
        folder: 'modules/database',
        inputs: ['master_password', 'name', 'subnet_ids'],
        references: ['local.name', 'local.private_subnets', 'var.db_master_password'],
        source: { file: 'main.tf', line: 25 },
      },
      {
        name: 'eks',
        moduleSource: 'terraform-aws-modules/eks/aws',
        sourceKind: 'registry',
        registry: 'terraform-aws-modules/eks/aws',
        version: '20.8.4',
        inputs: ['cluster_name', 'subnet_ids', 'vpc_id'],
        references: ['local.name', 'module.vpc.private_subnets', 'module.vpc.vpc_id'],
        source: { file: 'main.tf', line: 43 },
      },
      {
        name: 'network',
        moduleSource: './modules/network',
        sourceKind: 'local',
        folder: 'modules/network',
        inputs: ['azs', 'cidr_block', 'name'],
        references: ['data.aws_availability_zones.available', 'local.name', 'var.vpc_cidr'],
        source: { file: 'main.tf', line: 17 },
      },
      {
        name: 'vpc',
        moduleSource: 'terraform-aws-modules/vpc/aws',
        sourceKind: 'registry',
        registry: 'terraform-aws-modules/vpc/aws',
        version: '~> 5.0',
        inputs: ['azs', 'cidr', 'name', 'tags'],
        references: ['data.aws_availability_zones.available', 'local.common_tags', 'local.name'],
        source: { file: 'main.tf', line: 33 },
      },
    ]);
    expect(moduleFacts(facts, 'modules/database').moduleCalls).toMatchObject([
      { name: 'kms', moduleSource: '../kms', sourceKind: 'local', folder: 'modules/kms' },
    ]);
    expect(facts.terraform?.modules.map((m) => [m.module, m.called])).toEqual([
      ['.', false],
      ['modules/database', true],
      ['modules/kms', true],
      ['modules/network', true],
    ]);
  });

  it('records resources and data sources with their repetition and references, and the locals', async () => {
    const { facts } = await extractRoot();
    const root = moduleFacts(facts, '.');
    expect(
      root.resources.map((r) => [r.address, r.mode, r.repeat ?? '-', r.references.join(' '), r.source.line]),
    ).toEqual([
      ['aws_cloudwatch_log_group.app', 'managed', '-', 'local.name', 4],
      ['aws_iam_role.app', 'managed', 'count', 'local.name var.create_app_role', 58],
      ['aws_s3_bucket.assets', 'managed', 'for_each', 'local.common_tags local.name var.asset_buckets', 52],
      ['aws_security_group.app', 'managed', '-', 'local.name module.network.vpc_id var.ingress_ports var.vpc_cidr', 66],
      ['data.aws_availability_zones.available', 'data', '-', '', 13],
    ]);
    expect(root.locals).toEqual([
      { name: 'common_tags', references: ['var.environment'], source: { file: 'main.tf', line: 6 } },
      { name: 'name', references: ['var.environment'], source: { file: 'main.tf', line: 5 } },
      {
        name: 'private_subnets',
        references: ['module.network.private_subnet_ids'],
        source: { file: 'main.tf', line: 10 },
      },
    ]);
    const network = moduleFacts(facts, 'modules/network');
    expect(network.variables.map((v) => [v.name, v.type, v.hasDefault, v.usedBy.join(' ')])).toEqual([
      ['azs', 'list(string)', false, 'aws_subnet.private'],
      ['cidr_block', 'string', false, 'aws_subnet.private aws_vpc.this'],
      ['name', 'string', false, 'aws_vpc.this'],
    ]);
    expect(network.resources.find((r) => r.address === 'aws_subnet.private')?.repeat).toBe('count');
    expect(moduleFacts(facts, 'modules/database').variables.find((v) => v.name === 'master_password')).toMatchObject({
      sensitive: true,
      hasDefault: false,
      usedBy: ['aws_db_instance.this'],
    });
  });

  it('returns the module files it read beyond those handed in, and the same facts when all are handed', async () => {
    const fromRoot = await extractRoot();
    expect([...(fromRoot.alsoRead?.keys() ?? [])].sort()).toEqual([
      'modules/database/main.tf',
      'modules/database/outputs.tf',
      'modules/database/variables.tf',
      'modules/kms/main.tf',
      'modules/network/main.tf',
      'modules/network/outputs.tf',
      'modules/network/variables.tf',
    ]);
    const all = await extractTerraform(allTerraformFiles(ROOT).sort().map(read), {
      reader: repoReader(ROOT, () => undefined),
    });
    expect(all.alsoRead).toBeUndefined();
    expect(all.facts).toEqual(fromRoot.facts);
  });

  it('reads module folders through the source kind, with the repo reader', async () => {
    const texts = new Map(ROOT_FILES.map((f) => [f, read(f).text]));
    const r = await terraformSource.extract({
      repoRoot: ROOT,
      files: ROOT_FILES,
      text: (f) => texts.get(f)!,
      settings: {} as never,
    });
    expect(r.facts.infra?.components.some((c) => c.id === 'tf:module.database.module.kms.aws_kms_key.this')).toBe(true);
    expect(r.alsoRead?.has('modules/kms/main.tf')).toBe(true);
    const kms = r.facts.infra!.components.find((c) => c.id === 'tf:module.database.module.kms.aws_kms_key.this')!;
    expect(terraformSource.components.diagramName(kms)).toBe('module.database.module.kms.this');
    expect(terraformSource.components.reference(kms)).toBe('aws_kms_key/module.database.module.kms.this');
  });
});
