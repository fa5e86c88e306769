import { readFile } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { ConfigError } from './config-error.js';
import type { AgentSettings, CatalogSettings, Config, ConfigFile } from './config-schema.js';
import {
  DEFAULT_BATCH_TIMEOUT_SECONDS,
  DEFAULT_MODEL_CONCURRENCY,
  defaultSources,
  GROUNDING,
  MAX_MODEL_CONCURRENCY,
  MODEL_CONCURRENCY_RULE,
  MODES,
  type Mode,
  PROVIDERS,
} from './config-values.js';
import { parseBudget } from './parse-budget.js';

export const DEFAULT_CONFIG_FILE = '.github/architect-docs.yml';
export const DEFAULT_DOCS_DIR = 'docs/architecture';
/** Where the Backstage catalog goes, relative to the docs folder. */
export const DEFAULT_CATALOG_FILE = 'catalog-info.yaml';
/** Backstage needs an owner on every entity; this one says plainly that the config did not name one. */
export const DEFAULT_CATALOG_OWNER = 'unknown';

export { ConfigError } from './config-error.js';

/** Values given on the command line or as action inputs; undefined means "not given". */
export interface Overrides {
  docsDir?: string;
  configFile?: string;
  mode?: string;
  force?: boolean;
  apiKey?: string;
  model?: string;
  agentFile?: string;
  provider?: string;
  maxInputTokens?: string;
  grounding?: string;
  budget?: string;
  modelConcurrency?: string;
  /** Send the sections through the Message Batches API. */
  batch?: boolean;
  /** Seconds to wait for the batch, as text (input or flag). */
  batchTimeoutSeconds?: string;
  failOnModelError?: boolean;
  awsRegion?: string;
  vertexProjectId?: string;
  vertexRegion?: string;
  /** Never call a model, whatever the provider. */
  offline?: boolean;
}

export async function loadConfig(repoRoot: string, overrides: Overrides, overridesOrigin = 'inputs'): Promise<Config> {
  const configPath = overrides.configFile ?? DEFAULT_CONFIG_FILE;
  const file = await readConfigFile(repoRoot, configPath, overrides.configFile !== undefined);
  const { systems, ...top } = file?.config ?? {};
  const config = buildConfig(repoRoot, file ? top : undefined, configPath, overrides, overridesOrigin);
  if (!systems) return config;
  // Each system is made into its own Config by resolve-systems.ts, from the same file and overrides.
  return { ...config, systems: { entries: systems, file: top, configPath, overrides, overridesOrigin } };
}

/**
 * One Config from the file's settings (undefined: no config file was read) and the overrides:
 * the top level's, or a system's with the top level's laid under it (resolve-systems.ts).
 */
export function buildConfig(
  repoRoot: string,
  file: Omit<ConfigFile, 'systems'> | undefined,
  configPath: string,
  overrides: Overrides,
  overridesOrigin: string,
): Config {
  const mode = overrides.mode ?? 'write';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(`mode must be one of ${MODES.join(', ')}, got "${mode}"`, overridesOrigin);
  }
  const docsDir = safeRepoPath(
    overrides.docsDir ?? file?.['docs-dir'] ?? DEFAULT_DOCS_DIR,
    overrides.docsDir ? overridesOrigin : configPath,
    'docs-dir',
  );
  const templatesDir = file?.['templates-dir']
    ? safeRepoPath(file['templates-dir'], configPath, 'templates-dir')
    : undefined;

  const agent = agentSettings(file?.agent ?? {}, overrides, configPath, overridesOrigin);
  const sources = file?.sources ?? defaultSources();
  return {
    repoRoot,
    agent,
    docsDir,
    templatesDir,
    mode: mode as Mode,
    force: overrides.force ?? false,
    sources: sources.paths
      ? { ...sources, paths: sources.paths.map((p) => safeRepoPath(p, configPath, 'sources.paths')) }
      : sources,
    configFile: file ? configPath : undefined,
    catalog: catalogSettings(file?.catalog ?? {}, repoRoot, docsDir),
  };
}

function catalogSettings(file: NonNullable<ConfigFile['catalog']>, repoRoot: string, docsDir: string): CatalogSettings {
  return {
    backstage: file.backstage ?? false,
    // The schema keeps the path inside the docs folder: the catalog is written like the docs.
    file: posix.join(docsDir, posix.normalize((file.path ?? DEFAULT_CATALOG_FILE).replaceAll('\\', '/'))),
    owner: file.owner ?? DEFAULT_CATALOG_OWNER,
    lifecycle: file.lifecycle ?? 'production',
    system: file.system ?? basename(repoRoot),
    sourceLocation: file['source-location'],
  };
}

