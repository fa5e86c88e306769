import { edgeId } from '../facts/index/fact-index.js';
import type { FactModel } from '../facts/model.js';
import type { ServiceGroup } from '../docs/sections/section-context.js';
import type { SignificantChange } from '../facts/diff-facts.js';

/**
 * The fact ids an agent-written section depends on. A section is regenerated only when one of
 * these facts (or its template, persona or model) changed, so this is what makes runs cheap.
 */
export function factIdsForSection(
  blockId: string,
  facts: FactModel,
  service?: ServiceGroup,
  adr?: SignificantChange,
): string[] {
  const ops = facts.api.operations.map((o) => o.id);
  const schemes = facts.api.securitySchemes.map((s) => s.id);
  const schema = [
    ...facts.schema.tables.map((t) => t.id),
    ...facts.schema.foreignKeys.map((f) => f.id),
    ...facts.schema.indexes.map((i) => i.id),
    ...facts.schema.enums.map((e) => e.id),
  ];
  const migrations = facts.schema.migrations.map((m) => m.id);
  const components = facts.infra.components.map((c) => c.id);
  const edges = facts.infra.edges.map(edgeId);
  // The findings about a section's facts are part of what it must address.
  const findingsAbout = (ids: string[]) => {
    const set = new Set(ids);
    return facts.findings
      .filter(
        (f) =>
          f.factIds.some((id) => set.has(id)) || (f.factIds.length === 0 && ids.some((i) => i.startsWith('table:'))),
      )
      .map((f) => f.id);
  };
  const withFindings = (ids: string[]) => [...ids, ...findingsAbout(ids)];
  switch (blockId) {
    case 'api.design-notes':
      return withFindings([...ops, ...schemes]);
    case 'data.notes':
      return withFindings([...schema, ...migrations]);
    case 'infra.notes':
      return withFindings([...components, ...edges]);
    case 'overview.security':
      return withFindings([...ops, ...schemes, ...components]);
    case 'adr.decision':
      return adr ? [...adr.factIds].sort() : [];
    case 'runbook.procedures': {
      if (!service) return components;
      const own = new Set(service.components.map((c) => c.id));
      const related = facts.infra.edges.filter((e) => own.has(e.from) || own.has(e.to));
      return withFindings(
        [...own, ...related.flatMap((e) => [e.from, e.to]), ...related.map(edgeId)]
          .filter((v, i, a) => a.indexOf(v) === i)
          .sort(),
      );
    }
    default:
      // Overview sections look at the whole system.
      return [...ops, ...schemes, ...schema, ...components, ...edges, ...facts.findings.map((f) => f.id)];
  }
}

/** Sections about the whole system that read tables by name: see `tableDetailFor`. */
const TABLES_BY_NAME = new Set(['overview.context', 'overview.reliability', 'overview.observability']);

/**
 * How much of each table a section's text depends on. The sections about the whole system describe
 * its data stores, flows and risks, not columns: they depend on which tables exist (and on the keys,
 * indexes and enums, in full), so a new column, the data doc's business, does not rewrite them. What
 * their kept text names must still exist: `goneSchemaNames` checks that before a section is kept.
 * Any other section (a new one included) depends on its tables whole.
 */
export function tableDetailFor(blockId: string): 'columns' | 'names' {
  return TABLES_BY_NAME.has(blockId) ? 'names' : 'columns';
}
