import type { SourceKind } from '../source-kind.js';
import { composeMentions } from './compose-mentions.js';

const COMPOSE_NAME = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i;
const YAML = /\.ya?ml$/i;
/** A top-level `services:` mapping (not a list, as in GitLab CI) whose first entry is a service name. */
const SERVICES_MAPPING = /^services:[ \t]*(?:#.*)?\n(?:[ \t]*(?:#.*)?\n)*([ \t]+)[\w.-]+:[ \t]*(?:#.*)?\n/m;

/**
 * Compose files are named `compose.yaml`/`docker-compose*.yml` by convention only: real
 * repositories also keep them as `quickstart.yml` or `deploy/docker-compose/base.yaml`. Without
 * the name, a top-level `services:` mapping with `image:` or `build:` beneath it, and no
 * `apiVersion`, is a Compose file.
 */
function looksLikeCompose(head: string): boolean {
  const m = SERVICES_MAPPING.exec(head);
  if (!m || /^apiVersion:/m.test(head)) return false;
  return new RegExp(`^${m[1]}[ \\t]+(image|build):`, 'm').test(head.slice(m.index));
}

/** Docker Compose files: services, ports, dependencies, env references between services. */
export const composeSource = {
  name: 'compose',
  label: 'Compose files',
  stage: 'infra',
  area: 'infrastructure',
  configKey: 'infra',
  fileName: YAML,
  detect: (c) => COMPOSE_NAME.test(c.base) || looksLikeCompose(c.head),
  async extract({ files, text }) {
    const { extractCompose } = await import('./extract-compose.js');
    const parts = files.map((file) => extractCompose(file, text(file)));
    // A service defined again in a later file is documented from its first file (the merge says
    // so); its later definition's dependencies must not be credited to the first one.
    const defined = new Set<string>();
    const edges = parts.flatMap((p) => {
      const again = new Set(p.facts.components.filter((c) => defined.has(c.id)).map((c) => c.id));
      for (const c of p.facts.components) defined.add(c.id);
      return p.facts.edges.filter((e) => !again.has(e.from));
    });
    return {
      facts: { infra: { components: parts.flatMap((p) => p.facts.components), edges } },
      diagnostics: parts.flatMap((p) => p.diagnostics),
    };
  },
  components: {
    title: 'Docker Compose',
    diagramName: (c) => c.name,
    reference: (c) => `compose/${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
    deployedAs: (c) => `compose service ${c.namespace ? `${c.namespace}/` : ''}${c.name}`,
  },
  commandMentions: composeMentions,
  changeGroups: [{ prefix: 'compose:', title: 'Compose' }],
} satisfies SourceKind;
