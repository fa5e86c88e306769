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
  // Overrides, included and extended files are grouped into their project inside `extract`
  // (project-files.ts): which file is an override depends on its neighbours, and an included file
  // may sit anywhere, so no file is dropped here and none is read twice.
  async extract(input) {
    const { extractComposeProjects } = await import('./extract-compose.js');
    const { facts, diagnostics, alsoRead } = await extractComposeProjects(input);
    return { facts: { infra: facts }, diagnostics, ...(alsoRead ? { alsoRead } : {}) };
  },
  components: {
    title: 'Docker Compose',
    // A second project defining the same service is another environment: its file tells them apart.
    diagramName: (c) => (c.environment ? `${c.name} (${c.environment})` : c.name),
    reference: (c) =>
      `compose/${c.namespace ? `${c.namespace}/` : ''}${c.name}${c.environment ? ` (${c.environment})` : ''}`,
    deployedAs: (c) =>
      `compose service ${c.namespace ? `${c.namespace}/` : ''}${c.name}${c.environment ? ` in ${c.environment}` : ''}`,
  },
  commandMentions: composeMentions,
  changeGroups: [{ prefix: 'compose:', title: 'Compose' }],
} satisfies SourceKind;
