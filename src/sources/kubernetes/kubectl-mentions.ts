import { canonicalKind, isEphemeralKind } from '../../checks/grounding/kubernetes-kinds.js';
import type { CodePlace, MentionCollector } from '../../checks/grounding/mention-collector.js';
import { shellTokensFrom } from '../../checks/grounding/shell-tokens.js';

// kubectl lines: the objects they name (`kind/name`, `<verb> <kind> <name…>`, `-n <namespace>`).

const KUBECTL_VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '-l',
  '--selector',
  '-c',
  '--container',
  '-o',
  '--output',
  '--context',
  '--kubeconfig',
  '--cluster',
  '--user',
  '-f',
  '--filename',
  '--tail',
  '--since',
  '--to-revision',
  '-p',
  '--patch',
  '--type',
  '--replicas',
  '--timeout',
  '-L',
  '--field-selector',
  '--sort-by',
]);
/** Verbs whose sub-command comes before the kind: `rollout restart deploy/x`. */
const TWO_WORD_VERBS = ['rollout', 'set', 'config', 'create', 'auth'];

interface KubectlReference {
  /** The canonical kind, or `namespace` for `-n`. */
  kind: string;
  name: string;
  text: string;
  index: number;
}

/** Mentions of the Kubernetes objects a kubectl line (at offset `at` of the code) names. */
export function kubectlMentions(out: MentionCollector, line: string, at: number, place: CodePlace): void {
  if (!/\bkubectl\b/.test(line)) return;
  const { components } = out.known.index;
  for (const r of kubectlReferences(line)) {
    const exists = r.kind === 'namespace' ? components.namespace(r.name) : components.kubernetesObject(r.kind, r.name);
    out.add('component', r.text, place.line(at + r.index), exists, place.end);
  }
}

function kubectlReferences(line: string): KubectlReference[] {
  const refs: KubectlReference[] = [];
  const toks = shellTokensFrom(line, line.search(/\bkubectl\b/)).slice(1);
  let verbSeen = false;
  let kind: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^(\||&&|;|>|\|\||\$\(|`)/.test(t.text)) break;
    const flag = /^(--?[\w-]+)(=(.*))?$/.exec(t.text);
    if (flag) {
      const value = flag[3] ?? (KUBECTL_VALUE_FLAGS.has(flag[1]!) ? toks[++i]?.text : undefined);
      if ((flag[1] === '-n' || flag[1] === '--namespace') && value && /^[a-z0-9][a-z0-9-]*$/.test(value)) {
        const index = flag[3] !== undefined ? t.index : toks[i]!.index;
        refs.push({ kind: 'namespace', name: value, text: value, index });
      }
      continue;
    }
    const slash = /^([A-Za-z]+)(?:\.[a-z0-9.]+)?\/([a-z0-9][a-z0-9._-]*)$/.exec(t.text);
    if (slash) {
      const k = canonicalKind(slash[1]!);
      if (k && !isEphemeralKind(k)) refs.push({ kind: k, name: slash[2]!, text: t.text, index: t.index });
      continue;
    }
    if (!verbSeen) {
      verbSeen = true;
      if (TWO_WORD_VERBS.includes(t.text) && toks[i + 1] && !toks[i + 1]!.text.startsWith('-')) i++;
      continue;
    }
    const k = canonicalKind(t.text);
    if (kind === undefined && k) {
      kind = k;
      continue;
    }
    if (kind && !isEphemeralKind(kind) && /^[a-z0-9][a-z0-9._-]*$/.test(t.text)) {
      refs.push({ kind, name: t.text, text: `${t.text}`, index: t.index });
    } else if (!kind) break; // `logs <pod>`, `exec <pod> -- …`: a pod name or a command follows
  }
  return refs;
}
