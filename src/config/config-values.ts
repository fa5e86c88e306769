import type { SourcesConfig } from './config-schema.js';

// The fixed values of the settings, apart from the schema: a run with no config file (and the
// no-op check) uses them without loading the validator.

export const MODES = ['write', 'check', 'pull-request', 'commit'] as const;
export type Mode = (typeof MODES)[number];

export const PROVIDERS = ['anthropic', 'bedrock', 'vertex'] as const;
export const GROUNDING = ['strict', 'warn'] as const;

/** Model calls open at once after the first section; more than a few mostly meets the API's rate limits. */
export const DEFAULT_MODEL_CONCURRENCY = 4;
export const MAX_MODEL_CONCURRENCY = 16;
/** The one wording of the rule, for the file's key and for the input and flag alike. */
export const MODEL_CONCURRENCY_RULE =
  `must be a whole number from 1 to ${MAX_MODEL_CONCURRENCY} ` + '(1 writes the sections one after another)';

/** A system's name: it names its docs branch and its matrix job, so a lowercase slug. */
export const SYSTEM_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export const SYSTEM_NAME_RULE =
  'must be a lowercase slug: letters a-z, digits and "-", starting and ending with a letter or digit, ' +
  'at most 63 characters';

/** How long a batch run waits for its Message Batch before canceling it: the API ends most within the hour. */
export const DEFAULT_BATCH_TIMEOUT_SECONDS = 3_600;

/** `sources` when the config file has none: discover everything, read no test folder. */
export function defaultSources(): SourcesConfig {
  return {
    'auto-discover': true,
    openapi: [],
    contracts: [],
    migrations: [],
    infra: [],
    exclude: [],
    'include-test-folders': false,
    'migration-placeholders': {},
    helm: [],
    'render-tools': 'auto',
  };
}
