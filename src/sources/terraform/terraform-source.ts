import type { Component } from '../../facts/model.js';
import { repoReader } from '../common/repo-reader.js';
import type { SourceKind } from '../source-kind.js';
import { terraformMentions } from './terraform-mentions.js';

const TF = /\.tf$/i;

/** `module.database.` of `tf:module.database.aws_db_instance.main`: the module path of a resource. */
function modulePath(c: Component): string {
  return /^tf:((?:module\.[\w-]+\.)+)[\w-]+\.[\w-]+/.exec(c.id)?.[1] ?? '';
}

/** Terraform configuration: resources, module calls, the references between them, and module interfaces. */
export const terraformSource = {
  name: 'terraform',
  label: 'Terraform files',
  stage: 'infra',
  area: 'infrastructure',
  loadsEngine: true,
  configKey: 'infra',
  fileName: TF,
  detect: (c) => TF.test(c.base),
  async extract({ repoRoot, files, text }) {
    const { extractTerraform } = await import('./extract-terraform.js');
    const given = new Set(files);
    // Local module folders discovery did not hand are read through the confined reader.
    const reader = repoReader(repoRoot, (file) => (given.has(file) ? text(file) : undefined));
    const r = await extractTerraform(
      files.map((file) => ({ file, text: text(file) })),
      { reader },
    );
    const out: Awaited<ReturnType<SourceKind['extract']>> = { facts: { infra: r.facts }, diagnostics: r.diagnostics };
    if (r.alsoRead) out.alsoRead = r.alsoRead;
    return out;
  },
  components: {
    title: 'Terraform',
    // A resource inside a module keeps its module path, so `this` of two modules stay apart.
    diagramName: (c) => `${modulePath(c)}${c.name}`,
    reference: (c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${modulePath(c)}${c.name}`,
    deployedAs: (c) => `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${modulePath(c)}${c.name}`,
  },
  commandMentions: terraformMentions,
  changeGroups: [{ prefix: 'tf:', title: 'Terraform' }],
} satisfies SourceKind;
