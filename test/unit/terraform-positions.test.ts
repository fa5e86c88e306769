import { describe, expect, it } from 'vitest';
import { lineOf, positionIndex } from '../../src/sources/terraform/block-positions.js';
import { moduleSource } from '../../src/sources/terraform/module-source.js';

describe('Terraform block positions', () => {
  it('finds headers written every way HCL allows, and none inside comments, strings or heredocs', () => {
    const text = [
      '# resource "aws_fake" "hash_comment" {', // 1
      '// resource "aws_fake" "slash_comment" {', // 2
      '/* resource "aws_fake" "block_comment" {', // 3
      '}*/', // 4
      'resource "aws_s3_bucket" "tight"{', // 5
      '  policy = <<-EOT', // 6
      '    resource "aws_fake" "in_heredoc" {', // 7
      '  EOT', // 8
      '  note = "resource \\"aws_fake\\" \\"in_string\\" { ${var.x} }"', // 9
      '}', // 10
      'resource aws_vpc bare {', // 11
      '  tags = { Name = "x" }', // 12
      '}', // 13
      'variable "region" { default = "eu-west-1" }', // 14
      'provider "aws" {}', // 15
      'provider "aws" {', // 16
      '  alias = "east"', // 17
      '}', // 18
      'terraform {', // 19
      '  required_providers {', // 20
      '    aws = { source = "hashicorp/aws" }', // 21
      '  }', // 22
      '  backend "s3" {}', // 23
      '}', // 24
    ].join('\n');
    const index = positionIndex('main.tf', text);
    expect(index.lines(['resource', 'aws_fake', 'hash_comment'])).toEqual([]);
    expect(index.lines(['resource', 'aws_fake', 'slash_comment'])).toEqual([]);
    expect(index.lines(['resource', 'aws_fake', 'block_comment'])).toEqual([]);
    expect(index.lines(['resource', 'aws_fake', 'in_heredoc'])).toEqual([]);
    expect(index.lines(['resource', 'aws_fake', 'in_string'])).toEqual([]);
    expect(index.lines(['resource', 'aws_s3_bucket', 'tight'])).toEqual([5]);
    expect(index.lines(['resource', 'aws_s3_bucket', 'tight', 'note'])).toEqual([9]);
    expect(index.lines(['resource', 'aws_vpc', 'bare'])).toEqual([11]);
    expect(index.lines(['resource', 'aws_vpc', 'bare', 'tags'])).toEqual([12]);
    expect(index.lines(['variable', 'region'])).toEqual([14]);
    expect(index.lines(['provider', 'aws'])).toEqual([15, 16]);
    expect(lineOf(index, ['provider', 'aws'], 1)).toBe(16);
    expect(index.lines(['terraform', 'required_providers', 'aws'])).toEqual([21]);
    expect(index.lines(['terraform', 'backend', 's3'])).toEqual([23]);
    expect(lineOf(index, ['resource', 'nothing', 'here'])).toBe(1);
  });

  it('maps the keys of a .tf.json file to their lines', () => {
    const text = [
      '{', // 1
      '  "resource": {', // 2
      '    "aws_sqs_queue": {', // 3
      '      "orders": { "name": "orders" }', // 4
      '    }', // 5
      '  },', // 6
      '  "variable": [', // 7
      '    { "region": { "default": "eu-west-1" } }', // 8
      '  ]', // 9
      '}', // 10
    ].join('\n');
    const index = positionIndex('queue.tf.json', text);
    expect(index.lines(['resource', 'aws_sqs_queue', 'orders'])).toEqual([4]);
    expect(index.lines(['resource', 'aws_sqs_queue', 'orders', 'name'])).toEqual([4]);
    expect(index.lines(['variable', 'region'])).toEqual([8]);
    expect(positionIndex('broken.tf.json', '{ "a": { "b"').lines(['a', 'b'])).toEqual([]);
  });
});

describe('Terraform module sources', () => {
  it('resolves local paths against the calling folder, refusing paths that leave the repository', () => {
    expect(moduleSource('./modules/network', 'infra')).toEqual({
      kind: 'local',
      text: './modules/network',
      folder: 'infra/modules/network',
    });
    expect(moduleSource('../kms', 'modules/database')).toEqual({
      kind: 'local',
      text: '../kms',
      folder: 'modules/kms',
    });
    expect(moduleSource('./', '.')).toEqual({ kind: 'local', text: './', folder: '.' });
    expect(moduleSource('../../outside', 'infra')).toEqual({ kind: 'local', text: '../../outside' });
  });

  it('reads registry addresses with an optional host and sub-directory', () => {
    expect(moduleSource('terraform-aws-modules/vpc/aws', '.').registry).toEqual({
      namespace: 'terraform-aws-modules',
      name: 'vpc',
      provider: 'aws',
    });
    expect(moduleSource('app.terraform.io/acme/network/aws//modules/subnets', '.')).toMatchObject({
      kind: 'registry',
      registry: {
        host: 'app.terraform.io',
        namespace: 'acme',
        name: 'network',
        provider: 'aws',
        subdir: 'modules/subnets',
      },
    });
  });

  it('names remote sources by kind, without credentials', () => {
    expect(moduleSource('github.com/acme/modules//vpc', '.').kind).toBe('git');
    expect(moduleSource('git@github.com:acme/modules.git', '.').kind).toBe('git');
    expect(moduleSource('git::ssh://git@example.com/x.git?ref=v1', '.')).toEqual({
      kind: 'git',
      text: 'git::ssh://git@example.com/x.git?ref=v1',
    });
    expect(moduleSource('git::https://user:pw-fake@example.com/x.git?ref=v1&sshkey=abc', '.').text).toBe(
      'git::https://example.com/x.git?ref=v1',
    );
    expect(moduleSource('https://example.com/vpc-module.zip', '.').kind).toBe('http');
    expect(moduleSource('s3::https://s3-eu-west-1.amazonaws.com/bucket/vpc.zip', '.').kind).toBe('s3');
    expect(moduleSource('gcs::https://www.googleapis.com/storage/v1/modules/foomodule.zip', '.').kind).toBe('gcs');
    expect(moduleSource('hg::http://example.com/vpc.hg', '.').kind).toBe('mercurial');
    expect(moduleSource('just-a-word', '.').kind).toBe('unknown');
  });
});
