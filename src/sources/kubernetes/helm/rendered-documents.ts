// Turns one template's rendered text into ManifestDocuments: split on `---` as Helm's
// SplitManifests does, parse each part, drop empty ones, and point each object at the `kind:` line
// of the template it came from (the n-th object of a kind at the n-th such line, so objects from a
// `range` all point at the one line that made them).

import { parseDocument } from 'yaml';
import type { Diagnostic } from '../../../facts/model.js';
import type { ManifestDocument } from '../manifest-set.js';

const SEPARATOR = /(?:^|\n)---[ \t]*(?:#[^\n]*)?(?=\n|$)/;

export function splitManifests(text: string): string[] {
  return text.split(SEPARATOR).filter((part) => part.trim() !== '');
}

interface KindLine {
  line: number;
  value: string;
}

/** Top-level `kind:` lines of a template (column 0, else the least indented ones). */
export function kindLines(template: string): KindLine[] {
  const found: (KindLine & { indent: number })[] = [];
  template.split('\n').forEach((text, i) => {
    const m = /^(\s*)kind:\s*(.*?)\s*$/.exec(text);
    if (m) found.push({ line: i + 1, value: m[2]!.replace(/^["']|["']$/g, ''), indent: m[1]!.length });
  });
  const least = Math.min(...found.map((f) => f.indent));
  return found.filter((f) => f.indent === least);
}

/** Parses the rendered text of `file` (whose source is `template`) into documents. */
export function documentsOf(
  file: string,
  template: string,
  rendered: string,
  diagnostics: Diagnostic[],
): ManifestDocument[] {
  const lines = kindLines(template);
  const seen = new Map<string, number>();
  const docs: ManifestDocument[] = [];
  for (const part of splitManifests(rendered)) {
    const doc = parseDocument(part, { prettyErrors: false });
    if (doc.errors.length) {
      const first = doc.errors[0]!;
      diagnostics.push({
        severity: 'error',
        stage: 'infra',
        file,
        line: lines[0]?.line ?? 1,
        message: `rendered output is not valid YAML: ${first.message.split('\n')[0]}`,
      });
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push({
        severity: 'warning',
        stage: 'infra',
        file,
        line: lines[0]?.line ?? 1,
        message: 'rendered document is not a Kubernetes object; skipped',
      });
      continue;
    }
    const kind = String((value as { kind?: unknown }).kind ?? '');
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    const candidates = lines.filter((l) => l.value === kind || l.value.includes('{{'));
    const at = candidates[Math.min(n, candidates.length - 1)];
    docs.push({ value, source: { file, line: at?.line ?? 1 } });
  }
  return docs;
}
