import { factFindings } from '../facts/fact-rules.js';
import { emptyFacts, type Diagnostic, type FactModel, type Finding, type InfraFacts } from '../facts/model.js';
import type { DiscoveredSources } from './discover-sources.js';
import { joinClientKeptRelations } from './client-kept-relations.js';
import { isolateBatch } from './isolate-extractor.js';
import { oneAtATime } from './one-at-a-time.js';
import { cachedKind, cacheKind, kindKey } from './kind-cache.js';
import { withReferencedInputs } from './referenced-inputs.js';
import { sourceKinds } from './registry.js';
import type { FactContribution } from './source-kind.js';

/**
 * Runs every kind's extractor over what discovery found and joins their parts into the one
 * model. Each runs isolated: an exception costs the facts of the file that raised it, and the
 * kinds run side by side (their parsers are independent), but those that load an engine one at a time.
 */
export async function buildFacts(
  repoRoot: string,
  found: DiscoveredSources,
  onKind?: (kind: string, reused: boolean) => void,
): Promise<FactModel> {
  const text = (file: string) => found.texts.get(file) ?? '';
  const hashes = new Map(found.inputs.map((i) => [i.file, i.sha256]));
  const kinds = sourceKinds().filter((k) => (found.files[k.name] ?? []).length > 0);
  const engineTurn = oneAtATime();
  const results = await Promise.all(
    kinds.map(async (kind) => {
      const files = found.files[kind.name]!;
      const key = kindKey(kind.name, found.settings, [
        ...files.map((file) => ({ file, sha256: hashes.get(file) ?? '' })),
        ...(kind.readsPathsOf ?? []).flatMap((other) =>
          (found.files[other] ?? []).map((file) => ({ file, sha256: '' })),
        ),
      ]);
      const cached = await cachedKind(repoRoot, kind.name, key);
      onKind?.(kind.name, cached !== undefined);
      if (cached) return cached;
      const extract = () =>
        isolateBatch(
          kind.stage,
          files,
          (batch) => kind.extract({ repoRoot, files: batch, text, settings: found.settings }),
          mergeContributions,
        );
      const result = await (kind.loadsEngine ? engineTurn(extract) : extract());
      // A file whose extraction threw may have hit a limit of this machine: it is tried again next run.
      if (result.failed.length === 0) await cacheKind(key, result);
      return result;
    }),
  );

  const facts = emptyFacts();
  const diagnostics: Diagnostic[] = [...found.diagnostics];
  let inputs = found.inputs;
  const parts: FactContribution[] = [];
  results.forEach((r, i) => {
    parts.push(r.facts);
    diagnostics.push(...r.diagnostics);
    inputs = withReferencedInputs(inputs, kinds[i]!.name, r.alsoRead);
  });
  const merged = mergeContributions(parts);
  facts.inputs = inputs;
  if (merged.api) facts.api = merged.api;
  if (merged.schema) facts.schema = joinClientKeptRelations(merged.schema, diagnostics);
  facts.infra = mergeInfra(merged.infra ? [merged.infra] : [], diagnostics);

  const byId = new Map<string, Finding>();
  for (const f of [...(merged.findings ?? []), ...factFindings(facts)]) {
    // Two findings of one rule on one line (say, two foreign keys of one table) stay distinct.
    let id = f.id;
    for (let n = 2; byId.has(id); n++) id = `${f.id}#${n}`;
    byId.set(id, { ...f, id });
  }
  facts.findings = [...byId.values()].sort(
    (a, b) =>
      a.source.file.localeCompare(b.source.file) || a.source.line - b.source.line || a.rule.localeCompare(b.rule),
  );
  facts.diagnostics = sortDiagnostics(diagnostics);
  return facts;
}

/** Parts of the model from several kinds (or several files of one kind) as one part. */
function mergeContributions(parts: FactContribution[]): FactContribution {
  const out: FactContribution = {};
  for (const p of parts) {
    if (p.api)
      out.api = out.api
        ? {
            specs: [...out.api.specs, ...p.api.specs],
            operations: [...out.api.operations, ...p.api.operations],
            securitySchemes: [...out.api.securitySchemes, ...p.api.securitySchemes],
            schemas: [...(out.api.schemas ?? []), ...(p.api.schemas ?? [])],
          }
        : p.api;
    if (p.schema) {
      const s = out.schema;
      out.schema = s
        ? {
            ...s,
            migrations: [...s.migrations, ...p.schema.migrations],
            tables: [...s.tables, ...p.schema.tables],
            foreignKeys: [...s.foreignKeys, ...p.schema.foreignKeys],
            indexes: [...s.indexes, ...p.schema.indexes],
            enums: [...s.enums, ...p.schema.enums],
          }
        : p.schema;
    }
    // Infrastructure parts are concatenated here and deduplicated once, with diagnostics, at the end.
    if (p.infra) {
      if (!out.infra) out.infra = p.infra;
      else {
        const joined: InfraFacts = {
          components: [...out.infra.components, ...p.infra.components],
          edges: [...out.infra.edges, ...p.infra.edges],
        };
        const modules = [...(out.infra.terraform?.modules ?? []), ...(p.infra.terraform?.modules ?? [])];
        if (modules.length) joined.terraform = { modules };
        out.infra = joined;
      }
    }
    if (p.findings) out.findings = [...(out.findings ?? []), ...p.findings];
  }
  return out;
}

function mergeInfra(parts: InfraFacts[], diagnostics: Diagnostic[]): InfraFacts {
  const components = new Map<string, InfraFacts['components'][number]>();
  const edges = new Map<string, InfraFacts['edges'][number]>();
  for (const part of parts) {
    for (const c of part.components) {
      const seen = components.get(c.id);
      if (seen) {
        diagnostics.push({
          severity: 'warning',
          stage: 'infra',
          file: c.source.file,
          line: c.source.line,
          message:
            `${c.id} is also defined in ${seen.source.file}:${seen.source.line}; ` +
            `the first definition is documented`,
        });
        continue;
      }
      components.set(c.id, c);
    }
    for (const e of part.edges) edges.set(`${e.from}|${e.kind}|${e.to}|${e.via ?? ''}`, e);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const merged: InfraFacts = {
    components: [...components.values()].sort(byId),
    edges: [...edges.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e),
  };
  // Module interfaces (variables, outputs, providers), one entry per folder.
  const modules = new Map(parts.flatMap((p) => p.terraform?.modules ?? []).map((m) => [m.module, m]));
  if (modules.size)
    merged.terraform = { modules: [...modules.values()].sort((a, b) => (a.module < b.module ? -1 : 1)) };
  return merged;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}
