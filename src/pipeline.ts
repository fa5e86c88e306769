import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { Config } from './config/config-schema.js';
import { nextAdrNumber, planDocs, type PlannedDoc } from './docs/plan-docs.js';
import type { ServiceGroup } from './docs/sections/section-context.js';
import { significantChanges, type SignificantChange } from './facts/diff-facts.js';
import { triageFindings } from './facts/findings-triage.js';
import { docFingerprints } from './docs/doc-fingerprint.js';
import { generatedFiles } from './docs/generated-files.js';
import { insertNewTemplateBlocks } from './docs/insert-new-blocks.js';
import { parseBlocks } from './docs/managed-blocks.js';
import { renderDocs } from './docs/render-docs.js';
import { loadTemplates, type Templates } from './docs/templates.js';
import { runAgentStage, type AgentStageResult } from './agent/agent-stage.js';
import { estimatePlan, type PlanEstimate } from './agent/estimate-plan.js';
import { loadPersona } from './agent/load-persona.js';
import { resolveModel } from './agent/model-resolution.js';
import { buildFacts } from './sources/extract-facts.js';
import { cleanSourceCommit } from './sources/tree-at-commit.js';
import { apiChanges } from './facts/api-changes/api-changes.js';
import { deriveSystem } from './system/derive-system.js';
import type { FactModel } from './facts/model.js';
import type { RunResult } from './publish/run-result.js';
import { writeFilesAtomically, type FileChange } from './publish/write-files.js';
import { discoverSources, type DiscoveredSources } from './sources/discover-sources.js';
import { rehashReferencedInputs } from './sources/referenced-inputs.js';
import { docsKey, runKey } from './state/run-key.js';
import { extractAtCommit, extractWithSystem, factsAtBase, factsOfRecord } from './state/change-base.js';
import { extractionKey } from './state/extraction-key.js';
import { cachedFacts, cacheFacts } from './state/facts-cache.js';
import { formatState, type PreviousState, readState, type StateRecord } from './state/state-file.js';
import { legacyStatePath, statePath } from './state/state-path.js';
import { agentFileText } from './up-to-date.js';
import { VERSION } from './version.js';

/** What the triggering event tells the pipeline (the action fills it; the CLI leaves it empty). */
export interface RunContext {
  /** Pull requests: the base commit, where the agent file is read from. */
  baseSha?: string;
  /** Set when model calls must not run on this event's code, with the reason. */
  untrustedReason?: string;
}

/**
 * The one pipeline both the action and the CLI run:
 * config → discover → facts (or the cached facts when inputs are unchanged) → docs → write/check.
 */
export async function run(config: Config, context: RunContext = {}, found?: DiscoveredSources): Promise<RunResult> {
  return renderAndPublish(config, context, await prepare(config, found));
}

/** What a run would ask the model and roughly what it would cost: `architect-docs plan`. Never calls the model. */
export async function planModelRun(config: Config): Promise<PlanEstimate> {
  const p = await prepare(config);
  const { persona } = await loadPersona(config.repoRoot, config.agent.agentFile, undefined);
  // No call to the Models API either: aliases resolve to the pinned model of their family.
  const { id: model } = await resolveModel(config.agent.model ?? persona.model ?? 'sonnet');
  return estimatePlan({
    facts: p.facts,
    previousFacts: p.previousFacts,
    docs: p.planned,
    existing: p.existing,
    sections: p.previous.record?.sections ?? {},
    templatesDigest: p.templates.digest,
    persona: persona.systemPrompt,
    model,
    force: config.force,
    maxInputTokens: config.agent.maxInputTokens,
    maxOutputTokens: config.agent.maxOutputTokens,
    prices: config.agent.prices,
    batch: config.agent.batch,
  });
}

/**
 * Everything up to the model: sources, facts (or the cached ones), templates, the docs to write and
 * their current text.
 */
interface Prepared {
  facts: FactModel;
  extracted: boolean;
  /** The extraction key of `facts` (extraction-key.ts). */
  key: string;
  previous: PreviousState;
  /** The facts the last run documented, when they can be had (change-base.ts). */
  previousFacts: FactModel | undefined;
  templates: Templates;
  planned: PlannedDoc[];
  services: ServiceGroup[];
  /** Current doc texts, with blocks their templates gained since the last run inserted. */
  existing: Map<string, string | undefined>;
  onDisk: Map<string, string | undefined>;
}

