import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Component } from '../../src/facts/model.js';
import { extractTerraform, referencedAddresses } from '../../src/sources/terraform/extract-terraform.js';

const read = (name: string) => ({
  file: `infra/${name}`,
  text: readFileSync(fileURLToPath(new URL(`../fixtures/infra/terraform/${name}`, import.meta.url)), 'utf8'),
});
const rootModule = [read('main.tf'), read('variables.tf')];

function component(components: Component[], id: string): Component {
  const found = components.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('extractTerraform', () => {
  it('makes a component per resource and module block, citing the block header line', async () => {
    const { facts, diagnostics } = await extractTerraform(rootModule);
    expect(diagnostics).toEqual([]);
    expect(facts.components.map((c) => `${c.id} ${c.kind} @${c.source.file}:${c.source.line}`)).toEqual([
      'tf:aws_db_instance.orders aws_db_instance @infra/main.tf:38',
      'tf:aws_iam_policy.assets_read aws_iam_policy @infra/main.tf:53',
      'tf:aws_iam_role.lambda aws_iam_role @infra/main.tf:79',
      'tf:aws_lambda_function.thumbnailer aws_lambda_function @infra/main.tf:63',
      'tf:aws_s3_bucket.assets aws_s3_bucket @infra/main.tf:49',
      'tf:aws_security_group.app aws_security_group @infra/main.tf:34',
      'tf:aws_security_group.db aws_security_group @infra/main.tf:22',
      'tf:aws_vpc.main aws_vpc @infra/main.tf:18',
      'tf:module.network module @infra/main.tf:13',
    ]);
    expect(facts.components.every((c) => c.platform === 'terraform')).toBe(true);
  });

  it('marks only code-running resources deployable, with image and env names', async () => {
    const { facts } = await extractTerraform(rootModule);
    expect(component(facts.components, 'tf:aws_lambda_function.thumbnailer')).toEqual({
      id: 'tf:aws_lambda_function.thumbnailer',
      platform: 'terraform',
      kind: 'aws_lambda_function',
      name: 'thumbnailer',
      deployable: true,
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/thumbnailer:1.0.0',
      ports: [],
      env: ['BUCKET', 'DATABASE_URL'],
      settings: { function_name: 'thumbnailer', package_type: 'Image' },
      source: { file: 'infra/main.tf', line: 63 },
    });
    expect(component(facts.components, 'tf:aws_db_instance.orders').deployable).toBe(false);
  });

  it('never keeps the default of a sensitive variable (others are documented, as terraform-docs does)', async () => {
    const { facts } = await extractTerraform(rootModule);
    const json = JSON.stringify(facts);
    expect(json).not.toContain('hunter2-terraform');
  });

  it('makes reference edges from expressions and depends_on edges, ignoring prose in heredocs', async () => {
    const { facts } = await extractTerraform(rootModule);
    expect(facts.edges).toEqual([
      {
        from: 'tf:aws_db_instance.orders',
        to: 'tf:aws_security_group.db',
        kind: 'reference',
        via: 'vpc_security_group_ids',
      },
      { from: 'tf:aws_db_instance.orders', to: 'tf:aws_vpc.main', kind: 'reference', via: 'tags.Name' },
      { from: 'tf:aws_db_instance.orders', to: 'tf:module.network', kind: 'reference', via: 'db_subnet_group_name' },
      // `${aws_s3_bucket.assets.arn}` inside the heredoc counts; `aws_db_instance.orders` in its prose does not.
      { from: 'tf:aws_iam_policy.assets_read', to: 'tf:aws_s3_bucket.assets', kind: 'reference', via: 'policy' },
      { from: 'tf:aws_lambda_function.thumbnailer', to: 'tf:aws_iam_policy.assets_read', kind: 'depends_on' },
      {
        from: 'tf:aws_lambda_function.thumbnailer',
        to: 'tf:aws_db_instance.orders',
        kind: 'reference',
        via: 'environment.variables.DATABASE_URL',
      },
      { from: 'tf:aws_lambda_function.thumbnailer', to: 'tf:aws_iam_role.lambda', kind: 'reference', via: 'role' },
      {
        from: 'tf:aws_lambda_function.thumbnailer',
        to: 'tf:aws_s3_bucket.assets',
        kind: 'reference',
        via: 'environment.variables.BUCKET',
      },
      { from: 'tf:aws_security_group.app', to: 'tf:aws_vpc.main', kind: 'reference', via: 'vpc_id' },
      {
        from: 'tf:aws_security_group.db',
        to: 'tf:aws_security_group.app',
        kind: 'reference',
        via: 'ingress.security_groups',
      },
      { from: 'tf:aws_security_group.db', to: 'tf:aws_vpc.main', kind: 'reference', via: 'vpc_id' },
    ]);
  });

  it('reads a called module as its instance, and keeps same-named resources of the root apart', async () => {
    const { facts, diagnostics } = await extractTerraform([...rootModule, read('modules/network/main.tf')]);
    expect(component(facts.components, 'tf:aws_vpc.main').source).toEqual({ file: 'infra/main.tf', line: 18 });
    // `module "network"` calls the folder: its resources are addressed through the call.
    expect(component(facts.components, 'tf:module.network.aws_vpc.main').source).toEqual({
      file: 'infra/modules/network/main.tf',
      line: 5,
    });
    expect(facts.edges).toContainEqual({
      from: 'tf:module.network.aws_subnet.private',
      to: 'tf:module.network.aws_vpc.main',
      kind: 'reference',
      via: 'vpc_id',
    });
    expect(facts.edges).toContainEqual({
      from: 'tf:module.network.aws_db_subnet_group.db',
      to: 'tf:module.network.aws_subnet.private',
      kind: 'reference',
      via: 'subnet_ids',
    });
    expect(diagnostics).toEqual([]);
  });

  it('reads the JSON syntax (.tf.json)', async () => {
    const { facts } = await extractTerraform([read('json/queue.tf.json')]);
    expect(facts.components.map((c) => [c.id, c.source.line])).toEqual([
      ['tf:aws_sqs_queue.orders', 4],
      ['tf:aws_sqs_queue_policy.orders', 9],
    ]);
    expect(facts.edges).toEqual([
      { from: 'tf:aws_sqs_queue_policy.orders', to: 'tf:aws_sqs_queue.orders', kind: 'reference', via: 'queue_url' },
    ]);
  });

  it('reports an HCL syntax error with its line and column, and reads the other files', async () => {
    const { facts, diagnostics } = await extractTerraform([read('broken/broken.tf'), ...rootModule]);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        stage: 'infra',
        file: 'infra/broken/broken.tf',
        line: 6,
        column: 11,
        message:
          'HCL syntax error: Invalid expression; Expected the start of an expression, but found an ' +
          'invalid expression token.',
      },
    ]);
    expect(facts.components).toHaveLength(9);
  });

  it('reports a JSON syntax error with its line', async () => {
    const { diagnostics } = await extractTerraform([
      { file: 'bad.tf.json', text: '{\n  "resource": {\n    a_b: {}\n  }\n}\n' },
    ]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', stage: 'infra', file: 'bad.tf.json', line: 3 });
  });

  it('returns nothing (and loads no parser) for no files', async () => {
    expect(await extractTerraform([])).toEqual({ facts: { components: [], edges: [] }, diagnostics: [] });
  });
});

