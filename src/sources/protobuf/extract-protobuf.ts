import type { ApiFacts, ApiSchema, ApiSpec, Diagnostic } from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { type ParsedProtoFile, parseProtoFile } from './parse-proto-file.js';
import { operationsOf } from './proto-operations.js';
import { FieldTypes, schemaOf } from './proto-schemas.js';
import { declarationsOf, type ProtoDeclaration, ProtoTypeIndex } from './proto-type-index.js';

// Protocol Buffers into API facts: every file parsed by protobufjs on its own, type names resolved
// across all of them, each file declaring a service one spec (its rpcs the operations), and the
// messages and enums of the repository's own packages its schemas. Files of the annotation and
// validation packages a repository copies in (google/api/http.proto, validate.proto) are read for
// their names only: their messages are the tooling's vocabulary, not the system's.

const SUPPORT_PACKAGES =
  /^(google\.(api|protobuf|rpc|type|longrunning)|validate|buf\.validate|gogoproto|grpc\.gateway\.)/;
/** How many names a notice lists before it counts the rest. */
const NAMED_IN_NOTICE = 5;

export async function extractProtobuf(files: string[], text: (file: string) => string): Promise<Extracted<ApiFacts>> {
  const protobuf = (await import('protobufjs')).default;
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedProtoFile[] = [];
  for (const file of [...files].sort(compareText)) {
    let source: string;
    try {
      source = text(file);
    } catch (err) {
      diagnostics.push({
        severity: 'error',
        stage: 'openapi',
        file,
        message: `could not read: ${(err as Error).message}`,
      });
      continue;
    }
    const result = parseProtoFile(protobuf, file, source);
    diagnostics.push(...result.diagnostics);
    if (result.parsed) parsed.push(result.parsed);
  }

  const declarations = parsed.flatMap((p) => declarationsOf(protobuf, p));
  const index = new ProtoTypeIndex(declarations);
  const facts: ApiFacts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
  const firstOf = new Map<string, ProtoDeclaration>();
  const copies = new Map<ParsedProtoFile, { same: ProtoDeclaration[]; different: ProtoDeclaration[] }>();
  for (const d of declarations) {
    const first = firstOf.get(d.fullName);
    if (!first) {
      firstOf.set(d.fullName, d);
      continue;
    }
    if (first.file === d.file) continue;
    const entry = copies.get(d.file) ?? { same: [], different: [] };
    entry[declarationShape(d) === declarationShape(first) ? 'same' : 'different'].push(d);
    copies.set(d.file, entry);
  }
  diagnostics.push(...copyDiagnostics(copies, firstOf));

  const schemas = new Map<string, ApiSchema>();
  const ownByFile = new Map<ParsedProtoFile, ProtoDeclaration[]>(parsed.map((p) => [p, []]));
  for (const d of declarations) if (firstOf.get(d.fullName) === d) ownByFile.get(d.file)!.push(d);
  const servicesOf = (p: ParsedProtoFile) => ownByFile.get(p)!.filter((d) => d.kind === 'service');
  // Every file's schemas before any operation: an rpc's request may be declared in a file that
  // sorts after its service's, and paging and request ids are read from the request's fields.
  const typesOf = new Map<ParsedProtoFile, FieldTypes>();
  for (const p of parsed) {
    const types = new FieldTypes(index);
    typesOf.set(p, types);
    if (servicesOf(p).length === 0 && SUPPORT_PACKAGES.test(p.package)) continue;
    for (const d of ownByFile.get(p)!) {
      if (d.kind === 'service') continue;
      const schema = schemaOf(d, types);
      schemas.set(schema.name, schema);
      facts.schemas!.push(schema);
    }
  }
  for (const p of parsed) {
    const types = typesOf.get(p)!;
    const services = servicesOf(p);
    if (services.length > 0) facts.specs.push(specOf(p, services));
    for (const s of services) facts.operations.push(...operationsOf(s, types, schemas));
    if (types.unresolved.size > 0) diagnostics.push(unresolvedNotice(p, [...types.unresolved]));
  }
  return { facts, diagnostics };
}

