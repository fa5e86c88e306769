import type { Diagnostic, SchemaFacts, SourceLocation } from '../../facts/model.js';

/**
 * Adds one migration set's catalog to the facts of the sets merged before it. A table two folders
 * both define is documented from the one merged first (with a warning); `created` gives each table the
 * statement that created it. Every dialect's replay merges its sets
 * this way.
 */
export function mergeCatalog(
  facts: SchemaFacts,
  catalog: Omit<SchemaFacts, 'dialect' | 'migrations'>,
  created: Map<string, SourceLocation>,
  dir: string,
  diagnostics: Diagnostic[],
): void {
  const known = new Set(facts.tables.map((t) => t.id));
  for (const t of catalog.tables) {
    if (known.has(t.id)) {
      diagnostics.push({
        severity: 'warning',
        stage: 'migrations',
        file: dir,
        message:
          `${t.id} is also defined by another migration folder; one definition is documented ` +
          '(PostgreSQL: the folder that replays cleanest)',
      });
      continue;
    }
    const source = created.get(t.id);
    facts.tables.push(source ? { ...t, source } : t);
  }
  const keep = <T extends { id: string }>(list: T[], more: T[]) => {
    const ids = new Set(list.map((x) => x.id));
    for (const x of more) if (!ids.has(x.id)) list.push(x);
  };
  keep(facts.foreignKeys, catalog.foreignKeys);
  keep(facts.indexes, catalog.indexes);
  keep(facts.enums, catalog.enums);
}
