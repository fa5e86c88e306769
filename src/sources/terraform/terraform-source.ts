import type { SourceKind } from '../source-kind.js';
import { terraformMentions } from './terraform-mentions.js';

const TF = /\.tf$/i;

/** Terraform configuration: resources and the references between them. */
export const terraformSource = {
  name: 'terraform',
  label: 'Terraform files',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: TF,
  detect: (c) => TF.test(c.base),
  async extract({ files, text }) {
    const { extractTerraform } = await import('./extract-terraform.js');
    const r = await extractTerraform(files.map((file) => ({ file, text: text(file) })));
    return { facts: { infra: r.facts }, diagnostics: r.diagnostics };
  },
  components: {
    title: 'Terraform',
    diagramName: (c) => c.name,
    reference: (c) => `${c.kind}/${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
    deployedAs: (c) => `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
  },
  commandMentions: terraformMentions,
  changeGroups: [{ prefix: 'tf:', title: 'Terraform' }],
} satisfies SourceKind;
