import { posix } from 'node:path';
import type { SignificantChange } from '../facts/diff-facts.js';
import type { FactModel } from '../facts/model.js';
import type { ServiceGroup } from './sections/section-context.js';
import { fillTemplate, type TemplateName, type Templates } from './templates.js';
import { slugify } from '../system/names.js';

export { slugify };

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
 * Deployable components grouped by name: `orders-api` in Compose and in Kubernetes is one
 * service with one runbook, not two.
 */
export function groupServices(facts: FactModel): ServiceGroup[] {
  const bySlug = new Map<string, ServiceGroup>();
  for (const c of facts.infra.components) {
    if (!c.deployable) continue;
    const slug = slugify(c.name);
    const group = bySlug.get(slug) ?? { name: c.name, slug, components: [] };
    group.components.push(c);
    bySlug.set(slug, group);
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}
