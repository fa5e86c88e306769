import type { CodePlace, MentionCollector } from '../../checks/grounding/mention-collector.js';
import { shellTokensFrom } from '../../checks/grounding/shell-tokens.js';

// docker compose lines: the service names after a verb that takes services (`logs`, `restart` …).

const COMPOSE_RE = /\bdocker(?:-compose|\s+compose)\b/;
const GLOBAL_VALUE_FLAGS = new Set([
  '-f',
  '--file',
  '-p',
  '--project-name',
  '--profile',
  '--env-file',
  '--project-directory',
  '--ansi',
  '--parallel',
]);
const VALUE_FLAGS = new Set([
  '--tail',
  '-u',
  '--user',
  '-w',
  '--workdir',
  '-e',
  '--env',
  '--index',
  '-t',
  '--timeout',
  '--since',
  '--until',
  '--scale',
  '--entrypoint',
  '--name',
  '-v',
  '--volume',
  '-p',
  '--publish',
  '-s',
  '--signal',
  '-l',
  '--label',
]);
const SERVICE_VERBS = new Set([
  'logs',
  'restart',
  'up',
  'stop',
  'start',
  'ps',
  'exec',
  'run',
  'rm',
  'pull',
  'kill',
  'top',
  'pause',
  'unpause',
  'create',
  'build',
  'events',
  'port',
  'attach',
  'wait',
  'watch',
  'images',
  'cp',
]);
/** Verbs after whose one service a command follows, not more services. */
const ONE_SERVICE_VERBS = ['exec', 'run', 'port', 'cp'];

/** Mentions of the Compose services a `docker compose` line (at offset `at` of the code) names. */
export function composeMentions(out: MentionCollector, line: string, at: number, place: CodePlace): void {
  if (!COMPOSE_RE.test(line)) return;
  for (const r of composeServiceNames(line)) {
    const id = out.known.index.components.composeService(r.name);
    const exists = { known: id !== undefined, ...(id ? { id } : {}) };
    out.add('component', r.name, place.line(at + r.index), exists, place.end);
  }
}

function composeServiceNames(line: string): { name: string; index: number }[] {
  const found: { name: string; index: number }[] = [];
  const m = COMPOSE_RE.exec(line)!;
  const toks = shellTokensFrom(line, m.index + m[0].length);
  let verb: string | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^(\||&&|;|>|\|\|)/.test(t.text)) break;
    if (t.text.startsWith('-')) {
      if (!t.text.includes('=') && (verb ? VALUE_FLAGS : GLOBAL_VALUE_FLAGS).has(t.text)) i++;
      continue;
    }
    if (!verb) {
      verb = t.text;
      if (!SERVICE_VERBS.has(verb)) break;
      continue;
    }
    if (/^[a-zA-Z0-9][\w.-]*$/.test(t.text) && !/^\d+$/.test(t.text)) found.push({ name: t.text, index: t.index });
    if (ONE_SERVICE_VERBS.includes(verb)) break; // a command follows
  }
  return found;
}
