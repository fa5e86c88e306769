// Reads a repository's OpenAPI / Swagger documents into API facts.
//
// Per file: read it, parse it for positions (so every fact and diagnostic can cite a line), check
// it is an OpenAPI document at all, let Redocly lint it for structural errors and unresolvable
// `$ref`s, resolve its refs (files inside the repository only, never the network), then collect
// the facts. Every failure becomes a diagnostic for that file and the other files are read as
// usual. Finally ids are made unique across specs and everything is sorted, so the same inputs
// always give byte-identical JSON.

import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import {
  createConfig,
  detectSpec,
  lintDocument,
  makeDocumentFromString,
  type Config,
  type Document,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import type {
  ApiFacts,
  Diagnostic,
  HttpMethod,
  Operation,
  OperationMethod,
  SecurityScheme,
} from '../../facts/model.js';
import type { Extracted } from '../extract-result.js';
import { collectApiFacts, type OpenApiVersion } from './collect-api-facts.js';
import { pointerLinesFor, pointerSegments, type PointerLines } from './pointer-lines.js';
import { normalizeText } from '../common/decode-text.js';
import { RepoConfinedResolver } from './repo-confined-resolver.js';
import { SpecDocuments } from './spec-documents.js';

/** Order of methods within one path, as most API references list them. */
const METHOD_ORDER: readonly HttpMethod[] = [
  'GET',
  'PUT',
  'POST',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'PATCH',
  'TRACE',
  'QUERY',
];

/** A spec with hundreds of problems needs fixing, not hundreds of annotations. */
const MAX_PROBLEMS_PER_FILE = 25;

const OPENAPI_VERSIONS = new Set<string>(['oas2', 'oas3_0', 'oas3_1', 'oas3_2']);

/**
 * Only the checks that say whether the facts can be trusted: the document's structure and its
 * refs. Style rules (summaries, 4xx responses …) are findings, made elsewhere from the facts.
 */
let lintConfig: Promise<Config> | undefined;
function structuralLintConfig(): Promise<Config> {
  lintConfig ??= createConfig({ rules: { struct: 'error', 'no-unresolved-refs': 'error' } }).catch((error: unknown) => {
    lintConfig = undefined; // let a later run try again
    throw error;
  });
  return lintConfig;
}

/**
 * Extracts API facts from the given spec files (repo-relative, `/`-separated). Never throws for
 * bad input: what cannot be read is returned as diagnostics (stage `openapi`).
 */
export async function extractOpenApi(repoRoot: string, files: string[]): Promise<Extracted<ApiFacts>> {
  const root = resolve(repoRoot);
  const run = new ExtractionRun(root);
  // Files in a fixed order, so that which of two clashing operations keeps the plain id is stable.
  for (const file of [...new Set(files)].sort(compareText)) {
    await run.readSpec(file);
  }
  return run.result();
}

class ExtractionRun {
  private readonly facts: ApiFacts = { specs: [], operations: [], securitySchemes: [], schemas: [] };
  private readonly diagnostics: Diagnostic[] = [];
  /** One resolver for the run: specs sharing schema files parse them once. */
  private readonly resolver: RepoConfinedResolver;
  /** The files the facts are read from, parsed once for the run. */
  private readonly documents: SpecDocuments;
  private readonly lines = new Map<string, PointerLines | undefined>();
  private readonly bodies = new Map<string, string>();
  private readonly opIds = new Map<string, Operation>();
  /** Operations defined again, by the two files: said once per pair (an API's editions share hundreds). */
  private readonly duplicates = new Map<string, { op: Operation; first: Operation }[]>();
  private readonly schemeIds = new Map<string, SecurityScheme>();

  constructor(private readonly root: string) {
    this.resolver = new RepoConfinedResolver(root);
    this.documents = new SpecDocuments(root);
  }

  /** The documents discovery handed over (referenced files are the others read). */
  private readonly roots = new Set<string>();

  async readSpec(file: string): Promise<void> {
    const absoluteRef = resolve(this.root, file);
    this.roots.add(absoluteRef);
    try {
      await this.readSpecAt(file, absoluteRef);
    } catch (error) {
      // Redocly or the walk failed in a way the checks above did not foresee: keep the run going.
      this.error(file, `could not read this OpenAPI document: ${this.clean(errorMessage(error))}`);
    }
  }

  private async readSpecAt(file: string, absoluteRef: string): Promise<void> {
    let text: string;
    try {
      // A byte-order mark is legal in the file but not in JSON; lines are unaffected by dropping it.
      text = normalizeText(await readFile(absoluteRef, 'utf8'));
    } catch (error) {
      this.error(file, `cannot read file: ${this.clean(errorMessage(error))}`);
      return;
    }

    const lines = pointerLinesFor(text);
    this.bodies.set(absoluteRef, text);
    this.lines.set(absoluteRef, lines);
    const syntaxErrors = lines.errors();
    if (syntaxErrors.length > 0) {
      for (const e of syntaxErrors.slice(0, 5))
        this.error(file, `YAML/JSON syntax error: ${e.message}`, e.line, e.column);
      return;
    }

    const parsed = lines.toJS();
    if (!isRecord(parsed) || (!('openapi' in parsed) && !('swagger' in parsed))) {
      this.error(file, 'not an OpenAPI document: no top-level `openapi` or `swagger` key', 1);
      return;
    }
    let version: string;
    try {
      version = detectSpec(parsed);
    } catch (error) {
      const key = 'openapi' in parsed ? 'openapi' : 'swagger';
      this.error(
        file,
        `${errorMessage(error)} (write the version as a quoted string, e.g. "3.1.0")`,
        lines.lineOf([key], true),
      );
      return;
    }
    if (!OPENAPI_VERSIONS.has(version)) {
      this.error(file, `not an OpenAPI 2.0 or 3.x document (detected ${version})`, 1);
      return;
    }

    this.documents.add(absoluteRef, { text, lines, parsed });
    const collected = collectApiFacts({
      file,
      absoluteRef,
      parsed,
      version: version as OpenApiVersion,
      documents: this.documents,
      repoPath: (abs) => this.repoPath(abs),
    });
    // Linting walks every node of the document; a clean walk of what the facts come from is
    // enough to trust them, so only a document where something looked off is linted, for
    // Redocly's precise account of what is wrong.
    if (collected.suspect) await this.lint(file, absoluteRef, text);

    const { facts } = collected;
    for (const n of collected.notices)
      this.diagnostics.push({ severity: 'notice', stage: 'openapi', file, line: n.line, message: n.message });
    this.facts.specs.push(...facts.specs);
    for (const op of facts.operations) this.facts.operations.push(this.uniqueOperation(op));
    for (const scheme of facts.securitySchemes) this.facts.securitySchemes.push(this.uniqueScheme(scheme));
    this.facts.schemas!.push(...(facts.schemas ?? []));
  }

  private async lint(file: string, absoluteRef: string, text: string): Promise<void> {
    // Made on first use: building Redocly's config takes ~0.1 s, and most runs lint nothing.
    let config: Config;
    try {
      config = await structuralLintConfig();
    } catch (error) {
      this.error(file, `OpenAPI linter could not start (${errorMessage(error)}); what is wrong here is not known`, 1);
      return;
    }
    let document: Document;
    try {
      document = makeDocumentFromString(text, absoluteRef);
    } catch (error) {
      this.error(file, `YAML/JSON syntax error: ${errorMessage(error)}`, 1);
      return;
    }
    const lines = this.linesFor(absoluteRef);
    // Redocly gives up on a whole document when one `$ref` points at itself (directly or through
    // a chain of bare refs). Such a ref names nothing anyway: report it, blank it, and go again,
    // so the rest of the spec is still checked.
    let problems: NormalizedProblem[];
    for (let attempt = 0; ; attempt++) {
      try {
        problems = await lintDocument({ document, config, externalRefResolver: this.resolver });
        break;
      } catch (error) {
        const loop =
          /circular pointer/i.test(errorMessage(error)) && attempt < 10 ? findRefLoop(document.parsed) : undefined;
        if (!loop) throw error;
        this.error(
          file,
          `$ref "${loop.ref}" is part of a loop of refs that never reaches a definition; it is ignored`,
          lines?.lineOf([...loop.pointer, '$ref'], true),
        );
        loop.holder[loop.key] = {};
      }
    }
    this.reportProblems(file, problems);
  }

  // ------------------------------------------------------------ unique ids

  /** A second definition of `GET /pets` (in another spec) keeps its facts under a qualified id. */
  private uniqueOperation(op: Operation): Operation {
    const first = this.opIds.get(op.id);
    if (!first) {
      this.opIds.set(op.id, op);
      return op;
    }
    const id = `${op.id} (${op.source.file})`;
    const pair = `${op.source.file}\n${first.source.file}`;
    const list = this.duplicates.get(pair) ?? [];
    list.push({ op, first });
    this.duplicates.set(pair, list);
    const unique = { ...op, id };
    this.opIds.set(id, unique);
    return unique;
  }

  /**
   * One warning per pair of files: the operation and where it was first defined when it is one,
   * else how many, the first few, and how their ids are qualified. OpenMeter's `openapi.yaml` and
   * `openapi.cloud.yaml` (two editions of one API) made 153 warnings of one fact.
   */
  private duplicateWarnings(): Diagnostic[] {
    return [...this.duplicates.values()].map((list) => {
      const { op, first } = list[0]!;
      const at = {
        severity: 'warning' as const,
        stage: 'openapi' as const,
        file: op.source.file,
        line: op.source.line,
      };
      if (list.length === 1)
        return {
          ...at,
          message:
            `${op.method} ${op.path} is also defined in ${first.source.file}:${first.source.line}; ` +
            `this one is recorded as \`${op.id} (${op.source.file})\``,
        };
      const named = list.slice(0, 3).map((d) => `${d.op.method} ${d.op.path}`);
      const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
      return {
        ...at,
        message:
          `${list.length} operations (${named.join(', ')}${more}) are also defined in ${first.source.file}; ` +
          `these are recorded with this file in their ids (\`${op.id} (${op.source.file})\`)`,
      };
    });
  }

  /** Specs often share scheme names (`bearerAuth`); each spec's definition is kept, the later ones qualified. */
  private uniqueScheme(scheme: SecurityScheme): SecurityScheme {
    const first = this.schemeIds.get(scheme.id);
    if (!first) {
      this.schemeIds.set(scheme.id, scheme);
      return scheme;
    }
    const id = `${scheme.id} (${scheme.source.file})`;
    this.diagnostics.push({
      severity: 'notice',
      stage: 'openapi',
      file: scheme.source.file,
      line: scheme.source.line,
      message:
        `security scheme \`${scheme.name}\` is also defined in ${first.source.file}:${first.source.line}; ` +
        `this one is recorded as \`${id}\``,
    });
    const unique = { ...scheme, id };
    this.schemeIds.set(id, unique);
    return unique;
  }

  // ------------------------------------------------------------ Redocly problems

  private reportProblems(file: string, problems: NormalizedProblem[]): void {
    const shown = problems.filter((p) => !p.ignored);
    for (const problem of shown.slice(0, MAX_PROBLEMS_PER_FILE))
      this.diagnostics.push(this.problemDiagnostic(file, problem));
    if (shown.length > MAX_PROBLEMS_PER_FILE) {
      this.diagnostics.push({
        severity: 'notice',
        stage: 'openapi',
        file,
        message: `${shown.length - MAX_PROBLEMS_PER_FILE} more problems in this spec are not listed`,
      });
    }
  }

  private problemDiagnostic(specFile: string, problem: NormalizedProblem): Diagnostic {
    const location = problem.location[0];
    const severity = problem.severity === 'error' ? 'error' : 'warning';
    if (!location)
      return {
        severity,
        stage: 'openapi',
        file: specFile,
        message: `${this.clean(problem.message)} [${problem.ruleId}]`,
      };

    const absoluteRef = location.source.absoluteRef;
    const inRepo = this.isInRepo(absoluteRef);
    const file = inRepo ? this.repoPath(absoluteRef) : specFile;
    if (!this.bodies.has(absoluteRef)) this.bodies.set(absoluteRef, location.source.body);
    const lines = inRepo ? this.linesFor(absoluteRef) : undefined;
    let line: number | undefined;
    let message = `${this.clean(problem.message)} [${problem.ruleId}]`;

    if (location.pointer !== undefined) {
      const pointer = pointerSegments(location.pointer);
      if (problem.ruleId === 'no-unresolved-refs') {
        // Cite the `$ref` itself and say which one: the pointer names the object holding it.
        const ref = lines?.scalarSource([...pointer, '$ref']);
        line = lines?.lineOf([...pointer, '$ref'], true);
        message = `unresolvable $ref${ref ? ` "${ref}"` : ''}: ${refFailureReason(this.clean(problem.message))}`;
      } else {
        line = lines?.lineOf(pointer, location.reportOnKey === true);
      }
    } else if ('start' in location && location.start) {
      line = location.start.line;
    }
    const diagnostic: Diagnostic = { severity, stage: 'openapi', file, message };
    if (line !== undefined) diagnostic.line = line;
    return diagnostic;
  }

  // ------------------------------------------------------------ paths and positions

  private linesFor(absoluteRef: string): PointerLines | undefined {
    const read = this.documents.file(absoluteRef);
    if (read) return read.lines;
    if (!this.lines.has(absoluteRef)) {
      const body = this.bodies.get(absoluteRef);
      const lines = body === undefined ? undefined : pointerLinesFor(body);
      this.lines.set(absoluteRef, lines && lines.errors().length === 0 ? lines : undefined);
    }
    return this.lines.get(absoluteRef);
  }

  private repoPath(absoluteRef: string): string {
    return relative(this.root, absoluteRef).split(sep).join('/');
  }

  private isInRepo(absoluteRef: string): boolean {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef)) return false;
    const rel = relative(this.root, absoluteRef);
    return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  }

  /** Messages must not carry the runner's absolute paths into logs and docs. */
  private clean(message: string): string {
    return message.split(this.root + sep).join('');
  }

  private error(file: string, message: string, line?: number, column?: number): void {
    const d: Diagnostic = { severity: 'error', stage: 'openapi', file, message };
    if (line !== undefined) d.line = line;
    if (column !== undefined) d.column = column;
    this.diagnostics.push(d);
  }

  // ------------------------------------------------------------ result

  result(): Extracted<ApiFacts> {
    const methodRank = (m: OperationMethod) => METHOD_ORDER.indexOf(m as HttpMethod);
    const operations = [...this.facts.operations].sort(
      (a, b) =>
        compareText(a.path, b.path) || methodRank(a.method) - methodRank(b.method) || compareText(a.spec, b.spec),
    );
    const specs = [...this.facts.specs].sort((a, b) => compareText(a.file, b.file));
    const securitySchemes = [...this.facts.securitySchemes].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.spec, b.spec),
    );
    const diagnostics = [...this.diagnostics, ...this.duplicateWarnings()].sort(
      (a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message),
    );
    const alsoRead = new Map<string, string>();
    for (const [abs, read] of this.documents.loaded())
      if (this.isInRepo(abs) && !this.roots.has(abs)) alsoRead.set(this.repoPath(abs), read.text);
    for (const [abs, text] of this.resolver.loaded) if (this.isInRepo(abs)) alsoRead.set(this.repoPath(abs), text);
    const schemas = [...this.facts.schemas!].sort((a, b) => compareText(a.id, b.id));
    return { facts: { specs, operations, securitySchemes, schemas }, diagnostics, alsoRead };
  }
}

