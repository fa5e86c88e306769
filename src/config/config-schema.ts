import { posix } from 'node:path';
import { z } from 'zod';
import type { Overrides } from './load-config.js';
import {
  defaultSources,
  GROUNDING,
  MAX_MODEL_CONCURRENCY,
  MODEL_CONCURRENCY_RULE,
  type Mode,
  PROVIDERS,
  SYSTEM_NAME,
  SYSTEM_NAME_RULE,
} from './config-values.js';

// One schema for the config file; action inputs and CLI flags are mapped onto the same shape
// so every entry is validated by the same rules and reports errors the same way. Only a run with
// a config file loads it (zod is costly to start): the values a run without one needs are apart.

export {
  DEFAULT_MODEL_CONCURRENCY,
  GROUNDING,
  MAX_MODEL_CONCURRENCY,
  MODEL_CONCURRENCY_RULE,
  MODES,
  PROVIDERS,
  SYSTEM_NAME,
  SYSTEM_NAME_RULE,
  type Mode,
} from './config-values.js';

const globList = z.array(z.string().min(1)).describe('list of glob patterns, relative to the repository root');

const sourcesObject = z.strictObject({
  /** Turn off to read only what the globs below name. */
  'auto-discover': z.boolean().default(true),
  /**
   * Folders auto-discovery searches (default: the whole repository); the globs below name files
   * anywhere. In a monorepo each system names its own folders.
   */
  paths: z.array(z.string().min(1)).optional(),
  openapi: globList.default([]),
  /** Globs naming the other API contracts: `.proto` files, GraphQL SDL, AsyncAPI documents. */
  contracts: globList.default([]),
  /** Globs naming migration files or folders holding them. */
  migrations: globList.default([]),
  infra: globList.default([]),
  exclude: globList.default([]),
  /**
   * Read test and fixture folders (`tests/`, `testdata/`, `e2e/` …) too; the globs above reach into
   * them either way.
   */
  'include-test-folders': z.boolean().default(false),
  /**
   * Which per-dialect migration files to replay when a folder holds several
   * (`x.postgres.up.sql`, `x.mysql.up.sql` …); PostgreSQL when present unless set.
   */
  'migration-dialect': z.enum(['postgres', 'mysql', 'sqlite']).optional(),
  /**
   * Values for placeholders in migrations: Go templates (`{{ .Namespace }}`), Flyway and Liquibase
   * (`${schema}`). A placeholder without a value gets a documented default (see the README).
   */
  'migration-placeholders': z.record(z.string(), z.string()).default({}),
  /**
   * How Helm charts are rendered: each entry names a chart folder and the values files layered
   * over its `values.yaml` (as `helm template -f`), with the release name and namespace. A chart
   * not listed renders with its own values, released under its own name.
   */
  helm: z
    .array(
      z.strictObject({
        chart: z.string().min(1),
        values: z.array(z.string().min(1)).default([]),
        release: z.string().min(1).optional(),
        namespace: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /**
   * `auto` renders charts, overlays and Compose projects with `helm`, `kubectl kustomize` and
   * `docker compose` when they are on PATH, else with the built-in renderers; `built-in` always
   * uses the built-in ones (same result on every machine).
   */
  'render-tools': z.enum(['auto', 'built-in']).default('auto'),
  /** Compose profiles to resolve as active (`docker compose --profile`); services of other profiles are left out. */
  'compose-profiles': z.array(z.string().min(1)).optional(),
});

export const sourcesSchema = sourcesObject.default(defaultSources);

/**
 * A system's `sources`: the same keys, with no defaults, so that a key the system leaves out is the
 * top level's (defaults filled in would override it).
 */
const systemSourcesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(sourcesObject.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional(),
    ]),
  ),
) as unknown as z.ZodType<Partial<SourcesConfig>>;

const priceSchema = z.strictObject({
  input: z.number().nonnegative().optional(),
  output: z.number().nonnegative().optional(),
  'cache-write': z.number().nonnegative().optional(),
  'cache-read': z.number().nonnegative().optional(),
});

/** Settings of the architect model. The API key is never read from the file: only from inputs or the environment. */
export const agentFileSchema = z.strictObject({
  model: z.string().min(1).optional(),
  'agent-file': z.string().min(1).optional(),
  provider: z.enum(PROVIDERS).optional(),
  'max-input-tokens': z.number().int().min(2_000).optional(),
  'max-output-tokens': z.number().int().min(256).max(32_000).optional(),
  grounding: z.enum(GROUNDING).optional(),
  budget: z.union([z.string(), z.number()]).optional(),
  'fail-on-model-error': z.boolean().optional(),
  'timeout-seconds': z.number().positive().optional(),
  'model-concurrency': z
    .number({ error: MODEL_CONCURRENCY_RULE })
    .int(MODEL_CONCURRENCY_RULE)
    .min(1, MODEL_CONCURRENCY_RULE)
    .max(MAX_MODEL_CONCURRENCY, MODEL_CONCURRENCY_RULE)
    .optional(),
  /** Send the sections' first requests as one Message Batch (half price, answers within the time limit). */
  batch: z.boolean().optional(),
  'batch-timeout-seconds': z.number().positive().optional(),
  /** USD per million tokens, by model family (`opus`, `sonnet`, `haiku`) or exact model id. */
  prices: z.record(z.string(), priceSchema).optional(),
});

