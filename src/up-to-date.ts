import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config/config-schema.js';
import { docFingerprints } from './docs/doc-fingerprint.js';
import { loadTemplates } from './docs/templates.js';
import { discoverSources, type DiscoveredSources } from './sources/discover-sources.js';
import { rehashReferencedInputs } from './sources/referenced-inputs.js';
import { docsKey, runKey } from './state/run-key.js';
import { legacyStatePath, statePath } from './state/state-path.js';
import { parseStateText, type StateRecord } from './state/state-text.js';

// The no-op run: most scheduled and push runs change nothing, and finding that out must cost about
// what starting Node costs. This module and what it imports are the whole of such a run: discovery
// and hashing, no parser, no database engine, no model client, no renderer (the entries import
// the pipeline only when this says there is work).

/** What a no-op run can tell without the pipeline. */
export type UpToDate =
  | {
      current: true;
      runKey: string;
      docsKey: string;
      /** Diagnostics the last run reported: they still stand, since nothing they were about changed. */
      diagnostics: number;
    }
  | {
      current: false;
      /** Discovery, done already: the full run starts from it. */
      found?: DiscoveredSources;
    };

export interface UpToDateContext {
  /** Pull requests measure change against their base and read the agent file there: always a full run. */
  baseSha?: string;
  untrustedReason?: string;
}

/**
 * Whether a run now would produce exactly what the last finished run left: the same run key and no
 * section waiting for a model this run could call.
 */
export async function upToDate(config: Config, context: UpToDateContext = {}): Promise<UpToDate> {
  if (config.force || context.baseSha || context.untrustedReason) return { current: false };
  const state = await readRecord(config);
  if (!state?.runKey) return { current: false };
  const found = await discoverSources(config.repoRoot, config.sources, [config.docsDir]);
  if (state.modelPending && modelMayRun(config)) return { current: false, found };
  const key = runKey({
    config,
    inputs: await rehashReferencedInputs(config.repoRoot, found.inputs, state.referenced),
    templatesDigest: (await loadTemplates(config.repoRoot, config.templatesDir)).digest,
    agentFileText: await agentFileText(config),
  });
  if (key !== state.runKey) return { current: false, found };
  const docs = docsKey(await docFingerprints(config.repoRoot, config.docsDir));
  if (docs !== state.docsKey) return { current: false, found };
  return { current: true, runKey: key, docsKey: docs, diagnostics: state.diagnostics };
}

/** Check mode never calls the model; the others do when a key (or a cloud provider) is there. */
export function modelMayRun(config: Config): boolean {
  if (config.mode === 'check' || config.agent.offline) return false;
  return config.agent.provider !== 'anthropic' || Boolean(config.agent.apiKey);
}

/** The agent file's text as the run key takes it: undefined when none is named or it is not there. */
export async function agentFileText(config: Config): Promise<string | undefined> {
  if (!config.agent.agentFile) return undefined;
  return readFile(join(config.repoRoot, config.agent.agentFile), 'utf8').catch(() => undefined);
}

/** The state record; undefined when there is none, or a legacy JSON state is still there to remove. */
async function readRecord(config: Config): Promise<StateRecord | undefined> {
  if (existsSync(join(config.repoRoot, legacyStatePath(config.docsDir)))) return undefined;
  const text = await readFile(join(config.repoRoot, statePath(config.docsDir)), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseStateText(text);
}
