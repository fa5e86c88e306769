// Reading templates: every short-form tag in its long form, and bad input as diagnostics.
import { describe, expect, it } from 'vitest';
import { extractCloudFormation } from '../../src/sources/cloudformation/extract-cloudformation.js';
import { subVariables } from '../../src/sources/cloudformation/intrinsic-references.js';
import { readTemplate } from '../../src/sources/cloudformation/read-template.js';

const properties = (yaml: string) => {
  const text = `Resources:\n  R:\n    Type: AWS::X::Y\n    Properties:\n${yaml}`;
  const r = readTemplate('t.yaml', text);
  return { value: (r.template?.Resources as Record<string, { Properties: unknown }>)?.R?.Properties, r };
};

describe('short-form tags', () => {
  it('turn into the long form, in scalar, list and map form', () => {
    const { value, r } = properties(
      [
        '      A: !Ref Table',
        '      B: !GetAtt Table.Arn',
        '      C: !GetAtt [Table, StreamArn]',
        '      D: !GetAtt Db.Endpoint.Address',
        "      E: !Sub '${Table}-x'",
        '      F: !Sub [ "${N}", { N: !Ref Table } ]',
        "      G: !Join [',', [a, !Ref Table]]",
        '      H: !Select [0, !GetAZs ""]',
        "      I: !Split [',', 'a,b']",
        '      J: !If [IsProd, 1, !Ref AWS::NoValue]',
        '      K: !Equals [!Ref Stage, prod]',
        '      L: !Not [!Condition IsProd]',
        '      M: !And [!Condition A, !Or [!Condition B, !Condition C]]',
        '      N: !FindInMap [Map, !Ref Stage, Key]',
        '      O: !ImportValue shared-vpc',
        '      P: !Base64 { "Fn::Sub": "echo ${Table}" }',
        '      Q: !Cidr [10.0.0.0/16, 4, 8]',
        '      S: !Transform { Name: AWS::Include, Parameters: { Location: s3://b/k } }',
        '',
      ].join('\n'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(value).toEqual({
      A: { Ref: 'Table' },
      B: { 'Fn::GetAtt': ['Table', 'Arn'] },
      C: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
      D: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      E: { 'Fn::Sub': '${Table}-x' },
      F: { 'Fn::Sub': ['${N}', { N: { Ref: 'Table' } }] },
      G: { 'Fn::Join': [',', ['a', { Ref: 'Table' }]] },
      H: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      I: { 'Fn::Split': [',', 'a,b'] },
      J: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] },
      K: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] },
      L: { 'Fn::Not': [{ Condition: 'IsProd' }] },
      M: { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Or': [{ Condition: 'B' }, { Condition: 'C' }] }] },
      N: { 'Fn::FindInMap': ['Map', { Ref: 'Stage' }, 'Key'] },
      O: { 'Fn::ImportValue': 'shared-vpc' },
      P: { 'Fn::Base64': { 'Fn::Sub': 'echo ${Table}' } },
      Q: { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] },
      S: { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    });
  });

  it('an unknown tag is a warning at its line, its value read as plain data', () => {
    const { value, r } = properties('      A: !Ref Table\n      B: !Frobnicate [x, y]\n');
    expect(value).toEqual({ A: { Ref: 'Table' }, B: ['x', 'y'] });
    expect(r.diagnostics).toEqual([
      {
        severity: 'warning',
        stage: 'infra',
        file: 't.yaml',
        line: 6,
        message: '`!Frobnicate` is not a CloudFormation intrinsic function; its value is read as plain data',
      },
    ]);
  });
});

describe('Fn::Sub variables', () => {
  it('are resource names, without pseudo parameters or ${!literals}', () => {
    expect(subVariables('${A}/${B.Arn}/${AWS::Region}/${!Literal}/${ A }/${}')).toEqual(['A', 'B']);
  });
});

describe('bad input', () => {
  const extract = (text: string) => extractCloudFormation([{ file: 'bad.yaml', text }]);
  const summary = (text: string) => extract(text).diagnostics.map((d) => `${d.severity} ${d.line} ${d.message}`);

  it('invalid YAML: a syntax error with its line', () => {
    const r = extract('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: [AWS::S3::Bucket\n');
    expect(r.facts.components).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', stage: 'infra', file: 'bad.yaml' });
    expect(r.diagnostics[0]!.message).toMatch(/^YAML syntax error/);
  });

  it('tabs for indentation: a syntax error', () => {
    const lines = summary('Resources:\n\tA:\n\t\tType: AWS::S3::Bucket\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^error 2 YAML syntax error: .*[Tt]ab/);
  });

  it('a logical id twice: a syntax error at the repeat', () => {
    const lines = summary('Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n');
    expect(lines).toEqual([expect.stringMatching(/^error 4 YAML syntax error: Map keys must be unique/)]);
  });

  it('Resources not a map, or missing; a resource without Type', () => {
    expect(summary('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  - A\n')).toEqual([
      'error 2 `Resources` is not a mapping of logical ids to resources; not read',
    ]);
    expect(summary('AWSTemplateFormatVersion: "2010-09-09"\n')).toEqual([
      'error 1 no `Resources` section: nothing to read in this template',
    ]);
    expect(summary('- a\n- b\n')).toEqual(['error 1 the template is not a mapping of sections; not read']);
    const r = extract('Resources:\n  A:\n    Properties: {}\n  B:\n    Type: AWS::S3::Bucket\n  C: 3\n');
    expect(r.facts.components.map((c) => c.id)).toEqual(['cfn:B']);
    expect(r.diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      '2 resource `A` has no `Type`; not documented',
      '6 resource `C` has no `Type`; not documented',
    ]);
  });

  it('DependsOn naming no resource: a notice', () => {
    expect(summary('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    DependsOn: Gone\n')).toEqual([
      'notice 2 `A` depends on `Gone`, which is not a resource of this template',
    ]);
  });

  it('nesting past the depth limit and alias bombs end in a diagnostic, not a crash', () => {
    const nested = `${'['.repeat(100)}${']'.repeat(100)}`;
    const deep = `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${nested}\n`;
    expect(summary(deep)).toEqual(['error 1 nested deeper than 64 levels; the rest is not read']);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    for (const n of ['c', 'd', 'e', 'f'])
      bomb.push(
        `${n}: &${n} [${Array(10)
          .fill(`*${bomb.at(-1)![0]}`)
          .join(', ')}]`,
      );
    const lines = summary(`${bomb.join('\n')}\nResources: {}\n`);
    expect(lines).toEqual(['error 1 cannot read the template: more than 1000 aliases']);
  });

  it('a template far past CloudFormation’s size limit is not parsed', () => {
    const big = `Resources:\n${'  # padding padding padding padding padding padding padding padding\n'.repeat(90_000)}`;
    const started = Date.now();
    const lines = summary(big);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(lines).toEqual([expect.stringMatching(/^warning 1 template is 5\.\d MiB, past the 5 MiB .* not read$/)]);
  });
});
