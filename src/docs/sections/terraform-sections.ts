// Terraform modules the way terraform-docs documents one: per module folder its inputs (type,
// default, required), outputs, providers and the modules it calls. A default is shown as written
// except where the facts withhold it (sensitive or secret-like), which the table says.

import type { TerraformModuleFacts } from '../../facts/model.js';
import {
  emphasis,
  heading,
  inlineCode,
  joined,
  paragraph,
  tableNode,
  type Cell,
  type Inline,
  type Section,
} from '../markdown.js';
import { sourceLink, type SectionContext } from './section-context.js';

/** A default longer than this is cut in the table (the source link has the rest). */
const MAX_DEFAULT = 60;

export function infraTerraformModules(ctx: SectionContext): Section {
  const modules = ctx.facts.infra.terraform?.modules ?? [];
  if (modules.length === 0) return [paragraph(emphasis('No Terraform modules.'))];
  const out: Section = [];
  for (const m of modules) out.push(...moduleSection(ctx, m));
  return out;
}

function moduleSection(ctx: SectionContext, m: TerraformModuleFacts): Section {
  const title = m.module === '.' ? 'The repository root' : inlineCode(m.module);
  const out: Section = [heading(3, title, m.called ? ' (called as a module)' : ' (root module)')];
  const facts: Inline[][] = [];
  if (m.requiredVersion) facts.push(['Terraform ', inlineCode(m.requiredVersion)]);
  if (m.backend) facts.push(['state in a ', inlineCode(m.backend.type), ' backend']);
  if (facts.length) out.push(paragraph(...facts.flatMap((f, i) => (i === 0 ? f : ['; ', ...f])), '.'));
  // A `provider "aws" {}` block configures what `required_providers` declares: one row, not two.
  const required = new Set(m.providers.filter((p) => p.declaredBy === 'required').map((p) => p.name));
  const providers = m.providers.filter((p) => p.declaredBy === 'required' || p.alias || !required.has(p.name));
  if (providers.length)
    out.push(
      tableNode(
        ['Provider', 'Source', 'Version', 'Alias', 'Where'],
        providers.map((p) => [
          [inlineCode(p.name)],
          p.providerSource ? [inlineCode(p.providerSource)] : '—',
          p.version ? [inlineCode(p.version)] : '—',
          p.alias ? [inlineCode(p.alias)] : '—',
          [sourceLink(ctx, p.source)],
        ]),
      ),
    );
  if (m.variables.length)
    out.push(
      tableNode(
        ['Input', 'Type', 'Default', 'Description', 'Where'],
        m.variables.map((v) => [
          [inlineCode(v.name), v.sensitive ? ' (sensitive)' : ''],
          v.type ? [inlineCode(typeText(v.type))] : '—',
          defaultCell(v),
          v.description ?? '—',
          [sourceLink(ctx, v.source)],
        ]),
      ),
    );
  if (m.outputs.length)
    out.push(
      tableNode(
        ['Output', 'From', 'Description', 'Where'],
        m.outputs.map((o) => [
          [inlineCode(o.name), o.sensitive ? ' (sensitive)' : ''],
          o.references.length ? joined(o.references.map((r) => inlineCode(r))) : '—',
          o.description ?? '—',
          [sourceLink(ctx, o.source)],
        ]),
      ),
    );
  if (m.moduleCalls.length)
    out.push(
      tableNode(
        ['Module call', 'Source', 'Version', 'Where'],
        m.moduleCalls.map((c) => [
          [inlineCode(c.name), c.repeat ? ` (${c.repeat})` : ''],
          [inlineCode(c.folder ?? c.registry ?? c.moduleSource), ` (${c.sourceKind})`],
          c.version ? [inlineCode(c.version)] : '—',
          [sourceLink(ctx, c.source)],
        ]),
      ),
    );
  return out;
}

/** A type constraint on one line; a long `object({ … })` is cut to its outline (the link has the rest). */
function typeText(type: string): string {
  const flat = type
    .replace(/#[^\n]*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= MAX_DEFAULT) return flat;
  const open = flat.indexOf('(');
  return open > 0 ? `${flat.slice(0, open)}(…)` : `${flat.slice(0, MAX_DEFAULT)}…`;
}

function defaultCell(v: TerraformModuleFacts['variables'][number]): Cell {
  if (v.defaultWithheld) return emphasis('withheld (secret)');
  if (!v.hasDefault) return emphasis('required');
  if (v.default === undefined) return '—';
  const text = v.default.length > MAX_DEFAULT ? `${v.default.slice(0, MAX_DEFAULT)}…` : v.default;
  return [inlineCode(text)];
}
