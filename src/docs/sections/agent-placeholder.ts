import { inlineCode, paragraph, strong, type Section } from '../markdown.js';

/**
 * What an agent-written section says when no model was used. It states plainly that the text
 * is missing and why, rather than pretending: a reader must never mistake it for a review.
 */
export function agentPlaceholder(purpose: string): Section {
  return [
    paragraph(
      strong('Not written yet: this section needs the architect model.'),
      ` It will hold ${purpose}. This run was offline (no `,
      inlineCode('anthropic-api-key'),
      '), so only the sections generated from facts are filled in.',
    ),
  ];
}
