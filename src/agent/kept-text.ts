import { checkGrounding, UNKNOWN_MARKER } from '../checks/grounding/index.js';
import type { FactModel } from '../facts/model.js';
import { splitRenderedText } from './render-answer.js';

/**
 * The tables and columns a kept section's description names that the facts no longer have (a
 * column dropped or renamed since it was written). A section that depends on tables by name only
 * (`tableDetailFor`) is not rewritten for a column change, so its text is read for such names
 * before it is kept; any found means it is written again. A name the text already marks as not in
 * the sources (grounding `warn`) was accepted so, and does not count.
 */
export function goneSchemaNames(text: string, depth: number, facts: FactModel): string[] {
  const { claims } = splitRenderedText(text, depth);
  const gone = checkGrounding(claims, facts).unknown.filter(
    (m) =>
      (m.kind === 'table' || m.kind === 'column') &&
      !(m.end !== undefined && claims.slice(m.end).startsWith(UNKNOWN_MARKER)),
  );
  return [...new Set(gone.map((m) => m.text))];
}
