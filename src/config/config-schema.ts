import { z } from 'zod';

// One schema for the config file; action inputs and CLI flags are mapped onto the same shape
// so every entry is validated by the same rules and reports errors the same way.

export const MODES = ['write', 'check'] as const;
export type Mode = (typeof MODES)[number];

const globList = z.array(z.string().min(1)).describe('list of glob patterns, relative to the repository root');

export const sourcesSchema = z
  .strictObject({
    /** Turn off to read only what the globs below name. */
    'auto-discover': z.boolean().default(true),
    openapi: globList.default([]),
    /** Globs naming migration files or folders holding them. */
    migrations: globList.default([]),
    infra: globList.default([]),
    exclude: globList.default([]),
  })
  .default({ 'auto-discover': true, openapi: [], migrations: [], infra: [], exclude: [] });

export const configFileSchema = z.strictObject({
  'docs-dir': z.string().min(1).optional(),
  'templates-dir': z.string().min(1).optional(),
  sources: sourcesSchema.optional(),
});

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
}
