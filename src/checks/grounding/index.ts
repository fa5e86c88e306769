// The grounding check: every name a generated section mentions must exist in the facts.

export { checkGrounding } from './check-grounding.js';
export { markUnknownMentions } from './mark-unknown-mentions.js';
export { GENERIC_PATTERNS, GENERIC_TERMS } from './generic-terms.js';
export {
  UNKNOWN_CODE_NOTE,
  UNKNOWN_MARKER,
  type GroundingOptions,
  type GroundingResult,
  type Mention,
  type MentionKind,
} from './grounding-types.js';
