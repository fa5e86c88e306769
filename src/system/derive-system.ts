// The system stage: the logical system model derived from the facts (see `SystemModel`).
// Work in progress: the derivation lands in this folder, one concern per file.

import type { FactModel, SystemModel } from '../facts/model.js';

/** The logical components, their connections and what the sources do not show. */
export function deriveSystem(_facts: FactModel): SystemModel {
  return { components: [], edges: [], unknowns: [] };
}
