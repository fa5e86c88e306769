import type { Config } from '../config/config-schema.js';
import { digest } from '../facts/hash.js';
import { emptyFacts, type FactModel } from '../facts/model.js';
import { VERSION } from '../version.js';

/** Everything extraction depends on; equal keys mean equal facts. */
export function extractionKey(config: Config, inputs: FactModel['inputs']): string {
  return digest({ generator: VERSION, model: emptyFacts().modelVersion, sources: config.sources, inputs });
}
