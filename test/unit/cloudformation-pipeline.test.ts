// CloudFormation through discovery and the whole extraction (extractFacts, no CLI): which files
// are claimed and which are not, the SAM app's components in the fact model and the system
// model, the grounding names of `sam`/`aws cloudformation` lines, and a 100 MB template.
import { cpSync, mkdtempSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownFacts } from '../../src/checks/grounding/known-facts.js';
import { MentionCollector } from '../../src/checks/grounding/mention-collector.js';
import { loadConfig } from '../../src/config/load-config.js';
import { extractFacts } from '../../src/pipeline.js';
import { cloudformationMentions } from '../../src/sources/cloudformation/cloudformation-mentions.js';
import { detectTemplate } from '../../src/sources/cloudformation/cloudformation-source.js';
import { discoverSources } from '../../src/sources/discover-sources.js';
import { AUTO_SOURCES, tempRepo } from '../support/temp-repo.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/infra/cloudformation');

describe('discovery', () => {
  it('claims SAM and CloudFormation templates, YAML or JSON, and nothing else', async () => {
    const repo = tempRepo({
      'k8s/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n' +
        '      containers:\n        - name: web\n          image: web:1\n          resources:\n' +
        '            limits: { cpu: 500m }\n',
      'compose.yaml': 'services:\n  web:\n    image: web:1\n',
      '.github/workflows/deploy.yml':
        'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sam deploy\n' +
        '      - uses: aws-actions/aws-cloudformation-github-deploy@v1\n        with:\n' +
        '          template: template.yaml\n          Type: AWS::Serverless-2016-10-31\n',
      'api/openapi.yaml':
        'openapi: 3.0.3\ninfo: { title: Orders, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n' +
        '    Resources:\n      type: object\n',
      'config/app.yaml': 'Resources:\n  limits: 3\n',
      'infra/plain.yaml': 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n',
      'infra/network.json': JSON.stringify({ Resources: { Vpc: { Type: 'AWS::EC2::VPC' } } }, null, 2),
      'infra/stack.template': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n',
      'sam/template.yml': 'Transform:\n  - AWS::Serverless-2016-10-31\nResources: {}\n',
      'cdk.out/OrdersStack.template.json': '{ "Resources": { "B": { "Type": "AWS::S3::Bucket" } } }',
    });
    const found = await discoverSources(repo, AUTO_SOURCES, []);
    expect(found.files.cloudformation).toEqual([
      'infra/network.json',
      'infra/plain.yaml',
      'infra/stack.template',
      'sam/template.yml',
    ]);
    expect(found.files.kubernetes).toEqual(['k8s/deployment.yaml']);
    expect(found.files.compose).toEqual(['compose.yaml']);
    expect(found.files.openapi).toEqual(['api/openapi.yaml']);
    expect(found.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'cdk.out/OrdersStack.template.json', severity: 'notice' }),
    );
  });

  // Discovery leaves `.github/` out as a CI folder anyway: the workflow is asked directly too.
  it('does not claim a Kubernetes manifest, a Compose file, a GitHub workflow or an OpenAPI YAML', () => {
    const candidate = (file: string, text: string) => ({ file, base: file.split('/').pop()!, text, head: text });
    const notTemplates = [
      candidate('k8s/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  resources:\n    Type: x\n'),
      candidate('compose.yaml', 'services:\n  web:\n    image: web:1\n'),
      candidate(
        '.github/workflows/deploy.yml',
        'on: push\njobs:\n  deploy:\n    steps:\n      - run: sam deploy --template template.yaml\n' +
          '        env:\n          Type: AWS::Serverless-2016-10-31\n',
      ),
      candidate('openapi.yaml', 'openapi: 3.1.0\ncomponents:\n  schemas:\n    Resources:\n      type: object\n'),
      candidate('package.json', '{ "name": "orders", "Resources": ["a"], "Type": "AWS::S3::Bucket" }'),
    ];
    for (const c of notTemplates) expect([c.file, detectTemplate(c)]).toEqual([c.file, false]);
    const sam = candidate('template.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n');
    expect(detectTemplate(sam)).toBe(true);
    expect(detectTemplate({ ...sam, file: '.aws-sam/build/template.yaml' })).toMatchObject({
      skip: expect.any(String),
    });
  });
});

