// Environments: the same services deployed several ways (a Compose file for local development, a
// Helm chart, a Kustomize overlay per stage). One table, a row per service and a column per
// environment, so a reader sees at a glance which version runs where and at what scale — the
// difference between staging and prod that a reviewer asks about first.

import type { Component, SystemComponent } from '../../facts/model.js';
import { emphasis, inlineCode, paragraph, tableNode, type Cell, type Inline, type Section } from '../markdown.js';
import type { SectionContext } from './section-context.js';
import { platformTitle } from './infra-sections.js';

/** Beyond this many environments the table is cut (a monorepo of many overlays). */
const MAX_ENVIRONMENTS = 12;

interface Environment {
  key: string;
  title: Inline[];
}

export function infraEnvironments(ctx: SectionContext): Section {
  const raw = new Map(ctx.facts.infra.components.map((c) => [c.id, c]));
  const environmentOf = (c: Component): Environment =>
    c.environment
      ? { key: `${c.platform}:${c.environment}`, title: [`${platformTitle(c.platform)} `, inlineCode(c.environment)] }
      : c.platform === 'compose'
        ? { key: `compose:${c.source.file}`, title: ['Compose ', inlineCode(c.source.file)] }
        : { key: c.platform, title: [`${platformTitle(c.platform)} (as written)`] };
  const services = ctx.facts.system.components.filter((s) => s.role === 'service' || s.role === 'job');
  const environments = new Map<string, Environment>();
  const cells = new Map<SystemComponent, Map<string, Component[]>>();
  for (const s of services) {
    const row = new Map<string, Component[]>();
    for (const id of s.runsAs) {
      const c = raw.get(id);
      if (!c?.deployable) continue;
      const env = environmentOf(c);
      environments.set(env.key, env);
      row.set(env.key, [...(row.get(env.key) ?? []), c]);
    }
    cells.set(s, row);
  }
  if (environments.size === 0) return [paragraph(emphasis('No deployed services.'))];
  if (environments.size === 1) {
    const only = [...environments.values()][0]!;
    return [paragraph(emphasis('Every service is deployed one way only: ', ...only.title, '.'))];
  }
  const columns = [...environments.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, MAX_ENVIRONMENTS);
  const rows = services
    .filter((s) => (cells.get(s)?.size ?? 0) > 0)
    .map((s) => [
      [inlineCode(s.name)] as Cell,
      ...columns.map((env): Cell => {
        const list = cells.get(s)?.get(env.key) ?? [];
        if (list.length === 0) return '—';
        return list.map((c) => deployedText(c)).join('; ');
      }),
    ]);
  const listed = services.filter((s) => (cells.get(s)?.size ?? 0) > 0);
  // Few services in many environments (one app promoted through eleven overlays) read better as
  // a row per environment: the table stays as narrow as it can.
  const table =
    columns.length > listed.length
      ? tableNode(
          ['Environment', ...listed.map((s) => [inlineCode(s.name)] as Cell)],
          columns.map((env, c) => [env.title as Cell, ...listed.map((_, i) => rows[i]![c + 1]!)]),
        )
      : tableNode(['Service', ...columns.map((e) => e.title)], rows);
  const out: Section = [table];
  if (environments.size > MAX_ENVIRONMENTS)
    out.push(paragraph(emphasis(`… and ${environments.size - MAX_ENVIRONMENTS} more environments.`)));
  return out;
}

/** `prod-orders · tag 1.4.1 · ×4` — the name there, the image tag and the replicas. */
function deployedText(c: Component): string {
  const bits = [c.namespace ? `${c.namespace}/${c.name}` : c.name];
  const tag = c.image ? imageTag(c.image) : undefined;
  if (tag) bits.push(`tag ${tag}`);
  if (c.replicas !== undefined) bits.push(`×${c.replicas}`);
  return bits.join(' · ');
}

function imageTag(image: string): string | undefined {
  const at = image.indexOf('@');
  if (at >= 0) return image.slice(at + 1, at + 20);
  const name = image.slice(image.lastIndexOf('/') + 1);
  const colon = name.lastIndexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : 'latest';
}
