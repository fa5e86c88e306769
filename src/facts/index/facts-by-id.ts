import type { Edge, FactModel } from '../model.js';

/** Edges have no id of their own: this one is stable across runs and says what the edge is. */
export function edgeId(e: Pick<Edge, 'from' | 'to' | 'kind' | 'via'>): string {
  return `edge:${e.from}->${e.to}:${e.kind}${e.via ? `:${e.via}` : ''}`;
}

/**
 * Every fact by id, in model order, for lookups and for hashing the facts a section used.
 * Columns carry their table's id, since a column alone does not say where it is.
 */
export function factsById(facts: FactModel): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  const { api, schema, infra } = facts;
  const lists = [
    api.specs,
    api.operations,
    api.securitySchemes,
    schema.tables,
    schema.foreignKeys,
    schema.indexes,
    schema.enums,
    schema.migrations,
    infra.components,
  ];
  for (const list of lists) for (const f of list as { id: string }[]) byId.set(f.id, f);
  for (const t of schema.tables) for (const c of t.columns) byId.set(c.id, { ...c, table: t.id });
  for (const e of infra.edges) byId.set(edgeId(e), e);
  for (const f of facts.findings) byId.set(f.id, f);
  for (const c of facts.system?.components ?? []) byId.set(c.id, c);
  return byId;
}

/** The facts of one list by id; the first of an id wins, as a search of the list would find it. */
export function firstById<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const x of list) if (!byId.has(x.id)) byId.set(x.id, x);
  return byId;
}
