import type { Diagnostic } from '../facts/model.js';
import type { Extracted } from './extract-result.js';

// Extractors are meant to turn bad input into diagnostics, but they sit on top of third-party
// parsers (WASM builds of PostgreSQL's and HashiCorp's, Redocly, yaml) fed with whatever a
// repository holds. An exception nobody foresaw must cost the facts of the file that caused it,
// never the run. A batch that throws is retried file by file, so the culprit is named and the
// other files are still documented.

type Stage = Diagnostic['stage'];

export interface Isolated<T> extends Extracted<T> {
  /** Files whose extraction threw: their facts are missing. */
  failed: string[];
}

export async function isolateBatch<T>(
  stage: Stage,
  files: string[],
  extract: (files: string[]) => Promise<Extracted<T>> | Extracted<T>,
  merge: (parts: T[]) => T,
): Promise<Isolated<T>> {
  try {
    return { ...(await extract(files)), failed: [] };
  } catch (batchError) {
    if (files.length <= 1)
      return { facts: merge([]), diagnostics: files.map((f) => crashDiagnostic(stage, f, batchError)), failed: files };
  }
  const parts: Extracted<T>[] = [];
  const diagnostics: Diagnostic[] = [];
  const failed: string[] = [];
  for (const file of files) {
    try {
      parts.push(await extract([file]));
    } catch (err) {
      failed.push(file);
      diagnostics.push(crashDiagnostic(stage, file, err));
    }
  }
  diagnostics.push({
    severity: 'warning',
    stage,
    file: failed[0] ?? files[0] ?? '.',
    message:
      `the other ${stage} files were read one by one after this failure, ` +
      `so references between files may be missing`,
  });
  const alsoRead = new Map<string, string>();
  for (const p of parts) for (const [k, v] of p.alsoRead ?? []) alsoRead.set(k, v);
  return {
    facts: merge(parts.map((p) => p.facts)),
    diagnostics: [...parts.flatMap((p) => p.diagnostics), ...diagnostics],
    alsoRead,
    failed,
  };
}

/** An unexpected exception as a diagnostic: the file, where known the line, and the message (no stack). */
export function crashDiagnostic(stage: Stage, file: string, err: unknown, line?: number): Diagnostic {
  const message = err instanceof Error ? err.message : String(err);
  const firstLine = message.split('\n')[0]!.slice(0, 300);
  return {
    severity: 'error',
    stage,
    file,
    ...(line ? { line } : {}),
    message: `could not be read (the ${stage} reader failed: ${firstLine}); its facts are missing`,
  };
}