describe('extractTerraform: settings and autoscaling', () => {
  const text = [
    'resource "aws_db_instance" "main" {',
    '  identifier        = "shop-${var.env}"',
    '  engine            = "postgres"',
    '  engine_version    = "16.3"',
    '  instance_class    = var.instance_class',
    '  allocated_storage = 20',
    '  multi_az          = true',
    '  username          = "shop"',
    '  password          = "hunter2-literal"',
    '  tags = { engine = "not-top-level" }',
    '}',
    '',
    'resource "aws_elasticache_replication_group" "sessions" {',
    '  replication_group_id = "sessions"',
    '  engine               = "redis"',
    '  node_type            = "cache.t4g.small"',
    '  num_cache_clusters   = 2',
    '  auth_token           = "tok-literal"',
    '}',
    '',
    'resource "aws_sqs_queue" "orders" {',
    '  name       = "orders.fifo"',
    '  fifo_queue = true',
    '}',
    '',
    'resource "aws_s3_bucket" "logs" {',
    '  bucket = "${local.prefix}-logs"',
    '}',
    '',
    'resource "aws_appautoscaling_target" "api" {',
    '  service_namespace  = "ecs"',
    '  scalable_dimension = "ecs:service:DesiredCount"',
    '  resource_id        = "service/${aws_ecs_cluster.main.name}/api"',
    '  min_capacity       = 2',
    '  max_capacity       = 8',
    '}',
  ].join('\n');

  it('keeps whitelisted top-level literals only: no variables, interpolations or secrets', async () => {
    const { facts, diagnostics } = await extractTerraform([{ file: 'infra/data.tf', text }]);
    expect(diagnostics).toEqual([]);
    expect(component(facts.components, 'tf:aws_db_instance.main').settings).toEqual({
      allocated_storage: '20',
      engine: 'postgres',
      engine_version: '16.3',
      multi_az: 'true',
    });
    expect(component(facts.components, 'tf:aws_elasticache_replication_group.sessions').settings).toEqual({
      engine: 'redis',
      node_type: 'cache.t4g.small',
      num_cache_clusters: '2',
      replication_group_id: 'sessions',
    });
    expect(component(facts.components, 'tf:aws_sqs_queue.orders').settings).toEqual({
      fifo_queue: 'true',
      name: 'orders.fifo',
    });
    expect(component(facts.components, 'tf:aws_s3_bucket.logs').settings).toBeUndefined();
    expect(JSON.stringify(facts)).not.toMatch(/hunter2|tok-literal|not-top-level/);
  });

  it('reads an application autoscaling target as min and max capacity', async () => {
    const { facts } = await extractTerraform([{ file: 'infra/data.tf', text }]);
    expect(component(facts.components, 'tf:aws_appautoscaling_target.api')).toMatchObject({
      autoscaling: { min: 2, max: 8, metrics: [] },
      settings: { scalable_dimension: 'ecs:service:DesiredCount', service_namespace: 'ecs' },
    });
  });
});

describe('referencedAddresses', () => {
  it('finds resource and module addresses inside interpolations only', () => {
    expect(referencedAddresses('${aws_vpc.main.id}')).toEqual(['aws_vpc.main']);
    expect(referencedAddresses('arn:${aws_s3_bucket.logs.arn}/* and aws_s3_bucket.other')).toEqual([
      'aws_s3_bucket.logs',
    ]);
    expect(referencedAddresses('${module.vpc.private_subnets[0]}')).toEqual(['module.vpc']);
    expect(referencedAddresses('${data.aws_ami.ubuntu.id}')).toEqual([]);
    expect(referencedAddresses('${var.x} ${local.y} ${each.value.z}')).toEqual([]);
    expect(referencedAddresses('${[for s in aws_subnet.private : s.cidr_block]}')).toEqual(['aws_subnet.private']);
    expect(referencedAddresses('$${aws_vpc.literal}')).toEqual([]);
    expect(referencedAddresses('%{ for n in aws_instance.web }${n.id}%{ endfor }')).toEqual(['aws_instance.web']);
  });
});