/** Inputs win over the file; each value is checked with the same rules whichever side it came from. */
function agentSettings(
  file: NonNullable<ConfigFile['agent']>,
  o: Overrides,
  configPath: string,
  origin: string,
): AgentSettings {
  const pick = <T>(input: T | undefined, fromFile: T | undefined): [T | undefined, string] =>
    input !== undefined && input !== '' ? [input, origin] : [fromFile, configPath];
  const [provider, providerFrom] = pick(o.provider, file.provider);
  if (provider !== undefined && !(PROVIDERS as readonly string[]).includes(provider))
    throw new ConfigError(`provider must be one of ${PROVIDERS.join(', ')}, got "${provider}"`, providerFrom);
  const [grounding, groundingFrom] = pick(o.grounding, file.grounding);
  if (grounding !== undefined && !(GROUNDING as readonly string[]).includes(grounding))
    throw new ConfigError(`grounding must be one of ${GROUNDING.join(', ')}, got "${grounding}"`, groundingFrom);
  const [maxInput, maxInputFrom] = pick(
    o.maxInputTokens !== undefined && o.maxInputTokens !== '' ? Number(o.maxInputTokens) : undefined,
    file['max-input-tokens'],
  );
  if (maxInput !== undefined && (!Number.isInteger(maxInput) || maxInput < 2_000))
    throw new ConfigError(
      `max-input-tokens must be a whole number of at least 2000, got "${o.maxInputTokens ?? maxInput}"`,
      maxInputFrom,
    );
  const [budgetText, budgetFrom] = pick(o.budget, file.budget !== undefined ? String(file.budget) : undefined);
  let budget: AgentSettings['budget'];
  try {
    budget = budgetText ? parseBudget(budgetText) : undefined;
  } catch (err) {
    throw new ConfigError(`budget: ${(err as Error).message}`, budgetFrom);
  }
  const [concurrency, concurrencyFrom] = pick<string | number>(o.modelConcurrency, file['model-concurrency']);
  const modelConcurrency = parseConcurrency(concurrency, concurrencyFrom);
  const [batchTimeout, batchTimeoutFrom] = pick<string | number>(o.batchTimeoutSeconds, file['batch-timeout-seconds']);
  const batchTimeoutSeconds = batchTimeout === undefined ? DEFAULT_BATCH_TIMEOUT_SECONDS : Number(batchTimeout);
  if (!Number.isFinite(batchTimeoutSeconds) || batchTimeoutSeconds <= 0 || String(batchTimeout).trim() === '')
    throw new ConfigError(
      `batch-timeout-seconds must be a positive number of seconds, got "${batchTimeout}"`,
      batchTimeoutFrom,
    );
  const [agentFile, agentFileFrom] = pick(o.agentFile, file['agent-file']);
  const prices = file.prices
    ? Object.fromEntries(
        Object.entries(file.prices).map(([k, p]) => [
          k,
          { input: p.input, output: p.output, cacheWrite: p['cache-write'], cacheRead: p['cache-read'] },
        ]),
      )
    : undefined;
  return {
    provider: (provider ?? 'anthropic') as AgentSettings['provider'],
    apiKey: o.apiKey || undefined,
    model: pick(o.model, file.model)[0],
    agentFile: agentFile ? safeRepoPath(agentFile, agentFileFrom, 'agent-file', true) : undefined,
    maxInputTokens: maxInput ?? 60_000,
    maxOutputTokens: file['max-output-tokens'] ?? 4_096,
    grounding: (grounding ?? 'strict') as AgentSettings['grounding'],
    budget,
    failOnModelError: o.failOnModelError ?? file['fail-on-model-error'] ?? false,
    timeoutMs: (file['timeout-seconds'] ?? 120) * 1000,
    modelConcurrency,
    batch: o.batch ?? file.batch ?? false,
    batchTimeoutMs: batchTimeoutSeconds * 1000,
    prices,
    awsRegion: o.awsRegion || undefined,
    vertexProjectId: o.vertexProjectId || undefined,
    vertexRegion: o.vertexRegion || undefined,
    offline: o.offline ?? false,
  };
}

/**
 * `model-concurrency`: the file's number is checked by its schema (with its line); text from an
 * input or flag (`"4"`, ` 4 `) here, by the same rule and wording.
 */
function parseConcurrency(value: string | number | undefined, origin: string): number {
  if (value === undefined) return DEFAULT_MODEL_CONCURRENCY;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_MODEL_CONCURRENCY)
    throw new ConfigError(`model-concurrency ${MODEL_CONCURRENCY_RULE}, got "${value}"`, origin);
  return n;
}

/** The config file, parsed and checked; undefined when there is none and none was asked for. */
async function readConfigFile(
  repoRoot: string,
  path: string,
  required: boolean,
): Promise<{ config: ConfigFile } | undefined> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, path), 'utf8');
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`cannot read the config file (${(err as Error).message})`, path);
  }
  // The YAML parser and the schema load only for a repository that has a config file.
  const { parseConfigFile } = await import('./parse-config-file.js');
  return { config: parseConfigFile(text, path) };
}

/** Paths from config must stay inside the repository: they decide where we write. */
function safeRepoPath(value: string, origin: string, key: string, isFile = false): string {
  const normal = posix.normalize(value.replaceAll('\\', '/')).replace(/\/+$/, '');
  if (normal.startsWith('/') || normal === '..' || normal.startsWith('../') || normal === '.' || normal === '') {
    throw new ConfigError(
      `${key} must be a ${isFile ? 'file' : 'folder'} inside the repository, got "${value}"`,
      origin,
    );
  }
  return normal;
}
