import type { FactModel } from '../../facts/model.js';
import { checkGrounding } from './check-grounding.js';
import type { GroundingOptions, GroundingResult, Mention } from './grounding-types.js';
import type { Proposal } from './proposal-types.js';
import { ProposedNames } from './proposed-names.js';

// Grounding for an answer that keeps claims and proposals apart.
//
//   Claims (what the system is and does): every name must exist in the facts, as before. A name a
//   recommendation declares as new is not allowed here either: the description of the system must
//   never present a proposal as the current design.
//   Proposals: each may name new things, but only those it declares in `proposed`; every other
//   name in its text, and every name in `touches`, must exist. A declared "new" name that already
//   exists is not an error (the model was careful) and simply counts as touched.

export interface ClaimPart {
  /** How the problems call this part ("the section", "context"). */
  label: string;
  markdown: string;
}

export interface ProposalPart {
  label: string;
  proposal: Proposal;
}

export interface ProposalCheck {
  label: string;
  /** The proposal with existing "new" names moved to `touches`. */
  proposal: Proposal;
  /** The mentions in its text; `proposed` set on those that name a declared new thing. */
  mentions: Mention[];
  /** Mentions neither in the facts nor declared. */
  unknown: Mention[];
  /** Touched names that do not exist. */
  unknownTouches: string[];
}

export interface AnswerCheck {
  /** All claim parts together: the ratio of the run counts these only. */
  claims: GroundingResult;
  claimParts: { label: string; grounding: GroundingResult }[];
  proposals: ProposalCheck[];
  /** Every problem, as sent back to the model for its one retry. */
  problems: string[];
}

export function checkAnswer(
  claimParts: readonly ClaimPart[],
  proposalParts: readonly ProposalPart[],
  facts: FactModel,
  opts: GroundingOptions = {},
): AnswerCheck {
  const problems: string[] = [];
  const exists = (name: string) => nameExists(name, facts, opts);
  const proposals = proposalParts.map((p) => checkProposal(p, facts, opts, exists));
  const declared = proposals.map((p) => ({ label: p.label, names: new ProposedNames(p.proposal.proposed) }));

  const parts = claimParts.map((part) => ({
    label: part.label,
    grounding: checkGrounding(part.markdown, facts, opts),
  }));
  for (const part of parts) {
    for (const m of part.grounding.unknown) {
      const owner = declared.find((d) => d.names.matches(m));
      problems.push(
        owner
          ? `${part.label}, line ${m.line}: \`${m.text}\` is only proposed (${owner.label}); describe the system as ` +
              `it is here and name \`${m.text}\` only in the recommendation`
          : `${part.label}, line ${m.line}: ${m.kind === 'name' ? 'name' : m.kind} \`${m.text}\` does not exist in ` +
              `the facts; remove it or use a name from the facts (a change you recommend goes in a recommendation)`,
      );
    }
  }
  for (const p of proposals) {
    for (const m of p.unknown) {
      problems.push(
        `${p.label}, line ${m.line}: \`${m.text}\` does not exist in the facts and is not declared in \`proposed\`; ` +
          `declare it if it is new, or use the name the facts give`,
      );
    }
    for (const t of p.unknownTouches) {
      problems.push(`${p.label}: touches \`${t}\`, which does not exist in the facts; list only existing names there`);
    }
  }
  const mentions = parts.flatMap((p) => p.grounding.mentions);
  const unknown = parts.flatMap((p) => p.grounding.unknown);
  return {
    claims: {
      mentions,
      unknown,
      ratio: mentions.length === 0 ? 1 : (mentions.length - unknown.length) / mentions.length,
    },
    claimParts: parts,
    proposals,
    problems,
  };
}

function checkProposal(
  part: ProposalPart,
  facts: FactModel,
  opts: GroundingOptions,
  exists: (name: string) => boolean,
): ProposalCheck {
  const { proposal } = part;
  const proposed = proposal.proposed.filter((p) => !exists(p.name));
  const alreadyThere = proposal.proposed.filter((p) => !proposed.includes(p)).map((p) => p.name);
  const touches = [...new Set([...proposal.touches, ...alreadyThere].map(cleanName).filter(Boolean))];
  const names = new ProposedNames(proposed);
  const grounding = checkGrounding(proposal.markdown, facts, opts);
  const mentions = grounding.mentions.map((m) => (!m.known && names.matches(m) ? { ...m, proposed: true } : m));
  return {
    label: part.label,
    proposal: { ...proposal, proposed, touches },
    mentions,
    unknown: mentions.filter((m) => !m.known && !m.proposed),
    unknownTouches: touches.filter((t) => !exists(t)),
  };
}

/** A touched name as written, without backticks or a trailing kind word ("orders table"). */
function cleanName(name: string): string {
  return name
    .trim()
    .replace(/\s+\(?(table|column|service|endpoint|index|queue|component|deployment)\)?$/i, '')
    .trim()
    .replace(/^`+|`+$/g, '')
    .trim();
}

/** Whether a single name exists in the facts: read as a code span would be, and every mention in it known. */
function nameExists(name: string, facts: FactModel, opts: GroundingOptions): boolean {
  const clean = cleanName(name);
  if (clean === '') return false;
  const r = checkGrounding(`\`${clean}\``, facts, opts);
  if (r.mentions.length > 0) return r.unknown.length === 0;
  // A plain word the check does not read as a name (`orders`, `Deployment`): a name only when the
  // facts hold it under some kind.
  const asTable = checkGrounding(`\`${clean}\` table`, facts, opts);
  if (asTable.mentions.length > 0 && asTable.unknown.length === 0) return true;
  const asComponent = checkGrounding(`\`${clean}\` service`, facts, opts);
  return asComponent.mentions.length > 0 && asComponent.unknown.length === 0;
}
