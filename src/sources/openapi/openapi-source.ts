import type { SourceKind } from '../source-kind.js';
import { isOpenApiDocument } from './sniff-openapi.js';

/** OpenAPI 2.0–3.2 descriptions, YAML or JSON, recognised by their top-level `openapi`/`swagger` key. */
export const openapiSource = {
  name: 'openapi',
  label: 'OpenAPI descriptions',
  stage: 'openapi',
  area: 'api',
  configKey: 'openapi',
  fileName: /\.(ya?ml|json)$/i,
  // A glob naming a file makes it a spec whatever its name: the reader says so if it is not one.
  // The head decides for almost every file; a JSON spec written with sorted keys has `openapi`
  // after `components` and `info`, hundreds of KiB in, so a head without it is not the last word.
  detect: (c, forced) =>
    forced ||
    (/\.(ya?ml|json)$/i.test(c.base) &&
      (isOpenApiDocument(c.head) || (c.text.length > c.head.length && isOpenApiDocument(c.text)))),
  // `swagger.json` beside `swagger.yaml`: one description, read once (rendered-twins.ts). The YAML
  // parser that tells is loaded only when two files of one folder share a name.
  async select(files, text) {
    const stems = new Set(files.map((f) => f.replace(/\.(ya?ml|json)$/i, '')));
    if (stems.size === files.length) return { files, diagnostics: [] };
    const { dropRenderedTwins } = await import('./rendered-twins.js');
    return dropRenderedTwins(files, text);
  },
  async extract({ repoRoot, files }) {
    const { extractOpenApi } = await import('./extract-openapi.js');
    const r = await extractOpenApi(repoRoot, files);
    return { facts: { api: r.facts }, diagnostics: r.diagnostics, alsoRead: r.alsoRead };
  },
  changeGroups: [{ prefix: 'op:', title: 'API' }],
} satisfies SourceKind;
