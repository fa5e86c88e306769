// Reads a repository's AsyncAPI 2.x / 3.x documents into API facts.
//
// @asyncapi/parser validates each document and resolves its `$ref`s (repository files only, never
// the network: offline-resolvers.ts), and gives one model for both major versions. Errors do not
// stop a document: the parser is told to hand back what it could read, its problems become
// diagnostics at their lines, and the facts cite lines from our own YAML parse of the text.

import { resolve } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ApiFacts, ApiSchema, ApiSpec, Diagnostic, Operation, Parameter } from '../../facts/model.js';
import { repoReader } from '../common/repo-reader.js';
import type { Extracted } from '../extract-result.js';
import { bindingNames } from './channel-bindings.js';
import { offlineRefReaders, type RefusedRef } from './offline-resolvers.js';
import { isObject, payloadRef, schemaName, schemaProperties } from './payload-properties.js';
import { lineOfPointer } from './pointer-line.js';
import { syntaxErrorDiagnostics } from '../common/yaml-positions.js';

type AsyncApiParser = import('@asyncapi/parser').Parser;
type AsyncApiDocument = import('@asyncapi/parser').AsyncAPIDocumentInterface;
type AsyncOperation = import('@asyncapi/parser').OperationInterface;

/** A document with hundreds of problems needs fixing, not hundreds of annotations. */
const MAX_PROBLEMS_PER_FILE = 25;

/** Where a document's facts come from: its file, its YAML tree for lines. */
interface Source {
  file: string;
  spec: string;
  doc: Document;
  lines: LineCounter;
}

export async function extractAsyncApi(
  repoRoot: string,
  files: string[],
  text: (file: string) => string,
): Promise<Extracted<ApiFacts>> {
  const facts: ApiFacts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
  const diagnostics: Diagnostic[] = [];
  const known = new Set(files);
  const reader = repoReader(repoRoot, (f) => (known.has(f) ? text(f) : undefined));
  let ParserClass: typeof import('@asyncapi/parser').Parser;
  try {
    ({ Parser: ParserClass } = await import('@asyncapi/parser'));
  } catch (error) {
    for (const file of files) diagnostics.push(problem(file, 1, `AsyncAPI reader could not start (${message(error)})`));
    return { facts, diagnostics };
  }
  // One parser for every document (22 documents: 272 MB peak against 347 MB with one each, same
  // facts). The list of refused references is emptied before each document; they are read one at
  // a time.
  const refused: RefusedRef[] = [];
  const parser: AsyncApiParser = new ParserClass({
    __unstable: { resolver: { resolvers: offlineRefReaders(repoRoot, reader, refused) } },
  });
  for (const file of files) {
    refused.length = 0;
    try {
      await readDocument(parser, resolve(repoRoot, file), file, text(file), refused, facts, diagnostics);
    } catch (error) {
      diagnostics.push(problem(file, 1, `AsyncAPI document not read: ${message(error)}`));
    }
  }
  sortFacts(facts);
  const alsoRead = new Map([...reader.readFiles].filter(([f]) => !known.has(f)));
  return { facts, diagnostics, alsoRead };
}

async function readDocument(
  parser: AsyncApiParser,
  absolute: string,
  file: string,
  body: string,
  refused: RefusedRef[],
  facts: ApiFacts,
  diagnostics: Diagnostic[],
): Promise<void> {
  if (body.trim() === '') {
    diagnostics.push({ ...problem(file, 1, 'empty file: no AsyncAPI document'), severity: 'warning' });
    return;
  }
  const lines = new LineCounter();
  const doc = parseDocument(body, { lineCounter: lines, merge: true, uniqueKeys: false });
  // A document that is not well-formed YAML/JSON is reported where it breaks and not read further:
  // what the parser would make of the half it understood is a guess.
  if (doc.errors.length > 0) {
    diagnostics.push(...syntaxErrorDiagnostics(file, doc, lines).map((d) => ({ ...d, stage: 'openapi' as const })));
    return;
  }
  const { document, diagnostics: found } = await parser.parse(body, {
    source: absolute,
    // Hand back the document even when it has errors: one broken ref must not hide the rest.
    validateOptions: { allowedSeverity: { error: true, warning: true, info: true, hint: true } },
  });
  const seen = new Set<string>();
  for (const d of found) {
    if (d.severity !== 0) continue; // warnings and hints are style advice, not facts' trust
    const line = d.range.start.line + 1;
    const key = `${line}:${d.message}`;
    if (seen.has(key) || seen.size >= MAX_PROBLEMS_PER_FILE) continue;
    seen.add(key);
    // The parser's "uncaught error" diagnostics carry a stack trace: the first sentence says it.
    const text = d.message.replace(/, stack:[\s\S]*$/, '');
    diagnostics.push({ ...problem(file, line, text), column: d.range.start.character + 1 });
  }
  for (const r of refused)
    diagnostics.push(problem(file, lineNaming(body, r.ref), `$ref ${r.ref} not resolved: ${r.reason}`));
  if (!document) return;
  collectFacts({ file, spec: `spec:${file}`, doc, lines }, document, facts);
}

