// The facts of the orders-sam SAM app and the network JSON template, written out by hand from
// reading test/fixtures/infra/cloudformation: every component, every edge, and what must never
// be in them (a NoEcho parameter's default).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Component, Edge } from '../../src/facts/model.js';
import { extractCloudFormation, mergeGlobals } from '../../src/sources/cloudformation/extract-cloudformation.js';
import { rawRole } from '../../src/system/component-roles.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/infra/cloudformation');
const SAM = 'orders-sam/template.yaml';
const NETWORK = 'network.json';
const read = (file: string) => ({ file, text: readFileSync(join(FIXTURES, file), 'utf8') });

const plain = (id: string, kind: string, line: number, file = SAM): Component => ({
  id: `cfn:${id}`,
  platform: 'cloudformation',
  kind,
  name: id,
  deployable: false,
  ports: [],
  env: [],
  source: { file, line },
});
const ref = (from: string, to: string, via: string): Edge => ({
  from: `cfn:${from}`,
  to: `cfn:${to}`,
  kind: 'reference',
  via,
});
const dependsOn = (from: string, to: string): Edge => ({ from: `cfn:${from}`, to: `cfn:${to}`, kind: 'depends_on' });
const GLOBAL_ENV = ['LOG_LEVEL', 'POWERTOOLS_SERVICE_NAME'];
const STATEMENT = 'Policies.PolicyDocument.Statement.Resource';

describe('the orders-sam SAM app', () => {
  const { facts, diagnostics } = extractCloudFormation([read(SAM)]);

  it('reads without a diagnostic', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has one component per resource, plus the API SAM creates for the Api events', () => {
    expect(facts.components).toEqual([
      plain('AlertsTopic', 'AWS::SNS::Topic', 141),
      {
        ...plain('CreateOrderFunction', 'AWS::Serverless::Function', 42),
        deployable: true,
        env: ['TABLE_NAME', 'QUEUE_URL', 'PAYMENTS_API_KEY', 'PAYMENTS_URL', ...GLOBAL_ENV],
        // Runtime, MemorySize and Timeout come from Globals.Function.
        settings: { Handler: 'app.handler', MemorySize: '256', Runtime: 'python3.12', Timeout: '10' },
        hosts: [{ variable: 'PAYMENTS_URL', host: 'api.payments.example.com', scheme: 'https' }],
      },
      {
        ...plain('NightlyReportFunction', 'AWS::Serverless::Function', 86),
        deployable: true,
        env: ['REPORT_PREFIX', 'ALERT_TOPIC', ...GLOBAL_ENV],
        image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-report:1.4.0',
        // Its own MemorySize is a !FindInMap (not literal): it overrides the global 256, so none.
        settings: { PackageType: 'Image', Runtime: 'python3.12', Schedule: 'cron(0 2 * * ? *)', Timeout: '10' },
      },
      plain('OrdersDeadLetterQueue', 'AWS::SQS::Queue', 129),
      plain('OrdersFunctionRole', 'AWS::IAM::Role', 151),
      plain('OrdersQueue', 'AWS::SQS::Queue', 121),
      { ...plain('OrdersTable', 'AWS::DynamoDB::Table', 109), settings: { BillingMode: 'PAY_PER_REQUEST' } },
      {
        ...plain('ProcessOrderFunction', 'AWS::Serverless::Function', 66),
        deployable: true,
        env: ['TABLE_NAME', 'RECEIPTS_BUCKET', ...GLOBAL_ENV],
        settings: { Handler: 'app.handler', MemorySize: '512', Runtime: 'python3.12', Timeout: '60' },
      },
      plain('ReceiptsBucket', 'AWS::S3::Bucket', 134),
      {
        // Cited at the first Api event (CreateOrder, line 55): the template never declares it.
        ...plain('ServerlessRestApi', 'AWS::Serverless::Api', 55),
        routes: [
          { host: '*', path: '/orders', service: 'CreateOrderFunction' },
          { host: '*', path: '/orders/{id}', service: 'CreateOrderFunction' },
        ],
      },
    ]);
  });

  it('has an edge for every Ref, GetAtt, Sub variable and DependsOn between resources', () => {
    expect(facts.edges).toEqual([
      ref('CreateOrderFunction', 'OrdersFunctionRole', 'Role'), // !GetAtt A.B
      ref('CreateOrderFunction', 'OrdersQueue', 'Environment.Variables.QUEUE_URL'),
      ref('CreateOrderFunction', 'OrdersTable', 'Environment.Variables.TABLE_NAME'),
      // PAYMENTS_API_KEY is a !Ref to a parameter: no edge.
      // !Sub [string, map]: the map's value names AlertsTopic; ${TopicName} is the map's own variable.
      ref('NightlyReportFunction', 'AlertsTopic', 'Environment.Variables.ALERT_TOPIC'),
      dependsOn('NightlyReportFunction', 'OrdersFunctionRole'), // DependsOn: string
      ref('NightlyReportFunction', 'OrdersFunctionRole', 'Role'),
      // !Sub string: ${ReceiptsBucket}; ${AWS::Region} is a pseudo parameter.
      ref('NightlyReportFunction', 'ReceiptsBucket', 'Environment.Variables.REPORT_PREFIX'),
      ref('OrdersFunctionRole', 'AlertsTopic', STATEMENT),
      ref('OrdersFunctionRole', 'OrdersQueue', STATEMENT),
      ref('OrdersFunctionRole', 'OrdersTable', STATEMENT),
      // ${ReceiptsBucket.Arn}; ${!aws:username} is written as is.
      ref('OrdersFunctionRole', 'ReceiptsBucket', STATEMENT),
      ref('OrdersQueue', 'OrdersDeadLetterQueue', 'RedrivePolicy.deadLetterTargetArn'),
      dependsOn('ProcessOrderFunction', 'OrdersDeadLetterQueue'), // DependsOn: [list]
      ref('ProcessOrderFunction', 'OrdersFunctionRole', 'Role'), // !GetAtt [A, B]
      ref('ProcessOrderFunction', 'OrdersQueue', 'Events.OrderQueued.Properties.Queue'), // the SQS event
      ref('ProcessOrderFunction', 'OrdersTable', 'Environment.Variables.TABLE_NAME'),
      ref('ProcessOrderFunction', 'ReceiptsBucket', 'Environment.Variables.RECEIPTS_BUCKET'),
      ref('ServerlessRestApi', 'CreateOrderFunction', 'GET /orders/{id}, POST /orders'),
    ]);
  });

  it('never holds the NoEcho parameter default, nor any other parameter value', () => {
    const all = JSON.stringify(extractCloudFormation([read(SAM), read(NETWORK)]));
    expect(all).not.toContain('fake-noecho-default-3f9a1c77');
    expect(all).not.toContain('fake-db-password-9b2e41');
    expect(all).not.toContain('oncall@example.com');
  });

  it('gives the resources the roles the system model needs', () => {
    const role = (id: string) => rawRole(facts.components.find((c) => c.id === `cfn:${id}`)!);
    expect(role('OrdersTable')).toEqual({ primary: true, role: 'datastore', technology: 'dynamodb' });
    expect(role('OrdersQueue')).toEqual({ primary: true, role: 'queue', technology: 'sqs' });
    expect(role('AlertsTopic')).toEqual({ primary: true, role: 'queue', technology: 'sns' });
    expect(role('ReceiptsBucket')).toEqual({ primary: true, role: 'bucket', technology: 's3' });
    expect(role('CreateOrderFunction')).toEqual({ primary: true, role: 'service' });
    expect(role('ServerlessRestApi')).toEqual({ primary: true, role: 'gateway', technology: 'api gateway' });
    expect(role('OrdersFunctionRole')).toEqual({ primary: false });
  });
});

