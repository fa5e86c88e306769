import type { Config } from '../config/config-schema.js';
import { digest, sha256 } from '../facts/hash.js';
import type { InputFile } from '../facts/model.js';
import { VERSION } from '../version.js';

// A run's output is a function of the sources, the config, the templates, the agent file and the
// docs as they stand. The run key digests the first four, the docs key the last, both from bytes
// alone (no parser, no engine, no model client): a run whose keys equal the last run's has nothing
// to do.

/** A file under the docs folder (the catalog file is always there too) and its fingerprint. */
export interface DocFileHash {
  file: string;
  sha256: string;
}

export interface RunKeyParts {
  config: Config;
  /** What discovery found now, with the files the last extraction read through references. */
  inputs: InputFile[];
  templatesDigest: string;
  /** The agent file's text; undefined when the config names none or it is not there. */
  agentFileText: string | undefined;
}

/**
 * The digest. Left out: where the repository is, the mode and `--force` (they say what to do with
 * the output, not what it is), the model concurrency and the batch settings (results are applied
 * in plan order), and the API key (a secret, and whether the model may run is decided next to the
 * key, from the sections the last run left to the model).
 */
export function runKey(parts: RunKeyParts): string {
  const { repoRoot: _root, mode: _mode, force: _force, ...config } = parts.config;
  // How many model calls run at once, or whether they go through a Message Batch, changes how fast
  // (and how cheaply) the sections come, not what they say.
  const {
    apiKey: _key,
    offline: _offline,
    modelConcurrency: _calls,
    batch: _batch,
    batchTimeoutMs: _batchWait,
    ...agent
  } = config.agent;
  // The catalog's settings name the repository's folder by default: they count only when it is written.
  const catalog = config.catalog.backstage ? config.catalog : { backstage: false };
  return digest({
    generator: VERSION,
    config: { ...config, agent, catalog },
    inputs: parts.inputs.map((i) => ({ file: i.file, kind: i.kind, sha256: i.sha256 })),
    templates: parts.templatesDigest,
    agentFile: parts.agentFileText === undefined ? null : sha256(parts.agentFileText),
  });
}

/**
 * The docs folder's digest, apart from the run key: a person editing a generated block changes
 * it, and that alone is no reason for the run to rewrite the state file (pipeline.ts).
 */
export function docsKey(docs: DocFileHash[]): string {
  return digest(docs);
}
