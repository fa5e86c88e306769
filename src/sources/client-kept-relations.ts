import type { Diagnostic, SchemaFacts } from '../facts/model.js';

// Relations an ORM keeps in application code (`relationMode = "prisma"`) come from the ORM's schema,
// while the tables may come from the SQL migrations beside it: the two can disagree. A relation is
// kept only when both of its tables, and their columns, are in the model, and not when the database
// holds the same constraint already (older migrations may have created it before the mode changed).

export function joinClientKeptRelations(schema: SchemaFacts, diagnostics: Diagnostic[]): SchemaFacts {
  if (!schema.foreignKeys.some((fk) => fk.keptBy)) return schema;
  const columns = new Map(schema.tables.map((t) => [t.id, new Set(t.columns.map((c) => c.name))]));
  const enforced = new Set(schema.foreignKeys.filter((fk) => !fk.keptBy).map((fk) => fk.id));
  const has = (table: string, cols: readonly string[]) => {
    const known = columns.get(table);
    return known !== undefined && cols.every((c) => known.has(c));
  };
  const unresolved: SchemaFacts['foreignKeys'] = [];
  const foreignKeys = schema.foreignKeys.filter((fk) => {
    if (!fk.keptBy) return true;
    if (enforced.has(fk.id)) return false;
    if (has(fk.table, fk.columns) && has(fk.refTable, fk.refColumns)) return true;
    unresolved.push(fk);
    return false;
  });
  const first = unresolved[0];
  if (first?.keptBy)
    diagnostics.push({
      severity: 'warning',
      stage: 'migrations',
      file: first.keptBy.source.file,
      line: first.keptBy.source.line,
      message:
        `${unresolved.length} relation${unresolved.length === 1 ? '' : 's'} of this schema (${first.name}` +
        `${unresolved.length > 1 ? ' …' : ''}) name a table or column the migrations do not create: ` +
        'the schema is ahead of its migrations, and those relations are not documented',
    });
  return { ...schema, foreignKeys };
}