describe('extractFacts on a repository holding the SAM app', () => {
  it('puts its resources in the fact model and the system model', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ad-cfn-'));
    cpSync(join(FIXTURES, 'orders-sam'), repo, { recursive: true });
    const facts = await extractFacts(await loadConfig(repo, {}));
    expect(facts.inputs.filter((i) => i.kind === 'cloudformation').map((i) => i.file)).toEqual(['template.yaml']);
    expect(facts.diagnostics.filter((d) => d.stage === 'infra')).toEqual([]);
    expect(facts.infra.components.map((c) => c.id)).toEqual([
      'cfn:AlertsTopic',
      'cfn:CreateOrderFunction',
      'cfn:NightlyReportFunction',
      'cfn:OrdersDeadLetterQueue',
      'cfn:OrdersFunctionRole',
      'cfn:OrdersQueue',
      'cfn:OrdersTable',
      'cfn:ProcessOrderFunction',
      'cfn:ReceiptsBucket',
      'cfn:ServerlessRestApi',
    ]);
    expect(facts.infra.edges).toHaveLength(18);
    const roles = Object.fromEntries(
      (facts.system?.components ?? []).map((c) => [
        c.runsAs.join(' '),
        `${c.role}${c.technology ? ` ${c.technology}` : ''}`,
      ]),
    );
    expect(roles).toMatchObject({
      'cfn:CreateOrderFunction': 'service',
      'cfn:ProcessOrderFunction': 'service',
      'cfn:NightlyReportFunction': 'service',
      'cfn:OrdersTable': 'datastore dynamodb',
      'cfn:ServerlessRestApi': 'gateway api gateway',
      'cfn:ReceiptsBucket': 'bucket s3',
      'cfn:AlertsTopic': 'queue sns',
    });
    expect(JSON.stringify(facts)).not.toContain('fake-noecho-default-3f9a1c77');
  }, 60_000);

  it('a 100 MB template ends in a diagnostic in bounded time', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ad-cfn-big-'));
    const fd = openSync(join(repo, 'template.yaml'), 'w');
    writeSync(fd, 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n');
    const chunk = Array.from({ length: 10_000 }, (_, i) => `  Bucket${i}:\n    Type: AWS::S3::Bucket\n`).join('');
    const times = Math.ceil((100 * 1024 * 1024) / chunk.length);
    for (let i = 0; i < times; i++) writeSync(fd, chunk.replaceAll('  Bucket', `  B${i}x`));
    closeSync(fd);
    const started = Date.now();
    const facts = await extractFacts(await loadConfig(repo, {}));
    const seconds = (Date.now() - started) / 1000;
    expect(facts.infra.components).toEqual([]);
    expect(facts.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'template.yaml', severity: 'warning', stage: 'infra', line: 1 }),
    );
    expect(seconds).toBeLessThan(30);
    console.log(`100 MB template: ${seconds.toFixed(1)} s`);
  }, 120_000);
});

describe('command mentions', () => {
  it('reads the logical ids `aws cloudformation` and `sam` lines address', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'ad-cfn-m-'));
    cpSync(join(FIXTURES, 'orders-sam'), repo, { recursive: true });
    const facts = await extractFacts(await loadConfig(repo, {}));
    const out = new MentionCollector(new KnownFacts(facts), '');
    const place = { line: () => 1, end: undefined };
    for (const line of [
      'aws cloudformation describe-stack-resource --stack-name orders-sam --logical-resource-id OrdersTable',
      'sam logs -n ProcessOrderFunction --stack-name orders-sam --tail',
      'sam remote invoke --stack-name orders-sam CreateOrderFunction',
      'sam local invoke PaymentsFunction',
      'aws s3 ls --logical-resource-id NotAnAwsCloudFormationLine',
    ])
      cloudformationMentions(out, line, 0, place);
    expect(out.mentions.map((m) => `${m.text} ${m.known ? m.factId : 'unknown'}`)).toEqual([
      'OrdersTable cfn:OrdersTable',
      'ProcessOrderFunction cfn:ProcessOrderFunction',
      'CreateOrderFunction cfn:CreateOrderFunction',
      'PaymentsFunction unknown',
    ]);
  }, 60_000);
});
