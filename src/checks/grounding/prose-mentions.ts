import type { Nodes, Text } from 'mdast';
import { endpointExists, endpointPath, ENDPOINT_RE } from './endpoint-mentions.js';
import { isGeneric } from './generic-terms.js';
import { COLUMN_WORDS, SERVICE_SUFFIXES, TABLE_WORDS } from './kind-words.js';
import type { MentionCollector } from './mention-collector.js';
import { columnAnywhere, dottedName } from './sql-names.js';
import { nameHit } from './classify-name.js';
import type { FactHit } from './grounding-types.js';

// Plain text (not code): endpoints, names made claims by a kind word right after them ("the
// invoice_archive table", "the billing-api service"), and `public.x` written without backticks.

/** "word table|column|service …" in plain words: group 2 table, 3 column, 4 component words. */
const PLAIN_PHRASE = new RegExp(
  String.raw`(?<![\w./-])([A-Za-z_][\w-]*(?:\.[A-Za-z_]\w*){0,2})\s+` +
    `(?:(${TABLE_WORDS})|(${COLUMN_WORDS})|` +
    String.raw`(services?|deployments?|containers?|workers?|queues?|buckets?|pods?))\b`,
  'gi',
);
const PLAIN_QUALIFIED = /(?<![\w./-])([A-Za-z_]\w*)\.([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?(?![\w/-])/g;
/** A snake_case (or UPPER_SNAKE) word in plain text: `order_items`, `DATABASE_URL`; not `_x`, `x_`, files. */
const PLAIN_SNAKE = /(?<![\w./\\-])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?![\w/\\-]|\.\w)/g;
/** A kebab-case word in plain text, maybe possessive: "payments-gateway's probe". */
const PLAIN_KEBAB = /(?<![\w./\\-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?='s\b|(?![\w/\\.-]|\.\w))/g;
/** Words ending in s that are no plural noun naming a table ("its table", "the status table"). */
const NOT_PLURAL_NOUNS = new Set(
  'this its his has was does status alias analysis canvas bus gas plus various previous'.split(' '),
);
/** First parts that make a hyphenated word English ("self-service", "in-app", "per-tenant cache"). */
const ENGLISH_FIRST_PARTS = new Set(
  'self full in on off non multi single cross per client third micro write read back front long short'.split(' '),
);

/** The 1-based markdown line of offset `index` in the value of `node`. */
export function lineAt(node: Nodes, value: string, index: number): number {
  const start = node.position?.start.line ?? 1;
  let n = 0;
  for (let k = 0; k < index; k++) if (value.charCodeAt(k) === 10) n++;
  return start + n;
}

/** Where `text` ends in the source of `node` (searching from `from`), else the node's end. */
function sourceEnd(out: MentionCollector, node: Nodes, text: string, from = 0): number | undefined {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return undefined;
  const at = out.markdown.slice(s, e).indexOf(text, from);
  return at >= 0 ? s + at + text.length : e;
}

/** The mentions in one text node of prose. */
export function proseMentions(out: MentionCollector, node: Text): void {
  const { known } = out;
  const value = node.value;
  for (const m of value.matchAll(ENDPOINT_RE)) {
    const path = endpointPath(m[2]!);
    if (!path) continue;
    const text = `${m[1]} ${path}`;
    const exists = endpointExists(known, m[1]!, path);
    out.add('endpoint', text, lineAt(node, value, m.index), exists, sourceEnd(out, node, text, m.index));
  }
  const covered: [number, number][] = [];
  for (const m of value.matchAll(PLAIN_PHRASE)) {
    const word = m[1]!;
    if (isGeneric(word)) continue;
    const line = lineAt(node, value, m.index);
    const end = sourceEnd(out, node, word, m.index);
    const count = out.mentions.length;
    if (m[2]) {
      const table = /-/.test(word) ? undefined : known.table(word);
      // "the shipments table": a plural noun before "table" names one ("a lookup table" does not).
      const pluralNoun =
        /^[a-z]{3,}s$/.test(word) && !NOT_PLURAL_NOUNS.has(word) && /^\s+tables?\b/i.test(m[0].slice(word.length));
      const looksLikeName = (/[_.]/.test(word) && !/-/.test(word)) || pluralNoun;
      if (table || looksLikeName) {
        out.add('table', word, line, table ? { kind: 'table', id: table.id } : undefined, end);
      }
    } else if (m[3]) {
      if (/-/.test(word)) continue;
      const d = dottedName(known, word);
      const hit = d.kind === 'column' ? d : columnAnywhere(known, word);
      if (hit.known || /[_.]/.test(word)) out.add('column', word, line, hit, end);
    } else {
      const hit = known.component(word);
      const last = word.toLowerCase().split(/[-_]/).pop()!;
      const looksLikeName = /_/.test(word) || (/-/.test(word) && SERVICE_SUFFIXES.has(last));
      if (hit || looksLikeName) out.add('component', word, line, hit, end);
    }
    if (out.mentions.length > count) covered.push([m.index, m.index + word.length]);
  }
  const overlaps = (at: number, length: number) => covered.some(([s, e]) => at < e && s < at + length);
  // `public.x` and `orders.created_by` written without backticks: a dotted name whose first part
  // is a schema or a table.
  for (const m of value.matchAll(PLAIN_QUALIFIED)) {
    if (!known.index.schema.isSchema(m[1]!) && !known.table(m[1]!)) continue;
    if (overlaps(m.index, m[0].length)) continue;
    const hit = dottedName(known, m[0]);
    if (hit.kind) {
      out.add(hit.kind, m[0], lineAt(node, value, m.index), hit, sourceEnd(out, node, m[0], m.index));
      covered.push([m.index, m.index + m[0].length]);
    }
  }
  // snake_case and UPPER_SNAKE words: nothing in English is spelled so; they name a table, a
  // column, a variable … or nothing that exists.
  for (const m of value.matchAll(PLAIN_SNAKE)) {
    const word = m[1]!;
    if (overlaps(m.index, word.length) || isGeneric(word)) continue;
    const hit = plainNameHit(out, word);
    out.add(hit?.kind ?? 'name', word, lineAt(node, value, m.index), hit, sourceEnd(out, node, word, m.index));
    covered.push([m.index, m.index + word.length]);
  }
  // kebab-case words that name a component (known), or end like one (`-api`, `-worker`, `-gateway`).
  for (const m of value.matchAll(PLAIN_KEBAB)) {
    const word = m[1]!;
    if (overlaps(m.index, word.length) || isGeneric(word)) continue;
    const hit = known.component(word) ?? known.name(word);
    const parts = word.split('-');
    const looksLikeName = SERVICE_SUFFIXES.has(parts.at(-1)!) && !ENGLISH_FIRST_PARTS.has(parts[0]!);
    if (!hit && !looksLikeName) continue;
    out.add('component', word, lineAt(node, value, m.index), hit, sourceEnd(out, node, word, m.index));
  }
}

/** Any fact a plain word names, in its singular or plural too ("the order_item rows" for `order_items`). */
function plainNameHit(out: MentionCollector, word: string): FactHit | undefined {
  const { known } = out;
  for (const w of [word, `${word}s`, word.replace(/e?s$/, '')]) {
    const table = known.table(w);
    if (table) return { kind: 'table', id: table.id };
    const hit = nameHit(known, w);
    if (hit) return hit;
  }
  return undefined;
}
