import type { SourceKind } from '../source-kind.js';
import { isAsyncApiDocument } from './sniff-asyncapi.js';

/** AsyncAPI 2.x and 3.x documents, YAML or JSON, recognised by their top-level `asyncapi` key. */
export const asyncapiSource = {
  name: 'asyncapi',
  label: 'AsyncAPI documents',
  // The Diagnostic stage union has no stage of its own for event contracts; `openapi` is the API stage.
  stage: 'openapi',
  area: 'api',
  configKey: 'contracts',
  fileName: /\.(ya?ml|json)$/i,
  detect: (c, forced) => forced || (/\.(ya?ml|json)$/i.test(c.base) && isAsyncApiDocument(c.head)),
  async extract({ repoRoot, files, text }) {
    const { extractAsyncApi } = await import('./extract-asyncapi.js');
    const r = await extractAsyncApi(repoRoot, files, text);
    return { facts: { api: r.facts }, diagnostics: r.diagnostics, alsoRead: r.alsoRead };
  },
  changeGroups: [{ prefix: 'async:', title: 'Events' }],
} satisfies SourceKind;
