import type { CodePlace, MentionCollector } from '../../checks/grounding/mention-collector.js';

// aws cloudformation / sam lines: the logical ids they address
// (`aws cloudformation describe-stack-resource --logical-resource-id OrdersTable`,
// `sam logs -n CreateOrderFunction`, `sam remote invoke CreateOrderFunction`). Stack names are
// chosen at deploy time and are no fact of the template, so they are not checked.

const LOGICAL_ID_RE = new RegExp(
  String.raw`(?:--logical-resource-id[ =]["']?|\bsam\s+logs\b.*?(?:-n|--name)[ =]["']?|` +
    String.raw`\bsam\s+(?:local|remote)\s+invoke\s+(?:--stack-name[ =]\S+\s+)?["']?)([A-Za-z][A-Za-z0-9]*)`,
  'g',
);

/** Mentions of the template resources an `aws cloudformation` or `sam` line (at offset `at`) addresses. */
export function cloudformationMentions(out: MentionCollector, line: string, at: number, place: CodePlace): void {
  if (!/\baws\s+cloudformation\b|\bsam\s/.test(line)) return;
  for (const m of line.matchAll(LOGICAL_ID_RE)) {
    const id = m[1]!;
    out.add('component', id, place.line(at + m.index + m[0].length - id.length), out.known.component(id), place.end);
  }
}
