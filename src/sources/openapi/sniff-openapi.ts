// A cheap content sniff: is this YAML/JSON text an OpenAPI (or Swagger 2.0) document?
//
// Discovery calls this for every .yaml/.yml/.json file in a repository, most of which are not
// API descriptions (CI config, package manifests, fixtures …), and some of which are huge. A real
// parse of each would cost more than the rest of discovery, so this looks for the one thing every
// OpenAPI document has: a top-level `openapi: 3.x` or `swagger: "2.0"` key. Regexes on the text
// suffice because the key's shape is very constrained.

/** How much of the text is scanned first; the whole text is scanned only if this finds nothing. */
const HEAD_CHARS = 16 * 1024;

// Block YAML: the key sits at column 0 (anything indented is nested). Quotes are optional on both
// the key and the version. `swagger` must be 2.x; `openapi` any 3.x or later.
const YAML_TOP_LEVEL_KEY = /^(?:(["']?)openapi\1\s*:\s*["']?\d+\.\d+|(["']?)swagger\2\s*:\s*["']?2\.\d)/m;

// JSON (and YAML flow style): key and value both quoted. Position in the file is not
// known without parsing, but a `"openapi": "3.1.0"` pair nested inside some other document is
// rare enough to accept.
const JSON_KEY = /"(?:openapi"\s*:\s*"\d+\.\d+|swagger"\s*:\s*"2\.\d)/;

/**
 * The `openapi` / `swagger` version string declared by the document, if the text looks like an
 * OpenAPI document; `undefined` otherwise. Only a sniff: the document may still be invalid.
 */
export function sniffOpenApiVersion(text: string): string | undefined {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const found = findVersion(head) ?? (head === text ? undefined : findVersion(text));
  return found;
}

/** True when the text looks like an OpenAPI 3.x or Swagger 2.0 document (YAML or JSON). */
export function isOpenApiDocument(text: string): boolean {
  return sniffOpenApiVersion(text) !== undefined;
}

function findVersion(text: string): string | undefined {
  const startsLikeJson = /^\s*[[{]/.test(text);
  const match = startsLikeJson ? JSON_KEY.exec(text) : (YAML_TOP_LEVEL_KEY.exec(text) ?? JSON_KEY.exec(text));
  if (!match) return undefined;
  // Read the full version token after the key (the regexes stop after major.minor).
  const rest = text.slice(match.index, match.index + 80);
  const version = /(?:openapi|swagger)["']?\s*:\s*["']?(\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?)/.exec(rest);
  return version?.[1];
}