describe('the network JSON template', () => {
  const { facts, diagnostics } = extractCloudFormation([read(NETWORK)]);

  it('reads the long forms with the line of each logical id', () => {
    expect(diagnostics).toEqual([]);
    expect(facts.components).toEqual([
      plain('AppSecurityGroup', 'AWS::EC2::SecurityGroup', 34, NETWORK),
      plain('DbSecurityGroup', 'AWS::EC2::SecurityGroup', 41, NETWORK),
      plain('DbSubnetGroup', 'AWS::RDS::DBSubnetGroup', 51, NETWORK),
      {
        ...plain('OrdersDb', 'AWS::RDS::DBInstance', 58, NETWORK),
        ports: [5432],
        // MasterUserPassword is a Ref to the NoEcho parameter: not literal, and not whitelisted.
        settings: {
          AllocatedStorage: '50',
          DBInstanceClass: 'db.t4g.medium',
          Engine: 'postgres',
          EngineVersion: '16.3',
          MultiAZ: 'true',
        },
      },
      { ...plain('PrivateSubnetA', 'AWS::EC2::Subnet', 18, NETWORK), settings: { CidrBlock: '10.20.1.0/24' } },
      plain('PrivateSubnetB', 'AWS::EC2::Subnet', 26, NETWORK),
      plain('Vpc', 'AWS::EC2::VPC', 10, NETWORK),
    ]);
    expect(facts.edges).toEqual([
      ref('AppSecurityGroup', 'Vpc', 'VpcId'),
      ref('DbSecurityGroup', 'AppSecurityGroup', 'SecurityGroupIngress.SourceSecurityGroupId'),
      ref('DbSecurityGroup', 'Vpc', 'VpcId'),
      ref('DbSubnetGroup', 'PrivateSubnetA', 'SubnetIds'),
      ref('DbSubnetGroup', 'PrivateSubnetB', 'SubnetIds'),
      dependsOn('OrdersDb', 'DbSecurityGroup'),
      ref('OrdersDb', 'DbSecurityGroup', 'VPCSecurityGroups'),
      ref('OrdersDb', 'DbSubnetGroup', 'DBSubnetGroupName'),
      // Fn::GetAtt inside Fn::Cidr inside Fn::Select; the Fn::GetAZs Ref is AWS::Region.
      ref('PrivateSubnetA', 'Vpc', 'VpcId'),
      ref('PrivateSubnetB', 'Vpc', 'CidrBlock, VpcId'),
    ]);
  });

  it('names the database a postgres datastore from its Engine', () => {
    const db = facts.components.find((c) => c.id === 'cfn:OrdersDb')!;
    expect(rawRole(db)).toEqual({ primary: true, role: 'datastore', technology: 'postgres' });
  });
});

