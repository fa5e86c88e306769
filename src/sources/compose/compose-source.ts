import type { SourceKind } from '../source-kind.js';

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;

/** Docker Compose files: services, ports, dependencies, env references between services. */
export const composeSource = {
  name: 'compose',
  label: 'Compose files',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: COMPOSE_NAME,
  detect: (c) => COMPOSE_NAME.test(c.base),
  async extract({ files, text }) {
    const { extractCompose } = await import('./extract-compose.js');
    const parts = files.map((file) => extractCompose(file, text(file)));
    return { facts: { infra: { components: parts.flatMap((p) => p.facts.components), edges: parts.flatMap((p) => p.facts.edges) } }, diagnostics: parts.flatMap((p) => p.diagnostics) };
  },
  components: {
    title: 'Docker Compose',
    diagramName: (c) => c.name,
    reference: (c) => `compose/${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
    deployedAs: (c) => `compose service ${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
  },
  changeGroups: [{ prefix: 'compose:', title: 'Compose' }],
} satisfies SourceKind;
