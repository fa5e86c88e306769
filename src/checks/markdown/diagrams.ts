// Rule `model-diagram`: no ```mermaid (or other diagram-language) code blocks. Diagrams are generated
// from the facts, never drawn by the model.

import type { Code } from '../../markdown/mdast.js';

/** Fenced code languages that are diagrams. */
const DIAGRAM_LANGUAGES = new Set(['mermaid', 'plantuml', 'puml', 'dot', 'graphviz', 'd2', 'nomnoml', 'ditaa']);

/** What to say about a code block in a diagram language, or undefined when it is not one. */
export function diagramMessage(node: Code): string | undefined {
  const lang = (node.lang ?? '').toLowerCase();
  if (!DIAGRAM_LANGUAGES.has(lang)) return undefined;
  const instead = 'remove this code block (describe the point in prose instead)';
  return `\`${lang}\` diagrams are generated from the facts, never written by hand; ${instead}`;
}
