import type { SourceLocation } from '../../facts/model.js';
import type { Dmmf } from './dmmf.js';
import { baseColumnType } from './postgres-column-types.js';
import { joinTableNames } from './prisma-naming.js';
import { fieldOrigin, type ModelTable } from './model-table.js';

export interface JoinTable {
  names: ReturnType<typeof joinTableNames>;
  schema: string;
  typeA: string;
  typeB: string;
  refA: { table: ModelTable; column: string };
  refB: { table: ModelTable; column: string };
  origin: SourceLocation;
}

/**
 * Implicit many-to-many relations (a list on both sides, no `fields:`): Prisma keeps them in a
 * join table `_<Relation>` whose column A references the model first in alphabetical order, B the
 * other, each typed like the primary key it references; the table lives in A's schema.
 */
export function joinTables(
  dmmf: Dmmf,
  tables: Map<string, ModelTable>,
  enumType: (name: string) => string,
): JoinTable[] {
  const out: JoinTable[] = [];
  const seen = new Set<string>();
  for (const t of tables.values()) {
    for (const f of t.model.fields) {
      if (f.kind !== 'object' || !f.isList || f.relationFromFields?.length || !f.relationName) continue;
      const other = tables.get(f.type);
      const back = other?.model.fields.find(
        (g) => g.kind === 'object' && g.relationName === f.relationName && g.type === t.model.name && g !== f,
      );
      if (!other || !back?.isList) continue;
      const [a, b] = [t, other].sort((x, y) =>
        x.model.name < y.model.name ? -1 : x.model.name > y.model.name ? 1 : 0,
      );
      const key = `${f.relationName}|${a!.model.name}|${b!.model.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const idOf = (side: ModelTable) => {
        const pk = dmmf.datamodel.indexes.find((i) => i.model === side.model.name && i.type === 'id');
        const field = side.model.fields.find((x) => x.name === pk?.fields[0]?.name);
        return field ? { field, column: side.columns.get(field.name) ?? field.name } : undefined;
      };
      const idA = idOf(a!);
      const idB = idOf(b!);
      if (!idA || !idB) continue;
      const fieldOfA = a === t ? f : back;
      out.push({
        names: joinTableNames(f.relationName),
        schema: a!.schema,
        typeA: baseColumnType(idA.field, enumType),
        typeB: baseColumnType(idB.field, enumType),
        refA: { table: a!, column: idA.column },
        refB: { table: b!, column: idB.column },
        origin: fieldOrigin(a!, fieldOfA.name),
      });
    }
  }
  return out;
}
