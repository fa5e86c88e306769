import type { SourcesConfig } from './config-schema.js';

// The fixed values of the settings, apart from the schema: a run with no config file (and the
// no-op check) uses them without loading the validator.

export const MODES = ['write', 'check', 'pull-request', 'commit'] as const;
export type Mode = (typeof MODES)[number];

export const PROVIDERS = ['anthropic', 'bedrock', 'vertex'] as const;
export const GROUNDING = ['strict', 'warn'] as const;

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
