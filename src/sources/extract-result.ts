import type { Diagnostic } from '../facts/model.js';

/** What every source extractor returns: the facts it could read and what it could not. */
export interface Extracted<T> {
  facts: T;
  diagnostics: Diagnostic[];
  /**
   * Files the extractor read beyond those discovery handed it (a `$ref`'d path item, say), by
   * repo-relative path, with their text: they are inputs too, hashed so a change re-extracts.
   */
  alsoRead?: Map<string, string>;
}
