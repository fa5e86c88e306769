// A container's command (or a health check's) as one short line a reader can recognise.
//
// Commands are config, and config carries secrets: `redis-cli -a hunter2 ping`,
// `--password=…`, `postgres://user:pw@db/x`. The line keeps the words that say what runs and
// masks the values of secret-shaped flags and URL credentials, so a fact never holds them.

/** Longer lines are cut: the first words tell two roles of one image apart. */
const MAX_LENGTH = 120;

/** Flags whose value is a credential (`--password x`, `--api-key=x`, `-a x` as redis-cli has it). */
const SECRET_FLAG = /^--?(?:[a-z0-9-]*(?:password|passwd|secret|token|api-?key|auth|credentials?)[a-z0-9-]*|a)$/i;
/** `KEY=value` words whose key names a credential (`PGPASSWORD=x psql …`). */
const SECRET_ASSIGNMENT = /^([\w.-]*(?:password|passwd|secret|token|api_?key|credentials?)[\w.-]*)=.+$/i;
const URL_CREDENTIALS = /([a-z][a-z0-9+.-]*:\/\/)[^@/\s]*@/gi;

const MASK = '…';

/**
 * Joins `parts` (already split, as Kubernetes and Compose list forms are) into one line; a single
 * string is split on white space first. Undefined when there are no words.
 */
export function commandLine(parts: readonly string[] | string): string | undefined {
  const words = (typeof parts === 'string' ? [parts] : parts).flatMap((p) => p.split(/\s+/)).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(URL_CREDENTIALS, `$1${MASK}@`);
    const flag = /^(--?[\w-]+)=(.+)$/.exec(word);
    if (flag && SECRET_FLAG.test(flag[1]!)) {
      out.push(`${flag[1]}=${MASK}`);
      continue;
    }
    const assignment = SECRET_ASSIGNMENT.exec(word);
    if (assignment) {
      out.push(`${assignment[1]}=${MASK}`);
      continue;
    }
    out.push(word);
    if (SECRET_FLAG.test(word) && i + 1 < words.length) {
      out.push(MASK);
      i++;
    }
  }
  const line = out.join(' ');
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1).trimEnd()}${MASK}` : line;
}