async function prepare(config: Config, discovered?: DiscoveredSources): Promise<Prepared> {
  const found = discovered ?? (await discoverSources(config.repoRoot, config.sources, [config.docsDir]));
  const previous = await readState(config.repoRoot, config.docsDir);
  const { facts, extracted, key } = await factsFor(config, found, previous);
  const previousFacts =
    previous.legacy?.facts ??
    (previous.record ? await factsOfRecord(config, previous.record, { facts, extractionKey: key }) : undefined);
  const templates = await loadTemplates(config.repoRoot, config.templatesDir);
  const { docs: planned, services } = planDocs(
    facts,
    config.docsDir,
    templates,
    await adrPlan(config, previousFacts, facts),
  );
  const onDisk = new Map<string, string | undefined>();
  const existing = new Map<string, string | undefined>();
  for (const doc of planned) {
    const text = await readOptional(join(config.repoRoot, doc.file));
    onDisk.set(doc.file, text);
    existing.set(
      doc.file,
      text === undefined ? undefined : insertNewTemplateBlocks(text, doc.template, previous.record?.blocks[doc.file]),
    );
  }
  return { facts, extracted, key, previous, previousFacts, templates, planned, services, existing, onDisk };
}

/** Only the fact model: what `architect-docs facts` prints. */
export async function extractFacts(config: Config): Promise<FactModel> {
  return extractWithSystem(config);
}

/**
 * The facts of the repository as it was at a commit (a pull request's base), read from that
 * commit's sources with today's config: the change base when no state file is there to say it.
 */
export async function extractFactsAt(config: Config, ref: string): Promise<FactModel> {
  return extractAtCommit(config, ref);
}

/** The facts with the logical system model derived from them (the system stage). */
function withSystem(facts: FactModel): FactModel {
  return { ...facts, system: deriveSystem(facts) };
}

async function factsFor(
  config: Config,
  found: DiscoveredSources,
  previous: PreviousState,
): Promise<{ facts: FactModel; extracted: boolean; key: string }> {
  // Unchanged inputs: the last run's facts, from the cache, are the facts. Hashing is all the work
  // done. The inputs list is always what discovery found now (plus the files the last extraction
  // read through references, re-hashed now), never what a (possibly edited) state file says.
  const record = previous.record;
  if (!config.force && record) {
    const inputs = await rehashReferencedInputs(config.repoRoot, found.inputs, record.referenced);
    const key = extractionKey(config, inputs);
    if (record.extractionKey === key) {
      const known = previous.legacy?.facts ?? (await cachedFacts(key));
      if (known) return { facts: { ...known, inputs }, extracted: false, key };
    }
  }
  const facts = withSystem(await buildFacts(config.repoRoot, found));
  const key = extractionKey(config, facts.inputs);
  await cacheFacts(key, facts);
  return { facts, extracted: true, key };
}

async function renderAndPublish(config: Config, context: RunContext, p: Prepared): Promise<RunResult> {
  const { facts, extracted, previous, previousFacts, templates, planned, services, existing, onDisk } = p;
  const last = previous.record;
  // Check mode never calls the model: it answers "would the docs change?" from the facts alone.
  const agent: AgentStageResult =
    config.mode === 'check'
      ? { offline: true, offlineReason: 'check mode does not call the model', diagnostics: [] }
      : await runAgentStage({
          config,
          facts,
          previousFacts,
          docs: planned,
          existing,
          sections: last?.sections ?? {},
          templatesDigest: templates.digest,
          baseSha: context.baseSha,
          untrustedReason: context.untrustedReason,
        });
  const rendered = renderDocs(facts, config.docsDir, planned, services, existing, {
    force: config.force,
    agentBodies: agent.outcome?.bodies,
    frozenDocs: agent.outcome?.frozenDocs,
    onDisk,
  });

  const changed: FileChange[] = rendered.docs
    .filter((d) => d.text !== d.previous)
    .map((d) => ({ file: d.file, text: d.text }));
  const generated = generatedFiles(facts, config.catalog);
  for (const g of generated)
    if (g.text !== (await readOptional(join(config.repoRoot, g.file)))) changed.push({ file: g.file, text: g.text });
  const stateFile = statePath(config.docsDir);
  // An offline run cannot tell cheaply which sections the model would rewrite: it leaves them all
  // to the next run that may call it. A model run leaves what it skipped or could not write.
  const modelPending = agent.outcome
    ? agent.outcome.skipped.length > 0 || rendered.docs.some((d) => d.needsModel.length > 0)
    : true;
  // The legacy JSON state goes with the first run that writes the line format.
  const removals: FileChange[] = previous.legacy
    ? [{ file: legacyStatePath(config.docsDir), text: '', remove: true }]
    : [];
  const state: StateRecord = {
    generator: VERSION,
    extractionKey: p.key,
    commit: await cleanSourceCommit(
      config.repoRoot,
      facts.inputs.map((i) => i.file),
    ),
    diagnostics: facts.diagnostics.length,
    referenced: facts.inputs.filter((i) => i.referenced),
    // A past decision record is no longer planned but still owned: its sections and blocks stay known.
    sections: {
      ...pastRecords(config, last?.sections, planned),
      ...(agent.outcome?.sections ?? last?.sections),
    },
    blocks: {
      ...pastRecords(config, last?.blocks, planned),
      ...Object.fromEntries(rendered.docs.map((d) => [d.file, parseBlocks(d.text).blocks.map((b) => b.id)])),
    },
    // Check mode answers a question and writes nothing: what it would record is the last run's.
    ...(config.mode === 'check'
      ? { runKey: last?.runKey, docsKey: last?.docsKey, modelPending: last?.modelPending }
      : {
          ...(await keysAfter(config, facts, templates, changed)),
          modelPending: modelPending || undefined,
        }),
  };
  const stateText = keepUnlessMoreChanged(formatState(state), state, last, previous.text);
  if (stateText !== previous.text) changed.push({ file: stateFile, text: stateText });
  changed.push(...removals);

  if (config.mode !== 'check' && changed.length > 0)
    await writeFilesAtomically(config.repoRoot, config.docsDir, changed);
  const owned = [
    ...rendered.docs.map((d) => ({ file: d.file, text: d.text })),
    ...generated,
    ...(await pastDecisionRecords(config, planned)),
    { file: stateFile, text: stateText },
    ...removals,
  ];

  const base = context.baseSha
    ? ((await factsAtBase(config, context.baseSha, { facts, extractionKey: p.key })) ?? previousFacts)
    : previousFacts;
  return {
    mode: config.mode,
    changed,
    owned,
    docs: rendered.docs,
    facts,
    extractionKey: p.key,
    extracted,
    diagnostics: [...facts.diagnostics, ...agent.diagnostics, ...rendered.diagnostics],
    findings: triageFindings(facts, base),
    apiChanges: base ? apiChanges(base.api, facts.api, { before: base.inputs, after: facts.inputs }) : [],
    stale: config.mode === 'check' && changed.length > 0,
    agent,
  };
}

