// Terraform that goes wrong the ways real repositories do: invalid HCL, module sources that leave
// the repository, point nowhere or at an empty folder, a module cycle, an expression that does not
// parse. Each is a diagnostic with file:line; nothing throws, and the rest is still read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoReader } from '../../src/sources/common/repo-reader.js';
import { extractTerraform, MAX_MODULE_DEPTH } from '../../src/sources/terraform/extract-terraform.js';

const ROOT = fileURLToPath(new URL('../fixtures/infra/terraform/bad', import.meta.url));
const read = (file: string) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });
const HANDED = ['invalid/main.tf', 'stacks/app/main.tf', 'stacks/app/queue.tf.json'];

describe('Terraform bad input', () => {
  it('reports each fault with its file and line, and reads everything else', async () => {
    const { facts, diagnostics } = await extractTerraform(HANDED.map(read), {
      reader: repoReader(ROOT, () => undefined),
    });
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        stage: 'infra',
        file: 'invalid/main.tf',
        line: 7,
        column: 26,
        message:
          'HCL syntax error: Invalid multi-line string; Quoted strings may not be split over multiple lines. ' +
          'To produce a multi-line string, either use the \\n escape to represent a newline character or use ' +
          'the "heredoc" multi-line template syntax.',
      },
      {
        severity: 'warning',
        stage: 'infra',
        file: 'modules/ring-b/main.tf',
        line: 1,
        message:
          'module "a" calls modules/ring-a, which is already on the call path ' +
          '(modules/ring-a → modules/ring-b → modules/ring-a); not followed',
      },
      {
        severity: 'warning',
        stage: 'infra',
        file: 'stacks/app/main.tf',
        line: 7,
        message: 'module "outside": source ../../../../../../../etc/terraform leaves the repository; not read',
      },
      {
        severity: 'warning',
        stage: 'infra',
        file: 'stacks/app/main.tf',
        line: 11,
        message: 'module "gone": folder stacks/app/modules/does-not-exist does not exist in the repository',
      },
      {
        severity: 'warning',
        stage: 'infra',
        file: 'stacks/app/main.tf',
        line: 15,
        message: 'module "empty": folder modules/empty holds no Terraform files',
      },
      {
        severity: 'warning',
        stage: 'infra',
        file: 'stacks/app/queue.tf.json',
        line: 5,
        message:
          'could not read the expression of `queue_url` in aws_sqs_queue_policy.jobs: expected `}` before the end ' +
          '(at character 24); references after that point are left out',
      },
    ]);
    expect(facts.components.map((c) => c.id)).toEqual([
      'tf:aws_sqs_queue.jobs',
      'tf:aws_sqs_queue_policy.jobs',
      'tf:module.empty',
      'tf:module.gone',
      'tf:module.outside',
      'tf:module.remote',
      'tf:module.ring',
      'tf:module.ring.module.b',
      'tf:module.ring.module.b.module.a',
      'tf:module.ring.module.b.null_resource.b',
      'tf:module.ring.null_resource.a',
    ]);
    // What was read of the broken expression still counts; the other attribute is whole.
    expect(facts.edges).toEqual([
      {
        from: 'tf:aws_sqs_queue_policy.jobs',
        to: 'tf:aws_sqs_queue.jobs',
        kind: 'reference',
        via: 'policy, queue_url',
      },
    ]);
  });

  it('names a remote source without its credentials, and never fetches it', async () => {
    const { facts } = await extractTerraform(HANDED.map(read), { reader: repoReader(ROOT, () => undefined) });
    const remote = facts.terraform?.modules
      .find((m) => m.module === 'stacks/app')
      ?.moduleCalls.find((c) => c.name === 'remote');
    expect(remote).toMatchObject({
      sourceKind: 'git',
      moduleSource: 'git::https://github.com/acme/tf-modules.git//queue?ref=v1.2.0',
    });
    expect(JSON.stringify(facts)).not.toMatch(/fake-token|sshkey|c2VjcmV0/);
  });

  it('reads only inside the repository: nothing outside it is read or in alsoRead', async () => {
    const { alsoRead } = await extractTerraform(HANDED.map(read), { reader: repoReader(ROOT, () => undefined) });
    expect([...(alsoRead?.keys() ?? [])].sort()).toEqual(['modules/ring-a/main.tf', 'modules/ring-b/main.tf']);
  });

  it('caps module nesting and stays fast on a deep chain and a self-call', async () => {
    const files = Array.from({ length: 30 }, (_, i) => ({
      file: `m${i}/main.tf`,
      text: `module "next" {\n  source = "../m${i + 1}"\n}\nresource "null_resource" "r${i}" {}\n`,
    }));
    files.push({ file: 'self/main.tf', text: 'module "me" {\n  source = "./"\n}\n' });
    const started = performance.now();
    const { facts, diagnostics } = await extractTerraform(files);
    expect(performance.now() - started).toBeLessThan(10_000);
    const deepest = Math.max(...facts.components.map((c) => c.id.split('module.').length - 1));
    expect(deepest).toBe(MAX_MODULE_DEPTH + 1);
    expect(diagnostics.map((d) => d.message)).toContain(
      `module "next" is nested more than ${MAX_MODULE_DEPTH} deep; not followed`,
    );
    expect(diagnostics).toContainEqual({
      severity: 'warning',
      stage: 'infra',
      file: 'self/main.tf',
      line: 1,
      message: 'module "me" calls self, which is already on the call path (self → self); not followed',
    });
  });

  it('does not throw on files that are not Terraform at all', async () => {
    const junk = [
      { file: 'a.tf', text: '\u0000\u0001 binary {{{{' },
      { file: 'b.tf.json', text: '[1, 2' },
      { file: 'c.tf.json', text: '{"resource": "not an object", "module": {"m": {"source": 42}}}' },
      { file: 'd.tf', text: '' },
    ];
    const { diagnostics } = await extractTerraform(junk);
    expect(diagnostics.map((d) => `${d.file}:${d.severity}`)).toEqual([
      'a.tf:error',
      'b.tf.json:error',
      'c.tf.json:warning',
    ]);
  });
});