/**
 * The first `$ref` in the document whose chain of bare internal refs comes back to itself, with what
 * is needed to report it (pointer) and to blank it (holder + key).
 */
function findRefLoop(
  root: unknown,
): { ref: string; pointer: string[]; holder: Record<string, unknown>; key: string } | undefined {
  const targetOf = (ref: string): unknown => {
    let node: unknown = root;
    for (const segment of pointerSegments(ref)) {
      if (!isRecord(node) && !Array.isArray(node)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
    return node;
  };
  const visit = (
    node: unknown,
    holder: Record<string, unknown>,
    key: string,
    pointer: string[],
    depth: number,
  ): ReturnType<typeof findRefLoop> => {
    if (depth > 64 || (!isRecord(node) && !Array.isArray(node))) return undefined;
    if (isRecord(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) {
      const seen = new Set<unknown>([node]);
      let next: unknown = node;
      while (isRecord(next) && typeof next.$ref === 'string' && next.$ref.startsWith('#')) {
        next = targetOf(next.$ref);
        // Only a ref that is itself on the loop is reported and blanked; refs that merely lead
        // into a loop resolve once the loop is broken.
        if (next === node) return { ref: node.$ref, pointer, holder, key };
        if (seen.has(next)) break;
        seen.add(next);
      }
    }
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    for (const [k, v] of entries) {
      const found = visit(v, node as Record<string, unknown>, k, [...pointer, k], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return isRecord(root) ? visit(root, { root }, 'root', [], 0) : undefined;
}

/** Redocly says "Can't resolve $ref: ENOENT: no such file …"; say it the way a reader needs it. */
function refFailureReason(message: string): string {
  const detail = message.replace(/^Can't resolve \$ref:?\s*/, '');
  if (detail === '') return 'no such location in the document';
  if (/ENOENT/.test(detail)) return 'file not found';
  return detail;
}

/** Code-unit order: independent of the machine's locale, unlike `localeCompare`. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
