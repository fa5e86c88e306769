import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config/config-schema.js';
import { planDocs } from './docs/plan-docs.js';
import { renderDocs, type RenderedDoc } from './docs/render-docs.js';
import { loadTemplates } from './docs/templates.js';
import { buildFacts } from './facts/build-facts.js';
import { digest } from './facts/hash.js';
import type { Diagnostic, FactModel } from './facts/model.js';
import { writeFilesAtomically, type FileChange } from './publish/write-files.js';
import { discoverSources, type DiscoveredSources } from './sources/discover-sources.js';
import { readState, serializeState, statePath, type StateFile } from './state/state-file.js';
import { VERSION } from './version.js';

export interface RunResult {
  mode: Config['mode'];
  /** Files whose content differs from what is on disk (written in `write` mode). */
  changed: FileChange[];
  docs: RenderedDoc[];
  facts: FactModel;
  /** False when the inputs were unchanged and the facts came from the state file. */
  extracted: boolean;
  diagnostics: Diagnostic[];
  /** True in `check` mode when the docs are not current. */
  stale: boolean;
}

/**
 * The one pipeline both the action and the CLI run:
 * config → discover → facts (or the cached facts when inputs are unchanged) → docs → write/check.
 */
export async function run(config: Config): Promise<RunResult> {
  const found = await discoverSources(config.repoRoot, config.sources, [config.docsDir]);
  const { facts, extracted } = await factsFor(config, found);
  return renderAndPublish(config, facts, extracted);
}

/** Only the fact model: what `architect-docs facts` prints. */
export async function extractFacts(config: Config): Promise<FactModel> {
  const found = await discoverSources(config.repoRoot, config.sources, [config.docsDir]);
  return buildFacts(config.repoRoot, found);
}

/** Everything extraction depends on; equal keys mean equal facts. */
function extractionKey(config: Config, inputs: FactModel['inputs']): string {
  return digest({ generator: VERSION, sources: config.sources, inputs });
}

async function factsFor(config: Config, found: DiscoveredSources): Promise<{ facts: FactModel; extracted: boolean }> {
  const { state } = await readState(config.repoRoot, config.docsDir);
  // Unchanged inputs: the last run's facts are the facts. Hashing is all the work done.
  if (!config.force && state && state.extractionKey === extractionKey(config, found.inputs)) return { facts: state.facts, extracted: false };
  return { facts: await buildFacts(config.repoRoot, found), extracted: true };
}

async function renderAndPublish(config: Config, facts: FactModel, extracted: boolean): Promise<RunResult> {
  const templates = await loadTemplates(config.repoRoot, config.templatesDir);
  const { docs: planned, services } = planDocs(facts, config.docsDir, templates);
  const existing = new Map<string, string | undefined>();
  for (const doc of planned) existing.set(doc.file, await readOptional(join(config.repoRoot, doc.file)));
  const rendered = renderDocs(facts, config.docsDir, planned, services, existing, { force: config.force });

  const changed: FileChange[] = rendered.docs.filter((d) => d.text !== d.previous).map((d) => ({ file: d.file, text: d.text }));
  const stateFile = statePath(config.docsDir);
  const previousState = await readOptional(join(config.repoRoot, stateFile));
  const state: StateFile = {
    stateVersion: 1,
    generator: VERSION,
    extractionKey: extractionKey(config, facts.inputs),
    factsDigest: digest(facts),
    facts,
  };
  const stateText = serializeState(state);
  if (stateText !== previousState) changed.push({ file: stateFile, text: stateText });

  if (config.mode === 'write' && changed.length > 0) await writeFilesAtomically(config.repoRoot, config.docsDir, changed);

  return {
    mode: config.mode,
    changed,
    docs: rendered.docs,
    facts,
    extracted,
    diagnostics: [...facts.diagnostics, ...rendered.diagnostics],
    stale: config.mode === 'check' && changed.length > 0,
  };
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
