import type { CodePlace, MentionCollector } from '../../checks/grounding/mention-collector.js';

// terraform lines: the resources they address (`-target=type.name`, `state show type.name`).

const RESOURCE_ADDRESS_RE = new RegExp(
  String.raw`(?:-target=["']?|\bstate\s+(?:show|rm|mv|list)\s+["']?)` +
    String.raw`((?:module\.[\w-]+\.)*[a-z][a-z0-9]*_[a-z0-9_]+\.[\w-]+)`,
  'g',
);

/** Mentions of the Terraform resources a terraform line (at offset `at` of the code) addresses. */
export function terraformMentions(out: MentionCollector, line: string, at: number, place: CodePlace): void {
  if (!/\bterraform\b/.test(line)) return;
  for (const m of line.matchAll(RESOURCE_ADDRESS_RE)) {
    // Resources inside modules are in the facts by their full address (`module.db.aws_db_instance.main`);
    // facts from before that held them by `type.name`, so that is tried as well.
    const address = m[1]!;
    const hit = out.known.component(address) || out.known.component(address.replace(/^(?:module\.[\w-]+\.)+/, ''));
    out.add('component', address, place.line(at + m.index), hit, place.end);
  }
}