function collectFacts(src: Source, document: AsyncApiDocument, facts: ApiFacts): void {
  const raw = document.json() as unknown as Record<string, unknown>;
  const info = isObject(raw.info) ? raw.info : {};
  const spec: ApiSpec = {
    id: src.spec,
    protocol: 'async',
    file: src.file,
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    specVersion: document.version(),
    servers: serverUrls(raw.servers),
    source: { file: src.file, line: lineOfPointer(src.doc, src.lines, '/asyncapi') },
  };
  facts.specs.push(spec);

  const schemas = new Map<string, ApiSchema>();
  for (const s of document.components().schemas().all()) {
    const name = s.id();
    addSchema(src, schemas, name, s.json(), s.meta().pointer ?? `/components/schemas/${name}`);
  }
  const operations: Operation[] = [];
  for (const op of document.operations().all()) operations.push(operationFact(src, document, op, schemas));
  facts.operations.push(...uniqueIds(operations));
  facts.schemas!.push(...schemas.values());
}

function operationFact(
  src: Source,
  document: AsyncApiDocument,
  op: AsyncOperation,
  schemas: Map<string, ApiSchema>,
): Operation {
  const json = op.json() as unknown as Record<string, unknown>;
  const channel = op.channels().all()[0];
  const channelKey = channel?.id() ?? '';
  const address = channel?.address() ?? channelKey;
  // AsyncAPI 2.x describes operations from the other side: `publish` means other applications
  // publish to this one (so it RECEIVEs), `subscribe` means they subscribe to what it SENDs. 3.x
  // says the application's own action. The fact model speaks the application's view throughout.
  const action = op.action();
  const method = action === 'send' || action === 'subscribe' ? 'SEND' : 'RECEIVE';
  const pointer = op.meta().pointer ?? '';
  const fact: Operation = {
    id: `async:${method.toLowerCase()} ${address}`,
    protocol: 'async',
    method,
    path: address,
    tags: op
      .tags()
      .all()
      .map((t) => t.name())
      .sort(),
    security: securityOf(document, op),
    parameters: channel ? channelParameters(channel.parameters().all()) : [],
    responses: [],
    messages: [],
    deprecated: json.deprecated === true || json['x-deprecated'] === true,
    spec: src.spec,
    source: { file: src.file, line: lineOfPointer(src.doc, src.lines, pointer) },
  };
  if (channelKey && channelKey !== address) fact.channel = channelKey;
  const operationId = document.version().startsWith('2.') ? json.operationId : op.id();
  if (typeof operationId === 'string') fact.operationId = operationId;
  if (op.summary()) fact.summary = op.summary()!;
  for (const m of op.messages().all()) {
    const mjson = m.json() as unknown as Record<string, unknown>;
    const name = m.name() ?? (m.id().startsWith('<') ? String(mjson.messageId ?? 'message') : m.id());
    const message: NonNullable<Operation['messages']>[number] = { name };
    const contentType = m.contentType() ?? document.defaultContentType();
    if (contentType) message.contentType = contentType;
    const payload = mjson.payload;
    const ref = payloadRef(payload);
    if (ref) message.payload = ref;
    if (isObject(payload)) {
      const named = schemaName(payload);
      addSchema(src, schemas, named ?? `${name}.payload`, payload, `${m.meta().pointer ?? pointer}/payload`);
    }
    fact.messages!.push(message);
  }
  fact.messages!.sort((a, b) => compare(a.name, b.name));
  const extensions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) if (k.startsWith('x-') && !k.startsWith('x-parser-')) extensions[k] = v;
  const bindings = bindingNames(channel?.json().bindings, json.bindings);
  if (Object.keys(bindings).length > 0) extensions.bindings = bindings;
  if (Object.keys(extensions).length > 0) fact.extensions = extensions;
  return fact;
}

