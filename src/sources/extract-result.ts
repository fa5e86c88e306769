import type { Diagnostic } from '../facts/model.js';

/** What every source extractor returns: the facts it could read and what it could not. */
export interface Extracted<T> {
  facts: T;
  diagnostics: Diagnostic[];
}
