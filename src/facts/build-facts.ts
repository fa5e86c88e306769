import type { DiscoveredSources } from '../sources/discover-sources.js';
import { factFindings } from './fact-rules.js';
import { sha256 } from './hash.js';
import { emptyFacts, type ApiFacts, type Diagnostic, type FactModel, type Finding, type InfraFacts, type InputFile, type SourceKind } from './model.js';

/**
 * Runs every extractor over what discovery found and joins their output into the one model.
 * Extractors never throw for bad input (they return diagnostics), so one broken file costs
 * only its own facts.
 */
export async function buildFacts(repoRoot: string, found: DiscoveredSources): Promise<FactModel> {
  // Loaded on demand: a run whose inputs did not change never extracts, and need not pay for
  // loading the parsers (the OpenAPI toolchain alone is megabytes of code).
  const [{ extractCompose }, { extractKubernetesFiles }, { extractTerraform }, { replayPostgres }, { extractOpenApi }, { isolateBatch }] = await Promise.all([
    import('../sources/infra/extract-compose.js'),
    import('../sources/infra/extract-kubernetes.js'),
    import('../sources/infra/extract-terraform.js'),
    import('../sources/migrations/replay-postgres.js'),
    import('../sources/openapi/extract-openapi.js'),
    import('../sources/isolate-extractor.js'),
  ]);
  const facts = emptyFacts();
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  const text = (file: string) => found.texts.get(file) ?? '';
  const withText = (files: string[]) => files.map((file) => ({ file, text: text(file) }));
  const infraParts = (parts: InfraFacts[]) => mergeInfra(parts, diagnostics);

  // Every extractor runs isolated: an exception costs the facts of the file that raised it.
  const [api, schema, terraform] = await Promise.all([
    isolateBatch('openapi', found.openapi, (files) => extractOpenApi(repoRoot, files), mergeApi),
    replayPostgres(found.migrationSets, found.texts),
    isolateBatch('infra', found.terraform, (files) => extractTerraform(withText(files)), infraParts),
  ]);
  facts.api = api.facts;
  facts.schema = schema.facts;
  diagnostics.push(...api.diagnostics, ...schema.diagnostics);
  facts.inputs = withReferencedInputs(found.inputs, 'openapi', api.alsoRead);

  const parts: InfraFacts[] = [];
  for (const file of found.compose) {
    const r = await isolateBatch('infra', [file], ([f]) => extractCompose(f!, text(f!)), infraParts);
    parts.push(r.facts);
    diagnostics.push(...r.diagnostics);
  }
  const kube = await isolateBatch('infra', found.kubernetes, (files) => extractKubernetesFiles(withText(files)), infraParts);
  parts.push(kube.facts, terraform.facts);
  diagnostics.push(...kube.diagnostics, ...terraform.diagnostics);
  facts.infra = mergeInfra(parts, diagnostics);
  const byId = new Map<string, Finding>();
  for (const f of [...schema.findings, ...factFindings(facts)]) {
    // Two findings of one rule on one line (say, two foreign keys of one table) stay distinct.
    let id = f.id;
    for (let n = 2; byId.has(id); n++) id = `${f.id}#${n}`;
    byId.set(id, { ...f, id });
  }
  facts.findings = [...byId.values()].sort((a, b) => a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.rule.localeCompare(b.rule));

  facts.diagnostics = sortDiagnostics(diagnostics);
  return facts;
}

/** Discovery's inputs plus the files an extractor read through references, each hashed as read. */
function withReferencedInputs(inputs: InputFile[], kind: SourceKind, alsoRead: Map<string, string> | undefined): InputFile[] {
  if (!alsoRead || alsoRead.size === 0) return inputs;
  const known = new Set(inputs.map((i) => i.file));
  const extra: InputFile[] = [];
  for (const [file, text] of alsoRead) if (!known.has(file)) extra.push({ file, kind, sha256: sha256(text), referenced: true });
  return [...inputs, ...extra].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function mergeApi(parts: ApiFacts[]): ApiFacts {
  return { specs: parts.flatMap((p) => p.specs), operations: parts.flatMap((p) => p.operations), securitySchemes: parts.flatMap((p) => p.securitySchemes) };
}

function mergeInfra(parts: InfraFacts[], diagnostics: Diagnostic[]): InfraFacts {
  const components = new Map<string, InfraFacts['components'][number]>();
  const edges = new Map<string, InfraFacts['edges'][number]>();
  for (const part of parts) {
    for (const c of part.components) {
      const seen = components.get(c.id);
      if (seen) {
        diagnostics.push({ severity: 'warning', stage: 'infra', file: c.source.file, line: c.source.line, message: `${c.id} is also defined in ${seen.source.file}:${seen.source.line}; the first definition is documented` });
        continue;
      }
      components.set(c.id, c);
    }
    for (const e of part.edges) edges.set(`${e.from}|${e.kind}|${e.to}|${e.via ?? ''}`, e);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    components: [...components.values()].sort(byId),
    edges: [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e),
  };
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
}
