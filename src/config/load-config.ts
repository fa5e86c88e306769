import { readFile } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { parseBudget } from './parse-budget.js';
import {
  configFileSchema,
  DEFAULT_MODEL_CONCURRENCY,
  GROUNDING,
  MAX_MODEL_CONCURRENCY,
  MODEL_CONCURRENCY_RULE,
  MODES,
  PROVIDERS,
  sourcesSchema,
  type AgentSettings,
  type CatalogSettings,
  type Config,
  type ConfigFile,
  type Mode,
} from './config-schema.js';

export const DEFAULT_CONFIG_FILE = '.github/architect-docs.yml';
export const DEFAULT_DOCS_DIR = 'docs/architecture';
/** Where the Backstage catalog goes, relative to the docs folder. */
export const DEFAULT_CATALOG_FILE = 'catalog-info.yaml';
/** Backstage needs an owner on every entity; this one says plainly that the config did not name one. */
export const DEFAULT_CATALOG_OWNER = 'unknown';

/** A configuration problem: always names where the bad value came from. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
    this.name = 'ConfigError';
  }
}

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

  const mode = overrides.mode ?? 'write';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new ConfigError(`mode must be one of ${MODES.join(', ')}, got "${mode}"`, overridesOrigin);
  }
  const docsDir = safeRepoPath(
    overrides.docsDir ?? file?.config['docs-dir'] ?? DEFAULT_DOCS_DIR,
    overrides.docsDir ? overridesOrigin : configPath,
    'docs-dir',
  );
  const templatesDir = file?.config['templates-dir']
    ? safeRepoPath(file.config['templates-dir'], configPath, 'templates-dir')
    : undefined;

  const agent = agentSettings(file?.config.agent ?? {}, overrides, configPath, overridesOrigin);
  return {
    repoRoot,
    agent,
    docsDir,
    templatesDir,
    mode: mode as Mode,
    force: overrides.force ?? false,
    sources: file?.config.sources ?? sourcesSchema.parse(undefined),
    configFile: file ? configPath : undefined,
    catalog: catalogSettings(file?.config.catalog ?? {}, repoRoot, docsDir),
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, path, lineCounter.linePos(e.pos[0]).line);
  }
  const raw = doc.toJS() ?? {};
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keyPath = issue.path.map(String);
    // Point at the unknown key itself, else at the bad value.
    const node =
      issue.code === 'unrecognized_keys'
        ? keyNode(doc, keyPath, issue.keys[0]!)
        : keyPath.length > 0
          ? doc.getIn(keyPath, true)
          : undefined;
    const offset = (node as { range?: [number, number] } | undefined)?.range?.[0];
    throw new ConfigError(
      describeIssue(issue),
      path,
      offset !== undefined ? lineCounter.linePos(offset).line : undefined,
    );
  }
  return { config: parsed.data };
}

function keyNode(doc: Document, path: string[], key: string): unknown {
  const map = path.length > 0 ? doc.getIn(path, true) : doc.contents;
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the file';
  if (issue.code === 'unrecognized_keys') {
    const prefix = issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${prefix}${k}"`).join(', ')}`;
  }
  return `${where}: ${issue.message}`;
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