function addSchema(src: Source, schemas: Map<string, ApiSchema>, name: string, json: unknown, pointer: string): void {
  const id = `schema:${src.file}#${name}`;
  if (schemas.has(id) || !isObject(json)) return;
  const schema: ApiSchema = {
    id,
    name,
    protocol: 'async',
    spec: src.spec,
    kind: schemaKind(json),
    properties: schemaProperties(json),
    source: { file: src.file, line: lineOfPointer(src.doc, src.lines, pointer) },
  };
  if (Array.isArray(json.enum)) schema.values = json.enum.map(String);
  if (json.deprecated === true) schema.deprecated = true;
  schemas.set(id, schema);
}

function schemaKind(json: Record<string, unknown>): ApiSchema['kind'] {
  if (Array.isArray(json.enum)) return 'enum';
  if (json.oneOf || json.anyOf) return 'union';
  if (json.type === 'array') return 'array';
  if (json.type === 'object' || json.properties) return 'object';
  return typeof json.type === 'string' ? 'scalar' : 'other';
}

/** `<protocol>://<host><pathname>`: 3.x `host` + `pathname`, 2.x `url` (with its scheme, or the protocol's). */
function serverUrls(servers: unknown): string[] {
  if (!isObject(servers)) return [];
  const out: string[] = [];
  for (const s of Object.values(servers)) {
    if (!isObject(s)) continue;
    const protocol = typeof s.protocol === 'string' ? s.protocol : '';
    if (typeof s.host === 'string')
      out.push(`${protocol}://${s.host}${typeof s.pathname === 'string' ? s.pathname : ''}`);
    else if (typeof s.url === 'string') out.push(s.url.includes('://') ? s.url : `${protocol}://${s.url}`);
  }
  return [...new Set(out)].sort();
}

/** The operation's own security, else that of the servers its channel is on: scheme names. */
function securityOf(document: AsyncApiDocument, op: AsyncOperation): string[][] {
  // 3.x lists the scheme objects themselves (by `$ref`), so the resolved ones have no name of their
  // own: the component they equal gives it.
  const components = document.components().securitySchemes().all();
  const nameOf = (scheme: import('@asyncapi/parser').SecuritySchemeInterface) =>
    scheme.id() ||
    components.find((c) => JSON.stringify(c.json()) === JSON.stringify(scheme.json()))?.id() ||
    scheme.type();
  const names = (reqs: ReturnType<AsyncOperation['security']>) =>
    reqs
      .map((r) =>
        r
          .all()
          .map((s) => nameOf(s.scheme()))
          .sort(),
      )
      .filter((alt) => alt.length > 0);
  const own = names(op.security());
  if (own.length > 0) return own;
  const fromServers = op
    .servers()
    .all()
    .flatMap((s) => names(s.security()));
  const unique = new Map(fromServers.map((alt) => [alt.join(' '), alt]));
  return [...unique.values()].sort((a, b) => compare(a.join(' '), b.join(' ')));
}

function channelParameters(params: import('@asyncapi/parser').ChannelParameterInterface[]): Parameter[] {
  return params
    .map((p) => {
      const json = p.json() as unknown as Record<string, unknown>;
      // 3.x parameters are strings with an optional `enum`; 2.x ones carry a `schema`.
      const schema = isObject(json.schema) ? json.schema : json;
      const out: Parameter = {
        name: p.id(),
        in: 'path',
        required: true,
        type: typeof schema.type === 'string' ? schema.type : 'string',
      };
      if (Array.isArray(schema.enum)) out.enum = schema.enum.map(String);
      return out;
    })
    .sort((a, b) => compare(a.name, b.name));
}

/** Two operations on one channel with one action (a 3.x document may have several): told apart by operationId. */
function uniqueIds(operations: Operation[]): Operation[] {
  const count = new Map<string, number>();
  for (const o of operations) count.set(o.id, (count.get(o.id) ?? 0) + 1);
  for (const o of operations) if (count.get(o.id)! > 1 && o.operationId) o.id = `${o.id}#${o.operationId}`;
  return operations;
}

function sortFacts(facts: ApiFacts): void {
  facts.specs.sort((a, b) => compare(a.id, b.id));
  facts.operations.sort((a, b) => compare(a.id, b.id) || compare(a.spec, b.spec));
  facts.schemas!.sort((a, b) => compare(a.id, b.id));
}

/** The first line that writes a `$ref` naming the refused file (its last path segment). */
function lineNaming(body: string, ref: string): number {
  const tail = ref.split(/[/\\]/).filter(Boolean).pop() ?? ref;
  const at = body.split('\n').findIndex((l) => l.includes('$ref') && l.includes(tail));
  return at >= 0 ? at + 1 : 1;
}

function problem(file: string, line: number, msg: string): Diagnostic {
  return { severity: 'error', stage: 'openapi', file, line, message: msg };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
