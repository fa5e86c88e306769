import type { CommandMentions } from '../checks/grounding/mention-collector.js';
import { sourceKinds } from '../sources/registry.js';

/** The platform-command readers of every registered source kind, for the grounding check. */
export function groundingCommands(): CommandMentions[] {
  return sourceKinds().flatMap((k) => (k.commandMentions ? [k.commandMentions] : []));
}
