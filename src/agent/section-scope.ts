import type { FactModel } from '../facts/model.js';
import { edgeId } from '../facts/index/fact-index.js';

/** The kind of a fact id: what comes before its first `:` (`table`, `op`, `k8s`, `finding` …). */
const kindOf = (id: string) => id.slice(0, Math.max(0, id.indexOf(':')));

/** How many facts of each kind the fact model has, for `sectionScope`. */
export function factKindCounts(facts: FactModel): Map<string, number> {
  const ids = [
    ...facts.api.operations.map((o) => o.id),
    ...facts.api.securitySchemes.map((s) => s.id),
    ...facts.schema.tables.map((t) => t.id),
    ...facts.schema.foreignKeys.map((f) => f.id),
    ...facts.schema.indexes.map((i) => i.id),
    ...facts.schema.enums.map((e) => e.id),
    ...facts.schema.migrations.map((m) => m.id),
    ...facts.infra.components.map((c) => c.id),
    ...facts.infra.edges.map(edgeId),
    ...facts.findings.map((f) => f.id),
  ];
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(kindOf(id), (counts.get(kindOf(id)) ?? 0) + 1);
  return counts;
}

/**
 * The facts a section is about, for a request whose cached prefix already lists every fact with
 * its detail: a kind the section covers whole is named by its count, the rest by id. Repeating the
 * facts here would make every section pay for them again outside the cache.
 */
export function sectionScope(ids: string[], counts: ReadonlyMap<string, number>): string {
  const byKind = new Map<string, string[]>();
  for (const id of ids) byKind.set(kindOf(id), [...(byKind.get(kindOf(id)) ?? []), id]);
  const lines: string[] = [];
  for (const [kind, some] of byKind) {
    const total = counts.get(kind) ?? some.length;
    lines.push(some.length === total && total > 1 ? `- every \`${kind}:\` fact (${total})` : `- ${some.join(', ')}`);
  }
  lines.push(
    '(Their detail is in the facts above; lookup_facts gives the whole record of any fact, ' +
      'read_source its source lines.)',
  );
  return lines.join('\n');
}
