import { Kind, parse, type DocumentNode } from 'graphql';
import type { Phrase } from './kind-words.js';
import type { CodePlace, MentionCollector } from './mention-collector.js';
import { RPC_RE } from './protocol-operations.js';
import { shellTokens } from './shell-tokens.js';

// Mentions of gRPC methods, GraphQL root fields and AsyncAPI channels: in a code span
// (`OrderService/GetOrder`, `Query.orders`, `orders.created`), on a `grpcurl` line, and in a
// GraphQL document (a ```graphql block, or a span like `mutation { placeOrder(…) { id } }`).
// They are reported as endpoints, as an HTTP `METHOD /path` is: each names an operation.

/** `Query.orders`, `Mutation.placeOrder`: a root type and one field. */
const ROOT_FIELD_RE = /^([A-Z]\w*)\.([_A-Za-z]\w*)$/;
/**
 * The start of a GraphQL operation outside a GraphQL block: `query {`, `mutation Place($x: …) {`.
 * The `{ orders … }` shorthand is only read in a GraphQL block: elsewhere it is as likely an object.
 */
const GRAPHQL_OPERATION_RE = /^\s*(?:query|mutation|subscription)\b[^{}]*\{/;
/** A GraphQL document in JavaScript: gql`…` and graphql(`…`) (Apollo, urql, graphql-request, codegen). */
const GRAPHQL_TEMPLATE_RE = /\b(?:gql|graphql)\s*(?:\(\s*)?`([^`]*)`/g;
/** grpcurl's `describe` / `list` take a symbol, not a method to call. */
const GRPCURL_SYMBOL_VERBS = new Set(['describe', 'list']);
/** Symbols of the well-known protos and of gRPC's own services, which no project's facts declare. */
const FOREIGN_SYMBOL_RE = /^(?:google|grpc)\./i;

/**
 * A single-token code span naming an operation of a protocol the facts hold: added and true, or
 * false when the span is no such mention (it is then read as any other name).
 */
export function inlineOperationMention(
  out: MentionCollector,
  value: string,
  line: number,
  end: number | undefined,
  phrase: Phrase | undefined,
): boolean {
  const ops = out.known.protocols;
  const rpc = RPC_RE.exec(value);
  if (rpc) {
    const found = ops.rpc(rpc[1]!, rpc[2]!);
    if (found) {
      out.add('endpoint', value, line, found, end);
      return true;
    }
  }
  const field = ROOT_FIELD_RE.exec(value);
  if (field) {
    const found = ops.rootField(field[1]!, field[2]!);
    if (found) {
      out.add('endpoint', value, line, found, end);
      return true;
    }
  }
  // A channel or a service is only taken when known: an unknown `orders.shipped` reads like many
  // other dotted names and is left to them, which flag it too unless it is known as something else.
  // "the `orders` table" is about a table even when a channel has that name.
  if (phrase === 'table' || phrase === 'column') return false;
  const channel = ops.channel(value);
  if (channel) {
    out.add('endpoint', value, line, { known: true, id: channel }, end);
    return true;
  }
  const service = ops.service(value);
  if (service?.known) {
    out.add('endpoint', value, line, service, end);
    return true;
  }
  return false;
}

/** The methods a `grpcurl` line calls, and the symbols it describes or lists. */
export function grpcurlMentions(out: MentionCollector, line: string, at: number, place: CodePlace): void {
  const ops = out.known.protocols;
  if (!ops.hasGrpc) return;
  const tokens = shellTokens(line);
  const start = tokens.findIndex((t) => /(?:^|\/)grpcurl$/.test(t.text));
  if (start < 0) return;
  let verb: string | undefined;
  for (const t of tokens.slice(start + 1)) {
    if (t.text.startsWith('-') || /^[|;&>]/.test(t.text)) {
      if (/^[|;&]/.test(t.text)) return;
      continue;
    }
    if (GRPCURL_SYMBOL_VERBS.has(t.text)) {
      verb = t.text;
      continue;
    }
    const lineNo = place.line(at + t.index);
    // grpcurl accepts `Service/Method` and `Service.Method`.
    const rpc = RPC_RE.exec(t.text) ?? /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*)\.([A-Z]\w*)$/.exec(t.text);
    if (verb && !FOREIGN_SYMBOL_RE.test(t.text) && /^[A-Za-z_][\w.]*$/.test(t.text)) {
      // A described symbol may be a service, a method or a message.
      const service = ops.service(t.text);
      const method = rpc ? ops.rpc(rpc[1]!, rpc[2]!) : undefined;
      const message = ops.schema(t.text);
      const found = service?.known
        ? service
        : method?.known
          ? method
          : { known: message !== undefined, ...(message ? { id: message } : {}) };
      out.add('endpoint', t.text, lineNo, found, place.end);
    } else if (rpc && !verb && !FOREIGN_SYMBOL_RE.test(t.text)) {
      out.add('endpoint', t.text, lineNo, ops.rpc(rpc[1]!, rpc[2]!), place.end);
    }
  }
}

/** Whether a piece of code reads as a GraphQL operation (a query, mutation or subscription). */
export function looksLikeGraphqlOperation(text: string): boolean {
  return GRAPHQL_OPERATION_RE.test(text);
}

/** The GraphQL documents embedded in JavaScript or TypeScript code. */
export function graphqlTemplateMentions(out: MentionCollector, code: string, place: CodePlace): void {
  if (!out.known.protocols.hasGraphql) return;
  for (const m of code.matchAll(GRAPHQL_TEMPLATE_RE)) {
    // Interpolated fragments (`${ORDER_FIELDS}`) would not parse; they are selections, not root fields.
    const text = m[1]!.replace(/\$\{[^}]*\}/g, (s) => ' '.repeat(s.length));
    const at = m.index + m[0].length - m[1]!.length - 1;
    graphqlDocumentMentions(out, text, { line: (i) => place.line(at + i), end: place.end });
  }
}

/**
 * The root fields a GraphQL document selects, checked against the schema's root types. Text that
 * does not parse (a fragment of a query, pseudo-code) is not read: no guess is better than a false flag.
 */
export function graphqlDocumentMentions(out: MentionCollector, text: string, place: CodePlace): void {
  const ops = out.known.protocols;
  if (!ops.hasGraphql) return;
  let doc: DocumentNode;
  try {
    doc = parse(text, { noLocation: false });
  } catch {
    return;
  }
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = def.operation === 'query' ? 'Query' : def.operation === 'mutation' ? 'Mutation' : 'Subscription';
    for (const sel of def.selectionSet.selections) {
      if (sel.kind !== Kind.FIELD || sel.name.value.startsWith('__')) continue;
      const found = ops.rootField(root, sel.name.value);
      if (!found) continue;
      out.add('endpoint', `${root}.${sel.name.value}`, place.line(sel.loc?.start ?? 0), found, place.end);
    }
  }
}
