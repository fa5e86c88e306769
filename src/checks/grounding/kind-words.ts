// Kind words: "the `orders` table", "tables `a` and `b`", "the `orders-api` service". A kind word
// next to a span makes it a claim of that kind, checked strictly. Each word in its plural and
// spelling variants, matched case-insensitively.

export type Phrase = 'table' | 'column' | 'component' | 'name';

export const TABLE_WORDS = String.raw`tables?|views?|materiali[sz]ed\s+views?`;
export const COLUMN_WORDS = 'columns?';
const COMPONENT_WORDS = [
  'services?|deployments?|containers?|pods?|workloads?|queues?|buckets?|clusters?|instances?',
  String.raw`cronjobs?|statefulsets?|daemonsets?|ingress(?:es)?|configmaps?|config\s+maps?|namespaces?`,
  String.raw`autoscalers?|hpas?|topics?|components?|subnet\s+groups?`,
].join('|');
const NAME_WORDS = [
  String.raw`status(?:es)?|headers?|(?:query\s+|path\s+|header\s+)?param(?:eter)?s?|tags?|operations?`,
  String.raw`operationIds?|index(?:es)?|indices|constraints?|(?:security\s+)?schemes?`,
  String.raw`(?:env(?:ironment)?\s+)?variables?|env\s+vars?|enums?|enum\s+values?`,
].join('|');
const KIND_GROUPS = `(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|(${COMPONENT_WORDS})|(${NAME_WORDS}))`;
/** A kind word right after a span: "`x` table". */
export const PHRASE_AFTER = new RegExp(String.raw`^\s*${KIND_GROUPS}\b`, 'i');
/** A kind word right before a span: "table `x`", "tables: `x`". */
export const PHRASE_BEFORE = new RegExp(String.raw`\b${KIND_GROUPS}:?\s+$`, 'i');

/** Text between two spans that makes them one list sharing the kind word around it: `a`, `b` and `c`. */
export const SEPARATOR_RE = /^\s*(?:,\s*(?:and|or)\s+|,|and|or|&|\/)\s*$/;

/** Last parts of a hyphenated plain-text name that make "foo-api service" a component claim. */
export const SERVICE_SUFFIXES: ReadonlySet<string> = new Set([
  'api',
  'svc',
  'service',
  'worker',
  'web',
  'app',
  'db',
  'server',
  'gateway',
  'proxy',
  'cache',
  'queue',
  'consumer',
  'producer',
  'job',
  'cron',
  'frontend',
  'backend',
  'ui',
  'admin',
  'scheduler',
  'broker',
]);

/** The kind a `PHRASE_AFTER` / `PHRASE_BEFORE` match names. */
export function phraseOf(m: RegExpExecArray | null): Phrase | undefined {
  if (!m) return undefined;
  return m[1] ? 'table' : m[2] ? 'column' : m[3] ? 'component' : m[4] ? 'name' : undefined;
}
