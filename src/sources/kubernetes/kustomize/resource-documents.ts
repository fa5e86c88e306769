// Reads a resource file a kustomization names: multi-document YAML, each document an object
// (a `kind: List` is unpacked into its items, as kustomize does). Each object keeps the line its
// document starts on, which stays its source through every prefix and patch.

import { isMap, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../../../facts/model.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../../common/yaml-positions.js';
import { isJsonObject, type KustomizeResource, newResource } from './kustomize-resource.js';

/** No manifest file holds this many objects; past it the rest is not read. */
const MAX_DOCUMENTS_PER_FILE = 5000;

export function readResourceDocuments(file: string, text: string, diagnostics: Diagnostic[]): KustomizeResource[] {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [];
  const out: KustomizeResource[] = [];
  for (const doc of list.slice(0, MAX_DOCUMENTS_PER_FILE)) {
    if (doc.errors.length > 0) {
      diagnostics.push(...syntaxErrorDiagnostics(file, doc, lineCounter));
      continue;
    }
    if (doc.contents === null) continue;
    const line = lineOfNode(lineCounter, doc.contents);
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue;
    if (!isJsonObject(value) || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file,
        line,
        message: 'document is not a Kubernetes object (no apiVersion and kind); skipped',
      });
      continue;
    }
    if (value.kind.endsWith('List') && Array.isArray(value.items)) {
      const itemsNode = pairOf(doc.contents, 'items')?.value;
      value.items.forEach((item, i) => {
        const itemNode = isSeq(itemsNode) ? itemsNode.items[i] : undefined;
        if (isJsonObject(item) && isMap(itemNode))
          out.push(newResource(item, { file, line: lineOfNode(lineCounter, itemNode) }));
      });
      continue;
    }
    out.push(newResource(value, { file, line }));
  }
  if (list.length > MAX_DOCUMENTS_PER_FILE)
    diagnostics.push({
      severity: 'warning',
      stage: 'infra',
      file,
      line: 1,
      message: `more than ${MAX_DOCUMENTS_PER_FILE} documents; the rest are not read`,
    });
  return out;
}
