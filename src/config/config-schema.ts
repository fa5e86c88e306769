import { posix } from 'node:path';
import { z } from 'zod';
import {
  defaultSources,
  GROUNDING,
  MAX_MODEL_CONCURRENCY,
  MODEL_CONCURRENCY_RULE,
  type Mode,
  PROVIDERS,
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
  type Mode,
} from './config-values.js';

const globList = z.array(z.string().min(1)).describe('list of glob patterns, relative to the repository root');

export const sourcesSchema = z
  .strictObject({
    /** Turn off to read only what the globs below name. */
    'auto-discover': z.boolean().default(true),
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
  })
  .default(defaultSources);

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

export const configFileSchema = z.strictObject({
  'docs-dir': z.string().min(1).optional(),
  'templates-dir': z.string().min(1).optional(),
  sources: sourcesSchema.optional(),
  agent: agentFileSchema.optional(),
  catalog: catalogFileSchema.optional(),
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
}
