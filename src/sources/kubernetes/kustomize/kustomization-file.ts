// Finds and parses the kustomization file of a folder (`kustomization.yaml`, `.yml` or
// `Kustomization`, the names kustomize itself accepts), keeping the line of every entry so a
// diagnostic about `resources[3]` points at the line that names it.

import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../../../facts/model.js';
import type { RepoReader } from '../../common/repo-reader.js';
import { lineOfNode, pairOf, syntaxErrorDiagnostics } from '../../common/yaml-positions.js';
import { KUSTOMIZATION_FILE_NAMES } from '../kubernetes-file-names.js';

export type Json = Record<string, unknown>;

export interface KustomizationFile {
  /** Repo-relative path of the file. */
  file: string;
  /** Repo-relative folder the paths in it are relative to. */
  dir: string;
  /** `Kustomization` or `Component`. */
  kind: string;
  body: Json;
  /** 1-based line of the node at `path` (e.g. ['resources', 2]); the file's first line when absent. */
  lineOf(path: Array<string | number>): number;
}

/** Repo-relative path of `dir`'s kustomization file, or undefined when it has none. */
export function kustomizationFileIn(dir: string, reader: RepoReader): string | undefined {
  const names = new Set(reader.list(dir).map((f) => f.slice(f.lastIndexOf('/') + 1)));
  const name = KUSTOMIZATION_FILE_NAMES.find((n) => names.has(n));
  if (!name) return undefined;
  return dir === '' || dir === '.' ? name : `${dir}/${name}`;
}

/** Reads and parses a folder's kustomization; diagnostics for what is wrong with it. */
export function readKustomization(
  dir: string,
  reader: RepoReader,
  diagnostics: Diagnostic[],
): KustomizationFile | undefined {
  const file = kustomizationFileIn(dir, reader);
  if (!file) return undefined;
  const read = reader.read(file);
  if ('error' in read) {
    diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: read.error });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(read.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    diagnostics.push(...syntaxErrorDiagnostics(file, doc, lineCounter));
    return undefined;
  }
  const body = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (!isMap(doc.contents) || typeof body !== 'object' || body === null || Array.isArray(body)) {
    diagnostics.push({ severity: 'error', stage: 'infra', file, line: 1, message: 'a kustomization must be a map' });
    return undefined;
  }
  const json = body as Json;
  const kind = typeof json.kind === 'string' ? json.kind : 'Kustomization';
  if (kind !== 'Kustomization' && kind !== 'Component') {
    diagnostics.push({
      severity: 'error',
      stage: 'infra',
      file,
      line: lineOf(doc, lineCounter, ['kind']),
      message: `kind ${kind} is neither Kustomization nor Component; not built`,
    });
    return undefined;
  }
  return { file, dir: dir === '.' ? '' : dir, kind, body: json, lineOf: (path) => lineOf(doc, lineCounter, path) };
}

function lineOf(doc: Document, lineCounter: LineCounter, path: Array<string | number>): number {
  for (let end = path.length; end > 0; end--) {
    const last = path[end - 1];
    if (typeof last === 'string') {
      // A map field: the line of its key (`helmCharts:`), not of the value below it.
      const parent = end === 1 ? doc.contents : doc.getIn(path.slice(0, end - 1), true);
      const pair = pairOf(parent, last);
      if (pair) return lineOfNode(lineCounter, pair.key);
    }
    const node = doc.getIn(path.slice(0, end), true);
    if (node && typeof node === 'object') return lineOfNode(lineCounter, node);
  }
  return 1;
}
