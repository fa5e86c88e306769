import { inlineCode, list, paragraph, type Inline, type Section } from '../markdown.js';
import type { SectionContext } from './section-context.js';

const KIND_WORDS = {
  'new-service': 'A new deployable service',
  'new-datastore': 'A new datastore',
  'new-integration': 'A new third-party integration',
  'breaking-api-change': 'A breaking change to the API contract',
} as const;

/** The change a decision record is about, as the facts show it. */
export function adrChange(ctx: SectionContext): Section {
  const adr = ctx.adr;
  if (!adr) return [paragraph('This record is not tied to a change in the current facts.')];
  return [
    paragraph(`${KIND_WORDS[adr.kind]} appeared in the sources:`),
    list(adr.detail.map(withCodeSpans)),
    paragraph('Facts: ', ...adr.factIds.flatMap((id, i) => (i === 0 ? [inlineCode(id)] : [', ', inlineCode(id)])), '.'),
  ];
}

/** Change details name facts between backticks (`` `id` ``): those parts become code, the rest text. */
function withCodeSpans(detail: string): Inline[] {
  return detail
    .split(/`([^`]+)`/)
    .flatMap((part, i): Inline[] => (i % 2 === 1 ? [inlineCode(part)] : part ? [part] : []));
}
