import type { Nodes, Text } from 'mdast';
import { endpointExists, endpointPath, ENDPOINT_RE } from './endpoint-mentions.js';
import { isGeneric } from './generic-terms.js';
import { COLUMN_WORDS, SERVICE_SUFFIXES, TABLE_WORDS } from './kind-words.js';
import type { MentionCollector } from './mention-collector.js';
import { columnAnywhere, dottedName } from './sql-names.js';

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
      const looksLikeName = /[_.]/.test(word) && !/-/.test(word);
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
  // `public.x` written without backticks.
  for (const m of value.matchAll(PLAIN_QUALIFIED)) {
    if (!known.index.schema.isSchema(m[1]!)) continue;
    if (covered.some(([s, e]) => m.index < e && s < m.index + m[0].length)) continue;
    const hit = dottedName(known, m[0]);
    if (hit.kind) out.add(hit.kind, m[0], lineAt(node, value, m.index), hit, sourceEnd(out, node, m[0], m.index));
  }
}