/**
 * The last state's text when the docs key (and what was left to the model) is all that changed:
 * a person edited a generated block, which the run keeps, and that is not worth a commit of the
 * state. Runs are then full, not no-ops, until a change the docs show.
 */
function keepUnlessMoreChanged(
  text: string,
  state: StateRecord,
  previous: StateRecord | undefined,
  previousText: string | undefined,
): string {
  if (!previous || previousText === undefined || text === previousText) return text;
  // The commit alone differing is no change either: the last one's sources give the same facts.
  const same = formatState({
    ...state,
    docsKey: previous.docsKey,
    modelPending: previous.modelPending,
    commit: previous.extractionKey === state.extractionKey ? previous.commit : state.commit,
  });
  return same === previousText ? previousText : text;
}

/** The keys of this run and of the docs folder as it leaves it (run-key.ts): what the next run compares. */
async function keysAfter(
  config: Config,
  facts: FactModel,
  templates: Templates,
  changed: FileChange[],
): Promise<{ runKey: string; docsKey: string }> {
  const written = new Map(changed.map((c) => [c.file, c.text]));
  return {
    runKey: runKey({
      config,
      inputs: facts.inputs,
      templatesDigest: templates.digest,
      agentFileText: await agentFileText(config),
    }),
    docsKey: docsKey(await docFingerprints(config.repoRoot, config.docsDir, written)),
  };
}

/**
 * Decision records written by earlier runs: history the run no longer plans but still owns, so a
 * docs branch rebuilt from the base keeps them.
 */
async function pastDecisionRecords(config: Config, planned: PlannedDoc[]): Promise<FileChange[]> {
  const dir = posix.join(config.docsDir, 'adr');
  const names = await readdir(join(config.repoRoot, dir)).catch(() => [] as string[]);
  const out: FileChange[] = [];
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const file = posix.join(dir, name);
    if (planned.some((d) => d.file === file)) continue;
    const text = await readOptional(join(config.repoRoot, file));
    if (text !== undefined) out.push({ file, text });
  }
  return out;
}

/**
 * The last run's entries (keyed by file, or by `file#block`) for decision records this run does not
 * plan: they are history, and forgetting them would make the next check call the docs stale.
 */
function pastRecords<T>(config: Config, last: Record<string, T> | undefined, planned: PlannedDoc[]): Record<string, T> {
  const dir = `${posix.join(config.docsDir, 'adr')}/`;
  const plannedFiles = new Set(planned.map((d) => d.file));
  return Object.fromEntries(
    Object.entries(last ?? {}).filter(([key]) => key.startsWith(dir) && !plannedFiles.has(key.split('#')[0]!)),
  );
}

/** Decision records to draft: one per significant change since the previous run's facts. */
async function adrPlan(
  config: Config,
  before: FactModel | undefined,
  after: FactModel,
): Promise<{ changes: SignificantChange[]; nextNumber: number }> {
  if (!before) return { changes: [], nextNumber: 1 };
  const changes = significantChanges(before, after);
  if (changes.length === 0) return { changes, nextNumber: 1 };
  const existing = await readdir(join(config.repoRoot, config.docsDir, 'adr')).catch(() => [] as string[]);
  return { changes, nextNumber: nextAdrNumber(existing) };
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
