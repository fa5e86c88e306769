import { posix } from 'node:path';
import type { SignificantChange } from '../facts/diff-facts.js';
import type { Component, FactModel } from '../facts/model.js';
import type { ServiceGroup } from './sections/section-context.js';
import { fillTemplate, type TemplateName, type Templates } from './templates.js';
import { slugify } from '../system/names.js';

/** One document the run owns: where it goes and the template it starts from. */
export interface PlannedDoc {
  /** Set for an architecture decision record drafted for a significant change. */
  adr?: SignificantChange;
  /** Repo-relative path. */
  file: string;
  templateName: TemplateName;
  template: string;
  service?: ServiceGroup;
}

/**
 * The docs the facts call for: the five fixed documents, one runbook per deployable service, and
 * one decision record per architecturally significant change of this run (numbered after the
 * existing ones; once written, a record is history and is not planned again).
 */
export function planDocs(
  facts: FactModel,
  docsDir: string,
  templates: Templates,
  adrs: { changes: SignificantChange[]; nextNumber: number } = { changes: [], nextNumber: 1 },
): { docs: PlannedDoc[]; services: ServiceGroup[] } {
  const services = groupServices(facts);
  const fixed: [string, TemplateName][] = [
    ['README.md', 'overview.md'],
    ['api.md', 'api.md'],
    ['data-model.md', 'data-model.md'],
    ['infrastructure.md', 'infrastructure.md'],
    ['risks.md', 'risks.md'],
  ];
  const docs: PlannedDoc[] = fixed.map(([file, templateName]) => ({
    file: posix.join(docsDir, file),
    templateName,
    template: templates.texts[templateName],
  }));
  for (const service of services) {
    docs.push({
      file: posix.join(docsDir, 'runbooks', `${service.slug}.md`),
      templateName: 'runbook.md',
      template: fillTemplate(templates.texts['runbook.md'], { service: service.name }),
      service,
    });
  }
  adrs.changes.forEach((adr, i) => {
    const number = String(adrs.nextNumber + i).padStart(4, '0');
    docs.push({
      file: posix.join(docsDir, 'adr', `${number}-${slugify(adr.title)}.md`),
      templateName: 'adr.md',
      template: fillTemplate(templates.texts['adr.md'], { number, title: adr.title }),
      adr,
    });
  });
  return { docs, services };
}

/** The number the next decision record gets: one more than the highest `NNNN-*.md` there. */
export function nextAdrNumber(existingFiles: string[]): number {
  const numbers = existingFiles
    .map((f) => /^(\d{4})-.*\.md$/.exec(f)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/**
 * One runbook per logical component that runs something the team deploys: the system model has
 * already decided that Compose's `elements` and the Deployment `hanko-elements` are one service, so
 * they get one runbook. Without a system model (no infrastructure read), deployables are grouped
 * by name.
 */
export function groupServices(facts: FactModel): ServiceGroup[] {
  const byId = new Map(facts.infra.components.map((c) => [c.id, c]));
  const bySlug = new Map<string, ServiceGroup>();
  const placed = new Set<string>();
  for (const s of facts.system?.components ?? []) {
    const deployables = s.runsAs.map((id) => byId.get(id)).filter((c): c is Component => c?.deployable === true);
    if (deployables.length === 0) continue;
    const slug = uniqueSlug(slugify(s.name), bySlug);
    bySlug.set(slug, { name: s.name, slug, components: deployables });
    for (const c of deployables) placed.add(c.id);
  }
  for (const c of facts.infra.components) {
    if (!c.deployable || placed.has(c.id)) continue;
    const slug = slugify(c.name);
    const group = bySlug.get(slug) ?? { name: c.name, slug, components: [] };
    group.components.push(c);
    bySlug.set(slug, group);
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

function uniqueSlug(slug: string, taken: Map<string, unknown>): string {
  let out = slug;
  for (let n = 2; taken.has(out); n++) out = `${slug}-${n}`;
  return out;
}