/**
 * Backstage's rule for an entity name (Kubernetes object names): letters, digits and `-_.`,
 * starting and ending with a letter or digit, at most 63 characters.
 */
export const ENTITY_NAME = /^(?=.{1,63}$)[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
/** A Backstage entity reference: `[kind:][namespace/]name`, e.g. `group:default/payments-team`. */
const ENTITY_REF =
  /^([A-Za-z][A-Za-z0-9]*:)?([a-z0-9]([-a-z0-9]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

/** The optional Backstage catalog file (`catalog-info.yaml`) generated next to the docs. */
export const catalogFileSchema = z.strictObject({
  backstage: z.boolean().optional(),
  /** Who owns every entity: Backstage requires an owner on each, and the sources never say who it is. */
  owner: z
    .string()
    .regex(ENTITY_REF, 'must be a Backstage entity reference such as "team-a" or "group:team-a"')
    .optional(),
  lifecycle: z.string().min(1).optional(),
  system: z.string().regex(ENTITY_NAME, 'must be a Backstage entity name ([A-Za-z0-9-_.], at most 63)').optional(),
  /** Relative to the docs folder, and inside it: the catalog is written, diffed and checked like the docs. */
  path: z
    .string()
    .regex(/\.ya?ml$/, 'must name a .yaml or .yml file')
    .refine(
      (p) => {
        const n = posix.normalize(p.replaceAll('\\', '/'));
        return !n.startsWith('/') && n !== '..' && !n.startsWith('../');
      },
      { message: 'must be a file inside the docs folder' },
    )
    .optional(),
  /** Where the sources are browsed (`https://github.com/acme/shop/tree/main/`): `backstage.io/source-location`. */
  'source-location': z.url().optional(),
});

/** One system of a monorepo: its own sources and docs folder; what it leaves out is the top level's. */
export const systemFileSchema = z.strictObject({
  'docs-dir': z.string().min(1),
  'templates-dir': z.string().min(1).optional(),
  sources: systemSourcesSchema.optional(),
  agent: agentFileSchema.optional(),
  catalog: catalogFileSchema.optional(),
});

export const configFileSchema = z.strictObject({
  'docs-dir': z.string().min(1).optional(),
  'templates-dir': z.string().min(1).optional(),
  sources: sourcesSchema.optional(),
  agent: agentFileSchema.optional(),
  catalog: catalogFileSchema.optional(),
  /** Several systems in one repository, by name; without it the repository is one system. */
  systems: z
    .record(z.string().regex(SYSTEM_NAME, `system name ${SYSTEM_NAME_RULE}`), systemFileSchema)
    .refine((systems) => Object.keys(systems).length > 0, { message: 'must name at least one system' })
    .optional(),
});

/** The Backstage catalog settings, defaults applied. */
export interface CatalogSettings {
  /** Off unless the config file turns it on. */
  backstage: boolean;
  /** Repo-relative path of the catalog file; always inside the docs folder. */
  file: string;
  owner: string;
  lifecycle: string;
  /** Name of the `System` entity: the config's, else the repository folder's name. */
  system: string;
  sourceLocation?: string;
}

export interface AgentSettings {
  provider: (typeof PROVIDERS)[number];
  /** Anthropic API key; with none (and the anthropic provider) the run is offline. */
  apiKey?: string;
  /** Undefined: the agent file's model, else `sonnet`. */
  model?: string;
  agentFile?: string;
  maxInputTokens: number;
  maxOutputTokens: number;
  grounding: (typeof GROUNDING)[number];
  budget?: { kind: 'tokens'; limit: number } | { kind: 'usd'; limit: number };
  failOnModelError: boolean;
  timeoutMs: number;
  /** Model calls open at once after the first section, 1 (one after another) to 16. */
  modelConcurrency: number;
  /** Start the sections through one Message Batch (Anthropic API only), waiting at most `batchTimeoutMs`. */
  batch: boolean;
  batchTimeoutMs: number;
  prices?: Record<string, { input?: number; output?: number; cacheWrite?: number; cacheRead?: number }>;
  awsRegion?: string;
  vertexProjectId?: string;
  vertexRegion?: string;
  offline: boolean;
}

export type ConfigFile = z.infer<typeof configFileSchema>;
export type SystemFile = z.infer<typeof systemFileSchema>;
export type SourcesConfig = z.infer<typeof sourcesSchema>;

/** Everything a run needs to know, after inputs, flags and the config file are merged. */
export interface Config {
  /** Absolute path of the repository being documented. */
  repoRoot: string;
  /** Repo-relative, posix. */
  docsDir: string;
  /** Repo-relative folder of templates overriding the bundled ones, if any. */
  templatesDir?: string;
  mode: Mode;
  force: boolean;
  sources: SourcesConfig;
  /** Repo-relative path of the config file that was read, if one was. */
  configFile?: string;
  agent: AgentSettings;
  catalog: CatalogSettings;
  /** The system of a monorepo this config is for (resolve-systems.ts); undefined for a whole repository. */
  system?: string;
  /**
   * Set when the config file has `systems:`: what each system's Config is made from. Only the
   * loaded config carries it; the resolved ones (which the pipeline runs) do not.
   */
  systems?: LoadedSystems;
}

export interface LoadedSystems {
  entries: Record<string, SystemFile>;
  /** The file's top level, under every system. */
  file: Omit<ConfigFile, 'systems'>;
  configPath: string;
  overrides: Overrides;
  overridesOrigin: string;
}
