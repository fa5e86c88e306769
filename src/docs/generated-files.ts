import type { CatalogSettings } from '../config/config-schema.js';
import type { FactModel } from '../facts/model.js';
import { backstageCatalog } from './catalog/backstage-catalog.js';

/**
 * A file the run writes whole from the facts. Unlike the Markdown docs it has no managed blocks
 * and no human text to keep, so it never goes through block parsing or merging: the new text
 * simply replaces the old, and is written, committed and checked like the docs.
 */
export interface GeneratedFile {
  /** Repo-relative path, inside the docs folder. */
  file: string;
  text: string;
}

/** The non-Markdown outputs the config turns on (today: the Backstage catalog). */
export function generatedFiles(facts: FactModel, catalog: CatalogSettings): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  if (catalog.backstage) files.push({ file: catalog.file, text: backstageCatalog(facts, catalog) });
  return files;
}
