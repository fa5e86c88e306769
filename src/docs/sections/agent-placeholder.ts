import { inlineCode, paragraph, strong, type Section } from '../markdown.js';

/**
 * What an agent-written section says while no model text exists for it (an offline run, or a
 * section the model could not write this time). It states plainly that the text is missing,
 * rather than pretending: a reader must never mistake it for a review.
 */
const PLACEHOLDER_LEAD = 'Not written yet: this section needs the architect model.';

export function agentPlaceholder(purpose: string): Section {
  return [
    paragraph(
      strong(PLACEHOLDER_LEAD),
      ` It will hold ${purpose}. It is written when Architect Docs runs with a model (`,
      inlineCode('anthropic-api-key'),
      '); the sections generated from facts are complete without it.',
    ),
  ];
}

/**
 * True when a block holds no model text: it is empty, or holds a placeholder — of this version or
 * an older one, recognised by its lead sentence, so a wording change never passes for model text.
 */
export function holdsNoModelText(body: string): boolean {
  const text = body.trim();
  return text === '' || text.startsWith(`**${PLACEHOLDER_LEAD}**`);
}
