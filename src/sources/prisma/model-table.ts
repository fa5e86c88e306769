import type { SourceLocation } from '../../facts/model.js';
import type { DmmfModel } from './dmmf.js';
import type { OutlineBlock } from './schema-outline.js';

/** A model as the table it becomes: where it is, and its fields' column names. */
export interface ModelTable {
  model: DmmfModel;
  block: OutlineBlock | undefined;
  schema: string;
  name: string;
  /** Field name → column name, Unsupported fields included. */
  columns: Map<string, string>;
  at: SourceLocation;
}

/** Where a field is written, else its model. */
export function fieldOrigin(t: ModelTable, field: string): SourceLocation {
  const f = t.block?.fields.find((x) => x.name === field);
  return f ? { file: t.at.file, line: f.line } : t.at;
}
