import type { InlineCode } from 'mdast';
import { classify, classifyAs, nameHit } from './classify-name.js';
import { codeTextMentions } from './code-mentions.js';
import { endpointExists, endpointPath, METHODS } from './endpoint-mentions.js';
import { isGeneric } from './generic-terms.js';
import type { Phrase } from './kind-words.js';
import type { MentionCollector } from './mention-collector.js';
import { IDENTIFIER_RE } from './name-shape.js';
import { graphqlDocumentMentions, inlineOperationMention, looksLikeGraphqlOperation } from './protocol-mentions.js';

const SPAN_ENDPOINT_RE = new RegExp(`^(${METHODS})\\s+(\\S+)$`);
const URL_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/\s]+@)?([A-Za-z0-9.-]+)(?::\d+)?(?:\/\S*)?$/;
const MEDIA_TYPE_RE = /^(application|text|multipart|image|audio|video|font)\/[\w.+-]+$/i;

/**
 * The mentions in one inline code span. `phrase` is the kind word next to it, if any; `weak` when
 * that word comes before the span ("table `x`"), where a name known as another kind is taken as that;
 * `strict` when the word claims a workload ("`x` deployment"), so a common word is checked too.
 */
export function inlineCodeMentions(
  out: MentionCollector,
  node: InlineCode,
  phrase: Phrase | undefined,
  weak = false,
  strict = false,
): void {
  const { known } = out;
  const value = node.value.trim();
  const line = node.position?.start.line ?? 1;
  const end = node.position?.end.offset;
  if (value === '') return;

  // `METHOD /path`
  const ep = SPAN_ENDPOINT_RE.exec(value);
  if (ep) {
    const path = endpointPath(ep[2]!);
    if (path) {
      out.add('endpoint', `${ep[1]} ${path}`, line, endpointExists(known, ep[1]!, path), end);
      return;
    }
  }
  // `OrderService/GetOrder`, `/shop.v1.OrderService/GetOrder`, `Query.orders`, `orders.created`.
  if (!/\s/.test(value) && inlineOperationMention(out, value, line, end, phrase)) return;
  // A bare API path; other `/paths` are files.
  if (/^\/\S*$/.test(value)) {
    if (known.index.operations.isApiPath(value)) {
      out.add('endpoint', value, line, endpointExists(known, undefined, value), end);
    }
    return;
  }
  // `table(col, col)`, `table (col)`
  const cols = /^([A-Za-z_][\w.]*)\s?\(([\w\s,"]+)\)$/.exec(value);
  if (cols) {
    const t = known.table(cols[1]!.replace(/^(\w+)\.(?=\w+\.)/, ''));
    if (t) {
      for (const c of cols[2]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const id = known.index.schema.columnOf(t, c);
        out.add('column', `${cols[1]}.${c}`, line, { known: id !== undefined, ...(id ? { id } : {}) }, end);
      }
    } else if (phrase === 'table') out.add('table', cols[1]!, line, undefined, end);
    return;
  }
  // Several words: a command or SQL. Only the typed patterns of code blocks.
  if (/\s/.test(value)) {
    if (looksLikeGraphqlOperation(value)) {
      graphqlDocumentMentions(out, value, { line: () => line, end });
      return;
    }
    const header = /^([A-Za-z][\w-]*):\s/.exec(value);
    if (header && /-/.test(header[1]!)) {
      out.add('name', header[1]!, line, nameHit(known, header[1]!), end);
      return;
    }
    codeTextMentions(out, value, { sql: 'shell', line: () => line, end });
    return;
  }
  // `$VAR`, `${VAR}`, `${VAR:-default}`
  const variable = /^\$\{?([A-Za-z_]\w*)(?::?[-=?+][^}]*)?\}?$/.exec(value);
  if (variable) {
    out.add('name', variable[1]!, line, nameHit(known, variable[1]!), end);
    return;
  }
  // `redis://cache:6379`, `http://orders-api:8080/health`: the host names a component, or, when it
  // has no dots (not a public host), a component that does not exist.
  const url = URL_RE.exec(value);
  if (url) {
    const host = url[1]!;
    const hit = known.component(host) ?? known.name(host) ?? known.name(value);
    if (hit) out.add('component', host, line, hit, end);
    else if (!host.includes('.') && !isGeneric(host)) out.add('component', host, line, undefined, end);
    return;
  }
  if (MEDIA_TYPE_RE.test(value)) {
    const hit = known.name(value);
    if (hit) out.add('name', value, line, hit, end);
    else if (!isGeneric(value)) out.add('name', value, line, undefined, end);
    return;
  }
  if (!IDENTIFIER_RE.test(value) || /^\d/.test(value)) return;

  // With a kind word, the kind decides.
  if (phrase) {
    let c = classifyAs(known, phrase, value, strict);
    if (c && !c.known && weak) {
      const other = classify(known, value);
      if (other?.known) c = other;
    }
    if (c) {
      out.add(c.kind!, value, line, c, end);
      return;
    }
  }
  const c = classify(known, value);
  if (c) out.add(c.kind!, value, line, c, end);
}