/**
 * Copies of one package are common (microservices-demo gives every service its own copy of
 * demo.proto): identical ones are one notice for all; a copy that differs is a warning naming what
 * differs, since then the repository holds two contracts under one name and only the first is read.
 */
function copyDiagnostics(
  copies: Map<ParsedProtoFile, { same: ProtoDeclaration[]; different: ProtoDeclaration[] }>,
  firstOf: Map<string, ProtoDeclaration>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const identical = [...copies].filter(([, c]) => c.different.length === 0);
  if (identical.length > 0) {
    const files = identical.map(([f]) => f.file);
    const origin = firstOf.get(identical[0]![1].same[0]!.fullName)!.file.file;
    out.push({
      severity: 'notice',
      stage: 'openapi',
      file: files[0]!,
      message:
        `${listed(files)} ${files.length === 1 ? 'repeats' : 'repeat'} declarations of ${origin} ` +
        'unchanged: read once, from there',
    });
  }
  for (const [file, c] of copies) {
    if (c.different.length === 0) continue;
    const names = c.different.map((d) => d.fullName);
    out.push({
      severity: 'warning',
      stage: 'openapi',
      file: file.file,
      message:
        `${listed(names)} ${names.length === 1 ? 'differs' : 'differ'} from the declaration in ` +
        `${firstOf.get(names[0]!)!.file.file}: two contracts under one name; only that first one is read`,
    });
  }
  return out;
}

/** What a declaration says on the wire and to generated code, without positions or comments. */
function declarationShape(d: ProtoDeclaration): string {
  const o = d.object as {
    fieldsArray?: { name: string; type: string; id: number; rule?: string }[];
    values?: Record<string, number>;
    methodsArray?: {
      name: string;
      requestType: string;
      responseType: string;
      requestStream?: boolean;
      responseStream?: boolean;
    }[];
  };
  return JSON.stringify([
    d.kind,
    o.fieldsArray?.map((f) => [f.name, f.type, f.id, f.rule ?? '']),
    o.values,
    o.methodsArray?.map((m) => [m.name, m.requestType, m.responseType, !!m.requestStream, !!m.responseStream]),
  ]);
}

function specOf(p: ParsedProtoFile, services: ProtoDeclaration[]): ApiSpec {
  const names = services.map((s) => s.object.name);
  return {
    id: `spec:${p.file}`,
    protocol: 'grpc',
    file: p.file,
    // A file of many services (one per deployable) is named by its package, not a list of nine names.
    title:
      names.length > 3
        ? `${p.package || p.file} (${names.length} services)`
        : p.package
          ? `${names.join(', ')} (${p.package})`
          : names.join(', '),
    // Packages carry the API's major version by convention (`shop.v1`, `foo.v2beta1`).
    version: /(?:^|\.)(v\d+[a-z0-9]*)$/.exec(p.package)?.[1] ?? '',
    specVersion: p.lines.syntax,
    servers: p.package ? [p.package] : [],
    source: { file: p.file, line: p.lines.lines.get(services[0]!.localName) ?? p.lines.packageLine },
  };
}

function unresolvedNotice(p: ParsedProtoFile, names: string[]): Diagnostic {
  return {
    severity: 'notice',
    stage: 'openapi',
    file: p.file,
    message:
      `${listed(names.sort(compareText))} ${names.length === 1 ? 'is' : 'are'} declared in no .proto file read ` +
      '(an import from a buf dependency or a folder left out): kept as written',
  };
}

function listed(names: string[]): string {
  const shown = names.slice(0, NAMED_IN_NOTICE).join(', ');
  return names.length > NAMED_IN_NOTICE ? `${shown} and ${names.length - NAMED_IN_NOTICE} more` : shown;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
