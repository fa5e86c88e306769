// A cheap content sniff: is this YAML/JSON text an AsyncAPI document?
//
// Discovery asks every .yaml/.yml/.json file; parsing each would cost more than discovery itself.
// Every AsyncAPI document has a top-level `asyncapi: 2.x|3.x` key, and nothing else is shaped so.

// Block YAML: the key at column 0 (indented keys are nested), quotes optional on key and version.
const YAML_TOP_LEVEL_KEY = /^(["']?)asyncapi\1\s*:\s*["']?[23]\.\d+/m;

// JSON or YAML flow style: key and value both quoted.
const JSON_KEY = /"asyncapi"\s*:\s*"[23]\.\d+/;

/** True when the text looks like an AsyncAPI 2.x or 3.x document. Only a sniff: it may still be invalid. */
export function isAsyncApiDocument(text: string): boolean {
  return /^\s*[[{]/.test(text) ? JSON_KEY.test(text) : YAML_TOP_LEVEL_KEY.test(text) || JSON_KEY.test(text);
}
