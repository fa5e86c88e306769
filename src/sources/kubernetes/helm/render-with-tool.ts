// `helm template` itself, when it is on PATH: what it prints is what Helm would deploy. Each
// document follows a `# Source: <chart>/templates/x.yaml` comment, mapped back to the repo path
// of that template so objects point at the file a reader would open.

import { join } from 'node:path';
import type { Diagnostic } from '../../../facts/model.js';
import { runTool } from '../../common/external-tool.js';
import type { ManifestDocument } from '../manifest-set.js';
import { documentsOf } from './rendered-documents.js';

export interface ToolRun {
  helm: string;
  repoRoot: string;
  chartDir: string;
  release: string;
  namespace: string;
  /** Repo-relative values files, already checked to be inside the repository. */
  valueFiles: string[];
  /** Helm template name → repo-relative file, from the loaded chart. */
  helmNames: Map<string, string>;
  /** Repo-relative file → template text, for `kind:` lines. */
  templateText: (file: string) => string;
}

export type ToolOutcome = { documents: ManifestDocument[]; diagnostics: Diagnostic[] } | { error: string };

export async function renderWithTool(run: ToolRun): Promise<ToolOutcome> {
  const args = ['template', run.release, join(run.repoRoot, run.chartDir), '--namespace', run.namespace];
  for (const f of run.valueFiles) args.push('-f', join(run.repoRoot, f));
  const result = await runTool(run.helm, args, run.repoRoot);
  if ('error' in result) return { error: result.error };
  return parseToolOutput(result.stdout, run);
}

/** Groups `helm template` output by its `# Source:` comments and parses each group's documents. */
export function parseToolOutput(
  stdout: string,
  run: Pick<ToolRun, 'chartDir' | 'helmNames' | 'templateText'>,
): { documents: ManifestDocument[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const documents: ManifestDocument[] = [];
  const groups = new Map<string, string[]>();
  for (const part of stdout.split(/^---[ \t]*$/m)) {
    const m = /^# Source: (.+)$/m.exec(part);
    if (!m) continue;
    const helmName = m[1]!.trim();
    const list = groups.get(helmName) ?? [];
    list.push(part);
    groups.set(helmName, list);
  }
  for (const [helmName, parts] of groups) {
    const file = run.helmNames.get(helmName) ?? join(run.chartDir, helmName.split('/').slice(1).join('/'));
    documents.push(...documentsOf(file, run.templateText(file), parts.join('\n---\n'), diagnostics));
  }
  return { documents, diagnostics };
}