describe('more than one template', () => {
  it('keeps the first template’s logical ids plain and names the file for a repeat', () => {
    const a = { file: 'a/template.yaml', text: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' };
    const b = {
      file: 'b/template.yaml',
      text:
        'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Reader:\n    Type: AWS::Lambda::Function\n' +
        '    Properties:\n      Environment:\n        Variables:\n          BUCKET: !Ref Bucket\n',
    };
    const { facts } = extractCloudFormation([b, a]);
    expect(facts.components.map((c) => `${c.id} @${c.source.file}:${c.source.line}`)).toEqual([
      'cfn:Bucket @a/template.yaml:2',
      'cfn:Bucket (b/template.yaml) @b/template.yaml:2',
      'cfn:Reader @b/template.yaml:4',
    ]);
    expect(facts.edges).toEqual([
      {
        from: 'cfn:Reader',
        to: 'cfn:Bucket (b/template.yaml)',
        kind: 'reference',
        via: 'Environment.Variables.BUCKET',
      },
    ]);
  });
});

describe('ECS', () => {
  it('shows the task definition’s image, variables and ports on the service that runs it', () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Resources:',
      '  Task:',
      '    Type: AWS::ECS::TaskDefinition',
      '    Properties:',
      '      ContainerDefinitions:',
      '        - Name: web',
      '          Image: ghcr.io/acme/orders-api:2.1.0',
      '          PortMappings: [{ ContainerPort: 8080 }]',
      '          Environment:',
      '            - { Name: DATABASE_URL, Value: "postgres://orders:hunter2@orders-db.internal:5432/orders" }',
      '          Secrets:',
      '            - { Name: API_TOKEN, ValueFrom: arn:aws:secretsmanager:eu-west-1:1:secret:t }',
      '  Service:',
      '    Type: AWS::ECS::Service',
      '    Properties:',
      '      DesiredCount: 3',
      '      LaunchType: FARGATE',
      '      TaskDefinition: !Ref Task',
      '  Listener:',
      '    Type: AWS::ElasticLoadBalancingV2::Listener',
      '    Properties: { Port: 443, Protocol: HTTPS }',
      '',
    ].join('\n');
    const { facts, diagnostics } = extractCloudFormation([{ file: 'ecs.yaml', text }]);
    expect(diagnostics).toEqual([]);
    const byId = new Map(facts.components.map((c) => [c.id, c]));
    const hosts = [{ variable: 'DATABASE_URL', host: 'orders-db.internal', scheme: 'postgres', port: 5432 }];
    expect(byId.get('cfn:Service')).toEqual({
      ...plain('Service', 'AWS::ECS::Service', 14, 'ecs.yaml'),
      deployable: true,
      replicas: 3,
      image: 'ghcr.io/acme/orders-api:2.1.0',
      ports: [8080],
      env: ['DATABASE_URL', 'API_TOKEN'],
      settings: { LaunchType: 'FARGATE' },
      hosts,
    });
    expect(byId.get('cfn:Task')).toMatchObject({ deployable: false, ports: [8080], hosts });
    expect(byId.get('cfn:Listener')).toMatchObject({ ports: [443], settings: { Protocol: 'HTTPS' } });
    expect(JSON.stringify(facts)).not.toContain('hunter2');
    expect(facts.edges).toEqual([ref('Service', 'Task', 'TaskDefinition')]);
  });
});

describe('mergeGlobals', () => {
  it('lets the function win for scalars, merges maps and appends lists, as SAM does', () => {
    expect(
      mergeGlobals(
        { Timeout: 10, Environment: { Variables: { A: '1', B: '2' } }, Layers: ['l1'], Role: { Ref: 'R' } },
        { Timeout: 30, Environment: { Variables: { B: '3' } }, Layers: ['l2'], Role: { 'Fn::GetAtt': ['X', 'Arn'] } },
      ),
    ).toEqual({
      Timeout: 30,
      Environment: { Variables: { A: '1', B: '3' } },
      Layers: ['l1', 'l2'],
      Role: { 'Fn::GetAtt': ['X', 'Arn'] },
    });
  });
});
