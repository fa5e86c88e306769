// Entry points for Kustomize: build one overlay into the objects it would apply, and tell which
// kustomization folders are overlays (deployment environments) rather than bases or components.
//
// The built-in build follows kustomize v5 (see accumulate-kustomization.ts for what it applies).
// When asked and kubectl is on PATH, `kubectl kustomize` builds the overlay instead, but only for
// a tree the built-in build found whole and inside the repository: kubectl would download remote
// bases and read folders outside the repository, which this run must not.

import { posix } from 'node:path';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import type { BuiltManifests, ManifestDocument } from '../manifest-set.js';
import { accumulateKustomization, newBuildContext } from './accumulate-kustomization.js';
import { kustomizationFileIn, readKustomization } from './kustomization-file.js';
import { kubectlKustomize, kubectlOnPath } from './kubectl-kustomize.js';
import { fixNameReferences } from './name-references.js';
import { resolveRepoPath } from './repo-paths.js';

export interface KustomizeBuildOptions {
  repoRoot: string;
  reader: RepoReader;
  /** Use `kubectl kustomize` when it is on PATH. */
  useTool: boolean;
}

/** Builds the kustomization in repo-relative `dir`. Never throws. */
export async function buildKustomization(dir: string, options: KustomizeBuildOptions): Promise<BuiltManifests> {
  const folder = dir === '.' ? '' : dir.replace(/\/$/, '');
  const name = folder === '' ? posix.basename(options.repoRoot) : posix.basename(folder);
  const empty = (diagnostics: Diagnostic[], consumed: string[] = []): BuiltManifests => ({
    set: { environment: { id: folder, name, via: 'kustomize' }, documents: [] },
    consumed,
    diagnostics,
  });
  try {
    const ctx = newBuildContext(options.reader);
    const file = kustomizationFileIn(folder, options.reader);
    if (!file) {
      return empty([
        { severity: 'error', stage: 'infra', file: folder || '.', message: 'no kustomization.yaml in this folder' },
      ]);
    }
    const k = readKustomization(folder, options.reader, ctx.diagnostics);
    if (!k) return empty(ctx.diagnostics, [file]);
    if (k.kind === 'Component') {
      ctx.diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file,
        line: 1,
        message: 'a Component is applied by the overlays that use it, not built alone',
      });
      return empty(ctx.diagnostics, [file]);
    }
    const resources = accumulateKustomization(k, ctx);
    fixNameReferences(resources, ctx.diagnostics);
    let documents: ManifestDocument[] = resources.map((r) => ({ value: r.object, source: r.source }));

    const kubectl = options.useTool ? kubectlOnPath() : undefined;
    if (kubectl && !ctx.remote && !ctx.refused) {
      const built = await kubectlKustomize(kubectl, options.repoRoot, folder, resources, { file, line: 1 });
      if ('error' in built)
        ctx.diagnostics.push({
          severity: 'notice',
          stage: 'infra',
          file,
          line: 1,
          message: `kubectl kustomize failed (${built.error.slice(0, 300)}); used the built-in build`,
        });
      else documents = built.documents;
    } else if (kubectl)
      ctx.diagnostics.push({
        severity: 'notice',
        stage: 'infra',
        file,
        line: 1,
        message: ctx.remote
          ? 'kubectl kustomize not run: the overlay names remote resources, which are not fetched'
          : 'kubectl kustomize not run: the overlay has problems listed here; used the built-in build',
      });
    return {
      set: { environment: { id: folder, name, via: 'kustomize' }, documents },
      consumed: [...ctx.consumed].sort(),
      diagnostics: ctx.diagnostics,
    };
  } catch (error) {
    return empty([
      {
        severity: 'error',
        stage: 'infra',
        file: folder || '.',
        message: `Kustomize build failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    ]);
  }
}

/**
 * Of the folders holding a kustomization, those no other kustomization names as a resource, base
 * or component: the overlays that are deployed. A Component is never one.
 */
export function findOverlayRoots(kustomizationDirs: string[], reader: RepoReader): string[] {
  const dirs = new Set(kustomizationDirs.map((d) => (d === '.' ? '' : d.replace(/\/$/, ''))));
  const referenced = new Set<string>();
  const components = new Set<string>();
  for (const dir of dirs) {
    const k = readKustomization(dir, reader, []);
    if (!k) continue;
    if (k.kind === 'Component') components.add(dir);
    for (const field of ['resources', 'bases', 'components']) {
      const entries = k.body[field];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries) {
        if (typeof entry !== 'string') continue;
        const path = resolveRepoPath(dir, entry);
        if (path !== undefined && path !== dir) referenced.add(path);
      }
    }
  }
  return [...dirs].filter((d) => !referenced.has(d) && !components.has(d)).sort();
}
