// Parses one manifest file (a multi-document YAML stream) into the objects it holds, each with the
// line its document starts on. A broken document costs only itself: the others in the stream are
// still read. `kind: List` (what `kubectl get -o yaml` writes) is unwrapped into its items.

import { isMap, isSeq, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Diagnostic } from '../../facts/model.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../common/yaml-positions.js';
import type { ManifestDocument } from './manifest-set.js';

export function readManifestFile(
  file: string,
  text: string,
): { documents: ManifestDocument[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const documents: ManifestDocument[] = [];
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const docs: Document[] = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      diagnostics.push(...syntaxErrorDiagnostics(file, doc, lineCounter));
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        severity: 'error',
        stage: 'infra',
        file,
        line: lineOfNode(lineCounter, doc.contents),
        message: `cannot read YAML: ${message}`,
      });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue; // an empty document
    const root = value as Record<string, unknown>;
    const line = isMap(doc.contents) ? lineOfNode(lineCounter, doc.contents) : 1;
    if (typeof root.kind === 'string' && root.kind.endsWith('List') && Array.isArray(root.items)) {
      const itemsNode = pairOf(doc.contents, 'items')?.value;
      root.items.forEach((item, i) => {
        const itemNode = isSeq(itemsNode) ? itemsNode.items[i] : undefined;
        documents.push({ value: item, source: { file, line: itemNode ? lineOfNode(lineCounter, itemNode) : line } });
      });
      continue;
    }
    documents.push({ value: root, source: { file, line } });
  }
  return { documents, diagnostics };
}
