import { describe, expect, it } from 'vitest';
import { templateTraversals, traversalText } from '../../src/sources/terraform/hcl-expression.js';

/** The traversals of a template string, as text. */
const names = (text: string, bound: string[] = []) => {
  const r = templateTraversals(text, bound);
  if (r.error) throw new Error(r.error);
  return r.traversals.map(traversalText);
};

describe('templateTraversals', () => {
  it('reads traversals inside ${…} only; the literal text around them is not read', () => {
    expect(names('${aws_vpc.main.id}')).toEqual(['aws_vpc.main.id']);
    expect(names('arn:${aws_s3_bucket.logs.arn}/* and aws_s3_bucket.other')).toEqual(['aws_s3_bucket.logs.arn']);
    expect(names('plain text, no expression')).toEqual([]);
    expect(names('$${aws_vpc.escaped} %%{ if x.y }')).toEqual([]);
  });

  it('reads index, splat and legacy numeric steps', () => {
    expect(names('${aws_subnet.private[0].id}')).toEqual(['aws_subnet.private[0].id']);
    expect(names('${aws_subnet.private[*].id}')).toEqual(['aws_subnet.private[*].id']);
    expect(names('${aws_subnet.private.*.id}')).toEqual(['aws_subnet.private[*].id']);
    expect(names('${aws_subnet.private.0.id}')).toEqual(['aws_subnet.private[0].id']);
    expect(names('${var.azs[count.index]}')).toEqual(['var.azs[]', 'count.index']);
    expect(names('${var.m["k"]}')).toEqual(['var.m["k"]']);
  });

  it('reads the special roots as they are (the caller decides what they mean)', () => {
    expect(names('${each.value} ${count.index} ${path.module} ${self.id} ${terraform.workspace}')).toEqual([
      'each.value',
      'count.index',
      'path.module',
      'self.id',
      'terraform.workspace',
    ]);
    expect(names('${data.aws_ami.ubuntu.id} ${module.vpc.private_subnets[0]} ${var.v} ${local.l}')).toEqual([
      'data.aws_ami.ubuntu.id',
      'module.vpc.private_subnets[0]',
      'var.v',
      'local.l',
    ]);
  });

  it('reads function arguments, not function names, and strings nested in calls', () => {
    expect(names('${cidrsubnet(var.cidr, 8, count.index)}')).toEqual(['var.cidr', 'count.index']);
    expect(names('${merge(local.tags, { Name = "x-${var.name}" })}')).toEqual(['local.tags', 'var.name']);
    expect(names('${provider::aws::arn_parse(aws_iam_role.r.arn).account_id}')).toEqual(['aws_iam_role.r.arn']);
    expect(names('${join(",", [for s in var.list : "${s}"])}')).toEqual(['var.list']);
    expect(names('${concat(var.a, var.b...)}')).toEqual(['var.a', 'var.b']);
  });

  it('does not take for-expression iterators for references', () => {
    expect(names('${[for s in aws_subnet.private : s.cidr_block]}')).toEqual(['aws_subnet.private']);
    expect(names('${{ for k, v in aws_s3_bucket.b : k => v.arn if v.x != var.n }}')).toEqual([
      'aws_s3_bucket.b',
      'var.n',
    ]);
    // The iterator is bound only inside the for: the same name outside it is a reference.
    expect(names('${[for s in var.s : s]} ${s.x}')).toEqual(['var.s', 's.x']);
    expect(names('${{ for k, v in var.m : v.group => k... }}')).toEqual(['var.m']);
  });

  it('does not take object keys for references, but reads keys written as expressions', () => {
    expect(names('${{ Name = var.name, "team" : local.team }}')).toEqual(['var.name', 'local.team']);
    expect(names('${{ (var.key) = 1 }}')).toEqual(['var.key']);
    expect(names('${{\n  a = var.x\n  b = var.y\n}}')).toEqual(['var.x', 'var.y']);
  });

  it('reads template directives, binding %{ for } iterators to their body', () => {
    expect(names('%{ for n in aws_instance.web }${n.id}%{ endfor }')).toEqual(['aws_instance.web']);
    expect(names('%{~ if var.enabled ~}on%{ else }${var.off}%{ endif }')).toEqual(['var.enabled', 'var.off']);
    expect(names('%{for ip in var.ips}${ip}%{endfor} ${ip.after}')).toEqual(['var.ips', 'ip.after']);
  });

  it('reads conditionals, operators and heredocs inside expressions', () => {
    expect(names('${var.n > 2 ? data.aws_ami.x.id : null}')).toEqual(['var.n', 'data.aws_ami.x.id']);
    expect(names('${!var.a && (var.b || -var.c == 1)}')).toEqual(['var.a', 'var.b', 'var.c']);
    expect(names('${jsonencode(<<EOT\n${var.inside}\nEOT\n)}')).toEqual(['var.inside']);
    expect(names('${true ? false : null}')).toEqual([]);
  });

  it('leaves names bound by the caller (a dynamic block iterator) out', () => {
    expect(names('${ingress.value.port} ${var.x}', ['ingress'])).toEqual(['var.x']);
  });

  it('reports an expression it cannot read, with what it read before the fault', () => {
    expect(templateTraversals('${aws_vpc.main.id')).toEqual({
      traversals: [{ root: 'aws_vpc', steps: ['main', 'id'] }],
      error: 'expected `}` before the end (at character 18)',
    });
    expect(templateTraversals('${var.a +}').error).toBe('unexpected `}` (at character 10)');
    expect(templateTraversals('%{ when x }').error).toBe('unknown template directive `when` (at character 8)');
  });

  it('stays bounded on hostile input', () => {
    const deep = `\${${'('.repeat(5000)}var.x${')'.repeat(5000)}}`;
    expect(templateTraversals(deep).error).toMatch(/nested more than 100 deep/);
    const long = `\${${Array.from({ length: 50_000 }, (_, i) => `var.v${i}`).join(' + ')}}`;
    const started = performance.now();
    expect(templateTraversals(long).traversals).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(templateTraversals('x'.repeat(1_000_001)).error).toMatch(/over the 1000000 read/);
  });
});
