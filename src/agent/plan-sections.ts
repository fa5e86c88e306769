import { canonicalJson, digest } from '../facts/hash.js';
import { factIndex } from '../facts/index/fact-index.js';
import type { FactModel } from '../facts/model.js';
import { normaliseBody, parseBlocks } from '../docs/managed-blocks.js';
import type { PlannedDoc } from '../docs/plan-docs.js';
import { holdsNoModelText } from '../docs/sections/agent-placeholder.js';
import { SECTIONS } from '../docs/sections/section-registry.js';
import { inlineFacts, type SectionJob } from './prompt.js';
import { factIdsForSection, tableDetailFor } from './section-facts.js';
import { goneSchemaNames } from './kept-text.js';
import { factKindCounts, sectionScope } from './section-scope.js';
import type { SectionState } from '../state/state-file.js';

export interface SectionPlan {
  jobs: SectionJob[];
  /** `file#blockId` of agent sections whose inputs did not change: no call needed. */
  unchanged: string[];
}

export interface PlanInput {
  facts: FactModel;
  previousFacts?: FactModel;
  docs: PlannedDoc[];
  existing: Map<string, string | undefined>;
  sections: Record<string, SectionState>;
  /** Digest of the persona text: a new persona rewrites every section. */
  personaDigest: string;
  templatesDigest: string;
  model: string;
  force: boolean;
  /** Tokens a section's inlined facts may take; beyond it the model looks them up with tools. */
  inlineFactsTokens: number;
  /**
   * The cached prefix lists every fact with its detail (fact digest level 0): a section's request
   * then names its facts instead of repeating them. Else they are inlined (`inlineFacts`).
   */
  factsInPrefix?: boolean;
}

export const sectionKey = (file: string, blockId: string) => `${file}#${blockId}`;

/**
 * Decides which agent sections need the model. A section is (re)written when it has no model
 * text yet, or when anything it was written from changed: its facts, its template, the persona or
 * the model. Everything else is left alone — that is what makes an unchanged run free.
 */
export function planSections(input: PlanInput): SectionPlan {
  const byId = factIndex(input.facts).byId;
  const prevById = input.previousFacts ? factIndex(input.previousFacts).byId : undefined;
  const jobs: SectionJob[] = [];
  const unchanged: string[] = [];
  const counts = input.factsInPrefix ? factKindCounts(input.facts) : undefined;
  for (const doc of input.docs) {
    const previous = input.existing.get(doc.file);
    const source = previous ?? doc.template;
    const blocks = parseBlocks(source).blocks;
    for (const block of blocks) {
      const spec = SECTIONS[block.id];
      if (spec?.kind !== 'agent') continue;
      const held = normaliseBody(block.body);
      const isPlaceholder = holdsNoModelText(held);
      const factIds = factIdsForSection(block.id, input.facts, doc.service, doc.adr);
      // A decision record about a removal talks about facts only the previous run had.
      const used = factIds.map((id) => byId.get(id) ?? prevById?.get(id) ?? null);
      const byName = tableDetailFor(block.id) === 'names';
      const inputsDigest = digest({
        block: block.id,
        purpose: spec.purpose,
        template: input.templatesDigest,
        persona: input.personaDigest,
        model: input.model,
        service: doc.service?.name,
        facts: byName ? used.map((f, i) => (factIds[i]!.startsWith('table:') ? factIds[i] : f)) : used,
      });
      const key = sectionKey(doc.file, block.id);
      const minHeadingDepth = headingDepthAbove(source, block.start) + 1;
      const inputsSame = !input.force && !isPlaceholder && input.sections[key]?.digest === inputsDigest;
      // Told to the model whenever the section is rewritten; it alone rewrites a section that reads tables by name.
      const gone = byName && !isPlaceholder ? goneSchemaNames(held, minHeadingDepth, input.facts) : [];
      if (inputsSame && gone.length === 0) {
        unchanged.push(key);
        continue;
      }
      const changes = [
        !isPlaceholder && prevById ? changeSummary(factIds, byId, prevById) : undefined,
        ...gone.map((name) => `- no longer in the facts, named by the current text: ${name}`),
      ].filter(Boolean);
      // Facts of the previous run only are not in the prefix: those sections get theirs inlined.
      const inPrefix = counts !== undefined && factIds.every((id) => byId.has(id));
      jobs.push({
        file: doc.file,
        blockId: block.id,
        purpose: spec.purpose,
        minHeadingDepth,
        factIds,
        factsText: inPrefix ? sectionScope(factIds, counts) : inlineFacts(factIds, used, input.inlineFactsTokens),
        currentText: isPlaceholder ? undefined : held,
        changeSummary: changes.length > 0 ? changes.join('\n') : undefined,
        service: doc.service?.name,
        inputsDigest,
        ...(doc.adr && input.previousFacts ? { alsoKnown: input.previousFacts } : {}),
        ...(spec.answer ? { answer: spec.answer } : {}),
      });
    }
  }
  return { jobs, unchanged };
}

/** Depth of the last heading before `offset` (outside code fences); 1 when there is none. */
function headingDepthAbove(text: string, offset: number): number {
  let depth = 1;
  let fence: string | undefined;
  for (const line of text.slice(0, offset).split(/\r?\n/)) {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (f && (!fence || f[0] === fence[0])) fence = fence ? undefined : f;
    const h = !fence && /^\s{0,3}(#{1,6})\s/.exec(line);
    if (h) depth = h[1]!.length;
  }
  return Math.min(depth, 5);
}

/** Added, removed and changed fact ids of this section since the previous run. */
export function changeSummary(
  ids: string[],
  now: ReadonlyMap<string, unknown>,
  before: ReadonlyMap<string, unknown>,
): string | undefined {
  const lines: string[] = [];
  for (const id of ids) {
    if (!before.has(id)) lines.push(`- added: ${id}`);
    // Key order is not a change: the previous facts come back from the state file with sorted keys.
    else if (canonicalJson(before.get(id)) !== canonicalJson(now.get(id))) lines.push(`- changed: ${id}`);
  }
  const current = new Set(ids);
  // Removed facts of the same kinds this section covers.
  const kinds = new Set(ids.map((id) => id.split(':')[0]));
  for (const id of before.keys())
    if (!current.has(id) && kinds.has(id.split(':')[0]) && !now.has(id)) lines.push(`- removed: ${id}`);
  if (lines.length === 0) return undefined;
  const MAX = 60;
  return lines.length > MAX
    ? `${lines.slice(0, MAX).join('\n')}\n- … and ${lines.length - MAX} more changes (use lookup_facts)`
    : lines.join('\n');
}
