// The grounding check: every name a generated section mentions must exist in the facts.

export {
  checkAnswer,
  type AnswerCheck,
  type ClaimPart,
  type ProposalCheck,
  type ProposalPart,
} from './check-answer.js';
export { checkGrounding } from './check-grounding.js';
export { markProposedMentions, markUnknownMentions } from './mark-unknown-mentions.js';
export { GENERIC_PATTERNS, GENERIC_TERMS } from './generic-terms.js';
export {
  PROPOSED_MARKER,
  UNKNOWN_CODE_NOTE,
  UNKNOWN_MARKER,
  type GroundingOptions,
  type GroundingResult,
  type Mention,
  type MentionKind,
  type SqlParser,
} from './grounding-types.js';
export { PROPOSED_KINDS, type Proposal, type ProposedKind, type ProposedName } from './proposal-types.js';
