// The part of Prisma's DMMF (its data model as JSON, from `get_dmmf`) the SQL rendering reads. The
// package ships no types for it; these follow what the engine emits (Prisma 6/7 DMMF).

export interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

export interface DmmfModel {
  name: string;
  /** `@@map`: the table's name when it differs from the model's. */
  dbName: string | null;
  /** `@@schema` (multi-schema datasources). */
  schema: string | null;
  fields: DmmfField[];
}

/** A function default (`autoincrement()`, `now()`, `dbgenerated("…")`, `uuid(4)` …). */
export interface DmmfFunctionDefault {
  name: string;
  args: unknown[];
}

/** A literal default: the value as written (an enum default is the value's Prisma name). */
export type DmmfDefault = DmmfFunctionDefault | string | number | boolean | (string | number | boolean)[];

export interface DmmfField {
  name: string;
  /** `@map`: the column's name when it differs from the field's. */
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  /** `[name, args]`, as in `@db.VarChar(200)` → `['VarChar', ['200']]`. */
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  /** The `map:` name, when the schema gives one; otherwise Prisma's default name applies. */
  dbName?: string | null;
  /** `type: Gin` …; B-tree when absent. */
  algorithm?: string;
  fields: { name: string; sortOrder?: 'asc' | 'desc'; operatorClass?: string; length?: number }[];
}

export function isFunctionDefault(d: DmmfDefault | undefined): d is DmmfFunctionDefault {
  return typeof d === 'object' && d !== null && !Array.isArray(d);
}
